/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef MEMPOOL_CACHE_FLIGHT_H
#define MEMPOOL_CACHE_FLIGHT_H

/*
 * The in-flight record of a per-lcore cache (rte_mempool_cache.flight
 * and flight_ctr): what a flush (drain) or refill was doing when its
 * process died. Written by rte_mempool_cache_drain and
 * rte_mempool_cache_refill before their handler call, cleared after;
 * read by rte_mempool_cache_repair_dead (rte_mempool_holder.c). Not
 * installed.
 *
 * Each step after the handler call writes one word, in this order, and
 * the repair finishes whichever steps are missing:
 *   drain:  record; enqueue objs[0, n); len = 0; drain_objs += n; clear
 *   refill: record; dequeue into objs[len, len + n); len += n;
 *           fill_objs += n; clear
 * The record holds the length before and n, and the low 32 bits of the
 * counter before (flight_ctr), so the repair tells a counter already
 * moved from one not yet moved. A drain cut inside its enqueue is
 * taken as done (the objects may be in the store: keeping them in the
 * cache too could duplicate them); a refill whose length was not moved
 * is taken as not done (its slots may hold stale pointers).
 */

#include <stdint.h>

#include "rte_mempool.h"

#define MEMPOOL_FLIGHT_DRAIN 1u
#define MEMPOOL_FLIGHT_REFILL 2u

static inline uint32_t
mempool_flight_make(uint32_t op, uint32_t len_before, uint32_t n)
{
	return op << 30 | (len_before & 0x7fff) << 15 | (n & 0x7fff);
}

static inline uint32_t
mempool_flight_op(uint32_t f)
{
	return f >> 30;
}

static inline uint32_t
mempool_flight_len(uint32_t f)
{
	return (f >> 15) & 0x7fff;
}

static inline uint32_t
mempool_flight_n(uint32_t f)
{
	return f & 0x7fff;
}

/* Open a record: seen by a repair before any effect of the call. */
static inline void
mempool_flight_begin(
	struct rte_mempool_cache *c, uint32_t op, uint32_t n, uint64_t ctr)
{
	c->flight_ctr = (uint32_t)ctr;
	__atomic_store_n(&c->flight, mempool_flight_make(op, c->len, n),
		__ATOMIC_RELEASE);
}

/* Close it, after every step of the operation. */
static inline void
mempool_flight_end(struct rte_mempool_cache *c)
{
	__atomic_store_n(&c->flight, 0, __ATOMIC_RELEASE);
}

#endif /* MEMPOOL_CACHE_FLIGHT_H */
