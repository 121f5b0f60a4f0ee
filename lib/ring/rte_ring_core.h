/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _RTE_RING_CORE_H_
#define _RTE_RING_CORE_H_

/**
 * @file
 * Layout of struct rte_ring and the constants shared by every ring
 * header. Applications include rte_ring.h or rte_ring_elem.h instead.
 *
 * The ring holds no pointer to process-private data: a ring placed in
 * shared memory works in every process that maps that memory at the
 * same address.
 */

#include <stdint.h>
#include <sys/types.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>

#include <rte_common.h>
#include <rte_config.h>
#include <rte_memory.h>
#include <rte_lcore.h>
#include <rte_atomic.h>
#include <rte_branch_prediction.h>
#include <rte_debug.h>
#include <rte_memzone.h>
#include <rte_pause.h>
#include <rte_robust_lock.h>

#ifdef __cplusplus
extern "C" {
#endif

/** How many objects an enqueue or dequeue must move. */
enum rte_ring_queue_behavior {
	/** All n objects or none. */
	RTE_RING_QUEUE_FIXED = 0,
	/** As many of the n objects as fit (or are present). */
	RTE_RING_QUEUE_VARIABLE
};

/** Name of the shared list of rings. */
#define RTE_TAILQ_RING_NAME "RTE_RING"

/** Prefix of the name of the memzone holding a ring. */
#define RTE_RING_MZ_PREFIX "RG_"
/** Longest ring name, NUL included. */
#define RTE_RING_NAMESIZE \
	(RTE_MEMZONE_NAMESIZE - sizeof(RTE_RING_MZ_PREFIX) + 1)

/** Synchronisation of one side (producer or consumer) of a ring. */
enum rte_ring_sync_type {
	RTE_RING_SYNC_MT, /**< several threads may use this side */
	RTE_RING_SYNC_ST, /**< one thread at a time uses this side */
	/**
	 * Several threads, relaxed tail sync: the tail moves when the
	 * last of the overlapping operations finishes, so nobody waits
	 * for a particular earlier thread.
	 */
	RTE_RING_SYNC_MT_RTS,
	/**
	 * Several threads, head/tail sync: one operation at a time on
	 * this side; the next one starts when head and tail are equal.
	 */
	RTE_RING_SYNC_MT_HTS,
};

/**
 * One side of a ring in RTE_RING_SYNC_MT or RTE_RING_SYNC_ST mode. The
 * head is where the next enqueue (dequeue) reserves room; the tail is
 * where the other side may read up to. Both only grow, modulo 2^32.
 *
 * In every mode the position the other side reads (the tail) is the
 * 32-bit word at offset 4 and the mode is the word at offset 8.
 */
struct rte_ring_headtail {
	volatile uint32_t head; /**< next position to reserve */
	volatile uint32_t tail; /**< positions before it are finished */
	__extension__ union {
		/** synchronisation of this side */
		enum rte_ring_sync_type sync_type;
		/** old spelling: non-zero for a single producer/consumer */
		uint32_t single;
	};
};

/** A position and an operation count, read and written as one word. */
union __rte_ring_rts_poscnt {
	/** both fields as one 64-bit value */
	uint64_t raw __rte_aligned(8);
	/** the fields */
	struct {
		uint32_t cnt; /**< operations started (head) or done (tail) */
		uint32_t pos; /**< ring position */
	} val;
};

/**
 * One side of a ring in RTE_RING_SYNC_MT_RTS mode. Each operation adds
 * one to head.cnt when it reserves and one to tail.cnt when it is
 * done; the one that makes the counts equal moves tail.pos to
 * head.pos.
 */
struct rte_ring_rts_headtail {
	volatile union __rte_ring_rts_poscnt tail; /**< published end */
	enum rte_ring_sync_type sync_type; /**< RTE_RING_SYNC_MT_RTS */
	/** Largest head - tail distance before a new operation waits. */
	uint32_t htd_max;
	volatile union __rte_ring_rts_poscnt head; /**< reserved end */
};

/** Head and tail of an HTS side, read and written as one word. */
union __rte_ring_hts_pos {
	/** both positions as one 64-bit value */
	uint64_t raw __rte_aligned(8);
	/** the positions */
	struct {
		uint32_t head; /**< reserved end */
		uint32_t tail; /**< published end */
	} pos;
};

/**
 * One side of a ring in RTE_RING_SYNC_MT_HTS mode: head differs from
 * tail only while one operation is in progress.
 */
struct rte_ring_hts_headtail {
	volatile union __rte_ring_hts_pos ht; /**< head and tail */
	enum rte_ring_sync_type sync_type; /**< RTE_RING_SYNC_MT_HTS */
};

/**
 * Recovery state of a RING_F_DEAD_PEER ring (rte_ring_dp.h): zero in
 * every other ring.
 */
struct rte_ring_dead_peer {
	/** Held while a dead process's reservation is finished. */
	rte_robust_lock_t lock;
	/**
	 * Non-zero once a dead producer's reservation was published with
	 * slots it never wrote (empty slots the dequeues skip).
	 */
	volatile uint32_t holes;
	uint32_t reserved; /**< zero */
};

/**
 * A ring: fixed-size FIFO of objects of a fixed size, lock-free for
 * several producers and consumers. The object table follows the
 * structure in memory.
 *
 * Producer and consumer state sit on cache lines of their own, with
 * an empty line between them so adjacent-line prefetch does not make
 * them share.
 */
struct rte_ring {
	char name[RTE_RING_NAMESIZE] __rte_cache_aligned; /**< its name */
	int flags; /**< flags given at creation */
	/** Memzone holding the ring, NULL if the caller gave the memory. */
	const struct rte_memzone *memzone;
	uint32_t size; /**< number of slots, a power of two */
	uint32_t mask; /**< size - 1 */
	uint32_t capacity; /**< number of objects it can hold */

	char pad0 __rte_cache_aligned; /**< empty cache line */

	/** Producer side, seen through the layout of its mode. */
	__extension__ union {
		struct rte_ring_headtail prod; /**< MT and ST */
		struct rte_ring_hts_headtail hts_prod; /**< MT_HTS */
		struct rte_ring_rts_headtail rts_prod; /**< MT_RTS */
	} __rte_cache_aligned;

	char pad1 __rte_cache_aligned; /**< empty cache line */

	/** Consumer side, seen through the layout of its mode. */
	__extension__ union {
		struct rte_ring_headtail cons; /**< MT and ST */
		struct rte_ring_hts_headtail hts_cons; /**< MT_HTS */
		struct rte_ring_rts_headtail rts_cons; /**< MT_RTS */
	} __rte_cache_aligned;

	/**
	 * Line after the consumer side: empty, except for the recovery
	 * state of a RING_F_DEAD_PEER ring (read-mostly: written only
	 * when a dead process's reservation is finished for it).
	 */
	__extension__ union {
		char pad2; /**< empty cache line */
		struct rte_ring_dead_peer dp; /**< RING_F_DEAD_PEER state */
	} __rte_cache_aligned;
};

/** The default enqueue is single-producer. */
#define RING_F_SP_ENQ 0x0001
/** The default dequeue is single-consumer. */
#define RING_F_SC_DEQ 0x0002
/**
 * The ring holds exactly the requested count: the slot table is
 * rounded up to the next power of two above count.
 */
#define RING_F_EXACT_SZ 0x0004
/** Largest ring size (slot count). */
#define RTE_RING_SZ_MASK (0x7fffffffU)
/** The default enqueue is multi-producer, relaxed tail sync. */
#define RING_F_MP_RTS_ENQ 0x0008
/** The default dequeue is multi-consumer, relaxed tail sync. */
#define RING_F_MC_RTS_DEQ 0x0010
/** The default enqueue is multi-producer, head/tail sync. */
#define RING_F_MP_HTS_ENQ 0x0020
/** The default dequeue is multi-consumer, head/tail sync. */
#define RING_F_MC_HTS_DEQ 0x0040
/**
 * The ring survives a process that dies inside an enqueue or dequeue
 * (rte_ring_dp.h): a pointer ring used only through the rte_ring_dp_*
 * functions, whose sides are MT, MT_RTS or MT_HTS.
 */
#define RING_F_DEAD_PEER 0x0080

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RING_CORE_H_ */
