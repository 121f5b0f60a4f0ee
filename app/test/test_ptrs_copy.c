/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_ptrs_copy() and rte_ptrs_copy_rev() for every count from 0 past
 * a few multiples of their 8-pointer step, at every alignment of
 * source and destination: each slot gets the right pointer and nothing
 * outside the n destination slots is written.
 */

#include <stdint.h>

#include <rte_common.h>
#include <rte_ptrs_copy.h>

#include "test.h"

/* Counts tried: 0 .. PC_MAX_N. */
#define PC_MAX_N 70
/* Guard slots around the destination and the source. */
#define PC_GUARD 9

/* A pointer value that cannot be taken for a copied one. */
static void *
pc_guard(unsigned int i)
{
	return (void *)(uintptr_t)(0xdead0000u + i);
}

static void *
pc_obj(unsigned int i)
{
	return (void *)(uintptr_t)(0x1000u + 8 * i);
}

/* One copy of n pointers, src at offset so, dst at offset doff. */
static int
pc_check(unsigned int n, unsigned int so, unsigned int doff, int rev)
{
	void *src[PC_GUARD + PC_MAX_N + PC_GUARD + 2];
	void *dst[PC_GUARD + PC_MAX_N + PC_GUARD + 2];
	void **s = &src[PC_GUARD + so], **d = &dst[PC_GUARD + doff];
	unsigned int i;

	for (i = 0; i < RTE_DIM(src); i++)
		src[i] = pc_guard(1000 + i);
	for (i = 0; i < RTE_DIM(dst); i++)
		dst[i] = pc_guard(i);
	for (i = 0; i < n; i++)
		s[i] = pc_obj(i);
	if (rev)
		rte_ptrs_copy_rev(d, s + n, n);
	else
		rte_ptrs_copy(d, s, n);
	for (i = 0; i < n; i++)
		TEST_ASSERT_EQUAL(d[i], pc_obj(rev ? n - 1 - i : i),
			"%s n=%u offsets %u/%u: slot %u wrong",
			rev ? "rev" : "fwd", n, so, doff, i);
	for (i = 0; i < RTE_DIM(dst); i++) {
		void **p = &dst[i];

		if (p >= d && p < d + n)
			continue;
		TEST_ASSERT_EQUAL(dst[i], pc_guard(i),
			"%s n=%u offsets %u/%u: wrote outside at %d",
			rev ? "rev" : "fwd", n, so, doff, (int)(p - d));
	}
	for (i = 0; i < RTE_DIM(src); i++) {
		void **p = &src[i];

		if (p >= s && p < s + n)
			continue;
		TEST_ASSERT_EQUAL(src[i], pc_guard(1000 + i),
			"%s n=%u: source changed", rev ? "rev" : "fwd", n);
	}
	return TEST_SUCCESS;
}

static int
pc_all(int rev)
{
	unsigned int n, so, doff;

	for (n = 0; n <= PC_MAX_N; n++)
		for (so = 0; so < 2; so++)
			for (doff = 0; doff < 2; doff++)
				if (pc_check(n, so, doff, rev) != TEST_SUCCESS)
					return TEST_FAILED;
	return TEST_SUCCESS;
}

static int
test_ptrs_copy_fwd(void)
{
	return pc_all(0);
}

static int
test_ptrs_copy_rev(void)
{
	return pc_all(1);
}

static struct unit_test_suite ptrs_copy_suite = {
	.suite_name = "pointer copies autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_ptrs_copy_fwd),
			TEST_CASE(test_ptrs_copy_rev),
			TEST_CASES_END(),
		},
};

static int
test_ptrs_copy(void)
{
	return unit_test_suite_runner(&ptrs_copy_suite);
}

REGISTER_TEST_COMMAND(ptrs_copy_autotest, test_ptrs_copy);
