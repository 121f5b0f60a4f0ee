/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Reader-writer lock under contention on every lcore: writers move two
 * fields together, readers must never see them differ, and the final
 * value equals the number of write sections run.
 */

#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_random.h>
#include <rte_rwlock.h>

#include "test.h"

#define RUN_MS 300

static rte_rwlock_t rwl = RTE_RWLOCK_INITIALIZER;
static uint64_t data_a, data_b; /* written only under the write lock */
static uint64_t writes[RTE_MAX_LCORE];
static uint64_t reads[RTE_MAX_LCORE];
static uint32_t torn;
static uint64_t deadline;
/* Readers inside at the same time, to show reads do overlap. */
static uint32_t readers_in, max_readers_in;

static int
rw_worker(void *arg)
{
	unsigned int id = rte_lcore_id();
	uint64_t w = 0, r = 0;

	RTE_SET_USED(arg);
	while (rte_rdtsc() < __atomic_load_n(&deadline, __ATOMIC_RELAXED)) {
		if (rte_rand_max(4) == 0) {
			rte_rwlock_write_lock(&rwl);
			data_a++;
			rte_pause();
			data_b++;
			rte_rwlock_write_unlock(&rwl);
			w++;
		} else {
			uint32_t in, max;

			rte_rwlock_read_lock(&rwl);
			in = __atomic_add_fetch(
				&readers_in, 1, __ATOMIC_RELAXED);
			max = __atomic_load_n(
				&max_readers_in, __ATOMIC_RELAXED);
			if (in > max)
				__atomic_store_n(
					&max_readers_in, in, __ATOMIC_RELAXED);
			if (data_a != data_b)
				__atomic_store_n(&torn, 1, __ATOMIC_RELAXED);
			rte_pause();
			__atomic_sub_fetch(&readers_in, 1, __ATOMIC_RELAXED);
			rte_rwlock_read_unlock(&rwl);
			r++;
		}
	}
	writes[id] = w;
	reads[id] = r;
	return 0;
}

static int
test_rwlock_contention(void)
{
	uint64_t w = 0, r = 0;
	unsigned int i;

	data_a = data_b = 0;
	torn = 0;
	memset(writes, 0, sizeof(writes));
	memset(reads, 0, sizeof(reads));
	__atomic_store_n(&deadline,
		rte_rdtsc() + rte_get_tsc_hz() * RUN_MS / 1000,
		__ATOMIC_RELAXED);
	TEST_ASSERT_SUCCESS(
		rte_eal_mp_remote_launch(rw_worker, NULL, CALL_MAIN), "launch");
	rte_eal_mp_wait_lcore();
	RTE_LCORE_FOREACH(i) {
		TEST_ASSERT(writes[i] > 0 && reads[i] > 0,
			"lcore %u starved (%" PRIu64 " writes, %" PRIu64
			" reads)",
			i, writes[i], reads[i]);
		w += writes[i];
		r += reads[i];
	}
	printf("%" PRIu64 " writes, %" PRIu64 " reads, up to %u readers "
	       "at once\n",
		w, r, max_readers_in);
	TEST_ASSERT_EQUAL(torn, 0u, "a reader saw a half-done write");
	TEST_ASSERT_EQUAL(
		data_a, w, "data %" PRIu64 " != writes %" PRIu64, data_a, w);
	TEST_ASSERT_EQUAL(data_b, w, "second field lost writes");
	return TEST_SUCCESS;
}

static int
test_rwlock_try(void)
{
	rte_rwlock_t l;

	rte_rwlock_init(&l);
	TEST_ASSERT_SUCCESS(rte_rwlock_read_trylock(&l), "read_trylock free");
	TEST_ASSERT_SUCCESS(rte_rwlock_read_trylock(&l), "second reader");
	TEST_ASSERT_EQUAL(rte_rwlock_write_trylock(&l), -EBUSY,
		"write_trylock with readers");
	rte_rwlock_read_unlock(&l);
	rte_rwlock_read_unlock(&l);
	TEST_ASSERT_SUCCESS(rte_rwlock_write_trylock(&l), "write_trylock");
	TEST_ASSERT(rte_rwlock_write_is_locked(&l), "write_is_locked");
	TEST_ASSERT_EQUAL(rte_rwlock_read_trylock(&l), -EBUSY,
		"read_trylock with a writer");
	TEST_ASSERT_EQUAL(
		rte_rwlock_write_trylock(&l), -EBUSY, "second writer");
	rte_rwlock_write_unlock(&l);
	TEST_ASSERT_EQUAL(rte_rwlock_write_is_locked(&l), 0, "released");
	TEST_ASSERT_SUCCESS(rte_rwlock_read_trylock(&l), "read after write");
	rte_rwlock_read_unlock(&l);
	return TEST_SUCCESS;
}

static struct unit_test_suite rwlock_suite = {
	.suite_name = "rwlock autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_rwlock_try),
			TEST_CASE(test_rwlock_contention),
			TEST_CASES_END(),
		},
};

static int
test_rwlock(void)
{
	return unit_test_suite_runner(&rwlock_suite);
}

REGISTER_TEST_COMMAND(rwlock_autotest, test_rwlock);
