/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Per-lcore variables are thread-local: each lcore sees its own copy. */

#include <pthread.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_per_lcore.h>

#include "test.h"

static RTE_DEFINE_PER_LCORE(unsigned int, test_var) = 0xdead;
static RTE_DEFINE_PER_LCORE(int, test_errno_copy);

static int
set_and_check(void *arg)
{
	unsigned int id = rte_lcore_id();

	RTE_SET_USED(arg);
	/* Every thread starts from the definition's initial value. */
	if (RTE_PER_LCORE(test_var) != 0xdead && RTE_PER_LCORE(test_var) != id)
		return -1;
	RTE_PER_LCORE(test_var) = id;
	rte_errno = (int)id + 1000;
	/* Give the other lcores time to write their own copies. */
	rte_delay_ms(20);
	if (RTE_PER_LCORE(test_var) != id)
		return -2;
	if (rte_errno != (int)id + 1000)
		return -3;
	RTE_PER_LCORE(test_errno_copy) = rte_errno;
	return 0;
}

static void *
non_eal_thread(void *arg)
{
	int *res = arg;

	*res = 0;
	if (rte_lcore_id() != LCORE_ID_ANY)
		*res |= 1;
	if (RTE_PER_LCORE(test_var) != 0xdead)
		*res |= 2;
	if (RTE_PER_LCORE(_thread_id) != -1)
		*res |= 4;
	if (rte_gettid() != rte_sys_gettid())
		*res |= 8;
	if (rte_errno != 0)
		*res |= 16;
	return NULL;
}

static int
test_per_lcore_vars(void)
{
	unsigned int i;
	pthread_t t;
	int res = -1;

	TEST_ASSERT_SUCCESS(
		rte_eal_mp_remote_launch(set_and_check, NULL, SKIP_MAIN),
		"launch");
	/* The main lcore writes its own copy at the same time. */
	RTE_PER_LCORE(test_var) = 0xbeef;
	RTE_LCORE_FOREACH_WORKER(i) {
		TEST_ASSERT_SUCCESS(rte_eal_wait_lcore(i),
			"lcore %u saw another lcore's copy", i);
	}
	TEST_ASSERT_EQUAL(
		RTE_PER_LCORE(test_var), 0xbeefu, "main's copy changed");
	/* Run a second time: workers keep their own copy between runs. */
	TEST_ASSERT_SUCCESS(
		rte_eal_mp_remote_launch(set_and_check, NULL, SKIP_MAIN),
		"relaunch");
	rte_eal_mp_wait_lcore();

	TEST_ASSERT_SUCCESS(pthread_create(&t, NULL, non_eal_thread, &res),
		"pthread_create");
	pthread_join(t, NULL);
	TEST_ASSERT_EQUAL(res, 0, "non-EAL thread state wrong (mask %#x)", res);
	TEST_ASSERT(rte_gettid() == rte_sys_gettid(), "main tid");
	return TEST_SUCCESS;
}

static int
test_per_lcore(void)
{
	return test_per_lcore_vars();
}

REGISTER_TEST_COMMAND(per_lcore_autotest, test_per_lcore);
