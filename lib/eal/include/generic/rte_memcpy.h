/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Memory copy. rte_memcpy is the C library's memcpy, as fast as a
 * hand-written one for buffers. rte_memcpy_ptrs copies short arrays of
 * pointers (a mempool cache's refills and drains: typically 1 to 32
 * pointers) inline, where the call into the C library would cost more
 * than the copy itself.
 */

#ifndef _RTE_MEMCPY_H_
#define _RTE_MEMCPY_H_

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_config.h>
#include <rte_vect.h>
#if defined(RTE_ARCH_X86) && defined(__SSE2__)
#include <emmintrin.h>
#endif

/**
 * Copy bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 * @param n  Bytes.
 * @return dst.
 */
static __rte_always_inline void *
rte_memcpy(void *dst, const void *src, size_t n)
{
	return memcpy(dst, src, n);
}

/**
 * Copy an array of pointers between non-overlapping areas, inline.
 *
 * @param dst  Destination array.
 * @param src  Source array.
 * @param n  Number of pointers.
 */
static __rte_always_inline void
rte_memcpy_ptrs(void **dst, void *const *src, unsigned int n)
{
	unsigned int i = 0;

#if defined(RTE_ARCH_X86) && defined(__SSE2__)
	/* Two pointers per 16-byte load and store. */
	for (; i + 2 <= n; i += 2)
		_mm_storeu_si128((__m128i *)(void *)&dst[i],
			_mm_loadu_si128(
				(const __m128i *)(const void *)&src[i]));
#endif
	for (; i < n; i++)
		dst[i] = src[i];
}

/**
 * Copy 16 bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 */
static __rte_always_inline void
rte_mov16(uint8_t *dst, const uint8_t *src)
{
	memcpy(dst, src, 16);
}

/**
 * Copy 32 bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 */
static __rte_always_inline void
rte_mov32(uint8_t *dst, const uint8_t *src)
{
	memcpy(dst, src, 32);
}

/**
 * Copy 48 bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 */
static __rte_always_inline void
rte_mov48(uint8_t *dst, const uint8_t *src)
{
	memcpy(dst, src, 48);
}

/**
 * Copy 64 bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 */
static __rte_always_inline void
rte_mov64(uint8_t *dst, const uint8_t *src)
{
	memcpy(dst, src, 64);
}

/**
 * Copy 128 bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 */
static __rte_always_inline void
rte_mov128(uint8_t *dst, const uint8_t *src)
{
	memcpy(dst, src, 128);
}

/**
 * Copy 256 bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 */
static __rte_always_inline void
rte_mov256(uint8_t *dst, const uint8_t *src)
{
	memcpy(dst, src, 256);
}

#endif /* _RTE_MEMCPY_H_ */
