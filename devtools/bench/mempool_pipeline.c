/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Mempool handler benchmark: a two-lcore pipeline and plain bulk
 * get/put, per handler.
 *
 * It uses only the DPDK 22.11 public API, so the very same file builds
 * against Debian's libdpdk-dev and against this tree (devtools/bench/
 * compare.sh does both and prints the two side by side). dpdk-test also
 * includes it, with MEMPOOL_PIPELINE_NO_MAIN defined, to provide
 * mempool_pipeline_perf_autotest.
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
#include <rte_mempool.h>
#include <rte_pause.h>
#include <rte_ring.h>

#define BENCH_POOL_SIZE (64 * 1024)
#define BENCH_ELT_SIZE 2048
#define BENCH_BURST 32
#define BENCH_PIPE_SIZE 1024
#define BENCH_CACHE 256
#define BENCH_MAGIC UINT64_C(0x5eed2016c0ffee00)
#define BENCH_MAX_HANDLERS 16

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

/* Producer side of the pipeline; runs on the main lcore. */
static int
bench_producer(struct bench_run *run)
{
	void *objs[BENCH_BURST];
	uint64_t seq = 0, end;
	unsigned int i, sent;

	end = run->t_start + run->duration;
	while (rte_get_timer_cycles() < end) {
		if (rte_mempool_get_bulk(run->mp, objs, BENCH_BURST) != 0) {
			/* Everything is in flight: wait for frees. */
			rte_pause();
			continue;
		}
		for (i = 0; i < BENCH_BURST; i++) {
			uint64_t *o = objs[i];

			o[0] = seq++;
			o[1] = BENCH_MAGIC;
		}
		for (sent = 0; sent < BENCH_BURST;)
			sent += rte_ring_sp_enqueue_burst(run->pipe,
				objs + sent, BENCH_BURST - sent, NULL);
	}
	run->done[rte_lcore_id()] = seq;
	__atomic_store_n(&run->stop, 1, __ATOMIC_RELEASE);
	return 0;
}

/* Consumer side of the pipeline; runs on a worker lcore. */
static int
bench_consumer(void *arg)
{
	struct bench_run *run = arg;
	void *objs[BENCH_BURST];
	uint64_t expect = 0;
	unsigned int i, n;

	bench_wait_start(run);
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
			uint64_t *o = objs[i];

			if (o[0] != expect || o[1] != BENCH_MAGIC)
				run->errors++;
			o[2] = ~expect;
			expect++;
		}
		rte_mempool_put_bulk(run->mp, objs, n);
	}
	run->t_end = rte_get_timer_cycles();
	run->done[rte_lcore_id()] = expect;
	return 0;
}

/* Plain get/put of bursts, touching each object; any lcore. */
static int
bench_bulk(void *arg)
{
	struct bench_run *run = arg;
	void *objs[BENCH_BURST];
	uint64_t n = 0, end;
	unsigned int i;

	bench_wait_start(run);
	end = run->t_start + run->duration;
	while (rte_get_timer_cycles() < end) {
		if (rte_mempool_get_bulk(run->mp, objs, BENCH_BURST) != 0) {
			run->errors++;
			continue;
		}
		for (i = 0; i < BENCH_BURST; i++)
			*(uint64_t *)objs[i] = n + i;
		rte_mempool_put_bulk(run->mp, objs, BENCH_BURST);
		n += BENCH_BURST;
	}
	run->done[rte_lcore_id()] = n;
	return 0;
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
	static struct bench_run run;
	unsigned int worker, lcore, cache;
	uint64_t total = 0, cycles;
	double rate;

	worker = rte_get_next_lcore(rte_lcore_id(), 1, 0);
	if ((c != BENCH_BULK_1CORE) && worker >= RTE_MAX_LCORE) {
		fprintf(stderr, "bench: %s needs two lcores\n",
			bench_case_names[c]);
		return -1;
	}

	memset(&run, 0, sizeof(run));
	cache = c == BENCH_PIPE_CACHE ? BENCH_CACHE : 0;
	run.mp = bench_pool_create(handler, cache);
	if (run.mp == NULL)
		return -1;
	if (c == BENCH_PIPE_NOCACHE || c == BENCH_PIPE_CACHE) {
		run.pipe = rte_ring_create("bench_pipe", BENCH_PIPE_SIZE,
			SOCKET_ID_ANY, RING_F_SP_ENQ | RING_F_SC_DEQ);
		if (run.pipe == NULL) {
			fprintf(stderr, "bench: cannot create ring: %s\n",
				rte_strerror(rte_errno));
			rte_mempool_free(run.mp);
			return -1;
		}
	}
	run.duration = (uint64_t)(seconds * rte_get_timer_hz());

	if (run.pipe != NULL)
		rte_eal_remote_launch(bench_consumer, &run, worker);
	else if (c == BENCH_BULK_2CORE)
		rte_eal_remote_launch(bench_bulk, &run, worker);

	run.t_start = rte_get_timer_cycles();
	__atomic_store_n(&run.start, 1, __ATOMIC_RELEASE);
	if (run.pipe != NULL) {
		bench_producer(&run);
	} else {
		bench_bulk(&run);
		run.t_end = rte_get_timer_cycles();
	}
	if (c != BENCH_BULK_1CORE)
		rte_eal_wait_lcore(worker);
	if (c == BENCH_BULK_2CORE && run.t_end < rte_get_timer_cycles())
		run.t_end = rte_get_timer_cycles();

	if (run.pipe != NULL) {
		/* What the producer sent is what the consumer freed. */
		total = run.done[worker];
		if (total != run.done[rte_lcore_id()])
			run.errors++;
	} else {
		RTE_LCORE_FOREACH(lcore)
			total += run.done[lcore];
	}
	if (rte_mempool_avail_count(run.mp) != BENCH_POOL_SIZE) {
		fprintf(stderr, "bench: %s %s: %u of %u objects back\n",
			handler, bench_case_names[c],
			rte_mempool_avail_count(run.mp), BENCH_POOL_SIZE);
		run.errors++;
	}
	cycles = run.t_end - run.t_start;
	rate = cycles == 0 ? 0.0
			   : (double)total * rte_get_timer_hz() / cycles / 1e6;

	rte_ring_free(run.pipe);
	rte_mempool_free(run.mp);
	if (run.errors != 0) {
		fprintf(stderr, "bench: %s %s: %" PRIu64 " errors\n", handler,
			bench_case_names[c], run.errors);
		return -1;
	}
	return rate;
}

/*
 * Run every case on every handler and print the results. Returns 0,
 * or -1 if a measurement failed (the others are still printed).
 */
static int
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

#ifndef MEMPOOL_PIPELINE_NO_MAIN
#include "bench_args.h"

int
main(int argc, char **argv)
{
	static const char *const def_handlers[] = {
		"ring_mp_mc", "stack", "lf_stack"};
	const char *const *handlers = def_handlers;
	unsigned int nb = RTE_DIM(def_handlers);
	double seconds = 1.0;
	int ret;

	if (bench_init(argc, argv, &seconds, &handlers, &nb) < 0)
		return 1;
	ret = mempool_pipeline_bench(handlers, nb, seconds);
	rte_eal_cleanup();
	return ret == 0 ? 0 : 1;
}
#endif
