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
#include <inttypes.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_pause.h>
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

static int
lcore_in(const uint64_t *bits, unsigned int l)
{
	return (bits[l / 64] >> (l % 64)) & 1;
}

/*
 * Repair the caches of mp on lcore ids no process in `live` uses.
 * Caller holds mp->dead_lock: two repairs of one cache would each
 * complete its counters.
 */
static int
cache_repair(struct rte_mempool *mp, const uint64_t *live)
{
	unsigned int l;
	int repaired = 0;

	if (mp->cache_size == 0 || mp->local_cache == NULL)
		return 0;
	for (l = 0; l < RTE_MAX_LCORE; l++) {
		struct rte_mempool_cache *c = &mp->local_cache[l];
		uint32_t f = __atomic_load_n(&c->flight, __ATOMIC_ACQUIRE);

		if (f == 0 || lcore_in(live, l))
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

/* ----- what dead processes took with them, unseen by the counters ----- */

/*
 * Why the holdings of a dead process can be made exact. Each object is
 * in the handler's store, in a per-lcore cache, or out; the counters
 * see every move between those places except the ones a process was
 * making when it died: a kill inside a handler call, or between it and
 * the counter update after it, leaves a burst that is either in the
 * store or not, and no counter can tell which. The store can: every
 * move in and out of it is counted, once (a cache's refills and
 * flushes in the cache's fill_objs and drain_objs, which the repair of
 * a cache left mid-flight completes; gets and puts without a cache,
 * enqueues and dequeues of user-owned caches and direct handler calls
 * in the slot), so
 *
 *   residue = counted store count - handler's get_count
 *           - what earlier deaths settled
 *
 * is 0 while no call is in progress, and after a death it is exactly
 * the burst the dead process took (> 0: got, or refilled into a cache
 * but not published, or drained and not stored) or gave back unseen
 * (< 0: a put the store took). Counted per slot, that burst is the
 * dead process's, whichever way it went, so it is added once to the
 * dead process's entry (dead_held, by registry slot) and the death
 * marked settled (dead_settled = its owner id): later reads see the
 * same value and a later death only its own residue.
 *
 * A reading taken while a live process is inside a get or a put is
 * off by its burst until the call returns. So a death is settled only
 * when no live cache is mid-flight and two readings in a row agree;
 * else it stays unsettled (its holdings read without the residue) and
 * the next reader tries again. A live process stopped inside a
 * cache-less get or put for the whole of both readings is the case
 * that cannot be told apart: its burst would be counted to the dead.
 * With several unsettled deaths the residue is theirs together and
 * goes to the first one (logged); only the total is exact then.
 *
 * Live counters are only read: the settling writes the dead-process
 * records and, through the cache repair, caches of lcore ids no live
 * process uses, under mp->dead_lock (robust: a settler that dies
 * leaves a record that the residue, computed again, still completes).
 */

int64_t
mempool_store_counted(const struct rte_mempool *mp)
{
	uint64_t in = 0, out = 0;
	unsigned int l;

	for (l = 0; l <= RTE_MAX_LCORE; l++) {
		const struct rte_mempool_slot_stats *s = &mp->stats[l];

		in += __atomic_load_n(&s->enq_objs, __ATOMIC_RELAXED) +
			__atomic_load_n(&s->put_objs, __ATOMIC_RELAXED);
		out += __atomic_load_n(&s->deq_objs, __ATOMIC_RELAXED) +
			__atomic_load_n(&s->get_objs, __ATOMIC_RELAXED);
		if (mp->local_cache != NULL && l < RTE_MAX_LCORE) {
			const struct rte_mempool_cache *c = &mp->local_cache[l];

			in += __atomic_load_n(&c->drain_objs, __ATOMIC_RELAXED);
			out += __atomic_load_n(&c->fill_objs, __ATOMIC_RELAXED);
		}
	}
	return (int64_t)(in - out);
}

/* Objects out of the pool that no counter and no settled death has. */
static int64_t
dead_residue(const struct rte_mempool *mp)
{
	int64_t settled = 0;
	unsigned int p;

	for (p = 0; p < RTE_MEMPOOL_STATS_MAX_PROCS; p++)
		settled += __atomic_load_n(&mp->dead_held[p], __ATOMIC_RELAXED);
	return mempool_store_counted(mp) +
		__atomic_load_n(&mp->store_base, __ATOMIC_RELAXED) -
		(int64_t)rte_mempool_ops_get_count(mp) - settled;
}

struct dead_scan {
	const struct rte_mempool *mp;
	uint64_t live[MEMPOOL_PROC_LCORE_WORDS];
	unsigned int nb; /* unsettled deaths */
	int slot[MEMPOOL_PROC_MAX];
	int32_t pid[MEMPOOL_PROC_MAX];
	uint64_t owner[MEMPOOL_PROC_MAX];
};

static void
dead_scan_cb(int slot, int32_t pid, uint64_t owner, int alive,
	const uint64_t *lcores, void *arg)
{
	struct dead_scan *d = arg;
	unsigned int w;

	if (alive) {
		for (w = 0; w < MEMPOOL_PROC_LCORE_WORDS; w++)
			d->live[w] |= lcores[w];
		return;
	}
	if (slot < 0 || slot >= RTE_MEMPOOL_STATS_MAX_PROCS ||
		__atomic_load_n(&d->mp->dead_settled[slot], __ATOMIC_RELAXED) ==
			owner)
		return;
	d->slot[d->nb] = slot;
	d->pid[d->nb] = pid;
	d->owner[d->nb] = owner;
	d->nb++;
}

/* A live cache mid-refill or mid-flush: the store is moving. */
static int
live_cache_in_flight(const struct rte_mempool *mp, const uint64_t *live)
{
	unsigned int l;

	if (mp->cache_size == 0 || mp->local_cache == NULL)
		return 0;
	for (l = 0; l < RTE_MAX_LCORE; l++)
		if (lcore_in(live, l) &&
			__atomic_load_n(&mp->local_cache[l].flight,
				__ATOMIC_ACQUIRE) != 0)
			return 1;
	return 0;
}

/* A cache no live process uses left mid-flight: one for the repair. */
static int
dead_cache_in_flight(const struct rte_mempool *mp, const uint64_t *live)
{
	unsigned int l;

	if (mp->cache_size == 0 || mp->local_cache == NULL)
		return 0;
	for (l = 0; l < RTE_MAX_LCORE; l++)
		if (!lcore_in(live, l) &&
			__atomic_load_n(&mp->local_cache[l].flight,
				__ATOMIC_ACQUIRE) != 0)
			return 1;
	return 0;
}

/* Readings tried before a settling is left to the next reader. */
#define SETTLE_TRIES 8

/* Caller holds mp->dead_lock. */
static void
dead_settle_locked(struct rte_mempool *mp, const struct dead_scan *d)
{
	const struct rte_mempool_ops *ops;
	int64_t r1 = 0, r2 = 1;
	unsigned int t, i;

	if (RTE_MEMPOOL_COUNTERS_DISABLED ||
		(mp->flags & RTE_MEMPOOL_F_POOL_CREATED) == 0 ||
		mp->ops_index < 0 || mp->ops_index >= RTE_MEMPOOL_MAX_OPS_IDX)
		return;
	ops = &rte_mempool_ops_table.ops[mp->ops_index];
	/* Another process's process-local store is not mapped here. */
	if (ops->get_count == NULL ||
		((ops->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL) &&
			mp->creator_pid != 0 &&
			mp->creator_pid != (int32_t)getpid()))
		return;
	for (t = 0; t < SETTLE_TRIES; t++) {
		if (t != 0)
			rte_pause();
		if (live_cache_in_flight(mp, d->live))
			continue;
		r1 = dead_residue(mp);
		if (live_cache_in_flight(mp, d->live))
			continue;
		r2 = dead_residue(mp);
		if (r1 == r2)
			break;
	}
	if (r1 != r2) {
		RTE_LOG(DEBUG, MEMPOOL,
			"pool %s: busy, the holdings of %u dead processes are "
			"settled later\n",
			mp->name, d->nb);
		return;
	}
	if (r1 != 0) {
		__atomic_fetch_add(
			&mp->dead_held[d->slot[0]], r1, __ATOMIC_RELAXED);
		if (d->nb > 1)
			RTE_LOG(WARNING, MEMPOOL,
				"pool %s: %" PRId64 " objects taken unseen by "
				"one of %u dead processes: counted to pid %d\n",
				mp->name, r1, d->nb, (int)d->pid[0]);
	}
	for (i = 0; i < d->nb; i++)
		__atomic_store_n(&mp->dead_settled[d->slot[i]], d->owner[i],
			__ATOMIC_RELAXED);
}

/* Repair the caches of dead processes; settle their holdings if asked. */
static int
dead_repair(struct rte_mempool *mp, int settle)
{
	struct dead_scan d;
	int repaired;

	memset(&d, 0, sizeof(d));
	d.mp = mp;
	/* Without the registry nothing tells a dead lcore from a live one. */
	if (mempool_proc_walk_all(dead_scan_cb, &d) == 0)
		return 0;
	/* Nothing to do: no lock taken (the common case of every read). */
	if (d.nb == 0 && !dead_cache_in_flight(mp, d.live))
		return 0;
	rte_robust_lock(&mp->dead_lock);
	repaired = cache_repair(mp, d.live);
	if (settle && d.nb != 0)
		dead_settle_locked(mp, &d);
	rte_robust_unlock(&mp->dead_lock);
	return repaired;
}

static void
settled_before_cb(int slot, int32_t pid, uint64_t owner, int alive,
	const uint64_t *lcores, void *arg)
{
	struct rte_mempool *mp = arg;

	RTE_SET_USED(pid);
	RTE_SET_USED(lcores);
	if (!alive && slot >= 0 && slot < RTE_MEMPOOL_STATS_MAX_PROCS)
		mp->dead_settled[slot] = owner;
}

void
mempool_dead_settle_before(struct rte_mempool *mp)
{
	mempool_proc_walk_all(settled_before_cb, mp);
}

int
mempool_dead_settle(struct rte_mempool *mp)
{
	return mp == NULL ? 0 : dead_repair(mp, 1);
}

int
rte_mempool_cache_repair_dead(struct rte_mempool *mp)
{
	if (mp == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cache_repair_dead: NULL pool\n");
		rte_errno = EINVAL;
		return -EINVAL;
	}
	return dead_repair(mp, 1);
}

static void
repair_at_join_cb(struct rte_mempool *mp, void *arg)
{
	const struct live_lcores *live = arg;

	rte_robust_lock(&mp->dead_lock);
	cache_repair(mp, live->bits);
	rte_robust_unlock(&mp->dead_lock);
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
