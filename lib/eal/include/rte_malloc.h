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
 * Statistics of a socket's heap (a socket id of an external heap
 * works too).
 *
 * @param socket  The socket.
 * @param socket_stats  Filled in.
 * @return 0, or -1 for a bad socket.
 */
int rte_malloc_get_socket_stats(
	int socket, struct rte_malloc_socket_stats *socket_stats);

/**
 * Give a heap created with rte_malloc_heap_create() memory the
 * application mapped itself; the memory is overwritten. rte_malloc on
 * the heap's socket id (rte_malloc_heap_get_socket()) then returns
 * blocks inside it. Other processes call rte_malloc_heap_memory_attach()
 * (after mapping the same memory at the same address) before using it.
 *
 * @param heap_name  The heap.
 * @param va_addr  Start, aligned on page_sz.
 * @param len  Bytes, a multiple of page_sz (at least one page, and room
 *   for a block).
 * @param iova_addrs  IOVA of each page, or NULL (all RTE_BAD_IOVA).
 * @param n_pages  Entries of iova_addrs; ignored if it is NULL.
 * @param page_sz  Page size, a power of two.
 * @return 0, or -1 with rte_errno: EINVAL (bad argument), ENOENT (no
 *   such heap), EPERM (a socket's own heap), EEXIST (the range overlaps
 *   memory already known), ENOSPC (no free segment list).
 */
int rte_malloc_heap_memory_add(const char *heap_name, void *va_addr, size_t len,
	rte_iova_t iova_addrs[], unsigned int n_pages, size_t page_sz);

/**
 * Take back memory given with rte_malloc_heap_memory_add(): the whole
 * chunk, once nothing is allocated in it and every other process has
 * detached.
 *
 * @param heap_name  The heap.
 * @param va_addr  Start, as added.
 * @param len  Bytes, as added.
 * @return 0, or -1 with rte_errno: EINVAL (bad argument, or a length
 *   other than the added one), ENOENT (no such heap, or memory not in
 *   it), EPERM (a socket's own heap), EBUSY (blocks still allocated, or
 *   another process still attached).
 */
int
rte_malloc_heap_memory_remove(const char *heap_name, void *va_addr, size_t len);

/**
 * Attach, in this process, memory another process added to a heap.
 * The application maps the memory at the same address first.
 *
 * @param heap_name  The heap.
 * @param va_addr  Start, as added.
 * @param len  Bytes, as added.
 * @return 0, or -1 with rte_errno: EINVAL, ENOENT (no such heap or
 *   memory), EPERM (a socket's own heap), or rte_fbarray_attach()'s
 *   code (EEXIST when already attached here).
 */
int
rte_malloc_heap_memory_attach(const char *heap_name, void *va_addr, size_t len);

/**
 * Detach, in this process, memory attached with
 * rte_malloc_heap_memory_attach().
 *
 * @param heap_name  The heap.
 * @param va_addr  Start, as added.
 * @param len  Bytes, as added.
 * @return 0, or -1 with rte_errno: EINVAL, ENOENT (no such heap or
 *   memory, or not attached), EPERM (a socket's own heap).
 */
int
rte_malloc_heap_memory_detach(const char *heap_name, void *va_addr, size_t len);

/**
 * Create an empty heap for external memory, with a socket id of its
 * own (at least RTE_MAX_NUMA_NODES).
 *
 * @param heap_name  Name, 1 to 31 characters.
 * @return 0, or -1 with rte_errno: EINVAL (NULL, empty or too long
 *   name), EEXIST (a heap has that name), ENOSPC (RTE_MAX_HEAPS heaps).
 */
int rte_malloc_heap_create(const char *heap_name);

/**
 * Destroy a heap made with rte_malloc_heap_create(), once all its memory
 * was removed.
 *
 * @param heap_name  The heap.
 * @return 0, or -1 with rte_errno: EINVAL (bad name), ENOENT (no such
 *   heap), EPERM (a socket's own heap), EBUSY (memory still added).
 */
int rte_malloc_heap_destroy(const char *heap_name);

/**
 * Socket id of a named heap ("socket_<n>" for the sockets' own).
 *
 * @param name  The heap.
 * @return The socket id, or -1 with rte_errno EINVAL (bad name) or
 *   ENOENT (no such heap).
 */
int rte_malloc_heap_get_socket(const char *name);

/**
 * Whether a socket id is an external heap's.
 *
 * @param socket_id  The socket id.
 * @return 1 if external, 0 if a socket's own heap (or SOCKET_ID_ANY),
 *   -1 with rte_errno EINVAL if no heap has that id.
 */
int rte_malloc_heap_socket_is_external(int socket_id);

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
