/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Bad input to the public API: each refusal is checked for its return
 * code and rte_errno, for the one log line that says what was refused
 * and why, and for leaving everything as it was (heap blocks and
 * bytes, memzones, pools, objects of the "custom" handler).
 */

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>
#include <rte_mbuf_pool_ops.h>
#include <rte_mempool.h>
#include <rte_memzone.h>
#include <rte_ring.h>
#include <rte_stack.h>

#include "custom_mempool.h"
#include "test.h"

/* ----- what must not change across a refusal ----- */

struct bad_snap {
	size_t heap_alloc_bytes;
	unsigned int heap_alloc_count;
	unsigned int memzones;
	unsigned int pools;
	unsigned long custom_objects;
};

static void
count_pool(struct rte_mempool *mp, void *arg)
{
	RTE_SET_USED(mp);
	(*(unsigned int *)arg)++;
}

static void
snap_take(struct bad_snap *s)
{
	struct rte_malloc_socket_stats st;
	int socket;

	memset(s, 0, sizeof(*s));
	for (socket = 0; socket < RTE_MAX_NUMA_NODES; socket++) {
		if (rte_malloc_get_socket_stats(socket, &st) != 0)
			continue;
		s->heap_alloc_bytes += st.heap_allocsz_bytes;
		s->heap_alloc_count += st.alloc_count;
	}
	s->memzones = test_memzone_count();
	rte_mempool_walk(count_pool, &s->pools);
	s->custom_objects = custom_mempool_live_objects();
}

static int
snap_check(const struct bad_snap *before, const char *what)
{
	struct bad_snap now;

	snap_take(&now);
	TEST_ASSERT_EQUAL(before->heap_alloc_bytes, now.heap_alloc_bytes,
		"%s: heap bytes %zu -> %zu", what, before->heap_alloc_bytes,
		now.heap_alloc_bytes);
	TEST_ASSERT_EQUAL(before->heap_alloc_count, now.heap_alloc_count,
		"%s: heap blocks %u -> %u", what, before->heap_alloc_count,
		now.heap_alloc_count);
	TEST_ASSERT_EQUAL(before->memzones, now.memzones,
		"%s: memzones %u -> %u", what, before->memzones, now.memzones);
	TEST_ASSERT_EQUAL(before->pools, now.pools, "%s: pools %u -> %u", what,
		before->pools, now.pools);
	TEST_ASSERT_EQUAL(before->custom_objects, now.custom_objects,
		"%s: custom objects %lu -> %lu", what, before->custom_objects,
		now.custom_objects);
	return TEST_SUCCESS;
}

/* ----- the log of one call ----- */

/* Log types whose level log_begin saves and raises. */
#define BAD_LOGTYPES 256

struct bad_log {
	FILE *f;
	FILE *old;
	char *text;
	size_t len;
	uint32_t old_global;
	int old_level[BAD_LOGTYPES];
};

/* Send the log to memory, with every level of every type shown. */
static int
log_begin(struct bad_log *l)
{
	uint32_t t;

	memset(l, 0, sizeof(*l));
	l->f = open_memstream(&l->text, &l->len);
	if (l->f == NULL)
		return -1;
	l->old = rte_log_get_stream();
	l->old_global = rte_log_get_global_level();
	for (t = 0; t < BAD_LOGTYPES; t++) {
		l->old_level[t] = rte_log_get_level(t);
		if (l->old_level[t] >= 0)
			rte_log_set_level(t, RTE_LOG_DEBUG);
	}
	rte_log_set_global_level(RTE_LOG_DEBUG);
	rte_openlog_stream(l->f);
	return 0;
}

/* Give the log back; l->text holds what was written (free it). */
static void
log_end(struct bad_log *l)
{
	uint32_t t;

	rte_openlog_stream(l->old == stderr ? NULL : l->old);
	for (t = 0; t < BAD_LOGTYPES; t++)
		if (l->old_level[t] >= 0)
			rte_log_set_level(t, (uint32_t)l->old_level[t]);
	rte_log_set_global_level(l->old_global);
	fclose(l->f);
}

/*
 * The checks of BAD_CALL: the result, rte_errno (when err != 0), a log
 * line holding needle, and nothing changed since before.
 */
static int
bad_check(struct bad_log *l, const struct bad_snap *before, const char *what,
	int ok, int got_errno, int err, const char *needle)
{
	int found = l->text != NULL && strstr(l->text, needle) != NULL;

	if (l->text != NULL && l->text[0] != '\0')
		printf("  %s -> %s", what, l->text);
	free(l->text);
	l->text = NULL;
	TEST_ASSERT(ok, "%s: wrong result (rte_errno %d)", what, got_errno);
	TEST_ASSERT(err == 0 || got_errno == err,
		"%s: rte_errno %d, expected %d", what, got_errno, err);
	TEST_ASSERT(found, "%s: no log line with '%s'", what, needle);
	return snap_check(before, what);
}

/*
 * Run stmt with the log captured, then check: cond holds, rte_errno ==
 * err (unless 0), a log line holds needle, and nothing changed.
 */
#define BAD_CALL(what, stmt, cond, err, needle) \
	do { \
		struct bad_snap snap_; \
		struct bad_log log_; \
		int ok_, errno_; \
		snap_take(&snap_); \
		TEST_ASSERT_SUCCESS(log_begin(&log_), "log capture"); \
		rte_errno = 0; \
		stmt; \
		ok_ = (cond); \
		errno_ = rte_errno; \
		log_end(&log_); \
		if (bad_check(&log_, &snap_, what, ok_, errno_, err, \
			    needle) != TEST_SUCCESS) \
			return TEST_FAILED; \
	} while (0)

/* ----- mempool sizes ----- */

static int
test_mempool_elt_size_overflow(void)
{
	/* Header, element and trailer past 32 bits, aligned or not. */
	static const unsigned int sizes[] = {
		UINT32_MAX, UINT32_MAX - 7, UINT32_MAX - 63, UINT32_MAX - 64};
	static const unsigned int flags[] = {0, RTE_MEMPOOL_F_NO_CACHE_ALIGN};
	struct rte_mempool *mp;
	unsigned int i, j;

	for (i = 0; i < RTE_DIM(sizes); i++)
		for (j = 0; j < RTE_DIM(flags); j++) {
			unsigned int sz = sizes[i], fl = flags[j];

			/* NO_CACHE_ALIGN: 16-byte header, no padding. */
			if (fl != 0 && sz < UINT32_MAX - 16)
				continue;
			BAD_CALL("create elt_size",
				mp = rte_mempool_create("bad_elt", 16, sz, 0, 0,
					NULL, NULL, NULL, NULL, SOCKET_ID_ANY,
					fl),
				mp == NULL, EINVAL, "too large");
			BAD_CALL("create_empty elt_size",
				mp = rte_mempool_create_empty("bad_elt", 16, sz,
					0, 0, SOCKET_ID_ANY, fl),
				mp == NULL, EINVAL, "too large");
			BAD_CALL("create_ext custom elt_size",
				mp = rte_mempool_create_ext("bad_elt", 16, sz,
					0, 0, NULL, NULL, NULL, NULL,
					SOCKET_ID_ANY, fl,
					CUSTOM_MEMPOOL_HANDLER),
				mp == NULL, EINVAL, "too large");
		}
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_mempool_calc_obj_size(UINT32_MAX, 0, NULL), 0u,
		"calc_obj_size of UINT32_MAX must not wrap");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "calc_obj_size rte_errno");
	return TEST_SUCCESS;
}

static int
test_mempool_private_size_overflow(void)
{
	struct rte_mempool *mp;

	BAD_CALL("create private_data_size",
		mp = rte_mempool_create("bad_priv", 16, 64, 0, UINT32_MAX, NULL,
			NULL, NULL, NULL, SOCKET_ID_ANY, 0),
		mp == NULL, EINVAL, "private_data_size");
	BAD_CALL("create_empty private_data_size",
		mp = rte_mempool_create_empty("bad_priv", 16, 64, 0,
			UINT32_MAX - 62, SOCKET_ID_ANY, 0),
		mp == NULL, EINVAL, "private_data_size");
	BAD_CALL("create_ext private_data_size",
		mp = rte_mempool_create_ext("bad_priv", 16, 64, 0, UINT32_MAX,
			NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0,
			CUSTOM_MEMPOOL_HANDLER),
		mp == NULL, EINVAL, "private_data_size");
	/* Fits in 32 bits once aligned, but not in memory. */
	BAD_CALL("create private_data_size 4 GiB - 64",
		mp = rte_mempool_create("bad_priv", 16, 64, 0, UINT32_MAX - 63,
			NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0),
		mp == NULL, ENOMEM, "bad_priv");
	return TEST_SUCCESS;
}

/* More objects than the EAL's memory holds: ENOMEM before any work. */
static int
test_mempool_too_many_objects(void)
{
	static const char *const handlers[] = {CUSTOM_MEMPOOL_HANDLER,
		"ring_mp_mc", "stack", "lf_stack", "bucket"};
	struct rte_mempool *mp;
	unsigned int i;

	for (i = 0; i < RTE_DIM(handlers); i++) {
		if (rte_get_mempool_handler(handlers[i]) < 0)
			continue;
		BAD_CALL(handlers[i],
			mp = rte_mempool_create_ext("bad_n", 1u << 30, 64, 0, 0,
				NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0,
				handlers[i]),
			mp == NULL, ENOMEM, "of EAL memory");
	}
	BAD_CALL("create n = 2^30",
		mp = rte_mempool_create("bad_n", 1u << 30, 64, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0),
		mp == NULL, ENOMEM, "of EAL memory");
	/* One object larger than the whole arena. */
	BAD_CALL("create one 2 GiB object",
		mp = rte_mempool_create("bad_n", 1, 1u << 31, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0),
		mp == NULL, ENOMEM, "of EAL memory");
	return TEST_SUCCESS;
}

/* ----- n == 0 gets and puts ----- */

struct zero_args {
	struct rte_mempool *mp;
	int ret;
};

/* A thread without an lcore id: its gets and puts have no cache. */
static void *
zero_get_unregistered(void *arg)
{
	struct zero_args *a = arg;
	void *objs[1];

	a->ret = rte_mempool_get_bulk(a->mp, objs, 0);
	rte_mempool_put_bulk(a->mp, objs, 0);
	return NULL;
}

static int
zero_on_pool(const char *handler, unsigned int cache_size)
{
	struct rte_mempool_cache *ucache;
	struct zero_args za;
	struct rte_mempool *mp;
	void *objs[4] = {NULL, NULL, NULL, NULL};
	unsigned int avail;
	pthread_t t;
	int ret;

	mp = rte_mempool_create_ext("bad_zero", 256, 64, cache_size, 0, NULL,
		NULL, NULL, NULL, SOCKET_ID_ANY, 0, handler);
	if (mp == NULL) {
		printf("  %s: not available here (%s), skipped\n", handler,
			rte_strerror(rte_errno));
		return TEST_SUCCESS;
	}
	avail = rte_mempool_avail_count(mp);

	ret = rte_mempool_get_bulk(mp, objs, 0);
	TEST_ASSERT_EQUAL(ret, 0, "%s cache %u: get_bulk(0) = %d", handler,
		cache_size, ret);
	ret = rte_mempool_generic_get(mp, objs, 0, NULL);
	TEST_ASSERT_EQUAL(ret, 0, "%s cache %u: generic_get(0, NULL) = %d",
		handler, cache_size, ret);
	rte_mempool_put_bulk(mp, objs, 0);
	rte_mempool_generic_put(mp, objs, 0, NULL);

	ucache = rte_mempool_cache_create(16, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(ucache, "user cache");
	ret = rte_mempool_generic_get(mp, objs, 0, ucache);
	TEST_ASSERT_EQUAL(
		ret, 0, "%s: generic_get(0, user cache) = %d", handler, ret);
	rte_mempool_generic_put(mp, objs, 0, ucache);
	rte_mempool_cache_flush(ucache, mp);
	rte_mempool_cache_free(ucache);

	za.mp = mp;
	za.ret = -1;
	TEST_ASSERT_SUCCESS(
		pthread_create(&t, NULL, zero_get_unregistered, &za), "thread");
	pthread_join(t, NULL);
	TEST_ASSERT_EQUAL(
		za.ret, 0, "%s: get_bulk(0) off-lcore = %d", handler, za.ret);

	TEST_ASSERT(objs[0] == NULL && objs[3] == NULL,
		"%s: n == 0 wrote objects", handler);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), avail,
		"%s cache %u: avail %u -> %u", handler, cache_size, avail,
		rte_mempool_avail_count(mp));
	/* The pool still works both ways. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 4), "get 4");
	rte_mempool_put_bulk(mp, objs, 4);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), avail, "avail");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_mempool_zero_objects(void)
{
	static const char *const handlers[] = {"ring_mp_mc", "ring_sp_sc",
		"ring_mp_sc", "ring_sp_mc", "ring_mt_rts", "ring_mt_hts",
		"stack", "lf_stack", "bucket", CUSTOM_MEMPOOL_HANDLER};
	struct bad_snap snap;
	unsigned int i;

	snap_take(&snap);
	for (i = 0; i < RTE_DIM(handlers); i++) {
		if (zero_on_pool(handlers[i], 0) != TEST_SUCCESS ||
			zero_on_pool(handlers[i], 32) != TEST_SUCCESS)
			return TEST_FAILED;
	}
	return snap_check(&snap, "n == 0 pools");
}

/* ----- refusals of the memzone, malloc and lookup calls ----- */

static int
test_memzone_refusals(void)
{
	char long_name[RTE_MEMZONE_NAMESIZE + 8];
	const struct rte_memzone *mz, *dup;
	struct rte_memzone fake;
	int ret;

	memset(long_name, 'z', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	BAD_CALL("memzone NULL name",
		mz = rte_memzone_reserve(NULL, 64, SOCKET_ID_ANY, 0),
		mz == NULL, EINVAL, "NULL name");
	BAD_CALL("memzone empty name",
		mz = rte_memzone_reserve("", 64, SOCKET_ID_ANY, 0), mz == NULL,
		EINVAL, "invalid argument");
	BAD_CALL("memzone name too long",
		mz = rte_memzone_reserve(long_name, 64, SOCKET_ID_ANY, 0),
		mz == NULL, ENAMETOOLONG, "too long");
	BAD_CALL("memzone align 3",
		mz = rte_memzone_reserve_aligned(
			"bad_mz", 64, SOCKET_ID_ANY, 0, 3),
		mz == NULL, EINVAL, "align 3");
	BAD_CALL("memzone socket 9999",
		mz = rte_memzone_reserve("bad_mz", 64, 9999, 0), mz == NULL,
		EINVAL, "socket 9999");
	BAD_CALL("memzone unknown flag",
		mz = rte_memzone_reserve("bad_mz", 64, SOCKET_ID_ANY, 1u << 30),
		mz == NULL, EINVAL, "flags 0x40000000");
	BAD_CALL("memzone bound below length",
		mz = rte_memzone_reserve_bounded(
			"bad_mz", 4096, SOCKET_ID_ANY, 0, 64, 1024),
		mz == NULL, EINVAL, "bound 1024");
	BAD_CALL("memzone larger than the arena",
		mz = rte_memzone_reserve(
			"bad_mz", SIZE_MAX / 2, SOCKET_ID_ANY, 0),
		mz == NULL, ENOMEM, "arena");
	BAD_CALL("memzone lookup miss", mz = rte_memzone_lookup("bad_mz_none"),
		mz == NULL, ENOENT, "no memzone bad_mz_none");
	BAD_CALL("memzone lookup NULL", mz = rte_memzone_lookup(NULL),
		mz == NULL, EINVAL, "NULL name");

	mz = rte_memzone_reserve("bad_mz_dup", 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "memzone bad_mz_dup");
	BAD_CALL("memzone name taken",
		dup = rte_memzone_reserve("bad_mz_dup", 64, SOCKET_ID_ANY, 0),
		dup == NULL, EEXIST, "already exists");
	TEST_ASSERT_SUCCESS(rte_memzone_free(mz), "free bad_mz_dup");

	BAD_CALL("memzone free NULL", ret = rte_memzone_free(NULL),
		ret == -EINVAL, 0, "NULL memzone");
	memset(&fake, 0, sizeof(fake));
	BAD_CALL("memzone free foreign", ret = rte_memzone_free(&fake),
		ret == -EINVAL, 0, "not a memzone descriptor");
	BAD_CALL("memzone free twice", ret = rte_memzone_free(mz),
		ret == -EINVAL, 0, "already free");
	return TEST_SUCCESS;
}

static int
test_malloc_refusals(void)
{
	struct rte_malloc_socket_stats st;
	void *p, *q;
	int ret;

	BAD_CALL("malloc size 0", p = rte_malloc(NULL, 0, 0), p == NULL, 0,
		"invalid size (size 0");
	BAD_CALL("zmalloc size 0", p = rte_zmalloc(NULL, 0, 0), p == NULL, 0,
		"invalid size (size 0");
	BAD_CALL("malloc align 3", p = rte_malloc(NULL, 64, 3), p == NULL, 0,
		"invalid alignment (size 64, align 3");
	BAD_CALL("malloc socket 9999", p = rte_malloc_socket(NULL, 64, 0, 9999),
		p == NULL, 0, "invalid socket (size 64, align 0, socket 9999)");
	BAD_CALL("malloc too large", p = rte_malloc(NULL, SIZE_MAX / 2, 0),
		p == NULL, 0, "no free block");
	BAD_CALL("calloc overflow", p = rte_calloc(NULL, SIZE_MAX / 8, 16, 0),
		p == NULL, 0, "overflows");
	BAD_CALL("stats of socket -1",
		ret = rte_malloc_get_socket_stats(-1, &st), ret == -1, 0,
		"invalid socket -1");
	BAD_CALL("free of a foreign pointer", rte_free((void *)0x1000), 1, 0,
		"not a live heap block");

	p = rte_malloc(NULL, 64, 0);
	TEST_ASSERT_NOT_NULL(p, "malloc 64");
	BAD_CALL("realloc size 0", q = rte_realloc(p, 0, 0), q == NULL, 0,
		"rte_realloc: invalid size 0");
	BAD_CALL("realloc align 5", q = rte_realloc(p, 128, 5), q == NULL, 0,
		"alignment 5");
	rte_free(p);
	return TEST_SUCCESS;
}

static void
bad_event_cb(enum rte_mempool_event event, struct rte_mempool *mp, void *arg)
{
	RTE_SET_USED(event);
	RTE_SET_USED(mp);
	RTE_SET_USED(arg);
}

static int
test_mempool_refusals(void)
{
	struct rte_mempool *mp, *found;
	size_t pg_sz;
	char chunk[256];
	int ret, idx;

	BAD_CALL("pool lookup miss", found = rte_mempool_lookup("bad_none"),
		found == NULL, ENOENT, "no pool bad_none");
	BAD_CALL("pool lookup NULL", found = rte_mempool_lookup(NULL),
		found == NULL, EINVAL, "NULL name");
	BAD_CALL("handler lookup miss",
		idx = rte_get_mempool_handler("bad_none"), idx < 0, ENOENT,
		"no handler bad_none");
	BAD_CALL("handler lookup NULL", idx = rte_get_mempool_handler(NULL),
		idx < 0, EINVAL, "NULL name");
	BAD_CALL("create n 0",
		mp = rte_mempool_create("bad_n0", 0, 64, 0, 0, NULL, NULL, NULL,
			NULL, SOCKET_ID_ANY, 0),
		mp == NULL, EINVAL, "n == 0");
	BAD_CALL("create unknown handler",
		mp = rte_mempool_create_ext("bad_h", 16, 64, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0, "bad_none"),
		mp == NULL, ENOENT, "unknown mempool handler 'bad_none'");
	BAD_CALL("populate_default NULL",
		ret = rte_mempool_populate_default(NULL), ret == -EINVAL, 0,
		"NULL pool");
	BAD_CALL("populate_anon NULL", ret = rte_mempool_populate_anon(NULL),
		ret == 0, EINVAL, "NULL pool");
	BAD_CALL("populate_iova NULL",
		ret = rte_mempool_populate_iova(
			NULL, chunk, RTE_BAD_IOVA, sizeof(chunk), NULL, NULL),
		ret == -EINVAL, 0, "NULL pool");
	BAD_CALL("get_page_size NULL",
		ret = rte_mempool_get_page_size(NULL, &pg_sz), ret == -EINVAL,
		0, "NULL argument");
	BAD_CALL("event callback NULL",
		ret = rte_mempool_event_callback_register(NULL, NULL),
		ret == -EINVAL, EINVAL, "NULL function");
	BAD_CALL("event callback not registered",
		ret = rte_mempool_event_callback_unregister(bad_event_cb, NULL),
		ret == -ENOENT, ENOENT, "not registered");

	mp = rte_mempool_create("bad_full", 16, 64, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "pool bad_full");
	BAD_CALL("populate_default twice",
		ret = rte_mempool_populate_default(mp), ret == -EEXIST, 0,
		"already populated");
	BAD_CALL("populate_anon twice", ret = rte_mempool_populate_anon(mp),
		ret == 0, EEXIST, "already populated");
	BAD_CALL("populate_iova full",
		ret = rte_mempool_populate_iova(
			mp, chunk, RTE_BAD_IOVA, sizeof(chunk), NULL, NULL),
		ret == -ENOSPC, 0, "full");
	BAD_CALL("populate_virt page size 3",
		ret = rte_mempool_populate_virt(
			mp, chunk, sizeof(chunk), 3, NULL, NULL),
		ret == -EINVAL, 0, "page size 3");
	BAD_CALL("set handler NULL",
		ret = rte_mempool_set_ops_byname(mp, NULL, NULL),
		ret == -EINVAL, 0, "NULL handler name");
	BAD_CALL("set handler once populated",
		ret = rte_mempool_set_ops_byname(mp, "stack", NULL),
		ret == -EEXIST, 0, "already populated");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_ring_stack_refusals(void)
{
	struct rte_ring *r;
	struct rte_stack *st;
	int ret;

	BAD_CALL("ring lookup miss", r = rte_ring_lookup("bad_none"), r == NULL,
		ENOENT, "no ring bad_none");
	BAD_CALL("ring lookup NULL", r = rte_ring_lookup(NULL), r == NULL,
		EINVAL, "NULL name");
	BAD_CALL("stack lookup miss", st = rte_stack_lookup("bad_none"),
		st == NULL, ENOENT, "no stack bad_none");
	BAD_CALL("stack lookup NULL", st = rte_stack_lookup(NULL), st == NULL,
		EINVAL, "NULL name");
	BAD_CALL("stack repair NULL", ret = rte_stack_repair(NULL),
		ret == -EINVAL, EINVAL, "stack repair: NULL stack");
	return TEST_SUCCESS;
}

static int
test_mbuf_refusals(void)
{
	struct rte_mempool *mp;
	int ret;

	BAD_CALL("dynfield lookup miss",
		ret = rte_mbuf_dynfield_lookup("bad_none", NULL), ret == -1,
		ENOENT, "no field bad_none");
	BAD_CALL("dynfield lookup NULL",
		ret = rte_mbuf_dynfield_lookup(NULL, NULL), ret == -1, EINVAL,
		"NULL name");
	BAD_CALL("dynflag lookup miss",
		ret = rte_mbuf_dynflag_lookup("bad_none", NULL), ret == -1,
		ENOENT, "no flag bad_none");
	BAD_CALL("dynflag lookup NULL",
		ret = rte_mbuf_dynflag_lookup(NULL, NULL), ret == -1, EINVAL,
		"NULL name");
	BAD_CALL("user mempool ops NULL",
		ret = rte_mbuf_set_user_mempool_ops(NULL), ret == -EINVAL, 0,
		"user mempool handler");
	BAD_CALL("platform mempool ops empty",
		ret = rte_mbuf_set_platform_mempool_ops(""), ret == -EINVAL, 0,
		"platform mempool handler");
	BAD_CALL("pktmbuf pool priv_size 3",
		mp = rte_pktmbuf_pool_create(
			"bad_mb", 64, 0, 3, 2048, SOCKET_ID_ANY),
		mp == NULL, EINVAL, "priv_size 3");
	BAD_CALL("pktmbuf pool handler unknown",
		mp = rte_pktmbuf_pool_create_by_ops(
			"bad_mb", 64, 0, 0, 2048, SOCKET_ID_ANY, "bad_none"),
		mp == NULL, EINVAL, "'bad_none'");
	BAD_CALL("pktmbuf pool n = 2^30",
		mp = rte_pktmbuf_pool_create(
			"bad_mb", 1u << 30, 0, 0, 2048, SOCKET_ID_ANY),
		mp == NULL, ENOMEM, "of EAL memory");
	return TEST_SUCCESS;
}

/* ----- -d on a folder without plugins ----- */

static int
bad_input_child(void)
{
	return 0;
}
REGISTER_TEST_COMMAND(bad_input_child, bad_input_child);

static int
test_plugin_dir_empty(void)
{
	char dir[] = "/tmp/dpdk_bad_input_XXXXXX";
	char prefix[64];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge",
		"--no-shconf", prefix, "-d", dir};
	int status;

	TEST_ASSERT_NOT_NULL(mkdtemp(dir), "mkdtemp");
	snprintf(prefix, sizeof(prefix), "--file-prefix=%s_empty_d",
		test_file_prefix());
	/* Under UBSan, a qsort of the NULL list of names would end it. */
	status = test_exec_self(argv, RTE_DIM(argv), "bad_input_child");
	rmdir(dir);
	TEST_ASSERT_EQUAL(
		status, 0, "-d on an empty folder: status %d", status);
	return TEST_SUCCESS;
}

static struct unit_test_suite bad_input_suite = {
	.suite_name = "bad input",
	.unit_test_cases =
		{
			TEST_CASE(test_mempool_elt_size_overflow),
			TEST_CASE(test_mempool_private_size_overflow),
			TEST_CASE(test_mempool_too_many_objects),
			TEST_CASE(test_mempool_zero_objects),
			TEST_CASE(test_memzone_refusals),
			TEST_CASE(test_malloc_refusals),
			TEST_CASE(test_mempool_refusals),
			TEST_CASE(test_ring_stack_refusals),
			TEST_CASE(test_mbuf_refusals),
			TEST_CASE(test_plugin_dir_empty),
			TEST_CASES_END(),
		},
};

static int
test_bad_input(void)
{
	return unit_test_suite_runner(&bad_input_suite);
}
REGISTER_TEST_COMMAND(bad_input_autotest, test_bad_input);
