/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The shared configuration: one file the primary creates and every
 * process maps at the same address. Everything in it may hold pointers
 * into itself or the arena (tailq heads do), so the address is fixed.
 * Bump EAL_MCFG_VERSION whenever this layout changes.
 */

#ifndef EAL_MEMCFG_H
#define EAL_MEMCFG_H

#include <limits.h>
#include <stdint.h>
#include <sys/types.h>

#include <rte_memzone.h>
#include <rte_robust_lock.h>
#include <rte_tailq.h>

#include "eal_robust.h"
#include "malloc_heap.h"

/* Processes that take the config's read locks without excluding others. */
#define EAL_MCFG_MAX_PROCS 64

/*
 * A reader-writer lock that survives the death of any holder. The
 * writer is a robust lock (owner id). Readers count themselves in the
 * slot of their process (struct rte_mem_config.procs): a writer waits
 * for every slot to reach 0, but ignores the slot of a dead process, so
 * a reader that dies never wedges a writer. A reader backs off while a
 * writer is there (writers first). A process without a slot (the table
 * is full, or a fork()ed child of an EAL process) takes the write lock
 * for reading.
 */
struct eal_robust_rwlock {
	rte_robust_lock_t writer;
	uint32_t readers[EAL_MCFG_MAX_PROCS]; /* per process slot */
} __rte_cache_aligned;

/* "DPDKMCFG" read as a little-endian word. */
#define EAL_MCFG_MAGIC 0x4746434d4b445044ULL
#define EAL_MCFG_VERSION 3

/* Bytes kept free at the end of the config for later shared tables. */
#define EAL_MCFG_GENERIC_AREA (64 * 1024)

/* Backing of the arena. */
enum eal_arena_kind {
	EAL_ARENA_ANON = 0, /* --in-memory: anonymous shared memory */
	EAL_ARENA_FILE = 1, /* plain file on tmpfs, base pages */
	EAL_ARENA_HUGETLBFS = 2, /* file on a hugetlbfs mount */
};

/*
 * What a secondary reads and checks (with pread) before it trusts the
 * file enough to map it.
 */
struct eal_mcfg_header {
	uint64_t magic; /* written last by the primary */
	uint32_t version; /* EAL_MCFG_VERSION */
	uint32_t config_struct_size; /* sizeof(struct rte_mem_config) */
	uint64_t config_addr; /* where the config is mapped */
	uint64_t config_size; /* mapped bytes of the config file */
	uint64_t arena_addr; /* base of the arena */
	uint64_t arena_size; /* bytes */
	uint64_t page_size; /* page size backing the arena */
	uint32_t owner_uid; /* euid of the primary */
	int32_t primary_pid;
	uint32_t arena_kind; /* enum eal_arena_kind */
	uint32_t nb_sockets; /* heaps that own memory */
	uint64_t primary_start_time; /* with primary_pid: the liveness check */
	char arena_path[PATH_MAX]; /* file backing the arena, if any */
};

struct rte_mem_config {
	struct eal_mcfg_header hdr;

	/* Locks taken by rte_mcfg_*() (eal_common_mcfg.c). */
	struct eal_robust_rwlock mlock; /* memzone table and memory layout */
	struct eal_robust_rwlock qlock; /* tailq lists */
	struct eal_robust_rwlock mplock; /* mempool lists */
	/* Intent record of memzone table updates, under mlock. */
	struct eal_undo mz_undo;
	/* Owner ids of the processes holding reader slots, 0 = free. */
	uint64_t procs[EAL_MCFG_MAX_PROCS];

	rte_spinlock_t tlock; /* rte_mcfg_timer_lock() */
	/* --single-file-segments of the primary. */
	uint32_t single_file_segments;

	/* rte_mp_disable / a secondary attached (eal_common_proc.c). */
	uint32_t mp_status;

	uint32_t memzone_cnt; /* live memzones */
	struct rte_memzone memzones[RTE_MAX_MEMZONE];

	struct rte_tailq_head tailq_head[RTE_MAX_TAILQ];

	struct malloc_heap malloc_heaps[RTE_MAX_NUMA_NODES];

	/* Room for tables added later without moving what is above. */
	uint8_t generic_area[EAL_MCFG_GENERIC_AREA] __rte_cache_aligned;
} __rte_cache_aligned;

/* This process's view of the config, NULL before eal_memory_init. */
extern struct rte_mem_config *eal_mcfg;

/* The config, or NULL before init. */
static inline struct rte_mem_config *
eal_get_mcfg(void)
{
	return eal_mcfg;
}

/* Whether [addr, addr + len) lies in the arena. */
int eal_addr_in_arena(const void *addr, size_t len);

/*
 * Take a reader slot for this process (after the config is mapped) and
 * give it back (before it is unmapped).
 */
void eal_mcfg_proc_attach(void);
void eal_mcfg_proc_detach(void);

/* Forget the shared tailq heads (memory cleanup). */
void eal_tailqs_cleanup(void);

/* Runtime dir helpers (eal_common_runtime_dir.c). */
int eal_runtime_dir_ensure(void);
void eal_runtime_dir_remove(void);
/* A secondary's check: the dir and its parent are real dirs, ours, 0700. */
int eal_runtime_dir_check(void);

/* Hugetlbfs mount usable for an arena (eal_hugepage_info.c). */
struct eal_hugepage_choice {
	char dir[PATH_MAX]; /* mount point */
	uint64_t page_size;
	uint64_t free_pages;
};

/*
 * Find a hugetlbfs mount with room for bytes. Returns 1 and fills
 * choice when one fits, 0 when huge pages can't be used (reason in
 * why), -1 when --huge-dir names something that is not hugetlbfs.
 */
int eal_hugepage_find(size_t bytes, struct eal_hugepage_choice *choice,
	char *why, size_t why_len);

/* Free pages of a size in the kernel pool (anonymous huge pages). */
uint64_t eal_hugepage_free_pages(uint64_t page_size);

/* Default hugepage size of the system, 0 if none. */
uint64_t eal_hugepage_default_size(void);

#endif /* EAL_MEMCFG_H */
