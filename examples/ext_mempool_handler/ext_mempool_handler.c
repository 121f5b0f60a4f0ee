/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * A mempool handler to copy from: "example_malloc".
 *
 * Built as a shared object, it is a plugin: any DPDK-EMM program
 * started with `-d libext_mempool_handler.so` can create pools on it
 * with rte_mempool_create_ext(..., "example_malloc") (or
 * rte_mempool_set_ops_byname on an empty pool). See README.md for the
 * build commands and for running the handler conformance suite on it.
 *
 * What it shows:
 *  - the five mandatory callbacks (alloc, put, get, get_count, free)
 *    in the external mempool manager's initializer;
 *  - a handler that owns its objects' memory: with
 *    RTE_MEMPOOL_HANDLER_F_OWN_MEMORY the pool reserves no memory for
 *    objects, and rte_mempool_populate_default() calls the populate
 *    hook once with no memory chunk. The hook allocates every object
 *    itself (here: one malloc per object, as in the proposal's
 *    custom_mempool.c), announces it through obj_cb and stores it;
 *    free() gives it all back;
 *  - a process-local handler: malloc'd memory exists only in the
 *    process that made it, so RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL
 *    tells the library that a secondary process must not use the pool.
 *
 * To write your own, rename the handler, replace the store (a
 * spinlock-protected array here) by yours and keep the contracts
 * written above each callback.
 *
 * dpdk-test compiles this same file as its "custom" handler (see
 * app/test/meson.build), setting the two macros below; a copy can drop
 * them.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_mempool.h>
#include <rte_spinlock.h>

/* The name the handler registers under. */
#ifndef EXAMPLE_HANDLER_NAME
#define EXAMPLE_HANDLER_NAME "example_malloc"
#endif

/*
 * Optional: an unsigned long variable kept equal to the objects this
 * handler has allocated and not yet freed, over all its pools.
 */
#ifdef EXAMPLE_LIVE_OBJECTS
extern unsigned long EXAMPLE_LIVE_OBJECTS;
#define example_live_add(n) \
	__atomic_fetch_add(&(EXAMPLE_LIVE_OBJECTS), (n), __ATOMIC_RELAXED)
#define example_live_sub(n) \
	__atomic_fetch_sub(&(EXAMPLE_LIVE_OBJECTS), (n), __ATOMIC_RELAXED)
#else
#define example_live_add(n) RTE_SET_USED(n)
#define example_live_sub(n) RTE_SET_USED(n)
#endif

/* The handler's state for one pool; mp->pool_data points to it. */
struct example_store {
	rte_spinlock_t lock; /* put and get may run on any lcore */
	unsigned int capacity; /* mp->size: a put of pool objects never fails */
	unsigned int nb_free; /* objects in free_objs */
	unsigned int nb_made; /* allocations in made */
	void **made; /* every allocation, for free() */
	void *free_objs[]; /* free objects; the last one is the hottest */
};

/*
 * alloc: called once per pool, before any object exists. Set up the
 * store for mp->size objects and hang it on mp->pool_data. Return 0 or
 * a negative errno (the pool creation then fails with it).
 */
static int
example_alloc(struct rte_mempool *mp)
{
	struct example_store *st;

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

/*
 * put: store n free objects. The fast path calls it when a cache
 * overflows or the pool has no cache. It must not fail for objects of
 * this pool; return 0, or a negative errno.
 */
static int
example_put(struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct example_store *st = mp->pool_data;

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

/*
 * get: take n objects, all or nothing. With fewer than n free, return
 * -ENOENT and leave obj_table alone: callers rely on it.
 */
static int
example_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct example_store *st = mp->pool_data;
	unsigned int i, top;

	rte_spinlock_lock(&st->lock);
	if (n > st->nb_free) {
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

/*
 * get_count: free objects in the store (caches are counted by the
 * library). May be a snapshot: other lcores keep working meanwhile.
 */
static unsigned int
example_get_count(const struct rte_mempool *mp)
{
	const struct example_store *st = mp->pool_data;

	return __atomic_load_n(&st->nb_free, __ATOMIC_RELAXED);
}

/*
 * populate, for a handler that owns its memory: called once with
 * vaddr NULL, iova RTE_BAD_IOVA and len 0. Make up to max_objs
 * objects. Each is header + element + trailer bytes; the element (what
 * users get) starts mp->header_size bytes in. Call obj_cb for each
 * element before storing it: it fills the object header and runs the
 * pool's obj_init. Return the number made, or a negative errno if none.
 */
static int
example_populate(struct rte_mempool *mp, unsigned int max_objs, void *vaddr,
	rte_iova_t iova, size_t len, rte_mempool_populate_obj_cb_t *obj_cb,
	void *obj_cb_arg)
{
	struct example_store *st = mp->pool_data;
	size_t size = mp->header_size + mp->elt_size + mp->trailer_size;
	unsigned int i;

	RTE_SET_USED(vaddr);
	RTE_SET_USED(iova);
	RTE_SET_USED(len);
	size = RTE_ALIGN_CEIL(size, RTE_CACHE_LINE_SIZE);
	for (i = 0; i < max_objs && st->nb_made < st->capacity; i++) {
		void *mem, *elt;

		if (posix_memalign(&mem, RTE_CACHE_LINE_SIZE, size) != 0)
			break;
		st->made[st->nb_made++] = mem;
		example_live_add(1);
		elt = RTE_PTR_ADD(mem, mp->header_size);
		/* malloc'd memory is not DMA-able: it has no IOVA. */
		obj_cb(mp, obj_cb_arg, elt, RTE_BAD_IOVA);
		example_put(mp, &elt, 1);
	}
	if (i == 0 && max_objs != 0) {
		RTE_LOG(ERR, MEMPOOL, "%s handler: out of memory for %s\n",
			EXAMPLE_HANDLER_NAME, mp->name);
		return -ENOMEM;
	}
	return (int)i;
}

/*
 * free: the pool is being freed. Release the store and, since this
 * handler owns it, every object's memory.
 */
static void
example_free(struct rte_mempool *mp)
{
	struct example_store *st = mp->pool_data;
	unsigned int i;

	if (st == NULL)
		return;
	for (i = 0; i < st->nb_made; i++)
		free(st->made[i]);
	example_live_sub(st->nb_made);
	free(st->made);
	free(st);
	mp->pool_data = NULL;
}

static struct rte_mempool_handler example_handler = {
	.name = EXAMPLE_HANDLER_NAME,
	.alloc = example_alloc,
	.put = example_put,
	.get = example_get,
	.get_count = example_get_count,
	.free = example_free,
	.populate = example_populate,
	.flags = RTE_MEMPOOL_HANDLER_F_OWN_MEMORY |
		RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL,
};

/*
 * Registers the handler when the plugin is loaded (or the program
 * starts, if linked in). A refused registration (e.g. the name is
 * taken) makes rte_eal_init fail for a -d plugin.
 */
REGISTER_MEMPOOL_HANDLER(example_handler);
