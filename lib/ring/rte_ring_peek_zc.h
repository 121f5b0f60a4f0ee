/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_PEEK_ZC_H_
#define _RTE_RING_PEEK_ZC_H_

/**
 * @file
 * Zero-copy API: like the peek API (rte_ring_peek.h), but the start
 * call hands out the addresses of the reserved slots instead of
 * copying, so the caller reads or writes the objects in place (for
 * instance straight from a device, or with its own copy routine).
 *
 * The reserved slots are at most two runs: zcd->n1 objects at
 * zcd->ptr1 and, when the reservation wraps past the end of the slot
 * table, the rest at zcd->ptr2 (NULL otherwise). Same modes, same
 * start/finish rules and the same errors as the peek API. Include
 * rte_ring.h.
 */

#include <rte_ring_core.h>
#include <rte_ring_peek_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Where the slots of a zero-copy reservation are. */
struct rte_ring_zc_data {
	/** First reserved slot. */
	void *ptr1 __rte_cache_aligned;
	/** Start of the slot table if the reservation wraps, else NULL. */
	void *ptr2;
	/** Objects at ptr1; the rest of the reservation is at ptr2. */
	unsigned int n1;
};

/** @cond INTERNAL */

/* Describe n slots from position head in zcd. */
static __rte_always_inline void
__rte_ring_zc_locate(const struct rte_ring *r, uint32_t head, uint32_t esize,
	uint32_t n, struct rte_ring_zc_data *zcd)
{
	const uint32_t idx = head & r->mask;
	char *ring = (char *)(uintptr_t)&r[1];

	zcd->ptr1 = ring + (size_t)idx * esize;
	if (idx + n > r->size) {
		zcd->n1 = r->size - idx;
		zcd->ptr2 = ring;
	} else {
		zcd->n1 = n;
		zcd->ptr2 = NULL;
	}
}

/* Open a zero-copy enqueue reservation; see the public forms. */
static __rte_always_inline unsigned int
__rte_ring_do_enqueue_zc_elem_start(struct rte_ring *r, unsigned int esize,
	uint32_t n, enum rte_ring_queue_behavior behavior,
	struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	uint32_t head;

	n = __rte_ring_do_enqueue_start(r, n, behavior, &head, free_space);
	__rte_ring_zc_locate(r, head, esize, n, zcd);
	return n;
}

/* Open a zero-copy dequeue reservation; see the public forms. */
static __rte_always_inline unsigned int
__rte_ring_do_dequeue_zc_elem_start(struct rte_ring *r, unsigned int esize,
	uint32_t n, enum rte_ring_queue_behavior behavior,
	struct rte_ring_zc_data *zcd, unsigned int *available)
{
	uint32_t head;

	n = __rte_ring_do_dequeue_start(r, n, behavior, &head, available);
	__rte_ring_zc_locate(r, head, esize, n, zcd);
	return n;
}

/** @endcond */

/**
 * Reserve slots for n objects of any size to be written in place. All or nothing.
 *
 * @param r  The ring.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param zcd  Set to where the reserved slots are.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return n, or 0 if they do not all fit (nothing is then
 *   reserved).
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_zc_bulk_elem_start(struct rte_ring *r, unsigned int esize,
	unsigned int n, struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_zc_elem_start(
		r, esize, n, RTE_RING_QUEUE_FIXED, zcd, free_space);
}

/**
 * Reserve slots for n pointers to be written in place. All or nothing.
 *
 * @param r  The ring.
 * @param n  Number of pointers.
 * @param zcd  Set to where the reserved slots are.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return n, or 0 if they do not all fit (nothing is then
 *   reserved).
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_zc_bulk_start(struct rte_ring *r, unsigned int n,
	struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	return rte_ring_enqueue_zc_bulk_elem_start(
		r, sizeof(uintptr_t), n, zcd, free_space);
}

/**
 * Reserve slots for up to n objects of any size to be written in place.
 *
 * @param r  The ring.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param zcd  Set to where the reserved slots are.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return How many were reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_zc_burst_elem_start(struct rte_ring *r, unsigned int esize,
	unsigned int n, struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_zc_elem_start(
		r, esize, n, RTE_RING_QUEUE_VARIABLE, zcd, free_space);
}

/**
 * Reserve slots for up to n pointers to be written in place.
 *
 * @param r  The ring.
 * @param n  Number of pointers.
 * @param zcd  Set to where the reserved slots are.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return How many were reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_zc_burst_start(struct rte_ring *r, unsigned int n,
	struct rte_ring_zc_data *zcd, unsigned int *free_space)
{
	return rte_ring_enqueue_zc_burst_elem_start(
		r, sizeof(uintptr_t), n, zcd, free_space);
}

/**
 * Finish a zero-copy enqueue: publish the first n reserved slots,
 * which the caller has written; the rest of the reservation is given
 * back.
 *
 * @param r  The ring.
 * @param n  Number of objects, at most the number reserved (0 cancels).
 */
static __rte_always_inline void
rte_ring_enqueue_zc_elem_finish(struct rte_ring *r, unsigned int n)
{
	__rte_ring_do_enqueue_finish(r, NULL, 0, n);
}

/**
 * Finish a zero-copy enqueue of pointers: see
 * rte_ring_enqueue_zc_elem_finish().
 *
 * @param r  The ring.
 * @param n  Number of pointers, at most the number reserved.
 */
static __rte_always_inline void
rte_ring_enqueue_zc_finish(struct rte_ring *r, unsigned int n)
{
	rte_ring_enqueue_zc_elem_finish(r, n);
}

/**
 * Reserve n objects of any size to be read in place. All or nothing.
 *
 * @param r  The ring.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param zcd  Set to where the reserved slots are.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return n, or 0 if fewer are present (nothing is then
 *   reserved).
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_zc_bulk_elem_start(struct rte_ring *r, unsigned int esize,
	unsigned int n, struct rte_ring_zc_data *zcd, unsigned int *available)
{
	return __rte_ring_do_dequeue_zc_elem_start(
		r, esize, n, RTE_RING_QUEUE_FIXED, zcd, available);
}

/**
 * Reserve n pointers to be read in place. All or nothing.
 *
 * @param r  The ring.
 * @param n  Number of pointers.
 * @param zcd  Set to where the reserved slots are.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return n, or 0 if fewer are present (nothing is then
 *   reserved).
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_zc_bulk_start(struct rte_ring *r, unsigned int n,
	struct rte_ring_zc_data *zcd, unsigned int *available)
{
	return rte_ring_dequeue_zc_bulk_elem_start(
		r, sizeof(uintptr_t), n, zcd, available);
}

/**
 * Reserve up to n objects of any size to be read in place.
 *
 * @param r  The ring.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param zcd  Set to where the reserved slots are.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return How many were reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_zc_burst_elem_start(struct rte_ring *r, unsigned int esize,
	unsigned int n, struct rte_ring_zc_data *zcd, unsigned int *available)
{
	return __rte_ring_do_dequeue_zc_elem_start(
		r, esize, n, RTE_RING_QUEUE_VARIABLE, zcd, available);
}

/**
 * Reserve up to n pointers to be read in place.
 *
 * @param r  The ring.
 * @param n  Number of pointers.
 * @param zcd  Set to where the reserved slots are.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return How many were reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_zc_burst_start(struct rte_ring *r, unsigned int n,
	struct rte_ring_zc_data *zcd, unsigned int *available)
{
	return rte_ring_dequeue_zc_burst_elem_start(
		r, sizeof(uintptr_t), n, zcd, available);
}

/**
 * Finish a zero-copy dequeue: remove the first n reserved objects,
 * which the caller has read, from the ring; the others stay in it.
 *
 * @param r  The ring.
 * @param n  Number of objects, at most the number reserved (0 keeps
 *   them all in the ring).
 */
static __rte_always_inline void
rte_ring_dequeue_zc_elem_finish(struct rte_ring *r, unsigned int n)
{
	__rte_ring_do_dequeue_finish(r, n);
}

/**
 * Finish a zero-copy dequeue of pointers: see
 * rte_ring_dequeue_zc_elem_finish().
 *
 * @param r  The ring.
 * @param n  Number of pointers, at most the number reserved.
 */
static __rte_always_inline void
rte_ring_dequeue_zc_finish(struct rte_ring *r, unsigned int n)
{
	rte_ring_dequeue_zc_elem_finish(r, n);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_PEEK_ZC_H_ */
