/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_string_fns.h>
#include <rte_tailq.h>

#include "rte_ring.h"

TAILQ_HEAD(rte_ring_list, rte_tailq_entry);

static struct rte_tailq_elem rte_ring_tailq = {
	.name = RTE_TAILQ_RING_NAME,
};
EAL_REGISTER_TAILQ(rte_ring_tailq)

#define RING_KNOWN_FLAGS (RING_F_SP_ENQ | RING_F_SC_DEQ | RING_F_EXACT_SZ)

ssize_t
rte_ring_get_memsize_elem(unsigned int esize, unsigned int count)
{
	ssize_t sz;

	if (esize == 0 || (esize % 4) != 0) {
		RTE_LOG(ERR, RING,
			"element size %u is not a non-zero multiple of 4\n",
			esize);
		return -EINVAL;
	}
	if (!rte_is_power_of_2(count) || count > RTE_RING_SZ_MASK) {
		RTE_LOG(ERR, RING,
			"ring size %u is not a power of 2 no larger than %#x\n",
			count, RTE_RING_SZ_MASK);
		return -EINVAL;
	}
	sz = (ssize_t)sizeof(struct rte_ring) + (ssize_t)count * esize;
	return RTE_ALIGN(sz, RTE_CACHE_LINE_SIZE);
}

ssize_t
rte_ring_get_memsize(unsigned int count)
{
	return rte_ring_get_memsize_elem(sizeof(void *), count);
}

/* Number of slots a ring of the requested count needs, 0 if invalid. */
static uint32_t
ring_slots(unsigned int count, unsigned int flags)
{
	if (flags & RING_F_EXACT_SZ) {
		/* One spare slot keeps full and empty distinguishable. */
		if (count == 0 || count >= RTE_RING_SZ_MASK)
			return 0;
		return rte_align32pow2(count + 1);
	}
	if (!rte_is_power_of_2(count) || count > RTE_RING_SZ_MASK)
		return 0;
	return count;
}

void
rte_ring_reset(struct rte_ring *r)
{
	__atomic_store_n(&r->prod.head, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&r->prod.tail, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&r->cons.head, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&r->cons.tail, 0, __ATOMIC_RELAXED);
}

int
rte_ring_init(struct rte_ring *r, const char *name, unsigned int count,
	unsigned int flags)
{
	uint32_t slots;

	if (r == NULL || name == NULL) {
		RTE_LOG(ERR, RING, "ring init: NULL ring or name\n");
		return -EINVAL;
	}
	if (flags & ~RING_KNOWN_FLAGS) {
		RTE_LOG(ERR, RING, "ring %s: unknown flags %#x\n", name,
			flags & ~RING_KNOWN_FLAGS);
		return -EINVAL;
	}
	slots = ring_slots(count, flags);
	if (slots == 0) {
		RTE_LOG(ERR, RING,
			"ring %s: count %u invalid (%s, at most %#x)\n", name,
			count,
			(flags & RING_F_EXACT_SZ) ? "non-zero" : "a power of 2",
			RTE_RING_SZ_MASK);
		return -EINVAL;
	}
	if (strnlen(name, RTE_RING_NAMESIZE) >= RTE_RING_NAMESIZE) {
		RTE_LOG(ERR, RING, "ring name %.*s... is too long\n",
			(int)RTE_RING_NAMESIZE - 1, name);
		return -ENAMETOOLONG;
	}

	memset(r, 0, sizeof(*r));
	rte_strlcpy(r->name, name, sizeof(r->name));
	r->flags = (int)flags;
	r->prod.sync_type =
		(flags & RING_F_SP_ENQ) ? RTE_RING_SYNC_ST : RTE_RING_SYNC_MT;
	r->cons.sync_type =
		(flags & RING_F_SC_DEQ) ? RTE_RING_SYNC_ST : RTE_RING_SYNC_MT;
	r->size = slots;
	r->mask = slots - 1;
	r->capacity = (flags & RING_F_EXACT_SZ) ? count : slots - 1;
	rte_ring_reset(r);
	return 0;
}

struct rte_ring *
rte_ring_create_elem(const char *name, unsigned int esize, unsigned int count,
	int socket_id, unsigned int flags)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;
	struct rte_ring_list *ring_list;
	struct rte_tailq_entry *te;
	struct rte_ring *r = NULL;
	ssize_t ring_size;
	uint32_t slots;
	int ret;

	if (name == NULL) {
		RTE_LOG(ERR, RING, "cannot create a ring without a name\n");
		rte_errno = EINVAL;
		return NULL;
	}
	if (flags & ~RING_KNOWN_FLAGS) {
		RTE_LOG(ERR, RING, "ring %s: unknown flags %#x\n", name,
			flags & ~RING_KNOWN_FLAGS);
		rte_errno = EINVAL;
		return NULL;
	}
	slots = ring_slots(count, flags);
	if (slots == 0) {
		RTE_LOG(ERR, RING,
			"ring %s: count %u invalid (%s, at most %#x)\n", name,
			count,
			(flags & RING_F_EXACT_SZ) ? "non-zero" : "a power of 2",
			RTE_RING_SZ_MASK);
		rte_errno = EINVAL;
		return NULL;
	}
	ring_size = rte_ring_get_memsize_elem(esize, slots);
	if (ring_size < 0) {
		rte_errno = (int)-ring_size;
		return NULL;
	}
	ret = snprintf(
		mz_name, sizeof(mz_name), "%s%s", RTE_RING_MZ_PREFIX, name);
	if (ret < 0 || ret >= (int)sizeof(mz_name)) {
		RTE_LOG(ERR, RING, "ring name %s is too long (max %zu)\n", name,
			RTE_RING_NAMESIZE - 1);
		rte_errno = ENAMETOOLONG;
		return NULL;
	}

	te = rte_zmalloc("RING_TAILQ_ENTRY", sizeof(*te), 0);
	if (te == NULL) {
		RTE_LOG(ERR, RING, "ring %s: no memory for its list entry\n",
			name);
		rte_errno = ENOMEM;
		return NULL;
	}

	ring_list = RTE_TAILQ_CAST(rte_ring_tailq.head, rte_ring_list);
	rte_mcfg_tailq_write_lock();
	/* The memzone name doubles as the uniqueness check (EEXIST). */
	mz = rte_memzone_reserve_aligned(
		mz_name, (size_t)ring_size, socket_id, 0, __alignof__(*r));
	if (mz != NULL) {
		r = mz->addr;
		/* Arguments were checked above: this cannot fail. */
		ret = rte_ring_init(r, name, count, flags);
		RTE_VERIFY(ret == 0);
		r->memzone = mz;
		te->data = r;
		TAILQ_INSERT_TAIL(ring_list, te, next);
	} else {
		ret = rte_errno;
		RTE_LOG(ERR, RING, "ring %s: cannot reserve memzone: %s\n",
			name, rte_strerror(ret));
		rte_free(te);
		rte_errno = ret;
	}
	rte_mcfg_tailq_write_unlock();
	return r;
}

struct rte_ring *
rte_ring_create(
	const char *name, unsigned int count, int socket_id, unsigned int flags)
{
	return rte_ring_create_elem(
		name, sizeof(void *), count, socket_id, flags);
}

void
rte_ring_free(struct rte_ring *r)
{
	struct rte_ring_list *ring_list;
	struct rte_tailq_entry *te;

	if (r == NULL)
		return;
	/* A ring in caller-provided memory is the caller's to release. */
	if (r->memzone == NULL) {
		RTE_LOG(ERR, RING,
			"ring %s was not made by rte_ring_create(): not "
			"freed\n",
			r->name);
		return;
	}

	ring_list = RTE_TAILQ_CAST(rte_ring_tailq.head, rte_ring_list);
	rte_mcfg_tailq_write_lock();
	TAILQ_FOREACH(te, ring_list, next) {
		if (te->data == r)
			break;
	}
	if (te == NULL) {
		rte_mcfg_tailq_write_unlock();
		RTE_LOG(ERR, RING, "ring %s is not registered: not freed\n",
			r->name);
		return;
	}
	TAILQ_REMOVE(ring_list, te, next);
	if (rte_memzone_free(r->memzone) != 0)
		RTE_LOG(ERR, RING, "ring %s: cannot free its memzone\n",
			r->name);
	rte_mcfg_tailq_write_unlock();
	rte_free(te);
}

void
rte_ring_dump(FILE *f, const struct rte_ring *r)
{
	if (f == NULL)
		return;
	if (r == NULL) {
		fprintf(f, "ring <NULL>\n");
		return;
	}
	fprintf(f, "ring <%s>@%p\n", r->name, (const void *)r);
	fprintf(f, "  flags=%x\n", (unsigned int)r->flags);
	fprintf(f, "  size=%" PRIu32 "\n", r->size);
	fprintf(f, "  capacity=%" PRIu32 "\n", r->capacity);
	fprintf(f, "  prod sync=%s\n",
		r->prod.sync_type == RTE_RING_SYNC_ST ? "ST" : "MT");
	fprintf(f, "  ct=%" PRIu32 "\n",
		__atomic_load_n(&r->cons.tail, __ATOMIC_RELAXED));
	fprintf(f, "  ch=%" PRIu32 "\n",
		__atomic_load_n(&r->cons.head, __ATOMIC_RELAXED));
	fprintf(f, "  cons sync=%s\n",
		r->cons.sync_type == RTE_RING_SYNC_ST ? "ST" : "MT");
	fprintf(f, "  pt=%" PRIu32 "\n",
		__atomic_load_n(&r->prod.tail, __ATOMIC_RELAXED));
	fprintf(f, "  ph=%" PRIu32 "\n",
		__atomic_load_n(&r->prod.head, __ATOMIC_RELAXED));
	fprintf(f, "  used=%u\n", rte_ring_count(r));
	fprintf(f, "  avail=%u\n", rte_ring_free_count(r));
}

void
rte_ring_list_dump(FILE *f)
{
	const struct rte_tailq_entry *te;
	struct rte_ring_list *ring_list;

	ring_list = RTE_TAILQ_CAST(rte_ring_tailq.head, rte_ring_list);
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(te, ring_list, next) {
		rte_ring_dump(f, te->data);
	}
	rte_mcfg_tailq_read_unlock();
}

struct rte_ring *
rte_ring_lookup(const char *name)
{
	struct rte_ring_list *ring_list;
	struct rte_tailq_entry *te;
	struct rte_ring *r = NULL;

	if (name == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	ring_list = RTE_TAILQ_CAST(rte_ring_tailq.head, rte_ring_list);
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(te, ring_list, next) {
		struct rte_ring *cur = te->data;

		if (strncmp(name, cur->name, RTE_RING_NAMESIZE) == 0) {
			r = cur;
			break;
		}
	}
	rte_mcfg_tailq_read_unlock();
	if (r == NULL)
		rte_errno = ENOENT;
	return r;
}
