/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * stack_bulk: the standalone program around stack_bulk.c (see there).
 */

#include <rte_common.h>
#include <rte_eal.h>

#include "bench_args.h"
#include "stack_bulk.h"

int
main(int argc, char **argv)
{
	static const char *const def_flavours[] = {"lf", "std"};
	const char *const *flavours = def_flavours;
	unsigned int nb = RTE_DIM(def_flavours);
	double seconds = 0.5;
	int ret;

	if (bench_init(argc, argv, &seconds, &flavours, &nb) < 0)
		return 1;
	ret = stack_bulk_bench(flavours, nb, seconds);
	rte_eal_cleanup();
	return ret == 0 ? 0 : 1;
}
