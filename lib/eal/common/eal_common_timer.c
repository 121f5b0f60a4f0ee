/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The TSC frequency, measured against the kernel clock at init, and the
 * rte_delay_us family.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <time.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_log.h>
#include <rte_pause.h>

#include "eal_core.h"

/* How long the TSC is measured against the kernel clock. */
#define CALIBRATION_NS (25 * 1000 * 1000ULL)

static uint64_t eal_tsc_hz;

/* The default timer is the TSC: this tree has no HPET support. */
enum timer_source eal_timer_source = EAL_TIMER_TSC;
/* Accepted for DPDK's VMware builds; rte_rdtsc() never reads it. */
int rte_cycles_vmware_tsc_map;

static uint64_t
monotonic_raw_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC_RAW, &ts);
	return (uint64_t)ts.tv_sec * NS_PER_S + (uint64_t)ts.tv_nsec;
}

/*
 * Count TSC ticks over a stretch of CLOCK_MONOTONIC_RAW. The clock is
 * read right next to each TSC read so a preemption only widens both
 * intervals; /proc/cpuinfo's MHz is the current, not the TSC, rate.
 */
static uint64_t
tsc_measure(void)
{
	struct timespec sl = {.tv_sec = 0, .tv_nsec = CALIBRATION_NS};
	uint64_t t0, t1, c0, c1;

	t0 = monotonic_raw_ns();
	c0 = rte_rdtsc();
	while (nanosleep(&sl, &sl) != 0 && errno == EINTR)
		;
	c1 = rte_rdtsc();
	t1 = monotonic_raw_ns();
	if (t1 <= t0 || c1 <= c0)
		return 0;
	return (uint64_t)((double)(c1 - c0) * NS_PER_S / (double)(t1 - t0));
}

int
eal_timer_init(void)
{
	uint64_t a, b, hz;

	if (__atomic_load_n(&eal_tsc_hz, __ATOMIC_RELAXED) != 0)
		return 0;
	/* Two runs; keep the lower, less likely to include a preemption. */
	a = tsc_measure();
	b = tsc_measure();
	hz = a < b ? a : b;
	if (hz == 0)
		hz = a > b ? a : b;
	if (hz == 0) {
		RTE_LOG(ERR, EAL, "cannot measure the TSC frequency\n");
		return -1;
	}
	__atomic_store_n(&eal_tsc_hz, hz, __ATOMIC_RELAXED);
	RTE_LOG(DEBUG, EAL, "TSC frequency is ~%" PRIu64 " KHz\n", hz / 1000);
	return 0;
}

uint64_t
rte_get_tsc_hz(void)
{
	uint64_t hz = __atomic_load_n(&eal_tsc_hz, __ATOMIC_RELAXED);

	/* Usable before rte_eal_init, e.g. from constructors. */
	if (hz == 0) {
		eal_timer_init();
		hz = __atomic_load_n(&eal_tsc_hz, __ATOMIC_RELAXED);
	}
	return hz;
}

void
rte_delay_us_block(unsigned int us)
{
	const uint64_t start = rte_get_timer_cycles();
	const uint64_t ticks = (uint64_t)us * rte_get_timer_hz() / US_PER_S;

	while ((rte_get_timer_cycles() - start) < ticks)
		rte_pause();
}

void
rte_delay_us_sleep(unsigned int us)
{
	struct timespec req, rem;

	req.tv_sec = us / US_PER_S;
	req.tv_nsec = (long)(us % US_PER_S) * 1000;
	while (nanosleep(&req, &rem) != 0 && errno == EINTR)
		req = rem;
}

/* rte_delay_us's body: the default busy wait or the registered one. */
static void (*delay_us_fn)(unsigned int) = rte_delay_us_block;

void
rte_delay_us(unsigned int us)
{
	void (*fn)(unsigned int) =
		__atomic_load_n(&delay_us_fn, __ATOMIC_ACQUIRE);

	fn(us);
}

void
rte_delay_us_callback_register(void (*userfunc)(unsigned int))
{
	__atomic_store_n(&delay_us_fn,
		userfunc != NULL ? userfunc : rte_delay_us_block,
		__ATOMIC_RELEASE);
}
