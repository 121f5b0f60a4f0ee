/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Sequence counters: one writer at a time updates data that readers
 * read without locking; a reader notices a concurrent update and
 * retries. The counter is odd while an update is in progress. The
 * writers must serialise among themselves (rte_seqlock.h adds a lock
 * for that). Readers must copy the data, then check; they must not act
 * on it before __rte_seqcount_read_retry() returns false.
 */

#ifndef _RTE_SEQCOUNT_H_
#define _RTE_SEQCOUNT_H_

#include <stdbool.h>
#include <stdint.h>

#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_compat.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * ThreadSanitizer does not model fences (gcc refuses them with
 * -fsanitize=thread): its builds order the counter accesses themselves
 * with seq_cst instead, which it understands.
 */
#if defined(__SANITIZE_THREAD__)
#define RTE__SEQCOUNT_NO_FENCE 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RTE__SEQCOUNT_NO_FENCE 1
#endif
#endif

/** A sequence counter. */
typedef struct {
	uint32_t sn; /**< the sequence number: odd during an update */
} rte_seqcount_t;

/** A sequence counter, no update in progress. */
#define RTE_SEQCOUNT_INITIALIZER \
	{ \
		.sn = 0 \
	}

/**
 * Initialise a sequence counter.
 *
 * @param seqcount  The counter.
 */
static inline void
__rte_seqcount_init(rte_seqcount_t *seqcount)
{
	seqcount->sn = 0;
}

/**
 * Start reading the protected data.
 *
 * @param seqcount  The counter.
 * @return The sequence number, to give to rte_seqcount_read_retry().
 */
static inline uint32_t
__rte_seqcount_read_begin(const rte_seqcount_t *seqcount)
{
	/* Acquire: the data reads below come after this load. */
	return __atomic_load_n(&seqcount->sn, __ATOMIC_ACQUIRE);
}

/**
 * Tell whether the data read since rte_seqcount_read_begin() may be
 * torn (an update ran meanwhile, or was running then): read again.
 *
 * @param seqcount  The counter.
 * @param begin_sn  What __rte_seqcount_read_begin() returned.
 * @return true if the reader must retry, false if its copy is whole.
 */
static inline bool
__rte_seqcount_read_retry(const rte_seqcount_t *seqcount, uint32_t begin_sn)
{
	uint32_t end_sn;

	if (unlikely(begin_sn & 1))
		return true;
		/* The data reads above complete before the counter is read again. */
#ifdef RTE__SEQCOUNT_NO_FENCE
	end_sn = __atomic_load_n(&seqcount->sn, __ATOMIC_SEQ_CST);
#else
	rte_atomic_thread_fence(__ATOMIC_ACQUIRE);
	end_sn = __atomic_load_n(&seqcount->sn, __ATOMIC_RELAXED);
#endif
	return begin_sn != end_sn;
}

/**
 * Start updating the protected data (the caller excludes other
 * writers).
 *
 * @param seqcount  The counter.
 */
static inline void
__rte_seqcount_write_begin(rte_seqcount_t *seqcount)
{
	uint32_t sn = seqcount->sn + 1;

#ifdef RTE__SEQCOUNT_NO_FENCE
	__atomic_store_n(&seqcount->sn, sn, __ATOMIC_SEQ_CST);
#else
	__atomic_store_n(&seqcount->sn, sn, __ATOMIC_RELAXED);
	/* The odd number is visible before any data store below. */
	rte_atomic_thread_fence(__ATOMIC_RELEASE);
#endif
}

/**
 * End an update of the protected data.
 *
 * @param seqcount  The counter.
 */
static inline void
__rte_seqcount_write_end(rte_seqcount_t *seqcount)
{
	uint32_t sn = seqcount->sn + 1;

	/* Release: the data stores above are visible before the even number. */
	__atomic_store_n(&seqcount->sn, sn, __ATOMIC_RELEASE);
}

/* The experimental API, over the helpers above (which rte_seqlock.h
 * also calls, so that its own experimental functions compile without
 * ALLOW_EXPERIMENTAL_API). */

/**
 * Initialise a sequence counter.
 *
 * @param seqcount  The counter.
 */
__rte_experimental static inline void
rte_seqcount_init(rte_seqcount_t *seqcount)
{
	__rte_seqcount_init(seqcount);
}

/**
 * Start reading the protected data.
 *
 * @param seqcount  The counter.
 * @return The sequence number, to give to rte_seqcount_read_retry().
 */
__rte_experimental static inline uint32_t
rte_seqcount_read_begin(const rte_seqcount_t *seqcount)
{
	return __rte_seqcount_read_begin(seqcount);
}

/**
 * Tell whether the data read since rte_seqcount_read_begin() may be
 * torn (an update ran meanwhile, or was running then): read again.
 *
 * @param seqcount  The counter.
 * @param begin_sn  What rte_seqcount_read_begin() returned.
 * @return true if the reader must retry, false if its copy is whole.
 */
__rte_experimental static inline bool
rte_seqcount_read_retry(const rte_seqcount_t *seqcount, uint32_t begin_sn)
{
	return __rte_seqcount_read_retry(seqcount, begin_sn);
}

/**
 * Start updating the protected data (the caller excludes other
 * writers).
 *
 * @param seqcount  The counter.
 */
__rte_experimental static inline void
rte_seqcount_write_begin(rte_seqcount_t *seqcount)
{
	__rte_seqcount_write_begin(seqcount);
}

/**
 * End an update of the protected data.
 *
 * @param seqcount  The counter.
 */
__rte_experimental static inline void
rte_seqcount_write_end(rte_seqcount_t *seqcount)
{
	__rte_seqcount_write_end(seqcount);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_SEQCOUNT_H_ */
