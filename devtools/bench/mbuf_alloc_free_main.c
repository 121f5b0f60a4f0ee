/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mbuf_alloc_free: the standalone program around mbuf_alloc_free.c
 * (see there). compare.sh builds the two files against DPDK 22.11 and
 * against this tree.
 */

#include <rte_common.h>
#include <rte_eal.h>

#include "bench_args.h"
#include "mbuf_alloc_free.h"

int
main(int argc, char **argv)
{
	static const char *const def_handlers[] = {"ring_mp_mc", "ring_sp_sc",
		"ring_mp_sc", "ring_sp_mc", "stack", "lf_stack"};
	const char *const *handlers = def_handlers;
	unsigned int nb = RTE_DIM(def_handlers);
	double seconds = 0.5;
	int ret;

	if (bench_init(argc, argv, &seconds, &handlers, &nb) < 0)
		return 1;
	ret = mbuf_alloc_free_bench(handlers, nb, seconds);
	rte_eal_cleanup();
	return ret == 0 ? 0 : 1;
}
