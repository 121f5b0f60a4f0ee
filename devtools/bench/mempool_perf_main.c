/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_perf: the standalone program around mempool_perf.c (see
 * there). compare.sh builds the two files against DPDK 22.11 and
 * against this tree.
 */

#include <rte_common.h>
#include <rte_eal.h>

#include "bench_args.h"
#include "mempool_perf.h"

int
main(int argc, char **argv)
{
	static const char *const def_handlers[] = {"ring_mp_mc"};
	const char *const *handlers = def_handlers;
	unsigned int h, nb = RTE_DIM(def_handlers);
	double seconds = 1.0;
	int ret = 0;

	if (bench_init(argc, argv, &seconds, &handlers, &nb) < 0)
		return 1;
	if (seconds <= 0)
		seconds = 1.0;
	for (h = 0; h < nb; h++)
		if (mempool_perf_bench(handlers[h], seconds) < 0)
			ret = 1;
	rte_eal_cleanup();
	return ret;
}
