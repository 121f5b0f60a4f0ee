/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Spinlocks: the architecture header. As in DPDK, <rte_spinlock.h> holds
 * what is specific to the CPU and includes generic/rte_spinlock.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_SPINLOCK_ARCH_H_
#define _RTE_SPINLOCK_ARCH_H_

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_cycles.h>
#include <rte_pause.h>
#include <rte_rtm.h>
#include "generic/rte_spinlock.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Attempts a transactional lock makes before taking the lock. */
#define RTE_RTM_MAX_RETRIES (20)

/**
 * 1 when the CPU has restricted transactional memory (cpuid RTM), 0
 * otherwise; set when the EAL library loads. It tells what the CPU
 * offers: the _tm lock forms below do not use transactions here
 * (rte_tm_supported() says so).
 */
extern uint8_t rte_rtm_supported;

/**
 * Try to run the caller's critical section as a hardware transaction
 * on the lock word. Without transactions (always here) it does not
 * start one.
 *
 * @param lock
 *   The lock word.
 * @return
 *   1 inside a started transaction, 0 if the caller must take the lock.
 */
static inline int
rte_try_tm(volatile int *lock)
{
	RTE_SET_USED(lock);
	return 0;
}

/**
 * Tell whether the lock functions with a _tm suffix may use hardware
 * transactional memory. They never do here: the _tm forms are the plain
 * locks, which is what DPDK falls back to without RTM.
 *
 * @return
 *   0.
 */
static inline int
rte_tm_supported(void)
{
	return 0;
}

/** rte_spinlock_lock(), the transactional-memory form. @param sl the lock */
static inline void
rte_spinlock_lock_tm(rte_spinlock_t *sl)
{
	rte_spinlock_lock(sl);
}

/** rte_spinlock_unlock(), the transactional-memory form. @param sl the lock */
static inline void
rte_spinlock_unlock_tm(rte_spinlock_t *sl)
{
	rte_spinlock_unlock(sl);
}

/**
 * rte_spinlock_trylock(), the transactional-memory form.
 *
 * @param sl
 *   The lock.
 * @return
 *   1 if taken, 0 otherwise.
 */
static inline int
rte_spinlock_trylock_tm(rte_spinlock_t *sl)
{
	return rte_spinlock_trylock(sl);
}

/** Recursive lock, transactional-memory form. @param slr the lock */
static inline void
rte_spinlock_recursive_lock_tm(rte_spinlock_recursive_t *slr)
{
	rte_spinlock_recursive_lock(slr);
}

/** Recursive unlock, transactional-memory form. @param slr the lock */
static inline void
rte_spinlock_recursive_unlock_tm(rte_spinlock_recursive_t *slr)
{
	rte_spinlock_recursive_unlock(slr);
}

/**
 * Recursive trylock, transactional-memory form.
 *
 * @param slr
 *   The lock.
 * @return
 *   1 if taken, 0 otherwise.
 */
static inline int
rte_spinlock_recursive_trylock_tm(rte_spinlock_recursive_t *slr)
{
	return rte_spinlock_recursive_trylock(slr);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_SPINLOCK_ARCH_H_ */
