/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Memzones: named, aligned areas of the shared arena, visible to every
 * process attached to it.
 */

#ifndef _RTE_MEMZONE_H_
#define _RTE_MEMZONE_H_

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_memory.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTE_MEMZONE_2MB 0x00000001 /**< prefer 2 MiB pages */
#define RTE_MEMZONE_1GB 0x00000002 /**< prefer 1 GiB pages */
#define RTE_MEMZONE_16MB 0x00000100 /**< prefer 16 MiB pages */
#define RTE_MEMZONE_16GB 0x00000200 /**< prefer 16 GiB pages */
#define RTE_MEMZONE_256KB 0x00010000 /**< prefer 256 KiB pages */
#define RTE_MEMZONE_256MB 0x00020000 /**< prefer 256 MiB pages */
#define RTE_MEMZONE_512MB 0x00040000 /**< prefer 512 MiB pages */
#define RTE_MEMZONE_4GB 0x00080000 /**< prefer 4 GiB pages */
/** Page size flags are hints; use other pages if needed. */
#define RTE_MEMZONE_SIZE_HINT_ONLY 0x00000004
/** The zone must be IOVA-contiguous (always true here). */
#define RTE_MEMZONE_IOVA_CONTIG 0x00100000

/** Length of a memzone name, NUL included. */
#define RTE_MEMZONE_NAMESIZE 32

/** A memzone. */
struct rte_memzone {
	char name[RTE_MEMZONE_NAMESIZE]; /**< name */
	rte_iova_t iova; /**< start IOVA */
	union {
		void *addr; /**< start address */
		uint64_t addr_64; /**< keeps the size fixed on 32-bit */
	};
	size_t len; /**< length in bytes */
	uint64_t hugepage_sz; /**< page size of the backing memory */
	int32_t socket_id; /**< NUMA socket */
	uint32_t flags; /**< flags given at reserve time */
};

/**
 * Reserve a cache-line aligned memzone.
 *
 * @param name  Unique name (at most RTE_MEMZONE_NAMESIZE - 1 chars).
 * @param len  Length; 0 reserves the largest free block.
 * @param socket_id  NUMA socket or SOCKET_ID_ANY.
 * @param flags  RTE_MEMZONE_* flags.
 * @return The memzone, or NULL with rte_errno:
 *   E_RTE_NO_CONFIG, E_RTE_SECONDARY (never here: secondaries may
 *   reserve), ENOSPC (no free descriptor), EEXIST (name taken),
 *   ENOMEM (no room), EINVAL (bad argument), ENAMETOOLONG.
 */
const struct rte_memzone *rte_memzone_reserve(
	const char *name, size_t len, int socket_id, unsigned int flags);

/**
 * Reserve a memzone with an alignment.
 *
 * @param name  Unique name.
 * @param len  Length.
 * @param socket_id  NUMA socket or SOCKET_ID_ANY.
 * @param flags  RTE_MEMZONE_* flags.
 * @param align  Power-of-two alignment (at least a cache line is used).
 * @return The memzone, or NULL with rte_errno as rte_memzone_reserve().
 */
const struct rte_memzone *rte_memzone_reserve_aligned(const char *name,
	size_t len, int socket_id, unsigned int flags, unsigned int align);

/**
 * Reserve a memzone with an alignment that does not cross a boundary.
 *
 * @param name  Unique name.
 * @param len  Length.
 * @param socket_id  NUMA socket or SOCKET_ID_ANY.
 * @param flags  RTE_MEMZONE_* flags.
 * @param align  Power-of-two alignment.
 * @param bound  Power-of-two boundary (0 for none) not crossed.
 * @return The memzone, or NULL with rte_errno as rte_memzone_reserve().
 */
const struct rte_memzone *
rte_memzone_reserve_bounded(const char *name, size_t len, int socket_id,
	unsigned int flags, unsigned int align, unsigned int bound);

/**
 * Free a memzone.
 *
 * @param mz  The memzone.
 * @return 0, or -EINVAL if mz is NULL or not a live memzone.
 */
int rte_memzone_free(const struct rte_memzone *mz);

/**
 * Find a memzone by name.
 *
 * @param name  The name.
 * @return The memzone, or NULL with rte_errno = ENOENT.
 */
const struct rte_memzone *rte_memzone_lookup(const char *name);

/**
 * Print every memzone.
 *
 * @param f  Output stream.
 */
void rte_memzone_dump(FILE *f);

/**
 * Call a function on every memzone.
 *
 * @param func  The function.
 * @param arg  Its second argument.
 */
void rte_memzone_walk(
	void (*func)(const struct rte_memzone *, void *arg), void *arg);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMZONE_H_ */
