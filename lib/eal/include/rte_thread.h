/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Portable threads: create, join, detach, affinity, priority and
 * thread-local keys. Errors are returned as positive errno values
 * unless a function says otherwise.
 */

#ifndef _RTE_THREAD_H_
#define _RTE_THREAD_H_

#include <stdint.h>

#include <rte_compat.h>
#include <rte_os.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A thread. */
typedef struct {
	uintptr_t opaque_id; /**< the system's thread id */
} rte_thread_t;

/**
 * Body of a thread started with rte_thread_create().
 *
 * @param arg
 *   The argument given to rte_thread_create().
 * @return
 *   The value rte_thread_join() reports.
 */
typedef uint32_t (*rte_thread_func)(void *arg);

/** Scheduling priority of a thread. */
enum rte_thread_priority {
	RTE_THREAD_PRIORITY_NORMAL = 0, /**< the system's default */
	RTE_THREAD_PRIORITY_REALTIME_CRITICAL = 1, /**< highest allowed */
};

/** What rte_thread_create() gives the new thread. */
typedef struct {
	enum rte_thread_priority priority; /**< priority */
#ifdef RTE_HAS_CPUSET
	rte_cpuset_t cpuset; /**< CPUs to run on (empty: inherited) */
#endif
} rte_thread_attr_t;

/** A thread-local storage key. */
typedef struct eal_tls_key *rte_thread_key;

/**
 * Start a thread.
 *
 * @param thread_id
 *   Where to store the new thread.
 * @param thread_attr
 *   Priority and affinity (NULL: defaults). A non-empty CPU set is
 *   applied before the thread runs.
 * @param thread_func
 *   Body of the thread.
 * @param arg
 *   Argument of thread_func.
 * @return
 *   0, or a positive errno: EINVAL (bad argument or CPU set the kernel
 *   refuses), ENOTSUP (real-time priority at creation), EAGAIN.
 */
__rte_experimental int
rte_thread_create(rte_thread_t *thread_id, const rte_thread_attr_t *thread_attr,
	rte_thread_func thread_func, void *arg);

/**
 * Wait for a thread to end.
 *
 * @param thread_id
 *   A joinable thread.
 * @param value_ptr
 *   Where to store the thread function's return value (may be NULL).
 * @return
 *   0, or a positive errno (ESRCH, EINVAL, EDEADLK).
 */
__rte_experimental int
rte_thread_join(rte_thread_t thread_id, uint32_t *value_ptr);

/**
 * Let a thread release its resources by itself when it ends.
 *
 * @param thread_id
 *   A joinable thread.
 * @return
 *   0, or a positive errno.
 */
__rte_experimental int rte_thread_detach(rte_thread_t thread_id);

/**
 * The calling thread.
 *
 * @return
 *   Its rte_thread_t.
 */
__rte_experimental rte_thread_t rte_thread_self(void);

/**
 * Tell whether two thread ids name the same thread.
 *
 * @param t1
 *   First thread.
 * @param t2
 *   Second thread.
 * @return
 *   Non-zero if they are the same thread, 0 otherwise.
 */
__rte_experimental int rte_thread_equal(rte_thread_t t1, rte_thread_t t2);

/**
 * Set attributes to their defaults: normal priority, empty CPU set.
 *
 * @param attr
 *   Attributes to fill.
 * @return
 *   0, or EINVAL if attr is NULL.
 */
__rte_experimental int rte_thread_attr_init(rte_thread_attr_t *attr);

/**
 * Choose the priority of threads created with these attributes.
 *
 * @param thread_attr
 *   Attributes.
 * @param priority
 *   Priority.
 * @return
 *   0, or EINVAL.
 */
__rte_experimental int rte_thread_attr_set_priority(
	rte_thread_attr_t *thread_attr, enum rte_thread_priority priority);

#ifdef RTE_HAS_CPUSET

/**
 * Choose the CPUs of threads created with these attributes.
 *
 * @param thread_attr
 *   Attributes.
 * @param cpuset
 *   CPUs, copied.
 * @return
 *   0, or EINVAL if an argument is NULL.
 */
__rte_experimental int rte_thread_attr_set_affinity(
	rte_thread_attr_t *thread_attr, rte_cpuset_t *cpuset);

/**
 * Read the CPUs recorded in attributes.
 *
 * @param thread_attr
 *   Attributes.
 * @param cpuset
 *   Where to copy them.
 * @return
 *   0, or EINVAL if an argument is NULL.
 */
__rte_experimental int rte_thread_attr_get_affinity(
	rte_thread_attr_t *thread_attr, rte_cpuset_t *cpuset);

/**
 * Pin a thread to a set of CPUs.
 *
 * @param thread_id
 *   The thread.
 * @param cpuset
 *   CPUs it may run on.
 * @return
 *   0, or a positive errno (EINVAL: no CPU of the set is allowed).
 */
__rte_experimental int rte_thread_set_affinity_by_id(
	rte_thread_t thread_id, const rte_cpuset_t *cpuset);

/**
 * Read the CPUs a thread may run on.
 *
 * @param thread_id
 *   The thread.
 * @param cpuset
 *   Where to store them.
 * @return
 *   0, or a positive errno.
 */
__rte_experimental int
rte_thread_get_affinity_by_id(rte_thread_t thread_id, rte_cpuset_t *cpuset);

/**
 * Pin the calling thread to a set of CPUs, and update the socket the
 * EAL reports for it (and for its lcore, if it has one).
 *
 * @param cpusetp
 *   CPUs it may run on.
 * @return
 *   0, or -1 if the kernel refused.
 */
int rte_thread_set_affinity(rte_cpuset_t *cpusetp);

/**
 * Read the CPUs the calling thread may run on.
 *
 * @param cpusetp
 *   Where to store them.
 */
void rte_thread_get_affinity(rte_cpuset_t *cpusetp);

#endif /* RTE_HAS_CPUSET */

/**
 * Read a thread's priority.
 *
 * @param thread_id
 *   The thread.
 * @param priority
 *   Where to store it.
 * @return
 *   0, or a positive errno (EINVAL, ENOTSUP for a scheduling policy
 *   with no rte_thread_priority name).
 */
__rte_experimental int rte_thread_get_priority(
	rte_thread_t thread_id, enum rte_thread_priority *priority);

/**
 * Change a thread's priority. Real-time priority needs privileges
 * and can starve the system; use it with care.
 *
 * @param thread_id
 *   The thread.
 * @param priority
 *   The new priority.
 * @return
 *   0, or a positive errno (EINVAL, EPERM).
 */
__rte_experimental int rte_thread_set_priority(
	rte_thread_t thread_id, enum rte_thread_priority priority);

/**
 * Make a thread-local storage key.
 *
 * @param key
 *   Where to store the key.
 * @param destructor
 *   Called with a thread's non-NULL value when that thread ends (may
 *   be NULL).
 * @return
 *   0, or -1 with rte_errno ENOMEM or ENOEXEC (no key left).
 */
__rte_experimental int
rte_thread_key_create(rte_thread_key *key, void (*destructor)(void *));

/**
 * Delete a key made by rte_thread_key_create().
 *
 * @param key
 *   The key.
 * @return
 *   0, or -1 with rte_errno EINVAL (NULL key) or ENOEXEC.
 */
__rte_experimental int rte_thread_key_delete(rte_thread_key key);

/**
 * Set the calling thread's value of a key.
 *
 * @param key
 *   The key.
 * @param value
 *   The value.
 * @return
 *   0, or -1 with rte_errno EINVAL (NULL key) or ENOEXEC.
 */
__rte_experimental int
rte_thread_value_set(rte_thread_key key, const void *value);

/**
 * The calling thread's value of a key.
 *
 * @param key
 *   The key.
 * @return
 *   The value (NULL if never set), or NULL with rte_errno EINVAL for a
 *   NULL key.
 */
__rte_experimental void *rte_thread_value_get(rte_thread_key key);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_THREAD_H_ */
