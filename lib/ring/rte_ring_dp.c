/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * RING_F_DEAD_PEER rings (rte_ring_dp.h): the enqueue, dequeue and
 * count of a ring whose MT, MT_RTS and MT_HTS sides survive a process
 * killed at any instruction, and the table of in-flight records that
 * makes it possible. One side may be ST (ring_mp_sc, ring_sp_mc): see
 * "ST sides" below. The slot copies and the tail moves are those of
 * rte_ring_elem_pvt.h, rte_ring_rts_elem_pvt.h and
 * rte_ring_hts_elem_pvt.h; what is added is said here.
 *
 * In-flight records. Every process maps one table (memzone
 * RING_DP_TABLE_MZ). A thread claims one record of it before its first
 * operation, with its process's owner id (pid and start time, see
 * rte_robust_lock.h), and gives it back when it exits; the records of
 * a dead process are taken again by new threads, and finishers free
 * the ones they used (below). Before each attempt to move a head a
 * thread stores, in its record, the head value it will compare against
 * and the ring and side; the head CAS is a release, so these stores
 * happen before it. It clears the record (release) once its tail move
 * is done. Anybody who reads a head with acquire reads a value of the
 * release sequence of every earlier head CAS (all head changes are
 * read-modify-writes), so it sees the record of every thread whose
 * reservation ends at or before that head. A live owner of such a
 * reservation keeps its record untouched until its tail moved past the
 * reservation's start, but for the copied mark.
 *
 * Copied mark (MT and MT_HTS producer sides). Once an enqueue's objects
 * are all in their slots it stores its count in its record's `copied`
 * (release: the slot stores happen before it), and stores 0 there just
 * before its tail move (which, a release, orders it first). So a mark
 * is only ever set on a reservation not yet published by its owner; a
 * claimer resets it too. A record whose head CAS failed is never
 * marked.
 *
 * Slots. Under an MT or MT_HTS producer side, dequeues leave the slots
 * they read as they are: a slot is trusted only in [consumer tail,
 * producer tail), and a free slot holds whatever it held a lap before
 * (or NULL). So a dead producer's slots may hold stale pointers, ones a
 * consumer already took: publishing those would hand an object out
 * twice. The finisher tells them apart by the mark. Under an MT_RTS
 * producer side that cannot work: the tail moves only when every
 * operation of the side is done, so a finisher finds finished live
 * reservations (records cleared, slots good) among the dead ones in
 * [X, H) below and cannot tell them apart; there dequeues clear each
 * slot they read (with its copy, before their tail move frees it), so
 * that a slot a producer reserved holds NULL until it writes it.
 *
 * Finishing for the dead (dp_recover_side, under the ring's robust
 * lock so that two finishers never touch the same slots, and redone
 * from the ring's state alone when a finisher dies: every step is
 * idempotent until the final tail CAS, or leaves the next finisher
 * fewer records to trust, which only makes more NULLs). With the
 * side's tail at X and its head at H (both acquired):
 *  - MT: Y is the lowest start in [X, H) that the record of a live
 *    thread names (H if none). Every reservation starting in [X, Y) has
 *    a dead owner. A live record with a stale value (its CAS is about
 *    to fail) only makes Y smaller, and a later call goes on from Y.
 *  - MT_HTS: one operation at a time; [X, H) is finished when no live
 *    record names a start in it.
 *  - MT_RTS: the tail moves only when every operation of the side has
 *    finished, so [X, H) is finished when no live record names the
 *    side at all; its tail then becomes head (count and position).
 *    New operations wait while head - tail exceeds htd_max, without a
 *    record, so in-flight live ones drain and this happens.
 * The tail is read again after the record scan: a live owner that
 * finished meanwhile cleared its record only after moving the tail, so
 * a changed tail aborts. Then [X, Y) is settled (dp_settle_slots):
 *  - MT or MT_HTS producer side: a consumer side's slots are left
 *    alone (the tail move frees them; the objects the dead owner may
 *    have read go with it). On the producer side, a reservation
 *    [s, s + mark) within [X, Y) that the record of a dead owner marks
 *    (read with acquire, so its slots are seen as it wrote them) keeps
 *    its slots: each holds its object. Every other slot of [X, Y) is
 *    written NULL and `holes` is set: its owner died before its mark
 *    (inside its copy or before it), or its record was taken by a new
 *    thread since; its objects go with it, as a dead consumer's do.
 *  - MT_RTS producer side: a consumer side's slots are cleared, a
 *    producer side's are left as they are (each its object or NULL)
 *    and `holes` is set if one is NULL.
 * Then the records of dead owners naming a start in [X, Y) are freed
 * (owner CAS to 0; a free record is never trusted), before the tail
 * CAS: once it moves, their marks would name published slots. Ring
 * creation and reset free every dead record naming the ring, which
 * may be left from a ring freed at the same address. So a mark a
 * finisher trusts always names its owner's own unpublished copy. The
 * fields of a dead record are used only if its owner, read before and
 * after them, is the same dead id: a claimer changes the owner
 * (dp_claim) before it writes any field, and every value a finisher
 * uses it writes with release (the note's head and ring, the mark; a 0
 * mark or ring is never used), so reading one of them (acquire) shows
 * the new owner afterwards. The live scan reads the same way.
 * Last, a CAS moves the tail from X to Y with release (which publishes
 * the NULLs and `holes` with the slots). Nobody else moves that tail
 * meanwhile: the owner of X is dead, and finishers hold the lock. A
 * process killed between a store into a slot and the CAS left its
 * store in memory: SIGKILL ends it but the CPU still drains its
 * stores. Even one landing after a finisher's NULL puts in the slot
 * one of the dead owner's own objects, which no other slot holds:
 * never a duplicate.
 *
 * Fast path (rte_ring_dp_pvt.h, inline in the caller). The same steps
 * as the out-of-line operation below, without the test hook: the
 * thread's record comes from one initial-exec TLS load
 * (__rte_ring_dp_fast, NULL before the thread claimed a record and
 * while it has a hook: then everything goes out of line). Whatever
 * may wait (an MT tail behind ours, an RTS head too far ahead, an HTS
 * operation in flight), a reservation that does not fit or lost its
 * head CAS, and empty slots leave it for a function here, called last
 * so that the inline code keeps nothing across a call. An enqueue's
 * mark and unmark are two stores into its own record's line; a dequeue
 * (under an MT or MT_HTS producer side) writes no slot, so the slots'
 * cache lines only go from producers to consumers. A dequeue tests the
 * pointers it got for NULL only when dp.holes is set: an empty slot is
 * only ever published by a finisher's tail CAS (release) after it set
 * dp.holes; the dequeuer's reservation lies below a producer tail it
 * read with acquire, and every later producer tail move happens after
 * that CAS (MT: each producer acquires the tail before storing its own
 * with release; RTS: tail CASes are read-modify-writes; HTS: the next
 * head move acquires the tail), so the dequeuer's later relaxed load of
 * dp.holes sees 1 whenever its slots include one a finisher published
 * empty. dp.holes is never reset (ring reset aside).
 *
 * Waiting. Where the inline code would wait for ever (an MT tail
 * behind ours, an HTS head != tail, an RTS head too far ahead) or would
 * report the ring empty or full while the other side has an operation
 * in flight, a thread spins RING_DP_SPINS pauses without seeing that
 * tail move, then tries to finish for the dead, and goes on waiting.
 * A live but preempted owner is waited for as before.
 *
 * ST sides. An ST side has no record and is never finished by others
 * (dp_recover_side() and dp_unstick() leave it alone): a live single
 * owner in flight has no record, so it could not be told from a dead
 * one. Instead it starts each operation at its own tail (acquire), as
 * __RTE_RING_ST_FROM_TAIL does for plain rings, and stores its head
 * only to show it is in flight; whoever uses the side next redoes a
 * dead owner's reservation. SP: the dead one's copies are unpublished
 * and get overwritten before the tail moves past them (its objects go
 * with it). SC: the next SC reads the dead one's slots again; no
 * producer wrote them meanwhile (the consumer tail did not move past
 * them), so under an MT or MT_HTS producer side each object there
 * comes out once, none lost. Under an MT_RTS producer side the SC clears each
 * slot with its copy, as an MC one does, so the slots the dead one had
 * read hold NULL (their objects go with it): the next SC finds them by
 * its head != tail at its start and sets dp.holes first (its own later
 * test reads it; count sets it likewise). Holes only arise under a
 * multi-producer side (an SP side is never finished), so a dequeue
 * that puts back what it took is always on an MP producer side.
 */

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memzone.h>
#include <rte_robust_lock.h>

#include "rte_ring.h"
#include "rte_ring_elem_pvt.h"
#include "rte_ring_hts_elem_pvt.h"
#include "rte_ring_rts_elem_pvt.h"
#include "rte_ring_dp.h"
#include "ring_internal.h"

/* Memzone of the in-flight records every process maps. */
#define RING_DP_TABLE_MZ "RG_DP_FLIGHTS"
/* "RGDP", written once the table is laid out. */
#define RING_DP_TABLE_MAGIC 0x50444752U
/* Threads using RING_F_DEAD_PEER rings at once, over all processes. */
#define RING_DP_RECORDS 1024
/* Pauses without progress before a waiter looks for dead owners. */
#define RING_DP_SPINS 4096
/* Owners whose liveness one scan remembers. */
#define RING_DP_ALIVE_CACHE 8

#define DP_PROD 0u
#define DP_CONS 1u

struct ring_dp_table {
	volatile uint32_t magic; /* RING_DP_TABLE_MAGIC once laid out */
	uint32_t nb; /* RING_DP_RECORDS */
	uint32_t struct_size; /* sizeof(struct ring_dp_table) */
	struct rte_ring_dp_record rec[RING_DP_RECORDS] __rte_cache_aligned;
};

static struct ring_dp_table *dp_table;

/* The calling thread's record, NULL until claimed. */
static __thread struct rte_ring_dp_record *dp_self
	__attribute__((tls_model("initial-exec")));

/*
 * What the inline fast path reads (rte_ring_dp_pvt.h): dp_self, or
 * NULL while this thread has a test hook, so that its operations all
 * take the out-of-line path, which calls the hook.
 */
__thread struct rte_ring_dp_record *__rte_ring_dp_fast
	__attribute__((tls_model("initial-exec")));

/* The calling thread's test hook. */
static __thread __attribute__((tls_model("initial-exec"))) void (*dp_hook)(
	struct rte_ring *r, unsigned int side, unsigned int stage);

/* The parent's record is the parent's: a forked child claims its own. */
static void
dp_atfork_child(void)
{
	dp_self = NULL;
	__rte_ring_dp_fast = NULL;
}

void
rte_ring_dp_set_test_hook(
	void (*fn)(struct rte_ring *r, unsigned int side, unsigned int stage))
{
	dp_hook = fn;
	__rte_ring_dp_fast = fn == NULL ? dp_self : NULL;
}

static inline void
dp_stage(struct rte_ring *r, unsigned int side, unsigned int stage)
{
	if (unlikely(dp_hook != NULL))
		dp_hook(r, side, stage);
}

int
ring_dp_table_attach(void)
{
	const struct rte_memzone *mz;
	struct ring_dp_table *t;

	if (__atomic_load_n(&dp_table, __ATOMIC_ACQUIRE) != NULL)
		return 0;
	mz = rte_memzone_lookup(RING_DP_TABLE_MZ);
	if (mz == NULL) {
		mz = rte_memzone_reserve(RING_DP_TABLE_MZ, sizeof(*t),
			SOCKET_ID_ANY, RTE_MEMZONE_SIZE_HINT_ONLY);
		if (mz != NULL) {
			t = mz->addr;
			memset(t, 0, sizeof(*t));
			t->nb = RING_DP_RECORDS;
			t->struct_size = sizeof(*t);
			__atomic_store_n(&t->magic, RING_DP_TABLE_MAGIC,
				__ATOMIC_RELEASE);
		} else if (rte_errno == EEXIST) {
			mz = rte_memzone_lookup(RING_DP_TABLE_MZ);
		}
	}
	if (mz == NULL) {
		RTE_LOG(ERR, RING,
			"no memzone %s for the in-flight records of dead-peer "
			"rings: %s\n",
			RING_DP_TABLE_MZ, rte_strerror(rte_errno));
		return -ENOMEM;
	}
	t = mz->addr;
	while (__atomic_load_n(&t->magic, __ATOMIC_ACQUIRE) !=
		RING_DP_TABLE_MAGIC)
		rte_pause();
	if (t->nb != RING_DP_RECORDS || t->struct_size != sizeof(*t)) {
		RTE_LOG(ERR, RING,
			"memzone %s has another layout (%u records, %u bytes): "
			"run the same DPDK build in every process\n",
			RING_DP_TABLE_MZ, t->nb, t->struct_size);
		return -EPROTO;
	}
	__atomic_store_n(&dp_table, t, __ATOMIC_RELEASE);
	return 0;
}

/* The primary lays the table out before any secondary can attach. */
static int
ring_dp_init_hook(void)
{
	__atomic_store_n(&dp_table, NULL, __ATOMIC_RELEASE);
	if (rte_eal_process_type() != RTE_PROC_PRIMARY)
		return 0; /* attached at first use */
	return ring_dp_table_attach();
}

RTE_INIT(ring_dp_register_hook)
{
	rte_eal_init_hook_register("ring dead-peer records", ring_dp_init_hook);
	pthread_atfork(NULL, NULL, dp_atfork_child);
}

static pthread_key_t dp_key;
static pthread_once_t dp_key_once = PTHREAD_ONCE_INIT;

/* A thread that exits gives its record back (its process lives on). */
static void
dp_release(void *p)
{
	struct rte_ring_dp_record *f = p;
	uint64_t me = rte_eal_owner_id();

	/* A later operation of this thread (another destructor) claims anew. */
	dp_self = NULL;
	__rte_ring_dp_fast = NULL;
	__atomic_store_n(&f->ring_side, 0, __ATOMIC_RELAXED);
	__atomic_compare_exchange_n(
		&f->owner, &me, 0, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED);
}

static void
dp_key_create(void)
{
	if (pthread_key_create(&dp_key, dp_release) != 0)
		rte_panic("no thread key for dead-peer ring records\n");
}

/* Claim a free record, or one whose process died, for this thread. */
static struct rte_ring_dp_record *
dp_claim(uint64_t me)
{
	struct ring_dp_table *t;
	unsigned int pass, i;
	int logged = 0;

	for (;;) {
		if (ring_dp_table_attach() != 0)
			rte_panic("dead-peer ring used without its records\n");
		t = dp_table;
		for (pass = 0; pass < 2; pass++)
			for (i = 0; i < RING_DP_RECORDS; i++) {
				struct rte_ring_dp_record *f = &t->rec[i];
				uint64_t o = __atomic_load_n(
					&f->owner, __ATOMIC_RELAXED);

				if (pass == 0 ? o != 0
					      : o == 0 || o == me ||
							rte_eal_owner_alive(o))
					continue;
				if (!__atomic_compare_exchange_n(&f->owner, &o,
					    me, 0, __ATOMIC_ACQUIRE,
					    __ATOMIC_RELAXED))
					continue;
				/* A dead owner may have left its mark set. */
				__atomic_store_n(
					&f->copied, 0, __ATOMIC_RELAXED);
				__atomic_store_n(
					&f->ring_side, 0, __ATOMIC_RELEASE);
				pthread_once(&dp_key_once, dp_key_create);
				pthread_setspecific(dp_key, f);
				return f;
			}
		if (!logged)
			RTE_LOG(WARNING, RING,
				"all %u dead-peer ring records are taken by "
				"live threads: waiting for one\n",
				RING_DP_RECORDS);
		logged = 1;
		rte_delay_us_sleep(1000);
	}
}

/* This thread's record; the fast path is open to it unless hooked. */
static __rte_always_inline struct rte_ring_dp_record *
dp_record(void)
{
	struct rte_ring_dp_record *f = dp_self;

	if (unlikely(f == NULL)) {
		f = dp_claim(rte_eal_owner_id());
		dp_self = f;
	}
	__rte_ring_dp_fast = dp_hook == NULL ? f : NULL;
	return f;
}

static inline enum rte_ring_sync_type
dp_mode(const struct rte_ring *r, unsigned int side)
{
	return side == DP_PROD ? r->prod.sync_type : r->cons.sync_type;
}

/* Whether an operation of this side is between its head and tail moves. */
static int
dp_in_flight(const struct rte_ring *r, unsigned int side)
{
	const struct rte_ring_headtail *ht = side ? &r->cons : &r->prod;
	const struct rte_ring_rts_headtail *rts =
		side ? &r->rts_cons : &r->rts_prod;
	const struct rte_ring_hts_headtail *hts =
		side ? &r->hts_cons : &r->hts_prod;
	union __rte_ring_rts_poscnt h, t;
	union __rte_ring_hts_pos p;

	switch (dp_mode(r, side)) {
	case RTE_RING_SYNC_MT_RTS:
		t.raw = __atomic_load_n(&rts->tail.raw, __ATOMIC_ACQUIRE);
		h.raw = __atomic_load_n(&rts->head.raw, __ATOMIC_ACQUIRE);
		return h.val.cnt != t.val.cnt;
	case RTE_RING_SYNC_MT_HTS:
		p.raw = __atomic_load_n(&hts->ht.raw, __ATOMIC_ACQUIRE);
		return p.pos.head != p.pos.tail;
	default:
		return __atomic_load_n(&ht->tail, __ATOMIC_ACQUIRE) !=
			__atomic_load_n(&ht->head, __ATOMIC_ACQUIRE);
	}
}

/* The word whose change shows progress on this side. */
static uint64_t
dp_tail_word(const struct rte_ring *r, unsigned int side)
{
	switch (dp_mode(r, side)) {
	case RTE_RING_SYNC_MT_RTS:
		return __atomic_load_n(
			side ? &r->rts_cons.tail.raw : &r->rts_prod.tail.raw,
			__ATOMIC_ACQUIRE);
	case RTE_RING_SYNC_MT_HTS:
		return __atomic_load_n(
			side ? &r->hts_cons.ht.raw : &r->hts_prod.ht.raw,
			__ATOMIC_ACQUIRE);
	default:
		return __atomic_load_n(
			side ? &r->cons.tail : &r->prod.tail, __ATOMIC_ACQUIRE);
	}
}

/* Whether the owner id names a live process; cache spans one scan. */
static int
dp_alive(uint64_t owner, uint64_t me, uint64_t *cache, unsigned int *nb)
{
	unsigned int i;

	if (owner == me)
		return 1;
	if (owner == 0)
		return 0;
	for (i = 0; i < *nb; i++)
		if (cache[i] == owner)
			return 1;
	if (!rte_eal_owner_alive(owner))
		return 0;
	if (*nb < RING_DP_ALIVE_CACHE)
		cache[(*nb)++] = owner;
	return 1;
}

/*
 * Distance from `from` to the lowest start in [from, from + span) that
 * a live thread's record names for this side of r (span if none).
 * With any, 0 as soon as a live record names the side at all.
 */
static uint32_t
dp_live_scan(const struct rte_ring *r, unsigned int side, uint32_t from,
	uint32_t span, int any)
{
	const uintptr_t tag = (uintptr_t)r | side;
	const uint64_t me = rte_eal_owner_id();
	uint64_t cache[RING_DP_ALIVE_CACHE];
	unsigned int nb = 0, i;
	uint32_t best = span;

	for (i = 0; i < RING_DP_RECORDS; i++) {
		struct rte_ring_dp_record *f = &dp_table->rec[i];
		uint32_t d;

		if (__atomic_load_n(&f->ring_side, __ATOMIC_ACQUIRE) != tag)
			continue;
		d = __atomic_load_n(&f->old, __ATOMIC_ACQUIRE) - from;
		if (!any && d >= best)
			continue;
		if (!dp_alive(__atomic_load_n(&f->owner, __ATOMIC_RELAXED), me,
			    cache, &nb))
			continue;
		if (any)
			return 0;
		best = d;
	}
	return best;
}

/*
 * Of the producer reservations of r starting in [from, from + span)
 * that the record of a dead owner marks copied, wholly within the span:
 * the lowest start, as a distance from `from` in *at (span if none),
 * and its length, returned (0 if none).
 */
static uint32_t
dp_dead_copied(
	const struct rte_ring *r, uint32_t from, uint32_t span, uint32_t *at)
{
	const uintptr_t tag = (uintptr_t)r | DP_PROD;
	const uint64_t me = rte_eal_owner_id();
	uint64_t cache[RING_DP_ALIVE_CACHE];
	unsigned int nb = 0, i;
	uint32_t best = span, len = 0;

	for (i = 0; i < RING_DP_RECORDS; i++) {
		struct rte_ring_dp_record *f = &dp_table->rec[i];
		uint64_t o = __atomic_load_n(&f->owner, __ATOMIC_ACQUIRE);
		uint32_t d, n;

		if (o == 0 ||
			__atomic_load_n(&f->ring_side, __ATOMIC_ACQUIRE) != tag)
			continue;
		d = __atomic_load_n(&f->old, __ATOMIC_ACQUIRE) - from;
		n = __atomic_load_n(&f->copied, __ATOMIC_ACQUIRE);
		/* A claim in between would show in the owner (dp_claim). */
		if (n == 0 || d >= best || n > span - d ||
			__atomic_load_n(&f->owner, __ATOMIC_ACQUIRE) != o ||
			dp_alive(o, me, cache, &nb))
			continue;
		best = d;
		len = n;
	}
	*at = best;
	return len;
}

/*
 * Free the records of dead owners that name this side of r and a start
 * in [from, from + span) (any start if all): a free record (owner 0)
 * is never trusted, and is claimed again first.
 */
static void
dp_free_dead(const struct rte_ring *r, unsigned int side, uint32_t from,
	uint32_t span, int all)
{
	const uintptr_t tag = (uintptr_t)r | side;
	const uint64_t me = rte_eal_owner_id();
	uint64_t cache[RING_DP_ALIVE_CACHE];
	unsigned int nb = 0, i;

	for (i = 0; i < RING_DP_RECORDS; i++) {
		struct rte_ring_dp_record *f = &dp_table->rec[i];
		uint64_t o = __atomic_load_n(&f->owner, __ATOMIC_ACQUIRE);

		if (o == 0 ||
			__atomic_load_n(&f->ring_side, __ATOMIC_ACQUIRE) !=
				tag ||
			(!all &&
				__atomic_load_n(&f->old, __ATOMIC_ACQUIRE) -
						from >=
					span) ||
			dp_alive(o, me, cache, &nb))
			continue;
		/* Fails if a thread claimed it meanwhile (and reset it). */
		__atomic_compare_exchange_n(&f->owner, &o, 0, 0,
			__ATOMIC_RELEASE, __ATOMIC_RELAXED);
	}
}

void
ring_dp_forget(const struct rte_ring *r)
{
	if (ring_dp_table_attach() != 0)
		return;
	dp_free_dead(r, DP_PROD, 0, 0, 1);
	dp_free_dead(r, DP_CONS, 0, 0, 1);
}

/*
 * Settle slots [from, to) of a side whose owners are dead (see "Slots"
 * above). Dequeues that leave slots as they are: a producer's slots
 * that no dead record marks copied may hold stale pointers and become
 * NULL; a consumer's are left as they are. Dequeues that clear (MT_RTS
 * producer side): a consumer's become NULL, a producer's are left
 * (each its object or NULL). Then the dead records of the span are
 * freed: once the tail moves past it, they name published slots.
 */
static void
dp_settle_slots(
	struct rte_ring *r, unsigned int side, uint32_t from, uint32_t to)
{
	void **slots = (void **)&r[1];
	const int clear = __rte_ring_dp_clears(r, __RTE_RING_DP_ANY_MODE);
	uint32_t p = from, at = 0, n, i;
	int holes = 0;

	while (side == DP_PROD && p != to) {
		if (clear) {
			holes |= __atomic_load_n(&slots[p & r->mask],
					 __ATOMIC_RELAXED) == NULL;
			p++;
			continue;
		}
		n = dp_dead_copied(r, p, to - p, &at);
		for (i = 0; i < at; i++)
			__atomic_store_n(&slots[(p + i) & r->mask], NULL,
				__ATOMIC_RELAXED);
		holes |= at != 0;
		p += at + n;
	}
	for (; side == DP_CONS && clear && p != to; p++)
		__atomic_store_n(&slots[p & r->mask], NULL, __ATOMIC_RELAXED);
	/* Published by the tail CAS (release) that follows. */
	if (holes)
		__atomic_store_n(&r->dp.holes, 1, __ATOMIC_RELAXED);
	dp_free_dead(r, side, from, to - from, 0);
}

/*
 * Finish the reservations of dead owners at this side's tail. Returns
 * the number of slots the tail moved by (0 if live owners hold it, or
 * nothing is in flight).
 */
static uint32_t
dp_recover_side(struct rte_ring *r, unsigned int side)
{
	struct rte_ring_headtail *ht = side ? &r->cons : &r->prod;
	struct rte_ring_rts_headtail *rts = side ? &r->rts_cons : &r->rts_prod;
	struct rte_ring_hts_headtail *hts = side ? &r->hts_cons : &r->hts_prod;
	union __rte_ring_rts_poscnt rh, rt, nrt;
	union __rte_ring_hts_pos p, np;
	uint32_t x, h, y = 0, moved = 0;

	/* An ST side is never recovered: see dp_st_enqueue(). */
	if (dp_mode(r, side) == RTE_RING_SYNC_ST || ring_dp_table_attach() != 0)
		return 0;
	/* A dead finisher's steps are all redone from the ring below. */
	(void)rte_robust_lock(&r->dp.lock);
	switch (dp_mode(r, side)) {
	case RTE_RING_SYNC_MT_RTS:
		rt.raw = __atomic_load_n(&rts->tail.raw, __ATOMIC_ACQUIRE);
		rh.raw = __atomic_load_n(&rts->head.raw, __ATOMIC_ACQUIRE);
		if (rt.val.cnt == rh.val.cnt ||
			dp_live_scan(r, side, 0, 1, 1) == 0 ||
			__atomic_load_n(&rts->tail.raw, __ATOMIC_ACQUIRE) !=
				rt.raw)
			break;
		x = rt.val.pos;
		y = rh.val.pos;
		dp_settle_slots(r, side, x, y);
		nrt = rh;
		if (__atomic_compare_exchange_n(&rts->tail.raw, &rt.raw,
			    nrt.raw, 0, __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			moved = y - x;
		break;
	case RTE_RING_SYNC_MT_HTS:
		p.raw = __atomic_load_n(&hts->ht.raw, __ATOMIC_ACQUIRE);
		x = p.pos.tail;
		h = p.pos.head;
		if (x == h || dp_live_scan(r, side, x, h - x, 0) != h - x ||
			__atomic_load_n(&hts->ht.raw, __ATOMIC_ACQUIRE) !=
				p.raw)
			break;
		dp_settle_slots(r, side, x, h);
		np.pos.head = h;
		np.pos.tail = h;
		if (__atomic_compare_exchange_n(&hts->ht.raw, &p.raw, np.raw, 0,
			    __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			moved = h - x;
		break;
	default:
		x = __atomic_load_n(&ht->tail, __ATOMIC_ACQUIRE);
		h = __atomic_load_n(&ht->head, __ATOMIC_ACQUIRE);
		if (x == h)
			break;
		y = x + dp_live_scan(r, side, x, h - x, 0);
		if (y == x || __atomic_load_n(&ht->tail, __ATOMIC_ACQUIRE) != x)
			break;
		dp_settle_slots(r, side, x, y);
		if (__atomic_compare_exchange_n(&ht->tail, &x, y, 0,
			    __ATOMIC_RELEASE, __ATOMIC_RELAXED))
			moved = y - x;
		break;
	}
	rte_robust_unlock(&r->dp.lock);
	if (moved != 0)
		RTE_LOG(DEBUG, RING,
			"ring %s: %s reservation of %u slots finished for a "
			"dead process\n",
			r->name, side ? "dequeue" : "enqueue", moved);
	return moved;
}

/*
 * The other side has an operation in flight and its tail did not move
 * for RING_DP_SPINS pauses: finish it if its owner is dead. Returns
 * whether anything changed since the caller looked.
 */
static int
dp_unstick(struct rte_ring *r, unsigned int side)
{
	uint64_t w;
	unsigned int i;

	/* A dead ST owner is not waited for: its successor restarts. */
	if (dp_mode(r, side) == RTE_RING_SYNC_ST || !dp_in_flight(r, side))
		return 0;
	w = dp_tail_word(r, side);
	for (i = 0; i < RING_DP_SPINS; i++) {
		rte_pause();
		if (dp_tail_word(r, side) != w)
			return 1;
	}
	return dp_recover_side(r, side) != 0;
}

/*
 * Out-of-line waits of the fast path (rte_ring_dp_pvt.h): where the
 * inline code would spin for ever, finish for dead owners every
 * RING_DP_SPINS pauses without progress.
 */

void
__rte_ring_dp_wait_tail(struct rte_ring *r, unsigned int side, uint32_t old)
{
	const volatile uint32_t *tail = side ? &r->cons.tail : &r->prod.tail;
	unsigned int spins = 0;

	while (__atomic_load_n(tail, __ATOMIC_ACQUIRE) != old) {
		rte_pause();
		if (++spins == RING_DP_SPINS) {
			spins = 0;
			dp_recover_side(r, side);
		}
	}
}

uint64_t
__rte_ring_dp_rts_head_wait(struct rte_ring *r, unsigned int side)
{
	struct rte_ring_rts_headtail *ht = side ? &r->rts_cons : &r->rts_prod;
	const uint32_t max = __atomic_load_n(&ht->htd_max, __ATOMIC_RELAXED);
	union __rte_ring_rts_poscnt h, t;
	unsigned int spins = 0;

	for (;;) {
		h.raw = __atomic_load_n(&ht->head.raw, __ATOMIC_ACQUIRE);
		t.raw = __atomic_load_n(&ht->tail.raw, __ATOMIC_RELAXED);
		if (h.val.pos - t.val.pos <= max)
			return h.raw;
		rte_pause();
		if (++spins == RING_DP_SPINS) {
			spins = 0;
			dp_recover_side(r, side);
		}
	}
}

uint64_t
__rte_ring_dp_hts_head_wait(struct rte_ring *r, unsigned int side)
{
	struct rte_ring_hts_headtail *ht = side ? &r->hts_cons : &r->hts_prod;
	union __rte_ring_hts_pos p;
	unsigned int spins = 0;

	for (;;) {
		p.raw = __atomic_load_n(&ht->ht.raw, __ATOMIC_ACQUIRE);
		if (p.pos.head == p.pos.tail)
			return p.raw;
		rte_pause();
		if (++spins == RING_DP_SPINS) {
			spins = 0;
			dp_recover_side(r, side);
		}
	}
}

/*
 * The out-of-line operation: the fast path's steps with the test hook
 * called between them and, when the reservation does not fit while the
 * other side has an operation in flight, one more try after finishing
 * that operation for a dead owner.
 */
static __rte_always_inline uint32_t
dp_enqueue(struct rte_ring *r, struct rte_ring_dp_record *f,
	void *const *obj_table, uint32_t n, uint32_t *room,
	enum rte_ring_sync_type mode)
{
	uint32_t old;

	if (__rte_ring_dp_reserve(r, DP_PROD, f, n, &old, room, mode,
		    __RTE_RING_DP_ANY_MODE, 1) == 0 &&
		(!dp_unstick(r, DP_CONS) ||
			__rte_ring_dp_reserve(r, DP_PROD, f, n, &old, room,
				mode, __RTE_RING_DP_ANY_MODE, 1) == 0))
		return 0;
	dp_stage(r, DP_PROD, RTE_RING_DP_HOOK_RESERVED);
	__rte_ring_copy_in(r, old, obj_table, sizeof(void *), n);
	if (mode != RTE_RING_SYNC_MT_RTS)
		__rte_ring_dp_mark_copied(f, n);
	dp_stage(r, DP_PROD, RTE_RING_DP_HOOK_COPIED);
	__rte_ring_dp_publish(r, DP_PROD, f, old, n, mode);
	return n;
}

/* The copies may hold NULL (empty slots): the caller tests them. */
static __rte_always_inline uint32_t
dp_dequeue(struct rte_ring *r, struct rte_ring_dp_record *f, void **obj_table,
	uint32_t n, uint32_t *room, enum rte_ring_sync_type mode)
{
	uint32_t old;

	if (__rte_ring_dp_reserve(r, DP_CONS, f, n, &old, room, mode,
		    __RTE_RING_DP_ANY_MODE, 1) == 0 &&
		(!dp_unstick(r, DP_PROD) ||
			__rte_ring_dp_reserve(r, DP_CONS, f, n, &old, room,
				mode, __RTE_RING_DP_ANY_MODE, 1) == 0))
		return 0;
	dp_stage(r, DP_CONS, RTE_RING_DP_HOOK_RESERVED);
	__rte_ring_dp_take(r, old, obj_table, n,
		__rte_ring_dp_clears(r, __RTE_RING_DP_ANY_MODE));
	dp_stage(r, DP_CONS, RTE_RING_DP_HOOK_COPIED);
	__rte_ring_dp_publish(r, DP_CONS, f, old, n, mode);
	return n;
}

/*
 * The single-thread side of a mixed ring (ring_mp_sc, ring_sp_mc). It
 * has no record and starts from its own tail, as
 * __RTE_RING_ST_FROM_TAIL does for plain rings: a dead predecessor's
 * head move is ignored, so its reservation is redone by whoever uses
 * the side next. A producer's unpublished copies are then overwritten
 * (its objects are lost with it); a consumer's slots are read again,
 * and its objects come out once. The side is never recovered by
 * others: a live ST owner in flight has no record, so recovery could
 * not tell it from a dead one.
 */
static __rte_always_inline uint32_t
dp_st_enqueue(
	struct rte_ring *r, void *const *obj_table, uint32_t n, uint32_t *room)
{
	uint32_t old = __atomic_load_n(&r->prod.tail, __ATOMIC_ACQUIRE);

	*room = __rte_ring_dp_room(r, DP_PROD, old, __RTE_RING_DP_ANY_MODE);
	if (*room < n) {
		if (!dp_unstick(r, DP_CONS))
			return 0;
		*room = __rte_ring_dp_room(
			r, DP_PROD, old, __RTE_RING_DP_ANY_MODE);
		if (*room < n)
			return 0;
	}
	__atomic_store_n(&r->prod.head, old + n, __ATOMIC_RELAXED);
	dp_stage(r, DP_PROD, RTE_RING_DP_HOOK_RESERVED);
	__rte_ring_copy_in(r, old, obj_table, sizeof(void *), n);
	dp_stage(r, DP_PROD, RTE_RING_DP_HOOK_COPIED);
	__atomic_store_n(&r->prod.tail, old + n, __ATOMIC_RELEASE);
	return n;
}

/*
 * The SC twin of dp_st_enqueue(). A dead consumer's slots, from the
 * tail on, still hold its objects, but for those it cleared (MT_RTS
 * producer side): with a head ahead of the tail at the start, dp.holes
 * is then set before they are read again (relaxed: this thread is the
 * one that tests it, and rte_ring_dp_count() only gives a snapshot).
 */
static __rte_always_inline uint32_t
dp_st_dequeue(struct rte_ring *r, void **obj_table, uint32_t n, uint32_t *room)
{
	uint32_t old = __atomic_load_n(&r->cons.tail, __ATOMIC_ACQUIRE);
	const int clear = __rte_ring_dp_clears(r, __RTE_RING_DP_ANY_MODE);

	if (clear && __atomic_load_n(&r->cons.head, __ATOMIC_RELAXED) != old &&
		__atomic_load_n(&r->dp.holes, __ATOMIC_RELAXED) == 0)
		__atomic_store_n(&r->dp.holes, 1, __ATOMIC_RELAXED);
	*room = __rte_ring_dp_room(r, DP_CONS, old, __RTE_RING_DP_ANY_MODE);
	if (*room < n) {
		if (!dp_unstick(r, DP_PROD))
			return 0;
		*room = __rte_ring_dp_room(
			r, DP_CONS, old, __RTE_RING_DP_ANY_MODE);
		if (*room < n)
			return 0;
	}
	__atomic_store_n(&r->cons.head, old + n, __ATOMIC_RELAXED);
	dp_stage(r, DP_CONS, RTE_RING_DP_HOOK_RESERVED);
	__rte_ring_dp_take(r, old, obj_table, n, clear);
	dp_stage(r, DP_CONS, RTE_RING_DP_HOOK_COPIED);
	/* The copies (clears) come before the release that frees slots. */
	__atomic_store_n(&r->cons.tail, old + n, __ATOMIC_RELEASE);
	return n;
}

static uint32_t
dp_enqueue_any(struct rte_ring *r, struct rte_ring_dp_record *f,
	void *const *obj_table, uint32_t n, uint32_t *room)
{
	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_ST:
		return dp_st_enqueue(r, obj_table, n, room);
	case RTE_RING_SYNC_MT_RTS:
		return dp_enqueue(
			r, f, obj_table, n, room, RTE_RING_SYNC_MT_RTS);
	case RTE_RING_SYNC_MT_HTS:
		return dp_enqueue(
			r, f, obj_table, n, room, RTE_RING_SYNC_MT_HTS);
	default:
		return dp_enqueue(r, f, obj_table, n, room, RTE_RING_SYNC_MT);
	}
}

static uint32_t
dp_dequeue_any(struct rte_ring *r, struct rte_ring_dp_record *f,
	void **obj_table, uint32_t n, uint32_t *room)
{
	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_ST:
		return dp_st_dequeue(r, obj_table, n, room);
	case RTE_RING_SYNC_MT_RTS:
		return dp_dequeue(
			r, f, obj_table, n, room, RTE_RING_SYNC_MT_RTS);
	case RTE_RING_SYNC_MT_HTS:
		return dp_dequeue(
			r, f, obj_table, n, room, RTE_RING_SYNC_MT_HTS);
	default:
		return dp_dequeue(r, f, obj_table, n, room, RTE_RING_SYNC_MT);
	}
}

unsigned int
__rte_ring_dp_enqueue_slow(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	uint32_t room = 0;

	if (n == 0)
		return 0;
	n = dp_enqueue_any(r, dp_record(), obj_table, n, &room);
	if (free_space != NULL)
		*free_space = room - n;
	return n;
}

/*
 * The rest of a dequeue whose first k slots (got of them objects) held
 * holes: drop them, take more, and give all back if n cannot be had.
 */
static uint32_t
dp_dequeue_holes(struct rte_ring *r, struct rte_ring_dp_record *f,
	void **obj_table, uint32_t n, uint32_t k, uint32_t *room)
{
	uint32_t got = 0, i, end;
	int hole = 1;

	for (;;) {
		if (hole) {
			/* Drop the slots a dead producer left empty. */
			end = got + k;
			for (i = got; i < end; i++)
				if (obj_table[i] != NULL)
					obj_table[got++] = obj_table[i];
		} else {
			got += k;
		}
		if (got == n)
			return n;
		k = dp_dequeue_any(r, f, obj_table + got, n - got, room);
		if (k == 0)
			break;
		*room -= k;
		hole = __rte_ring_dp_any_null(obj_table + got, k);
	}
	if (got != 0) {
		/* All or none: what was taken goes back (room is there). */
		while (__rte_ring_dp_enqueue_slow(r, obj_table, got, NULL) == 0)
			rte_pause();
		*room += got;
	}
	return 0;
}

unsigned int
__rte_ring_dp_dequeue_holes(struct rte_ring *r, void **obj_table,
	unsigned int n, unsigned int room, unsigned int *available)
{
	uint32_t left = room;

	n = dp_dequeue_holes(r, dp_record(), obj_table, n, n, &left);
	if (available != NULL)
		*available = left;
	return n;
}

unsigned int
__rte_ring_dp_dequeue_slow(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	struct rte_ring_dp_record *f = dp_record();
	uint32_t room = 0, k = 0;

	if (likely(n != 0))
		k = dp_dequeue_any(r, f, obj_table, n, &room);
	room -= k;
	if (k != 0 && __rte_ring_dp_any_null(obj_table, k))
		k = dp_dequeue_holes(r, f, obj_table, n, k, &room);
	if (available != NULL)
		*available = room;
	return k;
}

unsigned int
__rte_ring_dp_enqueue_finish(struct rte_ring *r, uint32_t old, unsigned int n,
	unsigned int room, unsigned int *free_space)
{
	__rte_ring_dp_wait_tail(r, DP_PROD, old);
	__rte_ring_dp_unmark(dp_self);
	__atomic_store_n(&r->prod.tail, old + n, __ATOMIC_RELEASE);
	__rte_ring_dp_clear(dp_self);
	if (free_space != NULL)
		*free_space = room - n;
	return n;
}

unsigned int
__rte_ring_dp_dequeue_finish(struct rte_ring *r, void **obj_table, uint32_t old,
	unsigned int n, unsigned int room, unsigned int *available)
{
	__rte_ring_dp_wait_tail(r, DP_CONS, old);
	__atomic_store_n(&r->cons.tail, old + n, __ATOMIC_RELEASE);
	__rte_ring_dp_clear(dp_self);
	if (__rte_ring_dp_any_null(obj_table, n))
		return __rte_ring_dp_dequeue_holes(
			r, obj_table, n, room - n, available);
	if (available != NULL)
		*available = room - n;
	return n;
}

unsigned int
rte_ring_dp_enqueue_bulk(struct rte_ring *r, void *const *obj_table,
	unsigned int n, unsigned int *free_space)
{
	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_ST:
		return __rte_ring_dp_enqueue_slow(r, obj_table, n, free_space);
	case RTE_RING_SYNC_MT_RTS:
		return rte_ring_dp_mp_rts_enqueue_bulk(
			r, obj_table, n, free_space);
	case RTE_RING_SYNC_MT_HTS:
		return rte_ring_dp_mp_hts_enqueue_bulk(
			r, obj_table, n, free_space);
	default:
		return rte_ring_dp_mp_enqueue_bulk(r, obj_table, n, free_space);
	}
}

unsigned int
rte_ring_dp_dequeue_bulk(struct rte_ring *r, void **obj_table, unsigned int n,
	unsigned int *available)
{
	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_ST:
		return __rte_ring_dp_dequeue_slow(r, obj_table, n, available);
	case RTE_RING_SYNC_MT_RTS:
		return rte_ring_dp_mc_rts_dequeue_bulk(
			r, obj_table, n, available);
	case RTE_RING_SYNC_MT_HTS:
		return rte_ring_dp_mc_hts_dequeue_bulk(
			r, obj_table, n, available);
	default:
		return rte_ring_dp_mc_dequeue_bulk(r, obj_table, n, available);
	}
}

unsigned int
rte_ring_dp_recover(struct rte_ring *r)
{
	unsigned int moved = 0;

	if (dp_in_flight(r, DP_PROD))
		moved += dp_recover_side(r, DP_PROD);
	if (dp_in_flight(r, DP_CONS))
		moved += dp_recover_side(r, DP_CONS);
	return moved;
}

unsigned int
rte_ring_dp_count(struct rte_ring *r)
{
	const void *const *slots = (const void *const *)&r[1];
	uint32_t from, to, count, p;

	if (dp_in_flight(r, DP_PROD))
		dp_unstick(r, DP_PROD);
	if (dp_in_flight(r, DP_CONS))
		dp_unstick(r, DP_CONS);
	/* As dp_st_dequeue(): a dead SC may have left cleared slots. */
	if (dp_mode(r, DP_CONS) == RTE_RING_SYNC_ST &&
		__rte_ring_dp_clears(r, __RTE_RING_DP_ANY_MODE) &&
		dp_in_flight(r, DP_CONS) &&
		__atomic_load_n(&r->dp.holes, __ATOMIC_RELAXED) == 0)
		__atomic_store_n(&r->dp.holes, 1, __ATOMIC_RELAXED);
	from = __rte_ring_cons_tail(r, __ATOMIC_ACQUIRE);
	to = __rte_ring_prod_tail(r, __ATOMIC_ACQUIRE);
	count = to - from;
	if (count > r->capacity)
		return 0; /* tails read at different times */
	if (__atomic_load_n(&r->dp.holes, __ATOMIC_RELAXED) != 0)
		for (p = from; p != to; p++)
			if (__atomic_load_n(&slots[p & r->mask],
				    __ATOMIC_RELAXED) == NULL)
				count--;
	return count;
}
