/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_stats_autotest: the always-on counters. A scripted sequence
 * of gets and puts on every registered handler, with and without a
 * cache, must give exact counter values (per lcore slot, summed, in the
 * dump); puts through a cache, counted by calls only, still give exact
 * objects; a user-owned cache is counted at flush; a thread without an
 * lcore id has its own slot; a reset restarts the counters but keeps
 * held; bad arguments are refused; a real secondary process's
 * gets and puts land in its own lcore slot and in its holdings; and a
 * secondary killed inside a handler call (a test handler kills it at a
 * known point) is reported, once dead, holding exactly what it took.
 */

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_memzone.h>
#include <rte_mempool.h>

#include "test.h"

#define POOL "stats_mp"
#define N_OBJS 128
#define ELT 64
#define CACHE 32
/* The secondary's lcore id: distinct from the primary's 0-1. */
#define CHILD_LCORE 2
#define CHILD_CTL "stats_ctl"
#define CHILD_GET 5
#define CHILD_PUT 2

/* Expected values of the counters a script checks. */
struct expect {
	uint64_t get_calls, get_objs, get_fail_calls, get_fail_objs;
	uint64_t put_calls, put_objs, cache_hits, cache_misses;
	uint64_t deq_calls, deq_objs, enq_calls, enq_objs;
	int64_t held;
};

static int
check_stats(const struct rte_mempool_stats *s, const struct expect *e,
	const char *what)
{
#define CHECK(f) \
	TEST_ASSERT_EQUAL((uint64_t)s->f, (uint64_t)e->f, \
		"%s: " #f " = %" PRIu64 ", expected %" PRIu64, what, \
		(uint64_t)s->f, (uint64_t)e->f)
	CHECK(get_calls);
	CHECK(get_objs);
	CHECK(get_fail_calls);
	CHECK(get_fail_objs);
	CHECK(put_calls);
	CHECK(put_objs);
	CHECK(cache_hits);
	CHECK(cache_misses);
	CHECK(deq_calls);
	CHECK(deq_objs);
	CHECK(enq_calls);
	CHECK(enq_objs);
	CHECK(held);
#undef CHECK
	return TEST_SUCCESS;
}

/* The calling lcore's slot and the sum both match e. */
static int
check_pool(
	const struct rte_mempool *mp, const struct expect *e, const char *what)
{
	struct rte_mempool_stats s;
	char buf[96];

	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &s), "stats sum");
	snprintf(buf, sizeof(buf), "%s (sum)", what);
	if (check_stats(&s, e, buf) != TEST_SUCCESS)
		return TEST_FAILED;
	TEST_ASSERT_SUCCESS(
		rte_mempool_stats_get(mp, (int)rte_lcore_id(), &s), "slot");
	snprintf(buf, sizeof(buf), "%s (lcore %u)", what, rte_lcore_id());
	return check_stats(&s, e, buf);
}

static struct rte_mempool *
pool_on(const char *handler, unsigned int cache)
{
	struct rte_mempool *mp;

	mp = rte_mempool_create_ext(POOL, N_OBJS, ELT, cache, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0, handler);
	if (mp != NULL)
		rte_mempool_stats_reset(mp);
	return mp;
}

/* Without a cache every get and put is one handler call. */
static int
script_no_cache(const char *handler)
{
	struct expect e = {0};
	struct rte_mempool_proc_held held[8];
	struct rte_mempool *mp;
	void *objs[N_OBJS + 1];
	char dump[64];
	int n, i, found = 0;

	mp = pool_on(handler, 0);
	TEST_ASSERT_NOT_NULL(mp, "%s: create", handler);
	if (check_pool(mp, &e, "after reset") != TEST_SUCCESS)
		goto fail;

	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 4), "get 4");
	TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &objs[4]), "get 1");
	rte_mempool_put_bulk(mp, objs, 5);
	TEST_ASSERT_EQUAL(rte_mempool_get_bulk(mp, objs, N_OBJS + 1), -ENOENT,
		"get more than the pool");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 3), "get 3");
	e = (struct expect){.get_calls = 3,
		.get_objs = 8,
		.get_fail_calls = 1,
		.get_fail_objs = N_OBJS + 1,
		.put_calls = 1,
		.put_objs = 5,
		.cache_hits = 0,
		.cache_misses = 4,
		.deq_calls = 3,
		.deq_objs = 8,
		.enq_calls = 1,
		.enq_objs = 5,
		.held = 3};
	if (check_pool(mp, &e, handler) != TEST_SUCCESS)
		goto fail;

	/* This process holds the 3 objects. */
	n = rte_mempool_held_by_process(mp, held, RTE_DIM(held));
	TEST_ASSERT(n >= 1, "held_by_process: %d", n);
	for (i = 0; i < RTE_MIN(n, (int)RTE_DIM(held)); i++)
		if (held[i].pid == (int32_t)getpid()) {
			TEST_ASSERT_EQUAL(held[i].held, 3, "held of pid %d",
				(int)held[i].pid);
			found = 1;
		}
	TEST_ASSERT(found, "this process is not in held_by_process");

	rte_mempool_put_bulk(mp, objs, 3);
	e.put_calls = 2;
	e.put_objs = 8;
	e.enq_calls = 2;
	e.enq_objs = 8;
	e.held = 0;
	if (check_pool(mp, &e, handler) != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT(test_mempool_dump_contains(mp, "get_calls=3"), "dump");
	TEST_ASSERT(test_mempool_dump_contains(mp, "avg_get_burst=2.67"),
		"dump: average get burst");
	TEST_ASSERT(test_mempool_dump_contains(mp, "cache_miss_rate=100.00%"),
		"dump: miss rate");
	snprintf(dump, sizeof(dump), "get_fail_objs=%d", N_OBJS + 1);
	TEST_ASSERT(test_mempool_dump_contains(mp, dump), "dump: failed");

	/* Calls of one object and of none, without a cache. */
	TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &objs[0]), "get 1");
	rte_mempool_put(mp, objs[0]);
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 0), "get 0");
	rte_mempool_put_bulk(mp, objs, 0);
	e.get_calls = 5;
	e.get_objs = 9;
	e.put_calls = 4;
	e.put_objs = 9;
	e.cache_misses = 6;
	e.deq_calls = 5;
	e.deq_objs = 9;
	e.enq_calls = 4;
	e.enq_objs = 9;
	if (check_pool(mp, &e, "calls of one and of none") != TEST_SUCCESS)
		goto fail;
	rte_mempool_free(mp);
	return TEST_SUCCESS;
fail:
	rte_mempool_free(mp);
	return TEST_FAILED;
}

/*
 * With a cache of 32 (flush threshold 48): refills take the missing
 * objects plus a full cache, requests larger than the cache take what
 * it lacks from the handler, and a put over the threshold flushes.
 */
static int
script_cache(const char *handler)
{
	struct expect e = {0};
	struct rte_mempool *mp;
	void *objs[200];

	mp = pool_on(handler, CACHE);
	TEST_ASSERT_NOT_NULL(mp, "%s: create", handler);
	/* Refill: 32 + 4 objects, 4 handed out, 32 stay cached. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 4), "get 4");
	/* Hit. */
	TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &objs[4]), "get 1");
	/* Cached: 36. */
	rte_mempool_put_bulk(mp, objs, 5);
	/* Larger than the cache: 4 from the handler, the 36 cached. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 40), "get 40");
	/* Refill of 32 + 8 into the empty cache. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, &objs[40], 8), "get 8");
	/* 32 + 48 > 48: the 32 cached go to the handler, the 48 stay. */
	rte_mempool_put_bulk(mp, objs, 48);
	/* 200 > 48 cached + 80 in the handler: fails, nothing moves. */
	TEST_ASSERT_EQUAL(
		rte_mempool_get_bulk(mp, objs, 200), -ENOENT, "get 200");
	e = (struct expect){.get_calls = 4,
		.get_objs = 53,
		.get_fail_calls = 1,
		.get_fail_objs = 200,
		.put_calls = 2,
		.put_objs = 53,
		.cache_hits = 1,
		.cache_misses = 4,
		.deq_calls = 3,
		.deq_objs = 80,
		.enq_calls = 1,
		.enq_objs = 32,
		.held = 0};
	if (check_pool(mp, &e, handler) != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT_EQUAL(rte_mempool_ops_get_count(mp), N_OBJS - 48,
		"%s: objects in the handler", handler);
	TEST_ASSERT(test_mempool_dump_contains(mp, "cache_miss_rate=80.00%"),
		"dump: miss rate");
	TEST_ASSERT(test_mempool_dump_contains(mp, "avg_put_burst=26.50"),
		"dump: average put burst");
	/* Flushing the lcore's own cache is one handler enqueue. */
	rte_mempool_cache_flush(NULL, mp);
	e.enq_calls = 2;
	e.enq_objs = 80;
	if (check_pool(mp, &e, handler) != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT(rte_mempool_full(mp), "%s: objects lost", handler);

	/* A reset restarts every counter; held stays. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 7), "get 7");
	rte_mempool_stats_reset(mp);
	e = (struct expect){.held = 7};
	if (check_pool(mp, &e, "after reset") != TEST_SUCCESS)
		goto fail;
	rte_mempool_put_bulk(mp, objs, 7);
	e.put_calls = 1;
	e.put_objs = 7;
	e.held = 0;
	if (check_pool(mp, &e, "put after reset") != TEST_SUCCESS)
		goto fail;

	/*
	 * Puts of one object, and calls of none, which count as calls of
	 * zero objects: the derived object counts must come out exact.
	 */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 3), "get 3");
	for (int i = 0; i < 3; i++)
		rte_mempool_put(mp, objs[i]);
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 0), "get 0");
	rte_mempool_put_bulk(mp, objs, 0);
	e.get_calls = 2;
	e.get_objs = 3;
	e.put_calls = 5;
	e.put_objs = 10;
	e.cache_hits = 2;
	if (check_pool(mp, &e, "puts of one and of none") != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT(test_mempool_dump_contains(mp, "put_calls=5"),
		"dump: put calls");
	TEST_ASSERT(test_mempool_dump_contains(mp, "avg_put_burst=2.00"),
		"dump: average put burst");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
fail:
	rte_mempool_free(mp);
	return TEST_FAILED;
}

static int
run_script(const struct rte_mempool_handler *h, int idx, void *arg)
{
	int *ret = arg;

	RTE_SET_USED(idx);
	/* Process-local and memory-owning handlers are scripted the same
	 * way; those meant only for one test (names starting "test") are
	 * skipped. */
	if (strncmp(h->name, "test", 4) == 0)
		return 0;
	printf("  handler %s\n", h->name);
	if (script_no_cache(h->name) != TEST_SUCCESS ||
		script_cache(h->name) != TEST_SUCCESS) {
		*ret = TEST_FAILED;
		return 1;
	}
	return 0;
}

static int
test_stats_scripts(void)
{
	int ret = TEST_SUCCESS;

	TEST_ASSERT(rte_mempool_handler_walk(run_script, &ret) >= 4,
		"fewer handlers than the ring ones");
	return ret;
}

/*
 * A put through a per-lcore cache bumps only put_calls; its objects
 * follow from what the cache counts (gets, fills from the handler,
 * drains to it, and its length). The sequence covers each way objects
 * enter and leave a cache: refills, a get larger than the cache, a put
 * over the flush threshold (straight to the handler), a put that
 * stays cached, and a flush by another lcore than the cache's own.
 */
struct derived_arg {
	struct rte_mempool *mp;
	void *objs[64];
	int ret;
};

static int
derived_seq(void *p)
{
	struct derived_arg *a = p;
	struct rte_mempool *mp = a->mp;

	a->ret = -1;
	/* Refill 32 + 10: 32 stay cached. */
	if (rte_mempool_get_bulk(mp, a->objs, 10) != 0)
		return -1;
	/* More than the cache: its 32 plus 18 straight from the handler. */
	if (rte_mempool_get_bulk(mp, &a->objs[10], 50) != 0)
		return -1;
	/* Over the flush threshold (48): straight to the handler. */
	rte_mempool_put_bulk(mp, a->objs, 60);
	/* Refill 32 + 5, then a put that stays cached (37). */
	if (rte_mempool_get_bulk(mp, a->objs, 5) != 0)
		return -1;
	rte_mempool_put_bulk(mp, a->objs, 5);
	a->ret = 0;
	return 0;
}

static int
test_stats_derived_puts(void)
{
	struct derived_arg a = {0};
	struct rte_mempool_stats s;
	struct expect e;
	unsigned int lcore = rte_lcore_id(), worker;
	struct rte_mempool *mp;

	mp = pool_on("ring_mp_mc", CACHE);
	TEST_ASSERT_NOT_NULL(mp, "create");
	a.mp = mp;
	/* On a worker lcore when there is one, so that the flush below
	 * comes from another lcore than the cache's. */
	worker = rte_get_next_lcore(lcore, 1, 0);
	if (worker < RTE_MAX_LCORE) {
		TEST_ASSERT_SUCCESS(
			rte_eal_remote_launch(derived_seq, &a, worker),
			"launch");
		rte_eal_wait_lcore(worker);
		lcore = worker;
	} else {
		derived_seq(&a);
	}
	TEST_ASSERT_SUCCESS(a.ret, "sequence on lcore %u", lcore);
	e = (struct expect){.get_calls = 3,
		.get_objs = 65,
		.put_calls = 2,
		.put_objs = 65,
		.cache_misses = 3,
		.deq_calls = 3,
		.deq_objs = 42 + 18 + 37,
		.enq_calls = 1,
		.enq_objs = 60};
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, (int)lcore, &s), "slot");
	if (check_stats(&s, &e, "before the flush") != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT_EQUAL(mp->local_cache[lcore].len, 37, "cached");
	/*
	 * Flushing another lcore's cache keeps that lcore's puts exact;
	 * the enqueue call is the flushing thread's, the objects stay
	 * counted where the cache counts them (its drain_objs).
	 */
	rte_mempool_cache_flush(&mp->local_cache[lcore], mp);
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, (int)lcore, &s), "slot");
	if (lcore == rte_lcore_id())
		e.enq_calls = 2;
	e.enq_objs = 97;
	if (check_stats(&s, &e, "after the flush") != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &s), "sum");
	e.enq_calls = 2;
	e.enq_objs = 97;
	if (check_stats(&s, &e, "sum after the flush") != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT(rte_mempool_full(mp), "objects lost");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
fail:
	rte_mempool_free(mp);
	return TEST_FAILED;
}

static int
test_stats_user_cache(void)
{
	struct rte_mempool_cache *cache;
	struct rte_mempool_stats s;
	struct expect e = {0};
	struct rte_mempool *mp;
	void *objs[4];

	mp = pool_on("ring_mp_mc", 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	cache = rte_mempool_cache_create(16, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(cache, "cache");
	/* Refill of 16 + 4, counted at once in the pool. */
	TEST_ASSERT_SUCCESS(rte_mempool_generic_get(mp, objs, 4, cache), "get");
	rte_mempool_generic_put(mp, objs, 4, cache);
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &s), "stats");
	TEST_ASSERT_EQUAL(s.get_calls, 0, "counted before the flush");
	TEST_ASSERT_EQUAL(s.cache_misses, 1, "refill not counted");
	TEST_ASSERT_EQUAL(s.cache_hits, 0, "hits before the flush");
	rte_mempool_cache_flush(cache, mp);
	e = (struct expect){.get_calls = 1,
		.get_objs = 4,
		.put_calls = 1,
		.put_objs = 4,
		.cache_misses = 1,
		.deq_calls = 1,
		.deq_objs = 20,
		.enq_calls = 1,
		.enq_objs = 20};
	if (check_pool(mp, &e, "user cache") != TEST_SUCCESS)
		goto fail;
	/* A second flush adds nothing. */
	rte_mempool_cache_flush(cache, mp);
	if (check_pool(mp, &e, "second flush") != TEST_SUCCESS)
		goto fail;
	rte_mempool_cache_free(cache);
	TEST_ASSERT(rte_mempool_full(mp), "objects lost");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
fail:
	rte_mempool_cache_free(cache);
	rte_mempool_free(mp);
	return TEST_FAILED;
}

struct unreg_arg {
	struct rte_mempool *mp;
	void *objs[3];
	int ret;
};

static void *
unreg_get(void *p)
{
	struct unreg_arg *a = p;

	a->ret = rte_mempool_get_bulk(a->mp, a->objs, 3);
	return NULL;
}

static void *
unreg_put(void *p)
{
	struct unreg_arg *a = p;

	rte_mempool_put_bulk(a->mp, a->objs, 3);
	return NULL;
}

static int
held_of_self(const struct rte_mempool *mp, int64_t *held)
{
	struct rte_mempool_proc_held h[8];
	int n, i;

	n = rte_mempool_held_by_process(mp, h, RTE_DIM(h));
	for (i = 0; i < RTE_MIN(n, (int)RTE_DIM(h)); i++)
		if (h[i].pid == (int32_t)getpid()) {
			*held = h[i].held;
			return 0;
		}
	return -1;
}

static int
test_stats_non_eal(void)
{
	struct unreg_arg a = {0};
	struct rte_mempool_stats s;
	struct rte_mempool *mp;
	pthread_t t;
	int64_t held = -1;

	mp = pool_on("ring_mp_mc", CACHE);
	TEST_ASSERT_NOT_NULL(mp, "create");
	a.mp = mp;
	TEST_ASSERT_SUCCESS(pthread_create(&t, NULL, unreg_get, &a), "thread");
	pthread_join(t, NULL);
	TEST_ASSERT_SUCCESS(a.ret, "get from a non-EAL thread");
	TEST_ASSERT_SUCCESS(
		rte_mempool_stats_get(mp, RTE_MAX_LCORE, &s), "non-EAL slot");
	TEST_ASSERT_EQUAL(s.get_calls, 1, "non-EAL get_calls");
	TEST_ASSERT_EQUAL(s.get_objs, 3, "non-EAL get_objs");
	TEST_ASSERT_EQUAL(s.cache_misses, 1, "non-EAL misses");
	TEST_ASSERT_EQUAL(s.held, 3, "non-EAL held");
	TEST_ASSERT_SUCCESS(
		rte_mempool_stats_get(mp, (int)rte_lcore_id(), &s), "own slot");
	TEST_ASSERT_EQUAL(s.get_calls, 0, "counted in the main lcore's slot");
	TEST_ASSERT_SUCCESS(held_of_self(mp, &held), "this process missing");
	TEST_ASSERT_EQUAL(held, 3, "held by this process");
	TEST_ASSERT_SUCCESS(pthread_create(&t, NULL, unreg_put, &a), "thread");
	pthread_join(t, NULL);
	TEST_ASSERT_SUCCESS(held_of_self(mp, &held), "this process missing");
	TEST_ASSERT_EQUAL(held, 0, "held after the put");
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &s), "sum");
	TEST_ASSERT_EQUAL(s.put_calls, 1, "put_calls");
	TEST_ASSERT_EQUAL(s.held, 0, "held");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_stats_bad_input(void)
{
	struct rte_mempool_proc_held h;
	struct rte_mempool_stats s, before;
	struct rte_mempool *mp;

	mp = pool_on("ring_mp_mc", 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &before), "sum");
	TEST_ASSERT_EQUAL(
		rte_mempool_stats_get(NULL, -1, &s), -EINVAL, "NULL pool");
	TEST_ASSERT_EQUAL(
		rte_mempool_stats_get(mp, -1, NULL), -EINVAL, "NULL stats");
	TEST_ASSERT_EQUAL(
		rte_mempool_stats_get(mp, -2, &s), -EINVAL, "lcore -2");
	TEST_ASSERT_EQUAL(rte_mempool_stats_get(mp, RTE_MAX_LCORE + 1, &s),
		-EINVAL, "lcore RTE_MAX_LCORE + 1");
	TEST_ASSERT_EQUAL(rte_mempool_held_by_process(NULL, &h, 1), -EINVAL,
		"held: NULL pool");
	TEST_ASSERT_EQUAL(rte_mempool_held_by_process(mp, NULL, 1), -EINVAL,
		"held: NULL out");
	TEST_ASSERT(rte_mempool_held_by_process(mp, NULL, 0) >= 1,
		"held: counting only");
	rte_mempool_stats_reset(NULL);
	/* Nothing changed. */
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &s), "sum");
	TEST_ASSERT(memcmp(&s, &before, sizeof(s)) == 0,
		"bad calls changed the counters");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

/* The mempool_stats build option adds contiguous-block counters. */
static int
test_stats_contig_blocks(void)
{
#ifdef RTE_LIBRTE_MEMPOOL_STATS
	struct rte_mempool *mp;
	void *first;

	mp = pool_on("ring_mp_mc", 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	TEST_ASSERT_EQUAL(rte_mempool_get_contig_blocks(mp, &first, 1),
		-ENOTSUP, "ring handler has no contiguous blocks");
	TEST_ASSERT(test_mempool_dump_contains(mp, "get_fail_blks=1"),
		"dump: failed block gets");
	TEST_ASSERT(rte_mempool_full(mp), "objects lost");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
#else
	printf("  built without mempool_stats: no block counters\n");
	return TEST_SKIPPED;
#endif
}

/* ----- a secondary's gets and puts ----- */

struct child_ctl {
	int32_t ok; /* 1 once the secondary checked its holdings */
	int32_t pid;
};

/* Runs in the secondary (re-executed with --proc-type=secondary). */
static int
stats_child(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(CHILD_CTL);
	struct rte_mempool *mp = rte_mempool_lookup(POOL);
	struct child_ctl *ctl;
	void *objs[CHILD_GET];
	int64_t held = -1;

	if (mz == NULL || mp == NULL) {
		printf("secondary: pool or control zone missing\n");
		return TEST_FAILED;
	}
	ctl = mz->addr;
	if (rte_lcore_id() != CHILD_LCORE) {
		printf("secondary: runs on lcore %u\n", rte_lcore_id());
		return TEST_FAILED;
	}
	if (rte_mempool_get_bulk(mp, objs, CHILD_GET) != 0)
		return TEST_FAILED;
	rte_mempool_put_bulk(mp, objs, CHILD_PUT);
	/* The secondary sees its own holding, by pid. */
	if (held_of_self(mp, &held) != 0 || held != CHILD_GET - CHILD_PUT) {
		printf("secondary: held %" PRId64 ", expected %d\n", held,
			CHILD_GET - CHILD_PUT);
		return TEST_FAILED;
	}
	rte_mempool_put_bulk(mp, &objs[CHILD_PUT], CHILD_GET - CHILD_PUT);
	ctl->pid = (int32_t)getpid();
	ctl->ok = 1;
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_stats_child, stats_child);

static int
test_stats_secondary(void)
{
	char pfx[160], out[8192];
	const char *argv[] = {"dpdk-test", "--lcores=2@0", "--no-huge",
		"--proc-type=secondary", pfx};
	const struct rte_memzone *mz;
	struct rte_mempool_stats s;
	struct expect e;
	struct child_ctl *ctl;
	struct rte_mempool *mp;
	cpu_set_t saved;
	int status;

	if (rte_eal_process_type() != RTE_PROC_PRIMARY)
		return TEST_SKIPPED;
	mz = rte_memzone_reserve(CHILD_CTL, sizeof(*ctl), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "control zone");
	ctl = mz->addr;
	memset(ctl, 0, sizeof(*ctl));
	mp = pool_on("ring_mp_mc", CACHE);
	TEST_ASSERT_NOT_NULL(mp, "create");
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	test_affinity_widen(&saved);
	status = test_exec_self_capture(
		argv, RTE_DIM(argv), "mempool_stats_child", out, sizeof(out));
	test_affinity_restore(&saved);
	printf("secondary: exit %d\n%s", status, out);
	TEST_ASSERT_EQUAL(status, 0, "secondary failed");
	TEST_ASSERT_EQUAL(ctl->ok, 1, "secondary did not finish");

	/* Its lcore slot holds its gets and puts, exactly. */
	e = (struct expect){.get_calls = 1,
		.get_objs = CHILD_GET,
		.put_calls = 2,
		.put_objs = CHILD_GET,
		.cache_misses = 1,
		.deq_calls = 1,
		.deq_objs = CACHE + CHILD_GET};
	TEST_ASSERT_SUCCESS(
		rte_mempool_stats_get(mp, CHILD_LCORE, &s), "secondary's slot");
	if (check_stats(&s, &e, "secondary's slot") != TEST_SUCCESS)
		goto fail;
	TEST_ASSERT_SUCCESS(rte_mempool_stats_get(mp, -1, &s), "sum");
	if (check_stats(&s, &e, "sum") != TEST_SUCCESS)
		goto fail;
	rte_mempool_cache_flush(&mp->local_cache[CHILD_LCORE], mp);
	TEST_ASSERT(rte_mempool_full(mp), "objects lost");
	rte_mempool_free(mp);
	rte_memzone_free(mz);
	return TEST_SUCCESS;
fail:
	rte_mempool_free(mp);
	rte_memzone_free(mz);
	return TEST_FAILED;
}

/* ----- a secondary killed inside a handler call ----- */

#define KILL_CTL "stats_kill_ctl"
#define KILL_POOL "stats_kill_mp"

/* Where the secondary dies: each case's last call never returns. */
enum kill_case {
	KILL_DIRECT_GET = 1, /* no cache: after the store gave the burst */
	KILL_DIRECT_PUT, /* no cache: after the store took the burst */
	KILL_REFILL, /* cache: after the store gave a refill */
	KILL_DRAIN, /* cache: after the store took a flush */
	KILL_NB
};

struct kill_ctl {
	int32_t which; /* enum kill_case */
	int32_t armed; /* 1 once the secondary makes its last call */
};

/*
 * The test handler: ring_mp_mc, but a process that armed it kills
 * itself inside the handler call, once the ring moved the objects and
 * before the call returns to the pool's code that counts them.
 */
enum { KILL_OFF, KILL_IN_DEQUEUE, KILL_IN_ENQUEUE };
static int kill_in; /* this process only */

static const struct rte_mempool_ops *
kill_base(void)
{
	static int idx = -1;

	if (idx < 0)
		idx = rte_get_mempool_handler("ring_mp_mc");
	return idx < 0 ? NULL : rte_mempool_get_ops(idx);
}

static int
kill_alloc(struct rte_mempool *mp)
{
	const struct rte_mempool_ops *b = kill_base();

	return b == NULL ? -ENOENT : b->alloc(mp);
}

static void
kill_free(struct rte_mempool *mp)
{
	kill_base()->free(mp);
}

static int
kill_enqueue(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	int ret = kill_base()->enqueue(mp, objs, n);

	if (ret == 0 && kill_in == KILL_IN_ENQUEUE)
		raise(SIGKILL);
	return ret;
}

static int
kill_dequeue(struct rte_mempool *mp, void **objs, unsigned int n)
{
	int ret = kill_base()->dequeue(mp, objs, n);

	if (ret == 0 && kill_in == KILL_IN_DEQUEUE)
		raise(SIGKILL);
	return ret;
}

static unsigned int
kill_get_count(const struct rte_mempool *mp)
{
	return kill_base()->get_count(mp);
}

static struct rte_mempool_handler kill_handler = {
	.name = "test_stats_kill",
	.alloc = kill_alloc,
	.free = kill_free,
	.put = kill_enqueue,
	.get = kill_dequeue,
	.get_count = kill_get_count,
};

REGISTER_MEMPOOL_HANDLER(kill_handler);

/*
 * Objects the secondary holds when it dies, the burst in flight
 * included: got and not put back, or taken out of the store for its
 * cache and never published there (a refill cut off is dropped).
 */
static const int64_t kill_expect[KILL_NB] = {
	[KILL_DIRECT_GET] = 10 + 7, /* 10 got, then 7 in flight */
	[KILL_DIRECT_PUT] = 10 - 4, /* 10 got, then 4 stored */
	/* 35 got (one refill of 32 + 3), then a refill of 32 + 5 */
	[KILL_REFILL] = 35 + 37,
	/* 80 got, 30 cached, 30 more flush the cache and are still held */
	[KILL_DRAIN] = 80 - 30,
};

/* Runs in the secondary; dies in its last call. */
static int
kill_child(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(KILL_CTL);
	struct rte_mempool *mp = rte_mempool_lookup(KILL_POOL);
	struct kill_ctl *ctl;
	void *objs[80];

	if (mz == NULL || mp == NULL)
		return TEST_FAILED;
	ctl = mz->addr;
	switch (ctl->which) {
	case KILL_DIRECT_GET:
		if (rte_mempool_get_bulk(mp, objs, 10) != 0)
			return TEST_FAILED;
		kill_in = KILL_IN_DEQUEUE;
		ctl->armed = 1;
		rte_mempool_get_bulk(mp, &objs[10], 7);
		break;
	case KILL_DIRECT_PUT:
		if (rte_mempool_get_bulk(mp, objs, 10) != 0)
			return TEST_FAILED;
		kill_in = KILL_IN_ENQUEUE;
		ctl->armed = 1;
		rte_mempool_put_bulk(mp, objs, 4);
		break;
	case KILL_REFILL:
		if (rte_mempool_get_bulk(mp, objs, 3) != 0 ||
			rte_mempool_get_bulk(mp, &objs[3], 32) != 0 ||
			mp->local_cache[rte_lcore_id()].len != 0)
			return TEST_FAILED;
		kill_in = KILL_IN_DEQUEUE;
		ctl->armed = 1;
		rte_mempool_get_bulk(mp, &objs[35], 5);
		break;
	case KILL_DRAIN:
		if (rte_mempool_get_bulk(mp, objs, 40) != 0 ||
			rte_mempool_get_bulk(mp, &objs[40], 40) != 0)
			return TEST_FAILED;
		rte_mempool_put_bulk(mp, objs, 30);
		kill_in = KILL_IN_ENQUEUE;
		ctl->armed = 1;
		rte_mempool_put_bulk(mp, &objs[30], 30);
		break;
	default:
		return TEST_FAILED;
	}
	ctl->armed = 2; /* the hook did not fire */
	return TEST_FAILED;
}

REGISTER_TEST_COMMAND(mempool_stats_kill_child, kill_child);

/* held of pid in rte_mempool_held_by_process, which must say dead. */
static int
dead_held_of(const struct rte_mempool *mp, int32_t pid, int64_t *held)
{
	struct rte_mempool_proc_held h[RTE_MEMPOOL_STATS_MAX_PROCS];
	int i, n = rte_mempool_held_by_process(mp, h, RTE_DIM(h));

	for (i = 0; i < n && i < (int)RTE_DIM(h); i++)
		if (h[i].pid == pid) {
			TEST_ASSERT_EQUAL(
				h[i].dead, 1u, "pid %d not dead", (int)pid);
			*held = h[i].held;
			return 0;
		}
	return -1;
}

/* The line rte_mempool_dump prints for the dead pid holds want. */
static int
dump_says(struct rte_mempool *mp, int32_t pid, int64_t want)
{
	char *buf = NULL, line[64];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int found;

	if (f == NULL)
		return -1;
	rte_mempool_dump(f, mp);
	fclose(f);
	snprintf(line, sizeof(line), "    pid %d (dead): %" PRId64 "\n",
		(int)pid, want);
	found = buf != NULL && strstr(buf, line) != NULL;
	if (!found)
		printf("dump has no \"%.*s\":\n%s", (int)strlen(line) - 1, line,
			buf != NULL ? buf : "");
	free(buf);
	return found ? 0 : -1;
}

static int
kill_case_run(enum kill_case which)
{
	char pfx[160];
	const char *argv[] = {"dpdk-test", "--lcores=2@0", "--no-huge",
		"--proc-type=secondary", pfx, "--log-level=lib.eal:error"};
	const struct rte_memzone *mz;
	struct rte_mempool_stats st;
	struct rte_mempool *mp;
	struct kill_ctl *ctl;
	int64_t held = 0, again = 0;
	cpu_set_t saved;
	int status, ret = TEST_FAILED;
	pid_t pid;

	mz = rte_memzone_reserve(KILL_CTL, sizeof(*ctl), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "control zone");
	ctl = mz->addr;
	memset(ctl, 0, sizeof(*ctl));
	ctl->which = (int32_t)which;
	mp = rte_mempool_create_ext(KILL_POOL, N_OBJS, ELT,
		which == KILL_REFILL || which == KILL_DRAIN ? CACHE : 0, 0,
		NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0, "test_stats_kill");
	if (mp == NULL) {
		rte_memzone_free(mz);
		TEST_ASSERT_NOT_NULL(mp, "pool on the test handler");
	}
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	test_affinity_widen(&saved);
	pid = test_spawn_self(argv, RTE_DIM(argv), "mempool_stats_kill_child");
	test_affinity_restore(&saved);
	if (pid < 0) {
		printf("case %d: no secondary\n", (int)which);
		goto out;
	}
	status = test_wait_child(pid);
	if (status != 128 + SIGKILL || ctl->armed != 1) {
		printf("case %d: secondary exit %d, armed %d\n", (int)which,
			status, (int)ctl->armed);
		goto out;
	}
	/* Exact, the burst in flight included, and the same when read
	 * again: the death is settled once. */
	if (dead_held_of(mp, (int32_t)pid, &held) != 0 ||
		dead_held_of(mp, (int32_t)pid, &again) != 0 ||
		held != kill_expect[which] || again != held) {
		printf("case %d: dead pid %d holds %" PRId64 " then %" PRId64
		       ", expected %" PRId64 "\n",
			(int)which, (int)pid, held, again, kill_expect[which]);
		goto out;
	}
	if (dump_says(mp, (int32_t)pid, kill_expect[which]) != 0)
		goto out;
	/* The total agrees, and so do the objects out of the pool. */
	rte_mempool_stats_get(mp, -1, &st);
	if (st.held != kill_expect[which] ||
		(int64_t)rte_mempool_in_use_count(mp) != kill_expect[which]) {
		printf("case %d: total held %" PRId64 ", in use %u, expected "
		       "%" PRId64 "\n",
			(int)which, st.held, rte_mempool_in_use_count(mp),
			kill_expect[which]);
		goto out;
	}
	ret = TEST_SUCCESS;
out:
	rte_mempool_free(mp);
	rte_memzone_free(mz);
	return ret;
}

static int
test_stats_killed_in_handler(void)
{
	int which;

	if (rte_eal_process_type() != RTE_PROC_PRIMARY)
		return TEST_SKIPPED;
	for (which = KILL_DIRECT_GET; which < KILL_NB; which++)
		TEST_ASSERT_SUCCESS(kill_case_run((enum kill_case)which),
			"killed in a handler call, case %d", which);
	return TEST_SUCCESS;
}

static struct unit_test_suite stats_suite = {
	.suite_name = "mempool counters",
	.unit_test_cases =
		{
			TEST_CASE(test_stats_scripts),
			TEST_CASE(test_stats_derived_puts),
			TEST_CASE(test_stats_user_cache),
			TEST_CASE(test_stats_non_eal),
			TEST_CASE(test_stats_bad_input),
			TEST_CASE(test_stats_contig_blocks),
			TEST_CASE(test_stats_secondary),
			TEST_CASE(test_stats_killed_in_handler),
			TEST_CASES_END(),
		},
};

static int
test_mempool_stats(void)
{
	return unit_test_suite_runner(&stats_suite);
}

REGISTER_TEST_COMMAND(mempool_stats_autotest, test_mempool_stats);
