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
