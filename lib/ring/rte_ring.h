/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_H_
#define _RTE_RING_H_

/**
 * @file
 * rte_ring: a fixed-size, lock-free FIFO of pointers (or, through
 * rte_ring_elem.h, of objects of any multiple of 4 bytes).
 *
 * Each side (producers, consumers) has one of four sync modes: MT
 * (mp, mc: a compare-and-swap claims slots, tails move in reservation
 * order), ST (sp, sc: one thread, a plain store claims slots), MT_RTS
 * (relaxed tail sync, rte_ring_rts.h) or MT_HTS (one operation at a
 * time, rte_ring_hts.h). The flags given at creation choose the mode,
 * and so what the unprefixed calls do. ST and MT_HTS sides also offer
 * the peek (rte_ring_peek.h) and zero-copy (rte_ring_peek_zc.h) APIs. Rings created with rte_ring_create() live in a
 * memzone and are registered by name, so a secondary process finds
 * them with rte_ring_lookup() and may produce or consume on them.
 *
 * MT mode is not preemption safe: a thread descheduled between
 * reserving and publishing makes the other threads of its side wait
 * for it. RTS mode lets them go on, up to a head/tail distance.
 */

#include <rte_ring_core.h>
#include <rte_ring_elem.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Bytes needed for a ring of count pointers.
 *
 * @param count  Slot count, a power of two no larger than
 *   RTE_RING_SZ_MASK.
 * @return The size, or -EINVAL if count is not valid.
 */
ssize_t rte_ring_get_memsize(unsigned int count);

/**
 * Initialise a pointer ring in memory the caller provides
 * (rte_ring_get_memsize(count) bytes, cache-line aligned). The ring is
 * not registered: rte_ring_lookup() does not find it and
 * rte_ring_free() refuses it.
 *
 * @param r  The memory.
 * @param name  Ring name, shorter than RTE_RING_NAMESIZE.
 * @param count  Slot count: a power of two (capacity count - 1), or
 *   with RING_F_EXACT_SZ the capacity itself.
 * @param flags  As for rte_ring_create_elem().
 * @return 0, -EINVAL (bad count, flags or NULL argument) or
 *   -ENAMETOOLONG.
 */
int rte_ring_init(struct rte_ring *r, const char *name, unsigned int count,
	unsigned int flags);

/**
 * Create a pointer ring in a memzone and register it by name.
 *
 * @param name  Ring name, shorter than RTE_RING_NAMESIZE.
 * @param count  Slot count: a power of two (capacity count - 1), or
 *   with RING_F_EXACT_SZ the capacity itself.
 * @param socket_id  NUMA socket or SOCKET_ID_ANY.
 * @param flags  As for rte_ring_create_elem().
 * @return The ring, or NULL with rte_errno set as for
 *   rte_ring_create_elem().
 */
struct rte_ring *rte_ring_create(const char *name, unsigned int count,
	int socket_id, unsigned int flags);

/**
 * Unregister a ring made by rte_ring_create() and free its memzone.
 * NULL is ignored; a ring made by rte_ring_init() is refused with a
 * log line.
 *
 * @param r  The ring.
 */
void rte_ring_free(struct rte_ring *r);

/**
 * Print a ring's state.
 *
 * @param f  Output stream.
 * @param r  The ring.
 */
void rte_ring_dump(FILE *f, const struct rte_ring *r);

/**
 * Enqueue n pointers, several producers safe. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_mp_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_enqueue_bulk_elem(
		r, obj_table, sizeof(void *), n, free_space);
}

/**
 * Enqueue n pointers, one producer at a time. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_sp_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_sp_enqueue_bulk_elem(
		r, obj_table, sizeof(void *), n, free_space);
}

/**
 * Enqueue n pointers in the ring's default producer mode. All or
 * nothing.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_enqueue_bulk_elem(
		r, obj_table, sizeof(void *), n, free_space);
}

/**
 * Enqueue one pointer, several producers safe.
 *
 * @param r  The ring.
 * @param obj  The pointer.
 * @return 0, or -ENOBUFS if the ring is full.
 */
static __rte_always_inline int
rte_ring_mp_enqueue(struct rte_ring *r, void *obj)
{
	return rte_ring_mp_enqueue_elem(r, &obj, sizeof(void *));
}

/**
 * Enqueue one pointer, one producer at a time.
 *
 * @param r  The ring.
 * @param obj  The pointer.
 * @return 0, or -ENOBUFS if the ring is full.
 */
static __rte_always_inline int
rte_ring_sp_enqueue(struct rte_ring *r, void *obj)
{
	return rte_ring_sp_enqueue_elem(r, &obj, sizeof(void *));
}

/**
 * Enqueue one pointer in the ring's default producer mode.
 *
 * @param r  The ring.
 * @param obj  The pointer.
 * @return 0, or -ENOBUFS if the ring is full.
 */
static __rte_always_inline int
rte_ring_enqueue(struct rte_ring *r, void *obj)
{
	return rte_ring_enqueue_elem(r, &obj, sizeof(void *));
}

/**
 * Dequeue n pointers, several consumers safe. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_mc_dequeue_bulk(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	return rte_ring_mc_dequeue_bulk_elem(
		r, obj_table, sizeof(void *), n, available);
}

/**
 * Dequeue n pointers, one consumer at a time. All or nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_sc_dequeue_bulk(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	return rte_ring_sc_dequeue_bulk_elem(
		r, obj_table, sizeof(void *), n, available);
}

/**
 * Dequeue n pointers in the ring's default consumer mode. All or
 * nothing.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_bulk(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	return rte_ring_dequeue_bulk_elem(
		r, obj_table, sizeof(void *), n, available);
}

/**
 * Dequeue one pointer, several consumers safe.
 *
 * @param r  The ring.
 * @param obj_p  Where to store the pointer.
 * @return 0, or -ENOENT if the ring is empty.
 */
static __rte_always_inline int
rte_ring_mc_dequeue(struct rte_ring *r, void **obj_p)
{
	return rte_ring_mc_dequeue_elem(r, obj_p, sizeof(void *));
}

/**
 * Dequeue one pointer, one consumer at a time.
 *
 * @param r  The ring.
 * @param obj_p  Where to store the pointer.
 * @return 0, or -ENOENT if the ring is empty.
 */
static __rte_always_inline int
rte_ring_sc_dequeue(struct rte_ring *r, void **obj_p)
{
	return rte_ring_sc_dequeue_elem(r, obj_p, sizeof(void *));
}

/**
 * Dequeue one pointer in the ring's default consumer mode.
 *
 * @param r  The ring.
 * @param obj_p  Where to store the pointer.
 * @return 0, or -ENOENT if the ring is empty.
 */
static __rte_always_inline int
rte_ring_dequeue(struct rte_ring *r, void **obj_p)
{
	return rte_ring_dequeue_elem(r, obj_p, sizeof(void *));
}

/**
 * Empty a ring. Not thread safe: nobody may use the ring meanwhile.
 *
 * @param r  The ring.
 */
void rte_ring_reset(struct rte_ring *r);

/**
 * Number of objects in a ring (a snapshot when others are using it).
 *
 * @param r  The ring.
 * @return The count, at most the capacity.
 */
static inline unsigned int
rte_ring_count(const struct rte_ring *r)
{
	uint32_t prod_tail = __rte_ring_prod_tail(r, __ATOMIC_RELAXED);
	uint32_t cons_tail = __rte_ring_cons_tail(r, __ATOMIC_RELAXED);
	uint32_t count = (prod_tail - cons_tail) & r->mask;

	/* Two unsynchronised loads may pair a new prod with an old cons. */
	return (count > r->capacity) ? r->capacity : count;
}

/**
 * Room left in a ring (a snapshot when others are using it).
 *
 * @param r  The ring.
 * @return The free room.
 */
static inline unsigned int
rte_ring_free_count(const struct rte_ring *r)
{
	return r->capacity - rte_ring_count(r);
}

/**
 * Tell whether a ring is full.
 *
 * @param r  The ring.
 * @return 1 if full, 0 otherwise.
 */
static inline int
rte_ring_full(const struct rte_ring *r)
{
	return rte_ring_free_count(r) == 0;
}

/**
 * Tell whether a ring is empty.
 *
 * @param r  The ring.
 * @return 1 if empty, 0 otherwise.
 */
static inline int
rte_ring_empty(const struct rte_ring *r)
{
	uint32_t prod_tail = __rte_ring_prod_tail(r, __ATOMIC_RELAXED);
	uint32_t cons_tail = __rte_ring_cons_tail(r, __ATOMIC_RELAXED);

	return cons_tail == prod_tail;
}

/**
 * Number of slots of a ring (a power of two).
 *
 * @param r  The ring.
 * @return The size.
 */
static inline unsigned int
rte_ring_get_size(const struct rte_ring *r)
{
	return r->size;
}

/**
 * Number of objects a ring can hold.
 *
 * @param r  The ring.
 * @return The capacity.
 */
static inline unsigned int
rte_ring_get_capacity(const struct rte_ring *r)
{
	return r->capacity;
}

/**
 * Producer mode of a ring.
 *
 * @param r  The ring.
 * @return RTE_RING_SYNC_MT, RTE_RING_SYNC_ST, RTE_RING_SYNC_MT_RTS or
 *   RTE_RING_SYNC_MT_HTS.
 */
static inline enum rte_ring_sync_type
rte_ring_get_prod_sync_type(const struct rte_ring *r)
{
	return r->prod.sync_type;
}

/**
 * Tell whether a ring's default producer mode is single-producer.
 *
 * @param r  The ring.
 * @return 1 if so, 0 otherwise.
 */
static inline int
rte_ring_is_prod_single(const struct rte_ring *r)
{
	return rte_ring_get_prod_sync_type(r) == RTE_RING_SYNC_ST;
}

/**
 * Consumer mode of a ring.
 *
 * @param r  The ring.
 * @return RTE_RING_SYNC_MT, RTE_RING_SYNC_ST, RTE_RING_SYNC_MT_RTS or
 *   RTE_RING_SYNC_MT_HTS.
 */
static inline enum rte_ring_sync_type
rte_ring_get_cons_sync_type(const struct rte_ring *r)
{
	return r->cons.sync_type;
}

/**
 * Tell whether a ring's default consumer mode is single-consumer.
 *
 * @param r  The ring.
 * @return 1 if so, 0 otherwise.
 */
static inline int
rte_ring_is_cons_single(const struct rte_ring *r)
{
	return rte_ring_get_cons_sync_type(r) == RTE_RING_SYNC_ST;
}

/**
 * Print every registered ring.
 *
 * @param f  Output stream.
 */
void rte_ring_list_dump(FILE *f);

/**
 * Find a ring by name (in any process attached to the same memory).
 *
 * @param name  The name.
 * @return The ring, or NULL with rte_errno = ENOENT (EINVAL if name is
 *   NULL).
 */
struct rte_ring *rte_ring_lookup(const char *name);

/**
 * Enqueue up to n pointers, several producers safe.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mp_enqueue_burst(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_mp_enqueue_burst_elem(
		r, obj_table, sizeof(void *), n, free_space);
}

/**
 * Enqueue up to n pointers, one producer at a time.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_sp_enqueue_burst(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_sp_enqueue_burst_elem(
		r, obj_table, sizeof(void *), n, free_space);
}

/**
 * Enqueue up to n pointers in the ring's default producer mode.
 *
 * @param r  The ring.
 * @param obj_table  The pointers.
 * @param n  How many.
 * @param free_space  If not NULL, set to the room left afterwards.
 * @return How many were enqueued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_enqueue_burst(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	return rte_ring_enqueue_burst_elem(
		r, obj_table, sizeof(void *), n, free_space);
}

/**
 * Dequeue up to n pointers, several consumers safe.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_mc_dequeue_burst(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	return rte_ring_mc_dequeue_burst_elem(
		r, obj_table, sizeof(void *), n, available);
}

/**
 * Dequeue up to n pointers, one consumer at a time.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_sc_dequeue_burst(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	return rte_ring_sc_dequeue_burst_elem(
		r, obj_table, sizeof(void *), n, available);
}

/**
 * Dequeue up to n pointers in the ring's default consumer mode.
 *
 * @param r  The ring.
 * @param obj_table  Room for n pointers.
 * @param n  How many.
 * @param available  If not NULL, set to the objects left afterwards.
 * @return How many were dequeued, 0 to n.
 */
static __rte_always_inline unsigned int
rte_ring_dequeue_burst(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	return rte_ring_dequeue_burst_elem(
		r, obj_table, sizeof(void *), n, available);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_H_ */
