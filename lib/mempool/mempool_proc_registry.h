/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef MEMPOOL_PROC_REGISTRY_H
#define MEMPOOL_PROC_REGISTRY_H

/*
 * The processes attached to the same memory and the lcore ids each
 * one's EAL enabled, in a memzone every process maps. Each process
 * records itself at EAL init (slots of dead processes are reused once
 * no slot is free).
 * Pools use it to refuse a per-lcore cache two live processes would
 * share, and the counters to attribute holdings to processes. This
 * file owns that memzone only.
 */

#include <stdint.h>

#include <rte_robust_lock.h>

#include "rte_mempool.h"

/* Memzone holding struct mempool_proc_registry. */
#define MEMPOOL_PROC_REGISTRY_MZ "MP_PROCS"
/* "MPPR", written last by the primary. */
#define MEMPOOL_PROC_REGISTRY_MAGIC 0x5250504dU
/* Bump when struct mempool_proc_registry changes. */
#define MEMPOOL_PROC_REGISTRY_VERSION 2
/* Processes tracked at once. */
#define MEMPOOL_PROC_MAX RTE_MEMPOOL_STATS_MAX_PROCS
#define MEMPOOL_PROC_LCORE_WORDS ((RTE_MAX_LCORE + 63) / 64)

/* One attached process and the lcore ids its EAL enabled. */
struct mempool_proc {
	int32_t pid; /* 0: free slot */
	uint32_t primary; /* 1 for the primary */
	uint64_t start_time; /* with pid: rte_eal_proc_alive() */
	uint64_t lcores[MEMPOOL_PROC_LCORE_WORDS]; /* bitmap */
};

struct mempool_proc_registry {
	uint32_t magic; /* MEMPOOL_PROC_REGISTRY_MAGIC once ready */
	uint32_t version; /* MEMPOOL_PROC_REGISTRY_VERSION */
	uint32_t struct_size; /* sizeof(struct mempool_proc_registry) */
	rte_robust_lock_t lock; /* procs; every update leaves it valid */
	struct mempool_proc procs[MEMPOOL_PROC_MAX];
};

/*
 * This process's slot in the registry, or -1 before the EAL recorded
 * it (or when the registry is full).
 */
int mempool_proc_index(void);

/*
 * Call cb for each live process of the registry, under its lock, with
 * the process's slot, pid and lcore bitmap (MEMPOOL_PROC_LCORE_WORDS
 * words). Returns the number of processes visited.
 */
unsigned int mempool_proc_walk(
	void (*cb)(int slot, int32_t pid, const uint64_t *lcores, void *arg),
	void *arg);

/*
 * As mempool_proc_walk, but for every recorded process, dead ones too
 * (until their slot is reused): cb also gets the process's owner id
 * (rte_eal_owner_id_make of its pid and start time) and whether it is
 * alive. Returns the number of processes visited.
 */
unsigned int
mempool_proc_walk_all(void (*cb)(int slot, int32_t pid, uint64_t owner,
			      int alive, const uint64_t *lcores, void *arg),
	void *arg);

/*
 * First lcore id this process shares with another live process, or -1
 * (also before EAL init); *other is set to that process's pid.
 */
int mempool_proc_lcore_conflict(int32_t *other);

/*
 * Repair the per-lcore caches that dead processes left mid-flush or
 * mid-refill on lcore ids no other live process uses, in every pool
 * (rte_mempool_holder.c). Called once this process is recorded, before
 * it uses any pool.
 */
void mempool_cache_repair_at_join(void);

/*
 * Repair the caches dead processes left (as rte_mempool_cache_repair_dead)
 * and settle, once per death, the objects they took with them that no
 * counter saw into mp->dead_held (rte_mempool_holder.c). Every reader
 * of holdings calls it first. Returns the number of caches repaired, or
 * 0 when the registry is unknown.
 */
int mempool_dead_settle(struct rte_mempool *mp);

/* Mark the deaths recorded so far settled in a pool being created. */
void mempool_dead_settle_before(struct rte_mempool *mp);

/*
 * Objects the pool's counters say its handler's store holds: counted
 * enqueues less counted dequeues, every slot and per-lcore cache
 * (rte_mempool_holder.c). With mp->store_base, the store's count when
 * no call is in progress and every process that died was settled.
 */
int64_t mempool_store_counted(const struct rte_mempool *mp);

#endif /* MEMPOOL_PROC_REGISTRY_H */
