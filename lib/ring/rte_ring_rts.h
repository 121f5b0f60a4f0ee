/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_RTS_H_
#define _RTE_RING_RTS_H_

/**
 * @file
 * Relaxed tail sync (RTS) mode of a multi-producer or multi-consumer
 * side. As in MT mode several threads move the head with a CAS, but a
 * thread that has copied its objects does not wait for earlier ones
 * to finish: the last of the overlapping operations moves the tail
 * for all of them. This avoids the convoy MT mode forms when a thread
 * is preempted between reserving and publishing (overcommitted CPUs,
 * virtual machines). The head may run at most htd_max positions ahead
 * of the tail (by default capacity / 8), see
 * rte_ring_set_prod_htd_max().
 *
 * The unprefixed rte_ring_enqueue* and rte_ring_dequeue* calls use
 * these functions on a ring created with RING_F_MP_RTS_ENQ or
 * RING_F_MC_RTS_DEQ; include rte_ring.h
 * rather than this file.
 */

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>
#include <rte_ring_rts_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Enqueue n objects, several producers safe (RTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_rts_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, free_space);
}

/**
 * Dequeue n objects, several consumers safe (RTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_rts_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, available);
}

/**
 * Enqueue up to n objects, several producers safe (RTS).
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_rts_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, free_space);
}

/**
 * Dequeue up to n objects, several consumers safe (RTS).
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_rts_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, available);
}

/**
 * Enqueue n pointers, several producers safe (RTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_rts_enqueue_bulk_elem(
		r, obj_table, sizeof(uintptr_t), n, free_space);
}

/**
 * Dequeue n pointers, several consumers safe (RTS). All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_rts_dequeue_bulk_elem(
		r, obj_table, sizeof(uintptr_t), n, available);
}

/**
 * Enqueue up to n pointers, several producers safe (RTS).
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mp_rts_enqueue_burst(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_rts_enqueue_burst_elem(
		r, obj_table, sizeof(uintptr_t), n, free_space);
}

/**
 * Dequeue up to n pointers, several consumers safe (RTS).
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mc_rts_dequeue_burst(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return rte_ring_mc_rts_dequeue_burst_elem(
		r, obj_table, sizeof(uintptr_t), n, available);
}

/**
 * Largest head/tail distance of an RTS producer side: an enqueue
 * waits while the producers' head is further than this ahead of their
 * tail.
 *
 * @param r  The ring.
 * @return The distance, or UINT32_MAX if the producer side is not RTS.
 */
static inline uint32_t
rte_ring_get_prod_htd_max(const struct rte_ring *r)
{
	if (r->prod.sync_type != RTE_RING_SYNC_MT_RTS)
		return UINT32_MAX;
	return __atomic_load_n(&r->rts_prod.htd_max, __ATOMIC_RELAXED);
}

/**
 * Set the largest head/tail distance of an RTS producer side. Smaller
 * values keep the tail closer to the head (consumers see objects
 * sooner) at the cost of more waiting among producers. Set it before
 * the ring is in use.
 *
 * @param r  The ring.
 * @param v  The distance.
 * @return 0, or -ENOTSUP if the producer side is not RTS.
 */
static inline int
rte_ring_set_prod_htd_max(struct rte_ring *r, uint32_t v)
{
	if (r->prod.sync_type != RTE_RING_SYNC_MT_RTS)
		return -ENOTSUP;
	__atomic_store_n(&r->rts_prod.htd_max, v, __ATOMIC_RELAXED);
	return 0;
}

/**
 * Largest head/tail distance of an RTS consumer side.
 *
 * @param r  The ring.
 * @return The distance, or UINT32_MAX if the consumer side is not RTS.
 */
static inline uint32_t
rte_ring_get_cons_htd_max(const struct rte_ring *r)
{
	if (r->cons.sync_type != RTE_RING_SYNC_MT_RTS)
		return UINT32_MAX;
	return __atomic_load_n(&r->rts_cons.htd_max, __ATOMIC_RELAXED);
}

/**
 * Set the largest head/tail distance of an RTS consumer side. Set it
 * before the ring is in use.
 *
 * @param r  The ring.
 * @param v  The distance.
 * @return 0, or -ENOTSUP if the consumer side is not RTS.
 */
static inline int
rte_ring_set_cons_htd_max(struct rte_ring *r, uint32_t v)
{
	if (r->cons.sync_type != RTE_RING_SYNC_MT_RTS)
		return -ENOTSUP;
	__atomic_store_n(&r->rts_cons.htd_max, v, __ATOMIC_RELAXED);
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_RTS_H_ */
