/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_reciprocal_divide(_u64) against the '/' operator over edge and
 * random divisors and dividends, and the magic numbers against those
 * DPDK 22.11 computes (so values stored by 22.11 programs divide the
 * same here).
 */

#include <inttypes.h>
#include <stdint.h>

#include <rte_common.h>
#include <rte_random.h>
#include <rte_reciprocal.h>

#include "test.h"

/* Random divisors and dividends tried besides the edge cases. */
#define N_RANDOM 20000

static int
check32(uint32_t d)
{
	struct rte_reciprocal r = rte_reciprocal_value(d);
	const uint32_t edges[] = {0, 1, 2, d - 1, d, d + 1, 2 * d - 1, 2 * d,
		UINT32_MAX / 2, UINT32_MAX / 2 + 1, UINT32_MAX - 1, UINT32_MAX,
		(uint32_t)(UINT32_MAX / d) * d,
		(uint32_t)(UINT32_MAX / d) * d - 1};
	unsigned int i;

	for (i = 0; i < RTE_DIM(edges); i++)
		TEST_ASSERT_EQUAL(rte_reciprocal_divide(edges[i], r),
			edges[i] / d, "%" PRIu32 " / %" PRIu32, edges[i], d);
	for (i = 0; i < 64; i++) {
		uint32_t a = (uint32_t)rte_rand();

		TEST_ASSERT_EQUAL(rte_reciprocal_divide(a, r), a / d,
			"%" PRIu32 " / %" PRIu32, a, d);
	}
	return TEST_SUCCESS;
}

static int
check64(uint64_t d)
{
	struct rte_reciprocal_u64 r = rte_reciprocal_value_u64(d);
	const uint64_t edges[] = {0, 1, 2, d - 1, d, d + 1, 2 * d - 1, 2 * d,
		UINT64_MAX / 2, UINT64_MAX / 2 + 1, UINT64_MAX - 1, UINT64_MAX,
		(UINT64_MAX / d) * d, (UINT64_MAX / d) * d - 1, UINT32_MAX,
		(uint64_t)UINT32_MAX + 1};
	unsigned int i;

	for (i = 0; i < RTE_DIM(edges); i++)
		TEST_ASSERT_EQUAL(rte_reciprocal_divide_u64(edges[i], &r),
			edges[i] / d, "%" PRIu64 " / %" PRIu64, edges[i], d);
	for (i = 0; i < 64; i++) {
		uint64_t a = rte_rand();

		TEST_ASSERT_EQUAL(rte_reciprocal_divide_u64(a, &r), a / d,
			"%" PRIu64 " / %" PRIu64, a, d);
	}
	return TEST_SUCCESS;
}

static int
test_reciprocal_u32(void)
{
	uint32_t d;
	unsigned int k, i;

	for (d = 1; d <= 4096; d++)
		if (check32(d) < 0)
			return TEST_FAILED;
	for (k = 1; k < 32; k++) {
		uint32_t p = UINT32_C(1) << k;

		if (check32(p) < 0 || check32(p - 1) < 0 || check32(p + 1) < 0)
			return TEST_FAILED;
	}
	if (check32(UINT32_MAX) < 0 || check32(UINT32_MAX - 1) < 0)
		return TEST_FAILED;
	for (i = 0; i < N_RANDOM; i++) {
		/* Spread over magnitudes: a random width, then bits. */
		uint32_t w = (uint32_t)(rte_rand() % 32) + 1;
		uint32_t dv = (uint32_t)(rte_rand() >> (64 - w));

		if (check32(dv == 0 ? 1 : dv) < 0)
			return TEST_FAILED;
	}
	return TEST_SUCCESS;
}

static int
test_reciprocal_u64(void)
{
	uint64_t d;
	unsigned int k, i;

	for (d = 1; d <= 4096; d++)
		if (check64(d) < 0)
			return TEST_FAILED;
	for (k = 1; k < 64; k++) {
		uint64_t p = UINT64_C(1) << k;

		if (check64(p) < 0 || check64(p - 1) < 0 || check64(p + 1) < 0)
			return TEST_FAILED;
	}
	if (check64(UINT64_MAX) < 0 || check64(UINT64_MAX - 1) < 0)
		return TEST_FAILED;
	for (i = 0; i < N_RANDOM; i++) {
		uint32_t w = (uint32_t)(rte_rand() % 64) + 1;
		uint64_t dv = rte_rand() >> (64 - w);

		if (check64(dv == 0 ? 1 : dv) < 0)
			return TEST_FAILED;
	}
	return TEST_SUCCESS;
}

/* Magic numbers Debian's DPDK 22.11 returns for the same divisors. */
static int
test_reciprocal_values(void)
{
	struct rte_reciprocal r;
	struct rte_reciprocal_u64 r64;

	r = rte_reciprocal_value(7);
	TEST_ASSERT(r.m == 613566757 && r.sh1 == 1 && r.sh2 == 2,
		"value(7): %u %u %u", r.m, r.sh1, r.sh2);
	r = rte_reciprocal_value(1);
	TEST_ASSERT(r.m == 1 && r.sh1 == 0 && r.sh2 == 0, "value(1): %u %u %u",
		r.m, r.sh1, r.sh2);
	r64 = rte_reciprocal_value_u64(7);
	TEST_ASSERT(r64.m == UINT64_C(2635249153387078803) && r64.sh1 == 1 &&
			r64.sh2 == 2,
		"value_u64(7): %" PRIu64 " %u %u", r64.m, r64.sh1, r64.sh2);
	r64 = rte_reciprocal_value_u64(1);
	TEST_ASSERT(r64.m == 1 && r64.sh1 == 0 && r64.sh2 == 0,
		"value_u64(1): %" PRIu64 " %u %u", r64.m, r64.sh1, r64.sh2);
	r64 = rte_reciprocal_value_u64(UINT64_MAX);
	TEST_ASSERT(r64.m == 2 && r64.sh1 == 1 && r64.sh2 == 63,
		"value_u64(max): %" PRIu64 " %u %u", r64.m, r64.sh1, r64.sh2);
	return TEST_SUCCESS;
}

static struct unit_test_suite reciprocal_suite = {
	.suite_name = "reciprocal autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_reciprocal_values),
			TEST_CASE(test_reciprocal_u32),
			TEST_CASE(test_reciprocal_u64),
			TEST_CASES_END(),
		},
};

static int
test_reciprocal(void)
{
	return unit_test_suite_runner(&reciprocal_suite);
}

REGISTER_TEST_COMMAND(reciprocal_autotest, test_reciprocal);
