/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * TSC frequency and delays, against CLOCK_MONOTONIC. Bounds are loose
 * on purpose: the machine may be busy with other tests.
 */

#include <inttypes.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_random.h>
#include <rte_version.h>

#include "test.h"

static int
test_hz(void)
{
	uint64_t hz = rte_get_tsc_hz(), c0, c1;
	double t0, t1, measured;

	printf("TSC: %" PRIu64 " Hz\n", hz);
	TEST_ASSERT(hz > 100 * 1000 * 1000ULL && hz < 10 * 1000000000ULL,
		"implausible TSC frequency %" PRIu64, hz);
	TEST_ASSERT_EQUAL(rte_get_timer_hz(), hz, "timer hz");
	t0 = test_clock_s();
	c0 = rte_rdtsc();
	rte_delay_us_sleep(100 * 1000);
	c1 = rte_rdtsc();
	t1 = test_clock_s();
	TEST_ASSERT(c1 > c0, "TSC went backwards");
	measured = (double)(c1 - c0) / (t1 - t0);
	TEST_ASSERT(measured > hz * 0.8 && measured < hz * 1.2,
		"TSC ran at %.0f Hz, rte_get_tsc_hz says %" PRIu64, measured,
		hz);
	return TEST_SUCCESS;
}

static int
check_delay(void (*delay)(unsigned int), const char *name)
{
	double t0, dt;

	t0 = test_clock_s();
	delay(20000);
	dt = test_clock_s() - t0;
	printf("%s(20000) took %.2f ms\n", name, dt * 1e3);
	TEST_ASSERT(dt >= 0.019, "%s returned early: %.2f ms", name, dt * 1e3);
	TEST_ASSERT(dt < 2.0, "%s far too long: %.2f ms", name, dt * 1e3);
	return TEST_SUCCESS;
}

static int
test_delays(void)
{
	double t0;

	TEST_ASSERT_SUCCESS(check_delay(rte_delay_us, "rte_delay_us"), "");
	TEST_ASSERT_SUCCESS(
		check_delay(rte_delay_us_block, "rte_delay_us_block"), "");
	TEST_ASSERT_SUCCESS(
		check_delay(rte_delay_us_sleep, "rte_delay_us_sleep"), "");
	t0 = test_clock_s();
	rte_delay_ms(5);
	TEST_ASSERT(test_clock_s() - t0 >= 0.0049, "rte_delay_ms early");
	t0 = test_clock_s();
	rte_delay_us(0);
	TEST_ASSERT(test_clock_s() - t0 < 0.5, "zero delay");
	return TEST_SUCCESS;
}

static int
test_random(void)
{
	uint64_t a[8], b[8], seen = 0;
	unsigned int i;

	rte_srand(42);
	for (i = 0; i < RTE_DIM(a); i++)
		a[i] = rte_rand();
	rte_srand(42);
	for (i = 0; i < RTE_DIM(b); i++)
		b[i] = rte_rand();
	TEST_ASSERT_BUFFERS_ARE_EQUAL(a, b, sizeof(a), "same seed, same run");
	TEST_ASSERT(a[0] != a[1], "constant output");
	for (i = 0; i < 10000; i++) {
		uint64_t r = rte_rand_max(10);

		TEST_ASSERT(r < 10, "rte_rand_max(10) gave %" PRIu64, r);
		seen |= 1ULL << r;
	}
	TEST_ASSERT_EQUAL(seen, 0x3ffULL, "some values never drawn");
	TEST_ASSERT_EQUAL(rte_rand_max(0), 0u, "bound 0");
	TEST_ASSERT_EQUAL(rte_rand_max(1), 0u, "bound 1");
	TEST_ASSERT(
		rte_version() != NULL && rte_version()[0] != '\0', "version");
	return TEST_SUCCESS;
}

static struct unit_test_suite cycles_suite = {
	.suite_name = "cycles autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_hz),
			TEST_CASE(test_delays),
			TEST_CASE(test_random),
			TEST_CASES_END(),
		},
};

static int
test_cycles(void)
{
	return unit_test_suite_runner(&cycles_suite);
}

REGISTER_TEST_COMMAND(cycles_autotest, test_cycles);
