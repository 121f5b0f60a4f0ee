/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * CPU hint for spin-wait loops.
 */

#ifndef _RTE_PAUSE_H_
#define _RTE_PAUSE_H_

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

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PAUSE_H_ */
