/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Shared config and arena: the primary creates and maps them, a
 * secondary checks and maps them at the same addresses.
 *
 * Virtual layout, from the base address up:
 *   [config, page aligned][gap][arena, aligned to max(page, 2 MiB)]
 * Both are first reserved together as one PROT_NONE range with
 * MAP_FIXED_NOREPLACE, so neither can land on something else, then
 * replaced in place by the real mappings.
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#ifdef RTE_HAS_LIBNUMA
#include <numa.h>
#include <numaif.h>
#define EAL_USE_NUMA 1
#endif

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memory.h>
#include <rte_robust_lock.h>

#include "eal_fbarray.h"
#include "eal_internal_cfg.h"
#include "eal_memcfg.h"
#include "eal_private.h"
#include "malloc_heap.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif
#ifndef MAP_HUGE_SHIFT
#define MAP_HUGE_SHIFT 26
#endif
#ifndef TMPFS_MAGIC
#define TMPFS_MAGIC 0x01021994
#endif

#define CONFIG_FILE "config"
#define ARENA_FILE "arena"

/* What this process mapped and opened. */
static struct {
	void *reserved; /* whole [config, arena end) range */
	size_t reserved_len;
	int config_fd; /* primary: holds the liveness lock */
	int arena_fd; /* the arena file, for rte_memseg_get_fd */
	int primary; /* this process created the files */
	char config_path[PATH_MAX];
	char arena_path[PATH_MAX];
	int created_config;
	int created_arena;
} mem = {.config_fd = -1, .arena_fd = -1};

/* Fail with a message and errno-like code. */
#define MEM_FAIL(err, ...) \
	do { \
		RTE_LOG(ERR, EAL, __VA_ARGS__); \
		rte_errno = (err); \
	} while (0)

static const char *
prefix_name(void)
{
	const struct internal_config *cfg = eal_get_internal_configuration();

	return cfg->file_prefix[0] != '\0' ? cfg->file_prefix
					   : EAL_DEFAULT_PREFIX;
}

int
eal_addr_in_arena(const void *addr, size_t len)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();
	uintptr_t a = (uintptr_t)addr;

	if (mcfg == NULL)
		return 0;
	return a >= mcfg->hdr.arena_addr && a + len >= a &&
		a + len <= mcfg->hdr.arena_addr + mcfg->hdr.arena_size;
}

/*
 * The primary holds an exclusive flock on the config for its whole
 * life, but any process may hold that lock: the config must also name
 * a live process by pid and start time. While the magic is not written
 * yet (a primary inside rte_eal_init) the flock alone answers.
 */
int
rte_eal_primary_proc_alive(const char *config_file_path)
{
	struct eal_mcfg_header hdr;
	char path[PATH_MAX];
	int fd, alive = 0;

	if (config_file_path == NULL) {
		if (rte_eal_get_runtime_dir()[0] == '\0')
			return 0;
		config_file_path =
			eal_runtime_path(path, sizeof(path), CONFIG_FILE);
	}
	fd = open(config_file_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return 0;
	if (flock(fd, LOCK_SH | LOCK_NB) < 0)
		alive = errno == EWOULDBLOCK;
	else
		flock(fd, LOCK_UN);
	if (alive && pread(fd, &hdr, sizeof(hdr), 0) == (ssize_t)sizeof(hdr) &&
		hdr.magic == EAL_MCFG_MAGIC && hdr.version == EAL_MCFG_VERSION)
		alive = rte_eal_proc_alive(
			hdr.primary_pid, hdr.primary_start_time);
	close(fd);
	return alive;
}

/* Reserve [addr, addr + len) exactly, without replacing anything. */
static void *
reserve_exact(uintptr_t addr, size_t len)
{
	void *p = mmap((void *)addr, len, PROT_NONE,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE |
			MAP_FIXED_NOREPLACE,
		-1, 0);

	if (p == MAP_FAILED)
		return NULL;
	/* Kernels before 4.17 take the flag as a hint only. */
	if ((uintptr_t)p != addr) {
		munmap(p, len);
		errno = EEXIST;
		return NULL;
	}
	return p;
}

/* Map fd (or anonymous memory if fd < 0) over part of the reservation. */
static int
map_over(uintptr_t addr, size_t len, int fd, int extra_flags)
{
	int flags = MAP_SHARED | MAP_FIXED | extra_flags;
	void *p;

	if (fd < 0)
		flags |= MAP_ANONYMOUS;
	p = mmap((void *)addr, len, PROT_READ | PROT_WRITE, flags, fd, 0);
	if (p == MAP_FAILED)
		return -1;
	return 0;
}

static void
release_mappings(void)
{
	if (mem.reserved != NULL)
		munmap(mem.reserved, mem.reserved_len);
	mem.reserved = NULL;
	mem.reserved_len = 0;
	eal_mcfg = NULL;
}

/* Close the config and arena files (their mappings stay valid). */
static void
close_files(void)
{
	if (mem.config_fd >= 0)
		close(mem.config_fd);
	mem.config_fd = -1;
	if (mem.arena_fd >= 0)
		close(mem.arena_fd);
	mem.arena_fd = -1;
}

/* Open a file of ours for the arena or config; refuse foreign ones. */
static int
open_own(const char *path, int create)
{
	struct stat st;
	int fd;

	fd = open(path,
		O_RDWR | O_CLOEXEC | O_NOFOLLOW | (create ? O_CREAT : 0), 0600);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	if (st.st_uid != geteuid()) {
		close(fd);
		errno = EPERM;
		return -1;
	}
	return fd;
}

/* ----- primary ----- */

/* Where the plain arena file goes: tmpfs so its pages are memory. */
static void
plain_arena_path(char *buf, size_t len)
{
	struct statfs sfs;

	if (statfs(rte_eal_get_runtime_dir(), &sfs) == 0 &&
		(uint64_t)sfs.f_type == TMPFS_MAGIC) {
		eal_runtime_path(buf, len, ARENA_FILE);
		return;
	}
	if (statfs("/dev/shm", &sfs) == 0 &&
		(uint64_t)sfs.f_type == TMPFS_MAGIC) {
		snprintf(buf, len, "/dev/shm/dpdk-%s-arena", prefix_name());
		return;
	}
	RTE_LOG(WARNING, EAL,
		"no tmpfs for the arena file: using the runtime dir (disk)\n");
	eal_runtime_path(buf, len, ARENA_FILE);
}

/* Split the arena among sockets and set up one heap per socket. */
static void
init_heaps(struct rte_mem_config *mcfg, const struct internal_config *cfg)
{
	uint64_t page = mcfg->hdr.page_size;
	uintptr_t cur = mcfg->hdr.arena_addr;
	uintptr_t end = cur + mcfg->hdr.arena_size;
	unsigned int nodes = 1, i;

#ifdef EAL_USE_NUMA
	if (numa_available() >= 0 && numa_max_node() > 0)
		nodes = RTE_MIN((unsigned int)numa_max_node() + 1,
			(unsigned int)RTE_MAX_NUMA_NODES);
#endif
	mcfg->hdr.nb_sockets = 0;
	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		uint64_t len;

		if (cfg->force_sockets)
			len = RTE_ALIGN_CEIL(cfg->socket_mem[i], page);
		else if (i < nodes)
			len = i + 1 == nodes
				? end - cur
				: RTE_ALIGN_FLOOR(
					  mcfg->hdr.arena_size / nodes, page);
		else
			len = 0;
		if (len > end - cur)
			len = end - cur;
		malloc_heap_init(&mcfg->malloc_heaps[i], i, cur, cur + len);
		if (len != 0 || i < nodes)
			snprintf(mcfg->malloc_heaps[i].name,
				sizeof(mcfg->malloc_heaps[i].name), "socket_%u",
				i);
		if (len == 0)
			continue;
		mcfg->hdr.nb_sockets = i + 1;
#ifdef EAL_USE_NUMA
		if (nodes > 1 && (int)i <= numa_max_node()) {
			unsigned long mask = 1UL << i;

			/* Pages fault in on the heap's node when they can. */
			if (mbind((void *)cur, len, MPOL_PREFERRED, &mask,
				    sizeof(mask) * 8, 0) < 0)
				RTE_LOG(WARNING, EAL,
					"mbind of socket %u memory: %s\n", i,
					strerror(errno));
		}
#endif
		cur += len;
	}
}

/* Create (or truncate a stale) file of len bytes; 0600, ours. */
static int
create_sized(const char *path, uint64_t len)
{
	int fd = open_own(path, 1);

	if (fd < 0)
		return -1;
	if (fchmod(fd, 0600) < 0 || ftruncate(fd, 0) < 0 ||
		ftruncate(fd, (off_t)len) < 0) {
		int e = errno;

		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}

/* Arena backing chosen by the primary. */
struct arena_plan {
	enum eal_arena_kind kind;
	uint64_t page_size;
	int anon_huge; /* --in-memory on huge pages */
	char path[PATH_MAX];
};

static uint64_t
arena_bytes(const struct internal_config *cfg)
{
	uint64_t sum = 0;
	unsigned int i;

	if (cfg->force_sockets) {
		for (i = 0; i < RTE_MAX_NUMA_NODES; i++)
			sum += cfg->socket_mem[i];
		if (sum != 0)
			return sum;
	}
	return cfg->memory != 0 ? cfg->memory : EAL_DEFAULT_MEMORY;
}

static int
plan_arena(const struct internal_config *cfg, uint64_t bytes,
	struct arena_plan *plan)
{
	struct eal_hugepage_choice huge;
	char why[PATH_MAX + 128];
	int ret = 0;

	memset(plan, 0, sizeof(*plan));
	plan->page_size = (uint64_t)sysconf(_SC_PAGESIZE);
	plan->kind = cfg->in_memory ? EAL_ARENA_ANON : EAL_ARENA_FILE;
	why[0] = '\0';
	if (!cfg->no_hugetlbfs) {
		if (cfg->in_memory && cfg->hugepage_dir[0] == '\0') {
			uint64_t psz = eal_hugepage_default_size();

			if (psz != 0 &&
				eal_hugepage_free_pages(psz) >=
					RTE_ALIGN_CEIL(bytes, psz) / psz) {
				plan->page_size = psz;
				plan->anon_huge = 1;
			} else {
				snprintf(why, sizeof(why),
					"not enough free huge pages");
			}
		} else {
			ret = eal_hugepage_find(bytes, &huge, why, sizeof(why));
			if (ret < 0) {
				MEM_FAIL(EINVAL, "%s\n", why);
				return -1;
			}
		}
		if (ret == 1 && cfg->in_memory) {
			/* Anonymous huge pages of the --huge-dir's size. */
			plan->page_size = huge.page_size;
			plan->anon_huge = 1;
		} else if (ret == 1) {
			plan->kind = EAL_ARENA_HUGETLBFS;
			plan->page_size = huge.page_size;
			if (snprintf(plan->path, sizeof(plan->path),
				    "%s/dpdk-%s-arena", huge.dir,
				    prefix_name()) >= (int)sizeof(plan->path)) {
				MEM_FAIL(ENAMETOOLONG,
					"huge page path too long\n");
				return -1;
			}
		}
		if (ret == 0 && !plan->anon_huge)
			RTE_LOG(INFO, EAL, "huge pages not used (%s): %s\n",
				why, "arena on 4 KiB pages");
	}
	if (plan->kind == EAL_ARENA_FILE)
		plain_arena_path(plan->path, sizeof(plan->path));
	return 0;
}

/* Reserve the whole range at base; fall back to a free spot by default. */
static int
reserve_layout(const struct internal_config *cfg, uint64_t cfg_size,
	uint64_t arena_align, uint64_t arena_size, uintptr_t *cfg_addr,
	uintptr_t *arena_addr)
{
	uintptr_t base = cfg->base_virtaddr != 0
		? cfg->base_virtaddr
		: (uintptr_t)EAL_DEFAULT_BASE_VIRTADDR;
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	size_t total;
	void *p;

	*cfg_addr = RTE_ALIGN_CEIL(base, page);
	*arena_addr = RTE_ALIGN_CEIL(*cfg_addr + cfg_size, arena_align);
	total = *arena_addr + arena_size - *cfg_addr;
	if (*cfg_addr < base || *arena_addr + arena_size < *arena_addr) {
		MEM_FAIL(EINVAL,
			"--base-virtaddr 0x%" PRIxPTR
			" leaves no room for %" PRIu64 " bytes\n",
			base, arena_size);
		return -1;
	}
	p = reserve_exact(*cfg_addr, total);
	if (p == NULL && cfg->base_virtaddr != 0) {
		MEM_FAIL(ENOMEM,
			"cannot reserve 0x%" PRIxPTR "-0x%" PRIxPTR
			" (%s): choose another --base-virtaddr\n",
			*cfg_addr, *cfg_addr + total, strerror(errno));
		return -1;
	}
	if (p == NULL) {
		/* Let the kernel pick, then align inside the pick. */
		p = mmap(NULL, total + arena_align, PROT_NONE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (p == MAP_FAILED) {
			MEM_FAIL(ENOMEM, "cannot reserve %zu bytes: %s\n",
				total, strerror(errno));
			return -1;
		}
		munmap(p, total + arena_align);
		*arena_addr = RTE_ALIGN_CEIL(
			(uintptr_t)p + cfg_size + page, arena_align);
		*cfg_addr = *arena_addr - RTE_ALIGN_CEIL(cfg_size, page);
		total = *arena_addr + arena_size - *cfg_addr;
		p = reserve_exact(*cfg_addr, total);
		if (p == NULL) {
			MEM_FAIL(ENOMEM, "cannot reserve %zu bytes: %s\n",
				total, strerror(errno));
			return -1;
		}
		RTE_LOG(NOTICE, EAL,
			"default base address taken: memory at 0x%" PRIxPTR
			"\n",
			*cfg_addr);
	}
	mem.reserved = p;
	mem.reserved_len = total;
	return 0;
}

static void
primary_undo(void)
{
	release_mappings();
	if (mem.created_arena)
		unlink(mem.arena_path);
	if (mem.created_config)
		unlink(mem.config_path);
	mem.created_arena = 0;
	mem.created_config = 0;
	close_files();
	if (!eal_get_internal_configuration()->in_memory)
		eal_runtime_dir_remove();
}

/* Map the arena file or anonymous memory over the reservation. */
static int
map_arena(struct arena_plan *plan, uintptr_t addr, uint64_t size)
{
	int fd, flags = 0;

	if (plan->kind == EAL_ARENA_ANON) {
		if (plan->anon_huge)
			flags = MAP_HUGETLB |
				(rte_log2_u64(plan->page_size)
					<< MAP_HUGE_SHIFT);
		else
			flags = MAP_NORESERVE;
		if (map_over(addr, size, -1, flags) == 0)
			return 0;
		if (!plan->anon_huge)
			return -1;
		RTE_LOG(INFO, EAL, "anonymous huge pages failed (%s)\n",
			strerror(errno));
		plan->anon_huge = 0;
		plan->page_size = (uint64_t)sysconf(_SC_PAGESIZE);
		return map_over(addr, size, -1, MAP_NORESERVE);
	}
	snprintf(mem.arena_path, sizeof(mem.arena_path), "%s", plan->path);
	fd = create_sized(plan->path, size);
	if (fd < 0)
		return -1;
	mem.created_arena = 1;
	if (plan->kind == EAL_ARENA_FILE) {
		struct statvfs vfs;

		/* The file is sparse: room is only taken when pages are. */
		if (fstatvfs(fd, &vfs) == 0 &&
			(uint64_t)vfs.f_bavail * vfs.f_frsize < size)
			RTE_LOG(WARNING, EAL,
				"arena of %" PRIu64
				" bytes exceeds the free space of %s: using it "
				"all would fail (SIGBUS)\n",
				size, plan->path);
	}
	/* Huge pages are reserved at map time, so a short pool fails here. */
	if (map_over(addr, size, fd,
		    plan->kind == EAL_ARENA_FILE ? MAP_NORESERVE : 0) == 0) {
		mem.arena_fd = fd;
		return 0;
	}
	close(fd);
	if (plan->kind != EAL_ARENA_HUGETLBFS)
		return -1;
	RTE_LOG(INFO, EAL,
		"mapping huge pages failed (%s): using 4 KiB pages\n",
		strerror(errno));
	unlink(plan->path);
	mem.created_arena = 0;
	plan->kind = EAL_ARENA_FILE;
	plan->page_size = (uint64_t)sysconf(_SC_PAGESIZE);
	plain_arena_path(plan->path, sizeof(plan->path));
	return map_arena(plan, addr, size);
}

static int
primary_init(void)
{
	const struct internal_config *cfg = eal_get_internal_configuration();
	uint64_t sys_page = (uint64_t)sysconf(_SC_PAGESIZE);
	uint64_t bytes = arena_bytes(cfg), arena_size, cfg_size, area_off;
	struct rte_mem_config *mcfg;
	struct arena_plan plan;
	uintptr_t cfg_addr, arena_addr;

	mem.primary = 1;
	if (plan_arena(cfg, bytes, &plan) < 0)
		return -1;
	/* Huge page arenas must be whole pages; the 2 MiB floor allows it. */
	arena_size = RTE_ALIGN_CEIL(
		bytes, RTE_MAX(plan.page_size, (uint64_t)RTE_PGSIZE_2M));
	/*
	 * The config file also holds the segments of the arena, one per
	 * page: room for base pages, as huge pages may turn out missing.
	 * Untouched, the room costs nothing (sparse file).
	 */
	area_off = RTE_ALIGN_CEIL(sizeof(struct rte_mem_config), 64);
	cfg_size = RTE_ALIGN_CEIL(
		area_off + eal_memseg_area_size(arena_size, sys_page),
		sys_page);

	if (!cfg->in_memory) {
		if (eal_runtime_dir_ensure() < 0)
			return -1;
		eal_runtime_path(
			mem.config_path, sizeof(mem.config_path), CONFIG_FILE);
		mem.config_fd = open_own(mem.config_path, 1);
		if (mem.config_fd < 0) {
			MEM_FAIL(errno == EPERM ? EACCES : errno,
				"cannot open %s: %s\n", mem.config_path,
				errno == EPERM ? "owned by another user"
					       : strerror(errno));
			mem.config_fd = -1;
			eal_runtime_dir_remove();
			return -1;
		}
		if (flock(mem.config_fd, LOCK_EX | LOCK_NB) < 0) {
			int e = errno;

			close(mem.config_fd);
			mem.config_fd = -1;
			if (e == EWOULDBLOCK)
				MEM_FAIL(EEXIST,
					"a primary process is already running "
					"with file prefix '%s' (use "
					"--proc-type secondary or another "
					"--file-prefix)\n",
					prefix_name());
			else
				MEM_FAIL(e, "cannot lock %s: %s\n",
					mem.config_path, strerror(e));
			return -1;
		}
		/* Ours now: a stale file from a dead primary is replaced. */
		mem.created_config = 1;
		if (fchmod(mem.config_fd, 0600) < 0 ||
			ftruncate(mem.config_fd, 0) < 0 ||
			ftruncate(mem.config_fd, (off_t)cfg_size) < 0) {
			MEM_FAIL(errno, "cannot size %s: %s\n", mem.config_path,
				strerror(errno));
			primary_undo();
			return -1;
		}
	}

	if (reserve_layout(cfg, cfg_size,
		    RTE_MAX(plan.page_size, (uint64_t)RTE_PGSIZE_2M),
		    arena_size, &cfg_addr, &arena_addr) < 0) {
		primary_undo();
		return -1;
	}
	if (map_over(cfg_addr, cfg_size, mem.config_fd, 0) < 0) {
		MEM_FAIL(
			ENOMEM, "cannot map the config: %s\n", strerror(errno));
		primary_undo();
		return -1;
	}
	if (map_arena(&plan, arena_addr, arena_size) < 0) {
		MEM_FAIL(ENOMEM, "cannot map a %" PRIu64 "-byte arena: %s\n",
			arena_size, strerror(errno));
		primary_undo();
		return -1;
	}
	/* --huge-unlink=always: the mapping keeps the pages, no file stays. */
	if (plan.kind == EAL_ARENA_HUGETLBFS &&
		cfg->huge_unlink == EAL_HUGE_UNLINK_ALWAYS &&
		mem.created_arena) {
		unlink(mem.arena_path);
		mem.created_arena = 0;
	}

	mcfg = (struct rte_mem_config *)cfg_addr;
	memset(mcfg, 0, sizeof(*mcfg));
	mcfg->hdr.version = EAL_MCFG_VERSION;
	mcfg->hdr.config_struct_size = sizeof(*mcfg);
	mcfg->hdr.config_addr = cfg_addr;
	mcfg->hdr.config_size = cfg_size;
	mcfg->hdr.arena_addr = arena_addr;
	mcfg->hdr.arena_size = arena_size;
	mcfg->hdr.page_size = plan.page_size;
	mcfg->hdr.owner_uid = geteuid();
	mcfg->hdr.primary_pid = getpid();
	mcfg->hdr.primary_start_time = rte_eal_proc_start_time(getpid());
	mcfg->hdr.arena_kind = plan.kind;
	if (plan.kind != EAL_ARENA_ANON)
		snprintf(mcfg->hdr.arena_path, sizeof(mcfg->hdr.arena_path),
			"%s", plan.path);
	/* The memset left every lock free and the journals closed. */
	mcfg->memseg_area_off = area_off;
	mcfg->memseg_area_len = cfg_size - area_off;
	mcfg->single_file_segments = cfg->single_file_segments != 0;
	eal_mcfg = mcfg;
	eal_mcfg_proc_attach();
	init_heaps(mcfg, cfg);
	if (eal_memseg_lists_init(mcfg) < 0) {
		eal_mcfg = NULL;
		primary_undo();
		return -1;
	}
	/* Secondaries wait for the magic: write it once all is ready. */
	__atomic_store_n(&mcfg->hdr.magic, EAL_MCFG_MAGIC, __ATOMIC_RELEASE);
	RTE_LOG(DEBUG, EAL,
		"primary: config at 0x%" PRIxPTR ", arena 0x%" PRIxPTR
		" + %" PRIu64 " (%s, %" PRIu64 "-byte pages)\n",
		cfg_addr, arena_addr, arena_size,
		plan.kind == EAL_ARENA_HUGETLBFS      ? "hugetlbfs"
			: plan.kind == EAL_ARENA_FILE ? "file"
						      : "anonymous",
		plan.page_size);
	return 0;
}

/* ----- secondary ----- */

static int
no_primary(void)
{
	MEM_FAIL(ENOENT, "no primary process running for file prefix '%s'\n",
		prefix_name());
	return -1;
}

/* Read and check the header; 0 if the primary's config can be used. */
static int
read_header(int fd, const char *path, struct eal_mcfg_header *hdr)
{
	struct stat st;
	int waited = 0;

	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		MEM_FAIL(EINVAL, "%s is not a regular file\n", path);
		return -1;
	}
	if (st.st_uid != geteuid()) {
		MEM_FAIL(EACCES,
			"%s is owned by uid %u, not by this user (uid %u): "
			"refusing it\n",
			path, (unsigned int)st.st_uid, (unsigned int)geteuid());
		return -1;
	}
	for (;;) {
		ssize_t n;

		memset(hdr, 0, sizeof(*hdr));
		n = pread(fd, hdr, sizeof(*hdr), 0);
		if (n < (ssize_t)sizeof(hdr->magic)) {
			MEM_FAIL(EINVAL,
				"%s is not a DPDK config file (too short)\n",
				path);
			return -1;
		}
		if (hdr->magic == EAL_MCFG_MAGIC && n < (ssize_t)sizeof(*hdr)) {
			MEM_FAIL(EINVAL,
				"%s is not a DPDK config file (truncated)\n",
				path);
			return -1;
		}
		if (hdr->magic == EAL_MCFG_MAGIC)
			break;
		/* A live primary may still be setting up: give it 2 s. */
		if (hdr->magic == 0 && waited < 200 &&
			rte_eal_primary_proc_alive(path)) {
			struct timespec ts = {0, 10 * 1000 * 1000};

			nanosleep(&ts, NULL);
			waited++;
			continue;
		}
		MEM_FAIL(EINVAL,
			"%s is not a DPDK config file (bad magic 0x%" PRIx64
			")\n",
			path, hdr->magic);
		return -1;
	}
	if (hdr->version != EAL_MCFG_VERSION ||
		hdr->config_struct_size != sizeof(struct rte_mem_config)) {
		MEM_FAIL(EPROTO,
			"%s: config layout version %u != %u (size %u != %zu): "
			"primary built from other sources\n",
			path, hdr->version, EAL_MCFG_VERSION,
			hdr->config_struct_size, sizeof(struct rte_mem_config));
		return -1;
	}
	if (hdr->owner_uid != geteuid() ||
		(uint64_t)st.st_size < hdr->config_size ||
		hdr->config_size < sizeof(struct rte_mem_config) ||
		hdr->arena_addr < hdr->config_addr + hdr->config_size ||
		hdr->arena_addr + hdr->arena_size < hdr->arena_addr ||
		hdr->arena_size == 0 || hdr->arena_kind == EAL_ARENA_ANON ||
		memchr(hdr->arena_path, '\0', sizeof(hdr->arena_path)) ==
			NULL) {
		MEM_FAIL(EINVAL, "%s: inconsistent config header\n", path);
		return -1;
	}
	return 0;
}

#ifndef HUGETLBFS_MAGIC
#define HUGETLBFS_MAGIC 0x958458f6
#endif
/* Highest user-space address on x86_64 with 4-level page tables. */
#define EAL_USER_VA_END (1ULL << 47)

static int
pow2(uint64_t v)
{
	return v != 0 && (v & (v - 1)) == 0;
}

/*
 * A secondary trusts nothing the config file says before it is checked:
 * every address, size and count in bounds, and the arena file the one
 * the primary's naming rule gives for this prefix.
 */
static int
check_header_bounds(const struct eal_mcfg_header *hdr, const char *path)
{
	const char *why = NULL;
	char want[PATH_MAX];

	if (!pow2(hdr->page_size) || hdr->page_size < 4096 ||
		hdr->page_size > (1ULL << 30))
		why = "page size";
	else if (hdr->config_addr == 0 || hdr->config_addr % 4096 != 0 ||
		hdr->config_size % 4096 != 0 || hdr->config_size > (1ULL << 32))
		why = "config address or size";
	else if (hdr->arena_addr % hdr->page_size != 0 ||
		hdr->arena_size % hdr->page_size != 0 ||
		hdr->arena_size > EAL_USER_VA_END ||
		hdr->arena_addr > EAL_USER_VA_END - hdr->arena_size)
		why = "arena address or size";
	else if (hdr->arena_kind != EAL_ARENA_FILE &&
		hdr->arena_kind != EAL_ARENA_HUGETLBFS)
		why = "arena kind";
	else if (hdr->nb_sockets > RTE_MAX_NUMA_NODES)
		why = "socket count";
	else if (hdr->primary_pid <= 0)
		why = "primary pid";
	if (why != NULL) {
		MEM_FAIL(EINVAL, "%s: config header out of bounds (%s)\n", path,
			why);
		return -1;
	}
	if (hdr->arena_kind == EAL_ARENA_FILE) {
		plain_arena_path(want, sizeof(want));
		if (strcmp(want, hdr->arena_path) == 0)
			return 0;
	} else {
		const char *slash = strrchr(hdr->arena_path, '/');
		char dir[PATH_MAX];
		struct statfs sfs;

		snprintf(want, sizeof(want), "dpdk-%s-arena", prefix_name());
		if (slash != NULL && slash != hdr->arena_path &&
			strcmp(slash + 1, want) == 0 &&
			(size_t)(slash - hdr->arena_path) < sizeof(dir)) {
			memcpy(dir, hdr->arena_path, slash - hdr->arena_path);
			dir[slash - hdr->arena_path] = '\0';
			if (statfs(dir, &sfs) == 0 &&
				(uint64_t)sfs.f_type == HUGETLBFS_MAGIC)
				return 0;
		}
	}
	MEM_FAIL(EACCES,
		"%s: arena_path '%.64s' is not this prefix's arena file: "
		"refusing it\n",
		path, hdr->arena_path);
	return -1;
}

static int
secondary_init(void)
{
	struct eal_mcfg_header hdr;
	struct stat st;
	int fd, afd;

	mem.primary = 0;
	if (eal_runtime_dir_check() < 0)
		return -1;
	eal_runtime_path(mem.config_path, sizeof(mem.config_path), CONFIG_FILE);
	fd = open(mem.config_path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		if (errno == ENOENT)
			return no_primary();
		MEM_FAIL(errno, "cannot open %s: %s\n", mem.config_path,
			strerror(errno));
		return -1;
	}
	if (read_header(fd, mem.config_path, &hdr) < 0) {
		close(fd);
		return -1;
	}
	if (!rte_eal_primary_proc_alive(mem.config_path)) {
		close(fd);
		if (!rte_eal_proc_alive(
			    hdr.primary_pid, hdr.primary_start_time))
			RTE_LOG(ERR, EAL,
				"%s names primary pid %d started at tick "
				"%" PRIu64 ": no such process runs (stale or "
				"forged config)\n",
				mem.config_path, (int)hdr.primary_pid,
				hdr.primary_start_time);
		return no_primary();
	}
	if (check_header_bounds(&hdr, mem.config_path) < 0) {
		close(fd);
		return -1;
	}
	mem.reserved = reserve_exact(hdr.config_addr,
		hdr.arena_addr + hdr.arena_size - hdr.config_addr);
	if (mem.reserved == NULL) {
		close(fd);
		MEM_FAIL(EADDRINUSE,
			"the primary's memory at 0x%" PRIx64 "-0x%" PRIx64
			" is taken in this process: start the primary with "
			"another --base-virtaddr\n",
			hdr.config_addr, hdr.arena_addr + hdr.arena_size);
		return -1;
	}
	mem.reserved_len = hdr.arena_addr + hdr.arena_size - hdr.config_addr;
	if (map_over(hdr.config_addr, hdr.config_size, fd, 0) < 0) {
		MEM_FAIL(ENOMEM, "cannot map %s: %s\n", mem.config_path,
			strerror(errno));
		close(fd);
		release_mappings();
		return -1;
	}
	close(fd);

	afd = open(hdr.arena_path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
	if (afd < 0 || fstat(afd, &st) < 0 || st.st_uid != geteuid() ||
		(uint64_t)st.st_size < hdr.arena_size) {
		MEM_FAIL(afd < 0 ? errno : EACCES,
			"cannot use the primary's arena file %s: %s\n",
			hdr.arena_path,
			afd < 0 ? strerror(errno) : "wrong owner or size");
		if (afd >= 0)
			close(afd);
		release_mappings();
		return -1;
	}
	if (map_over(hdr.arena_addr, hdr.arena_size, afd,
		    hdr.arena_kind == EAL_ARENA_FILE ? MAP_NORESERVE : 0) < 0) {
		MEM_FAIL(ENOMEM, "cannot map %s: %s\n", hdr.arena_path,
			strerror(errno));
		close(afd);
		release_mappings();
		return -1;
	}
	mem.arena_fd = afd;
	snprintf(mem.arena_path, sizeof(mem.arena_path), "%s", hdr.arena_path);
	eal_mcfg = (struct rte_mem_config *)(uintptr_t)hdr.config_addr;
	eal_mcfg_proc_attach();
	RTE_LOG(DEBUG, EAL, "secondary: attached to pid %d's memory\n",
		(int)hdr.primary_pid);
	return 0;
}

int
eal_memory_init(void)
{
	struct internal_config *cfg = eal_get_internal_configuration();

	if (eal_mcfg != NULL) {
		rte_errno = EALREADY;
		return -1;
	}
	if (cfg->process_type == RTE_PROC_AUTO)
		cfg->process_type =
			!cfg->in_memory && rte_eal_primary_proc_alive(NULL)
			? RTE_PROC_SECONDARY
			: RTE_PROC_PRIMARY;
	if (cfg->process_type == RTE_PROC_SECONDARY) {
		if (cfg->in_memory) {
			MEM_FAIL(EINVAL,
				"--in-memory has no shared files: no secondary "
				"process possible\n");
			return -1;
		}
		return secondary_init();
	}
	if (primary_init() < 0) {
		/*
		 * Leave nothing behind: the folder goes if it is empty
		 * (it is not when a live primary owns it).
		 */
		if (!cfg->in_memory)
			eal_runtime_dir_remove();
		mem.primary = 0;
		return -1;
	}
	return 0;
}

void
eal_memory_cleanup(void)
{
	eal_tailqs_cleanup();
	eal_fbarray_cleanup(mem.primary);
	if (!eal_get_internal_configuration()->in_memory) {
		/* Unlink while still holding the lock: no one sees a gap. */
		if (mem.primary && mem.created_arena)
			unlink(mem.arena_path);
		if (mem.primary && mem.created_config)
			unlink(mem.config_path);
		/*
		 * The last process out removes the folder, once empty: a
		 * secondary too, when its primary ended while the
		 * secondary's own sockets (mp, telemetry) were still there.
		 */
		eal_runtime_dir_remove();
	}
	mem.created_arena = 0;
	mem.created_config = 0;
	eal_mcfg_proc_detach();
	release_mappings();
	close_files();
	mem.primary = 0;
}

int
eal_arena_fd(void)
{
	return mem.arena_fd;
}

rte_iova_t
rte_mem_virt2iova(const void *virt)
{
	return (rte_iova_t)(uintptr_t)virt;
}

phys_addr_t
rte_mem_virt2phy(const void *virt)
{
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	uint64_t entry, pfn;
	off_t off;
	int fd;

	fd = open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return RTE_BAD_IOVA;
	off = (off_t)((uintptr_t)virt / page * sizeof(uint64_t));
	if (pread(fd, &entry, sizeof(entry), off) != (ssize_t)sizeof(entry)) {
		close(fd);
		return RTE_BAD_IOVA;
	}
	close(fd);
	/* Bit 63: present; bits 0-54: frame (zero without CAP_SYS_ADMIN). */
	pfn = entry & ((1ULL << 55) - 1);
	if (!(entry & (1ULL << 63)) || pfn == 0)
		return RTE_BAD_IOVA;
	return pfn * page + (uintptr_t)virt % page;
}
