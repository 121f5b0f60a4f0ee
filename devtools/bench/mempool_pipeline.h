/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The two-lcore pipeline and bulk get/put measurements of
 * mempool_pipeline.c, for the standalone bench (mempool_pipeline_main.c),
 * mempool_pipeline_perf_autotest and dpdk-handler-rates.
 */

#ifndef MEMPOOL_PIPELINE_H
#define MEMPOOL_PIPELINE_H

#include <rte_mempool.h>

/** Objects per get, ring transfer and put. */
#define BENCH_BURST 32
/** Per-lcore cache of the cached pipeline case. */
#define BENCH_CACHE 256
/** Handlers one mempool_pipeline_bench() call measures at most. */
#define BENCH_MAX_HANDLERS 16

/**
 * Measure the pipeline on a pool: the calling lcore takes bursts of
 * BENCH_BURST, stamps each object and passes them through an SP/SC ring
 * to `worker`, which checks the stamps and gives the bursts back. The
 * clock is read once per 64 bursts, not per burst.
 *
 * @param mp  A full pool; with `mbufs`, a pktmbuf pool.
 * @param worker  An idle lcore other than the caller.
 * @param seconds  How long the calling lcore allocates.
 * @param mbufs  0: rte_mempool_get_bulk/put_bulk, stamps in the object;
 *   1: rte_pktmbuf_alloc_bulk/free_bulk, stamps in the data room.
 * @return Millions of objects taken and given back per second, or a
 *   negative value (reported on stderr) if the run failed, a stamp was
 *   wrong or an object did not come back.
 */
double bench_pipeline_measure(
	struct rte_mempool *mp, unsigned int worker, double seconds, int mbufs);

/**
 * Every case (pipeline without and with cache, bulk get/put on one and
 * two lcores) on each handler: RESULT lines, then a table.
 *
 * @param handlers  Handler names.
 * @param nb  How many (at most BENCH_MAX_HANDLERS are measured).
 * @param seconds  Length of each measurement.
 * @return 0, or -1 if a measurement failed (the others are printed).
 */
int mempool_pipeline_bench(
	const char *const *handlers, unsigned int nb, double seconds);

#endif /* MEMPOOL_PIPELINE_H */
