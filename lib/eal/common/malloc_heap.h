/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * One heap per NUMA socket, living in the shared config. Its lock is a
 * robust lock in shared memory, so threads of every attached process
 * serialise on it, and a process dying inside an update never wedges
 * the others: each update copies every range it writes into the heap's
 * undo journal first, and whoever takes the lock over from a dead
 * holder rolls the unfinished update back (eal_robust.h).
 */

#ifndef MALLOC_HEAP_H
#define MALLOC_HEAP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_config.h>
#include <rte_malloc.h>
#include <rte_robust_lock.h>

#include "eal_robust.h"
#include "malloc_elem.h"

/* Free lists by size class: list i holds blocks of [128 << i, 256 << i). */
#define MALLOC_FREE_LISTS 20

/* Longest heap name, NUL included ("socket_<n>" for the sockets'). */
#define RTE_HEAP_NAME_MAX_LEN 32

/*
 * A socket's heap owns one range of the arena. An external heap
 * (socket_id >= RTE_MAX_NUMA_NODES) owns the chunks added to it, each
 * closed by a fence block so no block ever spans two chunks; start and
 * end then bound all its chunks.
 */
struct malloc_heap {
	rte_robust_lock_t lock;
	int32_t socket_id;
	char name[RTE_HEAP_NAME_MAX_LEN]; /* "" for a free slot */
	uint64_t start; /* first block */
	uint64_t end; /* one past the last block */
	uint64_t total_size; /* bytes of memory the heap owns */
	struct malloc_elem *free_head[MALLOC_FREE_LISTS];
	uint64_t free_size; /* bytes in free blocks (headers included) */
	uint64_t alloc_size; /* bytes in busy blocks */
	uint32_t free_count;
	uint32_t alloc_count;
	struct eal_undo undo; /* the update in progress under lock */
} __rte_cache_aligned;

/* Make [start, end) one free block. Caller holds no lock (init time). */
void malloc_heap_init(struct malloc_heap *heap, int socket_id, uintptr_t start,
	uintptr_t end);

/* Whether a heap is an external one. */
static inline int
malloc_heap_is_external(const struct malloc_heap *heap)
{
	return heap->socket_id >= RTE_MAX_NUMA_NODES;
}

/* The named heap of a socket id (external ones included), or NULL. */
struct malloc_heap *malloc_heap_by_socket(int socket);

/* The heap of a name, or NULL. Caller holds the memory lock. */
struct malloc_heap *malloc_heap_by_name(const char *name);

/*
 * Chunks of external heaps; each call takes the heap lock and journals
 * its update. The caller holds the memory write lock.
 *
 * add: the chunk [va, va + len) becomes one free block and a fence;
 * len holds at least MALLOC_HEAP_MIN_CHUNK bytes.
 */
void malloc_heap_add_chunk(struct malloc_heap *heap, void *va, size_t len);

/* Smallest chunk an external heap takes: a block and a fence. */
#define MALLOC_HEAP_MIN_CHUNK (MALLOC_ELEM_MIN_SIZE + MALLOC_ELEM_HEADER_LEN)

/*
 * Take the chunk [va, va + len) out of the heap's free lists if nothing
 * is allocated in it: 0, or -1 (EBUSY). Until malloc_heap_drop_chunk()
 * or malloc_heap_restore_chunk() the chunk stays counted in the heap's
 * size.
 */
int malloc_heap_take_chunk(struct malloc_heap *heap, void *va, size_t len);

/* Give a taken chunk back to the free lists. */
void malloc_heap_restore_chunk(struct malloc_heap *heap, void *va);

/*
 * Forget a taken chunk; the heap's bounds are recomputed from the
 * chunks of the segment lists (caller has already cleared the chunk's
 * list).
 */
void malloc_heap_drop_chunk(struct malloc_heap *heap, size_t len);

/* Free the slot of an external heap that owns nothing: 0, or -1 EBUSY. */
int malloc_heap_destroy_empty(struct malloc_heap *heap);

/* Allocate from one heap; NULL if no block fits. */
void *malloc_heap_alloc_on(
	struct malloc_heap *heap, size_t size, size_t align, size_t bound);

/*
 * Allocate on socket (SOCKET_ID_ANY: this lcore's socket first, then
 * the others). align is a power of two >= a cache line.
 */
void *malloc_heap_alloc(int socket, size_t size, size_t align, size_t bound);

/* The block's header if ptr is a live block start, else NULL (logged). */
struct malloc_elem *malloc_heap_check(const void *ptr, const char *caller);

/* Free a checked busy block. */
void malloc_heap_free(struct malloc_elem *elem);

/*
 * Resize a checked busy block in place; 0 on success, -1 if it has to
 * move.
 */
int malloc_heap_resize(struct malloc_elem *elem, size_t size);

/*
 * Largest data length a free block of the heap can give with this
 * alignment (0 if none). Caller holds the heap lock.
 */
size_t malloc_heap_max_free_len(struct malloc_heap *heap, size_t align);

/*
 * Allocate the largest block the heap can give (for a zero-length
 * memzone); its data length goes to *len.
 */
void *malloc_heap_alloc_biggest(
	struct malloc_heap *heap, size_t align, size_t bound, size_t *len);

/* Fill stats under the heap lock. */
void malloc_heap_get_stats(
	struct malloc_heap *heap, struct rte_malloc_socket_stats *stats);

/*
 * Take and release the lock once, so that an update a dead process
 * left unfinished is rolled back.
 */
void malloc_heap_settle(struct malloc_heap *heap);

/* Print every block. */
void malloc_heap_dump(struct malloc_heap *heap, FILE *f);

#endif /* MALLOC_HEAP_H */
