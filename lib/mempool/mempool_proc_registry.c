/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The registry of attached processes (see mempool_proc_registry.h):
 * its memzone, each process recording itself and its lcore ids at EAL
 * init, liveness (pid and start time, rte_eal_proc_alive), and lcore
 * ids two live processes share. It knows nothing of handlers or pools,
 * beyond asking for the repair of caches dead processes left
 * (mempool_cache_repair_at_join) once a secondary is recorded.
 */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_memzone.h>

#include "mempool_proc_registry.h"

/* How long a secondary waits for a primary still in rte_eal_init. */
#define PROC_REGISTRY_WAIT_MS 5000

/* The registry once the init hook ran in this EAL instance. */
static struct mempool_proc_registry *reg;
/* This process's slot in reg->procs, -1 if none. */
static int self_slot = -1;

static int
proc_alive(const struct mempool_proc *pr)
{
	return pr->pid != 0 && rte_eal_proc_alive(pr->pid, pr->start_time);
}

static void
lcores_of_this_process(uint64_t *bits)
{
	unsigned int i;

	memset(bits, 0, MEMPOOL_PROC_LCORE_WORDS * sizeof(*bits));
	RTE_LCORE_FOREACH(i)
		bits[i / 64] |= UINT64_C(1) << (i % 64);
}

int
mempool_proc_index(void)
{
	if (__atomic_load_n(&reg, __ATOMIC_ACQUIRE) == NULL)
		return -1;
	return __atomic_load_n(&self_slot, __ATOMIC_ACQUIRE);
}

unsigned int
mempool_proc_walk_all(void (*cb)(int slot, int32_t pid, uint64_t owner,
			      int alive, const uint64_t *lcores, void *arg),
	void *arg)
{
	struct mempool_proc_registry *r =
		__atomic_load_n(&reg, __ATOMIC_ACQUIRE);
	unsigned int p, n = 0;

	if (r == NULL)
		return 0;
	rte_robust_lock(&r->lock);
	for (p = 0; p < MEMPOOL_PROC_MAX; p++) {
		const struct mempool_proc *pr = &r->procs[p];

		if (pr->pid == 0)
			continue;
		cb((int)p, pr->pid,
			rte_eal_owner_id_make(pr->pid, pr->start_time),
			proc_alive(pr), pr->lcores, arg);
		n++;
	}
	rte_robust_unlock(&r->lock);
	return n;
}

/* mempool_proc_walk's callback and argument, for mempool_proc_walk_all. */
struct proc_walk_live {
	void (*cb)(int slot, int32_t pid, const uint64_t *lcores, void *arg);
	void *arg;
	unsigned int n;
};

static void
proc_walk_live_cb(int slot, int32_t pid, uint64_t owner, int alive,
	const uint64_t *lcores, void *arg)
{
	struct proc_walk_live *w = arg;

	RTE_SET_USED(owner);
	if (!alive)
		return;
	w->cb(slot, pid, lcores, w->arg);
	w->n++;
}

unsigned int
mempool_proc_walk(
	void (*cb)(int slot, int32_t pid, const uint64_t *lcores, void *arg),
	void *arg)
{
	struct proc_walk_live w = {cb, arg, 0};

	mempool_proc_walk_all(proc_walk_live_cb, &w);
	return w.n;
}

/* Caller holds r->lock. */
static int
conflict_locked(const struct mempool_proc_registry *r, int32_t *other)
{
	int32_t me = (int32_t)getpid();
	uint64_t mine[MEMPOOL_PROC_LCORE_WORDS];
	unsigned int p, w;

	lcores_of_this_process(mine);
	for (p = 0; p < MEMPOOL_PROC_MAX; p++) {
		const struct mempool_proc *pr = &r->procs[p];

		if (pr->pid == 0 || pr->pid == me || !proc_alive(pr))
			continue;
		for (w = 0; w < MEMPOOL_PROC_LCORE_WORDS; w++) {
			uint64_t both = mine[w] & pr->lcores[w];

			if (both != 0) {
				*other = pr->pid;
				return (int)(w * 64 + __builtin_ctzll(both));
			}
		}
	}
	return -1;
}

int
mempool_proc_lcore_conflict(int32_t *other)
{
	struct mempool_proc_registry *r =
		__atomic_load_n(&reg, __ATOMIC_ACQUIRE);
	int lcore;

	if (r == NULL)
		return -1;
	rte_robust_lock(&r->lock);
	lcore = conflict_locked(r, other);
	rte_robust_unlock(&r->lock);
	return lcore;
}

/* Record this process; slots of dead processes are reused. Caller
 * holds r->lock. */
static void
proc_record(struct mempool_proc_registry *r, int primary)
{
	int32_t me = (int32_t)getpid();
	struct mempool_proc *slot = NULL, *dead = NULL;
	unsigned int p;

	/*
	 * A free slot before a dead process's: the record of a death is
	 * what attributes the objects it took with it to it
	 * (rte_mempool_held_by_process), so it is kept while it can be.
	 */
	for (p = 0; p < MEMPOOL_PROC_MAX; p++) {
		struct mempool_proc *pr = &r->procs[p];

		if (pr->pid == me) {
			slot = pr;
			break;
		}
		if (slot == NULL && pr->pid == 0)
			slot = pr;
		else if (dead == NULL && pr->pid != 0 && !proc_alive(pr))
			dead = pr;
	}
	if (slot == NULL)
		slot = dead;
	if (slot == NULL) {
		RTE_LOG(WARNING, MEMPOOL,
			"more than %d processes attached: lcore ids of pid %d "
			"are not checked against the others\n",
			MEMPOOL_PROC_MAX, (int)me);
		return;
	}
	/*
	 * A slot is claimed by writing its pid last: a writer that dies
	 * before leaves a slot that still reads as free or dead, so the
	 * lock's taker has nothing to repair.
	 */
	__atomic_store_n(&slot->pid, 0, __ATOMIC_RELEASE);
	lcores_of_this_process(slot->lcores);
	slot->primary = primary ? 1 : 0;
	slot->start_time = rte_eal_owner_id() >> 32;
	__atomic_store_n(&slot->pid, me, __ATOMIC_RELEASE);
	__atomic_store_n(&self_slot, (int)(slot - r->procs), __ATOMIC_RELEASE);
}

static struct mempool_proc_registry *
registry_create(void)
{
	const struct rte_memzone *mz;
	struct mempool_proc_registry *r;

	mz = rte_memzone_reserve(
		MEMPOOL_PROC_REGISTRY_MZ, sizeof(*r), SOCKET_ID_ANY, 0);
	if (mz == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot reserve memzone %s for the process registry: "
			"%s\n",
			MEMPOOL_PROC_REGISTRY_MZ, rte_strerror(rte_errno));
		return NULL;
	}
	r = mz->addr;
	memset(r, 0, sizeof(*r));
	rte_robust_lock_init(&r->lock);
	r->version = MEMPOOL_PROC_REGISTRY_VERSION;
	r->struct_size = sizeof(*r);
	return r;
}

static struct mempool_proc_registry *
registry_attach(void)
{
	const struct rte_memzone *mz = NULL;
	struct mempool_proc_registry *r;
	unsigned int ms;

	for (ms = 0; ms < PROC_REGISTRY_WAIT_MS; ms++) {
		mz = rte_memzone_lookup(MEMPOOL_PROC_REGISTRY_MZ);
		if (mz != NULL &&
			__atomic_load_n(
				&((struct mempool_proc_registry *)mz->addr)
					 ->magic,
				__ATOMIC_ACQUIRE) ==
				MEMPOOL_PROC_REGISTRY_MAGIC)
			break;
		rte_delay_us_sleep(1000);
	}
	if (ms == PROC_REGISTRY_WAIT_MS) {
		RTE_LOG(ERR, MEMPOOL,
			"the primary published no process registry (memzone "
			"%s) within %d ms\n",
			MEMPOOL_PROC_REGISTRY_MZ, PROC_REGISTRY_WAIT_MS);
		rte_errno = ENOENT;
		return NULL;
	}
	r = mz->addr;
	if (r->version != MEMPOOL_PROC_REGISTRY_VERSION ||
		r->struct_size != sizeof(*r) || mz->len < sizeof(*r)) {
		RTE_LOG(ERR, MEMPOOL,
			"the primary's process registry has layout version %u "
			"(%u bytes), this process expects %u (%zu bytes): run "
			"the same DPDK build in every process\n",
			r->version, r->struct_size,
			MEMPOOL_PROC_REGISTRY_VERSION, sizeof(*r));
		rte_errno = EPROTO;
		return NULL;
	}
	return r;
}

static int
mempool_proc_registry_join(void)
{
	int primary = rte_eal_process_type() == RTE_PROC_PRIMARY;
	struct mempool_proc_registry *r;
	int32_t other = 0;
	int lcore = -1;

	__atomic_store_n(&reg, NULL, __ATOMIC_RELEASE);
	__atomic_store_n(&self_slot, -1, __ATOMIC_RELEASE);
	r = primary ? registry_create() : registry_attach();
	if (r == NULL)
		return -rte_errno;
	rte_robust_lock(&r->lock);
	proc_record(r, primary);
	if (!primary)
		lcore = conflict_locked(r, &other);
	rte_robust_unlock(&r->lock);
	__atomic_store_n(&reg, r, __ATOMIC_RELEASE);
	if (primary)
		__atomic_store_n(&r->magic, MEMPOOL_PROC_REGISTRY_MAGIC,
			__ATOMIC_RELEASE);
	else if (lcore >= 0)
		RTE_LOG(WARNING, MEMPOOL,
			"lcore id %d is also used by process %d: this "
			"secondary cannot use pools with per-lcore caches "
			"(use --lcores to pick distinct ids, e.g. "
			"--lcores=2@0)\n",
			lcore, (int)other);
	if (!primary)
		mempool_cache_repair_at_join();
	return 0;
}

RTE_INIT(mempool_proc_registry_hook)
{
	rte_eal_init_hook_register(
		"mempool process registry", mempool_proc_registry_join);
}
