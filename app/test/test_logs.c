/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Log types, levels, patterns and the output stream. */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>

#include "test.h"

/* Run fn with the log going to a memory buffer; returns the text. */
static char *
capture(void (*fn)(int), int arg)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	FILE *old = rte_log_get_stream();

	if (f == NULL)
		return NULL;
	rte_openlog_stream(f);
	fn(arg);
	rte_openlog_stream(old == stderr ? NULL : old);
	fclose(f);
	return text;
}

static void
emit(int type)
{
	rte_log(RTE_LOG_DEBUG, (uint32_t)type, "debug-line %d\n", type);
	rte_log(RTE_LOG_INFO, (uint32_t)type, "info-line %d\n", type);
	rte_log(RTE_LOG_ERR, (uint32_t)type, "err-line %d\n", type);
}

static void
emit_static(int unused)
{
	RTE_SET_USED(unused);
	RTE_LOG(INFO, USER1, "user1 info\n");
	RTE_LOG(DEBUG, USER1, "user1 debug\n");
}

static void
dump(int unused)
{
	RTE_SET_USED(unused);
	rte_log_dump(rte_log_get_stream());
}

static int
test_levels(void)
{
	int t1, t2, saved_eal = rte_log_get_level(RTE_LOGTYPE_EAL);
	uint32_t global = rte_log_get_global_level();
	char *out;

	t1 = rte_log_register("test.logs.one");
	t2 = rte_log_register("test.logs.two");
	TEST_ASSERT(t1 >= RTE_LOGTYPE_FIRST_EXT_ID, "type %d", t1);
	TEST_ASSERT(t2 >= 0 && t2 != t1, "second type %d", t2);
	TEST_ASSERT_EQUAL(rte_log_register("test.logs.one"), t1,
		"re-registering gives the same type");
	TEST_ASSERT_EQUAL(
		rte_log_get_level(t1), (int)RTE_LOG_INFO, "default level");
	TEST_ASSERT_EQUAL(rte_log_get_level(9999), -1, "unknown type");
	TEST_ASSERT_EQUAL(
		rte_log_set_level(9999, RTE_LOG_INFO), -1, "set unknown type");
	TEST_ASSERT_EQUAL(rte_log_set_level(t1, 0), -1, "level 0");
	TEST_ASSERT_EQUAL(
		rte_log_set_level(t1, RTE_LOG_MAX + 1), -1, "level too high");
	TEST_ASSERT_EQUAL(rte_log_get_level(t1), (int)RTE_LOG_INFO,
		"level kept after bad calls");
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_log_register(""), -1, "empty name");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	/* INFO: info and err pass, debug does not. */
	out = capture(emit, t1);
	TEST_ASSERT_NOT_NULL(out, "capture");
	TEST_ASSERT(strstr(out, "info-line") && strstr(out, "err-line") &&
			!strstr(out, "debug-line"),
		"INFO level output:\n%s", out);
	free(out);
	TEST_ASSERT(rte_log_can_log(t1, RTE_LOG_INFO), "can_log info");
	TEST_ASSERT(!rte_log_can_log(t1, RTE_LOG_DEBUG), "can_log debug");

	TEST_ASSERT_SUCCESS(rte_log_set_level(t1, RTE_LOG_DEBUG), "set");
	out = capture(emit, t1);
	TEST_ASSERT(out != NULL && strstr(out, "debug-line"),
		"DEBUG level output:\n%s", out);
	free(out);

	/* The global level caps every type. */
	rte_log_set_global_level(RTE_LOG_ERR);
	TEST_ASSERT_EQUAL(rte_log_get_global_level(), RTE_LOG_ERR, "global");
	out = capture(emit, t1);
	TEST_ASSERT(out != NULL && strstr(out, "err-line") &&
			!strstr(out, "info-line"),
		"global ERR output:\n%s", out);
	free(out);
	rte_log_set_global_level(global);

	/* Patterns: only matching names change. */
	TEST_ASSERT_SUCCESS(
		rte_log_set_level_pattern("test.logs.*", RTE_LOG_CRIT),
		"pattern");
	TEST_ASSERT_EQUAL(rte_log_get_level(t1), (int)RTE_LOG_CRIT, "t1");
	TEST_ASSERT_EQUAL(rte_log_get_level(t2), (int)RTE_LOG_CRIT, "t2");
	TEST_ASSERT_EQUAL(rte_log_get_level(RTE_LOGTYPE_EAL), saved_eal,
		"lib.eal untouched");
	TEST_ASSERT_EQUAL(
		rte_log_set_level_pattern("test.*", 99), -1, "bad level");
	out = capture(emit, t2);
	TEST_ASSERT(out != NULL && out[0] == '\0', "CRIT output:\n%s", out);
	free(out);

	/* Static types: RTE_LOG prefixes the type. */
	out = capture(emit_static, 0);
	TEST_ASSERT(out != NULL && strstr(out, "USER1: user1 info") &&
			!strstr(out, "user1 debug"),
		"static output:\n%s", out);
	free(out);

	out = capture(dump, 0);
	TEST_ASSERT(out != NULL && strstr(out, "lib.eal") &&
			strstr(out, "lib.mempool") &&
			strstr(out, "test.logs.one") && strstr(out, "user1"),
		"dump:\n%s", out);
	free(out);

	t2 = rte_log_register_type_and_pick_level(
		"test.logs.three", RTE_LOG_WARNING);
	TEST_ASSERT(t2 >= 0, "pick_level");
	TEST_ASSERT_EQUAL(
		rte_log_get_level(t2), (int)RTE_LOG_WARNING, "picked default");
	rte_log_set_level(t1, RTE_LOG_INFO);
	return TEST_SUCCESS;
}

static int
test_stream(void)
{
	FILE *f = tmpfile();

	TEST_ASSERT_NOT_NULL(f, "tmpfile");
	TEST_ASSERT_SUCCESS(rte_openlog_stream(f), "open");
	TEST_ASSERT(rte_log_get_stream() == f, "stream");
	rte_openlog_stream(NULL);
	TEST_ASSERT(rte_log_get_stream() == stderr, "back to stderr");
	fclose(f);
	return TEST_SUCCESS;
}

static struct unit_test_suite logs_suite = {
	.suite_name = "logs autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_levels),
			TEST_CASE(test_stream),
			TEST_CASES_END(),
		},
};

static int
test_logs(void)
{
	return unit_test_suite_runner(&logs_suite);
}

REGISTER_TEST_COMMAND(logs_autotest, test_logs);
