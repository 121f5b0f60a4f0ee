/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Mempool handler benchmark: a two-lcore pipeline and plain bulk
 * get/put, per handler.
 *
 * It uses only the DPDK 22.11 public API, so the very same file builds
 * against Debian's libdpdk-dev and against this tree (devtools/bench/
 * compare.sh does both and prints the two side by side). The same
 * object file also gives dpdk-test its mempool_pipeline_perf_autotest
 * and dpdk-handler-rates its pipeline column; mempool_pipeline_main.c
 * is the standalone program.
 *
 * Pipeline: the main lcore takes bursts of objects from the pool,
 * writes a sequence number into each, and hands them through an SP/SC
 * rte_ring to the worker lcore, which checks and writes each object and
 * puts it back into the pool. The pool is large (64K objects of
 * 2 KiB, 128 MiB) so a store that hands back the objects freed longest
 * ago (a FIFO ring) walks the whole pool, while a LIFO store hands back
 * the ones freed a moment ago, still in cache: this is the case the
 * external mempool manager proposal claims a stack wins.
 *
 * Usage: mempool_pipeline <EAL args> -- [-t seconds] [handler ...]
 * Output: one "RESULT <handler> <case> <Mobj/s>" line per measurement,
 * then a readable table.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>
#include <rte_pause.h>
#include <rte_ring.h>

#include "mempool_pipeline.h"

#define BENCH_POOL_SIZE (64 * 1024)
#define BENCH_ELT_SIZE 2048
#define BENCH_PIPE_SIZE 1024
#define BENCH_MAGIC UINT64_C(0x5eed2016c0ffee00)
/* Bursts between two clock reads. */
#define BENCH_BURSTS_PER_CHECK 64

/* Cases measured for every handler, in print order. */
enum bench_case {
	BENCH_PIPE_NOCACHE,
	BENCH_PIPE_CACHE,
	BENCH_BULK_1CORE,
	BENCH_BULK_2CORE,
	BENCH_NB_CASES
};

static const char *const bench_case_names[BENCH_NB_CASES] = {
	[BENCH_PIPE_NOCACHE] = "pipeline_cache0",
	[BENCH_PIPE_CACHE] = "pipeline_cache256",
	[BENCH_BULK_1CORE] = "bulk32_1core",
	[BENCH_BULK_2CORE] = "bulk32_2cores",
};

/* State shared by the lcores of one measurement. */
struct bench_run {
	struct rte_mempool *mp;
	struct rte_ring *pipe;
	uint64_t duration; /* TSC cycles */
	uint32_t start; /* set by the main lcore: go */
	uint32_t stop; /* producer done: drain and quit */
	int mbufs; /* objects are mbufs */
	uint64_t t_start;
	uint64_t t_end;
	uint64_t done[RTE_MAX_LCORE]; /* objects each lcore processed */
	uint64_t errors; /* wrong contents seen by the consumer */
};

static void
bench_wait_start(struct bench_run *run)
{
	while (__atomic_load_n(&run->start, __ATOMIC_ACQUIRE) == 0)
		rte_pause();
}

/* Where the stamps of an object go: not over an mbuf's header. */
static __rte_always_inline uint64_t *
bench_stamp(void *obj, const int mbufs)
{
	if (mbufs)
		return rte_pktmbuf_mtod((struct rte_mbuf *)obj, uint64_t *);
	return obj;
}

/*
 * Producer side of the pipeline; runs on the main lcore. `mbufs` is a
 * constant in each caller, so each gets a loop without the test.
 */
static __rte_always_inline void
bench_produce(struct bench_run *run, const int mbufs)
{
	void *objs[BENCH_BURST];
	uint64_t seq = 0, end;
	unsigned int i, k, sent;
	int ret;

	end = run->t_start + run->duration;
	do {
		for (k = 0; k < BENCH_BURSTS_PER_CHECK; k++) {
			if (mbufs)
				ret = rte_pktmbuf_alloc_bulk(run->mp,
					(struct rte_mbuf **)objs, BENCH_BURST);
			else
				ret = rte_mempool_get_bulk(
					run->mp, objs, BENCH_BURST);
			if (ret != 0) {
				/* Everything is in flight: wait for frees. */
				rte_pause();
				continue;
			}
			for (i = 0; i < BENCH_BURST; i++) {
				uint64_t *o = bench_stamp(objs[i], mbufs);

				o[0] = seq++;
				o[1] = BENCH_MAGIC;
			}
			for (sent = 0; sent < BENCH_BURST;)
				sent += rte_ring_sp_enqueue_burst(run->pipe,
					objs + sent, BENCH_BURST - sent, NULL);
		}
	} while (rte_get_timer_cycles() < end);
	run->done[rte_lcore_id()] = seq;
	__atomic_store_n(&run->stop, 1, __ATOMIC_RELEASE);
}

static void
bench_producer(struct bench_run *run)
{
	if (run->mbufs)
		bench_produce(run, 1);
	else
		bench_produce(run, 0);
}

/* Consumer side of the pipeline; runs on a worker lcore. */
static __rte_always_inline void
bench_consume(struct bench_run *run, const int mbufs)
{
	void *objs[BENCH_BURST];
	uint64_t expect = 0;
	unsigned int i, n;

	for (;;) {
		n = rte_ring_sc_dequeue_burst(
			run->pipe, objs, BENCH_BURST, NULL);
		if (n == 0) {
			/* stop is released after the producer's last
			 * enqueue: one more look finds anything left. */
			if (__atomic_load_n(&run->stop, __ATOMIC_ACQUIRE) ==
				0) {
				rte_pause();
				continue;
			}
			n = rte_ring_sc_dequeue_burst(
				run->pipe, objs, BENCH_BURST, NULL);
			if (n == 0)
				break;
		}
		for (i = 0; i < n; i++) {
			uint64_t *o = bench_stamp(objs[i], mbufs);

			if (o[0] != expect || o[1] != BENCH_MAGIC)
				run->errors++;
			o[2] = ~expect;
			expect++;
		}
		if (mbufs)
			rte_pktmbuf_free_bulk((struct rte_mbuf **)objs, n);
		else
			rte_mempool_put_bulk(run->mp, objs, n);
	}
	run->t_end = rte_get_timer_cycles();
	run->done[rte_lcore_id()] = expect;
}

static int
bench_consumer(void *arg)
{
	struct bench_run *run = arg;

	bench_wait_start(run);
	if (run->mbufs)
		bench_consume(run, 1);
	else
		bench_consume(run, 0);
	return 0;
}

/* Plain get/put of bursts, touching each object; any lcore. */
static int
bench_bulk(void *arg)
{
	struct bench_run *run = arg;
	void *objs[BENCH_BURST];
	uint64_t n = 0, end;
	unsigned int i, k;

	bench_wait_start(run);
	end = run->t_start + run->duration;
	do {
		for (k = 0; k < BENCH_BURSTS_PER_CHECK; k++) {
			if (rte_mempool_get_bulk(run->mp, objs, BENCH_BURST) !=
				0) {
				run->errors++;
				continue;
			}
			for (i = 0; i < BENCH_BURST; i++)
				*(uint64_t *)objs[i] = n + i;
			rte_mempool_put_bulk(run->mp, objs, BENCH_BURST);
			n += BENCH_BURST;
		}
	} while (rte_get_timer_cycles() < end);
	run->done[rte_lcore_id()] = n;
	return 0;
}

/* Objects of mp that are neither in its store nor in a cache. */
static int
bench_check_full(struct bench_run *run, const char *what)
{
	if (rte_mempool_avail_count(run->mp) == run->mp->size)
		return 0;
	fprintf(stderr, "bench: %s: %u of %u objects back\n", what,
		rte_mempool_avail_count(run->mp), run->mp->size);
	return -1;
}

static double
bench_rate(const struct bench_run *run, uint64_t total)
{
	uint64_t cycles = run->t_end - run->t_start;

	return cycles == 0 ? 0.0
			   : (double)total * rte_get_timer_hz() / cycles / 1e6;
}

double
bench_pipeline_measure(
	struct rte_mempool *mp, unsigned int worker, double seconds, int mbufs)
{
	static struct bench_run run;
	uint64_t total;

	memset(&run, 0, sizeof(run));
	run.mp = mp;
	run.mbufs = mbufs;
	run.duration = (uint64_t)(seconds * rte_get_timer_hz());
	run.pipe = rte_ring_create("bench_pipe", BENCH_PIPE_SIZE, SOCKET_ID_ANY,
		RING_F_SP_ENQ | RING_F_SC_DEQ);
	if (run.pipe == NULL) {
		fprintf(stderr, "bench: cannot create ring: %s\n",
			rte_strerror(rte_errno));
		return -1;
	}
	if (rte_eal_remote_launch(bench_consumer, &run, worker) != 0) {
		fprintf(stderr, "bench: lcore %u is busy\n", worker);
		rte_ring_free(run.pipe);
		return -1;
	}
	run.t_start = rte_get_timer_cycles();
	__atomic_store_n(&run.start, 1, __ATOMIC_RELEASE);
	bench_producer(&run);
	rte_eal_wait_lcore(worker);
	rte_ring_free(run.pipe);

	/* What the producer sent is what the consumer freed. */
	total = run.done[worker];
	if (total != run.done[rte_lcore_id()])
		run.errors++;
	if (bench_check_full(&run, mp->name) < 0)
		run.errors++;
	if (run.errors != 0) {
		fprintf(stderr, "bench: pipeline on %s: %" PRIu64 " errors\n",
			mp->name, run.errors);
		return -1;
	}
	return bench_rate(&run, total);
}

/* Bulk get/put on the calling lcore and, if worker is one, on it too. */
static double
bench_bulk_measure(struct rte_mempool *mp, unsigned int worker, double seconds)
{
	static struct bench_run run;
	uint64_t total = 0;
	unsigned int lcore;

	memset(&run, 0, sizeof(run));
	run.mp = mp;
	run.duration = (uint64_t)(seconds * rte_get_timer_hz());
	if (worker < RTE_MAX_LCORE &&
		rte_eal_remote_launch(bench_bulk, &run, worker) != 0) {
		fprintf(stderr, "bench: lcore %u is busy\n", worker);
		return -1;
	}
	run.t_start = rte_get_timer_cycles();
	__atomic_store_n(&run.start, 1, __ATOMIC_RELEASE);
	bench_bulk(&run);
	if (worker < RTE_MAX_LCORE)
		rte_eal_wait_lcore(worker);
	run.t_end = rte_get_timer_cycles();
	RTE_LCORE_FOREACH(lcore)
		total += run.done[lcore];
	if (bench_check_full(&run, mp->name) < 0)
		run.errors++;
	if (run.errors != 0) {
		fprintf(stderr, "bench: bulk on %s: %" PRIu64 " errors\n",
			mp->name, run.errors);
		return -1;
	}
	return bench_rate(&run, total);
}

static struct rte_mempool *
bench_pool_create(const char *handler, unsigned int cache_size)
{
	struct rte_mempool *mp;
	int ret;

	mp = rte_mempool_create_empty("bench_pool", BENCH_POOL_SIZE,
		BENCH_ELT_SIZE, cache_size, 0, SOCKET_ID_ANY, 0);
	if (mp == NULL) {
		fprintf(stderr, "bench: cannot create pool: %s\n",
			rte_strerror(rte_errno));
		return NULL;
	}
	ret = rte_mempool_set_ops_byname(mp, handler, NULL);
	if (ret != 0) {
		fprintf(stderr, "bench: no handler \"%s\": %s\n", handler,
			rte_strerror(-ret));
		rte_mempool_free(mp);
		return NULL;
	}
	ret = rte_mempool_populate_default(mp);
	if (ret < 0) {
		fprintf(stderr, "bench: cannot populate pool on %s: %s\n",
			handler, rte_strerror(-ret));
		rte_mempool_free(mp);
		return NULL;
	}
	return mp;
}

/*
 * Measure one case on one handler. Returns the rate in millions of
 * objects per second (taken and returned), or a negative value.
 */
static double
bench_case_run(const char *handler, enum bench_case c, double seconds)
{
	struct rte_mempool *mp;
	unsigned int worker;
	double rate;

	worker = rte_get_next_lcore(rte_lcore_id(), 1, 0);
	if ((c != BENCH_BULK_1CORE) && worker >= RTE_MAX_LCORE) {
		fprintf(stderr, "bench: %s needs two lcores\n",
			bench_case_names[c]);
		return -1;
	}
	mp = bench_pool_create(
		handler, c == BENCH_PIPE_CACHE ? BENCH_CACHE : 0);
	if (mp == NULL)
		return -1;
	if (c == BENCH_PIPE_NOCACHE || c == BENCH_PIPE_CACHE)
		rate = bench_pipeline_measure(mp, worker, seconds, 0);
	else
		rate = bench_bulk_measure(mp,
			c == BENCH_BULK_2CORE ? worker : RTE_MAX_LCORE,
			seconds);
	rte_mempool_free(mp);
	if (rate < 0)
		fprintf(stderr, "bench: %s %s failed\n", handler,
			bench_case_names[c]);
	return rate;
}

/*
 * Run every case on every handler and print the results. Returns 0,
 * or -1 if a measurement failed (the others are still printed).
 */
int
mempool_pipeline_bench(
	const char *const *handlers, unsigned int nb, double seconds)
{
	double rates[BENCH_MAX_HANDLERS][BENCH_NB_CASES];
	unsigned int h, c;
	int ret = 0;

	if (nb > BENCH_MAX_HANDLERS)
		nb = BENCH_MAX_HANDLERS;
	for (h = 0; h < nb; h++) {
		for (c = 0; c < BENCH_NB_CASES; c++) {
			rates[h][c] = bench_case_run(handlers[h], c, seconds);
			if (rates[h][c] < 0)
				ret = -1;
			printf("RESULT %s %s %.2f\n", handlers[h],
				bench_case_names[c], rates[h][c]);
			fflush(stdout);
		}
	}

	printf("\nMobj/s (objects taken and returned per second), "
	       "pool %u x %u B, burst %u\n",
		BENCH_POOL_SIZE, BENCH_ELT_SIZE, BENCH_BURST);
	printf("%-12s", "handler");
	for (c = 0; c < BENCH_NB_CASES; c++)
		printf(" %18s", bench_case_names[c]);
	printf("\n");
	for (h = 0; h < nb; h++) {
		printf("%-12s", handlers[h]);
		for (c = 0; c < BENCH_NB_CASES; c++)
			printf(" %18.2f", rates[h][c]);
		printf("\n");
	}
	fflush(stdout);
	return ret;
}
