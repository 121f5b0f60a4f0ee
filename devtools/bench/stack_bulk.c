/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_stack push/pop of bulks on one lcore, then on two lcores pushing
 * and popping the same stack at once (when the EAL has two), per
 * flavour. Only DPDK 22.11's public API is used, so compare.sh builds
 * it against Debian's DPDK and this tree. stack_bulk_loop() is kept out
 * of line so that valgrind --tool=callgrind
 * --toggle-collect=stack_bulk_loop counts the instructions of the loop
 * alone (run with BENCH_ITERS=N; BENCH_BULK=B keeps only bulks of B).
 *
 * Usage: stack_bulk <EAL args> -- [-t seconds] [lf] [std]
 */

/* 22.11 builds its lock-free stack on a 128-bit CAS marked experimental. */
#define ALLOW_EXPERIMENTAL_API

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_stack.h>

#include "stack_bulk.h"

#define SB_STACK_SIZE 1024
#define SB_MAX_BULK 32
/* Objects kept in the stack under the pushed bulk. */
#define SB_DEPTH 256
#define SB_ROUNDS_PER_CHECK 1024

static const unsigned int sb_bulks[] = {1, 8, SB_MAX_BULK};

static double
sb_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* rounds push+pop of bulk objects; returns 0 or -1 on a lost object. */
__attribute__((noinline)) int
stack_bulk_loop(
	struct rte_stack *s, void **objs, unsigned int bulk, uint64_t rounds)
{
	uint64_t i;

	for (i = 0; i < rounds; i++) {
		if (rte_stack_push(s, objs, bulk) != bulk)
			return -1;
		if (rte_stack_pop(s, objs, bulk) != bulk)
			return -1;
	}
	return 0;
}

/* Mobj/s pushed and popped, or -1. */
static double
sb_case(struct rte_stack *s, unsigned int bulk, double seconds, uint64_t iters)
{
	void *objs[SB_MAX_BULK];
	uint64_t done = 0;
	double start, now;
	unsigned int i;

	for (i = 0; i < bulk; i++)
		objs[i] = (void *)(uintptr_t)(0x1000 + 64 * i +
			((uintptr_t)rte_lcore_id() << 24));
	start = sb_now();
	if (iters != 0) {
		if (stack_bulk_loop(s, objs, bulk, iters) < 0)
			return -1;
		done = iters;
		now = sb_now();
	} else {
		do {
			if (stack_bulk_loop(
				    s, objs, bulk, SB_ROUNDS_PER_CHECK) < 0)
				return -1;
			done += SB_ROUNDS_PER_CHECK;
			now = sb_now();
		} while (now - start < seconds);
	}
	return now > start ? (double)done * bulk / (now - start) / 1e6 : 0;
}

/* One lcore's part of a two-lcore case. */
struct sb_pair {
	struct rte_stack *s;
	unsigned int bulk;
	double seconds;
	uint64_t iters;
	uint32_t *go; /* both wait for it to turn 2 */
	double rate; /* out: Mobj/s of this lcore, or -1 */
};

static int
sb_pair_run(void *arg)
{
	struct sb_pair *p = arg;

	__atomic_fetch_add(p->go, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(p->go, __ATOMIC_ACQUIRE) < 2)
		rte_pause();
	p->rate = sb_case(p->s, p->bulk, p->seconds, p->iters);
	return 0;
}

/*
 * Both lcores push and pop bulks on the same stack at once; the sum of
 * their rates, or -1. Each lcore's objects differ, so a lost or doubled
 * object shows in the final count.
 */
static double
sb_case_2cores(
	struct rte_stack *s, unsigned int bulk, double seconds, uint64_t iters)
{
	struct sb_pair p[2];
	uint32_t go = 0;
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	int i;

	for (i = 0; i < 2; i++)
		p[i] = (struct sb_pair){s, bulk, seconds, iters, &go, -1};
	if (rte_eal_remote_launch(sb_pair_run, &p[1], worker) != 0)
		return -1;
	sb_pair_run(&p[0]);
	rte_eal_wait_lcore(worker);
	if (p[0].rate < 0 || p[1].rate < 0)
		return -1;
	return p[0].rate + p[1].rate;
}

int
stack_bulk_bench(const char *const *flavours, unsigned int nb, double seconds)
{
	const char *it = getenv("BENCH_ITERS");
	const char *only = getenv("BENCH_BULK");
	uint64_t iters = it != NULL ? strtoull(it, NULL, 0) : 0;
	void *fill[SB_DEPTH];
	unsigned int f, b, c, i;
	struct rte_stack *s;
	double rate;
	int ret = 0;

	for (f = 0; f < nb; f++) {
		uint32_t flags;

		if (strcmp(flavours[f], "lf") == 0)
			flags = RTE_STACK_F_LF;
		else if (strcmp(flavours[f], "std") == 0)
			flags = 0;
		else {
			fprintf(stderr, "stack bench: flavour %s: lf or std\n",
				flavours[f]);
			ret = -1;
			continue;
		}
		s = rte_stack_create(
			"sb", SB_STACK_SIZE, rte_socket_id(), flags);
		if (s == NULL) {
			fprintf(stderr, "stack bench: %s: %s\n", flavours[f],
				rte_strerror(rte_errno));
			ret = -1;
			continue;
		}
		for (i = 0; i < SB_DEPTH; i++)
			fill[i] = (void *)(uintptr_t)(0x100000 + 64 * i);
		if (rte_stack_push(s, fill, SB_DEPTH) != SB_DEPTH)
			ret = -1;
		/* One lcore, then two if there are two. */
		for (c = 1; c <= 2 && c <= rte_lcore_count(); c++) {
			for (b = 0; b < RTE_DIM(sb_bulks); b++) {
				if (only != NULL &&
					(unsigned int)atoi(only) != sb_bulks[b])
					continue;
				rate = c == 1 ? sb_case(s, sb_bulks[b], seconds,
							iters)
					      : sb_case_2cores(s, sb_bulks[b],
							seconds, iters);
				if (rate < 0)
					ret = -1;
				printf("RESULT %s bulk%u_%s %.2f\n",
					flavours[f], sb_bulks[b],
					c == 1 ? "1core" : "2cores", rate);
			}
		}
		if (rte_stack_count(s) != SB_DEPTH) {
			fprintf(stderr, "stack bench: %s: %u objects, not %u\n",
				flavours[f], rte_stack_count(s), SB_DEPTH);
			ret = -1;
		}
		rte_stack_free(s);
	}
	return ret;
}
