/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Named shared lists: registered from a constructor (before EAL init)
 * and after init (as a plugin would), refused names, entries seen
 * through lookup and dump, and the table running full.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_malloc.h>
#include <rte_tailq.h>

#include "test.h"

static struct rte_tailq_elem early_tailq = {
	.name = "test_tailq_early",
};
EAL_REGISTER_TAILQ(early_tailq)

static int
test_early_registration(void)
{
	struct rte_tailq_head *head;

	TEST_ASSERT_NOT_NULL(
		early_tailq.head, "constructor tailq not attached");
	head = rte_eal_tailq_lookup("test_tailq_early");
	TEST_ASSERT(head == early_tailq.head, "lookup %p, attached %p",
		(void *)head, (void *)early_tailq.head);
	TEST_ASSERT_EQUAL(strcmp(head->name, "test_tailq_early"), 0, "name");
	TEST_ASSERT_NULL(rte_eal_tailq_lookup("test_tailq_missing"),
		"unknown name found");
	TEST_ASSERT_NULL(rte_eal_tailq_lookup(NULL), "NULL name found");
	return TEST_SUCCESS;
}

static struct rte_tailq_elem late_tailq = {
	.name = "test_tailq_late",
};
static struct rte_tailq_elem dup_tailq = {
	.name = "test_tailq_early",
};
static struct rte_tailq_elem empty_tailq = {
	.name = "",
};
/* 32 characters and no NUL: too long for the table. */
static struct rte_tailq_elem long_tailq = {
	.name = "test_tailq_name_of_32_characters",
};

static int
test_late_and_bad_registration(void)
{
	if (late_tailq.head == NULL)
		TEST_ASSERT_SUCCESS(rte_eal_tailq_register(&late_tailq),
			"registration after init");
	TEST_ASSERT_NOT_NULL(late_tailq.head, "not attached at once");
	TEST_ASSERT(rte_eal_tailq_lookup("test_tailq_late") == late_tailq.head,
		"late lookup");
	TEST_ASSERT_EQUAL(
		rte_eal_tailq_register(&late_tailq), -1, "same element twice");
	TEST_ASSERT_EQUAL(
		rte_eal_tailq_register(&dup_tailq), -1, "duplicate name");
	TEST_ASSERT_NULL(dup_tailq.head, "duplicate attached");
	TEST_ASSERT_EQUAL(
		rte_eal_tailq_register(&empty_tailq), -1, "empty name");
	TEST_ASSERT_EQUAL(
		rte_eal_tailq_register(&long_tailq), -1, "32-char name");
	TEST_ASSERT_EQUAL(rte_eal_tailq_register(NULL), -1, "NULL");
	TEST_ASSERT(
		rte_eal_tailq_lookup("test_tailq_early") == early_tailq.head,
		"a refused registration changed the list");
	return TEST_SUCCESS;
}

static int
test_entries_and_dump(void)
{
	struct rte_tailq_entry_head *list =
		RTE_TAILQ_CAST(early_tailq.head, rte_tailq_entry_head);
	struct rte_tailq_entry *e[3], *it;
	int values[3] = {10, 20, 30};
	unsigned int i, n = 0;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	for (i = 0; i < 3; i++) {
		e[i] = rte_zmalloc(NULL, sizeof(*e[i]), 0);
		TEST_ASSERT_NOT_NULL(e[i], "entry");
		e[i]->data = &values[i];
		rte_mcfg_tailq_write_lock();
		TAILQ_INSERT_TAIL(list, e[i], next);
		rte_mcfg_tailq_write_unlock();
	}
	/* Another way in: by name, as a library in another process would. */
	list = RTE_TAILQ_LOOKUP("test_tailq_early", rte_tailq_entry_head);
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(it, list, next) {
		TEST_ASSERT(it->data == &values[n], "entry %u out of order", n);
		n++;
	}
	rte_mcfg_tailq_read_unlock();
	TEST_ASSERT_EQUAL(n, 3, "%u entries", n);

	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_dump_tailq(f);
	fclose(f);
	TEST_ASSERT(strstr(buf, "test_tailq_early") != NULL &&
			strstr(buf, "entries:3") != NULL,
		"dump:\n%s", buf);
	free(buf);

	rte_mcfg_tailq_write_lock();
	for (i = 0; i < 3; i++)
		TAILQ_REMOVE(list, e[i], next);
	rte_mcfg_tailq_write_unlock();
	for (i = 0; i < 3; i++)
		rte_free(e[i]);
	TEST_ASSERT(TAILQ_EMPTY(list), "list not empty");
	return TEST_SUCCESS;
}

/* Last: slots taken here stay taken for the life of the memory. */
static struct rte_tailq_elem fill_tailq[RTE_MAX_TAILQ];

static int
test_table_full(void)
{
	unsigned int i, ok = 0;

	for (i = 0; i < RTE_DIM(fill_tailq); i++) {
		snprintf((char *)(uintptr_t)fill_tailq[i].name,
			RTE_TAILQ_NAMESIZE, "test_tailq_fill_%u", i);
		if (rte_eal_tailq_register(&fill_tailq[i]) < 0)
			break;
		ok++;
	}
	TEST_ASSERT(i < RTE_DIM(fill_tailq), "table never full");
	TEST_ASSERT_NULL(fill_tailq[i].head, "refused list attached");
	TEST_ASSERT_NULL(rte_eal_tailq_lookup(fill_tailq[i].name),
		"refused list visible");
	TEST_ASSERT(ok > 0, "no room at all");
	/* Existing lists are intact. */
	TEST_ASSERT(
		rte_eal_tailq_lookup("test_tailq_early") == early_tailq.head,
		"early list lost");
	return TEST_SUCCESS;
}

static struct unit_test_suite tailq_suite = {
	.suite_name = "tailq autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_early_registration),
			TEST_CASE(test_late_and_bad_registration),
			TEST_CASE(test_entries_and_dump),
			TEST_CASE(test_table_full),
			TEST_CASES_END(),
		},
};

static int
test_tailq(void)
{
	return unit_test_suite_runner(&tailq_suite);
}

REGISTER_TEST_COMMAND(tailq_autotest, test_tailq);
