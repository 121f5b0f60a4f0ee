/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The libraries' telemetry commands, asked over this process's own
 * socket with the minimal client of test_telemetry_client.c: every
 * /eal, /mempool, /ring and /stack command answers valid JSON with
 * DPDK's keys, and each value is the one the library itself reports
 * (the command line, rte_malloc_get_socket_stats, the memzone
 * descriptor, rte_mempool_dump, rte_mempool_stats_get, the ring's
 * counts). Bad parameters answer null. A child started with "--" checks
 * /eal/app_params; a real secondary registering a handler this primary
 * lacks checks which processes /mempool/handlers says can serve each.
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_mempool.h>
#include <rte_memzone.h>
#include <rte_ring.h>
#include <rte_stack.h>
#include <rte_telemetry.h>

#include "telemetry_internal.h"
#include "test.h"
#include "test_telemetry_client.h"

static int tel_fd = -1;

static int
suite_setup(void)
{
	if (rte_telemetry_socket_path() == NULL) {
		printf("telemetry is not running (--no-telemetry?)\n");
		return TEST_SKIPPED;
	}
	tel_fd = tel_connect(rte_telemetry_socket_path(), NULL, 0);
	TEST_ASSERT(tel_fd >= 0, "connect to %s", rte_telemetry_socket_path());
	return TEST_SUCCESS;
}

static void
suite_teardown(void)
{
	if (tel_fd >= 0)
		close(tel_fd);
	tel_fd = -1;
}

/* Reply to req, the value under its command name; NULL if none. */
static struct tj *last;

static const struct tj *
ask(const char *req)
{
	char cmd[128];
	size_t n = strcspn(req, ",");

	tj_free(last);
	last = tel_query(tel_fd, req);
	n = RTE_MIN(n, sizeof(cmd) - 1);
	memcpy(cmd, req, n);
	cmd[n] = '\0';
	if (last == NULL)
		printf("no JSON reply to %s\n", req);
	return tj_reply(last, cmd);
}

static int
is_null(const char *req)
{
	const struct tj *v = ask(req);

	if (v == NULL || v->type != TJ_NULL) {
		printf("%s: not null\n", req);
		return 0;
	}
	return 1;
}

/* Number member key of obj equals want. */
static int
num_is(const struct tj *obj, const char *key, int64_t want)
{
	const struct tj *v = tj_get(obj, key);
	int ok = 0;
	int64_t got = v != NULL && v->type == TJ_NUM ? tj_i64(v, &ok) : 0;

	if (!ok || got != want) {
		printf("%s: %s, want %" PRId64 "\n", key,
			v == NULL     ? "missing"
				: !ok ? "not a number"
				      : v->str,
			want);
		return 0;
	}
	return 1;
}

static int
str_is(const struct tj *obj, const char *key, const char *want)
{
	const struct tj *v = tj_get(obj, key);

	if (v == NULL || v->type != TJ_STR || strcmp(v->str, want) != 0) {
		printf("%s: %s, want \"%s\"\n", key,
			v == NULL
				? "missing"
				: (v->type == TJ_STR ? v->str : "not a string"),
			want);
		return 0;
	}
	return 1;
}

/* Whether the array arr holds the string s. */
static int
arr_has_str(const struct tj *arr, const char *s)
{
	unsigned int i;

	for (i = 0; arr != NULL && i < arr->n; i++)
		if (tj_at(arr, i)->type == TJ_STR &&
			strcmp(tj_at(arr, i)->str, s) == 0)
			return 1;
	return 0;
}

static int
arr_has_num(const struct tj *arr, int64_t n)
{
	unsigned int i;
	int ok;

	for (i = 0; arr != NULL && i < arr->n; i++)
		if (tj_i64(tj_at(arr, i), &ok) == n && ok)
			return 1;
	return 0;
}

/* ----- /eal ----- */

static int
test_eal_params(void)
{
	char cmdline[4096], *p;
	const struct tj *v;
	unsigned int i = 0;
	ssize_t n;
	int fd;

	/* This process's argv, NUL-separated. */
	fd = open("/proc/self/cmdline", O_RDONLY);
	TEST_ASSERT(fd >= 0, "cmdline");
	n = read(fd, cmdline, sizeof(cmdline) - 1);
	close(fd);
	TEST_ASSERT(n > 0, "cmdline read");
	cmdline[n] = '\0';

	v = ask("/eal/params");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR, "/eal/params not an array");
	for (p = cmdline; p < cmdline + n && strcmp(p, "--") != 0;
		p += strlen(p) + 1, i++) {
		TEST_ASSERT(i < v->n, "/eal/params lacks \"%s\"", p);
		TEST_ASSERT(tj_at(v, i)->type == TJ_STR &&
				strcmp(tj_at(v, i)->str, p) == 0,
			"/eal/params[%u] = %s, not %s", i, tj_at(v, i)->str, p);
	}
	TEST_ASSERT_EQUAL(
		v->n, i, "/eal/params has %u entries, argv %u", v->n, i);
	v = ask("/eal/app_params");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR, "/eal/app_params");
	if (p >= cmdline + n)
		TEST_ASSERT_EQUAL(v->n, 0u, "app params without \"--\"");
	return TEST_SUCCESS;
}

static int
test_eal_heaps(void)
{
	struct rte_malloc_socket_stats st;
	const struct tj *v;
	char req[64];
	int s, listed = 0;

	v = ask("/eal/heap_list");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR, "/eal/heap_list");
	for (s = 0; s < RTE_MAX_NUMA_NODES; s++) {
		int has = rte_malloc_get_socket_stats(s, &st) == 0 &&
			st.heap_totalsz_bytes > 0;

		TEST_ASSERT_EQUAL(arr_has_num(v, s), has,
			"heap %d listed %d, has memory %d", s,
			arr_has_num(v, s), has);
		listed += has;
	}
	TEST_ASSERT_EQUAL((int)v->n, listed, "heap_list length");
	TEST_ASSERT(listed >= 1, "no heap");

	snprintf(req, sizeof(req), "/eal/heap_info,%d", 0);
	v = ask(req);
	/* Nothing allocates from the heap while the reply is built. */
	TEST_ASSERT_SUCCESS(rte_malloc_get_socket_stats(0, &st), "stats");
	TEST_ASSERT(
		v != NULL && v->type == TJ_OBJ && v->n == 8, "heap_info shape");
	TEST_ASSERT(num_is(v, "Head_id", 0) && str_is(v, "Name", "socket_0") &&
			num_is(v, "Heap_size",
				(int64_t)st.heap_totalsz_bytes) &&
			num_is(v, "Free_size", (int64_t)st.heap_freesz_bytes) &&
			num_is(v, "Alloc_size",
				(int64_t)st.heap_allocsz_bytes) &&
			num_is(v, "Greatest_free_size",
				(int64_t)st.greatest_free_size) &&
			num_is(v, "Alloc_count", st.alloc_count) &&
			num_is(v, "Free_count", st.free_count),
		"heap_info values");

	/* An id without a heap: zeros and an empty name, as in DPDK. */
	snprintf(req, sizeof(req), "/eal/heap_info,%d", RTE_MAX_HEAPS - 1);
	v = ask(req);
	TEST_ASSERT(
		v != NULL && str_is(v, "Name", "") && num_is(v, "Heap_size", 0),
		"unused heap id");
	snprintf(req, sizeof(req), "/eal/heap_info,%d", RTE_MAX_HEAPS);
	TEST_ASSERT(is_null(req), "heap id out of range");
	TEST_ASSERT(is_null("/eal/heap_info"), "heap_info without id");
	TEST_ASSERT(
		is_null("/eal/heap_info,99999999999999999999"), "huge heap id");
	return TEST_SUCCESS;
}

static int
test_eal_memzones(void)
{
	const struct rte_memzone *mz;
	const struct tj *v;
	char req[64], addr[32];
	unsigned int i;
	int id = -1, ok;
	uint64_t page, base, used;

	mz = rte_memzone_reserve("tel_ep_mz", 10000, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "reserve");

	v = ask("/eal/memzone_list");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR, "/eal/memzone_list");
	TEST_ASSERT_EQUAL(v->n, test_memzone_count(), "%u listed, %u zones",
		v->n, test_memzone_count());
	{
		int64_t ids[RTE_MAX_MEMZONE];
		unsigned int nb = v->n;

		for (i = 0; i < nb; i++)
			ids[i] = tj_i64(tj_at(v, i), &ok);
		for (i = 0; i < nb && id < 0; i++) {
			const struct tj *z;

			snprintf(req, sizeof(req), "/eal/memzone_info,%" PRId64,
				ids[i]);
			z = ask(req);
			TEST_ASSERT(z != NULL && z->type == TJ_OBJ && z->n == 9,
				"memzone_info,%" PRId64 " shape", ids[i]);
			if (strcmp(tj_get(z, "Name")->str, "tel_ep_mz") == 0)
				id = (int)ids[i];
		}
	}
	TEST_ASSERT(id >= 0, "tel_ep_mz not listed");

	snprintf(req, sizeof(req), "/eal/memzone_info,%d", id);
	v = ask(req);
	snprintf(addr, sizeof(addr), "%p", mz->addr);
	page = mz->hugepage_sz;
	base = RTE_ALIGN_FLOOR((uint64_t)(uintptr_t)mz->addr, page);
	used = (RTE_ALIGN_CEIL((uint64_t)(uintptr_t)mz->addr + mz->len, page) -
		       base) /
		page;
	TEST_ASSERT(num_is(v, "Zone", id) && str_is(v, "Name", mz->name) &&
			num_is(v, "Length", (int64_t)mz->len) &&
			str_is(v, "Address", addr) &&
			num_is(v, "Socket", mz->socket_id) &&
			num_is(v, "Flags", mz->flags) &&
			num_is(v, "Hugepage_size", (int64_t)page) &&
			num_is(v, "Hugepage_used", (int64_t)used),
		"memzone_info values");
	snprintf(addr, sizeof(addr), "0x%" PRIx64, base);
	TEST_ASSERT(str_is(v, "Hugepage_base", addr), "Hugepage_base");

	TEST_ASSERT_SUCCESS(rte_memzone_free(mz), "free");
	TEST_ASSERT(is_null(req), "freed zone still answers");
	snprintf(req, sizeof(req), "/eal/memzone_info,%d", RTE_MAX_MEMZONE);
	TEST_ASSERT(is_null(req), "zone id out of range");
	TEST_ASSERT(is_null("/eal/memzone_info"), "memzone_info without id");
	return TEST_SUCCESS;
}

/* ----- /mempool ----- */

#define POOL "tel_ep_pool"

/* The value of "key=" in rte_mempool_dump's text, or LLONG_MIN. */
static long long
dump_value(const char *dump, const char *key)
{
	char k[64];
	const char *p;

	snprintf(k, sizeof(k), "  %s=", key);
	p = strstr(dump, k);
	return p != NULL ? strtoll(p + strlen(k), NULL, 0) : LLONG_MIN;
}

static int
check_info(struct rte_mempool *mp)
{
	static const char *const keys[] = {"name", "pool_id", "flags",
		"socket_id", "size", "cache_size", "elt_size", "header_size",
		"trailer_size", "private_data_size", "ops_index",
		"populated_size", "mz_name", "mz_len", "mz_hugepage_sz",
		"mz_socket_id", "mz_flags", "total_cache_count",
		"common_pool_count"};
	static const char *const dumped[] = {"size", "populated_size",
		"header_size", "elt_size", "trailer_size", "private_data_size",
		"cache_size", "common_pool_count", "flags", "socket_id"};
	char *dump = NULL, req[64];
	size_t len = 0;
	const struct tj *v;
	unsigned int i, cached = 0;
	FILE *f;

	snprintf(req, sizeof(req), "/mempool/info,%s", mp->name);
	v = ask(req);
	TEST_ASSERT(v != NULL && v->type == TJ_OBJ, "/mempool/info shape");
	TEST_ASSERT_EQUAL(v->n, RTE_DIM(keys), "%u keys", v->n);
	for (i = 0; i < RTE_DIM(keys); i++)
		TEST_ASSERT_NOT_NULL(tj_get(v, keys[i]), "no key %s", keys[i]);

	f = open_memstream(&dump, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_mempool_dump(f, mp);
	fclose(f);
	for (i = 0; i < RTE_DIM(dumped); i++) {
		long long want = dump_value(dump, dumped[i]);

		if (want == LLONG_MIN || !num_is(v, dumped[i], want)) {
			printf("dump:\n%s\n", dump);
			free(dump);
			TEST_ASSERT(0, "%s differs from rte_mempool_dump",
				dumped[i]);
		}
	}
	free(dump);

	for (i = 0; mp->cache_size != 0 && i < RTE_MAX_LCORE; i++)
		cached += mp->local_cache[i].len;
	TEST_ASSERT(str_is(v, "name", mp->name) &&
			num_is(v, "pool_id", (int64_t)mp->pool_id) &&
			num_is(v, "ops_index", mp->ops_index) &&
			str_is(v, "mz_name", mp->mz->name) &&
			num_is(v, "mz_len", (int64_t)mp->mz->len) &&
			num_is(v, "mz_hugepage_sz",
				(int64_t)mp->mz->hugepage_sz) &&
			num_is(v, "mz_socket_id", mp->mz->socket_id) &&
			num_is(v, "mz_flags", mp->mz->flags) &&
			num_is(v, "total_cache_count", cached) &&
			num_is(v, "common_pool_count",
				rte_mempool_ops_get_count(mp)),
		"/mempool/info values");
	TEST_ASSERT_EQUAL(cached + rte_mempool_ops_get_count(mp),
		rte_mempool_avail_count(mp), "cached + common != available");
	return TEST_SUCCESS;
}

static int
counters_are(const struct tj *c, const struct rte_mempool_stats *s)
{
	return c != NULL && c->type == TJ_OBJ && c->n == 13 &&
		num_is(c, "get_calls", (int64_t)s->get_calls) &&
		num_is(c, "get_objs", (int64_t)s->get_objs) &&
		num_is(c, "get_fail_calls", (int64_t)s->get_fail_calls) &&
		num_is(c, "get_fail_objs", (int64_t)s->get_fail_objs) &&
		num_is(c, "put_calls", (int64_t)s->put_calls) &&
		num_is(c, "put_objs", (int64_t)s->put_objs) &&
		num_is(c, "cache_hits", (int64_t)s->cache_hits) &&
		num_is(c, "cache_misses", (int64_t)s->cache_misses) &&
		num_is(c, "deq_calls", (int64_t)s->deq_calls) &&
		num_is(c, "deq_objs", (int64_t)s->deq_objs) &&
		num_is(c, "enq_calls", (int64_t)s->enq_calls) &&
		num_is(c, "enq_objs", (int64_t)s->enq_objs) &&
		num_is(c, "held", s->held);
}

static int
check_stats(struct rte_mempool *mp, int64_t held)
{
	struct rte_mempool_stats s;
	const struct tj *v, *lc;
	char req[64], key[32];
	unsigned int lcore;

	snprintf(req, sizeof(req), "/mempool/stats,%s", mp->name);
	v = ask(req);
	TEST_ASSERT(v != NULL && v->type == TJ_OBJ && str_is(v, "name", POOL),
		"/mempool/stats shape");
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &s), "stats_get");
	TEST_ASSERT(counters_are(tj_get(v, "total"), &s), "total counters");
	TEST_ASSERT_EQUAL(s.held, held, "held %" PRId64, s.held);
	lc = tj_get(v, "lcores");
	TEST_ASSERT(lc != NULL && lc->type == TJ_OBJ, "lcores");
	RTE_LCORE_FOREACH(lcore) {
		snprintf(key, sizeof(key), "lcore_%u", lcore);
		TEST_ASSERT_SUCCESS(
			rte_mempool_stats_get(mp, (int)lcore, &s), "lcore");
		TEST_ASSERT(
			counters_are(tj_get(lc, key), &s), "%s counters", key);
	}
	snprintf(key, sizeof(key), "pid_%d", (int)getpid());
	TEST_ASSERT(num_is(tj_get(v, "held_by_process"), key, held),
		"held by this process");
	return TEST_SUCCESS;
}

static int
test_mempool(void)
{
	struct rte_mempool *mp, *nc;
	void *objs[40], *ncobjs[5];
	const struct tj *v;
	char req[2100];
	int i, ok;

	mp = rte_mempool_create(POOL, 1023, 128, 32, 16, NULL, NULL, NULL, NULL,
		SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	nc = rte_mempool_create(POOL "_nc", 255, 64, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY,
		RTE_MEMPOOL_F_SP_PUT | RTE_MEMPOOL_F_SC_GET);
	TEST_ASSERT_NOT_NULL(nc, "create without cache");

	v = ask("/mempool/list");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR && arr_has_str(v, POOL) &&
			arr_has_str(v, POOL "_nc"),
		"/mempool/list");

	/* A scripted sequence: the cache now holds objects. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 40), "get 40");
	rte_mempool_put_bulk(mp, objs, 25);
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(nc, ncobjs, 5), "get nc");
	TEST_ASSERT_SUCCESS(check_info(mp), "info with cache");
	TEST_ASSERT_SUCCESS(check_info(nc), "info without cache");
	TEST_ASSERT_SUCCESS(check_stats(mp, 15), "stats");

	/* Reset: events restart from zero, held stays. */
	snprintf(req, sizeof(req), "/mempool/stats_reset,%s", POOL);
	v = ask(req);
	TEST_ASSERT(
		v != NULL && str_is(v, "name", POOL) && num_is(v, "reset", 1),
		"stats_reset reply");
	snprintf(req, sizeof(req), "/mempool/stats,%s", POOL);
	v = ask(req);
	TEST_ASSERT(num_is(tj_get(v, "total"), "get_calls", 0) &&
			num_is(tj_get(v, "total"), "held", 15),
		"after reset");
	rte_mempool_put_bulk(mp, objs + 25, 15);
	TEST_ASSERT_SUCCESS(check_stats(mp, 0), "stats after put back");

	/* Handlers: the table, with the pools using each. */
	v = ask("/mempool/handlers");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR && v->n >= 1, "handlers");
	for (i = 0; i < (int)v->n; i++) {
		const struct tj *h = tj_at(v, i);
		const struct rte_mempool_ops *ops;
		int idx = (int)tj_i64(tj_get(h, "index"), &ok);

		TEST_ASSERT(ok && idx >= 0 && idx < RTE_MEMPOOL_MAX_OPS_IDX,
			"handler %d index", i);
		ops = rte_mempool_get_ops(idx);
		/* Another process's handler (see test_handler_servers). */
		if (ops->name[0] == '\0') {
			TEST_ASSERT(num_is(h, "registered_here", 0),
				"handler %d is a stand-in here", idx);
			continue;
		}
		TEST_ASSERT(str_is(h, "name", ops->name) &&
				num_is(h, "flags", ops->flags) &&
				num_is(h, "registered_here", 1),
			"handler %d", idx);
		TEST_ASSERT_EQUAL(arr_has_str(tj_get(h, "pools"), POOL),
			idx == mp->ops_index, "pool listed under handler %d",
			idx);
		TEST_ASSERT_EQUAL(arr_has_str(tj_get(h, "pools"), POOL "_nc"),
			idx == nc->ops_index, "nc listed under handler %d",
			idx);
		if (idx == mp->ops_index)
			TEST_ASSERT(
				arr_has_num(tj_get(h, "processes"), getpid()),
				"this process cannot serve its own pool");
	}

	/* Bad names: DPDK's empty object for info, null for the others. */
	v = ask("/mempool/info,no_such_pool");
	TEST_ASSERT(v != NULL && v->type == TJ_OBJ && v->n == 0,
		"unknown pool info not {}");
	TEST_ASSERT(is_null("/mempool/info"), "info without name");
	TEST_ASSERT(is_null("/mempool/stats,no_such_pool"), "unknown stats");
	TEST_ASSERT(is_null("/mempool/stats"), "stats without name");
	TEST_ASSERT(
		is_null("/mempool/stats_reset,no_such_pool"), "unknown reset");
	memset(req, 'x', sizeof(req) - 1);
	req[sizeof(req) - 1] = '\0';
	memcpy(req, "/mempool/info,", 14);
	TEST_ASSERT(is_null(req), "over-long name");

	rte_mempool_put_bulk(nc, ncobjs, 5);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 1023u, "objects lost");
	rte_mempool_free(nc);
	rte_mempool_free(mp);
	v = ask("/mempool/list");
	TEST_ASSERT(v != NULL && !arr_has_str(v, POOL), "freed pool listed");
	return TEST_SUCCESS;
}

/* ----- /ring and /stack ----- */

static int
test_ring_stack(void)
{
	struct rte_ring *r;
	struct rte_stack *s;
	void *objs[3] = {(void *)1, (void *)2, (void *)3};
	const struct tj *v;

	r = rte_ring_create("tel_ep_ring", 1024, SOCKET_ID_ANY, RING_F_SP_ENQ);
	TEST_ASSERT_NOT_NULL(r, "ring");
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk(r, objs, 3, NULL), 3u, "enq");
	s = rte_stack_create("tel_ep_stack", 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(s, "stack");

	v = ask("/ring/list");
	TEST_ASSERT(
		v != NULL && v->type == TJ_ARR && arr_has_str(v, "tel_ep_ring"),
		"/ring/list");
	v = ask("/ring/info,tel_ep_ring");
	TEST_ASSERT(v != NULL && v->type == TJ_OBJ, "/ring/info");
	TEST_ASSERT(str_is(v, "name", "tel_ep_ring") &&
			num_is(v, "size", r->size) &&
			num_is(v, "mask", r->mask) &&
			num_is(v, "capacity", r->capacity) &&
			num_is(v, "used_count", 3) &&
			num_is(v, "free_count", rte_ring_free_count(r)) &&
			num_is(v, "flags", r->flags) &&
			str_is(v, "prod_type", "ST") &&
			str_is(v, "cons_type", "MT") &&
			str_is(v, "mz_name", r->memzone->name) &&
			num_is(v, "mz_len", (int64_t)r->memzone->len) &&
			num_is(v, "socket", r->memzone->socket_id),
		"/ring/info values");
	TEST_ASSERT(is_null("/ring/info,no_such_ring"), "unknown ring");
	TEST_ASSERT(is_null("/ring/info"), "ring info without name");

	v = ask("/stack/list");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR &&
			arr_has_str(v, "tel_ep_stack"),
		"/stack/list");

	rte_stack_free(s);
	rte_ring_free(r);
	v = ask("/ring/list");
	TEST_ASSERT(v != NULL && !arr_has_str(v, "tel_ep_ring"),
		"freed ring listed");
	v = ask("/stack/list");
	TEST_ASSERT(v != NULL && !arr_has_str(v, "tel_ep_stack"),
		"freed stack listed");
	return TEST_SUCCESS;
}

/* ----- /mempool/handlers: which processes can serve each handler ----- */

#define SRV_ZONE "tel_ep_srv"
#define SRV_ONLY_PRIMARY "tel_ep_only_primary"
#define SRV_ONLY_SECONDARY "tel_ep_only_secondary"
#define SRV_WAIT_S 30

struct srv_ctl {
	uint32_t ready; /* the secondary registered its handler */
	uint32_t done; /* the primary has looked */
};

/* A copy of ring_mp_mc under another name. */
static int
register_copy(const char *name)
{
	struct rte_mempool_handler h;
	int idx = rte_get_mempool_handler("ring_mp_mc");

	if (idx < 0)
		return idx;
	h = *rte_mempool_get_ops(idx);
	snprintf(h.name, sizeof(h.name), "%s", name);
	return rte_mempool_handler_register(&h);
}

/*
 * Child secondary: registers a handler after rte_eal_init (the primary
 * lacks it), then stays attached until the primary has looked.
 */
static int
srv_child(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(SRV_ZONE);
	struct srv_ctl *ctl;
	unsigned int i;

	TEST_ASSERT_NOT_NULL(mz, "no control zone");
	ctl = mz->addr;
	TEST_ASSERT(rte_get_mempool_handler(SRV_ONLY_PRIMARY) < 0,
		"the primary's late handler is registered here");
	TEST_ASSERT(register_copy(SRV_ONLY_SECONDARY) >= 0, "register");
	__atomic_store_n(&ctl->ready, 1, __ATOMIC_RELEASE);
	for (i = 0; i < SRV_WAIT_S * 100; i++) {
		if (__atomic_load_n(&ctl->done, __ATOMIC_ACQUIRE))
			return TEST_SUCCESS;
		usleep(10 * 1000);
	}
	printf("the primary never finished looking\n");
	return TEST_FAILED;
}
REGISTER_TEST_COMMAND(telemetry_handler_servers_child, srv_child);

static int
count_one(const struct rte_mempool_handler_info *info, void *arg)
{
	RTE_SET_USED(info);
	(*(unsigned int *)arg)++;
	return 0;
}

/* The /mempool/handlers entry called name, or NULL. */
static const struct tj *
handler_entry(const struct tj *v, const char *name)
{
	unsigned int i;

	for (i = 0; v != NULL && v->type == TJ_ARR && i < v->n; i++) {
		const struct tj *n = tj_get(tj_at(v, i), "name");

		if (n != NULL && n->type == TJ_STR && strcmp(n->str, name) == 0)
			return tj_at(v, i);
	}
	return NULL;
}

/* The entry's "processes" are exactly the pids given (any order). */
static int
procs_are(const struct tj *h, const int32_t *pids, unsigned int n)
{
	const struct tj *p = tj_get(h, "processes");
	unsigned int i;

	if (p == NULL || p->type != TJ_ARR || p->n != n) {
		printf("processes: %u entries, want %u\n", p != NULL ? p->n : 0,
			n);
		return 0;
	}
	for (i = 0; i < n; i++)
		if (!arr_has_num(p, pids[i])) {
			printf("processes: pid %d missing\n", (int)pids[i]);
			return 0;
		}
	return 1;
}

/*
 * A real secondary registers a handler this primary lacks, and this
 * primary one the secondary lacks: each is listed with the one process
 * that can serve it; a built-in one with both; once the secondary is
 * gone, its handler stays listed (the index is kept) with no process.
 */
static int
test_handler_servers(void)
{
	char pfx[128];
	const char *argv[] = {"dpdk-test", "--lcores=2@0", "--no-huge", pfx,
		"--proc-type=secondary"};
	const struct rte_memzone *mz;
	const struct tj *v, *h;
	struct srv_ctl *ctl;
	unsigned int i, nb = 0;
	int32_t pids[2];
	int status, idx;
	pid_t child;

	TEST_ASSERT_EQUAL(rte_mempool_handler_info_walk(NULL, NULL), 0,
		"walk without a callback");
	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("needs a primary with shared files\n");
		return TEST_SKIPPED;
	}
	idx = rte_get_mempool_handler(SRV_ONLY_PRIMARY);
	if (idx < 0)
		idx = register_copy(SRV_ONLY_PRIMARY);
	TEST_ASSERT(idx >= 0, "register %s", SRV_ONLY_PRIMARY);
	mz = rte_memzone_reserve(SRV_ZONE, sizeof(*ctl), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "control zone");
	ctl = mz->addr;
	memset(ctl, 0, sizeof(*ctl));
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	child = test_spawn_self(
		argv, RTE_DIM(argv), "telemetry_handler_servers_child");
	TEST_ASSERT(child > 0, "spawn");
	for (i = 0; i < SRV_WAIT_S * 100 &&
		!__atomic_load_n(&ctl->ready, __ATOMIC_ACQUIRE);
		i++)
		usleep(10 * 1000);
	if (!__atomic_load_n(&ctl->ready, __ATOMIC_ACQUIRE)) {
		kill(child, SIGKILL);
		test_wait_child(child);
		rte_memzone_free(mz);
		TEST_ASSERT(0, "the secondary never got ready");
	}

	v = ask("/mempool/handlers");
	pids[0] = (int32_t)getpid();
	pids[1] = (int32_t)child;
	h = handler_entry(v, SRV_ONLY_SECONDARY);
	status = h != NULL && num_is(h, "registered_here", 0) &&
		num_is(h, "flags", rte_mempool_get_ops(idx)->flags) &&
		procs_are(h, &pids[1], 1);
	h = handler_entry(v, SRV_ONLY_PRIMARY);
	status = status && h != NULL && num_is(h, "registered_here", 1) &&
		num_is(h, "index", idx) && procs_are(h, &pids[0], 1);
	h = handler_entry(v, "ring_mp_mc");
	status = status && h != NULL && procs_are(h, pids, 2);
	/* The C walk visits what the command lists. */
	status = status && v != NULL &&
		rte_mempool_handler_info_walk(count_one, &nb) == (int)v->n &&
		nb == v->n;
	__atomic_store_n(&ctl->done, 1, __ATOMIC_RELEASE);
	TEST_ASSERT(status, "handler table while the secondary runs");
	status = test_wait_child(child);
	rte_memzone_free(mz);
	TEST_ASSERT_EQUAL(status, 0, "secondary exit %d", status);

	v = ask("/mempool/handlers");
	h = handler_entry(v, SRV_ONLY_SECONDARY);
	TEST_ASSERT(h != NULL && num_is(h, "registered_here", 0) &&
			procs_are(h, NULL, 0),
		"the gone secondary's handler");
	h = handler_entry(v, "ring_mp_mc");
	TEST_ASSERT(h != NULL && procs_are(h, pids, 1),
		"ring_mp_mc after the secondary left");
	return TEST_SUCCESS;
}

/* ----- /eal/app_params in a child started with "--" ----- */

static int
app_params_child(void)
{
	const struct tj *v;
	int ret = TEST_SUCCESS;

	if (suite_setup() != TEST_SUCCESS)
		return TEST_FAILED;
	v = ask("/eal/app_params");
	if (v == NULL || v->type != TJ_ARR || v->n != 1 ||
		strcmp(tj_at(v, 0)->str, "telemetry_app_params_child") != 0) {
		printf("app params wrong\n");
		ret = TEST_FAILED;
	}
	v = ask("/eal/params");
	if (v == NULL || v->n < 2 ||
		strcmp(tj_at(v, v->n - 1)->str, "--no-pci") != 0) {
		printf("EAL params wrong\n");
		ret = TEST_FAILED;
	}
	tj_free(last);
	last = NULL;
	suite_teardown();
	return ret;
}
REGISTER_TEST_COMMAND(telemetry_app_params_child, app_params_child);

static int
test_app_params(void)
{
	char prefix[64];
	const char *argv[8];
	int argc = 0, status;

	snprintf(prefix, sizeof(prefix), "--file-prefix=%s_app",
		test_file_prefix());
	argv[argc++] = "dpdk-test";
	argv[argc++] = "-l";
	argv[argc++] = "0";
	argv[argc++] = "--no-huge";
	argv[argc++] = prefix;
	argv[argc++] = "--no-pci";
	argv[argc++] = "--";
	argv[argc++] = "telemetry_app_params_child";
	status = test_exec_self(argv, argc, NULL);
	TEST_ASSERT_EQUAL(status, 0, "child exit status %d", status);
	return TEST_SUCCESS;
}

static struct unit_test_suite endpoints_suite = {
	.suite_name = "telemetry endpoints",
	.setup = suite_setup,
	.teardown = suite_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_eal_params),
			TEST_CASE(test_eal_heaps),
			TEST_CASE(test_eal_memzones),
			TEST_CASE(test_mempool),
			TEST_CASE(test_ring_stack),
			TEST_CASE(test_handler_servers),
			TEST_CASE(test_app_params),
			TEST_CASES_END(),
		},
};

static int
test_telemetry_endpoints(void)
{
	int ret = unit_test_suite_runner(&endpoints_suite);

	tj_free(last);
	last = NULL;
	return ret;
}

REGISTER_TEST_COMMAND(telemetry_endpoints_autotest, test_telemetry_endpoints);

/*
 * telemetry_serve_child: a process for outside clients (devtools'
 * telemetry-client-check.py runs Debian's dpdk-telemetry.py against
 * it). It makes a pool with cached objects, one without a cache, a
 * ring, a stack and a memzone, prints "ready", and serves until its
 * standard input closes.
 */
static int
serve_child(void)
{
	struct rte_mempool *mp, *nc;
	const struct rte_memzone *mz;
	struct rte_ring *r;
	struct rte_stack *s;
	void *objs[40];
	char line[64];

	mp = rte_mempool_create("tel_pool", 1023, 128, 32, 16, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0);
	nc = rte_mempool_create("tel_pool_nc", 255, 64, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0);
	r = rte_ring_create("tel_ring", 256, SOCKET_ID_ANY, 0);
	s = rte_stack_create("tel_stack", 64, SOCKET_ID_ANY, 0);
	mz = rte_memzone_reserve("tel_mz", 4096, SOCKET_ID_ANY, 0);
	if (mp == NULL || nc == NULL || r == NULL || s == NULL || mz == NULL ||
		rte_mempool_get_bulk(mp, objs, 40) < 0) {
		printf("setup failed\n");
		return TEST_FAILED;
	}
	rte_mempool_put_bulk(mp, objs, 25);
	rte_ring_enqueue_bulk(r, objs, 3, NULL);
	rte_mempool_dump(stdout, mp);
	printf("ready\n");
	fflush(stdout);
	while (fgets(line, sizeof(line), stdin) != NULL)
		;
	rte_mempool_put_bulk(mp, objs + 25, 15);
	rte_memzone_free(mz);
	rte_stack_free(s);
	rte_ring_free(r);
	rte_mempool_free(nc);
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(telemetry_serve_child, serve_child);
