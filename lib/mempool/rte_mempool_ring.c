/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The default mempool manager: free objects in an rte_ring. Four
 * handlers, one per producer/consumer mode, so the legacy
 * RTE_MEMPOOL_F_SP_PUT/SC_GET flags map onto a handler name.
 */

#include <errno.h>
#include <stdio.h>

#include <rte_errno.h>
#include <rte_log.h>
#include <rte_ring.h>

#include "rte_mempool.h"

static int
common_ring_mp_put(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	return rte_ring_mp_enqueue_bulk(mp->pool_data, obj_table, n, NULL) == 0
		? -ENOBUFS
		: 0;
}

static int
common_ring_sp_put(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	return rte_ring_sp_enqueue_bulk(mp->pool_data, obj_table, n, NULL) == 0
		? -ENOBUFS
		: 0;
}

static int
common_ring_mc_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	return rte_ring_mc_dequeue_bulk(mp->pool_data, obj_table, n, NULL) == 0
		? -ENOBUFS
		: 0;
}

static int
common_ring_sc_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	return rte_ring_sc_dequeue_bulk(mp->pool_data, obj_table, n, NULL) == 0
		? -ENOBUFS
		: 0;
}

static unsigned int
common_ring_get_count(const struct rte_mempool *mp)
{
	return rte_ring_count(mp->pool_data);
}

static int
ring_alloc(struct rte_mempool *mp, unsigned int rg_flags)
{
	char rg_name[RTE_RING_NAMESIZE];
	struct rte_ring *r;
	int ret;

	ret = snprintf(
		rg_name, sizeof(rg_name), RTE_MEMPOOL_MZ_FORMAT, mp->name);
	if (ret < 0 || ret >= (int)sizeof(rg_name)) {
		rte_errno = ENAMETOOLONG;
		return -rte_errno;
	}
	/* Exactly mp->size slots: every object fits, a put never fails. */
	r = rte_ring_create(
		rg_name, mp->size, mp->socket_id, rg_flags | RING_F_EXACT_SZ);
	if (r == NULL)
		return -rte_errno;
	mp->pool_data = r;
	return 0;
}

static int
common_ring_alloc_mp_mc(struct rte_mempool *mp)
{
	return ring_alloc(mp, 0);
}

static int
common_ring_alloc_sp_sc(struct rte_mempool *mp)
{
	return ring_alloc(mp, RING_F_SP_ENQ | RING_F_SC_DEQ);
}

static int
common_ring_alloc_mp_sc(struct rte_mempool *mp)
{
	return ring_alloc(mp, RING_F_SC_DEQ);
}

static int
common_ring_alloc_sp_mc(struct rte_mempool *mp)
{
	return ring_alloc(mp, RING_F_SP_ENQ);
}

static void
common_ring_free(struct rte_mempool *mp)
{
	rte_ring_free(mp->pool_data);
	mp->pool_data = NULL;
}

static const struct rte_mempool_handler handler_mp_mc = {
	.name = "ring_mp_mc",
	.alloc = common_ring_alloc_mp_mc,
	.put = common_ring_mp_put,
	.get = common_ring_mc_get,
	.get_count = common_ring_get_count,
	.free = common_ring_free,
};

static const struct rte_mempool_handler handler_sp_sc = {
	.name = "ring_sp_sc",
	.alloc = common_ring_alloc_sp_sc,
	.put = common_ring_sp_put,
	.get = common_ring_sc_get,
	.get_count = common_ring_get_count,
	.free = common_ring_free,
};

static const struct rte_mempool_handler handler_mp_sc = {
	.name = "ring_mp_sc",
	.alloc = common_ring_alloc_mp_sc,
	.put = common_ring_mp_put,
	.get = common_ring_sc_get,
	.get_count = common_ring_get_count,
	.free = common_ring_free,
};

static const struct rte_mempool_handler handler_sp_mc = {
	.name = "ring_sp_mc",
	.alloc = common_ring_alloc_sp_mc,
	.put = common_ring_sp_put,
	.get = common_ring_mc_get,
	.get_count = common_ring_get_count,
	.free = common_ring_free,
};

/*
 * Registered in the legacy order (mp_mc first) so these built-ins take
 * indices 0..3 in every process linked with this library.
 */
RTE_INIT_PRIO(mempool_ring_handlers_init, BUS)
{
	rte_mempool_handler_register(&handler_mp_mc);
	rte_mempool_handler_register(&handler_sp_sc);
	rte_mempool_handler_register(&handler_mp_sc);
	rte_mempool_handler_register(&handler_sp_mc);
}
