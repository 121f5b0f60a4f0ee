/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_PEEK_ELEM_PVT_H_
#define _RTE_RING_PEEK_ELEM_PVT_H_

/**
 * @file
 * What the peek (rte_ring_peek.h) and zero-copy (rte_ring_peek_zc.h)
 * APIs share: opening a reservation, and closing it with some or none
 * of it published. Not an API: include rte_ring.h.
 *
 * A side can hold a reservation open between two calls only when no
 * other thread of that side can move its head meanwhile: in ST mode
 * (one thread) and in HTS mode (others wait for head == tail). In MT
 * and RTS mode the calls do nothing, log an error and set rte_errno
 * to ENOTSUP.
 *
 * Finishing with n objects publishes the first n of the reservation
 * and gives the rest back: the head returns to tail + n. Finishing with
 * more than were reserved publishes nothing (the reservation is
 * cancelled, objects being dequeued stay in the ring), logs an error
 * and sets rte_errno to EINVAL.
 *
 * Ordering: closing stores the tail with release after the slot
 * accesses, as a normal operation does; reading our own open
 * reservation needs no ordering, no other thread writes it.
 */

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>
#include <rte_ring_hts_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */

/**
 * @internal Log a peek or zero-copy call on a side whose mode is
 * neither ST nor MT_HTS, and set rte_errno to ENOTSUP.
 *
 * @param r  The ring.
 * @param enqueue  1 for the producer side, 0 for the consumer side.
 */
void __rte_ring_peek_bad_mode(const struct rte_ring *r, int enqueue) __rte_cold;

/**
 * @internal Log a finish call for more objects than were started, and
 * set rte_errno to EINVAL.
 *
 * @param r  The ring.
 * @param enqueue  1 for the producer side, 0 for the consumer side.
 * @param n  Objects the finish call asked for.
 * @param started  Objects the open reservation holds.
 */
void __rte_ring_peek_bad_finish(const struct rte_ring *r, int enqueue,
	unsigned int n, unsigned int started) __rte_cold;

/* Close an ST side's reservation at tail + n (n may be 0). */
static __rte_always_inline void
__rte_ring_st_set_head_tail(
	struct rte_ring_headtail *ht, uint32_t tail, uint32_t n)
{
	__atomic_store_n(&ht->head, tail + n, __ATOMIC_RELAXED);
	__atomic_store_n(&ht->tail, tail + n, __ATOMIC_RELEASE);
}

/*
 * Open a reservation of up to n slots on the producer side. Returns
 * how many were reserved and, through head, the first of them.
 */
static __rte_always_inline unsigned int
__rte_ring_do_enqueue_start(struct rte_ring *r, uint32_t n,
	enum rte_ring_queue_behavior behavior, uint32_t *head,
	unsigned int *free_space)
{
	uint32_t free_entries, next;

	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_ST:
		n = __rte_ring_move_prod_head(
			r, 1, n, behavior, head, &next, &free_entries);
		break;
	case RTE_RING_SYNC_MT_HTS:
		n = __rte_ring_hts_move_prod_head(
			r, n, behavior, head, &free_entries);
		break;
	default:
		__rte_ring_peek_bad_mode(r, 1);
		*head = 0;
		n = 0;
		free_entries = 0;
		break;
	}
	if (free_space != NULL)
		*free_space = free_entries - n;
	return n;
}

/* The consumer-side twin of __rte_ring_do_enqueue_start(). */
static __rte_always_inline unsigned int
__rte_ring_do_dequeue_start(struct rte_ring *r, uint32_t n,
	enum rte_ring_queue_behavior behavior, uint32_t *head,
	unsigned int *available)
{
	uint32_t entries, next;

	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_ST:
		n = __rte_ring_move_cons_head(
			r, 1, n, behavior, head, &next, &entries);
		break;
	case RTE_RING_SYNC_MT_HTS:
		n = __rte_ring_hts_move_cons_head(
			r, n, behavior, head, &entries);
		break;
	default:
		__rte_ring_peek_bad_mode(r, 0);
		*head = 0;
		n = 0;
		entries = 0;
		break;
	}
	if (available != NULL)
		*available = entries - n;
	return n;
}

/*
 * Close the producer side's reservation, publishing its first n slots.
 * With obj_table, those slots are filled from it first; without (the
 * zero-copy API), the caller has filled them.
 */
static __rte_always_inline void
__rte_ring_do_enqueue_finish(
	struct rte_ring *r, const void *obj_table, uint32_t esize, uint32_t n)
{
	union __rte_ring_hts_pos p;
	uint32_t tail, started;

	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_ST:
		tail = __atomic_load_n(&r->prod.tail, __ATOMIC_RELAXED);
		started =
			__atomic_load_n(&r->prod.head, __ATOMIC_RELAXED) - tail;
		break;
	case RTE_RING_SYNC_MT_HTS:
		p.raw = __atomic_load_n(&r->hts_prod.ht.raw, __ATOMIC_RELAXED);
		tail = p.pos.tail;
		started = p.pos.head - tail;
		break;
	default:
		__rte_ring_peek_bad_mode(r, 1);
		return;
	}
	if (unlikely(n > started)) {
		__rte_ring_peek_bad_finish(r, 1, n, started);
		n = 0;
	}
	if (n != 0 && obj_table != NULL)
		__rte_ring_copy_in(r, tail, obj_table, esize, n);
	if (r->prod.sync_type == RTE_RING_SYNC_ST)
		__rte_ring_st_set_head_tail(&r->prod, tail, n);
	else
		__rte_ring_hts_update_tail(&r->hts_prod, tail, n);
}

/*
 * Close the consumer side's reservation, releasing its first n slots
 * to the producers; the rest stay in the ring.
 */
static __rte_always_inline void
__rte_ring_do_dequeue_finish(struct rte_ring *r, uint32_t n)
{
	union __rte_ring_hts_pos p;
	uint32_t tail, started;

	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_ST:
		tail = __atomic_load_n(&r->cons.tail, __ATOMIC_RELAXED);
		started =
			__atomic_load_n(&r->cons.head, __ATOMIC_RELAXED) - tail;
		break;
	case RTE_RING_SYNC_MT_HTS:
		p.raw = __atomic_load_n(&r->hts_cons.ht.raw, __ATOMIC_RELAXED);
		tail = p.pos.tail;
		started = p.pos.head - tail;
		break;
	default:
		__rte_ring_peek_bad_mode(r, 0);
		return;
	}
	if (unlikely(n > started)) {
		__rte_ring_peek_bad_finish(r, 0, n, started);
		n = 0;
	}
	if (r->cons.sync_type == RTE_RING_SYNC_ST)
		__rte_ring_st_set_head_tail(&r->cons, tail, n);
	else
		__rte_ring_hts_update_tail(&r->hts_cons, tail, n);
}

/** @endcond */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_PEEK_ELEM_PVT_H_ */
