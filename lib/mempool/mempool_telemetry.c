/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The mempool library's telemetry commands: /mempool/list and
 * /mempool/info,<name> (DPDK's names and keys), /mempool/handlers (the
 * handler table every attached process shares: the pools using each
 * handler and the processes that have it and so can serve it),
 * /mempool/stats,<name> (the always-on counters, summed, per lcore slot
 * and held per process) and /mempool/stats_reset,<name>. Pools are
 * reached through rte_mempool_walk, under the pool list lock, so a pool
 * being freed is never read; the data path takes no lock for them.
 */

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_lcore.h>
#include <rte_telemetry.h>

#include "rte_mempool.h"

/* ----- /mempool/list ----- */

static void
list_one(struct rte_mempool *mp, void *arg)
{
	rte_tel_data_add_array_string(arg, mp->name);
}

static int
tel_mempool_list(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	rte_tel_data_start_array(d, RTE_TEL_STRING_VAL);
	rte_mempool_walk(list_one, d);
	return 0;
}

/* ----- one pool by name ----- */

struct by_name {
	const char *name;
	void (*fn)(struct rte_mempool *mp, struct rte_tel_data *d);
	struct rte_tel_data *d;
	int found;
};

static void
match_one(struct rte_mempool *mp, void *arg)
{
	struct by_name *b = arg;

	if (b->found || strncmp(mp->name, b->name, RTE_MEMPOOL_NAMESIZE) != 0)
		return;
	b->found = 1;
	b->fn(mp, b->d);
}

/* Run fn on the pool called name: 1 if it exists, 0 if not. */
static int
with_pool(const char *name,
	void (*fn)(struct rte_mempool *mp, struct rte_tel_data *d),
	struct rte_tel_data *d)
{
	struct by_name b = {.name = name, .fn = fn, .d = d, .found = 0};

	rte_mempool_walk(match_one, &b);
	return b.found;
}

/* ----- /mempool/info,<name> ----- */

static void
info_fill(struct rte_mempool *mp, struct rte_tel_data *d)
{
	const struct rte_memzone *mz = mp->mz;
	unsigned int lcore, cached = 0;

	rte_tel_data_add_dict_string(d, "name", mp->name);
	rte_tel_data_add_dict_u64(d, "pool_id", mp->pool_id);
	rte_tel_data_add_dict_u64(d, "flags", mp->flags);
	rte_tel_data_add_dict_int(d, "socket_id", mp->socket_id);
	rte_tel_data_add_dict_u64(d, "size", mp->size);
	rte_tel_data_add_dict_u64(d, "cache_size", mp->cache_size);
	rte_tel_data_add_dict_u64(d, "elt_size", mp->elt_size);
	rte_tel_data_add_dict_u64(d, "header_size", mp->header_size);
	rte_tel_data_add_dict_u64(d, "trailer_size", mp->trailer_size);
	rte_tel_data_add_dict_u64(
		d, "private_data_size", mp->private_data_size);
	rte_tel_data_add_dict_int(d, "ops_index", mp->ops_index);
	rte_tel_data_add_dict_u64(d, "populated_size", mp->populated_size);
	if (mz != NULL) {
		rte_tel_data_add_dict_string(d, "mz_name", mz->name);
		rte_tel_data_add_dict_u64(d, "mz_len", mz->len);
		rte_tel_data_add_dict_u64(d, "mz_hugepage_sz", mz->hugepage_sz);
		rte_tel_data_add_dict_int(d, "mz_socket_id", mz->socket_id);
		rte_tel_data_add_dict_u64(d, "mz_flags", mz->flags);
	}
	if (mp->cache_size != 0)
		for (lcore = 0; lcore < RTE_MAX_LCORE; lcore++)
			cached += __atomic_load_n(
				&mp->local_cache[lcore].len, __ATOMIC_RELAXED);
	rte_tel_data_add_dict_u64(d, "total_cache_count", cached);
	rte_tel_data_add_dict_u64(
		d, "common_pool_count", rte_mempool_ops_get_count(mp));
}

static int
tel_mempool_info(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	if (params == NULL || params[0] == '\0')
		return -EINVAL;
	/* An unknown name answers an empty object, as in DPDK. */
	rte_tel_data_start_dict(d);
	with_pool(params, info_fill, d);
	return 0;
}

/* ----- /mempool/stats,<name> and /mempool/stats_reset,<name> ----- */

static int
clamp_int(int64_t v)
{
	return v > INT_MAX ? INT_MAX : v < INT_MIN ? INT_MIN : (int)v;
}

/* A child dict of the counters, or NULL when out of memory. */
static struct rte_tel_data *
counters(const struct rte_mempool_stats *s)
{
	struct rte_tel_data *c = rte_tel_data_alloc();

	if (c == NULL)
		return NULL;
	rte_tel_data_start_dict(c);
	rte_tel_data_add_dict_u64(c, "get_calls", s->get_calls);
	rte_tel_data_add_dict_u64(c, "get_objs", s->get_objs);
	rte_tel_data_add_dict_u64(c, "get_fail_calls", s->get_fail_calls);
	rte_tel_data_add_dict_u64(c, "get_fail_objs", s->get_fail_objs);
	rte_tel_data_add_dict_u64(c, "put_calls", s->put_calls);
	rte_tel_data_add_dict_u64(c, "put_objs", s->put_objs);
	rte_tel_data_add_dict_u64(c, "cache_hits", s->cache_hits);
	rte_tel_data_add_dict_u64(c, "cache_misses", s->cache_misses);
	rte_tel_data_add_dict_u64(c, "deq_calls", s->deq_calls);
	rte_tel_data_add_dict_u64(c, "deq_objs", s->deq_objs);
	rte_tel_data_add_dict_u64(c, "enq_calls", s->enq_calls);
	rte_tel_data_add_dict_u64(c, "enq_objs", s->enq_objs);
	rte_tel_data_add_dict_int(c, "held", clamp_int(s->held));
	return c;
}

static void
add_counters(struct rte_tel_data *d, const char *key,
	const struct rte_mempool_stats *s)
{
	struct rte_tel_data *c = counters(s);

	if (c != NULL && rte_tel_data_add_dict_container(d, key, c, 0) < 0)
		rte_tel_data_free(c);
}

static int
stats_zero(const struct rte_mempool_stats *s)
{
	return s->get_calls == 0 && s->get_fail_calls == 0 &&
		s->put_calls == 0 && s->deq_calls == 0 && s->enq_calls == 0 &&
		s->held == 0;
}

static void
stats_fill(struct rte_mempool *mp, struct rte_tel_data *d)
{
	struct rte_mempool_proc_held held[RTE_MEMPOOL_STATS_MAX_PROCS];
	struct rte_mempool_stats s;
	struct rte_tel_data *lc, *hp;
	char key[32];
	int lcore, n, i;

	rte_tel_data_add_dict_string(d, "name", mp->name);
	if (rte_mempool_stats_get(mp, -1, &s) == 0)
		add_counters(d, "total", &s);

	/* Enabled lcores always; other slots (a secondary's) when used. */
	lc = rte_tel_data_alloc();
	if (lc != NULL) {
		rte_tel_data_start_dict(lc);
		for (lcore = 0; lcore <= RTE_MAX_LCORE; lcore++) {
			if (rte_mempool_stats_get(mp, lcore, &s) != 0)
				continue;
			if (lcore < RTE_MAX_LCORE &&
				!rte_lcore_is_enabled((unsigned int)lcore) &&
				stats_zero(&s))
				continue;
			if (lcore == RTE_MAX_LCORE) {
				if (stats_zero(&s))
					continue;
				snprintf(key, sizeof(key), "unregistered");
			} else {
				snprintf(key, sizeof(key), "lcore_%d", lcore);
			}
			add_counters(lc, key, &s);
		}
		if (rte_tel_data_add_dict_container(d, "lcores", lc, 0) < 0)
			rte_tel_data_free(lc);
	}

	hp = rte_tel_data_alloc();
	if (hp != NULL) {
		rte_tel_data_start_dict(hp);
		n = rte_mempool_held_by_process(mp, held, RTE_DIM(held));
		for (i = 0; i < n && i < (int)RTE_DIM(held); i++) {
			/* What a dead process took with it, apart. */
			snprintf(key, sizeof(key), "%spid_%d",
				held[i].dead ? "dead_" : "", (int)held[i].pid);
			rte_tel_data_add_dict_int(
				hp, key, clamp_int(held[i].held));
		}
		if (rte_tel_data_add_dict_container(
			    d, "held_by_process", hp, 0) < 0)
			rte_tel_data_free(hp);
	}
}

static int
tel_mempool_stats(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	if (params == NULL || params[0] == '\0')
		return -EINVAL;
	rte_tel_data_start_dict(d);
	return with_pool(params, stats_fill, d) ? 0 : -ENOENT;
}

static void
reset_one(struct rte_mempool *mp, struct rte_tel_data *d)
{
	rte_mempool_stats_reset(mp);
	rte_tel_data_add_dict_string(d, "name", mp->name);
	rte_tel_data_add_dict_int(d, "reset", 1);
}

static int
tel_mempool_stats_reset(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	if (params == NULL || params[0] == '\0')
		return -EINVAL;
	rte_tel_data_start_dict(d);
	return with_pool(params, reset_one, d) ? 0 : -ENOENT;
}

/* ----- /mempool/handlers ----- */

struct handler_arg {
	int idx;
	struct rte_tel_data *pools;
};

static void
handler_pool(struct rte_mempool *mp, void *arg)
{
	struct handler_arg *ha = arg;

	if (mp->ops_index == ha->idx)
		rte_tel_data_add_array_string(ha->pools, mp->name);
}

/*
 * One index of the shared table: the handlers this process lacks are
 * listed too, with the processes that have them.
 */
static int
handler_one(const struct rte_mempool_handler_info *info, void *arg)
{
	struct rte_tel_data *d = arg;
	struct rte_tel_data *c, *procs;
	struct handler_arg ha;
	unsigned int i;

	ha.idx = info->index;
	c = rte_tel_data_alloc();
	ha.pools = rte_tel_data_alloc();
	procs = rte_tel_data_alloc();
	if (c == NULL || ha.pools == NULL || procs == NULL)
		goto fail;
	rte_tel_data_start_dict(c);
	rte_tel_data_start_array(ha.pools, RTE_TEL_STRING_VAL);
	rte_tel_data_start_array(procs, RTE_TEL_INT_VAL);
	rte_mempool_walk(handler_pool, &ha);
	for (i = 0; i < info->nb_procs; i++)
		rte_tel_data_add_array_int(procs, info->procs[i]);

	rte_tel_data_add_dict_int(c, "index", info->index);
	rte_tel_data_add_dict_string(c, "name", info->name);
	rte_tel_data_add_dict_u64(c, "flags", info->flags);
	rte_tel_data_add_dict_int(c, "process_local",
		(info->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL) != 0);
	rte_tel_data_add_dict_int(c, "own_memory",
		(info->flags & RTE_MEMPOOL_HANDLER_F_OWN_MEMORY) != 0);
	rte_tel_data_add_dict_int(c, "registered_here", info->registered_here);
	if (rte_tel_data_add_dict_container(c, "pools", ha.pools, 0) < 0)
		goto fail;
	ha.pools = NULL;
	if (rte_tel_data_add_dict_container(c, "processes", procs, 0) < 0)
		goto fail;
	procs = NULL;
	if (rte_tel_data_add_array_container(d, c, 0) < 0)
		goto fail;
	return 0;
fail:
	rte_tel_data_free(procs);
	rte_tel_data_free(ha.pools);
	rte_tel_data_free(c);
	return 1;
}

static int
tel_mempool_handlers(const char *cmd __rte_unused,
	const char *params __rte_unused, struct rte_tel_data *d)
{
	rte_tel_data_start_array(d, RTE_TEL_CONTAINER);
	rte_mempool_handler_info_walk(handler_one, d);
	return 0;
}

RTE_INIT(mempool_telemetry_register)
{
	rte_telemetry_register_cmd("/mempool/list", tel_mempool_list,
		"Returns the names of all mempools. Takes no parameters");
	rte_telemetry_register_cmd("/mempool/info", tel_mempool_info,
		"Returns a mempool's layout, memzone and fill. Parameters: "
		"pool_name");
	rte_telemetry_register_cmd("/mempool/handlers", tel_mempool_handlers,
		"Returns the shared handler table: index, name, flags, pools "
		"and the processes that can serve each. Takes no parameters");
	rte_telemetry_register_cmd("/mempool/stats", tel_mempool_stats,
		"Returns a mempool's counters, summed, per lcore and held per "
		"process. Parameters: pool_name");
	rte_telemetry_register_cmd("/mempool/stats_reset",
		tel_mempool_stats_reset,
		"Restarts a mempool's counters from zero. Parameters: "
		"pool_name");
}
