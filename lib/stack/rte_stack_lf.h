/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_STACK_LF_H_
#define _RTE_STACK_LF_H_

/**
 * @file
 * Lock-free LIFO behind rte_stack_push()/pop() for RTE_STACK_F_LF.
 * Not an API: include rte_stack.h.
 *
 * A push takes n elements off the free list, stores the objects in
 * them and links the chain onto the used list; a pop does the
 * reverse. Each list is changed only by a 128-bit compare-and-swap of
 * its {top, cnt} head:
 *  - the counter grows on every change, which defeats ABA: a thread
 *    that read top = A, then slept while A was popped, reused and
 *    pushed back, sees the same A but a newer counter, and retries
 *    instead of installing A's stale next pointer;
 *  - elements are never freed (they live in the stack's memzone), so
 *    following a stale next pointer reads valid memory; the CAS then
 *    fails and the values read are discarded;
 *  - len is taken (decremented) before popping and given back after
 *    pushing, so a pop that got its reservation knows that n elements
 *    are, or are about to be, in the list;
 *  - the CAS that links elements is a release, and the head is read
 *    with acquire, so a popper sees the element contents that were
 *    written before the push;
 *  - element fields are read and written with (relaxed) atomics since
 *    a thread with a stale head may read an element while its new
 *    owner writes it.
 */

#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_prefetch.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Read a list head; a torn pair only makes the following CAS fail. */
static __rte_always_inline void
__rte_stack_lf_read_head(struct rte_stack_lf_list *list, rte_int128_t *head)
{
	/* Acquire on the word the CAS targets: pairs with its release. */
	head->val[0] = (uint64_t)(uintptr_t)__atomic_load_n(
		&list->head.top, __ATOMIC_ACQUIRE);
	head->val[1] = __atomic_load_n(&list->head.cnt, __ATOMIC_RELAXED);
}

/* Link the chain first..last (num elements) on top of a list. */
static __rte_always_inline void
__rte_stack_lf_push_elems(struct rte_stack_lf_list *list,
	struct rte_stack_lf_elem *first, struct rte_stack_lf_elem *last,
	unsigned int num)
{
	rte_int128_t old_head, new_head;

	__rte_stack_lf_read_head(list, &old_head);
	do {
		__atomic_store_n(&last->next,
			(struct rte_stack_lf_elem *)(uintptr_t)old_head.val[0],
			__ATOMIC_RELAXED);
		new_head.val[0] = (uint64_t)(uintptr_t)first;
		new_head.val[1] = old_head.val[1] + 1;
		/* On failure old_head is refreshed; last->next is redone. */
	} while (rte_atomic128_cmp_exchange((rte_int128_t *)&list->head,
			 &old_head, &new_head, 1, __ATOMIC_RELEASE,
			 __ATOMIC_RELAXED) == 0);

	__atomic_fetch_add(&list->len, num, __ATOMIC_RELEASE);
}

/*
 * Unlink num elements from the top of a list. When obj_table is not
 * NULL, it receives their objects, top first. Returns the first
 * element of the chain and sets *last, or returns NULL if the list
 * holds fewer than num.
 */
static __rte_always_inline struct rte_stack_lf_elem *
__rte_stack_lf_pop_elems(struct rte_stack_lf_list *list, unsigned int num,
	void **obj_table, struct rte_stack_lf_elem **last)
{
	rte_int128_t old_head, new_head;
	struct rte_stack_lf_elem *top, *tmp;
	uint64_t len;
	unsigned int i;

	/* Reserve num elements: nobody else may pop them. */
	len = __atomic_load_n(&list->len, __ATOMIC_RELAXED);
	do {
		if (unlikely(len < num))
			return NULL;
	} while (__atomic_compare_exchange_n(&list->len, &len, len - num, 1,
			 __ATOMIC_ACQUIRE, __ATOMIC_RELAXED) == 0);

	for (;;) {
		__rte_stack_lf_read_head(list, &old_head);
		top = (struct rte_stack_lf_elem *)(uintptr_t)old_head.val[0];

		/*
		 * Walk num elements. The snapshot may be stale (someone
		 * popped meanwhile): then the walk may end early or the
		 * CAS fail, and we start over.
		 */
		tmp = top;
		*last = NULL;
		for (i = 0; i < num && tmp != NULL; i++) {
			if (obj_table != NULL)
				obj_table[i] = __atomic_load_n(
					&tmp->data, __ATOMIC_RELAXED);
			*last = tmp;
			tmp = __atomic_load_n(&tmp->next, __ATOMIC_RELAXED);
		}
		if (unlikely(i != num)) {
			rte_pause();
			continue;
		}

		new_head.val[0] = (uint64_t)(uintptr_t)tmp;
		new_head.val[1] = old_head.val[1] + 1;
		if (rte_atomic128_cmp_exchange((rte_int128_t *)&list->head,
			    &old_head, &new_head, 1, __ATOMIC_ACQUIRE,
			    __ATOMIC_RELAXED) != 0)
			return top;
	}
}

/* Push n objects; all or nothing. */
static __rte_always_inline unsigned int
__rte_stack_lf_push(struct rte_stack *s, void *const *obj_table, unsigned int n)
{
	struct rte_stack_lf_elem *first, *last, *tmp;
	unsigned int i;

	if (unlikely(n == 0))
		return 0;

	first = __rte_stack_lf_pop_elems(&s->stack_lf.free, n, NULL, &last);
	if (unlikely(first == NULL))
		return 0;

	/* The chain is ours now: fill it, top of the chain last pushed. */
	for (tmp = first, i = 0; i < n; i++) {
		__atomic_store_n(
			&tmp->data, obj_table[n - i - 1], __ATOMIC_RELAXED);
		tmp = __atomic_load_n(&tmp->next, __ATOMIC_RELAXED);
	}

	__rte_stack_lf_push_elems(&s->stack_lf.used, first, last, n);
	return n;
}

/* Pop n objects, top first; all or nothing. */
static __rte_always_inline unsigned int
__rte_stack_lf_pop(struct rte_stack *s, void **obj_table, unsigned int n)
{
	struct rte_stack_lf_elem *first, *last = NULL;

	if (unlikely(n == 0))
		return 0;

	first = __rte_stack_lf_pop_elems(
		&s->stack_lf.used, n, obj_table, &last);
	if (unlikely(first == NULL))
		return 0;

	__rte_stack_lf_push_elems(&s->stack_lf.free, first, last, n);
	return n;
}

/* Objects in the stack, not counting those being popped. */
static __rte_always_inline unsigned int
__rte_stack_lf_count(struct rte_stack *s)
{
	return (unsigned int)__atomic_load_n(
		&s->stack_lf.used.len, __ATOMIC_RELAXED);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_STACK_LF_H_ */
