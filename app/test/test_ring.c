/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * ring_autotest: every rte_ring API on one core: creation and its bad
 * inputs, the single/bulk/burst forms in each sync mode, index
 * wrap-around, exact-size rings and the element-size variants; and a
 * secondary process that finds a ring and a stack by name and moves
 * objects through them. The RTS/HTS modes, peek and zero-copy are in
 * test_ring_modes.c, run as part of the same command.
 */

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>
#include <rte_stack.h>

#include "test.h"
#include "test_ring.h"

#define RING_SIZE 64
#define BIG 256

static void *objs[BIG];
static void *out[BIG];

/* Fill objs with distinct, recognisable pointer values. */
static void
fill_objs(uintptr_t base)
{
	unsigned int i;

	for (i = 0; i < BIG; i++)
		objs[i] = (void *)(base + i);
	memset(out, 0, sizeof(out));
}

/* Dequeue everything and check it is exactly first..first+n-1. */
static int
drain_expect(struct rte_ring *r, uintptr_t first, unsigned int n)
{
	void *o;
	unsigned int i;

	for (i = 0; i < n; i++) {
		TEST_ASSERT_SUCCESS(rte_ring_dequeue(r, &o),
			"object %u of %u missing", i, n);
		TEST_ASSERT_EQUAL((uintptr_t)o, first + i,
			"object %u out of order: %p", i, o);
	}
	TEST_ASSERT_EQUAL(rte_ring_dequeue(r, &o), -ENOENT,
		"ring holds more than %u objects", n);
	return TEST_SUCCESS;
}

static int
test_ring_bad_create(void)
{
	char long_name[RTE_RING_NAMESIZE + 1];
	struct rte_ring *r, *r2;
	void *o;

	/* Size not a power of two, without RING_F_EXACT_SZ. */
	rte_errno = 0;
	r = rte_ring_create("bad_size", RING_SIZE + 1, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r, "non power of 2 size accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	r = rte_ring_create("bad_size", 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r, "size 0 accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	/* Sizes above the maximum, with and without exact size. */
	rte_errno = 0;
	r = rte_ring_create("bad_size", RTE_RING_SZ_MASK + 1, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r, "too big size accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	rte_errno = 0;
	r = rte_ring_create(
		"bad_size", RTE_RING_SZ_MASK, SOCKET_ID_ANY, RING_F_EXACT_SZ);
	TEST_ASSERT_NULL(r, "too big exact size accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	/* Unknown flags. */
	rte_errno = 0;
	r = rte_ring_create("bad_flags", RING_SIZE, SOCKET_ID_ANY, 0x8000);
	TEST_ASSERT_NULL(r, "unknown flag accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	/* Element size not a multiple of 4. */
	rte_errno = 0;
	r = rte_ring_create_elem("bad_esize", 6, RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r, "esize 6 accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	r = rte_ring_create_elem("bad_esize", 0, RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r, "esize 0 accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	/* Name too long, and a missing name. */
	memset(long_name, 'x', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	rte_errno = 0;
	r = rte_ring_create(long_name, RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r, "too long name accepted");
	TEST_ASSERT_EQUAL(rte_errno, ENAMETOOLONG, "rte_errno %d", rte_errno);
	rte_errno = 0;
	r = rte_ring_create(NULL, RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r, "NULL name accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);

	/* None of the failures left a ring behind. */
	TEST_ASSERT_NULL(rte_ring_lookup("bad_size"), "failed ring listed");
	TEST_ASSERT_NULL(rte_ring_lookup("bad_flags"), "failed ring listed");
	TEST_ASSERT_NULL(rte_ring_lookup("bad_esize"), "failed ring listed");
	TEST_ASSERT_NULL(rte_memzone_lookup(RTE_RING_MZ_PREFIX "bad_size"),
		"failed ring left its memzone");

	/* Name taken: refused, and the existing ring is untouched. */
	r = rte_ring_create("taken", RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(r, "cannot create ring: %d", rte_errno);
	TEST_ASSERT_SUCCESS(rte_ring_enqueue(r, (void *)0x1234), "enqueue");
	rte_errno = 0;
	r2 = rte_ring_create("taken", RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NULL(r2, "duplicate name accepted");
	TEST_ASSERT_EQUAL(rte_errno, EEXIST, "rte_errno %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_ring_lookup("taken"), r, "lookup changed");
	TEST_ASSERT_EQUAL(rte_ring_count(r), 1u, "existing ring changed");
	TEST_ASSERT_SUCCESS(rte_ring_dequeue(r, &o), "object lost");
	TEST_ASSERT_EQUAL(o, (void *)0x1234, "object changed");
	rte_ring_free(r);
	TEST_ASSERT_NULL(rte_ring_lookup("taken"), "freed ring still listed");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "rte_errno %d", rte_errno);

	/* The name is free again after rte_ring_free(). */
	r = rte_ring_create("taken", RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(r, "name not reusable: %d", rte_errno);
	rte_ring_free(r);
	return TEST_SUCCESS;
}

static int
test_ring_memsize_and_init(void)
{
	char long_name[RTE_RING_NAMESIZE + 1];
	struct rte_ring *r;
	ssize_t sz;
	void *o;

	sz = rte_ring_get_memsize(RING_SIZE);
	TEST_ASSERT(sz >= (ssize_t)(sizeof(struct rte_ring) +
				  RING_SIZE * sizeof(void *)),
		"memsize %zd too small", sz);
	TEST_ASSERT_EQUAL(sz % RTE_CACHE_LINE_SIZE, 0, "memsize not aligned");
	TEST_ASSERT_EQUAL(rte_ring_get_memsize(RING_SIZE + 1), -EINVAL,
		"non power of 2 size accepted");
	TEST_ASSERT_EQUAL(rte_ring_get_memsize(RTE_RING_SZ_MASK + 1), -EINVAL,
		"too big size accepted");
	TEST_ASSERT_EQUAL(rte_ring_get_memsize_elem(4, RING_SIZE) <= sz, 1,
		"4-byte ring needs more than pointer ring");
	TEST_ASSERT_EQUAL(rte_ring_get_memsize_elem(3, RING_SIZE), -EINVAL,
		"esize 3 accepted");

	/* A ring in caller-provided memory. */
	r = rte_zmalloc("test_ring_init", (size_t)sz, RTE_CACHE_LINE_SIZE);
	TEST_ASSERT_NOT_NULL(r, "no memory");
	TEST_ASSERT_EQUAL(rte_ring_init(r, "plain", RING_SIZE + 1, 0), -EINVAL,
		"bad count accepted");
	TEST_ASSERT_EQUAL(rte_ring_init(r, "plain", RING_SIZE, 0x100), -EINVAL,
		"bad flags accepted");
	TEST_ASSERT_EQUAL(rte_ring_init(NULL, "plain", RING_SIZE, 0), -EINVAL,
		"NULL ring accepted");
	memset(long_name, 'y', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	TEST_ASSERT_EQUAL(rte_ring_init(r, long_name, RING_SIZE, 0),
		-ENAMETOOLONG, "long name accepted");

	TEST_ASSERT_SUCCESS(rte_ring_init(r, "plain", RING_SIZE,
				    RING_F_SP_ENQ | RING_F_SC_DEQ),
		"init failed");
	TEST_ASSERT_EQUAL(rte_ring_get_size(r), RING_SIZE, "size");
	TEST_ASSERT_EQUAL(rte_ring_get_capacity(r), RING_SIZE - 1, "capacity");
	TEST_ASSERT(rte_ring_is_prod_single(r), "not single producer");
	TEST_ASSERT(rte_ring_is_cons_single(r), "not single consumer");
	TEST_ASSERT_NULL(r->memzone, "plain ring claims a memzone");
	TEST_ASSERT_NULL(rte_ring_lookup("plain"), "plain ring registered");
	TEST_ASSERT_SUCCESS(rte_ring_enqueue(r, (void *)7), "enqueue");

	/* Refused: it was not made by rte_ring_create(); still usable. */
	rte_ring_free(r);
	TEST_ASSERT_SUCCESS(rte_ring_dequeue(r, &o), "ring broken by free");
	TEST_ASSERT_EQUAL(o, (void *)7, "object changed");
	rte_free(r);

	/* NULL arguments are harmless. */
	rte_ring_free(NULL);
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_ring_lookup(NULL), "NULL name found a ring");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	rte_ring_dump(stdout, NULL);
	return TEST_SUCCESS;
}

/* Enqueue/dequeue one object at a time through a given mode. */
static int
single_mode(struct rte_ring *r, int mode)
{
	unsigned int cap = rte_ring_get_capacity(r), i;
	void *o;
	int ret;

	fill_objs(0x1000);
	for (i = 0; i < cap; i++) {
		ret = mode == 0	    ? rte_ring_sp_enqueue(r, objs[i])
			: mode == 1 ? rte_ring_mp_enqueue(r, objs[i])
				    : rte_ring_enqueue(r, objs[i]);
		TEST_ASSERT_SUCCESS(ret, "enqueue %u failed", i);
		TEST_ASSERT_EQUAL(rte_ring_count(r), i + 1, "count");
		TEST_ASSERT_EQUAL(rte_ring_free_count(r), cap - i - 1, "free");
	}
	TEST_ASSERT(rte_ring_full(r), "not full");
	TEST_ASSERT(!rte_ring_empty(r), "empty when full");
	ret = mode == 0	    ? rte_ring_sp_enqueue(r, objs[cap])
		: mode == 1 ? rte_ring_mp_enqueue(r, objs[cap])
			    : rte_ring_enqueue(r, objs[cap]);
	TEST_ASSERT_EQUAL(ret, -ENOBUFS, "enqueue on full ring: %d", ret);
	TEST_ASSERT_EQUAL(rte_ring_count(r), cap, "failed enqueue counted");

	for (i = 0; i < cap; i++) {
		ret = mode == 0	    ? rte_ring_sc_dequeue(r, &o)
			: mode == 1 ? rte_ring_mc_dequeue(r, &o)
				    : rte_ring_dequeue(r, &o);
		TEST_ASSERT_SUCCESS(ret, "dequeue %u failed", i);
		TEST_ASSERT_EQUAL(o, objs[i], "dequeue %u out of order", i);
	}
	TEST_ASSERT(rte_ring_empty(r), "not empty");
	o = (void *)0xdead;
	ret = mode == 0	    ? rte_ring_sc_dequeue(r, &o)
		: mode == 1 ? rte_ring_mc_dequeue(r, &o)
			    : rte_ring_dequeue(r, &o);
	TEST_ASSERT_EQUAL(ret, -ENOENT, "dequeue on empty ring: %d", ret);
	TEST_ASSERT_EQUAL(o, (void *)0xdead, "failed dequeue wrote output");
	return TEST_SUCCESS;
}

static int
test_ring_single(void)
{
	unsigned int flags[] = {
		0, RING_F_SP_ENQ | RING_F_SC_DEQ, RING_F_SP_ENQ, RING_F_SC_DEQ};
	struct rte_ring *r;
	unsigned int f;
	int mode;

	for (f = 0; f < RTE_DIM(flags); f++) {
		r = rte_ring_create(
			"single", RING_SIZE, SOCKET_ID_ANY, flags[f]);
		TEST_ASSERT_NOT_NULL(r, "create failed: %d", rte_errno);
		TEST_ASSERT_EQUAL(rte_ring_is_prod_single(r),
			!!(flags[f] & RING_F_SP_ENQ), "producer mode");
		TEST_ASSERT_EQUAL(rte_ring_is_cons_single(r),
			!!(flags[f] & RING_F_SC_DEQ), "consumer mode");
		TEST_ASSERT_EQUAL(rte_ring_get_prod_sync_type(r),
			(flags[f] & RING_F_SP_ENQ) ? RTE_RING_SYNC_ST
						   : RTE_RING_SYNC_MT,
			"producer sync type");
		for (mode = 0; mode < 3; mode++)
			if (single_mode(r, mode) != TEST_SUCCESS) {
				rte_ring_free(r);
				return TEST_FAILED;
			}
		rte_ring_free(r);
	}
	return TEST_SUCCESS;
}

/* Bulk enqueue through mode 0 (sp), 1 (mp), 2 (default). */
static unsigned int
enq_bulk(struct rte_ring *r, int mode, void *const *t, unsigned int n,
	unsigned int *fs)
{
	if (mode == 0)
		return rte_ring_sp_enqueue_bulk(r, t, n, fs);
	if (mode == 1)
		return rte_ring_mp_enqueue_bulk(r, t, n, fs);
	return rte_ring_enqueue_bulk(r, t, n, fs);
}

static unsigned int
deq_bulk(struct rte_ring *r, int mode, void **t, unsigned int n,
	unsigned int *av)
{
	if (mode == 0)
		return rte_ring_sc_dequeue_bulk(r, t, n, av);
	if (mode == 1)
		return rte_ring_mc_dequeue_bulk(r, t, n, av);
	return rte_ring_dequeue_bulk(r, t, n, av);
}

static unsigned int
enq_burst(struct rte_ring *r, int mode, void *const *t, unsigned int n,
	unsigned int *fs)
{
	if (mode == 0)
		return rte_ring_sp_enqueue_burst(r, t, n, fs);
	if (mode == 1)
		return rte_ring_mp_enqueue_burst(r, t, n, fs);
	return rte_ring_enqueue_burst(r, t, n, fs);
}

static unsigned int
deq_burst(struct rte_ring *r, int mode, void **t, unsigned int n,
	unsigned int *av)
{
	if (mode == 0)
		return rte_ring_sc_dequeue_burst(r, t, n, av);
	if (mode == 1)
		return rte_ring_mc_dequeue_burst(r, t, n, av);
	return rte_ring_dequeue_burst(r, t, n, av);
}

static int
test_ring_bulk_burst(void)
{
	const unsigned int cap = RING_SIZE - 1;
	struct rte_ring *r;
	unsigned int fs, av, n, i;
	int mode;

	r = rte_ring_create("bulk", RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(r, "create failed: %d", rte_errno);

	for (mode = 0; mode < 3; mode++) {
		fill_objs(0x10000 * (mode + 1));

		/* Bulk: all or nothing, with the space reported. */
		TEST_ASSERT_EQUAL(enq_bulk(r, mode, objs, 40, &fs), 40u, "");
		TEST_ASSERT_EQUAL(fs, cap - 40, "free space %u", fs);
		fs = 12345;
		TEST_ASSERT_EQUAL(enq_bulk(r, mode, objs + 40, 24, &fs), 0u,
			"bulk enqueue beyond capacity accepted");
		TEST_ASSERT_EQUAL(fs, cap - 40, "free space %u", fs);
		TEST_ASSERT_EQUAL(rte_ring_count(r), 40u, "partial enqueue");
		TEST_ASSERT_EQUAL(enq_bulk(r, mode, objs, BIG, NULL), 0u,
			"n > capacity accepted");
		TEST_ASSERT_EQUAL(enq_bulk(r, mode, objs + 40, 23, &fs), 23u,
			"filling bulk enqueue failed");
		TEST_ASSERT_EQUAL(fs, 0u, "free space %u", fs);
		TEST_ASSERT(rte_ring_full(r), "not full");
		TEST_ASSERT_EQUAL(enq_bulk(r, mode, objs, 0, &fs), 0u, "n=0");

		av = 12345;
		TEST_ASSERT_EQUAL(deq_bulk(r, mode, out, BIG, &av), 0u,
			"dequeue of more than present accepted");
		TEST_ASSERT_EQUAL(av, cap, "available %u", av);
		TEST_ASSERT_EQUAL(rte_ring_count(r), cap, "partial dequeue");
		TEST_ASSERT_EQUAL(deq_bulk(r, mode, out, 50, &av), 50u, "");
		TEST_ASSERT_EQUAL(av, cap - 50, "available %u", av);
		TEST_ASSERT_EQUAL(deq_bulk(r, mode, out + 50, 14, &av), 0u,
			"bulk dequeue of more than present accepted");
		TEST_ASSERT_EQUAL(
			deq_bulk(r, mode, out + 50, 13, &av), 13u, "");
		TEST_ASSERT_EQUAL(av, 0u, "available %u", av);
		TEST_ASSERT_BUFFERS_ARE_EQUAL(
			out, objs, cap * sizeof(void *), "bulk data corrupted");
		TEST_ASSERT(rte_ring_empty(r), "not empty");

		/* Burst: as many as possible. */
		fill_objs(0x20000 * (mode + 1));
		TEST_ASSERT_EQUAL(enq_burst(r, mode, objs, 50, &fs), 50u, "");
		TEST_ASSERT_EQUAL(fs, cap - 50, "free space %u", fs);
		TEST_ASSERT_EQUAL(enq_burst(r, mode, objs + 50, 50, &fs),
			cap - 50, "burst did not fill the ring");
		TEST_ASSERT_EQUAL(fs, 0u, "free space %u", fs);
		TEST_ASSERT_EQUAL(enq_burst(r, mode, objs, 5, &fs), 0u,
			"burst on full ring");
		TEST_ASSERT_EQUAL(deq_burst(r, mode, out, 30, &av), 30u, "");
		TEST_ASSERT_EQUAL(av, cap - 30, "available %u", av);
		n = deq_burst(r, mode, out + 30, BIG, &av);
		TEST_ASSERT_EQUAL(n, cap - 30, "burst dequeue got %u", n);
		TEST_ASSERT_EQUAL(av, 0u, "available %u", av);
		TEST_ASSERT_EQUAL(deq_burst(r, mode, out, 5, &av), 0u,
			"burst on empty ring");
		for (i = 0; i < cap; i++)
			TEST_ASSERT_EQUAL(out[i], objs[i], "burst obj %u", i);
	}
	rte_ring_free(r);
	return TEST_SUCCESS;
}

/* Run objects through many laps of the ring, crossing the slot-table
 * end at every offset, and through the 2^32 wrap of the indices.
 */
static int
test_ring_wraparound(void)
{
	const uint32_t near_wrap = UINT32_MAX - 40;
	struct rte_ring *r;
	unsigned int lap, n, i;
	uintptr_t next_in = 1, next_out = 1;
	void *o;

	r = rte_ring_create("wrap", RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(r, "create failed: %d", rte_errno);

	for (lap = 0; lap < 3 * RING_SIZE; lap++) {
		n = 1 + lap % 37;
		for (i = 0; i < n; i++)
			objs[i] = (void *)next_in++;
		TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk(r, objs, n, NULL), n,
			"lap %u enqueue", lap);
		TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk(r, out, n, NULL), n,
			"lap %u dequeue", lap);
		for (i = 0; i < n; i++)
			TEST_ASSERT_EQUAL((uintptr_t)out[i], next_out++,
				"lap %u obj %u", lap, i);
	}

	/* Move an empty ring's indices just below 2^32. */
	r->prod.head = r->prod.tail = near_wrap;
	r->cons.head = r->cons.tail = near_wrap;
	TEST_ASSERT(rte_ring_empty(r), "not empty at wrap");
	fill_objs(0x300);
	for (lap = 0; lap < 8; lap++) {
		TEST_ASSERT_EQUAL(
			rte_ring_enqueue_burst(r, objs, RING_SIZE, NULL),
			RING_SIZE - 1u, "enqueue across index wrap");
		TEST_ASSERT(rte_ring_full(r), "not full at wrap");
		TEST_ASSERT_EQUAL(rte_ring_count(r), RING_SIZE - 1u, "count");
		TEST_ASSERT_EQUAL(rte_ring_enqueue(r, objs[0]), -ENOBUFS,
			"enqueue on full ring across wrap");
		TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk(r, out, 20, NULL), 20u,
			"dequeue across index wrap");
		TEST_ASSERT_EQUAL(
			rte_ring_dequeue_burst(r, out + 20, BIG, NULL),
			RING_SIZE - 21u, "dequeue across index wrap");
		TEST_ASSERT_BUFFERS_ARE_EQUAL(out, objs,
			(RING_SIZE - 1) * sizeof(void *), "data across wrap");
	}
	TEST_ASSERT(r->prod.tail < near_wrap, "indices did not wrap");

	/* rte_ring_reset() empties the ring. */
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk(r, objs, 10, NULL), 10u, "");
	rte_ring_reset(r);
	TEST_ASSERT(rte_ring_empty(r), "reset ring not empty");
	TEST_ASSERT_EQUAL(rte_ring_count(r), 0u, "count after reset");
	TEST_ASSERT_EQUAL(rte_ring_dequeue(r, &o), -ENOENT, "");
	TEST_ASSERT_SUCCESS(rte_ring_enqueue(r, (void *)5), "");
	if (drain_expect(r, 5, 1) != TEST_SUCCESS)
		return TEST_FAILED;
	rte_ring_free(r);
	return TEST_SUCCESS;
}

static int
test_ring_exact_size(void)
{
	const unsigned int count = 100;
	struct rte_ring *r, *std;
	unsigned int i;

	r = rte_ring_create("exact", count, SOCKET_ID_ANY, RING_F_EXACT_SZ);
	TEST_ASSERT_NOT_NULL(r, "create failed: %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_ring_get_capacity(r), count, "capacity");
	TEST_ASSERT_EQUAL(rte_ring_get_size(r), 128u, "size");
	fill_objs(0x4000);
	TEST_ASSERT_EQUAL(rte_ring_enqueue_burst(r, objs, BIG, NULL), count,
		"exact ring does not hold exactly %u", count);
	TEST_ASSERT(rte_ring_full(r), "not full");
	TEST_ASSERT_EQUAL(rte_ring_free_count(r), 0u, "free count");
	TEST_ASSERT_EQUAL(rte_ring_count(r), count, "count");
	if (drain_expect(r, 0x4000, count) != TEST_SUCCESS)
		return TEST_FAILED;

	/* Wrap around a non power of 2 capacity. */
	for (i = 0; i < 500; i++) {
		TEST_ASSERT_EQUAL(
			rte_ring_enqueue_bulk(r, objs, 77, NULL), 77u, "");
		TEST_ASSERT_EQUAL(
			rte_ring_dequeue_bulk(r, out, 77, NULL), 77u, "");
		TEST_ASSERT_BUFFERS_ARE_EQUAL(out, objs, 77 * sizeof(void *),
			"data after %u laps", i);
	}

	/* A power of 2 count: exact-size holds all of it. */
	std = rte_ring_create("exact64", 64, SOCKET_ID_ANY, RING_F_EXACT_SZ);
	TEST_ASSERT_NOT_NULL(std, "create failed: %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_ring_get_capacity(std), 64u, "capacity");
	TEST_ASSERT_EQUAL(rte_ring_get_size(std), 128u, "size");
	rte_ring_free(std);
	rte_ring_free(r);
	return TEST_SUCCESS;
}

/* Element rings of esize bytes: single, bulk and burst, all modes. */
static int
elem_ring_check(unsigned int esize)
{
	const unsigned int words = esize / 4, cap = RING_SIZE - 1;
	uint32_t in[BIG * 5], outw[BIG * 5], one[5];
	struct rte_ring *r;
	unsigned int i, lap, n, fs, av;

	r = rte_ring_create_elem("elem", esize, RING_SIZE, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(r, "create esize %u failed: %d", esize, rte_errno);
	for (i = 0; i < RTE_DIM(in); i++)
		in[i] = 0xa5000000u + i;

	for (lap = 0; lap < 2 * RING_SIZE; lap++) {
		n = 1 + lap % 29;
		memset(outw, 0, sizeof(outw));
		switch (lap % 3) {
		case 0:
			TEST_ASSERT_EQUAL(rte_ring_sp_enqueue_bulk_elem(
						  r, in + lap, esize, n, &fs),
				n, "esize %u sp bulk", esize);
			TEST_ASSERT_EQUAL(rte_ring_sc_dequeue_bulk_elem(
						  r, outw, esize, n, &av),
				n, "esize %u sc bulk", esize);
			break;
		case 1:
			TEST_ASSERT_EQUAL(rte_ring_mp_enqueue_burst_elem(
						  r, in + lap, esize, n, &fs),
				n, "esize %u mp burst", esize);
			TEST_ASSERT_EQUAL(rte_ring_mc_dequeue_burst_elem(
						  r, outw, esize, n, &av),
				n, "esize %u mc burst", esize);
			break;
		default:
			TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_elem(
						  r, in + lap, esize, n, &fs),
				n, "esize %u bulk", esize);
			TEST_ASSERT_EQUAL(rte_ring_dequeue_burst_elem(
						  r, outw, esize, n, &av),
				n, "esize %u burst", esize);
			break;
		}
		TEST_ASSERT_EQUAL(fs, cap - n, "esize %u free space", esize);
		TEST_ASSERT_EQUAL(av, 0u, "esize %u available", esize);
		TEST_ASSERT_BUFFERS_ARE_EQUAL(outw, in + lap, n * esize,
			"esize %u lap %u data", esize, lap);
	}

	/* All or nothing, and burst limits, with elements. */
	TEST_ASSERT_EQUAL(
		rte_ring_mp_enqueue_bulk_elem(r, in, esize, cap + 1, &fs), 0u,
		"esize %u: bulk beyond capacity", esize);
	TEST_ASSERT(rte_ring_empty(r), "failed bulk left objects");
	TEST_ASSERT_EQUAL(rte_ring_enqueue_burst_elem(r, in, esize, BIG, &fs),
		cap, "esize %u: burst fill", esize);
	TEST_ASSERT_EQUAL(
		rte_ring_mc_dequeue_bulk_elem(r, outw, esize, cap + 1, &av), 0u,
		"esize %u: bulk dequeue beyond count", esize);
	TEST_ASSERT_EQUAL(av, cap, "available");
	TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk_elem(r, outw, esize, cap, NULL),
		cap, "esize %u: drain", esize);
	TEST_ASSERT_BUFFERS_ARE_EQUAL(outw, in, cap * esize, "drain data");

	/* Single-object element calls. */
	TEST_ASSERT_SUCCESS(rte_ring_sp_enqueue_elem(r, &in[0], esize), "");
	TEST_ASSERT_SUCCESS(rte_ring_mp_enqueue_elem(r, &in[words], esize), "");
	TEST_ASSERT_SUCCESS(
		rte_ring_enqueue_elem(r, &in[2 * words], esize), "");
	TEST_ASSERT_SUCCESS(rte_ring_sc_dequeue_elem(r, one, esize), "");
	TEST_ASSERT_BUFFERS_ARE_EQUAL(one, &in[0], esize, "single 0");
	TEST_ASSERT_SUCCESS(rte_ring_mc_dequeue_elem(r, one, esize), "");
	TEST_ASSERT_BUFFERS_ARE_EQUAL(one, &in[words], esize, "single 1");
	TEST_ASSERT_SUCCESS(rte_ring_dequeue_elem(r, one, esize), "");
	TEST_ASSERT_BUFFERS_ARE_EQUAL(one, &in[2 * words], esize, "single 2");
	TEST_ASSERT_EQUAL(rte_ring_dequeue_elem(r, one, esize), -ENOENT, "");
	TEST_ASSERT_EQUAL(rte_ring_sc_dequeue_elem(r, one, esize), -ENOENT, "");
	TEST_ASSERT_EQUAL(rte_ring_mc_dequeue_elem(r, one, esize), -ENOENT, "");
	for (i = 0; i < cap; i++)
		TEST_ASSERT_SUCCESS(
			rte_ring_enqueue_elem(r, &in[i], esize), "");
	TEST_ASSERT_EQUAL(rte_ring_enqueue_elem(r, in, esize), -ENOBUFS, "");
	TEST_ASSERT_EQUAL(rte_ring_sp_enqueue_elem(r, in, esize), -ENOBUFS, "");
	TEST_ASSERT_EQUAL(rte_ring_mp_enqueue_elem(r, in, esize), -ENOBUFS, "");
	rte_ring_free(r);
	return TEST_SUCCESS;
}

static int
test_ring_elem(void)
{
	static const unsigned int sizes[] = {4, 8, 12, 16, 20};
	unsigned int i;

	for (i = 0; i < RTE_DIM(sizes); i++)
		if (elem_ring_check(sizes[i]) != TEST_SUCCESS)
			return TEST_FAILED;
	return TEST_SUCCESS;
}

static int
test_ring_lookup_dump(void)
{
	struct rte_ring *a, *b;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	a = rte_ring_create("look_a", RING_SIZE, SOCKET_ID_ANY, 0);
	b = rte_ring_create_elem(
		"look_b", 4, RING_SIZE, SOCKET_ID_ANY, RING_F_SP_ENQ);
	TEST_ASSERT(a != NULL && b != NULL, "create failed: %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_ring_lookup("look_a"), a, "lookup a");
	TEST_ASSERT_EQUAL(rte_ring_lookup("look_b"), b, "lookup b");
	TEST_ASSERT_NOT_NULL(a->memzone, "memzone not recorded");
	TEST_ASSERT_EQUAL(rte_memzone_lookup(RTE_RING_MZ_PREFIX "look_a"),
		a->memzone, "memzone name");
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_ring_lookup("look_c"), "found a ghost");
	TEST_ASSERT_EQUAL(rte_errno, ENOENT, "rte_errno %d", rte_errno);

	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "open_memstream");
	rte_ring_list_dump(f);
	rte_ring_dump(f, b);
	fclose(f);
	TEST_ASSERT_NOT_NULL(strstr(buf, "look_a"), "list dump lacks a");
	TEST_ASSERT_NOT_NULL(strstr(buf, "look_b"), "list dump lacks b");
	TEST_ASSERT_NOT_NULL(strstr(buf, "capacity=63"), "dump lacks size");
	free(buf);

	rte_ring_free(a);
	TEST_ASSERT_NULL(rte_ring_lookup("look_a"), "freed ring found");
	TEST_ASSERT_NULL(rte_memzone_lookup(RTE_RING_MZ_PREFIX "look_a"),
		"memzone not freed");
	TEST_ASSERT_EQUAL(rte_ring_lookup("look_b"), b, "other ring lost");
	rte_ring_free(b);
	return TEST_SUCCESS;
}

#define MP_RING "mp_ring"
#define MP_STACK "mp_stack"
#define MP_CHILD_RING "mp_child_ring"
#define MP_TOKENS 100

/*
 * Secondary side (run as "ring_mp_child"): take the primary's tokens
 * off its ring and stack, put new ones back, and create a ring of its
 * own for the primary to find.
 */
static int
test_ring_mp_child(void)
{
	struct rte_ring *r, *mine;
	struct rte_stack *s;
	unsigned int i;
	void *o;

	r = rte_ring_lookup(MP_RING);
	TEST_ASSERT_NOT_NULL(r, "secondary cannot find " MP_RING);
	s = rte_stack_lookup(MP_STACK);
	TEST_ASSERT_NOT_NULL(s, "secondary cannot find " MP_STACK);
	TEST_ASSERT_EQUAL(rte_ring_count(r), MP_TOKENS, "ring count");
	for (i = 0; i < MP_TOKENS; i++) {
		TEST_ASSERT_SUCCESS(rte_ring_mc_dequeue(r, &o), "dequeue");
		TEST_ASSERT_EQUAL((uintptr_t)o, 1u + i, "token %u", i);
	}
	for (i = 0; i < 2 * MP_TOKENS; i++)
		TEST_ASSERT_SUCCESS(
			rte_ring_mp_enqueue(r, (void *)(uintptr_t)(1000 + i)),
			"enqueue");
	TEST_ASSERT_EQUAL(rte_stack_count(s), MP_TOKENS, "stack count");
	for (i = 0; i < MP_TOKENS; i++) {
		TEST_ASSERT_EQUAL(rte_stack_pop(s, &o, 1), 1u, "pop");
		TEST_ASSERT_EQUAL((uintptr_t)o, (uintptr_t)MP_TOKENS - i,
			"stack token %u", i);
	}
	o = (void *)0x77;
	TEST_ASSERT_EQUAL(rte_stack_push(s, &o, 1), 1u, "push");

	mine = rte_ring_create(MP_CHILD_RING, 16, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(
		mine, "secondary cannot create a ring: %d", rte_errno);
	TEST_ASSERT_SUCCESS(rte_ring_enqueue(mine, (void *)0x55), "enqueue");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(ring_mp_child, test_ring_mp_child);

static int
test_ring_secondary(void)
{
	char prefix[160];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge",
		"--proc-type=secondary", prefix};
	struct rte_ring *r, *child;
	struct rte_stack *s;
	unsigned int i;
	int status, ret = TEST_FAILED;
	void *o;

	snprintf(
		prefix, sizeof(prefix), "--file-prefix=%s", test_file_prefix());
	r = rte_ring_create(MP_RING, 512, SOCKET_ID_ANY, 0);
	s = rte_stack_create(MP_STACK, 256, SOCKET_ID_ANY, 0);
	if (r == NULL || s == NULL) {
		printf("cannot create ring or stack: %d\n", rte_errno);
		goto out;
	}
	for (i = 0; i < MP_TOKENS; i++) {
		o = (void *)(uintptr_t)(1 + i);
		if (rte_ring_enqueue(r, o) != 0 ||
			rte_stack_push(s, &o, 1) != 1)
			goto out;
	}

	status = test_exec_self(argv, RTE_DIM(argv), "ring_mp_child");
	if (status != 0) {
		printf("secondary process failed (exit %d)\n", status);
		goto out;
	}

	if (rte_ring_count(r) != 2 * MP_TOKENS)
		goto out;
	for (i = 0; i < 2 * MP_TOKENS; i++)
		if (rte_ring_dequeue(r, &o) != 0 || (uintptr_t)o != 1000 + i) {
			printf("token %u from the secondary wrong\n", i);
			goto out;
		}
	if (rte_stack_count(s) != 1 || rte_stack_pop(s, &o, 1) != 1 ||
		o != (void *)0x77) {
		printf("stack push from the secondary lost\n");
		goto out;
	}
	child = rte_ring_lookup(MP_CHILD_RING);
	if (child == NULL || rte_ring_dequeue(child, &o) != 0 ||
		o != (void *)0x55) {
		printf("ring created by the secondary not usable\n");
		goto out;
	}
	rte_ring_free(child);
	ret = TEST_SUCCESS;
out:
	rte_ring_free(r);
	rte_stack_free(s);
	return ret;
}

static struct unit_test_suite *ring_sub_suites[] = {
	&ring_modes_suite,
	NULL,
};

static struct unit_test_suite ring_suite = {
	.suite_name = "ring autotest",
	.unit_test_suites = ring_sub_suites,
	.unit_test_cases =
		{
			TEST_CASE(test_ring_bad_create),
			TEST_CASE(test_ring_memsize_and_init),
			TEST_CASE(test_ring_single),
			TEST_CASE(test_ring_bulk_burst),
			TEST_CASE(test_ring_wraparound),
			TEST_CASE(test_ring_exact_size),
			TEST_CASE(test_ring_elem),
			TEST_CASE(test_ring_lookup_dump),
			TEST_CASE(test_ring_secondary),
			TEST_CASES_END(),
		},
};

static int
test_ring(void)
{
	return unit_test_suite_runner(&ring_suite);
}

REGISTER_TEST_COMMAND(ring_autotest, test_ring);
