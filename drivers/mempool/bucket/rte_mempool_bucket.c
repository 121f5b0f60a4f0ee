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
 * under one robust lock. Each lcore has a cache: a stack of up to
 * BUCKET_CACHE_CAP objects under its own robust lock, so a get or put
 * of a few objects is a lock, a copy and an unlock that no other lcore
 * touches (the 22.11 driver keeps per-lcore bucket stacks and sends
 * objects freed on another lcore through rings; here an object goes to
 * the cache of the lcore that frees it). A cache refills and flushes
 * BUCKET_CACHE_FILL objects at a time from and to the store. A get the
 * store cannot serve, and a block get short of whole buckets, first
 * empty every cache into the store (a cache in use is skipped, one
 * whose holder died is taken over), so objects never stay out of reach
 * on an idle lcore or in a dead process. Lock order: a cache, then the
 * store; nobody holds two caches.
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
 *    written; a flush lowers it before the objects go to the buckets,
 *    a refill raises it after they left them;
 *  - `avail`, `nfree` and the buckets' `pos` are derived from the
 *    heads: whoever takes the store lock over from a dead holder
 *    rebuilds them (bucket_store_rebuild), and a cache lock taken over
 *    needs nothing.
 * So a dead process never leaves an object in two places (no duplicate)
 * nor a lock held (no hang). What it had taken out and not yet put in
 * (at most the burst of the call it died in) is held by it: it is in no
 * list and no cache, and the pool counts it as in use. get_count sums
 * the heads and cache lengths, the places themselves, so it is exact
 * after any kill.
 *
 * Every piece of state is in shared memory (pool data from rte_malloc,
 * the headers in the pool's chunks) and holds only addresses that are
 * the same in every process, so the pool works from secondary processes
 * too.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_branch_prediction.h>
#include <rte_common.h>
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

/* An lcore's cache of objects. */
struct bucket_lcore {
	rte_robust_lock_t lock;
	uint32_t len; /* objs[0 .. len - 1] are free objects */
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

/* The calling lcore's cache, or NULL for a non-EAL thread. */
static __rte_always_inline struct bucket_lcore *
bucket_my_lcore(struct bucket_pool *bp)
{
	unsigned int id = rte_lcore_id();

	return likely(id < RTE_MAX_LCORE) ? &bp->lcore[id] : NULL;
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

static __rte_always_inline void
bucket_cache_lock(struct bucket_lcore *lc)
{
	/* Taken over or not, len names exactly the cached objects. */
	(void)rte_robust_lock(&lc->lock);
}

static __rte_always_inline void
bucket_cache_unlock(struct bucket_lcore *lc)
{
	rte_robust_unlock(&lc->lock);
}

/*
 * Take another lcore's cache lock if it is free or its holder is dead;
 * 0 if a live process holds it (it is in use, not idle).
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

/* Empty every cache not in use into the store; objects moved. */
static unsigned int
bucket_drain_caches(struct bucket_pool *bp)
{
	unsigned int l, n, moved = 0;

	for (l = 0; l < RTE_MAX_LCORE; l++) {
		struct bucket_lcore *lc = &bp->lcore[l];

		if (__atomic_load_n(&lc->len, __ATOMIC_RELAXED) == 0 ||
			!bucket_cache_grab(lc))
			continue;
		n = lc->len;
		if (n != 0) {
			/* Out of the cache before they are in the store. */
			__atomic_store_n(&lc->len, 0, __ATOMIC_RELEASE);
			bucket_store_lock(bp);
			bucket_store_give(bp, lc->objs, n);
			bucket_store_unlock(bp);
			moved += n;
		}
		bucket_cache_unlock(lc);
	}
	return moved;
}

/* ----- handler callbacks ----- */

static int
bucket_enqueue(struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	struct bucket_lcore *lc = bucket_my_lcore(bp);
	unsigned int len, i;

	if (likely(lc != NULL && n < BUCKET_CACHE_FILL)) {
		bucket_cache_lock(lc);
		len = lc->len;
		if (unlikely(len + n > BUCKET_CACHE_CAP)) {
			/* Flush the top down to BUCKET_CACHE_FILL. */
			__atomic_store_n(
				&lc->len, BUCKET_CACHE_FILL, __ATOMIC_RELEASE);
			bucket_store_lock(bp);
			bucket_store_give(bp, &lc->objs[BUCKET_CACHE_FILL],
				len - BUCKET_CACHE_FILL);
			bucket_store_unlock(bp);
			len = BUCKET_CACHE_FILL;
		}
		for (i = 0; i < n; i++)
			lc->objs[len + i] = obj_table[i];
		/* The objects enter the cache here. */
		__atomic_store_n(&lc->len, len + n, __ATOMIC_RELEASE);
		bucket_cache_unlock(lc);
		return 0;
	}
	bucket_store_lock(bp);
	bucket_store_give(bp, obj_table, n);
	bucket_store_unlock(bp);
	return 0;
}

/* n objects straight from the store; 0 or -ENOBUFS. */
static int
bucket_store_get(struct bucket_pool *bp, void **obj_table, unsigned int n)
{
	int ret = -ENOBUFS;

	bucket_store_lock(bp);
	if (bp->nfree >= n) {
		bucket_store_take(bp, obj_table, n);
		ret = 0;
	}
	bucket_store_unlock(bp);
	return ret;
}

static int
bucket_dequeue(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	struct bucket_lcore *lc = bucket_my_lcore(bp);
	unsigned int len, got, i;

	if (unlikely(n == 0))
		return 0;
	if (likely(lc != NULL && n < BUCKET_CACHE_FILL)) {
		bucket_cache_lock(lc);
		len = lc->len;
		if (unlikely(len < n)) {
			/* Refill: n to serve, BUCKET_CACHE_FILL left. */
			bucket_store_lock(bp);
			got = RTE_MIN(n + BUCKET_CACHE_FILL - len, bp->nfree);
			bucket_store_take(bp, &lc->objs[len], got);
			bucket_store_unlock(bp);
			len += got;
			/* The objects enter the cache here. */
			__atomic_store_n(&lc->len, len, __ATOMIC_RELEASE);
			if (len < n) {
				bucket_cache_unlock(lc);
				goto short_store;
			}
		}
		len -= n;
		for (i = 0; i < n; i++)
			obj_table[i] = lc->objs[len + n - 1 - i];
		/* The objects leave the cache here. */
		__atomic_store_n(&lc->len, len, __ATOMIC_RELEASE);
		bucket_cache_unlock(lc);
		return 0;
	}
	if (bucket_store_get(bp, obj_table, n) == 0)
		return 0;
short_store:
	/* Every cache not in use to the store, then one more try. */
	if (bucket_drain_caches(bp) == 0)
		return -ENOBUFS;
	return bucket_store_get(bp, obj_table, n);
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
	uint64_t count = 0;
	unsigned int i;

	for (i = 0; i < bp->nb_buckets; i++) {
		h.u32 = __atomic_load_n(&bp->bucket[i]->head, __ATOMIC_RELAXED);
		count += h.nfree;
	}
	for (i = 0; i < RTE_MAX_LCORE; i++)
		count += __atomic_load_n(&bp->lcore[i].len, __ATOMIC_RELAXED);
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
