/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_handler_autotest: a conformance suite for mempool handlers.
 *
 * It runs the behavioural and two-lcore checks every handler must pass
 * against the handlers named in MEMPOOL_HANDLER (comma or space
 * separated), or against every registered handler when it is unset.
 * A handler built as a plugin is checked the same way:
 *
 *   MEMPOOL_HANDLER=my_handler DPDK_TEST=mempool_handler_autotest \
 *       dpdk-test -l 0-1 --no-huge -d ./libmy_handler.so
 *
 * MEMPOOL_HANDLER_SECONDS sets the length of each two-lcore run
 * (default 0.3). A handler whose put or get is not safe on two threads
 * at once (like the single-producer/consumer rings) gets only the
 * pipeline run, in which one lcore gets and the other puts: name it in
 * MEMPOOL_HANDLER_SINGLE_THREAD.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_pause.h>
#include <rte_ring.h>
#include <rte_string_fns.h>

#include "test.h"
#include "test_mempool_handler.h"

/* Not a power of two: handlers must not round the pool size. */
#define HC_POOL_SIZE 1000
#define HC_ELT_SIZE 64
#define HC_OBJ_MAGIC 0xc0ffee42u
#define HC_CONC_POOL_SIZE 255
#define HC_CONC_HOLD_MAX 128
#define HC_CONC_BURST_MAX 32
/* A value no pool object can have: shows a table slot was not written. */
#define HC_SENTINEL ((void *)(uintptr_t)0x5e17)

/* What the checks write into each element. */
struct hc_obj {
	uint32_t magic; /* set by obj_init */
	uint32_t idx; /* obj_init's index */
	uint32_t owner; /* 0 free, else 1 + lcore holding it */
	uint32_t pad;
};

struct hc_init_ctx {
	unsigned int calls;
	unsigned int bad; /* out of range or repeated index */
	unsigned char seen[HC_POOL_SIZE];
};

/* Memory the EAL hands out, to prove free gives everything back. */
struct hc_mem_state {
	unsigned int nb_memzones;
	size_t memzone_bytes;
	unsigned int heap_allocs;
	size_t heap_bytes;
};

static void
hc_count_memzone(const struct rte_memzone *mz, void *arg)
{
	struct hc_mem_state *s = arg;

	s->nb_memzones++;
	s->memzone_bytes += mz->len;
}

static void
hc_mem_state(struct hc_mem_state *s)
{
	struct rte_malloc_socket_stats st;

	memset(s, 0, sizeof(*s));
	rte_memzone_walk(hc_count_memzone, s);
	if (rte_malloc_get_socket_stats((int)rte_socket_id(), &st) == 0) {
		s->heap_allocs = st.alloc_count;
		s->heap_bytes = st.heap_allocsz_bytes;
	}
}

static void
hc_obj_init(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	struct hc_init_ctx *ctx = arg;
	struct hc_obj *o = obj;

	RTE_SET_USED(mp);
	ctx->calls++;
	if (idx >= HC_POOL_SIZE || ctx->seen[idx]++ != 0)
		ctx->bad++;
	o->magic = HC_OBJ_MAGIC;
	o->idx = idx;
	o->owner = 0;
}

static int
hc_cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t) * (void *const *)a;
	uintptr_t y = (uintptr_t) * (void *const *)b;

	return x < y ? -1 : x > y;
}

/*
 * n distinct objects of mp, each initialised by obj_init and free
 * (owner 0). Sorts objs.
 */
static int
hc_check_objects(struct rte_mempool *mp, void **objs, unsigned int n)
{
	unsigned int i;

	qsort(objs, n, sizeof(objs[0]), hc_cmp_ptr);
	for (i = 0; i < n; i++) {
		const struct hc_obj *o = objs[i];

		TEST_ASSERT(objs[i] != NULL && objs[i] != HC_SENTINEL,
			"slot %u holds no object", i);
		TEST_ASSERT(i == 0 || objs[i] != objs[i - 1],
			"object %p handed out twice", objs[i]);
		TEST_ASSERT(rte_mempool_from_obj(objs[i]) == mp,
			"object %p does not belong to pool %s", objs[i],
			mp->name);
		TEST_ASSERT(o->magic == HC_OBJ_MAGIC,
			"object %p was not initialised by obj_init", objs[i]);
		TEST_ASSERT(o->owner == 0, "free object %p still owned by %u",
			objs[i], o->owner);
	}
	return TEST_SUCCESS;
}

static int
hc_counts(struct rte_mempool *mp, unsigned int avail, const char *step)
{
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), avail,
		"%s: %s: avail %u, expected %u", mp->name, step,
		rte_mempool_avail_count(mp), avail);
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), mp->size - avail,
		"%s: %s: in use %u, expected %u", mp->name, step,
		rte_mempool_in_use_count(mp), mp->size - avail);
	TEST_ASSERT_EQUAL(rte_mempool_full(mp), avail == mp->size,
		"%s: %s: full() wrong", mp->name, step);
	TEST_ASSERT_EQUAL(rte_mempool_empty(mp), avail == 0,
		"%s: %s: empty() wrong", mp->name, step);
	return TEST_SUCCESS;
}

static unsigned int hc_pool_seq;

/*
 * A fresh pool name of the longest length allowed, so that a handler
 * deriving names from the pool's (store, memzones) is checked to fit.
 */
static void
hc_pool_name(char *buf, size_t len, const char *tag)
{
	int n;

	/* The ring handlers' ring is "MP_<pool name>": at most
	 * RTE_RING_NAMESIZE - 1 characters, so 25 of pool name. */
	len = RTE_MIN(len, (size_t)RTE_RING_NAMESIZE - 3);
	n = snprintf(buf, len, "hc_%s_%u_", tag, hc_pool_seq++);

	if (n > 0 && (size_t)n < len - 1) {
		memset(buf + n, 'x', len - 1 - n);
		buf[len - 1] = '\0';
	}
}

/* Steps on a created pool; the caller frees it. */
static int
hc_behaviour_steps(
	struct rte_mempool *mp, const char *handler, struct hc_init_ctx *ctx)
{
	static void *objs[HC_POOL_SIZE + 1];
	const unsigned int n = HC_POOL_SIZE;
	unsigned int got, i, chunk;
	void *obj = HC_SENTINEL;
	int idx, ret;

	idx = rte_get_mempool_handler(handler);
	TEST_ASSERT(idx >= 0, "handler %s not registered", handler);
	TEST_ASSERT_EQUAL(mp->handler_idx, idx,
		"pool stores index %d, handler %s has %d", mp->handler_idx,
		handler, idx);
	TEST_ASSERT(strcmp(rte_mempool_handler_get(idx)->name, handler) == 0,
		"slot %d names %s, not %s", idx,
		rte_mempool_handler_get(idx)->name, handler);

	TEST_ASSERT_EQUAL(ctx->calls, n, "obj_init ran %u times for %u objects",
		ctx->calls, n);
	TEST_ASSERT_EQUAL(
		ctx->bad, 0, "obj_init saw %u repeated indexes", ctx->bad);
	if (hc_counts(mp, n, "created") != TEST_SUCCESS)
		return TEST_FAILED;

	/* Single get/put. */
	TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &obj), "get from full pool");
	TEST_ASSERT(rte_mempool_from_obj(obj) == mp, "foreign object");
	if (hc_counts(mp, n - 1, "get 1") != TEST_SUCCESS)
		return TEST_FAILED;
	rte_mempool_put(mp, obj);
	if (hc_counts(mp, n, "put 1") != TEST_SUCCESS)
		return TEST_FAILED;

	/* Bulk get/put. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 16), "get 16");
	if (hc_counts(mp, n - 16, "get 16") != TEST_SUCCESS)
		return TEST_FAILED;
	rte_mempool_put_bulk(mp, objs, 16);
	if (hc_counts(mp, n, "put 16") != TEST_SUCCESS)
		return TEST_FAILED;

	/* Drain in bursts of 7, then singly, to empty. */
	got = 0;
	for (chunk = 7; chunk != 0; chunk = chunk == 7 ? 1 : 0) {
		void *scratch[7];
		void **dst;

		for (;;) {
			/* A handler giving more than the pool holds writes
			 * into scratch, never past objs. */
			dst = got + chunk <= n ? &objs[got] : scratch;
			for (i = 0; i < chunk; i++)
				dst[i] = HC_SENTINEL;
			ret = rte_mempool_get_bulk(mp, dst, chunk);
			if (ret != 0)
				break;
			TEST_ASSERT(dst != scratch,
				"got more objects than the pool holds");
			got += chunk;
			if (hc_counts(mp, n - got, "drain") != TEST_SUCCESS)
				return TEST_FAILED;
		}
		TEST_ASSERT(ret == -ENOENT || ret == -ENOBUFS,
			"failed get returned %d, not -ENOENT", ret);
		for (i = 0; i < chunk; i++)
			TEST_ASSERT(dst[i] == HC_SENTINEL,
				"failed get of %u wrote the caller's table",
				chunk);
	}
	TEST_ASSERT_EQUAL(got, n, "drained %u objects of %u", got, n);
	if (hc_counts(mp, 0, "drained") != TEST_SUCCESS)
		return TEST_FAILED;
	obj = HC_SENTINEL;
	TEST_ASSERT_FAIL(rte_mempool_get(mp, &obj), "get from empty pool");
	TEST_ASSERT(obj == HC_SENTINEL, "failed get wrote its argument");
	if (hc_check_objects(mp, objs, n) != TEST_SUCCESS)
		return TEST_FAILED;

	/* A get larger than what is left takes nothing. */
	rte_mempool_put_bulk(mp, &objs[n - 5], 5);
	objs[n - 5] = HC_SENTINEL;
	TEST_ASSERT_FAIL(rte_mempool_get_bulk(mp, &objs[n - 5], 6),
		"got 6 objects from a pool holding 5");
	TEST_ASSERT(objs[n - 5] == HC_SENTINEL,
		"failed get wrote the caller's table");
	if (hc_counts(mp, 5, "refused get of 6") != TEST_SUCCESS)
		return TEST_FAILED;
	TEST_ASSERT_SUCCESS(
		rte_mempool_get_bulk(mp, &objs[n - 5], 5), "get the 5 left");
	if (hc_counts(mp, 0, "got the 5 left") != TEST_SUCCESS)
		return TEST_FAILED;
	if (hc_check_objects(mp, objs, n) != TEST_SUCCESS)
		return TEST_FAILED;

	/* Refill in uneven bulks. */
	for (got = n; got > 0; got -= chunk) {
		chunk = RTE_MIN(got, 13u);
		rte_mempool_put_bulk(mp, &objs[got - chunk], chunk);
		if (hc_counts(mp, n - got + chunk, "refill") != TEST_SUCCESS)
			return TEST_FAILED;
	}

	/* The whole pool in one call, then back. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, n),
		"get the whole pool at once");
	if (hc_counts(mp, 0, "got all") != TEST_SUCCESS)
		return TEST_FAILED;
	if (hc_check_objects(mp, objs, n) != TEST_SUCCESS)
		return TEST_FAILED;
	rte_mempool_put_bulk(mp, objs, n);
	if (hc_counts(mp, n, "put all") != TEST_SUCCESS)
		return TEST_FAILED;

	rte_mempool_audit(mp);
	TEST_ASSERT(test_mempool_dump_contains(mp, handler),
		"dump of %s does not name handler %s", mp->name, handler);
	return TEST_SUCCESS;
}

int
mempool_handler_check_behaviour(const char *handler, unsigned int cache_size)
{
	static struct hc_init_ctx ctx;
	struct hc_mem_state before, after;
	char name[RTE_MEMPOOL_NAMESIZE];
	struct rte_mempool *mp;
	int ret;

	memset(&ctx, 0, sizeof(ctx));
	hc_pool_name(name, sizeof(name), "b");
	hc_mem_state(&before);
	mp = rte_mempool_create_ext(name, HC_POOL_SIZE, HC_ELT_SIZE, cache_size,
		0, NULL, NULL, hc_obj_init, &ctx, SOCKET_ID_ANY, 0, handler);
	TEST_ASSERT_NOT_NULL(mp, "create_ext(%s, cache %u) failed: %s", handler,
		cache_size, rte_strerror(rte_errno));
	TEST_ASSERT(rte_mempool_lookup(name) == mp, "pool %s not listed", name);

	ret = hc_behaviour_steps(mp, handler, &ctx);
	rte_mempool_free(mp);
	if (ret != TEST_SUCCESS)
		return ret;

	TEST_ASSERT_NULL(
		rte_mempool_lookup(name), "freed pool %s still listed", name);
	hc_mem_state(&after);
	TEST_ASSERT_EQUAL(after.nb_memzones, before.nb_memzones,
		"%s: %u memzones after free, %u before", handler,
		after.nb_memzones, before.nb_memzones);
	TEST_ASSERT_EQUAL(after.memzone_bytes, before.memzone_bytes,
		"%s: memzone bytes %zu after free, %zu before", handler,
		after.memzone_bytes, before.memzone_bytes);
	TEST_ASSERT_EQUAL(after.heap_allocs, before.heap_allocs,
		"%s: %u heap blocks after free, %u before", handler,
		after.heap_allocs, before.heap_allocs);
	TEST_ASSERT_EQUAL(after.heap_bytes, before.heap_bytes,
		"%s: %zu heap bytes after free, %zu before", handler,
		after.heap_bytes, before.heap_bytes);
	return TEST_SUCCESS;
}

/*
 * Handlers whose put or get must not run on two threads at once (the
 * legacy single-producer / single-consumer rings), plus any listed in
 * MEMPOOL_HANDLER_SINGLE_THREAD: they only get the pipeline run, which
 * keeps one thread on each side.
 */
static int
hc_handler_mt_safe(const char *handler)
{
	static const char *const single[] = {
		"ring_sp_sc", "ring_mp_sc", "ring_sp_mc"};
	const char *env = getenv("MEMPOOL_HANDLER_SINGLE_THREAD");
	char buf[512], *tok, *save = NULL;
	unsigned int i;

	for (i = 0; i < RTE_DIM(single); i++)
		if (strcmp(handler, single[i]) == 0)
			return 0;
	if (env == NULL)
		return 1;
	rte_strlcpy(buf, env, sizeof(buf));
	for (tok = strtok_r(buf, ", ", &save); tok != NULL;
		tok = strtok_r(NULL, ", ", &save))
		if (strcmp(tok, handler) == 0)
			return 0;
	return 1;
}

struct hc_conc {
	struct rte_mempool *mp;
	struct rte_ring *pipe; /* pipeline run: getter -> putter */
	uint64_t deadline;
	uint32_t go;
	uint32_t stop; /* pipeline: the getter is done */
	uint64_t gets[RTE_MAX_LCORE];
	uint64_t empty_gets[RTE_MAX_LCORE];
	uint64_t errors; /* atomic */
};

static uint64_t
hc_xorshift(uint64_t *s)
{
	uint64_t x = *s;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	*s = x;
	return x;
}

static void
hc_conc_error(struct hc_conc *c, const char *what, const void *obj)
{
	if (__atomic_fetch_add(&c->errors, 1, __ATOMIC_RELAXED) < 5)
		fprintf(stderr, "lcore %u: %s (object %p)\n", rte_lcore_id(),
			what, obj);
}

static void
hc_conc_wait_go(struct hc_conc *c)
{
	while (__atomic_load_n(&c->go, __ATOMIC_ACQUIRE) == 0)
		rte_pause();
}

/* Get k objects into objs and take ownership as `me`. */
static int
hc_conc_take(struct hc_conc *c, void **objs, unsigned int k, uint32_t me)
{
	const unsigned int lcore = rte_lcore_id();
	unsigned int i;

	for (i = 0; i < k; i++)
		objs[i] = HC_SENTINEL;
	if (rte_mempool_get_bulk(c->mp, objs, k) != 0) {
		for (i = 0; i < k; i++)
			if (objs[i] != HC_SENTINEL)
				hc_conc_error(c, "failed get wrote the table",
					objs[i]);
		c->empty_gets[lcore]++;
		return -1;
	}
	for (i = 0; i < k; i++) {
		struct hc_obj *o = objs[i];

		if (rte_mempool_from_obj(o) != c->mp ||
			o->magic != HC_OBJ_MAGIC)
			hc_conc_error(c, "foreign object", o);
		else if (__atomic_exchange_n(&o->owner, me, __ATOMIC_ACQ_REL) !=
			0)
			hc_conc_error(c, "object handed out twice", o);
	}
	c->gets[lcore] += k;
	return 0;
}

/* Give up ownership `me` of n objects and put them back. */
static void
hc_conc_give(struct hc_conc *c, void **objs, unsigned int n, uint32_t me)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		struct hc_obj *o = objs[i];

		if (__atomic_exchange_n(&o->owner, 0, __ATOMIC_ACQ_REL) != me)
			hc_conc_error(c, "object changed owner while held", o);
	}
	if (n > 0)
		rte_mempool_put_bulk(c->mp, objs, n);
}

/* Symmetric run: every lcore gets and puts random bursts. */
static int
hc_conc_symmetric(void *arg)
{
	struct hc_conc *c = arg;
	void *held[HC_CONC_HOLD_MAX + HC_CONC_BURST_MAX];
	const uint32_t me = rte_lcore_id() + 1;
	uint64_t seed = 0x9e3779b97f4a7c15ull * me;
	unsigned int nheld = 0, k;

	hc_conc_wait_go(c);
	while (rte_get_timer_cycles() < c->deadline) {
		uint64_t r = hc_xorshift(&seed);

		k = 1 + r % HC_CONC_BURST_MAX;
		if (nheld == 0 ||
			(nheld + k <= HC_CONC_HOLD_MAX && ((r >> 32) & 1))) {
			if (hc_conc_take(c, &held[nheld], k, me) == 0)
				nheld += k;
		} else {
			k = RTE_MIN(k, nheld);
			nheld -= k;
			hc_conc_give(c, &held[nheld], k, me);
		}
	}
	hc_conc_give(c, held, nheld, me);
	return 0;
}

/* Pipeline run, getter side: objects go to the putter through a ring. */
static int
hc_conc_getter(void *arg)
{
	struct hc_conc *c = arg;
	void *objs[HC_CONC_BURST_MAX];
	uint64_t seed = 0x2545f4914f6cdd1dull;
	unsigned int k, sent;

	hc_conc_wait_go(c);
	while (rte_get_timer_cycles() < c->deadline) {
		k = 1 + hc_xorshift(&seed) % HC_CONC_BURST_MAX;
		if (hc_conc_take(c, objs, k, 1) != 0) {
			rte_pause();
			continue;
		}
		for (sent = 0; sent < k;)
			sent += rte_ring_sp_enqueue_burst(
				c->pipe, objs + sent, k - sent, NULL);
	}
	__atomic_store_n(&c->stop, 1, __ATOMIC_RELEASE);
	return 0;
}

/* Pipeline run, putter side. */
static int
hc_conc_putter(void *arg)
{
	struct hc_conc *c = arg;
	void *objs[HC_CONC_BURST_MAX];
	unsigned int n;

	hc_conc_wait_go(c);
	for (;;) {
		n = rte_ring_sc_dequeue_burst(
			c->pipe, objs, HC_CONC_BURST_MAX, NULL);
		if (n == 0) {
			/* stop is released after the getter's last enqueue. */
			if (__atomic_load_n(&c->stop, __ATOMIC_ACQUIRE) == 0) {
				rte_pause();
				continue;
			}
			n = rte_ring_sc_dequeue_burst(
				c->pipe, objs, HC_CONC_BURST_MAX, NULL);
			if (n == 0)
				break;
		}
		hc_conc_give(c, objs, n, 1);
	}
	return 0;
}

static void
hc_conc_obj_init(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	struct hc_obj *o = obj;

	RTE_SET_USED(mp);
	RTE_SET_USED(arg);
	o->magic = HC_OBJ_MAGIC;
	o->idx = idx;
	o->owner = 0;
}

/* After a run: every object back once, nothing owned. */
static int
hc_conc_conservation(struct hc_conc *c, const char *mode)
{
	static void *objs[HC_CONC_POOL_SIZE];
	uint64_t gets = 0, empty = 0;
	unsigned int lcore;
	int ret;

	RTE_LCORE_FOREACH(lcore) {
		gets += c->gets[lcore];
		empty += c->empty_gets[lcore];
	}
	printf("  %s, cache %u, %s: %" PRIu64 " objects taken on 2 lcores, "
	       "%" PRIu64 " gets found the pool short\n",
		rte_mempool_handler_get(c->mp->handler_idx)->name,
		c->mp->cache_size, mode, gets, empty);
	TEST_ASSERT_EQUAL(c->errors, 0, "%s: %" PRIu64 " ownership errors",
		mode, c->errors);
	TEST_ASSERT(gets > 0, "%s: no object was ever taken", mode);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(c->mp), HC_CONC_POOL_SIZE,
		"%s: %u of %u objects back after the run", mode,
		rte_mempool_avail_count(c->mp), HC_CONC_POOL_SIZE);
	/* Objects resting in the other lcore's cache come back too (it is
	 * idle now, so its cache may be flushed from here). */
	RTE_LCORE_FOREACH(lcore) {
		struct rte_mempool_cache *cache =
			rte_mempool_default_cache(c->mp, lcore);

		if (cache != NULL)
			rte_mempool_cache_flush(cache, c->mp);
	}
	TEST_ASSERT_SUCCESS(
		rte_mempool_get_bulk(c->mp, objs, HC_CONC_POOL_SIZE),
		"%s: cannot take back all %u objects", mode, HC_CONC_POOL_SIZE);
	ret = hc_check_objects(c->mp, objs, HC_CONC_POOL_SIZE);
	rte_mempool_put_bulk(c->mp, objs, HC_CONC_POOL_SIZE);
	if (ret != TEST_SUCCESS)
		return ret;
	TEST_ASSERT(rte_mempool_full(c->mp), "%s: pool not full", mode);
	return TEST_SUCCESS;
}

/* One timed run of `main_fn` here and `worker_fn` on the worker. */
static int
hc_conc_run(struct hc_conc *c, unsigned int worker, double seconds,
	lcore_function_t *main_fn, lcore_function_t *worker_fn)
{
	memset(c->gets, 0, sizeof(c->gets));
	memset(c->empty_gets, 0, sizeof(c->empty_gets));
	c->errors = 0;
	c->go = 0;
	c->stop = 0;
	c->deadline = rte_get_timer_cycles() +
		(uint64_t)(seconds * rte_get_timer_hz());
	TEST_ASSERT_SUCCESS(rte_eal_remote_launch(worker_fn, c, worker),
		"cannot launch lcore %u", worker);
	__atomic_store_n(&c->go, 1, __ATOMIC_RELEASE);
	main_fn(c);
	rte_eal_wait_lcore(worker);
	return TEST_SUCCESS;
}

int
mempool_handler_check_concurrency(
	const char *handler, unsigned int cache_size, double seconds)
{
	static struct hc_conc c;
	char name[RTE_MEMPOOL_NAMESIZE];
	unsigned int worker;
	int ret;

	worker = rte_get_next_lcore(rte_lcore_id(), 1, 0);
	if (worker >= RTE_MAX_LCORE) {
		printf("two-lcore check needs two lcores (-l 0-1)\n");
		return TEST_SKIPPED;
	}
	memset(&c, 0, sizeof(c));
	hc_pool_name(name, sizeof(name), "c");
	c.mp = rte_mempool_create_ext(name, HC_CONC_POOL_SIZE, HC_ELT_SIZE,
		cache_size, 0, NULL, NULL, hc_conc_obj_init, NULL,
		SOCKET_ID_ANY, 0, handler);
	TEST_ASSERT_NOT_NULL(c.mp, "create_ext(%s, cache %u) failed: %s",
		handler, cache_size, rte_strerror(rte_errno));
	hc_pool_name(name, sizeof(name), "p");
	c.pipe = rte_ring_create(
		name, 256, SOCKET_ID_ANY, RING_F_SP_ENQ | RING_F_SC_DEQ);
	if (c.pipe == NULL) {
		rte_mempool_free(c.mp);
		TEST_ASSERT_NOT_NULL(c.pipe, "cannot create a ring: %s",
			rte_strerror(rte_errno));
	}

	/* Pipeline: valid for every handler (one getter, one putter). */
	ret = hc_conc_run(
		&c, worker, seconds / 2, hc_conc_getter, hc_conc_putter);
	if (ret == TEST_SUCCESS)
		ret = hc_conc_conservation(&c, "pipeline");
	if (ret == TEST_SUCCESS && hc_handler_mt_safe(handler)) {
		ret = hc_conc_run(&c, worker, seconds / 2, hc_conc_symmetric,
			hc_conc_symmetric);
		if (ret == TEST_SUCCESS)
			ret = hc_conc_conservation(&c, "get+put on both");
	}
	rte_ring_free(c.pipe);
	rte_mempool_free(c.mp);
	return ret;
}

/* ---- mempool_handler_autotest: the suite over named handlers ---- */

enum hc_kind { HC_BEHAVIOUR, HC_CONCURRENCY };

struct hc_case {
	char handler[RTE_MEMPOOL_HANDLER_NAMESIZE];
	unsigned int cache_size;
	enum hc_kind kind;
	char name[96];
};

static double hc_seconds;

static int
hc_run_case(const void *data)
{
	const struct hc_case *hc = data;

	if (hc->kind == HC_BEHAVIOUR)
		return mempool_handler_check_behaviour(
			hc->handler, hc->cache_size);
	return mempool_handler_check_concurrency(
		hc->handler, hc->cache_size, hc_seconds);
}

#define HC_MAX_HANDLERS RTE_MEMPOOL_MAX_HANDLER_IDX
static const unsigned int hc_cache_sizes[] = {0, 32};
#define HC_CASES_PER_HANDLER (2 * RTE_DIM(hc_cache_sizes))

struct hc_list {
	unsigned int n;
	char names[HC_MAX_HANDLERS][RTE_MEMPOOL_HANDLER_NAMESIZE];
};

static int
hc_list_add(struct hc_list *l, const char *name)
{
	if (l->n >= HC_MAX_HANDLERS)
		return -ENOSPC;
	rte_strlcpy(l->names[l->n++], name, RTE_MEMPOOL_HANDLER_NAMESIZE);
	return 0;
}

static int
hc_walk_add(const struct rte_mempool_handler *h, int idx, void *arg)
{
	RTE_SET_USED(idx);
	return hc_list_add(arg, h->name);
}

/* Handlers to check: MEMPOOL_HANDLER's, else every registered one. */
static int
hc_handlers(struct hc_list *l)
{
	const char *env = getenv("MEMPOOL_HANDLER");
	char buf[512], *tok, *save = NULL;

	l->n = 0;
	if (env == NULL || *env == '\0') {
		rte_mempool_handler_walk(hc_walk_add, l);
		return 0;
	}
	rte_strlcpy(buf, env, sizeof(buf));
	for (tok = strtok_r(buf, ", ", &save); tok != NULL;
		tok = strtok_r(NULL, ", ", &save)) {
		if (rte_get_mempool_handler(tok) < 0) {
			fprintf(stderr,
				"MEMPOOL_HANDLER names '%s', which is not "
				"registered; registered handlers:\n",
				tok);
			rte_mempool_handler_dump(stderr);
			return -ENOENT;
		}
		if (hc_list_add(l, tok) != 0)
			return -ENOSPC;
	}
	return 0;
}

static int
test_mempool_handler(void)
{
	static struct hc_list list;
	struct unit_test_suite *suite;
	struct hc_case *cases;
	unsigned int h, c, k, i;
	const char *secs;
	int ret;

	secs = getenv("MEMPOOL_HANDLER_SECONDS");
	hc_seconds = secs != NULL ? atof(secs) : 0.3;
	if (hc_seconds <= 0)
		hc_seconds = 0.3;
	if (hc_handlers(&list) != 0)
		return TEST_FAILED;
	if (list.n == 0) {
		fprintf(stderr, "no mempool handler registered\n");
		return TEST_FAILED;
	}

	cases = calloc(list.n * HC_CASES_PER_HANDLER, sizeof(*cases));
	suite = calloc(1,
		sizeof(*suite) +
			(list.n * HC_CASES_PER_HANDLER + 1) *
				sizeof(struct unit_test_case));
	if (cases == NULL || suite == NULL) {
		free(cases);
		free(suite);
		return TEST_FAILED;
	}
	suite->suite_name = "mempool handler conformance";
	i = 0;
	for (h = 0; h < list.n; h++) {
		for (k = 0; k < 2; k++) {
			for (c = 0; c < RTE_DIM(hc_cache_sizes); c++) {
				struct hc_case *hc = &cases[i];
				struct unit_test_case *tc =
					&suite->unit_test_cases[i];

				rte_strlcpy(hc->handler, list.names[h],
					sizeof(hc->handler));
				hc->cache_size = hc_cache_sizes[c];
				hc->kind =
					k == 0 ? HC_BEHAVIOUR : HC_CONCURRENCY;
				snprintf(hc->name, sizeof(hc->name),
					"%s: %s, cache %u", hc->handler,
					k == 0 ? "behaviour" : "two lcores",
					hc->cache_size);
				tc->testcase_with_data = hc_run_case;
				tc->data = hc;
				tc->name = hc->name;
				tc->enabled = 1;
				i++;
			}
		}
	}
	ret = unit_test_suite_runner(suite);
	free(suite);
	free(cases);
	return ret;
}

REGISTER_TEST_COMMAND(mempool_handler_autotest, test_mempool_handler);
