/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * stack_autotest: every rte_stack API and bad input, for the spinlock
 * flavour and the lock-free one (RTE_STACK_F_LF), on one core; for the
 * lock-free one also its per-lcore caches of free nodes (white box:
 * the test poses as every lcore id and as another process).
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_memzone.h>
#include <rte_robust_lock.h>
#include <rte_stack.h>

#include "test.h"

#define STACK_SIZE 256
#define MAX_BULK 64

static uint32_t cur_flags;

/* Skip the lock-free cases where the CPU cannot run them. */
static int
lf_usable(void)
{
	struct rte_stack *s;

	if (!(cur_flags & RTE_STACK_F_LF))
		return 1;
	s = rte_stack_create("probe", 1, SOCKET_ID_ANY, RTE_STACK_F_LF);
	if (s == NULL && rte_errno == ENOTSUP)
		return 0;
	rte_stack_free(s);
	return 1;
}

static int
stack_basic(void)
{
	void *objs[STACK_SIZE + 1], *out[STACK_SIZE + 1];
	struct rte_stack *s;
	unsigned int i, n;

	for (i = 0; i < RTE_DIM(objs); i++)
		objs[i] = (void *)(uintptr_t)(0x1000 + i);

	s = rte_stack_create("basic", STACK_SIZE, SOCKET_ID_ANY, cur_flags);
	TEST_ASSERT_NOT_NULL(s, "create failed: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(s->capacity, STACK_SIZE, "capacity");
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0u, "new stack not empty");
	TEST_ASSERT_EQUAL(rte_stack_free_count(s), STACK_SIZE, "free count");

	/* LIFO order across several pushes. */
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 3), 3u, "push 3");
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs + 3, 2), 2u, "push 2");
	TEST_ASSERT_EQUAL(rte_stack_count(s), 5u, "count");
	TEST_ASSERT_EQUAL(rte_stack_free_count(s), STACK_SIZE - 5u, "free");
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 5), 5u, "pop 5");
	for (i = 0; i < 5; i++)
		TEST_ASSERT_EQUAL(out[i], objs[4 - i], "pop order at %u", i);
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0u, "not empty");

	/* Zero-sized requests do nothing. */
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 0), 0u, "push 0");
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 0), 0u, "pop 0");
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0u, "count after n=0");

	/* Pop from empty: nothing, output untouched. */
	out[0] = (void *)0xdead;
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 1), 0u, "pop from empty");
	TEST_ASSERT_EQUAL(out[0], (void *)0xdead, "failed pop wrote output");

	/* Fill exactly; one more is refused; nothing changes. */
	for (i = 0; i < STACK_SIZE; i += n) {
		n = RTE_MIN(1 + i % MAX_BULK, STACK_SIZE - i);
		TEST_ASSERT_EQUAL(
			rte_stack_push(s, objs + i, n), n, "push at %u", i);
	}
	TEST_ASSERT_EQUAL(rte_stack_count(s), STACK_SIZE, "not full");
	TEST_ASSERT_EQUAL(rte_stack_free_count(s), 0u, "free count");
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs + STACK_SIZE, 1), 0u,
		"push on full stack accepted");
	TEST_ASSERT_EQUAL(rte_stack_count(s), STACK_SIZE, "count changed");

	/* Pop more than present: all or nothing. */
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, STACK_SIZE + 1), 0u,
		"pop of more than present accepted");
	TEST_ASSERT_EQUAL(rte_stack_count(s), STACK_SIZE, "count changed");
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 10), 10u, "pop 10");
	for (i = 0; i < 10; i++)
		TEST_ASSERT_EQUAL(
			out[i], objs[STACK_SIZE - 1 - i], "pop %u", i);
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 11), 0u,
		"push beyond free room accepted");
	TEST_ASSERT_EQUAL(rte_stack_count(s), STACK_SIZE - 10u, "count");
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs + STACK_SIZE - 10, 10), 10u,
		"push back");

	/* Everything comes back, top first, nothing lost. */
	TEST_ASSERT_EQUAL(
		rte_stack_pop(s, out, STACK_SIZE), STACK_SIZE, "pop all");
	for (i = 0; i < STACK_SIZE; i++)
		TEST_ASSERT_EQUAL(
			out[i], objs[STACK_SIZE - 1 - i], "object %u", i);
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0u, "not empty at the end");

	/* Many cycles: elements of the lock-free free list get reused. */
	for (i = 0; i < 10000; i++) {
		n = 1 + i % MAX_BULK;
		TEST_ASSERT_EQUAL(rte_stack_push(s, objs + (i % 100), n), n,
			"cycle %u push", i);
		TEST_ASSERT_EQUAL(rte_stack_pop(s, out, n), n, "cycle %u", i);
		TEST_ASSERT_EQUAL(
			out[0], objs[i % 100 + n - 1], "cycle %u top", i);
		TEST_ASSERT_EQUAL(out[n - 1], objs[i % 100], "cycle %u", i);
	}
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0u, "not empty after cycles");
	rte_stack_free(s);
	return TEST_SUCCESS;
}

static int
stack_bad_input(void)
{
	char long_name[RTE_STACK_NAMESIZE + 1];
	struct rte_stack *s, *s2;
	void *o = (void *)0x42, *got = NULL;

	rte_errno = 0;
	TEST_ASSERT_NULL(rte_stack_create(NULL, 16, SOCKET_ID_ANY, cur_flags),
		"NULL name accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	memset(long_name, 'z', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	rte_errno = 0;
	TEST_ASSERT_NULL(
		rte_stack_create(long_name, 16, SOCKET_ID_ANY, cur_flags),
		"long name accepted");
	TEST_ASSERT_EQUAL(rte_errno, ENAMETOOLONG, "rte_errno %d", rte_errno);

	rte_errno = 0;
	TEST_ASSERT_NULL(rte_stack_create("zero", 0, SOCKET_ID_ANY, cur_flags),
		"count 0 accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	/* Too large for memory (and, lock-free, for 32-bit node indexes):
	 * refused, nothing reserved. */
	rte_errno = 0;
	TEST_ASSERT_NULL(
		rte_stack_create("huge", UINT32_MAX, SOCKET_ID_ANY, cur_flags),
		"a stack of UINT32_MAX objects created");
	TEST_ASSERT_EQUAL(rte_errno, ENOMEM, "rte_errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_memzone_lookup(RTE_STACK_MZ_PREFIX "huge"),
		"memzone left behind");
	TEST_ASSERT_NULL(rte_stack_lookup("huge"), "huge stack registered");

	rte_errno = 0;
	TEST_ASSERT_NULL(
		rte_stack_create("flags", 16, SOCKET_ID_ANY, cur_flags | 0x100),
		"unknown flags accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_stack_lookup("zero"), "failed stack listed");
	TEST_ASSERT_NULL(rte_stack_lookup("flags"), "failed stack listed");
	TEST_ASSERT_NULL(rte_memzone_lookup(RTE_STACK_MZ_PREFIX "flags"),
		"failed stack left a memzone");

	/* A taken name is refused and the existing stack is untouched. */
	s = rte_stack_create("dup", 16, SOCKET_ID_ANY, cur_flags);
	TEST_ASSERT_NOT_NULL(s, "create failed: %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_stack_push(s, &o, 1), 1u, "push");
	rte_errno = 0;
	s2 = rte_stack_create("dup", 16, SOCKET_ID_ANY, cur_flags);
	TEST_ASSERT_NULL(s2, "duplicate name accepted");
	TEST_ASSERT_EQUAL(rte_errno, EEXIST, "rte_errno %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_stack_lookup("dup"), s, "lookup changed");
	TEST_ASSERT_EQUAL(rte_stack_count(s), 1u, "existing stack changed");
	TEST_ASSERT_EQUAL(rte_stack_pop(s, &got, 1), 1u, "object lost");
	TEST_ASSERT_EQUAL(got, o, "object changed");
	rte_stack_free(s);
	return TEST_SUCCESS;
}

static int
stack_lookup_free(void)
{
	struct rte_stack *a, *b;

	a = rte_stack_create("stk_a", 8, SOCKET_ID_ANY, cur_flags);
	b = rte_stack_create("stk_b", 8, SOCKET_ID_ANY, cur_flags);
	TEST_ASSERT(a != NULL && b != NULL, "create failed: %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_stack_lookup("stk_a"), a, "lookup a");
	TEST_ASSERT_EQUAL(rte_stack_lookup("stk_b"), b, "lookup b");
	TEST_ASSERT_EQUAL(a->flags, cur_flags, "flags not recorded");
	TEST_ASSERT_EQUAL(rte_memzone_lookup(RTE_STACK_MZ_PREFIX "stk_a"),
		a->memzone, "memzone");

	rte_errno = 0;
	TEST_ASSERT_NULL(rte_stack_lookup("stk_c"), "found a ghost");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "rte_errno %d", rte_errno);
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_stack_lookup(NULL), "NULL name found a stack");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	rte_stack_free(a);
	TEST_ASSERT_NULL(rte_stack_lookup("stk_a"), "freed stack found");
	TEST_ASSERT_NULL(rte_memzone_lookup(RTE_STACK_MZ_PREFIX "stk_a"),
		"memzone not freed");
	TEST_ASSERT_EQUAL(rte_stack_lookup("stk_b"), b, "other stack lost");
	rte_stack_free(b);
	rte_stack_free(NULL);

	/* The name can be used again, even by the other flavour. */
	a = rte_stack_create("stk_a", 8, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(a, "name not reusable: %d", rte_errno);
	rte_stack_free(a);
	return TEST_SUCCESS;
}

/* Nodes in the cache of lcore id i. */
static unsigned int
lf_cache_len(const struct rte_stack *s, unsigned int i)
{
	return (uint32_t)s->stack_lf.cache[i].top_len;
}

/*
 * Every lcore id's cache full, then a stack filled one object at a time
 * (a node per object, the most nodes objects can take): every push
 * finds a node, the stack holds its capacity and no more, and every
 * object comes back.
 */
static int
stack_lf_caches_full(void)
{
	const unsigned int me = rte_lcore_id();
	void *objs[STACK_SIZE], *o;
	unsigned int id, i, max, cached = 0;
	struct rte_stack *s;

	s = rte_stack_create(
		"lf_caches", STACK_SIZE, SOCKET_ID_ANY, RTE_STACK_F_LF);
	TEST_ASSERT_NOT_NULL(s, "create failed: %d", rte_errno);
	max = s->stack_lf.cache[0].max;
	TEST_ASSERT(max >= 1 && max <= RTE_STACK_LF_CACHE_MAX,
		"cache maximum %u", max);
	for (i = 0; i < max; i++)
		objs[i] = (void *)(uintptr_t)(0x1000 + i);
	/* Pose as each lcore id: pushes of single objects fill its cache
	 * from the free list, the pops give the nodes back to it. */
	for (id = 0; id < RTE_MAX_LCORE; id++) {
		RTE_PER_LCORE(_lcore_id) = id;
		for (i = 0; i < (max + 1) / 2; i++)
			if (rte_stack_push(s, &objs[i], 1) != 1)
				break;
		while (rte_stack_pop(s, &o, 1) == 1)
			;
		cached += lf_cache_len(s, id);
		if (i != (max + 1) / 2 || lf_cache_len(s, id) > max)
			break;
	}
	RTE_PER_LCORE(_lcore_id) = me;
	TEST_ASSERT_EQUAL(id, RTE_MAX_LCORE,
		"lcore id %u: push refused or cache over %u", id, max);
	TEST_ASSERT(
		cached >= RTE_MAX_LCORE, "caches hold only %u nodes", cached);
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0, "objects left");

	for (i = 0; i < STACK_SIZE; i++) {
		objs[i] = (void *)(uintptr_t)(0x10000 + i);
		TEST_ASSERT_EQUAL(rte_stack_push(s, &objs[i], 1), 1,
			"push %u of %u refused with every cache full", i,
			STACK_SIZE);
	}
	TEST_ASSERT_EQUAL(
		rte_stack_push(s, objs, 1), 0, "push beyond capacity");
	TEST_ASSERT_EQUAL(rte_stack_free_count(s), 0, "room left");
	for (i = STACK_SIZE; i-- > 0;) {
		TEST_ASSERT_EQUAL(rte_stack_pop(s, &o, 1), 1, "pop %u", i);
		TEST_ASSERT_EQUAL(o, objs[i], "object %u out of order", i);
	}
	rte_stack_free(s);
	return TEST_SUCCESS;
}

/* Nodes in the free list. */
static unsigned int
lf_free_len(const struct rte_stack *s)
{
	return (uint32_t)s->stack_lf.free.head.top_len;
}

/*
 * Push n objects on lcore id b, pop them on lcore id a: the free list
 * must grow by dfree nodes, a's cache end with clen, the objects come
 * out in LIFO order.
 */
static int
lf_pop_check(struct rte_stack *s, void **objs, unsigned int n, unsigned int a,
	unsigned int b, unsigned int dfree, unsigned int clen)
{
	void *out[32];
	unsigned int f, i;

	RTE_PER_LCORE(_lcore_id) = b;
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, n), n, "push on b");
	RTE_PER_LCORE(_lcore_id) = a;
	f = lf_free_len(s);
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, n), n, "pop");
	TEST_ASSERT_EQUAL(lf_free_len(s), f + dfree,
		"pop of %u: free list +%u, not +%u", n, lf_free_len(s) - f,
		dfree);
	TEST_ASSERT_EQUAL(lf_cache_len(s, a), clen,
		"pop of %u: cache %u, not %u", n, lf_cache_len(s, a), clen);
	for (i = 0; i < n; i++)
		TEST_ASSERT_EQUAL(out[i], objs[n - 1 - i], "object %u", i);
	return TEST_SUCCESS;
}

/*
 * Between a cache's store and the free list's CAS, the nodes an
 * operation moves are nowhere (a thread killed there loses them), so a
 * pop on n objects never moves more than n nodes that way: at a full
 * cache it gives its nodes and n - (its nodes) of the cache's to the
 * free list; at a cache with some room it fills the cache and gives the
 * rest. A short cache refills what the push lacks and half its maximum.
 */
static int
stack_lf_cache_bounds(void)
{
	const unsigned int a = rte_lcore_id(), b = (a + 1) % RTE_MAX_LCORE;
	const unsigned int size = 1024;
	void *objs[32], *out[32];
	unsigned int i, max, f;
	struct rte_stack *s;

	s = rte_stack_create("lf_bounds", size, SOCKET_ID_ANY, RTE_STACK_F_LF);
	TEST_ASSERT_NOT_NULL(s, "create failed: %d", rte_errno);
	max = s->stack_lf.cache[a].max;
	TEST_ASSERT(max >= 8 && max <= 26, "cache maximum %u", max);
	for (i = 0; i < RTE_DIM(objs); i++)
		objs[i] = (void *)(uintptr_t)(0x1000 + 8 * i);

	/* A single push on an empty cache refills half the maximum more,
	 * and the pushes that follow take their nodes from the cache. */
	f = lf_free_len(s);
	TEST_ASSERT_EQUAL(rte_stack_push(s, &objs[0], 1), 1, "push");
	TEST_ASSERT_EQUAL(lf_free_len(s), f - (1 + max / 2),
		"a push of 1 took %u nodes, not %u", f - lf_free_len(s),
		1 + max / 2);
	TEST_ASSERT_EQUAL(lf_cache_len(s, a), max / 2, "cache after refill");
	f = lf_free_len(s);
	for (i = 1; i <= max / 2; i++) {
		TEST_ASSERT_EQUAL(rte_stack_push(s, &objs[i], 1), 1, "push");
		TEST_ASSERT_EQUAL(lf_cache_len(s, a), max / 2 - i, "cache");
	}
	TEST_ASSERT_EQUAL(lf_free_len(s), f, "pushes from the cache took %u",
		f - lf_free_len(s));
	for (; i < max; i++)
		TEST_ASSERT_EQUAL(rte_stack_push(s, &objs[i], 1), 1, "push");
	for (i = 0; i < max; i++)
		TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 1), 1, "pop");
	TEST_ASSERT_EQUAL(lf_cache_len(s, a), max, "cache not full");

	/* A single pop at a full cache: only its node goes. */
	TEST_ASSERT_SUCCESS(lf_pop_check(s, objs, 1, a, b, 1, max), "");
	/* A pop of 8 (2 nodes): 6 of the cache's go with them. */
	TEST_ASSERT_SUCCESS(lf_pop_check(s, objs, 8, a, b, 8, max - 6), "");
	/* A pop of 32 (5 nodes) with room for 6: the cache keeps them. */
	TEST_ASSERT_SUCCESS(lf_pop_check(s, objs, 32, a, b, 0, max - 1), "");
	/* A pop of 8 (2 nodes) with room for 1: one kept, one given. */
	TEST_ASSERT_SUCCESS(lf_pop_check(s, objs, 8, a, b, 1, max), "");

	/* A pop of 32 (5 nodes) at a full cache: the whole cache goes. */
	RTE_PER_LCORE(_lcore_id) = b;
	for (i = 0; i < 6; i++)
		TEST_ASSERT_EQUAL(rte_stack_push(s, &objs[i], 1), 1, "push");
	RTE_PER_LCORE(_lcore_id) = a;
	for (i = 0; i < 6; i++)
		TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 1), 1, "pop");
	TEST_ASSERT_EQUAL(lf_cache_len(s, a), max, "cache not full");
	RTE_PER_LCORE(_lcore_id) = b;
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 32), 32, "push on b");
	RTE_PER_LCORE(_lcore_id) = a;
	f = lf_free_len(s);
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 32), 32, "pop");
	TEST_ASSERT_EQUAL(lf_free_len(s), f + max + 5, "free list +%u, not +%u",
		lf_free_len(s) - f, max + 5);
	TEST_ASSERT_EQUAL(lf_cache_len(s, a), 0, "cache kept nodes");
	for (i = 0; i < 32; i++)
		TEST_ASSERT_EQUAL(out[i], objs[31 - i], "object %u", i);

	/* A push of 32 on the empty cache: its 5 nodes and half the
	 * maximum, 32 at most. */
	f = lf_free_len(s);
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 32), 32, "push");
	TEST_ASSERT_EQUAL(lf_free_len(s), f - (5 + max / 2),
		"refill took %u nodes, not %u", f - lf_free_len(s),
		5 + max / 2);
	TEST_ASSERT_EQUAL(lf_cache_len(s, a), max / 2, "cache after refill");
	TEST_ASSERT_EQUAL(rte_stack_pop(s, out, 32), 32, "pop");

	/* Nothing lost on the way: the stack still takes its capacity. */
	RTE_PER_LCORE(_lcore_id) = b;
	while (rte_stack_pop(s, out, 1) == 1)
		;
	RTE_PER_LCORE(_lcore_id) = a;
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0, "objects left");
	for (i = 0; i < size; i++)
		TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 1), 1,
			"push %u of %u refused", i, size);
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 1), 0, "over capacity");
	rte_stack_free(s);
	return TEST_SUCCESS;
}

/* Push and pop bulks of 1 to 32 rounds times; 0 or the failed bulk. */
static unsigned int
lf_rounds(struct rte_stack *s, void **objs, unsigned int rounds)
{
	void *out[32];
	unsigned int r, n, i;

	for (r = 0; r < rounds; r++) {
		n = 1 + r % 32;
		if (rte_stack_push(s, objs, n) != n ||
			rte_stack_pop(s, out, n) != n)
			return n;
		for (i = 0; i < n; i++)
			if (out[i] != objs[n - 1 - i])
				return n;
	}
	return 0;
}

/*
 * A cache owned by another live process is left alone (its thread may
 * be using it): this process's thread of that lcore id uses the free
 * list. A cache whose owner died is taken over.
 */
static int
stack_lf_foreign_cache(void)
{
	const unsigned int id = rte_lcore_id();
	struct rte_stack_lf_cache *c;
	uint64_t live, dead, tl;
	void *objs[32];
	unsigned int i;
	struct rte_stack *s;

	/* pid 1 is alive wherever this runs. */
	live = rte_eal_owner_id_make(1, rte_eal_proc_start_time(1));
	TEST_ASSERT(rte_eal_owner_alive(live), "pid 1 not alive?");
	/* This pid with another start time: a recycled pid, dead. */
	dead = rte_eal_owner_id() + (UINT64_C(1) << 32);
	TEST_ASSERT(!rte_eal_owner_alive(dead), "made-up owner alive");
	TEST_ASSERT(id < RTE_MAX_LCORE, "main thread without lcore id");

	s = rte_stack_create(
		"lf_foreign", STACK_SIZE, SOCKET_ID_ANY, RTE_STACK_F_LF);
	TEST_ASSERT_NOT_NULL(s, "create failed: %d", rte_errno);
	for (i = 0; i < RTE_DIM(objs); i++)
		objs[i] = (void *)(uintptr_t)(0x1000 + 8 * i);
	c = &s->stack_lf.cache[id];

	/* Unclaimed: the first push claims it for this process. */
	TEST_ASSERT_EQUAL(c->owner, 0, "new cache has an owner");
	TEST_ASSERT_EQUAL(lf_rounds(s, objs, 64), 0, "rounds failed");
	TEST_ASSERT_EQUAL(c->owner, rte_eal_owner_id(), "cache not claimed");
	/* A push takes its node from the cache, refilled if empty. */
	tl = c->top_len;
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 1), 1, "push refused");
	TEST_ASSERT(c->top_len != tl, "push did not use the cache");
	TEST_ASSERT_EQUAL(rte_stack_pop(s, objs, 1), 1, "pop failed");

	/* Live foreign owner: many rounds, the cache never changes. */
	c->owner = live;
	tl = c->top_len;
	TEST_ASSERT_EQUAL(lf_rounds(s, objs, 5000), 0,
		"rounds beside a foreign cache failed");
	TEST_ASSERT_EQUAL(c->owner, live, "live owner's cache taken");
	TEST_ASSERT_EQUAL(c->top_len, tl, "live owner's cache changed");
	TEST_ASSERT_EQUAL(rte_stack_count(s), 0, "objects left");

	/* Dead owner: taken over within a few thousand operations, and
	 * its nodes used again. */
	c->owner = dead;
	TEST_ASSERT_EQUAL(lf_rounds(s, objs, 5000), 0,
		"rounds beside a dead owner's cache failed");
	TEST_ASSERT_EQUAL(c->owner, rte_eal_owner_id(),
		"dead owner's cache not taken over");

	/* Nothing lost: the stack still takes its capacity. */
	for (i = 0; i < STACK_SIZE; i++)
		TEST_ASSERT_EQUAL(
			rte_stack_push(s, objs, 1), 1, "push %u refused", i);
	TEST_ASSERT_EQUAL(rte_stack_push(s, objs, 1), 0, "over capacity");
	rte_stack_free(s);
	return TEST_SUCCESS;
}

static int
run_flavour(uint32_t flags)
{
	cur_flags = flags;
	printf("%s stack:\n",
		flags & RTE_STACK_F_LF ? "lock-free" : "spinlock");
	if (!lf_usable()) {
		printf("  no 128-bit CAS on this CPU: skipped\n");
		return TEST_SKIPPED;
	}
	if (stack_basic() != TEST_SUCCESS ||
		stack_bad_input() != TEST_SUCCESS ||
		stack_lookup_free() != TEST_SUCCESS)
		return TEST_FAILED;
	if ((flags & RTE_STACK_F_LF) &&
		(stack_lf_caches_full() != TEST_SUCCESS ||
			stack_lf_cache_bounds() != TEST_SUCCESS ||
			stack_lf_foreign_cache() != TEST_SUCCESS))
		return TEST_FAILED;
	return TEST_SUCCESS;
}

static int
test_stack_std(void)
{
	return run_flavour(0);
}

static int
test_stack_lf(void)
{
	return run_flavour(RTE_STACK_F_LF);
}

static struct unit_test_suite stack_suite = {
	.suite_name = "stack autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_stack_std),
			TEST_CASE(test_stack_lf),
			TEST_CASES_END(),
		},
};

static int
test_stack(void)
{
	return unit_test_suite_runner(&stack_suite);
}

REGISTER_TEST_COMMAND(stack_autotest, test_stack);
