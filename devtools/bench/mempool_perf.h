/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The get/put matrix of mempool_perf.c, for the standalone bench
 * (mempool_perf_main.c) and mempool_perf_autotest.
 */

#ifndef MEMPOOL_PERF_H
#define MEMPOOL_PERF_H

/**
 * Run the whole matrix on one handler, printing RESULT lines and a
 * table. PERF_CACHE and PERF_CORES, if set, keep only that cache size or
 * lcore count.
 *
 * @param handler  Handler name.
 * @param seconds  Length of each configuration.
 * @return 0, or -1 if a pool could not be made, a run failed or objects
 *   did not all come back.
 */
int mempool_perf_bench(const char *handler, double seconds);

#endif /* MEMPOOL_PERF_H */
