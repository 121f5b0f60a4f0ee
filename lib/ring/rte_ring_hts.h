/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_HTS_H_
#define _RTE_RING_HTS_H_

/**
 * @file
 * Head/tail sync (HTS) mode of a multi-producer or multi-consumer
 * side: one operation at a time per side, the next one waits until
 * the previous one has finished. Operations of one side are served in
 * turn; a thread preempted in the middle of one stalls its side as a
 * lock holder would, but the two sides never wait for each other. It
 * is the multi-thread mode in which the peek API (rte_ring_peek.h) and
 * the zero-copy API (rte_ring_peek_zc.h) work.
 *
 * The unprefixed rte_ring_enqueue* and rte_ring_dequeue* calls use
 * these functions on a ring created with RING_F_MP_HTS_ENQ or
 * RING_F_MC_HTS_DEQ; include rte_ring.h
 * rather than this file.
 */

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>
#include <rte_ring_hts_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Enqueue n objects, several producers safe (HTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_mp_hts_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_hts_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, free_space);
}

/**
 * Dequeue n objects, several consumers safe (HTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_mc_hts_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_hts_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, available);
}

/**
 * Enqueue up to n objects, several producers safe (HTS).
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mp_hts_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_hts_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, free_space);
}

/**
 * Dequeue up to n objects, several consumers safe (HTS).
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mc_hts_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_hts_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, available);
}

/**
 * Enqueue n pointers, several producers safe (HTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_mp_hts_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_hts_enqueue_bulk_elem(
		r, obj_table, sizeof(uintptr_t), n, free_space);
}

/**
 * Dequeue n pointers, several consumers safe (HTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_mc_hts_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_hts_dequeue_bulk_elem(
		r, obj_table, sizeof(uintptr_t), n, available);
}

/**
 * Enqueue up to n pointers, several producers safe (HTS).
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mp_hts_enqueue_burst(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_hts_enqueue_burst_elem(
		r, obj_table, sizeof(uintptr_t), n, free_space);
}

/**
 * Dequeue up to n pointers, several consumers safe (HTS).
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mc_hts_dequeue_burst(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_hts_dequeue_burst_elem(
		r, obj_table, sizeof(uintptr_t), n, available);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_HTS_H_ */
