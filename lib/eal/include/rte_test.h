/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Assertions for test functions that return 0 on success and -1 on
 * failure (drivers' self-tests, dpdk-test's autotests): each checks a
 * condition and, when it fails, logs the function, the line and a
 * message at DEBUG level of the EAL log type, calls
 * RTE_TEST_TRACE_FAILURE() and returns -1 from the calling function.
 */

#ifndef _RTE_TEST_H_
#define _RTE_TEST_H_

#include <rte_log.h>

/**
 * Called on a failed assertion with the file, line and function; does
 * nothing unless the includer defines it first (dpdk-test counts
 * failures with it).
 */
#ifndef RTE_TEST_TRACE_FAILURE
#define RTE_TEST_TRACE_FAILURE(_file, _line, _func)
#endif

/**
 * Fail the calling test function (return -1) unless cond holds.
 *
 * @param cond  The condition.
 * @param msg  printf-style message, with its arguments after it.
 */
#define RTE_TEST_ASSERT(cond, msg, ...) \
	do { \
		if (!(cond)) { \
			RTE_LOG(DEBUG, EAL, \
				"Test assert %s line %d failed: " msg "\n", \
				__func__, __LINE__, ##__VA_ARGS__); \
			RTE_TEST_TRACE_FAILURE(__FILE__, __LINE__, __func__); \
			return -1; \
		} \
	} while (0)

/** Fail unless a == b. @param a value @param b value @param msg format */
#define RTE_TEST_ASSERT_EQUAL(a, b, msg, ...) \
	RTE_TEST_ASSERT((a) == (b), msg, ##__VA_ARGS__)

/** Fail if a == b. @param a value @param b value @param msg format */
#define RTE_TEST_ASSERT_NOT_EQUAL(a, b, msg, ...) \
	RTE_TEST_ASSERT((a) != (b), msg, ##__VA_ARGS__)

/** Fail unless val is 0. @param val value @param msg format */
#define RTE_TEST_ASSERT_SUCCESS(val, msg, ...) \
	RTE_TEST_ASSERT((val) == 0, msg, ##__VA_ARGS__)

/** Fail if val is 0. @param val value @param msg format */
#define RTE_TEST_ASSERT_FAIL(val, msg, ...) \
	RTE_TEST_ASSERT((val) != 0, msg, ##__VA_ARGS__)

/** Fail unless val is NULL. @param val pointer @param msg format */
#define RTE_TEST_ASSERT_NULL(val, msg, ...) \
	RTE_TEST_ASSERT((val) == NULL, msg, ##__VA_ARGS__)

/** Fail if val is NULL. @param val pointer @param msg format */
#define RTE_TEST_ASSERT_NOT_NULL(val, msg, ...) \
	RTE_TEST_ASSERT((val) != NULL, msg, ##__VA_ARGS__)

#endif /* _RTE_TEST_H_ */
