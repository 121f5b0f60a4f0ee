/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_RTS_ELEM_PVT_H_
#define _RTE_RING_RTS_ELEM_PVT_H_

/**
 * @file
 * The relaxed tail sync (RTS) algorithm behind rte_ring_rts.h. Not an
 * API: include rte_ring.h.
 *
 * Head and tail are {count, position} pairs changed as one 64-bit
 * word. Reserving adds n to head.pos and 1 to head.cnt in one CAS.
 * Finishing adds 1 to tail.cnt; the operation whose increment makes
 * tail.cnt equal to head.cnt also moves tail.pos to head.pos. So the
 * tail only moves when no operation on this side is in progress, and
 * a finished thread never waits for a slower one (unlike MT mode,
 * where tails move in reservation order). To keep the tail from
 * lagging for ever under constant traffic, a new operation waits
 * while head.pos - tail.pos exceeds htd_max.
 *
 * Ordering (C11 model):
 *  - reserving: our head is read with acquire and moved by a CAS with
 *    release, so the other side's tail read in between is no older
 *    than the one the previous reserver saw (the free count cannot
 *    wrap); that tail read is an acquire, pairing with the other
 *    side's release, so its slot accesses happen before ours;
 *  - finishing: the tail is read with acquire before the head. Every
 *    operation whose finish is counted in that tail had reserved
 *    before finishing, so the head read after it counts it too: when
 *    the counts match, every reservation up to head.pos is finished
 *    and publishing head.pos exposes no unwritten slot;
 *  - the tail CAS is acquire-release: each finisher takes over the
 *    slot accesses of those before it and hands them all on, so the
 *    other side's acquire of the tail sees every finished operation's
 *    data, not only the last one's.
 */

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */

/* Count the operation done; publish head.pos if it was the last. */
static __rte_always_inline void
__rte_ring_rts_update_tail(struct rte_ring_rts_headtail *ht)
{
	union __rte_ring_rts_poscnt h, ot, nt;

	ot.raw = __atomic_load_n(&ht->tail.raw, __ATOMIC_ACQUIRE);
	do {
		h.raw = __atomic_load_n(&ht->head.raw, __ATOMIC_RELAXED);
		nt.val.cnt = ot.val.cnt + 1;
		nt.val.pos = (nt.val.cnt == h.val.cnt) ? h.val.pos : ot.val.pos;
	} while (!__atomic_compare_exchange_n(&ht->tail.raw, &ot.raw, nt.raw, 0,
		__ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE));
}

/*
 * Read this side's head once it is no more than htd_max ahead of the
 * tail. A stale tail only makes us wait longer.
 */
static __rte_always_inline union __rte_ring_rts_poscnt
__rte_ring_rts_head_wait(const struct rte_ring_rts_headtail *ht)
{
	const uint32_t max = __atomic_load_n(&ht->htd_max, __ATOMIC_RELAXED);
	union __rte_ring_rts_poscnt h, t;

	for (;;) {
		h.raw = __atomic_load_n(&ht->head.raw, __ATOMIC_ACQUIRE);
		t.raw = __atomic_load_n(&ht->tail.raw, __ATOMIC_RELAXED);
		if (h.val.pos - t.val.pos <= max)
			return h;
		rte_pause();
	}
}

/*
 * Reserve room for up to num objects on an RTS producer side. Returns
 * how many were reserved, the old head position and the free room
 * seen before the reservation.
 */
static __rte_always_inline uint32_t
__rte_ring_rts_move_prod_head(struct rte_ring *r, uint32_t num,
	enum rte_ring_queue_behavior behavior, uint32_t *old_head,
	uint32_t *free_entries)
{
	const uint32_t capacity = r->capacity;
	union __rte_ring_rts_poscnt oh, nh;
	uint32_t n;

	do {
		n = num;
		oh = __rte_ring_rts_head_wait(&r->rts_prod);
		*free_entries = capacity +
			__rte_ring_cons_tail(r, __ATOMIC_ACQUIRE) - oh.val.pos;
		if (unlikely(n > *free_entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0
							       : *free_entries;
		if (n == 0)
			break;
		nh.val.pos = oh.val.pos + n;
		nh.val.cnt = oh.val.cnt + 1;
	} while (!__atomic_compare_exchange_n(&r->rts_prod.head.raw, &oh.raw,
		nh.raw, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
	*old_head = oh.val.pos;
	return n;
}

/* The consumer-side twin of __rte_ring_rts_move_prod_head(). */
static __rte_always_inline uint32_t
__rte_ring_rts_move_cons_head(struct rte_ring *r, uint32_t num,
	enum rte_ring_queue_behavior behavior, uint32_t *old_head,
	uint32_t *entries)
{
	union __rte_ring_rts_poscnt oh, nh;
	uint32_t n;

	do {
		n = num;
		oh = __rte_ring_rts_head_wait(&r->rts_cons);
		*entries =
			__rte_ring_prod_tail(r, __ATOMIC_ACQUIRE) - oh.val.pos;
		if (unlikely(n > *entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0 : *entries;
		if (n == 0)
			break;
		nh.val.pos = oh.val.pos + n;
		nh.val.cnt = oh.val.cnt + 1;
	} while (!__atomic_compare_exchange_n(&r->rts_cons.head.raw, &oh.raw,
		nh.raw, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
	*old_head = oh.val.pos;
	return n;
}

/* Enqueue up to n objects on an RTS producer side. */
static __rte_always_inline unsigned int
__rte_ring_do_rts_enqueue_elem(struct rte_ring *r, const void *obj_table,
	uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
	uint32_t *free_space)
{
	uint32_t head, free_entries;

	n = __rte_ring_rts_move_prod_head(r, n, behavior, &head, &free_entries);
	if (n != 0) {
		__rte_ring_copy_in(r, head, obj_table, esize, n);
		__rte_ring_rts_update_tail(&r->rts_prod);
	}
	if (free_space != NULL)
		*free_space = free_entries - n;
	return n;
}

/* Dequeue up to n objects from an RTS consumer side. */
static __rte_always_inline unsigned int
__rte_ring_do_rts_dequeue_elem(struct rte_ring *r, void *obj_table,
	uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
	uint32_t *available)
{
	uint32_t head, entries;

	n = __rte_ring_rts_move_cons_head(r, n, behavior, &head, &entries);
	if (n != 0) {
		__rte_ring_copy_out(r, head, obj_table, esize, n);
		__rte_ring_rts_update_tail(&r->rts_cons);
	}
	if (available != NULL)
		*available = entries - n;
	return n;
}

/** @endcond */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_RTS_ELEM_PVT_H_ */
