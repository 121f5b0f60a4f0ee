/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_DP_H_
#define _RTE_RING_DP_H_

/**
 * @file
 * Pointer rings that survive a dead peer (RING_F_DEAD_PEER): a process
 * killed at any instruction of an enqueue or dequeue never makes
 * another process wait for ever and never makes an object appear
 * twice. The mempool ring handlers use these rings for pools in shared
 * memory; plain rings keep the inline code of rte_ring.h unchanged.
 *
 * What is added to the inline MT/RTS/HTS code: a per-thread record of
 * the reservation in progress in a table every process maps (written
 * before the head moves, cleared after the tail moves), an MT or HTS
 * enqueue's mark in it from its copy to its tail move, the clear of
 * each slot dequeued (fused with its copy) only under an MT_RTS
 * producer side, and a test of the objects returned for NULL once the
 * ring has ever had empty slots published.
 * The functions named after a mode run inline (rte_ring_dp_pvt.h);
 * waiting, a full or empty ring and the first use by a thread go out
 * of line. A waiter that sees no progress for a while looks for the
 * live threads whose records name the reservations it waits for; the
 * slots no live thread can own are settled and the tail moved past
 * them (see rte_ring_dp.c):
 *  - a dead consumer's objects are lost to the ring (the dead process
 *    held them);
 *  - a dead producer's slots are published as they are if its record
 *    marks them all written, else written NULL (they may hold pointers
 *    handed out a lap before; under an MT_RTS producer side, whose
 *    dequeues clear each slot they read, they are published as they
 *    are), and dequeues skip NULL slots.
 *
 * One side may be ST (RING_F_SP_ENQ or RING_F_SC_DEQ): it has no record,
 * is never finished by others, and starts each operation at its own
 * tail, so its next user redoes a dead owner's reservation (a dead SC's
 * objects come out again, but for those it had cleared under an MT_RTS
 * producer side). It is used through
 * rte_ring_dp_enqueue_bulk() or rte_ring_dp_dequeue_bulk().
 *
 * Such a ring must only be used through the functions below (an
 * enqueue or dequeue of rte_ring.h has no record: a finisher would take
 * it for a dead one's),
 * must never hold NULL, and must be able to hold every object that
 * circulates through it (a dequeue that found empty slots and could
 * not complete puts back what it took).
 */

#include <rte_compat.h>
#include <rte_ring_core.h>
#include <rte_ring_dp_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Enqueue n pointers, or none, on a RING_F_DEAD_PEER ring.
 *
 * @param r  The ring.
 * @param obj_table  The pointers, none NULL.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left after the call.
 * @return n, or 0 if the ring lacks room for all of them.
 */
__rte_experimental unsigned int rte_ring_dp_enqueue_bulk(struct rte_ring *r,
	void *const *obj_table, unsigned int n, unsigned int *free_space);

/**
 * Dequeue n pointers, or none, from a RING_F_DEAD_PEER ring. Slots a
 * dead producer never wrote are skipped.
 *
 * @param r  The ring.
 * @param obj_table  Where to store them (n entries).
 * @param n  How many.
 * @param available  If not NULL, set to the entries left after the call.
 * @return n, or 0 if the ring holds fewer.
 */
__rte_experimental unsigned int rte_ring_dp_dequeue_bulk(struct rte_ring *r,
	void **obj_table, unsigned int n, unsigned int *available);

/**
 * Enqueue n pointers, or none, on a RING_F_DEAD_PEER ring whose
 * producer side is MT (inline). The other forms are those of
 * rte_ring_dp_enqueue_bulk().
 *
 * @param r  The ring.
 * @param obj_table  The pointers, none NULL.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left after the call.
 * @return n, or 0 if the ring lacks room for all of them.
 */
__rte_experimental static __rte_always_inline unsigned int
rte_ring_dp_mp_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return __rte_ring_dp_do_enqueue(r, obj_table, n, free_space,
		RTE_RING_SYNC_MT, __RTE_RING_DP_ANY_MODE);
}

/**
 * As rte_ring_dp_mp_enqueue_bulk(), producer side MT_RTS.
 *
 * @param r  The ring.
 * @param obj_table  The pointers, none NULL.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left after the call.
 * @return n, or 0 if the ring lacks room for all of them.
 */
__rte_experimental static __rte_always_inline unsigned int
rte_ring_dp_mp_rts_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return __rte_ring_dp_do_enqueue(r, obj_table, n, free_space,
		RTE_RING_SYNC_MT_RTS, __RTE_RING_DP_ANY_MODE);
}

/**
 * As rte_ring_dp_mp_enqueue_bulk(), producer side MT_HTS.
 *
 * @param r  The ring.
 * @param obj_table  The pointers, none NULL.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left after the call.
 * @return n, or 0 if the ring lacks room for all of them.
 */
__rte_experimental static __rte_always_inline unsigned int
rte_ring_dp_mp_hts_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return __rte_ring_dp_do_enqueue(r, obj_table, n, free_space,
		RTE_RING_SYNC_MT_HTS, __RTE_RING_DP_ANY_MODE);
}

/**
 * Dequeue n pointers, or none, from a RING_F_DEAD_PEER ring whose
 * consumer side is MT (inline). The other forms are those of
 * rte_ring_dp_dequeue_bulk(). Slots a dead producer never wrote are
 * skipped.
 *
 * @param r  The ring.
 * @param obj_table  Where to store them (n entries).
 * @param n  How many.
 * @param available  If not NULL, set to the entries left after the call.
 * @return n, or 0 if the ring holds fewer.
 */
__rte_experimental static __rte_always_inline unsigned int
rte_ring_dp_mc_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return __rte_ring_dp_do_dequeue(r, obj_table, n, available,
		RTE_RING_SYNC_MT, __RTE_RING_DP_ANY_MODE);
}

/**
 * As rte_ring_dp_mc_dequeue_bulk(), consumer side MT_RTS.
 *
 * @param r  The ring.
 * @param obj_table  Where to store them (n entries).
 * @param n  How many.
 * @param available  If not NULL, set to the entries left after the call.
 * @return n, or 0 if the ring holds fewer.
 */
__rte_experimental static __rte_always_inline unsigned int
rte_ring_dp_mc_rts_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return __rte_ring_dp_do_dequeue(r, obj_table, n, available,
		RTE_RING_SYNC_MT_RTS, __RTE_RING_DP_ANY_MODE);
}

/**
 * As rte_ring_dp_mc_dequeue_bulk(), consumer side MT_HTS.
 *
 * @param r  The ring.
 * @param obj_table  Where to store them (n entries).
 * @param n  How many.
 * @param available  If not NULL, set to the entries left after the call.
 * @return n, or 0 if the ring holds fewer.
 */
__rte_experimental static __rte_always_inline unsigned int
rte_ring_dp_mc_hts_dequeue_bulk(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available)
{
	return __rte_ring_dp_do_dequeue(r, obj_table, n, available,
		RTE_RING_SYNC_MT_HTS, __RTE_RING_DP_ANY_MODE);
}

/**
 * Pointers in a RING_F_DEAD_PEER ring, after finishing what dead
 * processes left stuck on either side.
 *
 * @param r  The ring.
 * @return The number of pointers a dequeue can get (empty slots left
 *   by a dead producer not counted).
 */
__rte_experimental unsigned int rte_ring_dp_count(struct rte_ring *r);

/**
 * Finish now whatever dead processes left stuck on either side of a
 * RING_F_DEAD_PEER ring (waiters do it by themselves after a while).
 *
 * @param r  The ring.
 * @return The number of slots whose reservation was finished for a
 *   dead process; 0 if none (or if live threads still own them).
 */
__rte_experimental unsigned int rte_ring_dp_recover(struct rte_ring *r);

/** @cond INTERNAL */
/** Test hook stage: after the head moved, before the slot copy. */
#define RTE_RING_DP_HOOK_RESERVED 1
/** Test hook stage: after the slot copy, before the tail moves. */
#define RTE_RING_DP_HOOK_COPIED 2

/**
 * Set a function every RING_F_DEAD_PEER enqueue (side 0) and dequeue
 * (side 1) of the calling thread calls at each stage, or NULL. For
 * tests that kill a process while it holds a reservation (its
 * operations then all go the out-of-line way).
 */
__rte_internal void rte_ring_dp_set_test_hook(
	void (*fn)(struct rte_ring *r, unsigned int side, unsigned int stage));
/** @endcond */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_DP_H_ */
