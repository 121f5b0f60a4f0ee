/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_bitmap: bad arguments to init, get/set/clear against a plain
 * array of flags under random operations, and scans: every set bit is
 * found once per pass, in slab order, wrapping around.
 */

#include <inttypes.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <rte_bitmap.h>
#include <rte_common.h>
#include <rte_malloc.h>
#include <rte_random.h>

#include "test.h"

/* Three cache lines of array1's worth and a partial slab at the end. */
#define N_BITS (3 * RTE_BITMAP_CL_BIT_SIZE * 64 + 100)

static int
test_bitmap_bad_args(void)
{
	uint32_t size = rte_bitmap_get_memory_footprint(1000);
	uint8_t *mem = rte_zmalloc(
		"bmp", size + RTE_CACHE_LINE_SIZE, RTE_CACHE_LINE_SIZE);

	TEST_ASSERT_NOT_NULL(mem, "no memory");
	TEST_ASSERT_EQUAL(
		rte_bitmap_get_memory_footprint(0), 0, "footprint of 0 bits");
	TEST_ASSERT(size % RTE_CACHE_LINE_SIZE == 0, "footprint %u", size);
	TEST_ASSERT_NULL(rte_bitmap_init(0, mem, size), "0 bits");
	TEST_ASSERT_NULL(rte_bitmap_init(1000, NULL, size), "NULL memory");
	TEST_ASSERT_NULL(rte_bitmap_init(1000, mem + 8, size), "misaligned");
	TEST_ASSERT_NULL(rte_bitmap_init(1000, mem, size - 1), "too small");
	TEST_ASSERT_NULL(rte_bitmap_init_with_all_set(1000, mem, size - 1),
		"too small (all set)");
	TEST_ASSERT_EQUAL(rte_bitmap_free(NULL), -EINVAL, "free(NULL)");
	TEST_ASSERT_NOT_NULL(rte_bitmap_init(1000, mem, size), "exact size");
	rte_free(mem);
	return TEST_SUCCESS;
}

/* Scan one full pass; every set bit must come from exactly one slab. */
static int
check_scan(struct rte_bitmap *bmp, const bool *ref, uint32_t n_bits)
{
	uint32_t pos, first = UINT32_MAX, prev = 0, found = 0, expected = 0;
	uint64_t slab;
	uint32_t i;

	for (i = 0; i < n_bits; i++)
		expected += ref[i];
	if (expected == 0) {
		pos = 12345;
		slab = 777;
		TEST_ASSERT_EQUAL(rte_bitmap_scan(bmp, &pos, &slab), 0,
			"scan of an empty bitmap");
		TEST_ASSERT(pos == 12345 && slab == 777,
			"empty scan changed its outputs");
		return TEST_SUCCESS;
	}
	for (;;) {
		TEST_ASSERT_EQUAL(rte_bitmap_scan(bmp, &pos, &slab), 1,
			"scan found nothing, %u bits set", expected);
		TEST_ASSERT_EQUAL(pos % 64, 0, "pos %u not a slab start", pos);
		if (pos == first)
			break; /* wrapped around to the first slab */
		if (first == UINT32_MAX)
			first = pos;
		else
			TEST_ASSERT(pos > prev || pos < first,
				"slab %u after %u out of order", pos, prev);
		prev = pos;
		TEST_ASSERT(slab != 0, "empty slab %u returned", pos);
		for (i = 0; i < 64; i++) {
			bool set = (slab >> i) & 1;

			TEST_ASSERT(pos + i < n_bits || !set,
				"bit %u beyond the bitmap", pos + i);
			if (pos + i < n_bits)
				TEST_ASSERT_EQUAL(set, ref[pos + i],
					"bit %u in scanned slab", pos + i);
			found += set;
		}
	}
	TEST_ASSERT_EQUAL(found, expected, "one pass found %u of %u bits",
		found, expected);
	return TEST_SUCCESS;
}

static int
test_bitmap_ops(void)
{
	uint32_t size = rte_bitmap_get_memory_footprint(N_BITS);
	uint8_t *mem = rte_zmalloc("bmp", size, RTE_CACHE_LINE_SIZE);
	bool *ref = calloc(N_BITS, sizeof(*ref));
	struct rte_bitmap *bmp;
	uint32_t i, round;

	TEST_ASSERT(mem != NULL && ref != NULL, "no memory");
	bmp = rte_bitmap_init(N_BITS, mem, size);
	TEST_ASSERT_NOT_NULL(bmp, "init");
	if (check_scan(bmp, ref, N_BITS) < 0)
		goto fail;

	for (round = 0; round < 20; round++) {
		for (i = 0; i < 2000; i++) {
			uint32_t pos = (uint32_t)(rte_rand() % N_BITS);

			switch (rte_rand() % 3) {
			case 0:
				rte_bitmap_set(bmp, pos);
				ref[pos] = true;
				break;
			case 1:
				rte_bitmap_clear(bmp, pos);
				ref[pos] = false;
				break;
			default:
				rte_bitmap_prefetch0(bmp, pos);
				break;
			}
		}
		for (i = 0; i < N_BITS; i++)
			if ((rte_bitmap_get(bmp, i) != 0) != ref[i]) {
				printf("bit %u: got %d\n", i, !ref[i]);
				goto fail;
			}
		if (check_scan(bmp, ref, N_BITS) < 0)
			goto fail;
		/* Clear most bits: lines emptied must drop out of scans. */
		if (round % 4 == 3) {
			for (i = 0; i < N_BITS; i++)
				if (ref[i] && rte_rand() % 8 != 0) {
					rte_bitmap_clear(bmp, i);
					ref[i] = false;
				}
			if (check_scan(bmp, ref, N_BITS) < 0)
				goto fail;
		}
	}

	/* set_slab ORs in a mask; a zero mask marks nothing. */
	rte_bitmap_reset(bmp);
	memset(ref, 0, N_BITS * sizeof(*ref));
	rte_bitmap_set_slab(bmp, 64 * 5 + 3, 0);
	if (check_scan(bmp, ref, N_BITS) < 0)
		goto fail;
	rte_bitmap_set_slab(bmp, 64 * 5 + 3, UINT64_C(0x8000000000000101));
	ref[64 * 5] = ref[64 * 5 + 8] = ref[64 * 5 + 63] = true;
	if (check_scan(bmp, ref, N_BITS) < 0)
		goto fail;
	TEST_ASSERT(rte_bitmap_get(bmp, 64 * 5 + 8) != 0, "set_slab bit");
	TEST_ASSERT_EQUAL(rte_bitmap_free(bmp), 0, "free");
	rte_free(mem);
	free(ref);
	return TEST_SUCCESS;
fail:
	rte_free(mem);
	free(ref);
	return TEST_FAILED;
}

/* The scan goes on after the slab it returned, and wraps around. */
static int
test_bitmap_scan_order(void)
{
	uint32_t n_bits = 4 * RTE_BITMAP_CL_BIT_SIZE;
	uint32_t size = rte_bitmap_get_memory_footprint(n_bits);
	uint8_t *mem = rte_zmalloc("bmp", size, RTE_CACHE_LINE_SIZE);
	const uint32_t bits[] = {
		3, 70, 71, RTE_BITMAP_CL_BIT_SIZE * 2 + 5, n_bits - 1};
	const uint32_t slabs[] = {
		0, 64, RTE_BITMAP_CL_BIT_SIZE * 2, n_bits - 64};
	struct rte_bitmap *bmp;
	uint32_t pos, i;
	uint64_t slab;

	TEST_ASSERT_NOT_NULL(mem, "no memory");
	bmp = rte_bitmap_init(n_bits, mem, size);
	TEST_ASSERT_NOT_NULL(bmp, "init");
	for (i = 0; i < RTE_DIM(bits); i++)
		rte_bitmap_set(bmp, bits[i]);
	for (i = 0; i < 2 * RTE_DIM(slabs); i++) {
		TEST_ASSERT_EQUAL(rte_bitmap_scan(bmp, &pos, &slab), 1, "scan");
		TEST_ASSERT_EQUAL(pos, slabs[i % RTE_DIM(slabs)],
			"scan %u returned slab %u", i, pos);
	}
	/* A bit set behind the scan is found after the wrap, in order. */
	rte_bitmap_set(bmp, 200);
	for (i = 0; i < 3; i++) {
		TEST_ASSERT_EQUAL(rte_bitmap_scan(bmp, &pos, &slab), 1, "scan");
		TEST_ASSERT_EQUAL(pos, i < 2 ? slabs[i] : 192,
			"scan after the wrap returned slab %u", pos);
	}
	TEST_ASSERT_EQUAL(slab, UINT64_C(1) << 8, "bits of the new slab");
	TEST_ASSERT_EQUAL(rte_bitmap_free(bmp), 0, "free");
	rte_free(mem);
	return TEST_SUCCESS;
}

static int
test_bitmap_all_set(void)
{
	const uint32_t sizes[] = {1, 63, 64, 65, RTE_BITMAP_CL_BIT_SIZE,
		RTE_BITMAP_CL_BIT_SIZE + 1, N_BITS};
	unsigned int k;

	for (k = 0; k < RTE_DIM(sizes); k++) {
		uint32_t n = sizes[k];
		uint32_t size = rte_bitmap_get_memory_footprint(n);
		uint8_t *mem = rte_zmalloc("bmp", size, RTE_CACHE_LINE_SIZE);
		bool *ref = malloc(n * sizeof(*ref));
		struct rte_bitmap *bmp;
		uint32_t i;
		int ret;

		TEST_ASSERT(mem != NULL && ref != NULL, "no memory");
		for (i = 0; i < n; i++)
			ref[i] = true;
		bmp = rte_bitmap_init_with_all_set(n, mem, size);
		ret = bmp == NULL ? TEST_FAILED : check_scan(bmp, ref, n);
		if (ret == 0) {
			for (i = 0; i < n; i++)
				rte_bitmap_clear(bmp, i);
			memset(ref, 0, n * sizeof(*ref));
			ret = check_scan(bmp, ref, n);
		}
		rte_free(mem);
		free(ref);
		TEST_ASSERT_SUCCESS(ret, "all-set bitmap of %u bits", n);
	}
	return TEST_SUCCESS;
}

static struct unit_test_suite bitmap_suite = {
	.suite_name = "bitmap autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_bitmap_bad_args),
			TEST_CASE(test_bitmap_scan_order),
			TEST_CASE(test_bitmap_ops),
			TEST_CASE(test_bitmap_all_set),
			TEST_CASES_END(),
		},
};

static int
test_bitmap(void)
{
	return unit_test_suite_runner(&bitmap_suite);
}

REGISTER_TEST_COMMAND(bitmap_autotest, test_bitmap);
