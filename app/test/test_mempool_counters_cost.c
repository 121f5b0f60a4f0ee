/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_counters_cost_autotest: what the always-on counters cost on
 * mempool_perf's one-lcore matrix, measured in one process. The loop
 * of mempool_perf is built twice into dpdk-test, as the library is and
 * without counter updates (mempool_counters_cost_off.c), and the two
 * run turn about on the same pool and cache, COST_ROUNDS pairs of
 * COST_SLICE_MS each per configuration, the first of each pair
 * alternating. On a shared VM the rate of a process swings by a third
 * from one run to the next, but slowly: two slices next to each other
 * see the same machine, so the median of the pairs' ratios is the
 * cost. Two builds compared by devtools/mempool-counters-cost.sh
 * also cover the out-of-line paths, at the price of that noise.
 * MEMPOOL_PERF_HANDLER picks the handler (default ring_mp_mc);
 * PERF_CACHE, PERF_GET, PERF_PUT and PERF_KEEP keep only the
 * configurations they name, as in mempool_perf.
 * COST_CONTROL=1 runs the counted loop against a counted twin built in
 * another file instead: what that reports is placement alone, the
 * floor under the cost. Nothing is asserted on the figures; the test fails only if a get
 * fails or the pool does not come back full.
 */

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_mempool.h>

#include "mempool_counters_cost.h"
#include "mempool_perf_loop.h"
#include "test.h"

#define COST_MAX_KEEP 128
#define COST_MAX_ROUNDS 1000
#define COST_ELT_SIZE 2048

/* The loop with counters, aligned like its uncounted twin. */
static __rte_noinline __rte_aligned(64) uint64_t cost_loop_counted(
	struct rte_mempool *mp, struct rte_mempool_cache *cache, void **objs,
	unsigned int n_get, unsigned int n_put, unsigned int keep,
	uint64_t cycles)
{
	return mempool_perf_loop_run(
		mp, cache, objs, n_get, n_put, keep, cycles);
}

/* The copy the counted loop is compared with. */
typedef uint64_t (*cost_loop_t)(struct rte_mempool *mp,
	struct rte_mempool_cache *cache, void **objs, unsigned int n_get,
	unsigned int n_put, unsigned int keep, uint64_t cycles);
static cost_loop_t cost_other;

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * One configuration: rounds pairs of slices. Sets the best rate of
 * each copy and the median of the pairs' ratios (uncounted over
 * counted: above 1 when counting costs). Returns -1 if a get failed.
 */
static int
cost_config(struct rte_mempool *mp, unsigned int n_get, unsigned int n_put,
	unsigned int keep, unsigned int rounds, uint64_t slice, double *best_on,
	double *best_off, double *median)
{
	struct rte_mempool_cache *cache =
		rte_mempool_default_cache(mp, rte_lcore_id());
	static double ratio[COST_MAX_ROUNDS];
	void *objs[COST_MAX_KEEP];
	double hz = (double)rte_get_tsc_hz();
	unsigned int r, turn;

	*best_on = *best_off = 0;
	/* A slice of each first, unmeasured: warm caches and predictors. */
	if (cost_loop_counted(mp, cache, objs, n_get, n_put, keep, slice) ==
			UINT64_MAX ||
		cost_other(mp, cache, objs, n_get, n_put, keep, slice) ==
			UINT64_MAX)
		return -1;
	for (r = 0; r < rounds; r++) {
		double rate[2];

		for (turn = 0; turn < 2; turn++) {
			unsigned int which = (r + turn) & 1;
			uint64_t t0 = rte_rdtsc(), done;

			done = which == 0 ? cost_loop_counted(mp, cache, objs,
						    n_get, n_put, keep, slice)
					  : cost_other(mp, cache, objs, n_get,
						    n_put, keep, slice);
			if (done == UINT64_MAX)
				return -1;
			rate[which] =
				(double)done * hz / (double)(rte_rdtsc() - t0);
		}
		ratio[r] = rate[1] / rate[0];
		*best_on = RTE_MAX(*best_on, rate[0]);
		*best_off = RTE_MAX(*best_off, rate[1]);
	}
	qsort(ratio, rounds, sizeof(ratio[0]), cmp_double);
	*median = rounds % 2 ? ratio[rounds / 2]
			     : (ratio[rounds / 2 - 1] + ratio[rounds / 2]) / 2;
	return 0;
}

/* Keep only the configurations an environment variable names, if set. */
static int
cost_skip(const char *var, unsigned int value)
{
	const char *e = getenv(var);

	return e != NULL && e[0] != '\0' && (unsigned int)atoi(e) != value;
}

static int
test_mempool_counters_cost(void)
{
	static const unsigned int caches[] = {0, RTE_MEMPOOL_CACHE_MAX_SIZE};
	static const unsigned int bulks[] = {1, 4, 32};
	static const unsigned int keeps[] = {32, 128};
	const char *handler = getenv("MEMPOOL_PERF_HANDLER");
	long rounds = test_env_long("COST_ROUNDS", 20);
	long slice_ms = test_env_long("COST_SLICE_MS", 50);
	double log_med = 0, log_best = 0, worst_med = 0, worst_best = 0;
	unsigned int c, g, p, k, n_rows = 0;
	uint64_t slice;

	if (handler == NULL || handler[0] == '\0')
		handler = "ring_mp_mc";
	cost_other = test_env_long("COST_CONTROL", 0) != 0
		? mempool_cost_loop_twin
		: mempool_cost_loop_uncounted;
	if (rounds < 1 || rounds > COST_MAX_ROUNDS || slice_ms < 1) {
		printf("COST_ROUNDS must be 1..%d and COST_SLICE_MS >= 1\n",
			COST_MAX_ROUNDS);
		return TEST_FAILED;
	}
	slice = rte_get_tsc_hz() / 1000 * (uint64_t)slice_ms;
	printf("counters cost on %s: %ld pairs of %ld ms per configuration, "
	       "one lcore, against %s\n",
		handler, rounds, slice_ms,
		cost_other == mempool_cost_loop_twin
			? "a counted twin (control)"
			: "the uncounted loop");
	printf("| configuration | Mobj/s counted (best) | Mobj/s other "
	       "(best) | cost, best | cost, median of pairs |\n");
	printf("| --- | ---: | ---: | ---: | ---: |\n");
	for (c = 0; c < RTE_DIM(caches); c++) {
		/* Sized as mempool_perf's pool, for the same cache layout. */
		unsigned int n = rte_lcore_count() *
				(COST_MAX_KEEP + RTE_MEMPOOL_CACHE_MAX_SIZE) -
			1;
		struct rte_mempool *mp;
		int ret, full;

		if (cost_skip("PERF_CACHE", caches[c]))
			continue;
		mp = rte_mempool_create_empty("cost_mp", n, COST_ELT_SIZE,
			caches[c], 0, SOCKET_ID_ANY, 0);
		TEST_ASSERT_NOT_NULL(mp, "create: %s", rte_strerror(rte_errno));
		ret = rte_mempool_set_ops_byname(mp, handler, NULL);
		if (ret == 0)
			ret = rte_mempool_populate_default(mp);
		if (ret < 0) {
			rte_mempool_free(mp);
			printf("pool on %s: %s\n", handler, rte_strerror(-ret));
			return TEST_FAILED;
		}
		for (g = 0; g < RTE_DIM(bulks); g++)
			for (p = 0; p < RTE_DIM(bulks); p++)
				for (k = 0; k < RTE_DIM(keeps); k++) {
					double on, off, med, best;

					if (cost_skip("PERF_GET", bulks[g]) ||
						cost_skip(
							"PERF_PUT", bulks[p]) ||
						cost_skip(
							"PERF_KEEP", keeps[k]))
						continue;
					if (cost_config(mp, bulks[g], bulks[p],
						    keeps[k],
						    (unsigned int)rounds, slice,
						    &on, &off, &med) < 0) {
						rte_mempool_free(mp);
						printf("a get failed\n");
						return TEST_FAILED;
					}
					best = off / on;
					printf("| cache%u_get%u_put%u_keep%u "
					       "| %.1f | %.1f | %+.1f %% | "
					       "%+.1f %% |\n",
						caches[c], bulks[g], bulks[p],
						keeps[k], on / 1e6, off / 1e6,
						100 * (best - 1),
						100 * (med - 1));
					printf("RESULT cost "
					       "cache%u_get%u_put%u_"
					       "keep%u %.4f\n",
						caches[c], bulks[g], bulks[p],
						keeps[k], med);
					fflush(stdout);
					log_med += log(med);
					log_best += log(best);
					worst_med = RTE_MAX(worst_med, med);
					worst_best = RTE_MAX(worst_best, best);
					n_rows++;
				}
		rte_mempool_cache_flush(
			rte_mempool_default_cache(mp, rte_lcore_id()), mp);
		full = rte_mempool_full(mp);
		rte_mempool_free(mp);
		TEST_ASSERT(
			full, "objects lost from the %u-cache pool", caches[c]);
	}
	if (n_rows == 0) {
		printf("no configuration selected\n");
		return TEST_SKIPPED;
	}
	printf("geometric mean cost over %u configurations: median of pairs "
	       "%+.2f %% (worst %+.1f %%), best rates %+.2f %% (worst "
	       "%+.1f %%)\n",
		n_rows, 100 * (exp(log_med / n_rows) - 1),
		100 * (worst_med - 1), 100 * (exp(log_best / n_rows) - 1),
		100 * (worst_best - 1));
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(
	mempool_counters_cost_autotest, test_mempool_counters_cost);
