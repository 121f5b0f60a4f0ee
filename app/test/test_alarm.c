/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_eal_alarm_set/cancel with DPDK 22.11's semantics: bad arguments
 * (-EINVAL, logged; cancel: -1 and rte_errno EINVAL), expiry order,
 * callbacks in the alarm thread (rte_thread_is_intr()), cancel by
 * argument or by any argument ((void *)-1) with the count, ENOENT when
 * nothing matched, EINPROGRESS for a callback cancelling itself, and a
 * cancel from another thread waiting for a running callback. Delays
 * are lower bounds only: nothing is asserted about lateness.
 */

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include <rte_alarm.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_pause.h>

#include "test.h"

/* Longest wait for an alarm due soon, on a busy machine. */
#define WAIT_S 20.0

static uint32_t fired_order[8];
static uint32_t n_slots; /* slots of fired_order taken */
static uint32_t n_fired; /* callbacks done (their slot written) */
static uint32_t in_intr_thread;

static void
order_cb(void *arg)
{
	uint32_t i = __atomic_fetch_add(&n_slots, 1, __ATOMIC_RELAXED);

	if (i < RTE_DIM(fired_order))
		fired_order[i] = (uint32_t)(uintptr_t)arg;
	if (rte_thread_is_intr())
		__atomic_fetch_add(&in_intr_thread, 1, __ATOMIC_RELAXED);
	/* Release: the waiter reads the slot after seeing the count. */
	__atomic_fetch_add(&n_fired, 1, __ATOMIC_RELEASE);
}

static int
wait_fired(uint32_t n)
{
	double t0 = test_clock_s();

	while (__atomic_load_n(&n_fired, __ATOMIC_ACQUIRE) < n) {
		if (test_clock_s() - t0 > WAIT_S)
			return -1;
		rte_delay_us_sleep(1000);
	}
	return 0;
}

static void
never_cb(void *arg)
{
	RTE_SET_USED(arg);
	__atomic_fetch_add(&n_fired, 1000, __ATOMIC_RELAXED);
}

static int
test_alarm_bad_args(void)
{
	struct test_capture cap;
	char log[4096];
	int ret[3];

	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	ret[0] = rte_eal_alarm_set(0, never_cb, NULL);
	ret[1] = rte_eal_alarm_set(UINT64_MAX - US_PER_S + 1, never_cb, NULL);
	ret[2] = rte_eal_alarm_set(1000, NULL, NULL);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT_EQUAL(ret[0], -EINVAL, "0 us accepted: %d", ret[0]);
	TEST_ASSERT_EQUAL(ret[1], -EINVAL, "huge delay accepted: %d", ret[1]);
	TEST_ASSERT_EQUAL(
		ret[2], -EINVAL, "NULL callback accepted: %d", ret[2]);
	TEST_ASSERT_NOT_NULL(strstr(log, "alarm: refused: delay out of range"),
		"no log line for a bad delay: %s", log);
	TEST_ASSERT_NOT_NULL(strstr(log, "alarm: refused: no callback"),
		"no log line for a NULL callback: %s", log);

	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_eal_alarm_cancel(NULL, NULL), -1, "cancel(NULL)");
	TEST_ASSERT_EQUAL(
		rte_errno, EINVAL, "cancel(NULL): rte_errno %d", rte_errno);
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_eal_alarm_cancel(never_cb, (void *)-1), 0,
		"cancel with nothing set");
	TEST_ASSERT_EQUAL(
		rte_errno, ENOENT, "nothing set: rte_errno %d", rte_errno);
	/* The largest delay is accepted (and cancelled: nothing leaks). */
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(UINT64_MAX - US_PER_S, never_cb, NULL),
		"largest delay refused");
	TEST_ASSERT_EQUAL(rte_eal_alarm_cancel(never_cb, NULL), 1,
		"largest delay not cancelled");
	return TEST_SUCCESS;
}

static int
test_alarm_order(void)
{
	unsigned int i;

	__atomic_store_n(&n_fired, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&n_slots, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&in_intr_thread, 0, __ATOMIC_RELAXED);
	/* Set out of order; the same delay twice keeps the order set. */
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(300000, order_cb, (void *)4), "set");
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(100000, order_cb, (void *)2), "set");
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(50000, order_cb, (void *)1), "set");
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(200000, order_cb, (void *)3), "set");
	TEST_ASSERT_EQUAL(
		rte_thread_is_intr(), 0, "main thread is the intr one");
	TEST_ASSERT_SUCCESS(wait_fired(4), "alarms did not fire");
	for (i = 0; i < 4; i++)
		TEST_ASSERT_EQUAL(fired_order[i], i + 1,
			"alarm %u fired in position %u", fired_order[i], i);
	TEST_ASSERT_EQUAL(__atomic_load_n(&in_intr_thread, __ATOMIC_RELAXED), 4,
		"callbacks ran outside the alarm thread");
	/* Fired alarms are gone. */
	TEST_ASSERT_EQUAL(rte_eal_alarm_cancel(order_cb, (void *)-1), 0,
		"fired alarms still pending");
	return TEST_SUCCESS;
}

static int
test_alarm_cancel(void)
{
	int a, b;

	__atomic_store_n(&n_fired, 0, __ATOMIC_RELAXED);
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(10 * US_PER_S, never_cb, &a), "set");
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(10 * US_PER_S, never_cb, &a), "set");
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(10 * US_PER_S, never_cb, &b), "set");
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(10 * US_PER_S, order_cb, &b), "set");
	TEST_ASSERT_EQUAL(
		rte_eal_alarm_cancel(never_cb, &a), 2, "cancel by argument");
	rte_errno = 0;
	TEST_ASSERT_EQUAL(
		rte_eal_alarm_cancel(never_cb, &a), 0, "cancelled twice");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "rte_errno %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_eal_alarm_cancel(never_cb, (void *)-1), 1,
		"cancel any argument");
	/* Another callback's alarm with the same argument stays. */
	TEST_ASSERT_EQUAL(rte_eal_alarm_cancel(order_cb, &b), 1,
		"other callback's alarm");
	TEST_ASSERT_EQUAL(__atomic_load_n(&n_fired, __ATOMIC_RELAXED), 0,
		"a cancelled alarm fired");
	return TEST_SUCCESS;
}

/* Self-cancel from inside the callback. */
static int self_cancel_ret = 99;
static int self_cancel_errno;
static int self_cancel_other;

static void
self_cancel_cb(void *arg)
{
	/* A second alarm of ours, pending: removed and counted. */
	self_cancel_other =
		rte_eal_alarm_set(10 * US_PER_S, self_cancel_cb, arg);
	rte_errno = 0;
	self_cancel_ret = rte_eal_alarm_cancel(self_cancel_cb, arg);
	self_cancel_errno = rte_errno;
	__atomic_store_n(&n_fired, 1, __ATOMIC_RELEASE);
}

/* A cancel from another thread waits for the running callback. */
static uint32_t slow_started, slow_done;

static void
slow_cb(void *arg)
{
	RTE_SET_USED(arg);
	__atomic_store_n(&slow_started, 1, __ATOMIC_RELEASE);
	rte_delay_us_sleep(200000);
	__atomic_store_n(&slow_done, 1, __ATOMIC_RELEASE);
}

static int
test_alarm_cancel_running(void)
{
	double t0;
	int ret;

	__atomic_store_n(&n_fired, 0, __ATOMIC_RELAXED);
	TEST_ASSERT_SUCCESS(
		rte_eal_alarm_set(1000, self_cancel_cb, NULL), "set");
	TEST_ASSERT_SUCCESS(wait_fired(1), "self-cancelling alarm never ran");
	TEST_ASSERT_SUCCESS(self_cancel_other, "set from a callback failed");
	TEST_ASSERT_EQUAL(self_cancel_ret, 1,
		"self cancel removed %d (the pending twin only)",
		self_cancel_ret);
	TEST_ASSERT_EQUAL(self_cancel_errno, EINPROGRESS,
		"self cancel: rte_errno %d", self_cancel_errno);
	/* The running one was not removed under the callback's feet. */
	rte_errno = 0;
	TEST_ASSERT_EQUAL(
		rte_eal_alarm_cancel(self_cancel_cb, NULL), 0, "left pending");

	TEST_ASSERT_SUCCESS(rte_eal_alarm_set(1000, slow_cb, NULL), "set");
	t0 = test_clock_s();
	while (!__atomic_load_n(&slow_started, __ATOMIC_ACQUIRE)) {
		TEST_ASSERT(
			test_clock_s() - t0 < WAIT_S, "slow alarm never ran");
		rte_delay_us_sleep(1000);
	}
	rte_errno = 0;
	ret = rte_eal_alarm_cancel(slow_cb, (void *)-1);
	TEST_ASSERT_EQUAL(__atomic_load_n(&slow_done, __ATOMIC_ACQUIRE), 1,
		"cancel returned while the callback ran");
	TEST_ASSERT_EQUAL(ret, 0, "a running alarm counted as cancelled");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "rte_errno %d", rte_errno);
	return TEST_SUCCESS;
}

static struct unit_test_suite alarm_suite = {
	.suite_name = "alarm autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_alarm_bad_args),
			TEST_CASE(test_alarm_order),
			TEST_CASE(test_alarm_cancel),
			TEST_CASE(test_alarm_cancel_running),
			TEST_CASES_END(),
		},
};

static int
test_alarm(void)
{
	return unit_test_suite_runner(&alarm_suite);
}

REGISTER_TEST_COMMAND(alarm_autotest, test_alarm);
