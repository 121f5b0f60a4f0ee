/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_stress_autotest: two lcores share one pool for a bounded
 * time, on ring handlers with and without caches and on a handler
 * registered by the test (test_mempool_registry.c), either both getting
 * and putting or as a pipeline (one gets, the other puts, so that
 * single-producer/single-consumer handlers see one thread per side).
 * Each object is claimed by exactly one lcore at a time, and at the end
 * every object is free and comes back exactly once (conservation).
 *
 * MEMPOOL_STRESS_MS (environment) sets the time per case, default 700.
 */

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mempool.h>
#include <rte_pause.h>
#include <rte_ring.h>

#include "test.h"
#include "test_mempool.h"

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
	TEST_ASSERT(worker < RTE_MAX_LCORE, "no worker lcore");
	mp = rte_mempool_create_ext(POOL_NAME, 2048, ELT_SIZE, cache_size, 0,
		NULL, NULL, test_mempool_stamp_obj, NULL, SOCKET_ID_ANY, 0,
		handler);
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
		test_mempool_objs_distinct(mp, all, mp->size) != TEST_SUCCESS) {
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

	if (rte_lcore_count() < 2) {
		printf("two lcores needed (-l 0-1): skipped\n");
		return TEST_SKIPPED;
	}
	TEST_ASSERT_SUCCESS(run_stress("ring_mp_mc", 0, 0, s), "mp_mc");
	TEST_ASSERT_SUCCESS(run_stress("ring_mp_mc", 64, 0, s), "mp_mc c");
	TEST_ASSERT_SUCCESS(run_stress("test_seed_lifo", 32, 0, s), "lifo");
	TEST_ASSERT_SUCCESS(run_stress("ring_sp_sc", 0, 1, s), "sp_sc");
	TEST_ASSERT_SUCCESS(run_stress("ring_sp_sc", 64, 1, s), "sp_sc c");
	TEST_ASSERT_SUCCESS(run_stress("ring_mp_sc", 64, 1, s), "mp_sc");
	TEST_ASSERT_SUCCESS(run_stress("ring_sp_mc", 64, 1, s), "sp_mc");
	return TEST_SUCCESS;
}

static struct unit_test_suite mempool_stress_suite = {
	.suite_name = "mempool stress autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_two_lcores),
			TEST_CASES_END(),
		},
};

static int
test_mempool_stress(void)
{
	return unit_test_suite_runner(&mempool_stress_suite);
}

REGISTER_TEST_COMMAND(mempool_stress_autotest, test_mempool_stress);
