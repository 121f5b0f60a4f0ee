/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Mempool get/put rates on the matrix of DPDK 22.11's mempool_perf
 * benchmark: 1 and 2 lcores, per-lcore cache 0 and 512, get and put
 * bulks of 1, 4 and 32, keeping 32 or 128 objects at a time. Each lcore
 * gets `keep` objects in bulks then puts them back, in a loop, for a
 * given time; the rate is objects got and put back per second, all
 * lcores summed, counted like 22.11's rate_persec.
 *
 * Only the DPDK 22.11 public API is used, so the very same file builds
 * against Debian's libdpdk-dev and against this tree
 * (devtools/bench/compare.sh does both and prints the ratio). The same
 * object file gives dpdk-test its mempool_perf_autotest;
 * mempool_perf_main.c is the standalone program.
 *
 * Usage: mempool_perf <EAL args> -- [-t seconds] [handler ...]
 * (default: 1 s per configuration, ring_mp_mc; the 2-lcore rows need a
 * handler safe for several producers and consumers). PERF_CACHE,
 * PERF_CORES, PERF_GET, PERF_PUT and PERF_KEEP, if set, keep only that
 * cache size, lcore count, bulk or keep; PERF_REPEAT runs each
 * configuration that many times in a row and keeps the best.
 * Output: one "RESULT <handler> <configuration> <Mobj/s>" line per
 * measurement, besides a readable table.
 */

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mempool.h>
#include <rte_pause.h>

#include "mempool_perf.h"
#include "mempool_perf_loop.h"

#define MAX_KEEP 128
#define ELT_SIZE 2048

static const unsigned int get_bulk_tab[] = {1, 4, 32};
static const unsigned int put_bulk_tab[] = {1, 4, 32};
static const unsigned int keep_tab[] = {32, 128};

struct perf_cfg {
	struct rte_mempool *mp;
	unsigned int n_get_bulk;
	unsigned int n_put_bulk;
	unsigned int n_keep;
	uint64_t cycles; /* run length */
};

struct perf_lcore {
	uint64_t objs;
	int err;
} __rte_cache_aligned;

static struct perf_lcore lcore_res[RTE_MAX_LCORE];
static unsigned int ready;
static unsigned int n_started;

static int
perf_loop(void *arg)
{
	const struct perf_cfg *cfg = arg;
	struct rte_mempool *mp = cfg->mp;
	struct rte_mempool_cache *cache =
		rte_mempool_default_cache(mp, rte_lcore_id());
	struct perf_lcore *res = &lcore_res[rte_lcore_id()];
	void *objs[MAX_KEEP];
	uint64_t done;

	/* Start together. */
	__atomic_fetch_add(&ready, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(&ready, __ATOMIC_ACQUIRE) < n_started)
		rte_pause();

	done = mempool_perf_loop_run(mp, cache, objs, cfg->n_get_bulk,
		cfg->n_put_bulk, cfg->n_keep, cfg->cycles);
	if (done == UINT64_MAX) {
		res->err = 1;
		return -1;
	}
	res->objs = done;
	return 0;
}

/* One configuration on `cores` lcores; returns objects per second. */
static int
run_config(struct perf_cfg *cfg, unsigned int cores, uint64_t *rate)
{
	unsigned int lcore, used = 1;
	uint64_t total = 0;

	memset(lcore_res, 0, sizeof(lcore_res));
	__atomic_store_n(&ready, 0, __ATOMIC_RELEASE);
	n_started = cores;
	RTE_LCORE_FOREACH_WORKER(lcore) {
		if (used == cores)
			break;
		if (rte_eal_remote_launch(perf_loop, cfg, lcore) < 0)
			return -1;
		used++;
	}
	if (used != cores)
		return -1;
	perf_loop(cfg);
	rte_eal_mp_wait_lcore();
	RTE_LCORE_FOREACH(lcore) {
		if (lcore_res[lcore].err)
			return -1;
		total += lcore_res[lcore].objs;
	}
	*rate = total * rte_get_tsc_hz() / cfg->cycles;
	/* Give cached objects back so the next configuration starts full. */
	RTE_LCORE_FOREACH(lcore)
		rte_mempool_cache_flush(
			rte_mempool_default_cache(cfg->mp, lcore), cfg->mp);
	return 0;
}

/*
 * A configuration run PERF_REPEAT times (default 1) in a row, the best
 * rate kept: the rate of one run swings by up to a third on a shared
 * VM, more than the differences the counters' cost is measured at.
 */
static int
run_best(struct perf_cfg *cfg, unsigned int cores, uint64_t *best)
{
	const char *e = getenv("PERF_REPEAT");
	int n = e != NULL ? atoi(e) : 1;
	uint64_t rate;

	*best = 0;
	do {
		if (run_config(cfg, cores, &rate) < 0)
			return -1;
		if (rate > *best)
			*best = rate;
	} while (--n > 0);
	return 0;
}

/* A pool of n objects on the named handler, or NULL (reported). */
static struct rte_mempool *
perf_pool_create(const char *handler, unsigned int n, unsigned int cache)
{
	struct rte_mempool *mp;
	int ret;

	mp = rte_mempool_create_empty(
		"perf_test", n, ELT_SIZE, cache, 0, SOCKET_ID_ANY, 0);
	if (mp == NULL) {
		fprintf(stderr, "mempool perf: create: %s\n",
			rte_strerror(rte_errno));
		return NULL;
	}
	ret = rte_mempool_set_ops_byname(mp, handler, NULL);
	if (ret == 0)
		ret = rte_mempool_populate_default(mp);
	if (ret < 0) {
		fprintf(stderr, "mempool perf: pool on %s: %s\n", handler,
			rte_strerror(-ret));
		rte_mempool_free(mp);
		return NULL;
	}
	return mp;
}

/* Keep only the configurations an environment variable names, if set. */
static int
perf_skip(const char *var, unsigned int value)
{
	const char *e = getenv(var);

	return e != NULL && e[0] != '\0' && (unsigned int)atoi(e) != value;
}

int
mempool_perf_bench(const char *handler, double seconds)
{
	static const unsigned int caches[] = {0, RTE_MEMPOOL_CACHE_MAX_SIZE};
	static const unsigned int core_tab[] = {1, 2};
	unsigned int c, k, g, p, kp, n;
	struct perf_cfg cfg;
	uint64_t rate;
	int full;

	cfg.cycles = (uint64_t)(seconds * rte_get_tsc_hz());
	printf("mempool perf: handler %s, %g s per configuration, %u lcores\n",
		handler, seconds, rte_lcore_count());
	printf("%-6s %-6s %-6s %-6s %-6s %14s\n", "cache", "cores", "get",
		"put", "keep", "rate/s");

	for (c = 0; c < RTE_DIM(caches); c++) {
		if (perf_skip("PERF_CACHE", caches[c]))
			continue;
		/* Room for every lcore's keep plus a full cache, like 22.11. */
		n = rte_lcore_count() *
				(MAX_KEEP + RTE_MEMPOOL_CACHE_MAX_SIZE) -
			1;
		cfg.mp = perf_pool_create(handler, n, caches[c]);
		if (cfg.mp == NULL)
			return -1;
		for (k = 0; k < RTE_DIM(core_tab); k++) {
			if (perf_skip("PERF_CORES", core_tab[k]))
				continue;
			if (core_tab[k] > rte_lcore_count()) {
				printf("(%u cores: not enough lcores)\n",
					core_tab[k]);
				continue;
			}
			for (g = 0; g < RTE_DIM(get_bulk_tab); g++)
				for (p = 0; p < RTE_DIM(put_bulk_tab); p++)
					for (kp = 0; kp < RTE_DIM(keep_tab);
						kp++) {
						cfg.n_get_bulk =
							get_bulk_tab[g];
						cfg.n_put_bulk =
							put_bulk_tab[p];
						cfg.n_keep = keep_tab[kp];
						if (perf_skip("PERF_GET",
							    cfg.n_get_bulk) ||
							perf_skip("PERF_PUT",
								cfg.n_put_bulk) ||
							perf_skip("PERF_KEEP",
								cfg.n_keep))
							continue;
						if (run_best(&cfg, core_tab[k],
							    &rate) < 0) {
							fprintf(stderr,
								"mempool perf: "
								"run failed\n");
							rte_mempool_dump(
								stdout, cfg.mp);
							rte_mempool_free(
								cfg.mp);
							return -1;
						}
						printf("%-6u %-6u %-6u %-6u "
						       "%-6u %14" PRIu64 "\n",
							caches[c], core_tab[k],
							cfg.n_get_bulk,
							cfg.n_put_bulk,
							cfg.n_keep, rate);
						printf("RESULT %s "
						       "cache%u_cores%u_get%u_"
						       "put%u_keep%u %.2f\n",
							handler, caches[c],
							core_tab[k],
							cfg.n_get_bulk,
							cfg.n_put_bulk,
							cfg.n_keep,
							(double)rate / 1e6);
						fflush(stdout);
					}
		}
		full = rte_mempool_full(cfg.mp);
		rte_mempool_free(cfg.mp);
		if (!full) {
			fprintf(stderr, "mempool perf: objects lost\n");
			return -1;
		}
	}
	return 0;
}
