/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mempool_compat_autotest: behaviour a DPDK 22.11 program relies on,
 * and what later releases added: return codes of the DPDK-named
 * functions (and the external mempool manager's own), the name size,
 * RTE_MEMPOOL_F_NON_IO, event callbacks, page size, memory range and
 * object alignment. Each refusal leaves the pool as it was.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_memory.h>
#include <rte_memzone.h>
#include <rte_mempool.h>

#include "test.h"

#define POOL "compat_mp"

static int
test_codes(void)
{
	struct rte_mempool *mp;
	int32_t idx;

	mp = rte_mempool_create_empty(POOL, 64, 64, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	idx = mp->ops_index;
	TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, "nope", NULL), -EINVAL,
		"set_ops_byname: unknown name");
	TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, NULL, NULL), -EINVAL,
		"set_ops_byname: NULL name");
	TEST_ASSERT_EQUAL(rte_mempool_set_handler(mp, "nope"), -ENOENT,
		"set_handler: unknown name");
	TEST_ASSERT_EQUAL(mp->ops_index, idx, "refusal changed the handler");
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("nope"), -1, "lookup");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "lookup rte_errno %d", rte_errno);
	TEST_ASSERT(rte_mempool_populate_default(mp) == 64, "populate");
	TEST_ASSERT_EQUAL(rte_mempool_set_ops_byname(mp, "ring_mp_mc", NULL),
		-EEXIST, "set_ops_byname on a populated pool");
	TEST_ASSERT(rte_mempool_full(mp), "objects lost");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_name_size(void)
{
	char name[RTE_MEMPOOL_NAMESIZE + 1], mz[RTE_MEMZONE_NAMESIZE];
	struct rte_mempool *mp;

	TEST_ASSERT_EQUAL(RTE_MEMPOOL_NAMESIZE, 29, "name size");
	/* The descriptor's memzone name still fits. */
	RTE_BUILD_BUG_ON(
		sizeof(RTE_MEMPOOL_MZ_PREFIX) - 1 + RTE_MEMPOOL_NAMESIZE >
		RTE_MEMZONE_NAMESIZE);
	memset(name, 'a', RTE_MEMPOOL_NAMESIZE);
	name[RTE_MEMPOOL_NAMESIZE] = '\0';
	rte_errno = 0;
	TEST_ASSERT_NULL(
		rte_mempool_create_empty(name, 64, 64, 0, 0, SOCKET_ID_ANY, 0),
		"29-character name accepted");
	TEST_ASSERT_EQUAL(rte_errno, ENAMETOOLONG, "rte_errno %d", rte_errno);
	name[RTE_MEMPOOL_NAMESIZE - 1] = '\0';
	mp = rte_mempool_create_empty(name, 64, 64, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "28-character name refused");
	snprintf(mz, sizeof(mz), RTE_MEMPOOL_MZ_PREFIX "%.*s",
		RTE_MEMPOOL_NAMESIZE - 1, name);
	TEST_ASSERT(rte_memzone_lookup(mz) == mp->mz, "memzone %s", mz);
	TEST_ASSERT(rte_mempool_lookup(name) == mp, "lookup");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_non_io(void)
{
	struct rte_mempool *mp;

	mp = rte_mempool_create_empty(POOL, 64, 64, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT(mp->flags & RTE_MEMPOOL_F_NON_IO, "not NON_IO when empty");
	TEST_ASSERT(rte_mempool_populate_default(mp) == 64, "populate");
	TEST_ASSERT(
		!(mp->flags & RTE_MEMPOOL_F_NON_IO), "NON_IO with IOVA memory");
	rte_mempool_free(mp);

	mp = rte_mempool_create_empty(POOL, 64, 64, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT(rte_mempool_populate_anon(mp) == 64, "populate_anon");
	TEST_ASSERT(mp->flags & RTE_MEMPOOL_F_NON_IO,
		"anonymous memory has no IOVA");
	rte_mempool_free(mp);

	/* A creation flag it is not. */
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_mempool_create_empty(POOL, 64, 64, 0, 0,
				 SOCKET_ID_ANY, RTE_MEMPOOL_F_NON_IO),
		"NON_IO accepted as a creation flag");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	return TEST_SUCCESS;
}

struct ev_log {
	unsigned int ready, destroy;
	struct rte_mempool *last;
};

static void
ev_count(enum rte_mempool_event ev, struct rte_mempool *mp, void *arg)
{
	struct ev_log *l = arg;

	if (ev == RTE_MEMPOOL_EVENT_READY)
		l->ready++;
	else if (ev == RTE_MEMPOOL_EVENT_DESTROY)
		l->destroy++;
	l->last = mp;
}

static struct ev_log self_log;

/* Unregisters itself the first time it runs. */
static void
ev_once(enum rte_mempool_event ev, struct rte_mempool *mp, void *arg)
{
	ev_count(ev, mp, arg);
	rte_mempool_event_callback_unregister(ev_once, arg);
}

static int
test_events(void)
{
	struct ev_log log = {0};
	struct rte_mempool *mp, *seen;

	TEST_ASSERT_EQUAL(rte_mempool_event_callback_register(NULL, NULL),
		-EINVAL, "NULL callback");
	TEST_ASSERT_SUCCESS(rte_mempool_event_callback_register(ev_count, &log),
		"register");
	TEST_ASSERT_EQUAL(rte_mempool_event_callback_register(ev_count, &log),
		-EEXIST, "same callback twice");
	TEST_ASSERT_SUCCESS(
		rte_mempool_event_callback_register(ev_once, &self_log),
		"register ev_once");

	mp = rte_mempool_create_empty(POOL, 64, 64, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT_EQUAL(log.ready, 0, "READY before populate");
	TEST_ASSERT(rte_mempool_populate_default(mp) == 64, "populate");
	TEST_ASSERT_EQUAL(log.ready, 1, "READY after populate");
	TEST_ASSERT(log.last == mp, "READY for another pool");
	seen = mp;
	rte_mempool_free(mp);
	TEST_ASSERT_EQUAL(log.destroy, 1, "DESTROY");
	TEST_ASSERT(log.last == seen, "DESTROY for another pool");
	TEST_ASSERT_EQUAL(self_log.ready + self_log.destroy, 1,
		"self-unregistering callback ran %u times",
		self_log.ready + self_log.destroy);

	TEST_ASSERT_SUCCESS(
		rte_mempool_event_callback_unregister(ev_count, &log),
		"unregister");
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_mempool_event_callback_unregister(ev_count, &log),
		-ENOENT, "unregister twice");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "rte_errno %d", rte_errno);
	mp = rte_mempool_create(
		POOL, 64, 64, 0, 0, NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	rte_mempool_free(mp);
	TEST_ASSERT(log.ready == 1 && log.destroy == 1,
		"unregistered callback still called");
	return TEST_SUCCESS;
}

struct range_check {
	uintptr_t lo, hi;
	size_t align;
	unsigned int outside, misaligned;
};

static void
range_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	struct range_check *c = arg;
	uintptr_t a = (uintptr_t)obj;

	RTE_SET_USED(idx);
	if (a < c->lo || a + mp->elt_size > c->hi)
		c->outside++;
	if (a % c->align != 0)
		c->misaligned++;
}

static int
test_memory_info(void)
{
	struct rte_mempool_mem_range_info r;
	struct range_check c = {0};
	struct rte_mempool *mp;
	size_t pg;

	mp = rte_mempool_create_empty(POOL, 100, 100, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT_SUCCESS(rte_mempool_get_mem_range(mp, &r), "empty range");
	TEST_ASSERT(r.start == NULL && r.length == 0, "empty pool has memory");
	TEST_ASSERT(rte_mempool_populate_default(mp) == 100, "populate");
	TEST_ASSERT_EQUAL(rte_mempool_get_mem_range(NULL, &r), -EINVAL, "NULL");
	TEST_ASSERT_EQUAL(rte_mempool_get_mem_range(mp, NULL), -EINVAL, "NULL");
	TEST_ASSERT_SUCCESS(rte_mempool_get_mem_range(mp, &r), "range");
	TEST_ASSERT(r.is_contiguous, "one chunk is contiguous");
	TEST_ASSERT(r.length >= 100 *
				(size_t)(mp->header_size + mp->elt_size +
					mp->trailer_size),
		"range too short");
	c.lo = (uintptr_t)r.start;
	c.hi = c.lo + r.length;
	c.align = rte_mempool_get_obj_alignment(mp);
	TEST_ASSERT_EQUAL(c.align, RTE_MEMPOOL_ALIGN, "alignment");
	rte_mempool_obj_iter(mp, range_obj, &c);
	TEST_ASSERT_EQUAL(c.outside, 0, "objects outside the range");
	TEST_ASSERT_EQUAL(c.misaligned, 0, "objects not aligned");
	TEST_ASSERT_EQUAL(rte_mempool_get_obj_alignment(NULL), 0, "NULL pool");

	TEST_ASSERT_EQUAL(
		rte_mempool_get_page_size(NULL, &pg), -EINVAL, "NULL");
	TEST_ASSERT_EQUAL(rte_mempool_get_page_size(mp, NULL), -EINVAL, "NULL");
	TEST_ASSERT_SUCCESS(rte_mempool_get_page_size(mp, &pg), "page size");
	TEST_ASSERT(pg != 0 && rte_is_power_of_2((uint32_t)pg), "page size %zu",
		pg);
	if (!rte_eal_has_hugepages())
		TEST_ASSERT_EQUAL(pg, rte_mem_page_size(), "page size");
	rte_mempool_free(mp);

	mp = rte_mempool_create_empty(POOL, 16, 20, 0, 0, SOCKET_ID_ANY,
		RTE_MEMPOOL_F_NO_IOVA_CONTIG | RTE_MEMPOOL_F_NO_CACHE_ALIGN);
	TEST_ASSERT_NOT_NULL(mp, "create_empty");
	TEST_ASSERT_SUCCESS(rte_mempool_get_page_size(mp, &pg), "page size");
	TEST_ASSERT_EQUAL(pg, 0, "no page limit without IOVA contiguity");
	TEST_ASSERT_EQUAL(rte_mempool_get_obj_alignment(mp), sizeof(uint64_t),
		"NO_CACHE_ALIGN alignment");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_contig_block_cookies(void)
{
	struct rte_mempool_info info;
	struct rte_mempool *mp;
	void *first[2];

	if (rte_get_mempool_handler("bucket") < 0) {
		printf("  no bucket handler: skipped\n");
		return TEST_SKIPPED;
	}
	mp = rte_mempool_create_ext(POOL, 1024, 64, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0, "bucket");
	TEST_ASSERT_NOT_NULL(mp, "bucket pool");
	TEST_ASSERT_SUCCESS(rte_mempool_ops_get_info(mp, &info), "get_info");
	TEST_ASSERT_SUCCESS(
		rte_mempool_get_contig_blocks(mp, first, 2), "two blocks");
	/* Fresh blocks pass the check (a panic would end the test). */
	rte_mempool_contig_blocks_check_cookies(mp, first, 2, 2);
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static struct unit_test_suite compat_suite = {
	.suite_name = "mempool compatibility",
	.unit_test_cases =
		{
			TEST_CASE(test_codes),
			TEST_CASE(test_name_size),
			TEST_CASE(test_non_io),
			TEST_CASE(test_events),
			TEST_CASE(test_memory_info),
			TEST_CASE(test_contig_block_cookies),
			TEST_CASES_END(),
		},
};

static int
test_mempool_compat(void)
{
	return unit_test_suite_runner(&compat_suite);
}

REGISTER_TEST_COMMAND(mempool_compat_autotest, test_mempool_compat);
