/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef MEMPOOL_SHARED_H
#define MEMPOOL_SHARED_H

/*
 * The multi-process invariant: handler index i names the same handler
 * in every process attached to the same memory. The names live in a
 * memzone every process maps; each process's rte_mempool_ops_table is
 * re-slotted at EAL init (an init hook) to follow it. Not installed:
 * the tests include it to inspect the table.
 */

#include <stdint.h>
#include <stdio.h>

#include <rte_spinlock.h>

#include "rte_mempool.h"

/* Memzone holding struct mempool_shared. */
#define MEMPOOL_SHARED_MZ "MP_HANDLER_NAMES"
/* "MPHN", written last by the primary. */
#define MEMPOOL_SHARED_MAGIC 0x4e48504dU
/* Bump when struct mempool_shared changes. */
#define MEMPOOL_SHARED_VERSION 1
/* Processes whose lcore ids are tracked at once. */
#define MEMPOOL_SHARED_MAX_PROCS RTE_MEMPOOL_STATS_MAX_PROCS
#define MEMPOOL_SHARED_LCORE_WORDS ((RTE_MAX_LCORE + 63) / 64)

/* One attached process and the lcore ids its EAL enabled. */
struct mempool_shared_proc {
	int32_t pid; /* 0: free slot */
	uint32_t primary; /* 1 for the primary */
	uint64_t lcores[MEMPOOL_SHARED_LCORE_WORDS]; /* bitmap */
};

struct mempool_shared {
	uint32_t magic; /* MEMPOOL_SHARED_MAGIC once ready */
	uint32_t version; /* MEMPOOL_SHARED_VERSION */
	uint32_t struct_size; /* sizeof(struct mempool_shared) */
	rte_spinlock_t lock; /* names, count, procs */
	uint32_t count; /* names[0 .. count - 1] are set (may be "") */
	char names[RTE_MEMPOOL_MAX_OPS_IDX][RTE_MEMPOOL_HANDLER_NAMESIZE];
	struct mempool_shared_proc procs[MEMPOOL_SHARED_MAX_PROCS];
};

/*
 * Whether registrations must follow the shared table (the init hook ran
 * in this EAL instance).
 */
int mempool_shared_active(void);

/*
 * Index of a new handler: its shared index if another process has it,
 * else a new shared index. Caller holds rte_mempool_ops_table.sl.
 * Returns the index or -ENOSPC.
 */
int mempool_shared_slot_pick(const char *name);

/*
 * May this process use the pool found by rte_mempool_lookup? 0, or -1
 * with rte_errno set and a log line: ENOTSUP for a pool on a
 * process-local handler created by another process, EBUSY for a pool
 * with caches looked up by a secondary whose lcore ids a live process
 * also uses.
 */
int mempool_shared_lookup_check(const struct rte_mempool *mp);

/*
 * Name of the handler at an index: the local one, or the shared name
 * when this process lacks it ("" if unknown). Never NULL.
 */
const char *mempool_shared_handler_name(int idx, char *buf, size_t len);

/*
 * Extra dump lines: creator, missing handler, process-local pool.
 * Returns -1 when the rest of the dump must be skipped (another
 * process's process-local pool: its store and objects are not mapped
 * here), else 0.
 */
int mempool_shared_pool_dump(FILE *f, const struct rte_mempool *mp);

/*
 * May this process free the pool? 0, or -1 with a log line and
 * rte_errno = ENOTSUP for another process's process-local pool.
 */
int mempool_shared_free_check(const struct rte_mempool *mp);

/*
 * A pool's chunk free callbacks are code addresses in the process that
 * populated it. When another process frees the pool, release what can
 * be released safely here (memzone chunks) instead of calling them.
 * Returns 1 if the caller must not call memhdr->free_cb, else 0.
 */
int mempool_shared_foreign_chunk_free(
	const struct rte_mempool *mp, struct rte_mempool_memhdr *memhdr);

/*
 * This process's slot in the registry of attached processes, or -1
 * before the EAL registered it (or when the registry is full).
 */
int mempool_shared_proc_index(void);

/*
 * Call cb for each live process of the registry, under its lock, with
 * the process's slot, pid and lcore bitmap (MEMPOOL_SHARED_LCORE_WORDS
 * words). Returns the number of processes visited.
 */
unsigned int mempool_shared_proc_walk(
	void (*cb)(int slot, int32_t pid, const uint64_t *lcores, void *arg),
	void *arg);

/* Whether the handler at idx is a stand-in for one this process lacks. */
int mempool_shared_is_stub(int idx);

#endif /* MEMPOOL_SHARED_H */
