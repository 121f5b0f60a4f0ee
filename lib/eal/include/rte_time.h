/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Conversions between cycle counts, nanoseconds and struct timespec,
 * and a time counter that turns readings of a free-running cycle
 * counter (a NIC's clock, the TSC) into elapsed nanoseconds.
 */

#ifndef _RTE_TIME_H_
#define _RTE_TIME_H_

#include <stdint.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Nanoseconds in a second. */
#define NSEC_PER_SEC 1000000000L

/**
 * A time counter: nanoseconds elapsed, advanced from readings of a
 * cycle counter whose period is 2^-cc_shift nanoseconds per cycle.
 */
struct rte_timecounter {
	uint64_t cycle_last; /**< counter value at the previous update */
	uint64_t nsec; /**< nanoseconds counted so far */
	uint64_t nsec_mask; /**< mask of the sub-nanosecond bits */
	uint64_t nsec_frac; /**< sub-nanoseconds carried to the next update */
	uint64_t cc_mask; /**< mask of the counter's width (wrap-around) */
	uint32_t cc_shift; /**< cycles per nanosecond, as a power of two */
};

/**
 * Turn a number of cycles into nanoseconds, keeping the sub-nanosecond
 * remainder in the counter for the next call.
 *
 * @param tc  The time counter.
 * @param cycles  Cycles elapsed.
 * @return Whole nanoseconds.
 */
static inline uint64_t
rte_cyclecounter_cycles_to_ns(struct rte_timecounter *tc, uint64_t cycles)
{
	uint64_t total = cycles + tc->nsec_frac;

	tc->nsec_frac = total & tc->nsec_mask;
	return total >> tc->cc_shift;
}

/**
 * Advance the time counter to a new reading of the cycle counter; a
 * reading below the previous one means the counter wrapped (within
 * cc_mask).
 *
 * @param tc  The time counter.
 * @param cycle_now  The counter's value now.
 * @return Nanoseconds counted, this update included.
 */
static inline uint64_t
rte_timecounter_update(struct rte_timecounter *tc, uint64_t cycle_now)
{
	uint64_t delta;

	if (cycle_now >= tc->cycle_last)
		delta = (cycle_now - tc->cycle_last) & tc->cc_mask;
	else
		delta = (~(tc->cycle_last - cycle_now) & tc->cc_mask) + 1;
	tc->cycle_last = cycle_now;
	tc->nsec += rte_cyclecounter_cycles_to_ns(tc, delta);
	return tc->nsec;
}

/**
 * Nanoseconds in a struct timespec.
 *
 * @param ts  The time.
 * @return ts in nanoseconds.
 */
static inline uint64_t
rte_timespec_to_ns(const struct timespec *ts)
{
	return (uint64_t)ts->tv_sec * NSEC_PER_SEC + (uint64_t)ts->tv_nsec;
}

/**
 * A struct timespec from nanoseconds.
 *
 * @param nsec  Nanoseconds.
 * @return The time as seconds and nanoseconds.
 */
static inline struct timespec
rte_ns_to_timespec(uint64_t nsec)
{
	struct timespec ts;

	ts.tv_sec = (time_t)(nsec / NSEC_PER_SEC);
	ts.tv_nsec = (long)(nsec % NSEC_PER_SEC);
	return ts;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_TIME_H_ */
