/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef MEMPOOL_FOREIGN_POOL_H
#define MEMPOOL_FOREIGN_POOL_H

/*
 * What a process may do with a pool another process made: look it up,
 * dump it, free it, release its memory chunks. The pool life cycle
 * (rte_mempool.c) asks; these rules answer. They read the handler
 * table and the process registry and change neither.
 */

#include <stdio.h>

#include "rte_mempool.h"

/*
 * May this process use the pool found by rte_mempool_lookup? 0, or -1
 * with rte_errno set and a log line: ENOTSUP for a pool on a
 * process-local handler created by another process, EBUSY for a pool
 * with caches looked up by a secondary whose lcore ids a live process
 * also uses.
 */
int mempool_foreign_lookup_check(const struct rte_mempool *mp);

/*
 * Extra dump lines: creator, missing handler, process-local pool.
 * Returns -1 when the rest of the dump must be skipped (another
 * process's process-local pool: its store and objects are not mapped
 * here), else 0.
 */
int mempool_foreign_pool_dump(FILE *f, const struct rte_mempool *mp);

/*
 * May this process free the pool? 0, or -1 with a log line and
 * rte_errno = ENOTSUP for another process's process-local pool.
 */
int mempool_foreign_free_check(const struct rte_mempool *mp);

/*
 * A pool's chunk free callbacks are code addresses in the process that
 * populated it. When another process frees the pool, release what can
 * be released safely here (memzone chunks) instead of calling them.
 * Returns 1 if the caller must not call memhdr->free_cb, else 0.
 */
int mempool_foreign_chunk_free(
	const struct rte_mempool *mp, struct rte_mempool_memhdr *memhdr);

#endif /* MEMPOOL_FOREIGN_POOL_H */
