/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The copies of mempool_perf's loop that mempool_counters_cost_autotest
 * compares with its own: one without counter updates, and a counted
 * twin for the control run.
 */

#ifndef MEMPOOL_COUNTERS_COST_H
#define MEMPOOL_COUNTERS_COST_H

#include <stdint.h>

#include <rte_mempool.h>

/**
 * mempool_perf_loop_run() compiled with RTE_MEMPOOL_COUNTERS_OFF: the
 * inline get and put paths make no counter update (the out-of-line
 * refill, flush and handler code still counts, as in both copies).
 *
 * @param mp     The pool.
 * @param cache  The calling lcore's cache, or NULL.
 * @param objs   Room for keep pointers.
 * @param n_get  Get bulk.
 * @param n_put  Put bulk.
 * @param keep   Objects taken before they are put back.
 * @param cycles TSC cycles to run at least.
 * @return Objects got and put back, or UINT64_MAX if a get failed.
 */
uint64_t mempool_cost_loop_uncounted(struct rte_mempool *mp,
	struct rte_mempool_cache *cache, void **objs, unsigned int n_get,
	unsigned int n_put, unsigned int keep, uint64_t cycles);

/**
 * mempool_perf_loop_run() compiled as the library is, in a file of its
 * own: the control copy. Parameters and return as
 * mempool_cost_loop_uncounted().
 *
 * @param mp     The pool.
 * @param cache  The calling lcore's cache, or NULL.
 * @param objs   Room for keep pointers.
 * @param n_get  Get bulk.
 * @param n_put  Put bulk.
 * @param keep   Objects taken before they are put back.
 * @param cycles TSC cycles to run at least.
 * @return Objects got and put back, or UINT64_MAX if a get failed.
 */
uint64_t mempool_cost_loop_twin(struct rte_mempool *mp,
	struct rte_mempool_cache *cache, void **objs, unsigned int n_get,
	unsigned int n_put, unsigned int keep, uint64_t cycles);

#endif /* MEMPOOL_COUNTERS_COST_H */
