/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * stack_autotest: every rte_stack API and bad input, for the spinlock
 * flavour and the lock-free one (RTE_STACK_F_LF), on one core.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_memzone.h>
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
