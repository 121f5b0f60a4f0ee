/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_perf_autotest: get/put rates on the same matrix as DPDK
 * 22.11's benchmark (1 and 2 lcores, cache 0 and 512, get and put bulk
 * of 1/4/32, keep 32/128 objects), each configuration run for
 * MEMPOOL_PERF_DURATION seconds (default 1) instead of a fixed 5 s.
 * MEMPOOL_PERF_HANDLER picks the handler (default ring_mp_mc); the
 * 2-lcore rows need one safe for several producers and consumers.
 * A full run takes about 75 s with the default duration.
 * The rate is objects got and put back per second, all lcores summed,
 * counted like 22.11 (rate_persec). The loops are those of
 * devtools/bench/mempool_perf.c, built into dpdk-test from that very
 * file, so the numbers are those of the standalone bench that also
 * builds against DPDK 22.11.
 */

#include <stdlib.h>

#include "mempool_perf.h"
#include "test.h"

static int
test_mempool_perf(void)
{
	const char *handler = getenv("MEMPOOL_PERF_HANDLER");
	long seconds = test_env_long("MEMPOOL_PERF_DURATION", 1);

	if (handler == NULL || handler[0] == '\0')
		handler = "ring_mp_mc";
	if (seconds <= 0)
		seconds = 1;
	TEST_ASSERT_SUCCESS(mempool_perf_bench(handler, (double)seconds),
		"mempool perf on %s failed", handler);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_perf_autotest, test_mempool_perf);
