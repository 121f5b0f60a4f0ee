/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Ticket locks: a spinlock that serves waiters in the order they came
 * (first in, first out), so none starves under contention. One 32-bit
 * word: the ticket being served and the next ticket to hand out. It
 * works in memory shared by several processes.
 */

#ifndef _RTE_TICKETLOCK_H_
#define _RTE_TICKETLOCK_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_lcore.h>
#include <rte_pause.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A ticket lock. */
typedef union {
	uint32_t tickets; /**< both counters, read and written at once */
	struct {
		uint16_t current; /**< ticket being served */
		uint16_t next; /**< ticket the next locker takes */
	} s; /**< the two counters */
} rte_ticketlock_t;

/** A ticket lock, unlocked. */
#define RTE_TICKETLOCK_INITIALIZER \
	{ \
		0 \
	}

/**
 * Make a ticket lock unlocked.
 *
 * @param tl  The lock.
 */
static inline void
rte_ticketlock_init(rte_ticketlock_t *tl)
{
	__atomic_store_n(&tl->tickets, 0, __ATOMIC_RELAXED);
}

/**
 * Take a ticket lock, waiting for the lockers that came before.
 *
 * @param tl  The lock.
 */
static inline void
rte_ticketlock_lock(rte_ticketlock_t *tl)
{
	uint16_t me = __atomic_fetch_add(&tl->s.next, 1, __ATOMIC_RELAXED);

	rte_wait_until_equal_16(&tl->s.current, me, __ATOMIC_ACQUIRE);
}

/**
 * Release a ticket lock: serve the next ticket.
 *
 * @param tl  The lock (held by the caller).
 */
static inline void
rte_ticketlock_unlock(rte_ticketlock_t *tl)
{
	uint16_t cur = __atomic_load_n(&tl->s.current, __ATOMIC_RELAXED);

	__atomic_store_n(&tl->s.current, (uint16_t)(cur + 1), __ATOMIC_RELEASE);
}

/**
 * Take a ticket lock if it is free, without waiting.
 *
 * @param tl  The lock.
 * @return 1 if the lock was taken, 0 otherwise.
 */
static inline int
rte_ticketlock_trylock(rte_ticketlock_t *tl)
{
	rte_ticketlock_t old, taken;

	old.tickets = __atomic_load_n(&tl->tickets, __ATOMIC_RELAXED);
	if (old.s.current != old.s.next)
		return 0;
	taken = old;
	taken.s.next++;
	return __atomic_compare_exchange_n(&tl->tickets, &old.tickets,
		taken.tickets, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

/**
 * Tell whether a ticket lock is held.
 *
 * @param tl  The lock.
 * @return 1 if held, 0 if free.
 */
static inline int
rte_ticketlock_is_locked(rte_ticketlock_t *tl)
{
	rte_ticketlock_t t;

	t.tickets = __atomic_load_n(&tl->tickets, __ATOMIC_ACQUIRE);
	return t.s.current != t.s.next;
}

/** Owner of a recursive ticket lock nobody holds. */
#define TICKET_LOCK_INVALID_ID -1

/** A ticket lock its holder may take again (counted). */
typedef struct {
	rte_ticketlock_t tl; /**< the lock */
	int user; /**< thread id of the holder, or TICKET_LOCK_INVALID_ID */
	unsigned int count; /**< times the holder took it */
} rte_ticketlock_recursive_t;

/** A recursive ticket lock, unlocked. */
#define RTE_TICKETLOCK_RECURSIVE_INITIALIZER \
	{ \
		RTE_TICKETLOCK_INITIALIZER, TICKET_LOCK_INVALID_ID, 0 \
	}

/**
 * Make a recursive ticket lock unlocked.
 *
 * @param tlr  The lock.
 */
static inline void
rte_ticketlock_recursive_init(rte_ticketlock_recursive_t *tlr)
{
	rte_ticketlock_init(&tlr->tl);
	__atomic_store_n(&tlr->user, TICKET_LOCK_INVALID_ID, __ATOMIC_RELAXED);
	tlr->count = 0;
}

/**
 * Take a recursive ticket lock (again, if the caller holds it).
 *
 * @param tlr  The lock.
 */
static inline void
rte_ticketlock_recursive_lock(rte_ticketlock_recursive_t *tlr)
{
	int id = rte_gettid();

	if (__atomic_load_n(&tlr->user, __ATOMIC_RELAXED) != id) {
		rte_ticketlock_lock(&tlr->tl);
		__atomic_store_n(&tlr->user, id, __ATOMIC_RELAXED);
	}
	tlr->count++;
}

/**
 * Release a recursive ticket lock once; the last release frees it.
 *
 * @param tlr  The lock (held by the caller).
 */
static inline void
rte_ticketlock_recursive_unlock(rte_ticketlock_recursive_t *tlr)
{
	if (--(tlr->count) == 0) {
		__atomic_store_n(
			&tlr->user, TICKET_LOCK_INVALID_ID, __ATOMIC_RELAXED);
		rte_ticketlock_unlock(&tlr->tl);
	}
}

/**
 * Take a recursive ticket lock if it is free or held by the caller.
 *
 * @param tlr  The lock.
 * @return 1 if taken, 0 otherwise.
 */
static inline int
rte_ticketlock_recursive_trylock(rte_ticketlock_recursive_t *tlr)
{
	int id = rte_gettid();

	if (__atomic_load_n(&tlr->user, __ATOMIC_RELAXED) != id) {
		if (rte_ticketlock_trylock(&tlr->tl) == 0)
			return 0;
		__atomic_store_n(&tlr->user, id, __ATOMIC_RELAXED);
	}
	tlr->count++;
	return 1;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_TICKETLOCK_H_ */
