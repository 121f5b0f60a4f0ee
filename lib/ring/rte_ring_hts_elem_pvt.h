/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_HTS_ELEM_PVT_H_
#define _RTE_RING_HTS_ELEM_PVT_H_

/**
 * @file
 * The head/tail sync (HTS) algorithm behind rte_ring_hts.h and the
 * HTS forms of the peek API. Not an API: include rte_ring.h.
 *
 * Head and tail of a side share one 64-bit word. An operation waits
 * until head == tail (no other operation of this side in progress),
 * then moves the head with a CAS of the whole word, which only
 * succeeds from a head == tail state. Until it stores head == tail
 * again it is the only writer of the word, which is why the peek API
 * can hold a reservation open between its start and finish calls.
 *
 * Ordering (C11 model):
 *  - the word is read with acquire and the previous operation stored
 *    it with release after reading the other side's tail, so the tail
 *    we read after it is no older and the free (used) count cannot
 *    wrap;
 *  - the other side's tail is read with acquire, pairing with that
 *    side's release, so its slot accesses happen before ours;
 *  - the final store of head == tail is a release after our slot
 *    accesses, and it is what the other side acquires.
 */

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */

/* End the operation in progress at tail + num: head and tail equal. */
static __rte_always_inline void
__rte_ring_hts_update_tail(
	struct rte_ring_hts_headtail *ht, uint32_t old_tail, uint32_t num)
{
	union __rte_ring_hts_pos p;

	p.pos.tail = old_tail + num;
	p.pos.head = p.pos.tail;
	__atomic_store_n(&ht->ht.raw, p.raw, __ATOMIC_RELEASE);
}

/* Read this side's word once no operation is in progress on it. */
static __rte_always_inline union __rte_ring_hts_pos
__rte_ring_hts_head_wait(const struct rte_ring_hts_headtail *ht)
{
	union __rte_ring_hts_pos p;

	p.raw = __atomic_load_n(&ht->ht.raw, __ATOMIC_ACQUIRE);
	while (p.pos.head != p.pos.tail) {
		rte_pause();
		p.raw = __atomic_load_n(&ht->ht.raw, __ATOMIC_ACQUIRE);
	}
	return p;
}

/*
 * Reserve room for up to num objects on an HTS producer side. Returns
 * how many were reserved, the old head and the free room seen before
 * the reservation. With 0, nothing is reserved.
 */
static __rte_always_inline uint32_t
__rte_ring_hts_move_prod_head(struct rte_ring *r, uint32_t num,
	enum rte_ring_queue_behavior behavior, uint32_t *old_head,
	uint32_t *free_entries)
{
	const uint32_t capacity = r->capacity;
	union __rte_ring_hts_pos op, np;
	uint32_t n;

	do {
		n = num;
		op = __rte_ring_hts_head_wait(&r->hts_prod);
		*free_entries = capacity +
			__rte_ring_cons_tail(r, __ATOMIC_ACQUIRE) - op.pos.head;
		if (unlikely(n > *free_entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0
							       : *free_entries;
		if (n == 0)
			break;
		np.pos.tail = op.pos.tail;
		np.pos.head = op.pos.head + n;
	} while (!__atomic_compare_exchange_n(&r->hts_prod.ht.raw, &op.raw,
		np.raw, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
	*old_head = op.pos.head;
	return n;
}

/* The consumer-side twin of __rte_ring_hts_move_prod_head(). */
static __rte_always_inline uint32_t
__rte_ring_hts_move_cons_head(struct rte_ring *r, uint32_t num,
	enum rte_ring_queue_behavior behavior, uint32_t *old_head,
	uint32_t *entries)
{
	union __rte_ring_hts_pos op, np;
	uint32_t n;

	do {
		n = num;
		op = __rte_ring_hts_head_wait(&r->hts_cons);
		*entries =
			__rte_ring_prod_tail(r, __ATOMIC_ACQUIRE) - op.pos.head;
		if (unlikely(n > *entries))
			n = (behavior == RTE_RING_QUEUE_FIXED) ? 0 : *entries;
		if (n == 0)
			break;
		np.pos.tail = op.pos.tail;
		np.pos.head = op.pos.head + n;
	} while (!__atomic_compare_exchange_n(&r->hts_cons.ht.raw, &op.raw,
		np.raw, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED));
	*old_head = op.pos.head;
	return n;
}

/* Enqueue up to n objects on an HTS producer side. */
static __rte_always_inline unsigned int
__rte_ring_do_hts_enqueue_elem(struct rte_ring *r, const void *obj_table,
	uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
	uint32_t *free_space)
{
	uint32_t head, free_entries;

	n = __rte_ring_hts_move_prod_head(r, n, behavior, &head, &free_entries);
	if (n != 0) {
		__rte_ring_copy_in(r, head, obj_table, esize, n);
		__rte_ring_hts_update_tail(&r->hts_prod, head, n);
	}
	if (free_space != NULL)
		*free_space = free_entries - n;
	return n;
}

/* Dequeue up to n objects from an HTS consumer side. */
static __rte_always_inline unsigned int
__rte_ring_do_hts_dequeue_elem(struct rte_ring *r, void *obj_table,
	uint32_t esize, uint32_t n, enum rte_ring_queue_behavior behavior,
	uint32_t *available)
{
	uint32_t head, entries;

	n = __rte_ring_hts_move_cons_head(r, n, behavior, &head, &entries);
	if (n != 0) {
		__rte_ring_copy_out(r, head, obj_table, esize, n);
		__rte_ring_hts_update_tail(&r->hts_cons, head, n);
	}
	if (available != NULL)
		*available = entries - n;
	return n;
}

/** @endcond */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_HTS_ELEM_PVT_H_ */
