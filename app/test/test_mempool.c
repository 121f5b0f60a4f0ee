/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_autotest: the mempool library with each built-in ring
 * handler, with and without caches; the registry under both spellings;
 * bad input (error code, nothing lost, pool still usable); two-lcore
 * conservation; and, in mempool_debug builds, the cookie checks.
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

#define OBJ_MAGIC 0x6f626a21u
#define N_OBJS 1023
#define ELT_SIZE 64
#define PRIV_SIZE 100
#define POOL_NAME "test_mp"

/* What obj_init writes at the start of every element. */
struct test_obj {
	uint32_t magic;
	uint32_t idx;
	uint32_t owner; /* lcore + 1 while held in the stress tests */
	uint32_t pad;
};

static const char *const ring_handlers[] = {
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

static void
stamp_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
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
static int
check_objs_distinct(struct rte_mempool *mp, void **objs, unsigned int n)
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
static int
test_pool_on_handler(const char *handler, unsigned int cache_size)
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
		PRIV_SIZE, count_mp_init, NULL, stamp_obj, &init_calls,
		SOCKET_ID_ANY, 0, handler);
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
	TEST_ASSERT_EQUAL(rte_mempool_obj_iter(mp, stamp_obj, NULL), N_OBJS,
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
	TEST_ASSERT_SUCCESS(check_objs_distinct(mp, objs, 8), "distinct 8");
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
	TEST_ASSERT_SUCCESS(check_objs_distinct(mp, objs, N_OBJS), "drained");
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
	TEST_ASSERT_SUCCESS(check_objs_distinct(mp, objs, N_OBJS), "after 10");

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
	TEST_ASSERT_SUCCESS(check_objs_distinct(mp, objs, N_OBJS), "all");
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

	for (h = 0; h < RTE_DIM(ring_handlers); h++)
		for (c = 0; c < RTE_DIM(caches); c++) {
			printf("  %s, cache %u\n", ring_handlers[h], caches[c]);
			TEST_ASSERT_SUCCESS(
				test_pool_on_handler(
					ring_handlers[h], caches[c]),
				"%s cache %u", ring_handlers[h], caches[c]);
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
			NULL, stamp_obj, &calls, SOCKET_ID_ANY, map[i].flags);
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
		stamp_obj, NULL, SOCKET_ID_ANY, 0);
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
	TEST_ASSERT_SUCCESS(check_objs_distinct(mp, objs, 200), "distinct");
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

/* --- handlers registered by this test: both spellings --------------- */

/* A LIFO of free objects in rte_malloc'd memory, behind a spinlock. */
struct test_lifo {
	rte_spinlock_t lock;
	unsigned int len;
	unsigned int size;
	void *objs[];
};

static int
lifo_alloc(struct rte_mempool *mp)
{
	struct test_lifo *l = rte_zmalloc(
		"test_lifo", sizeof(*l) + sizeof(void *) * mp->size, 0);

	if (l == NULL)
		return -ENOMEM;
	rte_spinlock_init(&l->lock);
	l->size = mp->size;
	mp->pool_data = l;
	return 0;
}

static void
lifo_free(struct rte_mempool *mp)
{
	rte_free(mp->pool_data);
}

static int
lifo_put(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	struct test_lifo *l = mp->pool_data;
	unsigned int i;

	rte_spinlock_lock(&l->lock);
	if (l->len + n > l->size) {
		rte_spinlock_unlock(&l->lock);
		return -ENOBUFS;
	}
	for (i = 0; i < n; i++)
		l->objs[l->len++] = objs[i];
	rte_spinlock_unlock(&l->lock);
	return 0;
}

static int
lifo_get(struct rte_mempool *mp, void **objs, unsigned int n)
{
	struct test_lifo *l = mp->pool_data;
	unsigned int i;

	rte_spinlock_lock(&l->lock);
	if (n > l->len) {
		rte_spinlock_unlock(&l->lock);
		return -ENOENT;
	}
	for (i = 0; i < n; i++)
		objs[i] = l->objs[--l->len];
	rte_spinlock_unlock(&l->lock);
	return 0;
}

static unsigned int
lifo_count(const struct rte_mempool *mp)
{
	struct test_lifo *l = mp->pool_data;

	return __atomic_load_n(&l->len, __ATOMIC_RELAXED);
}

/* The seed's spelling. */
static struct rte_mempool_handler test_seed_handler = {
	.name = "test_seed_lifo",
	.alloc = lifo_alloc,
	.put = lifo_put,
	.get = lifo_get,
	.get_count = lifo_count,
	.free = lifo_free,
};
REGISTER_MEMPOOL_HANDLER(test_seed_handler);

/* DPDK 22.11's spelling of the same thing. */
static const struct rte_mempool_ops test_dpdk_ops = {
	.name = "test_dpdk_lifo",
	.alloc = lifo_alloc,
	.free = lifo_free,
	.enqueue = lifo_put,
	.dequeue = lifo_get,
	.get_count = lifo_count,
};
RTE_MEMPOOL_REGISTER_OPS(test_dpdk_ops);

/*
 * A handler that owns its objects' memory: each object is its own
 * rte_malloc allocation (RTE_MEMPOOL_HANDLER_F_OWN_MEMORY), kept in a
 * LIFO; free releases them all.
 */
static int
own_populate(struct rte_mempool *mp, unsigned int max_objs, void *vaddr,
	rte_iova_t iova, size_t len, rte_mempool_populate_obj_cb_t *obj_cb,
	void *obj_cb_arg)
{
	size_t total = mp->header_size + mp->elt_size + mp->trailer_size;
	unsigned int i;

	RTE_SET_USED(iova);
	if (vaddr != NULL || len != 0)
		return -EINVAL;
	for (i = 0; i < max_objs; i++) {
		char *m = rte_malloc("test_own", total, RTE_CACHE_LINE_SIZE);
		void *obj;

		if (m == NULL)
			break;
		obj = m + mp->header_size;
		obj_cb(mp, obj_cb_arg, obj, rte_mem_virt2iova(obj));
		if (lifo_put(mp, &obj, 1) != 0) {
			rte_free(m);
			break;
		}
	}
	return (int)i;
}

static void
own_free_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	RTE_SET_USED(arg);
	RTE_SET_USED(idx);
	rte_free(RTE_PTR_SUB(obj, mp->header_size));
}

static void
own_free(struct rte_mempool *mp)
{
	rte_mempool_obj_iter(mp, own_free_obj, NULL);
	lifo_free(mp);
}

static struct rte_mempool_handler test_own_handler = {
	.name = "test_own_memory",
	.alloc = lifo_alloc,
	.put = lifo_put,
	.get = lifo_get,
	.get_count = lifo_count,
	.free = own_free,
	.populate = own_populate,
	.flags = RTE_MEMPOOL_HANDLER_F_OWN_MEMORY |
		RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL,
};
REGISTER_MEMPOOL_HANDLER(test_own_handler);

/* DPDK style: no flag, calc_mem_size says "no memory needed". */
static ssize_t
own_calc_mem_size(const struct rte_mempool *mp, uint32_t obj_num,
	uint32_t pg_shift, size_t *min_chunk_size, size_t *align)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(obj_num);
	RTE_SET_USED(pg_shift);
	*min_chunk_size = 0;
	*align = 0;
	return 0;
}

static const struct rte_mempool_ops test_own_ops = {
	.name = "test_own_memory_ops",
	.alloc = lifo_alloc,
	.free = own_free,
	.enqueue = lifo_put,
	.dequeue = lifo_get,
	.get_count = lifo_count,
	.calc_mem_size = own_calc_mem_size,
	.populate = own_populate,
};
RTE_MEMPOOL_REGISTER_OPS(test_own_ops);

static int
test_registered_handlers(void)
{
	static const char *const names[] = {
		"test_seed_lifo",
		"test_dpdk_lifo",
		"test_own_memory",
		"test_own_memory_ops",
	};
	unsigned int i, mz_before;

	for (i = 0; i < RTE_DIM(names); i++) {
		int idx = rte_get_mempool_handler(names[i]);

		TEST_ASSERT(idx >= 0, "%s not registered", names[i]);
		TEST_ASSERT_EQUAL(
			strcmp(rte_mempool_ops_table.ops[idx].name, names[i]),
			0, "table slot %d", idx);
		printf("  %s (index %d)\n", names[i], idx);
		mz_before = test_memzone_count();
		TEST_ASSERT_SUCCESS(
			test_pool_on_handler(names[i], 0), "%s", names[i]);
		TEST_ASSERT_SUCCESS(test_pool_on_handler(names[i], 64),
			"%s cache", names[i]);
		TEST_ASSERT_EQUAL(test_memzone_count(), mz_before, "memzones");
	}
	/* The seed's put/get and DPDK's enqueue/dequeue are one field. */
	i = rte_get_mempool_handler("test_dpdk_lifo");
	TEST_ASSERT(rte_mempool_ops_table.ops[i].put == lifo_put &&
			rte_mempool_ops_table.ops[i].get == lifo_get,
		"spellings share fields");
	/* Handler-owned memory: no memzone chunk was used. */
	{
		struct rte_mempool *mp = rte_mempool_create_ext(POOL_NAME, 16,
			ELT_SIZE, 0, 0, NULL, NULL, NULL, NULL, SOCKET_ID_ANY,
			0, "test_own_memory");

		TEST_ASSERT_NOT_NULL(mp, "own memory pool");
		TEST_ASSERT_EQUAL(mp->nb_mem_chunks, 0, "no chunk");
		TEST_ASSERT_EQUAL(mp->populated_size, 16, "populated");
		rte_mempool_free(mp);
	}
	return TEST_SUCCESS;
}

static int
dummy_alloc(struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	return 0;
}

static int
count_visit(const struct rte_mempool_handler *h, int idx, void *arg)
{
	RTE_SET_USED(h);
	RTE_SET_USED(idx);
	(*(int *)arg)++;
	return 0;
}

static int
registry_size(void)
{
	int n = 0;

	rte_mempool_handler_walk(count_visit, &n);
	return n;
}

/* Each refused registration: its errno, and the table unchanged. */
static int
test_registry_errors(void)
{
	struct rte_mempool_handler h = test_seed_handler;
	int before = registry_size();
	unsigned int i;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	TEST_ASSERT(before >= 4, "ring handlers registered");
	for (i = 0; i < RTE_DIM(ring_handlers); i++)
		TEST_ASSERT(rte_get_mempool_handler(ring_handlers[i]) >= 0,
			"%s", ring_handlers[i]);
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("nope"), -1, "unknown");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "unknown errno");
	TEST_ASSERT_EQUAL(rte_get_mempool_handler(NULL), -1, "NULL name");

	TEST_ASSERT_EQUAL(rte_mempool_handler_register(NULL), -EINVAL, "NULL");
	strcpy(h.name, "");
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EINVAL, "empty");
	memset(h.name, 'x', sizeof(h.name)); /* 32 chars, no NUL */
	TEST_ASSERT_EQUAL(
		rte_mempool_handler_register(&h), -ENAMETOOLONG, "too long");
	strcpy(h.name, "ring_mp_mc");
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EEXIST, "dup");
	TEST_ASSERT_EQUAL(rte_mempool_register_ops(&h), -EEXIST, "dup ops");

	strcpy(h.name, "test_null_cb");
#define NULL_CB(field) \
	do { \
		struct rte_mempool_handler b = h; \
		b.field = NULL; \
		TEST_ASSERT_EQUAL(rte_mempool_handler_register(&b), -EINVAL, \
			"NULL " #field); \
	} while (0)
	NULL_CB(alloc);
	NULL_CB(put);
	NULL_CB(get);
	NULL_CB(get_count);
	NULL_CB(free);
	h.flags = 0x80;
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EINVAL, "flags");
	h.flags = RTE_MEMPOOL_HANDLER_F_OWN_MEMORY;
	h.populate = NULL;
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EINVAL,
		"own memory without populate");
	TEST_ASSERT_EQUAL(registry_size(), before, "table changed");
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("test_null_cb"), -1,
		"refused handler visible");

	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_mempool_handler_dump(f);
	fclose(f);
	TEST_ASSERT(strstr(buf, "ring_sp_sc") && strstr(buf, "test_seed_lifo"),
		"handler dump: %s", buf);
	free(buf);
	return TEST_SUCCESS;
}

/* Fill the table: the 17th handler gets -ENOSPC. Runs last. */
static int
test_registry_full(void)
{
	struct rte_mempool_handler h = test_seed_handler;
	int n = registry_size(), ret = 0, i;

	h.alloc = dummy_alloc;
	for (i = n; i < RTE_MEMPOOL_MAX_HANDLER_IDX; i++) {
		snprintf(h.name, sizeof(h.name), "test_fill_%d", i);
		ret = rte_mempool_handler_register(&h);
		TEST_ASSERT_EQUAL(ret, i, "slot %d got %d", i, ret);
	}
	TEST_ASSERT_EQUAL(registry_size(), RTE_MEMPOOL_MAX_HANDLER_IDX, "full");
	strcpy(h.name, "test_one_too_many");
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -ENOSPC, "17th");
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("test_one_too_many"), -1,
		"17th visible");
	TEST_ASSERT_EQUAL(
		registry_size(), RTE_MEMPOOL_MAX_HANDLER_IDX, "still full");
	/* Existing handlers keep working. */
	return test_pool_on_handler("ring_mp_mc", 16);
}

/* --- two lcores ---------------------------------------------------- */

struct stress_arg {
	struct rte_mempool *mp;
	struct rte_ring *pipe; /* pipeline mode: getter -> putter */
	uint64_t end_tsc;
	unsigned int role; /* 0 both, 1 getter, 2 putter */
	uint64_t ops;
	uint64_t errors;
};

static unsigned int stress_stop;

/* Claim an object: its owner must be 0. */
static int
claim(void *obj, uint32_t me)
{
	struct test_obj *o = obj;
	uint32_t zero = 0;

	return __atomic_compare_exchange_n(
		&o->owner, &zero, me, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

static int
release(void *obj, uint32_t me)
{
	struct test_obj *o = obj;
	uint32_t cur = me;

	return __atomic_compare_exchange_n(
		&o->owner, &cur, 0, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE);
}

static int
stress_both(void *p)
{
	struct stress_arg *a = p;
	uint32_t me = rte_lcore_id() + 1;
	void *held[256];
	unsigned int nheld = 0, n, i;
	uint64_t r = me * 0x9e3779b97f4a7c15ULL;

	while (rte_rdtsc() < a->end_tsc &&
		!__atomic_load_n(&stress_stop, __ATOMIC_RELAXED)) {
		r = r * 6364136223846793005ULL + 1442695040888963407ULL;
		n = 1 + (unsigned int)((r >> 33) % 32);
		if (nheld + n <= RTE_DIM(held) && ((r >> 20) & 1)) {
			if (rte_mempool_get_bulk(a->mp, &held[nheld], n) == 0) {
				for (i = 0; i < n; i++)
					if (!claim(held[nheld + i], me))
						a->errors++;
				nheld += n;
			}
		} else if (nheld > 0) {
			n = RTE_MIN(n, nheld);
			nheld -= n;
			for (i = 0; i < n; i++)
				if (!release(held[nheld + i], me))
					a->errors++;
			rte_mempool_put_bulk(a->mp, &held[nheld], n);
		}
		a->ops++;
	}
	for (i = 0; i < nheld; i++)
		if (!release(held[i], me))
			a->errors++;
	rte_mempool_put_bulk(a->mp, held, nheld);
	if (a->errors != 0)
		__atomic_store_n(&stress_stop, 1, __ATOMIC_RELAXED);
	return 0;
}

/* Pipeline: the getter passes objects to the putter through a ring, so
 * single-producer/single-consumer handlers see one thread per side. */
static int
stress_pipeline(void *p)
{
	struct stress_arg *a = p;
	void *objs[32];
	unsigned int n, i;
	uint64_t r = rte_lcore_id() + 7;

	for (;;) {
		int done = rte_rdtsc() >= a->end_tsc;

		r = r * 6364136223846793005ULL + 1442695040888963407ULL;
		n = 1 + (unsigned int)((r >> 33) % 32);
		if (a->role == 1) {
			if (done)
				break;
			if (rte_mempool_get_bulk(a->mp, objs, n) != 0)
				continue;
			for (i = 0; i < n; i++)
				if (!claim(objs[i], 1))
					a->errors++;
			while (rte_ring_sp_enqueue_bulk(
				       a->pipe, objs, n, NULL) == 0)
				rte_pause();
		} else {
			/* Stop is set after the getter's last enqueue: once
			 * seen, an empty ring means everything arrived. */
			int stop =
				__atomic_load_n(&stress_stop, __ATOMIC_ACQUIRE);

			RTE_SET_USED(done);
			n = rte_ring_sc_dequeue_burst(a->pipe, objs, 32, NULL);
			if (n == 0) {
				if (stop)
					break;
				continue;
			}
			for (i = 0; i < n; i++)
				if (!release(objs[i], 1))
					a->errors++;
			rte_mempool_put_bulk(a->mp, objs, n);
		}
		a->ops++;
	}
	if (a->role == 1)
		__atomic_store_n(&stress_stop, 1, __ATOMIC_RELEASE);
	return 0;
}

static void
check_owner(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(idx);
	if (((struct test_obj *)obj)->owner != 0)
		(*(unsigned int *)arg)++;
}

static int
run_stress(const char *handler, unsigned int cache_size, int pipeline,
	double seconds)
{
	struct stress_arg args[2];
	struct rte_mempool *mp;
	unsigned int worker, owned = 0, i;
	void **all;

	worker = rte_get_next_lcore(rte_lcore_id(), 1, 0);
	if (worker >= RTE_MAX_LCORE) {
		printf("  two lcores needed, skipped\n");
		return TEST_SUCCESS;
	}
	mp = rte_mempool_create_ext(POOL_NAME, 2048, ELT_SIZE, cache_size, 0,
		NULL, NULL, stamp_obj, NULL, SOCKET_ID_ANY, 0, handler);
	TEST_ASSERT_NOT_NULL(mp, "create %s", handler);
	memset(args, 0, sizeof(args));
	for (i = 0; i < 2; i++) {
		args[i].mp = mp;
		args[i].end_tsc =
			rte_rdtsc() + (uint64_t)(seconds * rte_get_tsc_hz());
		args[i].role = pipeline ? i + 1 : 0;
	}
	if (pipeline) {
		args[0].pipe = args[1].pipe = rte_ring_create("test_mp_pipe",
			4096, SOCKET_ID_ANY, RING_F_SP_ENQ | RING_F_SC_DEQ);
		TEST_ASSERT_NOT_NULL(args[0].pipe, "pipe ring");
	}
	__atomic_store_n(&stress_stop, 0, __ATOMIC_RELAXED);
	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(pipeline ? stress_pipeline : stress_both,
			&args[1], worker),
		"launch");
	if (pipeline)
		stress_pipeline(&args[0]);
	else
		stress_both(&args[0]);
	rte_eal_wait_lcore(worker);
	rte_ring_free(args[0].pipe);

	printf("  %s cache %u %s: %" PRIu64 " + %" PRIu64 " ops\n", handler,
		cache_size, pipeline ? "pipeline" : "both", args[0].ops,
		args[1].ops);
	TEST_ASSERT_EQUAL(
		args[0].errors + args[1].errors, 0, "object owned twice");
	TEST_ASSERT(args[0].ops > 0 && args[1].ops > 0, "both lcores ran");
	/* Idle: everything is free and counted exactly once. */
	TEST_ASSERT_EQUAL(
		rte_mempool_avail_count(mp) + rte_mempool_in_use_count(mp),
		mp->size, "avail + in_use");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), mp->size, "all free");
	rte_mempool_obj_iter(mp, check_owner, &owned);
	TEST_ASSERT_EQUAL(owned, 0, "objects still owned");
	/* Drain on this lcore (objects sit in both caches). */
	rte_mempool_cache_flush(NULL, mp);
	if (cache_size != 0) {
		struct rte_mempool_cache *c =
			rte_mempool_default_cache(mp, worker);

		rte_mempool_cache_flush(c, mp);
	}
	all = malloc(sizeof(void *) * mp->size);
	TEST_ASSERT_NOT_NULL(all, "malloc");
	if (rte_mempool_get_bulk(mp, all, mp->size) != 0 ||
		check_objs_distinct(mp, all, mp->size) != TEST_SUCCESS) {
		free(all);
		TEST_ASSERT(0, "could not get every object back once");
	}
	rte_mempool_put_bulk(mp, all, mp->size);
	free(all);
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_two_lcores(void)
{
	double s = test_env_long("MEMPOOL_STRESS_MS", 700) / 1000.0;

	TEST_ASSERT_SUCCESS(run_stress("ring_mp_mc", 0, 0, s), "mp_mc");
	TEST_ASSERT_SUCCESS(run_stress("ring_mp_mc", 64, 0, s), "mp_mc c");
	TEST_ASSERT_SUCCESS(run_stress("test_seed_lifo", 32, 0, s), "lifo");
	TEST_ASSERT_SUCCESS(run_stress("ring_sp_sc", 0, 1, s), "sp_sc");
	TEST_ASSERT_SUCCESS(run_stress("ring_sp_sc", 64, 1, s), "sp_sc c");
	TEST_ASSERT_SUCCESS(run_stress("ring_mp_sc", 64, 1, s), "mp_sc");
	TEST_ASSERT_SUCCESS(run_stress("ring_sp_mc", 64, 1, s), "sp_mc");
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

/* Run a child with its stderr in a file; return its status and text. */
static int
run_child_capture(const char *cmd, char *out, size_t out_size)
{
	const char *const argv[] = {
		"dpdk-test", "-l", "0", "--no-huge", "--in-memory"};

	return test_exec_self_capture(argv, RTE_DIM(argv), cmd, out, out_size);
}

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

	rc = run_child_capture("mempool_debug_ok_child", out, sizeof(out));
	TEST_ASSERT_EQUAL(rc, 0, "well-behaved child failed (%d): %s", rc, out);
	for (i = 0; i < RTE_DIM(cases); i++) {
		rc = run_child_capture(cases[i].cmd, out, sizeof(out));
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
			TEST_CASE(test_registry_errors),
			TEST_CASE(test_calc_obj_size),
			TEST_CASE(test_ring_handlers),
			TEST_CASE(test_legacy_flags),
			TEST_CASE(test_building_blocks),
			TEST_CASE(test_bad_input),
			TEST_CASE(test_user_cache),
			TEST_CASE(test_non_eal_thread),
			TEST_CASE(test_registered_handlers),
			TEST_CASE(test_two_lcores),
			TEST_CASE(test_debug_cookies),
			TEST_CASE(test_registry_full),
			TEST_CASES_END(),
		},
};

static int
test_mempool(void)
{
	return unit_test_suite_runner(&mempool_suite);
}

REGISTER_TEST_COMMAND(mempool_autotest, test_mempool);
