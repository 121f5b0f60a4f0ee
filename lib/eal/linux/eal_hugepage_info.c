/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <mntent.h>
#include <stdio.h>
#include <string.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_log.h>

#include "eal_internal_cfg.h"
#include "eal_memcfg.h"

#ifndef HUGETLBFS_MAGIC
#define HUGETLBFS_MAGIC 0x958458f6
#endif

static uint64_t
read_sys_u64(const char *path)
{
	unsigned long long v = 0;
	FILE *f = fopen(path, "r");

	if (f == NULL)
		return 0;
	if (fscanf(f, "%llu", &v) != 1)
		v = 0;
	fclose(f);
	return v;
}

uint64_t
eal_hugepage_free_pages(uint64_t page_size)
{
	char path[PATH_MAX];
	uint64_t free_pages, resv;

	snprintf(path, sizeof(path),
		"/sys/kernel/mm/hugepages/hugepages-%" PRIu64
		"kB/free_hugepages",
		page_size >> 10);
	free_pages = read_sys_u64(path);
	snprintf(path, sizeof(path),
		"/sys/kernel/mm/hugepages/hugepages-%" PRIu64
		"kB/resv_hugepages",
		page_size >> 10);
	resv = read_sys_u64(path);
	return free_pages > resv ? free_pages - resv : 0;
}

uint64_t
eal_hugepage_default_size(void)
{
	char line[256];
	unsigned long long kb = 0;
	FILE *f = fopen("/proc/meminfo", "r");

	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (sscanf(line, "Hugepagesize: %llu kB", &kb) == 1)
			break;
	fclose(f);
	return (uint64_t)kb << 10;
}

/* Free pages of a mount: the kernel pool, capped by a size= limit. */
static uint64_t
mount_free_pages(const char *dir, uint64_t *page_size)
{
	struct statfs sfs;
	uint64_t pool;

	if (statfs(dir, &sfs) < 0 || (uint64_t)sfs.f_type != HUGETLBFS_MAGIC)
		return 0;
	*page_size = sfs.f_bsize;
	pool = eal_hugepage_free_pages(*page_size);
	if (sfs.f_blocks != 0 && sfs.f_bfree < pool)
		pool = sfs.f_bfree;
	return pool;
}

int
eal_hugepage_find(size_t bytes, struct eal_hugepage_choice *choice, char *why,
	size_t why_len)
{
	const struct internal_config *cfg = eal_get_internal_configuration();
	uint64_t def = eal_hugepage_default_size();
	struct mntent ent, *m;
	char buf[1024];
	int found_mount = 0;
	FILE *f;
	int pass;

	memset(choice, 0, sizeof(*choice));
	if (cfg->hugepage_dir[0] != '\0') {
		struct statfs sfs;

		if (statfs(cfg->hugepage_dir, &sfs) < 0 ||
			(uint64_t)sfs.f_type != HUGETLBFS_MAGIC) {
			snprintf(why, why_len,
				"--huge-dir %s is not a hugetlbfs mount",
				cfg->hugepage_dir);
			return -1;
		}
		snprintf(choice->dir, sizeof(choice->dir), "%s",
			cfg->hugepage_dir);
		choice->free_pages =
			mount_free_pages(choice->dir, &choice->page_size);
		goto check;
	}

	f = setmntent("/proc/mounts", "r");
	if (f == NULL) {
		snprintf(why, why_len, "cannot read /proc/mounts");
		return 0;
	}
	/* First pass: the default page size; second: any size. */
	for (pass = 0; pass < 2 && choice->dir[0] == '\0'; pass++) {
		rewind(f);
		while ((m = getmntent_r(f, &ent, buf, sizeof(buf))) != NULL) {
			uint64_t psz = 0, npages;

			if (strcmp(m->mnt_type, "hugetlbfs") != 0)
				continue;
			found_mount = 1;
			if (access(m->mnt_dir, W_OK) < 0)
				continue;
			npages = mount_free_pages(m->mnt_dir, &psz);
			if (psz == 0 || (pass == 0 && psz != def))
				continue;
			if (npages * psz < bytes)
				continue;
			snprintf(choice->dir, sizeof(choice->dir), "%s",
				m->mnt_dir);
			choice->page_size = psz;
			choice->free_pages = npages;
			break;
		}
	}
	endmntent(f);
	if (choice->dir[0] == '\0') {
		snprintf(why, why_len, "%s",
			found_mount ? "no hugetlbfs mount has enough free pages"
				    : "no hugetlbfs mounted");
		return 0;
	}
check:
	if (choice->page_size == 0 ||
		choice->free_pages < RTE_ALIGN_CEIL(bytes, choice->page_size) /
				choice->page_size) {
		snprintf(why, why_len,
			"%s has %" PRIu64 " free pages of %" PRIu64
			" kB, %zu bytes needed",
			choice->dir, choice->free_pages,
			choice->page_size >> 10, bytes);
		return 0;
	}
	return 1;
}
