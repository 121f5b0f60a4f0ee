/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_STACK_STD_H_
#define _RTE_STACK_STD_H_

/**
 * @file
 * Spinlock LIFO behind rte_stack_push()/pop(). Not an API: include
 * rte_stack.h.
 */

#include <rte_branch_prediction.h>
#include <rte_ptrs_copy.h>
#include <rte_robust_lock.h>
/* 22.11's namesake shows the spinlock API; programs may rely on it. */
#include <rte_spinlock.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Push n objects under the lock; all or nothing. */
static __rte_always_inline unsigned int
__rte_stack_std_push(
	struct rte_stack *s, void *const *obj_table, unsigned int n)
{
	struct rte_stack_std *stack = &s->stack_std;
	uint32_t len;

	rte_robust_lock(&stack->lock);
	len = (uint32_t)stack->len;
	if (unlikely(n > s->capacity - len)) {
		rte_robust_unlock(&stack->lock);
		return 0;
	}
	rte_ptrs_copy(&stack->objs[len], obj_table, n);
	/* Atomic only so that lock-free count readers see a whole value. */
	__atomic_store_n(&stack->len, (uint64_t)(len + n), __ATOMIC_RELAXED);
	rte_robust_unlock(&stack->lock);
	return n;
}

/* Pop n objects under the lock, top first; all or nothing. rte_stack_pop()
 * saw n at least without the lock; it is checked again under it. */
static __rte_always_inline unsigned int
__rte_stack_std_pop(struct rte_stack *s, void **obj_table, unsigned int n)
{
	struct rte_stack_std *stack = &s->stack_std;
	uint32_t len;

	rte_robust_lock(&stack->lock);
	len = (uint32_t)stack->len;
	if (unlikely(n > len)) {
		rte_robust_unlock(&stack->lock);
		return 0;
	}
	rte_ptrs_copy_rev(obj_table, &stack->objs[len], n);
	__atomic_store_n(&stack->len, (uint64_t)(len - n), __ATOMIC_RELAXED);
	rte_robust_unlock(&stack->lock);
	return n;
}

/* Objects in the stack; read without the lock. */
static __rte_always_inline unsigned int
__rte_stack_std_count(struct rte_stack *s)
{
	return (uint32_t)__atomic_load_n(&s->stack_std.len, __ATOMIC_RELAXED);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_STACK_STD_H_ */
