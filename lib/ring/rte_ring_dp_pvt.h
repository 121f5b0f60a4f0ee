/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_DP_PVT_H_
#define _RTE_RING_DP_PVT_H_

/**
 * @file
 * The inline fast path of RING_F_DEAD_PEER rings (rte_ring_dp.h). Not
 * an API: include rte_ring_dp.h.
 *
 * The common case (the thread has its record, the reservation fits, no
 * tail or head to wait for, no empty slot met) runs here: the record
 * stores around the head and tail moves and, for an enqueue, the mark
 * of its copy done. Everything else (claiming a record,
 * test hooks, a full or empty ring, waiting, empty slots) calls into
 * rte_ring_dp.c, where the ordering and recovery argument is written
 * down; what this file does is the part of it marked "fast path" there.
 */

#include <stdint.h>
#include <string.h>

#include <rte_common.h>
#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>
#include <rte_ring_hts_elem_pvt.h>
#include <rte_ring_rts_elem_pvt.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @cond INTERNAL */

#define __RTE_RING_DP_PROD 0u
#define __RTE_RING_DP_CONS 1u
/* The other side's mode is read from the ring (see __rte_ring_dp_tail). */
#define __RTE_RING_DP_ANY_MODE (-1)

/*
 * The reservation a thread has in flight, or none (ring_side 0), in
 * the table every process maps (layout checked at attach).
 */
struct rte_ring_dp_record {
	volatile uint64_t owner; /* owner id of the claiming process, 0 free */
	volatile uintptr_t ring_side; /* ring address | side; 0 when idle */
	volatile uint32_t old; /* head value its head move compares with */
	/*
	 * An MT or MT_HTS enqueue's count from when its objects are all in
	 * their slots to just before its tail move, else 0 (rte_ring_dp.c
	 * trusts a dead enqueue's slots only while it is set).
	 */
	volatile uint32_t copied;
} __rte_cache_aligned;

/*
 * The calling thread's record while it may take the fast path; NULL
 * before it claimed one and while a test hook is set for it
 * (rte_ring_dp.c keeps both). Initial-exec: one load, no call.
 */
extern __thread struct rte_ring_dp_record *__rte_ring_dp_fast
	__attribute__((tls_model("initial-exec")));

/* The whole operation, out of line: claims, hooks, full/empty, holes. */
unsigned int __rte_ring_dp_enqueue_slow(struct rte_ring *r,
	void *const *obj_table, unsigned int n, unsigned int *free_space);
unsigned int __rte_ring_dp_dequeue_slow(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int *available);
/* A dequeue of n slots some of which were empty: finish or undo it. */
unsigned int __rte_ring_dp_dequeue_holes(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int room, unsigned int *available);
/*
 * The end of an MT enqueue (dequeue) of [old, old + n) whose tail move
 * must wait for earlier reservations: wait (finishing for dead owners),
 * move the tail, clear the record, and return what the inline code
 * would have returned. Called in tail position, so that the inline code
 * keeps nothing across a call (no registers to save on its way).
 */
unsigned int __rte_ring_dp_enqueue_finish(struct rte_ring *r, uint32_t old,
	unsigned int n, unsigned int room, unsigned int *free_space);
unsigned int
__rte_ring_dp_dequeue_finish(struct rte_ring *r, void **obj_table, uint32_t old,
	unsigned int n, unsigned int room, unsigned int *available);
/* Waits that finish for dead owners when they last too long. */
void
__rte_ring_dp_wait_tail(struct rte_ring *r, unsigned int side, uint32_t old);
uint64_t __rte_ring_dp_rts_head_wait(struct rte_ring *r, unsigned int side);
uint64_t __rte_ring_dp_hts_head_wait(struct rte_ring *r, unsigned int side);

/*
 * The published tail of one side (acquire), whose mode is a constant
 * or __RTE_RING_DP_ANY_MODE.
 */
static __rte_always_inline uint32_t
__rte_ring_dp_tail(const struct rte_ring *r, unsigned int side, int mode)
{
	union __rte_ring_rts_poscnt t;
	union __rte_ring_hts_pos p;

	if (mode == __RTE_RING_DP_ANY_MODE)
		return side == __RTE_RING_DP_PROD
			? __rte_ring_prod_tail(r, __ATOMIC_ACQUIRE)
			: __rte_ring_cons_tail(r, __ATOMIC_ACQUIRE);
	switch (mode) {
	case RTE_RING_SYNC_MT_RTS:
		t.raw = __atomic_load_n(
			side ? &r->rts_cons.tail.raw : &r->rts_prod.tail.raw,
			__ATOMIC_ACQUIRE);
		return t.val.pos;
	case RTE_RING_SYNC_MT_HTS:
		p.raw = __atomic_load_n(
			side ? &r->hts_cons.ht.raw : &r->hts_prod.ht.raw,
			__ATOMIC_ACQUIRE);
		return p.pos.tail;
	default:
		return __atomic_load_n(
			side ? &r->cons.tail : &r->prod.tail, __ATOMIC_ACQUIRE);
	}
}

/* Free room (producer) or entries (consumer) from a head value on. */
static __rte_always_inline uint32_t
__rte_ring_dp_room(
	const struct rte_ring *r, unsigned int side, uint32_t head, int other)
{
	if (side == __RTE_RING_DP_PROD)
		return r->capacity +
			__rte_ring_dp_tail(r, __RTE_RING_DP_CONS, other) - head;
	return __rte_ring_dp_tail(r, __RTE_RING_DP_PROD, other) - head;
}

/*
 * The record names the start of the head move about to be tried.
 * Releases (plain stores on x86): a finisher that reads either value
 * with acquire then sees this thread's claim of the record in its
 * owner, so it never mixes them with a dead former owner's.
 */
static __rte_always_inline void
__rte_ring_dp_note(struct rte_ring_dp_record *f, uintptr_t tag, uint32_t old)
{
	__atomic_store_n(&f->old, old, __ATOMIC_RELEASE);
	__atomic_store_n(&f->ring_side, tag, __ATOMIC_RELEASE);
}

/*
 * An enqueue's n objects are in their slots: release, so that whoever
 * reads the mark with acquire sees them there.
 */
static __rte_always_inline void
__rte_ring_dp_mark_copied(struct rte_ring_dp_record *f, uint32_t n)
{
	__atomic_store_n(&f->copied, n, __ATOMIC_RELEASE);
}

/*
 * The mark goes just before the tail move (a release, which orders it
 * first): no record outlives its reservation with a mark set.
 */
static __rte_always_inline void
__rte_ring_dp_unmark(struct rte_ring_dp_record *f)
{
	__atomic_store_n(&f->copied, 0, __ATOMIC_RELAXED);
}

/* Idle again: after the tail move (release orders it after). */
static __rte_always_inline void
__rte_ring_dp_clear(struct rte_ring_dp_record *f)
{
	__atomic_store_n(&f->ring_side, 0, __ATOMIC_RELEASE);
}

/*
 * Reserve n slots on one side in the given mode (all or none), the
 * record noted before each head CAS; other is the other side's mode.
 * Returns n with *old the start, or 0 with the record cleared; *room
 * is the room (entries) seen before. A head that must be waited for
 * (RTS: too far ahead of the tail; HTS: an operation in flight) is
 * waited for out of line, where dead owners are finished, if may_wait;
 * else 0 is returned (the inline code then goes the out-of-line way),
 * as it is then after a failed head CAS.
 */
static __rte_always_inline uint32_t
__rte_ring_dp_reserve(struct rte_ring *r, unsigned int side,
	struct rte_ring_dp_record *f, uint32_t n, uint32_t *old, uint32_t *room,
	enum rte_ring_sync_type mode, int other, int may_wait)
{
	const uintptr_t tag = (uintptr_t)r | side;
	union __rte_ring_rts_poscnt oh, nh, t;
	union __rte_ring_hts_pos op, np;
	volatile uint32_t *head;
	uint32_t o;

	switch (mode) {
	case RTE_RING_SYNC_MT_RTS: {
		struct rte_ring_rts_headtail *ht =
			side ? &r->rts_cons : &r->rts_prod;

		for (;;) {
			oh.raw = __atomic_load_n(
				&ht->head.raw, __ATOMIC_ACQUIRE);
			t.raw = __atomic_load_n(
				&ht->tail.raw, __ATOMIC_RELAXED);
			if (unlikely(oh.val.pos - t.val.pos >
				    __atomic_load_n(
					    &ht->htd_max, __ATOMIC_RELAXED))) {
				if (!may_wait)
					return 0; /* the record is clear */
				oh.raw = __rte_ring_dp_rts_head_wait(r, side);
			}
			__rte_ring_dp_note(f, tag, oh.val.pos);
			*room = __rte_ring_dp_room(r, side, oh.val.pos, other);
			if (unlikely(*room < n))
				break;
			nh.val.pos = oh.val.pos + n;
			nh.val.cnt = oh.val.cnt + 1;
			if (likely(__atomic_compare_exchange_n(&ht->head.raw,
				    &oh.raw, nh.raw, 0, __ATOMIC_RELEASE,
				    __ATOMIC_RELAXED))) {
				*old = oh.val.pos;
				return n;
			}
			/* No stale record while it may wait on htd_max. */
			__rte_ring_dp_clear(f);
			if (!may_wait)
				return 0; /* the retries go out of line */
		}
		break;
	}
	case RTE_RING_SYNC_MT_HTS: {
		struct rte_ring_hts_headtail *ht =
			side ? &r->hts_cons : &r->hts_prod;

		for (;;) {
			op.raw = __atomic_load_n(&ht->ht.raw, __ATOMIC_ACQUIRE);
			if (unlikely(op.pos.head != op.pos.tail)) {
				if (!may_wait)
					return 0; /* the record is clear */
				op.raw = __rte_ring_dp_hts_head_wait(r, side);
			}
			__rte_ring_dp_note(f, tag, op.pos.head);
			*room = __rte_ring_dp_room(r, side, op.pos.head, other);
			if (unlikely(*room < n))
				break;
			np.pos.tail = op.pos.tail;
			np.pos.head = op.pos.head + n;
			if (likely(__atomic_compare_exchange_n(&ht->ht.raw,
				    &op.raw, np.raw, 0, __ATOMIC_RELEASE,
				    __ATOMIC_RELAXED))) {
				*old = op.pos.head;
				return n;
			}
			/* No stale record while it waits for head == tail. */
			__rte_ring_dp_clear(f);
			if (!may_wait)
				return 0; /* the retries go out of line */
		}
		break;
	}
	default:
		head = side ? &r->cons.head : &r->prod.head;
		o = __atomic_load_n(head, __ATOMIC_ACQUIRE);
		for (;;) {
			__rte_ring_dp_note(f, tag, o);
			*room = __rte_ring_dp_room(r, side, o, other);
			if (unlikely(*room < n))
				break;
			/* Failure acquires: the next room is no older. */
			if (likely(__atomic_compare_exchange_n(head, &o, o + n,
				    0, __ATOMIC_RELEASE, __ATOMIC_ACQUIRE))) {
				*old = o;
				return n;
			}
			/* Inline, no loop: fewer registers on the way. */
			if (!may_wait)
				break;
		}
		break;
	}
	__rte_ring_dp_clear(f);
	return 0;
}

/* Move this side's tail past [old, old + n), then clear the record. */
static __rte_always_inline void
__rte_ring_dp_publish(struct rte_ring *r, unsigned int side,
	struct rte_ring_dp_record *f, uint32_t old, uint32_t n,
	enum rte_ring_sync_type mode)
{
	volatile uint32_t *tail;

	switch (mode) {
	case RTE_RING_SYNC_MT_RTS:
		__rte_ring_rts_update_tail(side ? &r->rts_cons : &r->rts_prod);
		break;
	case RTE_RING_SYNC_MT_HTS:
		if (side == __RTE_RING_DP_PROD)
			__rte_ring_dp_unmark(f);
		__rte_ring_hts_update_tail(
			side ? &r->hts_cons : &r->hts_prod, old, n);
		break;
	default:
		/* As __rte_ring_update_tail; a long wait finishes for dead. */
		tail = side ? &r->cons.tail : &r->prod.tail;
		if (unlikely(__atomic_load_n(tail, __ATOMIC_ACQUIRE) != old))
			__rte_ring_dp_wait_tail(r, side, old);
		if (side == __RTE_RING_DP_PROD)
			__rte_ring_dp_unmark(f);
		__atomic_store_n(tail, old + n, __ATOMIC_RELEASE);
		break;
	}
	__rte_ring_dp_clear(f);
}

/*
 * Whether dequeues clear the slots they read: only under an MT_RTS
 * producer side, whose finisher cannot tell a dead enqueue's slots
 * from finished ones by their records (rte_ring_dp.c, "Slots"). prod
 * is the producer side's mode or __RTE_RING_DP_ANY_MODE.
 */
static __rte_always_inline int
__rte_ring_dp_clears(const struct rte_ring *r, int prod)
{
	if (prod == __RTE_RING_DP_ANY_MODE)
		return r->prod.sync_type == RTE_RING_SYNC_MT_RTS;
	return prod == RTE_RING_SYNC_MT_RTS;
}

/*
 * Copy n pointers out of the slots from old on and, if clear, write
 * NULL into each slot read in the same pass (four at a time for vector
 * moves).
 */
static __rte_always_inline void
__rte_ring_dp_take(struct rte_ring *r, uint32_t old, void **obj_table,
	uint32_t n, int clear)
{
	void **slots = (void **)&r[1];
	const uint32_t idx = old & r->mask;
	uint32_t i = 0, j;

	if (!clear) {
		if (n == 1)
			obj_table[0] = slots[idx];
		else
			__rte_ring_copy_out(
				r, old, obj_table, sizeof(void *), n);
		return;
	}
	if (n == 1) {
		obj_table[0] = slots[idx];
		slots[idx] = NULL;
		return;
	}
	if (likely(idx + n <= r->size)) {
		void **s = slots + idx;

		for (; i + 4 <= n; i += 4) {
			memcpy(obj_table + i, s + i, 4 * sizeof(void *));
			memset(s + i, 0, 4 * sizeof(void *));
		}
		for (; i < n; i++) {
			obj_table[i] = s[i];
			s[i] = NULL;
		}
		return;
	}
	for (; i < n; i++) {
		j = (idx + i) & r->mask;
		obj_table[i] = slots[j];
		slots[j] = NULL;
	}
}

/* Whether any of n dequeued pointers is NULL (no early exit). */
static __rte_always_inline int
__rte_ring_dp_any_null(void *const *obj_table, uint32_t n)
{
	int h = 0;
	uint32_t i;

	for (i = 0; i < n; i++)
		h |= obj_table[i] == NULL;
	return h;
}

/*
 * Enqueue n pointers or none on a RING_F_DEAD_PEER ring whose producer
 * side is in mode and consumer side in cons (a mode or
 * __RTE_RING_DP_ANY_MODE).
 */
static __rte_always_inline unsigned int
__rte_ring_dp_do_enqueue(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space, enum rte_ring_sync_type mode,
	int cons)
{
	struct rte_ring_dp_record *f = __rte_ring_dp_fast;
	uint32_t old, room;

	if (unlikely(f == NULL || n == 0) ||
		unlikely(__rte_ring_dp_reserve(r, __RTE_RING_DP_PROD, f, n,
				 &old, &room, mode, cons, 0) == 0))
		return __rte_ring_dp_enqueue_slow(r, obj_table, n, free_space);
	if (n == 1)
		((void **)&r[1])[old & r->mask] = obj_table[0];
	else
		__rte_ring_copy_in(r, old, obj_table, sizeof(void *), n);
	/* No MT_RTS finisher uses it: see __rte_ring_dp_clears(). */
	if (mode != RTE_RING_SYNC_MT_RTS)
		__rte_ring_dp_mark_copied(f, n);
	if (mode == RTE_RING_SYNC_MT) {
		if (unlikely(__atomic_load_n(&r->prod.tail, __ATOMIC_ACQUIRE) !=
			    old))
			return __rte_ring_dp_enqueue_finish(
				r, old, n, room, free_space);
		__rte_ring_dp_unmark(f);
		__atomic_store_n(&r->prod.tail, old + n, __ATOMIC_RELEASE);
		__rte_ring_dp_clear(f);
	} else {
		__rte_ring_dp_publish(r, __RTE_RING_DP_PROD, f, old, n, mode);
	}
	if (free_space != NULL)
		*free_space = room - n;
	return n;
}

/*
 * Dequeue n pointers or none from a RING_F_DEAD_PEER ring whose
 * consumer side is in mode and producer side in prod. Empty slots can
 * only be met once a dead producer's were published (dp.holes set
 * before the tail move that published them, which the room read
 * acquired), so the NULL test runs only then.
 */
static __rte_always_inline unsigned int
__rte_ring_dp_do_dequeue(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available, enum rte_ring_sync_type mode, int prod)
{
	struct rte_ring_dp_record *f = __rte_ring_dp_fast;
	uint32_t old, room;

	if (unlikely(f == NULL || n == 0) ||
		unlikely(__rte_ring_dp_reserve(r, __RTE_RING_DP_CONS, f, n,
				 &old, &room, mode, prod, 0) == 0))
		return __rte_ring_dp_dequeue_slow(r, obj_table, n, available);
	__rte_ring_dp_take(r, old, obj_table, n, __rte_ring_dp_clears(r, prod));
	if (mode == RTE_RING_SYNC_MT) {
		if (unlikely(__atomic_load_n(&r->cons.tail, __ATOMIC_ACQUIRE) !=
			    old))
			return __rte_ring_dp_dequeue_finish(
				r, obj_table, old, n, room, available);
		__atomic_store_n(&r->cons.tail, old + n, __ATOMIC_RELEASE);
		__rte_ring_dp_clear(f);
	} else {
		__rte_ring_dp_publish(r, __RTE_RING_DP_CONS, f, old, n, mode);
	}
	if (unlikely(__atomic_load_n(&r->dp.holes, __ATOMIC_RELAXED) != 0) &&
		__rte_ring_dp_any_null(obj_table, n))
		return __rte_ring_dp_dequeue_holes(
			r, obj_table, n, room - n, available);
	if (available != NULL)
		*available = room - n;
	return n;
}

/** @endcond */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_DP_PVT_H_ */
