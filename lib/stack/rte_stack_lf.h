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
 * the node's objects that are in the stack. The stack is the used list;
 * the free nodes wait in the cache of a lcore id (a private chain in
 * the stack's shared memory, struct rte_stack_lf_cache) or in the
 * shared free list. An operation on a lcore is one compare-and-swap
 * of the used list's head, whatever n:
 *  - a push of n takes ceil(n / NODE_OBJS) nodes off its lcore's cache
 *    (filling them in place, then one store unlinks them), and links
 *    the chain onto the used list, adding n to its count, in one CAS
 *    that also checks that the count stays within the capacity;
 *  - a pop of n checks the used list's count, walks the nodes from the
 *    top and replaces the head with {node that holds what is left, how
 *    many it holds, count - n} in one CAS; then it copies the objects
 *    of the nodes it emptied (maybe none) and gives those nodes to its
 *    lcore's cache. A pop that only takes part of the top node changes
 *    counts and nothing else.
 * A cache that runs short takes what the push lacks and half its
 * maximum more off the free list in one CAS; a cache
 * that would keep more than its maximum fills up to it with the first
 * nodes the operation brought and gives the rest to the free list in
 * one CAS, and one already full gives all of them and as many of its
 * own as the operation had objects left (all of it for a bulk). The
 * cache stays full across a run of small pops, so the pushes that
 * follow take their nodes from it. A thread without
 * a lcore id, or whose lcore id's cache another live process uses,
 * takes its nodes from and gives them to the free list directly: two
 * CASes per operation.
 *
 * Room and progress: the used list's count is the number of objects,
 * exact, read with the top index in one load, and the push CAS refuses
 * to go beyond the capacity, so a push fails only for want of room (or
 * of nodes, below) and a pop that sees n objects finds them. There are
 * capacity + RTE_MAX_LCORE * (cache maximum) nodes: every node of the
 * used list holds an object at least, a cache keeps at most its maximum
 * between operations, and a lcore id's cache and its thread's operation
 * in flight never hold more nodes than that maximum and the objects the
 * operation is pushing or has popped (a refill takes m - clen + max / 2
 * nodes into a cache of clen, for a push of m <= n). So when the
 * objects in use never outnumber the capacity (a mempool's: every
 * object pushed was popped before, or is new and counted), a push of n
 * finds its nodes. Pushes of more objects than the stack has room for,
 * all in flight at once, may hold the nodes another push needs: that
 * push fails as if the stack were full. Nobody ever waits for another
 * thread: a failed CAS means that someone else succeeded.
 *
 * A thread killed mid-operation (SIGKILL: it stops between two
 * instructions; what it stored before is in memory, nothing after).
 * The shared lists change only by a CAS, which happened or not; a
 * cache changes only by one store of its top_len (release, after the
 * links and tail it relies on), which happened or not. So whatever
 * instruction it dies at, every list and every cache is one its
 * operation left or found, and the others go on without waiting (there
 * is nothing to wait for). Where it died decides only what is lost:
 *  - push, before the cache's store that unlinks its nodes: nothing
 *    (the fill wrote into free nodes); between that store and the used
 *    list's CAS: its m nodes and n objects; after the CAS: nothing, the
 *    objects are in the stack;
 *  - refill (in a push): before the free list's CAS or after the
 *    cache's store, nothing; between them, the nodes taken (n + max / 2
 *    at most) and the push's objects;
 *  - pop, before its CAS: nothing (it wrote nothing shared); after it:
 *    the n objects (in its table or not) and the nodes it emptied (n at
 *    most) until the cache's store or the free list's CAS that takes
 *    them; the cache overflow in between loses the nodes it gives (n at
 *    most) if the cache's store is done and the free list's CAS not;
 *  - free-list path: the nodes between the two CASes (n at most).
 * Nothing is ever in two places: a node leaves a cache (store) before
 * the CAS that puts it in a list, and enters a cache (store) after the
 * CAS that took it out of one. So no object is seen twice, no list or
 * count is wrong, and the count is exact: it moves with the CAS that
 * moves the objects. The objects a dead thread had in flight are out of
 * the stack, as if it held them. Its nodes are lost too: no more than
 * its objects, except in a refill, which may lose half a maximum more.
 * While those objects stay out (they are lost with the process, and a
 * mempool counts them as in use), the room argument above still holds
 * but for those extra nodes, which come out of the reserve the caches
 * of unused lcore ids leave (RTE_MAX_LCORE - 1 maximums with one lcore
 * id in use: a refill window is a few instructions, a kill lands in it
 * rarely). Returned by hand, every object may cost a node of that
 * reserve too, and over
 * enough kills the reserve runs dry: a push of objects the stack has
 * room for would fail. The rule: whoever gives a dead process's objects
 * back gives its nodes back first, with rte_stack_repair() (stack_lf.c)
 * while no live thread is inside an operation. Its census finds every
 * node in the used list, the free list or a cache; with no live thread
 * in between two steps, the others were held by killed threads (the
 * windows above, __RTE_STACK_LF_KILL_POINT marks them), and go back to
 * the free list. The dead thread's cache is in the stack's memory,
 * consistent, and taken over with its nodes by the next thread of that
 * lcore id (of any process): nodes are not lost with a cache.
 *
 * Cache ownership: a cache belongs to one process (its owner id, see
 * rte_robust_lock.h), claimed with a CAS on first use; only the thread
 * of that process with that lcore id touches it, so two processes that
 * share lcore ids (against the multi-process rule) share the free list
 * rather than a cache. An owner found dead (checked now and then, it
 * reads /proc) gives its cache to the next claimer.
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
 *    against the node size before use, walks are bounded by n, and the
 *    CAS then fails and what was read is discarded;
 *  - a node is written only by the thread that holds it: the one that
 *    took it off the free list or a cache, or that unlinked it from the
 *    used list with a successful CAS. While a node is in the used list
 *    or the free list, nobody writes it, so what a walk read from it is
 *    what is still there when the walk's CAS succeeds;
 *  - the CAS that links nodes into a list (push, free-list put) is a
 *    release: what the thread wrote into them (objects, links, counts)
 *    and read from them happens before anything done by the thread
 *    whose CAS takes them next. Both words of a head are read with
 *    acquire, and a failed CAS refreshes the head with acquire, so
 *    whatever head a thread walks from, it sees the node contents
 *    written before the CAS that installed that head;
 *  - a pop's CAS is acquire (it reads the objects pushed) and release:
 *    a pop that copied objects out of a node that stays in the list
 *    read them before its CAS, and the thread that later empties and
 *    reuses that node pops after it (its acquire CAS reads a later head
 *    in the same modification order), so those reads happen before
 *    the node is written again. The free-list take is an acquire;
 *  - a cache is private to one thread: a node in it was either emptied
 *    by that thread's pop (after its acquire CAS) or taken by its
 *    free-list take (acquire), so the thread's writes into the node
 *    come after everything earlier owners did with it. Cache fields and
 *    node links are atomics only because stale walkers read links, and
 *    so that a killed thread's successor reads whole values; the store
 *    of a cache's top_len is a release (a plain store on x86) so that
 *    the compiler keeps it after the links and tail it publishes: the
 *    order in memory is what a killed thread leaves, and its successor
 *    (of another process, which learnt of the death through the
 *    kernel, see __rte_stack_lf_cache_claim) reads it that way;
 *  - a pop writes nothing to the caller's table before its CAS has
 *    succeeded, since a later attempt may find the stack short and
 *    return 0 with the table untouched: the nodes it emptied are its
 *    own once the CAS succeeds and are copied then; the objects it
 *    takes from a node that stays in the list are copied to a local
 *    buffer before the CAS (after it, the node's last objects may be
 *    popped by another thread and the node reused);
 *  - node fields are read and written with (relaxed) atomics since a
 *    thread with a stale head may read a node while its new owner
 *    writes it.
 */

#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_lcore.h>
#include <rte_prefetch.h>
#include <rte_robust_lock.h>

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

/*
 * The instants between two steps of an operation where a killed thread
 * holds nodes that are in no list and no cache (see the file comment):
 * nothing in a build, a test that defines it before it includes
 * rte_stack.h kills itself there (test_stack_kill.c).
 */
#ifndef __RTE_STACK_LF_KILL_POINT
#define __RTE_STACK_LF_KILL_POINT(where) ((void)(where))
#endif
enum {
	__RTE_STACK_LF_KP_PUSH, /* push: nodes out of the cache, not linked */
	__RTE_STACK_LF_KP_PUSH_FREE, /* free-list push: taken, not linked */
	__RTE_STACK_LF_KP_POP, /* pop: nodes unlinked, not in a cache */
	__RTE_STACK_LF_KP_SPILL, /* spill: out of the cache, not freed */
	__RTE_STACK_LF_KP_REFILL, /* refill: off the free list, not cached */
	__RTE_STACK_LF_KP_NB
};

#define __RTE_STACK_LF_CNT_MASK ((UINT64_C(1) << RTE_STACK_LF_CNT_BITS) - 1)
/* The count in the low half: the word rte_stack_pop() checks first. */
#define __RTE_STACK_LF_TOP(v) ((uint32_t)((v) >> 32))
#define __RTE_STACK_LF_LEN(v) ((uint32_t)(v))
#define __RTE_STACK_LF_TOP_LEN(top, len) \
	(((uint64_t)(top) << 32) | (uint64_t)(len))

/**
 * Slow path of the lookup of a lcore's cache of free nodes: claim the
 * cache of lcore_id for the calling process if nobody has it (or its
 * owner died). Not an API.
 *
 * @param lf  The lock-free stack.
 * @param lcore_id  The caller's lcore id, below RTE_MAX_LCORE.
 * @return The cache, or NULL if a live process other than the caller's
 *   uses it (the caller then uses the shared free list).
 */
struct rte_stack_lf_cache *
__rte_stack_lf_cache_claim(struct rte_stack_lf *lf, unsigned int lcore_id);

/* The calling thread's cache of free nodes, or NULL. */
static __rte_always_inline struct rte_stack_lf_cache *
__rte_stack_lf_cache(struct rte_stack_lf *lf)
{
	const unsigned int id = rte_lcore_id();
	struct rte_stack_lf_cache *c;

	/* Threads without a lcore id share the free list. */
	if (unlikely(id >= RTE_MAX_LCORE))
		return NULL;
	c = &lf->cache[id];
	/* Never 0, which a free cache holds. */
	if (likely(__atomic_load_n(&c->owner, __ATOMIC_RELAXED) ==
		    __rte_eal_owner_id_fast()))
		return c;
	return __rte_stack_lf_cache_claim(lf, id);
}

/* Read a list head; a torn pair only makes the following CAS fail. */
static __rte_always_inline void
__rte_stack_lf_read_head(struct rte_stack_lf_list *list, rte_int128_t *head)
{
	/*
	 * Acquire on both words: if the pair is torn, the CAS succeeds only
	 * if the head read is the head whose counter was loaded (a counter
	 * value belongs to one head), and the acquire of that load is what
	 * orders the walk after the push that installed it.
	 */
	head->val[0] = __atomic_load_n(&list->head.top_len, __ATOMIC_ACQUIRE);
	head->val[1] = __atomic_load_n(&list->head.cnt, __ATOMIC_ACQUIRE);
}

/* The cnt word after old, with top count cnt. */
static __rte_always_inline uint64_t
__rte_stack_lf_next_cnt(uint64_t old, uint64_t cnt)
{
	return ((old | __RTE_STACK_LF_CNT_MASK) + 1) | cnt;
}

/* Link the chain first..last (len nodes) on top of the free list. */
static __rte_always_inline void
__rte_stack_lf_free_put(
	struct rte_stack_lf *lf, uint32_t first, uint32_t last, uint32_t len)
{
	rte_int128_t old_head, new_head;
	struct rte_stack_lf_elem *l = &lf->elems[last];

	__rte_stack_lf_read_head(&lf->free, &old_head);
	do {
		__atomic_store_n(&l->next, __RTE_STACK_LF_TOP(old_head.val[0]),
			__ATOMIC_RELAXED);
		new_head.val[0] = __RTE_STACK_LF_TOP_LEN(
			first, __RTE_STACK_LF_LEN(old_head.val[0]) + len);
		new_head.val[1] = __rte_stack_lf_next_cnt(old_head.val[1], 0);
		/* Release: what this thread did with the nodes (reading a
		 * popper's objects, writing links) happens before the next
		 * owner writes them. */
	} while (rte_atomic128_cmp_exchange((rte_int128_t *)&lf->free.head,
			 &old_head, &new_head, 1, __ATOMIC_RELEASE,
			 __ATOMIC_RELAXED) == 0);
}

/*
 * Take between min (at least 1) and want nodes off the free list in one
 * CAS: returns how many, or 0 if it holds fewer than min. The chain
 * *first..*last stays linked through next.
 */
static __rte_always_inline unsigned int
__rte_stack_lf_free_take(struct rte_stack_lf *lf, unsigned int min,
	unsigned int want, uint32_t *first, uint32_t *last)
{
	rte_int128_t old_head, new_head;
	uint32_t top, tmp, len;
	unsigned int i, t;

	__rte_stack_lf_read_head(&lf->free, &old_head);
	for (;;) {
		len = __RTE_STACK_LF_LEN(old_head.val[0]);
		if (unlikely(len < min))
			return 0;
		t = want < len ? want : len;
		top = __RTE_STACK_LF_TOP(old_head.val[0]);
		tmp = top;
		for (i = 1; i < t && tmp != RTE_STACK_LF_NONE; i++)
			tmp = __atomic_load_n(
				&lf->elems[tmp].next, __ATOMIC_RELAXED);
		if (unlikely(tmp == RTE_STACK_LF_NONE)) {
			/* A stale snapshot: the list changed under us. */
			__rte_stack_lf_read_head(&lf->free, &old_head);
			continue;
		}
		new_head.val[0] = __RTE_STACK_LF_TOP_LEN(
			__atomic_load_n(&lf->elems[tmp].next, __ATOMIC_RELAXED),
			len - t);
		new_head.val[1] = __rte_stack_lf_next_cnt(old_head.val[1], 0);
		if (rte_atomic128_cmp_exchange((rte_int128_t *)&lf->free.head,
			    &old_head, &new_head, 1, __ATOMIC_ACQUIRE,
			    __ATOMIC_ACQUIRE) != 0) {
			*first = top;
			*last = tmp;
			return t;
		}
	}
}

/*
 * The lcore's cache (top_len tl) has no room for the chain first..last
 * (len nodes, linked through next) that an operation on n objects
 * (n >= len) brought. If it is not full, it keeps the chain's first
 * nodes up to its maximum and the rest goes to the free list: a cache
 * left full serves the pushes that follow without a refill. If it is
 * full, the chain and up to n - len of the cache's nodes go to the free
 * list in one CAS. All of the cache when n allows (a bulk), so that
 * the lcores that pop more than they push do not pay a CAS on the free
 * list per pop. Never more than n nodes, since between the cache's store
 * and the CAS they are nowhere (a thread killed there loses them, see
 * the file comment). Out of line: the common put does not carry it.
 */
static __rte_noinline __rte_unused void
__rte_stack_lf_cache_spill(struct rte_stack_lf *lf,
	struct rte_stack_lf_cache *c, uint64_t tl, uint32_t first,
	uint32_t last, uint32_t len, unsigned int n)
{
	const uint32_t clen = __RTE_STACK_LF_LEN(tl);
	const uint32_t k = n - len < clen ? n - len : clen;
	uint32_t cut = RTE_STACK_LF_NONE, last_kept, i;

	if (clen < c->max) {
		/*
		 * Room for part of the chain: the cache keeps its first
		 * max - clen nodes (fewer than len), the rest goes to the
		 * free list. The link out of the last kept node is read
		 * before it is overwritten.
		 */
		const uint32_t keep = c->max - clen;

		last_kept = first;
		for (i = 1; i < keep; i++)
			last_kept = __atomic_load_n(
				&lf->elems[last_kept].next, __ATOMIC_RELAXED);
		cut = __atomic_load_n(
			&lf->elems[last_kept].next, __ATOMIC_RELAXED);
		if (clen == 0)
			__atomic_store_n(&c->tail, last_kept, __ATOMIC_RELAXED);
		else
			__atomic_store_n(&lf->elems[last_kept].next,
				__RTE_STACK_LF_TOP(tl), __ATOMIC_RELAXED);
		/* Release: as in __rte_stack_lf_cache_put. A thread killed
		 * before the free list's CAS loses len - keep nodes. */
		__atomic_store_n(&c->top_len,
			__RTE_STACK_LF_TOP_LEN(first, c->max),
			__ATOMIC_RELEASE);
		__RTE_STACK_LF_KILL_POINT(__RTE_STACK_LF_KP_SPILL);
		__rte_stack_lf_free_put(lf, cut, last, len - keep);
		return;
	}
	if (k != 0) {
		__atomic_store_n(&lf->elems[last].next, __RTE_STACK_LF_TOP(tl),
			__ATOMIC_RELAXED);
		if (k == clen) {
			/* The whole cache: its tail ends the chain. */
			last = c->tail;
		} else {
			/* Its top k nodes: cut after the k-th. */
			last = __RTE_STACK_LF_TOP(tl);
			for (i = 1; i < k; i++)
				last = __atomic_load_n(&lf->elems[last].next,
					__ATOMIC_RELAXED);
			cut = __atomic_load_n(
				&lf->elems[last].next, __ATOMIC_RELAXED);
		}
		/*
		 * The cache without those nodes before they are in the free
		 * list (release: after the links above): a thread killed in
		 * between loses len + k <= n nodes, they are never in two
		 * places.
		 */
		__atomic_store_n(&c->top_len,
			__RTE_STACK_LF_TOP_LEN(cut, clen - k),
			__ATOMIC_RELEASE);
	}
	__RTE_STACK_LF_KILL_POINT(__RTE_STACK_LF_KP_SPILL);
	__rte_stack_lf_free_put(lf, first, last, len + k);
}

/*
 * Give the chain first..last (len nodes, linked through next), which an
 * operation on n objects (n >= len) holds, to the lcore's cache, or if
 * the cache would then keep more than its maximum, spill it.
 */
static __rte_always_inline void
__rte_stack_lf_cache_put(struct rte_stack_lf *lf, struct rte_stack_lf_cache *c,
	uint32_t first, uint32_t last, uint32_t len, unsigned int n)
{
	const uint64_t tl = __atomic_load_n(&c->top_len, __ATOMIC_RELAXED);
	const uint32_t clen = __RTE_STACK_LF_LEN(tl);

	if (unlikely(clen + len > c->max)) {
		__rte_stack_lf_cache_spill(lf, c, tl, first, last, len, n);
		return;
	}
	if (clen == 0)
		__atomic_store_n(&c->tail, last, __ATOMIC_RELAXED);
	else
		__atomic_store_n(&lf->elems[last].next, __RTE_STACK_LF_TOP(tl),
			__ATOMIC_RELAXED);
	/* Release: the tail or link is in place before the cache names the
	 * chain, for the next thread of this lcore id if this one dies. */
	__atomic_store_n(&c->top_len, __RTE_STACK_LF_TOP_LEN(first, clen + len),
		__ATOMIC_RELEASE);
}

/*
 * The lcore's cache holds fewer than m nodes, for a push of m nodes:
 * take what it lacks and half its maximum more from the free list
 * (half: room for the pops that follow, so that a lcore that pushes and
 * pops as much does not swing between a full cache and an empty one).
 * The half maximum is taken even for a push of one object: a run of
 * pushes of one after pops of 32 (7 objects a node) needs a node per
 * push, and one CAS on the free list per push costs what 22.11's push
 * costs. Between the CAS and the cache's store the nodes are nowhere: a
 * thread killed there loses up to half a maximum more nodes than
 * objects (see the file comment). Returns the cache's top_len (fewer
 * than m nodes if the free list had too few).
 */
static __rte_noinline __rte_unused uint64_t
__rte_stack_lf_cache_refill(
	struct rte_stack_lf *lf, struct rte_stack_lf_cache *c, unsigned int m)
{
	uint64_t tl = __atomic_load_n(&c->top_len, __ATOMIC_RELAXED);
	const uint32_t clen = __RTE_STACK_LF_LEN(tl);
	const unsigned int want = m - clen + c->max / 2;
	uint32_t first, last;
	unsigned int got;

	got = __rte_stack_lf_free_take(lf, m - clen, want, &first, &last);
	if (got == 0)
		return tl;
	__RTE_STACK_LF_KILL_POINT(__RTE_STACK_LF_KP_REFILL);
	if (clen == 0)
		__atomic_store_n(&c->tail, last, __ATOMIC_RELAXED);
	else
		__atomic_store_n(&lf->elems[last].next, __RTE_STACK_LF_TOP(tl),
			__ATOMIC_RELAXED);
	tl = __RTE_STACK_LF_TOP_LEN(first, clen + got);
	/* Release: tail or link first (see __rte_stack_lf_cache_put). */
	__atomic_store_n(&c->top_len, tl, __ATOMIC_RELEASE);
	return tl;
}

/*
 * Fill the m nodes from first down (linked through next) with the n
 * objects, obj_table[n - 1] on top: the top node takes the last r, each
 * node below a full RTE_STACK_LF_NODE_OBJS. A node keeps its objects
 * top first at the end of data[], so that pops copy forward. Returns
 * the bottom node.
 */
static __rte_always_inline uint32_t
__rte_stack_lf_fill(struct rte_stack_lf *lf, uint32_t first, unsigned int m,
	void *const *obj_table, unsigned int n)
{
	const unsigned int k = RTE_STACK_LF_NODE_OBJS;
	const unsigned int r = n - (m - 1) * k;
	struct rte_stack_lf_elem *node = &lf->elems[first];
	void *const *src = obj_table + n - r;
	uint32_t cur = first;
	unsigned int i, j;

	for (i = 0; i < r; i++)
		__RTE_STACK_LF_PUT(&node->data[k - r + i], src[r - 1 - i]);
	for (j = 1; j < m; j++) {
		__atomic_store_n(&node->next_cnt, k, __ATOMIC_RELAXED);
		cur = __atomic_load_n(&node->next, __ATOMIC_RELAXED);
		node = &lf->elems[cur];
		src -= k;
		for (i = 0; i < k; i++)
			__RTE_STACK_LF_PUT(&node->data[i], src[k - 1 - i]);
	}
	return cur;
}

/*
 * Link the filled chain first..last (first holding r objects, n in all)
 * on top of the used list in one CAS, unless the stack would then hold
 * more than cap objects. Returns 1 if linked, 0 if there is no room.
 */
static __rte_always_inline int
__rte_stack_lf_used_link(struct rte_stack_lf *lf, uint32_t cap, uint32_t first,
	uint32_t last, uint64_t r, uint32_t n)
{
	rte_int128_t old_head, new_head;
	struct rte_stack_lf_elem *l = &lf->elems[last];
	uint32_t len;

	__rte_stack_lf_read_head(&lf->used, &old_head);
	do {
		len = __RTE_STACK_LF_LEN(old_head.val[0]);
		if (unlikely(n > cap - len))
			return 0;
		__atomic_store_n(&l->next, __RTE_STACK_LF_TOP(old_head.val[0]),
			__ATOMIC_RELAXED);
		__atomic_store_n(&l->next_cnt,
			(uint32_t)(old_head.val[1] & __RTE_STACK_LF_CNT_MASK),
			__ATOMIC_RELAXED);
		new_head.val[0] = __RTE_STACK_LF_TOP_LEN(first, len + n);
		new_head.val[1] = __rte_stack_lf_next_cnt(old_head.val[1], r);
		/* Release: the objects and links written into the chain are
		 * seen by whoever reads the head this CAS installs. On
		 * failure old_head is refreshed; last's links are redone. */
	} while (rte_atomic128_cmp_exchange((rte_int128_t *)&lf->used.head,
			 &old_head, &new_head, 1, __ATOMIC_RELEASE,
			 __ATOMIC_ACQUIRE) == 0);
	return 1;
}

/* Push n (at least 1) objects; all or nothing. */
static __rte_always_inline unsigned int
__rte_stack_lf_push_n(
	struct rte_stack *s, void *const *obj_table, unsigned int n)
{
	const unsigned int k = RTE_STACK_LF_NODE_OBJS;
	struct rte_stack_lf *lf = &s->stack_lf;
	struct rte_stack_lf_cache *c;
	uint32_t first, last;
	unsigned int m;
	uint64_t tl;

	m = (n + k - 1) / k;
	c = __rte_stack_lf_cache(lf);
	if (likely(c != NULL)) {
		tl = __atomic_load_n(&c->top_len, __ATOMIC_RELAXED);
		if (unlikely(__RTE_STACK_LF_LEN(tl) < m)) {
			tl = __rte_stack_lf_cache_refill(lf, c, m);
			if (unlikely(__RTE_STACK_LF_LEN(tl) < m))
				return 0;
		}
		/* The cache's top m nodes: filled in place, then unlinked
		 * from the cache by one store (release: not before the
		 * fill, although a kill anywhere here only loses them). */
		first = __RTE_STACK_LF_TOP(tl);
		last = __rte_stack_lf_fill(lf, first, m, obj_table, n);
		__atomic_store_n(&c->top_len,
			__RTE_STACK_LF_TOP_LEN(
				__atomic_load_n(&lf->elems[last].next,
					__ATOMIC_RELAXED),
				__RTE_STACK_LF_LEN(tl) - m),
			__ATOMIC_RELEASE);
		__RTE_STACK_LF_KILL_POINT(__RTE_STACK_LF_KP_PUSH);
	} else {
		/* Full already: no CAS on the free list for nothing (the
		 * used list's CAS checks again). */
		if (unlikely(n > s->capacity -
				    __RTE_STACK_LF_LEN(__atomic_load_n(
					    &lf->used.head.top_len,
					    __ATOMIC_RELAXED))))
			return 0;
		if (unlikely(__rte_stack_lf_free_take(
				     lf, m, m, &first, &last) == 0))
			return 0;
		__rte_stack_lf_fill(lf, first, m, obj_table, n);
		__RTE_STACK_LF_KILL_POINT(__RTE_STACK_LF_KP_PUSH_FREE);
	}
	if (likely(__rte_stack_lf_used_link(
		    lf, s->capacity, first, last, n - (m - 1) * k, n)))
		return n;
	/* The room went to another pusher meanwhile. */
	if (c != NULL)
		__rte_stack_lf_cache_put(lf, c, first, last, m, n);
	else
		__rte_stack_lf_free_put(lf, first, last, m);
	return 0;
}

/* Push n objects; all or nothing. */
static __rte_always_inline unsigned int
__rte_stack_lf_push(struct rte_stack *s, void *const *obj_table, unsigned int n)
{
	/* One object: the same code with n a constant. */
	if (n == 1)
		return __rte_stack_lf_push_n(s, obj_table, 1);
	if (unlikely(n == 0))
		return 0;
	return __rte_stack_lf_push_n(s, obj_table, n);
}

/* Copy the a objects a node holds (top first) to out. */
static __rte_always_inline void
__rte_stack_lf_copy_out(
	const struct rte_stack_lf_elem *node, uint64_t a, void **out)
{
	unsigned int i;

	if (a == RTE_STACK_LF_NODE_OBJS) {
		/* A whole node: a fixed-size copy. */
		for (i = 0; i < RTE_STACK_LF_NODE_OBJS; i++)
			out[i] = __RTE_STACK_LF_GET(&node->data[i]);
	} else {
		for (i = 0; i < a; i++)
			out[i] = __RTE_STACK_LF_GET(
				&node->data[RTE_STACK_LF_NODE_OBJS - a + i]);
	}
}

/*
 * Pop n (at least 2) objects, top first; all or nothing, obj_table
 * untouched on 0. top_len: the head's first word, as the caller read it
 * (with acquire), showing n objects at least.
 */
static __rte_always_inline unsigned int
__rte_stack_lf_pop_n(
	struct rte_stack *s, void **obj_table, unsigned int n, uint64_t top_len)
{
	const unsigned int k = RTE_STACK_LF_NODE_OBJS;
	struct rte_stack_lf *lf = &s->stack_lf;
	/* Set by the walk that leads to the CAS; zeroed for the compiler. */
	rte_int128_t old_head, new_head = {.val = {0, 0}};
	struct rte_stack_lf_elem *node;
	struct rte_stack_lf_cache *c;
	uint32_t top, cur, emptied, next, len;
	unsigned int need, take = 0, npart, i, e;
	uint64_t avail, next_cnt;
	void *part[RTE_STACK_LF_NODE_OBJS];
	void **out;

	old_head.val[0] = top_len;
	old_head.val[1] = __atomic_load_n(&lf->used.head.cnt, __ATOMIC_ACQUIRE);
	for (;;) {
		len = __RTE_STACK_LF_LEN(old_head.val[0]);
		if (unlikely(len < n))
			return 0;
		top = __RTE_STACK_LF_TOP(old_head.val[0]);
		cur = top;
		avail = old_head.val[1] & __RTE_STACK_LF_CNT_MASK;
		emptied = RTE_STACK_LF_NONE;
		need = n;
		npart = 0;
		e = 0;
		/*
		 * Walk from the top down, copying only from a node that
		 * stays in the list; a stale snapshot may show a short list
		 * or counts no node has: start over then (need stays).
		 */
		while (likely(cur != RTE_STACK_LF_NONE && avail - 1 < k)) {
			node = &lf->elems[cur];
			take = need < avail ? need : (unsigned int)avail;
			need -= take;
			if (take != avail) {
				/* cur keeps avail - take objects. */
				for (i = 0; i < take; i++)
					part[i] = __RTE_STACK_LF_GET(
						&node->data[k - avail + i]);
				npart = take;
				new_head.val[0] =
					__RTE_STACK_LF_TOP_LEN(cur, len - n);
				new_head.val[1] = __rte_stack_lf_next_cnt(
					old_head.val[1], avail - take);
				break;
			}
			emptied = cur;
			e++;
			next = __atomic_load_n(&node->next, __ATOMIC_RELAXED);
			next_cnt = __atomic_load_n(
				&node->next_cnt, __ATOMIC_RELAXED);
			if (need == 0) {
				new_head.val[0] =
					__RTE_STACK_LF_TOP_LEN(next, len - n);
				new_head.val[1] = __rte_stack_lf_next_cnt(
					old_head.val[1], next_cnt);
				break;
			}
			cur = next;
			avail = next_cnt;
		}
		if (unlikely(need != 0)) {
			__rte_stack_lf_read_head(&lf->used, &old_head);
			continue;
		}
		/* Acquire and release: see the file comment. */
		if (likely(rte_atomic128_cmp_exchange(
				   (rte_int128_t *)&lf->used.head, &old_head,
				   &new_head, 1, __ATOMIC_ACQ_REL,
				   __ATOMIC_ACQUIRE) != 0))
			break;
	}

	/*
	 * The nodes top..emptied are this thread's now: nobody writes them
	 * until they are back in a cache or the free list. old_head still
	 * holds the head the CAS replaced, so its count is the top node's.
	 */
	out = obj_table;
	if (emptied != RTE_STACK_LF_NONE) {
		avail = old_head.val[1] & __RTE_STACK_LF_CNT_MASK;
		for (cur = top;; cur = next) {
			node = &lf->elems[cur];
			__rte_stack_lf_copy_out(node, avail, out);
			out += avail;
			if (cur == emptied)
				break;
			next = __atomic_load_n(&node->next, __ATOMIC_RELAXED);
			avail = __atomic_load_n(
				&node->next_cnt, __ATOMIC_RELAXED);
		}
	}
	for (i = 0; i < npart; i++)
		out[i] = part[i];

	if (emptied != RTE_STACK_LF_NONE) {
		__RTE_STACK_LF_KILL_POINT(__RTE_STACK_LF_KP_POP);
		c = __rte_stack_lf_cache(lf);
		if (likely(c != NULL))
			__rte_stack_lf_cache_put(lf, c, top, emptied, e, n);
		else
			__rte_stack_lf_free_put(lf, top, emptied, e);
	}
	return n;
}

/* Pop one object: the top node's top one. top_len: as for pop_n. */
static __rte_always_inline unsigned int
__rte_stack_lf_pop1(struct rte_stack_lf *lf, void **obj, uint64_t top_len)
{
	rte_int128_t old_head, new_head;
	struct rte_stack_lf_elem *node;
	struct rte_stack_lf_cache *c;
	uint64_t avail;
	uint32_t top;
	void *o;

	old_head.val[0] = top_len;
	old_head.val[1] = __atomic_load_n(&lf->used.head.cnt, __ATOMIC_ACQUIRE);
	for (;;) {
		if (unlikely(__RTE_STACK_LF_LEN(old_head.val[0]) == 0))
			return 0;
		top = __RTE_STACK_LF_TOP(old_head.val[0]);
		avail = old_head.val[1] & __RTE_STACK_LF_CNT_MASK;
		/*
		 * top and the count come from one load, so top is a node;
		 * the top's count is the other word: torn, it may be out of
		 * 1..NODE_OBJS (0 wraps around).
		 */
		if (unlikely(avail - 1 >= RTE_STACK_LF_NODE_OBJS)) {
			/* A torn read. */
			__rte_stack_lf_read_head(&lf->used, &old_head);
			continue;
		}
		node = &lf->elems[top];
		/* Not *obj yet: a retry may find the stack empty. */
		o = __RTE_STACK_LF_GET(
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
			new_head.val[0] = old_head.val[0] - 1;
			new_head.val[1] = __rte_stack_lf_next_cnt(
				old_head.val[1], avail - 1);
		}
		/* Acquire and release: see the file comment. */
		if (likely(rte_atomic128_cmp_exchange(
				   (rte_int128_t *)&lf->used.head, &old_head,
				   &new_head, 1, __ATOMIC_ACQ_REL,
				   __ATOMIC_ACQUIRE) != 0))
			break;
	}

	*obj = o;
	if (avail == 1) {
		/* The node is this thread's now. */
		__RTE_STACK_LF_KILL_POINT(__RTE_STACK_LF_KP_POP);
		c = __rte_stack_lf_cache(lf);
		if (likely(c != NULL))
			__rte_stack_lf_cache_put(lf, c, top, top, 1, 1);
		else
			__rte_stack_lf_free_put(lf, top, top, 1);
	}
	return 1;
}

/*
 * Pop n objects, top first; all or nothing, obj_table untouched on 0.
 * top_len: the used list's head word as rte_stack_pop() read it (with
 * acquire), showing n objects at least; a short or empty stack cost it
 * that one load.
 */
static __rte_always_inline unsigned int
__rte_stack_lf_pop(
	struct rte_stack *s, void **obj_table, unsigned int n, uint64_t top_len)
{
	if (n == 1)
		return __rte_stack_lf_pop1(&s->stack_lf, obj_table, top_len);
	if (unlikely(n == 0))
		return 0;
	return __rte_stack_lf_pop_n(s, obj_table, n, top_len);
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
