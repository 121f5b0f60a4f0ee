/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Start and stop the pinned threads of the worker lcores. */

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_log.h>

#include <rte_malloc.h>

#include "eal_core.h"
#include "eal_internal_cfg.h"

/* How long cleanup waits for a worker still running a function. */
#define STOP_WAIT_MS 2000

static cpu_set_t main_saved_affinity;
static int main_affinity_changed;
/* --huge-worker-stack: the stacks, freed once their thread is joined. */
static void *worker_stacks[RTE_MAX_LCORE];

/* Stack of a worker in shared memory, when --huge-worker-stack asks. */
static int
worker_stack_set(pthread_attr_t *attr, unsigned int lcore_id)
{
	size_t size = eal_get_internal_configuration()->huge_worker_stack_size;
	void *stack;
	int ret;

	if (size == 0)
		return 0;
	size = RTE_ALIGN_CEIL(size, (size_t)sysconf(_SC_PAGESIZE));
	stack = rte_malloc_socket("lcore_stack", size, RTE_CACHE_LINE_SIZE,
		(int)rte_lcore_to_socket_id(lcore_id));
	if (stack == NULL) {
		fprintf(stderr,
			"EAL: no memory for the stack of lcore %u (%zu "
			"bytes)\n",
			lcore_id, size);
		return ENOMEM;
	}
	ret = pthread_attr_setstack(attr, stack, size);
	if (ret != 0) {
		rte_free(stack);
		return ret;
	}
	worker_stacks[lcore_id] = stack;
	return 0;
}

static void
worker_stack_free(unsigned int lcore_id)
{
	rte_free(worker_stacks[lcore_id]);
	worker_stacks[lcore_id] = NULL;
}

static int
start_worker(unsigned int lcore_id)
{
	struct eal_lcore *lc = &eal_lcores.lcore[lcore_id];
	pthread_attr_t attr;
	char name[16];
	int ret;

	__atomic_store_n(&lc->state, WAIT, __ATOMIC_RELAXED);
	__atomic_store_n(&lc->stop, 0, __ATOMIC_RELAXED);
	/* The worker starts expecting seq 0 (see eal_worker_loop). */
	__atomic_store_n(&lc->seq, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&lc->worker_sleeping, 0, __ATOMIC_RELAXED);
	lc->ret = 0;

	pthread_attr_init(&attr);
	ret = worker_stack_set(&attr, lcore_id);
	if (ret != 0) {
		pthread_attr_destroy(&attr);
		rte_errno = ret;
		return -1;
	}
	ret = pthread_attr_setaffinity_np(
		&attr, sizeof(lc->cpuset), &lc->cpuset);
	if (ret == 0)
		ret = pthread_create(&lc->thread, &attr, eal_worker_loop,
			(void *)(uintptr_t)lcore_id);
	pthread_attr_destroy(&attr);
	if (ret == EINVAL) {
		/* The kernel refused the CPUs (a cpuset without them). */
		char cpus[256];

		eal_cpuset_text(&lc->cpuset, cpus, sizeof(cpus));
		fprintf(stderr, "EAL: cannot pin lcore %u to CPU %s: %s\n",
			lcore_id, cpus, strerror(ret));
	} else if (ret != 0) {
		fprintf(stderr,
			"EAL: cannot start the thread of lcore %u: %s\n",
			lcore_id, strerror(ret));
	}
	if (ret != 0) {
		worker_stack_free(lcore_id);
		rte_errno = ret == EAGAIN ? ENOMEM : ret;
		return -1;
	}
	snprintf(name, sizeof(name), "lcore-wrk-%u", lcore_id % 1000);
	pthread_setname_np(lc->thread, name);
	lc->thread_started = 1;
	return 0;
}

int
eal_threads_start(void)
{
	unsigned int main_lcore = rte_get_main_lcore();
	struct eal_lcore *mlc = &eal_lcores.lcore[main_lcore];
	unsigned int lcore_id;
	int ret;

	pthread_getaffinity_np(pthread_self(), sizeof(main_saved_affinity),
		&main_saved_affinity);
	ret = pthread_setaffinity_np(
		pthread_self(), sizeof(mlc->cpuset), &mlc->cpuset);
	if (ret != 0) {
		char cpus[256];

		eal_cpuset_text(&mlc->cpuset, cpus, sizeof(cpus));
		fprintf(stderr,
			"EAL: cannot pin the main lcore %u to CPU %s: %s\n",
			main_lcore, cpus, strerror(ret));
		rte_errno = ret;
		return -1;
	}
	main_affinity_changed = 1;
	__atomic_store_n(&mlc->state, WAIT, __ATOMIC_RELAXED);
	eal_thread_set_lcore(main_lcore);

	RTE_LCORE_FOREACH_WORKER(lcore_id) {
		if (start_worker(lcore_id) < 0) {
			eal_threads_stop();
			return -1;
		}
	}
	return 0;
}

/* Wait for a running worker, at most STOP_WAIT_MS; 0 if it stopped. */
static int
wait_bounded(struct eal_lcore *lc)
{
	struct timespec ts = {.tv_sec = 0, .tv_nsec = 1000 * 1000};
	unsigned int i;

	for (i = 0; i < STOP_WAIT_MS; i++) {
		if (__atomic_load_n(&lc->state, __ATOMIC_ACQUIRE) == WAIT)
			return 0;
		nanosleep(&ts, NULL);
	}
	return -1;
}

void
eal_threads_stop(void)
{
	unsigned int lcore_id;

	for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++) {
		struct eal_lcore *lc = &eal_lcores.lcore[lcore_id];

		if (!lc->thread_started)
			continue;
		if (wait_bounded(lc) < 0) {
			/* Joining would hang: leave it to process exit. */
			RTE_LOG(WARNING, EAL,
				"lcore %u still running at cleanup\n",
				lcore_id);
			pthread_detach(lc->thread);
			lc->thread_started = 0;
			/* Its stack stays: the thread may still use it. */
			worker_stacks[lcore_id] = NULL;
			continue;
		}
		__atomic_store_n(&lc->stop, 1, __ATOMIC_RELEASE);
		__atomic_fetch_add(&lc->seq, 1, __ATOMIC_SEQ_CST);
		eal_futex_wake(&lc->seq);
		pthread_join(lc->thread, NULL);
		lc->thread_started = 0;
		worker_stack_free(lcore_id);
	}
	if (main_affinity_changed) {
		pthread_setaffinity_np(pthread_self(),
			sizeof(main_saved_affinity), &main_saved_affinity);
		main_affinity_changed = 0;
	}
	eal_thread_set_lcore(LCORE_ID_ANY);
}
