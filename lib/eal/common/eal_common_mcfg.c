/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Locks of the shared configuration (the configuration itself is made
 * and mapped by eal_memory.c) and the pointer to it: the reader-writer
 * locks behind rte_mcfg_*() (robust: see
 * struct eal_robust_rwlock), the reader slots of processes, and what a
 * process that takes a lock over from a dead writer repairs before it
 * goes on:
 *   mlock   the memzone table, from its intent record (mz_undo);
 *   qlock   every tailq list: the forward links are the truth (an
 *           insert or remove cut short leaves them valid), the back
 *           links and tail pointers are rebuilt from them;
 *   mplock  nothing: it only serialises pool creation and free, whose
 *           steps each leave the memzone table and lists valid.
 */

#include <pthread.h>
#include <sched.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_log.h>
#include <rte_pause.h>
#include <rte_robust_lock.h>
#include <rte_spinlock.h>

#include "eal_internal_cfg.h"
#include "eal_memcfg.h"
#include "malloc_elem.h"
#include "malloc_heap.h"

struct rte_mem_config *eal_mcfg;

/* Spins, then yields between liveness checks, as for robust locks. */
#define RW_SPINS 1024
#define RW_YIELDS_PER_CHECK 64
/* Longest tailq walked by the repair (cycles in a torn list stop it). */
#define TAILQ_REPAIR_MAX (1u << 20)

/* This process's reader slot, -1 if none, -2 to claim at first use. */
static int self_slot = -1;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

enum rw_kind { RW_MEM, RW_TAILQ, RW_MEMPOOL };

/* A fork()ed child is another process: it must not count in ours. */
static void
slot_forget_child(void)
{
	self_slot = -2;
}

static void
slot_atfork(void)
{
	pthread_atfork(NULL, NULL, slot_forget_child);
}

void
eal_mcfg_proc_attach(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	uint64_t me = rte_eal_owner_id();
	unsigned int i;

	pthread_once(&atfork_once, slot_atfork);
	self_slot = -1;
	if (mcfg == NULL)
		return;
	for (i = 0; i < EAL_MCFG_MAX_PROCS; i++) {
		uint64_t cur =
			__atomic_load_n(&mcfg->procs[i], __ATOMIC_ACQUIRE);

		if (cur != 0 && rte_eal_owner_alive(cur))
			continue;
		if (!__atomic_compare_exchange_n(&mcfg->procs[i], &cur, me, 0,
			    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
			continue;
		/* Counts a dead holder left: writers ignored them already. */
		__atomic_store_n(&mcfg->mlock.readers[i], 0, __ATOMIC_RELEASE);
		__atomic_store_n(&mcfg->qlock.readers[i], 0, __ATOMIC_RELEASE);
		__atomic_store_n(&mcfg->mplock.readers[i], 0, __ATOMIC_RELEASE);
		self_slot = (int)i;
		return;
	}
	RTE_LOG(INFO, EAL,
		"%d processes hold reader slots of the config: this one "
		"takes its read locks exclusively\n",
		EAL_MCFG_MAX_PROCS);
}

void
eal_mcfg_proc_detach(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg != NULL && self_slot >= 0)
		__atomic_store_n(&mcfg->procs[self_slot], 0, __ATOMIC_RELEASE);
	self_slot = -1;
}

/* ----- repairs after a takeover ----- */

/* Make every heap consistent: a dead process may hold a heap lock. */
static void
heaps_settle(struct rte_mem_config *mcfg)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_NUMA_NODES; i++)
		malloc_heap_settle(&mcfg->malloc_heaps[i]);
}

/* Free the heap block whose data starts at addr, if it is one. */
static void
heap_block_release(uint64_t addr)
{
	struct malloc_elem *elem;

	if (addr == 0)
		return;
	elem = malloc_heap_check((const void *)(uintptr_t)addr, __func__);
	if (elem != NULL)
		malloc_heap_free(elem);
}

/*
 * The memzone table's intent record (see rte_memzone_reserve/free):
 * a reserve is rolled back and its heap block, if the heap gave one,
 * freed; a free whose table part is not done is rolled back; a free
 * whose table part is done is completed by freeing the block. The
 * block address is written inside the heap's critical section, so it
 * is read only once the heaps are consistent.
 */
static void
memzones_repair(struct rte_mem_config *mcfg)
{
	struct eal_undo *u = &mcfg->mz_undo;
	uint32_t op = __atomic_load_n(&u->op, __ATOMIC_ACQUIRE);
	unsigned int restored = 0;
	uint64_t block;

	if (op == EAL_UNDO_NONE)
		return;
	heaps_settle(mcfg);
	block = u->arg;
	switch (op) {
	case EAL_UNDO_MZ_RESERVE:
		restored = eal_undo_rollback(u);
		heap_block_release(block);
		break;
	case EAL_UNDO_MZ_FREE:
		restored = eal_undo_rollback(u);
		break;
	case EAL_UNDO_MZ_FREE_HEAP:
		heap_block_release(block);
		break;
	default:
		break;
	}
	eal_undo_commit(u);
	RTE_LOG(NOTICE, EAL,
		"memzone table: %s of a dead process %s (%u ranges restored)\n",
		op == EAL_UNDO_MZ_RESERVE ? "reserve" : "free",
		op == EAL_UNDO_MZ_FREE_HEAP ? "completed" : "rolled back",
		restored);
}

/* Rebuild back links and tail pointers of every list from the forward links. */
static void
tailqs_repair(struct rte_mem_config *mcfg)
{
	unsigned int i, n;

	for (i = 0; i < RTE_MAX_TAILQ; i++) {
		struct rte_tailq_entry_head *h =
			&mcfg->tailq_head[i].tailq_head;
		struct rte_tailq_entry **link = &h->tqh_first;
		struct rte_tailq_entry *e;

		if (mcfg->tailq_head[i].name[0] == '\0')
			continue;
		for (n = 0; (e = *link) != NULL; n++) {
			if (n == TAILQ_REPAIR_MAX ||
				!eal_addr_in_arena(e, sizeof(*e))) {
				RTE_LOG(ERR, EAL,
					"tailq %.*s: entry %p is not valid: "
					"list cut there\n",
					RTE_TAILQ_NAMESIZE,
					mcfg->tailq_head[i].name, (void *)e);
				*link = NULL;
				break;
			}
			e->next.tqe_prev = link;
			link = &e->next.tqe_next;
		}
		h->tqh_last = link;
	}
}

static void
rw_repair(struct rte_mem_config *mcfg, enum rw_kind kind)
{
	switch (kind) {
	case RW_MEM:
		memzones_repair(mcfg);
		break;
	case RW_TAILQ:
		tailqs_repair(mcfg);
		RTE_LOG(NOTICE, EAL,
			"tailq lists checked after a dead writer\n");
		break;
	case RW_MEMPOOL:
		break;
	}
}

/* ----- the lock ----- */

static struct eal_robust_rwlock *
rw_of(struct rte_mem_config *mcfg, enum rw_kind kind)
{
	return kind == RW_MEM	   ? &mcfg->mlock
		: kind == RW_TAILQ ? &mcfg->qlock
				   : &mcfg->mplock;
}

/* Wait until no live process reads. */
static void
rw_drain(struct rte_mem_config *mcfg, struct eal_robust_rwlock *l)
{
	unsigned int i;

	for (i = 0; i < EAL_MCFG_MAX_PROCS; i++) {
		unsigned int spins = 0, yields = 0;

		while (__atomic_load_n(&l->readers[i], __ATOMIC_SEQ_CST) != 0) {
			uint64_t owner;

			if (spins < RW_SPINS) {
				spins++;
				rte_pause();
				continue;
			}
			sched_yield();
			if (++yields % RW_YIELDS_PER_CHECK != 0)
				continue;
			owner = __atomic_load_n(
				&mcfg->procs[i], __ATOMIC_SEQ_CST);
			/* A dead reader's count is ignored; its claimer clears it. */
			if (!rte_eal_owner_alive(owner))
				break;
		}
	}
}

static void
rw_write_lock(struct rte_mem_config *mcfg, enum rw_kind kind)
{
	struct eal_robust_rwlock *l = rw_of(mcfg, kind);
	int taken_over = rte_robust_lock(&l->writer);

	/*
	 * A sequentially consistent read-modify-write orders the writer
	 * word before the reads of the counts (a reader increments, then
	 * reads the word): each side sees the other.
	 */
	__atomic_fetch_add(&l->writer.owner, 0, __ATOMIC_SEQ_CST);
	rw_drain(mcfg, l);
	if (taken_over)
		rw_repair(mcfg, kind);
}

static void
rw_write_unlock(struct rte_mem_config *mcfg, enum rw_kind kind)
{
	rte_robust_unlock(&rw_of(mcfg, kind)->writer);
}

static void
rw_read_lock(struct rte_mem_config *mcfg, enum rw_kind kind)
{
	struct eal_robust_rwlock *l = rw_of(mcfg, kind);
	int slot = self_slot;

	if (unlikely(slot == -2)) {
		eal_mcfg_proc_attach();
		slot = self_slot;
	}
	if (slot < 0) {
		rw_write_lock(mcfg, kind);
		return;
	}
	for (;;) {
		unsigned int spins = 0, yields = 0;
		uint64_t w;

		__atomic_fetch_add(&l->readers[slot], 1, __ATOMIC_SEQ_CST);
		if (__atomic_load_n(&l->writer.owner, __ATOMIC_SEQ_CST) == 0)
			return;
		__atomic_fetch_sub(&l->readers[slot], 1, __ATOMIC_SEQ_CST);
		while ((w = __atomic_load_n(
				&l->writer.owner, __ATOMIC_RELAXED)) != 0) {
			if (spins < RW_SPINS) {
				spins++;
				rte_pause();
				continue;
			}
			sched_yield();
			if (++yields % RW_YIELDS_PER_CHECK != 0 ||
				rte_eal_owner_alive(w))
				continue;
			/* A dead writer: take over, repair, let go. */
			rw_write_lock(mcfg, kind);
			rw_write_unlock(mcfg, kind);
		}
	}
}

static void
rw_read_unlock(struct rte_mem_config *mcfg, enum rw_kind kind)
{
	int slot = self_slot;

	if (slot < 0) {
		rw_write_unlock(mcfg, kind);
		return;
	}
	__atomic_fetch_sub(
		&rw_of(mcfg, kind)->readers[slot], 1, __ATOMIC_RELEASE);
}

/* Before init there is nothing shared to protect: the calls do nothing. */
#define MCFG_LOCK_FN(name, kind, op) \
	void rte_mcfg_##name(void) \
	{ \
		struct rte_mem_config *mcfg = eal_get_mcfg(); \
		if (mcfg != NULL) \
			rw_##op(mcfg, kind); \
	}

MCFG_LOCK_FN(mem_read_lock, RW_MEM, read_lock)
MCFG_LOCK_FN(mem_read_unlock, RW_MEM, read_unlock)
MCFG_LOCK_FN(mem_write_lock, RW_MEM, write_lock)
MCFG_LOCK_FN(mem_write_unlock, RW_MEM, write_unlock)
MCFG_LOCK_FN(tailq_read_lock, RW_TAILQ, read_lock)
MCFG_LOCK_FN(tailq_read_unlock, RW_TAILQ, read_unlock)
MCFG_LOCK_FN(tailq_write_lock, RW_TAILQ, write_lock)
MCFG_LOCK_FN(tailq_write_unlock, RW_TAILQ, write_unlock)
MCFG_LOCK_FN(mempool_read_lock, RW_MEMPOOL, read_lock)
MCFG_LOCK_FN(mempool_read_unlock, RW_MEMPOOL, read_unlock)
MCFG_LOCK_FN(mempool_write_lock, RW_MEMPOOL, write_lock)
MCFG_LOCK_FN(mempool_write_unlock, RW_MEMPOOL, write_unlock)

void
rte_mcfg_timer_lock(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg != NULL)
		rte_spinlock_lock(&mcfg->tlock);
}

void
rte_mcfg_timer_unlock(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg != NULL)
		rte_spinlock_unlock(&mcfg->tlock);
}

/* The primary's choice once memory is up; this process's before. */
bool
rte_mcfg_get_single_file_segments(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg != NULL)
		return mcfg->single_file_segments != 0;
	return eal_get_internal_configuration()->single_file_segments != 0;
}
