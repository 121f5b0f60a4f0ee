/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_pipeline_perf_autotest: the loops of devtools/bench/
 * mempool_pipeline.c (the pipeline where one lcore allocates and the
 * other frees, and plain bulk get/put) run per handler inside
 * dpdk-test. That file is built into dpdk-test as it is, so the
 * numbers are those of the standalone tool that also builds against
 * DPDK 22.11.
 *
 * MEMPOOL_HANDLER picks the handlers (comma or space separated;
 * default ring_mp_mc, stack, lf_stack, custom), MEMPOOL_PIPELINE_SECONDS
 * the length of each measurement (default 1).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_lcore.h>
#include <rte_string_fns.h>

#include "mempool_pipeline.h"
#include "test.h"

static int
test_mempool_pipeline_perf(void)
{
	static const char *const def[] = {
		"ring_mp_mc", "stack", "lf_stack", "custom"};
	const char *list[BENCH_MAX_HANDLERS];
	const char *env = getenv("MEMPOOL_HANDLER");
	const char *secs = getenv("MEMPOOL_PIPELINE_SECONDS");
	static char buf[512];
	char *tok, *save = NULL;
	unsigned int nb = 0, i;
	double seconds = secs != NULL ? atof(secs) : 1.0;

	if (seconds <= 0)
		seconds = 1.0;
	if (rte_lcore_count() < 2) {
		printf("needs two lcores (-l 0-1)\n");
		return TEST_SKIPPED;
	}
	if (env != NULL && *env != '\0') {
		rte_strlcpy(buf, env, sizeof(buf));
		for (tok = strtok_r(buf, ", ", &save);
			tok != NULL && nb < BENCH_MAX_HANDLERS;
			tok = strtok_r(NULL, ", ", &save))
			list[nb++] = tok;
	} else {
		for (i = 0; i < RTE_DIM(def); i++)
			list[nb++] = def[i];
	}
	return mempool_pipeline_bench(list, nb, seconds) == 0 ? TEST_SUCCESS
							      : TEST_FAILED;
}

REGISTER_TEST_COMMAND(
	mempool_pipeline_perf_autotest, test_mempool_pipeline_perf);
