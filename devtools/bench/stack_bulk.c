/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_stack push/pop of bulks on one lcore, per flavour. Only DPDK
 * 22.11's public API is used, so compare.sh builds it against Debian's
 * DPDK and this tree. stack_bulk_loop() is kept out of line so that
 * valgrind --tool=callgrind --toggle-collect=stack_bulk_loop counts the
 * instructions of the loop alone (run with BENCH_ITERS=N; BENCH_BULK=B
 * keeps only bulks of B).
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
#include <rte_lcore.h>
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
		objs[i] = (void *)(uintptr_t)(0x1000 + 64 * i);
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

int
stack_bulk_bench(const char *const *flavours, unsigned int nb, double seconds)
{
	const char *it = getenv("BENCH_ITERS");
	const char *only = getenv("BENCH_BULK");
	uint64_t iters = it != NULL ? strtoull(it, NULL, 0) : 0;
	void *fill[SB_DEPTH];
	unsigned int f, b, i;
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
		for (b = 0; b < RTE_DIM(sb_bulks); b++) {
			if (only != NULL &&
				(unsigned int)atoi(only) != sb_bulks[b])
				continue;
			rate = sb_case(s, sb_bulks[b], seconds, iters);
			if (rate < 0)
				ret = -1;
			printf("RESULT %s bulk%u_1core %.2f\n", flavours[f],
				sb_bulks[b], rate);
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
