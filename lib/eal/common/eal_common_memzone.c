/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <errno.h>
#include <inttypes.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memzone.h>

#include "eal_memcfg.h"
#include "eal_robust.h"
#include "eal_telemetry.h"
#include "malloc_elem.h"
#include "malloc_heap.h"

/* Flags rte_memzone_reserve understands (all page hints are accepted). */
#define MEMZONE_KNOWN_FLAGS \
	(RTE_MEMZONE_2MB | RTE_MEMZONE_1GB | RTE_MEMZONE_16MB | \
		RTE_MEMZONE_16GB | RTE_MEMZONE_256KB | RTE_MEMZONE_256MB | \
		RTE_MEMZONE_512MB | RTE_MEMZONE_4GB | \
		RTE_MEMZONE_SIZE_HINT_ONLY | RTE_MEMZONE_IOVA_CONTIG)

/* Caller holds the mem lock. */
static struct rte_memzone *
find_locked(struct rte_mem_config *mcfg, const char *name)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_MEMZONE; i++) {
		struct rte_memzone *mz = &mcfg->memzones[i];

		if (mz->addr != NULL &&
			strncmp(mz->name, name, RTE_MEMZONE_NAMESIZE) == 0)
			return mz;
	}
	return NULL;
}

static struct rte_memzone *
free_slot_locked(struct rte_mem_config *mcfg)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_MEMZONE; i++)
		if (mcfg->memzones[i].addr == NULL)
			return &mcfg->memzones[i];
	return NULL;
}

/* Allocate from the heap of socket or, for SOCKET_ID_ANY, any heap. */
static void *
zone_alloc(struct rte_mem_config *mcfg, size_t *len, int socket, size_t align,
	size_t bound)
{
	unsigned int i;
	void *addr = NULL;

	if (*len != 0)
		return malloc_heap_alloc(socket, *len, align, bound);
	if (socket != SOCKET_ID_ANY)
		return malloc_heap_alloc_biggest(
			&mcfg->malloc_heaps[socket], align, bound, len);
	/* The biggest block of all heaps: try the heap that has it first. */
	for (i = 0; i < RTE_MAX_NUMA_NODES && addr == NULL; i++) {
		struct rte_malloc_socket_stats best, st;
		unsigned int j, pick = 0;

		memset(&best, 0, sizeof(best));
		for (j = 0; j < RTE_MAX_NUMA_NODES; j++) {
			malloc_heap_get_stats(&mcfg->malloc_heaps[j], &st);
			if (st.greatest_free_size > best.greatest_free_size) {
				best = st;
				pick = j;
			}
		}
		if (best.greatest_free_size == 0)
			break;
		addr = malloc_heap_alloc_biggest(
			&mcfg->malloc_heaps[pick], align, bound, len);
	}
	return addr;
}

static const struct rte_memzone *
reserve(const char *name, size_t len, int socket_id, unsigned int flags,
	unsigned int align, unsigned int bound)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	struct rte_memzone *mz;
	size_t a = align, req = len;
	void *addr;

	if (mcfg == NULL) {
		rte_errno = E_RTE_NO_CONFIG;
		return NULL;
	}
	if (name == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	if (strnlen(name, RTE_MEMZONE_NAMESIZE) >= RTE_MEMZONE_NAMESIZE) {
		RTE_LOG(DEBUG, EAL, "memzone name too long: %s\n", name);
		rte_errno = ENAMETOOLONG;
		return NULL;
	}
	if (name[0] == '\0' || (align != 0 && !rte_is_power_of_2(align)) ||
		(bound != 0 && !rte_is_power_of_2(bound)) ||
		(socket_id != SOCKET_ID_ANY &&
			(socket_id < 0 || socket_id >= RTE_MAX_NUMA_NODES)) ||
		(flags & ~MEMZONE_KNOWN_FLAGS) != 0) {
		rte_errno = EINVAL;
		return NULL;
	}
	if (a < RTE_CACHE_LINE_SIZE)
		a = RTE_CACHE_LINE_SIZE;
	if (len > mcfg->hdr.arena_size) {
		rte_errno = ENOMEM;
		return NULL;
	}
	req = RTE_ALIGN_CEIL(len, RTE_CACHE_LINE_SIZE);
	if (bound != 0 && (bound < req || bound < a)) {
		rte_errno = EINVAL;
		return NULL;
	}

	rte_mcfg_mem_write_lock();
	if (find_locked(mcfg, name) != NULL) {
		rte_mcfg_mem_write_unlock();
		RTE_LOG(DEBUG, EAL, "memzone %s already exists\n", name);
		rte_errno = EEXIST;
		return NULL;
	}
	mz = free_slot_locked(mcfg);
	if (mz == NULL) {
		rte_mcfg_mem_write_unlock();
		RTE_LOG(ERR, EAL, "no free memzone descriptor (max %d)\n",
			RTE_MAX_MEMZONE);
		rte_errno = ENOSPC;
		return NULL;
	}
	/*
	 * Intent record (repaired in eal_common_mcfg.c): the slot and
	 * count are copied first, the heap writes its block's address
	 * into mz_undo.arg inside its own critical section; until the
	 * commit a dead writer's reserve is rolled back, block included.
	 */
	eal_undo_begin(&mcfg->mz_undo, EAL_UNDO_MZ_RESERVE);
	eal_undo_save(&mcfg->mz_undo, mz, sizeof(*mz));
	eal_undo_save(
		&mcfg->mz_undo, &mcfg->memzone_cnt, sizeof(mcfg->memzone_cnt));
	eal_heap_record = &mcfg->mz_undo.arg;
	addr = zone_alloc(mcfg, &req, socket_id, a, bound);
	eal_heap_record = NULL;
	if (addr == NULL) {
		eal_undo_commit(&mcfg->mz_undo);
		rte_mcfg_mem_write_unlock();
		rte_errno = ENOMEM;
		return NULL;
	}
	memset(mz, 0, sizeof(*mz));
	strcpy(mz->name, name);
	mz->iova = rte_mem_virt2iova(addr);
	mz->len = req;
	mz->hugepage_sz = mcfg->hdr.page_size;
	mz->socket_id = malloc_elem_from_data(addr)->heap->socket_id;
	mz->flags = flags;
	/* Published last: a non-NULL addr marks the slot live. */
	__atomic_store_n(&mz->addr, addr, __ATOMIC_RELEASE);
	mcfg->memzone_cnt++;
	eal_undo_commit(&mcfg->mz_undo);
	rte_mcfg_mem_write_unlock();
	return mz;
}

const struct rte_memzone *
rte_memzone_reserve_bounded(const char *name, size_t len, int socket_id,
	unsigned int flags, unsigned int align, unsigned int bound)
{
	return reserve(name, len, socket_id, flags, align, bound);
}

const struct rte_memzone *
rte_memzone_reserve_aligned(const char *name, size_t len, int socket_id,
	unsigned int flags, unsigned int align)
{
	return reserve(name, len, socket_id, flags, align, 0);
}

const struct rte_memzone *
rte_memzone_reserve(
	const char *name, size_t len, int socket_id, unsigned int flags)
{
	return reserve(name, len, socket_id, flags, RTE_CACHE_LINE_SIZE, 0);
}

int
rte_memzone_free(const struct rte_memzone *mz)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	struct rte_memzone *slot;
	struct malloc_elem *elem;
	uintptr_t first, idx;
	void *addr;

	if (mz == NULL || mcfg == NULL)
		return -EINVAL;
	first = (uintptr_t)&mcfg->memzones[0];
	if ((uintptr_t)mz < first ||
		(uintptr_t)mz >= (uintptr_t)&mcfg->memzones[RTE_MAX_MEMZONE] ||
		((uintptr_t)mz - first) % sizeof(*mz) != 0)
		return -EINVAL;
	idx = ((uintptr_t)mz - first) / sizeof(*mz);
	slot = &mcfg->memzones[idx];

	rte_mcfg_mem_write_lock();
	addr = slot->addr;
	if (addr == NULL) {
		rte_mcfg_mem_write_unlock();
		return -EINVAL;
	}
	elem = malloc_heap_check(addr, __func__);
	/*
	 * Intent record: the table part is rolled back until the op
	 * turns to MZ_FREE_HEAP; from then on the block is freed by
	 * whoever finds the writer dead (the heap clears arg when its
	 * free is done), so the zone is gone either way.
	 */
	eal_undo_begin(&mcfg->mz_undo, EAL_UNDO_MZ_FREE);
	eal_undo_save(&mcfg->mz_undo, slot, sizeof(*slot));
	eal_undo_save(
		&mcfg->mz_undo, &mcfg->memzone_cnt, sizeof(mcfg->memzone_cnt));
	__atomic_store_n(&slot->addr, NULL, __ATOMIC_RELEASE);
	memset(slot->name, 0, sizeof(slot->name));
	slot->len = 0;
	mcfg->memzone_cnt--;
	if (elem != NULL) {
		mcfg->mz_undo.arg = (uintptr_t)addr;
		__atomic_store_n(&mcfg->mz_undo.op, EAL_UNDO_MZ_FREE_HEAP,
			__ATOMIC_RELEASE);
		eal_heap_record = &mcfg->mz_undo.arg;
		malloc_heap_free(elem);
		eal_heap_record = NULL;
	}
	eal_undo_commit(&mcfg->mz_undo);
	rte_mcfg_mem_write_unlock();
	if (elem == NULL)
		return -EINVAL;
	return 0;
}

const struct rte_memzone *
rte_memzone_lookup(const char *name)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	const struct rte_memzone *mz;

	if (mcfg == NULL || name == NULL) {
		rte_errno = mcfg == NULL ? E_RTE_NO_CONFIG : EINVAL;
		return NULL;
	}
	rte_mcfg_mem_read_lock();
	mz = find_locked(mcfg, name);
	rte_mcfg_mem_read_unlock();
	if (mz == NULL)
		rte_errno = ENOENT;
	return mz;
}

void
rte_memzone_walk(void (*func)(const struct rte_memzone *, void *arg), void *arg)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg == NULL || func == NULL)
		return;
	rte_mcfg_mem_read_lock();
	for (i = 0; i < RTE_MAX_MEMZONE; i++)
		if (mcfg->memzones[i].addr != NULL)
			func(&mcfg->memzones[i], arg);
	rte_mcfg_mem_read_unlock();
}

static void
dump_one(const struct rte_memzone *mz, void *arg)
{
	FILE *f = arg;

	fprintf(f,
		"Zone %u: name:<%s>, len:0x%zx, virt:%p, socket_id:%" PRId32
		", flags:%" PRIx32 ", iova:0x%" PRIx64 ", pagesz:0x%" PRIx64
		"\n",
		(unsigned int)(mz - eal_get_mcfg()->memzones), mz->name,
		mz->len, mz->addr, mz->socket_id, mz->flags, mz->iova,
		mz->hugepage_sz);
}

void
rte_memzone_dump(FILE *f)
{
	rte_memzone_walk(dump_one, f);
}

int
eal_memzone_snapshot(unsigned int idx, struct rte_memzone *out)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	int ret = -ENOENT;

	if (mcfg == NULL || idx >= RTE_MAX_MEMZONE)
		return -ENOENT;
	/* A copy under the lock: never half a descriptor being filled. */
	rte_mcfg_mem_read_lock();
	if (mcfg->memzones[idx].addr != NULL) {
		*out = mcfg->memzones[idx];
		ret = 0;
	}
	rte_mcfg_mem_read_unlock();
	return ret;
}

unsigned int
eal_memzone_ids(uint32_t *ids, unsigned int max)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i, n = 0;

	if (mcfg == NULL)
		return 0;
	rte_mcfg_mem_read_lock();
	for (i = 0; i < RTE_MAX_MEMZONE && n < max; i++)
		if (mcfg->memzones[i].addr != NULL)
			ids[n++] = i;
	rte_mcfg_mem_read_unlock();
	return n;
}
