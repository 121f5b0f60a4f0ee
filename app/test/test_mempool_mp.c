/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Mempools shared by a primary and real secondary processes of this
 * binary. The secondary registers its handlers in another order, has
 * one the primary lacks and lacks one the primary has; each pool must
 * still reach the same handler code in both processes (handler index
 * = shared index), objects flow both ways and nothing is lost. Then:
 * both processes hammering one pool; a secondary that exits or is
 * killed holding objects; secondaries that must be refused (no
 * primary, other prefix, bad layout versions, shared lcore ids,
 * process-local pools).
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_random.h>
#include <rte_ring.h>
#include <rte_stack.h>

#include "custom_mempool.h"
#include "eal_memcfg.h"
#include "mempool_name_table.h"
#include "test.h"
#include "test_mempool_mp.h"

/* ----- the control block both sides share ----- */

#define CTL_ZONE "mpt_ctl"
#define XFER_TO_PRIMARY "mpt_to_primary"
#define XFER_TO_SECONDARY "mpt_to_secondary"
#define XSTACK "mpt_xstack"
#define CHILD_ZONE "mpt_child_zone"
#define CHILD_RING "mpt_child_ring"

/* Pools the primary makes for the re-slot scenario. */
struct mpt_pool_def {
	const char *pool;
	const char *handler;
	unsigned int n;
	unsigned int cache;
};

static const struct mpt_pool_def pool_defs[] = {
	{"mpt_ring", "ring_mp_mc", 512, 32},
	{"mpt_stack", "stack", 256, 16},
	{"mpt_lfstack", "lf_stack", 256, 0},
	{"mpt_pool_a", MPT_HANDLER_A, 128, 16},
	{"mpt_pool_b", MPT_HANDLER_B, 128, 0},
	{"mpt_pool_b2", MPT_HANDLER_B, 256, 32},
	{"mpt_rts", "ring_mt_rts", 256, 16},
	{"mpt_hts", "ring_mt_hts", 256, 0},
	{"mpt_bucket", "bucket", 256, 16},
};
#define NB_POOLS RTE_DIM(pool_defs)
#define PO_POOL "mpt_pool_po"
#define PO_SIZE 64
#define EXTRA_POOL "mpt_pool_extra"
#define EXTRA_SIZE 64
#define CUSTOM_POOL "mpt_custom"
/* Objects the secondary sends to the primary, per pool. */
#define KEEP 4
#define HAMMER_POOL "mpt_hammer"
#define HAMMER_N 1024
#define HOLD_POOL "mpt_hold"
#define HOLD_N 256
#define HOLD_CACHE 32
#define HOLD_TAKEN 10
/* Lcore id the secondaries use: distinct from the primary's 0-1. */
#define CHILD_LCORE 2
/* --lcores=2@<a CPU other than the primary's main lcore, if any>. */
static char child_lcores[32];
#define CHILD_LCORES child_lcores

enum hold_mode { HOLD_EXIT = 1, HOLD_KILL = 2 };

struct mpt_ctl {
	int32_t idx[NB_POOLS]; /* primary's handler index per pool */
	int32_t po_idx; /* index of the handler the secondary lacks */
	int32_t extra_idx; /* written by the secondary */
	uint32_t hold_mode;
	uint32_t ready; /* the secondary reached its waiting point */
	uint32_t go; /* hammer: start */
	uint32_t stop; /* hammer: stop */
	uint64_t child_ops; /* hammer: bulk operations by the secondary */
	uint32_t child_dups; /* hammer: objects found owned by another */
	uint32_t lost_count; /* hammer: pool counts off in the child */
};

static struct mpt_ctl *
ctl_get(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(CTL_ZONE);

	return mz != NULL ? mz->addr : NULL;
}

/* ----- running a secondary with its stderr captured ----- */

static char child_log[16384];

/*
 * Children inherit the affinity of the forking thread, which the EAL
 * pinned to the main lcore's CPU: let them see every online CPU.
 */
static pid_t
spawn_wide(const char *const argv[], int argc, const char *cmd)
{
	cpu_set_t saved;
	pid_t pid;

	test_affinity_widen(&saved);
	pid = test_spawn_self(argv, argc, cmd);
	test_affinity_restore(&saved);
	return pid;
}

static int
exec_wide(const char *const argv[], int argc, const char *cmd)
{
	pid_t pid = spawn_wide(argv, argc, cmd);

	return pid < 0 ? -1 : test_wait_child(pid);
}

/* argv for a secondary: lc is one --lcores=... argument. */
#define SEC_ARGS(pfx, lc) \
	{ \
		"dpdk-test", lc, "--no-huge", "--proc-type=secondary", pfx \
	}

static int
run_secondary(const char *cmd, const char *lcores, const char *prefix)
{
	char pfx[160];
	const char *argv[] = SEC_ARGS(pfx, lcores);
	struct test_capture cap;
	int status;

	snprintf(pfx, sizeof(pfx), "--file-prefix=%s",
		prefix != NULL ? prefix : test_file_prefix());
	if (test_capture_begin(&cap) < 0)
		return -1;
	status = exec_wide(argv, RTE_DIM(argv), cmd);
	test_capture_end(&cap, child_log, sizeof(child_log));
	printf("child %s: exit %d, stderr:\n%s", cmd, status, child_log);
	return status;
}

/* ----- the secondary's side ----- */

static int
obj_cmp(const void *a, const void *b)
{
	uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;

	return x < y ? -1 : x > y;
}

/*
 * Take every object of a full pool through the cache, check each is
 * the pool's and distinct, give back all but KEEP (returned in keep).
 */
static int
drain_and_refill(struct rte_mempool *mp, unsigned int n, void **keep)
{
	void **objs = calloc(n, sizeof(*objs));
	unsigned int got = 0, i;
	void *extra;
	int ret = TEST_FAILED;

	if (objs == NULL)
		return TEST_FAILED;
	while (got < n) {
		unsigned int b = RTE_MIN(8u, n - got);

		if (rte_mempool_get_bulk(mp, &objs[got], b) != 0) {
			printf("%s: get failed after %u of %u\n", mp->name, got,
				n);
			goto out;
		}
		got += b;
	}
	if (rte_mempool_get(mp, &extra) != -ENOENT) {
		printf("%s: more objects than its size\n", mp->name);
		goto out;
	}
	qsort(objs, n, sizeof(*objs), obj_cmp);
	for (i = 0; i < n; i++) {
		if (rte_mempool_from_obj(objs[i]) != mp ||
			(i > 0 && objs[i] == objs[i - 1])) {
			printf("%s: object %p foreign or duplicated\n",
				mp->name, objs[i]);
			goto out;
		}
	}
	memcpy(keep, objs, KEEP * sizeof(*objs));
	rte_mempool_put_bulk(mp, &objs[KEEP], n - KEEP);
	ret = TEST_SUCCESS;
out:
	free(objs);
	return ret;
}

static void
count_mpt_pools(struct rte_mempool *mp, void *arg)
{
	if (strncmp(mp->name, "mpt_", 4) == 0)
		(*(unsigned int *)arg)++;
}

static void
find_custom_pool(struct rte_mempool *mp, void *arg)
{
	if (strcmp(mp->name, CUSTOM_POOL) == 0)
		*(struct rte_mempool **)arg = mp;
}

static int
child_reslot(void)
{
	struct mpt_ctl *ctl = ctl_get();
	struct rte_ring *to_pri, *to_sec;
	struct rte_stack *xs;
	struct rte_mempool *mp, *extra;
	void *keep[KEEP], *back[NB_POOLS * KEEP], *tok;
	char *dump = NULL;
	size_t dump_len = 0;
	FILE *f;
	unsigned int i, nb;
	int idx;

	TEST_ASSERT_NOT_NULL(ctl, "no control zone");
	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_SECONDARY, "not a secondary");

	/* Registered after init: takes the primary's index. */
	idx = rte_mempool_handler_register(&mpt_handler_a);
	TEST_ASSERT_EQUAL(idx, ctl->idx[3],
		"late %s got index %d, primary has %d", MPT_HANDLER_A, idx,
		ctl->idx[3]);
	for (i = 0; i < NB_POOLS; i++) {
		idx = rte_get_mempool_handler(pool_defs[i].handler);
		TEST_ASSERT_EQUAL(idx, ctl->idx[i],
			"%s is index %d here, %d in the primary",
			pool_defs[i].handler, idx, ctl->idx[i]);
	}
	TEST_ASSERT(rte_get_mempool_handler(MPT_HANDLER_PO) < 0 &&
			rte_errno == ENOENT,
		"handler the secondary lacks is found");
	idx = rte_get_mempool_handler(MPT_HANDLER_EXTRA);
	TEST_ASSERT(idx >= 0, "extra handler lost");
	TEST_ASSERT(idx != ctl->po_idx, "extra handler on a taken index");
	for (i = 0; i < NB_POOLS; i++)
		TEST_ASSERT(idx != ctl->idx[i], "extra on a taken index");
	ctl->extra_idx = idx;

	/* The walk sees every pool of the primary, the refused ones too. */
	nb = 0;
	rte_mempool_walk(count_mpt_pools, &nb);
	TEST_ASSERT_EQUAL(nb, NB_POOLS + 2, "walk saw %u pools", nb);

	/* Every pool: each object once, back to its pool, KEEP sent. */
	to_pri = rte_ring_lookup(XFER_TO_PRIMARY);
	to_sec = rte_ring_lookup(XFER_TO_SECONDARY);
	TEST_ASSERT(to_pri != NULL && to_sec != NULL, "rings not found");
	for (i = 0; i < NB_POOLS; i++) {
		mp = rte_mempool_lookup(pool_defs[i].pool);
		TEST_ASSERT_NOT_NULL(mp, "lookup %s", pool_defs[i].pool);
		TEST_ASSERT_EQUAL(mp->ops_index, ctl->idx[i], "pool index");
		TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp),
			pool_defs[i].n - KEEP,
			"%s: %u available, primary holds %u of %u", mp->name,
			rte_mempool_avail_count(mp), KEEP, pool_defs[i].n);
		/* First the primary's objects come back here. */
		nb = rte_ring_mc_dequeue_bulk(to_sec, back, KEEP, NULL);
		TEST_ASSERT_EQUAL(nb, KEEP, "objects from the primary");
		for (nb = 0; nb < KEEP; nb++)
			TEST_ASSERT(rte_mempool_from_obj(back[nb]) == mp,
				"primary's object not of %s", mp->name);
		rte_mempool_put_bulk(mp, back, KEEP);
		if (drain_and_refill(mp, pool_defs[i].n, keep) != TEST_SUCCESS)
			return TEST_FAILED;
		TEST_ASSERT_EQUAL(
			rte_ring_mp_enqueue_bulk(to_pri, keep, KEEP, NULL),
			KEEP, "send to primary");
		rte_mempool_cache_flush(NULL, mp);
		TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp),
			pool_defs[i].n - KEEP, "%s: count after", mp->name);
	}
	TEST_ASSERT_EQUAL(mpt_wrong_handler_calls(), 0,
		"a handler ran on another handler's pool");

	/* The pool whose handler we lack: -ENOTSUP, never a wrong call. */
	mp = rte_mempool_lookup(PO_POOL);
	TEST_ASSERT_NOT_NULL(mp, "lookup " PO_POOL);
	TEST_ASSERT_EQUAL(rte_mempool_get(mp, &tok), -ENOTSUP,
		"get on a pool whose handler is missing");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 0, "stub count");
	TEST_ASSERT(test_mempool_dump_contains(mp, MPT_HANDLER_PO),
		"dump does not name the missing handler");
	TEST_ASSERT(test_mempool_dump_contains(
			    mp, "not registered in this process"),
		"dump does not flag the missing handler");

	/* Process-local pool of the primary: refused, flagged by dump. */
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_mempool_lookup(CUSTOM_POOL),
		"process-local pool usable in a secondary");
	TEST_ASSERT_EQUAL(rte_errno, ENOTSUP, "rte_errno %d", rte_errno);
	mp = NULL;
	rte_mempool_walk(find_custom_pool, &mp);
	TEST_ASSERT_NOT_NULL(mp, "walk does not see the process-local pool");
	f = open_memstream(&dump, &dump_len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_mempool_list_dump(f); /* must not touch its private store */
	fclose(f);
	TEST_ASSERT_NOT_NULL(strstr(dump, "NOT usable in this process"),
		"dump does not flag the process-local pool");
	free(dump);
	dump = NULL;
	rte_mempool_free(mp); /* refused: not ours */
	TEST_ASSERT_EQUAL(rte_errno, ENOTSUP, "free of a foreign local pool");

	/* A pool on the handler only we have, for the primary. */
	extra = rte_mempool_create_ext(EXTRA_POOL, EXTRA_SIZE, 64, 0, 0, NULL,
		NULL, NULL, NULL, SOCKET_ID_ANY, 0, MPT_HANDLER_EXTRA);
	TEST_ASSERT_NOT_NULL(extra, "create on the extra handler: %s",
		rte_strerror(rte_errno));

	/* Stacks and memzones both ways. */
	xs = rte_stack_lookup(XSTACK);
	TEST_ASSERT_NOT_NULL(xs, "stack not found");
	TEST_ASSERT_EQUAL(rte_stack_pop(xs, &tok, 1), 1, "stack empty");
	TEST_ASSERT(tok == (void *)(uintptr_t)0x5eed, "stack token");
	tok = (void *)(uintptr_t)0xfeed;
	TEST_ASSERT_EQUAL(rte_stack_push(xs, &tok, 1), 1, "stack push");
	to_pri = rte_ring_create(CHILD_RING, 16, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(to_pri, "child ring");
	tok = (void *)(uintptr_t)0xbeef;
	TEST_ASSERT_EQUAL(rte_ring_mp_enqueue_bulk(to_pri, &tok, 1, NULL), 1,
		"child ring enqueue");
	TEST_ASSERT_NOT_NULL(
		rte_memzone_reserve(CHILD_ZONE, 64, SOCKET_ID_ANY, 0),
		"child memzone");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_mp_child_reslot, child_reslot);

/* Owner word at the start of each hammered object. */
static unsigned int
hammer_take(void **objs, unsigned int n, uint32_t me)
{
	unsigned int i, dups = 0;

	for (i = 0; i < n; i++) {
		uint32_t expected = 0;

		if (!__atomic_compare_exchange_n((uint32_t *)objs[i], &expected,
			    me, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
			dups++;
	}
	return dups;
}

static void
hammer_give(void **objs, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		__atomic_store_n((uint32_t *)objs[i], 0, __ATOMIC_RELEASE);
}

/* One round: take a random bulk, check, give back. */
static int
hammer_round(struct rte_mempool *mp, uint32_t me, unsigned int *dups)
{
	void *objs[32];
	unsigned int n = 1 + (unsigned int)(rte_rand() % 32);

	if (rte_mempool_get_bulk(mp, objs, n) != 0)
		return 0;
	*dups += hammer_take(objs, n, me);
	hammer_give(objs, n);
	rte_mempool_put_bulk(mp, objs, n);
	return 1;
}

static int
child_hammer(void)
{
	struct mpt_ctl *ctl = ctl_get();
	struct rte_mempool *mp = rte_mempool_lookup(HAMMER_POOL);
	unsigned int dups = 0;
	uint64_t ops = 0;

	TEST_ASSERT(ctl != NULL && mp != NULL, "no ctl or pool");
	__atomic_store_n(&ctl->ready, 1, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&ctl->go, __ATOMIC_ACQUIRE))
		rte_pause();
	while (!__atomic_load_n(&ctl->stop, __ATOMIC_ACQUIRE))
		ops += hammer_round(mp, 2, &dups);
	rte_mempool_cache_flush(NULL, mp);
	ctl->child_ops = ops;
	ctl->child_dups = dups;
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_mp_child_hammer, child_hammer);

/* Take HOLD_TAKEN objects, then exit without returning them, or wait
 * to be killed. */
static int
child_hold(void)
{
	struct mpt_ctl *ctl = ctl_get();
	struct rte_mempool *mp = rte_mempool_lookup(HOLD_POOL);
	void *objs[HOLD_TAKEN];
	unsigned int i;

	TEST_ASSERT(ctl != NULL && mp != NULL, "no ctl or pool");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, HOLD_TAKEN), "get");
	for (i = 0; i < HOLD_TAKEN; i++)
		memset(objs[i], 0xab, 8);
	__atomic_store_n(&ctl->ready, 1, __ATOMIC_RELEASE);
	if (ctl->hold_mode == HOLD_EXIT)
		return TEST_SUCCESS;
	for (i = 0; i < 30000; i++)
		rte_delay_us_sleep(1000);
	return TEST_FAILED; /* was not killed */
}

REGISTER_TEST_COMMAND(mempool_mp_child_hold, child_hold);

/* Started with the primary's lcore id 0: cached pools are refused. */
static int
child_conflict(void)
{
	struct rte_mempool *mp;

	rte_errno = 0;
	TEST_ASSERT_NULL(rte_mempool_lookup(HOLD_POOL),
		"cached pool usable from a clashing lcore id");
	TEST_ASSERT_EQUAL(rte_errno, EBUSY, "rte_errno %d", rte_errno);
	mp = rte_mempool_lookup("mpt_lfstack");
	TEST_ASSERT_NOT_NULL(mp, "pool without cache refused");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_mp_child_conflict, child_conflict);

/* Attaches and checks the shared table is the primary's. */
static int
child_plain(void)
{
	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_SECONDARY, "not a secondary");
	TEST_ASSERT_NOT_NULL(rte_mempool_lookup("mpt_ring"), "no pool");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_mp_child_plain, child_plain);

/* --in-memory primary: the table is private but works the same. */
static int
child_inmem(void)
{
	struct rte_mempool *mp;
	void *objs[16];
	int idx;

	TEST_ASSERT(rte_eal_in_memory(), "not --in-memory");
	TEST_ASSERT_NOT_NULL(
		rte_memzone_lookup(MEMPOOL_NAME_TABLE_MZ), "no handler table");
	idx = rte_mempool_handler_register(&mpt_handler_a);
	TEST_ASSERT(idx >= 0, "late register: %d", idx);
	TEST_ASSERT_EQUAL(rte_get_mempool_handler(MPT_HANDLER_A), idx, "index");
	mp = rte_mempool_create_ext("mpt_inmem", 64, 64, 8, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0, MPT_HANDLER_A);
	TEST_ASSERT_NOT_NULL(mp, "create");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 16), "get");
	rte_mempool_put_bulk(mp, objs, 16);
	rte_mempool_cache_flush(NULL, mp);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 64, "count");
	rte_mempool_free(mp);
	TEST_ASSERT_EQUAL(mpt_wrong_handler_calls(), 0, "wrong handler");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(mempool_mp_child_inmem, child_inmem);

/* ----- the primary's side ----- */

static struct rte_mempool *pools[NB_POOLS];
static struct rte_mempool *po_pool, *custom_pool;
static struct rte_ring *to_pri, *to_sec;
static struct rte_stack *xstack;
static const struct rte_memzone *ctl_mz;

static int
register_if_missing(const struct rte_mempool_handler *h)
{
	int idx = rte_get_mempool_handler(h->name);

	return idx >= 0 ? idx : rte_mempool_handler_register(h);
}

static int
mp_setup(void)
{
	struct mpt_ctl *ctl;
	unsigned int i;

	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("mempool_mp_autotest needs a primary with shared "
		       "files\n");
		return TEST_SKIPPED;
	}
	snprintf(child_lcores, sizeof(child_lcores), "--lcores=%d@%d",
		CHILD_LCORE, sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 1 : 0);
	if (rte_lcore_is_enabled(CHILD_LCORE)) {
		printf("lcore id %d is the secondaries': run with -l 0-1\n",
			CHILD_LCORE);
		return TEST_SKIPPED;
	}
	/* Registered after init, in the primary's order: a, b, po. */
	TEST_ASSERT(register_if_missing(&mpt_handler_a) >= 0 &&
			register_if_missing(&mpt_handler_b) >= 0 &&
			register_if_missing(&mpt_handler_po) >= 0,
		"register test handlers (%d handler slots, all in use?)",
		RTE_MEMPOOL_MAX_HANDLER_IDX);
	ctl_mz = rte_memzone_reserve(CTL_ZONE, sizeof(*ctl), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(ctl_mz, "ctl zone");
	ctl = ctl_mz->addr;
	memset(ctl, 0, sizeof(*ctl));
	for (i = 0; i < NB_POOLS; i++) {
		pools[i] = rte_mempool_create_ext(pool_defs[i].pool,
			pool_defs[i].n, 64, pool_defs[i].cache, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0, pool_defs[i].handler);
		TEST_ASSERT_NOT_NULL(pools[i], "create %s on %s: %s",
			pool_defs[i].pool, pool_defs[i].handler,
			rte_strerror(rte_errno));
		ctl->idx[i] = pools[i]->ops_index;
	}
	po_pool = rte_mempool_create_ext(PO_POOL, PO_SIZE, 64, 8, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0, MPT_HANDLER_PO);
	TEST_ASSERT_NOT_NULL(po_pool, "create " PO_POOL);
	ctl->po_idx = po_pool->ops_index;
	custom_pool = rte_mempool_create_ext(CUSTOM_POOL, 32, 64, 0, 0, NULL,
		NULL, NULL, NULL, SOCKET_ID_ANY, 0, CUSTOM_MEMPOOL_HANDLER);
	TEST_ASSERT_NOT_NULL(custom_pool, "create " CUSTOM_POOL);
	to_pri = rte_ring_create(XFER_TO_PRIMARY, 256, SOCKET_ID_ANY, 0);
	to_sec = rte_ring_create(XFER_TO_SECONDARY, 256, SOCKET_ID_ANY, 0);
	xstack = rte_stack_create(XSTACK, 8, SOCKET_ID_ANY, 0);
	TEST_ASSERT(to_pri != NULL && to_sec != NULL && xstack != NULL,
		"rings/stack");
	return TEST_SUCCESS;
}

static void
mp_teardown(void)
{
	const struct rte_memzone *mz;
	unsigned int i;

	for (i = 0; i < NB_POOLS; i++)
		rte_mempool_free(pools[i]);
	rte_mempool_free(po_pool);
	rte_mempool_free(custom_pool);
	rte_mempool_free(rte_mempool_lookup(EXTRA_POOL));
	rte_mempool_free(rte_mempool_lookup(HAMMER_POOL));
	rte_ring_free(to_pri);
	rte_ring_free(to_sec);
	rte_stack_free(xstack);
	rte_ring_free(rte_ring_lookup(CHILD_RING));
	mz = rte_memzone_lookup(CHILD_ZONE);
	if (mz != NULL)
		rte_memzone_free(mz);
	rte_memzone_free(ctl_mz);
}

static int
test_reslot_and_flow(void)
{
	struct mpt_ctl *ctl = ctl_mz->addr;
	void *objs[NB_POOLS * KEEP], *tok;
	struct rte_mempool *extra;
	struct rte_ring *r;
	unsigned int i, k, nb;
	int idx;

	/* Objects go to the secondary: KEEP from each pool. */
	for (i = 0; i < NB_POOLS; i++) {
		TEST_ASSERT_SUCCESS(
			rte_mempool_get_bulk(pools[i], objs, KEEP), "get");
		rte_mempool_cache_flush(NULL, pools[i]);
		TEST_ASSERT_EQUAL(
			rte_ring_mp_enqueue_bulk(to_sec, objs, KEEP, NULL),
			KEEP, "to secondary");
	}
	tok = (void *)(uintptr_t)0x5eed;
	TEST_ASSERT_EQUAL(rte_stack_push(xstack, &tok, 1), 1, "push");

	TEST_ASSERT_EQUAL(
		run_secondary("mempool_mp_child_reslot", CHILD_LCORES, NULL), 0,
		"secondary failed");
	TEST_ASSERT_NOT_NULL(strstr(child_log, MPT_HANDLER_PO),
		"the stub's log line does not name the missing handler");
	TEST_ASSERT_NOT_NULL(strstr(child_log, "process-local handler"),
		"no log line for the refused process-local pool");

	/* The secondary's objects come home. */
	nb = rte_ring_mc_dequeue_bulk(to_pri, objs, NB_POOLS * KEEP, NULL);
	TEST_ASSERT_EQUAL(nb, NB_POOLS * KEEP, "objects from the secondary");
	TEST_ASSERT_EQUAL(rte_ring_count(to_pri), 0, "ring not empty");
	for (i = 0; i < NB_POOLS; i++)
		for (k = 0; k < KEEP; k++)
			TEST_ASSERT(rte_mempool_from_obj(objs[i * KEEP + k]) ==
					pools[i],
				"object %u came back to the wrong pool", k);
	for (i = 0; i < NB_POOLS; i++) {
		rte_mempool_put_bulk(pools[i], &objs[i * KEEP], KEEP);
		rte_mempool_cache_flush(NULL, pools[i]);
		TEST_ASSERT_EQUAL(rte_mempool_avail_count(pools[i]),
			pool_defs[i].n, "%s: %u of %u", pools[i]->name,
			rte_mempool_avail_count(pools[i]), pool_defs[i].n);
		TEST_ASSERT_EQUAL(
			rte_mempool_in_use_count(pools[i]), 0, "in use");
	}
	TEST_ASSERT_EQUAL(mpt_wrong_handler_calls(), 0, "wrong handler");
	/* The pool the secondary could not serve is intact. */
	TEST_ASSERT_EQUAL(
		rte_mempool_avail_count(po_pool), PO_SIZE, "po pool changed");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(custom_pool), 32,
		"custom pool changed");
	TEST_ASSERT(rte_mempool_lookup(CUSTOM_POOL) == custom_pool,
		"custom pool freed by the secondary");

	TEST_ASSERT_EQUAL(rte_stack_pop(xstack, &tok, 1), 1, "pop");
	TEST_ASSERT(tok == (void *)(uintptr_t)0xfeed, "secondary's token");
	TEST_ASSERT_NOT_NULL(
		rte_memzone_lookup(CHILD_ZONE), "secondary's memzone not seen");
	r = rte_ring_lookup(CHILD_RING);
	TEST_ASSERT_NOT_NULL(r, "secondary's ring not seen");
	TEST_ASSERT_EQUAL(rte_ring_mc_dequeue_bulk(r, &tok, 1, NULL), 1,
		"secondary's ring empty");
	TEST_ASSERT(tok == (void *)(uintptr_t)0xbeef, "ring token");
	rte_ring_free(r);

	/* The secondary's pool, on a handler we lack until we add it. */
	extra = rte_mempool_lookup(EXTRA_POOL);
	TEST_ASSERT_NOT_NULL(extra, "secondary's pool not found");
	TEST_ASSERT_EQUAL(extra->ops_index, ctl->extra_idx, "extra index");
	TEST_ASSERT_EQUAL(rte_mempool_get(extra, &tok), -ENOTSUP,
		"pool on a missing handler");
	idx = rte_mempool_handler_register(&mpt_handler_extra);
	TEST_ASSERT_EQUAL(idx, ctl->extra_idx,
		"late registration took index %d, shared index is %d", idx,
		ctl->extra_idx);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(extra), EXTRA_SIZE, "count");
	TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(extra, objs, 8), "get");
	rte_mempool_put_bulk(extra, objs, 8);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(extra), EXTRA_SIZE, "count");
	TEST_ASSERT_EQUAL(mpt_wrong_handler_calls(), 0, "wrong handler");

	/* Freed here, not by its creator: its memzones still go. */
	nb = test_memzone_count();
	rte_mempool_free(extra);
	TEST_ASSERT_NULL(rte_mempool_lookup(EXTRA_POOL), "still listed");
	TEST_ASSERT(test_memzone_count() <= nb - 2,
		"memzones of the secondary's pool not released (%u -> %u)", nb,
		test_memzone_count());
	return TEST_SUCCESS;
}

static int
owner_check(struct rte_mempool *mp, void *arg, void *obj, unsigned int i)
{
	unsigned int *bad = arg;

	RTE_SET_USED(mp);
	RTE_SET_USED(i);
	if (__atomic_load_n((uint32_t *)obj, __ATOMIC_ACQUIRE) != 0)
		(*bad)++;
	return 0;
}

static void
owner_check_cb(struct rte_mempool *mp, void *arg, void *obj, unsigned int i)
{
	owner_check(mp, arg, obj, i);
}

static int
test_hammer(void)
{
	struct mpt_ctl *ctl = ctl_mz->addr;
	struct rte_mempool *mp;
	char pfx[160];
	const char *argv[] = SEC_ARGS(pfx, CHILD_LCORES);
	unsigned int dups = 0, bad = 0;
	uint64_t ops = 0, end;
	pid_t pid;
	int status;

	mp = rte_mempool_create(HAMMER_POOL, HAMMER_N, 64, 32, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	ctl->ready = ctl->go = ctl->stop = 0;
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	pid = spawn_wide(argv, RTE_DIM(argv), "mempool_mp_child_hammer");
	TEST_ASSERT(pid > 0, "spawn");
	end = rte_get_timer_cycles() + 10 * rte_get_timer_hz();
	while (!__atomic_load_n(&ctl->ready, __ATOMIC_ACQUIRE) &&
		rte_get_timer_cycles() < end)
		rte_delay_us_sleep(1000);
	if (!__atomic_load_n(&ctl->ready, __ATOMIC_ACQUIRE)) {
		kill(pid, SIGKILL);
		test_wait_child(pid);
		TEST_ASSERT(0, "secondary never got ready");
	}
	__atomic_store_n(&ctl->go, 1, __ATOMIC_RELEASE);
	end = rte_get_timer_cycles() + rte_get_timer_hz() * 3 / 2;
	while (rte_get_timer_cycles() < end)
		ops += hammer_round(mp, 1, &dups);
	__atomic_store_n(&ctl->stop, 1, __ATOMIC_RELEASE);
	status = test_wait_child(pid);
	rte_mempool_cache_flush(NULL, mp);
	printf("hammer: primary %" PRIu64 " rounds, secondary %" PRIu64
	       " rounds\n",
		ops, ctl->child_ops);
	TEST_ASSERT_EQUAL(status, 0, "secondary exit %d", status);
	TEST_ASSERT(ops > 0 && ctl->child_ops > 0, "a side made no progress");
	TEST_ASSERT_EQUAL(dups + ctl->child_dups, 0,
		"objects owned twice: %u here, %u there", dups,
		ctl->child_dups);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), HAMMER_N,
		"%u of %u objects back", rte_mempool_avail_count(mp), HAMMER_N);
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), 0, "in use");
	rte_mempool_obj_iter(mp, owner_check_cb, &bad);
	TEST_ASSERT_EQUAL(bad, 0, "%u objects still marked owned", bad);
	rte_mempool_audit(mp);
	return TEST_SUCCESS;
}

static int
hold_case_run(struct rte_mempool *mp, enum hold_mode mode)
{
	struct mpt_ctl *ctl = ctl_mz->addr;
	char pfx[160], line[64];
	const char *argv[] = SEC_ARGS(pfx, CHILD_LCORES);
	void *objs[64];
	unsigned int i, cached;
	uint64_t end;
	pid_t pid;
	int status;

	ctl->ready = 0;
	ctl->hold_mode = mode;
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	pid = spawn_wide(argv, RTE_DIM(argv), "mempool_mp_child_hold");
	TEST_ASSERT(pid > 0, "spawn");
	end = rte_get_timer_cycles() + 10 * rte_get_timer_hz();
	while (!__atomic_load_n(&ctl->ready, __ATOMIC_ACQUIRE) &&
		rte_get_timer_cycles() < end)
		rte_delay_us_sleep(1000);
	if (mode == HOLD_KILL)
		kill(pid, SIGKILL);
	status = test_wait_child(pid);
	TEST_ASSERT_EQUAL(status, mode == HOLD_KILL ? 128 + SIGKILL : 0,
		"secondary exit %d", status);
	TEST_ASSERT(ctl->ready, "secondary never took its objects");

	/*
	 * The held objects are gone for good: in use, seen by audit and
	 * dump. The dead process's cache slot still holds free objects,
	 * counted as available but reachable only from that lcore id.
	 */
	cached = rte_mempool_default_cache(mp, CHILD_LCORE)->len;
	TEST_ASSERT(cached > 0, "refill left nothing in lcore %d's cache",
		CHILD_LCORE);
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), HOLD_TAKEN, "in use %u",
		rte_mempool_in_use_count(mp));
	rte_mempool_audit(mp);
	snprintf(line, sizeof(line), "cache lcore %d: count=%u", CHILD_LCORE,
		cached);
	TEST_ASSERT(test_mempool_dump_contains(mp, line), "dump");
	snprintf(line, sizeof(line), "in_use_count=%u", HOLD_TAKEN);
	TEST_ASSERT(test_mempool_dump_contains(mp, line), "dump");

	/* The primary keeps working, then reclaims the dead slot. */
	for (i = 0; i < 20; i++) {
		TEST_ASSERT_SUCCESS(rte_mempool_get_bulk(mp, objs, 64), "get");
		rte_mempool_put_bulk(mp, objs, 64);
	}
	rte_mempool_cache_flush(rte_mempool_default_cache(mp, CHILD_LCORE), mp);
	rte_mempool_cache_flush(NULL, mp);
	TEST_ASSERT_EQUAL(rte_mempool_ops_get_count(mp), HOLD_N - HOLD_TAKEN,
		"store after reclaiming the cache");
	return TEST_SUCCESS;
}

static int
hold_case(enum hold_mode mode)
{
	struct rte_mempool *mp;
	int ret;

	mp = rte_mempool_create(HOLD_POOL, HOLD_N, 64, HOLD_CACHE, 0, NULL,
		NULL, NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	ret = hold_case_run(mp, mode);
	rte_mempool_free(mp);
	return ret;
}

static int
test_exit_holding(void)
{
	return hold_case(HOLD_EXIT);
}

static int
test_killed_holding(void)
{
	return hold_case(HOLD_KILL);
}

static int
config_mtime(struct timespec *ts)
{
	char path[PATH_MAX];
	struct stat st;

	snprintf(path, sizeof(path), "%s/config", rte_eal_get_runtime_dir());
	if (stat(path, &st) < 0)
		return -1;
	*ts = st.st_mtim;
	return 0;
}

static int
test_no_primary(void)
{
	char prefix[128], dir[PATH_MAX];
	struct timespec before, after;
	struct stat st;
	int status;

	TEST_ASSERT_SUCCESS(config_mtime(&before), "config");
	snprintf(prefix, sizeof(prefix), "%s_other", test_file_prefix());
	test_runtime_sibling_dir(dir, sizeof(dir), prefix);
	status = run_secondary("mempool_mp_child_plain", CHILD_LCORES, prefix);
	TEST_ASSERT(status != 0 && status < 128,
		"secondary of another prefix: exit %d", status);
	TEST_ASSERT_NOT_NULL(strstr(child_log, "no primary process running"),
		"no clear message");
	TEST_ASSERT(stat(dir, &st) < 0 && errno == ENOENT,
		"failed secondary left %s", dir);
	TEST_ASSERT_SUCCESS(config_mtime(&after), "config");
	TEST_ASSERT(before.tv_sec == after.tv_sec &&
			before.tv_nsec == after.tv_nsec,
		"our config file was touched");
	/* Ours still works for a secondary of the right prefix. */
	TEST_ASSERT_EQUAL(
		run_secondary("mempool_mp_child_plain", CHILD_LCORES, NULL), 0,
		"good secondary");
	return TEST_SUCCESS;
}

/* A copy of our config with another EAL layout version. */
static int
test_eal_version_mismatch(void)
{
	char prefix[128], dir[PATH_MAX], file[PATH_MAX + 16], path[PATH_MAX];
	struct eal_mcfg_header *hdr;
	uint8_t *cfg = NULL, *now = NULL;
	struct stat st;
	ssize_t len = -1, n = -1;
	int fd, status, same;

	snprintf(path, sizeof(path), "%s/config", rte_eal_get_runtime_dir());
	fd = open(path, O_RDONLY);
	TEST_ASSERT(fd >= 0 && fstat(fd, &st) == 0, "own config");
	cfg = malloc(st.st_size);
	now = malloc(st.st_size);
	if (cfg != NULL && now != NULL)
		len = read(fd, cfg, st.st_size);
	close(fd);
	TEST_ASSERT(len == st.st_size, "read config");
	hdr = (struct eal_mcfg_header *)cfg;
	hdr->version += 7;
	memset(hdr->arena_path, 0, sizeof(hdr->arena_path));

	snprintf(prefix, sizeof(prefix), "%s_ver", test_file_prefix());
	test_runtime_sibling_dir(dir, sizeof(dir), prefix);
	snprintf(file, sizeof(file), "%s/config", dir);
	mkdir(dir, 0700);
	fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0600);
	TEST_ASSERT(fd >= 0 && write(fd, cfg, len) == len, "forge");
	close(fd);
	status = run_secondary("mempool_mp_child_plain", CHILD_LCORES, prefix);
	fd = open(file, O_RDONLY);
	if (fd >= 0) {
		n = read(fd, now, len);
		close(fd);
	}
	same = n == len && memcmp(now, cfg, len) == 0;
	unlink(file);
	rmdir(dir);
	free(cfg);
	free(now);
	TEST_ASSERT(status != 0 && status < 128, "exit %d", status);
	TEST_ASSERT_NOT_NULL(strstr(child_log, "layout version"),
		"no layout version message");
	TEST_ASSERT(same, "refused secondary changed the config file");
	return TEST_SUCCESS;
}

/* Our live handler table with another layout version. */
static int
test_table_version_mismatch(void)
{
	const struct rte_memzone *mz =
		rte_memzone_lookup(MEMPOOL_NAME_TABLE_MZ);
	struct mempool_name_table *s, before;
	int status;

	TEST_ASSERT_NOT_NULL(mz, "no shared handler table");
	s = mz->addr;
	rte_robust_lock(&s->lock);
	memcpy(&before, s, sizeof(before));
	s->version += 1;
	rte_robust_unlock(&s->lock);
	status = run_secondary("mempool_mp_child_plain", CHILD_LCORES, NULL);
	rte_robust_lock(&s->lock);
	s->version -= 1;
	rte_robust_unlock(&s->lock);
	TEST_ASSERT(status != 0 && status < 128, "exit %d", status);
	TEST_ASSERT_NOT_NULL(
		strstr(child_log, "mempool handler table has layout version"),
		"no clear message");
	TEST_ASSERT(s->count == before.count &&
			memcmp(s->names, before.names, sizeof(s->names)) == 0,
		"refused secondary changed the shared names");
	TEST_ASSERT_EQUAL(
		run_secondary("mempool_mp_child_plain", CHILD_LCORES, NULL), 0,
		"secondary after the version was restored");
	return TEST_SUCCESS;
}

static int
test_lcore_conflict(void)
{
	struct rte_mempool *mp;
	int status;

	mp = rte_mempool_create(HOLD_POOL, HOLD_N, 64, HOLD_CACHE, 0, NULL,
		NULL, NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create");
	status = run_secondary("mempool_mp_child_conflict", "--lcores=0", NULL);
	rte_mempool_free(mp);
	TEST_ASSERT_EQUAL(status, 0, "secondary on lcore 0 failed");
	TEST_ASSERT_NOT_NULL(strstr(child_log, "lcore id 0 is also used"),
		"no warning at init");
	TEST_ASSERT_NOT_NULL(
		strstr(child_log, "per-lcore caches"), "no clear refusal");
	return TEST_SUCCESS;
}

/* --in-memory: no secondaries, the table is private and still works. */
static int
test_in_memory(void)
{
	const char *argv[] = {
		"dpdk-test", "-l", "0", "--no-huge", "--in-memory"};

	TEST_ASSERT_EQUAL(
		exec_wide(argv, RTE_DIM(argv), "mempool_mp_child_inmem"), 0,
		"in-memory primary");
	return TEST_SUCCESS;
}

static struct unit_test_suite mempool_mp_suite = {
	.suite_name = "mempool multi-process",
	.setup = mp_setup,
	.teardown = mp_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_reslot_and_flow),
			TEST_CASE(test_hammer),
			TEST_CASE(test_exit_holding),
			TEST_CASE(test_killed_holding),
			TEST_CASE(test_no_primary),
			TEST_CASE(test_eal_version_mismatch),
			TEST_CASE(test_table_version_mismatch),
			TEST_CASE(test_lcore_conflict),
			TEST_CASE(test_in_memory),
			TEST_CASES_END(),
		},
};

static int
test_mempool_mp(void)
{
	return unit_test_suite_runner(&mempool_mp_suite);
}

REGISTER_TEST_COMMAND(mempool_mp_autotest, test_mempool_mp);
