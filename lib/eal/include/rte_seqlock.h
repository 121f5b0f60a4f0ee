/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Sequence locks: a sequence counter (rte_seqcount.h) and a spinlock
 * that serialises the writers. Readers never block nor slow writers:
 * they copy the data and retry when an update overlapped their copy.
 * Fit for small data read often and written rarely.
 */

#ifndef _RTE_SEQLOCK_H_
#define _RTE_SEQLOCK_H_

#include <stdbool.h>
#include <stdint.h>

#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_compat.h>
#include <rte_seqcount.h>
#include <rte_spinlock.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A sequence lock. */
typedef struct {
	rte_seqcount_t count; /**< sequence number of the data */
	rte_spinlock_t lock; /**< serialises writers */
} rte_seqlock_t;

/** A sequence lock, unlocked. */
#define RTE_SEQLOCK_INITIALIZER \
	{ \
		.count = RTE_SEQCOUNT_INITIALIZER, \
		.lock = RTE_SPINLOCK_INITIALIZER \
	}

/**
 * Initialise a sequence lock.
 *
 * @param seqlock  The lock.
 */
__rte_experimental static inline void
rte_seqlock_init(rte_seqlock_t *seqlock)
{
	__rte_seqcount_init(&seqlock->count);
	rte_spinlock_init(&seqlock->lock);
}

/**
 * Start reading the protected data.
 *
 * @param seqlock  The lock.
 * @return The sequence number, for rte_seqlock_read_retry().
 */
__rte_experimental static inline uint32_t
rte_seqlock_read_begin(const rte_seqlock_t *seqlock)
{
	return __rte_seqcount_read_begin(&seqlock->count);
}

/**
 * Tell whether the copy made since rte_seqlock_read_begin() may be
 * torn and must be made again.
 *
 * @param seqlock  The lock.
 * @param begin_sn  What rte_seqlock_read_begin() returned.
 * @return true to retry, false if the copy is whole.
 */
__rte_experimental static inline bool
rte_seqlock_read_retry(const rte_seqlock_t *seqlock, uint32_t begin_sn)
{
	return __rte_seqcount_read_retry(&seqlock->count, begin_sn);
}

/**
 * Take the lock to update the protected data (other writers wait).
 *
 * @param seqlock  The lock.
 */
__rte_experimental static inline void
rte_seqlock_write_lock(rte_seqlock_t *seqlock)
{
	rte_spinlock_lock(&seqlock->lock);
	__rte_seqcount_write_begin(&seqlock->count);
}

/**
 * End the update and release the lock.
 *
 * @param seqlock  The lock.
 */
__rte_experimental static inline void
rte_seqlock_write_unlock(rte_seqlock_t *seqlock)
{
	__rte_seqcount_write_end(&seqlock->count);
	rte_spinlock_unlock(&seqlock->lock);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_SEQLOCK_H_ */
