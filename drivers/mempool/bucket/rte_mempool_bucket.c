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
 * free objects of a bucket form a lock-free LIFO of object indices
 * (next[] in the header), whose head {top, nfree, tag} is replaced by
 * one 64-bit compare-and-swap; the tag grows on every change so a stale
 * head never matches (ABA).
 *
 * Finding free objects:
 *  - `avail` is a ring of the buckets that have free objects. A bucket
 *    is in it at most once: `listed` says it is in the ring or held by a
 *    getter that dequeued it and will put it back or unlist it. The ring
 *    has a slot for every bucket, so enqueueing never fails.
 *  - `nfree` counts the free objects of every listed bucket. A getter
 *    first reserves what it takes from nfree, then collects it, so a get
 *    that cannot be served fails before touching anything.
 *  - each lcore keeps up to BUCKET_LCORE_CACHE whole buckets, taken out
 *    of the shared store when its own puts complete a bucket it was
 *    getting from; its gets use them first. Slots are taken and filled
 *    with atomic exchanges, so a get that finds the shared store short
 *    empties every cache into it first: objects never stay out of
 *    reach on an idle lcore, in a dead process, or in a secondary that
 *    uses the same lcore id.
 *
 * Every piece of state is in shared memory (pool data from rte_malloc,
 * the ring in a memzone, the headers in the pool's chunks) and holds
 * only addresses that are the same in every process, so the pool works
 * from secondary processes too.
 *
 * Memory ordering: a put stores next[] links (relaxed) then publishes
 * them with the head CAS (seq_cst, a release); a get reads the head with
 * acquire, so the links it walks are at least as new as the head; a
 * stale walk only makes its CAS fail. Listing is a Dekker pair: a put
 * that makes a bucket non-empty does CAS(head) then exchange(listed);
 * an unlisting getter does store(listed = 0) then load(head), all
 * seq_cst, so at least one of them sees the other and the bucket is
 * never left unlisted with free objects.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_mempool.h>
#include <rte_pause.h>
#include <rte_ring.h>

#ifndef RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB
#define RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB 64
#endif

/* End of a bucket's free list. */
#define BUCKET_NONE UINT16_MAX
/* Most objects a bucket may hold (indices are 16 bits). */
#define BUCKET_MAX_OBJS (UINT16_MAX - 1)
/* Whole buckets an lcore keeps for itself. */
#define BUCKET_LCORE_CACHE 8
/*
 * Seconds a get that reserved objects waits for the bucket holding them
 * (dequeued by another getter) before it gives up: only a getter that
 * died holding it keeps it away that long.
 */
#define BUCKET_HOLD_WAIT_S 1

/* Head of a bucket's free list: one 64-bit word. */
union bucket_head {
	uint64_t u64;
	struct {
		uint16_t top; /* first free object, BUCKET_NONE if none */
		uint16_t nfree; /* free objects in the list */
		uint32_t tag; /* grows on every change */
	};
};

/* At the start of every bucket. */
struct bucket_hdr {
	uint64_t head; /* union bucket_head */
	uint32_t listed; /* in `avail` or held by a getter */
	uint32_t owner; /* 1 + lcore that last got from it, 0 none */
	uint16_t nobjs; /* objects in this bucket */
	uint16_t next[]; /* free-list links, by object index */
};

/* Whole buckets one lcore keeps; NULL slots are free. */
struct bucket_lcore {
	struct bucket_hdr *b[BUCKET_LCORE_CACHE];
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
	uint32_t max_buckets; /* room in `avail` */
	struct rte_ring *avail; /* buckets with free objects */
	uint64_t nfree __rte_cache_aligned; /* free objects, not cached */
	uint32_t ncached; /* buckets in the lcore caches */
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

/* Take a bucket out of a cache, or NULL. */
static __rte_always_inline struct bucket_hdr *
bucket_cache_pop(struct bucket_pool *bp, struct bucket_lcore *lc)
{
	struct bucket_hdr *b;
	unsigned int i;

	for (i = BUCKET_LCORE_CACHE; i-- > 0;) {
		if (__atomic_load_n(&lc->b[i], __ATOMIC_RELAXED) == NULL)
			continue;
		b = __atomic_exchange_n(&lc->b[i], NULL, __ATOMIC_ACQUIRE);
		if (b != NULL) {
			__atomic_fetch_sub(&bp->ncached, 1, __ATOMIC_RELAXED);
			return b;
		}
	}
	return NULL;
}

/* Whether a cache has a free slot (a hint: others may fill it). */
static __rte_always_inline int
bucket_cache_has_room(const struct bucket_lcore *lc)
{
	unsigned int i;

	for (i = 0; i < BUCKET_LCORE_CACHE; i++)
		if (__atomic_load_n(&lc->b[i], __ATOMIC_RELAXED) == NULL)
			return 1;
	return 0;
}

/* Put a whole bucket in a cache; 0 if it is full. */
static __rte_always_inline int
bucket_cache_push(
	struct bucket_pool *bp, struct bucket_lcore *lc, struct bucket_hdr *b)
{
	struct bucket_hdr *none;
	unsigned int i;

	for (i = 0; i < BUCKET_LCORE_CACHE; i++) {
		none = NULL;
		if (__atomic_load_n(&lc->b[i], __ATOMIC_RELAXED) == NULL &&
			__atomic_compare_exchange_n(&lc->b[i], &none, b, 0,
				__ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
			__atomic_fetch_add(&bp->ncached, 1, __ATOMIC_RELAXED);
			return 1;
		}
	}
	return 0;
}

/* Take k from the shared free count; 0 if fewer are there. */
static __rte_always_inline int
bucket_reserve(struct bucket_pool *bp, uint64_t k)
{
	uint64_t cur = __atomic_load_n(&bp->nfree, __ATOMIC_RELAXED);

	do {
		if (cur < k)
			return 0;
	} while (!__atomic_compare_exchange_n(&bp->nfree, &cur, cur - k, 1,
		__ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
	return 1;
}

static __rte_always_inline void
bucket_unreserve(struct bucket_pool *bp, uint64_t k)
{
	__atomic_fetch_add(&bp->nfree, k, __ATOMIC_RELEASE);
}

/* Put b into `avail` unless it is there (or held) already. */
static void
bucket_list(struct bucket_pool *bp, struct bucket_hdr *b)
{
	/* The ring has a slot per bucket: the enqueue cannot fail. */
	if (__atomic_exchange_n(&b->listed, 1, __ATOMIC_SEQ_CST) == 0)
		RTE_VERIFY(rte_ring_mp_enqueue(bp->avail, b) == 0);
}

/* A getter done with b, which it found without free objects. */
static void
bucket_unlist(struct bucket_pool *bp, struct bucket_hdr *b)
{
	union bucket_head h;

	__atomic_store_n(&b->listed, 0, __ATOMIC_SEQ_CST);
	h.u64 = __atomic_load_n(&b->head, __ATOMIC_SEQ_CST);
	/* A put may have come in before listed was cleared. */
	if (h.nfree != 0)
		bucket_list(bp, b);
}

/*
 * Link the chain first..last (k objects of b, linked from first) on top
 * of b's free list. Returns the number of free objects after it. The
 * caller adds k to the shared count afterwards.
 */
static __rte_always_inline unsigned int
bucket_push_chain(struct bucket_pool *bp, struct bucket_hdr *b, uint16_t first,
	uint16_t last, unsigned int k)
{
	union bucket_head old, nh;

	old.u64 = __atomic_load_n(&b->head, __ATOMIC_RELAXED);
	do {
		__atomic_store_n(&b->next[last], old.top, __ATOMIC_RELAXED);
		nh.top = first;
		nh.nfree = (uint16_t)(old.nfree + k);
		nh.tag = old.tag + 1;
	} while (!__atomic_compare_exchange_n(&b->head, &old.u64, nh.u64, 1,
		__ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
	if (old.nfree == 0)
		bucket_list(bp, b);
	return nh.nfree;
}

/* Give a whole bucket (all objects free, none listed) back to the store. */
static void
bucket_release_whole(struct bucket_pool *bp, struct bucket_hdr *b)
{
	unsigned int i;

	for (i = 0; i + 1 < b->nobjs; i++)
		__atomic_store_n(
			&b->next[i], (uint16_t)(i + 1), __ATOMIC_RELAXED);
	bucket_push_chain(bp, b, 0, (uint16_t)(b->nobjs - 1), b->nobjs);
	bucket_unreserve(bp, b->nobjs);
}

/*
 * Pop up to k objects of b into objs (the caller reserved them). Returns
 * how many, and in *left what the list held after.
 */
static __rte_always_inline unsigned int
bucket_pop(struct bucket_pool *bp, struct bucket_hdr *b, void **objs,
	unsigned int k, unsigned int *left)
{
	union bucket_head old, nh;
	unsigned int i, m;
	uint16_t idx;

	old.u64 = __atomic_load_n(&b->head, __ATOMIC_ACQUIRE);
	for (;;) {
		m = RTE_MIN(k, (unsigned int)old.nfree);
		if (m == 0) {
			*left = 0;
			return 0;
		}
		idx = old.top;
		for (i = 0; i < m && idx < b->nobjs; i++) {
			objs[i] = bucket_obj(bp, b, idx);
			idx = __atomic_load_n(&b->next[idx], __ATOMIC_RELAXED);
		}
		if (unlikely(i != m)) {
			/* Walked a list that changed under us. */
			old.u64 = __atomic_load_n(&b->head, __ATOMIC_ACQUIRE);
			continue;
		}
		nh.top = idx;
		nh.nfree = (uint16_t)(old.nfree - m);
		nh.tag = old.tag + 1;
		if (__atomic_compare_exchange_n(&b->head, &old.u64, nh.u64, 1,
			    __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
			*left = nh.nfree;
			return m;
		}
	}
}

/* Empty b's list if all its objects are in it (caller reserved them). */
static int
bucket_take_whole(struct bucket_hdr *b)
{
	union bucket_head old, nh;

	old.u64 = __atomic_load_n(&b->head, __ATOMIC_ACQUIRE);
	do {
		if (old.nfree != b->nobjs)
			return 0;
		nh.top = BUCKET_NONE;
		nh.nfree = 0;
		nh.tag = old.tag + 1;
	} while (!__atomic_compare_exchange_n(&b->head, &old.u64, nh.u64, 1,
		__ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE));
	return 1;
}

static __rte_always_inline void **
bucket_fill_whole(const struct bucket_pool *bp, struct bucket_hdr *b,
	void **objs, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		*objs++ = bucket_obj(bp, b, i);
	return objs;
}

static int
bucket_enqueue(struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	struct bucket_lcore *lc = bucket_my_lcore(bp);
	const uint32_t me = rte_lcore_id() + 1;
	unsigned int i = 0, j, k, nfree;
	uint16_t first, last, idx;
	struct bucket_hdr *b;

	while (i < n) {
		/* Objects of one bucket in a row go in with one CAS. */
		b = bucket_of(bp, obj_table[i]);
		first = last = bucket_index(bp, b, obj_table[i]);
		for (j = i + 1; j < n && bucket_of(bp, obj_table[j]) == b;
			j++) {
			idx = bucket_index(bp, b, obj_table[j]);
			__atomic_store_n(&b->next[last], idx, __ATOMIC_RELAXED);
			last = idx;
		}
		k = j - i;
		i = j;
		nfree = bucket_push_chain(bp, b, first, last, k);
		bucket_unreserve(bp, k);

		/* Completed a bucket this lcore gets from: keep it whole. */
		if (nfree == bp->obj_per_bucket && lc != NULL &&
			__atomic_load_n(&b->owner, __ATOMIC_RELAXED) == me &&
			bucket_cache_has_room(lc) &&
			bucket_reserve(bp, nfree)) {
			if (!bucket_take_whole(b)) {
				bucket_unreserve(bp, nfree);
			} else if (!bucket_cache_push(bp, lc, b)) {
				bucket_release_whole(bp, b);
			}
		}
	}
	return 0;
}

/* Empty every lcore cache into the shared store; 0 if all were empty. */
static int
bucket_drain_caches(struct bucket_pool *bp)
{
	struct bucket_hdr *b;
	unsigned int i;
	int found = 0;

	if (__atomic_load_n(&bp->ncached, __ATOMIC_RELAXED) == 0)
		return 0;
	for (i = 0; i < RTE_MAX_LCORE; i++)
		while ((b = bucket_cache_pop(bp, &bp->lcore[i])) != NULL) {
			bucket_release_whole(bp, b);
			found = 1;
		}
	return found;
}

/*
 * Collect n reserved objects from the shared store into objs. Returns
 * how many it found (n unless buckets stay held by a dead getter).
 */
static unsigned int
bucket_collect(struct bucket_pool *bp, void **objs, unsigned int n)
{
	const uint32_t me = rte_lcore_id() + 1;
	unsigned int got = 0, m, left;
	uint64_t give_up = 0;
	struct bucket_hdr *b;

	while (got < n) {
		if (rte_ring_mc_dequeue(bp->avail, (void **)&b) != 0) {
			/* What we reserved is in a bucket someone holds. */
			if (give_up == 0)
				give_up = rte_get_timer_cycles() +
					BUCKET_HOLD_WAIT_S * rte_get_timer_hz();
			else if (rte_get_timer_cycles() > give_up)
				break;
			rte_pause();
			continue;
		}
		if (__atomic_load_n(&b->owner, __ATOMIC_RELAXED) != me)
			__atomic_store_n(&b->owner, me, __ATOMIC_RELAXED);
		m = bucket_pop(bp, b, objs + got, n - got, &left);
		got += m;
		if (left != 0)
			RTE_VERIFY(rte_ring_mp_enqueue(bp->avail, b) == 0);
		else
			bucket_unlist(bp, b);
	}
	return got;
}

static int
bucket_dequeue(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	struct bucket_lcore *lc = bucket_my_lcore(bp);
	const unsigned int opb = bp->obj_per_bucket;
	struct bucket_hdr *wb[BUCKET_LCORE_CACHE], *b;
	unsigned int nwhole, rest, got, i;
	void **const base = obj_table;

	if (unlikely(n == 0))
		return 0;
	/* Whole buckets of this lcore's cache first. */
	nwhole = 0;
	while (lc != NULL && nwhole < BUCKET_LCORE_CACHE &&
		n - nwhole * opb >= opb &&
		(b = bucket_cache_pop(bp, lc)) != NULL)
		wb[nwhole++] = b;
	rest = n - nwhole * opb;
	if (rest != 0 && !bucket_reserve(bp, rest)) {
		/* Short: every cached bucket goes to the shared store, then
		 * one more try. Nothing was written to obj_table. */
		for (i = 0; i < nwhole; i++)
			bucket_release_whole(bp, wb[i]);
		nwhole = 0;
		rest = n;
		bucket_drain_caches(bp);
		if (!bucket_reserve(bp, n))
			return -ENOBUFS;
	}

	for (i = 0; i < nwhole; i++)
		obj_table = bucket_fill_whole(bp, wb[i], obj_table, opb);
	if (rest == 0)
		return 0;
	got = bucket_collect(bp, obj_table, rest);
	if (likely(got == rest))
		return 0;
	/* Only when a dead getter holds buckets: give all back, fail. */
	bucket_unreserve(bp, rest - got);
	bucket_enqueue(mp, base, (unsigned int)(obj_table - base) + got);
	return -ENOBUFS;
}

/* Up to n whole buckets of the shared store; how many found. */
static unsigned int
bucket_shared_blocks(
	struct bucket_pool *bp, void **first_obj_table, unsigned int n)
{
	unsigned int got = 0, visits;
	struct bucket_hdr *b;

	/* Look at each listed bucket once. */
	visits = rte_ring_count(bp->avail);
	while (got < n && visits-- > 0) {
		if (rte_ring_mc_dequeue(bp->avail, (void **)&b) != 0)
			break;
		if (b->nobjs == bp->obj_per_bucket &&
			bucket_reserve(bp, b->nobjs)) {
			if (bucket_take_whole(b)) {
				bucket_unlist(bp, b);
				first_obj_table[got++] = bucket_obj(bp, b, 0);
				continue;
			}
			bucket_unreserve(bp, b->nobjs);
		}
		RTE_VERIFY(rte_ring_mp_enqueue(bp->avail, b) == 0);
	}
	return got;
}

static int
bucket_dequeue_contig_blocks(
	struct rte_mempool *mp, void **first_obj_table, unsigned int n)
{
	struct bucket_pool *bp = mp->pool_data;
	struct bucket_lcore *lc = bucket_my_lcore(bp);
	struct bucket_hdr *b;
	unsigned int got, i;
	int drained = 0;

	if (unlikely(n == 0))
		return 0;
	for (;;) {
		got = 0;
		while (lc != NULL && got < n &&
			(b = bucket_cache_pop(bp, lc)) != NULL)
			first_obj_table[got++] = bucket_obj(bp, b, 0);
		got += bucket_shared_blocks(bp, first_obj_table + got, n - got);
		if (got == n)
			return 0;
		/* Short: give back, bring the caches in, try once more. */
		for (i = 0; i < got; i++)
			bucket_release_whole(
				bp, bucket_of(bp, first_obj_table[i]));
		if (drained++ != 0 || !bucket_drain_caches(bp))
			return -ENOBUFS;
	}
}

static unsigned int
bucket_get_count(const struct rte_mempool *mp)
{
	const struct bucket_pool *bp = mp->pool_data;
	uint64_t count = __atomic_load_n(&bp->nfree, __ATOMIC_RELAXED) +
		(uint64_t)bp->obj_per_bucket *
			__atomic_load_n(&bp->ncached, __ATOMIC_RELAXED);

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
	char rg_name[RTE_RING_NAMESIZE];
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

	ret = snprintf(rg_name, sizeof(rg_name), "BK_%s", mp->name);
	if (ret < 0 || ret >= (int)sizeof(rg_name)) {
		ret = -ENAMETOOLONG;
		goto fail;
	}
	bp->avail = rte_ring_create(
		rg_name, bp->max_buckets, mp->socket_id, RING_F_EXACT_SZ);
	if (bp->avail == NULL) {
		ret = -rte_errno;
		RTE_LOG(ERR, MEMPOOL, "pool %s: cannot create ring %s: %s\n",
			mp->name, rg_name, rte_strerror(rte_errno));
		goto fail;
	}
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
	rte_ring_free(bp->avail);
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
		h.tag = 0;
		__atomic_store_n(&b->head, h.u64, __ATOMIC_RELAXED);
		bp->nb_buckets++;
		bucket_list(bp, b);
		bucket_unreserve(bp, cnt);
		made += cnt;
	}
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
