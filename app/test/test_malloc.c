/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The shared heap: sizes and alignments, zeroing, realloc (in place
 * and moving), coalescing shown by the statistics, corrupt and foreign
 * pointers, per-socket calls, and random alloc/free on both lcores.
 * Every case ends with the heap exactly as it started.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memory.h>

#include "test.h"

/* Length of the stress run on each lcore. */
#define STRESS_MS 1500

/* The heap is back to test_heap_mark's state, in every count. */
static int
stats_back_to_start(void)
{
	struct rte_malloc_socket_stats now;

	test_heap_stats(&now);
	TEST_ASSERT_EQUAL(now.heap_totalsz_bytes,
		now.heap_freesz_bytes + now.heap_allocsz_bytes,
		"total %zu != free %zu + used %zu", now.heap_totalsz_bytes,
		now.heap_freesz_bytes, now.heap_allocsz_bytes);
	TEST_ASSERT_EQUAL(now.free_count, test_heap_start.free_count,
		"%u free blocks, %u at start", now.free_count,
		test_heap_start.free_count);
	return test_heap_back_to(&test_heap_start);
}

/* Small xorshift: each lcore keeps its own state. */
static uint64_t
next_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static void
fill(void *p, size_t len, unsigned int tag)
{
	memset(p, (int)(tag & 0xff), len);
}

static int
check_fill(const void *p, size_t len, unsigned int tag)
{
	const uint8_t *b = p;
	size_t i;

	for (i = 0; i < len; i++)
		if (b[i] != (uint8_t)tag)
			return -1;
	return 0;
}

static int
test_sizes_and_alignments(void)
{
	static void *ptr[20 * 23];
	static size_t len[20 * 23];
	unsigned int n = 0, i, s, a;

	for (s = 0; s < 20; s++) {
		for (a = 0; a < 23; a++) {
			size_t size = ((size_t)1 << s) + (s * 7) % 13;
			unsigned int align = a == 0 ? 0 : 1u << (a - 1);
			size_t usable;

			ptr[n] = rte_malloc("test", size, align);
			TEST_ASSERT_NOT_NULL(
				ptr[n], "malloc %zu align %u", size, align);
			TEST_ASSERT_EQUAL((uintptr_t)ptr[n] %
					RTE_MAX(align,
						(unsigned int)
							RTE_CACHE_LINE_SIZE),
				0, "%p not aligned on %u", ptr[n], align);
			TEST_ASSERT_SUCCESS(
				rte_malloc_validate(ptr[n], &usable),
				"validate");
			TEST_ASSERT(usable >= size, "usable %zu < %zu", usable,
				size);
			len[n] = size;
			fill(ptr[n], size, n);
			n++;
		}
	}
	/* No block overlaps another: every pattern survived. */
	for (i = 0; i < n; i++) {
		TEST_ASSERT_SUCCESS(check_fill(ptr[i], len[i], i),
			"block %u overwritten", i);
		TEST_ASSERT_SUCCESS(rte_malloc_validate(ptr[i], NULL),
			"block %u corrupt", i);
	}
	/* Free in an interleaved order to exercise both merge sides. */
	for (i = 0; i < n; i += 2)
		rte_free(ptr[i]);
	for (i = 1; i < n; i += 2)
		rte_free(ptr[i]);
	return stats_back_to_start();
}

static int
test_bad_requests(void)
{
	struct rte_malloc_socket_stats st;

	TEST_ASSERT_NULL(rte_malloc(NULL, 0, 0), "size 0");
	TEST_ASSERT_NULL(rte_malloc(NULL, 64, 3), "align 3");
	TEST_ASSERT_NULL(rte_malloc(NULL, 64, 48), "align 48");
	TEST_ASSERT_NULL(rte_zmalloc(NULL, 0, 0), "zmalloc size 0");
	TEST_ASSERT_NULL(rte_calloc(NULL, 0, 16, 0), "calloc 0 elements");
	TEST_ASSERT_NULL(
		rte_calloc(NULL, SIZE_MAX / 2, 3, 0), "calloc overflow");
	TEST_ASSERT_NULL(rte_calloc(NULL, (SIZE_MAX >> 4) + 1, 16, 0),
		"calloc wraps to 0");
	TEST_ASSERT_NULL(rte_malloc(NULL, SIZE_MAX, 0), "SIZE_MAX");
	TEST_ASSERT_NULL(rte_malloc(NULL, rte_eal_get_physmem_size() + 1, 0),
		"more than the arena");
	TEST_ASSERT_NULL(rte_malloc_socket(NULL, 64, 0, RTE_MAX_NUMA_NODES),
		"bad socket");
	TEST_ASSERT_NULL(rte_malloc_socket(NULL, 64, 0, -7), "socket -7");
	if (rte_socket_count() == 1)
		TEST_ASSERT_NULL(rte_malloc_socket(NULL, 64, 0, 1),
			"socket without memory");
	TEST_ASSERT_EQUAL(
		rte_malloc_get_socket_stats(-1, &st), -1, "stats of socket -1");
	TEST_ASSERT_EQUAL(rte_malloc_get_socket_stats(RTE_MAX_NUMA_NODES, &st),
		-1, "stats of a socket past the max");
	return stats_back_to_start();
}

static int
test_zero_and_socket(void)
{
	uint8_t *p, *q;
	unsigned int i;
	int socket;

	/* Dirty a block, free it, and get the same bytes back zeroed. */
	p = rte_malloc(NULL, 5000, 0);
	TEST_ASSERT_NOT_NULL(p, "malloc");
	memset(p, 0xff, 5000);
	rte_free(p);
	q = rte_zmalloc(NULL, 5000, 0);
	TEST_ASSERT_NOT_NULL(q, "zmalloc");
	for (i = 0; i < 5000; i++)
		TEST_ASSERT_EQUAL(q[i], 0, "byte %u not zero", i);
	rte_free(q);
	q = rte_calloc("test", 100, 50, 128);
	TEST_ASSERT(q != NULL && (uintptr_t)q % 128 == 0, "calloc");
	for (i = 0; i < 5000; i++)
		TEST_ASSERT_EQUAL(q[i], 0, "calloc byte %u not zero", i);
	rte_free(q);

	socket = (int)rte_socket_id();
	p = rte_malloc_socket(NULL, 100, 0, socket);
	TEST_ASSERT_NOT_NULL(p, "malloc on socket %d", socket);
	q = rte_zmalloc_socket(NULL, 100, 0, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(q, "malloc on any socket");
	rte_free(p);
	rte_free(q);
	p = rte_calloc_socket(NULL, 10, 10, 0, 0);
	TEST_ASSERT_NOT_NULL(p, "calloc on socket 0");
	TEST_ASSERT_EQUAL(rte_malloc_virt2iova(p), (rte_iova_t)(uintptr_t)p,
		"IOVA is not VA");
	TEST_ASSERT_EQUAL(
		rte_malloc_virt2iova(NULL), RTE_BAD_IOVA, "IOVA of NULL");
	rte_free(p);
	rte_free(NULL);
	return stats_back_to_start();
}

static int
test_realloc(void)
{
	uint8_t *a, *b, *c, *r;
	size_t usable;

	TEST_ASSERT_NULL(rte_realloc(NULL, 0, 0), "realloc(NULL, 0)");
	a = rte_realloc(NULL, 1000, 0);
	TEST_ASSERT_NOT_NULL(a, "realloc(NULL) allocates");
	b = rte_malloc(NULL, 1000, 0);
	c = rte_malloc(NULL, 1000, 0);
	TEST_ASSERT(b != NULL && c != NULL, "malloc");
	fill(a, 1000, 0xa1);
	fill(c, 1000, 0xc1);

	/* Shrink: same block, content kept. */
	r = rte_realloc(a, 200, 0);
	TEST_ASSERT(r == a, "shrink moved the block");
	TEST_ASSERT_SUCCESS(check_fill(a, 200, 0xa1), "shrink lost data");
	TEST_ASSERT_SUCCESS(rte_malloc_validate(a, &usable), "validate");
	TEST_ASSERT(usable >= 200 && usable < 1000, "usable %zu", usable);

	/* Grow into the freed neighbour: still in place. */
	rte_free(b);
	r = rte_realloc(a, 1800, 0);
	TEST_ASSERT(r == a, "grow into a free neighbour moved the block");
	TEST_ASSERT_SUCCESS(check_fill(a, 200, 0xa1), "grow lost data");
	TEST_ASSERT_SUCCESS(check_fill(c, 1000, 0xc1), "neighbour overwritten");
	fill(a, 1800, 0xa2);

	/* Grow beyond the neighbour: moves, keeps the content. */
	r = rte_realloc(a, 100000, 0);
	TEST_ASSERT(r != NULL && r != a, "grow past c");
	TEST_ASSERT_SUCCESS(check_fill(r, 1800, 0xa2), "moved data lost");
	TEST_ASSERT_EQUAL(
		rte_malloc_validate(a, NULL), -1, "old block still live");
	a = r;

	/* An alignment the block lacks forces a move. */
	r = rte_realloc(a, 100000, 1 << 20);
	TEST_ASSERT(r != NULL && (uintptr_t)r % (1 << 20) == 0, "align");
	TEST_ASSERT_SUCCESS(
		check_fill(r, 1800, 0xa2), "aligned move lost data");
	a = r;

	/* Failure leaves the block untouched. */
	TEST_ASSERT_NULL(rte_realloc(a, rte_eal_get_physmem_size() + 1, 0),
		"impossible size");
	TEST_ASSERT_NULL(rte_realloc(a, 100, 3), "bad align");
	TEST_ASSERT_SUCCESS(rte_malloc_validate(a, NULL), "block lost");
	TEST_ASSERT_SUCCESS(check_fill(a, 1800, 0xa2), "data lost on failure");
	TEST_ASSERT_SUCCESS(rte_realloc_socket(a, 10, 0, 0) == a ? 0 : -1,
		"shrink on the same socket moved");

	rte_free(a);
	rte_free(c);
	return stats_back_to_start();
}

static int
test_coalescing(void)
{
	struct rte_malloc_socket_stats mid;
	void *blk[5];
	unsigned int order[3][3] = {{1, 3, 2}, {2, 1, 3}, {3, 2, 1}};
	unsigned int o, i;

	for (o = 0; o < 3; o++) {
		for (i = 0; i < 5; i++) {
			blk[i] = rte_malloc(NULL, 10000, 0);
			TEST_ASSERT_NOT_NULL(blk[i], "malloc");
		}
		/* Free 1..3 (guards 0 and 4 stay): they must merge. */
		for (i = 0; i < 3; i++)
			rte_free(blk[order[o][i]]);
		rte_malloc_get_socket_stats(0, &mid);
		/*
		 * From one free block the five are carved side by side, so
		 * the three freed ones must now be a single free block.
		 */
		if (test_heap_start.free_count == 1)
			TEST_ASSERT_EQUAL(mid.free_count, 2,
				"order %u: %u free blocks, neighbours not "
				"merged",
				o, mid.free_count);
		rte_free(blk[0]);
		rte_free(blk[4]);
		if (stats_back_to_start() != TEST_SUCCESS)
			return TEST_FAILED;
	}
	return TEST_SUCCESS;
}

static int
test_bad_pointers(void)
{
	struct rte_malloc_socket_stats before;
	uint8_t local[256];
	uint8_t *p, saved;
	size_t usable;

	p = rte_malloc(NULL, 1000, 0);
	TEST_ASSERT_NOT_NULL(p, "malloc");
	rte_malloc_get_socket_stats(0, &before);

	TEST_ASSERT_EQUAL(rte_malloc_validate(NULL, NULL), -1, "NULL");
	TEST_ASSERT_EQUAL(
		rte_malloc_validate(local + 64, NULL), -1, "stack memory");
	TEST_ASSERT_EQUAL(
		rte_malloc_validate(p + 64, NULL), -1, "inside a block");
	TEST_ASSERT_EQUAL(rte_malloc_validate(p + 1, NULL), -1, "unaligned");
	/* Freeing garbage is refused, the heap untouched. */
	rte_free(local + 64);
	rte_free(p + 64);
	TEST_ASSERT_SUCCESS(rte_malloc_validate(p, NULL), "real block hurt");

	/* An overrun into the trailer is caught. */
	TEST_ASSERT_SUCCESS(rte_malloc_validate(p, &usable), "validate");
	saved = p[usable];
	p[usable] = (uint8_t)~saved;
	TEST_ASSERT_EQUAL(rte_malloc_validate(p, NULL), -1, "overrun missed");
	rte_free(p); /* refused: corrupt */
	{
		struct rte_malloc_socket_stats now;

		rte_malloc_get_socket_stats(0, &now);
		TEST_ASSERT_EQUAL(now.alloc_count, before.alloc_count,
			"corrupt block was freed");
	}
	p[usable] = saved;
	TEST_ASSERT_SUCCESS(rte_malloc_validate(p, NULL), "restored trailer");
	rte_free(p);

	/* Double free is caught and changes nothing. */
	rte_malloc_get_socket_stats(0, &before);
	rte_free(p);
	TEST_ASSERT_EQUAL(rte_malloc_validate(p, NULL), -1, "freed block");
	{
		struct rte_malloc_socket_stats now;

		rte_malloc_get_socket_stats(0, &now);
		TEST_ASSERT(now.free_count == before.free_count &&
				now.heap_freesz_bytes ==
					before.heap_freesz_bytes,
			"double free changed the heap");
	}
	return stats_back_to_start();
}

static int
test_stats_dump(void)
{
	struct rte_malloc_socket_stats st;
	char *buf = NULL;
	size_t len = 0;
	void *p;
	FILE *f;

	p = rte_malloc(NULL, 3000, 0);
	TEST_ASSERT_NOT_NULL(p, "malloc");
	TEST_ASSERT_SUCCESS(rte_malloc_get_socket_stats(0, &st), "stats");
	TEST_ASSERT_EQUAL(
		st.alloc_count, test_heap_start.alloc_count + 1, "alloc count");
	TEST_ASSERT(st.heap_allocsz_bytes >=
			test_heap_start.heap_allocsz_bytes + 3000,
		"alloc bytes");
	TEST_ASSERT(st.heap_totalsz_bytes == rte_eal_get_physmem_size() ||
			rte_socket_count() > 1,
		"heap size %zu, arena %" PRIu64, st.heap_totalsz_bytes,
		rte_eal_get_physmem_size());
	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_malloc_dump_stats(f, NULL);
	rte_malloc_dump_heaps(f);
	rte_dump_physmem_layout(f);
	fclose(f);
	TEST_ASSERT(strstr(buf, "Heap_size") != NULL &&
			strstr(buf, "busy") != NULL &&
			strstr(buf, "Segment 0") != NULL,
		"dump output:\n%.2000s", buf);
	free(buf);
	rte_free(p);
	TEST_ASSERT(rte_mem_page_size() >= 4096, "page size");
	return stats_back_to_start();
}

struct stress_res {
	uint64_t allocs;
	uint64_t errors;
} __rte_cache_aligned;

static struct stress_res stress_res[RTE_MAX_LCORE];
static uint64_t stress_end;

#define STRESS_SLOTS 64

static int
stress_worker(void *arg)
{
	unsigned int id = rte_lcore_id();
	struct stress_res *res = &stress_res[id];
	void *slot[STRESS_SLOTS] = {NULL};
	size_t slot_len[STRESS_SLOTS];
	uint64_t seed = 0x9e3779b97f4a7c15ULL * (id + 1);
	unsigned int i;

	RTE_SET_USED(arg);
	while (rte_rdtsc() < __atomic_load_n(&stress_end, __ATOMIC_RELAXED)) {
		uint64_t r = next_rand(&seed);
		unsigned int k = r % STRESS_SLOTS;
		unsigned int tag = id * STRESS_SLOTS + k;

		if (slot[k] != NULL) {
			if (check_fill(slot[k], slot_len[k], tag) != 0 ||
				rte_malloc_validate(slot[k], NULL) != 0)
				res->errors++;
			if ((r >> 20) % 4 == 0) {
				size_t nl = 1 + (r >> 32) % 20000;
				void *np = rte_realloc(slot[k], nl, 0);

				if (np == NULL) {
					res->errors++;
					continue;
				}
				slot[k] = np;
				slot_len[k] = nl;
				fill(np, nl, tag);
				continue;
			}
			rte_free(slot[k]);
			slot[k] = NULL;
			continue;
		}
		slot_len[k] = 1 + (r >> 32) % 20000;
		slot[k] = rte_malloc(NULL, slot_len[k], 1u << ((r >> 8) % 13));
		if (slot[k] == NULL) {
			res->errors++;
			continue;
		}
		fill(slot[k], slot_len[k], tag);
		res->allocs++;
	}
	for (i = 0; i < STRESS_SLOTS; i++) {
		if (slot[i] == NULL)
			continue;
		if (check_fill(slot[i], slot_len[i], id * STRESS_SLOTS + i) !=
			0)
			res->errors++;
		rte_free(slot[i]);
	}
	return 0;
}

static int
test_stress(void)
{
	unsigned int lcore;
	uint64_t allocs = 0;

	memset(stress_res, 0, sizeof(stress_res));
	stress_end = rte_rdtsc() + rte_get_tsc_hz() * STRESS_MS / 1000;
	rte_eal_mp_remote_launch(stress_worker, NULL, CALL_MAIN);
	rte_eal_mp_wait_lcore();
	RTE_LCORE_FOREACH(lcore) {
		TEST_ASSERT_EQUAL(stress_res[lcore].errors, 0,
			"lcore %u: %" PRIu64 " errors", lcore,
			stress_res[lcore].errors);
		allocs += stress_res[lcore].allocs;
	}
	printf("stress: %" PRIu64 " allocations on %u lcores\n", allocs,
		rte_lcore_count());
	TEST_ASSERT(allocs > 0, "nothing allocated");
	return stats_back_to_start();
}

static struct unit_test_suite malloc_suite = {
	.suite_name = "malloc autotest",
	.unit_test_cases =
		{
			TEST_CASE_ST(test_heap_mark, NULL,
				test_sizes_and_alignments),
			TEST_CASE_ST(test_heap_mark, NULL, test_bad_requests),
			TEST_CASE_ST(
				test_heap_mark, NULL, test_zero_and_socket),
			TEST_CASE_ST(test_heap_mark, NULL, test_realloc),
			TEST_CASE_ST(test_heap_mark, NULL, test_coalescing),
			TEST_CASE_ST(test_heap_mark, NULL, test_bad_pointers),
			TEST_CASE_ST(test_heap_mark, NULL, test_stats_dump),
			TEST_CASE_ST(test_heap_mark, NULL, test_stress),
			TEST_CASES_END(),
		},
};

static int
test_malloc(void)
{
	return unit_test_suite_runner(&malloc_suite);
}

REGISTER_TEST_COMMAND(malloc_autotest, test_malloc);
