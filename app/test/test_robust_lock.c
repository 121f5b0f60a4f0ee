/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * robust_lock_autotest: process liveness (pid + start time), the
 * robust lock (mutual exclusion on 2 lcores, takeover from a dead or
 * recycled owner) and the config's robust reader-writer locks (a dead
 * reader does not wedge a writer, a dead writer is taken over by a
 * reader; readers and writers on 2 lcores).
 */

#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_eal_memconfig.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_memzone.h>
#include <rte_robust_lock.h>

#include "eal_memcfg.h"
#include "test.h"

#define RL_ITERS 200000
/* Seconds a call may take when a forged dead holder is in the way. */
#define RL_TIMEOUT_S 20

static rte_robust_lock_t rl_lock = RTE_ROBUST_LOCK_INITIALIZER;
static uint64_t rl_counter;
static uint64_t rl_pair[2];

/* A process that existed and is dead now (reaped): its owner id. */
static uint64_t
dead_owner(void)
{
	int fds[2];
	uint64_t start;
	pid_t pid;
	char c = 0;

	if (pipe(fds) < 0)
		return 0;
	pid = fork();
	if (pid == 0) {
		close(fds[1]);
		if (read(fds[0], &c, 1) < 0)
			c = 1;
		_exit(0);
	}
	close(fds[0]);
	if (pid < 0) {
		close(fds[1]);
		return 0;
	}
	start = rte_eal_proc_start_time(pid);
	close(fds[1]); /* the child exits */
	waitpid(pid, NULL, 0);
	return start == 0 ? 0 : rte_eal_owner_id_make(pid, start);
}

static int
test_liveness(void)
{
	uint64_t me = rte_eal_owner_id(), dead;
	int fds[2];
	pid_t pid;
	char c;

	TEST_ASSERT(me != 0 && rte_eal_owner_id_pid(me) == getpid(),
		"own owner id");
	TEST_ASSERT(rte_eal_owner_alive(me) == 1, "we read as dead");
	TEST_ASSERT(rte_eal_owner_alive(0) == 0, "owner 0 reads as alive");
	/* Our pid with another start time: a recycled pid. */
	TEST_ASSERT(rte_eal_owner_alive(me + (UINT64_C(1) << 32)) == 0,
		"a recycled pid passes as alive");
	dead = dead_owner();
	TEST_ASSERT(dead != 0, "no dead process to test with");
	TEST_ASSERT(rte_eal_owner_alive(dead) == 0, "a dead process is alive");
	/* A zombie (exited, not reaped) is dead. */
	TEST_ASSERT(pipe(fds) == 0, "pipe");
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		_exit(0);
	}
	close(fds[1]);
	TEST_ASSERT(pid > 0, "fork");
	/* EOF once the child is gone. */
	TEST_ASSERT(read(fds[0], &c, 1) == 0, "child did not exit");
	close(fds[0]);
	usleep(10000);
	TEST_ASSERT(rte_eal_proc_start_time(pid) == 0 &&
			rte_eal_proc_alive(pid, 0) == 0,
		"a zombie reads as alive");
	waitpid(pid, NULL, 0);
	return TEST_SUCCESS;
}

static int
test_takeover(void)
{
	rte_robust_lock_t l = RTE_ROBUST_LOCK_INITIALIZER;
	uint64_t dead = dead_owner();

	TEST_ASSERT(dead != 0, "no dead process to test with");
	TEST_ASSERT(rte_robust_trylock(&l) == 1 && rte_robust_is_locked(&l),
		"trylock of a free lock");
	TEST_ASSERT(rte_robust_trylock(&l) == 0, "trylock of a held lock");
	rte_robust_unlock(&l);
	TEST_ASSERT(rte_robust_lock(&l) == 0, "plain lock reported takeover");
	rte_robust_unlock(&l);
	/* A dead holder: taken over, and the caller is told. */
	l.owner = dead;
	alarm(RL_TIMEOUT_S);
	TEST_ASSERT(rte_robust_lock(&l) == 1, "no takeover from a dead owner");
	alarm(0);
	TEST_ASSERT(l.owner == rte_eal_owner_id(), "owner after takeover");
	rte_robust_unlock(&l);
	/* A recycled pid (ours, another start time) is dead too. */
	l.owner = rte_eal_owner_id() + (UINT64_C(1) << 32);
	alarm(RL_TIMEOUT_S);
	TEST_ASSERT(
		rte_robust_lock(&l) == 1, "no takeover from a recycled pid");
	alarm(0);
	rte_robust_unlock(&l);
	return TEST_SUCCESS;
}

static int
rl_worker(void *arg)
{
	unsigned int i;

	RTE_SET_USED(arg);
	for (i = 0; i < RL_ITERS; i++) {
		if (rte_robust_lock(&rl_lock) != 0)
			return -1;
		rl_counter++;
		rte_robust_unlock(&rl_lock);
	}
	return 0;
}

static int
test_exclusion(void)
{
	unsigned int lcore, n = 1;
	int ret = 0;

	if (rte_lcore_count() < 2)
		return TEST_SKIPPED;
	rl_counter = 0;
	RTE_LCORE_FOREACH_WORKER(lcore) {
		rte_eal_remote_launch(rl_worker, NULL, lcore);
		n++;
	}
	ret |= rl_worker(NULL);
	RTE_LCORE_FOREACH_WORKER(lcore)
		ret |= rte_eal_wait_lcore(lcore);
	TEST_ASSERT_SUCCESS(ret, "a lock call reported a takeover");
	TEST_ASSERT_EQUAL(rl_counter, (uint64_t)n * RL_ITERS,
		"lost updates: %" PRIu64 " of %" PRIu64, rl_counter,
		(uint64_t)n * RL_ITERS);
	return TEST_SUCCESS;
}

/* Main lcore writes the pair under the memory lock, workers read it. */
static volatile int rw_stop;

static int
rw_reader(void *arg)
{
	unsigned int bad = 0;

	RTE_SET_USED(arg);
	while (!__atomic_load_n(&rw_stop, __ATOMIC_ACQUIRE)) {
		rte_mcfg_tailq_read_lock();
		bad += rl_pair[0] != rl_pair[1];
		rte_mcfg_tailq_read_unlock();
	}
	return bad == 0 ? 0 : -1;
}

static int
test_rwlock_threads(void)
{
	unsigned int lcore, i;
	int ret = 0;

	if (rte_lcore_count() < 2)
		return TEST_SKIPPED;
	rw_stop = 0;
	RTE_LCORE_FOREACH_WORKER(lcore)
		rte_eal_remote_launch(rw_reader, NULL, lcore);
	for (i = 0; i < RL_ITERS / 10; i++) {
		rte_mcfg_tailq_write_lock();
		rl_pair[0]++;
		rl_pair[1]++;
		rte_mcfg_tailq_write_unlock();
	}
	__atomic_store_n(&rw_stop, 1, __ATOMIC_RELEASE);
	RTE_LCORE_FOREACH_WORKER(lcore)
		ret |= rte_eal_wait_lcore(lcore);
	TEST_ASSERT_SUCCESS(ret, "a reader saw a half-written pair");
	return TEST_SUCCESS;
}

static int
test_rwlock_dead(void)
{
	struct rte_mem_config *mcfg = test_mem_config();
	const struct rte_memzone *mz;
	uint64_t dead = dead_owner();
	unsigned int slot;

	if (mcfg == NULL)
		return TEST_SKIPPED;
	TEST_ASSERT(dead != 0, "no dead process to test with");
	for (slot = 0; slot < EAL_MCFG_MAX_PROCS; slot++)
		if (mcfg->procs[slot] == 0)
			break;
	TEST_ASSERT(slot < EAL_MCFG_MAX_PROCS, "no free reader slot");
	/* A dead process left a read lock of the memory lock held. */
	mcfg->procs[slot] = dead;
	mcfg->mlock.readers[slot] = 1;
	alarm(RL_TIMEOUT_S);
	mz = rte_memzone_reserve("rl_dead_reader", 100, SOCKET_ID_ANY, 0);
	alarm(0);
	TEST_ASSERT_NOT_NULL(mz, "reserve past a dead reader");
	TEST_ASSERT_SUCCESS(rte_memzone_free(mz), "free");
	mcfg->mlock.readers[slot] = 0;
	mcfg->procs[slot] = 0;
	/* A dead process left the write lock held: a reader takes over. */
	mcfg->mlock.writer.owner = dead;
	alarm(RL_TIMEOUT_S);
	mz = rte_memzone_lookup("rl_no_such_zone");
	alarm(0);
	TEST_ASSERT_NULL(mz, "lookup");
	TEST_ASSERT(mcfg->mlock.writer.owner == 0, "writer word not freed");
	return TEST_SUCCESS;
}

static struct unit_test_suite rl_suite = {
	.suite_name = "robust locks",
	.unit_test_cases =
		{
			TEST_CASE(test_liveness),
			TEST_CASE(test_takeover),
			TEST_CASE(test_exclusion),
			TEST_CASE(test_rwlock_threads),
			TEST_CASE(test_rwlock_dead),
			TEST_CASES_END(),
		},
};

static int
test_robust_lock(void)
{
	return unit_test_suite_runner(&rl_suite);
}

REGISTER_TEST_COMMAND(robust_lock_autotest, test_robust_lock);
