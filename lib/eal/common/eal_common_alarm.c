/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_eal_alarm_set/cancel: a list of alarms sorted by expiry, and one
 * control thread ("eal-intr-thread", as DPDK's, which runs alarms in its
 * interrupt thread) that sleeps until the first expiry and runs the
 * callbacks one at a time, the lock released. The thread starts with
 * the first alarm and stops in rte_eal_cleanup().
 */

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <rte_alarm.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>

#include "eal_private.h"

struct alarm_entry {
	struct alarm_entry *next;
	uint64_t deadline_ns; /* CLOCK_MONOTONIC */
	rte_eal_alarm_callback cb;
	void *arg;
	bool executing; /* its callback runs now, in the alarm thread */
};

static pthread_mutex_t alarm_lock = PTHREAD_MUTEX_INITIALIZER;
/* Signalled when the list changes and after each callback. */
static pthread_cond_t alarm_cond;
static bool alarm_cond_ready;
static struct alarm_entry *alarm_list; /* sorted by deadline_ns */
static pthread_t alarm_thread;
static bool alarm_running;
static bool alarm_stop;

static uint64_t
alarm_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NS_PER_S + (uint64_t)ts.tv_nsec;
}

static void
alarm_remove(struct alarm_entry *ap)
{
	struct alarm_entry **pp;

	for (pp = &alarm_list; *pp != NULL; pp = &(*pp)->next) {
		if (*pp == ap) {
			*pp = ap->next;
			return;
		}
	}
}

static void *
alarm_thread_main(void *arg)
{
	RTE_SET_USED(arg);
	pthread_mutex_lock(&alarm_lock);
	while (!alarm_stop) {
		struct alarm_entry *ap = alarm_list;
		struct timespec ts;

		if (ap == NULL) {
			pthread_cond_wait(&alarm_cond, &alarm_lock);
			continue;
		}
		if (ap->deadline_ns > alarm_now_ns()) {
			ts.tv_sec = (time_t)(ap->deadline_ns / NS_PER_S);
			ts.tv_nsec = (long)(ap->deadline_ns % NS_PER_S);
			pthread_cond_timedwait(&alarm_cond, &alarm_lock, &ts);
			continue;
		}
		/*
		 * Run it unlocked: the callback may set or cancel alarms.
		 * Cancellers from other threads wait until it is done.
		 */
		ap->executing = true;
		pthread_mutex_unlock(&alarm_lock);
		ap->cb(ap->arg);
		pthread_mutex_lock(&alarm_lock);
		alarm_remove(ap);
		free(ap);
		pthread_cond_broadcast(&alarm_cond);
	}
	pthread_mutex_unlock(&alarm_lock);
	return NULL;
}

/* Under alarm_lock. */
static int
alarm_start(void)
{
	pthread_condattr_t attr;
	int ret;

	if (!alarm_cond_ready) {
		pthread_condattr_init(&attr);
		pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
		pthread_cond_init(&alarm_cond, &attr);
		pthread_condattr_destroy(&attr);
		alarm_cond_ready = true;
	}
	alarm_stop = false;
	ret = rte_ctrl_thread_create(&alarm_thread, "eal-intr-thread", NULL,
		alarm_thread_main, NULL);
	if (ret != 0) {
		RTE_LOG(ERR, EAL, "alarm: cannot start the alarm thread: %s\n",
			strerror(-ret));
		return ret;
	}
	__atomic_store_n(&alarm_running, true, __ATOMIC_RELEASE);
	return 0;
}

int
rte_eal_alarm_set(uint64_t us, rte_eal_alarm_callback cb_fn, void *cb_arg)
{
	struct alarm_entry *ap, **pp;
	uint64_t now;
	int ret;

	if (us < 1 || us > UINT64_MAX - US_PER_S || cb_fn == NULL) {
		RTE_LOG(ERR, EAL, "alarm: refused: %s (delay %" PRIu64 " us)\n",
			cb_fn == NULL ? "no callback" : "delay out of range",
			us);
		return -EINVAL;
	}
	ap = calloc(1, sizeof(*ap));
	if (ap == NULL)
		return -ENOMEM;
	ap->cb = cb_fn;
	ap->arg = cb_arg;
	now = alarm_now_ns();
	ap->deadline_ns =
		us > (UINT64_MAX - now) / 1000 ? UINT64_MAX : now + us * 1000;

	pthread_mutex_lock(&alarm_lock);
	if (!__atomic_load_n(&alarm_running, __ATOMIC_RELAXED)) {
		ret = alarm_start();
		if (ret < 0) {
			pthread_mutex_unlock(&alarm_lock);
			free(ap);
			return ret;
		}
	}
	/* After those due at the same time: they run in the order set. */
	for (pp = &alarm_list; *pp != NULL; pp = &(*pp)->next)
		if ((*pp)->deadline_ns > ap->deadline_ns)
			break;
	ap->next = *pp;
	*pp = ap;
	pthread_cond_broadcast(&alarm_cond);
	pthread_mutex_unlock(&alarm_lock);
	return 0;
}

int
rte_eal_alarm_cancel(rte_eal_alarm_callback cb_fn, void *cb_arg)
{
	struct alarm_entry **pp;
	bool self = rte_thread_is_intr();
	int count = 0, err = 0;
	bool waiting;

	if (cb_fn == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_mutex_lock(&alarm_lock);
	do {
		waiting = false;
		pp = &alarm_list;
		while (*pp != NULL) {
			struct alarm_entry *ap = *pp;

			if (ap->cb != cb_fn ||
				(cb_arg != (void *)-1 && ap->arg != cb_arg)) {
				pp = &ap->next;
				continue;
			}
			if (!ap->executing) {
				*pp = ap->next;
				free(ap);
				count++;
				continue;
			}
			/* Running: its own callback must not wait for itself. */
			if (self)
				err = EINPROGRESS;
			else
				waiting = true;
			pp = &ap->next;
		}
		if (waiting)
			pthread_cond_wait(&alarm_cond, &alarm_lock);
	} while (waiting);
	pthread_mutex_unlock(&alarm_lock);

	if (count == 0 && err == 0)
		rte_errno = ENOENT;
	else if (err != 0)
		rte_errno = err;
	return count;
}

int
rte_thread_is_intr(void)
{
	return __atomic_load_n(&alarm_running, __ATOMIC_ACQUIRE) &&
		pthread_equal(pthread_self(), alarm_thread);
}

void
eal_alarm_cleanup(void)
{
	struct alarm_entry *ap;

	pthread_mutex_lock(&alarm_lock);
	if (!__atomic_load_n(&alarm_running, __ATOMIC_RELAXED)) {
		pthread_mutex_unlock(&alarm_lock);
		return;
	}
	alarm_stop = true;
	pthread_cond_broadcast(&alarm_cond);
	pthread_mutex_unlock(&alarm_lock);
	pthread_join(alarm_thread, NULL);

	pthread_mutex_lock(&alarm_lock);
	while ((ap = alarm_list) != NULL) {
		alarm_list = ap->next;
		free(ap);
	}
	__atomic_store_n(&alarm_running, false, __ATOMIC_RELEASE);
	pthread_mutex_unlock(&alarm_lock);
}
