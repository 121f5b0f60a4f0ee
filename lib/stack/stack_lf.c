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

#include <errno.h>
#include <stdlib.h>
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

struct rte_stack_lf_cache *
__rte_stack_lf_cache_claim(struct rte_stack_lf *lf, unsigned int lcore_id)
{
	/* Per lcore id of this process; only that lcore's thread uses it. */
	static uint32_t tries[RTE_MAX_LCORE];
	struct rte_stack_lf_cache *c = &lf->cache[lcore_id];
	uint64_t cur = __atomic_load_n(&c->owner, __ATOMIC_ACQUIRE);
	const uint64_t me = __rte_eal_owner_id_fast();

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

/* Whether list's head is still {w0, w1}. */
static int
stack_lf_head_same(struct rte_stack_lf_list *list, uint64_t w0, uint64_t w1)
{
	rte_int128_t old = {.val = {w0, w1}}, same = old;

	return rte_atomic128_cmp_exchange((rte_int128_t *)&list->head, &old,
		       &same, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE) != 0;
}

/* Mark node i seen; 0 if it is a node not seen yet. */
static int
stack_lf_mark(uint64_t *seen, uint32_t nb, uint32_t i)
{
	if (i >= nb || (seen[i / 64] >> (i % 64)) & 1)
		return -1;
	seen[i / 64] |= UINT64_C(1) << (i % 64);
	return 0;
}

/* Mark the len nodes of a chain from top; -1 if it is not one. */
static int
stack_lf_mark_chain(struct rte_stack_lf *lf, uint64_t *seen, uint32_t nb,
	uint32_t top, uint32_t len, uint32_t *last)
{
	uint32_t i, cur = top;

	for (i = 0; i < len; i++) {
		if (stack_lf_mark(seen, nb, cur) != 0)
			return -1;
		*last = cur;
		cur = __atomic_load_n(&lf->elems[cur].next, __ATOMIC_RELAXED);
	}
	return 0;
}

/*
 * The census behind rte_stack_repair(): every node is in the used list,
 * the free list or a cache (of a live owner or a dead one: a dead
 * owner's cache is consistent and taken over with its nodes), or held
 * by a thread inside an operation. With no live thread inside one (the
 * caller's promise), a node found in none of them was held by a thread
 * killed mid-operation: it goes back to the free list. The used head is
 * checked unchanged at the end and the nodes go back by one CAS from
 * the free head the census read, so a push or pop that completed
 * meanwhile (the promise broken), or another repair that gave them
 * back first, makes it give up rather than put a node in two places.
 */
int
stack_lf_repair(struct rte_stack *s)
{
	struct rte_stack_lf *lf = &s->stack_lf;
	const uint32_t nb = (uint32_t)stack_lf_nb_nodes(s->capacity);
	uint32_t i, cur, left, cnt, last = RTE_STACK_LF_NONE;
	rte_int128_t old_head, new_head;
	uint64_t u0, u1, f0, f1, tl, *seen;
	uint32_t first, lost = 0;

	seen = calloc((nb + 63) / 64, sizeof(*seen));
	if (seen == NULL)
		return -ENOMEM;
	u0 = __atomic_load_n(&lf->used.head.top_len, __ATOMIC_ACQUIRE);
	u1 = __atomic_load_n(&lf->used.head.cnt, __ATOMIC_ACQUIRE);
	f0 = __atomic_load_n(&lf->free.head.top_len, __ATOMIC_ACQUIRE);
	f1 = __atomic_load_n(&lf->free.head.cnt, __ATOMIC_ACQUIRE);

	/* The used list: nodes until the count of objects is covered. */
	left = (uint32_t)u0;
	cur = (uint32_t)(u0 >> 32);
	cnt = (uint32_t)(u1 & ((UINT64_C(1) << RTE_STACK_LF_CNT_BITS) - 1));
	while (left != 0) {
		if (cnt == 0 || cnt > RTE_STACK_LF_NODE_OBJS || cnt > left ||
			stack_lf_mark(seen, nb, cur) != 0)
			goto busy;
		left -= cnt;
		cnt = __atomic_load_n(
			&lf->elems[cur].next_cnt, __ATOMIC_RELAXED);
		cur = __atomic_load_n(&lf->elems[cur].next, __ATOMIC_RELAXED);
	}
	/* The free list and every cache. */
	if (stack_lf_mark_chain(lf, seen, nb, (uint32_t)(f0 >> 32),
		    (uint32_t)f0, &last) != 0)
		goto busy;
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		tl = __atomic_load_n(&lf->cache[i].top_len, __ATOMIC_ACQUIRE);
		if ((uint32_t)tl == 0)
			continue;
		if (stack_lf_mark_chain(lf, seen, nb, (uint32_t)(tl >> 32),
			    (uint32_t)tl, &last) != 0 ||
			last !=
				__atomic_load_n(
					&lf->cache[i].tail, __ATOMIC_RELAXED))
			goto busy;
	}
	/*
	 * The heads unchanged since they were read: each swapped with
	 * itself, a CAS that fails if it moved. Acquire and release: the
	 * reads above happen before it (a fence would do, but
	 * ThreadSanitizer does not model fences).
	 */
	if (!stack_lf_head_same(&lf->used, u0, u1))
		goto busy;
	/* The nodes found nowhere, chained above the free list's top. */
	first = (uint32_t)(f0 >> 32);
	for (i = 0; i < nb; i++) {
		if ((seen[i / 64] >> (i % 64)) & 1)
			continue;
		__atomic_store_n(&lf->elems[i].next, first, __ATOMIC_RELAXED);
		first = i;
		lost++;
	}
	/*
	 * Into the free list by one CAS from the head the census read, so
	 * that it fails if the list moved since (an operation, or another
	 * repair that gave the same nodes back). Release: the links above
	 * are seen by whoever takes the nodes.
	 */
	old_head.val[0] = f0;
	old_head.val[1] = f1;
	new_head.val[0] = ((uint64_t)first << 32) | ((uint32_t)f0 + lost);
	new_head.val[1] = __rte_stack_lf_next_cnt(f1, 0);
	if (lost == 0 ? !stack_lf_head_same(&lf->free, f0, f1)
		      : rte_atomic128_cmp_exchange(
				(rte_int128_t *)&lf->free.head, &old_head,
				&new_head, 0, __ATOMIC_ACQ_REL,
				__ATOMIC_ACQUIRE) == 0)
		goto busy;
	free(seen);
	return (int)lost;
busy:
	free(seen);
	return -EBUSY;
}
