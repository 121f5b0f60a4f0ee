/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_STACK_H_
#define _RTE_STACK_H_

/**
 * @file
 * rte_stack: a fixed-capacity LIFO of pointers, in a memzone and
 * registered by name so other processes find it with
 * rte_stack_lookup().
 *
 * Two flavours share the API:
 *  - the default one keeps an array under a spinlock;
 *  - RTE_STACK_F_LF keeps a lock-free linked list of pre-allocated
 *    nodes of several objects each, updated with one 128-bit
 *    compare-and-swap of {top node, count, modification counter} per
 *    push and per pop; the nodes not in use wait in per-lcore caches
 *    or in a shared free list. A thread preempted or killed
 *    mid-operation never blocks the others.
 *
 * Push and pop move all n objects or none.
 */

#include <stdint.h>

#include <rte_common.h>
#include <rte_compat.h>
#include <rte_debug.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_memzone.h>
#include <rte_robust_lock.h>
#include <rte_spinlock.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Name of the shared list of stacks. */
#define RTE_TAILQ_STACK_NAME "RTE_STACK"
/** Prefix of the name of the memzone holding a stack. */
#define RTE_STACK_MZ_PREFIX "STK_"
/** Longest stack name, NUL included. */
#define RTE_STACK_NAMESIZE \
	(RTE_MEMZONE_NAMESIZE - sizeof(RTE_STACK_MZ_PREFIX) + 1)

/** Objects one node of the lock-free stack holds. */
#define RTE_STACK_LF_NODE_OBJS 7
/** Node index meaning "no node". */
#define RTE_STACK_LF_NONE UINT32_MAX
/** Bits of rte_stack_lf_head.cnt that hold the top node's count. */
#define RTE_STACK_LF_CNT_BITS 4

/**
 * A node of a lock-free list: up to RTE_STACK_LF_NODE_OBJS objects, one
 * cache line. How many of the objects of a node are in the stack is not
 * in the node but in the reference to it (the list head, or the node
 * above), so that a pop can take part of a node without touching it.
 * Nodes refer to each other by index, the same in every process.
 */
struct rte_stack_lf_elem {
	uint32_t next; /**< index of the node below, RTE_STACK_LF_NONE */
	uint32_t next_cnt; /**< objects of the node below in the stack */
	/** The objects of the node, top first, at the end of data[]. */
	void *data[RTE_STACK_LF_NODE_OBJS];
} __rte_cache_aligned;

/**
 * Head of a lock-free list, replaced as one 128-bit value.
 * top_len: the number of objects in the list (used list) or of nodes
 * (free list) in the low 32 bits, the index of the top node in the
 * high 32 bits: one load reads both, and the CAS that links or unlinks
 * nodes also counts. cnt: the number of the top node's objects in the
 * stack (used list; 0 in the free list; low RTE_STACK_LF_CNT_BITS bits)
 * and a modification counter (the rest), which grows on every change,
 * so a head that was popped and pushed back between a thread's read
 * and its compare-and-swap no longer matches.
 */
struct rte_stack_lf_head {
	uint64_t top_len; /**< objects or nodes | top node index << 32 */
	uint64_t cnt; /**< top node's count | modification counter */
};

/** A lock-free list of nodes. */
struct rte_stack_lf_list {
	/** The head, 16-byte aligned for the 128-bit CAS. */
	struct rte_stack_lf_head head __rte_aligned(16);
};

/** Most free nodes a lcore's cache keeps between two operations. */
#define RTE_STACK_LF_CACHE_MAX 32

/**
 * A lcore's private cache of free nodes, in the stack's shared memory:
 * a chain of nodes linked through their next field. Only the thread of
 * the process named by owner that has this lcore id uses it, so it is
 * read and written without read-modify-write operations; each change
 * is committed by one store of top_len, so a thread killed in the
 * middle leaves a consistent cache (it may lose the nodes it held).
 */
struct rte_stack_lf_cache {
	/** Owner id (rte_eal_owner_id()) of the process whose thread of
	 * this lcore id uses the cache, 0 if none yet. */
	uint64_t owner;
	/** Nodes in the chain (low 32 bits), its top node (high 32). */
	uint64_t top_len;
	uint32_t tail; /**< bottom node of the chain, if it has one */
	uint32_t max; /**< most nodes kept between two operations */
} __rte_cache_aligned;

/**
 * Lock-free LIFO: the objects sit in nodes of the used list; the nodes
 * not in use wait in the lcores' caches or in the free list. There are
 * more nodes than objects the stack can hold (RTE_STACK_LF_CACHE_MAX
 * per lcore more, at most), so that a push that has room finds nodes
 * although every other lcore's cache is full.
 */
struct rte_stack_lf {
	/** Nodes holding objects, last pushed on top; its count is the
	 * number of objects. */
	struct rte_stack_lf_list used __rte_cache_aligned;
	/** Shared free nodes; its count is the number of nodes. */
	struct rte_stack_lf_list free __rte_cache_aligned;
	/** Free nodes of each lcore id. */
	struct rte_stack_lf_cache cache[RTE_MAX_LCORE];
	/** The nodes. */
	struct rte_stack_lf_elem elems[] __rte_cache_aligned;
};

/**
 * Spinlock LIFO: an array and its fill level under a robust lock.
 * Every push and pop writes len last, in one store, so a holder that
 * dies leaves either the stack before its operation or after it; a
 * process that takes the lock over has nothing to repair. Objects a
 * dead pusher was putting are not in the stack; objects a dead popper
 * copied out before updating len are still in it.
 */
struct rte_stack_std {
	/** Objects in the stack (below 2^32). First, and 64 bits, as the
	 * lock-free flavour's used-list head word whose low half is its
	 * count: rte_stack_pop() checks either flavour with one load. */
	uint64_t len;
	rte_robust_lock_t lock; /**< guards len and objs */
	void *objs[]; /**< the objects, bottom first */
};

/** A stack. The LIFO itself follows the header. */
struct rte_stack {
	char name[RTE_STACK_NAMESIZE] __rte_cache_aligned; /**< its name */
	const struct rte_memzone *memzone; /**< memzone holding it */
	uint32_t capacity; /**< number of objects it can hold */
	uint32_t flags; /**< flags given at creation */
	__extension__ union {
		struct rte_stack_lf stack_lf; /**< RTE_STACK_F_LF flavour */
		struct rte_stack_std stack_std; /**< spinlock flavour */
	};
} __rte_cache_aligned;

/** Use the lock-free flavour (needs a 128-bit compare-and-swap). */
#define RTE_STACK_F_LF 0x0001

#include <rte_stack_std.h>
#include <rte_stack_lf.h>

/*
 * The first word of either flavour: the lock-free used list's head word
 * or the spinlock stack's len, both with the object count in the low 32
 * bits (stack_std.c checks that they overlay). Acquire: a lock-free pop
 * walks the nodes from the top it names. Not an API.
 */
static __rte_always_inline uint64_t
__rte_stack_head_word(struct rte_stack *s)
{
	return __atomic_load_n(
		&s->stack_lf.used.head.top_len, __ATOMIC_ACQUIRE);
}

/*
 * The pop of a stack that showed n objects at least. Out of line: a
 * caller's loop that meets an empty stack then runs only the load and
 * compare of rte_stack_pop(), with its own variables in registers (the
 * inlined pop of either flavour needs enough of them that a compiler
 * spills the loop's counter, which then costs a store-to-load round
 * trip per pop). The call is small beside the 128-bit CAS or the lock
 * that follows. Not an API.
 */
static __rte_noinline __rte_unused unsigned int
__rte_stack_pop_present(
	struct rte_stack *s, void **obj_table, unsigned int n, uint64_t w)
{
	if (s->flags & RTE_STACK_F_LF)
		return __rte_stack_lf_pop(s, obj_table, n, w);
	return __rte_stack_std_pop(s, obj_table, n);
}

/**
 * Push n objects. All or nothing.
 *
 * @param s  The stack.
 * @param obj_table  The objects; obj_table[n - 1] ends up on top.
 * @param n  How many.
 * @return n, or 0 if they do not all fit.
 */
static __rte_always_inline unsigned int
rte_stack_push(struct rte_stack *s, void *const *obj_table, unsigned int n)
{
	RTE_ASSERT(s != NULL);
	RTE_ASSERT(obj_table != NULL);

	if (s->flags & RTE_STACK_F_LF)
		return __rte_stack_lf_push(s, obj_table, n);
	return __rte_stack_std_push(s, obj_table, n);
}

/**
 * Pop n objects. All or nothing.
 *
 * @param s  The stack.
 * @param obj_table  Room for n objects; obj_table[0] gets the top one.
 * @param n  How many.
 * @return n, or 0 if fewer are present.
 */
static __rte_always_inline unsigned int
rte_stack_pop(struct rte_stack *s, void **obj_table, unsigned int n)
{
	uint64_t w;

	RTE_ASSERT(s != NULL);
	RTE_ASSERT(obj_table != NULL);

	/* Too few objects, in either flavour: one load and a compare, no
	 * lock, no flag test. Laid out as the straight path (the hint is
	 * about layout, not odds): a loop polling an empty stack then takes
	 * one branch per pop, and a pop with objects pays a jump beside its
	 * CAS or lock. */
	w = __rte_stack_head_word(s);
	if (likely((uint32_t)w < n))
		return 0;
	return __rte_stack_pop_present(s, obj_table, n, w);
}

/**
 * Number of objects in a stack (a snapshot when others are using it).
 *
 * @param s  The stack.
 * @return The count.
 */
static __rte_always_inline unsigned int
rte_stack_count(struct rte_stack *s)
{
	RTE_ASSERT(s != NULL);

	if (s->flags & RTE_STACK_F_LF)
		return __rte_stack_lf_count(s);
	return __rte_stack_std_count(s);
}

/**
 * Room left in a stack (a snapshot when others are using it).
 *
 * @param s  The stack.
 * @return The free room.
 */
static __rte_always_inline unsigned int
rte_stack_free_count(struct rte_stack *s)
{
	RTE_ASSERT(s != NULL);

	return s->capacity - rte_stack_count(s);
}

/**
 * Create a stack in a memzone and register it by name.
 *
 * @param name  Stack name, shorter than RTE_STACK_NAMESIZE.
 * @param count  Capacity, at least 1.
 * @param socket_id  NUMA socket or SOCKET_ID_ANY.
 * @param flags  0 or RTE_STACK_F_LF.
 * @return The stack, or NULL with rte_errno set:
 *   - EINVAL: NULL name, count 0 or unknown flags;
 *   - ENOTSUP: RTE_STACK_F_LF on a CPU without 128-bit CAS;
 *   - ENAMETOOLONG: name too long;
 *   - EEXIST: a stack of that name exists;
 *   - ENOSPC: no memzone descriptor left;
 *   - ENOMEM: no memory (or, for RTE_STACK_F_LF, a count so large that
 *     its nodes would not have 32-bit indexes).
 */
struct rte_stack *rte_stack_create(
	const char *name, unsigned int count, int socket_id, uint32_t flags);

/**
 * Unregister a stack and free its memory. NULL is ignored.
 *
 * @param s  The stack.
 */
void rte_stack_free(struct rte_stack *s);

/**
 * Find a stack by name (in any process attached to the same memory).
 *
 * @param name  The name.
 * @return The stack, or NULL with rte_errno = ENOENT (EINVAL if name is
 *   NULL).
 */
struct rte_stack *rte_stack_lookup(const char *name);

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Give back to a lock-free stack the nodes that threads killed inside a
 * push or a pop held (each such kill can take away as many nodes as
 * the objects it had in flight; returned by hand, those objects would
 * need nodes from the reserve, which would run dry over enough kills).
 * It finds the nodes in no list and no lcore cache, so it must run
 * while no thread of a live process is inside a push or a pop of s:
 * after the death of the processes that used it, with the others
 * stopped, as a check of a dead process's objects does. If a push or a
 * pop completes while it runs, or another repair gives the nodes back
 * first, it gives back nothing and returns -EBUSY. A spinlock stack
 * never loses anything: 0.
 *
 * @param s  The stack.
 * @return The number of nodes given back (0 if none was missing), or
 *   -EINVAL (NULL stack, rte_errno set), -ENOMEM (no memory for the
 *   census) or -EBUSY (the stack changed meanwhile: call it again when
 *   it is quiet).
 */
__rte_experimental int rte_stack_repair(struct rte_stack *s);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_STACK_H_ */
