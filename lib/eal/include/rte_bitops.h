/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Bit helpers. The "relaxed" operations are plain (not atomic) reads
 * and writes through a volatile pointer: no ordering, no atomicity.
 */

#ifndef _RTE_BITOPS_H_
#define _RTE_BITOPS_H_

#include <stdint.h>

#include <rte_compat.h>
#include <rte_debug.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A 64-bit value with bit nr set. */
#define RTE_BIT64(nr) (UINT64_C(1) << (nr))

/** A 32-bit value with bit nr set. */
#define RTE_BIT32(nr) (UINT32_C(1) << (nr))

/**
 * Read bit nr of *addr.
 *
 * @param nr
 *   Bit number, below 32.
 * @param addr
 *   The word.
 * @return
 *   the bit, in place (0 or its mask).
 */
static inline uint32_t
rte_bit_relaxed_get32(unsigned int nr, volatile uint32_t *addr)
{
	RTE_ASSERT(nr < 32);
	return *addr & RTE_BIT32(nr);
}

/**
 * Set bit nr of *addr.
 *
 * @param nr
 *   Bit number, below 32.
 * @param addr
 *   The word.
 */
static inline void
rte_bit_relaxed_set32(unsigned int nr, volatile uint32_t *addr)
{
	RTE_ASSERT(nr < 32);
	*addr = *addr | RTE_BIT32(nr);
}

/**
 * Clear bit nr of *addr.
 *
 * @param nr
 *   Bit number, below 32.
 * @param addr
 *   The word.
 */
static inline void
rte_bit_relaxed_clear32(unsigned int nr, volatile uint32_t *addr)
{
	RTE_ASSERT(nr < 32);
	*addr = *addr & ~RTE_BIT32(nr);
}

/**
 * Set bit nr of *addr and return its old value.
 *
 * @param nr
 *   Bit number, below 32.
 * @param addr
 *   The word.
 * @return
 *   the old bit, in place.
 */
static inline uint32_t
rte_bit_relaxed_test_and_set32(unsigned int nr, volatile uint32_t *addr)
{
	uint32_t old = rte_bit_relaxed_get32(nr, addr);

	rte_bit_relaxed_set32(nr, addr);
	return old;
}

/**
 * Clear bit nr of *addr and return its old value.
 *
 * @param nr
 *   Bit number, below 32.
 * @param addr
 *   The word.
 * @return
 *   the old bit, in place.
 */
static inline uint32_t
rte_bit_relaxed_test_and_clear32(unsigned int nr, volatile uint32_t *addr)
{
	uint32_t old = rte_bit_relaxed_get32(nr, addr);

	rte_bit_relaxed_clear32(nr, addr);
	return old;
}

/**
 * Read bit nr of *addr.
 *
 * @param nr
 *   Bit number, below 64.
 * @param addr
 *   The word.
 * @return
 *   the bit, in place (0 or its mask).
 */
static inline uint64_t
rte_bit_relaxed_get64(unsigned int nr, volatile uint64_t *addr)
{
	RTE_ASSERT(nr < 64);
	return *addr & RTE_BIT64(nr);
}

/**
 * Set bit nr of *addr.
 *
 * @param nr
 *   Bit number, below 64.
 * @param addr
 *   The word.
 */
static inline void
rte_bit_relaxed_set64(unsigned int nr, volatile uint64_t *addr)
{
	RTE_ASSERT(nr < 64);
	*addr = *addr | RTE_BIT64(nr);
}

/**
 * Clear bit nr of *addr.
 *
 * @param nr
 *   Bit number, below 64.
 * @param addr
 *   The word.
 */
static inline void
rte_bit_relaxed_clear64(unsigned int nr, volatile uint64_t *addr)
{
	RTE_ASSERT(nr < 64);
	*addr = *addr & ~RTE_BIT64(nr);
}

/**
 * Set bit nr of *addr and return its old value.
 *
 * @param nr
 *   Bit number, below 64.
 * @param addr
 *   The word.
 * @return
 *   the old bit, in place.
 */
static inline uint64_t
rte_bit_relaxed_test_and_set64(unsigned int nr, volatile uint64_t *addr)
{
	uint64_t old = rte_bit_relaxed_get64(nr, addr);

	rte_bit_relaxed_set64(nr, addr);
	return old;
}

/**
 * Clear bit nr of *addr and return its old value.
 *
 * @param nr
 *   Bit number, below 64.
 * @param addr
 *   The word.
 * @return
 *   the old bit, in place.
 */
static inline uint64_t
rte_bit_relaxed_test_and_clear64(unsigned int nr, volatile uint64_t *addr)
{
	uint64_t old = rte_bit_relaxed_get64(nr, addr);

	rte_bit_relaxed_clear64(nr, addr);
	return old;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BITOPS_H_ */
