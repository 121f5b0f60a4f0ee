/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_handler_list: print the registered handlers, one
 * "handler <name>" line each, so that the dpdk-pmdinfo.py test can
 * compare what it reads from the files with what really registers.
 */

#include <stdio.h>

#include <rte_mempool.h>

#include "test.h"

static int
print_handler(const struct rte_mempool_handler *h, int idx, void *arg)
{
	RTE_SET_USED(idx);
	RTE_SET_USED(arg);
	printf("handler %s\n", h->name);
	return 0;
}

static int
mempool_handler_list(void)
{
	if (rte_mempool_handler_walk(print_handler, NULL) < 0)
		return TEST_FAILED;
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_handler_list, mempool_handler_list);
