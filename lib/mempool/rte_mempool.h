/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_MEMPOOL_H_
#define _RTE_MEMPOOL_H_

/**
 * @file
 * Memory pools of fixed-size objects with an external mempool manager.
 *
 * A pool is a set of equally sized objects carved out of memory that is
 * shared by every process attached to the EAL. Where the *free* objects
 * are kept is decided by a *handler* (the external mempool manager's
 * name; DPDK calls it *mempool ops*): a table of callbacks registered
 * under a unique name. The pool stores the handler's index, never a
 * function pointer, and an index names the same handler in every
 * process attached to the same memory, so a pool placed in shared
 * memory can be used by every process.
 *
 * Two spellings reach the same registry (rte_mempool_handler.h, which
 * this header includes):
 * - the original external-mempool-manager names: struct
 *   rte_mempool_handler with .put/.get, REGISTER_MEMPOOL_HANDLER(),
 *   rte_mempool_handler_register(), rte_get_mempool_handler(),
 *   rte_mempool_set_handler(), rte_mempool_create_ext(),
 *   mp->handler_idx;
 * - DPDK's ops names: struct rte_mempool_ops with .enqueue/.dequeue,
 *   RTE_MEMPOOL_REGISTER_OPS(), rte_mempool_register_ops(),
 *   rte_mempool_set_ops_byname(), rte_mempool_ops_table, mp->ops_index.
 *
 * Each object is laid out as [header][element][trailer]. The header
 * (struct rte_mempool_objhdr) sits immediately before the element and
 * finds the pool and the element's IOVA. With the mempool_debug build
 * option the header and trailer carry cookies that catch double free,
 * foreign objects and buffer overruns.
 *
 * The fast path (rte_mempool_get/put and their bulk and generic forms)
 * is inline: a per-lcore cache in front of the handler, then one
 * indexed load of the handler's callback.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/types.h>

#include <rte_config.h>
#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_compat.h>
#include <rte_debug.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_memcpy.h>
#include <rte_memory.h>
#include <rte_memzone.h>
#include <rte_ptrs_copy.h>
#include <rte_ring.h>
#include <rte_robust_lock.h>
#include <rte_spinlock.h>
#include <rte_string_fns.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Header cookie of an object that is free (inside the pool). */
#define RTE_MEMPOOL_HEADER_COOKIE1 0xf00dcafe5ca1ab1eULL
/** Header cookie of an object that is allocated (owned by a user). */
#define RTE_MEMPOOL_HEADER_COOKIE2 0xa110ca7edf00d5e1ULL
/** Trailer cookie: overwritten by an overrun of the element. */
#define RTE_MEMPOOL_TRAILER_COOKIE 0x7a11c0dedeadbeefULL

/**
 * Counters of a pool, for one lcore slot or summed over all slots
 * (rte_mempool_stats_get). They are always kept: each slot is written
 * only by the thread that owns it, with plain stores, so they cost no
 * atomic operation on an lcore's fast path.
 */
struct rte_mempool_stats {
	uint64_t get_calls; /**< rte_mempool_get* calls that succeeded */
	uint64_t get_objs; /**< objects they returned */
	uint64_t get_fail_calls; /**< get calls that failed (pool empty) */
	uint64_t get_fail_objs; /**< objects those calls asked for */
	uint64_t put_calls; /**< rte_mempool_put* calls */
	uint64_t put_objs; /**< objects put */
	uint64_t cache_hits; /**< gets served from the lcore cache alone */
	uint64_t cache_misses; /**< gets that needed the handler */
	uint64_t deq_calls; /**< handler dequeue calls that succeeded */
	uint64_t deq_objs; /**< objects they returned */
	uint64_t enq_calls; /**< handler enqueue calls */
	uint64_t enq_objs; /**< objects enqueued */
	int64_t held; /**< objects taken and not yet put back */
};

/**
 * @internal The counters of one lcore slot of a pool, as stored: each
 * event is counted once, in as few places as possible, and
 * rte_mempool_stats_get derives struct rte_mempool_stats from them.
 * Gets and puts served by a per-lcore cache are counted in the cache
 * itself (struct rte_mempool_cache), next to its length.
 */
struct rte_mempool_slot_stats {
	/* Calls and objects apart, as in struct rte_mempool_cache. */
	uint64_t get_calls; /**< gets served by the handler, no cache */
	uint64_t put_calls; /**< puts given to the handler, no cache */
	uint64_t get_objs; /**< objects the gets returned */
	uint64_t put_objs; /**< objects the puts gave */
	uint64_t get_fail_calls; /**< failed gets, with or without cache */
	uint64_t get_fail_objs; /**< objects they asked for */
	uint64_t refills; /**< successful handler dequeues into a cache */
	uint64_t deq_calls; /**< other successful handler dequeues */
	/**
	 * Objects of other dequeues and of refills of user-owned caches
	 * (a per-lcore cache counts its refills in its fill_objs).
	 */
	uint64_t deq_objs;
	uint64_t enq_calls; /**< other handler enqueues (flushes, populate) */
	/**
	 * Objects they enqueued, but for the flushes of per-lcore caches
	 * (counted in the cache's drain_objs).
	 */
	uint64_t enq_objs;
	uint64_t ucache_get_calls; /**< gets through user-owned caches */
	uint64_t ucache_get_objs; /**< objects they returned */
	uint64_t ucache_put_calls; /**< puts through user-owned caches */
	uint64_t ucache_put_objs; /**< objects they put */
#ifdef RTE_LIBRTE_MEMPOOL_STATS
	uint64_t get_success_blks; /**< contiguous blocks got */
	uint64_t get_fail_blks; /**< contiguous blocks asked for, in vain */
#endif
} __rte_cache_aligned;

/** Processes whose non-EAL threads' holdings a pool tracks apart. */
#define RTE_MEMPOOL_STATS_MAX_PROCS 64

/**
 * A cache of free objects in front of the handler: one per lcore inside
 * each pool with cache_size != 0, or owned by the user
 * (rte_mempool_cache_create) for rte_mempool_generic_get/put.
 */
struct rte_mempool_cache {
	uint32_t size; /**< target number of objects kept */
	uint32_t flushthresh; /**< above this, objects go back to the pool */
	uint32_t len; /**< objects currently cached */
	/**
	 * @internal A flush or refill in progress (0: none), written
	 * before the handler call and cleared after, so that the cache
	 * of a process that died inside one can be made consistent again
	 * (rte_mempool_cache_repair_dead): op, length before, count.
	 */
	uint32_t flight;
	/*
	 * Gets and puts served through this cache, in the cache line its
	 * length already keeps hot. A put bumps one counter: the objects
	 * it brought follow from the others, since every object that
	 * entered the cache (put or filled from the handler) has left it
	 * (got or drained to the handler) or is still there:
	 * put objects = get objects + len + drain_objs - fill_objs.
	 * A get of one object, the commonest (rte_mempool_get, mbuf
	 * alloc), bumps one counter too: the objects a get returns are
	 * get_calls + get_objs_more (modulo 2^64: a get of none adds
	 * 2^64 - 1, so it counts as a call of zero objects).
	 * A user-owned cache adds its counts to the pool's slot of the
	 * calling thread when rte_mempool_cache_flush runs.
	 */
	uint64_t get_calls; /**< successful gets through the cache */
	/*
	 * Between the two get counters so that a compiler does not merge
	 * their updates into one vector add, which costs more than two
	 * scalar adds.
	 */
	uint64_t put_calls; /**< puts through the cache */
	/** Objects the gets returned beyond one per get. */
	uint64_t get_objs_more;
	/** Objects the handler gave for gets through this cache. */
	uint64_t fill_objs;
	/** Objects this cache gave back to the handler (flushes). */
	uint64_t drain_objs;
	/** @internal Low 32 bits of the counter the flight changes. */
	uint32_t flight_ctr;
	/**
	 * The objects, hottest last. Twice the maximum size so a refill
	 * of size + request never overflows.
	 */
	void *objs[RTE_MEMPOOL_CACHE_MAX_SIZE * 2] __rte_cache_aligned;
} __rte_cache_aligned;

/** Sizes making up one object, as computed by rte_mempool_calc_obj_size. */
struct rte_mempool_objsz {
	uint32_t elt_size; /**< element size */
	uint32_t header_size; /**< bytes before the element */
	uint32_t trailer_size; /**< bytes after the element */
	uint32_t total_size; /**< header + element + trailer */
};

/**
 * Length of a pool name, NUL included: the pool's memzone "MP_<name>"
 * then fits in RTE_MEMZONE_NAMESIZE. The ring handlers name their ring
 * "MP_<name>", which RTE_RING_NAMESIZE limits to 25 characters of pool
 * name, as in DPDK.
 */
#define RTE_MEMPOOL_NAMESIZE 29
/** Prefix of the memzones a pool reserves. */
#define RTE_MEMPOOL_MZ_PREFIX "MP_"
/** Name of the memzone holding a pool's descriptor. */
#define RTE_MEMPOOL_MZ_FORMAT RTE_MEMPOOL_MZ_PREFIX "%s"
/** Mask of RTE_MEMPOOL_ALIGN. */
#define RTE_MEMPOOL_ALIGN_MASK (RTE_MEMPOOL_ALIGN - 1)

struct rte_mempool;

/**
 * Object header, immediately before each element. Lives in shared
 * memory like the element, so every process can follow it.
 */
struct rte_mempool_objhdr {
	STAILQ_ENTRY(rte_mempool_objhdr) next; /**< next object of the pool */
	struct rte_mempool *mp; /**< the pool that owns the object */
	rte_iova_t iova; /**< IOVA of the element */
#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	uint64_t cookie; /**< COOKIE1 free, COOKIE2 allocated */
#endif
};

/** List of every object of a pool. */
STAILQ_HEAD(rte_mempool_objhdr_list, rte_mempool_objhdr);

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
/** Object trailer, immediately after the element (debug builds). */
struct rte_mempool_objtlr {
	uint64_t cookie; /**< RTE_MEMPOOL_TRAILER_COOKIE */
};
#endif

/** List of the memory chunks of a pool. */
STAILQ_HEAD(rte_mempool_memhdr_list, rte_mempool_memhdr);

struct rte_mempool_memhdr;

/** Releases a memory chunk when its pool is freed. */
typedef void(rte_mempool_memchunk_free_cb_t)(
	struct rte_mempool_memhdr *memhdr, void *opaque);

/** A chunk of memory that holds objects of a pool. */
struct rte_mempool_memhdr {
	STAILQ_ENTRY(rte_mempool_memhdr) next; /**< next chunk */
	struct rte_mempool *mp; /**< owning pool */
	void *addr; /**< start address */
	rte_iova_t iova; /**< start IOVA, or RTE_BAD_IOVA */
	size_t len; /**< length in bytes */
	rte_mempool_memchunk_free_cb_t *free_cb; /**< releases the chunk */
	void *opaque; /**< argument of free_cb */
};

/** Extra information a handler may give (get_info callback). */
struct rte_mempool_info {
	/** Objects per contiguous block (dequeue_contig_blocks). */
	unsigned int contig_block_size;
} __rte_cache_aligned;

/**
 * A memory pool. The descriptor lives in a memzone ("MP_<name>")
 * followed by the per-lcore caches and the private data, and is listed
 * in the "RTE_MEMPOOL" tailq so every process can look it up.
 */
struct rte_mempool {
	char name[RTE_MEMPOOL_NAMESIZE]; /**< name of the pool */
	union {
		void *pool_data; /**< the handler's store (opaque to the core) */
		uint64_t pool_id; /**< or an external identifier */
	};
	void *pool_config; /**< argument given to set_ops_byname */
	const struct rte_memzone *mz; /**< memzone of this descriptor */
	unsigned int flags; /**< RTE_MEMPOOL_F_* */
	int socket_id; /**< socket given at creation */
	uint32_t size; /**< number of objects */
	uint32_t cache_size; /**< size of each per-lcore cache (0: none) */
	uint32_t elt_size; /**< element size */
	uint32_t header_size; /**< bytes before each element */
	uint32_t trailer_size; /**< bytes after each element */
	unsigned int private_data_size; /**< bytes of private data */
	/**
	 * Index of the handler in rte_mempool_ops_table: an index, not
	 * pointers, so every process attached to the pool reaches its own
	 * copy of the handler's code. handler_idx is the external mempool manager's name.
	 */
	union {
		int32_t ops_index; /**< DPDK's name */
		int32_t handler_idx; /**< the external mempool manager's name */
	};
	/**
	 * @internal The flags the inline get and put test, copied from
	 * flags into the cache line they read anyway (it fills padding).
	 */
	uint32_t fast_flags;
	struct rte_mempool_cache *local_cache; /**< per-lcore caches */
	uint32_t populated_size; /**< objects populated so far */
	struct rte_mempool_objhdr_list elt_list; /**< every object */
	uint32_t nb_mem_chunks; /**< memory chunks */
	struct rte_mempool_memhdr_list mem_list; /**< the chunks */
	/**
	 * Counters per lcore slot; slot RTE_MAX_LCORE is shared by the
	 * threads without an lcore id (updated atomically).
	 */
	struct rte_mempool_slot_stats stats[RTE_MAX_LCORE + 1];
	/** Counter values at the last rte_mempool_stats_reset. */
	struct rte_mempool_stats stats_base[RTE_MAX_LCORE + 1];
	/**
	 * Objects held by the threads without an lcore id, per attached
	 * process (indexed by the process's slot in the registry of
	 * attached processes).
	 */
	int64_t unreg_held[RTE_MEMPOOL_STATS_MAX_PROCS];
	/**
	 * Process that created the pool: a pool on a process-local handler
	 * (RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL) is usable only there.
	 */
	int32_t creator_pid;
	/**
	 * @internal Objects dead processes took with them that no counter
	 * saw (a kill inside a handler call, or between it and the counter
	 * update after it), per slot of the registry of attached
	 * processes; settled once per death (rte_mempool_stats.c).
	 */
	int64_t dead_held[RTE_MEMPOOL_STATS_MAX_PROCS];
	/**
	 * @internal Objects the store holds that no counter saw enter it:
	 * those a handler's own populate put there (rte_mempool.c).
	 */
	int64_t store_base;
	/** @internal Owner id of the death each dead_held entry settled. */
	uint64_t dead_settled[RTE_MEMPOOL_STATS_MAX_PROCS];
	/**
	 * @internal Taken to repair the caches dead processes left and to
	 * settle their holdings: robust, as its taker may die too.
	 */
	rte_robust_lock_t dead_lock;
} __rte_cache_aligned;

/** Do not pad objects to spread them over memory channels. */
#define RTE_MEMPOOL_F_NO_SPREAD 0x0001
/** Old spelling of RTE_MEMPOOL_F_NO_SPREAD. */
#define MEMPOOL_F_NO_SPREAD RTE_MEMPOOL_F_NO_SPREAD
/** Do not align elements on cache lines. */
#define RTE_MEMPOOL_F_NO_CACHE_ALIGN 0x0002
/** Old spelling of RTE_MEMPOOL_F_NO_CACHE_ALIGN. */
#define MEMPOOL_F_NO_CACHE_ALIGN RTE_MEMPOOL_F_NO_CACHE_ALIGN
/** Only one thread puts at a time (legacy create: single-producer ring). */
#define RTE_MEMPOOL_F_SP_PUT 0x0004
/** Old spelling of RTE_MEMPOOL_F_SP_PUT. */
#define MEMPOOL_F_SP_PUT RTE_MEMPOOL_F_SP_PUT
/** Only one thread gets at a time (legacy create: single-consumer ring). */
#define RTE_MEMPOOL_F_SC_GET 0x0008
/** Old spelling of RTE_MEMPOOL_F_SC_GET. */
#define MEMPOOL_F_SC_GET RTE_MEMPOOL_F_SC_GET
/** Internal: the handler's alloc has run (the pool is being populated). */
#define RTE_MEMPOOL_F_POOL_CREATED 0x0010
/** Objects need not be IOVA-contiguous. */
#define RTE_MEMPOOL_F_NO_IOVA_CONTIG 0x0020
/** Old spelling of RTE_MEMPOOL_F_NO_IOVA_CONTIG. */
#define MEMPOOL_F_NO_IOVA_CONTIG RTE_MEMPOOL_F_NO_IOVA_CONTIG
/**
 * No object of the pool has an IOVA: set when the pool is created and
 * cleared once memory with a valid IOVA is added (anonymous memory and
 * handlers that own their memory add none). Not a creation flag.
 */
#define RTE_MEMPOOL_F_NON_IO 0x0040
/**
 * @warning
 * @b EXPERIMENTAL: Tag each object with the process that holds it: a
 * get writes the caller's owner id (pid and start time) in the
 * object's header, a put clears it, so rte_mempool_reclaim_dead() can
 * return the objects of processes that died. It costs one store per
 * object on get and put; without the flag, one test of a flag.
 * Not a DPDK 22.11 flag (whose values end at 0x0040).
 */
#define RTE_MEMPOOL_F_HOLDER_TAGS 0x0100

/** Flags a user may pass to the create functions. */
#define RTE_MEMPOOL_VALID_USER_FLAGS \
	(RTE_MEMPOOL_F_NO_SPREAD | RTE_MEMPOOL_F_NO_CACHE_ALIGN | \
		RTE_MEMPOOL_F_SP_PUT | RTE_MEMPOOL_F_SC_GET | \
		RTE_MEMPOOL_F_NO_IOVA_CONTIG | RTE_MEMPOOL_F_HOLDER_TAGS)

/*
 * Counters are written by one thread and read by others without a
 * lock; a torn or stale read only shows a slightly old value. Under
 * ThreadSanitizer the same update is spelt with relaxed atomics so that
 * readers are not reported; elsewhere it stays a plain add.
 */
#if defined(__SANITIZE_THREAD__)
#define RTE_MEMPOOL_CTR_ADD(ctr, n) \
	__atomic_store_n(&(ctr), \
		__atomic_load_n(&(ctr), __ATOMIC_RELAXED) + (n), \
		__ATOMIC_RELAXED)
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RTE_MEMPOOL_CTR_ADD(ctr, n) \
	__atomic_store_n(&(ctr), \
		__atomic_load_n(&(ctr), __ATOMIC_RELAXED) + (n), \
		__ATOMIC_RELAXED)
#endif
#endif
#ifdef RTE_MEMPOOL_COUNTERS_OFF
/*
 * Measurement aid only: a build with -DRTE_MEMPOOL_COUNTERS_OFF drops
 * every counter update, to measure what they cost. The counters then
 * read zero.
 */
#undef RTE_MEMPOOL_CTR_ADD
#define RTE_MEMPOOL_CTR_ADD(ctr, n) ((void)(ctr), (void)(n))
#endif
#if !defined(RTE_MEMPOOL_CTR_ADD) && defined(__GNUC__) && !defined(__clang__)
/**
 * @internal Add to a counter only the calling thread writes: with gcc,
 * a load, an add in a register and a store, never one add to memory
 * (the empty asm keeps the sum in a register). Measured by
 * mempool_counters_cost_autotest, that takes a cached get of one object
 * from 15-25 % down to 0-5 % of the uncounted loop, as the memory add's
 * store does not forward to the next call's load as fast. clang's code
 * is faster with the plain add (the form below), slower with this one.
 */
#define RTE_MEMPOOL_CTR_ADD(ctr, n) \
	do { \
		uint64_t __v = (ctr) + (n); \
		__asm__("" : "+r"(__v)); \
		(ctr) = __v; \
	} while (0)
#endif
#ifndef RTE_MEMPOOL_CTR_ADD
/** @internal Add to a counter only the calling thread writes. */
#define RTE_MEMPOOL_CTR_ADD(ctr, n) ((ctr) += (n))
#endif

/**
 * @internal Counters of the calling thread's slot, or NULL for a thread
 * without an lcore id (whose slot is shared, see
 * rte_mempool_stats_direct_slow).
 *
 * @param mp        The pool.
 * @param lcore_id  The calling thread's rte_lcore_id().
 * @return The slot, or NULL.
 */
static __rte_always_inline struct rte_mempool_slot_stats *
rte_mempool_lcore_stats(struct rte_mempool *mp, unsigned int lcore_id)
{
	return likely(lcore_id < RTE_MAX_LCORE) ? &mp->stats[lcore_id] : NULL;
}

/**
 * @internal Add n to a counter of the calling thread's slot. Threads
 * without an lcore id share the last slot, so they add atomically.
 */
#define RTE_MEMPOOL_STAT_ADD(mp, name, n) \
	do { \
		struct rte_mempool_slot_stats *__st = \
			rte_mempool_lcore_stats(mp, rte_lcore_id()); \
		if (likely(__st != NULL)) \
			RTE_MEMPOOL_CTR_ADD(__st->name, (n)); \
		else if (!RTE_MEMPOOL_COUNTERS_DISABLED) \
			__atomic_fetch_add(&(mp)->stats[RTE_MAX_LCORE].name, \
				(n), __ATOMIC_RELAXED); \
	} while (0)

/**
 * @internal Count one call of n objects in the calling thread's slot:
 * calls and objs name two counters of struct rte_mempool_slot_stats,
 * updated after one look-up of the slot.
 */
#define RTE_MEMPOOL_STAT_ADD_CALL(mp, calls, objs, n) \
	do { \
		struct rte_mempool_slot_stats *__st = \
			rte_mempool_lcore_stats(mp, rte_lcore_id()); \
		if (likely(__st != NULL)) { \
			RTE_MEMPOOL_CTR_ADD(__st->calls, 1); \
			RTE_MEMPOOL_CTR_ADD(__st->objs, (n)); \
		} else if (!RTE_MEMPOOL_COUNTERS_DISABLED) { \
			__atomic_fetch_add(&(mp)->stats[RTE_MAX_LCORE].calls, \
				1, __ATOMIC_RELAXED); \
			__atomic_fetch_add(&(mp)->stats[RTE_MAX_LCORE].objs, \
				(n), __ATOMIC_RELAXED); \
		} \
	} while (0)

/**
 * @internal DPDK's per-cache statistics hook. The counters here are
 * kept by the get and put paths themselves (rte_mempool_stats_get), so
 * the hook adds nothing; it exists for code written against 22.11.
 */
#define RTE_MEMPOOL_CACHE_STAT_ADD(cache, name, n) \
	do { \
		(void)(cache); \
		(void)(n); \
	} while (0)

#ifdef RTE_MEMPOOL_COUNTERS_OFF
#define RTE_MEMPOOL_COUNTERS_DISABLED 1
#else
/** @internal 1 in the measurement build without counters. */
#define RTE_MEMPOOL_COUNTERS_DISABLED 0
#endif

/**
 * Bytes from the start of the descriptor to the private data: the
 * descriptor plus, when the pool has caches, one cache per lcore.
 */
#define RTE_MEMPOOL_HEADER_SIZE(mp, cs) \
	(sizeof(*(mp)) + \
		(((cs) == 0) ? 0 \
			     : (sizeof(struct rte_mempool_cache) * \
				       RTE_MAX_LCORE)))

/**
 * Header of an object.
 *
 * @param obj  An element of a pool.
 * @return Its header.
 */
static inline struct rte_mempool_objhdr *
rte_mempool_get_header(void *obj)
{
	return (struct rte_mempool_objhdr *)RTE_PTR_SUB(
		obj, sizeof(struct rte_mempool_objhdr));
}

/**
 * Pool an object belongs to.
 *
 * @param obj  An element of a pool.
 * @return The pool.
 */
static inline struct rte_mempool *
rte_mempool_from_obj(void *obj)
{
	return rte_mempool_get_header(obj)->mp;
}

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
/**
 * Trailer of an object (debug builds).
 *
 * @param obj  An element of a pool.
 * @return Its trailer.
 */
static inline struct rte_mempool_objtlr *
rte_mempool_get_trailer(void *obj)
{
	struct rte_mempool *mp = rte_mempool_from_obj(obj);

	return (struct rte_mempool_objtlr *)RTE_PTR_ADD(obj, mp->elt_size);
}
#endif

/**
 * Check the cookies of objects entering (free = 1) or leaving (free = 0)
 * the pool; a double put, a foreign object or an overrun is reported
 * with the pool's name through rte_panic(). Does nothing unless built
 * with mempool_debug.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Their number.
 * @param free       1 when they are put, 0 when got, 2 to only check.
 */
void rte_mempool_check_cookies(const struct rte_mempool *mp,
	void *const *obj_table, unsigned int n, int free);

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
/** @internal Cookie check on the fast path (debug builds only). */
#define RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table, n, free) \
	rte_mempool_check_cookies(mp, obj_table, n, free)
#else
/** @internal Cookie check, compiled out. */
#define RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table, n, free) \
	do { \
	} while (0)
#endif

/* The handler-author API: struct, registration, ops calls. */
#include <rte_mempool_handler.h>

/* ------------------------------------------------------------------ */
/* Pools                                                              */
/* ------------------------------------------------------------------ */

/** Called for each object (obj_iter, obj_init of create). */
typedef void(rte_mempool_obj_cb_t)(
	struct rte_mempool *mp, void *opaque, void *obj, unsigned int obj_idx);
/** Old name of rte_mempool_obj_cb_t. */
typedef rte_mempool_obj_cb_t rte_mempool_obj_ctor_t;

/** Called for each memory chunk (mem_iter). */
typedef void(rte_mempool_mem_cb_t)(struct rte_mempool *mp, void *opaque,
	struct rte_mempool_memhdr *memhdr, unsigned int mem_idx);

/** Called once on a new pool (mp_init of create), before populating. */
typedef void(rte_mempool_ctor_t)(struct rte_mempool *, void *);

/**
 * Create and populate a pool (legacy): the handler comes from the
 * flags: SP_PUT|SC_GET -> "ring_sp_sc", SP_PUT -> "ring_sp_mc", SC_GET
 * -> "ring_mp_sc", none -> "ring_mp_mc".
 *
 * @param name               Pool name (< RTE_MEMPOOL_NAMESIZE chars).
 * @param n                  Number of objects (> 0).
 * @param elt_size           Element size (> 0).
 * @param cache_size         Per-lcore cache size; 0 for none, at most
 *                           RTE_MEMPOOL_CACHE_MAX_SIZE and n / 1.5.
 * @param private_data_size  Bytes of private data after the descriptor.
 * @param mp_init            Called once before populating, or NULL.
 * @param mp_init_arg        Its argument.
 * @param obj_init           Called for each object, or NULL.
 * @param obj_init_arg       Its argument.
 * @param socket_id          Socket of the memory, or SOCKET_ID_ANY.
 * @param flags              RTE_MEMPOOL_F_* user flags.
 * @return The pool, or NULL with rte_errno: EINVAL (bad n, elt_size,
 *   cache_size or flags, or an elt_size or private_data_size whose
 *   object or descriptor size would not fit in 32 bits), ENAMETOOLONG,
 *   EEXIST (name taken), ENOMEM (also at once when the n objects
 *   alone exceed the EAL's memory, rte_eal_get_physmem_size()),
 *   ENOENT (handler missing); one log line says why.
 */
struct rte_mempool *rte_mempool_create(const char *name, unsigned int n,
	unsigned int elt_size, unsigned int cache_size,
	unsigned int private_data_size, rte_mempool_ctor_t *mp_init,
	void *mp_init_arg, rte_mempool_obj_cb_t *obj_init, void *obj_init_arg,
	int socket_id, unsigned int flags);

/**
 * Create and populate a pool on a named handler (the external mempool manager's
 * entry point): rte_mempool_create's parameters plus the handler name.
 *
 * @param name               Pool name (for lookups and memzones).
 * @param n                  Number of objects.
 * @param elt_size           Size of each object in bytes.
 * @param cache_size         Per-lcore cache size, 0 for none.
 * @param private_data_size  Bytes of private data after the pool header.
 * @param mp_init            Called once on the pool, or NULL.
 * @param mp_init_arg        Argument of mp_init.
 * @param obj_init           Called on every object, or NULL.
 * @param obj_init_arg       Argument of obj_init.
 * @param socket_id          NUMA socket, or SOCKET_ID_ANY.
 * @param flags              MEMPOOL_F_* / RTE_MEMPOOL_F_* flags.
 * @param handler_name  A registered handler; NULL picks the legacy
 *                      handler from the flags.
 * @return The pool, or NULL with rte_errno as rte_mempool_create, and
 *   ENOENT for an unknown handler (the log line lists the names).
 */
struct rte_mempool *rte_mempool_create_ext(const char *name, unsigned int n,
	unsigned int elt_size, unsigned int cache_size,
	unsigned int private_data_size, rte_mempool_ctor_t *mp_init,
	void *mp_init_arg, rte_mempool_obj_cb_t *obj_init, void *obj_init_arg,
	int socket_id, unsigned int flags, const char *handler_name);

/**
 * Create a pool without objects. Its handler is the legacy one for the
 * flags until rte_mempool_set_ops_byname changes it; populate it next.
 *
 * @param name               Pool name (for lookups and memzones).
 * @param n                  Number of objects.
 * @param elt_size           Size of each object in bytes.
 * @param cache_size         Per-lcore cache size, 0 for none.
 * @param private_data_size  Bytes of private data after the pool header.
 * @param socket_id          NUMA socket, or SOCKET_ID_ANY.
 * @param flags              MEMPOOL_F_* / RTE_MEMPOOL_F_* flags.
 * @return The pool, or NULL with rte_errno as rte_mempool_create.
 */
struct rte_mempool *rte_mempool_create_empty(const char *name, unsigned int n,
	unsigned int elt_size, unsigned int cache_size,
	unsigned int private_data_size, int socket_id, unsigned int flags);

/**
 * Free a pool: the handler's free runs, memory chunks and the
 * descriptor are released, the pool leaves the list. Objects still in
 * use become invalid.
 *
 * @param mp  The pool, or NULL (nothing done).
 */
void rte_mempool_free(struct rte_mempool *mp);

/**
 * Add objects placed in a memory chunk given by address and IOVA.
 *
 * @param mp       The pool.
 * @param vaddr    Start of the chunk.
 * @param iova     Its IOVA, or RTE_BAD_IOVA.
 * @param len      Its length.
 * @param free_cb  Called when the pool is freed, or NULL.
 * @param opaque   Argument of free_cb.
 * @return Objects added (> 0), or a negative errno: -EINVAL (pool
 *   full or chunk too small for one object), -ENOMEM, or the handler's.
 *   On error free_cb is not called.
 */
int
rte_mempool_populate_iova(struct rte_mempool *mp, char *vaddr, rte_iova_t iova,
	size_t len, rte_mempool_memchunk_free_cb_t *free_cb, void *opaque);

/**
 * Add objects placed in a virtually contiguous chunk.
 *
 * @param mp       The pool.
 * @param addr     Start of the chunk (aligned on pg_sz if pg_sz != 0).
 * @param len      Its length.
 * @param pg_sz    Page size of the chunk, or 0.
 * @param free_cb  Called when the pool is freed, or NULL.
 * @param opaque   Argument of free_cb.
 * @return Objects added, or a negative errno (-EINVAL bad alignment or
 *   pool full, ...).
 */
int rte_mempool_populate_virt(struct rte_mempool *mp, char *addr, size_t len,
	size_t pg_sz, rte_mempool_memchunk_free_cb_t *free_cb, void *opaque);

/**
 * Add all missing objects: in memzones reserved for the pool, or from
 * the handler itself when it owns its memory
 * (RTE_MEMPOOL_HANDLER_F_OWN_MEMORY or calc_mem_size returning 0).
 *
 * @param mp  The pool.
 * @return Objects added, or a negative errno: -EEXIST (already
 *   populated), -ENOMEM (also before the handler is asked anything
 *   when the objects alone exceed rte_eal_get_physmem_size(), the
 *   memory -m or --socket-mem gave), -ENOENT/-EINVAL/... from the
 *   handler.
 */
int rte_mempool_populate_default(struct rte_mempool *mp);

/**
 * Add all missing objects in anonymous (process-private) memory.
 *
 * @param mp  The pool.
 * @return Objects added, or 0 with rte_errno set.
 */
int rte_mempool_populate_anon(struct rte_mempool *mp);

/**
 * Call obj_cb for each object of the pool.
 *
 * @param mp          The pool.
 * @param obj_cb      Called with (mp, obj_cb_arg, object, index).
 * @param obj_cb_arg  Its argument.
 * @return The number of objects visited.
 */
uint32_t rte_mempool_obj_iter(
	struct rte_mempool *mp, rte_mempool_obj_cb_t *obj_cb, void *obj_cb_arg);

/**
 * Call mem_cb for each memory chunk of the pool.
 *
 * @param mp          The pool.
 * @param mem_cb      Called with (mp, mem_cb_arg, chunk, index).
 * @param mem_cb_arg  Its argument.
 * @return The number of chunks visited.
 */
uint32_t rte_mempool_mem_iter(
	struct rte_mempool *mp, rte_mempool_mem_cb_t *mem_cb, void *mem_cb_arg);

/**
 * Print a pool: sizes, handler name and index, counts, caches and (with
 * mempool_stats) statistics.
 *
 * @param f   Output stream.
 * @param mp  The pool.
 */
void rte_mempool_dump(FILE *f, struct rte_mempool *mp);

/**
 * Create a user-owned cache for rte_mempool_generic_get/put.
 *
 * @param size       Objects kept (1 .. RTE_MEMPOOL_CACHE_MAX_SIZE).
 * @param socket_id  Socket of the memory.
 * @return The cache, or NULL with rte_errno EINVAL or ENOMEM.
 */
struct rte_mempool_cache *
rte_mempool_cache_create(uint32_t size, int socket_id);

/**
 * Free a user-owned cache (flush it first: its objects are not
 * returned).
 *
 * @param cache  The cache, or NULL.
 */
void rte_mempool_cache_free(struct rte_mempool_cache *cache);

/**
 * Per-lcore cache of a pool.
 *
 * @param mp        The pool.
 * @param lcore_id  The lcore.
 * @return The cache, or NULL if the pool has none or lcore_id is not an
 *   lcore (e.g. LCORE_ID_ANY for a non-EAL thread).
 */
static __rte_always_inline struct rte_mempool_cache *
rte_mempool_default_cache(struct rte_mempool *mp, unsigned int lcore_id)
{
	struct rte_mempool_cache *cache;

	if (mp->cache_size == 0 || lcore_id >= RTE_MAX_LCORE)
		return NULL;
	cache = &mp->local_cache[lcore_id];
#if defined(__GNUC__) || defined(__clang__)
	/*
	 * A pool with caches has them: telling the compiler lets the
	 * callers' own test of the cache fold into the one above.
	 */
	if (cache == NULL)
		__builtin_unreachable();
#endif
	return cache;
}

/**
 * @internal Fold the counters of a user-owned cache into the calling
 * thread's slot of a pool, and zero them.
 *
 * @param mp     The pool the cache was used with.
 * @param cache  The cache.
 */
void rte_mempool_stats_cache_fold(
	struct rte_mempool *mp, struct rte_mempool_cache *cache);

/**
 * @internal Give every object of a cache to the pool's handler (a put
 * that would pass the flush threshold, rte_mempool_cache_flush),
 * counting them as drained; crash-consistent (see
 * rte_mempool_cache_repair_dead).
 *
 * @param mp     The pool.
 * @param cache  The cache (not empty).
 */
void rte_mempool_cache_drain(
	struct rte_mempool *mp, struct rte_mempool_cache *cache);

/**
 * @internal Count, for a thread without an lcore id, the objects it now
 * holds (delta > 0 after a get, < 0 after a put) under its process.
 *
 * @param mp     The pool.
 * @param delta  Objects taken (positive) or given back (negative).
 */
void rte_mempool_stats_unreg_held(struct rte_mempool *mp, int64_t delta);

/**
 * @internal Whether a cache is one of the pool's per-lcore caches.
 *
 * @param mp     The pool.
 * @param cache  The cache.
 * @return 1 if it is, else 0.
 */
static __rte_always_inline int
rte_mempool_cache_is_default(
	const struct rte_mempool *mp, const struct rte_mempool_cache *cache)
{
	return mp->local_cache != NULL && cache >= mp->local_cache &&
		cache < mp->local_cache + RTE_MAX_LCORE;
}

/**
 * Return every object of a cache to the pool. For a cache made with
 * rte_mempool_cache_create, its get and put counters are also added to
 * the pool's counters of the calling thread's slot.
 *
 * @param cache  The cache, or NULL for the calling lcore's cache.
 * @param mp     The pool.
 */
static __rte_always_inline void
rte_mempool_cache_flush(struct rte_mempool_cache *cache, struct rte_mempool *mp)
{
	if (cache == NULL)
		cache = rte_mempool_default_cache(mp, rte_lcore_id());
	if (cache == NULL)
		return;
	if (!rte_mempool_cache_is_default(mp, cache))
		rte_mempool_stats_cache_fold(mp, cache);
	if (cache->len == 0)
		return;
	rte_mempool_cache_drain(mp, cache);
}

/**
 * @internal Count a get or put that went to the handler without a
 * cache, for a thread without an lcore id or a get that failed.
 *
 * @param mp   The pool.
 * @param get  1 for a get, 0 for a put.
 * @param n    Objects asked for or put.
 * @param ret  The handler's return code.
 */
void rte_mempool_stats_direct_slow(
	struct rte_mempool *mp, int get, unsigned int n, int ret);

/**
 * @internal Get straight from the handler, no cache.
 *
 * @param mp         The pool.
 * @param obj_table  Where to store the objects.
 * @param n          Number of objects.
 * @return 0, or the handler's negative error (nothing taken).
 */
static __rte_always_inline int
rte_mempool_get_direct(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	struct rte_mempool_slot_stats *st;
	int ret = 0;

	/*
	 * Asking for no object succeeds, as through a cache: handlers
	 * answer n == 0 as they like (DPDK 22.11's ring and stack ones
	 * with -ENOBUFS), so n is tested on failure only. 22.11 calls
	 * handlers with n == 0 too: they must take it.
	 */
	ret = rte_mempool_ops_table.ops[mp->ops_index].dequeue(
		mp, obj_table, n);
	if (unlikely(ret != 0) && n != 0) {
		if (!RTE_MEMPOOL_COUNTERS_DISABLED)
			rte_mempool_stats_direct_slow(mp, 1, n, ret);
		return ret;
	}
	/* Returning a constant 0 from here lets the callers' tests of
	 * the result fold away. */
	st = rte_mempool_lcore_stats(mp, rte_lcore_id());
	if (likely(st != NULL)) {
		RTE_MEMPOOL_CTR_ADD(st->get_calls, 1);
		RTE_MEMPOOL_CTR_ADD(st->get_objs, n);
	} else if (!RTE_MEMPOOL_COUNTERS_DISABLED) {
		rte_mempool_stats_direct_slow(mp, 1, n, 0);
	}
	return 0;
}

/**
 * @internal Put straight to the handler, no cache.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Number of objects.
 */
static __rte_always_inline void
rte_mempool_put_direct(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	struct rte_mempool_slot_stats *st;
	int ret = 0;

	/*
	 * Putting no object is a no-op whatever the handler says to it
	 * (it is called, as in 22.11: the common case pays no test).
	 */
	ret = rte_mempool_ops_table.ops[mp->ops_index].enqueue(
		mp, obj_table, n);
	if (unlikely(n == 0))
		ret = 0;
	rte_mempool_ops_enqueue_check(mp, n, ret);
	st = rte_mempool_lcore_stats(mp, rte_lcore_id());
	if (likely(st != NULL)) {
		RTE_MEMPOOL_CTR_ADD(st->put_calls, 1);
		RTE_MEMPOOL_CTR_ADD(st->put_objs, n);
	} else if (!RTE_MEMPOOL_COUNTERS_DISABLED) {
		rte_mempool_stats_direct_slow(mp, 0, n, ret);
	}
}

/**
 * @internal Write the holder tags of objects (RTE_MEMPOOL_F_HOLDER_TAGS):
 * the calling process's owner id after a get, 0 before a put.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Their number.
 * @param get        1 after a get, 0 before a put.
 */
void rte_mempool_holder_tags_write(struct rte_mempool *mp,
	void *const *obj_table, unsigned int n, int get);

/**
 * @internal A put that a cache cannot take as it is (rte_mempool.c): a
 * request above the flush threshold goes to the handler, else the
 * cache is drained first. Out of line, so that the inline put keeps
 * one compare.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Number of objects.
 * @param cache      The cache.
 */
void rte_mempool_cache_put_slow(struct rte_mempool *mp, void *const *obj_table,
	unsigned int n, struct rte_mempool_cache *cache);

/**
 * @internal Put objects through a cache (or straight to the handler).
 * When the cache would pass its flush threshold, the cache's objects go
 * to the handler first, then the new ones are cached.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Number of objects.
 * @param cache      The cache, or NULL.
 */
static __rte_always_inline void
rte_mempool_do_generic_put(struct rte_mempool *mp, void *const *obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	uint32_t len;

	if (unlikely(cache == NULL)) {
		rte_mempool_put_direct(mp, obj_table, n);
		return;
	}
	len = cache->len;
	/* Covers n > flushthresh too: one compare on the common path. */
	if (unlikely((uint64_t)len + n > cache->flushthresh)) {
		rte_mempool_cache_put_slow(mp, obj_table, n, cache);
		return;
	}
	rte_ptrs_copy(&cache->objs[len], obj_table, n);
	/*
	 * The length covers the new objects only once they are written
	 * (a release store: the copy is not moved after it): a process
	 * killed in between leaves no stale slot in a cache the next
	 * user of its lcore id inherits.
	 */
	__atomic_store_n(&cache->len, len + n, __ATOMIC_RELEASE);
	RTE_MEMPOOL_CTR_ADD(cache->put_calls, 1);
}

/**
 * @internal rte_mempool_generic_put for a pool with holder tags
 * (mp->fast_flags != 0): the tags, then the put. Out of line, so that
 * a pool without tags pays one test.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Their number.
 * @param cache      The cache, or NULL.
 */
void
rte_mempool_generic_put_tagged(struct rte_mempool *mp, void *const *obj_table,
	unsigned int n, struct rte_mempool_cache *cache);

/**
 * Put objects through a given cache.
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Their number.
 * @param cache      The cache, or NULL to go straight to the handler.
 */
static __rte_always_inline void
rte_mempool_generic_put(struct rte_mempool *mp, void *const *obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table, n, 1);
	if (unlikely(mp->fast_flags != 0)) {
		rte_mempool_generic_put_tagged(mp, obj_table, n, cache);
		return;
	}
	rte_mempool_do_generic_put(mp, obj_table, n, cache);
}

/**
 * Put objects back in their pool (through the lcore's cache).
 *
 * @param mp         The pool.
 * @param obj_table  The objects.
 * @param n          Their number.
 */
static __rte_always_inline void
rte_mempool_put_bulk(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n)
{
	rte_mempool_generic_put(mp, obj_table, n,
		rte_mempool_default_cache(mp, rte_lcore_id()));
}

/**
 * Put one object back in its pool.
 *
 * @param mp   The pool.
 * @param obj  The object.
 */
static __rte_always_inline void
rte_mempool_put(struct rte_mempool *mp, void *obj)
{
	rte_mempool_put_bulk(mp, &obj, 1);
}

/**
 * @internal Refill a cache that holds fewer than n objects, for a get of
 * n. A request the cache can hold is served by one dequeue of what is
 * missing plus a full cache (or, when the pool is low, of what is
 * missing only) into the cache. A larger request takes what the cache
 * lacks straight into obj_table[cache->len .. n - 1].
 *
 * @param mp         The pool.
 * @param obj_table  Where a large request's objects go.
 * @param n          Number of objects asked for.
 * @param cache      The cache to refill.
 * Out of line, as a miss costs a handler call anyway: the inline get
 * then keeps nothing live for it.
 *
 * @return 0 when the cache now holds at least n objects (the caller
 *   takes n from its top), 1 when the get is done (a large request:
 *   obj_table filled, counted), or a negative errno with nothing taken
 *   (counted as failed).
 */
int rte_mempool_cache_refill(struct rte_mempool *mp, void **obj_table,
	unsigned int n, struct rte_mempool_cache *cache);

/**
 * @internal Get objects through a cache (or straight from the handler).
 * All or nothing: on failure obj_table and the cache are untouched.
 *
 * @param mp         The pool.
 * @param obj_table  Where to store the objects.
 * @param n          Number of objects.
 * @param cache      The cache, or NULL.
 * @return 0, or a negative errno (nothing taken).
 */
static __rte_always_inline int
rte_mempool_do_generic_get(struct rte_mempool *mp, void **obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	uint32_t len;
	int ret;

	if (unlikely(cache == NULL)) {
		ret = rte_mempool_get_direct(mp, obj_table, n);
		return ret == -ENOBUFS ? -ENOENT : ret;
	}
	len = cache->len;
	if (unlikely(n > len)) {
		ret = rte_mempool_cache_refill(mp, obj_table, n, cache);
		if (unlikely(ret != 0))
			return ret > 0 ? 0 : ret == -ENOBUFS ? -ENOENT : ret;
		len = cache->len;
	}
	/* Hot objects first: the most recently cached. */
	rte_ptrs_copy_rev(obj_table, &cache->objs[len], n);
	cache->len = len - n;
	RTE_MEMPOOL_CTR_ADD(cache->get_calls, 1);
	/*
	 * Each counter update is a store beside the length's, and stores
	 * are what a hit costs: a get of one object makes none here.
	 */
	if (n != 1)
		RTE_MEMPOOL_CTR_ADD(cache->get_objs_more, (uint64_t)n - 1);
	return 0;
}

/**
 * @internal rte_mempool_generic_get for a pool with holder tags
 * (mp->fast_flags != 0): the get, then the tags. Out of line, so that
 * a pool without tags pays one test.
 *
 * @param mp         The pool.
 * @param obj_table  Where to store the objects.
 * @param n          Their number.
 * @param cache      The cache, or NULL.
 * @return As rte_mempool_generic_get.
 */
int rte_mempool_generic_get_tagged(struct rte_mempool *mp, void **obj_table,
	unsigned int n, struct rte_mempool_cache *cache);

/**
 * Get objects through a given cache, all or nothing.
 *
 * @param mp         The pool.
 * @param obj_table  Filled with n objects on success, untouched else.
 * @param n          Their number.
 * @param cache      The cache, or NULL to go straight to the handler.
 * @return 0, or -ENOENT when the pool has not enough objects (or the
 *   handler's own negative errno). n == 0 gives 0 with or without a
 *   cache (DPDK 22.11 gives -ENOBUFS without one).
 */
static __rte_always_inline int
rte_mempool_generic_get(struct rte_mempool *mp, void **obj_table,
	unsigned int n, struct rte_mempool_cache *cache)
{
	int ret;

	if (unlikely(mp->fast_flags != 0))
		return rte_mempool_generic_get_tagged(mp, obj_table, n, cache);
	ret = rte_mempool_do_generic_get(mp, obj_table, n, cache);
	if (likely(ret == 0))
		RTE_MEMPOOL_CHECK_COOKIES(mp, obj_table, n, 0);
	return ret;
}

/**
 * Get objects from a pool (through the lcore's cache), all or nothing.
 *
 * @param mp         The pool.
 * @param obj_table  Filled with n objects on success, untouched else.
 * @param n          Their number.
 * @return 0, or -ENOENT when the pool has not enough objects. n == 0
 *   gives 0, with or without a cache.
 */
static __rte_always_inline int
rte_mempool_get_bulk(struct rte_mempool *mp, void **obj_table, unsigned int n)
{
	return rte_mempool_generic_get(mp, obj_table, n,
		rte_mempool_default_cache(mp, rte_lcore_id()));
}

/**
 * Get one object from a pool.
 *
 * @param mp     The pool.
 * @param obj_p  Set to the object on success.
 * @return 0, or -ENOENT when the pool is empty.
 */
static __rte_always_inline int
rte_mempool_get(struct rte_mempool *mp, void **obj_p)
{
	return rte_mempool_get_bulk(mp, obj_p, 1);
}

/**
 * Get n contiguous blocks of objects (handlers with
 * dequeue_contig_blocks only; no cache).
 *
 * @param mp               The pool.
 * @param first_obj_table  First object of each block.
 * @param n                Number of blocks.
 * @return 0, -ENOTSUP, or -ENOENT/-ENOBUFS from the handler.
 */
static __rte_always_inline int
rte_mempool_get_contig_blocks(
	struct rte_mempool *mp, void **first_obj_table, unsigned int n)
{
	int ret = rte_mempool_ops_dequeue_contig_blocks(mp, first_obj_table, n);

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
	if (ret == 0) {
		/* Every object of the blocks is now allocated. */
		struct rte_mempool_info info;
		unsigned int b, i;

		if (rte_mempool_ops_get_info(mp, &info) == 0)
			for (b = 0; b < n; b++)
				for (i = 0; i < info.contig_block_size; i++) {
					void *obj = RTE_PTR_ADD(
						first_obj_table[b],
						(size_t)i *
							(mp->header_size +
								mp->elt_size +
								mp->trailer_size));

					rte_mempool_check_cookies(
						mp, &obj, 1, 0);
				}
	}
#endif
#ifdef RTE_LIBRTE_MEMPOOL_STATS
	if (ret == 0)
		RTE_MEMPOOL_STAT_ADD(mp, get_success_blks, n);
	else
		RTE_MEMPOOL_STAT_ADD(mp, get_fail_blks, n);
#endif
	return ret;
}

/**
 * Free objects: in the handler's store plus in every cache (an
 * estimate while other lcores work on the pool).
 *
 * @param mp  The pool.
 * @return The count, at most mp->size.
 */
unsigned int rte_mempool_avail_count(const struct rte_mempool *mp);

/**
 * Objects in use: mp->size - rte_mempool_avail_count(mp).
 *
 * @param mp  The pool.
 * @return The count.
 */
unsigned int rte_mempool_in_use_count(const struct rte_mempool *mp);

/**
 * Whether every object is free.
 *
 * @param mp  The pool.
 * @return 1 if so, 0 otherwise.
 */
static inline int
rte_mempool_full(const struct rte_mempool *mp)
{
	return rte_mempool_avail_count(mp) == mp->size;
}

/**
 * Whether no object is free.
 *
 * @param mp  The pool.
 * @return 1 if so, 0 otherwise.
 */
static inline int
rte_mempool_empty(const struct rte_mempool *mp)
{
	return rte_mempool_avail_count(mp) == 0;
}

/**
 * IOVA of an element.
 *
 * @param elt  An element of a pool.
 * @return Its IOVA (RTE_BAD_IOVA if its memory has none).
 */
static inline rte_iova_t
rte_mempool_virt2iova(const void *elt)
{
	const struct rte_mempool_objhdr *hdr =
		(const struct rte_mempool_objhdr *)RTE_PTR_SUB(
			elt, sizeof(struct rte_mempool_objhdr));

	return hdr->iova;
}

/**
 * Check a pool's consistency (caches within bounds, and with
 * mempool_debug the cookies of every object); panics on corruption.
 *
 * @param mp  The pool.
 */
void rte_mempool_audit(struct rte_mempool *mp);

/**
 * Private data of a pool.
 *
 * @param mp  The pool.
 * @return The private data (private_data_size bytes).
 */
static inline void *
rte_mempool_get_priv(struct rte_mempool *mp)
{
	return (char *)mp + RTE_MEMPOOL_HEADER_SIZE(mp, mp->cache_size);
}

/**
 * Print every pool.
 *
 * @param f  Output stream.
 */
void rte_mempool_list_dump(FILE *f);

/**
 * Find a pool by name (in any process attached to the same memory).
 *
 * @param name  Its name.
 * @return The pool, or NULL with rte_errno = ENOENT.
 */
struct rte_mempool *rte_mempool_lookup(const char *name);

/**
 * Sizes of an object for an element size and flags.
 *
 * @param elt_size  Element size.
 * @param flags     RTE_MEMPOOL_F_* flags.
 * @param sz        Filled in if not NULL.
 * @return The total size (header + element + trailer), or 0 with
 *   rte_errno EINVAL when it would not fit in 32 bits.
 */
uint32_t rte_mempool_calc_obj_size(
	uint32_t elt_size, uint32_t flags, struct rte_mempool_objsz *sz);

/**
 * Call func for each pool.
 *
 * @param func  Called with each pool and arg.
 * @param arg   Passed to func.
 */
void rte_mempool_walk(void (*func)(struct rte_mempool *, void *arg), void *arg);

/** Events a pool goes through (rte_mempool_event_callback_register). */
enum rte_mempool_event {
	/** Every object of the pool is populated: the pool is usable. */
	RTE_MEMPOOL_EVENT_READY = 0,
	/** The pool is about to be freed. */
	RTE_MEMPOOL_EVENT_DESTROY = 1,
};

/**
 * A pool event callback.
 *
 * @param event      What happened.
 * @param mp         The pool.
 * @param user_data  What was given at registration.
 */
typedef void(rte_mempool_event_callback)(
	enum rte_mempool_event event, struct rte_mempool *mp, void *user_data);

/**
 * Register a callback for pool events. Callbacks belong to the process
 * that registers them and are called in that process for the pools it
 * populates (READY) and frees (DESTROY). A callback may register
 * another one, which is not called for the same event, and may
 * unregister itself.
 *
 * @param func       The callback.
 * @param user_data  Passed to func.
 * @return 0, or -EINVAL (func NULL), -EEXIST (the same func and
 *   user_data are registered), -ENOMEM; rte_errno is set as well.
 */
int rte_mempool_event_callback_register(
	rte_mempool_event_callback *func, void *user_data);

/**
 * Unregister a callback registered with the same func and user_data.
 *
 * @param func       The callback.
 * @param user_data  Its user data.
 * @return 0, or -ENOENT (not registered) with rte_errno set.
 */
int rte_mempool_event_callback_unregister(
	rte_mempool_event_callback *func, void *user_data);

/** Where a pool's objects are (rte_mempool_get_mem_range). */
struct rte_mempool_mem_range_info {
	void *start; /**< lowest address of the pool's memory chunks */
	size_t length; /**< from start to the end of the highest chunk */
	bool is_contiguous; /**< the chunks cover [start, start + length) */
};

/**
 * The memory range holding a pool's objects, e.g. to compress object
 * pointers as offsets.
 *
 * @param mp         The pool.
 * @param mem_range  Filled in (start NULL and length 0 for a pool
 *                   without memory chunks).
 * @return 0, or -EINVAL (NULL argument).
 */
int rte_mempool_get_mem_range(const struct rte_mempool *mp,
	struct rte_mempool_mem_range_info *mem_range);

/**
 * Alignment of a pool's objects (of the elements handed out).
 *
 * @param mp  The pool.
 * @return RTE_MEMPOOL_ALIGN, 8 with RTE_MEMPOOL_F_NO_CACHE_ALIGN, or 0
 *   for a NULL pool.
 */
size_t rte_mempool_get_obj_alignment(const struct rte_mempool *mp);

/**
 * Check the cookies of every object of n contiguous blocks (as
 * rte_mempool_check_cookies does for objects); panics on corruption.
 * Does nothing unless built with mempool_debug.
 *
 * @param mp                     The pool (its handler has get_info).
 * @param first_obj_table_const  First object of each block.
 * @param n                      Number of blocks.
 * @param free                   1 when put, 0 when got, 2 to only check.
 */
void rte_mempool_contig_blocks_check_cookies(const struct rte_mempool *mp,
	void *const *first_obj_table_const, unsigned int n, int free);

#ifdef RTE_LIBRTE_MEMPOOL_DEBUG
/** @internal Block cookie check on the fast path (debug builds only). */
#define RTE_MEMPOOL_CONTIG_BLOCKS_CHECK_COOKIES( \
	mp, first_obj_table_const, n, free) \
	rte_mempool_contig_blocks_check_cookies( \
		mp, first_obj_table_const, n, free)
#else
/** @internal Block cookie check, compiled out. */
#define RTE_MEMPOOL_CONTIG_BLOCKS_CHECK_COOKIES( \
	mp, first_obj_table_const, n, free) \
	do { \
	} while (0)
#endif

/**
 * Read a pool's counters: those of one lcore slot, or their sum.
 *
 * Counts since the pool was created or last reset
 * (rte_mempool_stats_reset); held is never reset. Gets and puts through
 * a cache made with rte_mempool_cache_create are counted once that
 * cache is flushed (rte_mempool_cache_flush). The pool's handler counts
 * its own traffic too: populating a pool enqueues every object once.
 * Values are exact when no thread uses the pool meanwhile, else a
 * recent snapshot of each counter.
 *
 * @param mp        The pool.
 * @param lcore_id  0 .. RTE_MAX_LCORE - 1 for one lcore's slot,
 *                  RTE_MAX_LCORE for the slot of threads without an
 *                  lcore id, -1 for the sum of every slot.
 * @param stats     Filled in.
 * @return 0, or -EINVAL (NULL pointer or lcore_id out of range).
 */
int rte_mempool_stats_get(const struct rte_mempool *mp, int lcore_id,
	struct rte_mempool_stats *stats);

/** Objects of a pool held by one attached process. */
struct rte_mempool_proc_held {
	int32_t pid; /**< the process */
	/** 1 for a process that died: held is what it took with it. */
	uint32_t dead;
	int64_t held; /**< objects its threads took and did not put back */
};

/**
 * Objects of a pool held per attached process: the sum of the held
 * counts of the lcore slots each live process owns, plus what its
 * threads without an lcore id hold. An object got by one process and
 * put back by another counts as held by the first, negatively by the
 * second.
 *
 * @param mp   The pool.
 * @param out  Filled with up to n entries, or NULL when n is 0.
 * @param n    Room in out.
 * @return The number of processes with a slot in this pool (it may
 *   exceed n), or -EINVAL.
 */
int rte_mempool_held_by_process(const struct rte_mempool *mp,
	struct rte_mempool_proc_held *out, unsigned int n);

/**
 * Restart a pool's counters from zero (held, a count of objects and not
 * of events, is kept). Safe while other threads use the pool: each
 * slot's values at the reset become its new zero.
 *
 * @param mp  The pool, or NULL (nothing done).
 */
void rte_mempool_stats_reset(struct rte_mempool *mp);

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Holder tag of an object of a pool made with RTE_MEMPOOL_F_HOLDER_TAGS:
 * a 64-bit word in the object's header, just before struct
 * rte_mempool_objhdr.
 *
 * @param obj  An element of such a pool.
 * @return Its tag: the owner id (rte_eal_owner_id()) of the process
 *   that got it, 0 while it is free or being put.
 */
static inline uint64_t *
rte_mempool_holder_tag(void *obj)
{
	return (uint64_t *)RTE_PTR_SUB(
		obj, sizeof(struct rte_mempool_objhdr) + sizeof(uint64_t));
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Make the calling process the holder of objects another process got
 * and passed to it (through a ring, a queue, a message): after this,
 * rte_mempool_reclaim_dead() no longer takes them back if that process
 * dies. Does nothing on a pool without RTE_MEMPOOL_F_HOLDER_TAGS.
 *
 * @param mp         The pool of the objects.
 * @param obj_table  The objects.
 * @param n          Their number.
 */
__rte_experimental void rte_mempool_holder_adopt(
	struct rte_mempool *mp, void *const *obj_table, unsigned int n);

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Return to a pool made with RTE_MEMPOOL_F_HOLDER_TAGS the objects
 * whose holder tag names a process that is no longer alive (pid and
 * start time, so a recycled pid does not pass as alive). They are put
 * as the calling thread would put them, so the pool's held counters
 * drop by as many. Safe while live processes use the pool, provided
 * no live process still uses an object a dead one got: objects a
 * process passes to others must be adopted by them
 * (rte_mempool_holder_adopt()) or put back before the giver can die
 * (guide: multi-process, "objects of a dead process"). Objects a
 * process was getting or putting at the instant it died may carry no
 * tag: they stay out of the pool, counted as in use.
 *
 * @param mp  The pool.
 * @return The number of objects returned, or -EINVAL (NULL pool, or a
 *   pool without RTE_MEMPOOL_F_HOLDER_TAGS) with rte_errno set.
 */
__rte_experimental int rte_mempool_reclaim_dead(struct rte_mempool *mp);

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Make consistent the per-lcore caches of a pool that a dead process
 * left in the middle of a flush or a refill, on every lcore id no live
 * process uses (the EAL does it for its own lcore ids when a process
 * starts). A flush cut short is completed: its objects count as given
 * to the handler, which had them or was about to; a refill cut short
 * before the cache length covered its objects is dropped. A kill
 * inside the handler call can thus lose the objects of that one burst
 * (counted as in use), never duplicate them. Call it before handing
 * back a dead process's cache with rte_mempool_cache_flush(); never on
 * an lcore id a process is about to take.
 *
 * @param mp  The pool.
 * @return The number of caches repaired, or -EINVAL (NULL pool) with
 *   rte_errno set.
 */
__rte_experimental int rte_mempool_cache_repair_dead(struct rte_mempool *mp);

/**
 * Page size a pool's objects must not straddle.
 *
 * @param mp     The pool.
 * @param pg_sz  Set to 0 when objects need not be IOVA-contiguous
 *               (RTE_MEMPOOL_F_NO_IOVA_CONTIG), else to the page size
 *               of the memory: the huge page size with huge pages, the
 *               system page size otherwise.
 * @return 0, or -EINVAL (NULL argument).
 */
int rte_mempool_get_page_size(struct rte_mempool *mp, size_t *pg_sz);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MEMPOOL_H_ */
