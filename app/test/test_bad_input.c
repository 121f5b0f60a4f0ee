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
#include <rte_mempool.h>
#include <rte_memzone.h>
#include <rte_ring.h>

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
