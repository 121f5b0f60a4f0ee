/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Launch protocol. The main lcore stores f/arg, marks the lcore
 * RUNNING, then bumps seq; the worker sees the new seq (acquire), runs
 * f, stores ret and marks itself WAIT (release). Both sides spin for a
 * short while before sleeping on a futex, so back-to-back launches, as
 * perf tests do, never enter the kernel, while idle workers do not burn
 * a CPU for long.
 */

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>

#include "eal_core.h"

/* How long to spin before sleeping: 200 us. */
#define SPIN_US 200

void
eal_futex_wait(uint32_t *addr, uint32_t val)
{
	syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, val, NULL, NULL, 0);
}

void
eal_futex_wake(uint32_t *addr)
{
	syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
}

uint64_t
eal_spin_cycles(void)
{
	return rte_get_tsc_hz() / (US_PER_S / SPIN_US);
}

static int
worker_valid(unsigned int worker_id)
{
	return worker_id < RTE_MAX_LCORE &&
		rte_eal_lcore_role(worker_id) == ROLE_RTE &&
		worker_id != rte_get_main_lcore() &&
		eal_lcores.lcore[worker_id].thread_started;
}

int
rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned int worker_id)
{
	struct eal_lcore *lc;

	if (!worker_valid(worker_id) || f == NULL)
		return -EINVAL;
	lc = &eal_lcores.lcore[worker_id];
	if (__atomic_load_n(&lc->state, __ATOMIC_ACQUIRE) != WAIT)
		return -EBUSY;

	__atomic_store_n(&lc->f, f, __ATOMIC_RELAXED);
	__atomic_store_n(&lc->arg, arg, __ATOMIC_RELAXED);
	__atomic_store_n(&lc->state, RUNNING, __ATOMIC_RELAXED);
	/* Publishes f, arg and state to the worker. */
	__atomic_fetch_add(&lc->seq, 1, __ATOMIC_SEQ_CST);
	if (__atomic_load_n(&lc->worker_sleeping, __ATOMIC_SEQ_CST))
		eal_futex_wake(&lc->seq);
	return 0;
}

int
rte_eal_mp_remote_launch(
	lcore_function_t *f, void *arg, enum rte_rmt_call_main_t call_main)
{
	unsigned int lcore_id;

	/* All or nothing: refuse before launching anything. */
	RTE_LCORE_FOREACH_WORKER(lcore_id) {
		if (__atomic_load_n(&eal_lcores.lcore[lcore_id].state,
			    __ATOMIC_ACQUIRE) != WAIT)
			return -EBUSY;
	}
	RTE_LCORE_FOREACH_WORKER(lcore_id) {
		rte_eal_remote_launch(f, arg, lcore_id);
	}
	if (call_main == CALL_MAIN) {
		struct eal_lcore *lc = &eal_lcores.lcore[rte_get_main_lcore()];

		lc->ret = f(arg);
	}
	return 0;
}

enum rte_lcore_state_t
rte_eal_get_lcore_state(unsigned int worker_id)
{
	if (worker_id >= RTE_MAX_LCORE)
		return WAIT;
	return __atomic_load_n(
		&eal_lcores.lcore[worker_id].state, __ATOMIC_ACQUIRE);
}

int
rte_eal_wait_lcore(unsigned int worker_id)
{
	struct eal_lcore *lc;
	uint64_t start, spin;

	if (!worker_valid(worker_id))
		return 0;
	lc = &eal_lcores.lcore[worker_id];

	spin = eal_spin_cycles();
	start = rte_rdtsc();
	while (__atomic_load_n(&lc->state, __ATOMIC_ACQUIRE) != WAIT) {
		if (rte_rdtsc() - start < spin) {
			rte_pause();
			continue;
		}
		__atomic_fetch_add(&lc->waiters, 1, __ATOMIC_SEQ_CST);
		if (__atomic_load_n(&lc->state, __ATOMIC_SEQ_CST) != WAIT)
			eal_futex_wait(&lc->state, RUNNING);
		__atomic_fetch_sub(&lc->waiters, 1, __ATOMIC_SEQ_CST);
	}
	return __atomic_load_n(&lc->ret, __ATOMIC_RELAXED);
}

void
rte_eal_mp_wait_lcore(void)
{
	unsigned int lcore_id;

	RTE_LCORE_FOREACH_WORKER(lcore_id) {
		rte_eal_wait_lcore(lcore_id);
	}
}

void *
eal_worker_loop(void *arg)
{
	unsigned int lcore_id = (unsigned int)(uintptr_t)arg;
	struct eal_lcore *lc = &eal_lcores.lcore[lcore_id];
	/*
	 * seq is 0 when the thread is created (see eal_threads_start), not
	 * re-read here: a launch or stop may already have bumped it.
	 */
	uint32_t seen = 0;
	uint64_t spin = eal_spin_cycles();

	eal_thread_set_lcore(lcore_id);
	for (;;) {
		uint64_t start = rte_rdtsc();
		uint32_t seq;
		lcore_function_t *f;
		int ret;

		while ((seq = __atomic_load_n(&lc->seq, __ATOMIC_ACQUIRE)) ==
			seen) {
			if (rte_rdtsc() - start < spin) {
				rte_pause();
				continue;
			}
			__atomic_store_n(
				&lc->worker_sleeping, 1, __ATOMIC_SEQ_CST);
			if (__atomic_load_n(&lc->seq, __ATOMIC_SEQ_CST) == seen)
				eal_futex_wait(&lc->seq, seen);
			__atomic_store_n(
				&lc->worker_sleeping, 0, __ATOMIC_RELAXED);
		}
		seen = seq;
		if (__atomic_load_n(&lc->stop, __ATOMIC_ACQUIRE))
			break;

		f = __atomic_load_n(&lc->f, __ATOMIC_RELAXED);
		ret = f(__atomic_load_n(&lc->arg, __ATOMIC_RELAXED));
		__atomic_store_n(&lc->ret, ret, __ATOMIC_RELAXED);
		/* Publishes ret (and the function's effects) to waiters. */
		__atomic_store_n(&lc->state, WAIT, __ATOMIC_SEQ_CST);
		if (__atomic_load_n(&lc->waiters, __ATOMIC_SEQ_CST))
			eal_futex_wake(&lc->state);
	}
	return NULL;
}
