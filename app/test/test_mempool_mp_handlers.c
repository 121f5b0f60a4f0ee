/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The handlers mempool_mp_autotest registers (test_mempool_mp.h): each
 * keeps its store in shared memory, tagged with the handler's id, and
 * counts calls made on another handler's pool.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_malloc.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "test_mempool_mp.h"

/* Store of a test pool, in shared memory: whose it is, and a ring. */
/* Fits in the cache line before the ring. */
struct mpt_store {
	uint32_t magic;
	struct rte_ring *ring;
};

#define MPT_MAGIC(id) (0x4d505400U + (id))

static unsigned int wrong_calls;

unsigned int
mpt_wrong_handler_calls(void)
{
	return __atomic_load_n(&wrong_calls, __ATOMIC_RELAXED);
}

static struct rte_ring *
mpt_ring(const struct rte_mempool *mp, uint32_t id)
{
	const struct mpt_store *st = mp->pool_data;

	if (st == NULL || st->magic != MPT_MAGIC(id)) {
		__atomic_fetch_add(&wrong_calls, 1, __ATOMIC_RELAXED);
		return NULL;
	}
	return st->ring;
}

static int
mpt_alloc(struct rte_mempool *mp, uint32_t id)
{
	/* RING_F_EXACT_SZ: the ring has the next power of 2 of slots. */
	ssize_t rsz = rte_ring_get_memsize(rte_align32pow2(mp->size + 1));
	struct mpt_store *st;

	if (rsz < 0)
		return (int)rsz;
	st = rte_zmalloc_socket("mpt_store", RTE_CACHE_LINE_SIZE + rsz,
		RTE_CACHE_LINE_SIZE, mp->socket_id);
	if (st == NULL)
		return -ENOMEM;
	st->ring = (struct rte_ring *)RTE_PTR_ALIGN_CEIL(
		(void *)(st + 1), RTE_CACHE_LINE_SIZE);
	if (rte_ring_init(st->ring, mp->name, mp->size, RING_F_EXACT_SZ) < 0) {
		rte_free(st);
		return -EINVAL;
	}
	st->magic = MPT_MAGIC(id);
	mp->pool_data = st;
	return 0;
}

static void
mpt_free(struct rte_mempool *mp, uint32_t id)
{
	if (mpt_ring(mp, id) != NULL)
		rte_free(mp->pool_data);
	mp->pool_data = NULL;
}

static int
mpt_enqueue(
	struct rte_mempool *mp, void *const *objs, unsigned int n, uint32_t id)
{
	struct rte_ring *r = mpt_ring(mp, id);

	if (r == NULL)
		return -EFAULT;
	return rte_ring_mp_enqueue_bulk(r, objs, n, NULL) == n ? 0 : -ENOBUFS;
}

static int
mpt_dequeue(struct rte_mempool *mp, void **objs, unsigned int n, uint32_t id)
{
	struct rte_ring *r = mpt_ring(mp, id);

	if (r == NULL)
		return -EFAULT;
	return rte_ring_mc_dequeue_bulk(r, objs, n, NULL) == n ? 0 : -ENOENT;
}

static unsigned int
mpt_count(const struct rte_mempool *mp, uint32_t id)
{
	struct rte_ring *r = mpt_ring(mp, id);

	return r != NULL ? rte_ring_count(r) : 0;
}

/* One handler per id: same code, own magic. */
#define MPT_HANDLER(tag, id, hname) \
	static int mpt_alloc_##tag(struct rte_mempool *mp) \
	{ \
		return mpt_alloc(mp, id); \
	} \
	static void mpt_free_##tag(struct rte_mempool *mp) \
	{ \
		mpt_free(mp, id); \
	} \
	static int mpt_enq_##tag( \
		struct rte_mempool *mp, void *const *objs, unsigned int n) \
	{ \
		return mpt_enqueue(mp, objs, n, id); \
	} \
	static int mpt_deq_##tag( \
		struct rte_mempool *mp, void **objs, unsigned int n) \
	{ \
		return mpt_dequeue(mp, objs, n, id); \
	} \
	static unsigned int mpt_count_##tag(const struct rte_mempool *mp) \
	{ \
		return mpt_count(mp, id); \
	} \
	struct rte_mempool_handler mpt_handler_##tag = { \
		.name = hname, \
		.alloc = mpt_alloc_##tag, \
		.free = mpt_free_##tag, \
		.put = mpt_enq_##tag, \
		.get = mpt_deq_##tag, \
		.get_count = mpt_count_##tag, \
	}

MPT_HANDLER(a, 1, MPT_HANDLER_A);
MPT_HANDLER(b, 2, MPT_HANDLER_B);
MPT_HANDLER(po, 4, MPT_HANDLER_PO);
MPT_HANDLER(extra, 5, MPT_HANDLER_EXTRA);

/*
 * In the secondaries of mempool_mp_autotest: b where the primary has
 * a, then a handler the primary lacks where the primary has b.
 */
RTE_INIT(mpt_child_register)
{
	const char *cmd = getenv("DPDK_TEST");

	if (cmd == NULL || strncmp(cmd, "mempool_mp_child", 16) != 0)
		return;
	rte_mempool_handler_register(&mpt_handler_b);
	rte_mempool_handler_register(&mpt_handler_extra);
}
