/* Same harness as app/test/test_mempool_perf.c, built against Debian's
 * DPDK 22.11 so both libraries run the identical loop. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <rte_eal.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mempool.h>
#include <rte_pause.h>

#define MAX_KEEP 128
#define ELT_SIZE 2048
#define N_PER_ROUND 65536
static const unsigned int get_bulk_tab[] = {1, 4, 32};
static const unsigned int put_bulk_tab[] = {1, 4, 32};
static const unsigned int keep_tab[] = {32, 128};
struct perf_cfg { struct rte_mempool *mp; unsigned int n_get_bulk, n_put_bulk, n_keep; uint64_t cycles; };
struct perf_lcore { uint64_t objs; int err; } __rte_cache_aligned;
static struct perf_lcore lcore_res[RTE_MAX_LCORE];
static unsigned int ready, n_started;

static int perf_loop(void *arg)
{
	const struct perf_cfg *cfg = arg;
	struct rte_mempool *mp = cfg->mp;
	struct rte_mempool_cache *cache = rte_mempool_default_cache(mp, rte_lcore_id());
	struct perf_lcore *res = &lcore_res[rte_lcore_id()];
	void *objs[MAX_KEEP];
	unsigned int rounds = N_PER_ROUND / cfg->n_keep;
	const unsigned int n_get = cfg->n_get_bulk, n_put = cfg->n_put_bulk, keep = cfg->n_keep;
	uint64_t start, done = 0;
	unsigned int i, idx;

	__atomic_fetch_add(&ready, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(&ready, __ATOMIC_ACQUIRE) < n_started)
		rte_pause();
	start = rte_rdtsc();
	while (rte_rdtsc() - start < cfg->cycles) {
		for (i = 0; i < rounds; i++) {
			for (idx = 0; idx < keep; idx += n_get)
				if (unlikely(rte_mempool_generic_get(mp, &objs[idx], n_get, cache) < 0)) {
					res->err = 1;
					return -1;
				}
			for (idx = 0; idx < keep; idx += n_put)
				rte_mempool_generic_put(mp, &objs[idx], n_put, cache);
		}
		done += (uint64_t)rounds * keep;
	}
	res->objs = done;
	return 0;
}

static int run_config(struct perf_cfg *cfg, unsigned int cores, uint64_t *rate)
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
	perf_loop(cfg);
	rte_eal_mp_wait_lcore();
	RTE_LCORE_FOREACH(lcore) {
		if (lcore_res[lcore].err)
			return -1;
		total += lcore_res[lcore].objs;
	}
	*rate = total * rte_get_tsc_hz() / cfg->cycles;
	RTE_LCORE_FOREACH(lcore)
		rte_mempool_cache_flush(rte_mempool_default_cache(cfg->mp, lcore), cfg->mp);
	return 0;
}

int main(int argc, char **argv)
{
	static const unsigned int caches[] = {0, RTE_MEMPOOL_CACHE_MAX_SIZE};
	static const unsigned int core_tab[] = {1, 2};
	const char *e = getenv("MEMPOOL_PERF_DURATION");
	long seconds = e ? atol(e) : 1;
	unsigned int c, k, g, p, kp, n;
	struct perf_cfg cfg;
	uint64_t rate;

	if (rte_eal_init(argc, argv) < 0)
		return 1;
	if (seconds <= 0)
		seconds = 1;
	cfg.cycles = (uint64_t)seconds * rte_get_tsc_hz();
	printf("%-6s %-6s %-6s %-6s %-6s %14s\n", "cache", "cores", "get", "put", "keep", "rate/s");
	for (c = 0; c < RTE_DIM(caches); c++) {
		n = rte_lcore_count() * (MAX_KEEP + RTE_MEMPOOL_CACHE_MAX_SIZE) - 1;
		cfg.mp = rte_mempool_create("perf_test", n, ELT_SIZE, caches[c], 0, NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0);
		if (cfg.mp == NULL)
			return 2;
		if (getenv("PERF_CACHE") && (unsigned)atoi(getenv("PERF_CACHE")) != caches[c])
			goto next;
		for (k = 0; k < RTE_DIM(core_tab); k++) {
			if (getenv("PERF_CORES") && (unsigned)atoi(getenv("PERF_CORES")) != core_tab[k])
				continue;
			for (g = 0; g < RTE_DIM(get_bulk_tab); g++)
				for (p = 0; p < RTE_DIM(put_bulk_tab); p++)
					for (kp = 0; kp < RTE_DIM(keep_tab); kp++) {
						cfg.n_get_bulk = get_bulk_tab[g];
						cfg.n_put_bulk = put_bulk_tab[p];
						cfg.n_keep = keep_tab[kp];
						if (run_config(&cfg, core_tab[k], &rate) < 0)
							return 3;
						printf("%-6u %-6u %-6u %-6u %-6u %14" PRIu64 "\n", caches[c], core_tab[k],
							cfg.n_get_bulk, cfg.n_put_bulk, cfg.n_keep, rate);
						fflush(stdout);
					}
		}
next:
		rte_mempool_free(cfg.mp);
	}
	rte_eal_cleanup();
	return 0;
}
