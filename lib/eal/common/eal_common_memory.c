/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What rte_memory.h offers over the arena: sizes and layout, the segment
 * lists (one per socket heap, built at init, one segment per page), the
 * walks and lookups over them, segment file descriptors, page locking
 * and the DMA mask.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_fbarray.h>
#include <rte_log.h>
#include <rte_memory.h>

#include "eal_fbarray.h"
#include "eal_internal_cfg.h"
#include "eal_memcfg.h"

uint64_t
rte_eal_get_physmem_size(void)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();

	return mcfg == NULL ? 0 : mcfg->hdr.arena_size;
}

void
rte_dump_physmem_layout(FILE *f)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg == NULL)
		return;
	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		const struct malloc_heap *heap = &mcfg->malloc_heaps[i];

		if (heap->end == heap->start)
			continue;
		fprintf(f,
			"Segment %u: IOVA:0x%" PRIx64 ", len:%" PRIu64
			", virt:0x%" PRIx64
			", socket_id:%u, hugepage_sz:%" PRIu64
			", nchannel:%u, nrank:%u\n",
			i, heap->start, heap->end - heap->start, heap->start, i,
			mcfg->hdr.page_size, rte_memory_get_nchannel(),
			rte_memory_get_nrank());
	}
}

unsigned int
rte_memory_get_nchannel(void)
{
	return eal_get_internal_configuration()->num_channels;
}

unsigned int
rte_memory_get_nrank(void)
{
	return eal_get_internal_configuration()->num_ranks;
}

size_t
rte_mem_page_size(void)
{
	return (size_t)sysconf(_SC_PAGESIZE);
}

int
rte_eal_has_hugepages(void)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg == NULL)
		return !eal_get_internal_configuration()->no_hugetlbfs;
	return mcfg->hdr.page_size > rte_mem_page_size();
}

int
rte_eal_in_memory(void)
{
	return eal_get_internal_configuration()->in_memory_opt;
}

/* ----- segment lists ----- */

size_t
eal_memseg_area_size(uint64_t arena_size, uint64_t page_size)
{
	uint64_t pages = arena_size / page_size;

	/* The pages are split among the sockets: one bitmap word each more. */
	return eal_fbarray_mem_size(
		       (unsigned int)pages, sizeof(struct rte_memseg)) +
		RTE_MAX_NUMA_NODES * 2 * sizeof(uint64_t);
}

int
eal_memseg_lists_init(struct rte_mem_config *mcfg)
{
	uint8_t *area = RTE_PTR_ADD(mcfg, mcfg->memseg_area_off);
	size_t used = 0;
	unsigned int i, k = 0;

	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		const struct malloc_heap *heap = &mcfg->malloc_heaps[i];
		struct rte_memseg_list *msl;
		unsigned int n, j;
		char name[RTE_FBARRAY_NAME_LEN];
		size_t need;

		if (heap->end == heap->start)
			continue;
		msl = &mcfg->memsegs[k];
		n = (unsigned int)((heap->end - heap->start) /
			mcfg->hdr.page_size);
		need = RTE_ALIGN_CEIL(
			eal_fbarray_mem_size(n, sizeof(struct rte_memseg)),
			sizeof(uint64_t));
		if (used + need > mcfg->memseg_area_len) {
			RTE_LOG(ERR, EAL, "memseg area too small\n");
			rte_errno = ENOMEM;
			return -1;
		}
		snprintf(name, sizeof(name), "memseg-%" PRIu64 "k-%u-%u",
			mcfg->hdr.page_size >> 10, i, k);
		if (eal_fbarray_init_at(&msl->memseg_arr, name, n,
			    sizeof(struct rte_memseg), area + used) < 0)
			return -1;
		used += need;
		msl->base_va = (void *)(uintptr_t)heap->start;
		msl->len = heap->end - heap->start;
		msl->page_sz = mcfg->hdr.page_size;
		msl->socket_id = (int)i;
		msl->external = 0;
		msl->heap = 1;
		msl->version = 0;
		for (j = 0; j < n; j++) {
			struct rte_memseg *ms =
				rte_fbarray_get(&msl->memseg_arr, j);

			ms->addr = RTE_PTR_ADD(
				msl->base_va, (size_t)j * msl->page_sz);
			ms->iova = (rte_iova_t)(uintptr_t)ms->addr;
			ms->len = msl->page_sz;
			ms->hugepage_sz = msl->page_sz;
			ms->socket_id = (int32_t)i;
			ms->nchannel = rte_memory_get_nchannel();
			ms->nrank = rte_memory_get_nrank();
			ms->flags = 0;
			rte_fbarray_set_used(&msl->memseg_arr, j);
		}
		k++;
	}
	mcfg->next_socket_id = RTE_MAX_NUMA_NODES;
	return 0;
}

/*
 * Whether this process may read a list's segments: the arena's always,
 * external ones once created or attached here.
 */
static int
msl_readable(const struct rte_memseg_list *msl)
{
	return msl->base_va != NULL &&
		(!msl->external || eal_fbarray_is_mapped(&msl->memseg_arr));
}

struct rte_memseg_list *
rte_mem_virt2memseg_list(const void *virt)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	uintptr_t a = (uintptr_t)virt;
	unsigned int i;

	if (mcfg == NULL)
		return NULL;
	for (i = 0; i < RTE_MAX_MEMSEG_LISTS; i++) {
		struct rte_memseg_list *msl = &mcfg->memsegs[i];
		uintptr_t b = (uintptr_t)msl->base_va;

		if (msl->base_va != NULL && a >= b && a - b < msl->len)
			return msl;
	}
	return NULL;
}

struct rte_memseg *
rte_mem_virt2memseg(const void *virt, const struct rte_memseg_list *msl)
{
	uintptr_t a = (uintptr_t)virt, b;

	if (msl == NULL)
		msl = rte_mem_virt2memseg_list(virt);
	if (msl == NULL || msl->base_va == NULL || msl->page_sz == 0)
		return NULL;
	b = (uintptr_t)msl->base_va;
	if (a < b || a - b >= msl->len || !msl_readable(msl))
		return NULL;
	return rte_fbarray_get(
		&msl->memseg_arr, (unsigned int)((a - b) / msl->page_sz));
}

int
rte_memseg_list_walk_thread_unsafe(rte_memseg_list_walk_t func, void *arg)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg == NULL)
		return 0;
	for (i = 0; i < RTE_MAX_MEMSEG_LISTS; i++) {
		const struct rte_memseg_list *msl = &mcfg->memsegs[i];
		int ret;

		if (msl->base_va == NULL)
			continue;
		ret = func(msl, arg);
		if (ret != 0)
			return ret < 0 ? -1 : 1;
	}
	return 0;
}

/* One walk over the used segments, a segment or a contiguous run a call. */
struct seg_walk {
	rte_memseg_walk_t seg; /* per segment, or NULL */
	rte_memseg_contig_walk_t contig; /* per run of segments, or NULL */
	void *arg;
};

/* The segment (or run) walk of one list, under rte_memseg_list_walk. */
static int
walk_list_segs(const struct rte_memseg_list *msl, void *arg)
{
	const struct seg_walk *w = arg;
	/* The fbarray searches take no const array; they only read it. */
	struct rte_fbarray *arr =
		(struct rte_fbarray *)(uintptr_t)&msl->memseg_arr;
	int idx = 0;

	if (!msl_readable(msl) || arr->count == 0)
		return 0;
	while ((unsigned int)idx < arr->len &&
		(idx = rte_fbarray_find_next_used(arr, idx)) >= 0) {
		const struct rte_memseg *ms = rte_fbarray_get(arr, idx);
		int n = 1, ret;

		if (w->contig != NULL) {
			n = rte_fbarray_find_contig_used(arr, idx);
			ret = w->contig(
				msl, ms, (size_t)n * msl->page_sz, w->arg);
		} else {
			ret = w->seg(msl, ms, w->arg);
		}
		if (ret != 0)
			return ret;
		idx += n;
	}
	return 0;
}

int
rte_memseg_walk_thread_unsafe(rte_memseg_walk_t func, void *arg)
{
	struct seg_walk w = {.seg = func, .contig = NULL, .arg = arg};

	return rte_memseg_list_walk_thread_unsafe(walk_list_segs, &w);
}

int
rte_memseg_contig_walk_thread_unsafe(rte_memseg_contig_walk_t func, void *arg)
{
	struct seg_walk w = {.seg = NULL, .contig = func, .arg = arg};

	return rte_memseg_list_walk_thread_unsafe(walk_list_segs, &w);
}

/*
 * Body of each public locked form of a *_thread_unsafe function: the
 * same call under the memory reader lock.
 */
#define MEM_READ_LOCKED_RETURN(call) \
	do { \
		int __ret; \
		rte_mcfg_mem_read_lock(); \
		__ret = (call); \
		rte_mcfg_mem_read_unlock(); \
		return __ret; \
	} while (0)

int
rte_memseg_walk(rte_memseg_walk_t func, void *arg)
{
	MEM_READ_LOCKED_RETURN(rte_memseg_walk_thread_unsafe(func, arg));
}

int
rte_memseg_contig_walk(rte_memseg_contig_walk_t func, void *arg)
{
	MEM_READ_LOCKED_RETURN(rte_memseg_contig_walk_thread_unsafe(func, arg));
}

int
rte_memseg_list_walk(rte_memseg_list_walk_t func, void *arg)
{
	MEM_READ_LOCKED_RETURN(rte_memseg_list_walk_thread_unsafe(func, arg));
}

struct iova2virt {
	rte_iova_t iova;
	void *virt;
};

static int
find_iova(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	size_t len, void *arg)
{
	struct iova2virt *q = arg;

	RTE_SET_USED(msl);
	/* Arena pages are IOVA as VA: a whole run is contiguous in IOVA. */
	if (!msl->external) {
		if (q->iova >= ms->iova && q->iova - ms->iova < len) {
			q->virt = RTE_PTR_ADD(ms->addr, q->iova - ms->iova);
			return 1;
		}
		return 0;
	}
	return 0;
}

static int
find_iova_ext(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	struct iova2virt *q = arg;

	if (!msl->external || ms->iova == RTE_BAD_IOVA)
		return 0;
	if (q->iova >= ms->iova && q->iova - ms->iova < ms->len) {
		q->virt = RTE_PTR_ADD(ms->addr, q->iova - ms->iova);
		return 1;
	}
	return 0;
}

void *
rte_mem_iova2virt(rte_iova_t iova)
{
	struct iova2virt q = {.iova = iova, .virt = NULL};

	if (iova == RTE_BAD_IOVA)
		return NULL;
	rte_mcfg_mem_read_lock();
	if (rte_memseg_contig_walk_thread_unsafe(find_iova, &q) == 0)
		rte_memseg_walk_thread_unsafe(find_iova_ext, &q);
	rte_mcfg_mem_read_unlock();
	return q.virt;
}

/* The used arena segment ms, or NULL with rte_errno. */
static const struct rte_memseg_list *
check_fd_seg(const struct rte_memseg *ms)
{
	const struct rte_memseg_list *msl;
	int idx;

	if (ms == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	msl = rte_mem_virt2memseg_list(ms->addr);
	if (msl == NULL || !msl_readable(msl)) {
		rte_errno = EINVAL;
		return NULL;
	}
	idx = rte_fbarray_find_idx(&msl->memseg_arr, ms);
	if (idx < 0 || rte_fbarray_get(&msl->memseg_arr, idx) != ms) {
		rte_errno = EINVAL;
		return NULL;
	}
	if (rte_fbarray_is_used(
		    (struct rte_fbarray *)(uintptr_t)&msl->memseg_arr, idx) !=
		1) {
		rte_errno = ENOENT;
		return NULL;
	}
	if (msl->external) {
		rte_errno = ENOTSUP;
		return NULL;
	}
	return msl;
}

int
rte_memseg_get_fd_thread_unsafe(const struct rte_memseg *ms)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();
	int fd;

	if (check_fd_seg(ms) == NULL)
		return -1;
	if (mcfg->hdr.arena_kind == EAL_ARENA_ANON) {
		rte_errno = ENOTSUP;
		return -1;
	}
	fd = eal_arena_fd();
	if (fd < 0) {
		rte_errno = ENODEV;
		return -1;
	}
	return fd;
}

int
rte_memseg_get_fd_offset_thread_unsafe(
	const struct rte_memseg *ms, size_t *offset)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();

	if (offset == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	if (rte_memseg_get_fd_thread_unsafe(ms) < 0)
		return -1;
	*offset = (uintptr_t)ms->addr - mcfg->hdr.arena_addr;
	return 0;
}

int
rte_memseg_get_fd(const struct rte_memseg *ms)
{
	MEM_READ_LOCKED_RETURN(rte_memseg_get_fd_thread_unsafe(ms));
}

int
rte_memseg_get_fd_offset(const struct rte_memseg *ms, size_t *offset)
{
	MEM_READ_LOCKED_RETURN(
		rte_memseg_get_fd_offset_thread_unsafe(ms, offset));
}

int
rte_mem_lock_page(const void *virt)
{
	uintptr_t page = rte_mem_page_size();
	void *start = (void *)RTE_ALIGN_FLOOR((uintptr_t)virt, page);

	if (mlock(start, page) < 0) {
		rte_errno = errno;
		return -1;
	}
	return 0;
}

/* Widest mask rte_mem_check_dma_mask() takes. */
#define DMA_MASK_MAX_BITS 63

static int
check_dma(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	uint64_t mask = *(const uint64_t *)arg;

	RTE_SET_USED(msl);
	if (ms->iova == RTE_BAD_IOVA)
		return 0;
	if (((ms->iova + ms->len - 1) & mask) != 0) {
		RTE_LOG(ERR, EAL,
			"memseg iova 0x%" PRIx64 ", len 0x%zx, out of range\n",
			ms->iova, ms->len);
		return 1;
	}
	return 0;
}

static int
dma_mask_check(uint8_t maskbits, int locked)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	uint64_t mask;
	int ret;

	if (maskbits > DMA_MASK_MAX_BITS) {
		RTE_LOG(ERR, EAL, "wrong dma mask size %u (max %d)\n", maskbits,
			DMA_MASK_MAX_BITS);
		return -1;
	}
	mask = ~((1ULL << maskbits) - 1);
	ret = locked ? rte_memseg_walk(check_dma, &mask)
		     : rte_memseg_walk_thread_unsafe(check_dma, &mask);
	if (ret != 0)
		return -1;
	/* The narrowest width asked for is the one devices must meet. */
	if (mcfg != NULL &&
		(mcfg->dma_maskbits == 0 || maskbits < mcfg->dma_maskbits))
		mcfg->dma_maskbits = maskbits;
	return 0;
}

int
rte_mem_check_dma_mask(uint8_t maskbits)
{
	return dma_mask_check(maskbits, 1);
}

int
rte_mem_check_dma_mask_thread_unsafe(uint8_t maskbits)
{
	return dma_mask_check(maskbits, 0);
}

void
rte_mem_set_dma_mask(uint8_t maskbits)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg == NULL)
		return;
	mcfg->dma_maskbits = mcfg->dma_maskbits == 0
		? maskbits
		: RTE_MIN(mcfg->dma_maskbits, maskbits);
}
