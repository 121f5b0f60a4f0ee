/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <inttypes.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_memory.h>

#include "eal_memcfg.h"
#include "eal_robust.h"
#include "malloc_elem.h"
#include "malloc_heap.h"

/*
 * Crash consistency: every update under heap->lock opens the heap's
 * undo journal (heap_begin), copies each header, trailer or heap field
 * before its first write (HEAP_SAVE) and closes the journal before the
 * unlock (heap_end). A process that takes the lock over from a dead
 * holder (heap_lock) rolls an open journal back, so the heap is
 * exactly as before the dead process's unfinished malloc, free or
 * resize; a finished one stays.
 */
#define HEAP_SAVE(heap, p, len) eal_undo_save(&(heap)->undo, (p), (len))
#define HEAP_SAVE_ELEM(heap, e) HEAP_SAVE(heap, e, sizeof(struct malloc_elem))

static void
heap_lock(struct malloc_heap *heap)
{
	if (rte_robust_lock(&heap->lock) == 0)
		return;
	if (__atomic_load_n(&heap->undo.op, __ATOMIC_ACQUIRE) !=
		EAL_UNDO_NONE) {
		unsigned int n = eal_undo_rollback(&heap->undo);

		RTE_LOG(NOTICE, EAL,
			"heap of socket %d: update of a dead process rolled "
			"back (%u ranges)\n",
			heap->socket_id, n);
	}
	eal_undo_commit(&heap->undo);
}

static void
heap_unlock(struct malloc_heap *heap)
{
	rte_robust_unlock(&heap->lock);
}

/* Open the journal; the heap's own fields are copied at once. */
static void
heap_begin(struct malloc_heap *heap)
{
	eal_undo_begin(&heap->undo, EAL_UNDO_HEAP);
	HEAP_SAVE(heap, &heap->free_head[0],
		(uintptr_t)(&heap->alloc_count + 1) -
			(uintptr_t)&heap->free_head[0]);
}

static void
heap_end(struct malloc_heap *heap)
{
	eal_undo_commit(&heap->undo);
}

/* Write the result word of eal_heap_record, journaled. */
static void
heap_record(struct malloc_heap *heap, uint64_t value)
{
	uint64_t *rec = eal_heap_record;

	if (rec == NULL)
		return;
	HEAP_SAVE(heap, rec, sizeof(*rec));
	__atomic_store_n(rec, value, __ATOMIC_RELEASE);
}

void
malloc_heap_settle(struct malloc_heap *heap)
{
	heap_lock(heap);
	heap_unlock(heap);
}

static unsigned int
size_to_list(size_t size)
{
	unsigned int idx = 0;

	size >>= 8;
	while (size != 0 && idx < MALLOC_FREE_LISTS - 1) {
		size >>= 1;
		idx++;
	}
	return idx;
}

static void
free_list_insert(struct malloc_heap *heap, struct malloc_elem *elem)
{
	unsigned int idx = size_to_list(elem->size);
	struct malloc_elem *head = heap->free_head[idx];

	HEAP_SAVE_ELEM(heap, elem);
	if (head != NULL)
		HEAP_SAVE_ELEM(heap, head);
	elem->state = ELEM_FREE;
	elem->list_idx = idx;
	elem->prev_free = NULL;
	elem->next_free = head;
	if (head != NULL)
		head->prev_free = elem;
	heap->free_head[idx] = elem;
	heap->free_size += elem->size;
	heap->free_count++;
}

static void
free_list_remove(struct malloc_heap *heap, struct malloc_elem *elem)
{
	HEAP_SAVE_ELEM(heap, elem);
	if (elem->prev_free != NULL)
		HEAP_SAVE_ELEM(heap, elem->prev_free);
	if (elem->next_free != NULL)
		HEAP_SAVE_ELEM(heap, elem->next_free);
	if (elem->prev_free != NULL)
		elem->prev_free->next_free = elem->next_free;
	else
		heap->free_head[elem->list_idx] = elem->next_free;
	if (elem->next_free != NULL)
		elem->next_free->prev_free = elem->prev_free;
	elem->next_free = NULL;
	elem->prev_free = NULL;
	heap->free_size -= elem->size;
	heap->free_count--;
}

void
malloc_heap_init(
	struct malloc_heap *heap, int socket_id, uintptr_t start, uintptr_t end)
{
	struct malloc_elem *elem;

	memset(heap, 0, sizeof(*heap));
	rte_robust_lock_init(&heap->lock);
	heap->socket_id = socket_id;
	start = RTE_ALIGN_CEIL(start, MALLOC_ELEM_ALIGN);
	end = RTE_ALIGN_FLOOR(end, MALLOC_ELEM_ALIGN);
	heap->start = start;
	heap->end = start;
	if (end <= start || end - start < MALLOC_ELEM_MIN_SIZE)
		return;
	heap->end = end;
	heap->total_size = end - start;
	elem = (struct malloc_elem *)start;
	malloc_elem_init(elem, heap, NULL, end - start, ELEM_FREE);
	free_list_insert(heap, elem);
}

/*
 * Turn part of a free block into a busy one whose data starts at data;
 * what is left on either side becomes free blocks again.
 */
static struct malloc_elem *
carve(struct malloc_heap *heap, struct malloc_elem *elem, uintptr_t data,
	size_t len)
{
	uintptr_t old_end = (uintptr_t)elem + elem->size;
	uintptr_t busy_end = malloc_elem_busy_end(data, len);
	struct malloc_elem *busy =
		(struct malloc_elem *)(data - MALLOC_ELEM_HEADER_LEN);
	struct malloc_elem *next = malloc_elem_next(elem);

	free_list_remove(heap, elem);
	HEAP_SAVE_ELEM(heap, busy);
	if (next != NULL)
		HEAP_SAVE_ELEM(heap, next);
	if (busy != elem) {
		elem->size = (uintptr_t)busy - (uintptr_t)elem;
		malloc_elem_init(
			busy, heap, elem, old_end - (uintptr_t)busy, ELEM_BUSY);
		free_list_insert(heap, elem);
	}
	if (old_end - busy_end >= MALLOC_ELEM_MIN_SIZE) {
		struct malloc_elem *rest = (struct malloc_elem *)busy_end;

		HEAP_SAVE_ELEM(heap, rest);
		malloc_elem_init(
			rest, heap, busy, old_end - busy_end, ELEM_FREE);
		busy->size = busy_end - (uintptr_t)busy;
		free_list_insert(heap, rest);
		if (next != NULL)
			next->prev = rest;
	} else if (next != NULL) {
		next->prev = busy;
	}
	HEAP_SAVE(heap, malloc_elem_trailer(busy), MALLOC_ELEM_TRAILER_LEN);
	malloc_elem_set_busy(busy);
	busy->owner = rte_eal_owner_id();
	heap->alloc_size += busy->size;
	heap->alloc_count++;
	return busy;
}

static void *
alloc_locked(struct malloc_heap *heap, size_t size, size_t align, size_t bound)
{
	unsigned int idx;

	for (idx = size_to_list(size + MALLOC_ELEM_HEADER_LEN);
		idx < MALLOC_FREE_LISTS; idx++) {
		struct malloc_elem *elem;

		for (elem = heap->free_head[idx]; elem != NULL;
			elem = elem->next_free) {
			uintptr_t data =
				malloc_elem_fit(elem, size, align, bound);

			if (data != 0) {
				void *ret = malloc_elem_data(
					carve(heap, elem, data, size));

				heap_record(heap, (uintptr_t)ret);
				return ret;
			}
		}
	}
	return NULL;
}

void *
malloc_heap_alloc_on(
	struct malloc_heap *heap, size_t size, size_t align, size_t bound)
{
	void *ret;

	if (heap->end == heap->start || size == 0 ||
		size > heap->end - heap->start)
		return NULL;
	heap_lock(heap);
	heap_begin(heap);
	ret = alloc_locked(heap, size, align, bound);
	heap_end(heap);
	heap_unlock(heap);
	return ret;
}

struct malloc_heap *
malloc_heap_by_socket(int socket)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg == NULL || socket < 0)
		return NULL;
	if (socket < RTE_MAX_NUMA_NODES)
		return &mcfg->malloc_heaps[socket];
	for (i = RTE_MAX_NUMA_NODES; i < RTE_MAX_HEAPS; i++) {
		struct malloc_heap *heap = &mcfg->malloc_heaps[i];

		if (heap->socket_id == socket && heap->name[0] != '\0')
			return heap;
	}
	return NULL;
}

struct malloc_heap *
malloc_heap_by_name(const char *name)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg == NULL)
		return NULL;
	for (i = 0; i < RTE_MAX_HEAPS; i++)
		if (mcfg->malloc_heaps[i].name[0] != '\0' &&
			strncmp(name, mcfg->malloc_heaps[i].name,
				RTE_HEAP_NAME_MAX_LEN) == 0)
			return &mcfg->malloc_heaps[i];
	return NULL;
}

/* Journal the heap's bounds too (heap_begin covers the lists). */
static void
heap_begin_bounds(struct malloc_heap *heap)
{
	heap_begin(heap);
	HEAP_SAVE(heap, &heap->start,
		(uintptr_t)(&heap->total_size + 1) - (uintptr_t)&heap->start);
}

void
malloc_heap_add_chunk(struct malloc_heap *heap, void *va, size_t len)
{
	struct malloc_elem *elem = va;
	struct malloc_elem *fence =
		RTE_PTR_ADD(va, len - MALLOC_ELEM_HEADER_LEN);

	heap_lock(heap);
	heap_begin_bounds(heap);
	malloc_elem_init(
		elem, heap, NULL, len - MALLOC_ELEM_HEADER_LEN, ELEM_FREE);
	malloc_elem_init(fence, heap, elem, MALLOC_ELEM_HEADER_LEN, ELEM_FENCE);
	if (heap->total_size == 0) {
		heap->start = (uintptr_t)va;
		heap->end = (uintptr_t)va + len;
	} else {
		heap->start = RTE_MIN(heap->start, (uint64_t)(uintptr_t)va);
		heap->end = RTE_MAX(heap->end, (uint64_t)(uintptr_t)va + len);
	}
	heap->total_size += len;
	free_list_insert(heap, elem);
	heap_end(heap);
	heap_unlock(heap);
}

int
malloc_heap_take_chunk(struct malloc_heap *heap, void *va, size_t len)
{
	struct malloc_elem *elem = va;
	int ret = 0;

	heap_lock(heap);
	/* Nothing allocated: the chunk is one free block and its fence. */
	if (elem->state != ELEM_FREE ||
		elem->size != len - MALLOC_ELEM_HEADER_LEN) {
		rte_errno = EBUSY;
		ret = -1;
	} else {
		heap_begin(heap);
		free_list_remove(heap, elem);
		heap_end(heap);
	}
	heap_unlock(heap);
	return ret;
}

void
malloc_heap_restore_chunk(struct malloc_heap *heap, void *va)
{
	heap_lock(heap);
	heap_begin(heap);
	free_list_insert(heap, va);
	heap_end(heap);
	heap_unlock(heap);
}

void
malloc_heap_drop_chunk(struct malloc_heap *heap, size_t len)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	heap_lock(heap);
	heap_begin_bounds(heap);
	heap->total_size -= len;
	heap->start = 0;
	heap->end = 0;
	for (i = 0; i < RTE_MAX_MEMSEG_LISTS; i++) {
		const struct rte_memseg_list *msl = &mcfg->memsegs[i];
		uint64_t b = (uintptr_t)msl->base_va;

		if (msl->base_va == NULL || !msl->external || !msl->heap ||
			msl->socket_id != heap->socket_id)
			continue;
		if (heap->end == 0 || b < heap->start)
			heap->start = b;
		if (b + msl->len > heap->end)
			heap->end = b + msl->len;
	}
	heap_end(heap);
	heap_unlock(heap);
}

int
malloc_heap_destroy_empty(struct malloc_heap *heap)
{
	int ret = 0;

	heap_lock(heap);
	if (heap->total_size != 0 || heap->alloc_count != 0) {
		rte_errno = EBUSY;
		ret = -1;
	} else {
		heap->name[0] = '\0';
	}
	heap_unlock(heap);
	return ret;
}

void *
malloc_heap_alloc(int socket, size_t size, size_t align, size_t bound)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int first, i;
	void *ret;

	if (mcfg == NULL || size == 0)
		return NULL;
	if (socket != SOCKET_ID_ANY) {
		struct malloc_heap *heap = malloc_heap_by_socket(socket);

		if (heap == NULL)
			return NULL;
		return malloc_heap_alloc_on(heap, size, align, bound);
	}
	if (size > mcfg->hdr.arena_size)
		return NULL;
	/* Local memory first, then any other socket's. */
	first = rte_socket_id();
	if (first >= RTE_MAX_NUMA_NODES)
		first = 0;
	ret = malloc_heap_alloc_on(
		&mcfg->malloc_heaps[first], size, align, bound);
	for (i = 0; ret == NULL && i < RTE_MAX_NUMA_NODES; i++)
		if (i != first)
			ret = malloc_heap_alloc_on(
				&mcfg->malloc_heaps[i], size, align, bound);
	return ret;
}

struct malloc_elem *
malloc_heap_check(const void *ptr, const char *caller)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	struct malloc_elem *elem;
	struct malloc_heap *heap = NULL;
	unsigned int i;

	if (mcfg == NULL)
		goto bad;
	elem = malloc_elem_from_data(ptr);
	/*
	 * Only read a header that can be one: on a line, in the arena or
	 * in external heap memory mapped here.
	 */
	if (((uintptr_t)ptr & (MALLOC_ELEM_ALIGN - 1)) != 0 ||
		(!eal_addr_in_arena(elem, MALLOC_ELEM_HEADER_LEN) &&
			!eal_addr_in_ext_heap(elem, MALLOC_ELEM_HEADER_LEN)))
		goto bad;
	for (i = 0; i < RTE_MAX_HEAPS; i++)
		if (elem->heap == &mcfg->malloc_heaps[i])
			heap = elem->heap;
	if (heap == NULL || (uintptr_t)elem < heap->start ||
		(uintptr_t)elem >= heap->end)
		goto bad;
	heap_lock(heap);
	if (elem->cookie != (MALLOC_HDR_COOKIE ^ (uintptr_t)elem) ||
		elem->state != ELEM_BUSY || elem->size < MALLOC_ELEM_MIN_SIZE ||
		elem->size > heap->end - (uintptr_t)elem ||
		!malloc_elem_cookies_ok(elem)) {
		heap_unlock(heap);
		goto bad;
	}
	heap_unlock(heap);
	return elem;
bad:
	if (caller != NULL)
		RTE_LOG(ERR, MALLOC,
			"%s: %p is not a live heap block (bad pointer, double "
			"free or overrun)\n",
			caller, ptr);
	return NULL;
}

/* Merge a free block with its free neighbours and list it. */
static void
free_and_merge(struct malloc_heap *heap, struct malloc_elem *elem)
{
	struct malloc_elem *next = malloc_elem_next(elem);
	struct malloc_elem *prev = elem->prev;

	HEAP_SAVE_ELEM(heap, elem);
	elem->state = ELEM_FREE;
	if (next != NULL && next->state == ELEM_FREE) {
		free_list_remove(heap, next);
		elem->size += next->size;
		next->cookie = 0;
		next = malloc_elem_next(elem);
	}
	if (next != NULL)
		HEAP_SAVE_ELEM(heap, next);
	if (prev != NULL && prev->state == ELEM_FREE) {
		free_list_remove(heap, prev);
		prev->size += elem->size;
		elem->cookie = 0;
		elem = prev;
	}
	if (next != NULL)
		next->prev = elem;
	free_list_insert(heap, elem);
}

void
malloc_heap_free(struct malloc_elem *elem)
{
	struct malloc_heap *heap = elem->heap;

	heap_lock(heap);
	heap_begin(heap);
	heap->alloc_size -= elem->size;
	heap->alloc_count--;
	/* A stale copy of the pointer must not pass the checks again. */
	HEAP_SAVE(heap, malloc_elem_trailer(elem), MALLOC_ELEM_TRAILER_LEN);
	*malloc_elem_trailer(elem) = 0;
	free_and_merge(heap, elem);
	heap_record(heap, 0);
	heap_end(heap);
	heap_unlock(heap);
}

/* Give the tail of a busy block beyond new_end back to the heap. */
static void
trim_locked(
	struct malloc_heap *heap, struct malloc_elem *elem, uintptr_t new_end)
{
	uintptr_t old_end = (uintptr_t)elem + elem->size;
	struct malloc_elem *rest;

	if (old_end - new_end < MALLOC_ELEM_MIN_SIZE)
		return;
	rest = (struct malloc_elem *)new_end;
	HEAP_SAVE_ELEM(heap, elem);
	HEAP_SAVE_ELEM(heap, rest);
	elem->size = new_end - (uintptr_t)elem;
	heap->alloc_size -= old_end - new_end;
	malloc_elem_init(rest, heap, elem, old_end - new_end, ELEM_FREE);
	/* rest's successor may be free: merge, which also fixes its prev. */
	free_and_merge(heap, rest);
}

int
malloc_heap_resize(struct malloc_elem *elem, size_t size)
{
	struct malloc_heap *heap = elem->heap;
	uintptr_t data = (uintptr_t)malloc_elem_data(elem);
	uintptr_t need_end = malloc_elem_busy_end(data, size);
	uintptr_t old_end;
	struct malloc_elem *next;
	int ret = -1;

	if (data + size < data)
		return -1;
	heap_lock(heap);
	heap_begin(heap);
	old_end = (uintptr_t)elem + elem->size;
	if (need_end <= old_end) {
		trim_locked(heap, elem, need_end);
		ret = 0;
	} else {
		next = malloc_elem_next(elem);
		if (next != NULL && next->state == ELEM_FREE &&
			old_end + next->size >= need_end) {
			struct malloc_elem *after = malloc_elem_next(next);

			free_list_remove(heap, next);
			HEAP_SAVE_ELEM(heap, elem);
			if (after != NULL)
				HEAP_SAVE_ELEM(heap, after);
			next->cookie = 0;
			elem->size += next->size;
			heap->alloc_size += next->size;
			if (after != NULL)
				after->prev = elem;
			trim_locked(heap, elem, need_end);
			ret = 0;
		}
	}
	if (ret == 0) {
		HEAP_SAVE(heap, malloc_elem_trailer(elem),
			MALLOC_ELEM_TRAILER_LEN);
		malloc_elem_set_busy(elem);
	}
	heap_end(heap);
	heap_unlock(heap);
	return ret;
}

size_t
malloc_heap_max_free_len(struct malloc_heap *heap, size_t align)
{
	size_t best = 0;
	unsigned int idx;

	for (idx = 0; idx < MALLOC_FREE_LISTS; idx++) {
		struct malloc_elem *elem;

		for (elem = heap->free_head[idx]; elem != NULL;
			elem = elem->next_free) {
			uintptr_t start = (uintptr_t)elem;
			uintptr_t data = RTE_ALIGN_CEIL(
				start + MALLOC_ELEM_HEADER_LEN, align);
			uintptr_t end = start + elem->size;
			size_t len;

			if (data - MALLOC_ELEM_HEADER_LEN != start &&
				data - MALLOC_ELEM_HEADER_LEN - start <
					MALLOC_ELEM_MIN_SIZE)
				data = RTE_ALIGN_CEIL(start +
						MALLOC_ELEM_MIN_SIZE +
						MALLOC_ELEM_HEADER_LEN,
					align);
			if (data + MALLOC_ELEM_TRAILER_LEN >= end)
				continue;
			/* The busy end is rounded up to a line: round down. */
			len = RTE_ALIGN_FLOOR(end, MALLOC_ELEM_ALIGN) - data -
				MALLOC_ELEM_TRAILER_LEN;
			if (len > best)
				best = len;
		}
	}
	return best;
}

void *
malloc_heap_alloc_biggest(
	struct malloc_heap *heap, size_t align, size_t bound, size_t *len)
{
	void *ret = NULL;
	size_t max;

	if (heap->end == heap->start)
		return NULL;
	heap_lock(heap);
	heap_begin(heap);
	max = malloc_heap_max_free_len(heap, align);
	if (bound != 0 && max > bound)
		max = bound;
	max = RTE_ALIGN_FLOOR(max, RTE_CACHE_LINE_SIZE);
	if (max != 0)
		ret = alloc_locked(heap, max, align, bound);
	heap_end(heap);
	heap_unlock(heap);
	if (ret != NULL)
		*len = max;
	return ret;
}

void
malloc_heap_get_stats(
	struct malloc_heap *heap, struct rte_malloc_socket_stats *stats)
{
	unsigned int idx;

	memset(stats, 0, sizeof(*stats));
	heap_lock(heap);
	stats->heap_totalsz_bytes = heap->total_size;
	stats->heap_freesz_bytes = heap->free_size;
	stats->heap_allocsz_bytes = heap->alloc_size;
	stats->free_count = heap->free_count;
	stats->alloc_count = heap->alloc_count;
	for (idx = 0; idx < MALLOC_FREE_LISTS; idx++) {
		struct malloc_elem *elem;

		for (elem = heap->free_head[idx]; elem != NULL;
			elem = elem->next_free)
			if (elem->size > stats->greatest_free_size)
				stats->greatest_free_size = elem->size;
	}
	heap_unlock(heap);
}

/* Print the blocks from elem to the end of its chunk. */
static void
dump_blocks(struct malloc_elem *elem, FILE *f)
{
	uint64_t last_owner = 0;
	int last_alive = 0;

	for (; elem != NULL; elem = malloc_elem_next(elem)) {
		if (elem->state == ELEM_FENCE) {
			fprintf(f, "  %p: fence\n", (void *)elem);
			continue;
		}
		/* Blocks a dead process allocated are kept: say whose. */
		if (elem->state == ELEM_BUSY && elem->owner != last_owner) {
			last_owner = elem->owner;
			last_alive = rte_eal_owner_alive(last_owner);
		}
		fprintf(f, "  %p: %s size 0x%" PRIx64, (void *)elem,
			elem->state == ELEM_FREE ? "free" : "busy", elem->size);
		if (elem->state == ELEM_BUSY)
			fprintf(f, " owner pid %d%s",
				(int)rte_eal_owner_id_pid(elem->owner),
				last_alive ? "" : " (dead)");
		fprintf(f, "%s\n",
			malloc_elem_cookies_ok(elem) ? "" : " CORRUPT");
	}
}

void
malloc_heap_dump(struct malloc_heap *heap, FILE *f)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	heap_lock(heap);
	fprintf(f, "Heap %s on socket %d: [0x%" PRIx64 ", 0x%" PRIx64 ")\n",
		heap->name, heap->socket_id, heap->start, heap->end);
	if (!malloc_heap_is_external(heap)) {
		if (heap->end > heap->start)
			dump_blocks(
				(struct malloc_elem *)(uintptr_t)heap->start,
				f);
	} else {
		/* One chunk per segment list; only those mapped here. */
		for (i = 0; i < RTE_MAX_MEMSEG_LISTS; i++) {
			struct rte_memseg_list *msl = &mcfg->memsegs[i];

			if (msl->base_va == NULL || !msl->heap ||
				msl->socket_id != heap->socket_id)
				continue;
			if (!eal_addr_in_ext_heap(
				    msl->base_va, MALLOC_ELEM_HEADER_LEN))
				fprintf(f, "  chunk %p: not attached here\n",
					msl->base_va);
			else
				dump_blocks(msl->base_va, f);
		}
	}
	heap_unlock(heap);
}
