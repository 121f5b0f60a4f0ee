/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * "bucket": a mempool handler that owns its memory layout and keeps the
 * objects in buckets, blocks of contiguous memory of a build-time size
 * (RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB, rounded up to a power of two),
 * each aligned on its size. A bucket that has all its objects back can
 * be handed out whole: rte_mempool_get_contig_blocks() returns the first
 * object of whole buckets, and get_info() tells the bucket size.
 *
 * This file owns the bucket layout (calc_mem_size, populate), the
 * handler's store and its per-lcore caches. It must not touch the pool
 * structure beyond pool_data.
 *
 * Layout of a bucket (the block is found from any of its objects by
 * masking the address):
 *
 *   [struct bucket_hdr + next[] links][obj 0][obj 1]...[obj nobjs-1]
 *
 * where each object is the pool's header, element and trailer. The
 * free objects of a bucket form a LIFO of object indices linked by
 * next[], whose head {top, nfree} is one 32-bit word.
 *
 * The store: every bucket's free list, plus what finds them quickly
 * (`avail`, the buckets with free objects, and `nfree`, their sum),
 * under one robust lock.
 *
 * Each lcore id has a cache, a stack of up to BUCKET_CACHE_CAP objects
 * used by one process, its producer (the first to use that lcore id on
 * the pool, or the next after it died; another live process with the
 * same lcore id uses the store). Gets and puts of 1 to
 * BUCKET_CACHE_FILL - 1 objects are served there without any atomic
 * read-modify-write: one object costs loads, stores and no fence (the
 * 22.11 driver keeps per-lcore bucket stacks, and sends an object freed
 * on another lcore through its owner's ring and gets single objects
 * from a shared ring: a compare-and-swap per get). A refill takes from
 * the store, and a flush gives it, up to BUCKET_CACHE_FILL objects,
 * under the cache's robust lock. A get the store cannot serve, and a
 * block get short of whole buckets, first empty every cache into the
 * store (bucket_drain_caches), so objects never stay out of reach on an
 * idle lcore or in a dead process.
 *
 * The drain and a producer's fast path exclude each other by an
 * asymmetric Dekker pair: the producer stores `active` then loads
 * `steal` with only a compiler barrier between; the drainer, holding
 * the cache's lock, stores `steal`, runs membarrier's global expedited
 * barrier (a full barrier on every CPU running a thread of a process
 * that registered, which every process using this driver does at load
 * and after fork), then waits for `active` to clear. So either the
 * producer sees `steal` and takes the locked slow path, or the drainer
 * sees `active` and waits. Where the barrier is not available a process
 * uses no cache, and a drainer only empties the caches of dead
 * producers. Lock order: caches, then the store.
 *
 * Kill argument (a process may die at any instruction; others take its
 * locks over, rte_robust_lock.h). At every instant each free object is
 * in exactly one place: a bucket list (counted by its head) or a cache
 * (below its length). Each move between places is one store that takes
 * the objects out of one place before another store puts them in:
 *  - a bucket list changes by one store of its head, after the links of
 *    the objects it gains are written (links of objects outside the
 *    list mean nothing), so a list is whole at every instant;
 *  - a cache's length is one store, after the slots it gains are
 *    written; a get copies the objects before lowering it, a flush or
 *    a drain lowers it before the objects go to the buckets, a refill
 *    raises it after they left them;
 *  - `avail`, `nfree` and the buckets' `pos` are derived from the
 *    heads: whoever takes the store lock over from a dead holder
 *    rebuilds them (bucket_store_rebuild). A cache lock taken over
 *    needs nothing but clearing `steal` (a dead drainer's), and a
 *    producer that died in a fast path leaves `active` set: a drainer
 *    stops waiting once the producer is dead, and the next producer
 *    clears it when it claims the cache.
 * So a dead process never leaves an object in two places (no duplicate)
 * nor a lock held or a flag that others wait on forever (no hang). What
 * it had taken out and not yet put in (the burst of the call it died
 * in, plus the objects of a refill, flush or drain it was making) is
 * held by it: in no list and no cache, counted by the pool as in use.
 * get_count sums the heads and the cache lengths, the places
 * themselves, so it is exact after any kill.
 *
 * Every piece of state is in shared memory (pool data from rte_malloc,
 * the headers in the pool's chunks) and holds only addresses that are
 * the same in every process, so the pool works from secondary processes
 * too.
 */

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/membarrier.h>

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mempool.h>
#include <rte_robust_lock.h>

#ifndef RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB
#define RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB 64
#endif

/* End of a bucket's free list. */
#define BUCKET_NONE UINT16_MAX
/* Most objects a bucket may hold (indices are 16 bits). */
#define BUCKET_MAX_OBJS (UINT16_MAX - 1)
/* Objects an lcore cache holds at most. */
#define BUCKET_CACHE_CAP 128
/*
 * What a refill leaves in a cache after serving its get, and a flush
 * leaves in it; gets and puts of this many or more go to the store.
 */
#define BUCKET_CACHE_FILL 64
/* `pos` of a bucket not in `avail`. */
#define BUCKET_UNLISTED UINT32_MAX

/* Head of a bucket's free list: one 32-bit word. */
union bucket_head {
	uint32_t u32;
	struct {
		uint16_t top; /* first free object, BUCKET_NONE if none */
		uint16_t nfree; /* free objects in the list */
	};
};

/* At the start of every bucket. */
struct bucket_hdr {
	uint32_t head; /* union bucket_head */
	uint32_t pos; /* index in avail[] or BUCKET_UNLISTED (derived) */
	uint16_t nobjs; /* objects in this bucket */
	uint16_t next[]; /* free-list links, by object index */
};

/*
 * An lcore's cache: a stack of objects used by one process, its
 * producer, without atomic read-modify-writes (see bucket_fast_enter);
 * drainers and the producer's slow paths take its lock.
 */
struct bucket_lcore {
	uint64_t producer; /* owner id of the process using it, 0: none */
	uint32_t len; /* objs[0 .. len - 1] are free objects */
	uint32_t active; /* the producer is in a fast path */
	uint32_t steal; /* a drainer has it: fast paths stay out */
	rte_robust_lock_t lock; /* drainers and the producer's slow paths */
	void *objs[BUCKET_CACHE_CAP];
} __rte_cache_aligned;

/* pool_data of a bucket pool. */
struct bucket_pool {
	uint32_t block_size; /* bytes per bucket, a power of two */
	uint32_t hdr_size; /* bytes before a bucket's first object */
	uint32_t obj_size; /* header + element + trailer */
	uint32_t elt_off; /* pool header bytes before an element */
	uint32_t obj_per_bucket; /* objects of a whole bucket */
	uint32_t obj_recip; /* ceil(2^32 / obj_size) */
	uint32_t nb_buckets; /* buckets populated */
	uint32_t max_buckets; /* room in bucket[] and avail[] */
	struct bucket_hdr **bucket; /* every bucket, populate order */
	struct bucket_hdr **avail; /* buckets with free objects */
	/* The store's lock and derived state (see the top comment). */
	rte_robust_lock_t lock __rte_cache_aligned;
	uint32_t navail; /* entries of avail[] */
	uint32_t nfree; /* free objects of the listed buckets */
	struct bucket_lcore lcore[RTE_MAX_LCORE];
};

static __rte_always_inline struct bucket_hdr *
bucket_of(const struct bucket_pool *bp, const void *obj)
{
	return (struct bucket_hdr *)((uintptr_t)obj &
		~(uintptr_t)(bp->block_size - 1));
}

static __rte_always_inline uint16_t
bucket_index(const struct bucket_pool *bp, const struct bucket_hdr *b,
	const void *obj)
{
	uint64_t off =
		(uintptr_t)obj - (uintptr_t)b - bp->hdr_size - bp->elt_off;

	/* Exact for multiples of obj_size below 2^32 / obj_size objects. */
	return (uint16_t)((off * bp->obj_recip) >> 32);
}

static __rte_always_inline void *
bucket_obj(const struct bucket_pool *bp, struct bucket_hdr *b, unsigned int i)
{
	return (char *)b + bp->hdr_size + (size_t)i * bp->obj_size +
		bp->elt_off;
}

/* ----- the store (its lock held) ----- */

static __rte_always_inline void
bucket_list(struct bucket_pool *bp, struct bucket_hdr *b)
{
	b->pos = bp->navail;
	bp->avail[bp->navail++] = b;
}

static __rte_always_inline void
bucket_unlist(struct bucket_pool *bp, struct bucket_hdr *b)
{
	struct bucket_hdr *last = bp->avail[--bp->navail];

	bp->avail[b->pos] = last;
	last->pos = b->pos;
	b->pos = BUCKET_UNLISTED;
}

/* Make avail, nfree and pos again from the heads (lock taken over). */
static void
bucket_store_rebuild(struct bucket_pool *bp)
{
	union bucket_head h;
	unsigned int i;

	bp->navail = 0;
	bp->nfree = 0;
	for (i = 0; i < bp->nb_buckets; i++) {
		struct bucket_hdr *b = bp->bucket[i];

		h.u32 = __atomic_load_n(&b->head, __ATOMIC_RELAXED);
		b->pos = BUCKET_UNLISTED;
		if (h.nfree == 0)
			continue;
		bucket_list(bp, b);
		bp->nfree += h.nfree;
	}
	RTE_LOG(NOTICE, MEMPOOL,
		"bucket store taken over from a dead process: %u free "
		"objects in %u buckets\n",
		bp->nfree, bp->navail);
}

static __rte_always_inline void
bucket_store_lock(struct bucket_pool *bp)
{
	if (unlikely(rte_robust_lock(&bp->lock)))
		bucket_store_rebuild(bp);
}

static __rte_always_inline void
bucket_store_unlock(struct bucket_pool *bp)
{
	rte_robust_unlock(&bp->lock);
}

/* Move n objects (n <= nfree) from the buckets to objs. */
static void
bucket_store_take(struct bucket_pool *bp, void **objs, unsigned int n)
{
	union bucket_head h;
	unsigned int i, m;
	struct bucket_hdr *b;
	uint16_t idx;

	bp->nfree -= n;
	while (n > 0) {
		b = bp->avail[bp->navail - 1];
		h.u32 = b->head;
		m = RTE_MIN(n, (unsigned int)h.nfree);
		idx = h.top;
		for (i = 0; i < m; i++) {
			*objs++ = bucket_obj(bp, b, idx);
			idx = b->next[idx];
		}
		h.top = idx;
		h.nfree = (uint16_t)(h.nfree - m);
		/* The objects leave the list here. */
		__atomic_store_n(&b->head, h.u32, __ATOMIC_RELEASE);
		if (h.nfree == 0)
			bucket_unlist(bp, b);
		n -= m;
	}
}

/* Move n objects from objs to their buckets. */
static void
bucket_store_give(struct bucket_pool *bp, void *const *objs, unsigned int n)
{
	union bucket_head h;
	unsigned int i = 0, j;
	uint16_t first, last, idx;
	struct bucket_hdr *b;

	bp->nfree += n;
	while (i < n) {
		/* Objects of one bucket in a row go in with one store. */
		b = bucket_of(bp, objs[i]);
		first = last = bucket_index(bp, b, objs[i]);
		for (j = i + 1; j < n && bucket_of(bp, objs[j]) == b; j++) {
			idx = bucket_index(bp, b, objs[j]);
			b->next[last] = idx;
			last = idx;
		}
		h.u32 = b->head;
		b->next[last] = h.top;
		h.top = first;
		h.nfree = (uint16_t)(h.nfree + (j - i));
		/* The objects enter the list here. */
		__atomic_store_n(&b->head, h.u32, __ATOMIC_RELEASE);
		if (b->pos == BUCKET_UNLISTED)
			bucket_list(bp, b);
		i = j;
	}
}

/*
 * Up to n whole buckets, all or none: their first objects in firsts.
 * Returns n or 0.
 */
static unsigned int
bucket_store_blocks(struct bucket_pool *bp, void **firsts, unsigned int n)
{
	const uint32_t opb = bp->obj_per_bucket;
	union bucket_head h, none = {.top = BUCKET_NONE, .nfree = 0};
	unsigned int i, whole = 0, got = 0;
	struct bucket_hdr *b;

	for (i = 0; i < bp->navail && whole < n; i++) {
		b = bp->avail[i];
		h.u32 = b->head;
		whole += b->nobjs == opb && h.nfree == opb;
	}
	if (whole < n)
		return 0;
	/* Unlisting moves the last entry to i: walk down. */
	for (i = bp->navail; i-- > 0 && got < n;) {
		b = bp->avail[i];
		h.u32 = b->head;
		if (b->nobjs != opb || h.nfree != opb)
			continue;
		__atomic_store_n(&b->head, none.u32, __ATOMIC_RELEASE);
		bucket_unlist(bp, b);
		bp->nfree -= opb;
		firsts[got++] = bucket_obj(bp, b, 0);
	}
	return got;
}

/* ----- the lcore caches ----- */

/*
 * This process's owner id (rte_eal_owner_id), 0 until a slow path
 * reads it, and whether it is registered for membarrier's global
 * expedited barrier. A forked child starts again (bucket_self_child):
 * it has another owner id and the kernel drops the registration.
 */
static uint64_t bucket_self;
static int bucket_barrier_ok;

static void
bucket_barrier_register(void)
{
	long ret = syscall(
		SYS_membarrier, MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED, 0, 0);

	__atomic_store_n(&bucket_barrier_ok, ret == 0, __ATOMIC_RELAXED);
}

static void
bucket_self_child(void)
{
	__atomic_store_n(&bucket_self, 0, __ATOMIC_RELAXED);
	bucket_barrier_register();
}

RTE_INIT(bucket_self_init)
{
	bucket_barrier_register();
	pthread_atfork(NULL, NULL, bucket_self_child);
}

/* Whether the calling process fills lc (the fast paths' check). */
static __rte_always_inline int
bucket_cache_is_mine(const struct bucket_lcore *lc)
{
	uint64_t me = __atomic_load_n(&bucket_self, __ATOMIC_RELAXED);

	return me != 0 &&
		__atomic_load_n(&lc->producer, __ATOMIC_RELAXED) == me;
}

/* Milliseconds a thread trusts that a producer it found alive is. */
#define BUCKET_ALIVE_MEMO_MS 100

/*
 * Whether the process named p (not this one) is alive. A thread that
 * shares an lcore id with a live producer (a forked child of it) asks
 * on every call; the last answer is kept a short while so that it does
 * not read /proc each time.
 */
static int
bucket_other_alive(uint64_t p)
{
	static __thread uint64_t memo_owner, memo_until;
	uint64_t now = rte_get_timer_cycles();

	if (p == memo_owner && now < memo_until)
		return 1;
	if (!rte_eal_owner_alive(p))
		return 0;
	memo_owner = p;
	memo_until = now + rte_get_timer_hz() * BUCKET_ALIVE_MEMO_MS / 1000;
	return 1;
}

/*
 * Lock lc for its producer's slow path, claiming it first if nobody
 * alive uses it. 0 (not locked) if another live process uses it, or
 * if this one cannot take part in the barrier drainers rely on: then
 * the caller uses the store.
 */
static int
bucket_cache_lock_mine(struct bucket_lcore *lc)
{
	uint64_t me = rte_eal_owner_id(), p;

	__atomic_store_n(&bucket_self, me, __ATOMIC_RELAXED);
	if (!__atomic_load_n(&bucket_barrier_ok, __ATOMIC_RELAXED))
		return 0;
	p = __atomic_load_n(&lc->producer, __ATOMIC_ACQUIRE);
	if (p != me && p != 0 && bucket_other_alive(p))
		return 0;
	/* Taken over or not, len names exactly the cached objects. */
	(void)rte_robust_lock(&lc->lock);
	p = __atomic_load_n(&lc->producer, __ATOMIC_RELAXED);
	if (p != me) {
		if (p != 0 && rte_eal_owner_alive(p)) {
			rte_robust_unlock(&lc->lock);
			return 0;
		}
		/* A dead producer may have died inside a fast path. */
		__atomic_store_n(&lc->active, 0, __ATOMIC_RELAXED);
		__atomic_store_n(&lc->producer, me, __ATOMIC_RELEASE);
	}
	/* With the lock, a steal still set is a dead drainer's. */
	__atomic_store_n(&lc->steal, 0, __ATOMIC_RELAXED);
	return 1;
}

/*
 * Enter a fast path on our own cache: 1 if no drainer holds it. The
 * store of active and the load of steal are a Dekker pair whose other
 * side (bucket_drain_caches) runs a barrier on every CPU in between,
 * so this side needs no fence: either this load sees steal, or the
 * drainer sees active.
 */
static __rte_always_inline int
bucket_fast_enter(struct bucket_lcore *lc)
{
	__atomic_store_n(&lc->active, 1, __ATOMIC_RELAXED);
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
	if (likely(__atomic_load_n(&lc->steal, __ATOMIC_ACQUIRE) == 0))
		return 1;
	__atomic_store_n(&lc->active, 0, __ATOMIC_RELEASE);
	return 0;
}

static __rte_always_inline void
bucket_fast_leave(struct bucket_lcore *lc)
{
	__atomic_store_n(&lc->active, 0, __ATOMIC_RELEASE);
}

/* Copy objects out of and into a cache (producer or lock holder). */
static __rte_always_inline void
bucket_cache_out(
	struct bucket_lcore *lc, uint32_t len, void **objs, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		objs[i] = __atomic_load_n(
			&lc->objs[len - 1 - i], __ATOMIC_RELAXED);
}

static __rte_always_inline void
bucket_cache_in(struct bucket_lcore *lc, uint32_t len, void *const *objs,
	unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		__atomic_store_n(&lc->objs[len + i], objs[i], __ATOMIC_RELAXED);
}

/*
 * Take the lock of another lcore's cache if it is free or its holder
 * is dead; 0 if a live process holds it.
 */
static int
bucket_cache_grab(struct bucket_lcore *lc)
{
	uint64_t holder;

	if (rte_robust_trylock(&lc->lock))
		return 1;
	holder = __atomic_load_n(&lc->lock.owner, __ATOMIC_RELAXED);
	if (holder == 0)
		return rte_robust_trylock(&lc->lock);
	if (rte_eal_owner_alive(holder))
		return 0;
	/* Waits only for another taker of the dead holder's lock. */
	(void)rte_robust_lock(&lc->lock);
	return 1;
}

/* Whether nobody alive fills lc. */
static int
bucket_producer_gone(const struct bucket_lcore *lc)
{
	uint64_t p = __atomic_load_n(&lc->producer, __ATOMIC_RELAXED);

	return p == 0 || !rte_eal_owner_alive(p);
}

/* Spins on a cache's active flag between two checks of its producer. */
#define BUCKET_ACTIVE_SPINS 4096

/* With steal set and seen: wait for the producer's fast path to end. */
static void
bucket_wait_idle(const struct bucket_lcore *lc)
{
	unsigned int spins = 0;

	while (__atomic_load_n(&lc->active, __ATOMIC_ACQUIRE) != 0) {
		if (++spins % BUCKET_ACTIVE_SPINS != 0) {
			rte_pause();
			continue;
		}
		/* Died inside a fast path: nothing moves any more. */
		if (bucket_producer_gone(lc))
			return;
	}
}

/*
 * Empty into the store every cache whose lock is free (the producer is
 * outside its slow path): objects moved. Each cache grabbed gets steal
 * set, then one barrier on every CPU of every registered process makes
 * sure a producer entering a fast path from now on sees it, and a
 * producer inside one is waited for.
 */
static unsigned int
bucket_drain_caches(struct bucket_pool *bp)
{
	void *buf[BUCKET_CACHE_CAP];
	uint8_t grabbed[RTE_MAX_LCORE];
	unsigned int l, n, moved = 0, nb = 0;
	int barrier;

	for (l = 0; l < RTE_MAX_LCORE; l++) {
		struct bucket_lcore *lc = &bp->lcore[l];

		grabbed[l] = 0;
		if (__atomic_load_n(&lc->len, __ATOMIC_RELAXED) == 0 ||
			!bucket_cache_grab(lc))
			continue;
		__atomic_store_n(&lc->steal, 1, __ATOMIC_SEQ_CST);
		grabbed[l] = 1;
		nb++;
	}
	if (nb == 0)
		return 0;
	barrier = syscall(SYS_membarrier, MEMBARRIER_CMD_GLOBAL_EXPEDITED, 0,
			  0) == 0;
	for (l = 0; l < RTE_MAX_LCORE; l++) {
		struct bucket_lcore *lc = &bp->lcore[l];

		if (!grabbed[l])
			continue;
		/* Without the barrier only a dead producer's cache. */
		if (barrier || bucket_producer_gone(lc)) {
			bucket_wait_idle(lc);
			n = __atomic_load_n(&lc->len, __ATOMIC_ACQUIRE);
			if (n != 0) {
				bucket_cache_out(lc, n, buf, n);
				/* Out of the cache before into the store. */
				__atomic_store_n(&lc->len, 0, __ATOMIC_RELEASE);
				bucket_store_lock(bp);
				bucket_store_give(bp, buf, n);
				bucket_store_unlock(bp);
				moved += n;
			}
		}
		__atomic_store_n(&lc->steal, 0, __ATOMIC_RELEASE);
		rte_robust_unlock(&lc->lock);
	}
	return moved;
}

/* ----- handler callbacks ----- */

/* A put the fast path does not serve. */
static __rte_noinline int
bucket_enqueue_slow(struct bucket_pool *bp, struct bucket_lcore *lc,
	void *const *obj_table, unsigned int n)
{
	void *buf[BUCKET_CACHE_CAP];
	uint32_t len, k;

	if (lc != NULL && n < BUCKET_CACHE_FILL && bucket_cache_lock_mine(lc)) {
		len = lc->len;
		if (len + n > BUCKET_CACHE_CAP) {
			/* Full: the top goes to the store, FILL stay. */
			k = len - BUCKET_CACHE_FILL;
			bucket_cache_out(lc, len, buf, k);
			__atomic_store_n(
				&lc->len, BUCKET_CACHE_FILL, __ATOMIC_RELEASE);
			bucket_store_lock(bp);
			bucket_store_give(bp, buf, k);
			bucket_store_unlock(bp);
			len = BUCKET_CACHE_FILL;
		}
		bucket_cache_in(lc, len, obj_table, n);
		/* The objects enter the cache here. */
		__atomic_store_n(&lc->len, len + n, __ATOMIC_RELEASE);
		rte_robust_unlock(&lc->lock);
		return 0;
	}
	bucket_store_lock(bp);
	bucket_store_give(bp, obj_table, n);
	bucket_store_unlock(bp);
	return 0;
}

/*
 * The calling lcore's cache slot in *slot (NULL for a thread without an
 * lcore id), and that cache entered for a lock-free get or put of n
 * objects (1 <= n < BUCKET_CACHE_FILL) if this process owns it, else
 * NULL: the caller then takes the slow path with *slot. A cache
 * returned is left with bucket_fast_leave.
 */
static __rte_always_inline struct bucket_lcore *
bucket_fast_open(
	struct bucket_pool *bp, unsigned int n, struct bucket_lcore **slot)
{
	unsigned int id = rte_lcore_id();
	struct bucket_lcore *lc;

	*slot = NULL;
	if (unlikely(id >= RTE_MAX_LCORE))
		return NULL;
	lc = &bp->lcore[id];
	*slot = lc;
	if (likely(n - 1 < BUCKET_CACHE_FILL - 1 && bucket_cache_is_mine(lc)) &&
		likely(bucket_fast_enter(lc)))
		return lc;
	return NULL;
}

static int
bucket_enqueue(struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	struct bucket_lcore *slot, *lc;
	uint32_t len;

	/* 1 <= n < BUCKET_CACHE_FILL, into room in our own cache. */
	lc = bucket_fast_open(bp, n, &slot);
	if (likely(lc != NULL)) {
		len = __atomic_load_n(&lc->len, __ATOMIC_RELAXED);
		if (likely(len + n <= BUCKET_CACHE_CAP)) {
			bucket_cache_in(lc, len, obj_table, n);
			/* The objects enter the cache here. */
			__atomic_store_n(&lc->len, len + n, __ATOMIC_RELAXED);
			bucket_fast_leave(lc);
			return 0;
		}
		bucket_fast_leave(lc);
	}
	if (unlikely(n == 0))
		return 0;
	return bucket_enqueue_slow(bp, slot, obj_table, n);
}

/*
 * n objects straight from the store, and into lc (locked by its
 * producer, or NULL) up to BUCKET_CACHE_FILL more; 0 or -ENOBUFS.
 */
static int
bucket_store_get(struct bucket_pool *bp, struct bucket_lcore *lc,
	void **obj_table, unsigned int n)
{
	unsigned int more = 0;
	uint32_t len = 0;

	if (lc != NULL) {
		len = lc->len;
		more = RTE_MIN(BUCKET_CACHE_CAP - len,
			(unsigned int)BUCKET_CACHE_FILL);
	}
	bucket_store_lock(bp);
	if (bp->nfree < n) {
		bucket_store_unlock(bp);
		return -ENOBUFS;
	}
	bucket_store_take(bp, obj_table, n);
	more = RTE_MIN(more, bp->nfree);
	if (more != 0) {
		void *buf[BUCKET_CACHE_FILL];

		bucket_store_take(bp, buf, more);
		bucket_store_unlock(bp);
		bucket_cache_in(lc, len, buf, more);
		/* The objects enter the cache here. */
		__atomic_store_n(&lc->len, len + more, __ATOMIC_RELEASE);
		return 0;
	}
	bucket_store_unlock(bp);
	return 0;
}

/* A get the fast path does not serve. */
static __rte_noinline int
bucket_dequeue_slow(struct bucket_pool *bp, struct bucket_lcore *lc,
	void **obj_table, unsigned int n)
{
	uint32_t len;
	int ret;

	if (lc != NULL && n < BUCKET_CACHE_FILL && bucket_cache_lock_mine(lc)) {
		len = lc->len;
		if (len >= n) {
			bucket_cache_out(lc, len, obj_table, n);
			/* The objects leave the cache here. */
			__atomic_store_n(&lc->len, len - n, __ATOMIC_RELEASE);
			ret = 0;
		} else {
			ret = bucket_store_get(bp, lc, obj_table, n);
		}
		rte_robust_unlock(&lc->lock);
		if (ret == 0)
			return 0;
	} else if (bucket_store_get(bp, NULL, obj_table, n) == 0) {
		return 0;
	}
	/* Every cache to the store, then one more try. */
	if (bucket_drain_caches(bp) == 0)
		return -ENOBUFS;
	return bucket_store_get(bp, NULL, obj_table, n);
}

static int
bucket_dequeue(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	struct bucket_lcore *slot, *lc;
	uint32_t len;

	/* 1 <= n < BUCKET_CACHE_FILL, from our own cache. */
	lc = bucket_fast_open(bp, n, &slot);
	if (likely(lc != NULL)) {
		len = __atomic_load_n(&lc->len, __ATOMIC_RELAXED);
		if (likely(len >= n)) {
			bucket_cache_out(lc, len, obj_table, n);
			/* The objects leave the cache here. */
			__atomic_store_n(&lc->len, len - n, __ATOMIC_RELAXED);
			bucket_fast_leave(lc);
			return 0;
		}
		bucket_fast_leave(lc);
	}
	if (unlikely(n == 0))
		return 0;
	return bucket_dequeue_slow(bp, slot, obj_table, n);
}

static int
bucket_dequeue_contig_blocks(
	struct rte_mempool *mp, void **first_obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	unsigned int got;
	int drained = 0;

	if (unlikely(n == 0))
		return 0;
	for (;;) {
		bucket_store_lock(bp);
		got = bucket_store_blocks(bp, first_obj_table, n);
		bucket_store_unlock(bp);
		if (got == n)
			return 0;
		/* Short: bring the caches in, try once more. */
		if (drained++ != 0 || bucket_drain_caches(bp) == 0)
			return -ENOBUFS;
	}
}

/* The free objects themselves: the bucket lists and the caches. */
static unsigned int
bucket_get_count(const struct rte_mempool *mp)
{
	const struct bucket_pool *bp = mp->pool_data;
	union bucket_head h;
	unsigned int nb = __atomic_load_n(&bp->nb_buckets, __ATOMIC_ACQUIRE);
	uint64_t count = 0;
	unsigned int i;

	for (i = 0; i < nb; i++) {
		h.u32 = __atomic_load_n(&bp->bucket[i]->head, __ATOMIC_RELAXED);
		count += h.nfree;
	}
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		uint32_t len =
			__atomic_load_n(&bp->lcore[i].len, __ATOMIC_RELAXED);

		count += RTE_MIN(len, (uint32_t)BUCKET_CACHE_CAP);
	}
	return (unsigned int)RTE_MIN(count, (uint64_t)mp->size);
}

/* Bucket geometry for mp; 0 or -EINVAL (logged). */
static int
bucket_geometry(const struct rte_mempool *mp, struct bucket_pool *bp)
{
	uint64_t block = rte_align64pow2(
		(uint64_t)RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB * 1024);
	uint64_t obj =
		(uint64_t)mp->header_size + mp->elt_size + mp->trailer_size;
	uint64_t opb, hdr;

	opb = RTE_MIN((block - sizeof(struct bucket_hdr)) / (obj + 2),
		(uint64_t)BUCKET_MAX_OBJS);
	hdr = RTE_ALIGN_CEIL(sizeof(struct bucket_hdr) + 2 * opb,
		(uint64_t)RTE_CACHE_LINE_SIZE);
	while (opb > 0 && hdr + opb * obj > block) {
		opb--;
		hdr = RTE_ALIGN_CEIL(sizeof(struct bucket_hdr) + 2 * opb,
			(uint64_t)RTE_CACHE_LINE_SIZE);
	}
	if (opb == 0) {
		RTE_LOG(ERR, MEMPOOL,
			"pool %s: objects of %" PRIu64 " bytes do not fit "
			"a %" PRIu64 " KiB bucket "
			"(RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB)\n",
			mp->name, obj, block / 1024);
		return -EINVAL;
	}
	bp->block_size = (uint32_t)block;
	bp->hdr_size = (uint32_t)hdr;
	bp->obj_size = (uint32_t)obj;
	bp->elt_off = mp->header_size;
	bp->obj_per_bucket = (uint32_t)opb;
	bp->obj_recip = (uint32_t)(((UINT64_C(1) << 32) + obj - 1) / obj);
	return 0;
}

static int
bucket_alloc(struct rte_mempool *mp)
{
	struct bucket_pool *bp;
	uint64_t max;
	int ret;

	bp = rte_zmalloc_socket(
		"bucket_pool", sizeof(*bp), RTE_CACHE_LINE_SIZE, mp->socket_id);
	if (bp == NULL) {
		RTE_LOG(ERR, MEMPOOL, "pool %s: no memory for bucket data\n",
			mp->name);
		return -ENOMEM;
	}
	ret = bucket_geometry(mp, bp);
	if (ret < 0)
		goto fail;
	/* Every bucket of a chunk but the edges is whole. */
	max = 2 * ((uint64_t)mp->size / bp->obj_per_bucket + 1) + 64;
	bp->max_buckets = (uint32_t)RTE_MIN(max, (uint64_t)mp->size);
	bp->bucket = rte_zmalloc_socket("bucket_index",
		2 * (size_t)bp->max_buckets * sizeof(bp->bucket[0]),
		RTE_CACHE_LINE_SIZE, mp->socket_id);
	if (bp->bucket == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"pool %s: no memory for the index of %u buckets\n",
			mp->name, bp->max_buckets);
		ret = -ENOMEM;
		goto fail;
	}
	bp->avail = bp->bucket + bp->max_buckets;
	rte_robust_lock_init(&bp->lock);
	mp->pool_data = bp;
	return 0;
fail:
	rte_free(bp);
	rte_errno = -ret;
	return ret;
}

static void
bucket_free(struct rte_mempool *mp)
{
	struct bucket_pool *bp = mp->pool_data;

	if (bp == NULL)
		return;
	rte_free(bp->bucket);
	rte_free(bp);
	mp->pool_data = NULL;
}

static ssize_t
bucket_calc_mem_size(const struct rte_mempool *mp, uint32_t obj_num,
	uint32_t pg_shift, size_t *min_chunk_size, size_t *align)
{
	const struct bucket_pool *bp = mp->pool_data;
	uint64_t blocks;

	RTE_SET_USED(pg_shift);
	if (bp == NULL)
		return -EINVAL;
	/* Buckets are aligned on their size: one block holds one. */
	blocks = ((uint64_t)obj_num + bp->obj_per_bucket - 1) /
		bp->obj_per_bucket;
	*min_chunk_size = bp->block_size;
	*align = bp->block_size;
	return (ssize_t)(blocks * bp->block_size);
}

static int
bucket_populate(struct rte_mempool *mp, unsigned int max_objs, void *vaddr,
	rte_iova_t iova, size_t len, rte_mempool_populate_obj_cb_t *obj_cb,
	void *obj_cb_arg)
{
	struct bucket_pool *bp = mp->pool_data;
	uintptr_t start, end = (uintptr_t)vaddr + len, blk;
	unsigned int made = 0, cnt, i;

	if (bp == NULL)
		return -EINVAL;
	start = RTE_ALIGN_CEIL((uintptr_t)vaddr, (uintptr_t)bp->block_size);
	bucket_store_lock(bp);
	for (blk = start; blk + bp->hdr_size + bp->obj_size <= end &&
		made < max_objs && bp->nb_buckets < bp->max_buckets;
		blk += bp->block_size) {
		struct bucket_hdr *b = (struct bucket_hdr *)blk;
		union bucket_head h;
		size_t room = RTE_MIN((size_t)bp->block_size, end - blk);

		cnt = RTE_MIN(
			(unsigned int)((room - bp->hdr_size) / bp->obj_size),
			bp->obj_per_bucket);
		cnt = RTE_MIN(cnt, max_objs - made);
		memset(b, 0, bp->hdr_size);
		b->nobjs = (uint16_t)cnt;
		for (i = 0; i < cnt; i++) {
			void *obj = bucket_obj(bp, b, i);

			obj_cb(mp, obj_cb_arg, obj,
				iova == RTE_BAD_IOVA ? RTE_BAD_IOVA
						     : iova +
						((uintptr_t)obj -
							(uintptr_t)vaddr));
			b->next[i] =
				i + 1 < cnt ? (uint16_t)(i + 1) : BUCKET_NONE;
		}
		h.top = 0;
		h.nfree = (uint16_t)cnt;
		__atomic_store_n(&b->head, h.u32, __ATOMIC_RELEASE);
		/* Seen by get_count and a rebuild once it is complete. */
		bp->bucket[bp->nb_buckets] = b;
		__atomic_store_n(
			&bp->nb_buckets, bp->nb_buckets + 1, __ATOMIC_RELEASE);
		bucket_list(bp, b);
		bp->nfree += cnt;
		made += cnt;
	}
	bucket_store_unlock(bp);
	return (int)made;
}

static int
bucket_get_info(const struct rte_mempool *mp, struct rte_mempool_info *info)
{
	const struct bucket_pool *bp = mp->pool_data;

	if (bp == NULL)
		return -EINVAL;
	info->contig_block_size = bp->obj_per_bucket;
	return 0;
}

static const struct rte_mempool_ops ops_bucket = {
	.name = "bucket",
	.alloc = bucket_alloc,
	.free = bucket_free,
	.enqueue = bucket_enqueue,
	.dequeue = bucket_dequeue,
	.get_count = bucket_get_count,
	.calc_mem_size = bucket_calc_mem_size,
	.populate = bucket_populate,
	.get_info = bucket_get_info,
	.dequeue_contig_blocks = bucket_dequeue_contig_blocks,
};

RTE_MEMPOOL_REGISTER_OPS(ops_bucket);
