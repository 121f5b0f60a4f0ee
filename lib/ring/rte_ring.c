/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Ring life cycle: memory size, the one check of a constructor's
 * arguments, init, create (memzone + tailq entry), free, reset,
 * lookup, list and dump. The enqueue and dequeue code is inline, in
 * the headers.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <stddef.h>
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
#include "ring_internal.h"

TAILQ_HEAD(rte_ring_list, rte_tailq_entry);

static struct rte_tailq_elem rte_ring_tailq = {
	.name = RTE_TAILQ_RING_NAME,
};
EAL_REGISTER_TAILQ(rte_ring_tailq)

#define RING_PROD_MODE_FLAGS \
	(RING_F_SP_ENQ | RING_F_MP_RTS_ENQ | RING_F_MP_HTS_ENQ)
#define RING_CONS_MODE_FLAGS \
	(RING_F_SC_DEQ | RING_F_MC_RTS_DEQ | RING_F_MC_HTS_DEQ)
#define RING_KNOWN_FLAGS \
	(RING_PROD_MODE_FLAGS | RING_CONS_MODE_FLAGS | RING_F_EXACT_SZ | \
		RING_F_DEAD_PEER)

/* An RTS side's head may run this fraction of the capacity ahead. */
#define RING_RTS_HTD_MAX_DIV 8

/*
 * Every mode's tail position and mode word sit where the MT/ST layout
 * has them, so code that only knows that layout (rte_ring_get_*_sync_type,
 * the other side's ST or MT code) finds them in every mode.
 */
_Static_assert(offsetof(struct rte_ring_headtail, tail) ==
		offsetof(struct rte_ring_rts_headtail, tail.val.pos),
	"RTS tail position not where the MT tail is");
_Static_assert(offsetof(struct rte_ring_headtail, tail) ==
		offsetof(struct rte_ring_hts_headtail, ht.pos.tail),
	"HTS tail not where the MT tail is");
_Static_assert(offsetof(struct rte_ring_headtail, sync_type) ==
		offsetof(struct rte_ring_rts_headtail, sync_type),
	"RTS mode word not where the MT one is");
_Static_assert(offsetof(struct rte_ring_headtail, sync_type) ==
		offsetof(struct rte_ring_hts_headtail, sync_type),
	"HTS mode word not where the MT one is");
_Static_assert((offsetof(struct rte_ring, prod) % RTE_CACHE_LINE_SIZE) == 0 &&
		(offsetof(struct rte_ring, cons) % RTE_CACHE_LINE_SIZE) == 0 &&
		(sizeof(struct rte_ring) % RTE_CACHE_LINE_SIZE) == 0,
	"ring sides not on cache lines of their own");

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

/* Sync mode chosen by the mode flags of one side; -1 if contradictory. */
static int
ring_sync_mode(unsigned int flags, unsigned int st, unsigned int rts,
	unsigned int hts, enum rte_ring_sync_type *mode)
{
	const unsigned int f = flags & (st | rts | hts);

	if (f == 0)
		*mode = RTE_RING_SYNC_MT;
	else if (f == st)
		*mode = RTE_RING_SYNC_ST;
	else if (f == rts)
		*mode = RTE_RING_SYNC_MT_RTS;
	else if (f == hts)
		*mode = RTE_RING_SYNC_MT_HTS;
	else
		return -1;
	return 0;
}

/* The arguments of a ring constructor, once checked. */
struct ring_params {
	uint32_t slots; /* slot table size, a power of 2 */
	uint32_t capacity; /* objects it holds */
	enum rte_ring_sync_type prod_mode;
	enum rte_ring_sync_type cons_mode;
};

/*
 * The one check of a ring constructor's arguments (the element size
 * aside: rte_ring_get_memsize_elem() owns it). Returns 0 with p filled
 * in, or a negative errno after one log line.
 */
static int
ring_check_params(const char *name, unsigned int count, unsigned int flags,
	struct ring_params *p)
{
	if (name == NULL) {
		RTE_LOG(ERR, RING, "a ring needs a name\n");
		return -EINVAL;
	}
	if (flags & ~RING_KNOWN_FLAGS) {
		RTE_LOG(ERR, RING, "ring %s: unknown flags %#x\n", name,
			flags & ~RING_KNOWN_FLAGS);
		return -EINVAL;
	}
	if (ring_sync_mode(flags, RING_F_SP_ENQ, RING_F_MP_RTS_ENQ,
		    RING_F_MP_HTS_ENQ, &p->prod_mode) != 0 ||
		ring_sync_mode(flags, RING_F_SC_DEQ, RING_F_MC_RTS_DEQ,
			RING_F_MC_HTS_DEQ, &p->cons_mode) != 0) {
		RTE_LOG(ERR, RING,
			"ring %s: flags %#x give a side two sync modes\n", name,
			flags);
		return -EINVAL;
	}
	if ((flags & RING_F_DEAD_PEER) && p->prod_mode == RTE_RING_SYNC_ST &&
		p->cons_mode == RTE_RING_SYNC_ST) {
		/*
		 * One ST side is allowed: it restarts from its tail and
		 * is never recovered. With both, a plain ring already
		 * survives a dead peer (__RTE_RING_ST_FROM_TAIL).
		 */
		RTE_LOG(ERR, RING,
			"ring %s: RING_F_DEAD_PEER needs MT, MT_RTS or MT_HTS "
			"on at least one side (flags %#x)\n",
			name, flags);
		return -EINVAL;
	}
	if (flags & RING_F_EXACT_SZ) {
		/* One spare slot keeps full and empty distinguishable. */
		if (count == 0 || count >= RTE_RING_SZ_MASK) {
			RTE_LOG(ERR, RING,
				"ring %s: exact count %u not in 1..%#x\n", name,
				count, RTE_RING_SZ_MASK - 1);
			return -EINVAL;
		}
		p->slots = rte_align32pow2(count + 1);
		p->capacity = count;
	} else {
		if (!rte_is_power_of_2(count) || count > RTE_RING_SZ_MASK) {
			RTE_LOG(ERR, RING,
				"ring %s: count %u is not a power of 2 no "
				"larger than %#x\n",
				name, count, RTE_RING_SZ_MASK);
			return -EINVAL;
		}
		p->slots = count;
		p->capacity = count - 1;
	}
	if (strnlen(name, RTE_RING_NAMESIZE) >= RTE_RING_NAMESIZE) {
		RTE_LOG(ERR, RING, "ring name %.*s... is too long (max %zu)\n",
			(int)RTE_RING_NAMESIZE - 1, name,
			RTE_RING_NAMESIZE - 1);
		return -ENAMETOOLONG;
	}
	return 0;
}

/* Zero one side's positions in the layout of its mode. */
static void
ring_reset_side(struct rte_ring_headtail *ht, struct rte_ring_rts_headtail *rts,
	struct rte_ring_hts_headtail *hts)
{
	switch (ht->sync_type) {
	case RTE_RING_SYNC_MT_RTS:
		__atomic_store_n(&rts->head.raw, 0, __ATOMIC_RELAXED);
		__atomic_store_n(&rts->tail.raw, 0, __ATOMIC_RELAXED);
		break;
	case RTE_RING_SYNC_MT_HTS:
		__atomic_store_n(&hts->ht.raw, 0, __ATOMIC_RELAXED);
		break;
	default:
		__atomic_store_n(&ht->head, 0, __ATOMIC_RELAXED);
		__atomic_store_n(&ht->tail, 0, __ATOMIC_RELAXED);
		break;
	}
}

void
rte_ring_reset(struct rte_ring *r)
{
	ring_reset_side(&r->prod, &r->rts_prod, &r->hts_prod);
	ring_reset_side(&r->cons, &r->rts_cons, &r->hts_cons);
	if (r->flags & RING_F_DEAD_PEER) {
		/* Under an MT_RTS producer side free slots are NULL. */
		memset(&r[1], 0, (size_t)r->size * sizeof(void *));
		memset(&r->dp, 0, sizeof(r->dp));
		ring_dp_forget(r);
	}
}

/* Lay out a ring whose arguments ring_check_params() accepted. */
static void
ring_setup(struct rte_ring *r, const char *name, unsigned int flags,
	const struct ring_params *p)
{
	memset(r, 0, sizeof(*r));
	rte_strlcpy(r->name, name, sizeof(r->name));
	r->flags = (int)flags;
	r->prod.sync_type = p->prod_mode;
	r->cons.sync_type = p->cons_mode;
	r->size = p->slots;
	r->mask = p->slots - 1;
	r->capacity = p->capacity;
	if (p->prod_mode == RTE_RING_SYNC_MT_RTS)
		r->rts_prod.htd_max = r->capacity / RING_RTS_HTD_MAX_DIV;
	if (p->cons_mode == RTE_RING_SYNC_MT_RTS)
		r->rts_cons.htd_max = r->capacity / RING_RTS_HTD_MAX_DIV;
	rte_ring_reset(r);
}

int
rte_ring_init(struct rte_ring *r, const char *name, unsigned int count,
	unsigned int flags)
{
	struct ring_params p;
	int ret;

	if (r == NULL) {
		RTE_LOG(ERR, RING, "ring init: NULL ring\n");
		return -EINVAL;
	}
	ret = ring_check_params(name, count, flags, &p);
	if (ret != 0)
		return ret;
	if (flags & RING_F_DEAD_PEER) {
		ret = ring_dp_table_attach();
		if (ret != 0)
			return ret;
	}
	ring_setup(r, name, flags, &p);
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
	struct ring_params p;
	ssize_t ring_size;
	int ret;

	ret = ring_check_params(name, count, flags, &p);
	if (ret != 0) {
		rte_errno = -ret;
		return NULL;
	}
	if ((flags & RING_F_DEAD_PEER) && esize != sizeof(void *)) {
		RTE_LOG(ERR, RING,
			"ring %s: RING_F_DEAD_PEER holds pointers, not %u-byte "
			"elements\n",
			name, esize);
		rte_errno = EINVAL;
		return NULL;
	}
	if ((flags & RING_F_DEAD_PEER) && ring_dp_table_attach() != 0) {
		rte_errno = ENOMEM;
		return NULL;
	}
	ring_size = rte_ring_get_memsize_elem(esize, p.slots);
	if (ring_size < 0) {
		rte_errno = (int)-ring_size;
		return NULL;
	}
	/* Cannot truncate: the name is shorter than RTE_RING_NAMESIZE. */
	snprintf(mz_name, sizeof(mz_name), "%s%s", RTE_RING_MZ_PREFIX, name);

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
		ring_setup(r, name, flags, &p);
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

const char *
ring_sync_name(enum rte_ring_sync_type t)
{
	switch (t) {
	case RTE_RING_SYNC_MT:
		return "MT";
	case RTE_RING_SYNC_ST:
		return "ST";
	case RTE_RING_SYNC_MT_RTS:
		return "MT_RTS";
	case RTE_RING_SYNC_MT_HTS:
		return "MT_HTS";
	}
	return "unknown";
}

/* One side's mode and positions, in the layout of its mode. */
static void
ring_dump_side(FILE *f, const char *side, char c,
	const struct rte_ring_headtail *ht,
	const struct rte_ring_rts_headtail *rts,
	const struct rte_ring_hts_headtail *hts)
{
	union __rte_ring_rts_poscnt rh, rt;
	union __rte_ring_hts_pos hp;

	fprintf(f, "  %s sync=%s\n", side, ring_sync_name(ht->sync_type));
	switch (ht->sync_type) {
	case RTE_RING_SYNC_MT_RTS:
		rt.raw = __atomic_load_n(&rts->tail.raw, __ATOMIC_RELAXED);
		rh.raw = __atomic_load_n(&rts->head.raw, __ATOMIC_RELAXED);
		fprintf(f, "  %ct=%" PRIu32 "\n", c, rt.val.pos);
		fprintf(f, "  %ch=%" PRIu32 "\n", c, rh.val.pos);
		fprintf(f, "  %s tail cnt=%" PRIu32 " head cnt=%" PRIu32 "\n",
			side, rt.val.cnt, rh.val.cnt);
		fprintf(f, "  %s htd_max=%" PRIu32 "\n", side,
			__atomic_load_n(&rts->htd_max, __ATOMIC_RELAXED));
		break;
	case RTE_RING_SYNC_MT_HTS:
		hp.raw = __atomic_load_n(&hts->ht.raw, __ATOMIC_RELAXED);
		fprintf(f, "  %ct=%" PRIu32 "\n", c, hp.pos.tail);
		fprintf(f, "  %ch=%" PRIu32 "\n", c, hp.pos.head);
		break;
	default:
		fprintf(f, "  %ct=%" PRIu32 "\n", c,
			__atomic_load_n(&ht->tail, __ATOMIC_RELAXED));
		fprintf(f, "  %ch=%" PRIu32 "\n", c,
			__atomic_load_n(&ht->head, __ATOMIC_RELAXED));
		break;
	}
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
	ring_dump_side(f, "cons", 'c', &r->cons, &r->rts_cons, &r->hts_cons);
	ring_dump_side(f, "prod", 'p', &r->prod, &r->rts_prod, &r->hts_prod);
	fprintf(f, "  used=%u\n", rte_ring_count(r));
	fprintf(f, "  avail=%u\n", rte_ring_free_count(r));
}

void
__rte_ring_peek_bad_mode(const struct rte_ring *r, int enqueue)
{
	const struct rte_ring_headtail *ht = enqueue ? &r->prod : &r->cons;

	RTE_LOG(ERR, RING,
		"ring %s: peek/zero-copy %s needs an ST or MT_HTS %s, not "
		"%s: nothing done\n",
		r->name, enqueue ? "enqueue" : "dequeue",
		enqueue ? "producer" : "consumer",
		ring_sync_name(ht->sync_type));
	rte_errno = ENOTSUP;
}

void
__rte_ring_peek_bad_finish(const struct rte_ring *r, int enqueue,
	unsigned int n, unsigned int started)
{
	RTE_LOG(ERR, RING,
		"ring %s: %s finish of %u objects, only %u started: "
		"reservation cancelled\n",
		r->name, enqueue ? "enqueue" : "dequeue", n, started);
	rte_errno = EINVAL;
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
		RTE_LOG(ERR, RING, "ring lookup: NULL name\n");
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
	if (r == NULL) {
		RTE_LOG(DEBUG, RING, "ring lookup: no ring %s\n", name);
		rte_errno = ENOENT;
	}
	return r;
}
