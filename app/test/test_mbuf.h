/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What the files of mbuf_autotest share: the suites test_mbuf.c runs
 * after its own, and a helper that checks a refusal's log line.
 */

#ifndef TEST_MBUF_H
#define TEST_MBUF_H

#include "test.h"

/* Dynamic fields and flags (test_mbuf_dyn.c). */
extern struct unit_test_suite mbuf_dyn_testsuite;
/* Offload and packet type names (test_mbuf_names.c). */
extern struct unit_test_suite mbuf_names_testsuite;
/* Checks, offload helpers and pinned external buffers
 * (test_mbuf_ext.c). */
extern struct unit_test_suite mbuf_ext_testsuite;

/*
 * Run stmt with stderr captured into log (size bytes) and fail the
 * case unless the captured text contains want.
 */
#define MBUF_TEST_LOGS(log, want, stmt) \
	do { \
		struct test_capture cap_; \
		TEST_ASSERT(test_capture_begin(&cap_) == 0, "capture"); \
		stmt; \
		test_capture_end(&cap_, log, sizeof(log)); \
		TEST_ASSERT(strstr(log, want) != NULL, \
			"log line with '%s' missing; got: %s", want, log); \
	} while (0)

#endif /* TEST_MBUF_H */
