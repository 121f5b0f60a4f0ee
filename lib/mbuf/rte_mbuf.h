/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Packet buffers (mbufs).
 *
 * An mbuf is a mempool object: the struct rte_mbuf header, a private
 * area for the application, then the data buffer. Pools of mbufs are
 * ordinary mempools whose private data is a struct
 * rte_pktmbuf_pool_private, so they use whatever mempool handler they
 * were created with (see rte_mbuf_pool_ops.h for how it is chosen).
 *
 * Invariant of every mbuf sitting free in its pool: refcnt is 1,
 * next is NULL and nb_segs is 1. Allocation therefore only resets the
 * packet fields, and freeing restores those three before the put.
 *
 * The fast paths (alloc, free, data-room arithmetic, refcount) are
 * inline; chain-wide work (clone, copy, linearize, bulk free) is in
 * rte_mbuf.c.
 */

#ifndef _RTE_MBUF_H_
#define _RTE_MBUF_H_

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_compat.h>
#include <rte_config.h>
#include <rte_branch_prediction.h>
#include <rte_debug.h>
#include <rte_mempool.h>
#include <rte_memory.h>
#include <rte_prefetch.h>

#include <rte_mbuf_core.h>
#include <rte_mbuf_ptype.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Private data of a packet mbuf pool, found with
 * rte_mempool_get_priv().
 */
struct rte_pktmbuf_pool_private {
	/** Data buffer size, headroom included. */
	uint16_t mbuf_data_room_size;
	uint16_t mbuf_priv_size; /**< private area after each header */
	uint32_t flags; /**< RTE_PKTMBUF_POOL_F_* */
};

/**
 * The pool's mbufs carry pinned external buffers: each mbuf keeps one
 * buffer of application memory for life (see
 * rte_pktmbuf_pool_create_extbuf()).
 */
#define RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF (1 << 0)

/**
 * Prefetch an mbuf that is about to be freed.
 *
 * @param m  The mbuf, or NULL (nothing done).
 */
#define RTE_MBUF_PREFETCH_TO_FREE(m) \
	do { \
		if ((m) != NULL) \
			rte_prefetch0(m); \
	} while (0)

/**
 * Name of a receive offload flag.
 *
 * @param mask  One flag (one bit, or one value of a checksum group).
 * @return Its name, or NULL if the value names no flag.
 */
const char *rte_get_rx_ol_flag_name(uint64_t mask);

/**
 * Names of every receive offload flag set in mask, each followed by a
 * space; each checksum group contributes the name of its value.
 *
 * @param mask  ol_flags value.
 * @param buf  Output buffer.
 * @param buflen  Its size.
 * @return 0, or -1 if buflen is too small (buf then holds what fit).
 */
int rte_get_rx_ol_flag_list(uint64_t mask, char *buf, size_t buflen);

/**
 * Name of a transmit offload flag.
 *
 * @param mask  One flag (one bit, one L4 checksum request or one tunnel
 *   type).
 * @return Its name, or NULL if the value names no flag.
 */
const char *rte_get_tx_ol_flag_name(uint64_t mask);

/**
 * Names of every transmit offload flag set in mask, as
 * rte_get_rx_ol_flag_list() does for receive flags.
 *
 * @param mask  ol_flags value.
 * @param buf  Output buffer.
 * @param buflen  Its size.
 * @return 0, or -1 if buflen is too small.
 */
int rte_get_tx_ol_flag_list(uint64_t mask, char *buf, size_t buflen);

/**
 * Flags of a packet mbuf pool.
 *
 * @param mp  The pool.
 * @return RTE_PKTMBUF_POOL_F_* flags.
 */
static inline uint32_t
rte_pktmbuf_priv_flags(struct rte_mempool *mp)
{
	const struct rte_pktmbuf_pool_private *priv =
		(const struct rte_pktmbuf_pool_private *)rte_mempool_get_priv(
			mp);

	return priv->flags;
}

/** Non-zero if the mbuf's external buffer is pinned by its pool. */
#define RTE_MBUF_HAS_PINNED_EXTBUF(mb) \
	(rte_pktmbuf_priv_flags((mb)->pool) & RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF)

/**
 * Data room size of the mbufs of a pool: the buffer size, headroom
 * included.
 *
 * @param mp  A packet mbuf pool.
 * @return The data room size.
 */
static inline uint16_t
rte_pktmbuf_data_room_size(struct rte_mempool *mp)
{
	const struct rte_pktmbuf_pool_private *priv =
		(const struct rte_pktmbuf_pool_private *)rte_mempool_get_priv(
			mp);

	return priv->mbuf_data_room_size;
}

/**
 * Size of the private area between each mbuf header of a pool and its
 * data buffer.
 *
 * @param mp  A packet mbuf pool.
 * @return The private size.
 */
static inline uint16_t
rte_pktmbuf_priv_size(struct rte_mempool *mp)
{
	const struct rte_pktmbuf_pool_private *priv =
		(const struct rte_pktmbuf_pool_private *)rte_mempool_get_priv(
			mp);

	return priv->mbuf_priv_size;
}

/**
 * Prefetch the first cache line of an mbuf (receive fields).
 *
 * @param m  The mbuf.
 */
static inline void
rte_mbuf_prefetch_part1(struct rte_mbuf *m)
{
	rte_prefetch0(m);
}

/**
 * Prefetch the second cache line of an mbuf (next, transmit fields).
 *
 * @param m  The mbuf.
 */
static inline void
rte_mbuf_prefetch_part2(struct rte_mbuf *m)
{
	rte_prefetch0(RTE_PTR_ADD(m, RTE_CACHE_LINE_MIN_SIZE));
}

/**
 * IO address of the mbuf's buffer.
 *
 * @param m  The mbuf.
 * @return buf_iova.
 */
static inline rte_iova_t
rte_mbuf_iova_get(const struct rte_mbuf *m)
{
	return m->buf_iova;
}

/**
 * Set the IO address of the mbuf's buffer.
 *
 * @param m  The mbuf.
 * @param iova  The address.
 */
static inline void
rte_mbuf_iova_set(struct rte_mbuf *m, rte_iova_t iova)
{
	m->buf_iova = iova;
}

/**
 * IO address of the start of the data.
 *
 * @param mb  The mbuf.
 * @return The address.
 */
static inline rte_iova_t
rte_mbuf_data_iova(const struct rte_mbuf *mb)
{
	return mb->buf_iova + mb->data_off;
}

/**
 * IO address the data would start at after a reset (default headroom).
 *
 * @param mb  The mbuf.
 * @return The address.
 */
static inline rte_iova_t
rte_mbuf_data_iova_default(const struct rte_mbuf *mb)
{
	return mb->buf_iova + RTE_PKTMBUF_HEADROOM;
}

/**
 * The direct mbuf an indirect mbuf is attached to.
 *
 * @param mi  An indirect mbuf.
 * @return The direct mbuf that owns the data.
 */
static inline struct rte_mbuf *
rte_mbuf_from_indirect(struct rte_mbuf *mi)
{
	/* The data buffer of a direct mbuf starts right after its header
	 * and private area; mi->priv_size is the direct one's. */
	return (struct rte_mbuf *)RTE_PTR_SUB(
		mi->buf_addr, sizeof(*mi) + mi->priv_size);
}

/**
 * Address of the mbuf's own (embedded) data buffer, whatever it is
 * attached to.
 *
 * @param mb  The mbuf.
 * @param mp  The pool it comes from.
 * @return The address.
 */
static inline char *
rte_mbuf_buf_addr(struct rte_mbuf *mb, struct rte_mempool *mp)
{
	return (char *)mb + sizeof(*mb) + rte_pktmbuf_priv_size(mp);
}

/**
 * Where the data of a freshly reset mbuf starts.
 *
 * @param mb  The mbuf.
 * @return The address.
 */
static inline char *
rte_mbuf_data_addr_default(struct rte_mbuf *mb)
{
	return rte_mbuf_buf_addr(mb, mb->pool) + RTE_PKTMBUF_HEADROOM;
}

/**
 * Address of a direct mbuf's embedded buffer.
 *
 * @param md  The mbuf.
 * @return The address.
 */
static inline char *
rte_mbuf_to_baddr(struct rte_mbuf *md)
{
	return rte_mbuf_buf_addr(md, md->pool);
}

/**
 * Start of the application private area of an mbuf.
 *
 * @param m  The mbuf.
 * @return The address (priv_size bytes long).
 */
static inline void *
rte_mbuf_to_priv(struct rte_mbuf *m)
{
	return RTE_PTR_ADD(m, sizeof(struct rte_mbuf));
}

/**
 * Read the reference count.
 *
 * @param m  The mbuf.
 * @return The count.
 */
static inline uint16_t
rte_mbuf_refcnt_read(const struct rte_mbuf *m)
{
	return __atomic_load_n(&m->refcnt, __ATOMIC_RELAXED);
}

/**
 * Set the reference count. Only the sole owner may do this.
 *
 * @param m  The mbuf.
 * @param new_value  The count.
 */
static inline void
rte_mbuf_refcnt_set(struct rte_mbuf *m, uint16_t new_value)
{
	__atomic_store_n(&m->refcnt, new_value, __ATOMIC_RELAXED);
}

/* Atomic add; the owner that drops the count to 0 acquires every
 * earlier owner's writes. */
static inline uint16_t
__rte_mbuf_refcnt_update(struct rte_mbuf *m, int16_t value)
{
	return __atomic_add_fetch(
		&m->refcnt, (uint16_t)value, __ATOMIC_ACQ_REL);
}

/**
 * Add to the reference count atomically.
 *
 * @param m  The mbuf.
 * @param value  Amount to add (may be negative).
 * @return The new count.
 */
static inline uint16_t
rte_mbuf_refcnt_update(struct rte_mbuf *m, int16_t value)
{
	/*
	 * A count of 1 means the caller is the only owner: nobody can
	 * change it concurrently, so a plain store avoids a locked
	 * instruction. The acquire load pairs with the release of the
	 * owner that last dropped its reference.
	 */
	if (likely(__atomic_load_n(&m->refcnt, __ATOMIC_ACQUIRE) == 1)) {
		uint16_t v = (uint16_t)(1 + value);

		rte_mbuf_refcnt_set(m, v);
		return v;
	}
	return __rte_mbuf_refcnt_update(m, value);
}

/**
 * Reference count of an external buffer.
 *
 * @param shinfo  Its shared information.
 * @return The count.
 */
static inline uint16_t
rte_mbuf_ext_refcnt_read(const struct rte_mbuf_ext_shared_info *shinfo)
{
	return __atomic_load_n(&shinfo->refcnt, __ATOMIC_RELAXED);
}

/**
 * Set the reference count of an external buffer.
 *
 * @param shinfo  Its shared information.
 * @param new_value  The count.
 */
static inline void
rte_mbuf_ext_refcnt_set(
	struct rte_mbuf_ext_shared_info *shinfo, uint16_t new_value)
{
	__atomic_store_n(&shinfo->refcnt, new_value, __ATOMIC_RELAXED);
}

/**
 * Add to the reference count of an external buffer atomically.
 *
 * @param shinfo  Its shared information.
 * @param value  Amount to add (may be negative).
 * @return The new count.
 */
static inline uint16_t
rte_mbuf_ext_refcnt_update(
	struct rte_mbuf_ext_shared_info *shinfo, int16_t value)
{
	if (likely(__atomic_load_n(&shinfo->refcnt, __ATOMIC_ACQUIRE) == 1)) {
		uint16_t v = (uint16_t)(1 + value);

		rte_mbuf_ext_refcnt_set(shinfo, v);
		return v;
	}
	return __atomic_add_fetch(
		&shinfo->refcnt, (uint16_t)value, __ATOMIC_ACQ_REL);
}

/**
 * Check an mbuf and panic with the reason if it is corrupt.
 *
 * @param m  The mbuf.
 * @param is_header  Non-zero if m is the first segment of a packet
 *   (then the whole chain is checked).
 */
void rte_mbuf_sanity_check(const struct rte_mbuf *m, int is_header);

/**
 * Check an mbuf.
 *
 * @param m  The mbuf.
 * @param is_header  Non-zero if m is the first segment of a packet
 *   (then the whole chain is checked).
 * @param reason  Set to a static description of the first problem found.
 * @return 0 if the mbuf looks sane, -1 otherwise.
 */
int
rte_mbuf_check(const struct rte_mbuf *m, int is_header, const char **reason);

#ifdef RTE_LIBRTE_MBUF_DEBUG
/** Sanity check in debug builds only. */
#define __rte_mbuf_sanity_check(m, is_h) rte_mbuf_sanity_check(m, is_h)
#else
/** Sanity check in debug builds only. */
#define __rte_mbuf_sanity_check(m, is_h) \
	do { \
		RTE_SET_USED(m); \
		RTE_SET_USED(is_h); \
	} while (0)
#endif

/* What every mbuf in a pool must look like (debug builds check it). */
#define __rte_mbuf_raw_sanity_check(m) \
	do { \
		RTE_ASSERT(rte_mbuf_refcnt_read(m) == 1); \
		RTE_ASSERT((m)->next == NULL); \
		RTE_ASSERT((m)->nb_segs == 1); \
		__rte_mbuf_sanity_check(m, 0); \
	} while (0)

/** Check, in debug builds, an mbuf just taken from its pool. */
#define MBUF_RAW_ALLOC_CHECK(m) __rte_mbuf_raw_sanity_check(m)

/**
 * Take an mbuf from a pool without resetting its packet fields.
 *
 * @param mp  The pool.
 * @return The mbuf, or NULL if the pool is empty.
 */
static inline struct rte_mbuf *
rte_mbuf_raw_alloc(struct rte_mempool *mp)
{
	void *obj;

	if (rte_mempool_get(mp, &obj) < 0)
		return NULL;
	__rte_mbuf_raw_sanity_check((struct rte_mbuf *)obj);
	return (struct rte_mbuf *)obj;
}

/**
 * Give an mbuf back to its pool as is. It must be direct (or own the
 * pinned external buffer of its pool), have refcnt 1, next NULL and
 * nb_segs 1.
 *
 * @param m  The mbuf.
 */
static __rte_always_inline void
rte_mbuf_raw_free(struct rte_mbuf *m)
{
	RTE_ASSERT(!RTE_MBUF_CLONED(m) &&
		(!RTE_MBUF_HAS_EXTBUF(m) || RTE_MBUF_HAS_PINNED_EXTBUF(m)));
	__rte_mbuf_raw_sanity_check(m);
	rte_mempool_put(m->pool, m);
}

/**
 * Object constructor of a packet mbuf pool, for rte_mempool_obj_iter():
 * lays out the header, private area and buffer of one mbuf.
 *
 * @param mp  The pool (its private data must already be set).
 * @param opaque_arg  Unused.
 * @param m  The object.
 * @param i  Its index (unused).
 */
void rte_pktmbuf_init(
	struct rte_mempool *mp, void *opaque_arg, void *m, unsigned int i);

/**
 * Pool constructor of a packet mbuf pool: stores the data room and
 * private sizes in the pool's private data.
 *
 * @param mp  The pool, created with a private data size of at least
 *   sizeof(struct rte_pktmbuf_pool_private).
 * @param opaque_arg  A struct rte_pktmbuf_pool_private to copy, or NULL
 *   to derive the data room from the element size with no private area.
 */
void rte_pktmbuf_pool_init(struct rte_mempool *mp, void *opaque_arg);

/**
 * Create a packet mbuf pool on the best mempool handler
 * (rte_mbuf_best_mempool_ops()).
 *
 * @param name  Pool name.
 * @param n  Number of mbufs (2^q - 1 uses memory best).
 * @param cache_size  Per-lcore cache size (see rte_mempool_create()).
 * @param priv_size  Private area per mbuf; a multiple of
 *   RTE_MBUF_PRIV_ALIGN.
 * @param data_room_size  Buffer size, RTE_PKTMBUF_HEADROOM included.
 *   A smaller value is accepted (pools that only hold clones use 0):
 *   the headroom then shrinks to the whole buffer.
 * @param socket_id  NUMA socket, or SOCKET_ID_ANY.
 * @return The pool, or NULL with rte_errno set: EINVAL (priv_size not
 *   aligned, unknown handler, bad cache size or n), EEXIST (name
 *   taken), ENAMETOOLONG, ENOSPC, ENOMEM. Nothing is left allocated
 *   on failure.
 */
struct rte_mempool *rte_pktmbuf_pool_create(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id);

/**
 * Create a packet mbuf pool on a named mempool handler.
 *
 * @param name  Pool name.
 * @param n  Number of mbufs.
 * @param cache_size  Per-lcore cache size.
 * @param priv_size  Private area per mbuf, a multiple of
 *   RTE_MBUF_PRIV_ALIGN.
 * @param data_room_size  Buffer size, headroom included.
 * @param socket_id  NUMA socket, or SOCKET_ID_ANY.
 * @param ops_name  Handler name ("ring_mp_mc", "stack", ...), or NULL
 *   for rte_mbuf_best_mempool_ops().
 * @return The pool, or NULL with rte_errno set as for
 *   rte_pktmbuf_pool_create(); an unregistered handler gives EINVAL
 *   (as in DPDK) and a log line naming it.
 */
struct rte_mempool *rte_pktmbuf_pool_create_by_ops(const char *name,
	unsigned int n, unsigned int cache_size, uint16_t priv_size,
	uint16_t data_room_size, int socket_id, const char *ops_name);

/** One area of application memory cut into mbuf data buffers. */
struct rte_pktmbuf_extmem {
	void *buf_ptr; /**< start of the area */
	rte_iova_t buf_iova; /**< its IO address, or RTE_BAD_IOVA */
	size_t buf_len; /**< its length in bytes */
	uint16_t elt_size; /**< bytes per mbuf buffer */
};

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Create a pool of mbufs whose data buffers are pinned in memory the
 * application provides: each mbuf gets one elt_size piece of the areas
 * for good. The mbufs carry RTE_MBUF_F_EXTERNAL and a shared info
 * structure after their private area (not in the application memory,
 * which is never written by the library). Freeing such an mbuf never
 * frees or detaches its buffer; clones attached to it keep the buffer
 * (and so the mbuf) out of the pool until the last one is freed.
 *
 * @param name  Pool name.
 * @param n  Number of mbufs.
 * @param cache_size  Per-lcore cache size.
 * @param priv_size  Private area per mbuf, a multiple of
 *   RTE_MBUF_PRIV_ALIGN.
 * @param data_room_size  Buffer size seen by the mbufs (buf_len),
 *   headroom included; at most each area's elt_size.
 * @param socket_id  NUMA socket, or SOCKET_ID_ANY.
 * @param ext_mem  Array of ext_num areas.
 * @param ext_num  Number of areas.
 * @return The pool (on the handler rte_mbuf_best_mempool_ops() names),
 *   or NULL with rte_errno set: EINVAL (priv_size not aligned, an area
 *   with a NULL address, zero length or zero elt_size, or an elt_size
 *   below data_room_size), ENOMEM (the areas hold fewer than n
 *   buffers), or what rte_pktmbuf_pool_create() reports. Every refusal
 *   logs a line.
 */
__rte_experimental struct rte_mempool *rte_pktmbuf_pool_create_extbuf(
	const char *name, unsigned int n, unsigned int cache_size,
	uint16_t priv_size, uint16_t data_room_size, int socket_id,
	const struct rte_pktmbuf_extmem *ext_mem, unsigned int ext_num);

/**
 * Put the data start back at the default headroom (or at the end of a
 * buffer smaller than that). The mbuf must hold no data.
 *
 * @param m  The mbuf.
 */
static inline void
rte_pktmbuf_reset_headroom(struct rte_mbuf *m)
{
	m->data_off = (uint16_t)RTE_MIN(
		(uint16_t)RTE_PKTMBUF_HEADROOM, (uint16_t)m->buf_len);
}

/**
 * @internal Clear the packet description of an mbuf: offload flags but
 * RTE_MBUF_F_EXTERNAL, packet type, lengths, VLAN tags, Tx offloads.
 *
 * @param m  The mbuf.
 */
static __rte_always_inline void
__rte_pktmbuf_reset_packet(struct rte_mbuf *m)
{
	m->pkt_len = 0;
	m->data_len = 0;
	m->ol_flags &= RTE_MBUF_F_EXTERNAL;
	m->packet_type = 0;
	m->vlan_tci = 0;
	m->vlan_tci_outer = 0;
	m->tx_offload = 0;
}

/**
 * Reset the packet fields of a one-segment mbuf to those of a fresh,
 * empty packet.
 *
 * @param m  The mbuf.
 */
static inline void
rte_pktmbuf_reset(struct rte_mbuf *m)
{
	m->next = NULL;
	m->nb_segs = 1;
	m->port = RTE_MBUF_PORT_INVALID;
	__rte_pktmbuf_reset_packet(m);
	rte_pktmbuf_reset_headroom(m);
	__rte_mbuf_sanity_check(m, 1);
}

/**
 * @internal Reset the packet fields of an mbuf just taken from its pool,
 * as rte_pktmbuf_reset() would. An mbuf in a pool already has refcnt 1,
 * next NULL and nb_segs 1 (rte_pktmbuf_prefree_seg() restores them, and
 * debug builds check them on allocation), so those are not rewritten,
 * and data_off, refcnt, nb_segs and port take one 8-byte store when the
 * buffer is at least RTE_PKTMBUF_HEADROOM long (always, but for pools
 * made with a smaller data room).
 *
 * @param m  The mbuf.
 */
static __rte_always_inline void
__rte_pktmbuf_reset_raw(struct rte_mbuf *m)
{
	/* data_off, refcnt, nb_segs and port, as laid out in the mbuf. */
	const struct {
		uint16_t data_off, refcnt, nb_segs, port;
	} rearm = {RTE_PKTMBUF_HEADROOM, 1, 1, RTE_MBUF_PORT_INVALID};

	RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, port) !=
		offsetof(struct rte_mbuf, data_off) + 3 * sizeof(uint16_t));
	if (likely(m->buf_len >= RTE_PKTMBUF_HEADROOM)) {
		memcpy(RTE_PTR_ADD(m, offsetof(struct rte_mbuf, data_off)),
			&rearm, sizeof(rearm));
	} else {
		m->data_off = m->buf_len;
		m->port = RTE_MBUF_PORT_INVALID;
	}
	__rte_pktmbuf_reset_packet(m);
	__rte_mbuf_sanity_check(m, 1);
}

/**
 * Allocate an empty packet mbuf.
 *
 * @param mp  The pool.
 * @return The mbuf (one segment, no data, default headroom), or NULL
 *   if the pool is empty.
 */
static inline struct rte_mbuf *
rte_pktmbuf_alloc(struct rte_mempool *mp)
{
	struct rte_mbuf *m = rte_mbuf_raw_alloc(mp);

	if (m != NULL)
		__rte_pktmbuf_reset_raw(m);
	return m;
}

/**
 * Allocate several empty packet mbufs, all or none.
 *
 * @param pool  The pool.
 * @param mbufs  Filled with count mbufs.
 * @param count  How many.
 * @return 0 on success; a negative errno (-ENOENT) if the pool had
 *   fewer, in which case nothing was taken and mbufs is untouched.
 */
static inline int
rte_pktmbuf_alloc_bulk(
	struct rte_mempool *pool, struct rte_mbuf **mbufs, unsigned int count)
{
	unsigned int i;
	int rc;

	rc = rte_mempool_get_bulk(pool, (void **)mbufs, count);
	if (unlikely(rc != 0))
		return rc;

	for (i = 0; i < count; i++) {
		__rte_mbuf_raw_sanity_check(mbufs[i]);
		__rte_pktmbuf_reset_raw(mbufs[i]);
	}
	return 0;
}

/**
 * Fill in a shared information structure at the end of an external
 * buffer, shrinking the buffer by its size.
 *
 * @param buf_addr  The buffer.
 * @param buf_len  Its length; reduced to what remains for data.
 * @param free_cb  Called when the last mbuf detaches.
 * @param fcb_opaque  Argument of free_cb.
 * @return The shared information (refcnt 1), or NULL if the buffer is
 *   too small.
 */
static inline struct rte_mbuf_ext_shared_info *
rte_pktmbuf_ext_shinfo_init_helper(void *buf_addr, uint16_t *buf_len,
	rte_mbuf_extbuf_free_callback_t free_cb, void *fcb_opaque)
{
	struct rte_mbuf_ext_shared_info *shinfo;
	void *buf_end = RTE_PTR_ADD(buf_addr, *buf_len);
	void *addr;

	addr = RTE_PTR_ALIGN_FLOOR(
		RTE_PTR_SUB(buf_end, sizeof(*shinfo)), sizeof(uintptr_t));
	if ((uintptr_t)addr <= (uintptr_t)buf_addr)
		return NULL;

	shinfo = (struct rte_mbuf_ext_shared_info *)addr;
	shinfo->free_cb = free_cb;
	shinfo->fcb_opaque = fcb_opaque;
	rte_mbuf_ext_refcnt_set(shinfo, 1);
	*buf_len = (uint16_t)RTE_PTR_DIFF(shinfo, buf_addr);
	return shinfo;
}

/**
 * Attach an external buffer to a direct mbuf. The mbuf's own buffer is
 * unused until rte_pktmbuf_detach(). The caller accounts for this
 * attachment in shinfo->refcnt (the helper starts it at 1).
 *
 * @param m  A direct mbuf with refcnt 1.
 * @param buf_addr  The buffer.
 * @param buf_iova  Its IO address.
 * @param buf_len  Its length.
 * @param shinfo  Its shared information.
 */
static inline void
rte_pktmbuf_attach_extbuf(struct rte_mbuf *m, void *buf_addr,
	rte_iova_t buf_iova, uint16_t buf_len,
	struct rte_mbuf_ext_shared_info *shinfo)
{
	RTE_ASSERT(RTE_MBUF_DIRECT(m));
	RTE_ASSERT(shinfo->free_cb != NULL);

	m->buf_addr = buf_addr;
	m->buf_iova = buf_iova;
	m->buf_len = buf_len;
	m->data_len = 0;
	m->data_off = 0;
	m->ol_flags |= RTE_MBUF_F_EXTERNAL;
	m->shinfo = shinfo;
}

/**
 * Detach an external buffer (same as rte_pktmbuf_detach()).
 *
 * @param m  The mbuf.
 */
#define rte_pktmbuf_detach_extbuf(m) rte_pktmbuf_detach(m)

/**
 * Copy the dynamic fields of an mbuf.
 *
 * @param mdst  Destination.
 * @param msrc  Source.
 */
static inline void
rte_mbuf_dynfield_copy(struct rte_mbuf *mdst, const struct rte_mbuf *msrc)
{
	memcpy(mdst->dynfield1, msrc->dynfield1, sizeof(mdst->dynfield1));
}

/* Copy the per-packet metadata (not the buffer description). */
static inline void
__rte_pktmbuf_copy_hdr(struct rte_mbuf *mdst, const struct rte_mbuf *msrc)
{
	mdst->port = msrc->port;
	mdst->vlan_tci = msrc->vlan_tci;
	mdst->vlan_tci_outer = msrc->vlan_tci_outer;
	mdst->tx_offload = msrc->tx_offload;
	mdst->hash = msrc->hash;
	mdst->packet_type = msrc->packet_type;
	rte_mbuf_dynfield_copy(mdst, msrc);
}

/**
 * Make mi an indirect mbuf that shares m's data. m's owner (the direct
 * mbuf behind m, or m's external buffer) gains a reference, so the data
 * lives until both are freed. mi becomes a one-segment packet of m's
 * data_len bytes; only m's segment is shared, not its chain.
 *
 * @param mi  A direct, unshared (refcnt 1), empty mbuf.
 * @param m  The mbuf whose data to share (direct or indirect).
 */
static inline void
rte_pktmbuf_attach(struct rte_mbuf *mi, struct rte_mbuf *m)
{
	RTE_ASSERT(RTE_MBUF_DIRECT(mi) && rte_mbuf_refcnt_read(mi) == 1);

	if (RTE_MBUF_HAS_EXTBUF(m)) {
		rte_mbuf_ext_refcnt_update(m->shinfo, 1);
		mi->ol_flags = m->ol_flags;
		mi->shinfo = m->shinfo;
	} else {
		/* If m is itself indirect this finds the real owner. */
		rte_mbuf_refcnt_update(rte_mbuf_from_indirect(m), 1);
		mi->priv_size = m->priv_size;
		mi->ol_flags = m->ol_flags | RTE_MBUF_F_INDIRECT;
	}

	__rte_pktmbuf_copy_hdr(mi, m);

	mi->data_off = m->data_off;
	mi->data_len = m->data_len;
	mi->buf_iova = m->buf_iova;
	mi->buf_addr = m->buf_addr;
	mi->buf_len = m->buf_len;

	mi->next = NULL;
	mi->pkt_len = mi->data_len;
	mi->nb_segs = 1;

	__rte_mbuf_sanity_check(mi, 1);
	__rte_mbuf_sanity_check(m, 0);
}

/* Drop mi's reference on its external buffer; free it if last. */
static inline void
__rte_pktmbuf_free_extbuf(struct rte_mbuf *m)
{
	RTE_ASSERT(RTE_MBUF_HAS_EXTBUF(m));
	RTE_ASSERT(m->shinfo != NULL);

	if (rte_mbuf_ext_refcnt_update(m->shinfo, -1) == 0)
		m->shinfo->free_cb(m->buf_addr, m->shinfo->fcb_opaque);
}

/* Drop an indirect mbuf's reference on its direct mbuf; free it if
 * last. */
static inline void
__rte_pktmbuf_free_direct(struct rte_mbuf *m)
{
	struct rte_mbuf *md;

	RTE_ASSERT(RTE_MBUF_CLONED(m));

	md = rte_mbuf_from_indirect(m);
	if (rte_mbuf_refcnt_update(md, -1) == 0) {
		md->next = NULL;
		md->nb_segs = 1;
		rte_mbuf_refcnt_set(md, 1);
		rte_mbuf_raw_free(md);
	}
}

/**
 * Detach an indirect mbuf (or one with an external buffer): drop its
 * reference on the shared data and give it back its own empty buffer.
 *
 * @param m  The mbuf.
 */
static inline void
rte_pktmbuf_detach(struct rte_mbuf *m)
{
	struct rte_mempool *mp = m->pool;
	uint32_t mbuf_size, buf_len;
	uint16_t priv_size;

	if (RTE_MBUF_HAS_EXTBUF(m)) {
		/* A pinned buffer stays with its mbuf for life. */
		if (rte_pktmbuf_priv_flags(mp) &
			RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF)
			return;
		__rte_pktmbuf_free_extbuf(m);
	} else {
		__rte_pktmbuf_free_direct(m);
	}

	priv_size = rte_pktmbuf_priv_size(mp);
	mbuf_size = (uint32_t)(sizeof(struct rte_mbuf) + priv_size);
	buf_len = rte_pktmbuf_data_room_size(mp);

	m->priv_size = priv_size;
	m->buf_addr = (char *)m + mbuf_size;
	m->buf_iova = rte_mempool_virt2iova(m) + mbuf_size;
	m->buf_len = (uint16_t)buf_len;
	rte_pktmbuf_reset_headroom(m);
	m->data_len = 0;
	m->ol_flags = 0;
}

/*
 * Drop the reference a pinned mbuf holds on its own buffer as it is
 * freed. Returns 1 if clones still use the buffer: the mbuf then goes
 * back to its pool when the last of them is freed (from the buffer's
 * free callback). Returns 0 if the mbuf may go back now.
 */
static inline int
__rte_pktmbuf_pinned_extbuf_decref(struct rte_mbuf *m)
{
	struct rte_mbuf_ext_shared_info *shinfo = m->shinfo;

	m->ol_flags = RTE_MBUF_F_EXTERNAL;
	if (likely(rte_mbuf_ext_refcnt_read(shinfo) == 1))
		return 0;
	if (__atomic_sub_fetch(&shinfo->refcnt, 1, __ATOMIC_ACQ_REL) != 0)
		return 1;
	/* The last clone went away meanwhile: the buffer is ours again. */
	rte_mbuf_ext_refcnt_set(shinfo, 1);
	return 0;
}

/*
 * The last reference to an indirect mbuf, or to one with an external
 * buffer, went: detach it. Returns 1 if it may go back to its pool now,
 * 0 if a pinned buffer's clones keep it out until the last of them goes.
 * Out of line and cold, so that the direct mbuf's free, the common
 * case, stays small enough for the compiler to inline every free.
 */
static __rte_noinline __rte_cold __rte_unused int
__rte_pktmbuf_prefree_detach(struct rte_mbuf *m)
{
	rte_pktmbuf_detach(m);
	return !(RTE_MBUF_HAS_EXTBUF(m) && RTE_MBUF_HAS_PINNED_EXTBUF(m) &&
		__rte_pktmbuf_pinned_extbuf_decref(m));
}

/**
 * Prepare a segment to go back to its pool: drop one reference and, if
 * it was the last, detach it and restore the pool invariant.
 *
 * @param m  The segment.
 * @return m if it must now be put back in m->pool (for instance with
 *   rte_mbuf_raw_free()), NULL if other references remain.
 */
static __rte_always_inline struct rte_mbuf *
rte_pktmbuf_prefree_seg(struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 0);

	/* Acquire: see rte_mbuf_refcnt_update(). */
	if (likely(__atomic_load_n(&m->refcnt, __ATOMIC_ACQUIRE) == 1)) {
		/* The only reference: restore what a free mbuf looks like. */
		if (unlikely(!RTE_MBUF_DIRECT(m)) &&
			!__rte_pktmbuf_prefree_detach(m))
			return NULL;
		if (m->next != NULL)
			m->next = NULL;
		if (m->nb_segs != 1)
			m->nb_segs = 1;
		return m;
	}
	if (__rte_mbuf_refcnt_update(m, -1) != 0)
		return NULL;
	/* The last of several references: the same, and refcnt back to 1. */
	if (unlikely(!RTE_MBUF_DIRECT(m)) && !__rte_pktmbuf_prefree_detach(m)) {
		rte_mbuf_refcnt_set(m, 1);
		return NULL;
	}
	if (m->next != NULL)
		m->next = NULL;
	if (m->nb_segs != 1)
		m->nb_segs = 1;
	rte_mbuf_refcnt_set(m, 1);
	return m;
}

/**
 * Free one segment (its next pointer is ignored) to its pool, unless
 * other references remain.
 *
 * @param m  The segment.
 */
static __rte_always_inline void
rte_pktmbuf_free_seg(struct rte_mbuf *m)
{
	m = rte_pktmbuf_prefree_seg(m);
	if (likely(m != NULL))
		rte_mbuf_raw_free(m);
}

/**
 * Free a packet: every segment of the chain goes back to its own pool
 * (segments may come from different pools and handlers).
 *
 * @param m  First segment, or NULL (nothing done).
 */
static inline void
rte_pktmbuf_free(struct rte_mbuf *m)
{
	struct rte_mbuf *m_next;

	if (m != NULL)
		__rte_mbuf_sanity_check(m, 1);

	while (m != NULL) {
		m_next = m->next;
		rte_pktmbuf_free_seg(m);
		m = m_next;
	}
}

/**
 * Free several packets, batching the puts of consecutive segments that
 * go to the same pool.
 *
 * @param mbufs  Packets (NULL entries are skipped).
 * @param count  Number of entries.
 */
void rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count);

/**
 * Clone a packet: a new chain of indirect mbufs from mp that share the
 * data of every segment of md.
 *
 * @param md  The packet to clone.
 * @param mp  Pool of the new mbufs (its data room may be 0).
 * @return The clone, or NULL if mp ran out (nothing is then held).
 */
struct rte_mbuf *rte_pktmbuf_clone(struct rte_mbuf *md, struct rte_mempool *mp);

/**
 * Copy part of a packet into new direct mbufs from mp.
 *
 * @param m  The packet.
 * @param mp  Pool of the copy.
 * @param offset  Bytes to skip; more than the packet holds is an error.
 * @param length  Bytes to copy (UINT32_MAX: up to the end); truncated
 *   to what the packet holds after offset.
 * @return The copy, or NULL (bad offset or mp ran out).
 */
struct rte_mbuf *rte_pktmbuf_copy(const struct rte_mbuf *m,
	struct rte_mempool *mp, uint32_t offset, uint32_t length);

/**
 * Add to the reference count of every segment of a packet.
 *
 * @param m  The packet.
 * @param v  Amount to add.
 */
static inline void
rte_pktmbuf_refcnt_update(struct rte_mbuf *m, int16_t v)
{
	__rte_mbuf_sanity_check(m, 1);

	do {
		rte_mbuf_refcnt_update(m, v);
	} while ((m = m->next) != NULL);
}

/**
 * Free bytes before the data of a segment.
 *
 * @param m  The segment.
 * @return Bytes.
 */
static inline uint16_t
rte_pktmbuf_headroom(const struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 0);
	return m->data_off;
}

/**
 * Free bytes after the data of a segment.
 *
 * @param m  The segment.
 * @return Bytes.
 */
static inline uint16_t
rte_pktmbuf_tailroom(const struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 0);
	return (uint16_t)(m->buf_len - rte_pktmbuf_headroom(m) - m->data_len);
}

/**
 * Last segment of a packet.
 *
 * @param m  The first segment.
 * @return The last one.
 */
static inline struct rte_mbuf *
rte_pktmbuf_lastseg(struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 1);
	while (m->next != NULL)
		m = m->next;
	return m;
}

/**
 * Grow the packet at the front, into the first segment's headroom.
 *
 * @param m  The packet.
 * @param len  Bytes to add.
 * @return The new start of the data, or NULL (packet unchanged) if the
 *   headroom is smaller than len.
 */
static inline char *
rte_pktmbuf_prepend(struct rte_mbuf *m, uint16_t len)
{
	__rte_mbuf_sanity_check(m, 1);

	if (unlikely(len > rte_pktmbuf_headroom(m)))
		return NULL;

	m->data_off = (uint16_t)(m->data_off - len);
	m->data_len = (uint16_t)(m->data_len + len);
	m->pkt_len = m->pkt_len + len;
	return rte_pktmbuf_mtod(m, char *);
}

/**
 * Grow the packet at the end, into the last segment's tailroom.
 *
 * @param m  The packet.
 * @param len  Bytes to add.
 * @return Where the added bytes start, or NULL (packet unchanged) if
 *   the last segment's tailroom is smaller than len.
 */
static inline char *
rte_pktmbuf_append(struct rte_mbuf *m, uint16_t len)
{
	struct rte_mbuf *m_last;
	char *tail;

	__rte_mbuf_sanity_check(m, 1);

	m_last = rte_pktmbuf_lastseg(m);
	if (unlikely(len > rte_pktmbuf_tailroom(m_last)))
		return NULL;

	tail = rte_pktmbuf_mtod_offset(m_last, char *, m_last->data_len);
	m_last->data_len = (uint16_t)(m_last->data_len + len);
	m->pkt_len = m->pkt_len + len;
	return tail;
}

/**
 * Remove bytes from the front of the packet (first segment only).
 *
 * @param m  The packet.
 * @param len  Bytes to remove.
 * @return The new start of the data, or NULL (packet unchanged) if the
 *   first segment holds fewer than len bytes.
 */
static inline char *
rte_pktmbuf_adj(struct rte_mbuf *m, uint16_t len)
{
	__rte_mbuf_sanity_check(m, 1);

	if (unlikely(len > m->data_len))
		return NULL;

	m->data_len = (uint16_t)(m->data_len - len);
	m->data_off = (uint16_t)(m->data_off + len);
	m->pkt_len = m->pkt_len - len;
	return rte_pktmbuf_mtod(m, char *);
}

/**
 * Remove bytes from the end of the packet (last segment only).
 *
 * @param m  The packet.
 * @param len  Bytes to remove.
 * @return 0, or -1 (packet unchanged) if the last segment holds fewer
 *   than len bytes.
 */
static inline int
rte_pktmbuf_trim(struct rte_mbuf *m, uint16_t len)
{
	struct rte_mbuf *m_last;

	__rte_mbuf_sanity_check(m, 1);

	m_last = rte_pktmbuf_lastseg(m);
	if (unlikely(len > m_last->data_len))
		return -1;

	m_last->data_len = (uint16_t)(m_last->data_len - len);
	m->pkt_len = m->pkt_len - len;
	return 0;
}

/**
 * Whether the packet is a single segment.
 *
 * @param m  The packet.
 * @return 1 if so, 0 otherwise.
 */
static inline int
rte_pktmbuf_is_contiguous(const struct rte_mbuf *m)
{
	__rte_mbuf_sanity_check(m, 1);
	return m->nb_segs == 1;
}

/* Slow path of rte_pktmbuf_read(): the range spans segments. */
const void *__rte_pktmbuf_read(
	const struct rte_mbuf *m, uint32_t off, uint32_t len, void *buf);

/**
 * Read len bytes of packet data at offset off.
 *
 * @param m  The packet.
 * @param off  Offset from the start of the packet.
 * @param len  Bytes wanted.
 * @param buf  Scratch space of at least len bytes, used when the range
 *   spans segments.
 * @return Pointer to the bytes (into the packet, or buf), or NULL if
 *   the packet is shorter than off + len.
 */
static inline const void *
rte_pktmbuf_read(
	const struct rte_mbuf *m, uint32_t off, uint32_t len, void *buf)
{
	if (likely((uint64_t)off + len <= rte_pktmbuf_data_len(m)))
		return rte_pktmbuf_mtod_offset(m, char *, off);
	return __rte_pktmbuf_read(m, off, len, buf);
}

/**
 * Append packet tail to packet head. On success tail belongs to head
 * and must not be freed separately.
 *
 * @param head  The first packet.
 * @param tail  The packet to append.
 * @return 0, or -EOVERFLOW (both packets unchanged) if the result would
 *   have more than RTE_MBUF_MAX_NB_SEGS segments.
 */
static inline int
rte_pktmbuf_chain(struct rte_mbuf *head, struct rte_mbuf *tail)
{
	struct rte_mbuf *cur_tail;

	if ((uint32_t)head->nb_segs + tail->nb_segs > RTE_MBUF_MAX_NB_SEGS)
		return -EOVERFLOW;

	cur_tail = rte_pktmbuf_lastseg(head);
	cur_tail->next = tail;

	head->nb_segs = (uint16_t)(head->nb_segs + tail->nb_segs);
	head->pkt_len += tail->pkt_len;

	/* Only a first segment's pkt_len means anything. */
	tail->pkt_len = tail->data_len;
	return 0;
}

/* Slow path of rte_pktmbuf_linearize(). */
int __rte_pktmbuf_linearize(struct rte_mbuf *mbuf);

/**
 * Move all the data of a packet into its first segment and free the
 * others.
 *
 * @param mbuf  The packet.
 * @return 0, or -1 (packet unchanged) if the first segment lacks the
 *   tailroom or is shared (indirect or refcnt > 1).
 */
static inline int
rte_pktmbuf_linearize(struct rte_mbuf *mbuf)
{
	if (rte_pktmbuf_is_contiguous(mbuf))
		return 0;
	return __rte_pktmbuf_linearize(mbuf);
}

/**
 * Pack the transmit offload lengths into a tx_offload value.
 *
 * @param il2  (Inner) L2 header length.
 * @param il3  (Inner) L3 header length.
 * @param il4  (Inner) L4 header length.
 * @param tso  TSO segment size.
 * @param ol3  Outer L3 header length.
 * @param ol2  Outer L2 header length.
 * @param unused  The remaining bits (normally 0).
 * @return The value to store in tx_offload. Lengths wider than their
 *   bit-field spill into the next one, as with any shift-and-or.
 */
static inline uint64_t
rte_mbuf_tx_offload(uint64_t il2, uint64_t il3, uint64_t il4, uint64_t tso,
	uint64_t ol3, uint64_t ol2, uint64_t unused)
{
	return il2 << RTE_MBUF_L2_LEN_OFS | il3 << RTE_MBUF_L3_LEN_OFS |
		il4 << RTE_MBUF_L4_LEN_OFS | tso << RTE_MBUF_TSO_SEGSZ_OFS |
		ol3 << RTE_MBUF_OUTL3_LEN_OFS | ol2 << RTE_MBUF_OUTL2_LEN_OFS |
		unused << RTE_MBUF_TXOFLD_UNUSED_OFS;
}

/**
 * Check that a packet's transmit offload flags are consistent:
 * an IP checksum only for IPv4; an L4 checksum or TSO only with the IP
 * version given; TSO only with a segment size and, for IPv4, with the
 * IP checksum; the outer IP checksum only for an outer IPv4 header.
 *
 * @param m  The packet.
 * @return 0 if consistent (or no offload asked), -EINVAL otherwise.
 */
static inline int
rte_validate_tx_offload(const struct rte_mbuf *m)
{
	uint64_t f = m->ol_flags;
	const uint64_t ip_ver = RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_IPV6;

	if ((f & RTE_MBUF_F_TX_OFFLOAD_MASK) == 0)
		return 0;
	if ((f & RTE_MBUF_F_TX_IP_CKSUM) && (f & RTE_MBUF_F_TX_IPV6))
		return -EINVAL;
	if ((f & (RTE_MBUF_F_TX_L4_MASK | RTE_MBUF_F_TX_TCP_SEG)) &&
		!(f & ip_ver))
		return -EINVAL;
	if ((f & RTE_MBUF_F_TX_TCP_SEG) &&
		(m->tso_segsz == 0 ||
			((f & RTE_MBUF_F_TX_IPV4) &&
				!(f & RTE_MBUF_F_TX_IP_CKSUM))))
		return -EINVAL;
	if ((f & RTE_MBUF_F_TX_OUTER_IP_CKSUM) &&
		!(f & RTE_MBUF_F_TX_OUTER_IPV4))
		return -EINVAL;
	return 0;
}

/**
 * Scheduler queue of a packet (hash.sched.queue_id).
 *
 * @param m  The packet.
 * @return The queue.
 */
static inline uint32_t
rte_mbuf_sched_queue_get(const struct rte_mbuf *m)
{
	return m->hash.sched.queue_id;
}

/**
 * Scheduler traffic class of a packet.
 *
 * @param m  The packet.
 * @return The traffic class.
 */
static inline uint8_t
rte_mbuf_sched_traffic_class_get(const struct rte_mbuf *m)
{
	return m->hash.sched.traffic_class;
}

/**
 * Scheduler colour of a packet.
 *
 * @param m  The packet.
 * @return The colour.
 */
static inline uint8_t
rte_mbuf_sched_color_get(const struct rte_mbuf *m)
{
	return m->hash.sched.color;
}

/**
 * All scheduler fields of a packet.
 *
 * @param m  The packet.
 * @param queue_id  Set to the queue.
 * @param traffic_class  Set to the traffic class.
 * @param color  Set to the colour.
 */
static inline void
rte_mbuf_sched_get(const struct rte_mbuf *m, uint32_t *queue_id,
	uint8_t *traffic_class, uint8_t *color)
{
	struct rte_mbuf_sched sched = m->hash.sched;

	*queue_id = sched.queue_id;
	*traffic_class = sched.traffic_class;
	*color = sched.color;
}

/**
 * Set the scheduler queue of a packet.
 *
 * @param m  The packet.
 * @param queue_id  The queue.
 */
static inline void
rte_mbuf_sched_queue_set(struct rte_mbuf *m, uint32_t queue_id)
{
	m->hash.sched.queue_id = queue_id;
}

/**
 * Set the scheduler traffic class of a packet.
 *
 * @param m  The packet.
 * @param traffic_class  The traffic class.
 */
static inline void
rte_mbuf_sched_traffic_class_set(struct rte_mbuf *m, uint8_t traffic_class)
{
	m->hash.sched.traffic_class = traffic_class;
}

/**
 * Set the scheduler colour of a packet.
 *
 * @param m  The packet.
 * @param color  The colour.
 */
static inline void
rte_mbuf_sched_color_set(struct rte_mbuf *m, uint8_t color)
{
	m->hash.sched.color = color;
}

/**
 * Set all scheduler fields of a packet in one store.
 *
 * @param m  The packet.
 * @param queue_id  The queue.
 * @param traffic_class  The traffic class.
 * @param color  The colour.
 */
static inline void
rte_mbuf_sched_set(struct rte_mbuf *m, uint32_t queue_id, uint8_t traffic_class,
	uint8_t color)
{
	m->hash.sched = (struct rte_mbuf_sched){
		.queue_id = queue_id,
		.traffic_class = traffic_class,
		.color = color,
		.reserved = 0,
	};
}

/**
 * Print an mbuf chain and the first bytes of its data.
 *
 * @param f  Output stream.
 * @param m  The packet.
 * @param dump_len  Most data bytes to print.
 */
void rte_pktmbuf_dump(FILE *f, const struct rte_mbuf *m, unsigned int dump_len);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_H_ */
