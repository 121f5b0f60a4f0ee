/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The default mempool manager: free objects in an rte_ring. Four
 * handlers, one per producer/consumer mode, so the legacy
 * RTE_MEMPOOL_F_SP_PUT/SC_GET flags map onto a handler name; and two
 * for the ring's other multi-thread modes, as DPDK's ring driver
 * names them: ring_mt_rts (relaxed tail sync: a preempted thread does
 * not stall the others) and ring_mt_hts (head/tail sync: one
 * operation at a time per side).
 *
 * All but ring_sp_sc use RING_F_DEAD_PEER rings (rte_ring_dp.h; a plain
 * SP/SC ring already restarts from its tails): pools live in shared memory,
 * and a process killed inside a get or put must neither stall the
 * others for ever nor make an object appear twice. A dead getter's
 * reservation loses its objects (the dead process held them); a dead
 * putter's slots keep what it wrote, the others are skipped. The single
 * side of ring_mp_sc and ring_sp_mc restarts from its tail instead.
 */

#include <errno.h>
#include <stdio.h>

#include <rte_errno.h>
#include <rte_log.h>
#include <rte_ring.h>
#include <rte_ring_dp.h>

#include "rte_mempool.h"

/*
 * One object at a time is what every get and put of a pool without a
 * cache does for rte_pktmbuf_alloc/free: with n a constant the ring's
 * copy loops fold to one load and one store.
 */
#define RING_CALL(fn, r, objs, n) \
	(likely((n) == 1) ? fn(r, objs, 1, NULL) : fn(r, objs, n, NULL))

/*
 * The dead-peer rings of the MT handlers, inline (rte_ring_dp_pvt.h):
 * each side's mode and the other's are constants, so the room
 * reads the other side's tail without a switch on its mode. One
 * object (a pool without cache) and bursts are apart: with nothing
 * kept across a call, the one-object function saves no registers.
 */
#define DP_RING_PUT(name, mode, other) \
	static __rte_noinline int name##_n(struct rte_mempool *mp, \
		void *const *obj_table, unsigned int n) \
	{ \
		return __rte_ring_dp_do_enqueue(mp->pool_data, obj_table, n, \
			       NULL, mode, other) == 0 \
			? -ENOBUFS \
			: 0; \
	} \
	static int name(struct rte_mempool *mp, void *const *obj_table, \
		unsigned int n) \
	{ \
		if (unlikely(n != 1)) \
			return name##_n(mp, obj_table, n); \
		return __rte_ring_dp_do_enqueue(mp->pool_data, obj_table, 1, \
			       NULL, mode, other) == 0 \
			? -ENOBUFS \
			: 0; \
	}
#define DP_RING_GET(name, mode, other) \
	static __rte_noinline int name##_n( \
		struct rte_mempool *mp, void **obj_table, unsigned int n) \
	{ \
		return __rte_ring_dp_do_dequeue(mp->pool_data, obj_table, n, \
			       NULL, mode, other) == 0 \
			? -ENOBUFS \
			: 0; \
	} \
	static int name( \
		struct rte_mempool *mp, void **obj_table, unsigned int n) \
	{ \
		if (unlikely(n != 1)) \
			return name##_n(mp, obj_table, n); \
		return __rte_ring_dp_do_dequeue(mp->pool_data, obj_table, 1, \
			       NULL, mode, other) == 0 \
			? -ENOBUFS \
			: 0; \
	}
DP_RING_PUT(common_ring_mp_put, RTE_RING_SYNC_MT, RTE_RING_SYNC_MT)
DP_RING_GET(common_ring_mc_get, RTE_RING_SYNC_MT, RTE_RING_SYNC_MT)
DP_RING_PUT(rts_ring_mp_put, RTE_RING_SYNC_MT_RTS, RTE_RING_SYNC_MT_RTS)
DP_RING_GET(rts_ring_mc_get, RTE_RING_SYNC_MT_RTS, RTE_RING_SYNC_MT_RTS)
DP_RING_PUT(hts_ring_mp_put, RTE_RING_SYNC_MT_HTS, RTE_RING_SYNC_MT_HTS)
DP_RING_GET(hts_ring_mc_get, RTE_RING_SYNC_MT_HTS, RTE_RING_SYNC_MT_HTS)
/* The MT sides of ring_mp_sc and ring_sp_mc (the other side is ST). */
DP_RING_PUT(mixed_ring_mp_put, RTE_RING_SYNC_MT, RTE_RING_SYNC_ST)
DP_RING_GET(mixed_ring_mc_get, RTE_RING_SYNC_MT, RTE_RING_SYNC_ST)

/* The ST sides of ring_mp_sc and ring_sp_mc: out of line, no record. */
static int
mixed_ring_sp_put(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	return rte_ring_dp_enqueue_bulk(mp->pool_data, obj_table, n, NULL) == 0
		? -ENOBUFS
		: 0;
}

static int
mixed_ring_sc_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	return rte_ring_dp_dequeue_bulk(mp->pool_data, obj_table, n, NULL) == 0
		? -ENOBUFS
		: 0;
}

static int
common_ring_sp_put(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	return RING_CALL(rte_ring_sp_enqueue_bulk, mp->pool_data, obj_table,
		       n) == 0
		? -ENOBUFS
		: 0;
}

static int
common_ring_sc_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	return RING_CALL(rte_ring_sc_dequeue_bulk, mp->pool_data, obj_table,
		       n) == 0
		? -ENOBUFS
		: 0;
}

static unsigned int
common_ring_get_count(const struct rte_mempool *mp)
{
	return rte_ring_count(mp->pool_data);
}

/* Also finishes what a dead process left stuck in the ring. */
static unsigned int
dp_ring_get_count(const struct rte_mempool *mp)
{
	return rte_ring_dp_count(mp->pool_data);
}

static int
ring_create(struct rte_mempool *mp, unsigned int count, unsigned int rg_flags)
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
	r = rte_ring_create(
		rg_name, count, mp->socket_id, rg_flags | RING_F_EXACT_SZ);
	if (r == NULL)
		return -rte_errno;
	mp->pool_data = r;
	return 0;
}

static int
ring_alloc(struct rte_mempool *mp, unsigned int rg_flags)
{
	/* Exactly mp->size slots: every object fits, a put never fails. */
	return ring_create(mp, mp->size, rg_flags);
}

static int
common_ring_alloc_mp_mc(struct rte_mempool *mp)
{
	return ring_alloc(mp, RING_F_DEAD_PEER);
}

static int
common_ring_alloc_sp_sc(struct rte_mempool *mp)
{
	return ring_alloc(mp, RING_F_SP_ENQ | RING_F_SC_DEQ);
}

static int
common_ring_alloc_mp_sc(struct rte_mempool *mp)
{
	return ring_alloc(mp, RING_F_SC_DEQ | RING_F_DEAD_PEER);
}

static int
common_ring_alloc_sp_mc(struct rte_mempool *mp)
{
	return ring_alloc(mp, RING_F_SP_ENQ | RING_F_DEAD_PEER);
}

/*
 * An RTS consumer side frees slots only when no dequeue is in
 * progress, so objects already handed out can hold their slots for a
 * while: at most the consumers' htd_max plus the largest request (at
 * most mp->size). Room for that beyond mp->size keeps "a put of
 * objects from the pool never fails" true; htd_max gets whatever the
 * power-of-2 rounding leaves, and at least an eighth of the pool.
 */
static int
rts_ring_alloc(struct rte_mempool *mp)
{
	const uint64_t min_htd = mp->size / 8 + 1;
	uint64_t count = 2 * (uint64_t)mp->size + min_htd;
	struct rte_ring *r;
	int ret;

	if (count >= RTE_RING_SZ_MASK) {
		rte_errno = EINVAL;
		return -EINVAL;
	}
	/* Use all of the power-of-2 slot table the ring gets anyway. */
	count = rte_align64pow2(count + 1) - 1;
	if (count >= RTE_RING_SZ_MASK)
		count = RTE_RING_SZ_MASK - 1;
	ret = ring_create(mp, (unsigned int)count,
		RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ | RING_F_DEAD_PEER);
	if (ret != 0)
		return ret;
	r = mp->pool_data;
	/* Cannot fail: the consumer side is RTS. */
	rte_ring_set_cons_htd_max(
		r, (uint32_t)(count - 2 * (uint64_t)mp->size));
	return 0;
}

static int
hts_ring_alloc(struct rte_mempool *mp)
{
	return ring_alloc(
		mp, RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ | RING_F_DEAD_PEER);
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
	.get_count = dp_ring_get_count,
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
	.put = mixed_ring_mp_put,
	.get = mixed_ring_sc_get,
	.get_count = dp_ring_get_count,
	.free = common_ring_free,
};

static const struct rte_mempool_handler handler_sp_mc = {
	.name = "ring_sp_mc",
	.alloc = common_ring_alloc_sp_mc,
	.put = mixed_ring_sp_put,
	.get = mixed_ring_mc_get,
	.get_count = dp_ring_get_count,
	.free = common_ring_free,
};

static const struct rte_mempool_handler handler_mt_rts = {
	.name = "ring_mt_rts",
	.alloc = rts_ring_alloc,
	.put = rts_ring_mp_put,
	.get = rts_ring_mc_get,
	.get_count = dp_ring_get_count,
	.free = common_ring_free,
};

static const struct rte_mempool_handler handler_mt_hts = {
	.name = "ring_mt_hts",
	.alloc = hts_ring_alloc,
	.put = hts_ring_mp_put,
	.get = hts_ring_mc_get,
	.get_count = dp_ring_get_count,
	.free = common_ring_free,
};

/*
 * Registered in the legacy order (mp_mc first) so these built-ins take
 * indices 0..3 in every process linked with this library; the RTS and
 * HTS handlers follow.
 */
/* Descriptions for dpdk-pmdinfo.py (registered below, in this order). */
RTE_MEMPOOL_HANDLER_INFO(handler_mp_mc);
RTE_MEMPOOL_HANDLER_INFO(handler_sp_sc);
RTE_MEMPOOL_HANDLER_INFO(handler_mp_sc);
RTE_MEMPOOL_HANDLER_INFO(handler_sp_mc);
RTE_MEMPOOL_HANDLER_INFO(handler_mt_rts);
RTE_MEMPOOL_HANDLER_INFO(handler_mt_hts);

RTE_INIT_PRIO(mempool_ring_handlers_init, BUS)
{
	rte_mempool_handler_register(&handler_mp_mc);
	rte_mempool_handler_register(&handler_sp_sc);
	rte_mempool_handler_register(&handler_mp_sc);
	rte_mempool_handler_register(&handler_sp_mc);
	rte_mempool_handler_register(&handler_mt_rts);
	rte_mempool_handler_register(&handler_mt_hts);
}
