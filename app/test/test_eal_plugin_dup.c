/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * A -d plugin for eal_flags_autotest that registers a mempool handler
 * under a built-in name (ring_mp_mc): rte_eal_init must warn, keep the
 * built-in one and go on. Every callback counts its calls, so the test
 * can tell that pools never reach this copy.
 */

#include <rte_common.h>
#include <rte_mempool.h>

int eal_test_plugin_dup_calls(void);

static int dup_calls;

int
eal_test_plugin_dup_calls(void)
{
	return __atomic_load_n(&dup_calls, __ATOMIC_RELAXED);
}

static void
dup_count(void)
{
	__atomic_fetch_add(&dup_calls, 1, __ATOMIC_RELAXED);
}

static int
dup_alloc(struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	dup_count();
	return -ENOTSUP;
}

static void
dup_free(struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	dup_count();
}

static int
dup_put(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	dup_count();
	return -ENOBUFS;
}

static int
dup_get(struct rte_mempool *mp, void **objs, unsigned int n)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	dup_count();
	return -ENOENT;
}

static unsigned int
dup_get_count(const struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	dup_count();
	return 0;
}

static struct rte_mempool_handler dup_handler = {
	.name = "ring_mp_mc",
	.alloc = dup_alloc,
	.free = dup_free,
	.put = dup_put,
	.get = dup_get,
	.get_count = dup_get_count,
};

REGISTER_MEMPOOL_HANDLER(dup_handler);
