/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mp_faults_autotest, allocator part: a secondary loops in
 * rte_malloc/rte_free, rte_memzone_reserve/free or
 * rte_mempool_create/free and is killed with SIGKILL at random
 * instants. After each kill the primary's next malloc, memzone and
 * mempool calls must complete (an alarm turns a wedge into a failure
 * naming the call), the heap must be consistent block by block, and
 * once what the dead process still owned is released (pools and rings
 * it created, then memzones and heap blocks whose owner id is its),
 * the heap and memzone totals must be exactly those before it ran.
 *
 * Environment: MPF_KILLS kills per mode (default 40), MPF_BUDGET_S
 * seconds for the whole test (default 45: a mode stops early when its
 * share is spent), MPF_SEED for the random instants.
 * devtools/soak.sh runs it with many more kills.
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
#include <rte_tailq.h>

#include "eal_memcfg.h"
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

static pid_t
mpf_spawn(enum mpf_mode mode, struct mpf_ctl *ctl)
{
	char pfx[160], m[8];
	const char *argv[] = {"dpdk-test", MPF_CHILD_LCORES, "--no-huge",
		"--proc-type=secondary", pfx, "--log-level=lib.eal:error"};
	cpu_set_t saved;
	uint64_t end;
	pid_t pid;

	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	snprintf(m, sizeof(m), "%d", (int)mode);
	setenv(MPF_MODE_ENV, m, 1);
	ctl->ready = 0;
	test_affinity_widen(&saved);
	pid = test_spawn_self(argv, RTE_DIM(argv), "mp_faults_child");
	test_affinity_restore(&saved);
	unsetenv(MPF_MODE_ENV);
	if (pid < 0)
		return -1;
	end = rte_get_timer_cycles() + 30 * rte_get_timer_hz();
	while (!__atomic_load_n(&ctl->ready, __ATOMIC_ACQUIRE)) {
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

static double mpf_deadline;
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

	mode_end = now + (mpf_deadline - now) / (MPF_NB_MODES - mode);
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

static int
mpf_setup(void)
{
	uint64_t seed = (uint64_t)test_env_long("MPF_SEED", 0);

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
	mpf_deadline =
		test_clock_s() + (double)test_env_long("MPF_BUDGET_S", 45);
	signal(SIGALRM, mpf_alarm);
	return TEST_SUCCESS;
}

static void
mpf_teardown(void)
{
	signal(SIGALRM, SIG_DFL);
}

static struct unit_test_suite mpf_suite = {
	.suite_name = "multi-process faults (allocator)",
	.setup = mpf_setup,
	.teardown = mpf_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_mpf_malloc),
			TEST_CASE(test_mpf_memzone),
			TEST_CASE(test_mpf_mempool),
			TEST_CASES_END(),
		},
};

static int
test_mp_faults(void)
{
	return unit_test_suite_runner(&mpf_suite);
}

REGISTER_TEST_COMMAND(mp_faults_autotest, test_mp_faults);
