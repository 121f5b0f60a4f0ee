/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_ELEM_H_
#define _RTE_RING_ELEM_H_

/**
 * @file
 * Rings of objects of any size that is a multiple of 4 bytes (32-bit
 * indices, pointers, 16-byte descriptors, ...). The esize argument of
 * every call must be the size the ring was created with.
 *
 * Naming: mp/sp = multi/single producer, mc/sc = multi/single
 * consumer, mp_rts/mc_rts and mp_hts/mc_hts = the RTS and HTS
 * multi-thread modes (rte_ring_rts.h, rte_ring_hts.h), no prefix = the
 * mode chosen when the ring was created.
 * _bulk moves all n objects or none; _burst moves as many as it can.
 */

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>
#include <rte_ring_hts.h>
#include <rte_ring_rts.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Bytes needed for a ring of count objects of esize bytes.
 *
 * @param esize  Object size, a multiple of 4.
 * @param count  Slot count, a power of two no larger than
 *   RTE_RING_SZ_MASK.
 * @return The size, or -EINVAL if esize or count is not valid.
 */
ssize_t rte_ring_get_memsize_elem(unsigned int esize, unsigned int count);

/**
 * Create a ring of objects of esize bytes in a memzone and register it
 * so that rte_ring_lookup() finds it from any process.
 *
 * @param name  Ring name, shorter than RTE_RING_NAMESIZE.
 * @param esize  Object size, a multiple of 4.
 * @param count  Slot count: a power of two (capacity count - 1), or
 *   with RING_F_EXACT_SZ the capacity itself.
 * @param socket_id  NUMA socket or SOCKET_ID_ANY.
 * @param flags  At most one producer mode (RING_F_SP_ENQ,
 *   RING_F_MP_RTS_ENQ, RING_F_MP_HTS_ENQ; none = MT), at most one
 *   consumer mode (RING_F_SC_DEQ, RING_F_MC_RTS_DEQ, RING_F_MC_HTS_DEQ;
 *   none = MT), and RING_F_EXACT_SZ.
 * @return The ring, or NULL with rte_errno set:
 *   - EINVAL: bad esize, count or flags (two modes for one side);
 *   - ENAMETOOLONG: name too long;
 *   - EEXIST: a memzone of that name exists;
 *   - ENOSPC: no memzone descriptor left;
 *   - ENOMEM: no memory;
 *   - E_RTE_NO_CONFIG: EAL not initialised.
 */
struct rte_ring *rte_ring_create_elem(const char *name, unsigned int esize,
	unsigned int count, int socket_id, unsigned int flags);

/**
 * Enqueue n objects, several producers safe. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_mp_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, 0, free_space);
}

/**
 * Enqueue n objects, one producer at a time. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_sp_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, 1, free_space);
}

/**
 * Enqueue n objects in the ring's default producer mode. All or
 * nothing.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_bulk_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_MT:
		return rte_ring_mp_enqueue_bulk_elem(
			r, obj_table, esize, n, free_space);
	case RTE_RING_SYNC_ST:
		return rte_ring_sp_enqueue_bulk_elem(
			r, obj_table, esize, n, free_space);
	case RTE_RING_SYNC_MT_RTS:
		return rte_ring_mp_rts_enqueue_bulk_elem(
			r, obj_table, esize, n, free_space);
	case RTE_RING_SYNC_MT_HTS:
		return rte_ring_mp_hts_enqueue_bulk_elem(
			r, obj_table, esize, n, free_space);
	}
	RTE_ASSERT(0);
	if (free_space != NULL)
		*free_space = 0;
	return 0;
}

/**
 * Enqueue one object, several producers safe.
 *
 * @param r  The ring.
 * @param obj  The object (esize bytes).
 * @param esize  Object size the ring was created with.
 * @return 0, or -ENOBUFS if the ring is full.
 */
static __rte_always_inline int
rte_ring_mp_enqueue_elem(struct rte_ring *r, void *obj, unsigned int esize)
{
	return rte_ring_mp_enqueue_bulk_elem(r, obj, esize, 1, NULL) ? 0
								     : -ENOBUFS;
}

/**
 * Enqueue one object, one producer at a time.
 *
 * @param r  The ring.
 * @param obj  The object (esize bytes).
 * @param esize  Object size the ring was created with.
 * @return 0, or -ENOBUFS if the ring is full.
 */
static __rte_always_inline int
rte_ring_sp_enqueue_elem(struct rte_ring *r, void *obj, unsigned int esize)
{
	return rte_ring_sp_enqueue_bulk_elem(r, obj, esize, 1, NULL) ? 0
								     : -ENOBUFS;
}

/**
 * Enqueue one object in the ring's default producer mode.
 *
 * @param r  The ring.
 * @param obj  The object (esize bytes).
 * @param esize  Object size the ring was created with.
 * @return 0, or -ENOBUFS if the ring is full.
 */
static __rte_always_inline int
rte_ring_enqueue_elem(struct rte_ring *r, void *obj, unsigned int esize)
{
	return rte_ring_enqueue_bulk_elem(r, obj, esize, 1, NULL) ? 0
								  : -ENOBUFS;
}

/**
 * Dequeue n objects, several consumers safe. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_mc_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, 0, available);
}

/**
 * Dequeue n objects, one consumer at a time. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_sc_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_FIXED, 1, available);
}

/**
 * Dequeue n objects in the ring's default consumer mode. All or
 * nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_bulk_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_MT:
		return rte_ring_mc_dequeue_bulk_elem(
			r, obj_table, esize, n, available);
	case RTE_RING_SYNC_ST:
		return rte_ring_sc_dequeue_bulk_elem(
			r, obj_table, esize, n, available);
	case RTE_RING_SYNC_MT_RTS:
		return rte_ring_mc_rts_dequeue_bulk_elem(
			r, obj_table, esize, n, available);
	case RTE_RING_SYNC_MT_HTS:
		return rte_ring_mc_hts_dequeue_bulk_elem(
			r, obj_table, esize, n, available);
	}
	RTE_ASSERT(0);
	if (available != NULL)
		*available = 0;
	return 0;
}

/**
 * Dequeue one object, several consumers safe.
 *
 * @param r  The ring.
 * @param obj_p  Room for one object (esize bytes).
 * @param esize  Object size the ring was created with.
 * @return 0, or -ENOENT if the ring is empty.
 */
static __rte_always_inline int
rte_ring_mc_dequeue_elem(struct rte_ring *r, void *obj_p, unsigned int esize)
{
	return rte_ring_mc_dequeue_bulk_elem(r, obj_p, esize, 1, NULL)
		? 0
		: -ENOENT;
}

/**
 * Dequeue one object, one consumer at a time.
 *
 * @param r  The ring.
 * @param obj_p  Room for one object (esize bytes).
 * @param esize  Object size the ring was created with.
 * @return 0, or -ENOENT if the ring is empty.
 */
static __rte_always_inline int
rte_ring_sc_dequeue_elem(struct rte_ring *r, void *obj_p, unsigned int esize)
{
	return rte_ring_sc_dequeue_bulk_elem(r, obj_p, esize, 1, NULL)
		? 0
		: -ENOENT;
}

/**
 * Dequeue one object in the ring's default consumer mode.
 *
 * @param r  The ring.
 * @param obj_p  Room for one object (esize bytes).
 * @param esize  Object size the ring was created with.
 * @return 0, or -ENOENT if the ring is empty.
 */
static __rte_always_inline int
rte_ring_dequeue_elem(struct rte_ring *r, void *obj_p, unsigned int esize)
{
	return rte_ring_dequeue_bulk_elem(r, obj_p, esize, 1, NULL) ? 0
								    : -ENOENT;
}

/**
 * Enqueue up to n objects, several producers safe.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mp_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, 0, free_space);
}

/**
 * Enqueue up to n objects, one producer at a time.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_sp_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	return __rte_ring_do_enqueue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, 1, free_space);
}

/**
 * Enqueue up to n objects in the ring's default producer mode.
 *
 * @param r  The ring.
 * @param obj_table  n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_burst_elem(struct rte_ring *r, const void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *free_space)
{
	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_MT:
		return rte_ring_mp_enqueue_burst_elem(
			r, obj_table, esize, n, free_space);
	case RTE_RING_SYNC_ST:
		return rte_ring_sp_enqueue_burst_elem(
			r, obj_table, esize, n, free_space);
	case RTE_RING_SYNC_MT_RTS:
		return rte_ring_mp_rts_enqueue_burst_elem(
			r, obj_table, esize, n, free_space);
	case RTE_RING_SYNC_MT_HTS:
		return rte_ring_mp_hts_enqueue_burst_elem(
			r, obj_table, esize, n, free_space);
	}
	RTE_ASSERT(0);
	if (free_space != NULL)
		*free_space = 0;
	return 0;
}

/**
 * Dequeue up to n objects, several consumers safe.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mc_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, 0, available);
}

/**
 * Dequeue up to n objects, one consumer at a time.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_sc_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	return __rte_ring_do_dequeue_elem(
		r, obj_table, esize, n, RTE_RING_QUEUE_VARIABLE, 1, available);
}

/**
 * Dequeue up to n objects in the ring's default consumer mode.
 *
 * @param r  The ring.
 * @param obj_table  Room for n objects of esize bytes.
 * @param esize  Object size the ring was created with.
 * @param n  Number of objects.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_burst_elem(struct rte_ring *r, void *obj_table,
	unsigned int esize, unsigned int n, unsigned int *available)
{
	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_MT:
		return rte_ring_mc_dequeue_burst_elem(
			r, obj_table, esize, n, available);
	case RTE_RING_SYNC_ST:
		return rte_ring_sc_dequeue_burst_elem(
			r, obj_table, esize, n, available);
	case RTE_RING_SYNC_MT_RTS:
		return rte_ring_mc_rts_dequeue_burst_elem(
			r, obj_table, esize, n, available);
	case RTE_RING_SYNC_MT_HTS:
		return rte_ring_mc_hts_dequeue_burst_elem(
			r, obj_table, esize, n, available);
	}
	RTE_ASSERT(0);
	if (available != NULL)
		*available = 0;
	return 0;
}

#ifdef __cplusplus
}
#endif

/* Programs that include only this header get these APIs too. */
#include <rte_ring_peek.h>
#include <rte_ring_peek_zc.h>
#include <rte_ring.h>

#endif /* _RTE_RING_ELEM_H_ */
