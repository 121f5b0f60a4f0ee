/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_hexdump() and rte_memdump() print what DPDK 22.11 prints: the
 * expected texts below are the output of Debian's librte_eal.so.23 for
 * the same calls (with the buffer address in place of %p).
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_hexdump.h>

#include "test.h"

/* Run dump(f, title, buf, len) into a string; NULL on failure. */
static char *
dump_to_string(void (*dump)(FILE *, const char *, const void *, unsigned int),
	const char *title, const void *buf, unsigned int len)
{
	char *out = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&out, &size);

	if (f == NULL)
		return NULL;
	dump(f, title, buf, len);
	fclose(f);
	return out;
}

static int
check_dump(void (*dump)(FILE *, const char *, const void *, unsigned int),
	const char *title, const void *buf, unsigned int len,
	const char *expected)
{
	char *got = dump_to_string(dump, title, buf, len);
	int same;

	TEST_ASSERT_NOT_NULL(got, "open_memstream failed");
	same = strcmp(got, expected) == 0;
	if (!same)
		printf("expected:\n%s\ngot:\n%s\n", expected, got);
	free(got);
	TEST_ASSERT(same, "dump of %u bytes differs from DPDK 22.11's", len);
	return TEST_SUCCESS;
}

static int
test_hexdump_format(void)
{
	uint8_t buf[40];
	char expected[1024];
	unsigned int i;

	for (i = 0; i < RTE_DIM(buf); i++)
		buf[i] = (uint8_t)(i * 7 + 30);

	snprintf(expected, sizeof(expected),
		"title at [%p], len=40\n"
		"00000000: 1E 25 2C 33 3A 41 48 4F 56 5D 64 6B 72 79 80 87"
		" | .%%,3:AHOV]dkry..\n"
		"00000010: 8E 95 9C A3 AA B1 B8 BF C6 CD D4 DB E2 E9 F0 F7"
		" | ................\n"
		"00000020: FE 05 0C 13 1A 21 28 2F                        "
		" | .....!(/\n",
		(void *)buf);
	if (check_dump(rte_hexdump, "title", buf, 40, expected) < 0)
		return TEST_FAILED;

	snprintf(expected, sizeof(expected),
		"  Dump data at [%p], len=3\n"
		"00000000: 1E 25 2C                                       "
		" | .%%,\n",
		(void *)buf);
	if (check_dump(rte_hexdump, NULL, buf, 3, expected) < 0)
		return TEST_FAILED;

	snprintf(expected, sizeof(expected), "zero at [%p], len=0\n",
		(void *)buf);
	if (check_dump(rte_hexdump, "zero", buf, 0, expected) < 0)
		return TEST_FAILED;

	/* Space and punctuation print as themselves. */
	for (i = 0; i < 20; i++)
		buf[i] = (uint8_t)(0x1e + i);
	snprintf(expected, sizeof(expected),
		"t at [%p], len=20\n"
		"00000000: 1E 1F 20 21 22 23 24 25 26 27 28 29 2A 2B 2C 2D"
		" | .. !\"#$%%&'()*+,-\n"
		"00000010: 2E 2F 30 31                                    "
		" | ./01\n",
		(void *)buf);
	return check_dump(rte_hexdump, "t", buf, 20, expected);
}

static int
test_memdump_format(void)
{
	uint8_t buf[300];
	char expected[1024];
	unsigned int i;
	int n;

	for (i = 0; i < 40; i++)
		buf[i] = (uint8_t)(i * 7 + 30);
	if (check_dump(rte_memdump, "mtitle", buf, 40,
		    "mtitle: 1e:25:2c:33:3a:41:48:4f:56:5d:64:6b:72:79:80:87:"
		    "8e:95:9c:a3:aa:b1:b8:bf:c6:cd:d4:db:e2:e9:f0:f7:fe:05:"
		    "0c:13:1a:21:28:2f\n") < 0)
		return TEST_FAILED;
	if (check_dump(rte_memdump, NULL, buf, 3, "1e:25:2c\n") < 0)
		return TEST_FAILED;
	if (check_dump(rte_memdump, "mzero", buf, 0, "mzero: \n") < 0)
		return TEST_FAILED;

	/* Any length stays on one line, as in 22.11. */
	for (i = 0; i < RTE_DIM(buf); i++)
		buf[i] = (uint8_t)i;
	n = snprintf(expected, sizeof(expected), "big: ");
	for (i = 0; i < RTE_DIM(buf); i++)
		n += snprintf(expected + n, sizeof(expected) - n, "%s%02x",
			i == 0 ? "" : ":", buf[i]);
	snprintf(expected + n, sizeof(expected) - n, "\n");
	return check_dump(rte_memdump, "big", buf, RTE_DIM(buf), expected);
}

static struct unit_test_suite hexdump_suite = {
	.suite_name = "hexdump autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_hexdump_format),
			TEST_CASE(test_memdump_format),
			TEST_CASES_END(),
		},
};

static int
test_hexdump(void)
{
	return unit_test_suite_runner(&hexdump_suite);
}

REGISTER_TEST_COMMAND(hexdump_autotest, test_hexdump);
