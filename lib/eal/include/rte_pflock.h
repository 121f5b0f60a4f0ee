/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Phase-fair reader-writer locks (Brandenburg and Anderson): readers
 * and writers take turns in phases, so neither side starves. A writer
 * waits for the readers already in, readers arriving meanwhile wait for
 * that one writer only, and writers among themselves go in ticket
 * order. Four 16-bit counters; it works in memory shared by several
 * processes.
 */

#ifndef _RTE_PFLOCK_H_
#define _RTE_PFLOCK_H_

#include <stdint.h>

#include <rte_compat.h>
#include <rte_common.h>
#include <rte_pause.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A phase-fair reader-writer lock. */
struct rte_pflock {
	/** Readers: in counts arrivals (and holds the writer bits), out departures. */
	struct {
		uint16_t in; /**< arrivals, plus the writer bits */
		uint16_t out; /**< departures */
	} rd, wr; /**< readers' counters, writers' tickets */
};

/** A phase-fair reader-writer lock. */
typedef struct rte_pflock rte_pflock_t;

/** Writer bits of rd.in. */
#define RTE_PFLOCK_WBITS 0x3
/** Writer present bit. */
#define RTE_PFLOCK_PRES 0x2
/** Phase bit: tells consecutive writers apart. */
#define RTE_PFLOCK_PHID 0x1
/** Reader count bits of rd.in and rd.out. */
#define RTE_PFLOCK_LSB 0xFFF0
/** What each reader adds to rd.in and rd.out. */
#define RTE_PFLOCK_RINC 0x10

/** A phase-fair lock, unlocked. */
#define RTE_PFLOCK_INITIALIZER \
	{ \
	}

/**
 * Make a phase-fair lock unlocked.
 *
 * @param pf  The lock.
 */
__rte_experimental static inline void
rte_pflock_init(struct rte_pflock *pf)
{
	pf->rd.in = 0;
	pf->rd.out = 0;
	pf->wr.in = 0;
	pf->wr.out = 0;
}

/**
 * Take a phase-fair lock for reading; several readers may hold it.
 *
 * @param pf  The lock.
 */
__rte_experimental static inline void
rte_pflock_read_lock(rte_pflock_t *pf)
{
	uint16_t w;

	/* Announce ourselves; the writer bits say if a writer is in. */
	w = __atomic_fetch_add(&pf->rd.in, RTE_PFLOCK_RINC, __ATOMIC_ACQUIRE) &
		RTE_PFLOCK_WBITS;
	if (w == 0)
		return;
	/* Wait for that writer's phase to end (its bits change). */
	while ((__atomic_load_n(&pf->rd.in, __ATOMIC_ACQUIRE) &
		       RTE_PFLOCK_WBITS) == w)
		rte_pause();
}

/**
 * Release a phase-fair lock held for reading.
 *
 * @param pf  The lock.
 */
__rte_experimental static inline void
rte_pflock_read_unlock(rte_pflock_t *pf)
{
	__atomic_fetch_add(&pf->rd.out, RTE_PFLOCK_RINC, __ATOMIC_RELEASE);
}

/**
 * Take a phase-fair lock for writing, alone.
 *
 * @param pf  The lock.
 */
__rte_experimental static inline void
rte_pflock_write_lock(rte_pflock_t *pf)
{
	uint16_t ticket, w;

	/* Writers first queue among themselves. */
	ticket = __atomic_fetch_add(&pf->wr.in, 1, __ATOMIC_RELAXED);
	rte_wait_until_equal_16(&pf->wr.out, ticket, __ATOMIC_ACQUIRE);

	/* Stop new readers, and learn how many readers are in. */
	w = RTE_PFLOCK_PRES | (ticket & RTE_PFLOCK_PHID);
	ticket = __atomic_fetch_add(&pf->rd.in, w, __ATOMIC_RELAXED);

	/* Wait for the readers that came before to leave. */
	rte_wait_until_equal_16(&pf->rd.out, ticket, __ATOMIC_ACQUIRE);
}

/**
 * Release a phase-fair lock held for writing: readers waiting go in,
 * then the next writer.
 *
 * @param pf  The lock.
 */
__rte_experimental static inline void
rte_pflock_write_unlock(rte_pflock_t *pf)
{
	/* Let the waiting readers in. */
	__atomic_fetch_and(&pf->rd.in, RTE_PFLOCK_LSB, __ATOMIC_RELEASE);
	/* Then the next writer. */
	__atomic_fetch_add(&pf->wr.out, 1, __ATOMIC_RELEASE);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PFLOCK_H_ */
