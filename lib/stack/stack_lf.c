/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#if defined(RTE_ARCH_X86_64)
#include <cpuid.h>
#endif

#include <rte_common.h>

#include "stack_pvt.h"

/* The CAS in rte_stack_lf.h swaps {pointer, counter} as one value. */
RTE_BUILD_BUG_ON(sizeof(struct rte_stack_lf_head) != 16);

size_t
stack_lf_get_memsize(unsigned int count)
{
	return sizeof(struct rte_stack) +
		RTE_CACHE_LINE_ROUNDUP(
			(size_t)count * sizeof(struct rte_stack_lf_elem));
}

void
stack_lf_init(struct rte_stack *s, unsigned int count)
{
	struct rte_stack_lf *lf = &s->stack_lf;
	unsigned int i;

	/* Every element starts in the free list, in array order. */
	for (i = 0; i < count; i++) {
		lf->elems[i].data = NULL;
		lf->elems[i].next = (i + 1 < count) ? &lf->elems[i + 1] : NULL;
	}
	lf->free.head.top = count ? &lf->elems[0] : NULL;
	lf->free.head.cnt = 0;
	lf->free.len = count;
	lf->used.head.top = NULL;
	lf->used.head.cnt = 0;
	lf->used.len = 0;
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
