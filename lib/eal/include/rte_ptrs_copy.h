/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_PTRS_COPY_H_
#define _RTE_PTRS_COPY_H_

/**
 * @file
 * Copies of pointer arrays, in order and reversed, for the fast paths
 * that move object pointers in and out of LIFOs: mempool caches and
 * rte_stack's spinlock flavour. The vector moves are spelled out: for
 * a loop of unknown count a compiler emits an alias check and a scalar
 * tail, and it leaves a reversed copy scalar.
 */

#include <rte_common.h>
#if defined(RTE_ARCH_X86) && defined(__SSE2__)
#include <emmintrin.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Copy n pointers in order: dst[i] = src[i]. 16 bytes at a time; from
 * 8 on, the last 8 are copied at n - 8, overlapping the loop's
 * (rewriting a slot with the same pointer is harmless), so that every
 * n costs few branches.
 *
 * @param dst  Where they go; must not overlap src.
 * @param src  The pointers.
 * @param n    Their number.
 */
static __rte_always_inline void
rte_ptrs_copy(void **dst, void *const *src, unsigned int n)
{
#if defined(RTE_ARCH_X86) && defined(__SSE2__)
#define RTE_PTRS_MOV2(d, s) \
	_mm_storeu_si128((__m128i *)(void *)(d), \
		_mm_loadu_si128((const __m128i *)(const void *)(s)))
#define RTE_PTRS_MOV8(d, s) \
	do { \
		RTE_PTRS_MOV2((d), (s)); \
		RTE_PTRS_MOV2((d) + 2, (s) + 2); \
		RTE_PTRS_MOV2((d) + 4, (s) + 4); \
		RTE_PTRS_MOV2((d) + 6, (s) + 6); \
	} while (0)
	/* One object first: the most common request, two tests less. */
	if (n == 1) {
		dst[0] = src[0];
	} else if (n >= 8) {
		void **last = dst + n - 8;

		for (; dst < last; dst += 8, src += 8)
			RTE_PTRS_MOV8(dst, src);
		/* The last 8, overlapping the loop's when n % 8 != 0. */
		src -= dst - last;
		RTE_PTRS_MOV8(last, src);
	} else if (n >= 2) {
		/*
		 * No offset from n here: GCC's bounds warnings misfire on
		 * this branch when they know n is a multiple of 8.
		 */
		RTE_PTRS_MOV2(dst, src);
		if (n >= 4)
			RTE_PTRS_MOV2(dst + 2, src + 2);
		if (n >= 6)
			RTE_PTRS_MOV2(dst + 4, src + 4);
		if (n & 1)
			dst[n - 1] = src[n - 1];
	}
#undef RTE_PTRS_MOV8
#undef RTE_PTRS_MOV2
#else
	unsigned int i;

	for (i = 0; i < n; i++)
		dst[i] = src[i];
#endif
}

/**
 * Copy the n pointers below top, last first: dst[i] = top[-1 - i], as
 * a LIFO (a pool cache, a stack) hands out its most recent entries.
 * The same steps as rte_ptrs_copy().
 *
 * @param dst  Where they go; must not overlap [top - n, top).
 * @param top  One past the last pointer.
 * @param n    Their number.
 */
static __rte_always_inline void
rte_ptrs_copy_rev(void **dst, void *const *top, unsigned int n)
{
#if defined(RTE_ARCH_X86) && defined(__SSE2__)
	/* d[0], d[1] = t[-1], t[-2]: a load of t[-2, -1], halves swapped. */
#define RTE_PTRS_REV2(d, t) \
	_mm_storeu_si128((__m128i *)(void *)(d), \
		_mm_shuffle_epi32( \
			_mm_loadu_si128((const __m128i *)(uintptr_t)((t)-2)), \
			0x4e))
#define RTE_PTRS_REV8(d, t) \
	do { \
		RTE_PTRS_REV2((d), (t)); \
		RTE_PTRS_REV2((d) + 2, (t)-2); \
		RTE_PTRS_REV2((d) + 4, (t)-4); \
		RTE_PTRS_REV2((d) + 6, (t)-6); \
	} while (0)
	if (n == 1) {
		dst[0] = top[-1];
	} else if (n >= 8) {
		void **last = dst + n - 8;

		for (; dst < last; dst += 8, top -= 8)
			RTE_PTRS_REV8(dst, top);
		/* The last 8, overlapping the loop's when n % 8 != 0. */
		top += dst - last;
		RTE_PTRS_REV8(last, top);
	} else if (n >= 2) {
		/* As in rte_ptrs_copy(). */
		RTE_PTRS_REV2(dst, top);
		if (n >= 4)
			RTE_PTRS_REV2(dst + 2, top - 2);
		if (n >= 6)
			RTE_PTRS_REV2(dst + 4, top - 4);
		if (n & 1)
			dst[n - 1] = top[-(long)n];
	}
#undef RTE_PTRS_REV8
#undef RTE_PTRS_REV2
#else
	unsigned int i;

	for (i = 0; i < n; i++)
		dst[i] = top[-1 - (long)i];
#endif
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PTRS_COPY_H_ */
