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

#include <rte_eal.h>
#include <rte_memory.h>
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

/*
 * The first 8 bytes of the file. DPDK 22.11's rte_mem_config starts
 * with a 32-bit magic (RTE_MAGIC once its primary is ready) and the
 * 32-bit RTE_VERSION of the primary: a 22.11 secondary waits for the
 * magic, then refuses a version other than its own. Our low half is
 * that magic and our high half "EMM\0" (version 0.77.77.69 to 22.11,
 * never a DPDK release), so a 22.11 tool pointed at our primary (e.g.
 * dpdk-proc-info --file-prefix) exits with its version mismatch error
 * instead of waiting forever. Our secondaries compare all 64 bits.
 */
#define EAL_MCFG_COMPAT_TAG 0x004d4d45U /* "EMM\0" in file order */
#define EAL_MCFG_MAGIC \
	(((uint64_t)EAL_MCFG_COMPAT_TAG << 32) | (uint64_t)RTE_MAGIC)
#define EAL_MCFG_VERSION 4

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

	/*
	 * Heaps: slot i < RTE_MAX_NUMA_NODES is socket i's, the others
	 * hold the external heaps of rte_malloc_heap_create().
	 */
	struct malloc_heap malloc_heaps[RTE_MAX_HEAPS];

	/*
	 * Segment lists: one per socket heap with memory (its segments
	 * are in the memseg area of this file, after the structure), and
	 * one per chunk of external memory (its segments in an fbarray
	 * file). A free slot has base_va NULL.
	 */
	struct rte_memseg_list memsegs[RTE_MAX_MEMSEG_LISTS];
	uint64_t memseg_area_off; /* from the config start */
	uint64_t memseg_area_len;
	/* Socket id the next external heap or registration gets. */
	int32_t next_socket_id;
	/* Narrowest DMA address width asked for (0: none). */
	uint8_t dma_maskbits;

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

/* Bytes of memseg area an arena of arena_size in pages of page_size needs. */
size_t eal_memseg_area_size(uint64_t arena_size, uint64_t page_size);

/*
 * Build the segment lists of the socket heaps in the memseg area
 * (primary, at init, after the heaps). 0, or -1 with rte_errno.
 */
int eal_memseg_lists_init(struct rte_mem_config *mcfg);

/*
 * Whether [addr, addr + len) lies in one chunk of external heap memory
 * this process has mapped (lock-free read of the lists).
 */
int eal_addr_in_ext_heap(const void *addr, size_t len);

/* The arena file descriptor of this process, -1 if none (eal_memory.c). */
int eal_arena_fd(void);

/*
 * External segment lists (eal_common_extmem.c). Caller holds the
 * memory write lock.
 *   create: a list for [va, va + len) in pages of page_sz, fbarray
 *     named "<name>_<va>", every segment used. NULL with rte_errno
 *     (EEXIST overlap, ENOSPC no slot, or the fbarray's code).
 *   find: the external list starting at va; NULL with rte_errno ENOENT
 *     or EINVAL (it has another length).
 *   destroy: delete the fbarray (-1 with EBUSY if another process has
 *     it) and free the slot.
 */
struct rte_memseg_list *
eal_extmem_create(void *va, size_t len, rte_iova_t iova_addrs[], size_t page_sz,
	const char *name, int socket_id);
struct rte_memseg_list *eal_extmem_find(const void *va, size_t len);
int eal_extmem_destroy(struct rte_memseg_list *msl);

/* Argument checks of external memory (EINVAL, logged). */
int eal_extmem_check_args(void *va_addr, size_t len, rte_iova_t iova_addrs[],
	unsigned int n_pages, size_t page_sz);

/* Tell this process's memory event callbacks (eal_common_memalloc.c). */
void
eal_mem_event_notify(enum rte_mem_event event, const void *addr, size_t len);

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
