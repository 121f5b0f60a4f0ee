/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Byte order: swaps, conversions between CPU and big/little endian,
 * and the annotated integer types protocol headers use.
 */

#ifndef _RTE_BYTEORDER_H_
#define _RTE_BYTEORDER_H_

#include <endian.h>
#include <stdint.h>

#include <rte_common.h>
#include <rte_config.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Value of RTE_BYTE_ORDER on big-endian CPUs. */
#define RTE_BIG_ENDIAN 1
/** Value of RTE_BYTE_ORDER on little-endian CPUs. */
#define RTE_LITTLE_ENDIAN 2
/** Byte order of the CPU. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define RTE_BYTE_ORDER RTE_BIG_ENDIAN
#else
#define RTE_BYTE_ORDER RTE_LITTLE_ENDIAN
#endif

/** Swap the bytes of a 16-bit constant (usable in initialisers). */
#define RTE_STATIC_BSWAP16(v) \
	((uint16_t)((((uint16_t)(v) & UINT16_C(0x00ff)) << 8) | \
		(((uint16_t)(v) & UINT16_C(0xff00)) >> 8)))
/** Swap the bytes of a 32-bit constant (usable in initialisers). */
#define RTE_STATIC_BSWAP32(v) \
	((((uint32_t)(v) & UINT32_C(0x000000ff)) << 24) | \
		(((uint32_t)(v) & UINT32_C(0x0000ff00)) << 8) | \
		(((uint32_t)(v) & UINT32_C(0x00ff0000)) >> 8) | \
		(((uint32_t)(v) & UINT32_C(0xff000000)) >> 24))
/** Swap the bytes of a 64-bit constant (usable in initialisers). */
#define RTE_STATIC_BSWAP64(v) \
	((((uint64_t)(v) & UINT64_C(0x00000000000000ff)) << 56) | \
		(((uint64_t)(v) & UINT64_C(0x000000000000ff00)) << 40) | \
		(((uint64_t)(v) & UINT64_C(0x0000000000ff0000)) << 24) | \
		(((uint64_t)(v) & UINT64_C(0x00000000ff000000)) << 8) | \
		(((uint64_t)(v) & UINT64_C(0x000000ff00000000)) >> 8) | \
		(((uint64_t)(v) & UINT64_C(0x0000ff0000000000)) >> 24) | \
		(((uint64_t)(v) & UINT64_C(0x00ff000000000000)) >> 40) | \
		(((uint64_t)(v) & UINT64_C(0xff00000000000000)) >> 56))

/** 16-bit big-endian value. */
typedef uint16_t rte_be16_t;
/** 32-bit big-endian value. */
typedef uint32_t rte_be32_t;
/** 64-bit big-endian value. */
typedef uint64_t rte_be64_t;
/** 16-bit little-endian value. */
typedef uint16_t rte_le16_t;
/** 32-bit little-endian value. */
typedef uint32_t rte_le32_t;
/** 64-bit little-endian value. */
typedef uint64_t rte_le64_t;

#if RTE_BYTE_ORDER == RTE_BIG_ENDIAN
#define RTE_BE16(v) (rte_be16_t)(v) /**< constant to big endian */
#define RTE_BE32(v) (rte_be32_t)(v) /**< constant to big endian */
#define RTE_BE64(v) (rte_be64_t)(v) /**< constant to big endian */
#define RTE_LE16(v) (rte_le16_t)(RTE_STATIC_BSWAP16(v)) /**< to LE */
#define RTE_LE32(v) (rte_le32_t)(RTE_STATIC_BSWAP32(v)) /**< to LE */
#define RTE_LE64(v) (rte_le64_t)(RTE_STATIC_BSWAP64(v)) /**< to LE */
#else
#define RTE_BE16(v) (rte_be16_t)(RTE_STATIC_BSWAP16(v)) /**< to BE */
#define RTE_BE32(v) (rte_be32_t)(RTE_STATIC_BSWAP32(v)) /**< to BE */
#define RTE_BE64(v) (rte_be64_t)(RTE_STATIC_BSWAP64(v)) /**< to BE */
#define RTE_LE16(v) (rte_le16_t)(v) /**< constant to little endian */
#define RTE_LE32(v) (rte_le32_t)(v) /**< constant to little endian */
#define RTE_LE64(v) (rte_le64_t)(v) /**< constant to little endian */
#endif

/** Swap the bytes of x. @param x value @return swapped value */
static inline uint16_t
rte_constant_bswap16(uint16_t x)
{
	return (uint16_t)RTE_STATIC_BSWAP16(x);
}

/** Swap the bytes of x. @param x value @return swapped value */
static inline uint32_t
rte_constant_bswap32(uint32_t x)
{
	return (uint32_t)RTE_STATIC_BSWAP32(x);
}

/** Swap the bytes of x. @param x value @return swapped value */
static inline uint64_t
rte_constant_bswap64(uint64_t x)
{
	return (uint64_t)RTE_STATIC_BSWAP64(x);
}

/** Swap the bytes of x with the CPU's instruction. @param x value @return swapped */
static inline uint16_t
rte_arch_bswap16(uint16_t x)
{
	return __builtin_bswap16(x);
}

/** Swap the bytes of x with the CPU's instruction. @param x value @return swapped */
static inline uint32_t
rte_arch_bswap32(uint32_t x)
{
	return __builtin_bswap32(x);
}

/** Swap the bytes of x with the CPU's instruction. @param x value @return swapped */
static inline uint64_t
rte_arch_bswap64(uint64_t x)
{
	return __builtin_bswap64(x);
}

/** Swap the bytes of a 16-bit value. */
#define rte_bswap16(x) ((uint16_t)rte_arch_bswap16((uint16_t)(x)))
/** Swap the bytes of a 32-bit value. */
#define rte_bswap32(x) ((uint32_t)rte_arch_bswap32((uint32_t)(x)))
/** Swap the bytes of a 64-bit value. */
#define rte_bswap64(x) ((uint64_t)rte_arch_bswap64((uint64_t)(x)))

#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
#define rte_cpu_to_le_16(x) (x) /**< CPU to little endian */
#define rte_cpu_to_le_32(x) (x) /**< CPU to little endian */
#define rte_cpu_to_le_64(x) (x) /**< CPU to little endian */
#define rte_cpu_to_be_16(x) rte_bswap16(x) /**< CPU to big endian */
#define rte_cpu_to_be_32(x) rte_bswap32(x) /**< CPU to big endian */
#define rte_cpu_to_be_64(x) rte_bswap64(x) /**< CPU to big endian */
#define rte_le_to_cpu_16(x) (x) /**< little endian to CPU */
#define rte_le_to_cpu_32(x) (x) /**< little endian to CPU */
#define rte_le_to_cpu_64(x) (x) /**< little endian to CPU */
#define rte_be_to_cpu_16(x) rte_bswap16(x) /**< big endian to CPU */
#define rte_be_to_cpu_32(x) rte_bswap32(x) /**< big endian to CPU */
#define rte_be_to_cpu_64(x) rte_bswap64(x) /**< big endian to CPU */
#else
#define rte_cpu_to_le_16(x) rte_bswap16(x) /**< CPU to little endian */
#define rte_cpu_to_le_32(x) rte_bswap32(x) /**< CPU to little endian */
#define rte_cpu_to_le_64(x) rte_bswap64(x) /**< CPU to little endian */
#define rte_cpu_to_be_16(x) (x) /**< CPU to big endian */
#define rte_cpu_to_be_32(x) (x) /**< CPU to big endian */
#define rte_cpu_to_be_64(x) (x) /**< CPU to big endian */
#define rte_le_to_cpu_16(x) rte_bswap16(x) /**< little endian to CPU */
#define rte_le_to_cpu_32(x) rte_bswap32(x) /**< little endian to CPU */
#define rte_le_to_cpu_64(x) rte_bswap64(x) /**< little endian to CPU */
#define rte_be_to_cpu_16(x) (x) /**< big endian to CPU */
#define rte_be_to_cpu_32(x) (x) /**< big endian to CPU */
#define rte_be_to_cpu_64(x) (x) /**< big endian to CPU */
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BYTEORDER_H_ */
