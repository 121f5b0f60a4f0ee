/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * bucket_autotest: what the bucket handler adds to the conformance
 * suite (mempool_handler_autotest): its block size in get_info, whole
 * blocks from rte_mempool_get_contig_blocks and their layout, blocks
 * that form again when their objects come back, refused input, the
 * lcore cache of a process that exited taken over by the next user of
 * its lcore id, and a two-lcore run mixing block and object gets that
 * checks every object is handed out once and comes back.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mempool.h>
#include <rte_pause.h>

#include "test.h"

/* Big elements: a few per bucket, so pools have many buckets. */
#define BK_ELT_SIZE 7000
#define BK_BLOCKS 6
#define BK_MAX_OBJS 1024
#define BK_TAG_FREE 0u

/* Bytes of a bucket, as the driver rounds the build option. */
static uint64_t
bk_block_size(void)
{
	return rte_align64pow2(
		(uint64_t)RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB * 1024);
}

static size_t
bk_obj_size(const struct rte_mempool *mp)
{
	return (size_t)mp->header_size + mp->elt_size + mp->trailer_size;
}

/* A bucket pool of n objects (cache 0), or NULL. */
static struct rte_mempool *
bk_pool(const char *name, unsigned int n, unsigned int elt)
{
	return rte_mempool_create_ext(name, n, elt, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0, "bucket");
}

/* Objects per bucket of a pool of BK_ELT_SIZE elements. */
static unsigned int
bk_obj_per_bucket(void)
{
	struct rte_mempool_info info;
	struct rte_mempool *mp = bk_pool("bk_probe", 64, BK_ELT_SIZE);
	int ret;

	if (mp == NULL)
		return 0;
	ret = rte_mempool_ops_get_info(mp, &info);
	rte_mempool_free(mp);
	return ret == 0 ? info.contig_block_size : 0;
}

static int
test_bucket_info(void)
{
	struct rte_mempool_info info;
	struct rte_mempool *mp;
	unsigned int opb;
	size_t obj;

	mp = bk_pool("bk_info", 100, BK_ELT_SIZE);
	TEST_ASSERT_NOT_NULL(mp, "bucket pool: %s", rte_strerror(rte_errno));
	memset(&info, 0, sizeof(info));
	TEST_ASSERT_SUCCESS(rte_mempool_ops_get_info(mp, &info), "get_info");
	opb = info.contig_block_size;
	obj = bk_obj_size(mp);
	/* As many objects as a block holds once its header is taken. */
	TEST_ASSERT(opb >= 1 && opb * obj <= bk_block_size() &&
			(opb + 1) * obj > bk_block_size() - 2 * obj,
		"%u objects of %zu bytes in a %" PRIu64 "-byte bucket", opb,
		obj, bk_block_size());
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 100u, "pool not full");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

/*
 * Expand n blocks into their objects; check each block is opb objects
 * back to back inside one aligned bucket, of mp, and seen nowhere else.
 */
static int
bk_expand(struct rte_mempool *mp, void **firsts, unsigned int n,
	unsigned int opb, void **objs)
{
	const uint64_t mask = ~(bk_block_size() - 1);
	const size_t obj = bk_obj_size(mp);
	unsigned int i, j, k;

	for (i = 0; i < n; i++) {
		char *first = firsts[i];
		char *end = first + (opb - 1) * obj + mp->elt_size - 1;

		TEST_ASSERT(
			((uintptr_t)first & mask) == ((uintptr_t)end & mask),
			"block %u crosses a bucket boundary", i);
		for (j = 0; j < opb; j++) {
			void *o = first + j * obj;

			TEST_ASSERT(rte_mempool_from_obj(o) == mp,
				"block %u object %u is not the pool's", i, j);
			for (k = 0; k < i * opb + j; k++)
				TEST_ASSERT(
					objs[k] != o, "object in two blocks");
			objs[i * opb + j] = o;
		}
	}
	return TEST_SUCCESS;
}

static int
test_bucket_contig(void)
{
	static void *objs[BK_MAX_OBJS];
	void *firsts[BK_BLOCKS + 1];
	unsigned int opb = bk_obj_per_bucket(), n, i;
	struct rte_mempool *mp;
	void *one = NULL;
	int ret = TEST_FAILED;

	TEST_ASSERT(opb > 0 && BK_BLOCKS * opb <= BK_MAX_OBJS,
		"%u objects per bucket", opb);
	n = BK_BLOCKS * opb;
	mp = bk_pool("bk_contig", n, BK_ELT_SIZE);
	TEST_ASSERT_NOT_NULL(mp, "bucket pool: %s", rte_strerror(rte_errno));

	if (rte_mempool_get_contig_blocks(mp, firsts, BK_BLOCKS) != 0) {
		printf("cannot get %u blocks of a full pool\n", BK_BLOCKS);
		goto out;
	}
	if (bk_expand(mp, firsts, BK_BLOCKS, opb, objs) != TEST_SUCCESS)
		goto out;
	if (rte_mempool_avail_count(mp) != 0) {
		printf("%u objects left after taking every block\n",
			rte_mempool_avail_count(mp));
		goto out;
	}
	/* Empty: block and object gets fail and take nothing. */
	firsts[0] = NULL;
	if (rte_mempool_get_contig_blocks(mp, firsts, 1) != -ENOBUFS ||
		firsts[0] != NULL || rte_mempool_get(mp, &one) == 0 ||
		rte_mempool_avail_count(mp) != 0) {
		printf("get from an empty bucket pool did not fail cleanly\n");
		goto out;
	}

	/* Objects back one by one, in an order that mixes the buckets. */
	for (i = 0; i < n; i++)
		rte_mempool_put(mp, objs[(i * 7) % n]);
	if (rte_mempool_avail_count(mp) != n) {
		printf("%u of %u objects back\n", rte_mempool_avail_count(mp),
			n);
		goto out;
	}
	/* Every bucket is whole again. */
	if (rte_mempool_get_contig_blocks(mp, firsts, BK_BLOCKS) != 0 ||
		bk_expand(mp, firsts, BK_BLOCKS, opb, objs) != TEST_SUCCESS) {
		printf("blocks did not form again\n");
		goto out;
	}
	rte_mempool_put_bulk(mp, objs, n);

	/* One object out: one block fewer, and a refused get keeps all. */
	if (rte_mempool_get(mp, &one) != 0) {
		printf("single get failed\n");
		goto out;
	}
	if (rte_mempool_get_contig_blocks(mp, firsts, BK_BLOCKS) != -ENOBUFS ||
		rte_mempool_avail_count(mp) != n - 1) {
		printf("%u blocks given with one object out, or objects "
		       "lost (%u of %u)\n",
			BK_BLOCKS, rte_mempool_avail_count(mp), n - 1);
		goto out;
	}
	if (rte_mempool_get_contig_blocks(mp, firsts, BK_BLOCKS - 1) != 0 ||
		bk_expand(mp, firsts, BK_BLOCKS - 1, opb, objs) !=
			TEST_SUCCESS) {
		printf("the %u whole blocks left were not given\n",
			BK_BLOCKS - 1);
		goto out;
	}
	for (i = 0; i < (BK_BLOCKS - 1) * opb; i++)
		if (objs[i] == one) {
			printf("an object handed out twice\n");
			goto out;
		}
	rte_mempool_put_bulk(mp, objs, (BK_BLOCKS - 1) * opb);
	rte_mempool_put(mp, one);
	if (rte_mempool_avail_count(mp) != n) {
		printf("%u of %u objects back at the end\n",
			rte_mempool_avail_count(mp), n);
		goto out;
	}
	rte_mempool_audit(mp);
	ret = TEST_SUCCESS;
out:
	rte_mempool_free(mp);
	return ret;
}

/* A pool size that is not a multiple of the block: all objects usable. */
static int
test_bucket_uneven(void)
{
	static void *objs[BK_MAX_OBJS];
	unsigned int opb = bk_obj_per_bucket(), n, i;
	struct rte_mempool *mp;
	void *first;

	TEST_ASSERT(opb > 1, "%u objects per bucket", opb);
	n = 3 * opb + opb / 2;
	mp = bk_pool("bk_uneven", n, BK_ELT_SIZE);
	TEST_ASSERT_NOT_NULL(mp, "bucket pool: %s", rte_strerror(rte_errno));
	for (i = 0; i < n; i++)
		TEST_ASSERT_SUCCESS(
			rte_mempool_get(mp, &objs[i]), "object %u of %u", i, n);
	TEST_ASSERT_FAIL(rte_mempool_get(mp, &first), "got more than n");
	rte_mempool_put_bulk(mp, objs, n);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), n, "objects lost");
	/* The part-filled bucket is never a block. */
	TEST_ASSERT_EQUAL(rte_mempool_get_contig_blocks(mp, objs, 4), -ENOBUFS,
		"4 blocks from 3 whole buckets");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), n, "refused get took");
	TEST_ASSERT_SUCCESS(
		rte_mempool_get_contig_blocks(mp, objs, 3), "3 whole blocks");
	for (i = 0; i < 3; i++) {
		unsigned int j;

		for (j = 0; j < opb; j++)
			rte_mempool_put(
				mp, (char *)objs[i] + j * bk_obj_size(mp));
	}
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), n, "objects lost");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_bucket_refused(void)
{
	struct test_capture cap;
	struct rte_mempool *mp;
	unsigned int zones = test_memzone_count();
	void *first = NULL;
	char log[2048];

	/* Handlers without blocks say so. */
	mp = rte_mempool_create_ext("bk_ring", 64, 64, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0, "ring_mp_mc");
	TEST_ASSERT_NOT_NULL(mp, "ring pool: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(rte_mempool_get_contig_blocks(mp, &first, 1),
		-ENOTSUP, "contiguous blocks from a ring");
	TEST_ASSERT(first == NULL, "refused get wrote the table");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 64u, "objects lost");
	rte_mempool_free(mp);

	/* An element bigger than a bucket. */
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture stderr");
	mp = bk_pool("bk_huge", 8, (unsigned int)bk_block_size());
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT_NULL(mp, "pool of elements larger than a bucket");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	TEST_ASSERT(strstr(log, "RTE_DRIVER_MEMPOOL_BUCKET_SIZE_KB") != NULL,
		"no log line naming the bucket size: %s", log);
	TEST_ASSERT_NULL(rte_mempool_lookup("bk_huge"), "refused pool listed");
	TEST_ASSERT_EQUAL(test_memzone_count(), zones, "memzone leaked");
	return TEST_SUCCESS;
}

/*
 * Wait for a forked child (pid from fork()), which must exit with 0
 * and leave all n objects of mp available.
 */
static int
bk_child_done(
	pid_t pid, struct rte_mempool *mp, unsigned int n, const char *what)
{
	int st;

	TEST_ASSERT(pid > 0, "fork: %s", strerror(errno));
	TEST_ASSERT_EQUAL(waitpid(pid, &st, 0), pid, "waitpid");
	TEST_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0,
		"%s failed (status 0x%x)", what, st);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), n,
		"%u of %u counted after %s", rte_mempool_avail_count(mp), n,
		what);
	return TEST_SUCCESS;
}

/*
 * A process that used an lcore's cache and exited: its objects are
 * counted, and the next user of that lcore id (here the parent, on the
 * same lcore) takes the cache over and gets every object, each once.
 * Then a process beside a live user of the cache (a forked child on
 * the same lcore id) gets every object too, the cached ones included.
 */
static int
test_bucket_dead_cache(void)
{
	static void *objs[BK_MAX_OBJS];
	unsigned int opb = bk_obj_per_bucket(), n, i, j;
	struct rte_mempool *mp;
	void *extra;
	pid_t pid;

	TEST_ASSERT(opb > 0 && 4 * opb <= BK_MAX_OBJS, "%u per bucket", opb);
	n = 4 * opb;
	mp = bk_pool("bk_dead", n, BK_ELT_SIZE);
	TEST_ASSERT_NOT_NULL(mp, "bucket pool: %s", rte_strerror(rte_errno));
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		/* Single gets refill the cache; the puts stay in it. */
		for (i = 0; i < 3; i++)
			if (rte_mempool_get(mp, &objs[i]) != 0)
				_exit(1);
		rte_mempool_put_bulk(mp, objs, 3);
		_exit(rte_mempool_avail_count(mp) == n ? 0 : 2);
	}
	TEST_ASSERT_SUCCESS(bk_child_done(pid, mp, n, "the child that exited"),
		"first child");
	for (i = 0; i < n; i++)
		TEST_ASSERT_SUCCESS(
			rte_mempool_get(mp, &objs[i]), "object %u of %u", i, n);
	TEST_ASSERT_FAIL(rte_mempool_get(mp, &extra), "got more than n");
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			TEST_ASSERT(objs[i] != objs[j], "object %u twice", i);
	/* Single puts: some stay in the cache the parent now uses. */
	for (i = 0; i < n; i++)
		rte_mempool_put(mp, objs[i]);

	/*
	 * A forked child shares the lcore id with the live parent: it
	 * uses the store, and gets every object, the parent's cached
	 * ones too, each once.
	 */
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		for (i = 0; i < n; i++)
			if (rte_mempool_get(mp, &objs[i]) != 0)
				_exit(1);
		for (i = 0; i < n; i++)
			for (j = i + 1; j < n; j++)
				if (objs[i] == objs[j])
					_exit(2);
		if (rte_mempool_get(mp, &extra) == 0)
			_exit(3);
		rte_mempool_put_bulk(mp, objs, n);
		_exit(0);
	}
	TEST_ASSERT_SUCCESS(
		bk_child_done(pid, mp, n, "the child beside a live producer"),
		"second child");
	TEST_ASSERT_SUCCESS(rte_mempool_get_contig_blocks(mp, objs, 4),
		"buckets not whole again");
	for (i = 0; i < 4; i++)
		for (j = 0; j < opb; j++)
			rte_mempool_put(
				mp, (char *)objs[i] + j * bk_obj_size(mp));
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), n, "objects lost");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

/* Two lcores: the worker gets/puts objects, the main lcore blocks. */
struct bk_conc {
	struct rte_mempool *mp;
	unsigned int opb;
	uint64_t deadline;
	uint32_t go;
	uint32_t errors;
	uint64_t taken[2];
};

static void
bk_conc_err(struct bk_conc *c, const char *what)
{
	if (__atomic_fetch_add(&c->errors, 1, __ATOMIC_RELAXED) < 5)
		printf("lcore %u: %s\n", rte_lcore_id(), what);
}

/* Mark objects as held by tag (1 + side); check nobody else holds them. */
static void
bk_take(struct bk_conc *c, void **objs, unsigned int n, uint32_t tag)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		uint32_t *t = objs[i];

		if (rte_mempool_from_obj(objs[i]) != c->mp)
			bk_conc_err(c, "foreign object");
		else if (__atomic_exchange_n(t, tag, __ATOMIC_ACQ_REL) !=
			BK_TAG_FREE)
			bk_conc_err(c, "object handed out twice");
	}
}

static void
bk_give(struct bk_conc *c, void **objs, unsigned int n, uint32_t tag)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (__atomic_exchange_n((uint32_t *)objs[i], BK_TAG_FREE,
			    __ATOMIC_ACQ_REL) != tag)
			bk_conc_err(c, "object changed hands while held");
	rte_mempool_put_bulk(c->mp, objs, n);
}

static int
bk_conc_side(void *arg)
{
	struct bk_conc *c = arg;
	const int blocks = rte_lcore_id() == rte_get_main_lcore();
	const uint32_t tag = blocks ? 2 : 1;
	static void *held[2][BK_MAX_OBJS];
	void **mine = held[blocks];
	uint64_t seed = 88172645463325252ull + tag;
	unsigned int nheld = 0, k, i;
	void *firsts[2];

	while (__atomic_load_n(&c->go, __ATOMIC_ACQUIRE) == 0)
		rte_pause();
	while (rte_get_timer_cycles() < c->deadline) {
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		k = 1 + seed % 2;
		if (blocks && nheld == 0) {
			if (rte_mempool_get_contig_blocks(c->mp, firsts, k) !=
				0)
				continue;
			for (i = 0; i < k * c->opb; i++)
				mine[i] = (char *)firsts[i / c->opb] +
					(i % c->opb) * bk_obj_size(c->mp);
			bk_take(c, mine, k * c->opb, tag);
			nheld = k * c->opb;
			c->taken[1] += nheld;
		} else if (!blocks && nheld + 2 * c->opb <= BK_MAX_OBJS &&
			(nheld == 0 || (seed >> 40) % 2)) {
			k = 1 + (seed >> 8) % (2 * c->opb);
			if (rte_mempool_get_bulk(c->mp, mine + nheld, k) != 0)
				continue;
			bk_take(c, mine + nheld, k, tag);
			nheld += k;
			c->taken[0] += k;
		} else {
			/* Put back a random part, objects or blocks alike. */
			k = blocks ? nheld : 1 + (seed >> 16) % nheld;
			nheld -= k;
			bk_give(c, mine + nheld, k, tag);
		}
	}
	bk_give(c, mine, nheld, tag);
	return 0;
}

static int
test_bucket_two_lcores(void)
{
	static void *all[BK_MAX_OBJS];
	static struct bk_conc c;
	unsigned int worker, n, i, j;
	double secs = (double)test_env_long("STRESS_SECONDS", 1);

	if (rte_lcore_count() < 2) {
		printf("needs two lcores (-l 0-1): skipped\n");
		return TEST_SKIPPED;
	}
	memset(&c, 0, sizeof(c));
	c.opb = bk_obj_per_bucket();
	TEST_ASSERT(
		c.opb > 0 && 8 * c.opb <= BK_MAX_OBJS, "%u per bucket", c.opb);
	n = 8 * c.opb;
	c.mp = bk_pool("bk_conc", n, BK_ELT_SIZE);
	TEST_ASSERT_NOT_NULL(c.mp, "bucket pool: %s", rte_strerror(rte_errno));
	/* Element words start free. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(c.mp, all, n), "get all");
	for (i = 0; i < n; i++)
		*(uint32_t *)all[i] = BK_TAG_FREE;
	rte_mempool_put_bulk(c.mp, all, n);

	worker = rte_get_next_lcore(-1, 1, 0);
	c.deadline = rte_get_timer_cycles() +
		(uint64_t)((secs > 0 ? secs : 1) * rte_get_timer_hz());
	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(bk_conc_side, &c, worker), "launch");
	__atomic_store_n(&c.go, 1, __ATOMIC_RELEASE);
	bk_conc_side(&c);
	rte_eal_wait_lcore(worker);

	printf("bucket: %" PRIu64 " objects and %" PRIu64
	       " in blocks taken on two lcores\n",
		c.taken[0], c.taken[1]);
	TEST_ASSERT_EQUAL(c.errors, 0u, "%u errors", c.errors);
	TEST_ASSERT(
		c.taken[0] > 0 && c.taken[1] > 0, "a side made no progress");
	/* Conservation: all n back, each once. */
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(c.mp), n, "%u of %u back",
		rte_mempool_avail_count(c.mp), n);
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(c.mp, all, n), "get all");
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			TEST_ASSERT(all[i] != all[j], "object %u twice", i);
	rte_mempool_put_bulk(c.mp, all, n);
	/* And every bucket is whole once all are back. */
	TEST_ASSERT_SUCCESS(rte_mempool_get_contig_blocks(c.mp, all, 8),
		"buckets not whole after the run");
	for (i = 0; i < 8; i++)
		for (j = 0; j < c.opb; j++)
			rte_mempool_put(
				c.mp, (char *)all[i] + j * bk_obj_size(c.mp));
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(c.mp), n, "objects lost");
	rte_mempool_free(c.mp);
	return TEST_SUCCESS;
}

static struct unit_test_suite bucket_suite = {
	.suite_name = "bucket mempool handler",
	.unit_test_cases =
		{
			TEST_CASE(test_bucket_info),
			TEST_CASE(test_bucket_contig),
			TEST_CASE(test_bucket_uneven),
			TEST_CASE(test_bucket_refused),
			TEST_CASE(test_bucket_dead_cache),
			TEST_CASE(test_bucket_two_lcores),
			TEST_CASES_END(),
		},
};

static int
test_bucket(void)
{
	return unit_test_suite_runner(&bucket_suite);
}

REGISTER_TEST_COMMAND(bucket_autotest, test_bucket);
