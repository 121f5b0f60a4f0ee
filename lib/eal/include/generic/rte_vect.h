/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Vector types for generic C code, the x86 SSE/AVX unions, and the
 * largest SIMD width code paths may choose (set by the application or
 * forced with --force-max-simd-bitwidth).
 */

#ifndef _RTE_VECT_H_
#define _RTE_VECT_H_

#include <stdint.h>

#include <rte_config.h>
#include <rte_common.h>
#include <rte_compat.h>

#if defined(RTE_ARCH_X86)
#include <x86intrin.h>
#elif defined(RTE_ARCH_ARM64)
#include <arm_neon.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** 64 bits as 8 unsigned bytes. */
typedef uint8_t rte_v64u8_t __attribute__((vector_size(8), aligned(8)));
/** 64 bits as 4 unsigned 16-bit words. */
typedef uint16_t rte_v64u16_t __attribute__((vector_size(8), aligned(8)));
/** 64 bits as 2 unsigned 32-bit words. */
typedef uint32_t rte_v64u32_t __attribute__((vector_size(8), aligned(8)));
/** 128 bits as 16 unsigned bytes. */
typedef uint8_t rte_v128u8_t __attribute__((vector_size(16), aligned(16)));
/** 128 bits as 8 unsigned 16-bit words. */
typedef uint16_t rte_v128u16_t __attribute__((vector_size(16), aligned(16)));
/** 128 bits as 4 unsigned 32-bit words. */
typedef uint32_t rte_v128u32_t __attribute__((vector_size(16), aligned(16)));
/** 128 bits as 2 unsigned 64-bit words. */
typedef uint64_t rte_v128u64_t __attribute__((vector_size(16), aligned(16)));
/** 256 bits as 32 unsigned bytes. */
typedef uint8_t rte_v256u8_t __attribute__((vector_size(32), aligned(32)));
/** 256 bits as 16 unsigned 16-bit words. */
typedef uint16_t rte_v256u16_t __attribute__((vector_size(32), aligned(32)));
/** 256 bits as 8 unsigned 32-bit words. */
typedef uint32_t rte_v256u32_t __attribute__((vector_size(32), aligned(32)));
/** 256 bits as 4 unsigned 64-bit words. */
typedef uint64_t rte_v256u64_t __attribute__((vector_size(32), aligned(32)));
/** 64 bits as 8 signed bytes. */
typedef int8_t rte_v64s8_t __attribute__((vector_size(8), aligned(8)));
/** 64 bits as 4 signed 16-bit words. */
typedef int16_t rte_v64s16_t __attribute__((vector_size(8), aligned(8)));
/** 64 bits as 2 signed 32-bit words. */
typedef int32_t rte_v64s32_t __attribute__((vector_size(8), aligned(8)));
/** 128 bits as 16 signed bytes. */
typedef int8_t rte_v128s8_t __attribute__((vector_size(16), aligned(16)));
/** 128 bits as 8 signed 16-bit words. */
typedef int16_t rte_v128s16_t __attribute__((vector_size(16), aligned(16)));
/** 128 bits as 4 signed 32-bit words. */
typedef int32_t rte_v128s32_t __attribute__((vector_size(16), aligned(16)));
/** 128 bits as 2 signed 64-bit words. */
typedef int64_t rte_v128s64_t __attribute__((vector_size(16), aligned(16)));
/** 256 bits as 32 signed bytes. */
typedef int8_t rte_v256s8_t __attribute__((vector_size(32), aligned(32)));
/** 256 bits as 16 signed 16-bit words. */
typedef int16_t rte_v256s16_t __attribute__((vector_size(32), aligned(32)));
/** 256 bits as 8 signed 32-bit words. */
typedef int32_t rte_v256s32_t __attribute__((vector_size(32), aligned(32)));
/** 256 bits as 4 signed 64-bit words. */
typedef int64_t rte_v256s64_t __attribute__((vector_size(32), aligned(32)));

/** Widths rte_vect_set_max_simd_bitwidth() takes, in bits. */
enum rte_vect_max_simd {
	RTE_VECT_SIMD_DISABLED = 64, /**< scalar code only */
	RTE_VECT_SIMD_128 = 128, /**< up to SSE / NEON */
	RTE_VECT_SIMD_256 = 256, /**< up to AVX2 */
	RTE_VECT_SIMD_512 = 512, /**< up to AVX-512 */
	RTE_VECT_SIMD_MAX = INT16_MAX + 1, /**< no limit */
};

/** Width in effect when nobody chose one. */
#define RTE_VECT_DEFAULT_SIMD_BITWIDTH RTE_VECT_SIMD_256

#if defined(RTE_ARCH_X86)
/** An SSE register. */
typedef __m128i xmm_t;

/** Bytes of an xmm_t. */
#define XMM_SIZE (sizeof(xmm_t))
/** Mask of the offset inside an xmm_t. */
#define XMM_MASK (XMM_SIZE - 1)

/** An SSE register seen as lanes of each width. */
typedef union rte_xmm {
	xmm_t x; /**< the register */
	uint8_t u8[XMM_SIZE / sizeof(uint8_t)]; /**< bytes */
	uint16_t u16[XMM_SIZE / sizeof(uint16_t)]; /**< 16-bit lanes */
	uint32_t u32[XMM_SIZE / sizeof(uint32_t)]; /**< 32-bit lanes */
	uint64_t u64[XMM_SIZE / sizeof(uint64_t)]; /**< 64-bit lanes */
	double pd[XMM_SIZE / sizeof(double)]; /**< doubles */
} rte_xmm_t;

#ifdef __AVX__
/** An AVX register. */
typedef __m256i ymm_t;

/** Bytes of a ymm_t. */
#define YMM_SIZE (sizeof(ymm_t))
/** Mask of the offset inside a ymm_t. */
#define YMM_MASK (YMM_SIZE - 1)

/** An AVX register seen as lanes of each width. */
typedef union rte_ymm {
	ymm_t y; /**< the register */
	xmm_t x[YMM_SIZE / sizeof(xmm_t)]; /**< SSE halves */
	uint8_t u8[YMM_SIZE / sizeof(uint8_t)]; /**< bytes */
	uint16_t u16[YMM_SIZE / sizeof(uint16_t)]; /**< 16-bit lanes */
	uint32_t u32[YMM_SIZE / sizeof(uint32_t)]; /**< 32-bit lanes */
	uint64_t u64[YMM_SIZE / sizeof(uint64_t)]; /**< 64-bit lanes */
	double pd[YMM_SIZE / sizeof(double)]; /**< doubles */
} rte_ymm_t;
#endif /* __AVX__ */

#ifdef __AVX512F__
/** Bytes of an AVX-512 register. */
#define RTE_X86_ZMM_SIZE (sizeof(__m512i))
/** Mask of the offset inside an AVX-512 register. */
#define RTE_X86_ZMM_MASK (RTE_X86_ZMM_SIZE - 1)

/** An AVX-512 register seen as lanes of each width. */
typedef union __rte_x86_zmm {
	__m512i z; /**< the register */
	ymm_t y[RTE_X86_ZMM_SIZE / sizeof(ymm_t)]; /**< AVX halves */
	xmm_t x[RTE_X86_ZMM_SIZE / sizeof(xmm_t)]; /**< SSE quarters */
	uint8_t u8[RTE_X86_ZMM_SIZE / sizeof(uint8_t)]; /**< bytes */
	uint16_t u16[RTE_X86_ZMM_SIZE / sizeof(uint16_t)]; /**< 16-bit */
	uint32_t u32[RTE_X86_ZMM_SIZE / sizeof(uint32_t)]; /**< 32-bit */
	uint64_t u64[RTE_X86_ZMM_SIZE / sizeof(uint64_t)]; /**< 64-bit */
	double pd[RTE_X86_ZMM_SIZE / sizeof(double)]; /**< doubles */
} __rte_aligned(RTE_X86_ZMM_SIZE) __rte_x86_zmm_t;
#endif /* __AVX512F__ */
#endif /* RTE_ARCH_X86 */

/**
 * Largest SIMD width, in bits, code paths may use.
 *
 * @return
 *   RTE_VECT_DEFAULT_SIMD_BITWIDTH unless the application or
 *   --force-max-simd-bitwidth set another.
 */
__rte_experimental uint16_t rte_vect_get_max_simd_bitwidth(void);

/**
 * Set the largest SIMD width code paths may use.
 *
 * @param bitwidth
 *   A power of two from RTE_VECT_SIMD_DISABLED to RTE_VECT_SIMD_MAX.
 * @return
 *   0; -EINVAL for a bad width; -EPERM if --force-max-simd-bitwidth
 *   fixed the width on the command line.
 */
__rte_experimental int rte_vect_set_max_simd_bitwidth(uint16_t bitwidth);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_VECT_H_ */
