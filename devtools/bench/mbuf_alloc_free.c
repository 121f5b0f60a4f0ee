/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mbuf alloc/free benchmark, per mempool handler.
 *
 * Only the DPDK 22.11 public API is used, so this one file builds
 * against Debian's libdpdk-dev and against this tree;
 * devtools/bench/compare.sh builds and runs both and prints the ratio.
 * The same object file gives dpdk-test its mbuf_perf_autotest and
 * dpdk-handler-rates its single and bulk columns;
 * mbuf_alloc_free_main.c is the standalone program.
 *
 * For each handler a pool of 8191 mbufs with the default data room is
 * made with rte_pktmbuf_pool_create_by_ops, with per-lcore cache 0
 * (every get and put reaches the handler) and 256 (the usual set-up).
 * On one lcore:
 *   single  32 x rte_pktmbuf_alloc, then 32 x rte_pktmbuf_free
 *   bulk32  rte_pktmbuf_alloc_bulk(32), then rte_pktmbuf_free_bulk(32)
 * Result: millions of mbufs allocated and freed per second.
 *
 * Usage: mbuf_alloc_free <EAL args> -- [-t seconds] [handler ...]
 * Output: one "RESULT <handler> <case> <Mops/s>" line per measurement,
 * then a readable table.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

#include "mbuf_alloc_free.h"

enum maf_case {
	MAF_SINGLE_C0,
	MAF_BULK_C0,
	MAF_SINGLE_C256,
	MAF_BULK_C256,
	MAF_NB_CASES
};

static const char *const maf_case_names[MAF_NB_CASES] = {
	[MAF_SINGLE_C0] = "single_cache0",
	[MAF_BULK_C0] = "bulk32_cache0",
	[MAF_SINGLE_C256] = "single_cache256",
	[MAF_BULK_C256] = "bulk32_cache256",
};

int
maf_single(struct rte_mempool *mp, struct rte_mbuf **pkts)
{
	unsigned int i;

	for (i = 0; i < MAF_BURST; i++) {
		pkts[i] = rte_pktmbuf_alloc(mp);
		if (unlikely(pkts[i] == NULL)) {
			while (i > 0)
				rte_pktmbuf_free(pkts[--i]);
			return -1;
		}
	}
	for (i = 0; i < MAF_BURST; i++)
		rte_pktmbuf_free(pkts[i]);
	return 0;
}

int
maf_bulk(struct rte_mempool *mp, struct rte_mbuf **pkts)
{
	if (unlikely(rte_pktmbuf_alloc_bulk(mp, pkts, MAF_BURST) != 0))
		return -1;
	rte_pktmbuf_free_bulk(pkts, MAF_BURST);
	return 0;
}

/*
 * Wall-clock time, not the TSC: both builds then measure with the same
 * clock whatever each EAL estimates the TSC frequency to be.
 */
static double
maf_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double
maf_measure(struct rte_mempool *mp, maf_loop_fn *fn, double seconds)
{
	struct rte_mbuf *pkts[MAF_BURST];
	double start, now;
	uint64_t mbufs = 0;
	unsigned int i;

	start = maf_now();
	do {
		/* the clock is read once per MAF_BURSTS_PER_CHECK bursts */
		for (i = 0; i < MAF_BURSTS_PER_CHECK; i++)
			if (fn(mp, pkts) < 0)
				return -1;
		mbufs += MAF_BURSTS_PER_CHECK * MAF_BURST;
		now = maf_now();
	} while (now - start < seconds);
	return (double)mbufs / (now - start) / 1e6;
}

/* Fills res[] for one handler; -1 if its pools cannot be made. */
static int
maf_handler(const char *name, double seconds, double res[MAF_NB_CASES])
{
	static const unsigned int caches[2] = {0, 256};
	struct rte_mempool *mp;
	unsigned int c;

	for (c = 0; c < 2; c++) {
		mp = rte_pktmbuf_pool_create_by_ops("maf_pool", MAF_POOL_SIZE,
			caches[c], 0, RTE_MBUF_DEFAULT_BUF_SIZE,
			rte_socket_id(), name);
		if (mp == NULL) {
			fprintf(stderr, "handler %s: no pool: %s\n", name,
				rte_strerror(rte_errno));
			return -1;
		}
		/* first touch of every buffer outside the measurement */
		maf_measure(mp, maf_bulk, 0.05);
		res[2 * c] = maf_measure(mp, maf_single, seconds);
		res[2 * c + 1] = maf_measure(mp, maf_bulk, seconds);
		if (rte_mempool_avail_count(mp) != mp->size)
			fprintf(stderr, "handler %s: %u of %u mbufs back\n",
				name, rte_mempool_avail_count(mp), mp->size);
		rte_mempool_free(mp);
	}
	return 0;
}

int
mbuf_alloc_free_bench(
	const char *const *handlers, unsigned int nb, double seconds)
{
	double res[MAF_MAX_HANDLERS][MAF_NB_CASES];
	int ok[MAF_MAX_HANDLERS];
	unsigned int h, c, good = 0;

	if (nb > MAF_MAX_HANDLERS)
		nb = MAF_MAX_HANDLERS;
	for (h = 0; h < nb; h++) {
		ok[h] = maf_handler(handlers[h], seconds, res[h]) == 0;
		if (!ok[h])
			continue;
		good++;
		for (c = 0; c < MAF_NB_CASES; c++)
			printf("RESULT %s %s %.2f\n", handlers[h],
				maf_case_names[c], res[h][c]);
		fflush(stdout);
	}

	printf("\nmbuf alloc+free, Mops/s (%u mbufs, %.1f s per case, lcore "
	       "%u)\n",
		MAF_POOL_SIZE, seconds, rte_lcore_id());
	printf("%-20s", "handler");
	for (c = 0; c < MAF_NB_CASES; c++)
		printf(" %16s", maf_case_names[c]);
	printf("\n");
	for (h = 0; h < nb; h++) {
		printf("%-20s", handlers[h]);
		for (c = 0; c < MAF_NB_CASES; c++) {
			if (ok[h])
				printf(" %16.2f", res[h][c]);
			else
				printf(" %16s", "-");
		}
		printf("\n");
	}
	return good > 0 ? 0 : -1;
}
