/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Memzones: sizes, alignment, boundaries, the zero-length "biggest
 * block" form, every error code with proof that nothing changed, the
 * descriptor table and the memory running out, free and reuse, walk
 * and dump, reserve/free racing on both lcores, and walks and lookups
 * racing with reserve/free.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>

#include "test.h"

static int
test_reserve_sizes(void)
{
	static const size_t sizes[] = {
		1, 63, 64, 65, 1000, 4096, 100000, 1 << 20, 3 << 20};
	const struct rte_memzone *mz[RTE_DIM(sizes)];
	unsigned int before = test_memzone_count();
	char name[RTE_MEMZONE_NAMESIZE];
	unsigned int i;

	for (i = 0; i < RTE_DIM(sizes); i++) {
		snprintf(name, sizeof(name), "mz_size_%u", i);
		mz[i] = rte_memzone_reserve(name, sizes[i], SOCKET_ID_ANY, 0);
		TEST_ASSERT_NOT_NULL(mz[i], "reserve %zu bytes: %s", sizes[i],
			rte_strerror(rte_errno));
		TEST_ASSERT(mz[i]->len >= sizes[i], "len %zu < %zu", mz[i]->len,
			sizes[i]);
		TEST_ASSERT_EQUAL(mz[i]->len % RTE_CACHE_LINE_SIZE, 0,
			"len not rounded to a cache line");
		TEST_ASSERT_EQUAL((uintptr_t)mz[i]->addr % RTE_CACHE_LINE_SIZE,
			0, "not cache-line aligned");
		TEST_ASSERT_EQUAL(mz[i]->iova,
			(rte_iova_t)(uintptr_t)mz[i]->addr, "IOVA is not VA");
		TEST_ASSERT_EQUAL(
			mz[i]->socket_id, 0, "socket %d", mz[i]->socket_id);
		TEST_ASSERT_EQUAL(strcmp(mz[i]->name, name), 0, "name");
		TEST_ASSERT(mz[i]->hugepage_sz >= rte_mem_page_size(),
			"page size %" PRIu64, mz[i]->hugepage_sz);
		memset(mz[i]->addr, (int)i + 1, sizes[i]);
		TEST_ASSERT(rte_memzone_lookup(name) == mz[i], "lookup");
	}
	TEST_ASSERT_EQUAL(
		test_memzone_count(), before + RTE_DIM(sizes), "walk count");
	/* No zone overlaps another: each still holds its own byte. */
	for (i = 0; i < RTE_DIM(sizes); i++) {
		const uint8_t *p = mz[i]->addr;

		TEST_ASSERT(p[0] == i + 1 && p[sizes[i] - 1] == i + 1,
			"zone %u overwritten", i);
	}
	for (i = 0; i < RTE_DIM(sizes); i++)
		TEST_ASSERT_SUCCESS(rte_memzone_free(mz[i]), "free");
	TEST_ASSERT_EQUAL(
		test_memzone_count(), before, "walk count after free");
	return test_heap_back_to(&test_heap_start);
}

static int
test_reserve_aligned(void)
{
	const struct rte_memzone *mz;
	unsigned int align;
	char name[RTE_MEMZONE_NAMESIZE];

	for (align = 1; align <= (1u << 24); align <<= 1) {
		snprintf(name, sizeof(name), "mz_align_%u", align);
		mz = rte_memzone_reserve_aligned(
			name, 100, SOCKET_ID_ANY, 0, align);
		TEST_ASSERT_NOT_NULL(
			mz, "align %u: %s", align, rte_strerror(rte_errno));
		TEST_ASSERT_EQUAL((uintptr_t)mz->addr % align, 0,
			"%p not aligned on %u", mz->addr, align);
		TEST_ASSERT_EQUAL((uintptr_t)mz->addr % RTE_CACHE_LINE_SIZE, 0,
			"below a cache line");
		TEST_ASSERT_SUCCESS(rte_memzone_free(mz), "free");
	}
	/* Not a power of two: refused, nothing created. */
	mz = rte_memzone_reserve_aligned(
		"mz_bad_align", 100, SOCKET_ID_ANY, 0, 100);
	TEST_ASSERT(mz == NULL && rte_errno == EINVAL, "align 100 accepted");
	TEST_ASSERT_NULL(rte_memzone_lookup("mz_bad_align"), "zone created");
	return test_heap_back_to(&test_heap_start);
}

static int
test_reserve_bounded(void)
{
	const struct rte_memzone *mz[64];
	char name[RTE_MEMZONE_NAMESIZE];
	unsigned int i;

	for (i = 0; i < RTE_DIM(mz); i++) {
		uintptr_t a;

		snprintf(name, sizeof(name), "mz_bound_%u", i);
		mz[i] = rte_memzone_reserve_bounded(
			name, 1000, SOCKET_ID_ANY, 0, 64, 1024);
		TEST_ASSERT_NOT_NULL(
			mz[i], "bounded %u: %s", i, rte_strerror(rte_errno));
		a = (uintptr_t)mz[i]->addr;
		TEST_ASSERT_EQUAL(a / 1024, (a + mz[i]->len - 1) / 1024,
			"zone %p + %zu crosses 1 KiB", mz[i]->addr, mz[i]->len);
	}
	for (i = 0; i < RTE_DIM(mz); i++)
		TEST_ASSERT_SUCCESS(rte_memzone_free(mz[i]), "free");

	mz[0] = rte_memzone_reserve_bounded(
		"mz_bound_big", 2048, SOCKET_ID_ANY, 0, 64, 1024);
	TEST_ASSERT(mz[0] == NULL && rte_errno == EINVAL,
		"len above bound accepted");
	mz[0] = rte_memzone_reserve_bounded(
		"mz_bound_odd", 100, SOCKET_ID_ANY, 0, 64, 1000);
	TEST_ASSERT(
		mz[0] == NULL && rte_errno == EINVAL, "bound 1000 accepted");
	TEST_ASSERT_NULL(rte_memzone_lookup("mz_bound_big"), "zone created");
	return test_heap_back_to(&test_heap_start);
}

static int
test_bad_args(void)
{
	char long_name[RTE_MEMZONE_NAMESIZE + 1];
	const struct rte_memzone *mz, *dup;
	unsigned int before;
	void *addr;

	mz = rte_memzone_reserve("mz_dup", 256, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "reserve");
	memset(mz->addr, 0x5a, 256);
	addr = mz->addr;
	before = test_memzone_count();

	dup = rte_memzone_reserve("mz_dup", 512, SOCKET_ID_ANY, 0);
	TEST_ASSERT(dup == NULL && rte_errno == EEXIST, "duplicate: errno %d",
		rte_errno);
	TEST_ASSERT(rte_memzone_lookup("mz_dup") == mz && mz->addr == addr &&
			mz->len == 256 && ((uint8_t *)mz->addr)[255] == 0x5a,
		"duplicate changed the first zone");

	memset(long_name, 'n', RTE_MEMZONE_NAMESIZE);
	long_name[RTE_MEMZONE_NAMESIZE] = '\0';
	TEST_ASSERT(
		rte_memzone_reserve(long_name, 64, SOCKET_ID_ANY, 0) == NULL &&
			rte_errno == ENAMETOOLONG,
		"32-char name: errno %d", rte_errno);
	long_name[RTE_MEMZONE_NAMESIZE - 1] = '\0';
	dup = rte_memzone_reserve(long_name, 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(dup, "31-char name refused");
	TEST_ASSERT(rte_memzone_lookup(long_name) == dup, "lookup 31 chars");
	TEST_ASSERT_SUCCESS(rte_memzone_free(dup), "free");

	TEST_ASSERT(rte_memzone_reserve(NULL, 64, SOCKET_ID_ANY, 0) == NULL &&
			rte_errno == EINVAL,
		"NULL name");
	TEST_ASSERT(rte_memzone_reserve("mz_sock", 64, RTE_MAX_NUMA_NODES, 0) ==
				NULL &&
			rte_errno == EINVAL,
		"bad socket");
	TEST_ASSERT(rte_memzone_reserve("mz_sock", 64, -5, 0) == NULL &&
			rte_errno == EINVAL,
		"negative socket");
	TEST_ASSERT(rte_memzone_reserve("mz_flags", 64, SOCKET_ID_ANY,
			    0x40000000) == NULL &&
			rte_errno == EINVAL,
		"unknown flag");
	TEST_ASSERT(
		rte_memzone_reserve("mz_huge", rte_eal_get_physmem_size() + 1,
			SOCKET_ID_ANY, 0) == NULL &&
			rte_errno == ENOMEM,
		"more than the arena: errno %d", rte_errno);
	if (rte_socket_count() == 1)
		TEST_ASSERT(rte_memzone_reserve("mz_sock1", 64, 1, 0) == NULL &&
				rte_errno == ENOMEM,
			"socket without memory: errno %d", rte_errno);
	TEST_ASSERT(rte_memzone_lookup("no_such_zone") == NULL &&
			rte_errno == ENOENT,
		"lookup of a missing zone");
	TEST_ASSERT_EQUAL(
		test_memzone_count(), before, "a failed call left a zone");
	TEST_ASSERT_SUCCESS(rte_memzone_free(mz), "free");
	return test_heap_back_to(&test_heap_start);
}

static int
test_free_reuse(void)
{
	struct rte_memzone fake;
	const struct rte_memzone *mz, *again;

	mz = rte_memzone_reserve("mz_reuse", 4096, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "reserve");
	TEST_ASSERT_SUCCESS(rte_memzone_free(mz), "free");
	TEST_ASSERT(
		rte_memzone_lookup("mz_reuse") == NULL && rte_errno == ENOENT,
		"freed zone still found");
	TEST_ASSERT_EQUAL(rte_memzone_free(mz), -EINVAL, "double free");
	TEST_ASSERT_EQUAL(rte_memzone_free(NULL), -EINVAL, "free NULL");
	memset(&fake, 0, sizeof(fake));
	TEST_ASSERT_EQUAL(rte_memzone_free(&fake), -EINVAL, "foreign zone");
	TEST_ASSERT(
		test_heap_back_to(&test_heap_start) == TEST_SUCCESS, "leak");

	again = rte_memzone_reserve("mz_reuse", 4096, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(again, "name not reusable");
	TEST_ASSERT_SUCCESS(rte_memzone_free(again), "free");
	return test_heap_back_to(&test_heap_start);
}

static int
test_biggest_and_exhaustion(void)
{
	const struct rte_memzone *mz[256];
	struct rte_malloc_socket_stats st;
	unsigned int n = 0, i;

	test_heap_stats(&st);
	mz[0] = rte_memzone_reserve("mz_big_0", 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz[0], "len 0: %s", rte_strerror(rte_errno));
	/* It is the largest block, less its header and trailer. */
	TEST_ASSERT(mz[0]->len <= st.greatest_free_size &&
			mz[0]->len + 3 * RTE_CACHE_LINE_SIZE >=
				st.greatest_free_size,
		"len %zu, largest free block %zu", mz[0]->len,
		st.greatest_free_size);
	memset(mz[0]->addr, 0, 64);
	memset(RTE_PTR_ADD(mz[0]->addr, mz[0]->len - 64), 0, 64);
	n = 1;
	/* Take every remaining block until the heap is dry. */
	while (n < RTE_DIM(mz)) {
		char name[RTE_MEMZONE_NAMESIZE];

		snprintf(name, sizeof(name), "mz_big_%u", n);
		mz[n] = rte_memzone_reserve(name, 0, SOCKET_ID_ANY, 0);
		if (mz[n] == NULL)
			break;
		n++;
	}
	TEST_ASSERT(n < RTE_DIM(mz), "heap never ran out");
	TEST_ASSERT_EQUAL(rte_errno, ENOMEM, "dry heap: errno %d", rte_errno);
	TEST_ASSERT(
		rte_memzone_reserve("mz_small", 64, SOCKET_ID_ANY, 0) == NULL &&
			rte_errno == ENOMEM,
		"64 bytes from a dry heap: errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_memzone_lookup("mz_small"), "zone created");
	TEST_ASSERT(rte_malloc(NULL, 64, 0) == NULL, "malloc from a dry heap");
	for (i = 0; i < n; i++)
		TEST_ASSERT_SUCCESS(rte_memzone_free(mz[i]), "free");
	return test_heap_back_to(&test_heap_start);
}

static const struct rte_memzone *table_mz[RTE_MAX_MEMZONE];

static int
test_table_full(void)
{
	unsigned int before = test_memzone_count(), n = 0, i;
	char name[RTE_MEMZONE_NAMESIZE];

	for (n = 0; n < RTE_MAX_MEMZONE; n++) {
		snprintf(name, sizeof(name), "mz_tbl_%u", n);
		table_mz[n] = rte_memzone_reserve(name, 64, SOCKET_ID_ANY, 0);
		if (table_mz[n] == NULL)
			break;
	}
	TEST_ASSERT(n < RTE_MAX_MEMZONE ||
			rte_memzone_reserve(
				"mz_tbl_over", 64, SOCKET_ID_ANY, 0) == NULL,
		"more zones than the table");
	TEST_ASSERT_EQUAL(rte_errno, ENOSPC, "full table: errno %d", rte_errno);
	TEST_ASSERT_EQUAL(
		before + n, RTE_MAX_MEMZONE, "%u + %u zones", before, n);
	/* One freed descriptor is usable again. */
	TEST_ASSERT_SUCCESS(rte_memzone_free(table_mz[n - 1]), "free");
	table_mz[n - 1] =
		rte_memzone_reserve("mz_tbl_last", 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(table_mz[n - 1], "freed slot not reused");
	for (i = 0; i < n; i++)
		TEST_ASSERT_SUCCESS(
			rte_memzone_free(table_mz[i]), "free %u", i);
	TEST_ASSERT_EQUAL(test_memzone_count(), before, "zones left");
	return test_heap_back_to(&test_heap_start);
}

struct walk_seen {
	unsigned int a, b;
};

static void
walk_cb(const struct rte_memzone *mz, void *arg)
{
	struct walk_seen *seen = arg;

	if (strcmp(mz->name, "mz_walk_a") == 0)
		seen->a++;
	if (strcmp(mz->name, "mz_walk_b") == 0)
		seen->b++;
}

static int
test_walk_dump(void)
{
	const struct rte_memzone *a, *b;
	struct walk_seen seen = {0, 0};
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	a = rte_memzone_reserve("mz_walk_a", 128, SOCKET_ID_ANY, 0);
	b = rte_memzone_reserve("mz_walk_b", 256, SOCKET_ID_ANY, 0);
	TEST_ASSERT(a != NULL && b != NULL, "reserve");
	rte_memzone_walk(walk_cb, &seen);
	TEST_ASSERT(
		seen.a == 1 && seen.b == 1, "walk saw %u/%u", seen.a, seen.b);
	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_memzone_dump(f);
	fclose(f);
	TEST_ASSERT(strstr(buf, "mz_walk_a") != NULL &&
			strstr(buf, "mz_walk_b") != NULL,
		"dump misses a zone:\n%s", buf);
	free(buf);
	rte_memzone_free(a);
	rte_memzone_free(b);
	seen.a = seen.b = 0;
	rte_memzone_walk(walk_cb, &seen);
	TEST_ASSERT(seen.a == 0 && seen.b == 0, "walk sees freed zones");
	return test_heap_back_to(&test_heap_start);
}

#define RACE_ROUNDS 2000

static unsigned int race_errors;

static int
race_worker(void *arg)
{
	unsigned int id = rte_lcore_id(), i;
	char name[RTE_MEMZONE_NAMESIZE];

	RTE_SET_USED(arg);
	for (i = 0; i < RACE_ROUNDS; i++) {
		const struct rte_memzone *mz;

		snprintf(name, sizeof(name), "mz_race_%u_%u", id, i % 8);
		mz = rte_memzone_reserve(
			name, 64 + (i % 5) * 1000, SOCKET_ID_ANY, 0);
		if (mz == NULL || rte_memzone_lookup(name) != mz) {
			__atomic_add_fetch(&race_errors, 1, __ATOMIC_RELAXED);
			continue;
		}
		/* Mark it: the other lcore must never see our bytes move. */
		memset(mz->addr, (int)id, mz->len);
		if (((uint8_t *)mz->addr)[mz->len - 1] != (uint8_t)id)
			__atomic_add_fetch(&race_errors, 1, __ATOMIC_RELAXED);
		if (rte_memzone_free(mz) != 0)
			__atomic_add_fetch(&race_errors, 1, __ATOMIC_RELAXED);
	}
	return 0;
}

static int
test_concurrent(void)
{
	unsigned int before = test_memzone_count();

	race_errors = 0;
	rte_eal_mp_remote_launch(race_worker, NULL, CALL_MAIN);
	rte_eal_mp_wait_lcore();
	TEST_ASSERT_EQUAL(race_errors, 0, "%u failures", race_errors);
	TEST_ASSERT_EQUAL(test_memzone_count(), before, "zones left");
	return test_heap_back_to(&test_heap_start);
}

/*
 * Readers of the table (walk, lookup) while another lcore reserves and
 * frees: every descriptor they are shown must be complete, never one
 * whose slot is being filled or emptied (addr, len or name zero).
 */
static unsigned int writer_done;

static int
writer_worker(void *arg)
{
	char name[RTE_MEMZONE_NAMESIZE];
	unsigned int i;

	RTE_SET_USED(arg);
	for (i = 0; i < RACE_ROUNDS * 2; i++) {
		const struct rte_memzone *mz;

		snprintf(name, sizeof(name), "mz_rd_%u", i % 16);
		mz = rte_memzone_reserve(
			name, 64 + (i % 7) * 512, SOCKET_ID_ANY, 0);
		if (mz == NULL) {
			__atomic_add_fetch(&race_errors, 1, __ATOMIC_RELAXED);
			continue;
		}
		memset(mz->addr, 0x5a, mz->len);
		if (rte_memzone_free(mz) != 0)
			__atomic_add_fetch(&race_errors, 1, __ATOMIC_RELAXED);
	}
	__atomic_store_n(&writer_done, 1, __ATOMIC_RELEASE);
	return 0;
}

static void
check_seen(const struct rte_memzone *mz, void *arg)
{
	unsigned int *bad = arg;

	if (strncmp(mz->name, "mz_rd_", 6) != 0)
		return;
	if (mz->addr == NULL || mz->len < 64 || mz->len % 64 != 0 ||
		mz->hugepage_sz == 0)
		(*bad)++;
}

static int
test_readers_during_reserve(void)
{
	unsigned int before = test_memzone_count(), bad = 0, walks = 0;
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);

	if (worker >= RTE_MAX_LCORE) {
		printf("needs two lcores\n");
		return TEST_SKIPPED;
	}
	race_errors = 0;
	__atomic_store_n(&writer_done, 0, __ATOMIC_RELAXED);
	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(writer_worker, NULL, worker), "launch");
	while (!__atomic_load_n(&writer_done, __ATOMIC_ACQUIRE)) {
		char name[RTE_MEMZONE_NAMESIZE];

		rte_memzone_walk(check_seen, &bad);
		snprintf(name, sizeof(name), "mz_rd_%u", walks % 16);
		/* Found or not; a found zone was complete when found. */
		rte_memzone_lookup(name);
		walks++;
	}
	TEST_ASSERT_SUCCESS(rte_eal_wait_lcore(worker), "writer failed");
	printf("%u walks while the other lcore reserved and freed\n", walks);
	TEST_ASSERT_EQUAL(bad, 0u, "%u incomplete descriptors seen", bad);
	TEST_ASSERT_EQUAL(race_errors, 0, "%u writer failures", race_errors);
	TEST_ASSERT_EQUAL(test_memzone_count(), before, "zones left");
	return test_heap_back_to(&test_heap_start);
}

static struct unit_test_suite memzone_suite = {
	.suite_name = "memzone autotest",
	.unit_test_cases =
		{
			TEST_CASE_ST(test_heap_mark, NULL, test_reserve_sizes),
			TEST_CASE_ST(
				test_heap_mark, NULL, test_reserve_aligned),
			TEST_CASE_ST(
				test_heap_mark, NULL, test_reserve_bounded),
			TEST_CASE_ST(test_heap_mark, NULL, test_bad_args),
			TEST_CASE_ST(test_heap_mark, NULL, test_free_reuse),
			TEST_CASE_ST(test_heap_mark, NULL,
				test_biggest_and_exhaustion),
			TEST_CASE_ST(test_heap_mark, NULL, test_table_full),
			TEST_CASE_ST(test_heap_mark, NULL, test_walk_dump),
			TEST_CASE_ST(test_heap_mark, NULL, test_concurrent),
			TEST_CASE_ST(test_heap_mark, NULL,
				test_readers_during_reserve),
			TEST_CASES_END(),
		},
};

static int
test_memzone(void)
{
	return unit_test_suite_runner(&memzone_suite);
}

REGISTER_TEST_COMMAND(memzone_autotest, test_memzone);
