/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * stack_stress_autotest: both lcores and a thread without a lcore id
 * pop and push the same stack for a bounded time, for the spinlock and
 * the lock-free flavour, with bulk sizes 1 to 32. (The lock-free
 * stack's lcores go through their caches of free nodes, the thread
 * through the shared free list.)
 *
 * The stack starts full of unique tokens. A core pops k tokens, claims
 * each one (a claim on a token already claimed means two cores got the
 * same object), releases them and pushes them back. At the end the
 * stack must hold every token exactly once (conservation). A second
 * round holds fewer tokens than two cores may ask for at once, so pops
 * often find the stack short while the other core changes it: such a
 * pop must return 0 and leave the caller's table untouched.
 *
 * STRESS_SECONDS (environment) sets the time per flavour, default 2.
 */

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_stack.h>

#include "test.h"

#define NB_TOKENS 1024
#define MAX_BURST 32
/* Fewer than 2 * MAX_BURST: the two cores' pops often find it short. */
#define SHORT_TOKENS 40
/* Two lcores and a thread without a lcore id. */
#define NB_CORES 3

struct stack_run {
	struct rte_stack *s;
	uint64_t deadline;
	unsigned int ntok; /* tokens 1..ntok, the stack's capacity */
	uint8_t owner[NB_TOKENS + 1]; /* atomic: 1 while a core holds it */
	uint64_t popped[NB_CORES];
	char error[NB_CORES][128];
};

struct stack_arg {
	struct stack_run *run;
	unsigned int idx;
};

static int
stack_stress_lcore(void *arg)
{
	struct stack_arg *a = arg;
	struct stack_run *run = a->run;
	const unsigned int idx = a->idx;
	uint32_t rnd = 0x2545f491u * (idx + 1);
	void *tok[MAX_BURST];
	unsigned int n, i;
	uintptr_t t;

	while (rte_rdtsc() < run->deadline) {
		rnd = rnd * 1103515245u + 12345u;
		n = 1 + (rnd >> 16) % MAX_BURST;
		for (i = 0; i < n; i++)
			tok[i] = NULL;
		if (rte_stack_pop(run->s, tok, n) != n) {
			for (i = 0; i < n; i++)
				if (tok[i] != NULL) {
					snprintf(run->error[idx],
						sizeof(run->error[idx]),
						"failed pop of %u wrote "
						"tok[%u]",
						n, i);
					return -1;
				}
			continue;
		}
		for (i = 0; i < n; i++) {
			t = (uintptr_t)tok[i];
			if (t == 0 || t > run->ntok) {
				snprintf(run->error[idx],
					sizeof(run->error[idx]),
					"corrupt token %#" PRIxPTR, t);
				return -1;
			}
			if (__atomic_exchange_n(
				    &run->owner[t], 1, __ATOMIC_RELAXED) != 0) {
				snprintf(run->error[idx],
					sizeof(run->error[idx]),
					"token %" PRIuPTR " popped twice", t);
				return -1;
			}
		}
		for (i = 0; i < n; i++)
			__atomic_store_n(&run->owner[(uintptr_t)tok[i]], 0,
				__ATOMIC_RELAXED);
		if (rte_stack_push(run->s, tok, n) != n) {
			snprintf(run->error[idx], sizeof(run->error[idx]),
				"push of %u popped tokens refused", n);
			return -1;
		}
		run->popped[idx] += n;
	}
	return 0;
}

/* The thread without a lcore id. */
static void *
stack_stress_thread(void *arg)
{
	return (void *)(intptr_t)stack_stress_lcore(arg);
}

static int
stack_stress_one(uint32_t flags, double seconds, unsigned int ntok)
{
	const char *name = flags & RTE_STACK_F_LF ? "lock-free" : "spinlock";
	struct stack_arg args[NB_CORES];
	static uint8_t seen[NB_TOKENS + 1];
	struct stack_run *run;
	unsigned int worker, i;
	int ret[NB_CORES];
	pthread_t thread;
	void *thread_ret;
	int rc = TEST_FAILED;
	void *tok[MAX_BURST];
	uintptr_t t;

	run = calloc(1, sizeof(*run));
	TEST_ASSERT_NOT_NULL(run, "no memory");
	run->ntok = ntok;
	run->s = rte_stack_create("stress", ntok, SOCKET_ID_ANY, flags);
	if (run->s == NULL) {
		free(run);
		if (rte_errno == ENOTSUP) {
			printf("%s: not supported on this CPU, skipped\n",
				name);
			return TEST_SKIPPED;
		}
		printf("cannot create stack: %s\n", rte_strerror(rte_errno));
		return TEST_FAILED;
	}
	for (t = 1; t <= ntok; t++) {
		tok[0] = (void *)t;
		if (rte_stack_push(run->s, tok, 1) != 1) {
			printf("%s: cannot fill the stack\n", name);
			goto out;
		}
	}

	worker = rte_get_next_lcore(-1, 1, 0);
	run->deadline = rte_rdtsc() + (uint64_t)(seconds * rte_get_tsc_hz());
	for (i = 0; i < NB_CORES; i++) {
		args[i].run = run;
		args[i].idx = i;
	}
	if (rte_eal_remote_launch(stack_stress_lcore, &args[1], worker) != 0) {
		printf("cannot launch worker\n");
		goto out;
	}
	if (pthread_create(&thread, NULL, stack_stress_thread, &args[2]) != 0) {
		printf("cannot start a thread\n");
		rte_eal_wait_lcore(worker);
		goto out;
	}
	ret[0] = stack_stress_lcore(&args[0]);
	ret[1] = rte_eal_wait_lcore(worker);
	pthread_join(thread, &thread_ret);
	ret[2] = (int)(intptr_t)thread_ret;
	for (i = 0; i < NB_CORES; i++)
		if (ret[i] != 0) {
			printf("%s: runner %u: %s\n", name, i, run->error[i]);
			goto out;
		}

	/* Conservation: every token is in the stack exactly once. */
	if (rte_stack_count(run->s) != ntok) {
		printf("%s: %u tokens at the end, expected %u\n", name,
			rte_stack_count(run->s), ntok);
		goto out;
	}
	memset(seen, 0, sizeof(seen));
	for (i = 0; i < ntok; i++) {
		if (rte_stack_pop(run->s, tok, 1) != 1) {
			printf("%s: token %u of %u missing\n", name, i, ntok);
			goto out;
		}
		t = (uintptr_t)tok[0];
		if (t == 0 || t > ntok || seen[t]++) {
			printf("%s: token %" PRIuPTR " bad or duplicated\n",
				name, t);
			goto out;
		}
	}
	if (rte_stack_pop(run->s, tok, 1) != 0) {
		printf("%s: extra object in the stack\n", name);
		goto out;
	}
	printf("%-10s %4u tokens: %10" PRIu64 " + %" PRIu64 " + %" PRIu64
	       " popped and pushed back\n",
		name, ntok, run->popped[0], run->popped[1], run->popped[2]);
	if (run->popped[0] + run->popped[1] + run->popped[2] == 0) {
		printf("%s: no progress\n", name);
		goto out;
	}
	rc = TEST_SUCCESS;
out:
	rte_stack_free(run->s);
	free(run);
	return rc;
}

static int
test_stack_stress(void)
{
	double seconds = (double)test_env_long("STRESS_SECONDS", 2);
	int ret;

	if (seconds <= 0)
		seconds = 2;

	if (rte_lcore_count() < 2) {
		printf("stack_stress_autotest needs 2 lcores\n");
		return TEST_SKIPPED;
	}
	if (stack_stress_one(0, seconds, NB_TOKENS) != TEST_SUCCESS ||
		stack_stress_one(0, seconds, SHORT_TOKENS) != TEST_SUCCESS)
		return TEST_FAILED;
	/* The spinlock flavour passed: the result is the lock-free one's,
	 * TEST_SKIPPED where the CPU cannot run it. */
	ret = stack_stress_one(RTE_STACK_F_LF, seconds, NB_TOKENS);
	if (ret != TEST_SUCCESS)
		return ret;
	return stack_stress_one(RTE_STACK_F_LF, seconds, SHORT_TOKENS);
}

REGISTER_TEST_COMMAND(stack_stress_autotest, test_stack_stress);
