/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What a dead process leaves in a pool, and taking it back: holder tags
 * and the repair of per-lcore caches cut mid-flush or mid-refill (end
 * of file; the record is described in mempool_cache_flight.h).
 *
 * Holder tags (RTE_MEMPOOL_F_HOLDER_TAGS): the word before each object's
 * header names the process that got the object, written by the inline
 * get and put (rte_mempool_generic_get_tagged and _put_tagged, out of
 * line so that pools without tags pay one test), by
 * rte_mempool_holder_adopt, and cleared by rte_mempool_reclaim_dead when
 * it takes an object of a dead process back. This file owns those tags
 * and nothing else of the pool.
 *
 * Why a reclaim never makes a duplicate: a put clears the tag before
 * the object goes back to the cache or the store, and a get writes it
 * only after the object left them. So an object inside the pool is
 * never tagged, and an object tagged with a dead process's id is out of
 * the pool, held by nobody alive unless that process passed it on (the
 * documented rule: the receiver adopts it). Two reclaimers race for an
 * object with a compare-and-swap of its tag, so only one returns it.
 * A process killed between its dequeue and the tags, or between the
 * tags and its enqueue, leaves untagged objects out of the pool: those
 * are lost to the reclaim (leaked, never duplicated) and still counted
 * as in use.
 *
 * The cache repair runs for every pool when a process joins (on the
 * lcore ids it takes over from dead processes, before it can use them)
 * and on demand (rte_mempool_cache_repair_dead, reclaim_dead).
 */

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_robust_lock.h>

#include "rte_mempool.h"
#include "mempool_cache_flight.h"
#include "mempool_proc_registry.h"

/* Objects returned per put of the reclaim. */
#define RECLAIM_BURST 64
/* Distinct holders whose liveness one reclaim remembers. */
#define RECLAIM_OWNERS 16

void
rte_mempool_holder_tags_write(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n, int get)
{
	uint64_t id = get ? rte_eal_owner_id() : 0;
	unsigned int i;

	if ((mp->fast_flags & RTE_MEMPOOL_F_HOLDER_TAGS) == 0)
		return;
	/*
	 * Relaxed: a put's tag is ordered before the object is visible
	 * in the pool by the handler's or the cache's own publication,
	 * and a reclaimer only ever changes tags of dead holders.
	 */
	for (i = 0; i < n; i++)
		__atomic_store_n(rte_mempool_holder_tag(obj_table[i]), id,
			__ATOMIC_RELAXED);
}

/* The inline get and put come here for a pool with holder tags. */
int
rte_mempool_generic_get_tagged(struct rte_mempool *mp, void **obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	int ret = rte_mempool_do_generic_get(mp, obj_table, n, cache);

	if (ret != 0)
		return ret;
	RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table, n, 0);
	/* n == 0 leaves obj_table unwritten: nothing to tag. */
	if (n != 0)
		rte_mempool_holder_tags_write(mp, obj_table, n, 1);
	return 0;
}

void
rte_mempool_generic_put_tagged(struct rte_mempool *mp, void *const *obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	/* Before the objects are back: never free and still tagged. */
	if (n != 0)
		rte_mempool_holder_tags_write(mp, obj_table, n, 0);
	rte_mempool_do_generic_put(mp, obj_table, n, cache);
}

void
rte_mempool_holder_adopt(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	if (mp != NULL && obj_table != NULL)
		rte_mempool_holder_tags_write(mp, obj_table, n, 1);
}

struct reclaim_walk {
	struct rte_mempool *mp;
	void *burst[RECLAIM_BURST];
	unsigned int nb;
	unsigned int returned;
	/* Liveness of the holders met so far. */
	uint64_t owner[RECLAIM_OWNERS];
	uint8_t alive[RECLAIM_OWNERS];
	unsigned int nb_owners;
};

static int
reclaim_owner_alive(struct reclaim_walk *w, uint64_t owner)
{
	unsigned int i;
	int alive;

	for (i = 0; i < w->nb_owners; i++)
		if (w->owner[i] == owner)
			return w->alive[i];
	alive = rte_eal_owner_alive(owner);
	if (w->nb_owners < RECLAIM_OWNERS) {
		w->owner[w->nb_owners] = owner;
		w->alive[w->nb_owners++] = (uint8_t)alive;
	}
	return alive;
}

static void
reclaim_flush(struct reclaim_walk *w)
{
	if (w->nb == 0)
		return;
	/* Counted as this thread's put: the pool's held drops as much. */
	rte_mempool_generic_put(w->mp, w->burst, w->nb, NULL);
	w->returned += w->nb;
	w->nb = 0;
}

static void
reclaim_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	struct reclaim_walk *w = arg;
	uint64_t *tag = rte_mempool_holder_tag(obj);
	uint64_t owner = __atomic_load_n(tag, __ATOMIC_ACQUIRE);

	RTE_SET_USED(mp);
	RTE_SET_USED(idx);
	if (owner == 0 || reclaim_owner_alive(w, owner))
		return;
	/* Another reclaimer may have taken it meanwhile. */
	if (!__atomic_compare_exchange_n(
		    tag, &owner, 0, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED))
		return;
	w->burst[w->nb++] = obj;
	if (w->nb == RECLAIM_BURST)
		reclaim_flush(w);
}

int
rte_mempool_reclaim_dead(struct rte_mempool *mp)
{
	struct reclaim_walk w;

	if (mp == NULL || (mp->flags & RTE_MEMPOOL_F_HOLDER_TAGS) == 0) {
		RTE_LOG(ERR, MEMPOOL,
			"reclaim_dead: %s%s has no holder tags (create it "
			"with RTE_MEMPOOL_F_HOLDER_TAGS)\n",
			mp == NULL ? "NULL pool" : "pool ",
			mp == NULL ? "" : mp->name);
		rte_errno = EINVAL;
		return -EINVAL;
	}
	rte_mempool_cache_repair_dead(mp);
	w.mp = mp;
	w.nb = 0;
	w.returned = 0;
	w.nb_owners = 0;
	rte_mempool_obj_iter(mp, reclaim_obj, &w);
	reclaim_flush(&w);
	if (w.returned != 0)
		RTE_LOG(INFO, MEMPOOL,
			"pool %s: %u objects of dead processes returned\n",
			mp->name, w.returned);
	return (int)w.returned;
}

/* ----- per-lcore caches a dead process left mid-flush or mid-refill ----- */

/* Finish or undo the record of one cache (mempool_cache_flight.h). */
static void
cache_repair_one(struct rte_mempool_cache *c, uint32_t f)
{
	uint32_t len0 = mempool_flight_len(f), n = mempool_flight_n(f);
	uint32_t len = __atomic_load_n(&c->len, __ATOMIC_ACQUIRE);

	if (mempool_flight_op(f) == MEMPOOL_FLIGHT_DRAIN) {
		/* Done or not, the handler may have the objects. */
		if (len != 0)
			c->len = 0;
		if ((uint32_t)c->drain_objs == c->flight_ctr)
			c->drain_objs += n;
	} else if (len == len0 + n) {
		/* The refill was published: complete its counter. */
		if ((uint32_t)c->fill_objs == c->flight_ctr)
			c->fill_objs += n;
	} else {
		/* Not published: its slots may be stale, drop them. */
		if ((uint32_t)c->fill_objs != c->flight_ctr)
			c->fill_objs -= n;
		c->len = len0;
	}
	mempool_flight_end(c);
}

struct live_lcores {
	uint64_t bits[MEMPOOL_PROC_LCORE_WORDS];
	int skip_self; /* leave out this process's own lcore ids */
};

static void
live_lcores_cb(int slot, int32_t pid, const uint64_t *lcores, void *arg)
{
	struct live_lcores *l = arg;
	unsigned int w;

	RTE_SET_USED(slot);
	if (l->skip_self && pid == (int32_t)getpid())
		return;
	for (w = 0; w < MEMPOOL_PROC_LCORE_WORDS; w++)
		l->bits[w] |= lcores[w];
}

/* Repair the caches of mp on lcore ids no process in `live` uses. */
static int
cache_repair(struct rte_mempool *mp, const struct live_lcores *live)
{
	unsigned int l;
	int repaired = 0;

	if (mp->cache_size == 0 || mp->local_cache == NULL)
		return 0;
	for (l = 0; l < RTE_MAX_LCORE; l++) {
		struct rte_mempool_cache *c = &mp->local_cache[l];
		uint32_t f = __atomic_load_n(&c->flight, __ATOMIC_ACQUIRE);

		if (f == 0 || (live->bits[l / 64] >> (l % 64)) & 1)
			continue;
		RTE_LOG(WARNING, MEMPOOL,
			"pool %s: cache of lcore %u left mid-%s by a dead "
			"process: repaired\n",
			mp->name, l,
			mempool_flight_op(f) == MEMPOOL_FLIGHT_DRAIN
				? "flush"
				: "refill");
		cache_repair_one(c, f);
		repaired++;
	}
	return repaired;
}

int
rte_mempool_cache_repair_dead(struct rte_mempool *mp)
{
	struct live_lcores live;

	if (mp == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cache_repair_dead: NULL pool\n");
		rte_errno = EINVAL;
		return -EINVAL;
	}
	memset(&live, 0, sizeof(live));
	/* Without the registry nothing tells a dead lcore from a live one. */
	if (mempool_proc_walk(live_lcores_cb, &live) == 0)
		return 0;
	return cache_repair(mp, &live);
}

static void
repair_at_join_cb(struct rte_mempool *mp, void *arg)
{
	cache_repair(mp, arg);
}

void
mempool_cache_repair_at_join(void)
{
	struct live_lcores live;

	memset(&live, 0, sizeof(live));
	live.skip_self = 1;
	mempool_proc_walk(live_lcores_cb, &live);
	rte_mempool_walk(repair_at_join_cb, &live);
}
