/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * ring_perf_autotest: cycles per object of enqueue + dequeue, printed
 * in the layout of DPDK 22.11's test so the two can be compared line
 * by line:
 *  - one core: single objects, bursts and bulks of 8 and 32, dequeue
 *    from an empty ring; like DPDK's, the figure is per enqueue +
 *    dequeue call pair, and the per-object cost follows in brackets;
 *  - two cores: one enqueues, the other dequeues (bulks of 8 and 32);
 *    the figure is enqueue cost + dequeue cost per object;
 *  - both cores doing enqueue + dequeue for 100 ms: operation counts.
 * Each for SP/SC and MP/MC, with pointers ("legacy APIs") and with
 * 16-byte elements ("elem APIs"); then burst, bulk and two-core rows
 * for MP_RTS/MC_RTS and MP_HTS/MC_HTS rings, in the same format.
 */

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>

#include "test.h"

#define RING_SIZE 4096
#define MAX_BURST 32
#define TIME_MS 100

/* Volatile, as in DPDK's test: the sizes must not fold into the code. */
static const volatile unsigned int bulk_sizes[] = {8, 32};

/* Objects moved by the benchmarks: room for MAX_BURST of 16 bytes. */
struct perf_buf {
	uint64_t w[MAX_BURST * 2];
} __rte_cache_aligned;

enum perf_kind { PERF_SINGLE, PERF_BURST, PERF_BULK };

/* Sync mode of a run: the "mt" argument below (0 SP/SC, 1 MP/MC). */
#define PERF_RTS 2
#define PERF_HTS 3

static const char *const mode_names[] = {
	"SP/SC", "MP/MC", "MP_RTS/MC_RTS", "MP_HTS/MC_HTS"};

/*
 * One enqueue with everything but r, obj and n known at compile time,
 * so each benchmark loop is as tight as application code would be.
 */
static __rte_always_inline unsigned int
perf_enq(struct rte_ring *r, void *obj, unsigned int esize, unsigned int n,
	int mt, enum perf_kind kind)
{
	if (mt == PERF_RTS)
		return kind == PERF_BURST ? rte_ring_mp_rts_enqueue_burst_elem(
						    r, obj, esize, n, NULL)
					  : rte_ring_mp_rts_enqueue_bulk_elem(
						    r, obj, esize, n, NULL);
	if (mt == PERF_HTS)
		return kind == PERF_BURST ? rte_ring_mp_hts_enqueue_burst_elem(
						    r, obj, esize, n, NULL)
					  : rte_ring_mp_hts_enqueue_bulk_elem(
						    r, obj, esize, n, NULL);
	if (esize == sizeof(void *)) {
		if (kind == PERF_SINGLE)
			return mt ? rte_ring_mp_enqueue(r, *(void **)obj) == 0
				  : rte_ring_sp_enqueue(r, *(void **)obj) == 0;
		if (kind == PERF_BURST)
			return mt ? rte_ring_mp_enqueue_burst(r, obj, n, NULL)
				  : rte_ring_sp_enqueue_burst(r, obj, n, NULL);
		return mt ? rte_ring_mp_enqueue_bulk(r, obj, n, NULL)
			  : rte_ring_sp_enqueue_bulk(r, obj, n, NULL);
	}
	if (kind == PERF_SINGLE)
		return mt ? rte_ring_mp_enqueue_elem(r, obj, esize) == 0
			  : rte_ring_sp_enqueue_elem(r, obj, esize) == 0;
	if (kind == PERF_BURST)
		return mt
			? rte_ring_mp_enqueue_burst_elem(r, obj, esize, n, NULL)
			: rte_ring_sp_enqueue_burst_elem(
				  r, obj, esize, n, NULL);
	return mt ? rte_ring_mp_enqueue_bulk_elem(r, obj, esize, n, NULL)
		  : rte_ring_sp_enqueue_bulk_elem(r, obj, esize, n, NULL);
}

static __rte_always_inline unsigned int
perf_deq(struct rte_ring *r, void *obj, unsigned int esize, unsigned int n,
	int mt, enum perf_kind kind)
{
	if (mt == PERF_RTS)
		return kind == PERF_BURST ? rte_ring_mc_rts_dequeue_burst_elem(
						    r, obj, esize, n, NULL)
					  : rte_ring_mc_rts_dequeue_bulk_elem(
						    r, obj, esize, n, NULL);
	if (mt == PERF_HTS)
		return kind == PERF_BURST ? rte_ring_mc_hts_dequeue_burst_elem(
						    r, obj, esize, n, NULL)
					  : rte_ring_mc_hts_dequeue_bulk_elem(
						    r, obj, esize, n, NULL);
	if (esize == sizeof(void *)) {
		if (kind == PERF_SINGLE)
			return mt ? rte_ring_mc_dequeue(r, obj) == 0
				  : rte_ring_sc_dequeue(r, obj) == 0;
		if (kind == PERF_BURST)
			return mt ? rte_ring_mc_dequeue_burst(r, obj, n, NULL)
				  : rte_ring_sc_dequeue_burst(r, obj, n, NULL);
		return mt ? rte_ring_mc_dequeue_bulk(r, obj, n, NULL)
			  : rte_ring_sc_dequeue_bulk(r, obj, n, NULL);
	}
	if (kind == PERF_SINGLE)
		return mt ? rte_ring_mc_dequeue_elem(r, obj, esize) == 0
			  : rte_ring_sc_dequeue_elem(r, obj, esize) == 0;
	if (kind == PERF_BURST)
		return mt
			? rte_ring_mc_dequeue_burst_elem(r, obj, esize, n, NULL)
			: rte_ring_sc_dequeue_burst_elem(
				  r, obj, esize, n, NULL);
	return mt ? rte_ring_mc_dequeue_bulk_elem(r, obj, esize, n, NULL)
		  : rte_ring_sc_dequeue_bulk_elem(r, obj, esize, n, NULL);
}

/* Cycles per n-object enqueue + dequeue pair on one core. */
static __rte_always_inline double
perf_loop(struct rte_ring *r, unsigned int esize, unsigned int n, int mt,
	enum perf_kind kind, unsigned int iterations)
{
	static struct perf_buf buf;
	uint64_t start, end;
	unsigned int i;

	start = rte_rdtsc();
	for (i = 0; i < iterations; i++) {
		perf_enq(r, &buf, esize, n, mt, kind);
		perf_deq(r, &buf, esize, n, mt, kind);
	}
	end = rte_rdtsc();
	return (double)(end - start) / iterations;
}

/* Print a one-core figure: per call pair, then per object. */
static void
perf_print(const char *api, const char *mode, const char *kind, unsigned int n,
	double cycles)
{
	if (n == 0)
		printf("%s: %s: single: %.2F\n", api, mode, cycles);
	else
		printf("%s: %s: %s (size: %u): %.2F (%.2F per object)\n", api,
			mode, kind, n, cycles, cycles / n);
}

/* Cycles per dequeue attempt on an empty ring. */
static __rte_always_inline double
perf_empty(struct rte_ring *r, unsigned int esize, int mt)
{
	const unsigned int iterations = 1u << 26;
	static struct perf_buf buf;
	uint64_t start, end;
	unsigned int i;

	start = rte_rdtsc();
	for (i = 0; i < iterations; i++)
		perf_deq(r, &buf, esize, bulk_sizes[0], mt, PERF_BULK);
	end = rte_rdtsc();
	return (double)(end - start) / iterations;
}

static const char *
api_name(unsigned int esize)
{
	return esize == sizeof(void *) ? "legacy APIs"
				       : "elem APIs: element size 16B";
}

/* The one-core sections; esize a literal at each call. */
static __rte_always_inline void
perf_one_core(struct rte_ring *r, unsigned int esize)
{
	const char *api = api_name(esize);
	unsigned int s;

	printf("\n### Testing single element enq/deq ###\n");
	perf_print(api, "SP/SC", "single", 0,
		perf_loop(r, esize, 1, 0, PERF_SINGLE, 1u << 24));
	perf_print(api, "MP/MC", "single", 0,
		perf_loop(r, esize, 1, 1, PERF_SINGLE, 1u << 24));

	printf("\n### Testing burst enq/deq ###\n");
	for (s = 0; s < RTE_DIM(bulk_sizes); s++)
		perf_print(api, "SP/SC", "burst", bulk_sizes[s],
			perf_loop(r, esize, bulk_sizes[s], 0, PERF_BURST,
				1u << 23));
	for (s = 0; s < RTE_DIM(bulk_sizes); s++)
		perf_print(api, "MP/MC", "burst", bulk_sizes[s],
			perf_loop(r, esize, bulk_sizes[s], 1, PERF_BURST,
				1u << 23));

	printf("\n### Testing bulk enq/deq ###\n");
	for (s = 0; s < RTE_DIM(bulk_sizes); s++)
		perf_print(api, "SP/SC", "bulk", bulk_sizes[s],
			perf_loop(r, esize, bulk_sizes[s], 0, PERF_BULK,
				1u << 23));
	for (s = 0; s < RTE_DIM(bulk_sizes); s++)
		perf_print(api, "MP/MC", "bulk", bulk_sizes[s],
			perf_loop(r, esize, bulk_sizes[s], 1, PERF_BULK,
				1u << 23));

	printf("\n### Testing empty bulk deq ###\n");
	printf("%s: SP/SC: bulk (size: 8): %.2F\n", api,
		perf_empty(r, esize, 0));
	printf("%s: MP/MC: bulk (size: 8): %.2F\n", api,
		perf_empty(r, esize, 1));
}

/* Two-core runs: one side enqueues, the other dequeues. */
struct pair_arg {
	struct rte_ring *r __rte_cache_aligned;
	unsigned int esize;
	unsigned int size;
	int mt;
	int enq;
	double avg; /* cycles per object */
};

static unsigned int pair_ready;

static __rte_always_inline void
pair_body(struct pair_arg *p, unsigned int esize, int mt)
{
	const unsigned int iterations = 1u << 23;
	static __thread struct perf_buf buf;
	/* Locals: p sits next to the other thread's data. */
	struct rte_ring *r = p->r;
	const unsigned int size = p->size;
	uint64_t start, end;
	unsigned int i;

	/* Start together so neither side times the other's start-up. */
	__atomic_fetch_add(&pair_ready, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(&pair_ready, __ATOMIC_ACQUIRE) < 2)
		rte_pause();

	start = rte_rdtsc();
	if (p->enq) {
		for (i = 0; i < iterations; i++)
			while (perf_enq(r, &buf, esize, size, mt, PERF_BULK) ==
				0)
				rte_pause();
	} else {
		for (i = 0; i < iterations; i++)
			while (perf_deq(r, &buf, esize, size, mt, PERF_BULK) ==
				0)
				rte_pause();
	}
	end = rte_rdtsc();
	p->avg = (double)(end - start) / ((double)iterations * size);
}

static int
pair_lcore(void *arg)
{
	struct pair_arg *p = arg;

	/* Literal arguments, so each variant is compiled on its own. */
	if (p->esize == sizeof(void *)) {
		if (p->mt == PERF_RTS)
			pair_body(p, sizeof(void *), PERF_RTS);
		else if (p->mt == PERF_HTS)
			pair_body(p, sizeof(void *), PERF_HTS);
		else if (p->mt)
			pair_body(p, sizeof(void *), 1);
		else
			pair_body(p, sizeof(void *), 0);
	} else {
		if (p->mt == PERF_RTS)
			pair_body(p, 16, PERF_RTS);
		else if (p->mt == PERF_HTS)
			pair_body(p, 16, PERF_HTS);
		else if (p->mt)
			pair_body(p, 16, 1);
		else
			pair_body(p, 16, 0);
	}
	return 0;
}

static int
perf_two_cores(
	struct rte_ring *r, unsigned int esize, int first_mode, int last_mode)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	static struct pair_arg enq, deq;
	unsigned int s;
	int mt;

	printf("\n### Testing using two physical cores ###\n");
	for (s = 0; s < RTE_DIM(bulk_sizes); s++) {
		for (mt = first_mode; mt <= last_mode; mt++) {
			enq = (struct pair_arg){
				r, esize, bulk_sizes[s], mt, 1, 0};
			deq = (struct pair_arg){
				r, esize, bulk_sizes[s], mt, 0, 0};
			pair_ready = 0;
			if (rte_eal_remote_launch(pair_lcore, &enq, worker) !=
				0)
				return -1;
			pair_lcore(&deq);
			rte_eal_wait_lcore(worker);
			printf("%s: %s: bulk (size: %u): %.2F\n",
				api_name(esize), mode_names[mt], bulk_sizes[s],
				enq.avg + deq.avg);
		}
	}
	return 0;
}

/* Both cores enqueue + dequeue for TIME_MS: how many rounds each. */
struct load_arg {
	struct rte_ring *r __rte_cache_aligned;
	unsigned int esize;
	unsigned int size;
	uint64_t count;
};

static int
load_lcore(void *arg)
{
	struct load_arg *l = arg;
	static __thread struct perf_buf buf;
	struct rte_ring *r = l->r;
	const unsigned int size = l->size;
	uint64_t hz = rte_get_tsc_hz(), start, count = 0;

	__atomic_fetch_add(&pair_ready, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(&pair_ready, __ATOMIC_ACQUIRE) < 2)
		rte_pause();
	start = rte_rdtsc();
	while (rte_rdtsc() - start < hz * TIME_MS / 1000) {
		if (l->esize == sizeof(void *)) {
			perf_enq(r, &buf, sizeof(void *), size, 1, PERF_BULK);
			perf_deq(r, &buf, sizeof(void *), size, 1, PERF_BULK);
		} else {
			perf_enq(r, &buf, 16, size, 1, PERF_BULK);
			perf_deq(r, &buf, 16, size, 1, PERF_BULK);
		}
		count++;
	}
	l->count = count;
	return 0;
}

static int
perf_load(struct rte_ring *r, unsigned int esize)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	static struct load_arg l[2];
	unsigned int s;

	printf("\n### Testing using all worker nodes ###\n");
	for (s = 0; s < RTE_DIM(bulk_sizes); s++) {
		l[0] = (struct load_arg){r, esize, bulk_sizes[s], 0};
		l[1] = l[0];
		pair_ready = 0;
		if (rte_eal_remote_launch(load_lcore, &l[1], worker) != 0)
			return -1;
		load_lcore(&l[0]);
		rte_eal_wait_lcore(worker);
		printf("\nBulk enq/dequeue count on size %u\n", bulk_sizes[s]);
		printf("Core [0] count = %" PRIu64 "\n", l[0].count);
		printf("Core [1] count = %" PRIu64 "\n", l[1].count);
		printf("Total count (size: %u): %" PRIu64 "\n", bulk_sizes[s],
			l[0].count + l[1].count);
	}
	return 0;
}

static int
perf_esize(unsigned int esize)
{
	struct rte_ring *r;
	int ret = 0;

	r = rte_ring_create_elem("perf", esize, RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(r, "cannot create ring: %d", rte_errno);
	if (esize == sizeof(void *))
		perf_one_core(r, sizeof(void *));
	else
		perf_one_core(r, 16);
	if (rte_lcore_count() >= 2)
		ret = perf_two_cores(r, esize, 0, 1) || perf_load(r, esize);
	else
		printf("\n(two-core tests need 2 lcores)\n");
	rte_ring_free(r);
	return ret ? TEST_FAILED : TEST_SUCCESS;
}

/* One sync mode's burst and bulk rows; esize and mode literals. */
static __rte_always_inline void
perf_sync_rows(struct rte_ring *r, unsigned int esize, int mode)
{
	unsigned int s;

	for (s = 0; s < RTE_DIM(bulk_sizes); s++)
		perf_print(api_name(esize), mode_names[mode], "burst",
			bulk_sizes[s],
			perf_loop(r, esize, bulk_sizes[s], mode, PERF_BURST,
				1u << 23));
	for (s = 0; s < RTE_DIM(bulk_sizes); s++)
		perf_print(api_name(esize), mode_names[mode], "bulk",
			bulk_sizes[s],
			perf_loop(r, esize, bulk_sizes[s], mode, PERF_BULK,
				1u << 23));
}

/* The RTS and HTS rows: a ring created in each mode. */
static int
perf_sync_modes(unsigned int esize)
{
	struct rte_ring *rts, *hts;
	int ret = 0;

	rts = rte_ring_create_elem("perf_rts", esize, RING_SIZE, SOCKET_ID_ANY,
		RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ);
	hts = rte_ring_create_elem("perf_hts", esize, RING_SIZE, SOCKET_ID_ANY,
		RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ);
	if (rts == NULL || hts == NULL) {
		printf("cannot create RTS/HTS rings: %d\n", rte_errno);
		ret = -1;
		goto out;
	}
	printf("\n### Testing RTS and HTS sync modes ###\n");
	if (esize == sizeof(void *)) {
		perf_sync_rows(rts, sizeof(void *), PERF_RTS);
		perf_sync_rows(hts, sizeof(void *), PERF_HTS);
	} else {
		perf_sync_rows(rts, 16, PERF_RTS);
		perf_sync_rows(hts, 16, PERF_HTS);
	}
	if (rte_lcore_count() >= 2)
		ret = perf_two_cores(rts, esize, PERF_RTS, PERF_RTS) ||
			perf_two_cores(hts, esize, PERF_HTS, PERF_HTS);
out:
	rte_ring_free(rts);
	rte_ring_free(hts);
	return ret;
}

static int
test_ring_perf(void)
{
	if (perf_esize(sizeof(void *)) != TEST_SUCCESS ||
		perf_sync_modes(sizeof(void *)) != 0)
		return TEST_FAILED;
	if (perf_esize(16) != TEST_SUCCESS || perf_sync_modes(16) != 0)
		return TEST_FAILED;
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(ring_perf_autotest, test_ring_perf);
