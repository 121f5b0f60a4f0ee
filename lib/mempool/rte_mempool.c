/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Pool life cycle: object sizes, create, populate, iterate, look up,
 * walk, audit, dump, free. Where free objects live is the handler's
 * business: this file places objects in memory and hands them to the
 * handler through the registry (rte_mempool_handler.c); it never
 * touches the handler table, the shared name table or the process
 * registry, and asks mempool_foreign_pool.c what another process's
 * pool allows.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>
#include <rte_string_fns.h>
#include <rte_tailq.h>

#include "rte_mempool.h"
#include "mempool_cache_flight.h"
#include "mempool_foreign_pool.h"
#include "mempool_handler.h"
#include "mempool_proc_registry.h"

TAILQ_HEAD(rte_mempool_list, rte_tailq_entry);

/* Event callbacks of this process (function pointers are per process). */
#define MEMPOOL_EVENT_CB_MAX 64
struct mempool_event_cb {
	rte_mempool_event_callback *func;
	void *user_data;
};
static struct mempool_event_cb event_cbs[MEMPOOL_EVENT_CB_MAX];
static unsigned int event_cb_count;
static rte_spinlock_t event_cb_lock = RTE_SPINLOCK_INITIALIZER;

/*
 * Call this process's callbacks. They run on a copy of the list taken
 * first, so a callback may register another (not called for this
 * event) or unregister itself.
 */
static void
mempool_event_invoke(enum rte_mempool_event event, struct rte_mempool *mp)
{
	struct mempool_event_cb copy[MEMPOOL_EVENT_CB_MAX];
	unsigned int i, n;

	rte_spinlock_lock(&event_cb_lock);
	n = event_cb_count;
	memcpy(copy, event_cbs, n * sizeof(copy[0]));
	rte_spinlock_unlock(&event_cb_lock);
	for (i = 0; i < n; i++)
		copy[i].func(event, mp, copy[i].user_data);
}

int
rte_mempool_event_callback_register(
	rte_mempool_event_callback *func, void *user_data)
{
	unsigned int i;
	int ret = 0;

	if (func == NULL) {
		RTE_LOG(ERR, MEMPOOL, "event callback: NULL function\n");
		rte_errno = EINVAL;
		return -EINVAL;
	}
	rte_spinlock_lock(&event_cb_lock);
	for (i = 0; i < event_cb_count; i++)
		if (event_cbs[i].func == func &&
			event_cbs[i].user_data == user_data) {
			ret = -EEXIST;
			break;
		}
	if (ret == 0 && event_cb_count == MEMPOOL_EVENT_CB_MAX)
		ret = -ENOMEM;
	if (ret == 0) {
		event_cbs[event_cb_count].func = func;
		event_cbs[event_cb_count].user_data = user_data;
		event_cb_count++;
	}
	rte_spinlock_unlock(&event_cb_lock);
	if (ret < 0) {
		RTE_LOG(ERR, MEMPOOL, "cannot register event callback: %s\n",
			ret == -EEXIST ? "already registered" : "table full");
		rte_errno = -ret;
	}
	return ret;
}

int
rte_mempool_event_callback_unregister(
	rte_mempool_event_callback *func, void *user_data)
{
	unsigned int i;
	int ret = -ENOENT;

	rte_spinlock_lock(&event_cb_lock);
	for (i = 0; i < event_cb_count; i++)
		if (event_cbs[i].func == func &&
			event_cbs[i].user_data == user_data) {
			memmove(&event_cbs[i], &event_cbs[i + 1],
				(event_cb_count - i - 1) *
					sizeof(event_cbs[0]));
			event_cb_count--;
			ret = 0;
			break;
		}
	rte_spinlock_unlock(&event_cb_lock);
	if (ret < 0) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot unregister event callback: not registered\n");
		rte_errno = -ret;
	}
	return ret;
}

static struct rte_tailq_elem rte_mempool_tailq = {
	.name = "RTE_MEMPOOL",
};
EAL_REGISTER_TAILQ(rte_mempool_tailq)

/* DPDK's flush threshold: a cache may grow to 1.5 times its size. */
#define CACHE_FLUSHTHRESH(size) ((size)*3 / 2)

/* Handler the legacy create uses for RTE_MEMPOOL_F_SP_PUT/SC_GET. */
static const char *
mempool_legacy_handler(unsigned int flags)
{
	unsigned int f = flags & (RTE_MEMPOOL_F_SP_PUT | RTE_MEMPOOL_F_SC_GET);

	if (f == (RTE_MEMPOOL_F_SP_PUT | RTE_MEMPOOL_F_SC_GET))
		return "ring_sp_sc";
	if (f == RTE_MEMPOOL_F_SP_PUT)
		return "ring_sp_mc";
	if (f == RTE_MEMPOOL_F_SC_GET)
		return "ring_mp_sc";
	return "ring_mp_mc";
}

static unsigned int
gcd(unsigned int a, unsigned int b)
{
	while (b != 0) {
		unsigned int t = a % b;

		a = b;
		b = t;
	}
	return a;
}

/*
 * Grow an object (in cache lines) until its size shares no factor with
 * the number of memory channels x ranks: consecutive objects then start
 * on different channels, so loads spread over all of them.
 */
static uint64_t
spread_object_size(uint64_t size)
{
	unsigned int nchan = rte_memory_get_nchannel();
	unsigned int nrank = rte_memory_get_nrank();
	uint64_t lines = (size + RTE_CACHE_LINE_MASK) / RTE_CACHE_LINE_SIZE;

	if (nchan == 0)
		nchan = 4;
	if (nrank == 0)
		nrank = 1;
	while (gcd((unsigned int)(lines % (nchan * nrank)), nchan * nrank) != 1)
		lines++;
	return lines * RTE_CACHE_LINE_SIZE;
}

/*
 * The sizes of rte_mempool_calc_obj_size, computed in 64 bits: the
 * returned total is above UINT32_MAX when the element is too large for
 * the 32-bit sizes a pool stores (the fields of *sz are then
 * meaningless).
 */
static uint64_t
mempool_calc_obj_size64(
	uint32_t elt_size, uint32_t flags, struct rte_mempool_objsz *sz)
{
	uint64_t header, elt, trailer, total;

	header = sizeof(struct rte_mempool_objhdr);
	/* The holder tag sits just before the header structure. */
	if (flags & RTE_MEMPOOL_F_HOLDER_TAGS)
		header += sizeof(uint64_t);
	if ((flags & RTE_MEMPOOL_F_NO_CACHE_ALIGN) == 0)
		header = RTE_ALIGN_CEIL(header, RTE_MEMPOOL_ALIGN);
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	trailer = sizeof(struct rte_mempool_objtlr);
#else
	trailer = 0;
#endif
	/* The trailer cookie (and any next header) needs 8-byte alignment. */
	elt = RTE_ALIGN_CEIL((uint64_t)elt_size, sizeof(uint64_t));
	total = header + elt + trailer;
	if ((flags & RTE_MEMPOOL_F_NO_CACHE_ALIGN) == 0) {
		uint64_t padded = RTE_ALIGN_CEIL(total, RTE_MEMPOOL_ALIGN);

		if ((flags & RTE_MEMPOOL_F_NO_SPREAD) == 0)
			padded = spread_object_size(padded);
		trailer += padded - total;
		total = padded;
	}
	if (sz != NULL) {
		sz->header_size = (uint32_t)header;
		sz->elt_size = (uint32_t)elt;
		sz->trailer_size = (uint32_t)trailer;
		sz->total_size = (uint32_t)total;
	}
	return total;
}

uint32_t
rte_mempool_calc_obj_size(
	uint32_t elt_size, uint32_t flags, struct rte_mempool_objsz *sz)
{
	struct rte_mempool_objsz s;

	/* An element too large gives 0 rather than a wrapped size. */
	if (mempool_calc_obj_size64(elt_size, flags, &s) > UINT32_MAX) {
		RTE_LOG(ERR, MEMPOOL,
			"calc_obj_size: elt_size %u too large for 32 bits\n",
			elt_size);
		memset(&s, 0, sizeof(s));
		rte_errno = EINVAL;
	}
	if (sz != NULL)
		*sz = s;
	return s.total_size;
}

/* populate's obj_cb: link a new object into its pool. */
static void
mempool_add_elem(
	struct rte_mempool *mp, void *opaque, void *obj, rte_iova_t iova)
{
	struct rte_mempool_objhdr *hdr = rte_mempool_get_header(obj);

	RTE_SET_USED(opaque);
	hdr->mp = mp;
	hdr->iova = iova;
	if (mp->flags & RTE_MEMPOOL_F_HOLDER_TAGS)
		*rte_mempool_holder_tag(obj) = 0; /* free */
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	hdr->cookie = RTE_MEMPOOL_HEADER_COOKIE1;
	((struct rte_mempool_objtlr *)RTE_PTR_ADD(obj, mp->elt_size))->cookie =
		RTE_MEMPOOL_TRAILER_COOKIE;
#endif
	STAILQ_INSERT_TAIL(&mp->elt_list, hdr, next);
	mp->populated_size++;
}

/* The handler's store is made when the first objects arrive, so the
 * handler can still be changed between create_empty and populate. */
static int
mempool_ops_alloc_once(struct rte_mempool *mp)
{
	int ret;

	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED)
		return 0;
	ret = rte_mempool_ops_alloc(mp);
	if (ret != 0) {
		RTE_LOG(ERR, MEMPOOL, "pool %s: handler %s alloc failed: %s\n",
			mp->name, rte_mempool_get_ops(mp->ops_index)->name,
			rte_strerror(-ret));
		return ret;
	}
	mp->flags |= RTE_MEMPOOL_F_POOL_CREATED;
	return 0;
}

static void
mempool_free_memchunks(struct rte_mempool *mp)
{
	struct rte_mempool_memhdr *memhdr;

	while ((memhdr = STAILQ_FIRST(&mp->mem_list)) != NULL) {
		STAILQ_REMOVE_HEAD(&mp->mem_list, next);
		if (memhdr->free_cb != NULL &&
			!mempool_foreign_chunk_free(mp, memhdr))
			memhdr->free_cb(memhdr, memhdr->opaque);
		rte_free(memhdr);
		mp->nb_mem_chunks--;
	}
}

/*
 * Undo a failed populate: drop the handler's store (it may hold
 * objects in memory about to be released) and the chunks, so the pool
 * is empty again and may be populated anew.
 */
static void
mempool_reset_objects(struct rte_mempool *mp)
{
	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED) {
		rte_mempool_ops_free(mp);
		mp->flags &= ~RTE_MEMPOOL_F_POOL_CREATED;
	}
	mempool_free_memchunks(mp);
	STAILQ_INIT(&mp->elt_list);
	/* The store is empty again, whatever the counters say it got. */
	mp->store_base = -mempool_store_counted(mp);
	mp->populated_size = 0;
	mp->nb_mem_chunks = 0;
}

int
rte_mempool_populate_iova(struct rte_mempool *mp, char *vaddr, rte_iova_t iova,
	size_t len, rte_mempool_memchunk_free_cb_t *free_cb, void *opaque)
{
	struct rte_mempool_slot_stats *enq_slot;
	struct rte_mempool_memhdr *memhdr;
	uint64_t enq_before;
	size_t off;
	int ret;

	if (mp == NULL || vaddr == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cannot populate: NULL %s\n",
			mp == NULL ? "pool" : "address");
		return -EINVAL;
	}
	ret = mempool_ops_alloc_once(mp);
	if (ret != 0)
		return ret;
	if (mp->populated_size >= mp->size) {
		RTE_LOG(ERR, MEMPOOL, "cannot populate pool %s: full (%u)\n",
			mp->name, mp->size);
		return -ENOSPC;
	}

	memhdr = rte_zmalloc("MEMPOOL_MEMHDR", sizeof(*memhdr), 0);
	if (memhdr == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot populate pool %s: no memory for a chunk "
			"header\n",
			mp->name);
		return -ENOMEM;
	}
	memhdr->mp = mp;
	memhdr->addr = vaddr;
	memhdr->iova = iova;
	memhdr->len = len;
	memhdr->free_cb = free_cb;
	memhdr->opaque = opaque;

	if (mp->flags & RTE_MEMPOOL_F_NO_CACHE_ALIGN)
		off = RTE_PTR_DIFF(
			RTE_PTR_ALIGN_CEIL(vaddr, sizeof(uint64_t)), vaddr);
	else
		off = RTE_PTR_DIFF(
			RTE_PTR_ALIGN_CEIL(vaddr, RTE_MEMPOOL_ALIGN), vaddr);
	if (off > len) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot populate pool %s: chunk of %zu bytes too short "
			"to align\n",
			mp->name, len);
		ret = -EINVAL;
		goto fail;
	}
	enq_slot = &mp->stats[RTE_MIN(rte_lcore_id(), (unsigned)RTE_MAX_LCORE)];
	enq_before = __atomic_load_n(&enq_slot->enq_objs, __ATOMIC_RELAXED);
	ret = rte_mempool_ops_populate(mp, mp->size - mp->populated_size,
		vaddr + off, iova == RTE_BAD_IOVA ? RTE_BAD_IOVA : iova + off,
		len - off, mempool_add_elem, NULL);
	/*
	 * The objects a handler's own populate stored without a counted
	 * enqueue (bucket's does): the store's expected count starts with
	 * them (rte_mempool_holder.c, settling dead processes).
	 */
	if (ret > 0)
		__atomic_fetch_add(&mp->store_base,
			(int64_t)ret -
				(int64_t)(__atomic_load_n(&enq_slot->enq_objs,
						  __ATOMIC_RELAXED) -
					enq_before),
			__ATOMIC_RELAXED);
	if (ret == 0) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot populate pool %s: no object fits in %zu "
			"bytes\n",
			mp->name, len - off);
		ret = -EINVAL; /* not even one object fits */
	}
	if (ret < 0)
		goto fail;

	STAILQ_INSERT_TAIL(&mp->mem_list, memhdr, next);
	mp->nb_mem_chunks++;
	/* Objects with an IOVA now exist: the pool may serve I/O. */
	if (iova != RTE_BAD_IOVA)
		mp->flags &= ~RTE_MEMPOOL_F_NON_IO;
	if (mp->populated_size == mp->size)
		mempool_event_invoke(RTE_MEMPOOL_EVENT_READY, mp);
	return ret;

fail:
	rte_free(memhdr);
	return ret;
}

int
rte_mempool_populate_virt(struct rte_mempool *mp, char *addr, size_t len,
	size_t pg_sz, rte_mempool_memchunk_free_cb_t *free_cb, void *opaque)
{
	if (mp == NULL || addr == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cannot populate: NULL %s\n",
			mp == NULL ? "pool" : "address");
		return -EINVAL;
	}
	if (pg_sz != 0 &&
		(!rte_is_power_of_2((uint32_t)pg_sz) ||
			RTE_PTR_ALIGN_CEIL(addr, pg_sz) != addr)) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot populate pool %s: page size %zu not a power "
			"of 2 or %p not aligned on it\n",
			mp->name, pg_sz, (void *)addr);
		return -EINVAL;
	}
	/* IOVA is VA: a virtually contiguous chunk is one IOVA chunk. */
	return rte_mempool_populate_iova(mp, addr,
		(mp->flags & RTE_MEMPOOL_F_NO_IOVA_CONTIG)
			? RTE_BAD_IOVA
			: rte_mem_virt2iova(addr),
		len, free_cb, opaque);
}

static void
mempool_memchunk_mz_free(struct rte_mempool_memhdr *memhdr, void *opaque)
{
	RTE_SET_USED(memhdr);
	rte_memzone_free(opaque);
}

/* Handlers that own their objects' memory make them all themselves. */
static int
mempool_populate_by_handler(struct rte_mempool *mp)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);
	uint32_t before = mp->populated_size;
	int ret;

	if (ops->populate == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"pool %s: handler %s needs no memory but has no "
			"populate\n",
			mp->name, ops->name);
		return -EINVAL;
	}
	ret = ops->populate(mp, mp->size - mp->populated_size, NULL,
		RTE_BAD_IOVA, 0, mempool_add_elem, NULL);
	if (ret < 0)
		return ret;
	if (mp->populated_size != mp->size) {
		RTE_LOG(ERR, MEMPOOL,
			"pool %s: handler %s made %u of %u objects\n", mp->name,
			ops->name, mp->populated_size - before,
			mp->size - before);
		return -ENOMEM;
	}
	mempool_event_invoke(RTE_MEMPOOL_EVENT_READY, mp);
	return (int)(mp->populated_size - before);
}

/*
 * A pool whose objects alone take more than the EAL's memory (what -m
 * or --socket-mem gave) cannot be populated by default, whatever the
 * handler: refuse it at once with -ENOMEM, before the handler's alloc,
 * rather than let a handler that owns its memory allocate until the
 * process runs out of it.
 */
static int
mempool_check_memory(const struct rte_mempool *mp)
{
	uint64_t need = (uint64_t)mp->size *
		((uint64_t)mp->header_size + mp->elt_size + mp->trailer_size);
	uint64_t have = rte_eal_get_physmem_size();

	if (have == 0 || need <= have)
		return 0;
	RTE_LOG(ERR, MEMPOOL,
		"pool %s: %u objects need %" PRIu64 " bytes, more than the "
		"%" PRIu64 " bytes of EAL memory\n",
		mp->name, mp->size, need, have);
	return -ENOMEM;
}

int
rte_mempool_populate_default(struct rte_mempool *mp)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;
	size_t min_chunk, align;
	uint32_t before;
	ssize_t mem_size;
	int ret;

	if (mp == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cannot populate: NULL pool\n");
		return -EINVAL;
	}
	if (mp->nb_mem_chunks != 0 || mp->populated_size != 0) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot populate pool %s by default: already "
			"populated\n",
			mp->name);
		return -EEXIST;
	}
	ret = mempool_check_memory(mp);
	if (ret != 0)
		return ret;
	ret = mempool_ops_alloc_once(mp);
	if (ret != 0)
		return ret;
	before = mp->populated_size;

	mem_size = rte_mempool_ops_calc_mem_size(
		mp, mp->size, 0, &min_chunk, &align);
	if (mem_size < 0) {
		ret = (int)mem_size;
		goto fail;
	}
	if (mem_size == 0) {
		ret = mempool_populate_by_handler(mp);
		if (ret < 0)
			goto fail;
		return ret;
	}

	while (mp->populated_size < mp->size) {
		mem_size = rte_mempool_ops_calc_mem_size(mp,
			mp->size - mp->populated_size, 0, &min_chunk, &align);
		if (mem_size <= 0) {
			ret = mem_size < 0 ? (int)mem_size : -EINVAL;
			goto fail;
		}
		ret = snprintf(mz_name, sizeof(mz_name),
			RTE_MEMPOOL_MZ_FORMAT "_%u", mp->name,
			mp->nb_mem_chunks);
		/* A long pool name: name the chunk after the descriptor's
		 * address, unique while the pool lives. */
		if (ret < 0 || ret >= (int)sizeof(mz_name))
			ret = snprintf(mz_name, sizeof(mz_name),
				RTE_MEMPOOL_MZ_PREFIX "%" PRIxPTR "_%u",
				(uintptr_t)mp, mp->nb_mem_chunks);
		if (ret < 0 || ret >= (int)sizeof(mz_name)) {
			ret = -ENAMETOOLONG;
			goto fail;
		}
		mz = rte_memzone_reserve_aligned(mz_name, (size_t)mem_size,
			mp->socket_id, 0, (unsigned int)align);
		if (mz == NULL && mp->socket_id != SOCKET_ID_ANY)
			mz = rte_memzone_reserve_aligned(mz_name,
				(size_t)mem_size, SOCKET_ID_ANY, 0,
				(unsigned int)align);
		if (mz == NULL) {
			ret = -rte_errno;
			RTE_LOG(ERR, MEMPOOL,
				"pool %s: cannot reserve %zd bytes for "
				"objects: %s\n",
				mp->name, mem_size, rte_strerror(rte_errno));
			goto fail;
		}
		ret = rte_mempool_populate_iova(mp, mz->addr,
			(mp->flags & RTE_MEMPOOL_F_NO_IOVA_CONTIG)
				? RTE_BAD_IOVA
				: mz->iova,
			mz->len, mempool_memchunk_mz_free,
			(void *)(uintptr_t)mz);
		if (ret <= 0) {
			rte_memzone_free(mz);
			if (ret == 0)
				ret = -EINVAL;
			goto fail;
		}
	}
	return (int)(mp->populated_size - before);

fail:
	mempool_reset_objects(mp);
	return ret;
}

static void
mempool_memchunk_anon_free(struct rte_mempool_memhdr *memhdr, void *opaque)
{
	munmap(opaque, memhdr->len);
}

int
rte_mempool_populate_anon(struct rte_mempool *mp)
{
	size_t min_chunk, align, size;
	ssize_t mem_size;
	void *addr;
	int ret;

	if (mp == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cannot populate: NULL pool\n");
		rte_errno = EINVAL;
		return 0;
	}
	if (mp->nb_mem_chunks != 0 || mp->populated_size != 0) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot populate pool %s anonymously: already "
			"populated\n",
			mp->name);
		rte_errno = EEXIST;
		return 0;
	}
	ret = mempool_ops_alloc_once(mp);
	if (ret != 0) {
		rte_errno = -ret;
		return 0;
	}
	mem_size = rte_mempool_ops_calc_mem_size(
		mp, mp->size, 0, &min_chunk, &align);
	if (mem_size <= 0) {
		rte_errno = mem_size < 0 ? (int)-mem_size : EINVAL;
		goto fail;
	}
	size = RTE_ALIGN_CEIL((size_t)mem_size, (size_t)getpagesize());
	addr = mmap(NULL, size, PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (addr == MAP_FAILED) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot populate pool %s: mmap of %zu bytes: %s\n",
			mp->name, size, strerror(errno));
		rte_errno = ENOMEM;
		goto fail;
	}
	/* Anonymous memory is not DMA-able: no IOVA. */
	ret = rte_mempool_populate_iova(
		mp, addr, RTE_BAD_IOVA, size, mempool_memchunk_anon_free, addr);
	if (ret < 0) {
		munmap(addr, size);
		rte_errno = -ret;
		goto fail;
	}
	return (int)mp->populated_size;

fail:
	ret = rte_errno;
	mempool_reset_objects(mp);
	rte_errno = ret;
	return 0;
}

uint32_t
rte_mempool_obj_iter(
	struct rte_mempool *mp, rte_mempool_obj_cb_t *obj_cb, void *obj_cb_arg)
{
	struct rte_mempool_objhdr *hdr;
	uint32_t n = 0;

	if (mp == NULL || obj_cb == NULL)
		return 0;
	STAILQ_FOREACH(hdr, &mp->elt_list, next) {
		obj_cb(mp, obj_cb_arg, RTE_PTR_ADD(hdr, sizeof(*hdr)), n);
		n++;
	}
	return n;
}

uint32_t
rte_mempool_mem_iter(
	struct rte_mempool *mp, rte_mempool_mem_cb_t *mem_cb, void *mem_cb_arg)
{
	struct rte_mempool_memhdr *memhdr;
	uint32_t n = 0;

	if (mp == NULL || mem_cb == NULL)
		return 0;
	STAILQ_FOREACH(memhdr, &mp->mem_list, next) {
		mem_cb(mp, mem_cb_arg, memhdr, n);
		n++;
	}
	return n;
}

static void
mempool_cache_init(struct rte_mempool_cache *cache, uint32_t size)
{
	cache->size = size;
	cache->flushthresh = CACHE_FLUSHTHRESH(size);
	cache->len = 0;
	cache->get_calls = 0;
	cache->get_objs_more = 0;
	cache->put_calls = 0;
	cache->fill_objs = 0;
	cache->drain_objs = 0;
	cache->flight = 0;
	cache->flight_ctr = 0;
}

/* Called by the inline put when the cache cannot take the objects. */
void
rte_mempool_cache_put_slow(struct rte_mempool *mp, void *const *obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	if (n > cache->flushthresh) {
		rte_mempool_put_direct(mp, obj_table, n);
		return;
	}
	/* len + n > flushthresh >= n: the cache is not empty. */
	rte_mempool_cache_drain(mp, cache);
	rte_ptrs_copy(cache->objs, obj_table, n);
	/* Objects before the length, as in the inline put. */
	__atomic_store_n(&cache->len, n, __ATOMIC_RELEASE);
	RTE_MEMPOOL_CTR_ADD(cache->put_calls, 1);
}

/* Called by the inline get on a miss (see rte_mempool.h). */
int
rte_mempool_cache_refill(struct rte_mempool *mp, void **obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	rte_mempool_dequeue_t dequeue =
		rte_mempool_ops_table.ops[mp->ops_index].dequeue;
	unsigned int len = cache->len, need = n - len;
	int ret;

	/*
	 * The handler is called directly: a refill is counted once, as a
	 * refill, and stats.c adds refills to the handler dequeue calls.
	 */
	if (unlikely(n > cache->size)) {
		ret = dequeue(mp, &obj_table[len], need);
		if (likely(ret == 0))
			RTE_MEMPOOL_CTR_ADD(cache->fill_objs, need);
	} else {
		/* Steps in the order mempool_cache_flight.h gives. */
		mempool_flight_begin(cache, MEMPOOL_FLIGHT_REFILL,
			cache->size + need, cache->fill_objs);
		ret = dequeue(mp, &cache->objs[len], cache->size + need);
		if (unlikely(ret != 0)) {
			mempool_flight_begin(cache, MEMPOOL_FLIGHT_REFILL, need,
				cache->fill_objs);
			ret = dequeue(mp, &cache->objs[len], need);
		} else {
			need += cache->size;
		}
		if (likely(ret == 0)) {
			__atomic_store_n(
				&cache->len, len + need, __ATOMIC_RELEASE);
			RTE_MEMPOOL_CTR_ADD(cache->fill_objs, need);
		}
		mempool_flight_end(cache);
	}
	if (likely(ret == 0)) {
		/*
		 * A per-lcore cache's refilled objects are counted once, in
		 * its fill_objs, as they enter it: the slot's deq_objs adds
		 * them when it is read. So no kill between two counter
		 * updates can make the pool's counters disagree with its
		 * store (rte_mempool_stats.c, settling a dead process). A
		 * user-owned cache's counters are not the pool's to read.
		 */
		if (rte_mempool_cache_is_default(mp, cache))
			RTE_MEMPOOL_STAT_ADD(mp, refills, 1);
		else
			RTE_MEMPOOL_STAT_ADD_CALL(mp, refills, deq_objs, need);
		if (n <= cache->size)
			return 0;
		/* A large request: the cache's objects complete it. */
		rte_ptrs_copy_rev(obj_table, &cache->objs[len], len);
		cache->len = 0;
		RTE_MEMPOOL_CTR_ADD(cache->get_calls, 1);
		RTE_MEMPOOL_CTR_ADD(cache->get_objs_more, (uint64_t)n - 1);
		return 1;
	}
	RTE_MEMPOOL_STAT_ADD_CALL(mp, get_fail_calls, get_fail_objs, n);
	return ret;
}

struct rte_mempool_cache *
rte_mempool_cache_create(uint32_t size, int socket_id)
{
	struct rte_mempool_cache *cache;

	if (size == 0 || size > RTE_MEMPOOL_CACHE_MAX_SIZE) {
		RTE_LOG(ERR, MEMPOOL, "cache size %u not in 1..%d\n", size,
			RTE_MEMPOOL_CACHE_MAX_SIZE);
		rte_errno = EINVAL;
		return NULL;
	}
	cache = rte_zmalloc_socket("MEMPOOL_CACHE", sizeof(*cache),
		RTE_CACHE_LINE_SIZE, socket_id);
	if (cache == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cannot allocate a mempool cache\n");
		rte_errno = ENOMEM;
		return NULL;
	}
	mempool_cache_init(cache, size);
	return cache;
}

void
rte_mempool_cache_free(struct rte_mempool_cache *cache)
{
	rte_free(cache);
}

/* Refuse bad parameters with one log line; returns 0 or an errno. */
static int
mempool_check_params(const char *name, unsigned int n, unsigned int elt_size,
	unsigned int cache_size, unsigned int private_data_size,
	unsigned int flags)
{
	size_t len;

	if (name == NULL || name[0] == '\0') {
		RTE_LOG(ERR, MEMPOOL, "cannot create pool: no name\n");
		return EINVAL;
	}
	len = strnlen(name, RTE_MEMPOOL_NAMESIZE);
	if (len >= RTE_MEMPOOL_NAMESIZE) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot create pool %.*s...: name longer than %d\n",
			RTE_MEMPOOL_NAMESIZE - 1, name,
			RTE_MEMPOOL_NAMESIZE - 1);
		return ENAMETOOLONG;
	}
	if (n == 0) {
		RTE_LOG(ERR, MEMPOOL, "cannot create pool %s: n == 0\n", name);
		return EINVAL;
	}
	if (elt_size == 0) {
		RTE_LOG(ERR, MEMPOOL, "cannot create pool %s: elt_size == 0\n",
			name);
		return EINVAL;
	}
	/* A pool stores its sizes in 32 bits: refuse what would wrap. */
	if (mempool_calc_obj_size64(elt_size, flags, NULL) > UINT32_MAX) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot create pool %s: elt_size %u too large (header, "
			"element and trailer exceed %u bytes)\n",
			name, elt_size, UINT32_MAX);
		return EINVAL;
	}
	if ((uint64_t)RTE_ALIGN_CEIL((uint64_t)private_data_size,
		    RTE_MEMPOOL_ALIGN) > UINT32_MAX) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot create pool %s: private_data_size %u too large "
			"(exceeds %u bytes once aligned)\n",
			name, private_data_size, UINT32_MAX);
		return EINVAL;
	}
	if (cache_size > RTE_MEMPOOL_CACHE_MAX_SIZE ||
		CACHE_FLUSHTHRESH(cache_size) > n) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot create pool %s: cache_size %u above %d or n / "
			"1.5 (n = %u)\n",
			name, cache_size, RTE_MEMPOOL_CACHE_MAX_SIZE, n);
		return EINVAL;
	}
	if (flags & ~RTE_MEMPOOL_VALID_USER_FLAGS) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot create pool %s: unknown flags 0x%x\n", name,
			flags & ~RTE_MEMPOOL_VALID_USER_FLAGS);
		return EINVAL;
	}
	return 0;
}

struct rte_mempool *
rte_mempool_create_empty(const char *name, unsigned int n,
	unsigned int elt_size, unsigned int cache_size,
	unsigned int private_data_size, int socket_id, unsigned int flags)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	struct rte_mempool_list *list;
	struct rte_tailq_entry *te;
	const struct rte_memzone *mz;
	struct rte_mempool_objsz objsz;
	struct rte_mempool *mp;
	size_t mempool_size;
	unsigned int lcore_id;
	int err;

	RTE_BUILD_BUG_ON(
		(sizeof(struct rte_mempool) & RTE_CACHE_LINE_MASK) != 0);
	RTE_BUILD_BUG_ON(
		(sizeof(struct rte_mempool_cache) & RTE_CACHE_LINE_MASK) != 0);

	err = mempool_check_params(
		name, n, elt_size, cache_size, private_data_size, flags);
	if (err != 0) {
		rte_errno = err;
		return NULL;
	}
	if (rte_get_mempool_handler(mempool_legacy_handler(flags)) < 0) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot create pool %s: default handler %s missing\n",
			name, mempool_legacy_handler(flags));
		rte_errno = ENOENT;
		return NULL;
	}

	rte_mempool_calc_obj_size(elt_size, flags, &objsz);
	private_data_size =
		RTE_ALIGN_CEIL(private_data_size, RTE_MEMPOOL_ALIGN);
	mempool_size =
		RTE_MEMPOOL_HEADER_SIZE(mp, cache_size) + private_data_size;

	te = rte_zmalloc("MEMPOOL_TAILQ_ENTRY", sizeof(*te), 0);
	if (te == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cannot create pool %s: no memory\n",
			name);
		rte_errno = ENOMEM;
		return NULL;
	}

	snprintf(mz_name, sizeof(mz_name), RTE_MEMPOOL_MZ_FORMAT, name);
	rte_mcfg_mempool_write_lock();
	if (rte_memzone_lookup(mz_name) != NULL) {
		rte_mcfg_mempool_write_unlock();
		RTE_LOG(ERR, MEMPOOL,
			"cannot create pool %s: name already used\n", name);
		rte_free(te);
		rte_errno = EEXIST;
		return NULL;
	}
	mz = rte_memzone_reserve(mz_name, mempool_size, socket_id, 0);
	if (mz == NULL && socket_id != SOCKET_ID_ANY)
		mz = rte_memzone_reserve(
			mz_name, mempool_size, SOCKET_ID_ANY, 0);
	if (mz == NULL) {
		err = rte_errno == EEXIST ? EEXIST : ENOMEM;
		rte_mcfg_mempool_write_unlock();
		RTE_LOG(ERR, MEMPOOL, "cannot create pool %s: %s\n", name,
			err == EEXIST ? "name already used"
				      : "no memory for the descriptor");
		rte_free(te);
		rte_errno = err;
		return NULL;
	}

	mp = mz->addr;
	memset(mp, 0, mempool_size);
	rte_strlcpy(mp->name, name, sizeof(mp->name));
	mp->mz = mz;
	mp->size = n;
	/* No object has an IOVA until memory with one is added. */
	mp->flags = flags | RTE_MEMPOOL_F_NON_IO;
	mp->fast_flags = flags & RTE_MEMPOOL_F_HOLDER_TAGS;
	mp->socket_id = socket_id;
	mp->elt_size = objsz.elt_size;
	mp->header_size = objsz.header_size;
	mp->trailer_size = objsz.trailer_size;
	mp->cache_size = cache_size;
	mp->private_data_size = private_data_size;
	mp->creator_pid = (int32_t)getpid();
	/* Who died before the pool existed took nothing of it. */
	mempool_dead_settle_before(mp);
	STAILQ_INIT(&mp->elt_list);
	STAILQ_INIT(&mp->mem_list);
	if (cache_size != 0) {
		mp->local_cache = (struct rte_mempool_cache *)RTE_PTR_ADD(
			mp, sizeof(*mp));
		for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++)
			mempool_cache_init(
				&mp->local_cache[lcore_id], cache_size);
	}
	/* Cannot fail: checked above, and handlers are never removed. */
	rte_mempool_set_ops_byname(mp, mempool_legacy_handler(flags), NULL);

	te->data = mp;
	rte_mcfg_tailq_write_lock();
	list = RTE_TAILQ_CAST(rte_mempool_tailq.head, rte_mempool_list);
	TAILQ_INSERT_TAIL(list, te, next);
	rte_mcfg_tailq_write_unlock();
	rte_mcfg_mempool_write_unlock();
	return mp;
}

struct rte_mempool *
rte_mempool_create_ext(const char *name, unsigned int n, unsigned int elt_size,
	unsigned int cache_size, unsigned int private_data_size,
	rte_mempool_ctor_t *mp_init, void *mp_init_arg,
	rte_mempool_obj_cb_t *obj_init, void *obj_init_arg, int socket_id,
	unsigned int flags, const char *handler_name)
{
	char context[RTE_MEMPOOL_NAMESIZE + 32];
	struct rte_mempool *mp;
	int ret;

	if (handler_name != NULL) {
		snprintf(context, sizeof(context), "cannot create pool %s",
			name != NULL ? name : "(null)");
		if (mempool_handler_find_or_log(handler_name, context) < 0) {
			rte_errno = ENOENT;
			return NULL;
		}
	}
	mp = rte_mempool_create_empty(name, n, elt_size, cache_size,
		private_data_size, socket_id, flags);
	if (mp == NULL)
		return NULL;
	if (handler_name != NULL) {
		ret = rte_mempool_set_ops_byname(mp, handler_name, NULL);
		if (ret != 0)
			goto fail;
	}
	if (mp_init != NULL)
		mp_init(mp, mp_init_arg);
	ret = rte_mempool_populate_default(mp);
	if (ret < 0) {
		RTE_LOG(ERR, MEMPOOL, "cannot populate pool %s: %s\n", mp->name,
			rte_strerror(-ret));
		goto fail;
	}
	if (obj_init != NULL)
		rte_mempool_obj_iter(mp, obj_init, obj_init_arg);
	return mp;

fail:
	rte_mempool_free(mp);
	rte_errno = -ret;
	return NULL;
}

struct rte_mempool *
rte_mempool_create(const char *name, unsigned int n, unsigned int elt_size,
	unsigned int cache_size, unsigned int private_data_size,
	rte_mempool_ctor_t *mp_init, void *mp_init_arg,
	rte_mempool_obj_cb_t *obj_init, void *obj_init_arg, int socket_id,
	unsigned int flags)
{
	return rte_mempool_create_ext(name, n, elt_size, cache_size,
		private_data_size, mp_init, mp_init_arg, obj_init, obj_init_arg,
		socket_id, flags, NULL);
}

void
rte_mempool_free(struct rte_mempool *mp)
{
	struct rte_mempool_list *list;
	struct rte_tailq_entry *te;

	if (mp == NULL || mempool_foreign_free_check(mp) < 0)
		return;
	mempool_event_invoke(RTE_MEMPOOL_EVENT_DESTROY, mp);

	rte_mcfg_mempool_write_lock();
	rte_mcfg_tailq_write_lock();
	list = RTE_TAILQ_CAST(rte_mempool_tailq.head, rte_mempool_list);
	TAILQ_FOREACH(te, list, next) {
		if (te->data == mp)
			break;
	}
	if (te != NULL)
		TAILQ_REMOVE(list, te, next);
	rte_mcfg_tailq_write_unlock();
	rte_free(te);

	mempool_free_memchunks(mp);
	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED)
		rte_mempool_ops_free(mp);
	rte_memzone_free(mp->mz);
	rte_mcfg_mempool_write_unlock();
}

unsigned int
rte_mempool_avail_count(const struct rte_mempool *mp)
{
	unsigned int count, lcore_id;

	count = rte_mempool_ops_get_count(mp);
	if (mp->cache_size != 0)
		for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++)
			count += mp->local_cache[lcore_id].len;
	/* Caches are read while other lcores move objects: clamp. */
	if (count > mp->size)
		count = mp->size;
	return count;
}

unsigned int
rte_mempool_in_use_count(const struct rte_mempool *mp)
{
	return mp->size - rte_mempool_avail_count(mp);
}

int
rte_mempool_get_page_size(struct rte_mempool *mp, size_t *pg_sz)
{
	if (mp == NULL || pg_sz == NULL) {
		RTE_LOG(ERR, MEMPOOL, "get_page_size: NULL argument\n");
		return -EINVAL;
	}
	if (mp->flags & RTE_MEMPOOL_F_NO_IOVA_CONTIG)
		*pg_sz = 0; /* objects may straddle pages */
	else if (rte_eal_has_hugepages() && mp->mz != NULL &&
		mp->mz->hugepage_sz != 0)
		*pg_sz = (size_t)mp->mz->hugepage_sz;
	else
		*pg_sz = rte_mem_page_size();
	return 0;
}

int
rte_mempool_get_mem_range(const struct rte_mempool *mp,
	struct rte_mempool_mem_range_info *mem_range)
{
	const struct rte_mempool_memhdr *memhdr;
	uintptr_t lo = UINTPTR_MAX, hi = 0;
	size_t total = 0;

	if (mp == NULL || mem_range == NULL) {
		RTE_LOG(ERR, MEMPOOL, "get_mem_range: NULL argument\n");
		return -EINVAL;
	}
	STAILQ_FOREACH(memhdr, &mp->mem_list, next) {
		uintptr_t a = (uintptr_t)memhdr->addr;

		lo = RTE_MIN(lo, a);
		hi = RTE_MAX(hi, a + memhdr->len);
		total += memhdr->len;
	}
	if (total == 0) {
		mem_range->start = NULL;
		mem_range->length = 0;
		mem_range->is_contiguous = false;
		return 0;
	}
	mem_range->start = (void *)lo;
	mem_range->length = hi - lo;
	/* One range without holes when the chunks exactly tile it. */
	mem_range->is_contiguous = total == hi - lo;
	return 0;
}

size_t
rte_mempool_get_obj_alignment(const struct rte_mempool *mp)
{
	if (mp == NULL)
		return 0;
	if (mp->flags & RTE_MEMPOOL_F_NO_CACHE_ALIGN)
		return sizeof(uint64_t);
	return RTE_MEMPOOL_ALIGN;
}

struct rte_mempool *
rte_mempool_lookup(const char *name)
{
	struct rte_mempool_list *list;
	struct rte_tailq_entry *te;
	struct rte_mempool *mp = NULL;

	if (name == NULL) {
		RTE_LOG(ERR, MEMPOOL, "pool lookup: NULL name\n");
		rte_errno = EINVAL;
		return NULL;
	}
	rte_mcfg_tailq_read_lock();
	list = RTE_TAILQ_CAST(rte_mempool_tailq.head, rte_mempool_list);
	TAILQ_FOREACH(te, list, next) {
		struct rte_mempool *p = te->data;

		if (strncmp(name, p->name, RTE_MEMPOOL_NAMESIZE) == 0) {
			mp = p;
			break;
		}
	}
	rte_mcfg_tailq_read_unlock();
	if (mp == NULL) {
		RTE_LOG(DEBUG, MEMPOOL, "pool lookup: no pool %s\n", name);
		rte_errno = ENOENT;
	} else if (mempool_foreign_lookup_check(mp) < 0)
		return NULL; /* another process's pool it cannot use */
	return mp;
}

void
rte_mempool_walk(void (*func)(struct rte_mempool *, void *arg), void *arg)
{
	struct rte_mempool_list *list;
	struct rte_tailq_entry *te, *tmp;

	if (func == NULL)
		return;
	rte_mcfg_mempool_read_lock();
	list = RTE_TAILQ_CAST(rte_mempool_tailq.head, rte_mempool_list);
	RTE_TAILQ_FOREACH_SAFE(te, list, next, tmp) {
		func((struct rte_mempool *)te->data, arg);
	}
	rte_mcfg_mempool_read_unlock();
}

void
rte_mempool_check_cookies(const struct rte_mempool *mp, void *const *obj_table,
	unsigned int n, int free)
{
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	unsigned int i;

	for (i = 0; i < n; i++) {
		void *obj = obj_table[i];
		struct rte_mempool_objhdr *hdr;
		struct rte_mempool_objtlr *tlr;

		if (obj == NULL)
			rte_panic("mempool %s: NULL object\n", mp->name);
		hdr = rte_mempool_get_header(obj);
		if (hdr->mp != mp)
			rte_panic("mempool %s: foreign object %p (belongs to "
				  "pool %p)\n",
				mp->name, obj, (void *)hdr->mp);
		if (free == 1) {
			if (hdr->cookie == RTE_MEMPOOL_HEADER_COOKIE1)
				rte_panic(
					"mempool %s: double put of object %p\n",
					mp->name, obj);
			if (hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE2)
				rte_panic("mempool %s: bad header cookie "
					  "0x%" PRIx64 " on put of object %p\n",
					mp->name, hdr->cookie, obj);
			hdr->cookie = RTE_MEMPOOL_HEADER_COOKIE1;
		} else if (free == 0) {
			if (hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE1)
				rte_panic("mempool %s: bad header cookie "
					  "0x%" PRIx64 " on get of object %p\n",
					mp->name, hdr->cookie, obj);
			hdr->cookie = RTE_MEMPOOL_HEADER_COOKIE2;
		} else if (hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE1 &&
			hdr->cookie != RTE_MEMPOOL_HEADER_COOKIE2) {
			rte_panic("mempool %s: bad header cookie 0x%" PRIx64
				  " of object %p\n",
				mp->name, hdr->cookie, obj);
		}
		tlr = (struct rte_mempool_objtlr *)RTE_PTR_ADD(
			obj, mp->elt_size);
		if (tlr->cookie != RTE_MEMPOOL_TRAILER_COOKIE)
			rte_panic("mempool %s: overrun: trailer cookie of "
				  "object %p overwritten (0x%" PRIx64 ")\n",
				mp->name, obj, tlr->cookie);
	}
#else
	RTE_SET_USED(mp);
	RTE_SET_USED(obj_table);
	RTE_SET_USED(n);
	RTE_SET_USED(free);
#endif
}

void
rte_mempool_contig_blocks_check_cookies(const struct rte_mempool *mp,
	void *const *first_obj_table_const, unsigned int n, int free)
{
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	struct rte_mempool_info info;
	size_t total =
		(size_t)mp->header_size + mp->elt_size + mp->trailer_size;
	unsigned int i, j;

	if (rte_mempool_ops_get_info(mp, &info) != 0 ||
		info.contig_block_size == 0)
		rte_panic("mempool %s: handler gives no contiguous block "
			  "size\n",
			mp->name);
	for (i = 0; i < n; i++)
		for (j = 0; j < info.contig_block_size; j++) {
			void *obj = RTE_PTR_ADD(
				first_obj_table_const[i], j * total);

			rte_mempool_check_cookies(mp, &obj, 1, free);
		}
#else
	RTE_SET_USED(mp);
	RTE_SET_USED(first_obj_table_const);
	RTE_SET_USED(n);
	RTE_SET_USED(free);
#endif
}

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
static void
mempool_audit_obj(
	struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	RTE_SET_USED(arg);
	RTE_SET_USED(idx);
	rte_mempool_check_cookies(mp, &obj, 1, 2);
}
#endif

void
rte_mempool_audit(struct rte_mempool *mp)
{
	struct rte_mempool_proc_held held[RTE_MEMPOOL_STATS_MAX_PROCS];
	unsigned int lcore_id;
	int n, p;

	/*
	 * What dead processes took with them, as rte_mempool_dump and
	 * telemetry report it: reading it settles it.
	 */
	n = rte_mempool_held_by_process(mp, held, RTE_DIM(held));
	for (p = 0; p < n && p < (int)RTE_DIM(held); p++)
		if (held[p].dead)
			RTE_LOG(INFO, MEMPOOL,
				"pool %s: dead process %d took %" PRId64
				" objects with it\n",
				mp->name, (int)held[p].pid, held[p].held);

	if (mp->cache_size != 0)
		for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++) {
			const struct rte_mempool_cache *c =
				&mp->local_cache[lcore_id];

			if (c->len > c->flushthresh)
				rte_panic("mempool %s: cache of lcore %u holds "
					  "%u objects (max %u)\n",
					mp->name, lcore_id, c->len,
					c->flushthresh);
		}
	if (mp->populated_size > mp->size)
		rte_panic("mempool %s: %u objects populated, size %u\n",
			mp->name, mp->populated_size, mp->size);
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	rte_mempool_obj_iter(mp, mempool_audit_obj, NULL);
#endif
}

static double
ratio(uint64_t num, uint64_t den)
{
	return den == 0 ? 0.0 : (double)num / (double)den;
}

static void
mempool_dump_stats(FILE *f, const struct rte_mempool *mp)
{
	struct rte_mempool_proc_held held[RTE_MEMPOOL_STATS_MAX_PROCS];
	struct rte_mempool_stats st;
	unsigned int i;
	int n, p;

	fprintf(f, "  stats (per slot, non-zero):\n");
	for (i = 0; i <= RTE_MAX_LCORE; i++) {
		rte_mempool_stats_get(mp, (int)i, &st);
		if (st.get_calls == 0 && st.put_calls == 0 &&
			st.get_fail_calls == 0 && st.held == 0)
			continue;
		fprintf(f,
			"    %s%u: get %" PRIu64 "/%" PRIu64 " put %" PRIu64
			"/%" PRIu64 " fail %" PRIu64 "/%" PRIu64
			" (calls/objs) hits %" PRIu64 " misses %" PRIu64
			" held %" PRId64 "\n",
			i == RTE_MAX_LCORE ? "non-EAL " : "lcore ",
			i == RTE_MAX_LCORE ? 0 : i, st.get_calls, st.get_objs,
			st.put_calls, st.put_objs, st.get_fail_calls,
			st.get_fail_objs, st.cache_hits, st.cache_misses,
			st.held);
	}
	rte_mempool_stats_get(mp, -1, &st);
	n = rte_mempool_held_by_process(mp, held, RTE_DIM(held));
	if (n > 0) {
		fprintf(f, "  held by process:\n");
		for (p = 0; p < n && p < (int)RTE_DIM(held); p++)
			fprintf(f, "    pid %d%s: %" PRId64 "\n",
				(int)held[p].pid, held[p].dead ? " (dead)" : "",
				held[p].held);
	}
	fprintf(f, "  stats total:\n");
	fprintf(f, "    get_calls=%" PRIu64 "\n", st.get_calls);
	fprintf(f, "    get_objs=%" PRIu64 "\n", st.get_objs);
	fprintf(f, "    get_fail_calls=%" PRIu64 "\n", st.get_fail_calls);
	fprintf(f, "    get_fail_objs=%" PRIu64 "\n", st.get_fail_objs);
	fprintf(f, "    put_calls=%" PRIu64 "\n", st.put_calls);
	fprintf(f, "    put_objs=%" PRIu64 "\n", st.put_objs);
	fprintf(f, "    cache_hits=%" PRIu64 "\n", st.cache_hits);
	fprintf(f, "    cache_misses=%" PRIu64 "\n", st.cache_misses);
	fprintf(f, "    deq_calls=%" PRIu64 "\n", st.deq_calls);
	fprintf(f, "    deq_objs=%" PRIu64 "\n", st.deq_objs);
	fprintf(f, "    enq_calls=%" PRIu64 "\n", st.enq_calls);
	fprintf(f, "    enq_objs=%" PRIu64 "\n", st.enq_objs);
	fprintf(f, "    held=%" PRId64 "\n", st.held);
	fprintf(f, "    avg_get_burst=%.2f\n",
		ratio(st.get_objs, st.get_calls));
	fprintf(f, "    avg_put_burst=%.2f\n",
		ratio(st.put_objs, st.put_calls));
	fprintf(f, "    cache_miss_rate=%.2f%%\n",
		100.0 *
			ratio(st.cache_misses,
				st.cache_hits + st.cache_misses));
#ifdef RTE_LIBRTE_MEMPOOL_STATS
	{
		uint64_t ok = 0, fail = 0;

		for (i = 0; i <= RTE_MAX_LCORE; i++) {
			ok += mp->stats[i].get_success_blks;
			fail += mp->stats[i].get_fail_blks;
		}
		fprintf(f, "    get_success_blks=%" PRIu64 "\n", ok);
		fprintf(f, "    get_fail_blks=%" PRIu64 "\n", fail);
	}
#endif
}

void
rte_mempool_dump(FILE *f, struct rte_mempool *mp)
{
	struct rte_mempool_memhdr *memhdr;
	unsigned int lcore_id, cached = 0;
	char hname[RTE_MEMPOOL_HANDLER_NAMESIZE];
	size_t mem_len = 0;

	if (f == NULL)
		f = stdout;
	if (mp == NULL)
		return;
	fprintf(f, "mempool <%s>@%p\n", mp->name, (void *)mp);
	fprintf(f, "  flags=0x%x\n", mp->flags);
	fprintf(f, "  socket_id=%d\n", mp->socket_id);
	fprintf(f, "  handler=%s (index %d)\n",
		mempool_handler_name(mp->ops_index, hname, sizeof(hname)),
		mp->ops_index);
	/* Another process's private pool: its store is not mapped here. */
	if (mempool_foreign_pool_dump(f, mp) < 0)
		return;
	fprintf(f, "  pool_data=%p\n", mp->pool_data);
	fprintf(f, "  iova=0x%" PRIx64 "\n", (uint64_t)mp->mz->iova);
	fprintf(f, "  nb_mem_chunks=%u\n", mp->nb_mem_chunks);
	fprintf(f, "  size=%u\n", mp->size);
	fprintf(f, "  populated_size=%u\n", mp->populated_size);
	fprintf(f, "  header_size=%u\n", mp->header_size);
	fprintf(f, "  elt_size=%u\n", mp->elt_size);
	fprintf(f, "  trailer_size=%u\n", mp->trailer_size);
	fprintf(f, "  total_obj_size=%u\n",
		mp->header_size + mp->elt_size + mp->trailer_size);
	fprintf(f, "  private_data_size=%u\n", mp->private_data_size);
	STAILQ_FOREACH(memhdr, &mp->mem_list, next)
		mem_len += memhdr->len;
	if (mem_len != 0)
		fprintf(f,
			"  memory chunks: %zu bytes, %.1f%% used by objects\n",
			mem_len,
			100.0 * mp->populated_size *
				(mp->header_size + mp->elt_size +
					mp->trailer_size) /
				mem_len);
	fprintf(f, "  cache_size=%u\n", mp->cache_size);
	if (mp->cache_size != 0) {
		for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++) {
			unsigned int len = mp->local_cache[lcore_id].len;

			if (len == 0)
				continue;
			fprintf(f, "    cache lcore %u: count=%u\n", lcore_id,
				len);
			cached += len;
		}
	}
	fprintf(f, "  cache_count=%u\n", cached);
	fprintf(f, "  common_pool_count=%u\n", rte_mempool_ops_get_count(mp));
	fprintf(f, "  avail_count=%u\n", rte_mempool_avail_count(mp));
	fprintf(f, "  in_use_count=%u\n", rte_mempool_in_use_count(mp));
	mempool_dump_stats(f, mp);
	rte_mempool_audit(mp);
}

static void
mempool_dump_cb(struct rte_mempool *mp, void *arg)
{
	rte_mempool_dump(arg, mp);
}

void
rte_mempool_list_dump(FILE *f)
{
	rte_mempool_walk(mempool_dump_cb, f != NULL ? f : stdout);
}
