/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * MCS locks (Mellor-Crummey and Scott): a queue lock where each waiter
 * spins on its own node, not on the shared word, so waiting costs no
 * cache-line traffic between waiters, and waiters are served in order.
 * The lock is a pointer to the last node of the queue (NULL: free);
 * each locker brings a node of its own (often on its stack) and gives
 * the same node to unlock.
 */

#ifndef _RTE_MCSLOCK_H_
#define _RTE_MCSLOCK_H_

#include <stdint.h>

#include <rte_lcore.h>
#include <rte_common.h>
#include <rte_pause.h>
#include <rte_branch_prediction.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A locker's queue node; the lock itself is a rte_mcslock_t pointer. */
typedef struct rte_mcslock {
	struct rte_mcslock *next; /**< the locker queued behind this one */
	int locked; /**< 1 while this locker waits */
} rte_mcslock_t;

/**
 * Take an MCS lock, queueing behind earlier lockers.
 *
 * @param msl  The lock (a pointer to the queue's tail, NULL when free).
 * @param me  The caller's node, not in use elsewhere until unlocked.
 */
static inline void
rte_mcslock_lock(rte_mcslock_t **msl, rte_mcslock_t *me)
{
	rte_mcslock_t *prev;

	__atomic_store_n(&me->locked, 1, __ATOMIC_RELAXED);
	__atomic_store_n(&me->next, NULL, __ATOMIC_RELAXED);

	/*
	 * Become the tail. Release: the node's fields are set before a
	 * successor can see the node; acquire: what the previous holder
	 * wrote is visible once we own the lock.
	 */
	prev = __atomic_exchange_n(msl, me, __ATOMIC_ACQ_REL);
	if (likely(prev == NULL))
		return;
	__atomic_store_n(&prev->next, me, __ATOMIC_RELEASE);
	/* The predecessor clears our flag when it hands the lock over. */
	while (__atomic_load_n(&me->locked, __ATOMIC_ACQUIRE))
		rte_pause();
}

/**
 * Release an MCS lock, handing it to the next queued locker.
 *
 * @param msl  The lock.
 * @param me  The node the caller locked with.
 */
static inline void
rte_mcslock_unlock(rte_mcslock_t **msl, rte_mcslock_t *me)
{
	rte_mcslock_t *next = __atomic_load_n(&me->next, __ATOMIC_ACQUIRE);

	if (likely(next == NULL)) {
		rte_mcslock_t *expected = me;

		/* No successor yet: free the lock if we are still the tail. */
		if (__atomic_compare_exchange_n(msl, &expected, NULL, 0,
			    __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			return;
		/* A locker is between its exchange and linking itself. */
		while ((next = __atomic_load_n(&me->next, __ATOMIC_ACQUIRE)) ==
			NULL)
			rte_pause();
	}
	__atomic_store_n(&next->locked, 0, __ATOMIC_RELEASE);
}

/**
 * Take an MCS lock if it is free, without waiting.
 *
 * @param msl  The lock.
 * @param me  The caller's node.
 * @return 1 if the lock was taken, 0 otherwise.
 */
static inline int
rte_mcslock_trylock(rte_mcslock_t **msl, rte_mcslock_t *me)
{
	rte_mcslock_t *expected = NULL;

	__atomic_store_n(&me->next, NULL, __ATOMIC_RELAXED);
	return __atomic_compare_exchange_n(
		msl, &expected, me, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
}

/**
 * Tell whether an MCS lock is held.
 *
 * @param msl  The lock (the tail pointer itself).
 * @return 1 if held, 0 if free.
 */
static inline int
rte_mcslock_is_locked(rte_mcslock_t *msl)
{
	return __atomic_load_n(&msl, __ATOMIC_RELAXED) != NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MCSLOCK_H_ */
