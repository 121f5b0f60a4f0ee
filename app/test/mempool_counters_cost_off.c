/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_perf's loop without counter updates, for
 * mempool_counters_cost_autotest. The define must precede every
 * include, as rte_mempool.h reads it once.
 */

#define RTE_MEMPOOL_COUNTERS_OFF 1

#include <rte_common.h>
#include <rte_mempool.h>

#include "mempool_counters_cost.h"
#include "mempool_perf_loop.h"

/* Aligned like its counted twin, so that placement does not differ. */
__rte_noinline __rte_aligned(64) uint64_t mempool_cost_loop_uncounted(
	struct rte_mempool *mp, struct rte_mempool_cache *cache, void **objs,
	unsigned int n_get, unsigned int n_put, unsigned int keep,
	uint64_t cycles)
{
	return mempool_perf_loop_run(
		mp, cache, objs, n_get, n_put, keep, cycles);
}
