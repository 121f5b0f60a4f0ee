/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_debug.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_mempool.h>

#include "rte_mbuf.h"
#include "rte_mbuf_pool_ops.h"

/*
 * The fast paths (and drivers written for DPDK) rely on these offsets:
 * keep the header at exactly two cache lines. Checked here, once, rather
 * than in rte_mbuf_core.h, which C++ programs include too.
 */
RTE_BUILD_BUG_ON(sizeof(struct rte_mbuf) != 2 * RTE_CACHE_LINE_MIN_SIZE);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, buf_iova) != 8);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, rearm_data) != 16);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, data_off) != 16);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, refcnt) != 18);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, nb_segs) != 20);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, port) != 22);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, ol_flags) != 24);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, rx_descriptor_fields1) != 32);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, packet_type) != 32);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, pkt_len) != 36);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, data_len) != 40);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, vlan_tci) != 42);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, hash) != 44);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, vlan_tci_outer) != 52);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, buf_len) != 54);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, pool) != 56);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, next) != 64);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, tx_offload) != 72);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, shinfo) != 80);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, priv_size) != 88);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, timesync) != 90);
RTE_BUILD_BUG_ON(offsetof(struct rte_mbuf, dynfield1) != 92);

void
rte_pktmbuf_pool_init(struct rte_mempool *mp, void *opaque_arg)
{
	struct rte_pktmbuf_pool_private *mbp_priv;
	struct rte_pktmbuf_pool_private defaults;
	const struct rte_pktmbuf_pool_private *src = opaque_arg;

	RTE_ASSERT(mp->private_data_size >=
		sizeof(struct rte_pktmbuf_pool_private));
	RTE_ASSERT(mp->elt_size >= sizeof(struct rte_mbuf));

	if (src == NULL) {
		/* Legacy callers pass NULL: the whole element after the
		 * header is data room. */
		memset(&defaults, 0, sizeof(defaults));
		defaults.mbuf_data_room_size =
			(uint16_t)(mp->elt_size - sizeof(struct rte_mbuf));
		src = &defaults;
	}

	/* A pinned pool's buffers live outside the pool's elements. */
	RTE_ASSERT(mp->elt_size >= sizeof(struct rte_mbuf) +
			((src->flags & RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF)
					? sizeof(struct
						  rte_mbuf_ext_shared_info)
					: src->mbuf_data_room_size) +
			src->mbuf_priv_size);

	mbp_priv = rte_mempool_get_priv(mp);
	memcpy(mbp_priv, src, sizeof(*mbp_priv));
}

/*
 * The fields every mbuf of a pool starts with, whoever owns its buffer:
 * the caller sets buf_addr, buf_iova and buf_len, then the headroom.
 */
static void
pktmbuf_hdr_init(struct rte_mempool *mp, struct rte_mbuf *m)
{
	uint16_t priv_size = rte_pktmbuf_priv_size(mp);

	RTE_ASSERT(RTE_ALIGN(priv_size, RTE_MBUF_PRIV_ALIGN) == priv_size);
	memset(m, 0, sizeof(struct rte_mbuf) + priv_size);
	m->priv_size = priv_size;
	m->buf_len = rte_pktmbuf_data_room_size(mp);
	m->pool = mp;
	m->nb_segs = 1;
	m->port = RTE_MBUF_PORT_INVALID;
	rte_mbuf_refcnt_set(m, 1);
}

void
rte_pktmbuf_init(struct rte_mempool *mp, __rte_unused void *opaque_arg,
	void *_m, __rte_unused unsigned int i)
{
	struct rte_mbuf *m = _m;
	uint32_t mbuf_size;

	pktmbuf_hdr_init(mp, m);
	mbuf_size = (uint32_t)(sizeof(struct rte_mbuf) + m->priv_size);
	RTE_ASSERT(mp->elt_size >= mbuf_size + m->buf_len);
	m->buf_addr = (char *)m + mbuf_size;
	m->buf_iova = rte_mempool_virt2iova(m) + mbuf_size;
	rte_pktmbuf_reset_headroom(m);
}

/* DPDK's rule for both pool kinds; EINVAL and a log line otherwise. */
static int
pool_priv_size_ok(const char *name, uint16_t priv_size)
{
	if (RTE_ALIGN(priv_size, RTE_MBUF_PRIV_ALIGN) == priv_size)
		return 1;
	RTE_LOG(ERR, MBUF,
		"mbuf pool %s: priv_size %u is not a multiple of %u\n",
		name != NULL ? name : "(null)", priv_size, RTE_MBUF_PRIV_ALIGN);
	rte_errno = EINVAL;
	return 0;
}

/*
 * Make, populate and initialise a pool of elt_size elements on the
 * handler ops_name (NULL: rte_mbuf_best_mempool_ops()), each element
 * set up by obj_init(obj_arg). NULL with rte_errno set on failure, with
 * nothing left reserved.
 */
static struct rte_mempool *
pktmbuf_pool_build(const char *name, unsigned int n, unsigned int cache_size,
	struct rte_pktmbuf_pool_private *mbp_priv, unsigned int elt_size,
	int socket_id, const char *ops_name, rte_mempool_obj_cb_t *obj_init,
	void *obj_arg)
{
	const char *handler =
		ops_name != NULL ? ops_name : rte_mbuf_best_mempool_ops();
	struct rte_mempool *mp;
	int ret;

	/*
	 * Refuse an unknown handler before anything is reserved, so a
	 * typo in --mbuf-pool-ops-name leaves no half-made pool behind.
	 * EINVAL is what DPDK reports for this case.
	 */
	if (rte_get_mempool_handler(handler) < 0) {
		RTE_LOG(ERR, MBUF,
			"mbuf pool %s: no mempool handler named '%s'%s\n",
			name != NULL ? name : "(null)", handler,
			ops_name != NULL ? ""
					 : " (from rte_mbuf_best_mempool_ops)");
		rte_errno = EINVAL;
		return NULL;
	}

	mp = rte_mempool_create_empty(name, n, elt_size, cache_size,
		sizeof(struct rte_pktmbuf_pool_private), socket_id, 0);
	if (mp == NULL)
		return NULL; /* rte_errno set by the mempool library */

	ret = rte_mempool_set_ops_byname(mp, handler, NULL);
	if (ret != 0) {
		RTE_LOG(ERR, MBUF, "mbuf pool %s: cannot use handler '%s'\n",
			name, handler);
		rte_mempool_free(mp);
		rte_errno = -ret;
		return NULL;
	}
	rte_pktmbuf_pool_init(mp, mbp_priv);

	ret = rte_mempool_populate_default(mp);
	if (ret < 0) {
		rte_mempool_free(mp);
		rte_errno = -ret;
		return NULL;
	}

	rte_mempool_obj_iter(mp, obj_init, obj_arg);
	return mp;
}

struct rte_mempool *
rte_pktmbuf_pool_create_by_ops(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id, const char *ops_name)
{
	struct rte_pktmbuf_pool_private mbp_priv;

	if (!pool_priv_size_ok(name, priv_size))
		return NULL;
	memset(&mbp_priv, 0, sizeof(mbp_priv));
	mbp_priv.mbuf_data_room_size = data_room_size;
	mbp_priv.mbuf_priv_size = priv_size;
	return pktmbuf_pool_build(name, n, cache_size, &mbp_priv,
		(unsigned int)sizeof(struct rte_mbuf) + priv_size +
			data_room_size,
		socket_id, ops_name, rte_pktmbuf_init, NULL);
}

struct rte_mempool *
rte_pktmbuf_pool_create(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id)
{
	return rte_pktmbuf_pool_create_by_ops(name, n, cache_size, priv_size,
		data_room_size, socket_id, NULL);
}

/*
 * Free callback of a pinned buffer: called when the last clone attached
 * to it goes after the mbuf that owns it was freed. The owner goes back
 * to its pool in the state every free mbuf of the pool has.
 */
static void
pinned_buf_free(void *addr, void *opaque)
{
	struct rte_mbuf *m = opaque;

	RTE_SET_USED(addr);
	RTE_ASSERT(m->shinfo->fcb_opaque == m);
	rte_mbuf_ext_refcnt_set(m->shinfo, 1);
	m->ol_flags = RTE_MBUF_F_EXTERNAL;
	m->next = NULL;
	m->nb_segs = 1;
	rte_mbuf_refcnt_set(m, 1);
	rte_mbuf_raw_free(m);
}

/* Walks the areas while rte_mempool_obj_iter() visits the mbufs. */
struct extmem_cursor {
	const struct rte_pktmbuf_extmem *ext;
	unsigned int next_area;
	size_t off;
};

static void
pktmbuf_init_pinned(struct rte_mempool *mp, void *arg, void *obj,
	__rte_unused unsigned int i)
{
	struct extmem_cursor *c = arg;
	const struct rte_pktmbuf_extmem *area = &c->ext[c->next_area];
	struct rte_mbuf_ext_shared_info *shinfo;
	struct rte_mbuf *m = obj;

	pktmbuf_hdr_init(mp, m);
	m->buf_addr = RTE_PTR_ADD(area->buf_ptr, c->off);
	m->buf_iova = area->buf_iova == RTE_BAD_IOVA ? RTE_BAD_IOVA
						     : area->buf_iova + c->off;
	c->off += area->elt_size;
	if (c->off + area->elt_size > area->buf_len) {
		c->off = 0;
		c->next_area++;
	}
	rte_pktmbuf_reset_headroom(m);
	m->ol_flags = RTE_MBUF_F_EXTERNAL;

	/* In the mempool element, never in the application's memory. */
	shinfo = RTE_PTR_ADD(m, sizeof(struct rte_mbuf) + m->priv_size);
	shinfo->free_cb = pinned_buf_free;
	shinfo->fcb_opaque = m;
	rte_mbuf_ext_refcnt_set(shinfo, 1);
	m->shinfo = shinfo;
}

struct rte_mempool *
rte_pktmbuf_pool_create_extbuf(const char *name, unsigned int n,
	unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size,
	int socket_id, const struct rte_pktmbuf_extmem *ext_mem,
	unsigned int ext_num)
{
	struct rte_pktmbuf_pool_private mbp_priv;
	struct extmem_cursor cursor;
	unsigned int i;
	uint64_t bufs = 0;

	if (!pool_priv_size_ok(name, priv_size))
		return NULL;
	if (ext_mem == NULL && ext_num != 0) {
		RTE_LOG(ERR, MBUF, "mbuf pool %s: NULL extmem array\n",
			name != NULL ? name : "(null)");
		rte_errno = EINVAL;
		return NULL;
	}
	for (i = 0; i < ext_num; i++) {
		const struct rte_pktmbuf_extmem *a = &ext_mem[i];

		if (a->buf_ptr == NULL || a->buf_len == 0 || a->elt_size == 0) {
			RTE_LOG(ERR, MBUF,
				"mbuf pool %s: extmem area %u has a NULL "
				"address, no length or no elt_size\n",
				name != NULL ? name : "(null)", i);
			rte_errno = EINVAL;
			return NULL;
		}
		if (a->elt_size < data_room_size) {
			RTE_LOG(ERR, MBUF,
				"mbuf pool %s: extmem area %u: elt_size %u "
				"below data_room_size %u\n",
				name != NULL ? name : "(null)", i, a->elt_size,
				data_room_size);
			rte_errno = EINVAL;
			return NULL;
		}
		bufs += a->buf_len / a->elt_size;
	}
	if (bufs < n) {
		RTE_LOG(ERR, MBUF,
			"mbuf pool %s: extmem areas hold %" PRIu64
			" buffers, %u needed\n",
			name != NULL ? name : "(null)", bufs, n);
		rte_errno = ENOMEM;
		return NULL;
	}

	memset(&mbp_priv, 0, sizeof(mbp_priv));
	mbp_priv.mbuf_data_room_size = data_room_size;
	mbp_priv.mbuf_priv_size = priv_size;
	mbp_priv.flags = RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF;
	cursor.ext = ext_mem;
	cursor.next_area = 0;
	cursor.off = 0;
	return pktmbuf_pool_build(name, n, cache_size, &mbp_priv,
		(unsigned int)(sizeof(struct rte_mbuf) + priv_size +
			sizeof(struct rte_mbuf_ext_shared_info)),
		socket_id, NULL, pktmbuf_init_pinned, &cursor);
}

/* First problem found in an mbuf (or its chain), or NULL. */
static const char *
mbuf_problem(const struct rte_mbuf *m, int is_header)
{
	uint32_t pkt_len, seg_len;
	unsigned int nb_segs;
	uint16_t cnt;

	if (m == NULL)
		return "mbuf is NULL";
	if (m->pool == NULL)
		return "bad mbuf pool";
	if (rte_mbuf_iova_get(m) == 0)
		return "bad IO addr";
	if (m->buf_addr == NULL)
		return "bad virt addr";
	cnt = rte_mbuf_refcnt_read(m);
	/* UINT16_MAX is what a count that went below zero wraps to. */
	if (cnt == 0 || cnt == UINT16_MAX)
		return "bad ref cnt";
	if (!is_header)
		return NULL;

	if (m->data_len > m->pkt_len)
		return "bad data_len";
	nb_segs = m->nb_segs;
	pkt_len = m->pkt_len;
	do {
		if (m->data_off > m->buf_len)
			return "data offset too big in mbuf segment";
		if ((uint32_t)m->data_off + m->data_len > m->buf_len)
			return "data length too big in mbuf segment";
		/* More segments than nb_segs says, or than pkt_len holds. */
		if (nb_segs == 0)
			return "bad nb_segs";
		seg_len = m->data_len;
		if (seg_len > pkt_len)
			return "bad pkt_len";
		nb_segs--;
		pkt_len -= seg_len;
	} while ((m = m->next) != NULL);

	if (nb_segs != 0)
		return "bad nb_segs";
	if (pkt_len != 0)
		return "bad pkt_len";
	return NULL;
}

int
rte_mbuf_check(const struct rte_mbuf *m, int is_header, const char **reason)
{
	const char *why = mbuf_problem(m, is_header);

	if (why == NULL)
		return 0;
	RTE_LOG(ERR, MBUF, "mbuf %p fails its check: %s\n", (const void *)m,
		why);
	if (reason != NULL)
		*reason = why;
	return -1;
}

void
rte_mbuf_sanity_check(const struct rte_mbuf *m, int is_header)
{
	const char *reason;

	if (rte_mbuf_check(m, is_header, &reason) != 0)
		rte_panic("mbuf %p: %s\n", (const void *)m, reason);
}

/* Put back n (> 0) segments of one pool. */
static void
free_batch_flush(
	struct rte_mempool *pool, struct rte_mbuf **batch, unsigned int n)
{
	rte_mempool_put_bulk(pool, (void **)batch, n);
}

void
rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count)
{
	struct rte_mbuf *batch[64], *m, *m_next;
	/* The pool of batch[0 .. n - 1], kept in a register. */
	struct rte_mempool *pool = NULL;
	unsigned int i, n = 0;

	for (i = 0; i < count; i++) {
		m = mbufs[i];
		if (m == NULL)
			continue;
		__rte_mbuf_sanity_check(m, 1);
		do {
			m_next = m->next;
			m = rte_pktmbuf_prefree_seg(m);
			if (likely(m != NULL)) {
				/* Each segment goes to its own pool. */
				if (unlikely(m->pool != pool ||
					    n == RTE_DIM(batch))) {
					if (n > 0)
						free_batch_flush(
							pool, batch, n);
					pool = m->pool;
					n = 0;
				}
				batch[n++] = m;
			}
			m = m_next;
		} while (m != NULL);
	}
	if (n > 0)
		free_batch_flush(pool, batch, n);
}

struct rte_mbuf *
rte_pktmbuf_clone(struct rte_mbuf *md, struct rte_mempool *mp)
{
	struct rte_mbuf *mc, *mi, **prev;
	uint32_t pkt_len;
	uint16_t nb_segs;

	__rte_mbuf_sanity_check(md, 1);

	mc = rte_pktmbuf_alloc(mp);
	if (mc == NULL)
		return NULL;

	mi = mc;
	prev = &mi->next;
	pkt_len = 0;
	nb_segs = 0;
	for (;;) {
		nb_segs++;
		rte_pktmbuf_attach(mi, md);
		pkt_len += mi->data_len;
		*prev = mi;
		prev = &mi->next;
		md = md->next;
		if (md == NULL)
			break;
		mi = rte_pktmbuf_alloc(mp);
		if (mi == NULL)
			break;
	}
	*prev = NULL;
	/* What was attached so far is a consistent packet either way. */
	mc->nb_segs = nb_segs;
	mc->pkt_len = pkt_len;

	if (unlikely(md != NULL)) {
		/* Out of mbufs: release what was attached so far. */
		rte_pktmbuf_free(mc);
		return NULL;
	}

	__rte_mbuf_sanity_check(mc, 1);
	return mc;
}

struct rte_mbuf *
rte_pktmbuf_copy(const struct rte_mbuf *m, struct rte_mempool *mp, uint32_t off,
	uint32_t len)
{
	const struct rte_mbuf *seg;
	struct rte_mbuf *mc, *m_last, **prev;

	__rte_mbuf_sanity_check(m, 1);

	if (unlikely(off > m->pkt_len))
		return NULL;

	mc = rte_pktmbuf_alloc(mp);
	if (unlikely(mc == NULL))
		return NULL;

	if (len > m->pkt_len - off)
		len = m->pkt_len - off;

	__rte_pktmbuf_copy_hdr(mc, m);
	/* The copy owns its data, whatever m pointed at; an mbuf of a
	 * pinned pool keeps saying so. */
	mc->ol_flags =
		(m->ol_flags & ~(RTE_MBUF_F_INDIRECT | RTE_MBUF_F_EXTERNAL)) |
		(mc->ol_flags & RTE_MBUF_F_EXTERNAL);

	prev = &mc->next;
	m_last = mc;
	seg = m;
	while (len > 0) {
		uint32_t copy_len;

		while (off >= seg->data_len) {
			off -= seg->data_len;
			seg = seg->next;
		}

		if (rte_pktmbuf_tailroom(m_last) == 0) {
			m_last = rte_pktmbuf_alloc(mp);
			if (unlikely(m_last == NULL)) {
				rte_pktmbuf_free(mc);
				return NULL;
			}
			mc->nb_segs++;
			*prev = m_last;
			prev = &m_last->next;
		}

		copy_len = RTE_MIN((uint32_t)rte_pktmbuf_tailroom(m_last),
			(uint32_t)seg->data_len - off);
		copy_len = RTE_MIN(copy_len, len);

		memcpy(rte_pktmbuf_mtod_offset(
			       m_last, char *, m_last->data_len),
			rte_pktmbuf_mtod_offset(seg, const char *, off),
			copy_len);

		m_last->data_len = (uint16_t)(m_last->data_len + copy_len);
		mc->pkt_len += copy_len;
		off += copy_len;
		len -= copy_len;
	}

	__rte_mbuf_sanity_check(mc, 1);
	return mc;
}

const void *
__rte_pktmbuf_read(
	const struct rte_mbuf *m, uint32_t off, uint32_t len, void *buf)
{
	const struct rte_mbuf *seg = m;
	uint32_t buf_off = 0, copy_len;

	if ((uint64_t)off + len > rte_pktmbuf_pkt_len(m))
		return NULL;

	/* Empty segments are skipped too: none of their bytes is read. */
	while (seg != NULL && off >= rte_pktmbuf_data_len(seg)) {
		off -= rte_pktmbuf_data_len(seg);
		seg = seg->next;
	}
	if (seg == NULL)
		return buf; /* len is 0 and off the packet's end */

	/* Contiguous in this segment after all: no copy needed. */
	if (off + len <= rte_pktmbuf_data_len(seg))
		return rte_pktmbuf_mtod_offset(seg, const char *, off);

	while (len > 0) {
		copy_len = rte_pktmbuf_data_len(seg) - off;
		if (copy_len > len)
			copy_len = len;
		memcpy((char *)buf + buf_off,
			rte_pktmbuf_mtod_offset(seg, const char *, off),
			copy_len);
		off = 0;
		buf_off += copy_len;
		len -= copy_len;
		seg = seg->next;
	}
	return buf;
}

int
__rte_pktmbuf_linearize(struct rte_mbuf *mbuf)
{
	struct rte_mbuf *seg, *rest;
	uint32_t copy_len;
	char *dst;

	/* The first segment is written to: it must not be shared. */
	if (!RTE_MBUF_DIRECT(mbuf) || rte_mbuf_refcnt_read(mbuf) > 1)
		return -1;

	copy_len = rte_pktmbuf_pkt_len(mbuf) - rte_pktmbuf_data_len(mbuf);
	if (unlikely(copy_len > rte_pktmbuf_tailroom(mbuf)))
		return -1;

	dst = rte_pktmbuf_mtod_offset(mbuf, char *, mbuf->data_len);
	for (seg = mbuf->next; seg != NULL; seg = seg->next) {
		memcpy(dst, rte_pktmbuf_mtod(seg, const char *), seg->data_len);
		dst += seg->data_len;
	}

	rest = mbuf->next;
	mbuf->data_len = (uint16_t)mbuf->pkt_len;
	mbuf->next = NULL;
	mbuf->nb_segs = 1;

	/* rest is now a chain whose head fields are stale: free it
	 * segment by segment. */
	while (rest != NULL) {
		seg = rest->next;
		rte_pktmbuf_free_seg(rest);
		rest = seg;
	}
	return 0;
}

static const char *
seg_kind(const struct rte_mbuf *m)
{
	if (RTE_MBUF_CLONED(m))
		return " (indirect)";
	if (RTE_MBUF_HAS_EXTBUF(m))
		return " (external)";
	return "";
}

static void
hexdump(FILE *f, const void *data, unsigned int len, unsigned int base)
{
	const unsigned char *p = data;
	unsigned int i, j;

	for (i = 0; i < len; i += 16) {
		fprintf(f, "  %08x:", base + i);
		for (j = i; j < i + 16 && j < len; j++)
			fprintf(f, " %02x", p[j]);
		fprintf(f, "\n");
	}
}

void
rte_pktmbuf_dump(FILE *f, const struct rte_mbuf *m, unsigned int dump_len)
{
	unsigned int len, nb_segs, done = 0;
	const char *reason;

	if (m == NULL) {
		fprintf(f, "mbuf: NULL\n");
		return;
	}

	fprintf(f, "dump mbuf at %p, iova=%#" PRIx64 ", buf_len=%u\n",
		(const void *)m, rte_mbuf_iova_get(m), m->buf_len);
	fprintf(f,
		"  pkt_len=%u, ol_flags=%#" PRIx64
		", nb_segs=%u, port=%u, ptype=%#" PRIx32 ", pool=%s\n",
		m->pkt_len, m->ol_flags, m->nb_segs, m->port, m->packet_type,
		m->pool != NULL ? m->pool->name : "(none)");
	if (rte_mbuf_check(m, 1, &reason) != 0)
		fprintf(f, "  INVALID mbuf: %s\n", reason);

	nb_segs = m->nb_segs;
	while (m != NULL && nb_segs != 0) {
		fprintf(f,
			"  segment at %p, data=%p, len=%u, off=%u, "
			"refcnt=%u%s\n",
			(const void *)m, rte_pktmbuf_mtod(m, const void *),
			m->data_len, m->data_off, rte_mbuf_refcnt_read(m),
			seg_kind(m));
		len = RTE_MIN((unsigned int)m->data_len, dump_len);
		if (len != 0)
			hexdump(f, rte_pktmbuf_mtod(m, const void *), len,
				done);
		dump_len -= len;
		done += len;
		m = m->next;
		nb_segs--;
	}
}
