/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * LIFO mempool handlers on rte_stack.
 *
 * "stack" keeps free objects on a spinlock-protected stack; "lf_stack"
 * on the lock-free one (one 128-bit compare-and-swap per put and per get
 * on a lcore, free nodes in per-lcore caches: see rte_stack_lf.h). A LIFO hands back
 * the object freed most recently, whose memory is most likely still in
 * a CPU cache: in a pipeline where one lcore allocates and another
 * frees, that beats a FIFO ring, which cycles through the whole pool.
 *
 * Both stores live in shared memory (rte_stack is a memzone), so the
 * pools work from every process attached to it.
 */

#include <errno.h>
#include <stdio.h>

#include <rte_errno.h>
#include <rte_log.h>
#include <rte_mempool.h>
#include <rte_stack.h>

static int
stack_alloc_flags(struct rte_mempool *mp, uint32_t stack_flags)
{
	char name[RTE_STACK_NAMESIZE];
	struct rte_stack *s;
	int ret;

	/*
	 * Pool names are unique, so "M_<pool>" is too. A 2-character prefix
	 * is all that fits: the stack's memzone adds "STK_", and
	 * "STK_MP_<pool>" would not fit a memzone name for the longest
	 * pool names (RTE_MEMPOOL_NAMESIZE - 1 characters).
	 */
	ret = snprintf(name, sizeof(name), "M_%s", mp->name);
	if (ret < 0 || ret >= (int)sizeof(name)) {
		rte_errno = ENAMETOOLONG;
		return -ENAMETOOLONG;
	}
	/*
	 * Sized for every object of the pool, so a put never fails: the
	 * lock-free stack adds the nodes its lcore caches may keep, and
	 * the pool's objects never outnumber its size (rte_stack_lf.h). A
	 * process killed inside a put or get loses no more nodes than the
	 * objects it had in flight, which are lost with it, and half a node
	 * cache more inside a refill (out of the unused lcore ids' caches);
	 * whoever gives those objects back gives the nodes back first
	 * (rte_stack_repair() on pool_data, while no live process is inside
	 * a get or put), else each may cost a node of the reserve, kill
	 * after kill.
	 */
	s = rte_stack_create(name, mp->size, mp->socket_id, stack_flags);
	if (s == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"pool %s: cannot create its %sstack: %s\n", mp->name,
			stack_flags & RTE_STACK_F_LF ? "lock-free " : "",
			rte_strerror(rte_errno));
		return -rte_errno;
	}
	mp->pool_data = s;
	return 0;
}

static int
stack_alloc(struct rte_mempool *mp)
{
	return stack_alloc_flags(mp, 0);
}

static int
lf_stack_alloc(struct rte_mempool *mp)
{
	return stack_alloc_flags(mp, RTE_STACK_F_LF);
}

/*
 * Each flavour's own pair: rte_stack_pop() reaches either one through
 * an out-of-line call and a flavour test (made for loops polling an
 * empty stack, where the call is rarely taken), which a get of a few
 * objects from a pool without a cache pays in full; a handler is
 * already behind a call.
 */
static int
std_stack_put(struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct rte_stack *s = mp->pool_data;

	return __rte_stack_std_push(s, obj_table, n) == n ? 0 : -ENOBUFS;
}

static int
std_stack_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct rte_stack *s = mp->pool_data;

	/* Too few objects: no lock taken, as in rte_stack_pop(). */
	if (unlikely(__rte_stack_std_count(s) < n))
		return -ENOENT;
	return __rte_stack_std_pop(s, obj_table, n) == n ? 0 : -ENOENT;
}

static int
lf_stack_put(struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct rte_stack *s = mp->pool_data;

	return __rte_stack_lf_push(s, obj_table, n) == n ? 0 : -ENOBUFS;
}

static int
lf_stack_get(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct rte_stack *s = mp->pool_data;
	uint64_t w = __rte_stack_head_word(s);

	if (unlikely((uint32_t)w < n))
		return -ENOENT;
	return __rte_stack_lf_pop(s, obj_table, n, w) == n ? 0 : -ENOENT;
}

static unsigned int
stack_get_count(const struct rte_mempool *mp)
{
	return rte_stack_count(mp->pool_data);
}

static void
stack_free(struct rte_mempool *mp)
{
	rte_stack_free(mp->pool_data);
	mp->pool_data = NULL;
}

static struct rte_mempool_handler handler_stack = {
	.name = "stack",
	.alloc = stack_alloc,
	.put = std_stack_put,
	.get = std_stack_get,
	.get_count = stack_get_count,
	.free = stack_free,
};

static struct rte_mempool_handler handler_lf_stack = {
	.name = "lf_stack",
	.alloc = lf_stack_alloc,
	.put = lf_stack_put,
	.get = lf_stack_get,
	.get_count = stack_get_count,
	.free = stack_free,
};

REGISTER_MEMPOOL_HANDLER(handler_stack);
REGISTER_MEMPOOL_HANDLER(handler_lf_stack);
