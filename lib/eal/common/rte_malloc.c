/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <stdint.h>
#include <string.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memory.h>

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
			(socket < 0 || socket >= RTE_MAX_NUMA_NODES))) {
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
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg == NULL || socket_stats == NULL || socket < 0 ||
		socket >= RTE_MAX_NUMA_NODES) {
		RTE_LOG(ERR, MALLOC,
			"rte_malloc_get_socket_stats: invalid socket %d or "
			"NULL stats\n",
			socket);
		return -1;
	}
	malloc_heap_get_stats(&mcfg->malloc_heaps[socket], socket_stats);
	return 0;
}

void
rte_malloc_dump_stats(FILE *f, const char *type)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	int socket;

	RTE_SET_USED(type);
	if (mcfg == NULL)
		return;
	for (socket = 0; socket < RTE_MAX_NUMA_NODES; socket++) {
		struct rte_malloc_socket_stats st;

		malloc_heap_get_stats(&mcfg->malloc_heaps[socket], &st);
		if (st.heap_totalsz_bytes == 0)
			continue;
		fprintf(f, "Socket:%d\n", socket);
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
	for (socket = 0; socket < RTE_MAX_NUMA_NODES; socket++)
		if (mcfg->malloc_heaps[socket].end >
			mcfg->malloc_heaps[socket].start)
			malloc_heap_dump(&mcfg->malloc_heaps[socket], f);
}

rte_iova_t
rte_malloc_virt2iova(const void *addr)
{
	if (addr == NULL)
		return RTE_BAD_IOVA;
	return rte_mem_virt2iova(addr);
}
