/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Included by rte_mempool.h at the point where struct rte_mempool is
 * complete; including this file first includes rte_mempool.h, which
 * brings it in at that point.
 */
#ifndef _RTE_MEMPOOL_H_
#include <rte_mempool.h>
#else
#ifndef _RTE_MEMPOOL_HANDLER_H_
#define _RTE_MEMPOOL_HANDLER_H_

/**
 * @file
 * The handler-author API of the mempool library: what a mempool
 * handler (the external mempool manager's name; DPDK calls it *mempool
 * ops*) implements and how it is registered, the handler table, and
 * the calls the library makes into a pool's handler.
 *
 * A handler decides where a pool's free objects live. It is a table
 * of callbacks registered under a unique name; a pool stores the
 * handler's index in the table. Two spellings reach the one registry:
 * - the external mempool manager's names: struct rte_mempool_handler
 *   with .put/.get, REGISTER_MEMPOOL_HANDLER(),
 *   rte_mempool_handler_register(), rte_get_mempool_handler(),
 *   rte_mempool_set_handler(), mp->handler_idx;
 * - DPDK's ops names: struct rte_mempool_ops with .enqueue/.dequeue,
 *   RTE_MEMPOOL_REGISTER_OPS(), rte_mempool_register_ops(),
 *   rte_mempool_set_ops_byname(), rte_mempool_ops_table,
 *   mp->ops_index.
 */

#ifdef __cplusplus
extern "C" {
#endif

/** Length of a handler name, NUL included (the external mempool manager's name). */
#define RTE_MEMPOOL_HANDLER_NAMESIZE 32
/** Length of a handler name, NUL included (DPDK's name). */
#define RTE_MEMPOOL_OPS_NAMESIZE RTE_MEMPOOL_HANDLER_NAMESIZE

/**
 * Handler flag: the handler's objects or store are private to the
 * process that created the pool (e.g. malloc'd memory). Another process
 * attached to the same memory must not use such a pool; a secondary
 * refuses it with a clear error.
 */
#define RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL 0x0001
/**
 * Handler flag: the handler supplies its objects' memory itself.
 * rte_mempool_populate_default() then reserves no memzone: it calls the
 * handler's populate() once with vaddr NULL, iova RTE_BAD_IOVA, len 0
 * and max_objs = objects still missing. The handler allocates each
 * object (mp->header_size + mp->elt_size + mp->trailer_size bytes),
 * calls obj_cb(mp, obj_cb_arg, obj, iova) with obj = start +
 * mp->header_size, stores the object as free, and returns how many it
 * made. Its free() releases that memory. populate is mandatory with
 * this flag. A DPDK-style handler may get the same behaviour without
 * the flag by returning 0 from calc_mem_size().
 */
#define RTE_MEMPOOL_HANDLER_F_OWN_MEMORY 0x0002
/** Every handler flag known to this version. */
#define RTE_MEMPOOL_HANDLER_F_ALL \
	(RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL | RTE_MEMPOOL_HANDLER_F_OWN_MEMORY)

/**
 * Set up the handler's store for a pool (mp->pool_data). Called once,
 * before the first object is populated.
 */
typedef int (*rte_mempool_alloc_t)(struct rte_mempool *mp);

/** Release the handler's store (and memory it owns). */
typedef void (*rte_mempool_free_t)(struct rte_mempool *mp);

/**
 * Store n free objects. Must not fail for objects of the pool when the
 * store is sized for the pool. Returns 0 or a negative errno.
 */
typedef int (*rte_mempool_enqueue_t)(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n);
/** The external mempool manager's name of rte_mempool_enqueue_t. */
typedef rte_mempool_enqueue_t rte_mempool_put_t;

/**
 * Take n free objects, all or nothing: 0 on success, else a negative
 * errno (-ENOBUFS or -ENOENT) with nothing taken.
 */
typedef int (*rte_mempool_dequeue_t)(
	struct rte_mempool *mp, void **obj_table, unsigned int n);
/** The external mempool manager's name of rte_mempool_dequeue_t. */
typedef rte_mempool_dequeue_t rte_mempool_get_t;

/** Take n contiguous blocks of objects (optional). */
typedef int (*rte_mempool_dequeue_contig_blocks_t)(
	struct rte_mempool *mp, void **first_obj_table, unsigned int n);

/** Number of free objects in the handler's store. */
typedef unsigned int (*rte_mempool_get_count)(const struct rte_mempool *mp);
/** Same type, with the usual _t suffix. */
typedef rte_mempool_get_count rte_mempool_get_count_t;

/**
 * Memory needed for obj_num objects (optional). Returns the size in
 * bytes (0: the handler owns its memory, see
 * RTE_MEMPOOL_HANDLER_F_OWN_MEMORY) or a negative errno, and fills
 * *min_chunk_size and *align.
 */
typedef ssize_t (*rte_mempool_calc_mem_size_t)(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t *min_chunk_size,
	size_t *align);

/**
 * Called by populate for each object made: vaddr is the element (after
 * the header), iova its IOVA or RTE_BAD_IOVA.
 */
typedef void(rte_mempool_populate_obj_cb_t)(
	struct rte_mempool *mp, void *opaque, void *vaddr, rte_iova_t iova);

/**
 * Carve up to max_objs objects out of a memory chunk (optional; NULL
 * means rte_mempool_op_populate_default). For each object: call
 * obj_cb(mp, obj_cb_arg, element, iova), then store the element as
 * free (e.g. rte_mempool_ops_enqueue_bulk). Returns the number of
 * objects made or a negative errno.
 */
typedef int (*rte_mempool_populate_t)(struct rte_mempool *mp,
	unsigned int max_objs, void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);

/** Extra information about the handler's store (optional). */
typedef int (*rte_mempool_get_info_t)(
	const struct rte_mempool *mp, struct rte_mempool_info *info);

/**
 * A mempool handler: the callbacks that keep a pool's free objects.
 *
 * The same structure has two names: struct rte_mempool_handler (the
 * external mempool manager's, with .put/.get) and struct rte_mempool_ops
 * (DPDK's, with .enqueue/.dequeue). put and enqueue are one field, as are get and
 * dequeue, so either initializer fills the same slots:
 *
 * @code
 * static struct rte_mempool_handler handler_sp_mc = {
 *	.name = "ring_sp_mc",
 *	.alloc = rte_mempool_common_ring_alloc,
 *	.put = common_ring_sp_put,
 *	.get = common_ring_mc_get,
 *	.get_count = common_ring_get_count,
 *	.free = common_ring_free,
 * };
 * REGISTER_MEMPOOL_HANDLER(handler_sp_mc);
 * @endcode
 *
 * name, alloc, free, put/enqueue, get/dequeue and get_count are
 * mandatory; the rest may be NULL.
 */
struct rte_mempool_handler {
	char name[RTE_MEMPOOL_HANDLER_NAMESIZE]; /**< unique name */
	rte_mempool_alloc_t alloc; /**< set up the store */
	rte_mempool_free_t free; /**< release the store */
	union {
		rte_mempool_enqueue_t enqueue; /**< store objects (DPDK) */
		rte_mempool_put_t put; /**< store objects (EMM name) */
	};
	union {
		rte_mempool_dequeue_t dequeue; /**< take objects (DPDK) */
		rte_mempool_get_t get; /**< take objects (EMM name) */
	};
	rte_mempool_get_count get_count; /**< free objects in the store */
	rte_mempool_calc_mem_size_t calc_mem_size; /**< optional */
	rte_mempool_populate_t populate; /**< optional */
	rte_mempool_get_info_t get_info; /**< optional */
	rte_mempool_dequeue_contig_blocks_t dequeue_contig_blocks; /**< opt. */
	uint32_t flags; /**< RTE_MEMPOOL_HANDLER_F_* */
} __rte_cache_aligned;

/** DPDK's name of struct rte_mempool_handler: the same structure. */
#define rte_mempool_ops rte_mempool_handler

/**
 * The handler table of this process: slot i holds the handler whose
 * index is i. Pools store the index; the fast path is one indexed load,
 * rte_mempool_ops_table.ops[mp->ops_index].dequeue(mp, objs, n).
 *
 * The table is a plain array so that the multi-process invariant (an
 * index names the same handler in every process attached to the same
 * memory) only changes which slot a registration picks and adds a
 * re-slotting step at EAL init; nothing here or in the fast path moves.
 */
struct rte_mempool_ops_table {
	rte_spinlock_t sl; /**< serialises registrations */
	uint32_t num_ops; /**< slots in use: 0 .. num_ops - 1 */
	struct rte_mempool_ops ops[RTE_MEMPOOL_MAX_OPS_IDX]; /**< slots */
} __rte_cache_aligned;

/** The handler table (see struct rte_mempool_ops_table). */
extern struct rte_mempool_ops_table rte_mempool_ops_table;

/**
 * Handler in a slot. The fast path does not call this: it reads
 * rte_mempool_ops_table.ops[mp->ops_index] directly.
 *
 * @param ops_index  Index stored in a pool: 0 .. RTE_MEMPOOL_MAX_OPS_IDX - 1;
 *                   any other value makes RTE_VERIFY panic.
 * @return The handler in that slot.
 */
static inline struct rte_mempool_ops *
rte_mempool_get_ops(int ops_index)
{
	RTE_VERIFY((ops_index >= 0) && (ops_index < RTE_MEMPOOL_MAX_OPS_IDX));
	return &rte_mempool_ops_table.ops[ops_index];
}

/**
 * Handler of a pool (the external mempool manager's name of rte_mempool_get_ops).
 *
 * @param handler_idx  Index stored in the pool.
 * @return The handler.
 */
static inline struct rte_mempool_handler *
rte_mempool_handler_get(int handler_idx)
{
	return rte_mempool_get_ops(handler_idx);
}

/**
 * @internal Take n objects from the pool's handler.
 *
 * @param mp         The pool.
 * @param obj_table  Filled with n objects on success.
 * @param n          Number of objects.
 * @return 0, or a negative errno with nothing taken.
 */
static inline int
rte_mempool_ops_dequeue_bulk(
	struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	int ret = rte_mempool_ops_table.ops[mp->ops_index].dequeue(
		mp, obj_table, n);

	if (ret == 0)
		RTE_MEMPOOL_STAT_ADD_CALL(mp, deq_calls, deq_objs, n);
	return ret;
}

/**
 * @internal In debug builds, log a handler's refusal to take objects
 * back: the pool has lost them.
 *
 * @param mp   The pool.
 * @param n    Objects put.
 * @param ret  The handler's enqueue result.
 */
static __rte_always_inline void
rte_mempool_ops_enqueue_check(
	const struct rte_mempool *mp, unsigned int n, int ret)
{
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	if (unlikely(ret < 0))
		RTE_LOG(CRIT, MEMPOOL, "cannot put %u objects into pool %s\n",
			n, mp->name);
#else
	RTE_SET_USED(mp);
	RTE_SET_USED(n);
	RTE_SET_USED(ret);
#endif
}

/**
 * @internal Give n objects to the pool's handler.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Number of objects.
 * @return 0, or a negative errno.
 */
static inline int
rte_mempool_ops_enqueue_bulk(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	int ret;

	RTE_MEMPOOL_STAT_ADD_CALL(mp, enq_calls, enq_objs, n);
	ret = rte_mempool_ops_table.ops[mp->ops_index].enqueue(
		mp, obj_table, n);
	rte_mempool_ops_enqueue_check(mp, n, ret);
	return ret;
}

/**
 * @internal Take n contiguous blocks from the pool's handler.
 *
 * @param mp               The pool.
 * @param first_obj_table  First object of each block.
 * @param n                Number of blocks.
 * @return 0, -ENOTSUP if the handler cannot, or a negative errno.
 */
static inline int
rte_mempool_ops_dequeue_contig_blocks(
	struct rte_mempool *mp, void **first_obj_table, unsigned int n)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->dequeue_contig_blocks == NULL)
		return -ENOTSUP;
	return ops->dequeue_contig_blocks(mp, first_obj_table, n);
}

/**
 * @internal Run the handler's alloc for a pool.
 *
 * @param mp  The pool.
 * @return 0 or a negative errno.
 */
__rte_internal int rte_mempool_ops_alloc(struct rte_mempool *mp);

/**
 * @internal Run the handler's free for a pool.
 *
 * @param mp  The pool.
 */
__rte_internal void rte_mempool_ops_free(struct rte_mempool *mp);

/**
 * @internal Free objects in the handler's store (caches not included).
 *
 * @param mp  The pool.
 * @return The count.
 */
__rte_internal unsigned int
rte_mempool_ops_get_count(const struct rte_mempool *mp);

/**
 * @internal Memory the handler needs for obj_num objects: its
 * calc_mem_size, or rte_mempool_op_calc_mem_size_default.
 *
 * @param mp              The pool.
 * @param obj_num         Number of objects.
 * @param pg_shift        log2 of the page size objects must not
 *                        straddle, 0 for none.
 * @param min_chunk_size  Set to the smallest chunk that holds one object.
 * @param align           Set to the alignment the chunk needs.
 * @return Bytes, 0 if the handler owns its memory, or a negative errno.
 */
__rte_internal ssize_t rte_mempool_ops_calc_mem_size(
	const struct rte_mempool *mp, uint32_t obj_num, uint32_t pg_shift,
	size_t *min_chunk_size, size_t *align);

/**
 * @internal Carve objects out of a chunk through the handler's populate,
 * or rte_mempool_op_populate_default.
 *
 * @param mp          The pool.
 * @param max_objs    Most objects to make.
 * @param vaddr       Start of the chunk (NULL for a handler that owns
 *                    its memory).
 * @param iova        IO address of the chunk (RTE_BAD_IOVA if none).
 * @param len         Length of the chunk in bytes.
 * @param obj_cb      Called for each object made, before it is enqueued.
 * @param obj_cb_arg  Passed to obj_cb.
 * @return Objects made, or a negative errno.
 */
__rte_internal int rte_mempool_ops_populate(struct rte_mempool *mp,
	unsigned int max_objs, void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);

/**
 * Extra information from the handler.
 *
 * @param mp    The pool.
 * @param info  Filled in.
 * @return 0, -ENOTSUP if the handler has no get_info, or its error.
 */
int rte_mempool_ops_get_info(
	const struct rte_mempool *mp, struct rte_mempool_info *info);

/**
 * Default calc_mem_size: objects packed back to back, no page limits
 * (IOVA is VA here, so memory is IOVA-contiguous).
 *
 * @param mp              The pool.
 * @param obj_num         Number of objects.
 * @param pg_shift        log2 of the page size objects must not
 *                        straddle, 0 for none.
 * @param min_chunk_size  Smallest chunk that holds one object.
 * @param align           Alignment of the chunk.
 * @return Bytes needed, or a negative errno.
 */
ssize_t rte_mempool_op_calc_mem_size_default(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t *min_chunk_size,
	size_t *align);

/**
 * Same as rte_mempool_op_calc_mem_size_default, keeping chunk_reserve
 * extra bytes for the handler.
 *
 * @param mp              The pool.
 * @param obj_num         Number of objects.
 * @param pg_shift        log2 of the page size objects must not
 *                        straddle, 0 for none.
 * @param chunk_reserve   Extra bytes added to the total, for the
 *                        handler's own use.
 * @param min_chunk_size  Set to the smallest chunk that holds one object.
 * @param align           Set to the alignment the chunk needs.
 * @return Bytes needed, or a negative errno.
 */
ssize_t rte_mempool_op_calc_mem_size_helper(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t chunk_reserve,
	size_t *min_chunk_size, size_t *align);

/** rte_mempool_op_populate_helper flag: align each object on the
 * handler's block size. */
#define RTE_MEMPOOL_POPULATE_F_ALIGN_OBJ 0x0001

/**
 * Default populate: place objects back to back in the chunk, call
 * obj_cb for each and enqueue it to the handler.
 *
 * @param mp          The pool.
 * @param max_objs    Most objects to make.
 * @param vaddr       Start of the chunk (NULL for a handler that owns
 *                    its memory).
 * @param iova        IO address of the chunk (RTE_BAD_IOVA if none).
 * @param len         Length of the chunk in bytes.
 * @param obj_cb      Called for each object made, before it is enqueued.
 * @param obj_cb_arg  Passed to obj_cb.
 * @return Objects made, or a negative errno.
 */
int rte_mempool_op_populate_default(struct rte_mempool *mp,
	unsigned int max_objs, void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);

/**
 * Same as rte_mempool_op_populate_default with flags.
 *
 * @param mp          The pool.
 * @param flags       0 or RTE_MEMPOOL_POPULATE_F_ALIGN_OBJ.
 * @param max_objs    Most objects to make.
 * @param vaddr       Start of the chunk (NULL for a handler that owns
 *                    its memory).
 * @param iova        IO address of the chunk (RTE_BAD_IOVA if none).
 * @param len         Length of the chunk in bytes.
 * @param obj_cb      Called for each object made, before it is enqueued.
 * @param obj_cb_arg  Passed to obj_cb.
 * @return Objects made, or a negative errno.
 */
int rte_mempool_op_populate_helper(struct rte_mempool *mp, unsigned int flags,
	unsigned int max_objs, void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg);

/**
 * Register a handler (the external mempool manager's name). The structure is copied.
 *
 * @param h  The handler.
 * @return Its index (>= 0), or -EINVAL (NULL handler, NULL mandatory
 *   callback, empty name, unknown flag, OWN_MEMORY without populate),
 *   -ENAMETOOLONG (name of RTE_MEMPOOL_HANDLER_NAMESIZE chars or more),
 *   -EEXIST (name taken), -ENOSPC (table full); each failure logs one
 *   line and is reported to the EAL so a failing -d plugin makes
 *   rte_eal_init fail.
 */
int rte_mempool_handler_register(const struct rte_mempool_handler *h);

/**
 * Register a handler (DPDK's spelling of rte_mempool_handler_register).
 *
 * @param ops  The handler.
 * @return Its index, or a negative errno (see
 *   rte_mempool_handler_register).
 */
int rte_mempool_register_ops(const struct rte_mempool_ops *ops);

/**
 * Index of a handler.
 *
 * @param name  Its name.
 * @return The index, or -1 with rte_errno = ENOENT (unknown name) or
 *   EINVAL (NULL name).
 */
int rte_get_mempool_handler(const char *name);

/**
 * Call f for each registered handler, in index order.
 *
 * @param f    Called with the handler, its index and arg; a non-zero
 *             return stops the walk.
 * @param arg  Passed to f.
 * @return The number of handlers visited.
 */
int rte_mempool_handler_walk(
	int (*f)(const struct rte_mempool_handler *h, int idx, void *arg),
	void *arg);

/**
 * One index of the handler table every attached process shares, as
 * rte_mempool_handler_info_walk reports it.
 */
struct rte_mempool_handler_info {
	int index; /**< Handler index, as pools store it (ops_index). */
	/** Name of the handler at that index. */
	char name[RTE_MEMPOOL_HANDLER_NAMESIZE];
	/**
	 * RTE_MEMPOOL_HANDLER_F_* of this process's handler, or as the
	 * first process that had it registered it (0 if unknown).
	 */
	uint32_t flags;
	/** 1 if this process has the handler (can run its operations). */
	int registered_here;
	/** Number of live attached processes that have the handler. */
	unsigned int nb_procs;
	/**
	 * Their pids, nb_procs of them: the processes that can serve
	 * pools of this handler (a process-local handler's pool is
	 * served by its creator only).
	 */
	int32_t procs[RTE_MEMPOOL_STATS_MAX_PROCS];
};

/**
 * Call f for each index of the handler table shared by every process
 * attached to this memory, in index order, including the handlers
 * this process lacks (registered by another process). Before EAL init,
 * the handlers of this process only. Takes no lock a pool's
 * operations take.
 *
 * @param f    Called with the index's description and arg; a non-zero
 *             return stops the walk.
 * @param arg  Passed to f.
 * @return The number of indices visited.
 */
int rte_mempool_handler_info_walk(
	int (*f)(const struct rte_mempool_handler_info *info, void *arg),
	void *arg);

/**
 * Print the handler table.
 *
 * @param f  Output stream.
 */
void rte_mempool_handler_dump(FILE *f);

/**
 * Choose the handler of a pool that is not yet populated.
 *
 * @param mp           The pool.
 * @param name         Handler name.
 * @param pool_config  Stored in mp->pool_config for the handler's alloc.
 * @return 0, -EINVAL (NULL argument, or no handler has that name: the
 *   log line lists the registered names), -EEXIST (the pool is already
 *   populated).
 */
int rte_mempool_set_ops_byname(
	struct rte_mempool *mp, const char *name, void *pool_config);

/**
 * Choose the handler of a pool (the external mempool manager's name of
 * rte_mempool_set_ops_byname, without pool_config).
 *
 * @param mp    The pool.
 * @param name  Handler name.
 * @return 0, -ENOENT (no handler has that name; logged), -EEXIST
 *   (already populated) or -EINVAL (NULL argument).
 */
int rte_mempool_set_handler(struct rte_mempool *mp, const char *name);

/** Magic number of a handler description (see RTE_MEMPOOL_HANDLER_INFO). */
#define RTE_MEMPOOL_HANDLER_INFO_MAGIC 0x4d504849u
/** Layout version of a handler description. */
#define RTE_MEMPOOL_HANDLER_INFO_VERSION 1
/** ELF section that holds the handler descriptions of an object. */
#define RTE_MEMPOOL_HANDLER_INFO_SECTION "rte_mempool_handler_info"

/**
 * Describe a handler in the object's RTE_MEMPOOL_HANDLER_INFO_SECTION
 * without registering it: where the handler structure is and where its
 * name, flags and callbacks sit in it, so that buildtools/pmdinfogen.py
 * and usertools/dpdk-pmdinfo.py can tell what a driver provides without
 * loading it. The registration macros below do this for every handler;
 * use it alone for a handler registered by a direct call.
 *
 * @param h  The handler (struct rte_mempool_handler) variable.
 */
#define RTE_MEMPOOL_HANDLER_INFO(h) \
	static const struct { \
		uint32_t magic; \
		uint16_t version; \
		uint16_t size; \
		uint16_t off[12]; \
		const struct rte_mempool_handler *handler; \
	} mp_hdlr_info_##h __attribute__((used, aligned(8), \
		section(RTE_MEMPOOL_HANDLER_INFO_SECTION))) = { \
		RTE_MEMPOOL_HANDLER_INFO_MAGIC, \
		RTE_MEMPOOL_HANDLER_INFO_VERSION, \
		sizeof(struct rte_mempool_handler), \
		{offsetof(struct rte_mempool_handler, name), \
			RTE_MEMPOOL_HANDLER_NAMESIZE, \
			offsetof(struct rte_mempool_handler, flags), \
			offsetof(struct rte_mempool_handler, alloc), \
			offsetof(struct rte_mempool_handler, free), \
			offsetof(struct rte_mempool_handler, put), \
			offsetof(struct rte_mempool_handler, get), \
			offsetof(struct rte_mempool_handler, get_count), \
			offsetof(struct rte_mempool_handler, calc_mem_size), \
			offsetof(struct rte_mempool_handler, populate), \
			offsetof(struct rte_mempool_handler, get_info), \
			offsetof(struct rte_mempool_handler, \
				dequeue_contig_blocks)}, \
		&(h)}

/**
 * Register a handler from a constructor (the external mempool
 * manager's name), and describe it (RTE_MEMPOOL_HANDLER_INFO).
 */
#define REGISTER_MEMPOOL_HANDLER(h) \
	RTE_MEMPOOL_HANDLER_INFO(h); \
	RTE_INIT(mp_hdlr_init_##h) \
	{ \
		rte_mempool_handler_register(&(h)); \
	}

/** Register and describe a handler from a constructor (DPDK's spelling). */
#define RTE_MEMPOOL_REGISTER_OPS(ops) \
	RTE_MEMPOOL_HANDLER_INFO(ops); \
	RTE_INIT(mp_ops_init_##ops) \
	{ \
		rte_mempool_register_ops(&(ops)); \
	}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMPOOL_HANDLER_H_ */
#endif /* _RTE_MEMPOOL_H_ */
