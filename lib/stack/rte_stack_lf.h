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
 * Objects live in nodes of RTE_STACK_LF_NODE_OBJS objects. A reference
 * to a node (the list head, or the node above) carries the number of
 * the node's objects that are in the stack, and each list head carries
 * a count (objects in the used list, room left in the free list), so
 * every operation is two compare-and-swaps, whatever n:
 *  - a push of n checks the room and takes ceil(n / NODE_OBJS) nodes
 *    off the free list in one CAS, fills them (the top one may be part
 *    full), and links the chain onto the used list, adding n to its
 *    count, in another;
 *  - a pop of n checks the used list's count, walks the nodes from the
 *    top copying objects, and replaces the head with {node that holds
 *    what is left, how many it holds, count - n} in one CAS; then it
 *    links the nodes it emptied (maybe none) onto the free list, adding
 *    n to the room, in another. A pop that only takes part of the top
 *    node changes counts and nothing else.
 *
 * Room and progress: every node of the used list holds one object at
 * least and a thread holds no more nodes than objects it took room for,
 * so the free list has at least as many nodes as its room says: a push
 * that sees room finds its nodes. A count read with the top index in
 * one load is exact for that head, so a pop that sees n objects finds
 * them. Nobody ever waits for another thread: a failed CAS means that
 * someone else succeeded. A thread killed between its two CASes loses
 * the nodes it held (the stack's room shrinks by what it held); the
 * others go on.
 *
 * ABA and memory ordering:
 *  - each list is changed only by a 128-bit compare-and-swap of its
 *    head; the modification counter (60 bits) grows on every change, so
 *    a thread that read top = A, then slept while A was popped, reused
 *    and pushed back, sees a newer counter and retries instead of
 *    installing A's stale links;
 *  - nodes are never freed (they live in the stack's memzone) and links
 *    are indexes written only with valid values, so a walk from a stale
 *    head reads valid nodes; counts read on such a walk are checked
 *    against the node size before use; the CAS then fails and what was
 *    read is discarded;
 *  - the CAS that links nodes is a release, and the head is read with
 *    acquire, so a pop sees the node contents written before the push
 *    it found on top; a pop copies the objects before its CAS, which
 *    fails if any node it read was reused meanwhile;
 *  - node fields are read and written with (relaxed) atomics since a
 *    thread with a stale head may read a node while its new owner
 *    writes it.
 */

#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_prefetch.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Objects are copied into and out of nodes with plain accesses, which
 * the compiler turns into vector moves: a copy that races with a new
 * owner's writes only happens on a stale snapshot, whose CAS then
 * fails. ThreadSanitizer builds use relaxed atomics instead, so that
 * the same argument holds in the C11 model it checks.
 */
#if defined(__SANITIZE_THREAD__)
#define __RTE_STACK_LF_ATOMIC_DATA 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define __RTE_STACK_LF_ATOMIC_DATA 1
#endif
#endif
#ifdef __RTE_STACK_LF_ATOMIC_DATA
#define __RTE_STACK_LF_GET(p) __atomic_load_n(p, __ATOMIC_RELAXED)
#define __RTE_STACK_LF_PUT(p, v) __atomic_store_n(p, v, __ATOMIC_RELAXED)
#else
#define __RTE_STACK_LF_GET(p) (*(p))
#define __RTE_STACK_LF_PUT(p, v) (*(p) = (v))
#endif

#define __RTE_STACK_LF_CNT_MASK ((UINT64_C(1) << RTE_STACK_LF_CNT_BITS) - 1)
#define __RTE_STACK_LF_TOP(v) ((uint32_t)(v))
#define __RTE_STACK_LF_LEN(v) ((uint32_t)((v) >> 32))
#define __RTE_STACK_LF_TOP_LEN(top, len) \
	(((uint64_t)(len) << 32) | (uint64_t)(top))

/* Read a list head; a torn pair only makes the following CAS fail. */
static __rte_always_inline void
__rte_stack_lf_read_head(struct rte_stack_lf_list *list, rte_int128_t *head)
{
	/* Acquire on the word the CAS targets: pairs with its release. */
	head->val[0] = __atomic_load_n(&list->head.top_len, __ATOMIC_ACQUIRE);
	head->val[1] = __atomic_load_n(&list->head.cnt, __ATOMIC_RELAXED);
}

/* The cnt word after old, with top count cnt. */
static __rte_always_inline uint64_t
__rte_stack_lf_next_cnt(uint64_t old, uint64_t cnt)
{
	return ((old | __RTE_STACK_LF_CNT_MASK) + 1) | cnt;
}

/*
 * Link the chain first..last on top of a list (first holding cnt
 * objects) and add len to the list's count.
 */
static __rte_always_inline void
__rte_stack_lf_link(struct rte_stack_lf *lf, struct rte_stack_lf_list *list,
	uint32_t first, uint32_t last, uint64_t cnt, uint32_t len)
{
	rte_int128_t old_head, new_head;
	struct rte_stack_lf_elem *l = &lf->elems[last];

	__rte_stack_lf_read_head(list, &old_head);
	do {
		__atomic_store_n(&l->next, __RTE_STACK_LF_TOP(old_head.val[0]),
			__ATOMIC_RELAXED);
		__atomic_store_n(&l->next_cnt,
			(uint32_t)(old_head.val[1] & __RTE_STACK_LF_CNT_MASK),
			__ATOMIC_RELAXED);
		new_head.val[0] = __RTE_STACK_LF_TOP_LEN(
			first, __RTE_STACK_LF_LEN(old_head.val[0]) + len);
		new_head.val[1] = __rte_stack_lf_next_cnt(old_head.val[1], cnt);
		/* On failure old_head is refreshed; last's links are redone. */
	} while (rte_atomic128_cmp_exchange((rte_int128_t *)&list->head,
			 &old_head, &new_head, 1, __ATOMIC_RELEASE,
			 __ATOMIC_RELAXED) == 0);
}

/* Add len to a list's count (room given back, no node to link). */
static __rte_always_inline void
__rte_stack_lf_add_len(struct rte_stack_lf_list *list, uint32_t len)
{
	rte_int128_t old_head, new_head;

	__rte_stack_lf_read_head(list, &old_head);
	do {
		new_head.val[0] = old_head.val[0] + ((uint64_t)len << 32);
		new_head.val[1] = __rte_stack_lf_next_cnt(old_head.val[1],
			old_head.val[1] & __RTE_STACK_LF_CNT_MASK);
	} while (rte_atomic128_cmp_exchange((rte_int128_t *)&list->head,
			 &old_head, &new_head, 1, __ATOMIC_RELEASE,
			 __ATOMIC_RELAXED) == 0);
}

/*
 * Take room for n objects and m nodes off the free list in one CAS.
 * Returns the first node (the chain stays linked through next) and sets
 * *last, or returns RTE_STACK_LF_NONE if the room is short.
 */
static __rte_always_inline uint32_t
__rte_stack_lf_take_nodes(
	struct rte_stack_lf *lf, unsigned int n, unsigned int m, uint32_t *last)
{
	rte_int128_t old_head, new_head;
	uint32_t top, tmp;
	unsigned int i;

	__rte_stack_lf_read_head(&lf->free, &old_head);
	for (;;) {
		if (unlikely(__RTE_STACK_LF_LEN(old_head.val[0]) < n))
			return RTE_STACK_LF_NONE;
		top = __RTE_STACK_LF_TOP(old_head.val[0]);
		tmp = top;
		for (i = 1; i < m && tmp != RTE_STACK_LF_NONE; i++)
			tmp = __atomic_load_n(
				&lf->elems[tmp].next, __ATOMIC_RELAXED);
		if (unlikely(tmp == RTE_STACK_LF_NONE)) {
			/* A stale snapshot: the list changed under us. */
			__rte_stack_lf_read_head(&lf->free, &old_head);
			continue;
		}
		new_head.val[0] = __RTE_STACK_LF_TOP_LEN(
			__atomic_load_n(&lf->elems[tmp].next, __ATOMIC_RELAXED),
			__RTE_STACK_LF_LEN(old_head.val[0]) - n);
		new_head.val[1] = __rte_stack_lf_next_cnt(old_head.val[1], 0);
		if (rte_atomic128_cmp_exchange((rte_int128_t *)&lf->free.head,
			    &old_head, &new_head, 1, __ATOMIC_ACQUIRE,
			    __ATOMIC_RELAXED) != 0) {
			*last = tmp;
			return top;
		}
	}
}

/* Push one object in a node of its own. */
static __rte_always_inline unsigned int
__rte_stack_lf_push1(struct rte_stack_lf *lf, void *obj)
{
	uint32_t node, last;

	node = __rte_stack_lf_take_nodes(lf, 1, 1, &last);
	if (unlikely(node == RTE_STACK_LF_NONE))
		return 0;
	__RTE_STACK_LF_PUT(
		&lf->elems[node].data[RTE_STACK_LF_NODE_OBJS - 1], obj);
	__rte_stack_lf_link(lf, &lf->used, node, node, 1, 1);
	return 1;
}

/* Push n objects; all or nothing. */
static __rte_always_inline unsigned int
__rte_stack_lf_push(struct rte_stack *s, void *const *obj_table, unsigned int n)
{
	const unsigned int k = RTE_STACK_LF_NODE_OBJS;
	struct rte_stack_lf *lf = &s->stack_lf;
	struct rte_stack_lf_elem *node;
	unsigned int m, r, i, idx;
	uint32_t first, last, cur;

	if (n == 1)
		return __rte_stack_lf_push1(lf, obj_table[0]);
	if (unlikely(n == 0))
		return 0;
	m = (n + k - 1) / k;
	first = __rte_stack_lf_take_nodes(lf, n, m, &last);
	if (unlikely(first == RTE_STACK_LF_NONE))
		return 0;

	/*
	 * The chain is ours: the top node takes the last r objects, each
	 * node below a full k. A node keeps its objects top first at the
	 * end of data[], so that pops copy forward.
	 */
	r = n - (m - 1) * k;
	idx = n - 1;
	node = &lf->elems[first];
	for (i = 0; i < r; i++)
		__RTE_STACK_LF_PUT(&node->data[k - r + i], obj_table[idx - i]);
	idx -= r;
	for (cur = first; cur != last; idx -= k) {
		__atomic_store_n(&node->next_cnt, k, __ATOMIC_RELAXED);
		cur = __atomic_load_n(&node->next, __ATOMIC_RELAXED);
		node = &lf->elems[cur];
		for (i = 0; i < RTE_STACK_LF_NODE_OBJS; i++)
			__RTE_STACK_LF_PUT(&node->data[i], obj_table[idx - i]);
	}

	__rte_stack_lf_link(lf, &lf->used, first, last, r, n);
	return n;
}

/* Pop one object: the top node's top one. */
static __rte_always_inline unsigned int
__rte_stack_lf_pop1(struct rte_stack_lf *lf, void **obj)
{
	rte_int128_t old_head, new_head;
	struct rte_stack_lf_elem *node;
	uint64_t avail;
	uint32_t top;

	__rte_stack_lf_read_head(&lf->used, &old_head);
	for (;;) {
		if (unlikely(__RTE_STACK_LF_LEN(old_head.val[0]) == 0))
			return 0;
		top = __RTE_STACK_LF_TOP(old_head.val[0]);
		avail = old_head.val[1] & __RTE_STACK_LF_CNT_MASK;
		if (unlikely(top == RTE_STACK_LF_NONE || avail == 0 ||
			    avail > RTE_STACK_LF_NODE_OBJS)) {
			/* A torn or stale read. */
			__rte_stack_lf_read_head(&lf->used, &old_head);
			continue;
		}
		node = &lf->elems[top];
		*obj = __RTE_STACK_LF_GET(
			&node->data[RTE_STACK_LF_NODE_OBJS - avail]);
		if (avail == 1) {
			new_head.val[0] = __RTE_STACK_LF_TOP_LEN(
				__atomic_load_n(&node->next, __ATOMIC_RELAXED),
				__RTE_STACK_LF_LEN(old_head.val[0]) - 1);
			new_head.val[1] =
				__rte_stack_lf_next_cnt(old_head.val[1],
					__atomic_load_n(&node->next_cnt,
						__ATOMIC_RELAXED));
		} else {
			new_head.val[0] = old_head.val[0] - (UINT64_C(1) << 32);
			new_head.val[1] = __rte_stack_lf_next_cnt(
				old_head.val[1], avail - 1);
		}
		if (rte_atomic128_cmp_exchange((rte_int128_t *)&lf->used.head,
			    &old_head, &new_head, 1, __ATOMIC_ACQUIRE,
			    __ATOMIC_RELAXED) != 0)
			break;
	}

	if (avail == 1)
		__rte_stack_lf_link(lf, &lf->free, top, top, 0, 1);
	else
		__rte_stack_lf_add_len(&lf->free, 1);
	return 1;
}

/* Pop n objects, top first; all or nothing. */
static __rte_always_inline unsigned int
__rte_stack_lf_pop(struct rte_stack *s, void **obj_table, unsigned int n)
{
	struct rte_stack_lf *lf = &s->stack_lf;
	rte_int128_t old_head, new_head;
	struct rte_stack_lf_elem *node;
	uint32_t top, cur, emptied, next;
	unsigned int need, take = 0, i;
	uint64_t avail, next_cnt;
	void **out;

	if (n == 1)
		return __rte_stack_lf_pop1(lf, obj_table);
	if (unlikely(n == 0))
		return 0;

	__rte_stack_lf_read_head(&lf->used, &old_head);
	for (;;) {
		if (unlikely(__RTE_STACK_LF_LEN(old_head.val[0]) < n))
			return 0;
		top = __RTE_STACK_LF_TOP(old_head.val[0]);
		cur = top;
		avail = old_head.val[1] & __RTE_STACK_LF_CNT_MASK;
		emptied = RTE_STACK_LF_NONE;
		next = RTE_STACK_LF_NONE;
		next_cnt = 0;
		need = n;
		out = obj_table;
		/* Copy from the top down; a stale snapshot may show a
		 * short list or counts no node has: start over then. */
		while (cur != RTE_STACK_LF_NONE && avail != 0 &&
			avail <= RTE_STACK_LF_NODE_OBJS) {
			node = &lf->elems[cur];
			take = need < avail ? need : (unsigned int)avail;
			if (take == RTE_STACK_LF_NODE_OBJS) {
				/* A whole node: a fixed-size copy. */
				for (i = 0; i < RTE_STACK_LF_NODE_OBJS; i++)
					out[i] = __RTE_STACK_LF_GET(
						&node->data[i]);
			} else {
				const unsigned int b =
					RTE_STACK_LF_NODE_OBJS - avail;

				for (i = 0; i < take; i++)
					out[i] = __RTE_STACK_LF_GET(
						&node->data[b + i]);
			}
			out += take;
			need -= take;
			if (take != avail)
				break; /* cur keeps avail - take objects */
			emptied = cur;
			next = __atomic_load_n(&node->next, __ATOMIC_RELAXED);
			next_cnt = __atomic_load_n(
				&node->next_cnt, __ATOMIC_RELAXED);
			if (need == 0)
				break;
			cur = next;
			avail = next_cnt;
		}
		if (unlikely(need != 0)) {
			__rte_stack_lf_read_head(&lf->used, &old_head);
			continue;
		}
		if (emptied == cur) {
			/* The last node read was emptied: the one below it
			 * is the new top. */
			new_head.val[0] = __RTE_STACK_LF_TOP_LEN(
				next, __RTE_STACK_LF_LEN(old_head.val[0]) - n);
			new_head.val[1] = __rte_stack_lf_next_cnt(
				old_head.val[1], next_cnt);
		} else {
			new_head.val[0] = __RTE_STACK_LF_TOP_LEN(
				cur, __RTE_STACK_LF_LEN(old_head.val[0]) - n);
			new_head.val[1] = __rte_stack_lf_next_cnt(
				old_head.val[1], avail - take);
		}
		if (rte_atomic128_cmp_exchange((rte_int128_t *)&lf->used.head,
			    &old_head, &new_head, 1, __ATOMIC_ACQUIRE,
			    __ATOMIC_RELAXED) != 0)
			break;
	}

	/* The nodes top..emptied are ours: back to the free list with the
	 * room for the n objects. */
	if (emptied != RTE_STACK_LF_NONE)
		__rte_stack_lf_link(lf, &lf->free, top, emptied, 0, n);
	else
		__rte_stack_lf_add_len(&lf->free, n);
	return n;
}

/* Objects in the stack. */
static __rte_always_inline unsigned int
__rte_stack_lf_count(struct rte_stack *s)
{
	return __RTE_STACK_LF_LEN(__atomic_load_n(
		&s->stack_lf.used.head.top_len, __ATOMIC_RELAXED));
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_STACK_LF_H_ */
