/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * CPU hint for spin-wait loops.
 */

#ifndef _RTE_PAUSE_H_
#define _RTE_PAUSE_H_

#include <assert.h>
#include <stdint.h>

#include <rte_common.h>
#include <rte_atomic.h>

#if defined(RTE_ARCH_X86_64)
#include <emmintrin.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Tell the CPU this is a spin-wait loop (saves power, frees the
 * sibling hyper-thread).
 */
static __rte_always_inline void
rte_pause(void)
{
#if defined(RTE_ARCH_X86_64)
	_mm_pause();
#elif defined(RTE_ARCH_ARM64)
	__asm__ volatile("yield" ::: "memory");
#else
	rte_compiler_barrier();
#endif
}

/**
 * Spin until a 16-bit location holds a value.
 *
 * @param addr  The location.
 * @param expected  The value to wait for.
 * @param memorder  __ATOMIC_ACQUIRE or __ATOMIC_RELAXED.
 */
static __rte_always_inline void
rte_wait_until_equal_16(
	volatile uint16_t *addr, uint16_t expected, int memorder)
{
	while (__atomic_load_n(addr, memorder) != expected)
		rte_pause();
}

/**
 * Spin until a 32-bit location holds a value.
 *
 * @param addr  The location.
 * @param expected  The value to wait for.
 * @param memorder  __ATOMIC_ACQUIRE or __ATOMIC_RELAXED.
 */
static __rte_always_inline void
rte_wait_until_equal_32(
	volatile uint32_t *addr, uint32_t expected, int memorder)
{
	while (__atomic_load_n(addr, memorder) != expected)
		rte_pause();
}

/**
 * Spin until a 64-bit location holds a value.
 *
 * @param addr  The location.
 * @param expected  The value to wait for.
 * @param memorder  __ATOMIC_ACQUIRE or __ATOMIC_RELAXED.
 */
static __rte_always_inline void
rte_wait_until_equal_64(
	volatile uint64_t *addr, uint64_t expected, int memorder)
{
	while (__atomic_load_n(addr, memorder) != expected)
		rte_pause();
}

/**
 * Spin (with rte_pause()) until (*addr & mask) cond expected, e.g.
 * RTE_WAIT_UNTIL_MASKED(&flag, 0x1, ==, 1, __ATOMIC_ACQUIRE).
 *
 * @param addr
 *   Address of the word (any integer width).
 * @param mask
 *   Bits of it to compare.
 * @param cond
 *   Comparison operator: == or !=.
 * @param expected
 *   Value the masked word is compared with.
 * @param memorder
 *   __ATOMIC_ACQUIRE or __ATOMIC_RELAXED.
 */
#define RTE_WAIT_UNTIL_MASKED(addr, mask, cond, expected, memorder) \
	do { \
		RTE_BUILD_BUG_ON(!__builtin_constant_p(memorder)); \
		RTE_BUILD_BUG_ON(memorder != __ATOMIC_ACQUIRE && \
			memorder != __ATOMIC_RELAXED); \
		while (!((__atomic_load_n((addr), (memorder)) & (mask)) \
				cond(expected))) \
			rte_pause(); \
	} while (0)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PAUSE_H_ */
