/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef MEMPOOL_NAME_TABLE_H
#define MEMPOOL_NAME_TABLE_H

/*
 * The handler name table shared by every process attached to the same
 * memory: slot i holds the name of the handler whose index is i. It
 * lives in a memzone the primary makes at EAL init; secondaries attach
 * to it. This file owns that memzone and nothing else: it never touches
 * a process's rte_mempool_ops_table (the registry,
 * rte_mempool_handler.c, moves its handlers to the indices this table
 * gives). Beside each name it keeps, per attached process, which
 * indices that process has a handler for (the processes that can serve
 * a pool of that handler), for /mempool/handlers and dpdk-mempool-info.
 * Not installed: the multi-process tests include it to inspect the
 * table.
 */

#include <stddef.h>
#include <stdint.h>

#include <rte_robust_lock.h>

#include "rte_mempool.h"

/* Memzone holding struct mempool_name_table. */
#define MEMPOOL_NAME_TABLE_MZ "MP_HANDLER_NAMES"
/* "MPHN", written last by the primary. */
#define MEMPOOL_NAME_TABLE_MAGIC 0x4e48504dU
/* Bump when struct mempool_name_table changes. */
#define MEMPOOL_NAME_TABLE_VERSION 4

/* Processes whose handler indices are recorded at once. */
#define MEMPOOL_NAME_TABLE_SERVERS RTE_MEMPOOL_STATS_MAX_PROCS
#define MEMPOOL_NAME_TABLE_WORDS ((RTE_MEMPOOL_MAX_OPS_IDX + 63) / 64)
/* In flags[i]: the flags of index i were published. */
#define MEMPOOL_NAME_TABLE_FLAGS_SET 0x80000000U

/*
 * The indices one process has a handler for. Only that process writes
 * its entry. It claims a free entry or one of a dead process under the
 * table's lock, writing pid last (a claimer that dies leaves an entry
 * that reads as free or dead); then it sets bits without the lock.
 * Readers take no lock and check liveness by pid and start time.
 */
struct mempool_name_server {
	int32_t pid; /* 0: free */
	uint32_t reserved;
	uint64_t start_time; /* with pid: rte_eal_proc_alive() */
	uint64_t served[MEMPOOL_NAME_TABLE_WORDS]; /* bit i: index i */
};

struct mempool_name_table {
	uint32_t magic; /* MEMPOOL_NAME_TABLE_MAGIC once ready */
	uint32_t version; /* MEMPOOL_NAME_TABLE_VERSION */
	uint32_t struct_size; /* sizeof(struct mempool_name_table) */
	/*
	 * Names and count. Robust: a holder that dies leaves at most a
	 * partial name beyond count, which the next append overwrites, so
	 * a taker has nothing to repair.
	 */
	rte_robust_lock_t lock;
	uint32_t count; /* names[0 .. count - 1] are set (may be "") */
	char names[RTE_MEMPOOL_MAX_OPS_IDX][RTE_MEMPOOL_HANDLER_NAMESIZE];
	/*
	 * RTE_MEMPOOL_HANDLER_F_* of each index as the first process that
	 * served it registered them, | MEMPOOL_NAME_TABLE_FLAGS_SET (0:
	 * not published yet), so a process lacking a handler can tell.
	 */
	uint32_t flags[RTE_MEMPOOL_MAX_OPS_IDX];
	struct mempool_name_server servers[MEMPOOL_NAME_TABLE_SERVERS];
};

/*
 * Make the table (primary) or attach to the primary's, waiting a
 * little for a primary still inside rte_eal_init. The table is not
 * used for lookups until mempool_name_table_activate(). Returns it, or
 * NULL with rte_errno set and a log line.
 */
struct mempool_name_table *mempool_name_table_open(int primary);

/*
 * Make t the table of this EAL instance (NULL: none). For the
 * primary, also mark it ready for secondaries.
 */
void mempool_name_table_activate(struct mempool_name_table *t, int primary);

/* The active table, or NULL before EAL init. */
struct mempool_name_table *mempool_name_table_get(void);

/* Index of name, or -1. Caller holds t->lock. */
int
mempool_name_table_find(const struct mempool_name_table *t, const char *name);

/* Append name at the next index: the index, or -ENOSPC (logged).
 * Caller holds t->lock. */
int mempool_name_table_append(struct mempool_name_table *t, const char *name);

/* Index of name in the active table, appended if new: the index or
 * -ENOSPC. Takes t->lock. */
int mempool_name_table_index(const char *name);

/* Name at idx in the active table ("" if none), copied into buf. */
const char *mempool_name_table_name(int idx, char *buf, size_t len);

/* Number of indices the active table names (0 before EAL init). */
unsigned int mempool_name_table_count(void);

/*
 * Record in the active table that this process has a handler with
 * these flags at idx (it can serve pools of that index). 0, or
 * -ENOENT (no table), -EINVAL (bad index), -ENOSPC (every entry taken
 * by a live process; logged once). Takes t->lock the first time.
 */
int mempool_name_table_serve(int idx, uint32_t flags);

/*
 * Pids of the live processes that recorded a handler at idx, at most
 * max of them in pids (in entry order). Returns how many there are
 * (may exceed max). Takes no lock.
 */
unsigned int
mempool_name_table_servers(int idx, int32_t *pids, unsigned int max);

/* Flags the first server published for idx: 0 with *flags set, or -1. */
int mempool_name_table_flags(int idx, uint32_t *flags);

#endif /* MEMPOOL_NAME_TABLE_H */
