/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * ring_stress_autotest: both lcores hammer one ring for a bounded time
 * in every sync mode (SP/SC, MP/SC, SP/MC, MP/MC, and MP/MC with 32-bit
 * elements), mixing bulk and burst calls of 1 to 32 objects.
 *
 * Every object is a unique token {producer, sequence number}. Each
 * consumer checks that it sees every producer's tokens in increasing
 * order (FIFO), and marks them in a shared bitmap: a token marked twice
 * is a duplicate. At the end every produced token must be marked
 * exactly once and nothing else (conservation).
 *
 * STRESS_SECONDS (environment) sets the time per mode, default 2.
 */

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>

#include "test.h"

#define MAX_BURST 32
/* Tokens per producer: bounds the bitmaps when the ring is fast. */
#define SEQ_BITS 26
#define MAX_SEQ (1u << SEQ_BITS)
/* Marker in the upper bits of 64-bit tokens, to catch torn copies. */
#define TOKEN_MARK 0x5a5a000000000000ull
#define NB_CORES 2

struct stress_mode {
	const char *name;
	unsigned int flags; /* ring flags: the sync mode of each side */
	unsigned int esize; /* 8 = pointer API, 4 = 32-bit elem API */
	int produces[NB_CORES]; /* per lcore index (0 = main) */
	int consumes[NB_CORES];
};

static const struct stress_mode modes[] = {
	{"SP/SC", RING_F_SP_ENQ | RING_F_SC_DEQ, 8, {1, 0}, {0, 1}},
	{"MP/SC", RING_F_SC_DEQ, 8, {1, 1}, {0, 1}},
	{"SP/MC", RING_F_SP_ENQ, 8, {1, 0}, {1, 1}},
	{"MP/MC", 0, 8, {1, 1}, {1, 1}},
	{"MP/MC 32-bit elements", 0, 4, {1, 1}, {1, 1}},
	{"MP_RTS/MC_RTS", RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ, 8, {1, 1},
		{1, 1}},
	{"MP_HTS/MC_HTS", RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ, 8, {1, 1},
		{1, 1}},
	{"MP_RTS/MC_HTS 32-bit", RING_F_MP_RTS_ENQ | RING_F_MC_HTS_DEQ, 4,
		{1, 1}, {1, 1}},
	{"MP_HTS/SC", RING_F_MP_HTS_ENQ | RING_F_SC_DEQ, 8, {1, 1}, {0, 1}},
	{"SP/MC_RTS", RING_F_SP_ENQ | RING_F_MC_RTS_DEQ, 8, {1, 0}, {1, 1}},
};

struct stress_run {
	const struct stress_mode *mode;
	struct rte_ring *r;
	uint64_t deadline;
	unsigned int nb_producers;
	unsigned int producers_done; /* atomic */
	uint64_t *seen[NB_CORES]; /* bitmap of consumed tokens per producer */
	uint64_t produced[NB_CORES];
	uint64_t consumed[NB_CORES];
	uint64_t calls[NB_CORES];
	char error[NB_CORES][128];
};

struct stress_arg {
	struct stress_run *run;
	unsigned int idx;
};

static uint64_t
token_make(unsigned int pid, uint32_t seq)
{
	return ((uint64_t)pid << SEQ_BITS) | seq;
}

/*
 * Enqueue tokens, bulk or burst. The unprefixed calls dispatch on the
 * ring's producer mode, so they exercise every mode's own code.
 */
static unsigned int
stress_enqueue(const struct stress_run *run, const uint64_t *tok,
	unsigned int n, int burst)
{
	uint32_t t32[MAX_BURST];
	unsigned int i;

	if (run->mode->esize == 4) {
		for (i = 0; i < n; i++)
			t32[i] = (uint32_t)tok[i];
		if (burst)
			return rte_ring_enqueue_burst_elem(
				run->r, t32, 4, n, NULL);
		return rte_ring_enqueue_bulk_elem(run->r, t32, 4, n, NULL);
	}
	if (burst)
		return rte_ring_enqueue_burst(
			run->r, (void *const *)tok, n, NULL);
	return rte_ring_enqueue_bulk(run->r, (void *const *)tok, n, NULL);
}

static unsigned int
stress_dequeue(
	const struct stress_run *run, uint64_t *tok, unsigned int n, int burst)
{
	uint32_t t32[MAX_BURST];
	unsigned int i, k;

	if (run->mode->esize == 4) {
		if (burst)
			k = rte_ring_dequeue_burst_elem(
				run->r, t32, 4, n, NULL);
		else
			k = rte_ring_dequeue_bulk_elem(run->r, t32, 4, n, NULL);
		for (i = 0; i < k; i++)
			tok[i] = TOKEN_MARK | t32[i];
		return k;
	}
	if (burst)
		return rte_ring_dequeue_burst(run->r, (void **)tok, n, NULL);
	return rte_ring_dequeue_bulk(run->r, (void **)tok, n, NULL);
}

/* Check one consumed token; returns 0 or -1 with w's error set. */
static int
stress_check(struct stress_run *run, unsigned int idx, uint64_t tok,
	int64_t *last_seq)
{
	unsigned int pid;
	uint32_t seq;
	uint64_t bit, old;

	if ((tok & ~((1ull << (SEQ_BITS + 1)) - 1)) != TOKEN_MARK) {
		snprintf(run->error[idx], sizeof(run->error[idx]),
			"corrupt token %#" PRIx64, tok);
		return -1;
	}
	pid = (unsigned int)(tok >> SEQ_BITS) & 1;
	seq = (uint32_t)tok & (MAX_SEQ - 1);
	if ((int64_t)seq <= last_seq[pid]) {
		snprintf(run->error[idx], sizeof(run->error[idx]),
			"producer %u token %u after %" PRId64 ": not FIFO", pid,
			seq, last_seq[pid]);
		return -1;
	}
	last_seq[pid] = seq;
	bit = 1ull << (seq % 64);
	old = __atomic_fetch_or(
		&run->seen[pid][seq / 64], bit, __ATOMIC_RELAXED);
	if (old & bit) {
		snprintf(run->error[idx], sizeof(run->error[idx]),
			"producer %u token %u consumed twice", pid, seq);
		return -1;
	}
	return 0;
}

static int
stress_lcore(void *arg)
{
	struct stress_arg *a = arg;
	struct stress_run *run = a->run;
	const unsigned int idx = a->idx;
	const int prod = run->mode->produces[idx];
	const int cons = run->mode->consumes[idx];
	uint64_t tok[MAX_BURST];
	int64_t last_seq[NB_CORES] = {-1, -1};
	uint32_t seq = 0, rnd = 0x9e3779b9u * (idx + 1);
	int prod_done = !prod;
	unsigned int n, k, i;

	for (;;) {
		rnd = rnd * 1103515245u + 12345u;
		n = 1 + (rnd >> 16) % MAX_BURST;

		if (!prod_done) {
			if (rte_rdtsc() > run->deadline || seq == MAX_SEQ) {
				run->produced[idx] = seq;
				/* Release: our last tail update comes first. */
				__atomic_fetch_add(&run->producers_done, 1,
					__ATOMIC_RELEASE);
				prod_done = 1;
			} else {
				n = RTE_MIN(n, MAX_SEQ - seq);
				for (i = 0; i < n; i++)
					tok[i] = TOKEN_MARK |
						token_make(idx, seq + i);
				seq += stress_enqueue(run, tok, n, rnd & 1);
				run->calls[idx]++;
			}
		}

		if (cons) {
			k = stress_dequeue(run, tok, n, (rnd >> 1) & 1);
			run->calls[idx]++;
			for (i = 0; i < k; i++)
				if (stress_check(run, idx, tok[i], last_seq))
					return -1;
			run->consumed[idx] += k;
			if (k == 0 &&
				__atomic_load_n(&run->producers_done,
					__ATOMIC_ACQUIRE) ==
					run->nb_producers &&
				rte_ring_empty(run->r))
				return 0;
		} else if (prod_done) {
			return 0;
		}
	}
}

static int
stress_one_mode(const struct stress_mode *m, double seconds)
{
	struct stress_arg args[NB_CORES];
	struct stress_run *run;
	unsigned int worker, i, pid;
	uint64_t total_prod = 0, total_cons = 0, s, start;
	int ret[NB_CORES];
	int rc = TEST_FAILED;

	run = calloc(1, sizeof(*run));
	TEST_ASSERT_NOT_NULL(run, "no memory");
	run->mode = m;
	for (i = 0; i < NB_CORES; i++) {
		run->nb_producers += m->produces[i];
		run->seen[i] = calloc(MAX_SEQ / 64, sizeof(uint64_t));
		if (run->seen[i] == NULL)
			goto out;
	}
	run->r = rte_ring_create_elem(
		"stress", m->esize, 1024, SOCKET_ID_ANY, m->flags);
	if (run->r == NULL) {
		printf("cannot create ring: %s\n", rte_strerror(rte_errno));
		goto out;
	}

	worker = rte_get_next_lcore(-1, 1, 0);
	start = rte_rdtsc();
	run->deadline = rte_rdtsc() + (uint64_t)(seconds * rte_get_tsc_hz());
	for (i = 0; i < NB_CORES; i++) {
		args[i].run = run;
		args[i].idx = i;
	}
	if (rte_eal_remote_launch(stress_lcore, &args[1], worker) != 0) {
		printf("cannot launch worker\n");
		goto out;
	}
	ret[0] = stress_lcore(&args[0]);
	ret[1] = rte_eal_wait_lcore(worker);

	for (i = 0; i < NB_CORES; i++) {
		if (ret[i] != 0) {
			printf("%s: lcore %u: %s\n", m->name, i, run->error[i]);
			goto out;
		}
		total_prod += run->produced[i];
		total_cons += run->consumed[i];
	}
	if (total_prod != total_cons) {
		printf("%s: produced %" PRIu64 " consumed %" PRIu64 "\n",
			m->name, total_prod, total_cons);
		goto out;
	}
	/* Exactly the produced tokens were consumed, each once. */
	for (pid = 0; pid < NB_CORES; pid++) {
		for (s = 0; s < MAX_SEQ / 64; s++) {
			uint64_t want, p = run->produced[pid];

			if (p >= (s + 1) * 64)
				want = UINT64_MAX;
			else if (p > s * 64)
				want = (1ull << (p - s * 64)) - 1;
			else
				want = 0;
			if (run->seen[pid][s] != want) {
				printf("%s: producer %u tokens %" PRIu64
				       "..%" PRIu64 ": consumed %#" PRIx64
				       ", expected %#" PRIx64 "\n",
					m->name, pid, s * 64, s * 64 + 63,
					run->seen[pid][s], want);
				goto out;
			}
		}
	}
	if (!rte_ring_empty(run->r) || rte_ring_count(run->r) != 0) {
		printf("%s: ring not empty at the end\n", m->name);
		goto out;
	}
	printf("%-22s %9" PRIu64 " tokens through the ring (%" PRIu64
	       " + %" PRIu64 " produced), %" PRIu64 " calls, %.1f s\n",
		m->name, total_cons, run->produced[0], run->produced[1],
		run->calls[0] + run->calls[1],
		(double)(rte_rdtsc() - start) / rte_get_tsc_hz());
	if (total_cons == 0) {
		printf("%s: nothing went through the ring\n", m->name);
		goto out;
	}
	rc = TEST_SUCCESS;
out:
	rte_ring_free(run->r);
	for (i = 0; i < NB_CORES; i++)
		free(run->seen[i]);
	free(run);
	return rc;
}

/*
 * Circulation: a ring of capacity CIRC_CAP starts full of CIRC_CAP
 * distinct tokens and both lcores take bursts out and put them back,
 * so the ring runs full and nearly empty all the time (the mempool
 * pattern). Each token has an owner flag: taking a token someone
 * holds, or finding one missing at the end, is a failure.
 *
 * An RTS consumer side releases slots only when no consumer is in the
 * middle of a dequeue, so objects already handed out may still hold
 * their slots: up to htd_max plus the largest request. Such rings get
 * that much room beyond the tokens, and no more: a put must still
 * always find room.
 */
#define CIRC_CAP 255
#define CIRC_RTS_HTD 32

struct circ_run {
	struct rte_ring *r;
	uint64_t deadline;
	uint8_t held[CIRC_CAP]; /* atomic: 1 while an lcore holds it */
	uint64_t moved[NB_CORES];
	char error[NB_CORES][128];
};

struct circ_arg {
	struct circ_run *run;
	unsigned int idx;
};

static int
circ_lcore(void *arg)
{
	struct circ_arg *a = arg;
	struct circ_run *run = a->run;
	uint32_t rnd = 0x2545f491u * (a->idx + 1);
	void *tok[MAX_BURST];
	unsigned int n, k, i, put;

	while (rte_rdtsc() < run->deadline) {
		rnd = rnd * 1103515245u + 12345u;
		n = 1 + (rnd >> 16) % MAX_BURST;
		k = (rnd & 1) ? rte_ring_dequeue_burst(run->r, tok, n, NULL)
			      : rte_ring_dequeue_bulk(run->r, tok, n, NULL);
		for (i = 0; i < k; i++) {
			uintptr_t t = (uintptr_t)tok[i];

			if (t == 0 || t > CIRC_CAP ||
				__atomic_exchange_n(&run->held[t - 1], 1,
					__ATOMIC_RELAXED) != 0) {
				snprintf(run->error[a->idx],
					sizeof(run->error[a->idx]),
					"token %#lx taken twice or corrupt",
					(unsigned long)t);
				return -1;
			}
		}
		for (i = 0; i < k; i++)
			__atomic_store_n(&run->held[(uintptr_t)tok[i] - 1], 0,
				__ATOMIC_RELAXED);
		/* Put back in one or two calls; the room is there. */
		put = (rnd & 2) ? k / 2 : k;
		if (rte_ring_enqueue_bulk(run->r, tok, put, NULL) != put ||
			rte_ring_enqueue_burst(
				run->r, tok + put, k - put, NULL) != k - put) {
			snprintf(run->error[a->idx], sizeof(run->error[a->idx]),
				"no room to put back %u tokens", k);
			return -1;
		}
		run->moved[a->idx] += k;
	}
	return 0;
}

static int
circ_one_mode(const struct stress_mode *m, double seconds)
{
	struct circ_arg args[NB_CORES];
	struct circ_run *run;
	unsigned int worker, i, n;
	void *tok[CIRC_CAP + 1];
	int ret[NB_CORES], rc = TEST_FAILED, rts;

	/* Both lcores take and put: only for multi-thread sides. */
	if (m->esize != 8 || !m->produces[1] || !m->consumes[0])
		return TEST_SUCCESS;
	run = calloc(1, sizeof(*run));
	TEST_ASSERT_NOT_NULL(run, "no memory");
	rts = (m->flags & RING_F_MC_RTS_DEQ) != 0;
	run->r = rte_ring_create("circ",
		rts ? CIRC_CAP + CIRC_RTS_HTD + MAX_BURST : CIRC_CAP,
		SOCKET_ID_ANY, m->flags | RING_F_EXACT_SZ);
	if (run->r == NULL) {
		printf("cannot create ring: %s\n", rte_strerror(rte_errno));
		goto out;
	}
	if (rts && rte_ring_set_cons_htd_max(run->r, CIRC_RTS_HTD) != 0)
		goto out;
	for (i = 0; i < CIRC_CAP; i++)
		tok[i] = (void *)(uintptr_t)(i + 1);
	if (rte_ring_enqueue_bulk(run->r, tok, CIRC_CAP, NULL) != CIRC_CAP)
		goto out;
	run->deadline = rte_rdtsc() + (uint64_t)(seconds * rte_get_tsc_hz());
	worker = rte_get_next_lcore(-1, 1, 0);
	for (i = 0; i < NB_CORES; i++) {
		args[i].run = run;
		args[i].idx = i;
	}
	if (rte_eal_remote_launch(circ_lcore, &args[1], worker) != 0)
		goto out;
	ret[0] = circ_lcore(&args[0]);
	ret[1] = rte_eal_wait_lcore(worker);
	for (i = 0; i < NB_CORES; i++)
		if (ret[i] != 0) {
			printf("%s circulation: lcore %u: %s\n", m->name, i,
				run->error[i]);
			goto out;
		}
	n = rte_ring_count(run->r);
	if (n != CIRC_CAP) {
		printf("%s circulation: %u of %u tokens in the ring\n", m->name,
			n, CIRC_CAP);
		rte_ring_dump(stdout, run->r);
		goto out;
	}
	memset(tok, 0, sizeof(tok));
	if (rte_ring_dequeue_burst(run->r, tok, CIRC_CAP + 1, NULL) != CIRC_CAP)
		goto out;
	for (i = 0; i < CIRC_CAP; i++)
		run->held[i] = 0;
	for (i = 0; i < CIRC_CAP; i++) {
		uintptr_t t = (uintptr_t)tok[i];

		if (t == 0 || t > CIRC_CAP || run->held[t - 1]) {
			printf("%s circulation: token %#lx twice or corrupt\n",
				m->name, (unsigned long)t);
			goto out;
		}
		run->held[t - 1] = 1;
	}
	printf("%-22s %9" PRIu64 " token moves in a full ring, none lost\n",
		m->name, run->moved[0] + run->moved[1]);
	if (run->moved[0] + run->moved[1] == 0)
		goto out;
	rc = TEST_SUCCESS;
out:
	rte_ring_free(run->r);
	free(run);
	return rc;
}

static int
test_ring_stress(void)
{
	double seconds = (double)test_env_long("STRESS_SECONDS", 2);

	if (seconds <= 0)
		seconds = 2;
	unsigned int i;

	if (rte_lcore_count() < 2) {
		printf("ring_stress_autotest needs 2 lcores\n");
		return TEST_SKIPPED;
	}
	for (i = 0; i < RTE_DIM(modes); i++)
		if (stress_one_mode(&modes[i], seconds) != TEST_SUCCESS ||
			circ_one_mode(&modes[i], seconds / 2) != TEST_SUCCESS)
			return TEST_FAILED;
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(ring_stress_autotest, test_ring_stress);
