/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_registry_autotest: the handler registry. Handlers registered
 * by this file under both spellings (the external mempool manager's
 * REGISTER_MEMPOOL_HANDLER and DPDK's RTE_MEMPOOL_REGISTER_OPS), one of
 * them owning its objects' memory, each running every pool API; each
 * refused registration with its error code and the table unchanged;
 * and a full table (RTE_MEMPOOL_MAX_OPS_IDX handlers), filled in a
 * child process so that this process's table, and so every other test,
 * is left as it was.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_mempool.h>
#include <rte_spinlock.h>
#include <rte_string_fns.h>

#include "test.h"
#include "test_mempool.h"

/* A LIFO of free objects in rte_malloc'd memory, behind a spinlock. */
struct test_lifo {
	rte_spinlock_t lock;
	unsigned int len;
	unsigned int size;
	void *objs[];
};

static int
lifo_alloc(struct rte_mempool *mp)
{
	struct test_lifo *l = rte_zmalloc(
		"test_lifo", sizeof(*l) + sizeof(void *) * mp->size, 0);

	if (l == NULL)
		return -ENOMEM;
	rte_spinlock_init(&l->lock);
	l->size = mp->size;
	mp->pool_data = l;
	return 0;
}

static void
lifo_free(struct rte_mempool *mp)
{
	rte_free(mp->pool_data);
}

static int
lifo_put(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	struct test_lifo *l = mp->pool_data;
	unsigned int i;

	rte_spinlock_lock(&l->lock);
	if (l->len + n > l->size) {
		rte_spinlock_unlock(&l->lock);
		return -ENOBUFS;
	}
	for (i = 0; i < n; i++)
		l->objs[l->len++] = objs[i];
	rte_spinlock_unlock(&l->lock);
	return 0;
}

static int
lifo_get(struct rte_mempool *mp, void **objs, unsigned int n)
{
	struct test_lifo *l = mp->pool_data;
	unsigned int i;

	rte_spinlock_lock(&l->lock);
	if (n > l->len) {
		rte_spinlock_unlock(&l->lock);
		return -ENOENT;
	}
	for (i = 0; i < n; i++)
		objs[i] = l->objs[--l->len];
	rte_spinlock_unlock(&l->lock);
	return 0;
}

static unsigned int
lifo_count(const struct rte_mempool *mp)
{
	struct test_lifo *l = mp->pool_data;

	return __atomic_load_n(&l->len, __ATOMIC_RELAXED);
}

/* The external mempool manager's spelling. */
static struct rte_mempool_handler test_seed_handler = {
	.name = "test_seed_lifo",
	.alloc = lifo_alloc,
	.put = lifo_put,
	.get = lifo_get,
	.get_count = lifo_count,
	.free = lifo_free,
};
REGISTER_MEMPOOL_HANDLER(test_seed_handler);

/* DPDK 22.11's spelling of the same thing. */
static const struct rte_mempool_ops test_dpdk_ops = {
	.name = "test_dpdk_lifo",
	.alloc = lifo_alloc,
	.free = lifo_free,
	.enqueue = lifo_put,
	.dequeue = lifo_get,
	.get_count = lifo_count,
};
RTE_MEMPOOL_REGISTER_OPS(test_dpdk_ops);

/*
 * A handler that owns its objects' memory: each object is its own
 * rte_malloc allocation (RTE_MEMPOOL_HANDLER_F_OWN_MEMORY), kept in a
 * LIFO; free releases them all.
 */
static int
own_populate(struct rte_mempool *mp, unsigned int max_objs, void *vaddr,
	rte_iova_t iova, size_t len, rte_mempool_populate_obj_cb_t *obj_cb,
	void *obj_cb_arg)
{
	size_t total = mp->header_size + mp->elt_size + mp->trailer_size;
	unsigned int i;

	RTE_SET_USED(iova);
	if (vaddr != NULL || len != 0)
		return -EINVAL;
	for (i = 0; i < max_objs; i++) {
		char *m = rte_malloc("test_own", total, RTE_CACHE_LINE_SIZE);
		void *obj;

		if (m == NULL)
			break;
		obj = m + mp->header_size;
		obj_cb(mp, obj_cb_arg, obj, rte_mem_virt2iova(obj));
		if (lifo_put(mp, &obj, 1) != 0) {
			rte_free(m);
			break;
		}
	}
	return (int)i;
}

static void
own_free_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	RTE_SET_USED(arg);
	RTE_SET_USED(idx);
	rte_free(RTE_PTR_SUB(obj, mp->header_size));
}

static void
own_free(struct rte_mempool *mp)
{
	rte_mempool_obj_iter(mp, own_free_obj, NULL);
	lifo_free(mp);
}

static struct rte_mempool_handler test_own_handler = {
	.name = "test_own_memory",
	.alloc = lifo_alloc,
	.put = lifo_put,
	.get = lifo_get,
	.get_count = lifo_count,
	.free = own_free,
	.populate = own_populate,
	.flags = RTE_MEMPOOL_HANDLER_F_OWN_MEMORY |
		RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL,
};
REGISTER_MEMPOOL_HANDLER(test_own_handler);

/* DPDK style: no flag, calc_mem_size says "no memory needed". */
static ssize_t
own_calc_mem_size(const struct rte_mempool *mp, uint32_t obj_num,
	uint32_t pg_shift, size_t *min_chunk_size, size_t *align)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(obj_num);
	RTE_SET_USED(pg_shift);
	*min_chunk_size = 0;
	*align = 0;
	return 0;
}

static const struct rte_mempool_ops test_own_ops = {
	.name = "test_own_memory_ops",
	.alloc = lifo_alloc,
	.free = own_free,
	.enqueue = lifo_put,
	.dequeue = lifo_get,
	.get_count = lifo_count,
	.calc_mem_size = own_calc_mem_size,
	.populate = own_populate,
};
RTE_MEMPOOL_REGISTER_OPS(test_own_ops);

static int
test_registered_handlers(void)
{
	static const char *const names[] = {
		"test_seed_lifo",
		"test_dpdk_lifo",
		"test_own_memory",
		"test_own_memory_ops",
	};
	unsigned int i, mz_before;

	for (i = 0; i < RTE_DIM(names); i++) {
		int idx = rte_get_mempool_handler(names[i]);

		TEST_ASSERT(idx >= 0, "%s not registered", names[i]);
		TEST_ASSERT_EQUAL(
			strcmp(rte_mempool_ops_table.ops[idx].name, names[i]),
			0, "table slot %d", idx);
		printf("  %s (index %d)\n", names[i], idx);
		mz_before = test_memzone_count();
		TEST_ASSERT_SUCCESS(
			test_mempool_on_handler(names[i], 0), "%s", names[i]);
		TEST_ASSERT_SUCCESS(test_mempool_on_handler(names[i], 64),
			"%s cache", names[i]);
		TEST_ASSERT_EQUAL(test_memzone_count(), mz_before, "memzones");
	}
	/* The manager's put/get and DPDK's enqueue/dequeue are one field. */
	i = rte_get_mempool_handler("test_dpdk_lifo");
	TEST_ASSERT(rte_mempool_ops_table.ops[i].put == lifo_put &&
			rte_mempool_ops_table.ops[i].get == lifo_get,
		"spellings share fields");
	/* Handler-owned memory: no memzone chunk was used. */
	{
		struct rte_mempool *mp = rte_mempool_create_ext(POOL_NAME, 16,
			ELT_SIZE, 0, 0, NULL, NULL, NULL, NULL, SOCKET_ID_ANY,
			0, "test_own_memory");

		TEST_ASSERT_NOT_NULL(mp, "own memory pool");
		TEST_ASSERT_EQUAL(mp->nb_mem_chunks, 0, "no chunk");
		TEST_ASSERT_EQUAL(mp->populated_size, 16, "populated");
		rte_mempool_free(mp);
	}
	return TEST_SUCCESS;
}

static int
count_visit(const struct rte_mempool_handler *h, int idx, void *arg)
{
	RTE_SET_USED(h);
	RTE_SET_USED(idx);
	(*(int *)arg)++;
	return 0;
}

static int
registry_size(void)
{
	int n = 0;

	rte_mempool_handler_walk(count_visit, &n);
	return n;
}

/* Each refused registration: its errno, and the table unchanged. */
static int
test_registry_errors(void)
{
	struct rte_mempool_handler h = test_seed_handler;
	int before = registry_size();
	unsigned int i;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	TEST_ASSERT(before >= 4, "ring handlers registered");
	for (i = 0; i < TEST_MEMPOOL_NB_RING_HANDLERS; i++)
		TEST_ASSERT(rte_get_mempool_handler(
				    test_mempool_ring_handlers[i]) >= 0,
			"%s", test_mempool_ring_handlers[i]);
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("nope"), -1, "unknown");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "unknown errno");
	TEST_ASSERT_EQUAL(rte_get_mempool_handler(NULL), -1, "NULL name");

	TEST_ASSERT_EQUAL(rte_mempool_handler_register(NULL), -EINVAL, "NULL");
	strcpy(h.name, "");
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EINVAL, "empty");
	memset(h.name, 'x', sizeof(h.name)); /* 32 chars, no NUL */
	TEST_ASSERT_EQUAL(
		rte_mempool_handler_register(&h), -ENAMETOOLONG, "too long");
	strcpy(h.name, "ring_mp_mc");
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EEXIST, "dup");
	TEST_ASSERT_EQUAL(rte_mempool_register_ops(&h), -EEXIST, "dup ops");

	strcpy(h.name, "test_null_cb");
#define NULL_CB(field) \
	do { \
		struct rte_mempool_handler b = h; \
		b.field = NULL; \
		TEST_ASSERT_EQUAL(rte_mempool_handler_register(&b), -EINVAL, \
			"NULL " #field); \
	} while (0)
	NULL_CB(alloc);
	NULL_CB(put);
	NULL_CB(get);
	NULL_CB(get_count);
	NULL_CB(free);
	h.flags = 0x80;
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EINVAL, "flags");
	h.flags = RTE_MEMPOOL_HANDLER_F_OWN_MEMORY;
	h.populate = NULL;
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -EINVAL,
		"own memory without populate");
	TEST_ASSERT_EQUAL(registry_size(), before, "table changed");
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("test_null_cb"), -1,
		"refused handler visible");

	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_mempool_handler_dump(f);
	fclose(f);
	TEST_ASSERT(strstr(buf, "ring_sp_sc") && strstr(buf, "test_seed_lifo"),
		"handler dump: %s", buf);
	free(buf);
	return TEST_SUCCESS;
}

/* Names of the registered handlers, by index. */
struct registry_snapshot {
	int n;
	char names[RTE_MEMPOOL_MAX_OPS_IDX][RTE_MEMPOOL_HANDLER_NAMESIZE];
};

static int
snapshot_visit(const struct rte_mempool_handler *h, int idx, void *arg)
{
	struct registry_snapshot *s = arg;

	if (idx >= 0 && idx < RTE_MEMPOOL_MAX_OPS_IDX)
		rte_strscpy(s->names[idx], h->name, sizeof(s->names[idx]));
	s->n++;
	return 0;
}

static void
registry_snapshot(struct registry_snapshot *s)
{
	memset(s, 0, sizeof(*s));
	rte_mempool_handler_walk(snapshot_visit, s);
}

/*
 * In a child process of its own: fill the table up to
 * RTE_MEMPOOL_MAX_OPS_IDX handlers; one more is refused with -ENOSPC
 * under both spellings, and nothing else changes.
 */
static int
registry_full_child(void)
{
	static struct registry_snapshot before, after;
	struct rte_mempool_handler h = test_seed_handler;
	char last[RTE_MEMPOOL_HANDLER_NAMESIZE] = "";
	int i, ret;

	registry_snapshot(&before);
	for (i = before.n; i < RTE_MEMPOOL_MAX_OPS_IDX; i++) {
		snprintf(h.name, sizeof(h.name), "test_fill_%d", i);
		ret = rte_mempool_handler_register(&h);
		TEST_ASSERT_EQUAL(ret, i, "slot %d got %d", i, ret);
		rte_strscpy(last, h.name, sizeof(last));
	}
	TEST_ASSERT_EQUAL(registry_size(), RTE_MEMPOOL_MAX_OPS_IDX,
		"%d handlers, not %d", registry_size(),
		RTE_MEMPOOL_MAX_OPS_IDX);
	registry_snapshot(&after);

	strcpy(h.name, "test_one_too_many");
	TEST_ASSERT_EQUAL(rte_mempool_handler_register(&h), -ENOSPC,
		"handler %d", RTE_MEMPOOL_MAX_OPS_IDX + 1);
	TEST_ASSERT_EQUAL(rte_mempool_register_ops(&h), -ENOSPC, "ops %d",
		RTE_MEMPOOL_MAX_OPS_IDX + 1);
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("test_one_too_many"), -1,
		"refused handler visible");
	registry_snapshot(&before);
	TEST_ASSERT_EQUAL(before.n, after.n, "table size changed");
	for (i = 0; i < RTE_MEMPOOL_MAX_OPS_IDX; i++)
		TEST_ASSERT_EQUAL(strcmp(before.names[i], after.names[i]), 0,
			"slot %d changed: %s -> %s", i, after.names[i],
			before.names[i]);

	/* Built-in handlers and the last filler keep working. */
	TEST_ASSERT_SUCCESS(test_mempool_on_handler("ring_mp_mc", 16),
		"ring_mp_mc in a full table");
	if (last[0] != '\0')
		TEST_ASSERT_SUCCESS(test_mempool_on_handler(last, 0),
			"%s in a full table", last);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(mempool_registry_full_child, registry_full_child);

static int
test_registry_full(void)
{
	static struct registry_snapshot before, after;
	static char out[32768];
	int rc;

	registry_snapshot(&before);
	rc = test_run_child("mempool_registry_full_child", out, sizeof(out));
	TEST_ASSERT_EQUAL(rc, 0, "child failed (status %d):\n%s", rc, out);
	TEST_ASSERT_NOT_NULL(strstr(out, "cannot register handler"),
		"refusal not logged:\n%s", out);
	TEST_ASSERT_NOT_NULL(strstr(out, "test_one_too_many"),
		"log does not name the refused handler:\n%s", out);
	/* This process's table is untouched. */
	registry_snapshot(&after);
	TEST_ASSERT_EQUAL(memcmp(&before, &after, sizeof(before)), 0,
		"the child changed this process's table");
	return TEST_SUCCESS;
}

static struct unit_test_suite mempool_registry_suite = {
	.suite_name = "mempool registry autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_registry_errors),
			TEST_CASE(test_registered_handlers),
			TEST_CASE(test_registry_full),
			TEST_CASES_END(),
		},
};

static int
test_mempool_registry(void)
{
	return unit_test_suite_runner(&mempool_registry_suite);
}

REGISTER_TEST_COMMAND(mempool_registry_autotest, test_mempool_registry);
