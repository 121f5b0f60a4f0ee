/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * stack_perf_autotest (both flavours) and stack_lf_perf_autotest (the
 * lock-free one only): cycles per object of push + pop, in the layout
 * of DPDK 22.11's tests of the same names:
 *  - one core: single objects, pop from an empty stack, bulks of 8 and
 *    32;
 *  - two cores pushing and popping the same stack at once (bulks of 8
 *    and 32), the figure averaged over the cores;
 *  - the same on every lcore.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_pause.h>
#include <rte_stack.h>

#include "test.h"

#define STACK_SIZE (RTE_MAX_LCORE * 32)
#define MAX_BURST 32

/* Volatile, as in DPDK's test: the sizes must not fold into the code. */
static const volatile unsigned int bulk_sizes[] = {8, MAX_BURST};

static unsigned int lcore_barrier;

struct perf_arg {
	struct rte_stack *s __rte_cache_aligned;
	unsigned int size;
	unsigned int nb_lcores;
	double avg;
};

static void
wait_all(unsigned int n)
{
	__atomic_fetch_add(&lcore_barrier, 1, __ATOMIC_ACQ_REL);
	while (__atomic_load_n(&lcore_barrier, __ATOMIC_ACQUIRE) < n)
		rte_pause();
}

static int
bulk_push_pop(void *arg)
{
	const unsigned int iterations = 1u << 20;
	struct perf_arg *a = arg;
	/* Locals: a sits next to the other threads' data. */
	struct rte_stack *s = a->s;
	const unsigned int size = a->size;
	void *objs[MAX_BURST] = {NULL};
	uint64_t start, end;
	unsigned int i;

	wait_all(a->nb_lcores);
	start = rte_rdtsc();
	for (i = 0; i < iterations; i++) {
		rte_stack_push(s, objs, size);
		rte_stack_pop(s, objs, size);
	}
	end = rte_rdtsc();
	a->avg = (double)(end - start) / ((double)iterations * size);
	return 0;
}

static void
perf_single(struct rte_stack *s)
{
	const unsigned int iterations = 1u << 24;
	void *obj = NULL;
	uint64_t start, end;
	unsigned int i;

	printf("### Testing single element push/pop ###\n");
	start = rte_rdtsc();
	for (i = 0; i < iterations; i++) {
		rte_stack_push(s, &obj, 1);
		rte_stack_pop(s, &obj, 1);
	}
	end = rte_rdtsc();
	printf("Average cycles per single object push/pop: %.2F\n",
		(double)(end - start) / iterations);
}

static void
perf_empty(struct rte_stack *s)
{
	const unsigned int iterations = 1u << 24;
	void *objs[MAX_BURST];
	uint64_t start, end;
	unsigned int i;

	printf("\n### Testing empty pop ###\n");
	start = rte_rdtsc();
	for (i = 0; i < iterations; i++)
		rte_stack_pop(s, objs, bulk_sizes[0]);
	end = rte_rdtsc();
	printf("Stack empty pop: %.2F\n", (double)(end - start) / iterations);
}

static void
perf_one_lcore(struct rte_stack *s)
{
	struct perf_arg a;
	unsigned int i;

	printf("\n### Testing using a single lcore ###\n");
	for (i = 0; i < RTE_DIM(bulk_sizes); i++) {
		a = (struct perf_arg){s, bulk_sizes[i], 1, 0};
		lcore_barrier = 0;
		bulk_push_pop(&a);
		printf("Average cycles per object push/pop (bulk size: %u): "
		       "%.2F\n",
			bulk_sizes[i], a.avg);
	}
}

/* Run bulk_push_pop on the main lcore and up to max_workers workers. */
static int
perf_many(struct rte_stack *s, unsigned int max_workers)
{
	static struct perf_arg args[RTE_MAX_LCORE];
	unsigned int lcore, n, i, b;
	double sum;

	for (b = 0; b < RTE_DIM(bulk_sizes); b++) {
		n = 1 + RTE_MIN(rte_lcore_count() - 1, max_workers);
		lcore_barrier = 0;
		i = 1;
		RTE_LCORE_FOREACH_WORKER(lcore) {
			if (i == n)
				break;
			args[i] = (struct perf_arg){s, bulk_sizes[b], n, 0};
			if (rte_eal_remote_launch(
				    bulk_push_pop, &args[i], lcore) != 0)
				return -1;
			i++;
		}
		args[0] = (struct perf_arg){s, bulk_sizes[b], n, 0};
		bulk_push_pop(&args[0]);
		rte_eal_mp_wait_lcore();
		for (sum = 0, i = 0; i < n; i++)
			sum += args[i].avg;
		printf("Average cycles per object push/pop (bulk size: %u): "
		       "%.2F\n",
			bulk_sizes[b], sum / n);
	}
	return 0;
}

static int
perf_flavour(uint32_t flags)
{
	struct rte_stack *s;
	int ret = 0;

	s = rte_stack_create("perf", STACK_SIZE, SOCKET_ID_ANY, flags);
	if (s == NULL) {
		if (rte_errno == ENOTSUP) {
			printf("Lock-free stack not supported on this CPU\n");
			return TEST_SKIPPED;
		}
		printf("Cannot create stack: %s\n", rte_strerror(rte_errno));
		return TEST_FAILED;
	}
	perf_single(s);
	perf_empty(s);
	perf_one_lcore(s);
	if (rte_lcore_count() >= 2) {
		printf("\n### Testing using two physical cores ###\n");
		ret |= perf_many(s, 1);
		printf("\n### Testing on all %u lcores ###\n",
			rte_lcore_count());
		ret |= perf_many(s, RTE_MAX_LCORE);
	}
	rte_stack_free(s);
	return ret ? TEST_FAILED : TEST_SUCCESS;
}

static int
test_stack_perf(void)
{
	int ret;

	printf("=== spinlock stack ===\n");
	ret = perf_flavour(0);
	if (ret != TEST_SUCCESS)
		return ret;
	printf("\n=== lock-free stack (RTE_STACK_F_LF) ===\n");
	ret = perf_flavour(RTE_STACK_F_LF);
	return ret == TEST_SKIPPED ? TEST_SUCCESS : ret;
}

static int
test_stack_lf_perf(void)
{
	return perf_flavour(RTE_STACK_F_LF);
}

REGISTER_TEST_COMMAND(stack_perf_autotest, test_stack_perf);
REGISTER_TEST_COMMAND(stack_lf_perf_autotest, test_stack_lf_perf);
