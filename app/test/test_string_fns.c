/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* rte_strlcpy/strlcat/strscpy, rte_strsplit and rte_str_to_size. */

#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_string_fns.h>

#include "test.h"

static int
test_copy(void)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	TEST_ASSERT_EQUAL(rte_strscpy(buf, "abc", sizeof(buf)), 3, "fits");
	TEST_ASSERT_SUCCESS(strcmp(buf, "abc"), "copy '%s'", buf);
	TEST_ASSERT_EQUAL(
		rte_strscpy(buf, "abcdefg", sizeof(buf)), 7, "exact fit");
	TEST_ASSERT_EQUAL(
		rte_strscpy(buf, "abcdefgh", sizeof(buf)), -E2BIG, "too long");
	TEST_ASSERT_SUCCESS(strcmp(buf, "abcdefg"), "truncated '%s'", buf);
	TEST_ASSERT_EQUAL(rte_strscpy(buf, "a", 0), -E2BIG, "empty buffer");

	TEST_ASSERT_EQUAL(rte_strlcpy(buf, "0123456789", sizeof(buf)), 10u,
		"strlcpy returns the source length");
	TEST_ASSERT_SUCCESS(strcmp(buf, "0123456"), "strlcpy '%s'", buf);
	rte_strlcpy(buf, "ab", sizeof(buf));
	TEST_ASSERT_EQUAL(rte_strlcat(buf, "cd", sizeof(buf)), 4u, "strlcat");
	TEST_ASSERT_SUCCESS(strcmp(buf, "abcd"), "strlcat '%s'", buf);
	TEST_ASSERT_EQUAL(rte_strlcat(buf, "efghij", sizeof(buf)), 10u,
		"strlcat truncating");
	TEST_ASSERT_SUCCESS(strcmp(buf, "abcdefg"), "strlcat '%s'", buf);
	return TEST_SUCCESS;
}

static int
test_split(void)
{
	char s1[] = "a,bb,,ccc";
	char s2[] = "one";
	char s3[] = "x,y,z";
	char *tok[4];

	TEST_ASSERT_EQUAL(
		rte_strsplit(s1, sizeof(s1), tok, 4, ','), 4, "count");
	TEST_ASSERT(strcmp(tok[0], "a") == 0 && strcmp(tok[1], "bb") == 0 &&
			strcmp(tok[2], "") == 0 && strcmp(tok[3], "ccc") == 0,
		"pieces");
	TEST_ASSERT_EQUAL(
		rte_strsplit(s2, sizeof(s2), tok, 4, ','), 1, "no delimiter");
	TEST_ASSERT_SUCCESS(strcmp(tok[0], "one"), "whole string");
	TEST_ASSERT_EQUAL(
		rte_strsplit(s3, sizeof(s3), tok, 2, ','), 2, "maxtokens");
	TEST_ASSERT_EQUAL(rte_strsplit(s3, 0, tok, 2, ','), 0, "length 0");
	errno = 0;
	TEST_ASSERT_EQUAL(rte_strsplit(NULL, 4, tok, 2, ','), -1, "NULL");
	TEST_ASSERT_EQUAL(errno, EINVAL, "errno %d", errno);
	TEST_ASSERT_EQUAL(rte_strsplit(s2, 4, NULL, 2, ','), -1, "NULL tokens");
	return TEST_SUCCESS;
}

static int
test_to_size(void)
{
	TEST_ASSERT_EQUAL(rte_str_to_size("123"), 123u, "plain");
	TEST_ASSERT_EQUAL(rte_str_to_size("1K"), 1024u, "K");
	TEST_ASSERT_EQUAL(rte_str_to_size("2k"), 2048u, "k");
	TEST_ASSERT_EQUAL(rte_str_to_size("3M"), 3u << 20, "M");
	TEST_ASSERT_EQUAL(rte_str_to_size("4G"), 4ULL << 30, "G");
	TEST_ASSERT_EQUAL(rte_str_to_size("1T"), 1ULL << 40, "T");
	TEST_ASSERT_EQUAL(rte_str_to_size(" 5 M"), 5u << 20, "spaces");
	TEST_ASSERT_EQUAL(rte_str_to_size("0x10"), 16u, "hex");
	TEST_ASSERT_EQUAL(rte_str_to_size("-1"), 0u, "negative");
	TEST_ASSERT_EQUAL(rte_str_to_size("abc"), 0u, "not a number");
	return TEST_SUCCESS;
}

static struct unit_test_suite string_suite = {
	.suite_name = "string functions autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_copy),
			TEST_CASE(test_split),
			TEST_CASE(test_to_size),
			TEST_CASES_END(),
		},
};

static int
test_string_fns(void)
{
	return unit_test_suite_runner(&string_suite);
}

REGISTER_TEST_COMMAND(string_autotest, test_string_fns);
