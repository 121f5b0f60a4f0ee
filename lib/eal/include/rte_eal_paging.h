/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_EAL_PAGING_H_
#define _RTE_EAL_PAGING_H_

/**
 * @file
 * Portable page mapping for the EAL and drivers: map, unmap and lock
 * memory, and the system's page size. As in DPDK 22.11 these functions
 * are internal (INTERNAL version, ALLOW_INTERNAL_API); they wrap
 * mmap/munmap/mlock with DPDK's flag names.
 */

#include <stddef.h>
#include <stdint.h>

#include <rte_compat.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Memory protection flags of rte_mem_map(). */
enum rte_mem_prot {
	RTE_PROT_READ = 1 << 0, /**< Pages may be read. */
	RTE_PROT_WRITE = 1 << 1, /**< Pages may be written. */
	RTE_PROT_EXECUTE = 1 << 2, /**< Pages may be executed. */
};

/** Mapping flags of rte_mem_map(). */
enum rte_map_flags {
	/** Changes are seen by every process mapping the same memory. */
	RTE_MAP_SHARED = 1 << 0,
	/** Changes stay in this mapping (copy on write). */
	RTE_MAP_PRIVATE = 1 << 1,
	/** Memory backed by no file; fd and offset are ignored. */
	RTE_MAP_ANONYMOUS = 1 << 2,
	/** Map at requested_addr exactly, replacing what is there. */
	RTE_MAP_FORCE_ADDRESS = 1 << 3,
};

/**
 * Map memory: a file's pages, or anonymous memory.
 *
 * @param requested_addr  Where to map, or NULL for anywhere; a hint
 *   unless RTE_MAP_FORCE_ADDRESS.
 * @param size  Bytes to map (the kernel rounds up to pages).
 * @param prot  RTE_PROT_* flags.
 * @param flags  RTE_MAP_* flags: exactly one of SHARED and PRIVATE.
 * @param fd  The file, unless RTE_MAP_ANONYMOUS.
 * @param offset  Offset in the file, a multiple of the page size.
 * @return The mapping's address, or NULL with rte_errno set (EINVAL for
 *   bad flags or size, otherwise the system's code).
 */
__rte_internal void *rte_mem_map(void *requested_addr, size_t size, int prot,
	int flags, int fd, uint64_t offset);

/**
 * Unmap memory mapped with rte_mem_map().
 *
 * @param virt  The mapping's address (page aligned).
 * @param size  Its size in bytes.
 * @return 0, or -1 with rte_errno set.
 */
__rte_internal int rte_mem_unmap(void *virt, size_t size);

/**
 * Size of the system's base page.
 *
 * @return Bytes.
 */
__rte_internal size_t rte_mem_page_size(void);

/**
 * Lock pages in memory, so that they are never swapped out.
 *
 * @param virt  First byte (rounded down to its page).
 * @param size  Bytes from virt.
 * @return 0, or -1 with rte_errno set (ENOMEM, EPERM, ...).
 */
__rte_internal int rte_mem_lock(const void *virt, size_t size);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_EAL_PAGING_H_ */
