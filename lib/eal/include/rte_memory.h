/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Memory types. IOVA is the virtual address in this tree.
 */

#ifndef _RTE_MEMORY_H_
#define _RTE_MEMORY_H_

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_bitops.h>
#include <rte_common.h>
#include <rte_config.h>
#include <rte_compat.h>
#include <rte_fbarray.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTE_PGSIZE_4K (1ULL << 12) /**< 4 KiB page */
#define RTE_PGSIZE_64K (1ULL << 16) /**< 64 KiB page */
#define RTE_PGSIZE_2M (1ULL << 21) /**< 2 MiB page */
#define RTE_PGSIZE_1G (1ULL << 30) /**< 1 GiB page */
#define RTE_PGSIZE_256K (1ULL << 18) /**< 256 KiB page */
#define RTE_PGSIZE_16M (1ULL << 24) /**< 16 MiB page */
#define RTE_PGSIZE_256M (1ULL << 28) /**< 256 MiB page */
#define RTE_PGSIZE_512M (1ULL << 29) /**< 512 MiB page */
#define RTE_PGSIZE_4G (1ULL << 32) /**< 4 GiB page */
#define RTE_PGSIZE_16G (1ULL << 34) /**< 16 GiB page */

/** Any NUMA socket. */
#define SOCKET_ID_ANY -1

/** The segment must never be given back to the system. */
#define RTE_MEMSEG_FLAG_DO_NOT_FREE RTE_BIT32(0)
/** The segment may hold old data (it is not known to be zeroed). */
#define RTE_MEMSEG_FLAG_DIRTY RTE_BIT32(1)

/**
 * One page of memory the EAL knows about: a page of the arena, or of
 * memory registered with rte_extmem_register() or added to an external
 * heap.
 */
struct rte_memseg {
	rte_iova_t iova; /**< IOVA of the start (RTE_BAD_IOVA if unknown) */
	RTE_STD_C11
	union {
		void *addr; /**< start address */
		uint64_t addr_64; /**< addr on 64 bits everywhere */
	};
	size_t len; /**< bytes (the page size) */
	uint64_t hugepage_sz; /**< page size of the memory */
	int32_t socket_id; /**< NUMA socket, or the external heap's id */
	uint32_t nchannel; /**< memory channels (-n) */
	uint32_t nrank; /**< memory ranks (-r) */
	uint32_t flags; /**< RTE_MEMSEG_FLAG_* */
} __rte_packed;

/**
 * A virtually contiguous range of pages of one size and socket, and the
 * array of its segments (one per page, used when the page is).
 */
struct rte_memseg_list {
	RTE_STD_C11
	union {
		void *base_va; /**< start of the range */
		uint64_t addr_64; /**< base_va on 64 bits everywhere */
	};
	uint64_t page_sz; /**< page size of every segment */
	int socket_id; /**< socket of every segment */
	volatile uint32_t version; /**< bumped when segments change */
	size_t len; /**< bytes the range covers */
	unsigned int external; /**< 1: memory the application brought */
	unsigned int heap; /**< 1: the memory belongs to a malloc heap */
	struct rte_fbarray memseg_arr; /**< the segments */
};

/**
 * Lock the page holding an address in memory (mlock), so it is never
 * swapped out.
 *
 * @param virt  The address.
 * @return 0, or -1 with rte_errno set from mlock.
 */
int rte_mem_lock_page(const void *virt);

/**
 * IOVA of a virtual address (the address itself: IOVA as VA).
 *
 * @param virt  The address.
 * @return The IOVA.
 */
rte_iova_t rte_mem_virt2iova(const void *virt);

/**
 * Physical address of a virtual address, from /proc/self/pagemap when
 * readable.
 *
 * @param virt  The address.
 * @return The physical address, or RTE_BAD_IOVA if unknown.
 */
phys_addr_t rte_mem_virt2phy(const void *virt);

/**
 * Address of an IOVA: the address itself for the arena (IOVA as VA);
 * looked up in the segments of external memory. Read-locks the memory
 * layout.
 *
 * @param iova  The IOVA.
 * @return The address, or NULL if no segment has that IOVA.
 */
void *rte_mem_iova2virt(rte_iova_t iova);

/**
 * Segment of an address.
 *
 * @param virt  The address.
 * @param msl  The list to look in, or NULL to find it first.
 * @return The segment, or NULL if the address is in no segment (or in
 *   external memory this process has not attached).
 */
struct rte_memseg *
rte_mem_virt2memseg(const void *virt, const struct rte_memseg_list *msl);

/**
 * Segment list of an address.
 *
 * @param virt  The address.
 * @return The list, or NULL if no list covers the address.
 */
struct rte_memseg_list *rte_mem_virt2memseg_list(const void *virt);

/**
 * Called for each used segment by rte_memseg_walk().
 *
 * @param msl  The segment's list.
 * @param ms  The segment.
 * @param arg  The walk's argument.
 * @return 0 to go on, 1 to stop the walk, -1 to stop it with an error.
 */
typedef int (*rte_memseg_walk_t)(const struct rte_memseg_list *msl,
	const struct rte_memseg *ms, void *arg);

/**
 * Called for each run of virtually contiguous used segments by
 * rte_memseg_contig_walk().
 *
 * @param msl  The list of the run.
 * @param ms  Its first segment.
 * @param len  Bytes of the run.
 * @param arg  The walk's argument.
 * @return 0 to go on, 1 to stop the walk, -1 to stop it with an error.
 */
typedef int (*rte_memseg_contig_walk_t)(const struct rte_memseg_list *msl,
	const struct rte_memseg *ms, size_t len, void *arg);

/**
 * Called for each segment list by rte_memseg_list_walk().
 *
 * @param msl  The list.
 * @param arg  The walk's argument.
 * @return 0 to go on, 1 to stop the walk, -1 to stop it with an error.
 */
typedef int (*rte_memseg_list_walk_t)(
	const struct rte_memseg_list *msl, void *arg);

/**
 * Call func for every used segment, the memory layout read-locked
 * (func must not change the layout: no memzone reserve, no external
 * memory add or remove). External memory this process has not
 * attached is skipped.
 *
 * @param func  The callback.
 * @param arg  Its argument.
 * @return 0 if every call returned 0, 1 if one stopped the walk, -1 if
 *   one failed.
 */
int rte_memseg_walk(rte_memseg_walk_t func, void *arg);

/**
 * Call func for every run of virtually contiguous used segments, as
 * rte_memseg_walk().
 *
 * @param func  The callback.
 * @param arg  Its argument.
 * @return 0, 1 or -1 as rte_memseg_walk().
 */
int rte_memseg_contig_walk(rte_memseg_contig_walk_t func, void *arg);

/**
 * Call func for every segment list, as rte_memseg_walk().
 *
 * @param func  The callback.
 * @param arg  Its argument.
 * @return 0, 1 or -1 as rte_memseg_walk().
 */
int rte_memseg_list_walk(rte_memseg_list_walk_t func, void *arg);

/**
 * rte_memseg_walk() without taking the lock: for memory event
 * callbacks and other code that already holds it.
 *
 * @param func  The callback.
 * @param arg  Its argument.
 * @return 0, 1 or -1 as rte_memseg_walk().
 */
int rte_memseg_walk_thread_unsafe(rte_memseg_walk_t func, void *arg);

/**
 * rte_memseg_contig_walk() without taking the lock.
 *
 * @param func  The callback.
 * @param arg  Its argument.
 * @return 0, 1 or -1 as rte_memseg_walk().
 */
int
rte_memseg_contig_walk_thread_unsafe(rte_memseg_contig_walk_t func, void *arg);

/**
 * rte_memseg_list_walk() without taking the lock.
 *
 * @param func  The callback.
 * @param arg  Its argument.
 * @return 0, 1 or -1 as rte_memseg_walk().
 */
int rte_memseg_list_walk_thread_unsafe(rte_memseg_list_walk_t func, void *arg);

/**
 * File descriptor behind a segment: the arena file (one file for the
 * whole arena). Read-locks the memory layout. The descriptor is the
 * EAL's: do not close it.
 *
 * @param ms  The segment.
 * @return The descriptor, or -1 with rte_errno: EINVAL (not a segment),
 *   ENOENT (unused segment), ENOTSUP (external memory, or an arena
 *   without a file: --in-memory), ENODEV (no descriptor open).
 */
int rte_memseg_get_fd(const struct rte_memseg *ms);

/**
 * rte_memseg_get_fd() without taking the lock.
 *
 * @param ms  The segment.
 * @return As rte_memseg_get_fd().
 */
int rte_memseg_get_fd_thread_unsafe(const struct rte_memseg *ms);

/**
 * Offset of a segment in the file rte_memseg_get_fd() gives.
 *
 * @param ms  The segment.
 * @param offset  Where to store the offset.
 * @return 0, or -1 with rte_errno as rte_memseg_get_fd() (and EINVAL
 *   for a NULL offset).
 */
int rte_memseg_get_fd_offset(const struct rte_memseg *ms, size_t *offset);

/**
 * rte_memseg_get_fd_offset() without taking the lock.
 *
 * @param ms  The segment.
 * @param offset  Where to store the offset.
 * @return As rte_memseg_get_fd_offset().
 */
int rte_memseg_get_fd_offset_thread_unsafe(
	const struct rte_memseg *ms, size_t *offset);

/**
 * Make memory the application mapped itself known to the EAL (one
 * segment list, not a heap): rte_mem_virt2memseg() and the walks see
 * it. Other processes call rte_extmem_attach() before using it.
 *
 * @param va_addr  Start, aligned on page_sz.
 * @param len  Bytes, a non-zero multiple of page_sz.
 * @param iova_addrs  IOVA of each page, or NULL (all RTE_BAD_IOVA).
 * @param n_pages  Entries of iova_addrs (len / page_sz); ignored if it
 *   is NULL.
 * @param page_sz  Page size, a power of two.
 * @return 0, or -1 with rte_errno: EINVAL (bad argument), EEXIST (the
 *   range overlaps memory already known), ENOSPC (no free segment
 *   list).
 */
int rte_extmem_register(void *va_addr, size_t len, rte_iova_t iova_addrs[],
	unsigned int n_pages, size_t page_sz);

/**
 * Forget memory given to rte_extmem_register(). Every other process
 * must have detached first.
 *
 * @param va_addr  Start, as registered.
 * @param len  Bytes, as registered.
 * @return 0, or -1 with rte_errno: EINVAL (bad argument, or a length
 *   other than the registered one), ENOENT (not registered), EBUSY
 *   (another process still has it attached, or the memory belongs to a
 *   heap).
 */
int rte_extmem_unregister(void *va_addr, size_t len);

/**
 * Attach, in this process, memory another process registered.
 *
 * @param va_addr  Start, as registered.
 * @param len  Bytes, as registered.
 * @return 0, or -1 with rte_errno: EINVAL (bad argument), ENOENT (not
 *   registered), or rte_fbarray_attach()'s code.
 */
int rte_extmem_attach(void *va_addr, size_t len);

/**
 * Detach, in this process, memory attached with rte_extmem_attach().
 *
 * @param va_addr  Start, as registered.
 * @param len  Bytes, as registered.
 * @return 0, or -1 with rte_errno: EINVAL (bad argument), ENOENT (not
 *   registered or not attached).
 */
int rte_extmem_detach(void *va_addr, size_t len);

/**
 * Bytes of memory the arena holds.
 *
 * @return The size.
 */
uint64_t rte_eal_get_physmem_size(void);

/**
 * Print the layout of the arena.
 *
 * @param f  Output stream.
 */
void rte_dump_physmem_layout(FILE *f);

/**
 * Number of memory channels given with -n (0 if not given).
 *
 * @return The count.
 */
unsigned int rte_memory_get_nchannel(void);

/**
 * Number of memory ranks given with -r (0 if not given).
 *
 * @return The count.
 */
unsigned int rte_memory_get_nrank(void);

/**
 * Check that every segment with a known IOVA lies below 2^maskbits;
 * if so, maskbits becomes the mask of the memory layout when it is
 * narrower than the current one. Read-locks the memory layout.
 *
 * @param maskbits  Address width, at most 63.
 * @return 0, or -1 (a segment lies above, or maskbits is over 63).
 */
int rte_mem_check_dma_mask(uint8_t maskbits);

/**
 * rte_mem_check_dma_mask() without taking the lock.
 *
 * @param maskbits  Address width, at most 63.
 * @return As rte_mem_check_dma_mask().
 */
int rte_mem_check_dma_mask_thread_unsafe(uint8_t maskbits);

/**
 * Record an address width for the memory layout (the narrowest one set
 * so far is kept), without checking the memory there is.
 *
 * @param maskbits  Address width.
 */
void rte_mem_set_dma_mask(uint8_t maskbits);

/** Kind of a memory event. */
enum rte_mem_event {
	RTE_MEM_EVENT_ALLOC = 0, /**< memory became usable */
	RTE_MEM_EVENT_FREE, /**< memory is about to go */
};

/** Longest name of a memory event callback, NUL included. */
#define RTE_MEM_EVENT_CALLBACK_NAME_LEN 64

/**
 * A memory event callback.
 *
 * @param event_type  What happened.
 * @param addr  Start of the memory.
 * @param len  Its length.
 * @param arg  The registration's argument.
 */
typedef void (*rte_mem_event_callback_t)(
	enum rte_mem_event event_type, const void *addr, size_t len, void *arg);

/**
 * Be told, in this process, when memory comes or goes. The arena is
 * fixed for the life of the process, so events come from external
 * memory: added to or removed from a heap, attached or detached. The
 * callback runs with the memory layout write-locked (rte_memseg_walk()
 * and the like would deadlock; the _thread_unsafe walks are fine).
 *
 * @param name  Name of the callback.
 * @param clb  The callback.
 * @param arg  Its argument; (name, arg) identifies the registration.
 * @return 0, or -1 with rte_errno: EINVAL (NULL name or callback),
 *   ENAMETOOLONG, EEXIST (same name and argument registered), ENOTSUP
 *   (--legacy-mem), ENOMEM.
 */
int rte_mem_event_callback_register(
	const char *name, rte_mem_event_callback_t clb, void *arg);

/**
 * Stop a memory event callback.
 *
 * @param name  Its name.
 * @param arg  Its argument.
 * @return 0, or -1 with rte_errno: EINVAL, ENAMETOOLONG, ENOENT (not
 *   registered), ENOTSUP (--legacy-mem).
 */
int rte_mem_event_callback_unregister(const char *name, void *arg);

/** Longest name of an allocation validator, NUL included. */
#define RTE_MEM_ALLOC_VALIDATOR_NAME_LEN 64

/**
 * An allocation validator.
 *
 * @param socket_id  The socket growing.
 * @param cur_limit  The registered limit.
 * @param new_len  Bytes the socket would have.
 * @return 0 to allow the growth, -1 to refuse it.
 */
typedef int (*rte_mem_alloc_validator_t)(
	int socket_id, size_t cur_limit, size_t new_len);

/**
 * Register a validator asked before a socket's memory grows past limit.
 * The arena is reserved whole at start-up and never grows, so in this
 * EAL validators are kept but never called.
 *
 * @param name  Name of the validator.
 * @param clb  The validator.
 * @param socket_id  The socket watched.
 * @param limit  Bytes above which it is asked.
 * @return 0, or -1 with rte_errno: EINVAL (NULL name or callback,
 *   negative socket), ENAMETOOLONG, EEXIST (same name and socket),
 *   ENOTSUP (--legacy-mem), ENOMEM.
 */
int rte_mem_alloc_validator_register(const char *name,
	rte_mem_alloc_validator_t clb, int socket_id, size_t limit);

/**
 * Remove a validator.
 *
 * @param name  Its name.
 * @param socket_id  Its socket.
 * @return 0, or -1 with rte_errno: EINVAL, ENAMETOOLONG, ENOENT,
 *   ENOTSUP (--legacy-mem).
 */
int rte_mem_alloc_validator_unregister(const char *name, int socket_id);

/**
 * Size of the system's base page.
 *
 * @return Bytes.
 */
__rte_internal size_t rte_mem_page_size(void);

/**
 * Tell whether the process can see physical addresses: hugepages are in
 * use and /proc/self/pagemap gives frame numbers (root or
 * CAP_SYS_ADMIN).
 *
 * @return 1 if physical addresses are known, 0 otherwise.
 */
int rte_eal_using_phys_addrs(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMORY_H_ */
