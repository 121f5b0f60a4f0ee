/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * ring_dead_peer_autotest: RING_F_DEAD_PEER rings (rte_ring_dp.h) in
 * MT, MT_RTS and MT_HTS mode and the mixed MP/SC and SP/MC modes, with
 * forked processes killed while they hold a reservation.
 *  - bad input: the flag with two ST sides, or with elements that are
 *    not pointers, is refused (EINVAL and a log line, nothing created);
 *  - a child killed by SIGKILL at a known point (test hook: right after
 *    its head move, or after its slot copy) of an enqueue or a dequeue:
 *    rte_ring_dp_recover() finishes exactly that reservation, the count
 *    is right, and a drain from a survivor (a forked process with a
 *    time limit) sees every token once, except the dead one's: lost
 *    when it died inside its dequeue or before writing its enqueue,
 *    back in the ring when it had written them (MT side). The slots
 *    the dead enqueue reserved hold stale tokens that are also in the
 *    ring (rdp_ring()): they must not come out. A dead ST side is not
 *    recovered: its next user restarts from its tail, so a dead SC
 *    loses nothing (its slots are read again), and a dead SP loses
 *    what it held;
 *  - a ring laid out at the address of a freed one whose dead enqueue
 *    had marked its copy: that record is not trusted for the new ring;
 *  - threads that exit give their in-flight record back: more threads
 *    than there are records use the ring one after the other;
 *  - a child hammering the ring is killed at random instants while a
 *    survivor process hammers it too (mixed modes: after it, as the
 *    ST side has one user at a time): the survivor keeps making
 *    progress within a time limit, and the drain after it sees no token
 *    twice and misses at most what the dead child held.
 * Tokens are the pointers 1..RDP_TOKENS. RDP_KILLS (environment) sets
 * the random kills per mode (default 30).
 */

#include <errno.h>
#include <pthread.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_memzone.h>
#include <rte_random.h>
#include <rte_ring.h>
#include <rte_ring_dp.h>

#include "test.h"

#if defined(__SANITIZE_THREAD__)
#define RDP_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RDP_TSAN 1
#endif
#endif
#ifndef RDP_TSAN
#define RDP_TSAN 0
#endif

#define RDP_TOKENS 512
#define RDP_BURST 16
/* Milliseconds a survivor may take for a drain or for its progress. */
#define RDP_LIMIT_MS 5000
#define RDP_CTL_MZ "rdp_ctl"

struct rdp_mode {
	const char *name;
	unsigned int flags;
	int st_side; /* the ST side (0 producer, 1 consumer), or -1 */
};

static const struct rdp_mode rdp_modes[] = {
	{"MT", 0, -1},
	{"MT_RTS", RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ, -1},
	{"MT_HTS", RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ, -1},
	{"MP_SC", RING_F_SC_DEQ, 1},
	{"SP_MC", RING_F_SP_ENQ, 0},
};

/* Shared with the forked processes (a memzone). */
struct rdp_ctl {
	volatile uint32_t started; /* hammering child is running */
	volatile uint32_t stop; /* survivor: stop hammering */
	volatile uint64_t ops; /* survivor's operations so far */
	uint32_t nb_drained;
	void *drained[RDP_TOKENS + RDP_BURST];
};

static struct rdp_ctl *rdp_ctl;
static unsigned int rdp_kill_side, rdp_kill_stage;

static void
rdp_hook(struct rte_ring *r, unsigned int side, unsigned int stage)
{
	RTE_SET_USED(r);
	if (side == rdp_kill_side && stage == rdp_kill_stage)
		raise(SIGKILL);
}

/*
 * Run fn in a forked process; wait at most RDP_LIMIT_MS for it.
 * Returns its exit status, or -ETIMEDOUT (it was killed).
 */
static int
rdp_bounded(int (*fn)(struct rte_ring *r), struct rte_ring *r)
{
	uint64_t end;
	pid_t pid;
	int st;

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(fn(r));
	if (pid < 0)
		return -errno;
	end = rte_get_timer_cycles() + RDP_LIMIT_MS * rte_get_timer_hz() / 1000;
	while (rte_get_timer_cycles() < end) {
		if (waitpid(pid, &st, WNOHANG) == pid)
			return WIFEXITED(st) ? WEXITSTATUS(st) : -ECHILD;
		rte_delay_us_sleep(1000);
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	return -ETIMEDOUT;
}

/* Survivor: dequeue every token, one at a time, into the control zone. */
static int
rdp_drain(struct rte_ring *r)
{
	rdp_ctl->nb_drained = 0;
	while (rdp_ctl->nb_drained < RTE_DIM(rdp_ctl->drained) &&
		rte_ring_dp_dequeue_bulk(r,
			&rdp_ctl->drained[rdp_ctl->nb_drained], 1, NULL) == 1)
		rdp_ctl->nb_drained++;
	return 0;
}

/*
 * Drain r within the time limit and check the tokens: none twice, none
 * foreign, and the missing ones among lost[] (nb_lost of them, NULL
 * for any) and at most max_missing of them. Then put every token back.
 */
static int
rdp_check_drain(struct rte_ring *r, void *const *lost, unsigned int nb_lost,
	unsigned int max_missing, unsigned int min_missing)
{
	static uint8_t seen[RDP_TOKENS + 1];
	static void *all[RDP_TOKENS];
	unsigned int i, j, missing = 0;
	int ret = rdp_bounded(rdp_drain, r);

	TEST_ASSERT_EQUAL(ret, 0, "drain did not finish in %d ms (%d)",
		RDP_LIMIT_MS, ret);
	memset(seen, 0, sizeof(seen));
	for (i = 0; i < rdp_ctl->nb_drained; i++) {
		uintptr_t t = (uintptr_t)rdp_ctl->drained[i];

		TEST_ASSERT(t >= 1 && t <= RDP_TOKENS,
			"foreign token %#" PRIxPTR, t);
		TEST_ASSERT(!seen[t], "token %" PRIuPTR " twice", t);
		seen[t] = 1;
	}
	for (i = 1; i <= RDP_TOKENS; i++) {
		if (seen[i])
			continue;
		missing++;
		for (j = 0; j < nb_lost; j++)
			if (lost[j] == (void *)(uintptr_t)i)
				break;
		TEST_ASSERT(nb_lost == 0 || j < nb_lost,
			"token %u missing but the dead did not hold it", i);
	}
	TEST_ASSERT(missing <= max_missing && missing >= min_missing,
		"%u tokens missing, expected %u..%u", missing, min_missing,
		max_missing);
	TEST_ASSERT_EQUAL(rte_ring_dp_count(r), 0, "count %u after drain",
		rte_ring_dp_count(r));
	for (i = 0; i < RDP_TOKENS; i++)
		all[i] = (void *)(uintptr_t)(i + 1);
	TEST_ASSERT_EQUAL(rte_ring_dp_enqueue_bulk(r, all, RDP_TOKENS, NULL),
		RDP_TOKENS, "cannot refill");
	TEST_ASSERT_EQUAL(rte_ring_dp_count(r), RDP_TOKENS, "count %u",
		rte_ring_dp_count(r));
	return TEST_SUCCESS;
}

/*
 * A ring of every token whose free slots all hold stale tokens, none at
 * the place it held: the tokens go in, out, and back in reverse order
 * (RDP_TOKENS slots from the start, all 2 * RDP_TOKENS written). So the
 * first enqueue after a dequeue of the first tokens reserves slots that
 * hold other tokens still in the ring: published as they are, for a
 * dead producer that had not written them, they would come out twice.
 */
static struct rte_ring *
rdp_ring(const struct rdp_mode *m)
{
	char name[RTE_RING_NAMESIZE];
	void *all[RDP_TOKENS];
	struct rte_ring *r;
	unsigned int i;

	snprintf(name, sizeof(name), "rdp_%s", m->name);
	r = rte_ring_create(name, RDP_TOKENS, SOCKET_ID_ANY,
		m->flags | RING_F_EXACT_SZ | RING_F_DEAD_PEER);
	if (r == NULL)
		return NULL;
	RTE_BUILD_BUG_ON(RDP_TOKENS & (RDP_TOKENS - 1));
	for (i = 0; i < RDP_TOKENS; i++)
		all[i] = (void *)(uintptr_t)(i + 1);
	if (r->size != 2 * RDP_TOKENS ||
		rte_ring_dp_enqueue_bulk(r, all, RDP_TOKENS, NULL) !=
			RDP_TOKENS ||
		rte_ring_dp_dequeue_bulk(r, all, RDP_TOKENS, NULL) !=
			RDP_TOKENS)
		goto fail;
	for (i = 0; i < RDP_TOKENS; i++)
		all[i] = (void *)(uintptr_t)(RDP_TOKENS - i);
	if (rte_ring_dp_enqueue_bulk(r, all, RDP_TOKENS, NULL) != RDP_TOKENS)
		goto fail;
	return r;
fail:
	rte_ring_free(r);
	return NULL;
}

static int
test_rdp_bad_input(void)
{
	/* One ST side is allowed (MP_SC, SP_MC below), not two. */
	static const unsigned int bad[] = {RING_F_SP_ENQ | RING_F_SC_DEQ};
	struct test_capture cap;
	char out[1024];
	struct rte_ring *r;
	unsigned int i;

	for (i = 0; i < RTE_DIM(bad); i++) {
		TEST_ASSERT_EQUAL(test_capture_begin(&cap), 0, "capture");
		r = rte_ring_create("rdp_bad", 64, SOCKET_ID_ANY,
			bad[i] | RING_F_DEAD_PEER);
		test_capture_end(&cap, out, sizeof(out));
		TEST_ASSERT_NULL(r, "flags %#x accepted", bad[i]);
		TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno %d", rte_errno);
		TEST_ASSERT(strstr(out, "RING_F_DEAD_PEER needs MT") != NULL,
			"no log line: %s", out);
		TEST_ASSERT_NULL(rte_ring_lookup("rdp_bad"), "ring left");
		TEST_ASSERT_NULL(
			rte_memzone_lookup("RG_rdp_bad"), "memzone left");
	}
	TEST_ASSERT_EQUAL(test_capture_begin(&cap), 0, "capture");
	r = rte_ring_create_elem(
		"rdp_bad", 16, 64, SOCKET_ID_ANY, RING_F_DEAD_PEER);
	test_capture_end(&cap, out, sizeof(out));
	TEST_ASSERT_NULL(r, "16-byte elements accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno %d", rte_errno);
	TEST_ASSERT(
		strstr(out, "holds pointers") != NULL, "no log line: %s", out);
	TEST_ASSERT_NULL(rte_ring_lookup("rdp_bad"), "ring left");
	return TEST_SUCCESS;
}

/* Hooked child: take RDP_BURST tokens, put them back; dies in the hook. */
static void
rdp_hooked_child(struct rte_ring *r, void **held)
{
	rte_ring_dp_set_test_hook(rdp_hook);
	if (rte_ring_dp_dequeue_bulk(r, held, RDP_BURST, NULL) != RDP_BURST)
		_exit(2);
	if (rte_ring_dp_enqueue_bulk(r, held, RDP_BURST, NULL) != RDP_BURST)
		_exit(3);
	_exit(4); /* the hook did not fire */
}

/*
 * Fork a hooked child set to die at `stage` of its `side` operation and
 * wait for it. Returns its wait status, or -1 if it could not be run.
 */
static int
rdp_fork_hooked(
	struct rte_ring *r, void **held, unsigned int side, unsigned int stage)
{
	pid_t pid;
	int st;

	rdp_kill_side = side;
	rdp_kill_stage = stage;
	fflush(stdout);
	pid = fork();
	if (pid == 0)
		rdp_hooked_child(r, held);
	if (pid < 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return st;
}

static int
rdp_hooked_on(struct rte_ring *r, const struct rdp_mode *m, unsigned int side,
	unsigned int stage)
{
	void *held[RDP_BURST], *lost_tok[RDP_BURST];
	const int dead_st = m->st_side == (int)side;
	unsigned int moved, count, lost, i;
	int st;

	st = rdp_fork_hooked(r, held, side, stage);
	TEST_ASSERT(st != -1, "fork or waitpid failed");
	TEST_ASSERT(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
		"%s: child not killed in its %s (status %#x)", m->name,
		side ? "dequeue" : "enqueue", st);
	/*
	 * Written before its death: the dequeue had finished, or it copied.
	 * An ST side is left to its next user.
	 */
	moved = rte_ring_dp_recover(r);
	TEST_ASSERT_EQUAL(moved, dead_st ? 0 : RDP_BURST,
		"%s: recover finished %u slots, not the dead one's %u", m->name,
		moved, RDP_BURST);
	TEST_ASSERT_EQUAL(rte_ring_dp_recover(r), 0, "second recover");
	/*
	 * Only a dead MT enqueue that had copied gives its tokens back, and
	 * a dead SC: its slots still hold them and are read again.
	 */
	if (dead_st)
		lost = side == 1 ? 0 : RDP_BURST;
	else
		lost = (side == 0 && stage == RTE_RING_DP_HOOK_COPIED)
			? 0
			: RDP_BURST;
	count = rte_ring_dp_count(r);
	TEST_ASSERT_EQUAL(count, RDP_TOKENS - lost, "%s: count %u, expected %u",
		m->name, count, RDP_TOKENS - lost);
	/*
	 * One more than it holds: none, and what a dequeue took before it
	 * ran out (across the dead enqueue's empty slots) goes back.
	 */
	TEST_ASSERT_EQUAL(rte_ring_dp_dequeue_bulk(r, rdp_ctl->drained,
				  RDP_TOKENS - lost + 1, NULL),
		0, "%s: dequeued more than the ring holds", m->name);
	TEST_ASSERT_EQUAL(rte_ring_dp_count(r), RDP_TOKENS - lost,
		"%s: count %u after a failed dequeue", m->name,
		rte_ring_dp_count(r));
	/* The child's dequeue, the first operation, took the last ones. */
	for (i = 0; i < RDP_BURST; i++)
		lost_tok[i] = (void *)(uintptr_t)(RDP_TOKENS - i);
	return rdp_check_drain(r, lost_tok, RDP_BURST, lost, lost);
}

static int
rdp_hooked_case(const struct rdp_mode *m, unsigned int side, unsigned int stage)
{
	struct rte_ring *r = rdp_ring(m);
	int ret;

	TEST_ASSERT_NOT_NULL(
		r, "%s ring: %s", m->name, rte_strerror(rte_errno));
	ret = rdp_hooked_on(r, m, side, stage);
	rte_ring_free(r);
	return ret;
}

static int
test_rdp_hooked(void)
{
	static const unsigned int stages[] = {
		RTE_RING_DP_HOOK_RESERVED, RTE_RING_DP_HOOK_COPIED};
	unsigned int m, side, s;

	for (m = 0; m < RTE_DIM(rdp_modes); m++)
		for (side = 0; side < 2; side++)
			for (s = 0; s < RTE_DIM(stages); s++) {
				int ret = rdp_hooked_case(
					&rdp_modes[m], side, stages[s]);

				if (ret != TEST_SUCCESS) {
					printf("ring_dead_peer: %s, %s, stage "
					       "%u failed\n",
						rdp_modes[m].name,
						side ? "dequeue" : "enqueue",
						stages[s]);
					return ret;
				}
			}
	return TEST_SUCCESS;
}

/*
 * A ring freed while a dead enqueue's copy was marked done, and one
 * laid out after it at the same address: the same positions come round
 * again, and the first one's record must not vouch for the second
 * one's slots. A dead enqueue there that had not written its slots
 * loses its tokens, and the stale ones in them do not come out twice.
 */
static int
test_rdp_same_address(void)
{
	struct rte_ring *r = rdp_ring(&rdp_modes[0]), *r2;
	void *held[RDP_BURST];
	int st, ret;

	TEST_ASSERT_NOT_NULL(r, "ring: %s", rte_strerror(rte_errno));
	st = rdp_fork_hooked(r, held, 0, RTE_RING_DP_HOOK_COPIED);
	TEST_ASSERT(st != -1, "fork or waitpid failed");
	TEST_ASSERT(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL,
		"child not killed in its enqueue (status %#x)", st);
	rte_ring_free(r);
	r2 = rdp_ring(&rdp_modes[0]);
	TEST_ASSERT_NOT_NULL(r2, "ring: %s", rte_strerror(rte_errno));
	if (r2 != r) {
		rte_ring_free(r2);
		TEST_ASSERT(
			0, "the new ring is not at the freed one's address");
	}
	ret = rdp_hooked_on(r2, &rdp_modes[0], 0, RTE_RING_DP_HOOK_RESERVED);
	rte_ring_free(r2);
	return ret;
}

static void *
rdp_one_op(void *arg)
{
	struct rte_ring *r = arg;
	void *t;

	if (rte_ring_dp_dequeue_bulk(r, &t, 1, NULL) != 1 ||
		rte_ring_dp_enqueue_bulk(r, &t, 1, NULL) != 1)
		return (void *)1;
	return NULL;
}

/* In a bounded child: 3000 threads, each one operation, in turn. */
static int
rdp_many_threads(struct rte_ring *r)
{
	unsigned int i;

	for (i = 0; i < 3000; i++) {
		pthread_t th;
		void *res;

		if (pthread_create(&th, NULL, rdp_one_op, r) != 0 ||
			pthread_join(th, &res) != 0 || res != NULL)
			return 1;
	}
	return 0;
}

static int
test_rdp_thread_records(void)
{
	struct rte_ring *r = rdp_ring(&rdp_modes[0]);
	int ret;

	TEST_ASSERT_NOT_NULL(r, "ring: %s", rte_strerror(rte_errno));
#if RDP_TSAN
	/* TSan cannot start threads in a fork of a threaded process. */
	ret = rdp_many_threads(r);
#else
	ret = rdp_bounded(rdp_many_threads, r);
#endif
	if (ret == 0)
		ret = rte_ring_dp_count(r) == RDP_TOKENS ? 0 : -EIO;
	rte_ring_free(r);
	TEST_ASSERT_EQUAL(ret, 0,
		"3000 short-lived threads did not get records in turn (%d)",
		ret);
	return TEST_SUCCESS;
}

/* Bursts of random size out and back in, until killed or told to stop. */
static int
rdp_hammer(struct rte_ring *r, int survivor)
{
	void *held[RDP_BURST];

	__atomic_store_n(&rdp_ctl->started, 1, __ATOMIC_RELEASE);
	while (!survivor ||
		!__atomic_load_n(&rdp_ctl->stop, __ATOMIC_ACQUIRE)) {
		unsigned int k = 1 + (unsigned int)(rte_rand() % RDP_BURST);

		if (rte_ring_dp_dequeue_bulk(r, held, k, NULL) != k)
			continue;
		while (rte_ring_dp_enqueue_bulk(r, held, k, NULL) != k)
			;
		if (survivor)
			__atomic_fetch_add(&rdp_ctl->ops, 1, __ATOMIC_RELEASE);
	}
	return 0;
}

static int
rdp_hammer_survivor(struct rte_ring *r)
{
	return rdp_hammer(r, 1);
}

/* Wait for the survivor's count of operations to grow by n. */
static int
rdp_progress(uint64_t n)
{
	uint64_t from = __atomic_load_n(&rdp_ctl->ops, __ATOMIC_ACQUIRE);
	uint64_t end = rte_get_timer_cycles() +
		RDP_LIMIT_MS * rte_get_timer_hz() / 1000;

	while (__atomic_load_n(&rdp_ctl->ops, __ATOMIC_ACQUIRE) < from + n)
		if (rte_get_timer_cycles() > end)
			return -1;
	return 0;
}

/* Wait at most RDP_LIMIT_MS for pid to exit; kill it after that. */
static int
rdp_reap(pid_t pid)
{
	uint64_t end = rte_get_timer_cycles() +
		RDP_LIMIT_MS * rte_get_timer_hz() / 1000;

	while (waitpid(pid, NULL, WNOHANG) != pid) {
		if (rte_get_timer_cycles() > end) {
			kill(pid, SIGKILL);
			waitpid(pid, NULL, 0);
			return -1;
		}
		rte_delay_us_sleep(1000);
	}
	return 0;
}

static int
rdp_random_on(struct rte_ring *r, const struct rdp_mode *m, unsigned int kills)
{
	unsigned int k;
	pid_t dead, surv;
	int ret;

	for (k = 0; k < kills; k++) {
		rdp_ctl->stop = 0;
		rdp_ctl->ops = 0;
		rdp_ctl->started = 0;
		fflush(stdout);
		/* An ST side has one user: the survivor comes after. */
		surv = m->st_side < 0 ? fork() : 1;
		if (surv == 0)
			_exit(rdp_hammer_survivor(r));
		dead = fork();
		if (dead == 0)
			_exit(rdp_hammer(r, 0));
		TEST_ASSERT(surv > 0 && dead > 0, "fork");
		while (!__atomic_load_n(&rdp_ctl->started, __ATOMIC_ACQUIRE))
			rte_pause();
		rte_delay_us_sleep(50 + (unsigned int)(rte_rand() % 3000));
		kill(dead, SIGKILL);
		waitpid(dead, NULL, 0);
		if (m->st_side >= 0) {
			surv = fork();
			if (surv == 0)
				_exit(rdp_hammer_survivor(r));
			TEST_ASSERT(surv > 0, "fork");
		}
		ret = rdp_progress(1000);
		__atomic_store_n(&rdp_ctl->stop, 1, __ATOMIC_RELEASE);
		/* Stopped or not, it must finish its burst and exit. */
		TEST_ASSERT(rdp_reap(surv) == 0 && ret == 0,
			"%s kill %u: the survivor stalled", m->name, k);
		ret = rdp_check_drain(r, NULL, 0, RDP_BURST, 0);
		if (ret != TEST_SUCCESS) {
			printf("ring_dead_peer: %s kill %u failed\n", m->name,
				k);
			return ret;
		}
	}
	return TEST_SUCCESS;
}

static int
rdp_random_mode(const struct rdp_mode *m, unsigned int kills)
{
	struct rte_ring *r = rdp_ring(m);
	int ret;

	TEST_ASSERT_NOT_NULL(
		r, "%s ring: %s", m->name, rte_strerror(rte_errno));
	ret = rdp_random_on(r, m, kills);
	rte_ring_free(r);
	return ret;
}

static int
test_rdp_random(void)
{
	unsigned int kills = (unsigned int)test_env_long("RDP_KILLS", 30);
	unsigned int m;
	cpu_set_t saved;
	int ret = TEST_SUCCESS;

	/* The forked processes may run on both cores. */
	test_affinity_widen(&saved);
	for (m = 0; m < RTE_DIM(rdp_modes) && ret == TEST_SUCCESS; m++)
		ret = rdp_random_mode(&rdp_modes[m], kills);
	test_affinity_restore(&saved);
	printf("ring_dead_peer: %u random kills per mode\n", kills);
	return ret;
}

static const struct rte_memzone *rdp_mz;

static int
rdp_setup(void)
{
	rdp_mz = rte_memzone_reserve(
		RDP_CTL_MZ, sizeof(struct rdp_ctl), SOCKET_ID_ANY, 0);
	if (rdp_mz == NULL)
		return TEST_FAILED;
	rdp_ctl = rdp_mz->addr;
	memset(rdp_ctl, 0, sizeof(*rdp_ctl));
	return TEST_SUCCESS;
}

static void
rdp_teardown(void)
{
	rte_memzone_free(rdp_mz);
	rdp_mz = NULL;
	rdp_ctl = NULL;
}

static struct unit_test_suite rdp_suite = {
	.suite_name = "ring dead peer",
	.setup = rdp_setup,
	.teardown = rdp_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_rdp_bad_input),
			TEST_CASE(test_rdp_hooked),
			TEST_CASE(test_rdp_same_address),
			TEST_CASE(test_rdp_thread_records),
			TEST_CASE(test_rdp_random),
			TEST_CASES_END(),
		},
};

static int
test_ring_dead_peer(void)
{
	return unit_test_suite_runner(&rdp_suite);
}

REGISTER_TEST_COMMAND(ring_dead_peer_autotest, test_ring_dead_peer);
