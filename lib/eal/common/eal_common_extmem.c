/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * External memory: ranges the application mapped itself and gives the
 * EAL, either to know about (rte_extmem_*) or to allocate from through
 * an external heap (rte_malloc_heap_memory_*, rte_malloc.c). Each range
 * is one segment list of the shared config whose segments live in an
 * fbarray file, so other processes attach to it by mapping that file.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_fbarray.h>
#include <rte_log.h>
#include <rte_memory.h>

#include "eal_fbarray.h"
#include "eal_memcfg.h"

/* Whether [va, va + len) meets a list or the arena. */
static int
overlaps_known(const struct rte_mem_config *mcfg, uintptr_t va, size_t len)
{
	unsigned int i;

	if (va < mcfg->hdr.arena_addr + mcfg->hdr.arena_size &&
		mcfg->hdr.arena_addr < va + len)
		return 1;
	for (i = 0; i < RTE_MAX_MEMSEG_LISTS; i++) {
		const struct rte_memseg_list *msl = &mcfg->memsegs[i];
		uintptr_t b = (uintptr_t)msl->base_va;

		if (msl->base_va != NULL && va < b + msl->len && b < va + len)
			return 1;
	}
	return 0;
}

struct rte_memseg_list *
eal_extmem_create(void *va, size_t len, rte_iova_t iova_addrs[], size_t page_sz,
	const char *name, int socket_id)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	struct rte_memseg_list *msl = NULL;
	char arr_name[RTE_FBARRAY_NAME_LEN];
	unsigned int i, n = (unsigned int)(len / page_sz);

	if (mcfg == NULL) {
		rte_errno = E_RTE_NO_CONFIG;
		return NULL;
	}
	if (overlaps_known(mcfg, (uintptr_t)va, len)) {
		RTE_LOG(ERR, EAL, "memory %p+0x%zx overlaps known memory\n", va,
			len);
		rte_errno = EEXIST;
		return NULL;
	}
	for (i = 0; i < RTE_MAX_MEMSEG_LISTS && msl == NULL; i++)
		if (mcfg->memsegs[i].base_va == NULL)
			msl = &mcfg->memsegs[i];
	if (msl == NULL) {
		RTE_LOG(ERR, EAL, "no free memseg list (max %d)\n",
			RTE_MAX_MEMSEG_LISTS);
		rte_errno = ENOSPC;
		return NULL;
	}
	snprintf(arr_name, sizeof(arr_name), "%s_%p", name, va);
	if (rte_fbarray_init(&msl->memseg_arr, arr_name, n,
		    sizeof(struct rte_memseg)) < 0)
		return NULL;
	for (i = 0; i < n; i++) {
		struct rte_memseg *ms = rte_fbarray_get(&msl->memseg_arr, i);

		ms->addr = RTE_PTR_ADD(va, (size_t)i * page_sz);
		ms->iova = iova_addrs == NULL ? RTE_BAD_IOVA : iova_addrs[i];
		ms->len = page_sz;
		ms->hugepage_sz = page_sz;
		ms->socket_id = socket_id;
		ms->nchannel = rte_memory_get_nchannel();
		ms->nrank = rte_memory_get_nrank();
		ms->flags = 0;
		rte_fbarray_set_used(&msl->memseg_arr, i);
	}
	msl->page_sz = page_sz;
	msl->socket_id = socket_id;
	msl->len = len;
	msl->version = 0;
	msl->external = 1;
	msl->heap = 0;
	/* Published last: lock-free readers test base_va first. */
	__atomic_store_n(&msl->base_va, va, __ATOMIC_RELEASE);
	return msl;
}

struct rte_memseg_list *
eal_extmem_find(const void *va, size_t len)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg != NULL)
		for (i = 0; i < RTE_MAX_MEMSEG_LISTS; i++) {
			struct rte_memseg_list *msl = &mcfg->memsegs[i];

			if (!msl->external || msl->base_va != va)
				continue;
			if (msl->len != len) {
				rte_errno = EINVAL;
				return NULL;
			}
			return msl;
		}
	rte_errno = ENOENT;
	return NULL;
}

int
eal_extmem_destroy(struct rte_memseg_list *msl)
{
	if (rte_fbarray_destroy(&msl->memseg_arr) < 0)
		return -1;
	__atomic_store_n(&msl->base_va, NULL, __ATOMIC_RELEASE);
	msl->len = 0;
	msl->page_sz = 0;
	msl->socket_id = 0;
	msl->external = 0;
	msl->heap = 0;
	return 0;
}

int
eal_addr_in_ext_heap(const void *addr, size_t len)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	uintptr_t a = (uintptr_t)addr;
	unsigned int i;

	if (mcfg == NULL)
		return 0;
	for (i = 0; i < RTE_MAX_MEMSEG_LISTS; i++) {
		const struct rte_memseg_list *msl = &mcfg->memsegs[i];
		uintptr_t b = (uintptr_t)__atomic_load_n(
			&msl->base_va, __ATOMIC_ACQUIRE);

		if (b == 0 || !msl->external || !msl->heap)
			continue;
		if (a >= b && a + len >= a && a + len <= b + msl->len)
			return eal_fbarray_is_mapped(&msl->memseg_arr);
	}
	return 0;
}

/* The checks rte_extmem_register and the heap's memory_add share. */
int
eal_extmem_check_args(void *va_addr, size_t len, rte_iova_t iova_addrs[],
	unsigned int n_pages, size_t page_sz)
{
	if (va_addr == NULL || page_sz == 0 || !rte_is_power_of_2(page_sz) ||
		len == 0 || len % page_sz != 0 ||
		((uintptr_t)va_addr & (page_sz - 1)) != 0 ||
		(iova_addrs != NULL && len / page_sz != n_pages) ||
		len / page_sz > INT32_MAX) {
		RTE_LOG(ERR, EAL,
			"bad external memory %p+0x%zx (pages of 0x%zx, %u "
			"IOVAs): address and length must be whole pages\n",
			va_addr, len, page_sz,
			iova_addrs != NULL ? n_pages : 0);
		rte_errno = EINVAL;
		return -1;
	}
	return 0;
}

int
rte_extmem_register(void *va_addr, size_t len, rte_iova_t iova_addrs[],
	unsigned int n_pages, size_t page_sz)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	int ret = 0;

	if (eal_extmem_check_args(va_addr, len, iova_addrs, n_pages, page_sz) <
		0)
		return -1;
	if (mcfg == NULL) {
		rte_errno = E_RTE_NO_CONFIG;
		return -1;
	}
	rte_mcfg_mem_write_lock();
	if (mcfg->next_socket_id == INT32_MAX) {
		rte_errno = ENOSPC;
		ret = -1;
	} else if (eal_extmem_create(va_addr, len, iova_addrs, page_sz,
			   "extmem", mcfg->next_socket_id) == NULL) {
		ret = -1;
	} else {
		mcfg->next_socket_id++;
	}
	rte_mcfg_mem_write_unlock();
	return ret;
}

int
rte_extmem_unregister(void *va_addr, size_t len)
{
	struct rte_memseg_list *msl;
	int ret = -1;

	if (va_addr == NULL || len == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_mcfg_mem_write_lock();
	msl = eal_extmem_find(va_addr, len);
	if (msl != NULL && msl->heap) {
		RTE_LOG(ERR, EAL,
			"%p belongs to a heap: use "
			"rte_malloc_heap_memory_remove()\n",
			va_addr);
		rte_errno = EBUSY;
	} else if (msl != NULL) {
		ret = eal_extmem_destroy(msl);
	}
	rte_mcfg_mem_write_unlock();
	return ret;
}

static int
extmem_sync(void *va_addr, size_t len, int attach)
{
	struct rte_memseg_list *msl;
	int ret = -1;

	if (va_addr == NULL || len == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_mcfg_mem_read_lock();
	msl = eal_extmem_find(va_addr, len);
	if (msl != NULL)
		ret = attach ? rte_fbarray_attach(&msl->memseg_arr)
			     : rte_fbarray_detach(&msl->memseg_arr);
	rte_mcfg_mem_read_unlock();
	return ret;
}

int
rte_extmem_attach(void *va_addr, size_t len)
{
	return extmem_sync(va_addr, len, 1);
}

int
rte_extmem_detach(void *va_addr, size_t len)
{
	return extmem_sync(va_addr, len, 0);
}
