/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The measuring loop of mempool_perf, in a header so that one program
 * can hold it twice: compiled as the library is, and compiled with
 * RTE_MEMPOOL_COUNTERS_OFF (app/test's mempool_counters_cost_autotest),
 * which then compares the two in the same process, turn about. Each
 * includer gets its own copy, built with its own rte_mempool.h
 * settings.
 */

#ifndef MEMPOOL_PERF_LOOP_H
#define MEMPOOL_PERF_LOOP_H

#include <stdint.h>

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_mempool.h>

/* Objects per timing check, as the reference's inner loop. */
#define MEMPOOL_PERF_N_PER_ROUND 65536

/*
 * Get keep objects in bulks of n_get, put them back in bulks of n_put,
 * over and over for at least `cycles` TSC cycles. objs has room for
 * keep pointers. Returns the objects got and put back, or UINT64_MAX
 * if a get failed (the pool is then short of what it should hold).
 */
static __rte_always_inline uint64_t
mempool_perf_loop_run(struct rte_mempool *mp, struct rte_mempool_cache *cache,
	void **objs, unsigned int n_get, unsigned int n_put, unsigned int keep,
	uint64_t cycles)
{
	unsigned int rounds = MEMPOOL_PERF_N_PER_ROUND / keep;
	uint64_t start, done = 0;
	unsigned int i, idx;

	start = rte_rdtsc();
	while (rte_rdtsc() - start < cycles) {
		for (i = 0; i < rounds; i++) {
			for (idx = 0; idx < keep; idx += n_get)
				if (unlikely(rte_mempool_generic_get(mp,
						     &objs[idx], n_get,
						     cache) < 0))
					return UINT64_MAX;
			for (idx = 0; idx < keep; idx += n_put)
				rte_mempool_generic_put(
					mp, &objs[idx], n_put, cache);
		}
		done += (uint64_t)rounds * keep;
	}
	return done;
}

#endif /* MEMPOOL_PERF_LOOP_H */
