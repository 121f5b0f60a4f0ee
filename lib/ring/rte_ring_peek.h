/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_PEEK_H_
#define _RTE_RING_PEEK_H_

/**
 * @file
 * Peek API: an enqueue or dequeue in two calls. The start call
 * reserves slots (and a dequeue start copies the objects out); the
 * finish call publishes some or all of them. Between the two the
 * caller decides: a dequeue may look at the objects and keep only the
 * first n (the rest stay in the ring), an enqueue may learn how much
 * room there is before it commits objects.
 *
 * Works on a side in ST or MT_HTS mode (RING_F_SP_ENQ, RING_F_SC_DEQ,
 * RING_F_MP_HTS_ENQ, RING_F_MC_HTS_DEQ); on an MT or RTS side the
 * calls do nothing, log an error and set rte_errno to ENOTSUP. Each
 * start must be followed by one finish on the same side before the
 * next start: in HTS mode other threads of the side wait until then,
 * and a second start by the same thread waits for ever. Finishing
 * with more objects than were started publishes none of them, logs an
 * error and sets rte_errno to EINVAL. Include rte_ring.h.
 */

#include <rte_ring_core.h>
#include <rte_ring_peek_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Start an enqueue of n objects of any size. All or nothing.
 *
 * @param r  The ring.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return n, or 0 if they do not all fit (nothing is then reserved).
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_bulk_elem_start(
	struct rte_ring *r, unsigned int n, unsigned int *free_space)
{
	uint32_t head;

	return __rte_ring_do_enqueue_start(
		r, n, RTE_RING_QUEUE_FIXED, &head, free_space);
}

/**
 * Start an enqueue of n pointers. All or nothing.
 *
 * @param r  The ring.
 * @param n  Number of pointers.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return n, or 0 if they do not all fit (nothing is then reserved).
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_bulk_start(
	struct rte_ring *r, unsigned int n, unsigned int *free_space)
{
	return rte_ring_enqueue_bulk_elem_start(r, n, free_space);
}

/**
 * Start an enqueue of up to n objects of any size.
 *
 * @param r  The ring.
 * @param n  Number of objects wanted.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return How many slots were reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_burst_elem_start(
	struct rte_ring *r, unsigned int n, unsigned int *free_space)
{
	uint32_t head;

	return __rte_ring_do_enqueue_start(
		r, n, RTE_RING_QUEUE_VARIABLE, &head, free_space);
}

/**
 * Start an enqueue of up to n pointers.
 *
 * @param r  The ring.
 * @param n  Number of pointers wanted.
 * @param free_space  If not NULL, set to the room left after the
 *   reservation.
 * @return How many slots were reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_burst_start(
	struct rte_ring *r, unsigned int n, unsigned int *free_space)
{
	return rte_ring_enqueue_burst_elem_start(r, n, free_space);
}

/**
 * Finish an enqueue: copy n objects into the first n reserved slots
 * and publish them; the rest of the reservation is given back.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects, at most the number reserved (0 cancels).
 */
static __rte_always_inline void
rte_ring_enqueue_elem_finish(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n)
{
	__rte_ring_do_enqueue_finish(r, obj_table, esize, n);
}

/**
 * Finish an enqueue of pointers: see rte_ring_enqueue_elem_finish().
 *
 * @param r  The ring.
 * @param obj_table  n pointers.
 * @param n  Number of pointers, at most the number reserved.
 */
static __rte_always_inline void
rte_ring_enqueue_finish(
	struct rte_ring *r, void *const *obj_table, unsigned int n)
{
	rte_ring_enqueue_elem_finish(r, obj_table, sizeof(uintptr_t), n);
}

/**
 * Start a dequeue of n objects of any size: copy them out and keep
 * their slots reserved. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return n, or 0 if fewer are present (nothing is then reserved).
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_bulk_elem_start(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	uint32_t head;

	n = __rte_ring_do_dequeue_start(
		r, n, RTE_RING_QUEUE_FIXED, &head, available);
	if (n != 0)
		__rte_ring_copy_out(r, head, obj_table, esize, n);
	return n;
}

/**
 * Start a dequeue of n pointers. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  Number of pointers.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return n, or 0 if fewer are present (nothing is then reserved).
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_bulk_start(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_dequeue_bulk_elem_start(
		r, obj_table, sizeof(uintptr_t), n, available);
}

/**
 * Start a dequeue of up to n objects of any size.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects wanted.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return How many were copied out and reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_burst_elem_start(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	uint32_t head;

	n = __rte_ring_do_dequeue_start(
		r, n, RTE_RING_QUEUE_VARIABLE, &head, available);
	if (n != 0)
		__rte_ring_copy_out(r, head, obj_table, esize, n);
	return n;
}

/**
 * Start a dequeue of up to n pointers.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  Number of pointers wanted.
 * @param available  If not NULL, set to the objects left after the
 *   reservation.
 * @return How many were copied out and reserved, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_burst_start(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_dequeue_burst_elem_start(
		r, obj_table, sizeof(uintptr_t), n, available);
}

/**
 * Finish a dequeue: remove the first n reserved objects from the ring;
 * the others stay in it, first in line for the next dequeue.
 *
 * @param r  The ring.
 * @param n  Number of objects, at most the number reserved (0 keeps
 *   them all in the ring).
 */
static __rte_always_inline void
rte_ring_dequeue_elem_finish(struct rte_ring *r, unsigned int n)
{
	__rte_ring_do_dequeue_finish(r, n);
}

/**
 * Finish a dequeue of pointers: see rte_ring_dequeue_elem_finish().
 *
 * @param r  The ring.
 * @param n  Number of pointers, at most the number reserved.
 */
static __rte_always_inline void
rte_ring_dequeue_finish(struct rte_ring *r, unsigned int n)
{
	rte_ring_dequeue_elem_finish(r, n);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_PEEK_H_ */
