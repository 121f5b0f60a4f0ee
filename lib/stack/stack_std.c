/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Memory size and set-up of a spinlock stack; the push and pop code is
 * inline, in rte_stack_std.h.
 */

#include <rte_common.h>
#include <rte_spinlock.h>

#include "stack_pvt.h"

size_t
stack_std_get_memsize(unsigned int count)
{
	return sizeof(struct rte_stack) +
		RTE_CACHE_LINE_ROUNDUP((size_t)count * sizeof(void *));
}

void
stack_std_init(struct rte_stack *s)
{
	rte_robust_lock_init(&s->stack_std.lock);
	s->stack_std.len = 0;
}
