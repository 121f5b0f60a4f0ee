/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * A second counted copy of mempool_perf's loop, in its own file like
 * the uncounted one, for mempool_counters_cost_autotest's control run
 * (COST_CONTROL=1): two copies of the same code differ only by where
 * they sit, which is the floor under any cost the test reports.
 */

#include <rte_common.h>
#include <rte_mempool.h>

#include "mempool_counters_cost.h"
#include "mempool_perf_loop.h"

__rte_noinline __rte_aligned(64) uint64_t mempool_cost_loop_twin(
	struct rte_mempool *mp, struct rte_mempool_cache *cache, void **objs,
	unsigned int n_get, unsigned int n_put, unsigned int keep,
	uint64_t cycles)
{
	return mempool_perf_loop_run(
		mp, cache, objs, n_get, n_put, keep, cycles);
}
