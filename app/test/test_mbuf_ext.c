/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mbuf checks and transmit offload helpers, and pools of mbufs with
 * pinned external buffers: refusals, then, on every registered handler
 * (in a child, which may change the user's handler choice freely),
 * buffers that stay with their mbuf across frees and clones.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_mbuf.h>
#include <rte_mbuf_pool_ops.h>
#include <rte_mempool.h>

#include "test.h"
#include "test_mbuf.h"

static char logbuf[8192];
static struct rte_mempool *ext_pool;

static int
ext_suite_setup(void)
{
	ext_pool = rte_pktmbuf_pool_create(
		"test_mbuf_ext_pool", 63, 0, 0, 512, SOCKET_ID_ANY);
	return ext_pool != NULL ? TEST_SUCCESS : TEST_FAILED;
}

static void
ext_suite_teardown(void)
{
	rte_mempool_free(ext_pool);
	ext_pool = NULL;
}

/* Expect rte_mbuf_check(m, 1) to refuse with want, in its return, its
 * reason and its log line. */
static int
expect_refused(const struct rte_mbuf *m, const char *want)
{
	const char *reason = NULL;
	int ret;

	MBUF_TEST_LOGS(logbuf, want, ret = rte_mbuf_check(m, 1, &reason));
	TEST_ASSERT_EQUAL(ret, -1, "check accepted a bad mbuf (%s)", want);
	TEST_ASSERT(reason != NULL && strcmp(reason, want) == 0,
		"reason '%s', want '%s'", reason != NULL ? reason : "NULL",
		want);
	return TEST_SUCCESS;
}

static int
test_check_each_field(void)
{
	struct rte_mbuf *m, *seg;
	const char *reason = "untouched";
	struct rte_mempool *pool;
	void *addr;
	rte_iova_t iova;

	m = rte_pktmbuf_alloc(ext_pool);
	seg = rte_pktmbuf_alloc(ext_pool);
	TEST_ASSERT(m != NULL && seg != NULL, "alloc");
	TEST_ASSERT_NOT_NULL(rte_pktmbuf_append(m, 100), "append");
	TEST_ASSERT_NOT_NULL(rte_pktmbuf_append(seg, 50), "append");
	TEST_ASSERT_SUCCESS(rte_pktmbuf_chain(m, seg), "chain");
	TEST_ASSERT_SUCCESS(rte_mbuf_check(m, 1, &reason), "good chain");
	TEST_ASSERT(strcmp(reason, "untouched") == 0, "reason set on success");

	if (expect_refused(NULL, "mbuf is NULL") != 0)
		goto fail;
	pool = m->pool;
	m->pool = NULL;
	if (expect_refused(m, "bad mbuf pool") != 0)
		goto fail;
	m->pool = pool;
	iova = m->buf_iova;
	m->buf_iova = 0;
	if (expect_refused(m, "bad IO addr") != 0)
		goto fail;
	m->buf_iova = iova;
	addr = m->buf_addr;
	m->buf_addr = NULL;
	if (expect_refused(m, "bad virt addr") != 0)
		goto fail;
	m->buf_addr = addr;
	rte_mbuf_refcnt_set(m, 0);
	if (expect_refused(m, "bad ref cnt") != 0)
		goto fail;
	rte_mbuf_refcnt_set(m, UINT16_MAX);
	if (expect_refused(m, "bad ref cnt") != 0)
		goto fail;
	rte_mbuf_refcnt_set(m, 2);
	TEST_ASSERT_SUCCESS(rte_mbuf_check(m, 1, NULL), "refcnt 2 is fine");
	rte_mbuf_refcnt_set(m, 1);

	/* Header fields against the chain. */
	m->pkt_len = 99;
	if (expect_refused(m, "bad data_len") != 0)
		goto fail;
	m->pkt_len = 149;
	if (expect_refused(m, "bad pkt_len") != 0)
		goto fail;
	m->pkt_len = 151;
	if (expect_refused(m, "bad pkt_len") != 0)
		goto fail;
	m->pkt_len = 150;
	m->nb_segs = 1;
	if (expect_refused(m, "bad nb_segs") != 0)
		goto fail;
	m->nb_segs = 3;
	if (expect_refused(m, "bad nb_segs") != 0)
		goto fail;
	m->nb_segs = 2;
	seg->data_off = (uint16_t)(seg->buf_len + 1);
	if (expect_refused(m, "data offset too big in mbuf segment") != 0)
		goto fail;
	seg->data_off = (uint16_t)(seg->buf_len - 49);
	if (expect_refused(m, "data length too big in mbuf segment") != 0)
		goto fail;
	seg->data_off = RTE_PKTMBUF_HEADROOM;
	/* A segment is checked alone when is_header is 0. */
	m->pkt_len = 1;
	TEST_ASSERT_SUCCESS(rte_mbuf_check(m, 0, NULL), "segment check");
	m->pkt_len = 150;
	TEST_ASSERT_SUCCESS(rte_mbuf_check(m, 1, &reason), "restored");
	rte_pktmbuf_free(m);
	TEST_ASSERT(rte_mempool_full(ext_pool), "mbufs lost");
	return TEST_SUCCESS;
fail:
	return TEST_FAILED;
}

/* rte_pktmbuf_read over a chain with empty segments at both ends and
 * in the middle: no byte of an empty segment is ever read. */
static int
test_read_empty_segments(void)
{
	struct rte_mbuf *seg[5];
	uint8_t want[20], buf[20];
	const uint8_t *p;
	unsigned int i;

	for (i = 0; i < 5; i++) {
		seg[i] = rte_pktmbuf_alloc(ext_pool);
		TEST_ASSERT_NOT_NULL(seg[i], "alloc");
		/* Stale bytes where an empty segment's data would be. */
		memset(rte_pktmbuf_mtod(seg[i], void *), 0xee, 32);
	}
	for (i = 0; i < 20; i++)
		want[i] = (uint8_t)(i + 1);
	memcpy(rte_pktmbuf_append(seg[1], 10), want, 10);
	memcpy(rte_pktmbuf_append(seg[3], 10), want + 10, 10);
	for (i = 1; i < 5; i++)
		TEST_ASSERT_SUCCESS(rte_pktmbuf_chain(seg[0], seg[i]), "chain");
	TEST_ASSERT_EQUAL(seg[0]->pkt_len, 20u, "pkt_len");
	TEST_ASSERT_SUCCESS(rte_mbuf_check(seg[0], 1, NULL), "chain sane");

	p = rte_pktmbuf_read(seg[0], 0, 20, buf);
	TEST_ASSERT(p != NULL && memcmp(p, want, 20) == 0, "whole packet");
	p = rte_pktmbuf_read(seg[0], 5, 10, buf);
	TEST_ASSERT(p != NULL && memcmp(p, want + 5, 10) == 0,
		"across the empty middle");
	p = rte_pktmbuf_read(seg[0], 10, 4, buf);
	TEST_ASSERT(p != NULL && memcmp(p, want + 10, 4) == 0,
		"starting after an empty segment");
	TEST_ASSERT_NOT_NULL(
		rte_pktmbuf_read(seg[0], 20, 0, buf), "nothing at the end");
	TEST_ASSERT_NULL(rte_pktmbuf_read(seg[0], 15, 6, buf), "past the end");
	rte_pktmbuf_free(seg[0]);
	TEST_ASSERT(rte_mempool_full(ext_pool), "mbufs lost");
	return TEST_SUCCESS;
}

static int
test_tx_offload(void)
{
	struct rte_mbuf m;

	memset(&m, 0, sizeof(m));
	m.l2_len = 14;
	m.l3_len = 40;
	m.l4_len = 20;
	m.tso_segsz = 1448;
	m.outer_l3_len = 20;
	m.outer_l2_len = 14;
	TEST_ASSERT_EQUAL(rte_mbuf_tx_offload(14, 40, 20, 1448, 20, 14, 0),
		m.tx_offload, "packing %#" PRIx64, m.tx_offload);
	TEST_ASSERT_EQUAL(rte_mbuf_tx_offload(0, 0, 0, 0, 0, 0, 1),
		1ULL << RTE_MBUF_TXOFLD_UNUSED_OFS, "unused bits");
	TEST_ASSERT_EQUAL(
		rte_mbuf_tx_offload(1, 0, 0, 0, 0, 0, 0), 1ULL, "l2 at bit 0");
	TEST_ASSERT_EQUAL(rte_mbuf_tx_offload(0, 0, 0, 0, 0, 1, 0), 1ULL << 49,
		"outer l2 at bit 49");

	m.ol_flags = 0;
	TEST_ASSERT_SUCCESS(rte_validate_tx_offload(&m), "no offload");
	m.ol_flags = RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_RX_L4_CKSUM_BAD;
	TEST_ASSERT_SUCCESS(rte_validate_tx_offload(&m), "rx flags only");
	m.ol_flags = RTE_MBUF_F_TX_IP_CKSUM | RTE_MBUF_F_TX_IPV6;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(&m), -EINVAL, "IPv6 cksum");
	m.ol_flags = RTE_MBUF_F_TX_IP_CKSUM | RTE_MBUF_F_TX_IPV4;
	TEST_ASSERT_SUCCESS(rte_validate_tx_offload(&m), "IPv4 cksum");
	m.ol_flags = RTE_MBUF_F_TX_UDP_CKSUM;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(&m), -EINVAL,
		"L4 cksum without IP version");
	m.ol_flags = RTE_MBUF_F_TX_UDP_CKSUM | RTE_MBUF_F_TX_IPV6;
	TEST_ASSERT_SUCCESS(rte_validate_tx_offload(&m), "UDP over IPv6");
	m.ol_flags = RTE_MBUF_F_TX_TCP_SEG | RTE_MBUF_F_TX_IPV4;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(&m), -EINVAL,
		"IPv4 TSO without IP checksum");
	m.ol_flags |= RTE_MBUF_F_TX_IP_CKSUM;
	TEST_ASSERT_SUCCESS(rte_validate_tx_offload(&m), "IPv4 TSO");
	m.tso_segsz = 0;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(&m), -EINVAL,
		"TSO without segment size");
	m.tso_segsz = 1000;
	m.ol_flags = RTE_MBUF_F_TX_TCP_SEG;
	TEST_ASSERT_EQUAL(
		rte_validate_tx_offload(&m), -EINVAL, "TSO without IP version");
	m.ol_flags = RTE_MBUF_F_TX_TCP_SEG | RTE_MBUF_F_TX_IPV6;
	TEST_ASSERT_SUCCESS(rte_validate_tx_offload(&m), "IPv6 TSO");
	m.ol_flags = RTE_MBUF_F_TX_OUTER_IP_CKSUM | RTE_MBUF_F_TX_OUTER_IPV6;
	TEST_ASSERT_EQUAL(rte_validate_tx_offload(&m), -EINVAL,
		"outer cksum on outer IPv6");
	m.ol_flags = RTE_MBUF_F_TX_OUTER_IP_CKSUM | RTE_MBUF_F_TX_OUTER_IPV4;
	TEST_ASSERT_SUCCESS(rte_validate_tx_offload(&m), "outer IPv4 cksum");

	/* Scheduler fields. */
	rte_mbuf_sched_set(&m, 77, 3, 2);
	TEST_ASSERT(rte_mbuf_sched_queue_get(&m) == 77 &&
			rte_mbuf_sched_traffic_class_get(&m) == 3 &&
			rte_mbuf_sched_color_get(&m) == 2,
		"sched set/get");
	rte_mbuf_sched_queue_set(&m, 5);
	rte_mbuf_sched_traffic_class_set(&m, 1);
	rte_mbuf_sched_color_set(&m, 0);
	{
		uint32_t q;
		uint8_t tc, c;

		rte_mbuf_sched_get(&m, &q, &tc, &c);
		TEST_ASSERT(q == 5 && tc == 1 && c == 0, "sched get");
	}
	return TEST_SUCCESS;
}

/* ---- pinned external buffers ---- */

#define EXT_N 31
#define EXT_ELT 1024
#define EXT_ROOM 1000
#define EXT_PATTERN 0xc3

static int
test_extbuf_refusals(void)
{
	struct rte_pktmbuf_extmem em;
	unsigned int mz_before = test_memzone_count();
	static uint8_t area[EXT_ELT * 4];
	struct rte_mempool *mp;

	em.buf_ptr = area;
	em.buf_iova = RTE_BAD_IOVA;
	em.buf_len = sizeof(area);
	em.elt_size = EXT_ELT;

	MBUF_TEST_LOGS(logbuf, "priv_size",
		mp = rte_pktmbuf_pool_create_extbuf(
			"ext_bad", 4, 0, 3, EXT_ROOM, SOCKET_ID_ANY, &em, 1));
	TEST_ASSERT(mp == NULL && rte_errno == EINVAL, "priv_size 3");
	em.buf_ptr = NULL;
	MBUF_TEST_LOGS(logbuf, "NULL address",
		mp = rte_pktmbuf_pool_create_extbuf(
			"ext_bad", 4, 0, 0, EXT_ROOM, SOCKET_ID_ANY, &em, 1));
	TEST_ASSERT(mp == NULL && rte_errno == EINVAL, "NULL area");
	em.buf_ptr = area;
	em.buf_len = 0;
	MBUF_TEST_LOGS(logbuf, "no length",
		mp = rte_pktmbuf_pool_create_extbuf(
			"ext_bad", 4, 0, 0, EXT_ROOM, SOCKET_ID_ANY, &em, 1));
	TEST_ASSERT(mp == NULL && rte_errno == EINVAL, "empty area");
	em.buf_len = sizeof(area);
	em.elt_size = 0;
	MBUF_TEST_LOGS(logbuf, "no elt_size",
		mp = rte_pktmbuf_pool_create_extbuf(
			"ext_bad", 4, 0, 0, EXT_ROOM, SOCKET_ID_ANY, &em, 1));
	TEST_ASSERT(mp == NULL && rte_errno == EINVAL, "elt_size 0");
	em.elt_size = EXT_ROOM - 1;
	MBUF_TEST_LOGS(logbuf, "below data_room_size",
		mp = rte_pktmbuf_pool_create_extbuf(
			"ext_bad", 4, 0, 0, EXT_ROOM, SOCKET_ID_ANY, &em, 1));
	TEST_ASSERT(mp == NULL && rte_errno == EINVAL, "elt_size too small");
	em.elt_size = EXT_ELT;
	MBUF_TEST_LOGS(logbuf, "hold 4 buffers, 5 needed",
		mp = rte_pktmbuf_pool_create_extbuf(
			"ext_bad", 5, 0, 0, EXT_ROOM, SOCKET_ID_ANY, &em, 1));
	TEST_ASSERT(mp == NULL && rte_errno == ENOMEM, "not enough memory");
	TEST_ASSERT_EQUAL(test_memzone_count(), mz_before, "memzones leaked");
	TEST_ASSERT_NULL(rte_mempool_lookup("ext_bad"), "pool left behind");

	/* Exactly enough works. */
	mp = rte_pktmbuf_pool_create_extbuf(
		"ext_ok", 4, 0, 0, EXT_ROOM, SOCKET_ID_ANY, &em, 1);
	TEST_ASSERT_NOT_NULL(mp, "4 buffers in 4: %s", rte_strerror(rte_errno));
	TEST_ASSERT(
		rte_pktmbuf_priv_flags(mp) & RTE_PKTMBUF_POOL_F_PINNED_EXT_BUF,
		"pool flag");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
in_areas(const void *p, size_t len, uint8_t *const *areas, size_t area_len)
{
	unsigned int i;

	for (i = 0; i < 2; i++)
		if ((const uint8_t *)p >= areas[i] &&
			(const uint8_t *)p + len <= areas[i] + area_len)
			return 1;
	return 0;
}

/* One handler: the pool, its buffers, frees and clones. */
static int
check_pinned_pool(const char *handler, struct rte_mempool *cpool)
{
	const size_t area_len = (EXT_N / 2 + 1) * EXT_ELT + 100;
	uint8_t *areas[2];
	struct rte_pktmbuf_extmem em[2];
	struct rte_mbuf *all[EXT_N], *m, *c1, *c2, *cp;
	struct rte_mempool *mp;
	void *buf;
	unsigned int i, j;
	int ret = TEST_FAILED;

	areas[0] = malloc(area_len);
	areas[1] = malloc(area_len);
	TEST_ASSERT(areas[0] != NULL && areas[1] != NULL, "malloc");
	for (i = 0; i < 2; i++) {
		memset(areas[i], EXT_PATTERN, area_len);
		em[i].buf_ptr = areas[i];
		em[i].buf_iova = 0x100000 * (i + 1);
		em[i].buf_len = area_len;
		em[i].elt_size = EXT_ELT;
	}
	TEST_ASSERT_SUCCESS(rte_mbuf_set_user_mempool_ops(handler), "user ops");
	mp = rte_pktmbuf_pool_create_extbuf(
		"ext_pinned", EXT_N, 8, 16, EXT_ROOM, SOCKET_ID_ANY, em, 2);
	if (mp == NULL) {
		printf("  handler %-12s: no pinned pool (%s)\n", handler,
			rte_strerror(rte_errno));
		free(areas[0]);
		free(areas[1]);
		return TEST_SKIPPED;
	}
	if (strcmp(rte_mempool_get_ops(mp->ops_index)->name, handler) != 0) {
		printf("pool on %s, not %s\n",
			rte_mempool_get_ops(mp->ops_index)->name, handler);
		goto out;
	}
	/* The library wrote nothing into the application's memory. */
	for (i = 0; i < 2; i++)
		for (j = 0; j < area_len; j++)
			if (areas[i][j] != EXT_PATTERN) {
				printf("area %u byte %u written\n", i, j);
				goto out;
			}

	if (rte_pktmbuf_alloc_bulk(mp, all, EXT_N) != 0) {
		printf("cannot take every mbuf\n");
		goto out;
	}
	for (i = 0; i < EXT_N; i++) {
		m = all[i];
		if (!RTE_MBUF_HAS_EXTBUF(m) || !RTE_MBUF_HAS_PINNED_EXTBUF(m) ||
			m->buf_len != EXT_ROOM ||
			!in_areas(m->buf_addr, EXT_ELT, areas, area_len) ||
			in_areas(m->shinfo, sizeof(*m->shinfo), areas,
				area_len) ||
			rte_mbuf_ext_refcnt_read(m->shinfo) != 1 ||
			m->data_off !=
				RTE_MIN(RTE_PKTMBUF_HEADROOM, EXT_ROOM) ||
			rte_mbuf_check(m, 1, NULL) != 0) {
			printf("mbuf %u is not a fresh pinned mbuf\n", i);
			goto out;
		}
		/* IO address follows the area's. */
		for (j = 0; j < 2; j++)
			if ((uint8_t *)m->buf_addr >= areas[j] &&
				(uint8_t *)m->buf_addr < areas[j] + area_len &&
				m->buf_iova !=
					em[j].buf_iova +
						(uintptr_t)((uint8_t *)m
								    ->buf_addr -
							areas[j])) {
				printf("mbuf %u: iova %#" PRIx64 "\n", i,
					m->buf_iova);
				goto out;
			}
		for (j = 0; j < i; j++)
			if (all[j]->buf_addr == m->buf_addr) {
				printf("mbufs %u and %u share a buffer\n", j,
					i);
				goto out;
			}
		memset(rte_pktmbuf_append(m, 64), (int)i, 64);
	}

	/* Freed alone: back in the pool, buffer still its own. */
	m = all[0];
	buf = m->buf_addr;
	rte_pktmbuf_detach(m); /* a pinned buffer does not detach */
	if (m->buf_addr != buf || !RTE_MBUF_HAS_EXTBUF(m)) {
		printf("detach moved a pinned buffer\n");
		goto out;
	}
	rte_pktmbuf_free(m);
	if (rte_mempool_avail_count(mp) != 1) {
		printf("free: %u in pool\n", rte_mempool_avail_count(mp));
		goto out;
	}
	all[0] = rte_pktmbuf_alloc(mp);
	if (all[0] != m || m->buf_addr != buf) {
		printf("re-allocated mbuf changed buffer\n");
		goto out;
	}

	/* Owner freed first: it returns only with its last clone. */
	m = all[1];
	c1 = rte_pktmbuf_clone(m, cpool);
	c2 = rte_pktmbuf_clone(c1, cpool);
	if (c1 == NULL || c2 == NULL ||
		rte_mbuf_ext_refcnt_read(m->shinfo) != 3 ||
		c2->buf_addr != m->buf_addr || c1->shinfo != m->shinfo ||
		rte_pktmbuf_mtod(c2, uint8_t *)[0] != 1) {
		printf("clones of a pinned mbuf\n");
		goto out;
	}
	rte_pktmbuf_free(m);
	all[1] = NULL;
	if (rte_mempool_avail_count(mp) != 0 ||
		rte_mbuf_ext_refcnt_read(m->shinfo) != 2) {
		printf("owner went back with clones alive\n");
		goto out;
	}
	rte_pktmbuf_free(c1);
	if (rte_mempool_avail_count(mp) != 0) {
		printf("owner went back with a clone alive\n");
		goto out;
	}
	rte_pktmbuf_free(c2);
	if (rte_mempool_avail_count(mp) != 1 ||
		rte_mbuf_ext_refcnt_read(m->shinfo) != 1 ||
		rte_mbuf_refcnt_read(m) != 1 || m->buf_addr == NULL) {
		printf("owner not back after its last clone\n");
		goto out;
	}
	all[1] = rte_pktmbuf_alloc(mp);
	if (all[1] != m) {
		printf("owner not reusable\n");
		goto out;
	}

	/* Clones freed first: the owner's free returns it at once. */
	m = all[2];
	c1 = rte_pktmbuf_clone(m, cpool);
	if (c1 == NULL) {
		printf("clone\n");
		goto out;
	}
	rte_pktmbuf_free(c1);
	if (rte_mbuf_ext_refcnt_read(m->shinfo) != 1 ||
		rte_mempool_avail_count(mp) != 0) {
		printf("clone free touched the owner\n");
		goto out;
	}
	/* A copy into the pinned pool is a pinned mbuf too. */
	rte_pktmbuf_free(all[3]);
	cp = rte_pktmbuf_copy(m, mp, 0, UINT32_MAX);
	if (cp == NULL || !RTE_MBUF_HAS_EXTBUF(cp) || cp->data_len != 64 ||
		memcmp(rte_pktmbuf_mtod(cp, void *),
			rte_pktmbuf_mtod(m, void *), 64) != 0) {
		printf("copy into the pinned pool\n");
		goto out;
	}
	all[3] = cp;

	rte_pktmbuf_free_bulk(all, EXT_N);
	if (!rte_mempool_full(mp)) {
		printf("pool not full: %u of %u\n", rte_mempool_avail_count(mp),
			mp->size);
		goto out;
	}
	if (!rte_mempool_full(cpool)) {
		printf("clone pool not full\n");
		goto out;
	}
	ret = TEST_SUCCESS;
	printf("  handler %-12s: pinned pool ok\n", handler);
out:
	rte_mempool_free(mp);
	free(areas[0]);
	free(areas[1]);
	return ret;
}

struct pinned_walk {
	struct rte_mempool *cpool;
	unsigned int checked;
	int failed;
};

static int
pinned_walk_one(const struct rte_mempool_handler *h, int idx, void *arg)
{
	struct pinned_walk *w = arg;
	int ret;

	RTE_SET_USED(idx);
	ret = check_pinned_pool(h->name, w->cpool);
	if (ret == TEST_FAILED) {
		printf("handler %s: pinned pool failed\n", h->name);
		w->failed = 1;
	} else if (ret == TEST_SUCCESS) {
		w->checked++;
	}
	return 0;
}

/* Runs in a child: it changes the user's handler choice. */
static int
child_extbuf_handlers(void)
{
	struct pinned_walk w = {NULL, 0, 0};

	w.cpool = rte_pktmbuf_pool_create_by_ops(
		"ext_clones", 15, 0, 0, 0, SOCKET_ID_ANY, "ring_mp_mc");
	TEST_ASSERT_NOT_NULL(w.cpool, "clone pool");
	rte_mempool_handler_walk(pinned_walk_one, &w);
	rte_mempool_free(w.cpool);
	TEST_ASSERT(!w.failed, "a handler failed");
	/* The four ring handlers and the two stacks at least. */
	TEST_ASSERT(w.checked >= 6, "only %u handlers checked", w.checked);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(mbuf_child_extbuf_handlers, child_extbuf_handlers);

static int
test_extbuf_every_handler(void)
{
	const char *argv[] = {
		"dpdk-test", "-l", "0-1", "--no-huge", "--in-memory"};
	cpu_set_t saved;
	int status;

	test_affinity_widen(&saved);
	status = test_exec_self(
		argv, RTE_DIM(argv), "mbuf_child_extbuf_handlers");
	test_affinity_restore(&saved);
	TEST_ASSERT_EQUAL(status, 0, "child exit status %d", status);
	return TEST_SUCCESS;
}

struct unit_test_suite mbuf_ext_testsuite = {
	.suite_name = "mbuf checks, offload helpers, pinned external buffers",
	.setup = ext_suite_setup,
	.teardown = ext_suite_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_check_each_field),
			TEST_CASE(test_read_empty_segments),
			TEST_CASE(test_tx_offload),
			TEST_CASE(test_extbuf_refusals),
			TEST_CASE(test_extbuf_every_handler),
			TEST_CASES_END(),
		},
};
