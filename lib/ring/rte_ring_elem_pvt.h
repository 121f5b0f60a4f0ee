/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_ELEM_PVT_H_
#define _RTE_RING_ELEM_PVT_H_

/**
 * @file
 * The ring algorithm behind every inline MT and ST enqueue and dequeue,
 * and the pieces the RTS, HTS, peek and zero-copy forms share. Not an
 * API: include rte_ring.h or rte_ring_elem.h.
 *
 * An operation has three steps:
 *  1. reserve: move this side's head forward by n, bounded by the
 *     other side's tail (CAS when several threads share the side);
 *  2. copy the objects into or out of the reserved slots;
 *  3. publish: once every earlier reservation on this side has been
 *     published (its tail reached our old head), move the tail to our
 *     new head with a release store.
 *
 * Ordering (C11 model, correct on weakly ordered CPUs):
 *  - the other side's tail is read with acquire, so its slot accesses
 *    happen before ours: a producer never overwrites a slot a consumer
 *    is still reading, a consumer never reads a slot before the
 *    producer's data;
 *  - our own head is read with acquire and moved by a CAS with
 *    release: the thread whose head value we read had read the other
 *    side's tail before its CAS, so the tail we read after it is no
 *    older. A stale tail paired with a newer head would make the free
 *    (or used) count wrap around;
 *  - the tail is published with release, after our slot accesses;
 *  - waiting for the earlier reservations' tail uses acquire, so the
 *    happens-before chain runs from every producer (consumer) to the
 *    other side, not only from the last one to publish.
 *
 * The other side's tail is always read the way that side writes it:
 * RTS and HTS sides write their tail inside a 64-bit word, MT and ST
 * sides as a 32-bit word. An access of another width would not pair
 * with their release.
 */

#include <rte_ring_core.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */

/*
 * Published end (tail) of the producer side, whatever its mode, read
 * with the given memory order.
 */
static __rte_always_inline uint32_t
__rte_ring_prod_tail(const struct rte_ring *r, int memorder)
{
	union __rte_ring_rts_poscnt rts;
	union __rte_ring_hts_pos hts;

	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_MT_RTS:
		rts.raw = __atomic_load_n(&r->rts_prod.tail.raw, memorder);
		return rts.val.pos;
	case RTE_RING_SYNC_MT_HTS:
		hts.raw = __atomic_load_n(&r->hts_prod.ht.raw, memorder);
		return hts.pos.tail;
	default:
		return __atomic_load_n(&r->prod.tail, memorder);
	}
}

/* The consumer-side twin of __rte_ring_prod_tail(). */
static __rte_always_inline uint32_t
__rte_ring_cons_tail(const struct rte_ring *r, int memorder)
{
	union __rte_ring_rts_poscnt rts;
	union __rte_ring_hts_pos hts;

	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_MT_RTS:
		rts.raw = __atomic_load_n(&r->rts_cons.tail.raw, memorder);
		return rts.val.pos;
	case RTE_RING_SYNC_MT_HTS:
		hts.raw = __atomic_load_n(&r->hts_cons.ht.raw, memorder);
		return hts.pos.tail;
	default:
		return __atomic_load_n(&r->cons.tail, memorder);
	}
}

/*
 * Copy n objects of esize bytes. Fixed-size memcpy calls (esize is a
 * constant once inlined) become plain moves, aligned or not; four
 * objects at a time let the compiler use vector moves.
 */
static __rte_always_inline void
__rte_ring_copy_objs(char *dst, const char *src, uint32_t esize, uint32_t n)
{
	uint32_t i;

	for (i = 0; i + 4 <= n; i += 4)
		memcpy(dst + (size_t)i * esize, src + (size_t)i * esize,
			4 * (size_t)esize);
	for (; i < n; i++)
		memcpy(dst + (size_t)i * esize, src + (size_t)i * esize, esize);
}

/* Copy n objects of esize bytes into the slots from head on. */
static __rte_always_inline void
__rte_ring_copy_in(struct rte_ring *r, uint32_t head, const void *obj_table,
	uint32_t esize, uint32_t n)
{
	const uint32_t idx = head & r->mask;
	/* Bounded by n, so the compiler sees no read beyond obj_table. */
	const uint32_t first = RTE_MIN(n, r->size - idx);
	const char *src = (const char *)obj_table;
	char *ring = (char *)&r[1];

	__rte_ring_copy_objs(ring + (size_t)idx * esize, src, esize, first);
	/* The rest wraps to the start of the slot table. */
	if (unlikely(first < n))
		__rte_ring_copy_objs(
			ring, src + (size_t)first * esize, esize, n - first);
}

/* Copy n objects of esize bytes out of the slots from head on. */
static __rte_always_inline void
__rte_ring_copy_out(const struct rte_ring *r, uint32_t head, void *obj_table,
	uint32_t esize, uint32_t n)
{
	const uint32_t idx = head & r->mask;
	const uint32_t first = RTE_MIN(n, r->size - idx);
	char *dst = (char *)obj_table;
	const char *ring = (const char *)&r[1];

	__rte_ring_copy_objs(dst, ring + (size_t)idx * esize, esize, first);
	if (unlikely(first < n))
		__rte_ring_copy_objs(
			dst + (size_t)first * esize, ring, esize, n - first);
}

/*
 * is_sp (is_sc) of __rte_ring_move_prod_head (cons): a single thread
 * whose operation starts at the published tail rather than at the
 * head. Outside an operation of a single-thread side the two are
 * equal; after a process died between its head and tail updates, the
 * next operation so takes over the dead one's slots instead of
 * publishing them unwritten (producer) or skipping them (consumer).
 * The peek API's start passes 1: a second start extends a reservation.
 */
#define __RTE_RING_ST_FROM_TAIL 2

/*
 * Reserve room for up to n objects on the producer side. Returns how
 * many were reserved (0 for a fixed request that does not fit), the
 * old and new head, and the free room seen before the reservation.
 */
static __rte_always_inline unsigned int
__rte_ring_move_prod_head(struct rte_ring *r, unsigned int is_sp,
	unsigned int n, enum rte_ring_queue_behavior behavior,
	uint32_t *old_head, uint32_t *new_head, uint32_t *free_entries)
{
	const uint32_t capacity = r->capacity;
	const unsigned int max = n;
	uint32_t cons_tail;
	int success;

	do {
		n = max;
		*old_head = __atomic_load_n(is_sp == __RTE_RING_ST_FROM_TAIL
				? &r->prod.tail
				: &r->prod.head,
			__ATOMIC_ACQUIRE);
		cons_tail = __rte_ring_cons_tail(r, __ATOMIC_ACQUIRE);
		/* Unsigned arithmetic absorbs the index wrap at 2^32. */
		*free_entries = capacity + cons_tail - *old_head;
		if (unlikely(n > *free_entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0
							       : *free_entries;
		if (n == 0)
			return 0;
		*new_head = *old_head + n;
		if (is_sp) {
			__atomic_store_n(
				&r->prod.head, *new_head, __ATOMIC_RELAXED);
			success = 1;
		} else {
			/*
			 * Release orders our tail read before the new head
			 * (see the file comment); slot data is ordered by
			 * the tails.
			 */
			success = __atomic_compare_exchange_n(&r->prod.head,
				old_head, *new_head, 0, __ATOMIC_RELEASE,
				__ATOMIC_RELAXED);
		}
	} while (unlikely(success == 0));
	return n;
}

/* The consumer-side twin of __rte_ring_move_prod_head(). */
static __rte_always_inline unsigned int
__rte_ring_move_cons_head(struct rte_ring *r, unsigned int is_sc,
	unsigned int n, enum rte_ring_queue_behavior behavior,
	uint32_t *old_head, uint32_t *new_head, uint32_t *entries)
{
	const unsigned int max = n;
	uint32_t prod_tail;
	int success;

	do {
		n = max;
		*old_head = __atomic_load_n(is_sc == __RTE_RING_ST_FROM_TAIL
				? &r->cons.tail
				: &r->cons.head,
			__ATOMIC_ACQUIRE);
		prod_tail = __rte_ring_prod_tail(r, __ATOMIC_ACQUIRE);
		*entries = prod_tail - *old_head;
		if (unlikely(n > *entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0 : *entries;
		if (n == 0)
			return 0;
		*new_head = *old_head + n;
		if (is_sc) {
			__atomic_store_n(
				&r->cons.head, *new_head, __ATOMIC_RELAXED);
			success = 1;
		} else {
			success = __atomic_compare_exchange_n(&r->cons.head,
				old_head, *new_head, 0, __ATOMIC_RELEASE,
				__ATOMIC_RELAXED);
		}
	} while (unlikely(success == 0));
	return n;
}

/* Publish [old_val, new_val) on one side, after earlier reservations. */
static __rte_always_inline void
__rte_ring_update_tail(struct rte_ring_headtail *ht, uint32_t old_val,
	uint32_t new_val, unsigned int single)
{
	/*
	 * Tails move in reservation order, so the other side only ever
	 * sees finished slots. Acquire keeps the earlier publisher's
	 * slot accesses ordered before our release below.
	 */
	if (!single)
		rte_wait_until_equal_32(&ht->tail, old_val, __ATOMIC_ACQUIRE);
	__atomic_store_n(&ht->tail, new_val, __ATOMIC_RELEASE);
}

/* Enqueue up to n objects; see rte_ring_enqueue_bulk_elem(). */
static __rte_always_inline unsigned int
__rte_ring_do_enqueue_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n,
	enum rte_ring_queue_behavior behavior, unsigned int is_sp,
	unsigned int *free_space)
{
	uint32_t prod_head, prod_next;
	uint32_t free_entries;

	n = __rte_ring_move_prod_head(r, is_sp ? __RTE_RING_ST_FROM_TAIL : 0, n,
		behavior, &prod_head, &prod_next, &free_entries);
	if (n != 0) {
		__rte_ring_copy_in(r, prod_head, obj_table, esize, n);
		__rte_ring_update_tail(&r->prod, prod_head, prod_next, is_sp);
	}
	if (free_space != NULL)
		*free_space = free_entries - n;
	return n;
}

/* Dequeue up to n objects; see rte_ring_dequeue_bulk_elem(). */
static __rte_always_inline unsigned int
__rte_ring_do_dequeue_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n,
	enum rte_ring_queue_behavior behavior, unsigned int is_sc,
	unsigned int *available)
{
	uint32_t cons_head, cons_next;
	uint32_t entries;

	n = __rte_ring_move_cons_head(r, is_sc ? __RTE_RING_ST_FROM_TAIL : 0, n,
		behavior, &cons_head, &cons_next, &entries);
	if (n != 0) {
		__rte_ring_copy_out(r, cons_head, obj_table, esize, n);
		__rte_ring_update_tail(&r->cons, cons_head, cons_next, is_sc);
	}
	if (available != NULL)
		*available = entries - n;
	return n;
}

/** @endcond */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_ELEM_PVT_H_ */
