/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Memory size and set-up of a spinlock stack; the push and pop code is
 * inline, in rte_stack_std.h.
 */

#include <stddef.h>

#include <rte_common.h>
#include <rte_spinlock.h>

#include "stack_pvt.h"

/* rte_stack_pop() reads the count of either flavour at one place. */
RTE_BUILD_BUG_ON(offsetof(struct rte_stack, stack_std.len) !=
	offsetof(struct rte_stack, stack_lf.used.head.top_len));

size_t
stack_std_get_memsize(unsigned int count)
{
	/* Not sizeof(struct rte_stack): the lock-free flavour's part of
	 * the union is much larger. */
	return RTE_CACHE_LINE_ROUNDUP(offsetof(struct rte_stack, stack_std) +
		offsetof(struct rte_stack_std, objs) +
		(size_t)count * sizeof(void *));
}

void
stack_std_init(struct rte_stack *s)
{
	rte_robust_lock_init(&s->stack_std.lock);
	s->stack_std.len = 0;
}
