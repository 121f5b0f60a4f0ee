/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Cache prefetch hints.
 */

#ifndef _RTE_PREFETCH_H_
#define _RTE_PREFETCH_H_

#include <rte_common.h>
#include <rte_compat.h>

/**
 * Prefetch a line into every cache level.
 *
 * @param p  Address in the line.
 */
static inline void
rte_prefetch0(const volatile void *p)
{
	__builtin_prefetch((const void *)(uintptr_t)p, 0, 3);
}

/**
 * Prefetch a line into level 2 and beyond.
 *
 * @param p  Address in the line.
 */
static inline void
rte_prefetch1(const volatile void *p)
{
	__builtin_prefetch((const void *)(uintptr_t)p, 0, 2);
}

/**
 * Prefetch a line into level 3 and beyond.
 *
 * @param p  Address in the line.
 */
static inline void
rte_prefetch2(const volatile void *p)
{
	__builtin_prefetch((const void *)(uintptr_t)p, 0, 1);
}

/**
 * Prefetch a line that will be used once (minimise cache pollution).
 *
 * @param p  Address in the line.
 */
static inline void
rte_prefetch_non_temporal(const volatile void *p)
{
	__builtin_prefetch((const void *)(uintptr_t)p, 0, 0);
}

/**
 * Prefetch a line for writing.
 *
 * @param p  Address in the line.
 */
static inline void
rte_prefetch0_write(const void *p)
{
	__builtin_prefetch(p, 1, 3);
}

/**
 * Prefetch a line about to be written, into the L2 cache and below.
 *
 * @param p
 *   Address in the line.
 */
static inline void
rte_prefetch1_write(const void *p)
{
	__builtin_prefetch(p, 1, 2);
}

/**
 * Prefetch a line about to be written, into the L3 cache and below.
 *
 * @param p
 *   Address in the line.
 */
static inline void
rte_prefetch2_write(const void *p)
{
	__builtin_prefetch(p, 1, 1);
}

/**
 * Hint that a line will be read by another core: move it from this
 * core's caches to a shared level (a no-op on CPUs without CLDEMOTE).
 *
 * @param p
 *   Address in the line.
 */
__rte_experimental static inline void
rte_cldemote(const volatile void *p)
{
#if defined(RTE_ARCH_X86)
	/* cldemote (%rsi), encoded for assemblers that lack it. */
	asm volatile(".byte 0x0f, 0x1c, 0x06" ::"S"(p));
#else
	RTE_SET_USED(p);
#endif
}

#endif /* _RTE_PREFETCH_H_ */
