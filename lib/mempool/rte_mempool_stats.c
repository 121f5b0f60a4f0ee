/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The always-on counters of a pool: reading them (per lcore slot and
 * summed), restarting them, holdings per attached process (dead ones
 * too: settling what they took with them, end of file), and the
 * slow-path updates the inline fast path calls out to. The fast-path
 * updates themselves are in rte_mempool.h; this file never writes a
 * slot that belongs to an lcore other than the caller's, except the
 * baselines that rte_mempool_stats_reset records.
 */

#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_lcore.h>

#include "rte_mempool.h"
#include "mempool_cache_flight.h"
#include "mempool_proc_registry.h"

/* Read a counter another thread may be writing. */
#define CTR_READ(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)

/* Objects got through a cache: one per get, and those beyond one. */
static uint64_t
cache_get_objs(const struct rte_mempool_cache *c)
{
	return CTR_READ(c->get_calls) + CTR_READ(c->get_objs_more);
}

/*
 * Objects put through a cache, from what it counts: each object that
 * entered it (put, or filled from the handler) has left it (got, or
 * drained to the handler) or is still cached. A cache starts empty.
 */
static uint64_t
cache_put_objs(const struct rte_mempool_cache *c)
{
	return cache_get_objs(c) + CTR_READ(c->len) + CTR_READ(c->drain_objs) -
		CTR_READ(c->fill_objs);
}

/*
 * Counters of one slot since the pool was made, derived from what the
 * slot and its per-lcore cache store (struct rte_mempool_slot_stats).
 */
static void
slot_raw(const struct rte_mempool *mp, unsigned int slot,
	struct rte_mempool_stats *st)
{
	const struct rte_mempool_slot_stats *s = &mp->stats[slot];
	uint64_t cget_calls = CTR_READ(s->ucache_get_calls);
	uint64_t cget_objs = CTR_READ(s->ucache_get_objs);
	uint64_t cput_calls = CTR_READ(s->ucache_put_calls);
	uint64_t cput_objs = CTR_READ(s->ucache_put_objs);
	uint64_t dget_calls = CTR_READ(s->get_calls);
	uint64_t dget_objs = CTR_READ(s->get_objs);
	uint64_t dput_calls = CTR_READ(s->put_calls);
	uint64_t dput_objs = CTR_READ(s->put_objs);
	uint64_t refills = CTR_READ(s->refills);
	uint64_t cache_deq = 0, cache_enq = 0;

	if (mp->local_cache != NULL && slot < RTE_MAX_LCORE) {
		const struct rte_mempool_cache *c = &mp->local_cache[slot];

		cget_calls += CTR_READ(c->get_calls);
		cget_objs += cache_get_objs(c);
		cput_calls += CTR_READ(c->put_calls);
		cput_objs += cache_put_objs(c);
		/* Counted there only (rte_mempool_cache_refill, _drain). */
		cache_deq += CTR_READ(c->fill_objs);
		cache_enq += CTR_READ(c->drain_objs);
	}
	st->get_calls = dget_calls + cget_calls;
	st->get_objs = dget_objs + cget_objs;
	st->get_fail_calls = CTR_READ(s->get_fail_calls);
	st->get_fail_objs = CTR_READ(s->get_fail_objs);
	st->put_calls = dput_calls + cput_calls;
	st->put_objs = dput_objs + cput_objs;
	/* A get needs the handler when it has no cache, refills it, or
	 * fails; every other get is served by the cache alone. */
	st->cache_misses = dget_calls + refills + st->get_fail_calls;
	/* A user-owned cache's refills are counted at once, its gets at
	 * flush: until then the difference may be negative. */
	st->cache_hits = cget_calls > refills ? cget_calls - refills : 0;
	/* A get or put without cache is one handler call, and so is a
	 * refill. */
	st->deq_calls = dget_calls + refills + CTR_READ(s->deq_calls);
	st->deq_objs = dget_objs + cache_deq + CTR_READ(s->deq_objs);
	st->enq_calls = dput_calls + CTR_READ(s->enq_calls);
	st->enq_objs = dput_objs + cache_enq + CTR_READ(s->enq_objs);
	st->held = (int64_t)(st->get_objs - st->put_objs);
}

/* Counters of one slot since the last reset; held stays absolute. */
static void
slot_since_reset(const struct rte_mempool *mp, unsigned int slot,
	struct rte_mempool_stats *st)
{
	const struct rte_mempool_stats *b = &mp->stats_base[slot];

	slot_raw(mp, slot, st);
	st->get_calls -= CTR_READ(b->get_calls);
	st->get_objs -= CTR_READ(b->get_objs);
	st->get_fail_calls -= CTR_READ(b->get_fail_calls);
	st->get_fail_objs -= CTR_READ(b->get_fail_objs);
	st->put_calls -= CTR_READ(b->put_calls);
	st->put_objs -= CTR_READ(b->put_objs);
	st->cache_misses -= CTR_READ(b->cache_misses);
	st->deq_calls -= CTR_READ(b->deq_calls);
	st->deq_objs -= CTR_READ(b->deq_objs);
	st->enq_calls -= CTR_READ(b->enq_calls);
	st->enq_objs -= CTR_READ(b->enq_objs);
	st->cache_hits = st->get_calls + st->get_fail_calls > st->cache_misses
		? st->get_calls + st->get_fail_calls - st->cache_misses
		: 0;
}

static void
stats_add(struct rte_mempool_stats *sum, const struct rte_mempool_stats *st)
{
	sum->get_calls += st->get_calls;
	sum->get_objs += st->get_objs;
	sum->get_fail_calls += st->get_fail_calls;
	sum->get_fail_objs += st->get_fail_objs;
	sum->put_calls += st->put_calls;
	sum->put_objs += st->put_objs;
	sum->cache_hits += st->cache_hits;
	sum->cache_misses += st->cache_misses;
	sum->deq_calls += st->deq_calls;
	sum->deq_objs += st->deq_objs;
	sum->enq_calls += st->enq_calls;
	sum->enq_objs += st->enq_objs;
	sum->held += st->held;
}

int
rte_mempool_stats_get(const struct rte_mempool *mp, int lcore_id,
	struct rte_mempool_stats *stats)
{
	struct rte_mempool_stats st;
	unsigned int slot;

	if (mp == NULL || stats == NULL || lcore_id < -1 ||
		lcore_id > RTE_MAX_LCORE)
		return -EINVAL;
	if (lcore_id >= 0) {
		slot_since_reset(mp, (unsigned int)lcore_id, stats);
		return 0;
	}
	/* Cast: settling writes only the pool's dead-process records. */
	mempool_dead_settle((struct rte_mempool *)(uintptr_t)mp);
	memset(stats, 0, sizeof(*stats));
	for (slot = 0; slot <= RTE_MAX_LCORE; slot++) {
		slot_since_reset(mp, slot, &st);
		stats_add(stats, &st);
	}
	/* Held by no slot: what dead processes took unseen. */
	for (slot = 0; slot < RTE_MEMPOOL_STATS_MAX_PROCS; slot++)
		stats->held += CTR_READ(mp->dead_held[slot]);
	return 0;
}

void
rte_mempool_stats_reset(struct rte_mempool *mp)
{
	struct rte_mempool_stats st;
	unsigned int slot;

	if (mp == NULL)
		return;
	for (slot = 0; slot <= RTE_MAX_LCORE; slot++) {
		slot_raw(mp, slot, &st);
		/* Each field alone: readers take no lock. */
		__atomic_store_n(&mp->stats_base[slot].get_calls, st.get_calls,
			__ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].get_objs, st.get_objs,
			__ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].get_fail_calls,
			st.get_fail_calls, __ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].get_fail_objs,
			st.get_fail_objs, __ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].put_calls, st.put_calls,
			__ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].put_objs, st.put_objs,
			__ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].cache_misses,
			st.cache_misses, __ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].deq_calls, st.deq_calls,
			__ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].deq_objs, st.deq_objs,
			__ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].enq_calls, st.enq_calls,
			__ATOMIC_RELAXED);
		__atomic_store_n(&mp->stats_base[slot].enq_objs, st.enq_objs,
			__ATOMIC_RELAXED);
	}
}

struct held_walk {
	const struct rte_mempool *mp;
	struct rte_mempool_proc_held *out;
	unsigned int n;
	unsigned int count;
	int pass; /* 0: live processes; 1: dead ones' lcores; 2: dead ones */
	uint64_t claimed[MEMPOOL_PROC_LCORE_WORDS];
	/* Pass 1: the dead process that used each lcore id last. */
	int last_slot[RTE_MAX_LCORE];
	uint64_t last_start[RTE_MAX_LCORE];
};

static int
lcore_bit(const uint64_t *bits, unsigned int l)
{
	return (bits[l / 64] >> (l % 64)) & 1;
}

static void
held_one(int slot, int32_t pid, uint64_t owner, int alive,
	const uint64_t *lcores, void *arg)
{
	struct held_walk *w = arg;
	struct rte_mempool_stats st;
	uint64_t start = owner >> 32;
	int64_t held;
	unsigned int l;

	/* Live processes claim their lcore ids first. */
	if (alive != (w->pass == 0))
		return;
	if (w->pass == 1) {
		/*
		 * An lcore id serves one process at a time: of the dead
		 * that had it, the one started last used it last.
		 */
		for (l = 0; l < RTE_MAX_LCORE; l++)
			if (lcore_bit(lcores, l) && !lcore_bit(w->claimed, l) &&
				(w->last_slot[l] < 0 ||
					start >= w->last_start[l])) {
				w->last_slot[l] = slot;
				w->last_start[l] = start;
			}
		return;
	}
	held = (int64_t)CTR_READ(w->mp->unreg_held[slot]) +
		CTR_READ(w->mp->dead_held[slot]);
	for (l = 0; l < RTE_MAX_LCORE; l++) {
		if (!lcore_bit(lcores, l))
			continue;
		if (w->pass == 0) {
			/* An lcore id two live processes claim counts once. */
			if (lcore_bit(w->claimed, l))
				continue;
			w->claimed[l / 64] |= UINT64_C(1) << (l % 64);
		} else if (w->last_slot[l] != slot) {
			continue;
		}
		slot_raw(w->mp, l, &st);
		held += st.held;
	}
	/* A dead process is listed while it holds something. */
	if (!alive && held == 0)
		return;
	if (w->count < w->n) {
		w->out[w->count].pid = pid;
		w->out[w->count].dead = !alive;
		w->out[w->count].held = held;
	}
	w->count++;
}

int
rte_mempool_held_by_process(const struct rte_mempool *mp,
	struct rte_mempool_proc_held *out, unsigned int n)
{
	struct held_walk w;
	unsigned int l;

	if (mp == NULL || (out == NULL && n != 0))
		return -EINVAL;
	mempool_dead_settle((struct rte_mempool *)(uintptr_t)mp);
	memset(&w, 0, sizeof(w));
	w.mp = mp;
	w.out = out;
	w.n = n;
	for (l = 0; l < RTE_MAX_LCORE; l++)
		w.last_slot[l] = -1;
	for (w.pass = 0; w.pass < 3; w.pass++)
		mempool_proc_walk_all(held_one, &w);
	return (int)w.count;
}

void
rte_mempool_stats_unreg_held(struct rte_mempool *mp, int64_t delta)
{
	int idx = mempool_proc_index();

	if (idx >= 0 && idx < RTE_MEMPOOL_STATS_MAX_PROCS)
		__atomic_fetch_add(
			&mp->unreg_held[idx], delta, __ATOMIC_RELAXED);
}

void
rte_mempool_stats_cache_fold(
	struct rte_mempool *mp, struct rte_mempool_cache *cache)
{
	unsigned int lcore_id = rte_lcore_id();
	uint64_t get_calls = cache->get_calls, get_objs = cache_get_objs(cache);
	uint64_t put_calls = cache->put_calls, put_objs;

	if ((get_calls | put_calls) == 0)
		return;
	/* The cached objects stay: count them as put already and start
	 * the next period with them as filled. */
	put_objs = cache_put_objs(cache);
	cache->get_calls = 0;
	cache->get_objs_more = 0;
	cache->put_calls = 0;
	cache->drain_objs = 0;
	cache->fill_objs = cache->len;
	RTE_MEMPOOL_STAT_ADD(mp, ucache_get_calls, get_calls);
	RTE_MEMPOOL_STAT_ADD(mp, ucache_get_objs, get_objs);
	RTE_MEMPOOL_STAT_ADD(mp, ucache_put_calls, put_calls);
	RTE_MEMPOOL_STAT_ADD(mp, ucache_put_objs, put_objs);
	if (lcore_id >= RTE_MAX_LCORE)
		rte_mempool_stats_unreg_held(
			mp, (int64_t)(get_objs - put_objs));
}

void
rte_mempool_stats_direct_slow(
	struct rte_mempool *mp, int get, unsigned int n, int ret)
{
	if (get && ret != 0) {
		RTE_MEMPOOL_STAT_ADD_CALL(mp, get_fail_calls, get_fail_objs, n);
		return;
	}
	/* Only threads without an lcore id get here on success. */
	if (get)
		RTE_MEMPOOL_STAT_ADD_CALL(mp, get_calls, get_objs, n);
	else
		RTE_MEMPOOL_STAT_ADD_CALL(mp, put_calls, put_objs, n);
	if (rte_lcore_id() >= RTE_MAX_LCORE)
		rte_mempool_stats_unreg_held(
			mp, get ? (int64_t)n : -(int64_t)n);
}

void
rte_mempool_cache_drain(struct rte_mempool *mp, struct rte_mempool_cache *cache)
{
	uint32_t n = cache->len;
	int ret;

	/* Steps in the order mempool_cache_flight.h gives. */
	mempool_flight_begin(cache, MEMPOOL_FLIGHT_DRAIN, n, cache->drain_objs);
	/*
	 * A per-lcore cache's drained objects are counted once, in its
	 * drain_objs (the slot's enq_objs adds them when it is read), as
	 * refills are: see rte_mempool_cache_refill.
	 */
	if (rte_mempool_cache_is_default(mp, cache)) {
		RTE_MEMPOOL_STAT_ADD(mp, enq_calls, 1);
		ret = rte_mempool_ops_table.ops[mp->ops_index].enqueue(
			mp, cache->objs, n);
		rte_mempool_ops_enqueue_check(mp, n, ret);
	} else {
		rte_mempool_ops_enqueue_bulk(mp, cache->objs, n);
	}
	__atomic_store_n(&cache->len, 0, __ATOMIC_RELEASE);
	RTE_MEMPOOL_CTR_ADD(cache->drain_objs, n);
	mempool_flight_end(cache);
}
