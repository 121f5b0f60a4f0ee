/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * stack_lf_kill_autotest: a forked child pushes and pops on a lock-free
 * stack and kills itself (SIGKILL) at each instant where a thread holds
 * nodes in no list and no cache (the kill points of rte_stack_lf.h,
 * compiled in here only), many times, on a lcore id with a cache and
 * without one. After each death the parent takes every object out,
 * checks that none is there twice, counts the free nodes (the child
 * must have taken some away), has rte_stack_repair() give them back,
 * requires every node accounted for, and puts every object back, those
 * the child held included. At the end the stack still takes its whole
 * capacity one object at a time (a node per object): no node lost over
 * any number of kills.
 */

#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Before rte_stack.h: where the inline push and pop call it. */
static void stack_kill_hit(int where);
#define __RTE_STACK_LF_KILL_POINT(where) stack_kill_hit(where)

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_memzone.h>
#include <rte_random.h>
#include <rte_stack.h>

#include "test.h"

#define KILL_CAP 512
/* Kills per kill point. */
#define KILL_ROUNDS 20
/* The child's lcore id on the cache path: not the parent's. */
#define KILL_LCORE 5
/* Most objects the child holds. */
#define KILL_HOLD 200
/* Operations after which a child that met no kill point gives up. */
#define KILL_MAX_OPS 200000

/* In the child: the point to die at, and how many hits to let pass. */
static int kill_where = -1;
static unsigned int kill_skip;

static void
stack_kill_hit(int where)
{
	if (where != kill_where)
		return;
	if (kill_skip-- == 0)
		kill(getpid(), SIGKILL);
}

static void *kill_objs[KILL_CAP];

/* The child: random bursts until it dies at its point. */
static void
stack_kill_child(struct rte_stack *s, int where, unsigned int skip,
	unsigned int lcore, volatile uint32_t *started)
{
	static void *held[KILL_HOLD];
	unsigned int nb = 0, i;

	RTE_PER_LCORE(_lcore_id) = lcore;
	*started = 1;
	kill_where = where;
	kill_skip = skip;
	for (i = 0; i < KILL_MAX_OPS; i++) {
		unsigned int k = 1 + (unsigned int)(rte_rand() % 40);

		if (nb + k <= KILL_HOLD && (rte_rand() & 1)) {
			if (rte_stack_pop(s, &held[nb], k) == k)
				nb += k;
		} else if (nb > 0) {
			k = RTE_MIN(k, nb);
			if (rte_stack_push(s, &held[nb - k], k) == k)
				nb -= k;
		}
	}
	_exit(1);
}

/* Free nodes: in the free list and in every lcore's cache. */
static uint64_t
stack_kill_free_nodes(struct rte_stack *s)
{
	uint64_t n = (uint32_t)s->stack_lf.free.head.top_len;
	unsigned int i;

	for (i = 0; i < RTE_MAX_LCORE; i++)
		n += (uint32_t)s->stack_lf.cache[i].top_len;
	return n;
}

static int
stack_kill_index(void *obj)
{
	uintptr_t v = (uintptr_t)obj;

	if (v < 0x1000 || (v - 0x1000) % 8 != 0 || (v - 0x1000) / 8 >= KILL_CAP)
		return -1;
	return (int)((v - 0x1000) / 8);
}

/*
 * Take every object out (none twice), check and repair the nodes, put
 * every object back. lost: nodes the dead child took away, summed.
 */
static int
stack_kill_check(struct rte_stack *s, uint64_t total, uint64_t *lost)
{
	static void *out[KILL_CAP];
	static uint8_t seen[KILL_CAP];
	unsigned int n = rte_stack_count(s), i, k;
	uint64_t before;
	int r, idx;

	TEST_ASSERT(n <= KILL_CAP, "count %u", n);
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, n), n, "pop of %u failed", n);
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0u, "objects left");
	memset(seen, 0, sizeof(seen));
	for (i = 0; i < n; i++) {
		idx = stack_kill_index(out[i]);
		TEST_ASSERT(idx >= 0 && !seen[idx], "object %p bad or twice",
			out[i]);
		seen[idx] = 1;
	}
	before = stack_kill_free_nodes(s);
	TEST_ASSERT(before < total, "the kill took no node away");
	r = rte_stack_repair(s);
	TEST_ASSERT_EQUAL((uint64_t)r, total - before,
		"repair gave back %d nodes, %" PRIu64 " were missing", r,
		total - before);
	*lost += (uint64_t)r;
	TEST_ASSERT_EQUAL(stack_kill_free_nodes(s), total, "nodes missing");
	TEST_ASSERT_EQUAL(rte_stack_repair(s), 0, "second repair not 0");
	/* Everything back, the child's objects too, in random bursts. */
	n = 0;
	for (i = 0; i < KILL_CAP; i++)
		out[n++] = kill_objs[i];
	for (i = 0; i < n; i += k) {
		k = RTE_MIN(1 + (unsigned int)(rte_rand() % 40), n - i);
		TEST_ASSERT_EQUAL(rte_stack_push(s, &out[i], k), k,
			"push back refused at %u", i);
	}
	return TEST_SUCCESS;
}

static int
test_stack_lf_kill(void)
{
	static const char *const name[__RTE_STACK_LF_KP_NB] = {
		"push", "free-list push", "pop", "spill", "refill"};
	const struct rte_memzone *mz;
	volatile uint32_t *started;
	struct rte_stack *s;
	uint64_t total, lost = 0;
	unsigned int i, r, lcore;
	int where, st;
	pid_t pid;

	s = rte_stack_create("kill", KILL_CAP, SOCKET_ID_ANY, RTE_STACK_F_LF);
	if (s == NULL && rte_errno == ENOTSUP)
		return TEST_SKIPPED;
	TEST_ASSERT_NOT_NULL(s, "create: %s", rte_strerror(rte_errno));
	mz = rte_memzone_reserve("kill_ctl", 64, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "control memzone");
	started = mz->addr;
	total = KILL_CAP + (uint64_t)RTE_MAX_LCORE * s->stack_lf.cache[0].max;
	for (i = 0; i < KILL_CAP; i++)
		kill_objs[i] = (void *)(uintptr_t)(0x1000 + 8 * i);
	TEST_ASSERT_EQUAL(
		rte_stack_push(s, kill_objs, KILL_CAP), KILL_CAP, "fill");

	for (where = 0; where < __RTE_STACK_LF_KP_NB; where++) {
		/* The free-list push is the path without a cache. */
		lcore = where == __RTE_STACK_LF_KP_PUSH_FREE ? LCORE_ID_ANY
							     : KILL_LCORE;
		for (r = 0; r < KILL_ROUNDS; r++) {
			*started = 0;
			pid = fork();
			TEST_ASSERT(pid >= 0, "fork");
			if (pid == 0)
				stack_kill_child(s, where,
					(unsigned int)(rte_rand() % 64), lcore,
					started);
			TEST_ASSERT_EQUAL(waitpid(pid, &st, 0), pid, "waitpid");
			if (r == 0 && where == 0 && !*started) {
				rte_stack_free(s);
				rte_memzone_free(mz);
				printf("memory not shared with a forked "
				       "child\n");
				return TEST_SKIPPED;
			}
			TEST_ASSERT(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
				"child did not die at the %s point (status %d)",
				name[where], st);
			if (stack_kill_check(s, total, &lost) != TEST_SUCCESS) {
				printf("after a kill at the %s point, round "
				       "%u\n",
					name[where], r);
				return TEST_FAILED;
			}
		}
	}
	printf("%u kills at %d points: %" PRIu64 " nodes taken away, all "
	       "given back\n",
		KILL_ROUNDS * __RTE_STACK_LF_KP_NB, __RTE_STACK_LF_KP_NB, lost);

	/* The whole capacity, one object (and one node) at a time. */
	TEST_ASSERT_EQUAL(
		rte_stack_pop(s, kill_objs, KILL_CAP), KILL_CAP, "pop all");
	for (i = 0; i < KILL_CAP; i++)
		TEST_ASSERT_EQUAL(rte_stack_push(s, &kill_objs[i], 1), 1,
			"push %u of one refused", i);
	TEST_ASSERT_EQUAL(rte_stack_push(s, kill_objs, 1), 0, "over capacity");
	TEST_ASSERT_EQUAL(rte_stack_repair(NULL), -EINVAL, "NULL stack");
	rte_stack_free(s);
	rte_memzone_free(mz);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(stack_lf_kill_autotest, test_stack_lf_kill);
