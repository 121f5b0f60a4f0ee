/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <stdint.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_string_fns.h>

#include "eal_fbarray.h"
#include "eal_memcfg.h"
#include "malloc_elem.h"
#include "malloc_heap.h"

/* 0 means a cache line; anything else must be a power of two. */
static int
fix_align(unsigned int align, size_t *out)
{
	if (align == 0) {
		*out = RTE_CACHE_LINE_SIZE;
		return 0;
	}
	if (!rte_is_power_of_2(align))
		return -1;
	*out = RTE_MAX((size_t)align, (size_t)RTE_CACHE_LINE_SIZE);
	return 0;
}

void *
rte_malloc_socket(const char *type, size_t size, unsigned int align, int socket)
{
	size_t a;
	void *ptr;

	RTE_SET_USED(type);
	if (size == 0 || fix_align(align, &a) < 0 ||
		(socket != SOCKET_ID_ANY &&
			malloc_heap_by_socket(socket) == NULL)) {
		RTE_LOG(ERR, MALLOC,
			"rte_malloc: invalid %s (size %zu, align %u, socket "
			"%d)\n",
			size == 0			   ? "size"
				: fix_align(align, &a) < 0 ? "alignment"
							   : "socket",
			size, align, socket);
		return NULL;
	}
	ptr = malloc_heap_alloc(socket, size, a, 0);
	if (ptr == NULL)
		RTE_LOG(DEBUG, MALLOC,
			"rte_malloc: no free block of %zu bytes aligned on %zu "
			"on socket %d\n",
			size, a, socket);
	return ptr;
}

void *
rte_malloc(const char *type, size_t size, unsigned int align)
{
	return rte_malloc_socket(type, size, align, SOCKET_ID_ANY);
}

void *
rte_zmalloc_socket(
	const char *type, size_t size, unsigned int align, int socket)
{
	void *ptr = rte_malloc_socket(type, size, align, socket);

	if (ptr != NULL)
		memset(ptr, 0, size);
	return ptr;
}

void *
rte_zmalloc(const char *type, size_t size, unsigned int align)
{
	return rte_zmalloc_socket(type, size, align, SOCKET_ID_ANY);
}

void *
rte_calloc_socket(const char *type, size_t num, size_t size, unsigned int align,
	int socket)
{
	if (size != 0 && num > SIZE_MAX / size) {
		RTE_LOG(ERR, MALLOC, "rte_calloc: %zu x %zu bytes overflows\n",
			num, size);
		return NULL;
	}
	return rte_zmalloc_socket(type, num * size, align, socket);
}

void *
rte_calloc(const char *type, size_t num, size_t size, unsigned int align)
{
	return rte_calloc_socket(type, num, size, align, SOCKET_ID_ANY);
}

void *
rte_realloc_socket(void *ptr, size_t size, unsigned int align, int socket)
{
	struct malloc_elem *elem;
	size_t a, old_len;
	void *new_ptr;

	if (ptr == NULL)
		return rte_malloc_socket(NULL, size, align, socket);
	if (size == 0 || fix_align(align, &a) < 0) {
		RTE_LOG(ERR, MALLOC,
			"rte_realloc: invalid size %zu or alignment %u\n", size,
			align);
		return NULL;
	}
	elem = malloc_heap_check(ptr, __func__);
	if (elem == NULL)
		return NULL;
	/* Stay in place when the address and the socket already suit. */
	if (((uintptr_t)ptr & (a - 1)) == 0 &&
		(socket == SOCKET_ID_ANY || socket == elem->heap->socket_id) &&
		malloc_heap_resize(elem, size) == 0)
		return ptr;
	new_ptr = rte_malloc_socket(NULL, size, align,
		socket == SOCKET_ID_ANY ? elem->heap->socket_id : socket);
	if (new_ptr == NULL && socket == SOCKET_ID_ANY)
		new_ptr = rte_malloc_socket(NULL, size, align, SOCKET_ID_ANY);
	if (new_ptr == NULL)
		return NULL;
	old_len = malloc_elem_data_len(elem);
	memcpy(new_ptr, ptr, RTE_MIN(old_len, size));
	malloc_heap_free(elem);
	return new_ptr;
}

void *
rte_realloc(void *ptr, size_t size, unsigned int align)
{
	return rte_realloc_socket(ptr, size, align, SOCKET_ID_ANY);
}

void
rte_free(void *ptr)
{
	struct malloc_elem *elem;

	if (ptr == NULL)
		return;
	elem = malloc_heap_check(ptr, __func__);
	if (elem != NULL)
		malloc_heap_free(elem);
}

int
rte_malloc_validate(const void *ptr, size_t *size)
{
	struct malloc_elem *elem;

	if (ptr == NULL)
		return -1;
	elem = malloc_heap_check(ptr, NULL);
	if (elem == NULL)
		return -1;
	if (size != NULL)
		*size = malloc_elem_data_len(elem);
	return 0;
}

int
rte_malloc_get_socket_stats(
	int socket, struct rte_malloc_socket_stats *socket_stats)
{
	struct malloc_heap *heap = malloc_heap_by_socket(socket);

	if (heap == NULL || socket_stats == NULL) {
		RTE_LOG(ERR, MALLOC,
			"rte_malloc_get_socket_stats: invalid socket %d or "
			"NULL stats\n",
			socket);
		return -1;
	}
	malloc_heap_get_stats(heap, socket_stats);
	return 0;
}

void
rte_malloc_dump_stats(FILE *f, const char *type)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	int i;

	RTE_SET_USED(type);
	if (mcfg == NULL)
		return;
	for (i = 0; i < RTE_MAX_HEAPS; i++) {
		struct malloc_heap *heap = &mcfg->malloc_heaps[i];
		struct rte_malloc_socket_stats st;

		malloc_heap_get_stats(heap, &st);
		if (st.heap_totalsz_bytes == 0 &&
			!malloc_heap_is_external(heap))
			continue;
		if (heap->name[0] == '\0')
			continue;
		fprintf(f, "Socket:%d\n", heap->socket_id);
		fprintf(f, "\tHeap name:%s\n", heap->name);
		fprintf(f, "\tHeap_size:%zu,\n", st.heap_totalsz_bytes);
		fprintf(f, "\tFree_size:%zu,\n", st.heap_freesz_bytes);
		fprintf(f, "\tAlloc_size:%zu,\n", st.heap_allocsz_bytes);
		fprintf(f, "\tGreatest_free_size:%zu,\n",
			st.greatest_free_size);
		fprintf(f, "\tAlloc_count:%u,\n", st.alloc_count);
		fprintf(f, "\tFree_count:%u,\n", st.free_count);
	}
}

void
rte_malloc_dump_heaps(FILE *f)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	int socket;

	if (mcfg == NULL)
		return;
	for (socket = 0; socket < RTE_MAX_HEAPS; socket++) {
		struct malloc_heap *heap = &mcfg->malloc_heaps[socket];

		if (heap->end > heap->start ||
			(malloc_heap_is_external(heap) &&
				heap->name[0] != '\0'))
			malloc_heap_dump(heap, f);
	}
}

rte_iova_t
rte_malloc_virt2iova(const void *addr)
{
	const struct rte_memseg *ms;

	if (addr == NULL)
		return RTE_BAD_IOVA;
	if (eal_addr_in_arena(addr, 1))
		return rte_mem_virt2iova(addr);
	/* External memory: the IOVA its pages were given. */
	ms = rte_mem_virt2memseg(addr, NULL);
	if (ms == NULL || ms->iova == RTE_BAD_IOVA)
		return RTE_BAD_IOVA;
	return ms->iova + RTE_PTR_DIFF(addr, ms->addr);
}

/* ----- external heaps ----- */

/* NULL, empty and too long names are EINVAL for every heap call. */
static int
bad_heap_name(const char *name)
{
	if (name == NULL || name[0] == '\0' ||
		strnlen(name, RTE_HEAP_NAME_MAX_LEN) == RTE_HEAP_NAME_MAX_LEN) {
		RTE_LOG(ERR, MALLOC, "bad heap name '%.40s'%s\n",
			name == NULL ? "(null)" : name,
			name != NULL && name[0] != '\0'
				? " (31 characters at most)"
				: "");
		rte_errno = EINVAL;
		return 1;
	}
	return 0;
}

/* The external heap of a name, or NULL with ENOENT / EPERM. */
static struct malloc_heap *
ext_heap_locked(const char *name)
{
	struct malloc_heap *heap = malloc_heap_by_name(name);

	if (heap == NULL) {
		RTE_LOG(ERR, MALLOC, "heap %s not found\n", name);
		rte_errno = ENOENT;
		return NULL;
	}
	if (!malloc_heap_is_external(heap)) {
		RTE_LOG(ERR, MALLOC, "heap %s is a socket's own heap\n", name);
		rte_errno = EPERM;
		return NULL;
	}
	return heap;
}

int
rte_malloc_heap_create(const char *heap_name)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	struct malloc_heap *heap = NULL;
	unsigned int i;
	int ret = -1;

	if (bad_heap_name(heap_name))
		return -1;
	if (mcfg == NULL) {
		rte_errno = E_RTE_NO_CONFIG;
		return -1;
	}
	rte_mcfg_mem_write_lock();
	if (malloc_heap_by_name(heap_name) != NULL) {
		RTE_LOG(ERR, MALLOC, "heap %s already exists\n", heap_name);
		rte_errno = EEXIST;
		goto out;
	}
	for (i = RTE_MAX_NUMA_NODES; i < RTE_MAX_HEAPS && heap == NULL; i++)
		if (mcfg->malloc_heaps[i].name[0] == '\0')
			heap = &mcfg->malloc_heaps[i];
	if (heap == NULL || mcfg->next_socket_id == INT32_MAX) {
		RTE_LOG(ERR, MALLOC, "cannot create heap %s: no free slot\n",
			heap_name);
		rte_errno = ENOSPC;
		goto out;
	}
	malloc_heap_init(heap, mcfg->next_socket_id++, 0, 0);
	strlcpy(heap->name, heap_name, sizeof(heap->name));
	ret = 0;
out:
	rte_mcfg_mem_write_unlock();
	return ret;
}

int
rte_malloc_heap_destroy(const char *heap_name)
{
	struct malloc_heap *heap;
	int ret = -1;

	if (bad_heap_name(heap_name))
		return -1;
	rte_mcfg_mem_write_lock();
	heap = ext_heap_locked(heap_name);
	if (heap != NULL) {
		ret = malloc_heap_destroy_empty(heap);
		if (ret < 0)
			RTE_LOG(ERR, MALLOC,
				"heap %s still has memory: remove it first\n",
				heap_name);
	}
	rte_mcfg_mem_write_unlock();
	return ret;
}

int
rte_malloc_heap_memory_add(const char *heap_name, void *va_addr, size_t len,
	rte_iova_t iova_addrs[], unsigned int n_pages, size_t page_sz)
{
	struct rte_memseg_list *msl;
	struct malloc_heap *heap;
	int ret = -1;

	if (bad_heap_name(heap_name) ||
		eal_extmem_check_args(
			va_addr, len, iova_addrs, n_pages, page_sz) < 0)
		return -1;
	if (len < MALLOC_HEAP_MIN_CHUNK) {
		RTE_LOG(ERR, MALLOC,
			"0x%zx bytes is too small for a heap chunk (min "
			"0x%zx)\n",
			len, (size_t)MALLOC_HEAP_MIN_CHUNK);
		rte_errno = EINVAL;
		return -1;
	}
	rte_mcfg_mem_write_lock();
	heap = ext_heap_locked(heap_name);
	if (heap == NULL)
		goto out;
	msl = eal_extmem_create(
		va_addr, len, iova_addrs, page_sz, heap_name, heap->socket_id);
	if (msl == NULL)
		goto out;
	msl->heap = 1;
	malloc_heap_add_chunk(heap, va_addr, len);
	eal_mem_event_notify(RTE_MEM_EVENT_ALLOC, va_addr, len);
	ret = 0;
out:
	rte_mcfg_mem_write_unlock();
	return ret;
}

/*
 * Check a chunk's arguments (logging a refusal) for what: 0, or -1 with
 * rte_errno set.
 */
static int
bad_chunk_args(
	const char *heap_name, void *va_addr, size_t len, const char *what)
{
	if (bad_heap_name(heap_name))
		return -1;
	if (va_addr == NULL || len == 0) {
		RTE_LOG(ERR, MALLOC, "bad memory %p+0x%zx to %s\n", va_addr,
			len, what);
		rte_errno = EINVAL;
		return -1;
	}
	return 0;
}

/*
 * The segment list of the chunk va_addr+len of heap heap_name, and the
 * heap in *heapp; NULL with rte_errno set if either is unknown (memory
 * lock held).
 */
static struct rte_memseg_list *
heap_chunk_locked(const char *heap_name, void *va_addr, size_t len,
	struct malloc_heap **heapp)
{
	struct rte_memseg_list *msl;
	struct malloc_heap *heap;

	heap = ext_heap_locked(heap_name);
	if (heap == NULL)
		return NULL;
	msl = eal_extmem_find(va_addr, len);
	if (msl != NULL && (!msl->heap || msl->socket_id != heap->socket_id)) {
		rte_errno = ENOENT;
		msl = NULL;
	}
	*heapp = heap;
	return msl;
}

int
rte_malloc_heap_memory_remove(const char *heap_name, void *va_addr, size_t len)
{
	struct rte_memseg_list *msl;
	struct malloc_heap *heap;
	int ret = -1;

	if (bad_chunk_args(heap_name, va_addr, len, "remove") < 0)
		return -1;
	rte_mcfg_mem_write_lock();
	msl = heap_chunk_locked(heap_name, va_addr, len, &heap);
	if (msl == NULL) {
		RTE_LOG(ERR, MALLOC, "memory %p+0x%zx is not in heap %s\n",
			va_addr, len, heap_name);
		goto out;
	}
	ret = malloc_heap_take_chunk(heap, va_addr, len);
	if (ret < 0) {
		RTE_LOG(ERR, MALLOC,
			"memory %p+0x%zx of heap %s still has allocations\n",
			va_addr, len, heap_name);
		goto out;
	}
	eal_mem_event_notify(RTE_MEM_EVENT_FREE, va_addr, len);
	ret = eal_extmem_destroy(msl);
	if (ret < 0) {
		/* Another process still has it attached: keep it. */
		malloc_heap_restore_chunk(heap, va_addr);
		RTE_LOG(ERR, MALLOC,
			"memory %p+0x%zx of heap %s is attached elsewhere\n",
			va_addr, len, heap_name);
	} else {
		malloc_heap_drop_chunk(heap, len);
	}
out:
	rte_mcfg_mem_write_unlock();
	return ret;
}

static int
heap_sync(const char *heap_name, void *va_addr, size_t len, int attach)
{
	struct rte_memseg_list *msl;
	struct malloc_heap *heap;
	int ret = -1;

	if (bad_chunk_args(
		    heap_name, va_addr, len, attach ? "attach" : "detach") < 0)
		return -1;
	rte_mcfg_mem_read_lock();
	msl = heap_chunk_locked(heap_name, va_addr, len, &heap);
	if (msl == NULL)
		goto out;
	if (attach) {
		ret = rte_fbarray_attach(&msl->memseg_arr);
		if (ret == 0)
			eal_mem_event_notify(RTE_MEM_EVENT_ALLOC, va_addr, len);
	} else {
		if (eal_fbarray_is_mapped(&msl->memseg_arr))
			eal_mem_event_notify(RTE_MEM_EVENT_FREE, va_addr, len);
		ret = rte_fbarray_detach(&msl->memseg_arr);
	}
out:
	rte_mcfg_mem_read_unlock();
	return ret;
}

int
rte_malloc_heap_memory_attach(const char *heap_name, void *va_addr, size_t len)
{
	return heap_sync(heap_name, va_addr, len, 1);
}

int
rte_malloc_heap_memory_detach(const char *heap_name, void *va_addr, size_t len)
{
	return heap_sync(heap_name, va_addr, len, 0);
}

int
rte_malloc_heap_get_socket(const char *name)
{
	struct malloc_heap *heap;
	int ret;

	if (name == NULL || name[0] == '\0' ||
		strnlen(name, RTE_HEAP_NAME_MAX_LEN) == RTE_HEAP_NAME_MAX_LEN) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_mcfg_mem_read_lock();
	heap = malloc_heap_by_name(name);
	ret = heap != NULL ? heap->socket_id : -1;
	rte_mcfg_mem_read_unlock();
	if (heap == NULL)
		rte_errno = ENOENT;
	return ret;
}

int
rte_malloc_heap_socket_is_external(int socket_id)
{
	struct malloc_heap *heap;
	int ret;

	if (socket_id == SOCKET_ID_ANY)
		return 0;
	rte_mcfg_mem_read_lock();
	heap = malloc_heap_by_socket(socket_id);
	ret = heap == NULL ? -1 : malloc_heap_is_external(heap);
	rte_mcfg_mem_read_unlock();
	if (ret < 0)
		rte_errno = EINVAL;
	return ret;
}
