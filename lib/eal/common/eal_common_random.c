/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <stdint.h>
#include <time.h>

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_lcore.h>
#include <rte_random.h>

/*
 * xoshiro256** per thread. Each thread seeds its state from the global
 * seed and its lcore id (or a unique ticket for unregistered threads),
 * so rte_srand() makes every lcore's sequence reproducible.
 */
struct rand_state {
	uint64_t s[4];
	uint64_t generation; /* value of seed_generation when seeded */
};

static uint64_t global_seed;
static uint64_t seed_generation = 1;
static uint32_t thread_ticket;
static __thread struct rand_state rand_state;

static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static inline uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static void
rand_seed_thread(struct rand_state *st, uint64_t generation)
{
	uint64_t x = __atomic_load_n(&global_seed, __ATOMIC_RELAXED);
	unsigned int lcore = rte_lcore_id();
	unsigned int i;

	if (lcore == LCORE_ID_ANY)
		x += 0x100000000ULL +
			__atomic_fetch_add(&thread_ticket, 1, __ATOMIC_RELAXED);
	else
		x += lcore;
	for (i = 0; i < 4; i++)
		st->s[i] = splitmix64(&x);
	st->generation = generation;
}

void
rte_srand(uint64_t seedval)
{
	__atomic_store_n(&global_seed, seedval, __ATOMIC_RELAXED);
	__atomic_fetch_add(&seed_generation, 1, __ATOMIC_RELEASE);
}

uint64_t
rte_rand(void)
{
	struct rand_state *st = &rand_state;
	uint64_t gen = __atomic_load_n(&seed_generation, __ATOMIC_ACQUIRE);
	uint64_t result, t;

	if (unlikely(st->generation != gen))
		rand_seed_thread(st, gen);

	result = rotl(st->s[1] * 5, 7) * 9;
	t = st->s[1] << 17;
	st->s[2] ^= st->s[0];
	st->s[3] ^= st->s[1];
	st->s[1] ^= st->s[2];
	st->s[0] ^= st->s[3];
	st->s[2] ^= t;
	st->s[3] = rotl(st->s[3], 45);
	return result;
}

uint64_t
rte_rand_max(uint64_t upper_bound)
{
	uint64_t mask, r;

	if (upper_bound <= 1)
		return 0;
	/* Rejection sampling on the smallest covering mask: no bias. */
	mask = ~0ULL >> __builtin_clzll(upper_bound - 1);
	do {
		r = rte_rand() & mask;
	} while (r >= upper_bound);
	return r;
}

/* A different sequence each run unless the application seeds. */
RTE_INIT(rand_init)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	rte_srand((uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20) ^
		rte_rdtsc());
}

double
rte_drand(void)
{
	/* The top 53 bits fill a double's mantissa exactly. */
	return (double)(rte_rand() >> 11) * 0x1.0p-53;
}
