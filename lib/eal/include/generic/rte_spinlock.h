/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Spinlocks made of one atomic word, so they work in memory shared by
 * several processes.
 */

#ifndef _RTE_SPINLOCK_H_
#define _RTE_SPINLOCK_H_

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_cycles.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_rtm.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A spinlock. */
typedef struct {
	volatile int locked; /**< 0 = unlocked, 1 = locked */
} rte_spinlock_t;

/** Static initialiser of an unlocked spinlock. */
#define RTE_SPINLOCK_INITIALIZER \
	{ \
		0 \
	}

/**
 * Initialise a spinlock to unlocked.
 *
 * @param sl  The lock.
 */
static inline void
rte_spinlock_init(rte_spinlock_t *sl)
{
	__atomic_store_n(&sl->locked, 0, __ATOMIC_RELAXED);
}

/**
 * Take the lock, spinning until it is free.
 *
 * @param sl  The lock.
 */
static inline void
rte_spinlock_lock(rte_spinlock_t *sl)
{
	int exp = 0;

	while (!__atomic_compare_exchange_n(
		&sl->locked, &exp, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
		/* Spin on a plain load so the line stays shared. */
		while (__atomic_load_n(&sl->locked, __ATOMIC_RELAXED))
			rte_pause();
		exp = 0;
	}
}

/**
 * Release the lock.
 *
 * @param sl  The lock.
 */
static inline void
rte_spinlock_unlock(rte_spinlock_t *sl)
{
	__atomic_store_n(&sl->locked, 0, __ATOMIC_RELEASE);
}

/**
 * Take the lock if it is free.
 *
 * @param sl  The lock.
 * @return 1 if taken, 0 otherwise.
 */
static inline int
rte_spinlock_trylock(rte_spinlock_t *sl)
{
	int exp = 0;

	return __atomic_compare_exchange_n(
		&sl->locked, &exp, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

/**
 * Whether the lock is held.
 *
 * @param sl  The lock.
 * @return 1 if held, 0 otherwise.
 */
static inline int
rte_spinlock_is_locked(rte_spinlock_t *sl)
{
	return __atomic_load_n(&sl->locked, __ATOMIC_ACQUIRE);
}

/** A spinlock its holder may take again. */
typedef struct {
	rte_spinlock_t sl; /**< the lock */
	volatile int user; /**< owner's lcore id or thread tag, -1 if none */
	volatile int count; /**< times the owner took it */
} rte_spinlock_recursive_t;

/** Static initialiser of a recursive spinlock. */
#define RTE_SPINLOCK_RECURSIVE_INITIALIZER \
	{ \
		RTE_SPINLOCK_INITIALIZER, -1, 0 \
	}

/**
 * Initialise a recursive spinlock.
 *
 * @param slr  The lock.
 */
static inline void
rte_spinlock_recursive_init(rte_spinlock_recursive_t *slr)
{
	rte_spinlock_init(&slr->sl);
	slr->user = -1;
	slr->count = 0;
}

/**
 * Take a recursive lock.
 *
 * @param slr  The lock.
 */
static inline void
rte_spinlock_recursive_lock(rte_spinlock_recursive_t *slr)
{
	int id = rte_gettid();

	/* Atomic: other threads read user while the owner writes it. */
	if (__atomic_load_n(&slr->user, __ATOMIC_RELAXED) != id) {
		rte_spinlock_lock(&slr->sl);
		__atomic_store_n(&slr->user, id, __ATOMIC_RELAXED);
	}
	slr->count++;
}

/**
 * Release a recursive lock once.
 *
 * @param slr  The lock.
 */
static inline void
rte_spinlock_recursive_unlock(rte_spinlock_recursive_t *slr)
{
	if (--(slr->count) == 0) {
		__atomic_store_n(&slr->user, -1, __ATOMIC_RELAXED);
		rte_spinlock_unlock(&slr->sl);
	}
}

/**
 * Take a recursive lock if free or already ours.
 *
 * @param slr  The lock.
 * @return 1 if taken, 0 otherwise.
 */
static inline int
rte_spinlock_recursive_trylock(rte_spinlock_recursive_t *slr)
{
	int id = rte_gettid();

	if (__atomic_load_n(&slr->user, __ATOMIC_RELAXED) != id) {
		if (rte_spinlock_trylock(&slr->sl) == 0)
			return 0;
		__atomic_store_n(&slr->user, id, __ATOMIC_RELAXED);
	}
	slr->count++;
	return 1;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_SPINLOCK_H_ */
