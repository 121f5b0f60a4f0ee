/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Division by a divisor fixed at run time, as a multiplication and two
 * shifts (Granlund and Montgomery, "Division by invariant integers
 * using multiplication", 1994). rte_reciprocal_value() computes the
 * magic numbers of a divisor once; rte_reciprocal_divide() then gives
 * the same quotient as the '/' operator, for every dividend.
 */

#ifndef _RTE_RECIPROCAL_H_
#define _RTE_RECIPROCAL_H_

#include <stdint.h>

#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Magic numbers of a 32-bit divisor. */
struct rte_reciprocal {
	uint32_t m; /**< multiplier */
	uint8_t sh1; /**< first shift (0 or 1) */
	uint8_t sh2; /**< second shift */
};

/** Magic numbers of a 64-bit divisor. */
struct rte_reciprocal_u64 {
	uint64_t m; /**< multiplier */
	uint8_t sh1; /**< first shift (0 or 1) */
	uint8_t sh2; /**< second shift */
};

/**
 * Divide by the divisor whose magic numbers R holds.
 *
 * @param a  Dividend.
 * @param R  From rte_reciprocal_value(d).
 * @return a / d.
 */
static inline uint32_t
rte_reciprocal_divide(uint32_t a, struct rte_reciprocal R)
{
	uint32_t t = (uint32_t)(((uint64_t)a * R.m) >> 32);

	return (t + ((a - t) >> R.sh1)) >> R.sh2;
}

/**
 * High 64 bits of the 128-bit product of two 64-bit numbers.
 *
 * @param x  A factor.
 * @param y  The other.
 * @return (x * y) >> 64.
 */
static __rte_always_inline uint64_t
mullhi_u64(uint64_t x, uint64_t y)
{
	return (uint64_t)(((unsigned __int128)x * y) >> 64);
}

/**
 * Divide by the 64-bit divisor whose magic numbers R holds.
 *
 * @param a  Dividend.
 * @param R  From rte_reciprocal_value_u64(d).
 * @return a / d.
 */
static __rte_always_inline uint64_t
rte_reciprocal_divide_u64(uint64_t a, const struct rte_reciprocal_u64 *R)
{
	uint64_t t = mullhi_u64(a, R->m);

	return (t + ((a - t) >> R->sh1)) >> R->sh2;
}

/**
 * Magic numbers of a 32-bit divisor.
 *
 * @param d  Divisor, not 0.
 * @return What rte_reciprocal_divide() takes.
 */
struct rte_reciprocal rte_reciprocal_value(uint32_t d);

/**
 * Magic numbers of a 64-bit divisor.
 *
 * @param d  Divisor, not 0.
 * @return What rte_reciprocal_divide_u64() takes.
 */
struct rte_reciprocal_u64 rte_reciprocal_value_u64(uint64_t d);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RECIPROCAL_H_ */
