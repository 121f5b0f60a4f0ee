/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * "custom": the external mempool manager proposal's example handler,
 * one malloc() per object.
 *
 * It lives in the test binary, outside librte_mempool, to show that a
 * handler needs nothing from the library but the public header. It owns
 * its objects' memory: the pool reserves no memzone for objects, the
 * handler's populate allocates each one and its free releases them.
 * malloc'd memory is private to this process, so the handler says so
 * with RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL: a secondary process must
 * not use such a pool.
 *
 * Free objects are kept on a LIFO array behind a spinlock, in the same
 * process-private allocation as the bookkeeping of every object made.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_mempool.h>
#include <rte_spinlock.h>

#include "custom_mempool.h"

struct custom_store {
	rte_spinlock_t lock;
	unsigned int capacity; /* objects of the pool */
	unsigned int nb_free; /* entries of free_objs in use */
	unsigned int nb_made; /* entries of made in use */
	void **made; /* every allocation, released by free */
	void *free_objs[]; /* free elements, hottest last */
};

static unsigned long live_objects;

unsigned long
custom_mempool_live_objects(void)
{
	return __atomic_load_n(&live_objects, __ATOMIC_RELAXED);
}

static int
custom_alloc(struct rte_mempool *mp)
{
	struct custom_store *st;

	st = calloc(1, sizeof(*st) + mp->size * sizeof(st->free_objs[0]));
	if (st == NULL)
		return -ENOMEM;
	st->made = calloc(mp->size, sizeof(st->made[0]));
	if (st->made == NULL) {
		free(st);
		return -ENOMEM;
	}
	rte_spinlock_init(&st->lock);
	st->capacity = mp->size;
	mp->pool_data = st;
	return 0;
}

static int
custom_put(struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct custom_store *st = mp->pool_data;

	rte_spinlock_lock(&st->lock);
	if (n > st->capacity - st->nb_free) {
		rte_spinlock_unlock(&st->lock);
		return -ENOBUFS;
	}
	memcpy(&st->free_objs[st->nb_free], obj_table, n * sizeof(void *));
	__atomic_store_n(&st->nb_free, st->nb_free + n, __ATOMIC_RELAXED);
	rte_spinlock_unlock(&st->lock);
	return 0;
}

static int
custom_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct custom_store *st = mp->pool_data;
	unsigned int i, top;

	rte_spinlock_lock(&st->lock);
	if (n > st->nb_free) {
		/* All or nothing: the caller's table stays untouched. */
		rte_spinlock_unlock(&st->lock);
		return -ENOENT;
	}
	top = st->nb_free;
	for (i = 0; i < n; i++)
		obj_table[i] = st->free_objs[--top];
	__atomic_store_n(&st->nb_free, top, __ATOMIC_RELAXED);
	rte_spinlock_unlock(&st->lock);
	return 0;
}

static unsigned int
custom_get_count(const struct rte_mempool *mp)
{
	const struct custom_store *st = mp->pool_data;

	/* A snapshot, like every count of a pool in use. */
	return __atomic_load_n(&st->nb_free, __ATOMIC_RELAXED);
}

/*
 * Handler-owned memory: called once by rte_mempool_populate_default
 * with no memory chunk (vaddr NULL, len 0); make max_objs objects.
 */
static int
custom_populate(struct rte_mempool *mp, unsigned int max_objs, void *vaddr,
	rte_iova_t iova, size_t len, rte_mempool_populate_obj_cb_t *obj_cb,
	void *obj_cb_arg)
{
	struct custom_store *st = mp->pool_data;
	size_t total = mp->header_size + mp->elt_size + mp->trailer_size;
	unsigned int i;

	RTE_SET_USED(vaddr);
	RTE_SET_USED(iova);
	RTE_SET_USED(len);
	total = RTE_ALIGN_CEIL(total, RTE_CACHE_LINE_SIZE);
	for (i = 0; i < max_objs && st->nb_made < st->capacity; i++) {
		void *mem, *obj;

		if (posix_memalign(&mem, RTE_CACHE_LINE_SIZE, total) != 0)
			break;
		st->made[st->nb_made++] = mem;
		__atomic_fetch_add(&live_objects, 1, __ATOMIC_RELAXED);
		obj = RTE_PTR_ADD(mem, mp->header_size);
		/* Not DMA-able memory: no IOVA. */
		obj_cb(mp, obj_cb_arg, obj, RTE_BAD_IOVA);
		custom_put(mp, &obj, 1);
	}
	if (i == 0 && max_objs != 0) {
		RTE_LOG(ERR, MEMPOOL, "custom handler: out of memory for %s\n",
			mp->name);
		return -ENOMEM;
	}
	return (int)i;
}

static void
custom_free(struct rte_mempool *mp)
{
	struct custom_store *st = mp->pool_data;
	unsigned int i;

	if (st == NULL)
		return;
	for (i = 0; i < st->nb_made; i++)
		free(st->made[i]);
	__atomic_fetch_sub(&live_objects, st->nb_made, __ATOMIC_RELAXED);
	free(st->made);
	free(st);
	mp->pool_data = NULL;
}

static struct rte_mempool_handler custom_handler = {
	.name = CUSTOM_MEMPOOL_HANDLER,
	.alloc = custom_alloc,
	.put = custom_put,
	.get = custom_get,
	.get_count = custom_get_count,
	.free = custom_free,
	.populate = custom_populate,
	.flags = RTE_MEMPOOL_HANDLER_F_OWN_MEMORY |
		RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL,
};

REGISTER_MEMPOOL_HANDLER(custom_handler);
