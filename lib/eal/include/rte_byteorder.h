/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Byte order: the architecture header. As in DPDK, <rte_byteorder.h>
 * holds what is specific to the CPU (the byte swaps the compiler turns
 * into one instruction) and includes generic/rte_byteorder.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_BYTEORDER_ARCH_H_
#define _RTE_BYTEORDER_ARCH_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_config.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Swap the bytes of a 16-bit value with the CPU's instruction.
 *
 * @param x  The value.
 * @return x with its bytes reversed.
 */
static inline uint16_t
rte_arch_bswap16(uint16_t x)
{
	return __builtin_bswap16(x);
}

/**
 * Swap the bytes of a 32-bit value with the CPU's instruction.
 *
 * @param x  The value.
 * @return x with its bytes reversed.
 */
static inline uint32_t
rte_arch_bswap32(uint32_t x)
{
	return __builtin_bswap32(x);
}

/**
 * Swap the bytes of a 16-bit value: folded at compile time for a
 * constant, one instruction otherwise.
 *
 * @param x  The value.
 */
#define rte_bswap16(x) \
	((uint16_t)(__builtin_constant_p(x) ? rte_constant_bswap16(x) \
					    : rte_arch_bswap16(x)))
/**
 * Swap the bytes of a 32-bit value.
 *
 * @param x  The value.
 */
#define rte_bswap32(x) \
	((uint32_t)(__builtin_constant_p(x) ? rte_constant_bswap32(x) \
					    : rte_arch_bswap32(x)))
/**
 * Swap the bytes of a 64-bit value.
 *
 * @param x  The value.
 */
#define rte_bswap64(x) \
	((uint64_t)(__builtin_constant_p(x) ? rte_constant_bswap64(x) \
					    : rte_arch_bswap64(x)))

#ifdef __cplusplus
}
#endif

#include "rte_byteorder_64.h"
#include "generic/rte_byteorder.h"

#endif /* _RTE_BYTEORDER_ARCH_H_ */
