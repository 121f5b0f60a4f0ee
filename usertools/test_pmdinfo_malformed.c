/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * A plugin whose handler description is deliberately malformed (a
 * handler with an empty name): pmdinfogen.py must refuse it, naming
 * this object. Built for the pmdinfogen_refuses_malformed test only.
 */

#include <rte_mempool.h>

static int
bad_alloc(struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	return 0;
}

static void
bad_free(struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
}

static int
bad_put(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	return 0;
}

static int
bad_get(struct rte_mempool *mp, void **objs, unsigned int n)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	return -ENOENT;
}

static unsigned int
bad_get_count(const struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	return 0;
}

static struct rte_mempool_handler malformed_handler = {
	.name = "",
	.alloc = bad_alloc,
	.free = bad_free,
	.put = bad_put,
	.get = bad_get,
	.get_count = bad_get_count,
};

RTE_MEMPOOL_HANDLER_INFO(malformed_handler);
