/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Huge page arena. Runs only where hugetlbfs is mounted with enough
 * free pages (skipped otherwise). The test itself runs with --no-huge;
 * it starts a child primary without it, which must land on huge pages,
 * and that child starts a secondary which must attach to them. Once
 * the child is gone its hugetlbfs file and pages must be released.
 */

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <mntent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>

#include "test.h"

#define HUGE_ARENA_MB 64
#define HUGE_ZONE "test_huge_zone"

#ifndef HUGETLBFS_MAGIC
#define HUGETLBFS_MAGIC 0x958458f6
#endif

/* A hugetlbfs mount with room for the child's arena, or -1. */
static int
find_hugetlbfs(char *dir, size_t len, uint64_t *page_size, uint64_t *free_pages)
{
	struct mntent ent, *m;
	char buf[1024], path[PATH_MAX];
	int found = -1;
	FILE *f;

	f = setmntent("/proc/mounts", "r");
	if (f == NULL)
		return -1;
	while (found < 0 && (m = getmntent_r(f, &ent, buf, sizeof(buf)))) {
		struct statfs sfs;
		unsigned long long n = 0;
		FILE *nf;

		if (strcmp(m->mnt_type, "hugetlbfs") != 0 ||
			statfs(m->mnt_dir, &sfs) < 0)
			continue;
		snprintf(path, sizeof(path),
			"/sys/kernel/mm/hugepages/hugepages-%lukB/"
			"free_hugepages",
			(unsigned long)sfs.f_bsize >> 10);
		nf = fopen(path, "r");
		if (nf == NULL)
			continue;
		if (fscanf(nf, "%llu", &n) != 1)
			n = 0;
		fclose(nf);
		if (n * (uint64_t)sfs.f_bsize < (uint64_t)HUGE_ARENA_MB << 20)
			continue;
		snprintf(dir, len, "%s", m->mnt_dir);
		*page_size = sfs.f_bsize;
		*free_pages = n;
		found = 0;
	}
	endmntent(f);
	return found;
}

static uint64_t
free_pages_now(uint64_t page_size)
{
	char path[PATH_MAX];
	unsigned long long n = 0;
	FILE *f;

	snprintf(path, sizeof(path),
		"/sys/kernel/mm/hugepages/hugepages-%" PRIu64
		"kB/free_hugepages",
		page_size >> 10);
	f = fopen(path, "r");
	if (f == NULL)
		return 0;
	if (fscanf(f, "%llu", &n) != 1)
		n = 0;
	fclose(f);
	return n;
}

static int
run_child(const char *proc_type, const char *prefix, const char *cmd)
{
	char ptype[64], pfx[160], mem[32];
	const char *argv[] = {"dpdk-test", "-l", "0", "-m", mem, ptype, pfx};

	snprintf(mem, sizeof(mem), "%d", HUGE_ARENA_MB);
	snprintf(ptype, sizeof(ptype), "--proc-type=%s", proc_type);
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", prefix);
	return test_exec_self(argv, RTE_DIM(argv), cmd);
}

/* In the secondary: the primary's zone, on huge pages. */
static int
test_hugepage_secondary(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(HUGE_ZONE);
	void *p;

	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_SECONDARY, "not a secondary");
	TEST_ASSERT_EQUAL(rte_eal_has_hugepages(), 1, "no huge pages");
	TEST_ASSERT_NOT_NULL(mz, "zone not found");
	TEST_ASSERT_EQUAL(strcmp(mz->addr, "on huge pages"), 0, "content");
	p = rte_malloc(NULL, 1 << 20, 0);
	TEST_ASSERT_NOT_NULL(p, "malloc");
	memset(p, 1, 1 << 20);
	rte_free(p);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(hugepage_secondary, test_hugepage_secondary);

/* In the child primary started without --no-huge. */
static int
test_hugepage_child(void)
{
	const struct rte_memzone *mz;
	uint64_t page;
	phys_addr_t pa;
	void *p;

	TEST_ASSERT_EQUAL(
		rte_eal_has_hugepages(), 1, "arena not on huge pages");
	mz = rte_memzone_reserve_aligned(
		HUGE_ZONE, 4 << 20, SOCKET_ID_ANY, 0, 2 << 20);
	TEST_ASSERT_NOT_NULL(mz, "reserve");
	page = mz->hugepage_sz;
	TEST_ASSERT(
		page > rte_mem_page_size(), "zone page size %" PRIu64, page);
	TEST_ASSERT_EQUAL((uintptr_t)mz->addr % (2 << 20), 0, "alignment");
	memset(mz->addr, 0, mz->len);
	strcpy(mz->addr, "on huge pages");
	/* Root reads real frames; others get RTE_BAD_IOVA. */
	pa = rte_mem_virt2phy(mz->addr);
	if (geteuid() == 0)
		TEST_ASSERT(pa != RTE_BAD_IOVA && pa % page == 0,
			"physical address 0x%" PRIx64, pa);
	p = rte_malloc(NULL, 8 << 20, 0);
	TEST_ASSERT_NOT_NULL(p, "malloc on huge pages");
	memset(p, 0xaa, 8 << 20);
	rte_free(p);
	TEST_ASSERT_EQUAL(run_child("secondary", test_file_prefix(),
				  "hugepage_secondary"),
		0, "secondary on huge pages failed");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(hugepage_child, test_hugepage_child);

static int
test_hugepage(void)
{
	char dir[PATH_MAX], prefix[128], arena[PATH_MAX + 160];
	uint64_t page, free_before, free_after;
	struct stat st;

	if (find_hugetlbfs(dir, sizeof(dir), &page, &free_before) < 0) {
		printf("hugepage_autotest: no hugetlbfs mount with %d MiB of "
		       "free pages: skipped\n",
			HUGE_ARENA_MB);
		return TEST_SKIPPED;
	}
	printf("hugetlbfs %s: %" PRIu64 " free pages of %" PRIu64 " kB\n", dir,
		free_before, page >> 10);
	snprintf(prefix, sizeof(prefix), "%s_huge", test_file_prefix());
	TEST_ASSERT_EQUAL(run_child("primary", prefix, "hugepage_child"), 0,
		"primary on huge pages failed");
	snprintf(arena, sizeof(arena), "%s/dpdk-%s-arena", dir, prefix);
	TEST_ASSERT(stat(arena, &st) < 0 && errno == ENOENT, "%s left behind",
		arena);
	free_after = free_pages_now(page);
	TEST_ASSERT_EQUAL(free_after, free_before,
		"%" PRIu64 " free huge pages, %" PRIu64 " before", free_after,
		free_before);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(hugepage_autotest, test_hugepage);
