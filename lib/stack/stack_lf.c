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

#include <string.h>

#include <rte_common.h>

#include "stack_pvt.h"

/* The CAS in rte_stack_lf.h swaps {pointer, counter} as one value. */
RTE_BUILD_BUG_ON(sizeof(struct rte_stack_lf_head) != 16);
/* A node is one cache line; its count fits the head's count bits. */
RTE_BUILD_BUG_ON(sizeof(struct rte_stack_lf_elem) != RTE_CACHE_LINE_SIZE);
RTE_BUILD_BUG_ON(RTE_STACK_LF_NODE_OBJS >= (1 << RTE_STACK_LF_CNT_BITS));
/* Node indexes and counts are 32 bits. */
RTE_BUILD_BUG_ON(sizeof(unsigned int) != sizeof(uint32_t));

size_t
stack_lf_get_memsize(unsigned int count)
{
	/* A node per object: every node in use holds one at least. */
	return sizeof(struct rte_stack) +
		(size_t)count * sizeof(struct rte_stack_lf_elem);
}

void
stack_lf_init(struct rte_stack *s, unsigned int count)
{
	struct rte_stack_lf *lf = &s->stack_lf;
	unsigned int i;

	/* Every node starts in the free list, in array order; the room is
	 * count objects. */
	for (i = 0; i < count; i++) {
		memset(&lf->elems[i], 0, sizeof(lf->elems[i]));
		lf->elems[i].next = i + 1 < count ? i + 1 : RTE_STACK_LF_NONE;
	}
	lf->free.head.top_len =
		((uint64_t)count << 32) | (count != 0 ? 0 : RTE_STACK_LF_NONE);
	lf->free.head.cnt = 0;
	lf->used.head.top_len = RTE_STACK_LF_NONE;
	lf->used.head.cnt = 0;
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
