/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Time-stamp counter and delays.
 */

#ifndef _RTE_CYCLES_H_
#define _RTE_CYCLES_H_

#include <stdint.h>

#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_config.h>
#include <rte_debug.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MS_PER_S 1000 /**< milliseconds per second */
#define US_PER_S 1000000 /**< microseconds per second */
#define NS_PER_S 1000000000 /**< nanoseconds per second */

/** Where the EAL's default timer reads its cycles. */
enum timer_source {
	EAL_TIMER_TSC = 0, /**< the time-stamp counter */
	EAL_TIMER_HPET /**< the HPET (never chosen here: no HPET support) */
};

/** The EAL's default timer: always EAL_TIMER_TSC here. */
extern enum timer_source eal_timer_source;

/**
 * Read the time-stamp counter.
 *
 * @return The counter (rdtsc on x86_64, cntvct_el0 on aarch64).
 */
static __rte_always_inline uint64_t
rte_rdtsc(void)
{
#if defined(RTE_ARCH_X86_64)
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t)hi << 32) | lo;
#elif defined(RTE_ARCH_ARM64)
	uint64_t tsc;

	__asm__ volatile("mrs %0, cntvct_el0" : "=r"(tsc));
	return tsc;
#else
	return 0;
#endif
}

/**
 * Read the time-stamp counter after earlier instructions retire.
 *
 * @return The counter.
 */
static __rte_always_inline uint64_t
rte_rdtsc_precise(void)
{
	/* Keep earlier loads and stores from drifting past the read. */
#if defined(RTE_ARCH_X86_64)
	__asm__ volatile("mfence" ::: "memory");
#elif defined(RTE_ARCH_ARM64)
	__asm__ volatile("isb" ::: "memory");
#endif
	return rte_rdtsc();
}

/**
 * Same as rte_rdtsc().
 *
 * @return The counter.
 */
static __rte_always_inline uint64_t
rte_get_tsc_cycles(void)
{
	return rte_rdtsc();
}

/**
 * Frequency of the time-stamp counter, measured at EAL init.
 *
 * @return Cycles per second.
 */
uint64_t rte_get_tsc_hz(void);

/**
 * Cycles of the default timer (the TSC).
 *
 * @return The counter.
 */
static inline uint64_t
rte_get_timer_cycles(void)
{
	return rte_get_tsc_cycles();
}

/**
 * Frequency of the default timer.
 *
 * @return Cycles per second.
 */
static inline uint64_t
rte_get_timer_hz(void)
{
	return rte_get_tsc_hz();
}

/**
 * Busy-wait for a number of microseconds.
 *
 * @param us  Microseconds.
 */
void rte_delay_us_block(unsigned int us);

/**
 * Wait for a number of microseconds (busy-wait by default).
 *
 * @param us  Microseconds.
 */
void rte_delay_us(unsigned int us);

/**
 * Replace what rte_delay_us() does, e.g. to yield the CPU or to run
 * other work while waiting. Every thread's calls use it from then on.
 *
 * @param userfunc
 *   The delay function (NULL restores the default busy wait).
 */
void rte_delay_us_callback_register(void (*userfunc)(unsigned int));

/**
 * Sleep for a number of microseconds, giving up the CPU.
 *
 * @param us  Microseconds.
 */
void rte_delay_us_sleep(unsigned int us);

/**
 * Wait for a number of milliseconds.
 *
 * @param ms  Milliseconds.
 */
static inline void
rte_delay_ms(unsigned int ms)
{
	rte_delay_us(ms * 1000);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_CYCLES_H_ */
