/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Ticket, MCS, phase-fair and sequence locks under contention on every
 * lcore (main included). Mutual exclusion: a pair of plain counters
 * changed only under the lock must never be seen apart by a holder,
 * and must end equal to the sum of what each lcore counted. Readers of
 * a phase-fair or sequence lock must never use a torn copy. Fixed
 * iteration counts, no timing.
 */

#include <inttypes.h>
#include <stdbool.h>
#include <string.h>

#include <rte_common.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mcslock.h>
#include <rte_pause.h>
#include <rte_pflock.h>
#include <rte_seqcount.h>
#include <rte_seqlock.h>
#include <rte_spinlock.h>
#include <rte_ticketlock.h>

#include "test.h"

/* Lock round trips per lcore. */
#define ITERS 100000

static uint64_t pair[2]; /* changed only under the lock under test */
static uint32_t broken; /* a holder saw the pair apart */
static uint64_t per_lcore[RTE_MAX_LCORE];
static uint32_t go; /* workers spin until the main lcore says go */

/* Under the lock: check, then move both halves with a window between. */
static inline void
critical_section(void)
{
	if (pair[0] != pair[1])
		__atomic_store_n(&broken, 1, __ATOMIC_RELAXED);
	pair[0]++;
	rte_pause();
	pair[1]++;
}

static void
wait_go(void)
{
	while (__atomic_load_n(&go, __ATOMIC_ACQUIRE) == 0)
		rte_pause();
}

/* Launch fn on every worker and run it here; sum of what each counted. */
static int
run_everywhere(lcore_function_t *fn, uint64_t *total)
{
	unsigned int id;
	int ret = 0;

	memset(pair, 0, sizeof(pair));
	memset(per_lcore, 0, sizeof(per_lcore));
	__atomic_store_n(&broken, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&go, 0, __ATOMIC_RELAXED);
	RTE_LCORE_FOREACH_WORKER(id)
		rte_eal_remote_launch(fn, NULL, id);
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	ret |= fn(NULL);
	RTE_LCORE_FOREACH_WORKER(id)
		ret |= rte_eal_wait_lcore(id);
	*total = 0;
	RTE_LCORE_FOREACH(id)
		*total += per_lcore[id];
	return ret;
}

static int
check_exclusion(lcore_function_t *fn, const char *what)
{
	uint64_t total;

	if (rte_lcore_count() < 2)
		printf("%s: one lcore only, no contention\n", what);
	TEST_ASSERT_SUCCESS(
		run_everywhere(fn, &total), "%s: a worker failed", what);
	TEST_ASSERT_EQUAL(__atomic_load_n(&broken, __ATOMIC_RELAXED), 0,
		"%s: two holders at once", what);
	TEST_ASSERT(pair[0] == total && pair[1] == total,
		"%s: %" PRIu64 "/%" PRIu64 " updates for %" PRIu64, what,
		pair[0], pair[1], total);
	return TEST_SUCCESS;
}

/* --- ticket lock --- */

static rte_ticketlock_t tl = RTE_TICKETLOCK_INITIALIZER;
static rte_ticketlock_recursive_t tlr = RTE_TICKETLOCK_RECURSIVE_INITIALIZER;

static int
ticket_worker(void *arg)
{
	unsigned int i;

	RTE_SET_USED(arg);
	wait_go();
	for (i = 0; i < ITERS; i++) {
		if (i % 4 == 0) {
			while (!rte_ticketlock_trylock(&tl))
				rte_pause();
		} else {
			rte_ticketlock_lock(&tl);
		}
		critical_section();
		rte_ticketlock_unlock(&tl);
	}
	per_lcore[rte_lcore_id()] = ITERS;
	return 0;
}

static int
ticket_recursive_worker(void *arg)
{
	unsigned int i;

	RTE_SET_USED(arg);
	wait_go();
	for (i = 0; i < ITERS; i++) {
		rte_ticketlock_recursive_lock(&tlr);
		if (!rte_ticketlock_recursive_trylock(&tlr))
			__atomic_store_n(&broken, 1, __ATOMIC_RELAXED);
		critical_section();
		rte_ticketlock_recursive_unlock(&tlr);
		rte_ticketlock_recursive_unlock(&tlr);
	}
	per_lcore[rte_lcore_id()] = ITERS;
	return 0;
}

static int
ticket_try_from_worker(void *arg)
{
	return rte_ticketlock_trylock(arg);
}

static int
test_ticketlock(void)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	rte_ticketlock_t l;

	rte_ticketlock_init(&l);
	TEST_ASSERT_EQUAL(rte_ticketlock_is_locked(&l), 0, "fresh lock held");
	TEST_ASSERT_EQUAL(rte_ticketlock_trylock(&l), 1, "trylock free");
	TEST_ASSERT(rte_ticketlock_is_locked(&l), "not held after trylock");
	TEST_ASSERT_EQUAL(rte_ticketlock_trylock(&l), 0, "trylock held");
	if (worker < RTE_MAX_LCORE) {
		rte_eal_remote_launch(ticket_try_from_worker, &l, worker);
		TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 0,
			"worker took a held lock");
	}
	rte_ticketlock_unlock(&l);
	TEST_ASSERT_EQUAL(rte_ticketlock_is_locked(&l), 0, "still held");
	if (check_exclusion(ticket_worker, "ticketlock") < 0)
		return TEST_FAILED;
	TEST_ASSERT_EQUAL(rte_ticketlock_is_locked(&tl), 0, "left held");

	rte_ticketlock_recursive_init(&tlr);
	if (check_exclusion(ticket_recursive_worker, "recursive ticketlock") <
		0)
		return TEST_FAILED;
	TEST_ASSERT_EQUAL(rte_ticketlock_is_locked(&tlr.tl), 0, "left held");
	TEST_ASSERT_EQUAL(tlr.user, TICKET_LOCK_INVALID_ID, "owner left");
	return TEST_SUCCESS;
}

/* --- MCS lock --- */

static rte_mcslock_t *mcs;

static int
mcs_worker(void *arg)
{
	rte_mcslock_t me;
	unsigned int i;

	RTE_SET_USED(arg);
	wait_go();
	for (i = 0; i < ITERS; i++) {
		if (i % 4 == 0) {
			while (!rte_mcslock_trylock(&mcs, &me))
				rte_pause();
		} else {
			rte_mcslock_lock(&mcs, &me);
		}
		critical_section();
		rte_mcslock_unlock(&mcs, &me);
	}
	per_lcore[rte_lcore_id()] = ITERS;
	return 0;
}

static int
mcs_try_from_worker(void *arg)
{
	rte_mcslock_t me;

	RTE_SET_USED(arg);
	if (rte_mcslock_trylock(&mcs, &me)) {
		rte_mcslock_unlock(&mcs, &me);
		return 1;
	}
	return 0;
}

static int
test_mcslock(void)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0);
	rte_mcslock_t me;

	mcs = NULL;
	TEST_ASSERT_EQUAL(rte_mcslock_is_locked(mcs), 0, "free lock held");
	TEST_ASSERT_EQUAL(rte_mcslock_trylock(&mcs, &me), 1, "trylock free");
	TEST_ASSERT(rte_mcslock_is_locked(mcs), "not held");
	if (worker < RTE_MAX_LCORE) {
		rte_eal_remote_launch(mcs_try_from_worker, NULL, worker);
		TEST_ASSERT_EQUAL(rte_eal_wait_lcore(worker), 0,
			"worker took a held lock");
	}
	rte_mcslock_unlock(&mcs, &me);
	TEST_ASSERT_EQUAL(rte_mcslock_is_locked(mcs), 0, "still held");
	if (check_exclusion(mcs_worker, "mcslock") < 0)
		return TEST_FAILED;
	TEST_ASSERT_NULL(mcs, "queue not empty after the run");
	return TEST_SUCCESS;
}

/* --- phase-fair lock --- */

static rte_pflock_t pfl = RTE_PFLOCK_INITIALIZER;
static uint32_t readers_in; /* readers inside now */
static uint32_t reader_overlap; /* two readers were in at once */

/* Lcores alternate: mostly readers, a write every 8 rounds. */
static int
pf_worker(void *arg)
{
	uint64_t writes = 0;
	unsigned int i;

	RTE_SET_USED(arg);
	wait_go();
	for (i = 0; i < ITERS; i++) {
		if (i % 8 == 0) {
			rte_pflock_write_lock(&pfl);
			if (__atomic_load_n(&readers_in, __ATOMIC_RELAXED) != 0)
				__atomic_store_n(&broken, 1, __ATOMIC_RELAXED);
			critical_section();
			rte_pflock_write_unlock(&pfl);
			writes++;
		} else {
			rte_pflock_read_lock(&pfl);
			if (__atomic_add_fetch(
				    &readers_in, 1, __ATOMIC_RELAXED) > 1)
				__atomic_store_n(
					&reader_overlap, 1, __ATOMIC_RELAXED);
			/* Readers only read: the pair is never seen apart. */
			if (__atomic_load_n(&pair[0], __ATOMIC_RELAXED) !=
				__atomic_load_n(&pair[1], __ATOMIC_RELAXED))
				__atomic_store_n(&broken, 1, __ATOMIC_RELAXED);
			__atomic_sub_fetch(&readers_in, 1, __ATOMIC_RELAXED);
			rte_pflock_read_unlock(&pfl);
		}
	}
	per_lcore[rte_lcore_id()] = writes;
	return 0;
}

static int
test_pflock(void)
{
	rte_pflock_init(&pfl);
	/* Several readers at once, from one thread. */
	rte_pflock_read_lock(&pfl);
	rte_pflock_read_lock(&pfl);
	rte_pflock_read_unlock(&pfl);
	rte_pflock_read_unlock(&pfl);
	rte_pflock_write_lock(&pfl);
	rte_pflock_write_unlock(&pfl);
	TEST_ASSERT(pfl.rd.in == pfl.rd.out && pfl.wr.in == pfl.wr.out,
		"counters unbalanced after a round: %u/%u %u/%u", pfl.rd.in,
		pfl.rd.out, pfl.wr.in, pfl.wr.out);
	if (check_exclusion(pf_worker, "pflock") < 0)
		return TEST_FAILED;
	TEST_ASSERT(pfl.rd.in == pfl.rd.out && pfl.wr.in == pfl.wr.out,
		"counters unbalanced after the run");
	printf("pflock: readers overlapped: %s\n",
		reader_overlap ? "yes" : "no (not asserted)");
	return TEST_SUCCESS;
}

/* --- sequence lock and counter --- */

/* The protected data: every word equals seq_data[0] times its index. */
#define SEQ_WORDS 8
static uint64_t seq_data[SEQ_WORDS];
static rte_seqlock_t sql = RTE_SEQLOCK_INITIALIZER;
static rte_seqcount_t sqc = RTE_SEQCOUNT_INITIALIZER;
static rte_spinlock_t sqc_writers = RTE_SPINLOCK_INITIALIZER;
static uint32_t torn; /* a reader accepted an inconsistent copy */
static uint64_t retries;

static void
seq_write(void)
{
	uint64_t v = __atomic_load_n(&seq_data[0], __ATOMIC_RELAXED) + 1;
	unsigned int i;

	for (i = 0; i < SEQ_WORDS; i++)
		__atomic_store_n(&seq_data[i], v * (i + 1), __ATOMIC_RELAXED);
}

static int
seq_check(const uint64_t *copy)
{
	unsigned int i;

	for (i = 0; i < SEQ_WORDS; i++)
		if (copy[i] != copy[0] * (i + 1))
			return -1;
	return 0;
}

static int
seqlock_worker(void *arg)
{
	bool use_count = arg != NULL;
	uint64_t copy[SEQ_WORDS], writes = 0, n_retry = 0;
	unsigned int i, k;

	wait_go();
	for (i = 0; i < ITERS; i++) {
		if (i % 16 == 0) {
			if (use_count) {
				rte_spinlock_lock(&sqc_writers);
				rte_seqcount_write_begin(&sqc);
			} else {
				rte_seqlock_write_lock(&sql);
			}
			seq_write();
			if (use_count) {
				rte_seqcount_write_end(&sqc);
				rte_spinlock_unlock(&sqc_writers);
			} else {
				rte_seqlock_write_unlock(&sql);
			}
			writes++;
			continue;
		}
		for (;;) {
			uint32_t sn = use_count ? rte_seqcount_read_begin(&sqc)
						: rte_seqlock_read_begin(&sql);

			for (k = 0; k < SEQ_WORDS; k++)
				copy[k] = __atomic_load_n(
					&seq_data[k], __ATOMIC_RELAXED);
			if (!(use_count ? rte_seqcount_read_retry(&sqc, sn)
					: rte_seqlock_read_retry(&sql, sn)))
				break;
			n_retry++;
		}
		if (seq_check(copy) < 0)
			__atomic_store_n(&torn, 1, __ATOMIC_RELAXED);
	}
	__atomic_add_fetch(&retries, n_retry, __ATOMIC_RELAXED);
	per_lcore[rte_lcore_id()] = writes;
	return 0;
}

static int
run_seq(bool use_count, const char *what)
{
	unsigned int id;
	uint64_t total = 0;
	int ret = 0;

	memset(seq_data, 0, sizeof(seq_data));
	memset(per_lcore, 0, sizeof(per_lcore));
	__atomic_store_n(&torn, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&retries, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&go, 0, __ATOMIC_RELAXED);
	RTE_LCORE_FOREACH_WORKER(id)
		rte_eal_remote_launch(
			seqlock_worker, use_count ? (void *)1 : NULL, id);
	__atomic_store_n(&go, 1, __ATOMIC_RELEASE);
	ret |= seqlock_worker(use_count ? (void *)1 : NULL);
	RTE_LCORE_FOREACH_WORKER(id)
		ret |= rte_eal_wait_lcore(id);
	RTE_LCORE_FOREACH(id)
		total += per_lcore[id];
	TEST_ASSERT_SUCCESS(ret, "%s: a worker failed", what);
	TEST_ASSERT_EQUAL(__atomic_load_n(&torn, __ATOMIC_RELAXED), 0,
		"%s: a reader used a torn copy", what);
	TEST_ASSERT_EQUAL(seq_data[0], total,
		"%s: %" PRIu64 " writes of %" PRIu64, what, seq_data[0], total);
	TEST_ASSERT_SUCCESS(seq_check(seq_data), "%s: data inconsistent", what);
	printf("%s: %" PRIu64 " writes, %" PRIu64 " read retries\n", what,
		total, retries);
	return TEST_SUCCESS;
}

static int
test_seqlock(void)
{
	uint32_t sn;

	rte_seqlock_init(&sql);
	rte_seqcount_init(&sqc);
	/* An update between begin and retry forces a retry. */
	sn = rte_seqlock_read_begin(&sql);
	TEST_ASSERT_EQUAL(rte_seqlock_read_retry(&sql, sn), false,
		"retry without a writer");
	rte_seqlock_write_lock(&sql);
	TEST_ASSERT(rte_spinlock_is_locked(&sql.lock), "writers not excluded");
	TEST_ASSERT(rte_seqlock_read_retry(&sql, rte_seqlock_read_begin(&sql)),
		"no retry while a write is in progress");
	rte_seqlock_write_unlock(&sql);
	TEST_ASSERT(rte_seqlock_read_retry(&sql, sn), "no retry after a write");
	sn = rte_seqcount_read_begin(&sqc);
	rte_seqcount_write_begin(&sqc);
	TEST_ASSERT(sqc.sn & 1, "writing: sequence number even");
	rte_seqcount_write_end(&sqc);
	TEST_ASSERT_EQUAL(sqc.sn & 1, 0, "written: sequence number odd");
	TEST_ASSERT(
		rte_seqcount_read_retry(&sqc, sn), "no retry after a write");

	if (run_seq(false, "seqlock") < 0 || run_seq(true, "seqcount") < 0)
		return TEST_FAILED;
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(ticketlock_autotest, test_ticketlock);
REGISTER_TEST_COMMAND(mcslock_autotest, test_mcslock);
REGISTER_TEST_COMMAND(pflock_autotest, test_pflock);
REGISTER_TEST_COMMAND(seqlock_autotest, test_seqlock);
