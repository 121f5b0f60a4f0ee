/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Memory size and set-up of a lock-free stack (RTE_STACK_F_LF); the
 * push and pop code is inline, in rte_stack_lf.h.
 */

#if defined(RTE_ARCH_X86_64)
#include <cpuid.h>
#endif

#include <pthread.h>
#include <string.h>

#include <rte_common.h>
#include <rte_robust_lock.h>

#include "stack_pvt.h"

/* The CAS in rte_stack_lf.h swaps {pointer, counter} as one value. */
RTE_BUILD_BUG_ON(sizeof(struct rte_stack_lf_head) != 16);
/* A node is one cache line; its count fits the head's count bits. */
RTE_BUILD_BUG_ON(sizeof(struct rte_stack_lf_elem) != RTE_CACHE_LINE_SIZE);
/* A cache is one cache line: lcores do not share them. */
RTE_BUILD_BUG_ON(sizeof(struct rte_stack_lf_cache) != RTE_CACHE_LINE_SIZE);
RTE_BUILD_BUG_ON(RTE_STACK_LF_NODE_OBJS >= (1 << RTE_STACK_LF_CNT_BITS));
/* Node indexes and counts are 32 bits. */
RTE_BUILD_BUG_ON(sizeof(unsigned int) != sizeof(uint32_t));

/*
 * Most nodes a lcore's cache keeps: up to RTE_STACK_LF_CACHE_MAX, less
 * for small stacks, whose reserve (that many nodes per lcore id) would
 * otherwise dwarf their capacity.
 */
static unsigned int
stack_lf_cache_max(unsigned int count)
{
	return RTE_MAX(
		1u, RTE_MIN(count / 64, (unsigned int)RTE_STACK_LF_CACHE_MAX));
}

/*
 * A node per object (every node in the used list holds one at least),
 * and the most every lcore's cache may keep, so that a push with room
 * finds its nodes although every cache is full.
 */
static uint64_t
stack_lf_nb_nodes(unsigned int count)
{
	return (uint64_t)count +
		(uint64_t)RTE_MAX_LCORE * stack_lf_cache_max(count);
}

size_t
stack_lf_get_memsize(unsigned int count)
{
	const uint64_t nb = stack_lf_nb_nodes(count);

	/* Node indexes are 32 bits, RTE_STACK_LF_NONE excluded. */
	if (nb >= RTE_STACK_LF_NONE)
		return 0;
	return sizeof(struct rte_stack) +
		(size_t)nb * sizeof(struct rte_stack_lf_elem);
}

void
stack_lf_init(struct rte_stack *s, unsigned int count)
{
	struct rte_stack_lf *lf = &s->stack_lf;
	/* Below RTE_STACK_LF_NONE: stack_lf_get_memsize() checked it. */
	const unsigned int nb = (unsigned int)stack_lf_nb_nodes(count);
	unsigned int i;

	/* Every node starts in the free list, in array order. */
	for (i = 0; i < nb; i++) {
		memset(&lf->elems[i], 0, sizeof(lf->elems[i]));
		lf->elems[i].next = i + 1 < nb ? i + 1 : RTE_STACK_LF_NONE;
	}
	lf->free.head.top_len = (uint64_t)nb; /* top 0, nb nodes */
	lf->free.head.cnt = 0;
	lf->used.head.top_len = (uint64_t)RTE_STACK_LF_NONE << 32;
	lf->used.head.cnt = 0;
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		memset(&lf->cache[i], 0, sizeof(lf->cache[i]));
		lf->cache[i].top_len = (uint64_t)RTE_STACK_LF_NONE << 32;
		lf->cache[i].tail = RTE_STACK_LF_NONE;
		lf->cache[i].max = stack_lf_cache_max(count);
	}
}

uint64_t __rte_stack_lf_owner;

/* A forked child is another process: its own owner id. */
static void
stack_lf_owner_reset(void)
{
	__rte_stack_lf_owner = rte_eal_owner_id();
}

RTE_INIT(stack_lf_owner_init)
{
	stack_lf_owner_reset();
	pthread_atfork(NULL, NULL, stack_lf_owner_reset);
}

struct rte_stack_lf_cache *
__rte_stack_lf_cache_claim(struct rte_stack_lf *lf, unsigned int lcore_id)
{
	/* Per lcore id of this process; only that lcore's thread uses it. */
	static uint32_t tries[RTE_MAX_LCORE];
	struct rte_stack_lf_cache *c = &lf->cache[lcore_id];
	uint64_t cur = __atomic_load_n(&c->owner, __ATOMIC_ACQUIRE);
	const uint64_t me = __rte_stack_lf_owner;

	if (cur == me)
		return c;
	if (cur != 0) {
		/*
		 * Another process has used this lcore id: its thread may be
		 * using the cache right now. Is it dead? That costs a read
		 * of /proc, so it is only checked now and then; meanwhile
		 * this thread shares the free list, which is always right.
		 */
		if ((tries[lcore_id]++ & 1023) != 0 || rte_eal_owner_alive(cur))
			return NULL;
	}
	/*
	 * A dead owner's cache is consistent (each change is one store),
	 * so it is taken over as it is. Acquire: see that owner's writes.
	 */
	if (!__atomic_compare_exchange_n(
		    &c->owner, &cur, me, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
		return NULL;
	return c;
}

int
stack_lf_supported(void)
{
#if defined(RTE_ARCH_X86_64)
	unsigned int eax, ebx, ecx, edx;

	/* Early x86_64 CPUs lack cmpxchg16b (CPUID.1:ECX bit 13). */
	if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0)
		return 0;
	return (ecx & bit_CMPXCHG16B) != 0;
#elif defined(RTE_ARCH_ARM64)
	/* Exclusive pairs (ldaxp/stlxp) are part of every ARMv8 CPU. */
	return 1;
#else
	return 0;
#endif
}
