/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mbuf_perf_autotest: the loops of devtools/bench/mbuf_alloc_free.c
 * (32 single allocs then 32 frees, and alloc_bulk/free_bulk of 32, with
 * per-lcore cache 0 and 256) on every registered mempool handler. That
 * file is built into dpdk-test as it is, so the numbers are those of
 * the standalone tool that also builds against DPDK 22.11.
 *
 * MBUF_PERF_SECONDS sets the length of each measurement (default 0.5).
 */

#include <stdlib.h>

#include <rte_common.h>
#include <rte_mempool.h>

#include "mbuf_alloc_free.h"
#include "test.h"

struct handler_list {
	const char *names[MAF_MAX_HANDLERS];
	unsigned int n;
};

static int
add_handler(const struct rte_mempool_handler *h, int idx, void *arg)
{
	struct handler_list *l = arg;

	RTE_SET_USED(idx);
	if (l->n < MAF_MAX_HANDLERS)
		l->names[l->n++] = h->name;
	return 0;
}

static int
test_mbuf_perf(void)
{
	struct handler_list list = {.n = 0};
	const char *secs = getenv("MBUF_PERF_SECONDS");
	double seconds = secs != NULL ? atof(secs) : 0.5;

	if (seconds <= 0)
		seconds = 0.5;
	rte_mempool_handler_walk(add_handler, &list);
	return mbuf_alloc_free_bench(list.names, list.n, seconds) == 0
		? TEST_SUCCESS
		: TEST_FAILED;
}

REGISTER_TEST_COMMAND(mbuf_perf_autotest, test_mbuf_perf);
