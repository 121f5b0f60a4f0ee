/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Memory copy: the architecture header. As in DPDK, <rte_memcpy.h>
 * includes generic/rte_memcpy.h (rte_memcpy and the fixed-size
 * rte_movN) and adds the helpers DPDK's x86 copy is built from. Here
 * they all end in the C library's memcpy, which the compiler inlines
 * for fixed sizes and which picks the widest vector unit at run time.
 */

#ifndef _RTE_MEMCPY_ARCH_H_
#define _RTE_MEMCPY_ARCH_H_

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_config.h>
#include <rte_vect.h>

#include "generic/rte_memcpy.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Copy fewer than 16 bytes between non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 * @param n  Bytes (0 to 15).
 * @return dst.
 */
static __rte_always_inline void *
rte_mov15_or_less(void *dst, const void *src, size_t n)
{
	/* Unaligned, aliasing-safe words: one load and store per piece. */
	struct rte_uint64_alias {
		uint64_t val;
	} __rte_packed __rte_may_alias;
	struct rte_uint32_alias {
		uint32_t val;
	} __rte_packed __rte_may_alias;
	struct rte_uint16_alias {
		uint16_t val;
	} __rte_packed __rte_may_alias;
	uint8_t *d = (uint8_t *)dst;
	const uint8_t *s = (const uint8_t *)src;

	if (n & 8) {
		((struct rte_uint64_alias *)(void *)d)->val =
			((const struct rte_uint64_alias *)(const void *)s)->val;
		d += 8;
		s += 8;
	}
	if (n & 4) {
		((struct rte_uint32_alias *)(void *)d)->val =
			((const struct rte_uint32_alias *)(const void *)s)->val;
		d += 4;
		s += 4;
	}
	if (n & 2) {
		((struct rte_uint16_alias *)(void *)d)->val =
			((const struct rte_uint16_alias *)(const void *)s)->val;
		d += 2;
		s += 2;
	}
	if (n & 1)
		*d = *s;
	return dst;
}

/**
 * Copy the whole 128-byte blocks of n bytes (n & ~127) between
 * non-overlapping areas.
 *
 * @param dst  Destination.
 * @param src  Source.
 * @param n  Bytes; the n % 128 last ones are not copied.
 */
static __rte_always_inline void
rte_mov128blocks(uint8_t *dst, const uint8_t *src, size_t n)
{
	memcpy(dst, src, n & ~(size_t)127);
}

/**
 * Copy bytes between non-overlapping areas of any alignment.
 *
 * @param dst  Destination.
 * @param src  Source.
 * @param n  Bytes.
 * @return dst.
 */
static __rte_always_inline void *
rte_memcpy_generic(void *dst, const void *src, size_t n)
{
	return memcpy(dst, src, n);
}

/**
 * Copy bytes between non-overlapping areas that are both aligned on
 * 16 bytes.
 *
 * @param dst  Destination.
 * @param src  Source.
 * @param n  Bytes.
 * @return dst.
 */
static __rte_always_inline void *
rte_memcpy_aligned(void *dst, const void *src, size_t n)
{
	return memcpy(__builtin_assume_aligned(dst, 16),
		__builtin_assume_aligned(src, 16), n);
}

/**
 * Copy the leading 32-byte blocks of len bytes, leaving the last
 * 16 - offset to 47 - offset bytes, as DPDK's SSE copy loop does before
 * its tail copy. dst, src (pointers) and len (a size_t) must be
 * variables: they are advanced past what was copied. offset, in
 * [1, 15], is how far src is past a 16-byte boundary: here it only
 * decides how many bytes are left.
 *
 * @param dst  Destination pointer variable.
 * @param src  Source pointer variable.
 * @param len  Byte count variable.
 * @param offset  Misalignment of src, a constant in [1, 15].
 */
#define MOVEUNALIGNED_LEFT47_IMM(dst, src, len, offset) \
	__extension__({ \
		size_t rte__moved = 0; \
		while ((len) >= 32 + 16 - (size_t)(offset)) { \
			(len) -= 32; \
			rte__moved += 32; \
		} \
		memcpy((void *)(dst), (const void *)(src), rte__moved); \
		(src) = (const uint8_t *)(src) + rte__moved; \
		(dst) = (uint8_t *)(dst) + rte__moved; \
	})

/**
 * MOVEUNALIGNED_LEFT47_IMM() for an offset known at run time only;
 * does nothing for an offset outside [1, 15].
 *
 * @param dst  Destination pointer variable.
 * @param src  Source pointer variable.
 * @param len  Byte count variable.
 * @param offset  Misalignment of src.
 */
#define MOVEUNALIGNED_LEFT47(dst, src, len, offset) \
	__extension__({ \
		if ((offset) >= 1 && (offset) <= 15) \
			MOVEUNALIGNED_LEFT47_IMM(dst, src, len, offset); \
	})

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMCPY_ARCH_H_ */
