/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The mbuf alloc/free loops of mbuf_alloc_free.c, for the standalone
 * bench (mbuf_alloc_free_main.c), mbuf_perf_autotest and
 * dpdk-handler-rates.
 */

#ifndef MBUF_ALLOC_FREE_H
#define MBUF_ALLOC_FREE_H

#include <rte_mbuf.h>
#include <rte_mempool.h>

/** mbufs per pool of mbuf_alloc_free_bench(). */
#define MAF_POOL_SIZE 8191
/** mbufs per loop body. */
#define MAF_BURST 32
/** Loop bodies between two clock reads. */
#define MAF_BURSTS_PER_CHECK 64
/** Handlers one mbuf_alloc_free_bench() call measures at most. */
#define MAF_MAX_HANDLERS 16

/**
 * One loop body: allocate MAF_BURST mbufs from mp and free them.
 * @param mp  A pktmbuf pool.
 * @param pkts  Room for MAF_BURST mbufs.
 * @return 0, or -1 if the pool ran dry (nothing kept).
 */
typedef int(maf_loop_fn)(struct rte_mempool *mp, struct rte_mbuf **pkts);

/** MAF_BURST rte_pktmbuf_alloc(), then MAF_BURST rte_pktmbuf_free(). */
int maf_single(struct rte_mempool *mp, struct rte_mbuf **pkts);
/** rte_pktmbuf_alloc_bulk() then rte_pktmbuf_free_bulk() of MAF_BURST. */
int maf_bulk(struct rte_mempool *mp, struct rte_mbuf **pkts);

/**
 * Run a loop body on the calling lcore for a while.
 * @param mp  A pktmbuf pool.
 * @param fn  maf_single or maf_bulk.
 * @param seconds  How long.
 * @return Millions of mbufs allocated and freed per second, or -1 if an
 *   allocation failed.
 */
double maf_measure(struct rte_mempool *mp, maf_loop_fn *fn, double seconds);

/**
 * Every case (single and bulk, cache 0 and 256) on each handler:
 * RESULT lines, then a table.
 * @param handlers  Handler names.
 * @param nb  How many (at most MAF_MAX_HANDLERS are measured).
 * @param seconds  Length of each measurement.
 * @return 0 if at least one handler was measured, else -1.
 */
int mbuf_alloc_free_bench(
	const char *const *handlers, unsigned int nb, double seconds);

#endif /* MBUF_ALLOC_FREE_H */
