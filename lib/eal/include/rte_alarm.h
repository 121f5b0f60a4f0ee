/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * One-shot alarms: a callback run once, after a delay, in the EAL's
 * alarm thread (a control thread of the process). Callbacks run one at
 * a time, in order of their expiry; they should return quickly.
 */

#ifndef _RTE_ALARM_H_
#define _RTE_ALARM_H_

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** An alarm callback. @param arg the argument given with it */
typedef void (*rte_eal_alarm_callback)(void *arg);

/**
 * Run a callback once, us microseconds from now (not before; perhaps a
 * little after), in the alarm thread. The same callback and argument
 * may be set several times: each alarm runs once. Alarms due at the
 * same time run in the order they were set.
 *
 * @param us  Delay in microseconds, from 1 to UINT64_MAX - 1000000.
 * @param cb  The callback (not NULL).
 * @param cb_arg  Its argument.
 * @return 0, -EINVAL for a delay out of range or a NULL callback,
 *   -ENOMEM when out of memory, or the negative errno of a failure to
 *   start the alarm thread.
 */
int rte_eal_alarm_set(uint64_t us, rte_eal_alarm_callback cb, void *cb_arg);

/**
 * Cancel the pending alarms of a callback: those of every argument
 * when cb_arg is (void *)-1, else those of that argument. An alarm
 * whose callback is running in another thread is waited for (and not
 * counted); a callback cancelling its own alarm is not waited for.
 *
 * @param cb_fn  The callback (not NULL).
 * @param cb_arg  Its argument, or (void *)-1 for any.
 * @return The number of alarms removed before they ran, which may be
 *   0: then rte_errno is ENOENT if none matched, or EINPROGRESS when the
 *   caller is the running callback of a matching alarm (rte_errno is
 *   EINPROGRESS then even if others were removed). -1 with rte_errno
 *   EINVAL for a NULL callback.
 */
int rte_eal_alarm_cancel(rte_eal_alarm_callback cb_fn, void *cb_arg);

/**
 * Tell whether the caller runs in the EAL's interrupt thread, here the
 * alarm thread (DPDK declares this in rte_interrupts.h, a device-model
 * header this tree does not ship).
 *
 * @return 1 in the thread that runs alarm callbacks, 0 elsewhere.
 */
int rte_thread_is_intr(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ALARM_H_ */
