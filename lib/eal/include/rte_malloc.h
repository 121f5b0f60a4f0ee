/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Heap in the shared arena: memory from it is valid in every process
 * attached to the arena. Thread- and process-safe.
 */

#ifndef _RTE_MALLOC_H_
#define _RTE_MALLOC_H_

#include <stddef.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_memory.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Statistics of the heap of one socket. */
struct rte_malloc_socket_stats {
	size_t heap_totalsz_bytes; /**< bytes the heap manages */
	size_t heap_freesz_bytes; /**< free bytes */
	size_t greatest_free_size; /**< largest free block */
	unsigned int free_count; /**< free blocks */
	unsigned int alloc_count; /**< allocated blocks */
	size_t heap_allocsz_bytes; /**< allocated bytes */
};

/**
 * Allocate memory from the shared heap.
 *
 * @param type  A tag for statistics (may be NULL; not used otherwise).
 * @param size  Bytes.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @return The memory, or NULL (size 0, bad align, or no memory).
 */
void *rte_malloc(const char *type, size_t size,
	unsigned int align) __rte_warn_unused_result;

/**
 * Allocate zeroed memory from the shared heap.
 *
 * @param type  A tag.
 * @param size  Bytes.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @return The memory, or NULL.
 */
void *rte_zmalloc(const char *type, size_t size,
	unsigned int align) __rte_warn_unused_result;

/**
 * Allocate a zeroed array from the shared heap.
 *
 * @param type  A tag.
 * @param num  Elements.
 * @param size  Bytes per element.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @return The memory, or NULL (also on num * size overflow).
 */
void *rte_calloc(const char *type, size_t num, size_t size,
	unsigned int align) __rte_warn_unused_result;

/**
 * Resize a block, in place when possible; the content is kept up to
 * the smaller size.
 *
 * @param ptr  The block, or NULL to allocate.
 * @param size  New size.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @return The block, or NULL (the old block is then left untouched).
 */
void *rte_realloc(
	void *ptr, size_t size, unsigned int align) __rte_warn_unused_result;

/**
 * rte_malloc() on a given socket.
 *
 * @param type  A tag.
 * @param size  Bytes.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @param socket  Socket, or SOCKET_ID_ANY.
 * @return The memory, or NULL.
 */
void *rte_malloc_socket(const char *type, size_t size, unsigned int align,
	int socket) __rte_warn_unused_result;

/**
 * rte_zmalloc() on a given socket.
 *
 * @param type  A tag.
 * @param size  Bytes.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @param socket  Socket, or SOCKET_ID_ANY.
 * @return The memory, or NULL.
 */
void *rte_zmalloc_socket(const char *type, size_t size, unsigned int align,
	int socket) __rte_warn_unused_result;

/**
 * rte_calloc() on a given socket.
 *
 * @param type  A tag.
 * @param num  Elements.
 * @param size  Bytes per element.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @param socket  Socket, or SOCKET_ID_ANY.
 * @return The memory, or NULL.
 */
void *rte_calloc_socket(const char *type, size_t num, size_t size,
	unsigned int align, int socket) __rte_warn_unused_result;

/**
 * rte_realloc() on a given socket.
 *
 * @param ptr  The block, or NULL.
 * @param size  New size.
 * @param align  Power-of-two alignment, 0 for a cache line.
 * @param socket  Socket, or SOCKET_ID_ANY.
 * @return The block, or NULL.
 */
void *rte_realloc_socket(void *ptr, size_t size, unsigned int align,
	int socket) __rte_warn_unused_result;

/**
 * Free a block (NULL is ignored).
 *
 * @param ptr  The block.
 */
void rte_free(void *ptr);

/**
 * Check a block's header and trailer.
 *
 * @param ptr  The block.
 * @param size  Where to store its usable size, or NULL.
 * @return 0 if valid, -1 otherwise.
 */
int rte_malloc_validate(const void *ptr, size_t *size);

/**
 * Statistics of a socket's heap.
 *
 * @param socket  The socket.
 * @param socket_stats  Filled in.
 * @return 0, or -1 for a bad socket.
 */
int rte_malloc_get_socket_stats(
	int socket, struct rte_malloc_socket_stats *socket_stats);

/**
 * Print heap statistics.
 *
 * @param f  Output stream.
 * @param type  Unused (kept for DPDK compatibility).
 */
void rte_malloc_dump_stats(FILE *f, const char *type);

/**
 * Print every heap's blocks.
 *
 * @param f  Output stream.
 */
void rte_malloc_dump_heaps(FILE *f);

/**
 * IOVA of heap memory.
 *
 * @param addr  An address in a block.
 * @return The IOVA.
 */
rte_iova_t rte_malloc_virt2iova(const void *addr);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MALLOC_H_ */
