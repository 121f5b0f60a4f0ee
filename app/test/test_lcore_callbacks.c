/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Lcore callbacks: init/uninit for every lcore in use, refusals and
 * their undo, non-EAL threads registering and leaving; lcore walks and
 * the lcore dump.
 */

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>

#include "test.h"

/* Per-lcore counts of one callback's init and uninit calls. */
struct cb_counts {
	unsigned int init[RTE_MAX_LCORE];
	unsigned int uninit[RTE_MAX_LCORE];
	unsigned int refuse; /* lcore whose init fails; RTE_MAX_LCORE: none */
	int refuse_non_eal; /* fail the init of non-EAL lcores */
	enum rte_lcore_role_t role_seen[RTE_MAX_LCORE];
};

static void
counts_reset(struct cb_counts *c)
{
	memset(c, 0, sizeof(*c));
	c->refuse = RTE_MAX_LCORE;
}

static int
count_init(unsigned int lcore_id, void *arg)
{
	struct cb_counts *c = arg;

	if (lcore_id >= RTE_MAX_LCORE)
		return -1;
	c->role_seen[lcore_id] = rte_eal_lcore_role(lcore_id);
	if (lcore_id == c->refuse ||
		(c->refuse_non_eal && c->role_seen[lcore_id] == ROLE_NON_EAL))
		return -1;
	c->init[lcore_id]++;
	return 0;
}

static void
count_uninit(unsigned int lcore_id, void *arg)
{
	struct cb_counts *c = arg;

	if (lcore_id < RTE_MAX_LCORE)
		c->uninit[lcore_id]++;
}

static unsigned int
sum(const unsigned int *v)
{
	unsigned int i, n = 0;

	for (i = 0; i < RTE_MAX_LCORE; i++)
		n += v[i];
	return n;
}

/* Registration calls init once per EAL lcore; unregistration uninit. */
static int
test_callbacks_every_lcore(void)
{
	static struct cb_counts c;
	unsigned int i;
	void *h;

	counts_reset(&c);
	h = rte_lcore_callback_register("every", count_init, count_uninit, &c);
	TEST_ASSERT_NOT_NULL(h, "registration failed");
	RTE_LCORE_FOREACH(i) {
		TEST_ASSERT_EQUAL(
			c.init[i], 1u, "init of lcore %u: %u", i, c.init[i]);
		TEST_ASSERT_EQUAL(c.role_seen[i], ROLE_RTE, "role of %u", i);
	}
	TEST_ASSERT_EQUAL(sum(c.init), rte_lcore_count(), "init calls");
	TEST_ASSERT_EQUAL(sum(c.uninit), 0u, "uninit before unregister");
	rte_lcore_callback_unregister(h);
	RTE_LCORE_FOREACH(i)
		TEST_ASSERT_EQUAL(c.uninit[i], 1u, "uninit of lcore %u", i);
	TEST_ASSERT_EQUAL(sum(c.uninit), rte_lcore_count(), "uninit calls");

	/* No callbacks at all, and NULL handles, are fine. */
	h = rte_lcore_callback_register("none", NULL, NULL, NULL);
	TEST_ASSERT_NOT_NULL(h, "registration without callbacks");
	rte_lcore_callback_unregister(h);
	rte_lcore_callback_unregister(NULL);
	TEST_ASSERT_NULL(
		rte_lcore_callback_register(NULL, count_init, count_uninit, &c),
		"NULL name accepted");
	return TEST_SUCCESS;
}

/* An init refusing one lcore fails the registration and undoes it. */
static int
test_callbacks_refused(void)
{
	static struct cb_counts c;
	unsigned int i, last = 0, before = 0;

	RTE_LCORE_FOREACH(i)
		last = i;
	RTE_LCORE_FOREACH(i)
		if (i < last)
			before++;
	counts_reset(&c);
	c.refuse = last;
	TEST_ASSERT_NULL(rte_lcore_callback_register(
				 "refuse", count_init, count_uninit, &c),
		"refused registration returned a handle");
	TEST_ASSERT_EQUAL(sum(c.init), before, "inits before the refusal");
	TEST_ASSERT_EQUAL(sum(c.uninit), before, "not every init undone");
	for (i = 0; i < RTE_MAX_LCORE; i++)
		TEST_ASSERT_EQUAL(c.init[i], c.uninit[i], "lcore %u: %u/%u", i,
			c.init[i], c.uninit[i]);
	return TEST_SUCCESS;
}

struct thread_result {
	int reg_ret;
	int reg_errno;
	unsigned int lcore_id;
	unsigned int count_inside;
};

static void *
non_eal_thread(void *arg)
{
	struct thread_result *r = arg;

	r->reg_ret = rte_thread_register();
	r->reg_errno = rte_errno;
	r->lcore_id = rte_lcore_id();
	r->count_inside = rte_lcore_count();
	rte_thread_unregister();
	return NULL;
}

/* Non-EAL threads: init at register, uninit at unregister; refusal. */
static int
test_callbacks_non_eal(void)
{
	static struct cb_counts a, b;
	struct thread_result r;
	unsigned int count = rte_lcore_count();
	pthread_t t;
	void *ha, *hb;

	counts_reset(&a);
	counts_reset(&b);
	ha = rte_lcore_callback_register("a", count_init, count_uninit, &a);
	TEST_ASSERT_NOT_NULL(ha, "registration a");
	memset(&a, 0, sizeof(a.init) + sizeof(a.uninit));

	memset(&r, 0, sizeof(r));
	TEST_ASSERT_EQUAL(pthread_create(&t, NULL, non_eal_thread, &r), 0,
		"pthread_create");
	pthread_join(t, NULL);
	TEST_ASSERT_EQUAL(r.reg_ret, 0, "rte_thread_register: %d", r.reg_ret);
	TEST_ASSERT(r.lcore_id < RTE_MAX_LCORE, "no lcore id");
	TEST_ASSERT_EQUAL(r.count_inside, count + 1, "lcore count inside");
	TEST_ASSERT_EQUAL(a.init[r.lcore_id], 1u, "init of the thread");
	TEST_ASSERT_EQUAL(a.role_seen[r.lcore_id], ROLE_NON_EAL, "role");
	TEST_ASSERT_EQUAL(a.uninit[r.lcore_id], 1u, "uninit of the thread");
	TEST_ASSERT_EQUAL(rte_lcore_count(), count, "lcore count after");

	/* b refuses non-EAL lcores: the thread is not registered. */
	hb = rte_lcore_callback_register("b", count_init, count_uninit, &b);
	TEST_ASSERT_NOT_NULL(hb, "registration b");
	b.refuse_non_eal = 1;
	memset(&a, 0, sizeof(a.init) + sizeof(a.uninit));
	memset(&b, 0, sizeof(b.init) + sizeof(b.uninit));
	memset(&r, 0, sizeof(r));
	TEST_ASSERT_EQUAL(pthread_create(&t, NULL, non_eal_thread, &r), 0,
		"pthread_create");
	pthread_join(t, NULL);
	TEST_ASSERT_EQUAL(
		r.reg_ret, -1, "refused register returned %d", r.reg_ret);
	TEST_ASSERT_EQUAL(r.reg_errno, ENOMEM, "rte_errno %d", r.reg_errno);
	TEST_ASSERT_EQUAL(r.lcore_id, LCORE_ID_ANY, "lcore id kept");
	TEST_ASSERT_EQUAL(r.count_inside, count, "count changed");
	/* a accepted the lcore before b refused it: a's init was undone. */
	TEST_ASSERT_EQUAL(sum(a.init), 1u, "a init");
	TEST_ASSERT_EQUAL(sum(a.uninit), 1u, "a init not undone");
	TEST_ASSERT_EQUAL(sum(b.init), 0u, "b accepted");

	rte_lcore_callback_unregister(hb);
	rte_lcore_callback_unregister(ha);
	TEST_ASSERT_EQUAL(rte_lcore_count(), count, "lcore count at end");
	return TEST_SUCCESS;
}

static int
count_lcore(unsigned int lcore_id, void *arg)
{
	unsigned int *n = arg;

	if (rte_eal_lcore_role(lcore_id) == ROLE_OFF)
		return -100;
	(*n)++;
	return 0;
}

static int
stop_at_second(unsigned int lcore_id, void *arg)
{
	unsigned int *n = arg;

	RTE_SET_USED(lcore_id);
	return ++(*n) == 2 ? 42 : 0;
}

static int
test_iterate_and_dump(void)
{
	unsigned int n = 0, i, lines = 0;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	TEST_ASSERT_EQUAL(rte_lcore_iterate(count_lcore, &n), 0, "iterate");
	TEST_ASSERT_EQUAL(n, rte_lcore_count(), "walked %u lcores", n);
	n = 0;
	if (rte_lcore_count() >= 2) {
		TEST_ASSERT_EQUAL(rte_lcore_iterate(stop_at_second, &n), 42,
			"the callback's value is returned");
		TEST_ASSERT_EQUAL(n, 2u, "walk did not stop");
	}

	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "open_memstream");
	rte_lcore_dump(f);
	fclose(f);
	RTE_LCORE_FOREACH(i) {
		char want[64];
		rte_cpuset_t set = rte_lcore_cpuset(i);

		TEST_ASSERT(CPU_COUNT(&set) > 0, "lcore %u has no CPU", i);
		TEST_ASSERT(CPU_ISSET(rte_lcore_to_cpu_id(i), &set),
			"cpuset of %u lacks its CPU", i);
		snprintf(want, sizeof(want), "lcore %u, socket %u, role RTE", i,
			rte_lcore_to_socket_id(i));
		TEST_ASSERT(strstr(buf, want) != NULL, "dump lacks '%s':\n%s",
			want, buf);
	}
	for (i = 0; buf[i] != '\0'; i++)
		lines += buf[i] == '\n';
	TEST_ASSERT_EQUAL(lines, rte_lcore_count(), "dump lines:\n%s", buf);
	free(buf);
	{
		rte_cpuset_t off = rte_lcore_cpuset(RTE_MAX_LCORE - 1);

		if (!rte_lcore_is_enabled(RTE_MAX_LCORE - 1))
			TEST_ASSERT_EQUAL(
				CPU_COUNT(&off), 0, "disabled lcore has CPUs");
	}
	return TEST_SUCCESS;
}

static struct unit_test_suite lcore_cb_suite = {
	.suite_name = "lcore callbacks autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_callbacks_every_lcore),
			TEST_CASE(test_callbacks_refused),
			TEST_CASE(test_callbacks_non_eal),
			TEST_CASE(test_iterate_and_dump),
			TEST_CASES_END(),
		},
};

static int
test_lcore_callbacks(void)
{
	return unit_test_suite_runner(&lcore_cb_suite);
}

REGISTER_TEST_COMMAND(lcore_callbacks_autotest, test_lcore_callbacks);
