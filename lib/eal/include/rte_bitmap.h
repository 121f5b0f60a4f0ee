/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Large bit arrays with fast search for set bits. The bits live in
 * array2, in 64-bit slabs; array1 has one bit per cache line of array2,
 * set while that line holds a set bit, so a scan skips empty lines
 * 512 bits at a time. rte_bitmap_scan() returns the non-empty slabs one
 * after the other, wrapping around at the end.
 *
 * Not thread safe: one writer (set, clear, scan) at a time; readers
 * calling rte_bitmap_get() may run beside it.
 */

#ifndef __INCLUDE_RTE_BITMAP_H__
#define __INCLUDE_RTE_BITMAP_H__

#include <errno.h>
#include <string.h>

#include <rte_compat.h>
#include <rte_common.h>
#include <rte_config.h>
#include <rte_debug.h>
#include <rte_memory.h>
#include <rte_branch_prediction.h>
#include <rte_prefetch.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Bits in a slab. */
#define RTE_BITMAP_SLAB_BIT_SIZE 64
/** log2 of RTE_BITMAP_SLAB_BIT_SIZE. */
#define RTE_BITMAP_SLAB_BIT_SIZE_LOG2 6
/** Mask of a bit's position within its slab. */
#define RTE_BITMAP_SLAB_BIT_MASK (RTE_BITMAP_SLAB_BIT_SIZE - 1)

/** Bits in a cache line of array2. */
#define RTE_BITMAP_CL_BIT_SIZE (RTE_CACHE_LINE_SIZE * 8)
/** log2 of RTE_BITMAP_CL_BIT_SIZE. */
#define RTE_BITMAP_CL_BIT_SIZE_LOG2 (RTE_CACHE_LINE_SIZE_LOG2 + 3)
/** Mask of a bit's position within its cache line. */
#define RTE_BITMAP_CL_BIT_MASK (RTE_BITMAP_CL_BIT_SIZE - 1)

/** Slabs in a cache line. */
#define RTE_BITMAP_CL_SLAB_SIZE \
	(RTE_BITMAP_CL_BIT_SIZE / RTE_BITMAP_SLAB_BIT_SIZE)
/** log2 of RTE_BITMAP_CL_SLAB_SIZE. */
#define RTE_BITMAP_CL_SLAB_SIZE_LOG2 \
	(RTE_BITMAP_CL_BIT_SIZE_LOG2 - RTE_BITMAP_SLAB_BIT_SIZE_LOG2)
/** Mask of a slab's position within its cache line. */
#define RTE_BITMAP_CL_SLAB_MASK (RTE_BITMAP_CL_SLAB_SIZE - 1)

/** A bitmap, followed by its arrays in the memory given at init. */
struct rte_bitmap {
	uint64_t *array1; /**< one bit per cache line of array2 */
	uint64_t *array2; /**< the bits */
	uint32_t array1_size; /**< slabs of array1 in use */
	uint32_t array2_size; /**< slabs of array2 */

	/* Where rte_bitmap_scan() goes on from. */
	uint32_t index1; /**< scan: slab of array1 of the current line */
	uint32_t offset1; /**< scan: bit of that slab: the current line */
	uint32_t index2; /**< scan: next slab of array2 to look at */
	uint32_t go2; /**< scan: 1 while the current line is being read */

	uint8_t memory[]; /**< array1, then array2 */
};

/* Bytes of array1 and array2 for n_bits, each rounded to cache lines. */
static inline uint32_t
__rte_bitmap_get_memory_footprint(uint32_t n_bits, uint32_t *array1_byte_offset,
	uint32_t *array1_slabs, uint32_t *array2_byte_offset,
	uint32_t *array2_slabs)
{
	uint32_t n_lines, a1_slabs, a2_slabs, a1_bytes, a2_bytes;

	n_lines =
		(n_bits + RTE_BITMAP_CL_BIT_SIZE - 1) / RTE_BITMAP_CL_BIT_SIZE;
	a2_slabs = n_lines * RTE_BITMAP_CL_SLAB_SIZE;
	a1_slabs = (n_lines + RTE_BITMAP_SLAB_BIT_SIZE - 1) /
		RTE_BITMAP_SLAB_BIT_SIZE;
	a1_bytes = RTE_CACHE_LINE_ROUNDUP(a1_slabs * sizeof(uint64_t));
	a2_bytes = a2_slabs * (uint32_t)sizeof(uint64_t);
	if (array1_byte_offset != NULL)
		*array1_byte_offset = 0;
	if (array1_slabs != NULL)
		*array1_slabs = a1_slabs;
	if (array2_byte_offset != NULL)
		*array2_byte_offset = a1_bytes;
	if (array2_slabs != NULL)
		*array2_slabs = a2_slabs;
	return a1_bytes + a2_bytes;
}

/* Lines of array2 in use. */
static inline uint32_t
__rte_bitmap_lines(const struct rte_bitmap *bmp)
{
	return bmp->array2_size >> RTE_BITMAP_CL_SLAB_SIZE_LOG2;
}

/* Point the scan at the last line, so that it starts with line 0. */
static inline void
__rte_bitmap_scan_init(struct rte_bitmap *bmp)
{
	uint32_t last = __rte_bitmap_lines(bmp) - 1;

	bmp->index1 = last >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	bmp->offset1 = last & RTE_BITMAP_SLAB_BIT_MASK;
	bmp->index2 = bmp->array2_size;
	bmp->go2 = 0;
}

/**
 * Bytes of memory a bitmap of n_bits bits needs (rte_bitmap_init()).
 *
 * @param n_bits  Bits, at least 1.
 * @return Bytes (a multiple of the cache line), 0 for n_bits 0.
 */
static inline uint32_t
rte_bitmap_get_memory_footprint(uint32_t n_bits)
{
	if (n_bits == 0)
		return 0;
	return (uint32_t)RTE_CACHE_LINE_ROUNDUP(sizeof(struct rte_bitmap)) +
		__rte_bitmap_get_memory_footprint(
			n_bits, NULL, NULL, NULL, NULL);
}

/* Lay out the bitmap in mem; NULL if the arguments do not fit. */
static inline struct rte_bitmap *
__rte_bitmap_setup(uint32_t n_bits, uint8_t *mem, uint32_t mem_size)
{
	struct rte_bitmap *bmp;
	uint32_t a1_off, a1_slabs, a2_off, a2_slabs, size;

	if (n_bits == 0 || mem == NULL ||
		((uintptr_t)mem & RTE_CACHE_LINE_MASK) != 0)
		return NULL;
	size = rte_bitmap_get_memory_footprint(n_bits);
	if (mem_size < size)
		return NULL;
	memset(mem, 0, size);
	size = __rte_bitmap_get_memory_footprint(
		n_bits, &a1_off, &a1_slabs, &a2_off, &a2_slabs);
	bmp = (struct rte_bitmap *)mem;
	bmp->array1 = (uint64_t *)(void *)(mem +
		RTE_CACHE_LINE_ROUNDUP(sizeof(struct rte_bitmap)) + a1_off);
	bmp->array2 = (uint64_t *)(void *)(mem +
		RTE_CACHE_LINE_ROUNDUP(sizeof(struct rte_bitmap)) + a2_off);
	bmp->array1_size = a1_slabs;
	bmp->array2_size = a2_slabs;
	__rte_bitmap_scan_init(bmp);
	return bmp;
}

/**
 * Make a bitmap of n_bits bits, all clear, in memory of the caller.
 *
 * @param n_bits  Bits, at least 1.
 * @param mem  Memory aligned on a cache line.
 * @param mem_size  Its size: at least rte_bitmap_get_memory_footprint().
 * @return The bitmap (at mem), or NULL for bad arguments.
 */
static inline struct rte_bitmap *
rte_bitmap_init(uint32_t n_bits, uint8_t *mem, uint32_t mem_size)
{
	return __rte_bitmap_setup(n_bits, mem, mem_size);
}

/**
 * Make a bitmap of n_bits bits, all set, in memory of the caller. The
 * slab bits beyond n_bits stay clear, so scans only return set bits
 * below n_bits.
 *
 * @param n_bits  Bits, at least 1.
 * @param mem  Memory aligned on a cache line.
 * @param mem_size  Its size: at least rte_bitmap_get_memory_footprint().
 * @return The bitmap (at mem), or NULL for bad arguments.
 */
__rte_experimental static inline struct rte_bitmap *
rte_bitmap_init_with_all_set(uint32_t n_bits, uint8_t *mem, uint32_t mem_size)
{
	struct rte_bitmap *bmp = __rte_bitmap_setup(n_bits, mem, mem_size);
	uint32_t i, full, lines;

	if (bmp == NULL)
		return NULL;
	full = n_bits >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	for (i = 0; i < full; i++)
		bmp->array2[i] = UINT64_MAX;
	if (n_bits & RTE_BITMAP_SLAB_BIT_MASK)
		bmp->array2[full] =
			(UINT64_C(1) << (n_bits & RTE_BITMAP_SLAB_BIT_MASK)) -
			1;
	lines = (n_bits + RTE_BITMAP_CL_BIT_SIZE - 1) >>
		RTE_BITMAP_CL_BIT_SIZE_LOG2;
	for (i = 0; i < lines; i++)
		bmp->array1[i >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] |= UINT64_C(1)
			<< (i & RTE_BITMAP_SLAB_BIT_MASK);
	return bmp;
}

/**
 * Release a bitmap (its memory stays the caller's).
 *
 * @param bmp  The bitmap.
 * @return 0, or -EINVAL for NULL.
 */
static inline int
rte_bitmap_free(struct rte_bitmap *bmp)
{
	if (bmp == NULL)
		return -EINVAL;
	return 0;
}

/**
 * Clear every bit, and restart the scan.
 *
 * @param bmp  The bitmap.
 */
static inline void
rte_bitmap_reset(struct rte_bitmap *bmp)
{
	memset(bmp->array1, 0, bmp->array1_size * sizeof(uint64_t));
	memset(bmp->array2, 0, bmp->array2_size * sizeof(uint64_t));
	__rte_bitmap_scan_init(bmp);
}

/**
 * Prefetch the slab holding a bit into the cache.
 *
 * @param bmp  The bitmap.
 * @param pos  The bit.
 */
static inline void
rte_bitmap_prefetch0(struct rte_bitmap *bmp, uint32_t pos)
{
	rte_prefetch0(&bmp->array2[pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2]);
}

/**
 * Read a bit.
 *
 * @param bmp  The bitmap.
 * @param pos  The bit, below the bitmap's size.
 * @return Non-zero if set, 0 if clear.
 */
static inline uint64_t
rte_bitmap_get(struct rte_bitmap *bmp, uint32_t pos)
{
	return bmp->array2[pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] &
		(UINT64_C(1) << (pos & RTE_BITMAP_SLAB_BIT_MASK));
}

/* Mark the line of slab index2 as holding set bits. */
static inline void
__rte_bitmap_line_mark(struct rte_bitmap *bmp, uint32_t index2)
{
	uint32_t line = index2 >> RTE_BITMAP_CL_SLAB_SIZE_LOG2;

	bmp->array1[line >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] |= UINT64_C(1)
		<< (line & RTE_BITMAP_SLAB_BIT_MASK);
}

/**
 * Set a bit.
 *
 * @param bmp  The bitmap.
 * @param pos  The bit, below the bitmap's size.
 */
static inline void
rte_bitmap_set(struct rte_bitmap *bmp, uint32_t pos)
{
	uint32_t index2 = pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;

	bmp->array2[index2] |= UINT64_C(1) << (pos & RTE_BITMAP_SLAB_BIT_MASK);
	__rte_bitmap_line_mark(bmp, index2);
}

/**
 * Set the bits of a mask in the slab holding a bit.
 *
 * @param bmp  The bitmap.
 * @param pos  A bit of the slab (its low 6 bits are ignored).
 * @param slab  Bits to set in that slab.
 */
static inline void
rte_bitmap_set_slab(struct rte_bitmap *bmp, uint32_t pos, uint64_t slab)
{
	uint32_t index2 = pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;

	if (slab == 0)
		return;
	bmp->array2[index2] |= slab;
	__rte_bitmap_line_mark(bmp, index2);
}

/* Tell whether a cache line of array2 has a set bit. */
static inline uint64_t
__rte_bitmap_line_not_empty(uint64_t *slab2)
{
	uint64_t any = 0;
	uint32_t i;

	for (i = 0; i < RTE_BITMAP_CL_SLAB_SIZE; i++)
		any |= slab2[i];
	return any;
}

/**
 * Clear a bit.
 *
 * @param bmp  The bitmap.
 * @param pos  The bit, below the bitmap's size.
 */
static inline void
rte_bitmap_clear(struct rte_bitmap *bmp, uint32_t pos)
{
	uint32_t index2 = pos >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	uint32_t line;

	bmp->array2[index2] &=
		~(UINT64_C(1) << (pos & RTE_BITMAP_SLAB_BIT_MASK));
	if (bmp->array2[index2] != 0)
		return;
	line = index2 >> RTE_BITMAP_CL_SLAB_SIZE_LOG2;
	if (__rte_bitmap_line_not_empty(
		    &bmp->array2[line << RTE_BITMAP_CL_SLAB_SIZE_LOG2]))
		return;
	bmp->array1[line >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2] &=
		~(UINT64_C(1) << (line & RTE_BITMAP_SLAB_BIT_MASK));
}

/* The next non-empty slab of the current line, from index2 on. */
static inline int
__rte_bitmap_scan_read(struct rte_bitmap *bmp, uint32_t *pos, uint64_t *slab)
{
	uint32_t line =
		(bmp->index1 << RTE_BITMAP_SLAB_BIT_SIZE_LOG2) + bmp->offset1;
	uint32_t end = (line + 1) << RTE_BITMAP_CL_SLAB_SIZE_LOG2;
	uint32_t i;

	for (i = bmp->index2; i < end; i++) {
		if (bmp->array2[i] != 0) {
			*pos = i << RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
			*slab = bmp->array2[i];
			bmp->index2 = i + 1;
			return 1;
		}
	}
	bmp->go2 = 0;
	return 0;
}

/* First line marked in array1 in [from, to), or UINT32_MAX. */
static inline uint32_t
__rte_bitmap_line_find(const struct rte_bitmap *bmp, uint32_t from, uint32_t to)
{
	uint32_t line = from;

	while (line < to) {
		uint32_t i1 = line >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
		uint64_t rest =
			bmp->array1[i1] >> (line & RTE_BITMAP_SLAB_BIT_MASK);

		if (rest != 0) {
			line += (uint32_t)__builtin_ctzll(rest);
			return line < to ? line : UINT32_MAX;
		}
		line = (i1 + 1) << RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	}
	return UINT32_MAX;
}

/*
 * Move the scan to the next marked line after the current one,
 * wrapping around (the current line comes last); 0 if none is marked.
 */
static inline int
__rte_bitmap_scan_search(struct rte_bitmap *bmp)
{
	uint32_t lines = __rte_bitmap_lines(bmp);
	uint32_t cur =
		(bmp->index1 << RTE_BITMAP_SLAB_BIT_SIZE_LOG2) + bmp->offset1;
	uint32_t start = cur + 1 < lines ? cur + 1 : 0;
	uint32_t line = __rte_bitmap_line_find(bmp, start, lines);

	if (line == UINT32_MAX)
		line = __rte_bitmap_line_find(bmp, 0, start);
	if (line == UINT32_MAX)
		return 0;
	bmp->index1 = line >> RTE_BITMAP_SLAB_BIT_SIZE_LOG2;
	bmp->offset1 = line & RTE_BITMAP_SLAB_BIT_MASK;
	bmp->index2 = line << RTE_BITMAP_CL_SLAB_SIZE_LOG2;
	bmp->go2 = 1;
	return 1;
}

/**
 * Return the next slab holding set bits, after the one the previous
 * call returned, wrapping around at the end of the bitmap. A slab is
 * returned once per pass: after it the scan goes on with the next one
 * even if bits are left in it.
 *
 * @param bmp  The bitmap.
 * @param pos  Set (when 1 is returned) to the position of the slab's
 *   first bit, a multiple of 64 (that bit itself need not be set).
 * @param slab  Set (when 1 is returned) to the slab's 64 bits.
 * @return 1 if a slab was found, 0 if no bit is set (pos and slab are
 *   then left alone).
 */
static inline int
rte_bitmap_scan(struct rte_bitmap *bmp, uint32_t *pos, uint64_t *slab)
{
	if (bmp->go2 && __rte_bitmap_scan_read(bmp, pos, slab))
		return 1;
	/* A line marked in array1 holds a set bit: reading it finds one. */
	return __rte_bitmap_scan_search(bmp) &&
		__rte_bitmap_scan_read(bmp, pos, slab);
}

#ifdef __cplusplus
}
#endif

#endif /* __INCLUDE_RTE_BITMAP_H__ */
