/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Byte order conversions between the CPU (little endian on the targets
 * we build for) and the network (big endian), and types that say which
 * order a value is in.
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

/** Big-endian order, as RTE_BYTE_ORDER may say. */
#define RTE_BIG_ENDIAN 1
/** Little-endian order, as RTE_BYTE_ORDER may say. */
#define RTE_LITTLE_ENDIAN 2
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
/** Byte order of the CPU. */
#define RTE_BYTE_ORDER RTE_BIG_ENDIAN
#else
/** Byte order of the CPU. */
#define RTE_BYTE_ORDER RTE_LITTLE_ENDIAN
#endif

typedef uint16_t rte_be16_t; /**< 16 bits in big-endian order */
typedef uint32_t rte_be32_t; /**< 32 bits in big-endian order */
typedef uint64_t rte_be64_t; /**< 64 bits in big-endian order */
typedef uint16_t rte_le16_t; /**< 16 bits in little-endian order */
typedef uint32_t rte_le32_t; /**< 32 bits in little-endian order */
typedef uint64_t rte_le64_t; /**< 64 bits in little-endian order */

/** Swap the bytes of a 16-bit constant (usable in initialisers). */
#define RTE_STATIC_BSWAP16(v) \
	((uint16_t)((((uint16_t)(v)&UINT16_C(0x00ff)) << 8) | \
		(((uint16_t)(v)&UINT16_C(0xff00)) >> 8)))
/** Swap the bytes of a 32-bit constant. */
#define RTE_STATIC_BSWAP32(v) \
	((((uint32_t)(v)&UINT32_C(0x000000ff)) << 24) | \
		(((uint32_t)(v)&UINT32_C(0x0000ff00)) << 8) | \
		(((uint32_t)(v)&UINT32_C(0x00ff0000)) >> 8) | \
		(((uint32_t)(v)&UINT32_C(0xff000000)) >> 24))
/** Swap the bytes of a 64-bit constant. */
#define RTE_STATIC_BSWAP64(v) \
	(((uint64_t)RTE_STATIC_BSWAP32((uint32_t)(v)) << 32) | \
		RTE_STATIC_BSWAP32((uint32_t)((uint64_t)(v) >> 32)))

/**
 * Swap the bytes of a 16-bit value, in C (what rte_bswap16() uses for a
 * compile-time constant).
 *
 * @param x  The value.
 * @return x with its bytes reversed.
 */
static inline uint16_t
rte_constant_bswap16(uint16_t x)
{
	return (uint16_t)RTE_STATIC_BSWAP16(x);
}

/**
 * Swap the bytes of a 32-bit value, in C.
 *
 * @param x  The value.
 * @return x with its bytes reversed.
 */
static inline uint32_t
rte_constant_bswap32(uint32_t x)
{
	return (uint32_t)RTE_STATIC_BSWAP32(x);
}

/**
 * Swap the bytes of a 64-bit value, in C.
 *
 * @param x  The value.
 * @return x with its bytes reversed.
 */
static inline uint64_t
rte_constant_bswap64(uint64_t x)
{
	return (uint64_t)RTE_STATIC_BSWAP64(x);
}

/*
 * rte_bswap16/32/64 are macros of the architecture header
 * (<rte_byteorder.h>); included alone, this header swaps in C.
 */
#ifndef rte_bswap16
/** Swap the bytes of a 16-bit value. @param x the value */
#define rte_bswap16(x) rte_constant_bswap16(x)
#endif
#ifndef rte_bswap32
/** Swap the bytes of a 32-bit value. @param x the value */
#define rte_bswap32(x) rte_constant_bswap32(x)
#endif
#ifndef rte_bswap64
/** Swap the bytes of a 64-bit value. @param x the value */
#define rte_bswap64(x) rte_constant_bswap64(x)
#endif

#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
/** A 16-bit constant in big-endian order. */
#define RTE_BE16(v) ((rte_be16_t)RTE_STATIC_BSWAP16(v))
/** A 32-bit constant in big-endian order. */
#define RTE_BE32(v) ((rte_be32_t)RTE_STATIC_BSWAP32(v))
/** A 64-bit constant in big-endian order. */
#define RTE_BE64(v) ((rte_be64_t)RTE_STATIC_BSWAP64(v))
/** A 16-bit constant in little-endian order. */
#define RTE_LE16(v) ((rte_le16_t)(v))
/** A 32-bit constant in little-endian order. */
#define RTE_LE32(v) ((rte_le32_t)(v))
/** A 64-bit constant in little-endian order. */
#define RTE_LE64(v) ((rte_le64_t)(v))

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
#define RTE_BE16(v) ((rte_be16_t)(v)) /**< big-endian CPU form */
#define RTE_BE32(v) ((rte_be32_t)(v)) /**< big-endian CPU form */
#define RTE_BE64(v) ((rte_be64_t)(v)) /**< big-endian CPU form */
#define RTE_LE16(v) \
	((rte_le16_t)RTE_STATIC_BSWAP16(v)) /**< big-endian CPU form */
#define RTE_LE32(v) \
	((rte_le32_t)RTE_STATIC_BSWAP32(v)) /**< big-endian CPU form */
#define RTE_LE64(v) \
	((rte_le64_t)RTE_STATIC_BSWAP64(v)) /**< big-endian CPU form */
#define rte_cpu_to_le_16(x) rte_bswap16(x) /**< big-endian CPU form */
#define rte_cpu_to_le_32(x) rte_bswap32(x) /**< big-endian CPU form */
#define rte_cpu_to_le_64(x) rte_bswap64(x) /**< big-endian CPU form */
#define rte_cpu_to_be_16(x) (x) /**< big-endian CPU form */
#define rte_cpu_to_be_32(x) (x) /**< big-endian CPU form */
#define rte_cpu_to_be_64(x) (x) /**< big-endian CPU form */
#define rte_le_to_cpu_16(x) rte_bswap16(x) /**< big-endian CPU form */
#define rte_le_to_cpu_32(x) rte_bswap32(x) /**< big-endian CPU form */
#define rte_le_to_cpu_64(x) rte_bswap64(x) /**< big-endian CPU form */
#define rte_be_to_cpu_16(x) (x) /**< big-endian CPU form */
#define rte_be_to_cpu_32(x) (x) /**< big-endian CPU form */
#define rte_be_to_cpu_64(x) (x) /**< big-endian CPU form */
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BYTEORDER_H_ */
