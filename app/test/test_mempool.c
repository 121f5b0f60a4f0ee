/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_autotest: the mempool API on each built-in ring handler, with
 * and without caches; the building blocks create is made of; bad input
 * (error code, nothing lost, pool still usable); user-owned caches and
 * threads without an lcore id; and, in mempool_debug builds, the cookie
 * checks. Handlers registered by the test and the registry are
 * mempool_registry_autotest's (test_mempool_registry.c), two-lcore
 * conservation is mempool_stress_autotest's (test_mempool_stress.c).
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_pause.h>
#include <rte_ring.h>
#include <rte_spinlock.h>

#include "test.h"
#include "test_mempool.h"

const char *const test_mempool_ring_handlers[TEST_MEMPOOL_NB_RING_HANDLERS] = {
	"ring_mp_mc",
	"ring_sp_sc",
	"ring_mp_sc",
	"ring_sp_mc",
};

static unsigned int mp_init_calls;

static void
count_mp_init(struct rte_mempool *mp, void *arg)
{
	RTE_SET_USED(arg);
	/* Runs before populate: no objects yet, private data reachable. */
	if (mp->populated_size == 0)
		mp_init_calls++;
	memset(rte_mempool_get_priv(mp), 0xa5, PRIV_SIZE);
}

void
test_mempool_stamp_obj(
	struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	struct test_obj *o = obj;
	unsigned int *calls = arg;

	RTE_SET_USED(mp);
	o->magic = OBJ_MAGIC;
	o->idx = idx;
	o->owner = 0;
	if (calls != NULL)
		(*calls)++;
}

struct walk_arg {
	const struct rte_mempool *want;
	int found;
};

static void
find_pool(struct rte_mempool *mp, void *arg)
{
	struct walk_arg *w = arg;

	if (mp == w->want)
		w->found++;
}

static void
count_chunk(struct rte_mempool *mp, void *arg, struct rte_mempool_memhdr *m,
	unsigned int idx)
{
	size_t *bytes = arg;

	RTE_SET_USED(mp);
	RTE_SET_USED(idx);
	*bytes += m->len;
}

/* Every object: magic intact, index unique (bitmap), owned by mp. */
int
test_mempool_objs_distinct(struct rte_mempool *mp, void **objs, unsigned int n)
{
	uint8_t *seen = calloc(mp->size, 1);
	unsigned int i;

	TEST_ASSERT_NOT_NULL(seen, "calloc");
	for (i = 0; i < n; i++) {
		struct test_obj *o = objs[i];

		if (o == NULL || o->magic != OBJ_MAGIC || o->idx >= mp->size ||
			seen[o->idx] || rte_mempool_from_obj(o) != mp) {
			free(seen);
			TEST_ASSERT(0, "object %u (%p) bad or duplicated", i,
				objs[i]);
		}
		seen[o->idx] = 1;
	}
	free(seen);
	return TEST_SUCCESS;
}

/* Every API on one pool of one handler. */
int
test_mempool_on_handler(const char *handler, unsigned int cache_size)
{
	void *objs[N_OBJS + 1];
	void *sentinel[16];
	struct rte_mempool *mp;
	struct walk_arg w;
	unsigned int init_calls = 0, i;
	char expect[64];
	size_t bytes = 0;
	uint8_t *priv;
	int idx;
	void *obj;

	idx = rte_get_mempool_handler(handler);
	TEST_ASSERT(idx >= 0, "handler %s not registered", handler);

	mp_init_calls = 0;
	mp = rte_mempool_create_ext(POOL_NAME, N_OBJS, ELT_SIZE, cache_size,
		PRIV_SIZE, count_mp_init, NULL, test_mempool_stamp_obj,
		&init_calls, SOCKET_ID_ANY, 0, handler);
	TEST_ASSERT_NOT_NULL(mp, "create_ext(%s, cache %u): %s", handler,
		cache_size, rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(mp->ops_index, idx, "ops_index");
	TEST_ASSERT_EQUAL(mp->handler_idx, idx, "handler_idx alias");
	TEST_ASSERT_EQUAL(
		mp_init_calls, 1, "mp_init ran %u times", mp_init_calls);
	TEST_ASSERT_EQUAL(
		init_calls, N_OBJS, "obj_init ran %u times", init_calls);
	TEST_ASSERT_EQUAL(mp->size, N_OBJS, "size");
	TEST_ASSERT_EQUAL(mp->populated_size, N_OBJS, "populated_size");
	TEST_ASSERT_EQUAL(mp->cache_size, cache_size, "cache_size");
	TEST_ASSERT(mp->elt_size >= ELT_SIZE, "elt_size");
	TEST_ASSERT(mp->private_data_size >= PRIV_SIZE, "private size");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), N_OBJS, "avail");
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), 0, "in use");
	TEST_ASSERT(rte_mempool_full(mp) && !rte_mempool_empty(mp), "full");

	/* Private data: after the descriptor and caches, as mp_init left. */
	priv = rte_mempool_get_priv(mp);
	TEST_ASSERT(priv >= (uint8_t *)(mp + 1), "priv inside descriptor");
	for (i = 0; i < PRIV_SIZE; i++)
		TEST_ASSERT_EQUAL(priv[i], 0xa5, "priv byte %u", i);

	/* Iterators. */
	TEST_ASSERT_EQUAL(
		rte_mempool_obj_iter(mp, test_mempool_stamp_obj, NULL), N_OBJS,
		"obj_iter count");
	TEST_ASSERT_EQUAL(rte_mempool_mem_iter(mp, count_chunk, &bytes),
		mp->nb_mem_chunks, "mem_iter");
	/* Handlers that own their memory use no chunk. */
	if (mp->nb_mem_chunks != 0)
		TEST_ASSERT(bytes >= (size_t)N_OBJS * ELT_SIZE,
			"chunk bytes %zu", bytes);

	/* Single get/put. */
	TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &obj), "get");
	TEST_ASSERT_EQUAL(rte_mempool_from_obj(obj), mp, "from_obj");
	TEST_ASSERT_EQUAL(rte_mempool_virt2iova(obj), rte_mem_virt2iova(obj),
		"virt2iova");
	TEST_ASSERT_EQUAL(((struct test_obj *)obj)->magic, OBJ_MAGIC, "magic");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), N_OBJS - 1, "avail-1");
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), 1, "in use 1");
	rte_mempool_put(mp, obj);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), N_OBJS, "avail back");

	/* Bulk. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 8), "get_bulk");
	TEST_ASSERT_SUCCESS(
		test_mempool_objs_distinct(mp, objs, 8), "distinct 8");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), N_OBJS - 8, "avail-8");
	rte_mempool_put_bulk(mp, objs, 8);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), N_OBJS, "avail+8");

	/* Drain one by one: every object exactly once. */
	for (i = 0; i < N_OBJS; i++) {
		TEST_ASSERT_SUCCESS(
			rte_mempool_get(mp, &objs[i]), "drain get %u", i);
		TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), N_OBJS - i - 1,
			"avail while draining");
	}
	TEST_ASSERT_SUCCESS(
		test_mempool_objs_distinct(mp, objs, N_OBJS), "drained");
	TEST_ASSERT(rte_mempool_empty(mp) && !rte_mempool_full(mp), "empty");
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), N_OBJS, "all in use");

	/* Empty pool: get fails, the caller's table is untouched. */
	obj = (void *)0x1234;
	TEST_ASSERT_EQUAL(rte_mempool_get(mp, &obj), -ENOENT, "get empty");
	TEST_ASSERT_EQUAL(obj, (void *)0x1234, "table touched");

	/* Put back 10; asking for 11 fails and takes nothing. */
	rte_mempool_put_bulk(mp, objs, 10);
	for (i = 0; i < RTE_DIM(sentinel); i++)
		sentinel[i] = (void *)(uintptr_t)(i + 1);
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, sentinel, 11), -ENOENT,
		"get 11 of 10");
	for (i = 0; i < RTE_DIM(sentinel); i++)
		TEST_ASSERT_EQUAL(sentinel[i], (void *)(uintptr_t)(i + 1),
			"sentinel %u overwritten", i);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 10, "count unchanged");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 10), "get 10");
	TEST_ASSERT_SUCCESS(
		test_mempool_objs_distinct(mp, objs, N_OBJS), "after 10");

	/* Refill: bulk sizes that cross the cache size and threshold. */
	for (i = 0; i < N_OBJS;) {
		unsigned int n = RTE_MIN(N_OBJS - i, 1 + (i % 97));

		rte_mempool_put_bulk(mp, &objs[i], n);
		i += n;
		TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), i, "refill");
	}
	TEST_ASSERT(rte_mempool_full(mp), "full again");

	/* A big bulk (more than any cache) in one call. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, N_OBJS), "get all");
	TEST_ASSERT_SUCCESS(
		test_mempool_objs_distinct(mp, objs, N_OBJS), "all");
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, objs + N_OBJS, 1), -ENOENT,
		"one more");
	rte_mempool_put_bulk(mp, objs, N_OBJS);
	TEST_ASSERT(rte_mempool_full(mp), "full after big put");
	rte_mempool_audit(mp);

	/* Introspection. */
	snprintf(expect, sizeof(expect), "handler=%s (index %d)", handler, idx);
	TEST_ASSERT(
		test_mempool_dump_contains(mp, expect), "dump shows handler");
	TEST_ASSERT(test_mempool_dump_contains(mp, "avail_count=1023"),
		"dump avail");
	TEST_ASSERT_EQUAL(rte_mempool_lookup(POOL_NAME), mp, "lookup");
	w.want = mp;
	w.found = 0;
	rte_mempool_walk(find_pool, &w);
	TEST_ASSERT_EQUAL(w.found, 1, "walk");

	/* Free, then the name is free again. */
	rte_mempool_free(mp);
	TEST_ASSERT_NULL(rte_mempool_lookup(POOL_NAME), "lookup after free");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "rte_errno after lookup");
	mp = rte_mempool_create_ext(POOL_NAME, N_OBJS, ELT_SIZE, cache_size, 0,
		NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0, handler);
	TEST_ASSERT_NOT_NULL(mp, "re-create: %s", rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &obj), "get re-created");
	rte_mempool_put(mp, obj);
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_ring_handlers(void)
{
	static const unsigned int caches[] = {
		0, 32, RTE_MEMPOOL_CACHE_MAX_SIZE};
	unsigned int h, c, mz_before = test_memzone_count();

	for (h = 0; h < RTE_DIM(test_mempool_ring_handlers); h++)
		for (c = 0; c < RTE_DIM(caches); c++) {
			printf("  %s, cache %u\n",
				test_mempool_ring_handlers[h], caches[c]);
			TEST_ASSERT_SUCCESS(
				test_mempool_on_handler(
					test_mempool_ring_handlers[h],
					caches[c]),
				"%s cache %u", test_mempool_ring_handlers[h],
				caches[c]);
		}
	TEST_ASSERT_EQUAL(test_memzone_count(), mz_before, "memzones leaked");
	return TEST_SUCCESS;
}

/* Legacy create: SP_PUT/SC_GET pick the ring handler. */
static int
test_legacy_flags(void)
{
	static const struct {
		unsigned int flags;
		const char *handler;
	} map[] = {
		{0, "ring_mp_mc"},
		{RTE_MEMPOOL_F_SP_PUT | RTE_MEMPOOL_F_SC_GET, "ring_sp_sc"},
		{MEMPOOL_F_SP_PUT, "ring_sp_mc"},
		{MEMPOOL_F_SC_GET, "ring_mp_sc"},
	};
	unsigned int i, calls;
	void *obj;

	for (i = 0; i < RTE_DIM(map); i++) {
		struct rte_mempool *mp;

		calls = 0;
		mp = rte_mempool_create(POOL_NAME, 64, ELT_SIZE, 16, 0, NULL,
			NULL, test_mempool_stamp_obj, &calls, SOCKET_ID_ANY,
			map[i].flags);
		TEST_ASSERT_NOT_NULL(mp, "create flags 0x%x", map[i].flags);
		TEST_ASSERT_EQUAL(mp->ops_index,
			rte_get_mempool_handler(map[i].handler),
			"flags 0x%x -> %s", map[i].flags, map[i].handler);
		TEST_ASSERT_EQUAL(
			strcmp(rte_mempool_get_ops(mp->ops_index)->name,
				map[i].handler),
			0, "handler name");
		TEST_ASSERT_EQUAL(calls, 64, "obj_init");
		TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &obj), "get");
		rte_mempool_put(mp, obj);
		rte_mempool_free(mp);
	}
	return TEST_SUCCESS;
}

static int chunk_freed;

static void
free_user_chunk(struct rte_mempool_memhdr *memhdr, void *opaque)
{
	RTE_SET_USED(memhdr);
	chunk_freed++;
	rte_free(opaque);
}

/* The building blocks create is made of, and their error returns. */
static int
test_building_blocks(void)
{
	struct rte_mempool *mp;
	size_t total, pg;
	void *objs[64];
	char *mem;
	int ret, idx;

	/* create_empty + set_ops_byname + populate_default. */
	mp = rte_mempool_create_empty(
		POOL_NAME, 64, ELT_SIZE, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT_EQUAL(mp->populated_size, 0, "empty pool");
	TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, "no_such", NULL),
		-EINVAL, "unknown handler (DPDK's code)");
	TEST_ASSERT_EQUAL(rte_mempool_set_handler(mp, "no_such"), -ENOENT,
		"unknown handler (external mempool manager's code)");
	TEST_ASSERT_EQUAL(mp->ops_index, rte_get_mempool_handler("ring_mp_mc"),
		"default kept");
	TEST_ASSERT_SUCCESS(
		rte_mempool_set_ops_byname(mp, "ring_sp_sc", (void *)0x42),
		"set_ops_byname");
	TEST_ASSERT_EQUAL(mp->pool_config, (void *)0x42, "pool_config");
	TEST_ASSERT_SUCCESS(
		rte_mempool_set_handler(mp, "ring_mp_sc"), "set_handler");
	idx = rte_get_mempool_handler("ring_mp_sc");
	TEST_ASSERT_EQUAL(mp->handler_idx, idx, "set_handler index");
	ret = rte_mempool_populate_default(mp);
	TEST_ASSERT_EQUAL(ret, 64, "populate_default: %d", ret);
	TEST_ASSERT_EQUAL(
		rte_mempool_populate_default(mp), -EEXIST, "populate twice");
	/* After populate the handler can no longer change. */
	TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, "ring_mp_mc", NULL),
		-EEXIST, "set after populate");
	TEST_ASSERT_EQUAL(rte_mempool_set_handler(mp, "ring_mp_mc"), -EEXIST,
		"set_handler after populate");
	TEST_ASSERT_EQUAL(mp->ops_index, idx, "handler unchanged");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 64), "get all");
	rte_mempool_put_bulk(mp, objs, 64);
	TEST_ASSERT(rte_mempool_full(mp), "still usable");
	rte_mempool_free(mp);

	/* populate_anon. */
	mp = rte_mempool_create_empty(
		POOL_NAME, 64, ELT_SIZE, 8, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT_EQUAL(rte_mempool_populate_anon(mp), 64, "populate_anon");
	TEST_ASSERT_EQUAL(rte_mempool_populate_anon(mp), 0, "anon twice");
	TEST_ASSERT_EQUAL(rte_errno, EEXIST, "anon twice errno");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 64), "get anon");
	rte_mempool_put_bulk(mp, objs, 64);
	TEST_ASSERT(rte_mempool_full(mp), "anon full");
	rte_mempool_free(mp);

	/* populate_virt / populate_iova with user memory, in two chunks. */
	mp = rte_mempool_create_empty(
		POOL_NAME, 64, ELT_SIZE, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT_SUCCESS(rte_mempool_get_page_size(mp, &pg), "page size");
	total = mp->header_size + mp->elt_size + mp->trailer_size;
	mem = rte_malloc(NULL, total * 32, 4096);
	TEST_ASSERT_NOT_NULL(mem, "rte_malloc");
	TEST_ASSERT_EQUAL(rte_mempool_populate_virt(mp, mem + 1, total * 32,
				  4096, free_user_chunk, mem),
		-EINVAL, "misaligned populate_virt");
	chunk_freed = 0;
	ret = rte_mempool_populate_virt(
		mp, mem, total * 32, 4096, free_user_chunk, mem);
	TEST_ASSERT_EQUAL(ret, 32, "populate_virt: %d", ret);
	mem = rte_malloc(NULL, total * 40, RTE_CACHE_LINE_SIZE);
	TEST_ASSERT_NOT_NULL(mem, "rte_malloc");
	ret = rte_mempool_populate_iova(mp, mem, rte_mem_virt2iova(mem),
		total * 40, free_user_chunk, mem);
	TEST_ASSERT_EQUAL(ret, 32, "populate_iova capped at size: %d", ret);
	TEST_ASSERT_EQUAL(mp->nb_mem_chunks, 2, "two chunks");
	TEST_ASSERT_EQUAL(rte_mempool_populate_iova(
				  mp, mem, RTE_BAD_IOVA, total, NULL, NULL),
		-ENOSPC, "populate a full pool");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 64, "avail");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 64), "get");
	rte_mempool_put_bulk(mp, objs, 64);
	rte_mempool_free(mp);
	TEST_ASSERT_EQUAL(chunk_freed, 2, "free_cb per chunk");
	return TEST_SUCCESS;
}

/* A failed create: NULL, rte_errno, no pool and no memzone left. */
#define EXPECT_CREATE_FAIL(err, ...) \
	do { \
		unsigned int __mz = test_memzone_count(); \
		rte_errno = 0; \
		TEST_ASSERT_NULL(__VA_ARGS__, "create should fail"); \
		TEST_ASSERT_EQUAL(rte_errno, err, "rte_errno %d, want %d", \
			rte_errno, err); \
		TEST_ASSERT_EQUAL( \
			test_memzone_count(), __mz, "memzone leaked"); \
	} while (0)

static int
test_bad_input(void)
{
	struct rte_mempool *mp, *mp2;
	void *objs[32];

	/* A pool that must survive every failed attempt below. */
	mp = rte_mempool_create("keep", 32, ELT_SIZE, 8, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create keep");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 5), "hold 5");

	EXPECT_CREATE_FAIL(ENOENT,
		rte_mempool_create_ext(POOL_NAME, 64, ELT_SIZE, 0, 0, NULL,
			NULL, NULL, NULL, SOCKET_ID_ANY, 0, "no_such_handler"));
	EXPECT_CREATE_FAIL(EINVAL,
		rte_mempool_create(POOL_NAME, 0, ELT_SIZE, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0));
	EXPECT_CREATE_FAIL(EINVAL,
		rte_mempool_create(POOL_NAME, 4096, ELT_SIZE,
			RTE_MEMPOOL_CACHE_MAX_SIZE + 1, 0, NULL, NULL, NULL,
			NULL, SOCKET_ID_ANY, 0));
	/* Flush threshold 68 * 3 / 2 > 100; 66 * 3 / 2 <= 100. */
	EXPECT_CREATE_FAIL(EINVAL,
		rte_mempool_create(POOL_NAME, 100, ELT_SIZE, 68, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0));
	mp2 = rte_mempool_create(POOL_NAME, 100, ELT_SIZE, 66, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp2, "cache 66 of 100 is fine");
	rte_mempool_free(mp2);
	EXPECT_CREATE_FAIL(EINVAL,
		rte_mempool_create(POOL_NAME, 64, 0, 0, 0, NULL, NULL, NULL,
			NULL, SOCKET_ID_ANY, 0));
	EXPECT_CREATE_FAIL(ENAMETOOLONG,
		rte_mempool_create("a_name_of_26_characters_xy", 64, ELT_SIZE,
			0, 0, NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0));
	EXPECT_CREATE_FAIL(EINVAL,
		rte_mempool_create("", 64, ELT_SIZE, 0, 0, NULL, NULL, NULL,
			NULL, SOCKET_ID_ANY, 0));
	EXPECT_CREATE_FAIL(EEXIST,
		rte_mempool_create("keep", 64, ELT_SIZE, 0, 0, NULL, NULL, NULL,
			NULL, SOCKET_ID_ANY, 0));
	EXPECT_CREATE_FAIL(EINVAL,
		rte_mempool_create(POOL_NAME, 64, ELT_SIZE, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0x1000));
	EXPECT_CREATE_FAIL(EINVAL,
		rte_mempool_create(POOL_NAME, 64, ELT_SIZE, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, RTE_MEMPOOL_F_POOL_CREATED));
	/* 64 Ki objects of 1 MiB: far more than the arena. */
	EXPECT_CREATE_FAIL(ENOMEM,
		rte_mempool_create(POOL_NAME, 1 << 16, 1 << 20, 0, 0, NULL,
			NULL, NULL, NULL, SOCKET_ID_ANY, 0));
	/* The name is not left behind by the failures. */
	mp2 = rte_mempool_create(POOL_NAME, 64, ELT_SIZE, 0, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp2, "name reusable after failures");
	rte_mempool_free(mp2);
	rte_mempool_free(NULL);

	/* The survivor: counts and objects intact. */
	TEST_ASSERT_EQUAL(rte_mempool_lookup("keep"), mp, "keep lookup");
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), 5, "keep in use");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs + 5, 27), "rest");
	TEST_ASSERT_EQUAL(rte_mempool_get(mp, &objs[0]), -ENOENT, "empty");
	rte_mempool_put_bulk(mp, objs, 32);
	TEST_ASSERT(rte_mempool_full(mp), "keep full");
	rte_mempool_free(mp);

	/* Lookup of nothing. */
	TEST_ASSERT_NULL(rte_mempool_lookup("nothing_here"), "lookup");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "lookup errno");
	return TEST_SUCCESS;
}

static int
test_calc_obj_size(void)
{
	struct rte_mempool_objsz sz;
	uint32_t total;

	total = rte_mempool_calc_obj_size(100, 0, &sz);
	TEST_ASSERT_EQUAL(
		total, sz.header_size + sz.elt_size + sz.trailer_size, "sum");
	TEST_ASSERT_EQUAL(total % RTE_CACHE_LINE_SIZE, 0, "cache aligned");
	TEST_ASSERT_EQUAL(sz.header_size % RTE_CACHE_LINE_SIZE, 0, "header");
	TEST_ASSERT(sz.elt_size >= 100, "elt");
	total = rte_mempool_calc_obj_size(
		100, RTE_MEMPOOL_F_NO_CACHE_ALIGN, &sz);
	TEST_ASSERT_EQUAL(sz.header_size, sizeof(struct rte_mempool_objhdr),
		"packed header");
	TEST_ASSERT_EQUAL(sz.elt_size, 104, "elt rounded to 8");
	/* NO_SPREAD only removes padding. */
	TEST_ASSERT(rte_mempool_calc_obj_size(1000, RTE_MEMPOOL_F_NO_SPREAD,
			    NULL) <= rte_mempool_calc_obj_size(1000, 0, NULL),
		"spread");
	return TEST_SUCCESS;
}

/* User-owned caches with generic get/put. */
static int
test_user_cache(void)
{
	struct rte_mempool_cache *cache;
	struct rte_mempool *mp;
	void *objs[200];
	unsigned int i;

	rte_errno = 0;
	TEST_ASSERT_NULL(rte_mempool_cache_create(0, SOCKET_ID_ANY), "size 0");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno");
	TEST_ASSERT_NULL(rte_mempool_cache_create(
				 RTE_MEMPOOL_CACHE_MAX_SIZE + 1, SOCKET_ID_ANY),
		"size too big");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno");

	mp = rte_mempool_create(POOL_NAME, 256, ELT_SIZE, 0, 0, NULL, NULL,
		test_mempool_stamp_obj, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	TEST_ASSERT_NULL(rte_mempool_default_cache(mp, rte_lcore_id()),
		"no default cache");
	cache = rte_mempool_cache_create(32, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(cache, "cache_create");
	TEST_ASSERT_EQUAL(cache->size, 32, "size");
	TEST_ASSERT_EQUAL(cache->flushthresh, 48, "flush threshold 1.5x");

	TEST_ASSERT_SUCCESS(rte_mempool_generic_get(mp, objs, 1, cache), "g1");
	/* The refill took size + 1 from the pool and handed one out. */
	TEST_ASSERT_EQUAL(cache->len, 32, "cache refilled");
	TEST_ASSERT_EQUAL(rte_mempool_ops_get_count(mp), 256 - 33, "pool");
	/* A user cache is not counted by avail_count. */
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 256 - 33, "avail");
	rte_mempool_generic_put(mp, objs, 1, cache);
	TEST_ASSERT_EQUAL(cache->len, 33, "put cached");
	for (i = 0; i < 200; i += 10)
		TEST_ASSERT_SUCCESS(
			rte_mempool_generic_get(mp, &objs[i], 10, cache),
			"get 10");
	TEST_ASSERT_SUCCESS(
		test_mempool_objs_distinct(mp, objs, 200), "distinct");
	for (i = 0; i < 200; i += 20) {
		rte_mempool_generic_put(mp, &objs[i], 20, cache);
		TEST_ASSERT(cache->len <= cache->flushthresh, "threshold");
	}
	rte_mempool_cache_flush(cache, mp);
	TEST_ASSERT_EQUAL(cache->len, 0, "flushed");
	TEST_ASSERT(rte_mempool_full(mp), "all back after flush");
	/* Bigger than the threshold: straight to the pool. */
	TEST_ASSERT_SUCCESS(
		rte_mempool_generic_get(mp, objs, 100, cache), "get 100");
	rte_mempool_generic_put(mp, objs, 100, cache);
	TEST_ASSERT_EQUAL(cache->len, 0, "big put bypasses");
	rte_mempool_cache_flush(cache, mp);
	TEST_ASSERT(rte_mempool_full(mp), "full");
	/* NULL cache: straight to the handler. */
	TEST_ASSERT_SUCCESS(rte_mempool_generic_get(mp, objs, 3, NULL), "g");
	rte_mempool_generic_put(mp, objs, 3, NULL);
	TEST_ASSERT(rte_mempool_full(mp), "full");
	rte_mempool_cache_free(cache);
	rte_mempool_cache_free(NULL);
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

/* A thread without an lcore id goes straight to the handler. */
static void *
non_eal_thread(void *arg)
{
	struct rte_mempool *mp = arg;
	void *objs[16];
	intptr_t bad = 0;
	int i;

	if (rte_lcore_id() != LCORE_ID_ANY ||
		rte_mempool_default_cache(mp, rte_lcore_id()) != NULL)
		return (void *)1;
	for (i = 0; i < 100; i++) {
		if (rte_mempool_get_bulk(mp, objs, 16) != 0)
			bad++;
		else
			rte_mempool_put_bulk(mp, objs, 16);
	}
	return (void *)bad;
}

static int
test_non_eal_thread(void)
{
	struct rte_mempool *mp;
	pthread_t t;
	void *ret;

	mp = rte_mempool_create(POOL_NAME, 128, ELT_SIZE, 32, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	TEST_ASSERT_SUCCESS(
		pthread_create(&t, NULL, non_eal_thread, mp), "pthread_create");
	TEST_ASSERT_SUCCESS(pthread_join(t, &ret), "join");
	TEST_ASSERT_NULL(ret, "non-EAL thread failed");
	TEST_ASSERT_EQUAL(rte_mempool_ops_get_count(mp), 128,
		"every object back in the handler, none cached");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

/* --- mempool_debug: cookies ---------------------------------------- */

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
/* Children: each does one bad thing, which must kill it. */
static int
debug_child(int what)
{
	struct rte_mempool *mp, *other;
	void *obj;

	mp = rte_mempool_create("dbg_pool", 64, ELT_SIZE, 0, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0);
	other = rte_mempool_create("dbg_other", 64, ELT_SIZE, 0, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0);
	if (mp == NULL || other == NULL || rte_mempool_get(mp, &obj) != 0)
		return 3;
	switch (what) {
	case 0: /* double put */
		rte_mempool_put(mp, obj);
		rte_mempool_put(mp, obj);
		break;
	case 1: /* foreign object */
		rte_mempool_put(other, obj);
		break;
	case 2: /* overrun by one byte */
		((char *)obj)[mp->elt_size] ^= 0x5a;
		rte_mempool_put(mp, obj);
		break;
	default: /* well-behaved: must survive */
		rte_mempool_put(mp, obj);
		return 0;
	}
	return 4; /* not detected */
}

static int
debug_child_double_put(void)
{
	return debug_child(0);
}
REGISTER_TEST_COMMAND(mempool_debug_double_put_child, debug_child_double_put);

static int
debug_child_foreign(void)
{
	return debug_child(1);
}
REGISTER_TEST_COMMAND(mempool_debug_foreign_child, debug_child_foreign);

static int
debug_child_overrun(void)
{
	return debug_child(2);
}
REGISTER_TEST_COMMAND(mempool_debug_overrun_child, debug_child_overrun);

static int
debug_child_ok(void)
{
	return debug_child(3);
}
REGISTER_TEST_COMMAND(mempool_debug_ok_child, debug_child_ok);

static int
test_debug_cookies(void)
{
	static const struct {
		const char *cmd;
		const char *msg;
	} cases[] = {
		{"mempool_debug_double_put_child",
			"mempool dbg_pool: double put"},
		{"mempool_debug_foreign_child",
			"mempool dbg_other: foreign object"},
		{"mempool_debug_overrun_child", "mempool dbg_pool: overrun"},
	};
	static char out[16384];
	unsigned int i;
	int rc;

	rc = test_run_child("mempool_debug_ok_child", out, sizeof(out));
	TEST_ASSERT_EQUAL(rc, 0, "well-behaved child failed (%d): %s", rc, out);
	for (i = 0; i < RTE_DIM(cases); i++) {
		rc = test_run_child(cases[i].cmd, out, sizeof(out));
		printf("  %s: status %d\n", cases[i].cmd, rc);
		TEST_ASSERT(rc != 0 && rc != 3 && rc != 4,
			"%s: not detected (status %d)", cases[i].cmd, rc);
		TEST_ASSERT_NOT_NULL(strstr(out, cases[i].msg),
			"%s: report lacks '%s': %s", cases[i].cmd, cases[i].msg,
			out);
	}
	return TEST_SUCCESS;
}
#else
static int
test_debug_cookies(void)
{
	printf("  built without mempool_debug: cookie checks skipped\n");
	return TEST_SKIPPED;
}
#endif

static struct unit_test_suite mempool_suite = {
	.suite_name = "mempool autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_calc_obj_size),
			TEST_CASE(test_ring_handlers),
			TEST_CASE(test_legacy_flags),
			TEST_CASE(test_building_blocks),
			TEST_CASE(test_bad_input),
			TEST_CASE(test_user_cache),
			TEST_CASE(test_non_eal_thread),
			TEST_CASE(test_debug_cookies),
			TEST_CASES_END(),
		},
};

static int
test_mempool(void)
{
	return unit_test_suite_runner(&mempool_suite);
}

REGISTER_TEST_COMMAND(mempool_autotest, test_mempool);
