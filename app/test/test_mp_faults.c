/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mp_faults_autotest. Allocator part: a secondary loops in
 * rte_malloc/rte_free, rte_memzone_reserve/free or
 * rte_mempool_create/free and is killed with SIGKILL at random
 * instants. After each kill the primary's next malloc, memzone and
 * mempool calls must complete (an alarm turns a wedge into a failure
 * naming the call), the heap must be consistent block by block, and
 * once what the dead process still owned is released (pools and rings
 * it created, then memzones and heap blocks whose owner id is its),
 * the heap and memzone totals must be exactly those before it ran.
 *
 * Pool part: a secondary hammers a pool of every shareable handler,
 * with and without per-lcore caches, and is killed at random instants;
 * after each kill every pool is checked from a forked child with a time
 * limit (see "pools" below). Each handler is one case; failures a
 * handler is known to show today (mpf_known) skip its case with the
 * reason, anything else fails it.
 *
 * Environment: MPF_KILLS kills per allocator mode (default 40),
 * MPF_POOL_KILLS kills of the pool part (default 100), MPF_BUDGET_S
 * seconds for the whole test (default 60: the allocator modes share the
 * first half, the pool part the rest, and each stops early when its
 * share is spent), MPF_SEED for the random instants, MPF_VERBOSE to
 * print each failed pool check. devtools/soak.sh runs it with many more
 * kills.
 */

#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_mempool.h>
#include <rte_memzone.h>
#include <rte_random.h>
#include <rte_ring.h>
#include <rte_robust_lock.h>
#include <rte_stack.h>
#include <rte_tailq.h>

#include "eal_memcfg.h"
#include "mempool_cache_flight.h"
#include "malloc_elem.h"
#include "malloc_heap.h"
#include "test.h"

#define MPF_CTL_MZ "mpf_ctl"
#define MPF_MODE_ENV "MPF_MODE"
/* The secondary's lcore: distinct from the primary's 0-1. */
#define MPF_CHILD_LCORES "--lcores=2@0"
/* Seconds any one call of the primary may take after a kill. */
#define MPF_CALL_TIMEOUT_S 20
/* Most leftovers of one dead process the test collects. */
#define MPF_MAX_LEFT 256

enum mpf_mode { MPF_MALLOC, MPF_MEMZONE, MPF_MEMPOOL, MPF_NB_MODES };

static const char *const mode_name[MPF_NB_MODES] = {
	"malloc", "memzone", "mempool"};

struct mpf_ctl {
	volatile uint32_t ready; /* the secondary finished a round */
	volatile uint64_t rounds; /* its rounds so far */
};

static struct rte_mem_config *mpf_cfg;

/* Header and trailer cookies of a block (malloc_elem_cookies_ok). */
static int
mpf_elem_ok(const struct malloc_elem *e)
{
	if (e->cookie != (MALLOC_HDR_COOKIE ^ (uintptr_t)e))
		return 0;
	if (e->state == ELEM_FREE)
		return 1;
	return e->state == ELEM_BUSY &&
		*malloc_elem_trailer(e) == (MALLOC_TRL_COOKIE ^ (uintptr_t)e);
}

/* ----- the secondary ----- */

static int
mpf_child(void)
{
	const struct rte_memzone *ctl_mz = rte_memzone_lookup(MPF_CTL_MZ);
	const char *m = getenv(MPF_MODE_ENV);
	struct mpf_ctl *ctl;
	enum mpf_mode mode;
	char name[RTE_MEMPOOL_NAMESIZE];
	uint64_t i;

	if (ctl_mz == NULL || m == NULL)
		return -1;
	ctl = ctl_mz->addr;
	mode = (enum mpf_mode)atoi(m);
	for (i = 0;; i++) {
		size_t len = 64 + (size_t)(rte_rand() % 16384);
		const struct rte_memzone *mz;
		struct rte_mempool *mp;
		void *p;

		switch (mode) {
		case MPF_MALLOC:
			p = rte_malloc(NULL, len, 0);
			if (p == NULL)
				return -1;
			rte_free(p);
			break;
		case MPF_MEMZONE:
			snprintf(name, sizeof(name), "mpf%d_%" PRIu64,
				(int)getpid(), i);
			mz = rte_memzone_reserve(name, len, SOCKET_ID_ANY, 0);
			if (mz == NULL)
				return -1;
			rte_memzone_free(mz);
			break;
		default:
			snprintf(name, sizeof(name), "mpf%d_%" PRIu64,
				(int)getpid(), i);
			mp = rte_mempool_create(name, 63, 64, 0, 0, NULL, NULL,
				NULL, NULL, SOCKET_ID_ANY, 0);
			if (mp == NULL)
				return -1;
			rte_mempool_free(mp);
			break;
		}
		ctl->rounds++;
		__atomic_store_n(&ctl->ready, 1, __ATOMIC_RELEASE);
	}
	return 0;
}

REGISTER_TEST_COMMAND(mp_faults_child, mpf_child);

/* ----- the primary ----- */

/* What the alarm names when a call wedges. */
static const char *volatile mpf_in_call;
static volatile unsigned int mpf_kill_nr;

static void
mpf_alarm(int sig)
{
	char msg[160];
	int n;

	RTE_SET_USED(sig);
	n = snprintf(msg, sizeof(msg),
		"mp_faults: the primary wedged in %s after kill %u\n",
		mpf_in_call != NULL ? mpf_in_call : "?", mpf_kill_nr);
	if (n > 0 && write(STDERR_FILENO, msg, (size_t)n) < 0)
		n = 0;
	_exit(3);
}

#define MPF_CALL(what, expr) \
	do { \
		mpf_in_call = (what); \
		alarm(MPF_CALL_TIMEOUT_S); \
		expr; \
		alarm(0); \
		mpf_in_call = NULL; \
	} while (0)

/* The primary's next calls after a kill; each must complete. */
static int
mpf_probe(void)
{
	const struct rte_memzone *mz = NULL;
	struct rte_mempool *mp = NULL;
	void *p = NULL;

	MPF_CALL("rte_malloc", p = rte_malloc(NULL, 1000, 0));
	TEST_ASSERT_NOT_NULL(p, "rte_malloc after a kill");
	MPF_CALL("rte_free", rte_free(p));
	MPF_CALL("rte_memzone_reserve",
		mz = rte_memzone_reserve("mpf_probe", 5000, SOCKET_ID_ANY, 0));
	TEST_ASSERT_NOT_NULL(mz, "rte_memzone_reserve after a kill: %s",
		rte_strerror(rte_errno));
	MPF_CALL("rte_memzone_free", rte_memzone_free(mz));
	MPF_CALL("rte_mempool_create",
		mp = rte_mempool_create("mpf_probe", 63, 64, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0));
	TEST_ASSERT_NOT_NULL(mp, "rte_mempool_create after a kill: %s",
		rte_strerror(rte_errno));
	MPF_CALL("rte_mempool_free", rte_mempool_free(mp));
	return TEST_SUCCESS;
}

/* Which shared locks the dead process held (for the figures). */
static unsigned int
mpf_locks_held(int32_t pid)
{
	struct rte_mem_config *mcfg = mpf_cfg;
	unsigned int i, n = 0;

	const rte_robust_lock_t *locks[] = {
		&mcfg->mlock.writer,
		&mcfg->qlock.writer,
		&mcfg->mplock.writer,
	};
	for (i = 0; i < RTE_DIM(locks); i++)
		n += rte_eal_owner_id_pid(locks[i]->owner) == pid;
	for (i = 0; i < RTE_MAX_NUMA_NODES; i++)
		n += rte_eal_owner_id_pid(mcfg->malloc_heaps[i].lock.owner) ==
			pid;
	for (i = 0; i < EAL_MCFG_MAX_PROCS; i++)
		if (rte_eal_owner_id_pid(mcfg->procs[i]) == pid)
			n += mcfg->mlock.readers[i] + mcfg->qlock.readers[i] +
				mcfg->mplock.readers[i];
	return n;
}

/*
 * Walk every heap block by block: blocks tile the heap, links and
 * cookies hold, counts and byte totals match the heap's, the free
 * lists hold exactly the free blocks. Busy blocks owned by pid go to
 * left[] (data pointers).
 */
static int
mpf_heap_check(int32_t pid, void **left, unsigned int *nb_left)
{
	struct rte_mem_config *mcfg = mpf_cfg;
	unsigned int h, idx;

	*nb_left = 0;
	for (h = 0; h < RTE_MAX_NUMA_NODES; h++) {
		struct malloc_heap *heap = &mcfg->malloc_heaps[h];
		struct malloc_elem *e, *prev = NULL;
		uint64_t free_sz = 0, busy_sz = 0;
		uint32_t free_n = 0, busy_n = 0, listed = 0;

		if (heap->end == heap->start)
			continue;
		for (e = (struct malloc_elem *)(uintptr_t)heap->start;
			(uintptr_t)e < heap->end;
			e = (struct malloc_elem *)((uintptr_t)e + e->size)) {
			TEST_ASSERT(mpf_elem_ok(e) &&
					e->size >= MALLOC_ELEM_MIN_SIZE &&
					e->size <= heap->end - (uintptr_t)e &&
					e->prev == prev && e->heap == heap,
				"heap %u: bad block %p (size %" PRIu64
				", state 0x%x)",
				h, (void *)e, e->size, e->state);
			if (e->state == ELEM_FREE) {
				free_sz += e->size;
				free_n++;
			} else {
				busy_sz += e->size;
				busy_n++;
				if (rte_eal_owner_id_pid(e->owner) == pid &&
					*nb_left < MPF_MAX_LEFT)
					left[(*nb_left)++] =
						malloc_elem_data(e);
			}
			prev = e;
		}
		TEST_ASSERT((uintptr_t)e == heap->end, "heap %u overruns", h);
		for (idx = 0; idx < MALLOC_FREE_LISTS; idx++)
			for (e = heap->free_head[idx]; e != NULL;
				e = e->next_free) {
				TEST_ASSERT(e->state == ELEM_FREE &&
						listed <= free_n,
					"heap %u: free list %u is wrong", h,
					idx);
				listed++;
			}
		TEST_ASSERT(free_sz == heap->free_size &&
				free_n == heap->free_count &&
				busy_sz == heap->alloc_size &&
				busy_n == heap->alloc_count && listed == free_n,
			"heap %u totals: free %" PRIu64 "/%u (says %" PRIu64
			"/%u), busy %" PRIu64 "/%u (says %" PRIu64
			"/%u), %u listed",
			h, free_sz, free_n, heap->free_size, heap->free_count,
			busy_sz, busy_n, heap->alloc_size, heap->alloc_count,
			listed);
	}
	return TEST_SUCCESS;
}

struct mpf_left {
	int32_t pid;
	char prefix[32]; /* names of the dead process's pools */
	struct rte_mempool *pools[MPF_MAX_LEFT];
	const struct rte_memzone *zones[MPF_MAX_LEFT];
	unsigned int nb_pools, nb_zones;
};

static void
mpf_pool_cb(struct rte_mempool *mp, void *arg)
{
	struct mpf_left *l = arg;

	if (strncmp(mp->name, l->prefix, strlen(l->prefix)) == 0 &&
		l->nb_pools < MPF_MAX_LEFT)
		l->pools[l->nb_pools++] = mp;
}

static void
mpf_zone_cb(const struct rte_memzone *mz, void *arg)
{
	struct mpf_left *l = arg;

	if (rte_eal_owner_id_pid(malloc_elem_from_data(mz->addr)->owner) ==
			l->pid &&
		l->nb_zones < MPF_MAX_LEFT)
		l->zones[l->nb_zones++] = mz;
}

/* Rings the dead process's pools had, still in the ring list. */
static unsigned int
mpf_free_rings(const char *prefix)
{
	struct rte_tailq_head *head = rte_eal_tailq_lookup("RTE_RING");
	struct rte_ring *found[MPF_MAX_LEFT];
	struct rte_tailq_entry *te;
	char want[RTE_RING_NAMESIZE + 32];
	unsigned int i, n = 0;

	if (head == NULL)
		return 0;
	snprintf(want, sizeof(want), RTE_MEMPOOL_MZ_PREFIX "%s", prefix);
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(te, &head->tailq_head, next) {
		struct rte_ring *r = te->data;

		if (strncmp(r->name, want, strlen(want)) == 0 &&
			n < MPF_MAX_LEFT)
			found[n++] = r;
	}
	rte_mcfg_tailq_read_unlock();
	for (i = 0; i < n; i++)
		rte_ring_free(found[i]);
	return n;
}

/* rte_malloc_dump_heaps names pid as the dead owner of a block. */
static int
mpf_dump_names_dead(int32_t pid)
{
	char want[64], *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int found;

	if (f == NULL)
		return 0; /* nothing to check with */
	rte_malloc_dump_heaps(f);
	fclose(f);
	snprintf(want, sizeof(want), "owner pid %d (dead)", (int)pid);
	found = buf != NULL && strstr(buf, want) != NULL;
	free(buf);
	return found ? 0 : -1;
}

/*
 * Release what the dead process still owned: pools it created, their
 * rings, then its memzones and heap blocks. Counts go to *counts.
 */
static int
mpf_release_dead(int32_t pid, unsigned int counts[4])
{
	static void *blocks[MPF_MAX_LEFT];
	static struct mpf_left l;
	unsigned int i, nb;

	memset(&l, 0, sizeof(l));
	l.pid = pid;
	snprintf(l.prefix, sizeof(l.prefix), "mpf%d_", (int)pid);
	rte_mempool_walk(mpf_pool_cb, &l);
	for (i = 0; i < l.nb_pools; i++)
		rte_mempool_free(l.pools[i]);
	counts[0] += l.nb_pools;
	counts[1] += mpf_free_rings(l.prefix);
	rte_memzone_walk(mpf_zone_cb, &l);
	for (i = 0; i < l.nb_zones; i++)
		TEST_ASSERT_SUCCESS(rte_memzone_free(l.zones[i]),
			"free memzone %s of the dead process",
			l.zones[i]->name);
	counts[2] += l.nb_zones;
	if (mpf_heap_check(pid, blocks, &nb) != TEST_SUCCESS)
		return TEST_FAILED;
	if (nb > 0 && counts[3] == 0)
		TEST_ASSERT_SUCCESS(mpf_dump_names_dead(pid),
			"the heap dump does not name the dead owner");
	for (i = 0; i < nb; i++)
		rte_free(blocks[i]);
	counts[3] += nb;
	return TEST_SUCCESS;
}

/*
 * Start a secondary running test cmd and wait until it says *ready (it
 * finished a round); -1 if it did not start.
 */
static pid_t
mpf_spawn_cmd(const char *cmd, volatile uint32_t *ready, unsigned int wait_s)
{
	char pfx[160];
	const char *argv[] = {"dpdk-test", MPF_CHILD_LCORES, "--no-huge",
		"--proc-type=secondary", pfx, "--log-level=lib.eal:error"};
	cpu_set_t saved;
	uint64_t end;
	pid_t pid;

	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	*ready = 0;
	test_affinity_widen(&saved);
	pid = test_spawn_self(argv, RTE_DIM(argv), cmd);
	test_affinity_restore(&saved);
	if (pid < 0)
		return -1;
	end = rte_get_timer_cycles() + wait_s * rte_get_timer_hz();
	while (!__atomic_load_n(ready, __ATOMIC_ACQUIRE)) {
		int status;

		if (rte_get_timer_cycles() > end ||
			waitpid(pid, &status, WNOHANG) == pid) {
			kill(pid, SIGKILL);
			waitpid(pid, NULL, 0);
			return -1;
		}
		rte_delay_us_sleep(500);
	}
	return pid;
}

static pid_t
mpf_spawn(enum mpf_mode mode, struct mpf_ctl *ctl)
{
	char m[8];
	pid_t pid;

	snprintf(m, sizeof(m), "%d", (int)mode);
	setenv(MPF_MODE_ENV, m, 1);
	pid = mpf_spawn_cmd("mp_faults_child", &ctl->ready, 30);
	unsetenv(MPF_MODE_ENV);
	return pid;
}

/* The allocator modes end at the first, the pool campaign at the second. */
static double mpf_alloc_deadline, mpf_deadline;
static unsigned int mpf_kills;

static int
mpf_run(enum mpf_mode mode)
{
	const struct rte_memzone *ctl_mz;
	struct rte_malloc_socket_stats before, start;
	unsigned int counts[4] = {0, 0, 0, 0};
	unsigned int k, in_cs = 0, zones;
	struct mpf_ctl *ctl;
	double mode_end, now = test_clock_s();
	int ret = TEST_SUCCESS;

	mode_end = now + (mpf_alloc_deadline - now) / (MPF_NB_MODES - mode);
	test_heap_stats(&before);
	ctl_mz =
		rte_memzone_reserve(MPF_CTL_MZ, sizeof(*ctl), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(ctl_mz, "control memzone");
	ctl = ctl_mz->addr;
	memset(ctl, 0, sizeof(*ctl));
	test_heap_stats(&start);
	zones = test_memzone_count();

	for (k = 0; k < mpf_kills && test_clock_s() < mode_end; k++) {
		pid_t pid = mpf_spawn(mode, ctl);
		int32_t dead = (int32_t)pid;

		if (pid < 0) {
			ret = TEST_FAILED;
			printf("mp_faults %s: secondary %u did not start\n",
				mode_name[mode], k);
			break;
		}
		/* A random instant of its loop. */
		rte_delay_us_sleep(rte_rand() % 3000);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		mpf_kill_nr++;
		in_cs += mpf_locks_held(dead) != 0;
		ret = mpf_probe();
		if (ret == TEST_SUCCESS)
			ret = mpf_release_dead(dead, counts);
		if (ret == TEST_SUCCESS &&
			(test_heap_back_to(&start) != TEST_SUCCESS ||
				test_memzone_count() != zones)) {
			printf("mp_faults %s: kill %u: totals differ "
			       "(%u memzones, %u before)\n",
				mode_name[mode], k, test_memzone_count(),
				zones);
			rte_malloc_dump_stats(stdout, NULL);
			rte_memzone_dump(stdout);
			ret = TEST_FAILED;
		}
		if (ret != TEST_SUCCESS)
			break;
	}
	printf("mp_faults %s: %u kills, %u inside a shared lock; left by the "
	       "dead and released: %u pools, %u rings, %u memzones, %u heap "
	       "blocks; secondaries' rounds %" PRIu64 "\n",
		mode_name[mode], k, in_cs, counts[0], counts[1], counts[2],
		counts[3], ctl->rounds);
	rte_memzone_free(ctl_mz);
	if (ret != TEST_SUCCESS)
		return ret;
	TEST_ASSERT(k > 0, "no kill done");
	return test_heap_back_to(&before);
}

static int
test_mpf_malloc(void)
{
	return mpf_run(MPF_MALLOC);
}

static int
test_mpf_memzone(void)
{
	return mpf_run(MPF_MEMZONE);
}

static int
test_mpf_mempool(void)
{
	return mpf_run(MPF_MEMPOOL);
}

/* ----- pools: a secondary killed while it gets and puts ----- */

/*
 * A secondary gets and puts, in bursts of random sizes, on one pool per
 * shareable handler, with and without per-lcore caches, and is killed
 * at a random instant. After each kill a child forked from the primary
 * checks every pool under a time limit: it takes every object out of
 * the handler's store, looks in every lcore cache, and requires no
 * hang, no object twice (store and caches together), the handler's
 * count equal to what it gave, and the objects found nowhere (those the
 * dead process held) equal to what the pool's counters say is held.
 * It then puts the store's objects back and returns the dead process's
 * objects, so every kill starts from a pool with all its objects. A
 * pool found hung or with a duplicate is retired: nothing more can be
 * said of it.
 */

#define MPF_POOL_CTL_MZ "mpf_pool_ctl"
#define MPF_POOL_N 1023
#define MPF_POOL_ELT 64
#define MPF_POOL_CACHE 32
/* Most objects the secondary holds per pool. */
#define MPF_POOL_HOLD 200
/* Seconds a secondary may take to finish its first round. */
#define MPF_SPAWN_WAIT_S 10
/* Milliseconds the check of every pool may take. */
#define MPF_CHECK_MS 3000

static const char *const mpf_handlers[] = {"ring_mp_mc", "ring_sp_sc",
	"ring_mp_sc", "ring_sp_mc", "ring_mt_rts", "ring_mt_hts", "stack",
	"lf_stack", "bucket"};

/* Per handler: no cache; cache; cache and holder tags. */
#define MPF_POOLS_PER_HANDLER 3
#define MPF_NB_POOLS (RTE_DIM(mpf_handlers) * MPF_POOLS_PER_HANDLER)

/* What the check of a pool found, as bits. */
#define MPF_F_HANG 0x1 /* a handler call did not return */
#define MPF_F_DUP 0x2 /* an object twice, or not of the pool */
#define MPF_F_COUNT 0x4 /* get_count differs from what the store gave */
#define MPF_F_HELD 0x8 /* the counters' held differs from the missing */
#define MPF_F_REFILL 0x10 /* the store could not take its objects back */
/* A tag on an object in the pool, a live holder, or a reclaim short. */
#define MPF_F_TAG 0x20
/* lf_stack: free nodes missing once the store is empty and repaired. */
#define MPF_F_NODES 0x40

struct mpf_pool_res {
	uint32_t retired; /* hung or duplicated: no longer used */
	uint32_t flags; /* MPF_F_* seen over all kills */
	uint32_t nb[7]; /* kills that showed each MPF_F_* bit */
	uint64_t reclaimed; /* tagged pools: objects reclaim_dead returned */
	uint64_t untagged; /* and those out of the pool with no tag */
	uint32_t repaired; /* kills that left a cache mid-flush/refill */
	uint64_t nodes; /* lf_stack: nodes rte_stack_repair() gave back */
	uint64_t held_dead; /* objects the dead held, summed over kills */
	int64_t held_base; /* counters' error carried from earlier kills */
	uint32_t last_missing, last_reported; /* of the last HELD error */
};

struct mpf_pool_ctl {
	volatile uint32_t ready;
	volatile uint64_t rounds;
	volatile int32_t checking; /* pool the check child is in */
	volatile int32_t working; /* pool the secondary is in, or -1 */
	struct mpf_pool_res res[MPF_NB_POOLS];
	/* For this check: what each pool's check found (child's word). */
	uint32_t found[MPF_NB_POOLS];
	uint32_t missing[MPF_NB_POOLS];
	int64_t reported[MPF_NB_POOLS];
};

static void
mpf_pool_name(char *buf, size_t len, unsigned int i)
{
	snprintf(buf, len, "mpf_pool%u", i);
}

static const char *
mpf_pool_handler(unsigned int i)
{
	return mpf_handlers[i / MPF_POOLS_PER_HANDLER];
}

static unsigned int
mpf_pool_cache(unsigned int i)
{
	return (i % MPF_POOLS_PER_HANDLER) != 0 ? MPF_POOL_CACHE : 0;
}

static unsigned int
mpf_pool_flags(unsigned int i)
{
	return (i % MPF_POOLS_PER_HANDLER) == 2 ? RTE_MEMPOOL_F_HOLDER_TAGS : 0;
}

/* The secondary: random bursts on every pool until killed. */
static int
mpf_pool_child(void)
{
	static void *held[MPF_NB_POOLS][MPF_POOL_HOLD];
	const struct rte_memzone *mz = rte_memzone_lookup(MPF_POOL_CTL_MZ);
	struct rte_mempool *pools[MPF_NB_POOLS];
	unsigned int nb[MPF_NB_POOLS];
	struct mpf_pool_ctl *ctl;
	char name[RTE_MEMPOOL_NAMESIZE];
	unsigned int i;

	if (mz == NULL)
		return -1;
	ctl = mz->addr;
	for (i = 0; i < MPF_NB_POOLS; i++) {
		mpf_pool_name(name, sizeof(name), i);
		pools[i] =
			ctl->res[i].retired ? NULL : rte_mempool_lookup(name);
		nb[i] = 0;
	}
	for (;;) {
		for (i = 0; i < MPF_NB_POOLS; i++) {
			unsigned int k = 1 + (unsigned int)(rte_rand() % 40);
			struct rte_mempool *mp = pools[i];

			if (mp == NULL)
				continue;
			ctl->working = (int32_t)i;
			if (nb[i] + k <= MPF_POOL_HOLD && (rte_rand() & 1)) {
				if (rte_mempool_get_bulk(
					    mp, &held[i][nb[i]], k) == 0)
					nb[i] += k;
			} else if (nb[i] > 0) {
				k = RTE_MIN(k, nb[i]);
				nb[i] -= k;
				rte_mempool_put_bulk(mp, &held[i][nb[i]], k);
			}
			if ((rte_rand() % 64) == 0)
				rte_mempool_cache_flush(NULL, mp);
		}
		ctl->rounds++;
		__atomic_store_n(&ctl->ready, 1, __ATOMIC_RELEASE);
	}
	return 0;
}

REGISTER_TEST_COMMAND(mp_faults_pool_child, mpf_pool_child);

static int
mpf_ptr_cmp(const void *a, const void *b)
{
	uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;

	return x < y ? -1 : x > y;
}

struct mpf_objs {
	uintptr_t addr[MPF_POOL_N];
	uint8_t seen[MPF_POOL_N];
	unsigned int n;
};

static void
mpf_obj_cb(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	struct mpf_objs *o = arg;

	RTE_SET_USED(mp);
	RTE_SET_USED(idx);
	if (o->n < MPF_POOL_N)
		o->addr[o->n++] = (uintptr_t)obj;
}

/* Mark obj seen; 0 if it is an object of the pool not seen yet. */
static int
mpf_mark(struct mpf_objs *o, void *obj)
{
	uintptr_t key = (uintptr_t)obj;
	uintptr_t *at = bsearch(&key, o->addr, o->n, sizeof(key), mpf_ptr_cmp);
	unsigned int i;

	if (at == NULL)
		return -1;
	i = (unsigned int)(at - o->addr);
	if (o->seen[i])
		return -1;
	o->seen[i] = 1;
	return 0;
}

/*
 * An object found in the pool (store or cache): MPF_F_DUP if it was
 * seen already or is not of the pool, MPF_F_TAG if it carries a holder
 * tag.
 */
static uint32_t
mpf_mark_free(struct mpf_objs *o, void *obj, int tagged)
{
	if (mpf_mark(o, obj) != 0)
		return MPF_F_DUP;
	return tagged && *rte_mempool_holder_tag(obj) != 0 ? MPF_F_TAG : 0;
}

/*
 * Tagged pool, after the store got its objects back: reclaim_dead must
 * return exactly the missing objects that carry a tag, all of dead
 * holders. Those without one (their holder died inside a get or a put)
 * stay in gone[] for the caller to give back.
 */
static uint32_t
mpf_pool_reclaim(struct mpf_pool_res *res, struct rte_mempool *mp, void **gone,
	unsigned int *nb_gone)
{
	unsigned int i, tagged = 0, left = 0;
	uint32_t bad = 0;
	int r;

	for (i = 0; i < *nb_gone; i++) {
		uint64_t t = *rte_mempool_holder_tag(gone[i]);

		if (t == 0)
			gone[left++] = gone[i];
		else if (rte_eal_owner_alive(t))
			bad |= MPF_F_TAG;
		else
			tagged++;
	}
	r = rte_mempool_reclaim_dead(mp);
	if (r != (int)tagged)
		bad |= MPF_F_TAG;
	res->reclaimed += r > 0 ? (unsigned int)r : 0;
	res->untagged += left;
	*nb_gone = left;
	return bad;
}

/*
 * lf_stack, its store emptied: the nodes the dead process held in the
 * middle of a push or a pop (in no list and no cache) are given back by
 * rte_stack_repair(), which needs no thread of a live process inside a
 * push or pop (the secondary is dead, the primary waits for this
 * check). Then every node must be free: else the objects given back
 * below would use up the reserve, kill after kill.
 */
static uint32_t
mpf_lf_nodes(struct mpf_pool_res *res, struct rte_stack *s)
{
	const struct rte_stack_lf *lf = &s->stack_lf;
	uint64_t total, n;
	unsigned int l;
	int r = rte_stack_repair(s);

	if (r < 0)
		return MPF_F_NODES;
	res->nodes += (unsigned int)r;
	total = s->capacity + (uint64_t)RTE_MAX_LCORE * lf->cache[0].max;
	n = (uint32_t)lf->free.head.top_len;
	for (l = 0; l < RTE_MAX_LCORE; l++)
		n += (uint32_t)lf->cache[l].top_len;
	return n == total ? 0 : MPF_F_NODES;
}

/*
 * Check one pool (in the forked child), then give it back every
 * object. Returns MPF_F_* bits.
 */
static uint32_t
mpf_pool_check_one(
	struct mpf_pool_ctl *ctl, unsigned int p, struct rte_mempool *mp)
{
	static struct mpf_objs o;
	static void *store[MPF_POOL_N + 1], *gone[MPF_POOL_N];
	struct rte_mempool_stats st;
	unsigned int i, l, nb_store = 0, nb_gone = 0, count;
	int tagged = (mp->flags & RTE_MEMPOOL_F_HOLDER_TAGS) != 0;
	uint32_t bad = 0;
	int64_t reported;

	/* As any process does before it looks at a dead one's cache. */
	if (rte_mempool_cache_repair_dead(mp) > 0)
		ctl->res[p].repaired++;
	memset(&o, 0, sizeof(o));
	rte_mempool_obj_iter(mp, mpf_obj_cb, &o);
	qsort(o.addr, o.n, sizeof(o.addr[0]), mpf_ptr_cmp);
	count = rte_mempool_ops_get_count(mp);
	while (nb_store <= MPF_POOL_N &&
		rte_mempool_ops_dequeue_bulk(mp, &store[nb_store], 1) == 0)
		nb_store++;
	if (nb_store != count)
		bad |= MPF_F_COUNT;
	for (i = 0; i < nb_store; i++)
		bad |= mpf_mark_free(&o, store[i], tagged);
	if (mp->cache_size != 0)
		for (l = 0; l < RTE_MAX_LCORE; l++) {
			const struct rte_mempool_cache *c = &mp->local_cache[l];

			for (i = 0; i < c->len && i < RTE_DIM(c->objs); i++)
				bad |= mpf_mark_free(&o, c->objs[i], tagged);
		}
	for (i = 0; i < o.n; i++)
		if (!o.seen[i])
			gone[nb_gone++] = (void *)o.addr[i];
	if (strcmp(mpf_pool_handler(p), "lf_stack") == 0)
		bad |= mpf_lf_nodes(&ctl->res[p], mp->pool_data);
	rte_mempool_stats_get(mp, -1, &st);
	reported = st.held - ctl->res[p].held_base;
	ctl->missing[p] = nb_gone;
	ctl->reported[p] = reported;
	if (reported != (int64_t)nb_gone)
		bad |= MPF_F_HELD;
	if (bad != 0 && getenv("MPF_VERBOSE") != NULL) {
		printf("mpf check %s: bad 0x%x store %u count %u gone %u "
		       "reported %" PRId64 " caches:",
			mp->name, bad, nb_store, count, nb_gone, reported);
		if (mp->cache_size != 0)
			for (l = 0; l < RTE_MAX_LCORE; l++)
				if (mp->local_cache[l].len != 0)
					printf(" %u:%u", l,
						mp->local_cache[l].len);
		printf("\n");
	}
	/*
	 * Giving back duplicates would spread them; and a stale copy of a
	 * held object in the store carries its holder's tag.
	 */
	if (bad & MPF_F_DUP)
		return bad & ~MPF_F_TAG;
	/* The store's objects uncounted, the dead's as a put. */
	if (nb_store > 0 &&
		rte_mempool_ops_enqueue_bulk(mp, store, nb_store) != 0)
		bad |= MPF_F_REFILL;
	/* The counters' error, if any, is not counted again next time. */
	ctl->res[p].held_base += reported - (int64_t)nb_gone;
	if (tagged)
		bad |= mpf_pool_reclaim(&ctl->res[p], mp, gone, &nb_gone);
	if (nb_gone > 0)
		rte_mempool_generic_put(mp, gone, nb_gone, NULL);
	return bad;
}

/* The forked checker: every pool from `from` on, in order. */
static void
mpf_pool_check_child(
	struct mpf_pool_ctl *ctl, struct rte_mempool **pools, unsigned int from)
{
	unsigned int p;

	for (p = from; p < MPF_NB_POOLS; p++) {
		if (pools[p] == NULL)
			continue;
		__atomic_store_n(&ctl->checking, (int32_t)p, __ATOMIC_RELEASE);
		ctl->found[p] = mpf_pool_check_one(ctl, p, pools[p]);
		fflush(stdout);
	}
	__atomic_store_n(&ctl->checking, -1, __ATOMIC_RELEASE);
	fflush(stdout);
	_exit(0);
}

static void
mpf_pool_note(struct mpf_pool_ctl *ctl, unsigned int p, uint32_t bad)
{
	struct mpf_pool_res *r = &ctl->res[p];
	unsigned int b;

	r->flags |= bad;
	for (b = 0; b < RTE_DIM(r->nb); b++)
		r->nb[b] += (bad >> b) & 1;
	if (bad & MPF_F_HELD) {
		r->last_missing = ctl->missing[p];
		r->last_reported = (uint32_t)ctl->reported[p];
	}
	if (bad & (MPF_F_HANG | MPF_F_DUP))
		r->retired = 1;
}

/*
 * Check every live pool from forked children: a child that does not
 * finish in time is killed, the pool it was in is counted as hung and
 * retired, and a new child goes on with the next pools.
 */
static void
mpf_pool_check(struct mpf_pool_ctl *ctl, struct rte_mempool **pools)
{
	unsigned int from = 0, p;

	memset(ctl->found, 0, sizeof(ctl->found));
	memset(ctl->missing, 0, sizeof(ctl->missing));
	while (from < MPF_NB_POOLS) {
		uint64_t end;
		pid_t pid;
		int st, done = 0;

		ctl->checking = -1;
		fflush(stdout);
		pid = fork();
		if (pid == 0)
			mpf_pool_check_child(ctl, pools, from);
		if (pid < 0)
			return;
		end = rte_get_timer_cycles() +
			MPF_CHECK_MS * rte_get_timer_hz() / 1000;
		while (rte_get_timer_cycles() < end)
			if (waitpid(pid, &st, WNOHANG) == pid) {
				done = 1;
				break;
			} else {
				rte_delay_us_sleep(1000);
			}
		if (done) {
			for (p = from; p < MPF_NB_POOLS; p++)
				if (pools[p] != NULL)
					mpf_pool_note(ctl, p, ctl->found[p]);
			from = MPF_NB_POOLS;
			break;
		}
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		p = (unsigned int)__atomic_load_n(
			&ctl->checking, __ATOMIC_ACQUIRE);
		if (p >= MPF_NB_POOLS)
			return; /* hung outside a pool: nothing to blame */
		for (; from < p; from++)
			if (pools[from] != NULL)
				mpf_pool_note(ctl, from, ctl->found[from]);
		mpf_pool_note(ctl, p, MPF_F_HANG);
		from = p + 1;
	}
	/* A retired pool is neither used nor checked again. */
	for (p = 0; p < MPF_NB_POOLS; p++)
		if (ctl->res[p].retired)
			pools[p] = NULL;
}

/*
 * Failures each handler is known to show today, with the reason: its
 * case is then skipped rather than failed, and it fails again as soon
 * as it shows anything else. Emptied as the handlers are fixed.
 */
static const struct {
	const char *handler;
	uint32_t flags;
	const char *why;
} mpf_known[] = {
	/* None left; an array cannot be empty. */
	{NULL, 0, NULL},
};

/*
 * Known of every handler: none. A kill inside a handler call, or
 * between it and the counter update after it, used to leave held off
 * by that burst; the pool now settles it into the dead process's
 * holdings (rte_mempool_holder.c), so held must be exact.
 */
#define MPF_CORE_KNOWN 0u

static struct mpf_pool_ctl *mpf_pctl;
static int mpf_pool_campaign_ret;
static int mpf_pool_campaign_done;
static const struct rte_memzone *mpf_pctl_mz;
static unsigned int mpf_pool_kills;

static const char *const mpf_flag_name[] = {
	"hang", "duplicate", "count", "held", "refill", "tag", "nodes"};

static void
mpf_pool_print(unsigned int p)
{
	const struct mpf_pool_res *r = &mpf_pctl->res[p];
	unsigned int b;

	printf("mp_faults pools: %-11s cache %2u%s:", mpf_pool_handler(p),
		mpf_pool_cache(p), mpf_pool_flags(p) != 0 ? " tags" : "");
	if (r->flags == 0)
		printf(" clean");
	for (b = 0; b < RTE_DIM(r->nb); b++)
		if (r->nb[b] != 0)
			printf(" %s %u", mpf_flag_name[b], r->nb[b]);
	if (r->flags & MPF_F_HELD)
		printf(" (last: %u missing, counters said %d)", r->last_missing,
			(int)r->last_reported);
	if (r->repaired != 0)
		printf(" (%u caches repaired)", r->repaired);
	if (strcmp(mpf_pool_handler(p), "lf_stack") == 0)
		printf(" (%" PRIu64 " nodes given back)", r->nodes);
	printf("; %" PRIu64 " objects left by the dead", r->held_dead);
	if (mpf_pool_flags(p) != 0)
		printf(" (%" PRIu64 " reclaimed, %" PRIu64 " untagged)",
			r->reclaimed, r->untagged);
	printf("%s\n", r->retired ? "; retired" : "");
}

/* Create the pools, kill secondaries, check after each kill. */
static int
mpf_pool_campaign(double budget_end)
{
	struct rte_mempool *pools[MPF_NB_POOLS];
	const struct rte_memzone *mz;
	char name[RTE_MEMPOOL_NAMESIZE];
	unsigned int p, k;
	int ret = TEST_SUCCESS;

	mz = rte_memzone_reserve(
		MPF_POOL_CTL_MZ, sizeof(*mpf_pctl), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "pool control memzone");
	mpf_pctl_mz = mz;
	mpf_pctl = mz->addr;
	memset(mpf_pctl, 0, sizeof(*mpf_pctl));
	for (p = 0; p < MPF_NB_POOLS; p++) {
		mpf_pool_name(name, sizeof(name), p);
		pools[p] = rte_mempool_create_ext(name, MPF_POOL_N,
			MPF_POOL_ELT, mpf_pool_cache(p), 0, NULL, NULL, NULL,
			NULL, SOCKET_ID_ANY, mpf_pool_flags(p),
			mpf_pool_handler(p));
		if (pools[p] == NULL) {
			printf("mp_faults pools: no %s pool (%s): not tested\n",
				mpf_pool_handler(p), rte_strerror(rte_errno));
			mpf_pctl->res[p].retired = 1;
		}
	}
	for (k = 0; k < mpf_pool_kills && test_clock_s() < budget_end; k++) {
		pid_t pid;
		int32_t stuck;

		mpf_pctl->working = -1;
		pid = mpf_spawn_cmd("mp_faults_pool_child", &mpf_pctl->ready,
			MPF_SPAWN_WAIT_S);
		stuck = mpf_pctl->working;
		if (pid < 0 && stuck >= 0 && stuck < (int32_t)MPF_NB_POOLS) {
			/*
			 * Its first round wedged in a pool that a dead
			 * process left stuck for more traffic than the
			 * check makes (its second side, a full htd).
			 */
			mpf_pool_note(
				mpf_pctl, (unsigned int)stuck, MPF_F_HANG);
			pools[stuck] = NULL;
			k--;
			continue;
		}
		if (pid < 0) {
			printf("mp_faults pools: secondary %u did not start\n",
				k);
			ret = TEST_FAILED;
			break;
		}
		rte_delay_us_sleep(rte_rand() % 3000);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		mpf_pool_check(mpf_pctl, pools);
		for (p = 0; p < MPF_NB_POOLS; p++)
			mpf_pctl->res[p].held_dead += mpf_pctl->missing[p];
	}
	printf("mp_faults pools: %u kills, secondaries' rounds %" PRIu64 "\n",
		k, mpf_pctl->rounds);
	for (p = 0; p < MPF_NB_POOLS; p++) {
		mpf_pool_print(p);
		/* A retired pool's store may be wedged: only free it. */
		rte_mempool_free(pools[p]);
		if (pools[p] == NULL) {
			mpf_pool_name(name, sizeof(name), p);
			rte_mempool_free(rte_mempool_lookup(name));
		}
	}
	if (ret == TEST_SUCCESS && k == 0)
		ret = TEST_FAILED;
	return ret;
}

/* The verdict for one handler, from the campaign's results. */
static int
mpf_pool_verdict(const char *handler)
{
	uint32_t seen = 0, known = MPF_CORE_KNOWN;
	const char *why = "";
	unsigned int p, i;

	if (!mpf_pool_campaign_done) {
		mpf_pool_campaign_done = 1;
		mpf_pool_campaign_ret = mpf_pool_campaign(mpf_deadline);
	}
	TEST_ASSERT_SUCCESS(mpf_pool_campaign_ret, "the kill campaign failed");
	for (p = 0; p < MPF_NB_POOLS; p++)
		if (strcmp(mpf_pool_handler(p), handler) == 0)
			seen |= mpf_pctl->res[p].flags;
	for (i = 0; i < RTE_DIM(mpf_known); i++)
		if (mpf_known[i].handler != NULL &&
			strcmp(mpf_known[i].handler, handler) == 0) {
			known |= mpf_known[i].flags;
			why = mpf_known[i].why;
		}
	TEST_ASSERT((seen & ~known) == 0,
		"%s: failures after kills (0x%x) beyond the known ones (0x%x)",
		handler, seen, known);
	if (known != 0) {
		printf("mp_faults pools: %s skipped, known to fail (0x%x seen "
		       "now): %s\n",
			handler, seen, why);
		return TEST_SKIPPED;
	}
	return TEST_SUCCESS;
}

#define MPF_HANDLER_CASE(fn, name) \
	static int fn(void) \
	{ \
		return mpf_pool_verdict(name); \
	}

MPF_HANDLER_CASE(test_mpf_ring_mp_mc, "ring_mp_mc")
MPF_HANDLER_CASE(test_mpf_ring_sp_sc, "ring_sp_sc")
MPF_HANDLER_CASE(test_mpf_ring_mp_sc, "ring_mp_sc")
MPF_HANDLER_CASE(test_mpf_ring_sp_mc, "ring_sp_mc")
MPF_HANDLER_CASE(test_mpf_ring_mt_rts, "ring_mt_rts")
MPF_HANDLER_CASE(test_mpf_ring_mt_hts, "ring_mt_hts")
MPF_HANDLER_CASE(test_mpf_stack, "stack")
MPF_HANDLER_CASE(test_mpf_lf_stack, "lf_stack")
MPF_HANDLER_CASE(test_mpf_bucket, "bucket")

/* ----- holder tags and rte_mempool_reclaim_dead ----- */

#define MPF_TAG_N 255

/*
 * Fork a child that gets n objects of mp (through its cache when the
 * pool has one), passes the first `give` of them to the parent through
 * shared memory, and exits without putting any. Returns 0 once the
 * child is dead and reaped.
 */
static int
mpf_tags_child_takes(
	struct rte_mempool *mp, unsigned int n, void **given, unsigned int give)
{
	void *objs[64];
	pid_t pid;
	int st;

	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		if (rte_mempool_get_bulk(mp, objs, n) != 0)
			_exit(1);
		memcpy(given, objs, give * sizeof(objs[0]));
		_exit(0);
	}
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) ||
		WEXITSTATUS(st) != 0)
		return -1;
	return 0;
}

static int
mpf_tags_one(unsigned int cache, unsigned int flags)
{
	const struct rte_memzone *mz;
	struct rte_mempool_objsz sz;
	struct rte_mempool *mp;
	void **given, *mine[8];
	unsigned int i;
	int ret;

	TEST_ASSERT(rte_mempool_calc_obj_size(
			    64, flags | RTE_MEMPOOL_F_HOLDER_TAGS, &sz) != 0 &&
			sz.header_size >= sizeof(struct rte_mempool_objhdr) +
					sizeof(uint64_t),
		"a tagged pool's header has room for the tag");
	mz = rte_memzone_reserve(
		"mpf_tags_given", 64 * sizeof(void *), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "memzone for the objects passed on");
	given = mz->addr;
	mp = rte_mempool_create("mpf_tags", MPF_TAG_N, 64, cache, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, flags | RTE_MEMPOOL_F_HOLDER_TAGS);
	TEST_ASSERT_NOT_NULL(mp, "tagged pool: %s", rte_strerror(rte_errno));

	/* Get tags with the caller, put clears. */
	TEST_ASSERT_SUCCESS(
		rte_mempool_get_bulk(mp, mine, RTE_DIM(mine)), "get");
	for (i = 0; i < RTE_DIM(mine); i++)
		TEST_ASSERT_EQUAL(*rte_mempool_holder_tag(mine[i]),
			rte_eal_owner_id(), "tag after a get");
	rte_mempool_put_bulk(mp, mine, RTE_DIM(mine));
	for (i = 0; i < RTE_DIM(mine); i++)
		TEST_ASSERT_EQUAL(
			*rte_mempool_holder_tag(mine[i]), 0, "tag after a put");
	TEST_ASSERT_EQUAL(rte_mempool_reclaim_dead(mp), 0,
		"nothing to reclaim while every holder lives");

	/* A dead child's 40 objects come home; the 5 it gave do not. */
	TEST_ASSERT_SUCCESS(mpf_tags_child_takes(mp, 45, given, 5),
		"child gets 45 objects and dies");
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), 45, "45 in use");
	rte_mempool_holder_adopt(mp, given, 5);
	ret = rte_mempool_reclaim_dead(mp);
	TEST_ASSERT_EQUAL(ret, 40, "reclaim_dead returned %d, not 40", ret);
	TEST_ASSERT_EQUAL(rte_mempool_in_use_count(mp), 5,
		"only the adopted objects in use");
	TEST_ASSERT_EQUAL(rte_mempool_reclaim_dead(mp), 0,
		"a second reclaim finds nothing");
	for (i = 0; i < 5; i++)
		TEST_ASSERT_EQUAL(*rte_mempool_holder_tag(given[i]),
			rte_eal_owner_id(), "adopted object tagged as ours");
	rte_mempool_put_bulk(mp, given, 5);
	TEST_ASSERT_EQUAL(
		rte_mempool_avail_count(mp), MPF_TAG_N, "every object back");
	rte_mempool_audit(mp);
	rte_mempool_free(mp);
	rte_memzone_free(mz);
	return TEST_SUCCESS;
}

static int
test_mpf_reclaim_dead(void)
{
	struct rte_mempool *mp;
	char log[512];
	struct test_capture c;
	int ret;

	TEST_ASSERT_SUCCESS(mpf_tags_one(0, 0), "no cache");
	TEST_ASSERT_SUCCESS(mpf_tags_one(16, 0), "cache 16");
	TEST_ASSERT_SUCCESS(mpf_tags_one(0, RTE_MEMPOOL_F_NO_CACHE_ALIGN),
		"no cache alignment");

	/* Bad input: a clear code and one log line, nothing changed. */
	mp = rte_mempool_create("mpf_untagged", 63, 64, 0, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "untagged pool");
	TEST_ASSERT_SUCCESS(test_capture_begin(&c), "capture");
	rte_errno = 0;
	ret = rte_mempool_reclaim_dead(mp);
	test_capture_end(&c, log, sizeof(log));
	TEST_ASSERT(ret == -EINVAL && rte_errno == EINVAL, "untagged pool: %d",
		ret);
	TEST_ASSERT(strstr(log, "has no holder tags") != NULL,
		"untagged pool: log says why (%s)", log);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 63, "untouched");
	rte_mempool_free(mp);
	TEST_ASSERT_SUCCESS(test_capture_begin(&c), "capture");
	rte_errno = 0;
	ret = rte_mempool_reclaim_dead(NULL);
	test_capture_end(&c, log, sizeof(log));
	TEST_ASSERT(ret == -EINVAL && rte_errno == EINVAL, "NULL: %d", ret);
	TEST_ASSERT(strstr(log, "NULL pool") != NULL, "NULL: log (%s)", log);
	rte_mempool_holder_adopt(NULL, NULL, 3); /* a no-op */
	return TEST_SUCCESS;
}

/* ----- repair of a cache left mid-flush or mid-refill ----- */

/* An lcore id no process of the test uses. */
#define MPF_REPAIR_LCORE 5

static int
test_mpf_cache_repair(void)
{
	struct rte_mempool_cache *c;
	struct rte_mempool *mp;
	void *objs[16];
	uint64_t drain, fill;
	unsigned int i;

	mp = rte_mempool_create("mpf_repair", 63, 64, 16, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "pool: %s", rte_strerror(rte_errno));
	c = &mp->local_cache[MPF_REPAIR_LCORE];
	TEST_ASSERT_EQUAL(rte_mempool_cache_repair_dead(mp), 0,
		"nothing to repair in a new pool");

	/* A flush killed after its enqueue, before the length. */
	TEST_ASSERT_SUCCESS(rte_mempool_generic_get(mp, objs, 10, NULL), "get");
	memcpy(c->objs, objs, 10 * sizeof(objs[0]));
	c->len = 10;
	drain = c->drain_objs;
	mempool_flight_begin(c, MEMPOOL_FLIGHT_DRAIN, 10, drain);
	TEST_ASSERT_SUCCESS(
		rte_mempool_ops_enqueue_bulk(mp, objs, 10), "enqueue");
	TEST_ASSERT_EQUAL(rte_mempool_cache_repair_dead(mp), 1, "repaired");
	TEST_ASSERT(
		c->len == 0 && c->drain_objs == drain + 10 && c->flight == 0,
		"flush completed: len %u, drained %" PRIu64, c->len,
		c->drain_objs - drain);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 63, "no duplicate");

	/* A refill killed before its length: stale slots are dropped. */
	for (i = 0; i < 8; i++)
		c->objs[i] = objs[i]; /* back in the store: stale */
	fill = c->fill_objs;
	mempool_flight_begin(c, MEMPOOL_FLIGHT_REFILL, 8, fill);
	TEST_ASSERT_EQUAL(rte_mempool_cache_repair_dead(mp), 1, "repaired");
	TEST_ASSERT(c->len == 0 && c->fill_objs == fill && c->flight == 0,
		"refill dropped: len %u", c->len);

	/* A refill killed after its length, before its counter. */
	TEST_ASSERT_SUCCESS(
		rte_mempool_ops_dequeue_bulk(mp, c->objs, 8), "dequeue");
	mempool_flight_begin(c, MEMPOOL_FLIGHT_REFILL, 8, fill);
	c->len = 8;
	TEST_ASSERT_EQUAL(rte_mempool_cache_repair_dead(mp), 1, "repaired");
	TEST_ASSERT(c->len == 8 && c->fill_objs == fill + 8 && c->flight == 0,
		"refill completed: len %u, filled %" PRIu64, c->len,
		c->fill_objs - fill);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 63, "all accounted");

	/* The cache of a live lcore is never touched. */
	c = &mp->local_cache[rte_lcore_id()];
	mempool_flight_begin(c, MEMPOOL_FLIGHT_DRAIN, 0, c->drain_objs);
	TEST_ASSERT_EQUAL(rte_mempool_cache_repair_dead(mp), 0,
		"a live lcore's record is left alone");
	mempool_flight_end(c);
	rte_mempool_cache_flush(&mp->local_cache[MPF_REPAIR_LCORE], mp);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 63, "every object");
	rte_mempool_free(mp);
	TEST_ASSERT_EQUAL(
		rte_mempool_cache_repair_dead(NULL), -EINVAL, "NULL pool");
	return TEST_SUCCESS;
}

static int
mpf_setup(void)
{
	uint64_t seed = (uint64_t)test_env_long("MPF_SEED", 0);
	double budget;

	mpf_cfg = test_mem_config();
	if (rte_eal_process_type() != RTE_PROC_PRIMARY || mpf_cfg == NULL) {
		printf("mp_faults needs a primary with shared files\n");
		return TEST_SKIPPED;
	}
	if (seed == 0)
		seed = rte_rdtsc();
	rte_srand(seed);
	printf("mp_faults: seed %" PRIu64 " (MPF_SEED)\n", seed);
	mpf_kills = (unsigned int)test_env_long("MPF_KILLS", 40);
	budget = (double)test_env_long("MPF_BUDGET_S", 60);
	mpf_pool_kills = (unsigned int)test_env_long("MPF_POOL_KILLS", 100);
	mpf_alloc_deadline = test_clock_s() + budget / 2;
	mpf_deadline = test_clock_s() + budget;
	signal(SIGALRM, mpf_alarm);
	return TEST_SUCCESS;
}

static void
mpf_teardown(void)
{
	signal(SIGALRM, SIG_DFL);
	rte_memzone_free(mpf_pctl_mz);
	mpf_pctl_mz = NULL;
}

static struct unit_test_suite mpf_suite = {
	.suite_name = "multi-process faults (allocator, pools)",
	.setup = mpf_setup,
	.teardown = mpf_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_mpf_malloc),
			TEST_CASE(test_mpf_memzone),
			TEST_CASE(test_mpf_mempool),
			TEST_CASE(test_mpf_reclaim_dead),
			TEST_CASE(test_mpf_cache_repair),
			TEST_CASE(test_mpf_ring_mp_mc),
			TEST_CASE(test_mpf_ring_sp_sc),
			TEST_CASE(test_mpf_ring_mp_sc),
			TEST_CASE(test_mpf_ring_sp_mc),
			TEST_CASE(test_mpf_ring_mt_rts),
			TEST_CASE(test_mpf_ring_mt_hts),
			TEST_CASE(test_mpf_stack),
			TEST_CASE(test_mpf_lf_stack),
			TEST_CASE(test_mpf_bucket),
			TEST_CASES_END(),
		},
};

static int
test_mp_faults(void)
{
	return unit_test_suite_runner(&mpf_suite);
}

REGISTER_TEST_COMMAND(mp_faults_autotest, test_mp_faults);
