/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Blocks of the shared heap. Every block, free or busy, starts with a
 * one cache line header; blocks tile the heap's range without gaps, so
 * a block's physical successor is at (header + size). A busy block ends
 * with an 8-byte trailer cookie that catches overruns.
 */

#ifndef MALLOC_ELEM_H
#define MALLOC_ELEM_H

#include <stddef.h>
#include <stdint.h>

#include <rte_common.h>

struct malloc_heap;

enum elem_state {
	ELEM_FREE = 0x46524545, /* "FREE" */
	ELEM_BUSY = 0x42555359, /* "BUSY" */
	ELEM_FENCE = 0x46454e43, /* "FENC": header-only end of a chunk */
};

struct malloc_elem {
	uint64_t cookie; /* MALLOC_HDR_COOKIE ^ own address */
	struct malloc_heap *heap; /* owner */
	struct malloc_elem *prev; /* physical predecessor, NULL if first */
	struct malloc_elem *next_free; /* free list links (free blocks) */
	struct malloc_elem *prev_free;
	uint64_t size; /* whole block: header, data, trailer */
	uint32_t state; /* enum elem_state */
	uint32_t list_idx; /* free list holding the block */
	uint64_t owner; /* busy: owner id of the allocating process */
} __rte_cache_aligned;

#define MALLOC_HDR_COOKIE 0x6d616c6c6f634844ULL
#define MALLOC_TRL_COOKIE 0x6d616c6c6f635452ULL

#define MALLOC_ELEM_HEADER_LEN sizeof(struct malloc_elem)
#define MALLOC_ELEM_TRAILER_LEN sizeof(uint64_t)
/* Blocks start and end on cache lines. */
#define MALLOC_ELEM_ALIGN RTE_CACHE_LINE_SIZE
/* Smallest block worth splitting off: a header and one line of data. */
#define MALLOC_ELEM_MIN_SIZE (MALLOC_ELEM_HEADER_LEN + RTE_CACHE_LINE_SIZE)

static inline void *
malloc_elem_data(const struct malloc_elem *elem)
{
	return (void *)((uintptr_t)elem + MALLOC_ELEM_HEADER_LEN);
}

static inline struct malloc_elem *
malloc_elem_from_data(const void *data)
{
	return (struct malloc_elem *)((uintptr_t)data - MALLOC_ELEM_HEADER_LEN);
}

/* Bytes a busy block offers its user. */
static inline size_t
malloc_elem_data_len(const struct malloc_elem *elem)
{
	return elem->size - MALLOC_ELEM_HEADER_LEN - MALLOC_ELEM_TRAILER_LEN;
}

static inline uint64_t *
malloc_elem_trailer(const struct malloc_elem *elem)
{
	return (uint64_t *)((uintptr_t)elem + elem->size -
		MALLOC_ELEM_TRAILER_LEN);
}

/* Write a fresh header. */
void malloc_elem_init(struct malloc_elem *elem, struct malloc_heap *heap,
	struct malloc_elem *prev, size_t size, enum elem_state state);

/* Mark busy and write the trailer. */
void malloc_elem_set_busy(struct malloc_elem *elem);

/* Whether header (and trailer, if busy) are intact. */
int malloc_elem_cookies_ok(const struct malloc_elem *elem);

/* Physical successor, NULL at the end of the heap. */
struct malloc_elem *malloc_elem_next(const struct malloc_elem *elem);

/*
 * Where data of len bytes aligned on align and not crossing bound
 * (0 = none) could start inside the free block, 0 if it does not fit.
 */
uintptr_t malloc_elem_fit(
	const struct malloc_elem *elem, size_t len, size_t align, size_t bound);

/* End of a busy block holding len bytes of data at data. */
static inline uintptr_t
malloc_elem_busy_end(uintptr_t data, size_t len)
{
	return RTE_ALIGN_CEIL(
		data + len + MALLOC_ELEM_TRAILER_LEN, MALLOC_ELEM_ALIGN);
}

#endif /* MALLOC_ELEM_H */
