/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* rte_errno is per thread; rte_strerror knows the EAL's own codes. */

#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>

#include "test.h"

static int
errno_worker(void *arg)
{
	RTE_SET_USED(arg);
	if (rte_errno != 0)
		return -1;
	rte_errno = ENOSPC;
	return rte_errno == ENOSPC ? 0 : -1;
}

static int
test_errno(void)
{
	const char *s;
	unsigned int i;
	char buf[64];

	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_errno, 0, "set to 0");
	rte_errno = EINVAL;
	TEST_ASSERT_SUCCESS(
		rte_eal_mp_remote_launch(errno_worker, NULL, SKIP_MAIN),
		"launch");
	RTE_LCORE_FOREACH_WORKER(i) {
		TEST_ASSERT_SUCCESS(
			rte_eal_wait_lcore(i), "lcore %u shares rte_errno", i);
	}
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "main's rte_errno changed");

	TEST_ASSERT_SUCCESS(strcmp(rte_strerror(EINVAL), strerror(EINVAL)),
		"EINVAL text '%s'", rte_strerror(EINVAL));
	TEST_ASSERT_SUCCESS(strcmp(rte_strerror(-ENOMEM), strerror(ENOMEM)),
		"negative code");
	s = rte_strerror(E_RTE_SECONDARY);
	TEST_ASSERT(s != NULL && strstr(s, "secondary") != NULL,
		"E_RTE_SECONDARY text '%s'", s);
	s = rte_strerror(E_RTE_NO_CONFIG);
	TEST_ASSERT(s != NULL && strstr(s, "rte_config") != NULL,
		"E_RTE_NO_CONFIG text '%s'", s);
	/* Unknown codes still give a string naming the number. */
	s = rte_strerror(RTE_MAX_ERRNO - 1 + 0);
	TEST_ASSERT_NOT_NULL(s, "last code");
	snprintf(buf, sizeof(buf), "%d", 12345);
	s = rte_strerror(12345);
	TEST_ASSERT(
		s != NULL && strstr(s, buf) != NULL, "unknown code '%s'", s);
	TEST_ASSERT(RTE_MIN_ERRNO > 133, "EAL codes overlap errno values");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(errno_autotest, test_errno);
