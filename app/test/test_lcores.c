/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Lcore enumeration, remote launch on every lcore, and launch errors. */

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_memory.h>
#include <rte_pause.h>

#include "test.h"

static unsigned int ran_on[RTE_MAX_LCORE];
static int seen_cpu[RTE_MAX_LCORE];

static int
record_lcore(void *arg)
{
	unsigned int id = rte_lcore_id();

	RTE_SET_USED(arg);
	if (id >= RTE_MAX_LCORE)
		return -1;
	__atomic_fetch_add(&ran_on[id], 1, __ATOMIC_RELAXED);
	__atomic_store_n(&seen_cpu[id], sched_getcpu(), __ATOMIC_RELAXED);
	return (int)id + 100;
}

static int
test_lcore_enumeration(void)
{
	unsigned int i, count = 0, main_lcore = rte_get_main_lcore();

	TEST_ASSERT(rte_lcore_count() >= 1, "no lcore");
	TEST_ASSERT(rte_lcore_is_enabled(main_lcore), "main not enabled");
	TEST_ASSERT_EQUAL(rte_lcore_id(), main_lcore,
		"main thread has lcore %u", rte_lcore_id());
	TEST_ASSERT_EQUAL(
		rte_eal_lcore_role(main_lcore), ROLE_RTE, "main role");
	TEST_ASSERT_EQUAL(
		rte_lcore_has_role(main_lcore, ROLE_RTE), 1, "has_role");
	TEST_ASSERT_EQUAL(rte_lcore_has_role(RTE_MAX_LCORE, ROLE_RTE), -EINVAL,
		"has_role bad id");
	TEST_ASSERT_EQUAL(rte_lcore_is_enabled(RTE_MAX_LCORE), 0, "bad id");
	RTE_LCORE_FOREACH(i) {
		TEST_ASSERT_EQUAL(
			rte_lcore_index(i), (int)count, "index of lcore %u", i);
		TEST_ASSERT(rte_lcore_to_cpu_id(i) >= 0, "cpu of lcore %u", i);
		TEST_ASSERT(rte_lcore_to_socket_id(i) < RTE_MAX_NUMA_NODES,
			"socket of lcore %u", i);
		count++;
	}
	TEST_ASSERT_EQUAL(count, rte_lcore_count(), "FOREACH saw %u", count);
	count = 0;
	RTE_LCORE_FOREACH_WORKER(i) {
		TEST_ASSERT(i != main_lcore, "worker loop gave main");
		count++;
	}
	TEST_ASSERT_EQUAL(count + 1, rte_lcore_count(), "workers %u", count);
	TEST_ASSERT_EQUAL(rte_lcore_index(-1), rte_lcore_index(main_lcore),
		"index of caller");
	TEST_ASSERT(rte_socket_count() >= 1, "socket count");
	TEST_ASSERT(rte_socket_id_by_idx(0) >= 0, "first socket");
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_socket_id_by_idx(rte_socket_count()), -1,
		"socket past the end");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_socket_id(), rte_lcore_to_socket_id(main_lcore),
		"main socket");
	/* wrap: after the last lcore comes the first. */
	TEST_ASSERT(rte_get_next_lcore(RTE_MAX_LCORE - 1, 0, 1) < RTE_MAX_LCORE,
		"wrap");
	TEST_ASSERT_EQUAL(rte_get_next_lcore(RTE_MAX_LCORE - 1, 0, 0),
		RTE_MAX_LCORE, "no wrap");
	return TEST_SUCCESS;
}

static int
test_launch_all(void)
{
	unsigned int i, main_lcore = rte_get_main_lcore();

	if (rte_lcore_count() < 2)
		return TEST_SKIPPED;
	memset(ran_on, 0, sizeof(ran_on));
	TEST_ASSERT_SUCCESS(
		rte_eal_mp_remote_launch(record_lcore, NULL, CALL_MAIN),
		"mp launch");
	rte_eal_mp_wait_lcore();
	RTE_LCORE_FOREACH(i) {
		TEST_ASSERT_EQUAL(
			ran_on[i], 1u, "lcore %u ran %u times", i, ran_on[i]);
		TEST_ASSERT(seen_cpu[i] == rte_lcore_to_cpu_id(i),
			"lcore %u ran on CPU %d, pinned to %d", i, seen_cpu[i],
			rte_lcore_to_cpu_id(i));
		if (i != main_lcore) {
			TEST_ASSERT_EQUAL(rte_eal_wait_lcore(i), (int)i + 100,
				"return value of lcore %u", i);
			TEST_ASSERT_EQUAL(rte_eal_get_lcore_state(i), WAIT,
				"state of %u", i);
		}
	}
	return TEST_SUCCESS;
}

static int
spin_until_flag(void *arg)
{
	uint32_t *flag = arg;

	while (!__atomic_load_n(flag, __ATOMIC_ACQUIRE))
		rte_pause();
	return 7;
}

static int
test_launch_errors(void)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	uint32_t flag = 0;

	TEST_ASSERT_EQUAL(
		rte_eal_remote_launch(record_lcore, NULL, rte_get_main_lcore()),
		-EINVAL, "launch on main");
	TEST_ASSERT_EQUAL(
		rte_eal_remote_launch(record_lcore, NULL, RTE_MAX_LCORE),
		-EINVAL, "launch on bad id");
	if (worker >= RTE_MAX_LCORE)
		return TEST_SUCCESS;

	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(spin_until_flag, &flag, worker),
		"launch");
	TEST_ASSERT_EQUAL(rte_eal_get_lcore_state(worker), RUNNING, "state");
	TEST_ASSERT_EQUAL(rte_eal_remote_launch(record_lcore, NULL, worker),
		-EBUSY, "second launch on a busy lcore");
	TEST_ASSERT_EQUAL(
		rte_eal_mp_remote_launch(record_lcore, NULL, SKIP_MAIN), -EBUSY,
		"mp launch with a busy lcore");
	__atomic_store_n(&flag, 1, __ATOMIC_RELEASE);
	TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 7, "return value");
	TEST_ASSERT_EQUAL(rte_eal_get_lcore_state(worker), WAIT, "state");
	return TEST_SUCCESS;
}

static int
count_call(void *arg)
{
	uint64_t *n = arg;

	__atomic_fetch_add(n, 1, __ATOMIC_RELAXED);
	return 0;
}

/* Many launches in a row: the futex/spin hand-off never loses one. */
static int
test_launch_many(void)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	uint64_t n = 0, start, hz = rte_get_tsc_hz();
	unsigned int i, launches = 0;

	if (worker >= RTE_MAX_LCORE)
		return TEST_SKIPPED;
	start = rte_rdtsc();
	for (i = 0; i < 200000 && rte_rdtsc() - start < hz; i++) {
		TEST_ASSERT_SUCCESS(
			rte_eal_remote_launch(count_call, &n, worker),
			"launch %u", i);
		TEST_ASSERT_SUCCESS(rte_eal_wait_lcore(worker), "wait %u", i);
		launches++;
	}
	/* Also across the sleep path: let the worker go to sleep. */
	for (i = 0; i < 5; i++) {
		rte_delay_us_sleep(2000);
		TEST_ASSERT_SUCCESS(
			rte_eal_remote_launch(count_call, &n, worker),
			"launch after sleep");
		rte_eal_wait_lcore(worker);
		launches++;
	}
	TEST_ASSERT_EQUAL(__atomic_load_n(&n, __ATOMIC_RELAXED),
		(uint64_t)launches, "%u launches ran %" PRIu64 " times",
		launches, n);
	printf("%u launch+wait round trips, %.2f us each\n", launches - 5,
		(double)(rte_rdtsc() - start) / hz * 1e6 / launches);
	return TEST_SUCCESS;
}

static struct unit_test_suite lcores_suite = {
	.suite_name = "lcores autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_lcore_enumeration),
			TEST_CASE(test_launch_all),
			TEST_CASE(test_launch_errors),
			TEST_CASE(test_launch_many),
			TEST_CASES_END(),
		},
};

static int
test_lcores(void)
{
	return unit_test_suite_runner(&lcores_suite);
}

REGISTER_TEST_COMMAND(lcores_autotest, test_lcores);
