/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Reader-writer lock in one atomic word (usable across processes).
 * Writers announce themselves so that new readers wait: a steady
 * stream of readers cannot starve a writer.
 */

#ifndef _RTE_RWLOCK_H_
#define _RTE_RWLOCK_H_

#include <errno.h>
#include <stdint.h>

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_pause.h>
#include <rte_spinlock.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTE_RWLOCK_WAIT 0x1 /**< a writer is waiting */
#define RTE_RWLOCK_WRITE 0x2 /**< a writer holds the lock */
#define RTE_RWLOCK_MASK (RTE_RWLOCK_WAIT | RTE_RWLOCK_WRITE) /**< writer bits */
#define RTE_RWLOCK_READ 0x4 /**< one reader (readers count in steps of 4) */

/** A reader-writer lock. */
typedef struct {
	int32_t cnt; /**< readers x 4 | WRITE | WAIT */
} rte_rwlock_t;

/** Static initialiser of an unlocked rwlock. */
#define RTE_RWLOCK_INITIALIZER \
	{ \
		0 \
	}

/**
 * Initialise a rwlock to unlocked.
 *
 * @param rwl  The lock.
 */
static inline void
rte_rwlock_init(rte_rwlock_t *rwl)
{
	rwl->cnt = 0;
}

/**
 * Take the lock for reading.
 *
 * @param rwl  The lock.
 */
static inline void
rte_rwlock_read_lock(rte_rwlock_t *rwl)
{
	int32_t x;

	for (;;) {
		while (__atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED) &
			RTE_RWLOCK_MASK)
			rte_pause();
		x = __atomic_add_fetch(
			&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_ACQUIRE);
		if (!(x & RTE_RWLOCK_MASK))
			return;
		/* A writer came in between: back off and wait again. */
		__atomic_fetch_sub(
			&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_RELAXED);
	}
}

/**
 * Take the lock for reading if no writer holds or waits for it.
 *
 * @param rwl  The lock.
 * @return 0 if taken, -EBUSY otherwise.
 */
static inline int
rte_rwlock_read_trylock(rte_rwlock_t *rwl)
{
	int32_t x;

	x = __atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED);
	if (x & RTE_RWLOCK_MASK)
		return -EBUSY;
	x = __atomic_add_fetch(&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_ACQUIRE);
	if (x & RTE_RWLOCK_MASK) {
		__atomic_fetch_sub(
			&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_RELEASE);
		return -EBUSY;
	}
	return 0;
}

/**
 * Release a read lock.
 *
 * @param rwl  The lock.
 */
static inline void
rte_rwlock_read_unlock(rte_rwlock_t *rwl)
{
	__atomic_fetch_sub(&rwl->cnt, RTE_RWLOCK_READ, __ATOMIC_RELEASE);
}

/**
 * Take the lock for writing if nobody holds it.
 *
 * @param rwl  The lock.
 * @return 0 if taken, -EBUSY otherwise.
 */
static inline int
rte_rwlock_write_trylock(rte_rwlock_t *rwl)
{
	int32_t x;

	x = __atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED);
	if (x < RTE_RWLOCK_WRITE &&
		__atomic_compare_exchange_n(&rwl->cnt, &x, x + RTE_RWLOCK_WRITE,
			1, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return 0;
	return -EBUSY;
}

/**
 * Take the lock for writing.
 *
 * @param rwl  The lock.
 */
static inline void
rte_rwlock_write_lock(rte_rwlock_t *rwl)
{
	int32_t x;

	for (;;) {
		x = __atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED);
		/* No readers and no writer: try to take it. */
		if (x < RTE_RWLOCK_WRITE) {
			if (__atomic_compare_exchange_n(&rwl->cnt, &x,
				    RTE_RWLOCK_WRITE, 1, __ATOMIC_ACQUIRE,
				    __ATOMIC_RELAXED))
				return;
		} else if (!(x & RTE_RWLOCK_WAIT)) {
			/* Announce ourselves so new readers hold off. */
			__atomic_fetch_or(
				&rwl->cnt, RTE_RWLOCK_WAIT, __ATOMIC_RELAXED);
		}
		while (__atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED) >
			RTE_RWLOCK_WAIT)
			rte_pause();
	}
}

/**
 * Release a write lock.
 *
 * @param rwl  The lock.
 */
static inline void
rte_rwlock_write_unlock(rte_rwlock_t *rwl)
{
	__atomic_fetch_sub(&rwl->cnt, RTE_RWLOCK_WRITE, __ATOMIC_RELEASE);
}

/**
 * Whether a writer holds the lock.
 *
 * @param rwl  The lock.
 * @return 1 if write-locked, 0 otherwise.
 */
static inline int
rte_rwlock_write_is_locked(rte_rwlock_t *rwl)
{
	return (__atomic_load_n(&rwl->cnt, __ATOMIC_RELAXED) &
		       RTE_RWLOCK_WRITE) != 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RWLOCK_H_ */
