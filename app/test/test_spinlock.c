/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Spinlock and recursive spinlock under contention on every lcore: a
 * plain counter updated only under the lock must equal the sum of the
 * increments each lcore counted for itself.
 */

#include <inttypes.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_spinlock.h>

#include "test.h"

/* Length of each contention run. */
#define RUN_MS 300

static rte_spinlock_t sl = RTE_SPINLOCK_INITIALIZER;
static rte_spinlock_recursive_t slr = RTE_SPINLOCK_RECURSIVE_INITIALIZER;
static uint64_t shared_counter; /* only touched under the lock */
static uint64_t shared_pair[2]; /* both halves move together */
static uint64_t per_lcore_count[RTE_MAX_LCORE];
static uint64_t deadline;
static uint32_t pair_broken;

static int
spin_worker(void *arg)
{
	unsigned int id = rte_lcore_id();
	uint64_t n = 0;

	RTE_SET_USED(arg);
	while (rte_rdtsc() < __atomic_load_n(&deadline, __ATOMIC_RELAXED)) {
		rte_spinlock_lock(&sl);
		shared_counter++;
		if (shared_pair[0] != shared_pair[1])
			__atomic_store_n(&pair_broken, 1, __ATOMIC_RELAXED);
		shared_pair[0]++;
		rte_pause(); /* widen the window a broken lock would show */
		shared_pair[1]++;
		rte_spinlock_unlock(&sl);
		n++;
	}
	per_lcore_count[id] = n;
	return 0;
}

static int
recursive_worker(void *arg)
{
	unsigned int id = rte_lcore_id();
	uint64_t n = 0;

	RTE_SET_USED(arg);
	while (rte_rdtsc() < __atomic_load_n(&deadline, __ATOMIC_RELAXED)) {
		rte_spinlock_recursive_lock(&slr);
		rte_spinlock_recursive_lock(&slr);
		shared_counter++;
		if (rte_spinlock_recursive_trylock(&slr)) {
			shared_counter++;
			rte_spinlock_recursive_unlock(&slr);
		} else {
			__atomic_store_n(&pair_broken, 1, __ATOMIC_RELAXED);
		}
		rte_spinlock_recursive_unlock(&slr);
		rte_spinlock_recursive_unlock(&slr);
		n += 2;
	}
	per_lcore_count[id] = n;
	return 0;
}

static int
run_on_all(lcore_function_t *f)
{
	unsigned int i;
	uint64_t sum = 0;

	shared_counter = 0;
	shared_pair[0] = shared_pair[1] = 0;
	pair_broken = 0;
	memset(per_lcore_count, 0, sizeof(per_lcore_count));
	__atomic_store_n(&deadline,
		rte_rdtsc() + rte_get_tsc_hz() * RUN_MS / 1000,
		__ATOMIC_RELAXED);
	TEST_ASSERT_SUCCESS(
		rte_eal_mp_remote_launch(f, NULL, CALL_MAIN), "launch");
	rte_eal_mp_wait_lcore();
	RTE_LCORE_FOREACH(i) {
		TEST_ASSERT(per_lcore_count[i] > 0,
			"lcore %u never got the lock", i);
		sum += per_lcore_count[i];
	}
	printf("%u lcores, %" PRIu64 " lock rounds\n", rte_lcore_count(), sum);
	TEST_ASSERT_EQUAL(shared_counter, sum,
		"counter %" PRIu64 " != sum of increments %" PRIu64,
		shared_counter, sum);
	TEST_ASSERT_EQUAL(pair_broken, 0u, "two holders at once");
	return TEST_SUCCESS;
}

static int
test_spinlock_contention(void)
{
	if (rte_lcore_count() < 2)
		printf("one lcore only: no contention\n");
	return run_on_all(spin_worker);
}

static int
test_recursive_contention(void)
{
	return run_on_all(recursive_worker);
}

static int
try_from_worker(void *arg)
{
	return rte_spinlock_trylock((rte_spinlock_t *)arg);
}

static int
try_recursive_from_worker(void *arg)
{
	int ret = rte_spinlock_recursive_trylock(arg);

	if (ret)
		rte_spinlock_recursive_unlock(arg);
	return ret;
}

static int
test_trylock(void)
{
	rte_spinlock_t l;
	rte_spinlock_recursive_t r;
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);

	rte_spinlock_init(&l);
	TEST_ASSERT_EQUAL(rte_spinlock_is_locked(&l), 0, "fresh lock");
	TEST_ASSERT_EQUAL(rte_spinlock_trylock(&l), 1, "trylock free");
	TEST_ASSERT(rte_spinlock_is_locked(&l), "is_locked");
	TEST_ASSERT_EQUAL(rte_spinlock_trylock(&l), 0, "trylock held");
	if (worker < RTE_MAX_LCORE) {
		rte_eal_remote_launch(try_from_worker, &l, worker);
		TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 0,
			"worker took a held lock");
	}
	rte_spinlock_unlock(&l);
	TEST_ASSERT_EQUAL(rte_spinlock_is_locked(&l), 0, "unlocked");

	rte_spinlock_recursive_init(&r);
	rte_spinlock_recursive_lock(&r);
	TEST_ASSERT_EQUAL(
		rte_spinlock_recursive_trylock(&r), 1, "owner retakes");
	if (worker < RTE_MAX_LCORE) {
		rte_eal_remote_launch(try_recursive_from_worker, &r, worker);
		TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 0,
			"other lcore took a held recursive lock");
	}
	rte_spinlock_recursive_unlock(&r);
	TEST_ASSERT(rte_spinlock_is_locked(&r.sl), "still held once");
	rte_spinlock_recursive_unlock(&r);
	TEST_ASSERT_EQUAL(rte_spinlock_is_locked(&r.sl), 0, "released");
	if (worker < RTE_MAX_LCORE) {
		rte_eal_remote_launch(try_recursive_from_worker, &r, worker);
		TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 1,
			"free recursive lock not taken");
	}
	return TEST_SUCCESS;
}

static struct unit_test_suite spinlock_suite = {
	.suite_name = "spinlock autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_trylock),
			TEST_CASE(test_spinlock_contention),
			TEST_CASE(test_recursive_contention),
			TEST_CASES_END(),
		},
};

static int
test_spinlock(void)
{
	return unit_test_suite_runner(&spinlock_suite);
}

REGISTER_TEST_COMMAND(spinlock_autotest, test_spinlock);
