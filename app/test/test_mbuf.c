/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * mbuf_autotest: packet buffers, their pools on every registered
 * mempool handler, and how rte_pktmbuf_pool_create picks the handler.
 *
 * Children (re-executions of this binary with other EAL options) check
 * the EAL option --mbuf-pool-ops-name and rte_mbuf_set_user_mempool_ops
 * without leaving a user choice behind in this process.
 */

#include <errno.h>
#include <inttypes.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mbuf_pool_ops.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "test.h"
#include "test_mbuf.h"

#define NB_MBUF 255
#define MBUF_DATA_ROOM 512
#define MBUF_PRIV 16

/* The pool every single-core case shares (best handler, no cache). */
static struct rte_mempool *pktpool;

/* Environment variable that tells a child which handler to expect. */
#define ENV_EXPECT_OPS "MBUF_TEST_EXPECT_OPS"

static const char *
pool_ops_name(const struct rte_mempool *mp)
{
	return rte_mempool_get_ops(mp->ops_index)->name;
}

static int
handler_present(const char *name)
{
	return rte_get_mempool_handler(name) >= 0;
}

/* A handler other than the one pool mp uses, for mixed-pool chains. */
static const char *
other_mt_handler(const struct rte_mempool *mp)
{
	static const char *const candidates[] = {
		"stack", "lf_stack", "ring_mp_mc", "ring_mp_sc"};
	unsigned int i;

	for (i = 0; i < RTE_DIM(candidates); i++)
		if (handler_present(candidates[i]) &&
			strcmp(candidates[i], pool_ops_name(mp)) != 0)
			return candidates[i];
	return NULL;
}

static int
testsuite_setup(void)
{
	pktpool = rte_pktmbuf_pool_create("test_pktmbuf_pool", NB_MBUF, 0,
		MBUF_PRIV, MBUF_DATA_ROOM, SOCKET_ID_ANY);
	if (pktpool == NULL) {
		printf("cannot create the test pool: %s\n",
			rte_strerror(rte_errno));
		return TEST_FAILED;
	}
	return TEST_SUCCESS;
}

static void
testsuite_teardown(void)
{
	rte_mempool_free(pktpool);
	pktpool = NULL;
}

/* Every case must give back what it took. */
static void
case_teardown(void)
{
	if (pktpool != NULL && !rte_mempool_full(pktpool))
		printf("LEAK: test pool has %u of %u mbufs\n",
			rte_mempool_avail_count(pktpool), NB_MBUF);
}

static int
check_pool_full(struct rte_mempool *mp)
{
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), mp->size,
		"pool %s holds %u of %u mbufs", mp->name,
		rte_mempool_avail_count(mp), mp->size);
	return TEST_SUCCESS;
}

static int
test_mbuf_layout(void)
{
	TEST_ASSERT_EQUAL(sizeof(struct rte_mbuf), 128u, "mbuf header size");
	TEST_ASSERT_EQUAL(offsetof(struct rte_mbuf, next), 64u,
		"next must open the second cache line");
	TEST_ASSERT_EQUAL(RTE_PKTMBUF_HEADROOM, 128, "headroom");
	TEST_ASSERT_EQUAL(
		RTE_MBUF_DEFAULT_BUF_SIZE, 2048 + 128, "default buffer size");
	TEST_ASSERT_EQUAL(RTE_MBUF_MAX_NB_SEGS, UINT16_MAX, "max segments");
	TEST_ASSERT(RTE_MBUF_F_INDIRECT != RTE_MBUF_F_EXTERNAL, "flags");
	return TEST_SUCCESS;
}

/* Every mbuf of a fresh pool is laid out and initialised as expected. */
static int
check_fresh_pool(struct rte_mempool *mp, uint16_t priv, uint16_t room)
{
	struct rte_mbuf *m[NB_MBUF + 1];
	unsigned int i, j, n = mp->size;

	TEST_ASSERT(n <= NB_MBUF, "pool too big for the check");
	TEST_ASSERT_EQUAL(rte_pktmbuf_data_room_size(mp), room, "data room");
	TEST_ASSERT_EQUAL(rte_pktmbuf_priv_size(mp), priv, "priv size");
	TEST_ASSERT_EQUAL(mp->elt_size, sizeof(struct rte_mbuf) + priv + room,
		"element size");

	for (i = 0; i < n; i++) {
		m[i] = rte_pktmbuf_alloc(mp);
		TEST_ASSERT_NOT_NULL(m[i], "alloc %u of %u failed", i, n);
		TEST_ASSERT(m[i]->buf_addr ==
				(char *)m[i] + sizeof(struct rte_mbuf) + priv,
			"buf_addr");
		TEST_ASSERT_EQUAL(m[i]->buf_iova,
			rte_mempool_virt2iova(m[i]) + sizeof(struct rte_mbuf) +
				priv,
			"buf_iova");
		TEST_ASSERT_EQUAL(m[i]->buf_len, room, "buf_len");
		TEST_ASSERT_EQUAL(
			m[i]->data_off, RTE_MIN(room, 128), "data_off");
		TEST_ASSERT_EQUAL(m[i]->priv_size, priv, "priv_size");
		TEST_ASSERT(m[i]->pool == mp, "pool");
		TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m[i]), 1, "refcnt");
		TEST_ASSERT_EQUAL(m[i]->nb_segs, 1, "nb_segs");
		TEST_ASSERT_NULL(m[i]->next, "next");
		TEST_ASSERT_EQUAL(m[i]->port, RTE_MBUF_PORT_INVALID, "port");
		TEST_ASSERT_EQUAL(m[i]->pkt_len, 0, "pkt_len");
		TEST_ASSERT_EQUAL(m[i]->data_len, 0, "data_len");
		TEST_ASSERT(rte_mbuf_to_priv(m[i]) ==
				RTE_PTR_ADD(m[i], sizeof(struct rte_mbuf)),
			"priv area");
		for (j = 0; j < i; j++)
			TEST_ASSERT(m[j] != m[i], "mbuf handed out twice");
	}
	TEST_ASSERT_NULL(rte_pktmbuf_alloc(mp), "alloc from an empty pool");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 0, "pool not empty");
	for (i = 0; i < n; i++)
		rte_pktmbuf_free(m[i]);
	return check_pool_full(mp);
}

static int
test_pool_create_best(void)
{
	const char *best = rte_mbuf_best_mempool_ops();
	const char *eal = rte_eal_mbuf_user_pool_ops();

	/* No user choice in this process: EAL option, else build default. */
	TEST_ASSERT_NOT_NULL(best, "no best handler");
	if (eal != NULL)
		TEST_ASSERT(strcmp(best, eal) == 0, "best %s, option %s", best,
			eal);
	else
		TEST_ASSERT(strcmp(best, RTE_MBUF_DEFAULT_MEMPOOL_OPS) == 0,
			"best %s, build default %s", best,
			RTE_MBUF_DEFAULT_MEMPOOL_OPS);
	TEST_ASSERT(strcmp(pool_ops_name(pktpool), best) == 0,
		"pool uses %s, best is %s", pool_ops_name(pktpool), best);
	return check_fresh_pool(pktpool, MBUF_PRIV, MBUF_DATA_ROOM);
}

struct walk_ctx {
	unsigned int pools;
	unsigned int required_seen;
	int failed;
};

static const char *const required_handlers[] = {"ring_mp_mc", "ring_sp_sc",
	"ring_mp_sc", "ring_sp_mc", "stack", "lf_stack"};

static int
is_required(const char *name)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(required_handlers); i++)
		if (strcmp(name, required_handlers[i]) == 0)
			return 1;
	return 0;
}

/* One handler: pool by name, every buffer, bulk all-or-nothing. */
static int
check_handler_pool(const char *name, int idx)
{
	struct rte_mbuf *bulk[NB_MBUF + 1], *hole;
	struct rte_mempool *mp;
	char pname[RTE_MEMPOOL_NAMESIZE];
	unsigned int i;
	int ret;

	snprintf(pname, sizeof(pname), "mbuf_h%d", idx);
	mp = rte_pktmbuf_pool_create_by_ops(
		pname, 63, 0, 0, 256, SOCKET_ID_ANY, name);
	if (mp == NULL) {
		if (is_required(name)) {
			printf("handler %s: pool creation failed: %s\n", name,
				rte_strerror(rte_errno));
			return TEST_FAILED;
		}
		/* Test-only handlers may refuse on purpose. */
		printf("  handler %-12s [%d]: no pool (%s), not checked\n",
			name, idx, rte_strerror(rte_errno));
		return TEST_SUCCESS;
	}
	ret = TEST_FAILED;
	if (mp->ops_index != idx) {
		printf("handler %s: pool has index %d\n", name, mp->ops_index);
		goto out;
	}
	if (check_fresh_pool(mp, 0, 256) != TEST_SUCCESS)
		goto out;

	/* Bulk: more than the pool holds gets nothing and takes nothing. */
	for (i = 0; i < RTE_DIM(bulk); i++)
		bulk[i] = (struct rte_mbuf *)(uintptr_t)0x5a5a;
	if (rte_pktmbuf_alloc_bulk(mp, bulk, 64) >= 0) {
		printf("handler %s: bulk of 64 from 63 succeeded\n", name);
		goto out;
	}
	for (i = 0; i < RTE_DIM(bulk); i++)
		if (bulk[i] != (struct rte_mbuf *)(uintptr_t)0x5a5a) {
			printf("handler %s: failed bulk wrote entry %u\n", name,
				i);
			goto out;
		}
	if (!rte_mempool_full(mp)) {
		printf("handler %s: failed bulk took mbufs\n", name);
		goto out;
	}
	if (rte_pktmbuf_alloc_bulk(mp, bulk, 32) != 0) {
		printf("handler %s: bulk of 32 failed\n", name);
		goto out;
	}
	for (i = 0; i < 32; i++)
		if (bulk[i]->pool != mp || bulk[i]->data_len != 0 ||
			rte_mbuf_refcnt_read(bulk[i]) != 1) {
			printf("handler %s: bad bulk mbuf %u\n", name, i);
			goto out;
		}
	hole = bulk[5];
	bulk[5] = NULL; /* free_bulk skips holes */
	rte_pktmbuf_free_seg(bulk[6]);
	bulk[6] = NULL;
	rte_pktmbuf_free_bulk(bulk, 32);
	if (rte_mempool_avail_count(mp) != 62) {
		printf("handler %s: %u mbufs after bulk free, want 62\n", name,
			rte_mempool_avail_count(mp));
		goto out;
	}
	rte_pktmbuf_free(hole);
	if (!rte_mempool_full(mp)) {
		printf("handler %s: pool not full at the end\n", name);
		goto out;
	}
	ret = TEST_SUCCESS;
out:
	rte_mempool_free(mp);
	if (ret == TEST_SUCCESS)
		printf("  handler %-12s [%d]: ok\n", name, idx);
	return ret;
}

static int
walk_handler(const struct rte_mempool_handler *h, int idx, void *arg)
{
	struct walk_ctx *ctx = arg;

	if (is_required(h->name))
		ctx->required_seen++;
	if (check_handler_pool(h->name, idx) != TEST_SUCCESS)
		ctx->failed = 1;
	ctx->pools++;
	return 0;
}

static int
test_pool_every_handler(void)
{
	struct walk_ctx ctx = {0, 0, 0};
	unsigned int mz_before = test_memzone_count();

	rte_mempool_handler_walk(walk_handler, &ctx);
	TEST_ASSERT(!ctx.failed, "a handler failed");
	TEST_ASSERT(ctx.required_seen >= 4, "ring handlers missing");
	TEST_ASSERT_EQUAL(test_memzone_count(), mz_before, "memzones leaked");
	return TEST_SUCCESS;
}

static int
test_pool_bad_input(void)
{
	unsigned int mz_before = test_memzone_count();
	struct rte_mempool *mp;

	/* priv_size not a multiple of RTE_MBUF_PRIV_ALIGN */
	rte_errno = 0;
	mp = rte_pktmbuf_pool_create("mbuf_bad", 63, 0, 7, 256, SOCKET_ID_ANY);
	TEST_ASSERT_NULL(mp, "unaligned priv_size accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_mempool_lookup("mbuf_bad"), "pool left behind");

	/* unknown handler given as the argument */
	rte_errno = 0;
	mp = rte_pktmbuf_pool_create_by_ops(
		"mbuf_bad", 63, 0, 0, 256, SOCKET_ID_ANY, "no_such_handler");
	TEST_ASSERT_NULL(mp, "unknown handler accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_mempool_lookup("mbuf_bad"), "pool left behind");

	/* cache larger than the maximum */
	rte_errno = 0;
	mp = rte_pktmbuf_pool_create("mbuf_bad", 4095,
		RTE_MEMPOOL_CACHE_MAX_SIZE + 1, 0, 256, SOCKET_ID_ANY);
	TEST_ASSERT_NULL(mp, "cache size > max accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_mempool_lookup("mbuf_bad"), "pool left behind");

	/* no mbufs at all */
	rte_errno = 0;
	mp = rte_pktmbuf_pool_create("mbuf_bad", 0, 0, 0, 256, SOCKET_ID_ANY);
	TEST_ASSERT_NULL(mp, "n == 0 accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_mempool_lookup("mbuf_bad"), "pool left behind");

	/* name already used */
	rte_errno = 0;
	mp = rte_pktmbuf_pool_create(
		"test_pktmbuf_pool", 63, 0, 0, 256, SOCKET_ID_ANY);
	TEST_ASSERT_NULL(mp, "duplicate name accepted");
	TEST_ASSERT_EQUAL(rte_errno, EEXIST, "errno %d", rte_errno);
	TEST_ASSERT(rte_mempool_lookup("test_pktmbuf_pool") == pktpool,
		"existing pool disturbed");

	TEST_ASSERT_EQUAL(test_memzone_count(), mz_before,
		"memzones left behind by failed creations");
	return check_pool_full(pktpool);
}

/*
 * A data room smaller than RTE_PKTMBUF_HEADROOM is accepted, as in
 * DPDK: pools that only hold clones use 0. The headroom is then the
 * whole buffer and there is no tailroom.
 */
static int
test_small_data_room(void)
{
	struct rte_mempool *mp;
	struct rte_mbuf *m;

	mp = rte_pktmbuf_pool_create("mbuf_small", 15, 0, 0, 64, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(mp, "data room 64 refused");
	m = rte_pktmbuf_alloc(mp);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	TEST_ASSERT_EQUAL(rte_pktmbuf_headroom(m), 64, "headroom");
	TEST_ASSERT_EQUAL(rte_pktmbuf_tailroom(m), 0, "tailroom");
	TEST_ASSERT_NULL(rte_pktmbuf_append(m, 1), "append into no tailroom");
	TEST_ASSERT_EQUAL(m->data_len, 0, "data_len changed");
	TEST_ASSERT_NOT_NULL(rte_pktmbuf_prepend(m, 64), "prepend");
	TEST_ASSERT_EQUAL(m->pkt_len, 64, "pkt_len");
	rte_pktmbuf_free(m);
	TEST_ASSERT_SUCCESS(check_pool_full(mp), "leak");
	rte_mempool_free(mp);

	mp = rte_pktmbuf_pool_create("mbuf_zero", 15, 0, 0, 0, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(mp, "data room 0 refused");
	m = rte_pktmbuf_alloc(mp);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	TEST_ASSERT_EQUAL(rte_pktmbuf_headroom(m), 0, "headroom");
	TEST_ASSERT_EQUAL(rte_pktmbuf_tailroom(m), 0, "tailroom");
	TEST_ASSERT_NULL(rte_pktmbuf_prepend(m, 1), "prepend into nothing");
	rte_pktmbuf_free(m);
	TEST_ASSERT_SUCCESS(check_pool_full(mp), "leak");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}

static int
test_data_ops(void)
{
	struct rte_mbuf *m;
	uint16_t room;
	char *p, *q;
	unsigned int i;

	m = rte_pktmbuf_alloc(pktpool);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	room = rte_pktmbuf_tailroom(m);
	TEST_ASSERT_EQUAL(
		room, MBUF_DATA_ROOM - RTE_PKTMBUF_HEADROOM, "tailroom");
	TEST_ASSERT_EQUAL(
		rte_pktmbuf_headroom(m), RTE_PKTMBUF_HEADROOM, "headroom");
	TEST_ASSERT(rte_pktmbuf_mtod(m, char *) ==
			(char *)m->buf_addr + RTE_PKTMBUF_HEADROOM,
		"mtod");
	TEST_ASSERT_EQUAL(rte_pktmbuf_iova(m),
		m->buf_iova + RTE_PKTMBUF_HEADROOM, "iova");

	/* too-large append: NULL and nothing changes */
	TEST_ASSERT_NULL(rte_pktmbuf_append(m, (uint16_t)(room + 1)),
		"append past the tailroom");
	TEST_ASSERT(m->data_len == 0 && m->pkt_len == 0 &&
			m->data_off == RTE_PKTMBUF_HEADROOM,
		"failed append changed the mbuf");

	p = rte_pktmbuf_append(m, 100);
	TEST_ASSERT(p == rte_pktmbuf_mtod(m, char *), "append start");
	for (i = 0; i < 100; i++)
		p[i] = (char)i;
	TEST_ASSERT_EQUAL(rte_pktmbuf_data_len(m), 100, "data_len");
	TEST_ASSERT_EQUAL(rte_pktmbuf_pkt_len(m), 100, "pkt_len");
	TEST_ASSERT_EQUAL(rte_pktmbuf_tailroom(m), room - 100, "tailroom");
	TEST_ASSERT(
		rte_pktmbuf_mtod_offset(m, char *, 10)[0] == 10, "mtod_offset");

	/* too-large prepend: NULL and nothing changes */
	TEST_ASSERT_NULL(rte_pktmbuf_prepend(m, RTE_PKTMBUF_HEADROOM + 1),
		"prepend past the headroom");
	TEST_ASSERT(m->data_len == 100 && m->pkt_len == 100 &&
			m->data_off == RTE_PKTMBUF_HEADROOM,
		"failed prepend changed the mbuf");

	q = rte_pktmbuf_prepend(m, 28);
	TEST_ASSERT(q == p - 28, "prepend start");
	TEST_ASSERT_EQUAL(rte_pktmbuf_headroom(m), 100, "headroom");
	TEST_ASSERT_EQUAL(m->pkt_len, 128, "pkt_len after prepend");

	TEST_ASSERT_NULL(rte_pktmbuf_adj(m, 129), "adj past the data");
	TEST_ASSERT_EQUAL(m->pkt_len, 128, "failed adj changed pkt_len");
	p = rte_pktmbuf_adj(m, 28);
	TEST_ASSERT(p != NULL && p[0] == 0 && p[99] == 99, "adj");
	TEST_ASSERT_EQUAL(m->data_len, 100, "data_len after adj");

	TEST_ASSERT_EQUAL(rte_pktmbuf_trim(m, 101), -1, "trim past the data");
	TEST_ASSERT_EQUAL(m->data_len, 100, "failed trim changed data_len");
	TEST_ASSERT_SUCCESS(rte_pktmbuf_trim(m, 50), "trim");
	TEST_ASSERT(m->data_len == 50 && m->pkt_len == 50, "trim lengths");
	TEST_ASSERT(rte_pktmbuf_is_contiguous(m), "one segment");
	TEST_ASSERT(rte_pktmbuf_lastseg(m) == m, "lastseg");
	TEST_ASSERT(rte_pktmbuf_read(m, 10, 4, NULL) ==
			rte_pktmbuf_mtod_offset(m, char *, 10),
		"contiguous read returns a pointer into the data");
	TEST_ASSERT_NULL(rte_pktmbuf_read(m, 48, 4, p), "read past the end");

	/* reset: back to an empty packet with default headroom */
	m->ol_flags = RTE_MBUF_F_RX_VLAN;
	m->vlan_tci = 7;
	m->port = 3;
	m->tx_offload = 123;
	rte_pktmbuf_reset(m);
	TEST_ASSERT(m->data_len == 0 && m->pkt_len == 0 && m->ol_flags == 0 &&
			m->vlan_tci == 0 && m->tx_offload == 0 &&
			m->port == RTE_MBUF_PORT_INVALID &&
			m->data_off == RTE_PKTMBUF_HEADROOM,
		"reset");

	rte_pktmbuf_free(m);
	rte_pktmbuf_free(NULL); /* allowed */
	return check_pool_full(pktpool);
}

/* A packet of nseg segments of seglen bytes; byte k of the packet is k. */
static struct rte_mbuf *
make_packet(struct rte_mempool *const *pools, unsigned int npools,
	unsigned int nseg, uint16_t seglen)
{
	struct rte_mbuf *head = NULL, *m;
	unsigned int s, k = 0, i;
	char *p;

	for (s = 0; s < nseg; s++) {
		m = rte_pktmbuf_alloc(pools[s % npools]);
		if (m == NULL)
			goto fail;
		p = rte_pktmbuf_append(m, seglen);
		if (p == NULL) {
			rte_pktmbuf_free(m);
			goto fail;
		}
		for (i = 0; i < seglen; i++)
			p[i] = (char)(k++ & 0xff);
		if (head == NULL)
			head = m;
		else if (rte_pktmbuf_chain(head, m) != 0) {
			rte_pktmbuf_free(m);
			goto fail;
		}
	}
	return head;
fail:
	rte_pktmbuf_free(head);
	return NULL;
}

static int
check_packet_bytes(const struct rte_mbuf *m, uint32_t first, uint32_t len)
{
	uint8_t buf[2048];
	const uint8_t *p;
	uint32_t i;

	p = rte_pktmbuf_read(m, 0, len, buf);
	TEST_ASSERT_NOT_NULL(p, "read of %u bytes failed", len);
	for (i = 0; i < len; i++)
		TEST_ASSERT_EQUAL(p[i], (uint8_t)(first + i),
			"byte %u is %u, want %u", i, p[i],
			(uint8_t)(first + i));
	return TEST_SUCCESS;
}

static int
test_chain(void)
{
	struct rte_mempool *pools[1] = {pktpool};
	struct rte_mbuf *m, *seg;
	uint8_t buf[64];
	const uint8_t *p;
	unsigned int avail;

	m = make_packet(pools, 1, 3, 100);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	TEST_ASSERT_EQUAL(m->nb_segs, 3, "nb_segs");
	TEST_ASSERT_EQUAL(m->pkt_len, 300, "pkt_len");
	TEST_ASSERT_EQUAL(m->data_len, 100, "head data_len");
	TEST_ASSERT(!rte_pktmbuf_is_contiguous(m), "contiguous");
	seg = rte_pktmbuf_lastseg(m);
	TEST_ASSERT(seg == m->next->next && seg->next == NULL, "lastseg");
	TEST_ASSERT_EQUAL(seg->pkt_len, seg->data_len,
		"chained tail keeps a stale pkt_len");
	{
		const char *reason = NULL;

		TEST_ASSERT_SUCCESS(
			rte_mbuf_check(m, 1, &reason), "check: %s", reason);
	}

	/* a read across a segment boundary is copied into buf */
	p = rte_pktmbuf_read(m, 90, 20, buf);
	TEST_ASSERT(p == buf, "cross-segment read not copied");
	TEST_ASSERT(p[0] == 90 && p[9] == 99 && p[10] == 100 && p[19] == 109,
		"cross-segment bytes");
	/* a read within a later segment points into it */
	p = rte_pktmbuf_read(m, 210, 10, buf);
	TEST_ASSERT(p == rte_pktmbuf_mtod_offset(seg, uint8_t *, 10),
		"read inside segment 3");
	TEST_ASSERT_NULL(rte_pktmbuf_read(m, 295, 10, buf), "read past end");

	/* append goes to the last segment; trim removes from it */
	TEST_ASSERT_NOT_NULL(rte_pktmbuf_append(m, 10), "append");
	TEST_ASSERT(
		seg->data_len == 110 && m->pkt_len == 310 && m->data_len == 100,
		"append on chain");
	TEST_ASSERT_SUCCESS(rte_pktmbuf_trim(m, 10), "trim");
	TEST_ASSERT(seg->data_len == 100 && m->pkt_len == 300, "trim on chain");

	/* linearize: data moves to the first segment, the rest are freed */
	avail = rte_mempool_avail_count(pktpool);
	TEST_ASSERT_SUCCESS(rte_pktmbuf_linearize(m), "linearize");
	TEST_ASSERT(rte_pktmbuf_is_contiguous(m) && m->data_len == 300 &&
			m->pkt_len == 300 && m->next == NULL,
		"linearized shape");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pktpool), avail + 2,
		"linearize did not free the two segments");
	TEST_ASSERT_SUCCESS(check_packet_bytes(m, 0, 300), "linearized data");
	TEST_ASSERT_SUCCESS(rte_pktmbuf_linearize(m), "linearize no-op");
	rte_pktmbuf_free(m);

	/* linearize without room in the first segment fails, unchanged */
	m = make_packet(pools, 1, 2, 300);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	TEST_ASSERT_EQUAL(rte_pktmbuf_linearize(m), -1, "linearize too big");
	TEST_ASSERT(m->nb_segs == 2 && m->data_len == 300 && m->pkt_len == 600,
		"failed linearize changed the packet");
	TEST_ASSERT_SUCCESS(check_packet_bytes(m, 0, 600), "data intact");
	rte_pktmbuf_free(m);
	return check_pool_full(pktpool);
}

/*
 * Chaining beyond RTE_MBUF_MAX_NB_SEGS: -EOVERFLOW and neither packet
 * changes. A real 65535-segment chain is built when memory allows;
 * otherwise the head's count is raised by hand.
 */
static int
test_chain_overflow(void)
{
	struct rte_mempool *mp;
	struct rte_mbuf **segs, *head, *tail;
	unsigned int i, n = RTE_MBUF_MAX_NB_SEGS;

	mp = rte_pktmbuf_pool_create_by_ops(
		"mbuf_many", n + 1, 0, 0, 0, SOCKET_ID_ANY, "ring_mp_mc");
	if (mp != NULL) {
		segs = calloc(n, sizeof(*segs));
		TEST_ASSERT_NOT_NULL(segs, "calloc");
		for (i = 0; i < n; i += 256)
			TEST_ASSERT_SUCCESS(rte_pktmbuf_alloc_bulk(mp, &segs[i],
						    RTE_MIN(256u, n - i)),
				"bulk alloc at %u", i);
		/* link by hand: chaining one by one walks the chain n times */
		for (i = 0; i + 1 < n; i++)
			segs[i]->next = segs[i + 1];
		head = segs[0];
		head->nb_segs = (uint16_t)n;
		free(segs);
		tail = rte_pktmbuf_alloc(mp);
		TEST_ASSERT_NOT_NULL(tail, "alloc tail");
		TEST_ASSERT_EQUAL(rte_pktmbuf_chain(head, tail), -EOVERFLOW,
			"chain of %u + 1 segments accepted", n);
		TEST_ASSERT(head->nb_segs == n && head->pkt_len == 0 &&
				rte_pktmbuf_lastseg(head)->next == NULL,
			"head changed");
		TEST_ASSERT(tail->nb_segs == 1 && tail->next == NULL,
			"tail changed");
		rte_pktmbuf_free(head);
		rte_pktmbuf_free(tail);
		TEST_ASSERT_SUCCESS(check_pool_full(mp), "leak");
		rte_mempool_free(mp);
	} else {
		printf("  no memory for a %u-mbuf pool (%s): using a forged "
		       "count\n",
			n + 1, rte_strerror(rte_errno));
	}

	head = rte_pktmbuf_alloc(pktpool);
	tail = rte_pktmbuf_alloc(pktpool);
	TEST_ASSERT(head != NULL && tail != NULL, "alloc");
	rte_pktmbuf_append(head, 10);
	rte_pktmbuf_append(tail, 20);
#ifdef RTE_LIBRTE_MBUF_DEBUG
	/* the forged count would (rightly) fail the debug sanity check */
	rte_pktmbuf_free(head);
	rte_pktmbuf_free(tail);
	return check_pool_full(pktpool);
#endif
	head->nb_segs = RTE_MBUF_MAX_NB_SEGS;
	TEST_ASSERT_EQUAL(rte_pktmbuf_chain(head, tail), -EOVERFLOW, "chain");
	TEST_ASSERT(head->next == NULL && head->pkt_len == 10 &&
			tail->pkt_len == 20 && tail->nb_segs == 1,
		"failed chain changed a packet");
	head->nb_segs = 1;
	TEST_ASSERT_SUCCESS(rte_pktmbuf_chain(head, tail), "chain");
	TEST_ASSERT(head->nb_segs == 2 && head->pkt_len == 30, "chained");
	rte_pktmbuf_free(head);
	return check_pool_full(pktpool);
}

/* A chain whose segments come from two pools on two handlers. */
static int
test_chain_two_handlers(void)
{
	struct rte_mempool *pools[2];
	struct rte_mbuf *pkts[8];
	const char *other = other_mt_handler(pktpool);
	unsigned int i;

	if (other == NULL)
		other = "ring_sp_sc";
	pools[0] = pktpool;
	pools[1] = rte_pktmbuf_pool_create_by_ops(
		"mbuf_other", 63, 0, 0, MBUF_DATA_ROOM, SOCKET_ID_ANY, other);
	TEST_ASSERT_NOT_NULL(pools[1], "pool on %s", other);
	printf("  segments from %s and %s\n", pool_ops_name(pools[0]),
		pool_ops_name(pools[1]));

	pkts[0] = make_packet(pools, 2, 5, 40);
	TEST_ASSERT_NOT_NULL(pkts[0], "make_packet");
	TEST_ASSERT(pkts[0]->next->pool == pools[1], "segment 2 pool");
	TEST_ASSERT_SUCCESS(check_packet_bytes(pkts[0], 0, 200), "data");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pools[1]), 61, "taken");
	rte_pktmbuf_free(pkts[0]);
	TEST_ASSERT_SUCCESS(check_pool_full(pools[0]), "first pool");
	TEST_ASSERT_SUCCESS(check_pool_full(pools[1]), "second pool");

	/* bulk free of mixed packets, batching by pool */
	for (i = 0; i < RTE_DIM(pkts); i++) {
		pkts[i] = make_packet(pools, 2, 1 + i % 4, 10);
		TEST_ASSERT_NOT_NULL(pkts[i], "make_packet %u", i);
		if (i % 3 == 2) {
			/* a packet whose head is in the second pool */
			struct rte_mbuf *h = rte_pktmbuf_alloc(pools[1]);

			TEST_ASSERT_NOT_NULL(h, "alloc");
			TEST_ASSERT_SUCCESS(
				rte_pktmbuf_chain(h, pkts[i]), "chain");
			pkts[i] = h;
		}
	}
	rte_pktmbuf_free(pkts[3]);
	pkts[3] = NULL;
	rte_pktmbuf_free_bulk(pkts, RTE_DIM(pkts));
	TEST_ASSERT_SUCCESS(check_pool_full(pools[0]), "first pool");
	TEST_ASSERT_SUCCESS(check_pool_full(pools[1]), "second pool");
	rte_mempool_free(pools[1]);
	return TEST_SUCCESS;
}

static int
test_refcnt(void)
{
	struct rte_mempool *pools[1] = {pktpool};
	struct rte_mbuf *m;
	unsigned int avail = rte_mempool_avail_count(pktpool);

	m = rte_pktmbuf_alloc(pktpool);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "fresh refcnt");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_update(m, 2), 3, "update +2");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_update(m, -1), 2, "update -1");
	rte_pktmbuf_free(m); /* 2 -> 1, stays out */
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pktpool), avail - 1,
		"freed while referenced");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "refcnt after free");
	rte_mbuf_refcnt_set(m, 4);
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 4, "set");
	rte_mbuf_refcnt_set(m, 1);
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pktpool), avail, "not freed");

	/* rte_pktmbuf_refcnt_update covers every segment */
	m = make_packet(pools, 1, 3, 10);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	rte_pktmbuf_refcnt_update(m, 1);
	TEST_ASSERT(rte_mbuf_refcnt_read(m) == 2 &&
			rte_mbuf_refcnt_read(m->next) == 2 &&
			rte_mbuf_refcnt_read(m->next->next) == 2,
		"segment refcnts");
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pktpool), avail - 3,
		"first free returned segments");
	TEST_ASSERT_EQUAL(m->nb_segs, 3, "first free broke the chain");
	rte_pktmbuf_free(m);
	return check_pool_full(pktpool);
}

static int
test_clone_attach(void)
{
	struct rte_mempool *pools[1] = {pktpool};
	struct rte_mempool *cpool, *tiny;
	struct rte_mbuf *m, *c, *c2, *mi;
	const char *other = other_mt_handler(pktpool);
	unsigned int avail = rte_mempool_avail_count(pktpool);

	/* clone pool: no data room, on another handler when there is one */
	cpool = rte_pktmbuf_pool_create_by_ops("mbuf_clone", 31, 0, 0, 0,
		SOCKET_ID_ANY, other != NULL ? other : "ring_mp_mc");
	TEST_ASSERT_NOT_NULL(cpool, "clone pool");

	m = make_packet(pools, 1, 2, 100);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	m->port = 5;
	m->vlan_tci = 42;
	c = rte_pktmbuf_clone(m, cpool);
	TEST_ASSERT_NOT_NULL(c, "clone");
	TEST_ASSERT(RTE_MBUF_CLONED(c) && RTE_MBUF_CLONED(c->next),
		"clone segments are indirect");
	TEST_ASSERT(!RTE_MBUF_DIRECT(c) && RTE_MBUF_DIRECT(m), "direct flags");
	TEST_ASSERT(c->nb_segs == 2 && c->pkt_len == 200, "clone shape");
	TEST_ASSERT(c->port == 5 && c->vlan_tci == 42, "header copied");
	TEST_ASSERT(rte_pktmbuf_mtod(c, char *) == rte_pktmbuf_mtod(m, char *),
		"clone shares the data");
	TEST_ASSERT(rte_mbuf_from_indirect(c) == m &&
			rte_mbuf_from_indirect(c->next) == m->next,
		"from_indirect");
	TEST_ASSERT(c->pool == cpool, "clone mbufs come from the clone pool");
	TEST_ASSERT(rte_mbuf_refcnt_read(m) == 2 &&
			rte_mbuf_refcnt_read(m->next) == 2,
		"direct refcnts");
	TEST_ASSERT_SUCCESS(check_packet_bytes(c, 0, 200), "clone data");

	/* clone of a clone points at the same direct mbufs */
	c2 = rte_pktmbuf_clone(c, cpool);
	TEST_ASSERT_NOT_NULL(c2, "clone of clone");
	TEST_ASSERT(rte_mbuf_from_indirect(c2) == m, "second-level owner");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 3, "refcnt 3");

	/* the original goes first: its data stays until the clones go */
	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(pktpool), avail - 2,
		"direct mbufs freed while cloned");
	TEST_ASSERT_SUCCESS(check_packet_bytes(c2, 0, 200), "data after free");
	rte_pktmbuf_free(c);
	rte_pktmbuf_free(c2);
	TEST_ASSERT_SUCCESS(check_pool_full(pktpool), "direct pool");
	TEST_ASSERT_SUCCESS(check_pool_full(cpool), "clone pool");

	/* explicit attach/detach */
	m = make_packet(pools, 1, 1, 50);
	mi = rte_pktmbuf_alloc(pktpool);
	TEST_ASSERT(m != NULL && mi != NULL, "alloc");
	rte_pktmbuf_attach(mi, m);
	TEST_ASSERT(RTE_MBUF_CLONED(mi) && mi->data_len == 50 &&
			rte_mbuf_refcnt_read(m) == 2,
		"attach");
	rte_pktmbuf_detach(mi);
	TEST_ASSERT(RTE_MBUF_DIRECT(mi) && mi->data_len == 0 &&
			mi->buf_addr == rte_mbuf_to_baddr(mi) &&
			mi->buf_len == MBUF_DATA_ROOM &&
			rte_mbuf_refcnt_read(m) == 1,
		"detach");
	/* as in DPDK, detach leaves the packet fields: reset to reuse */
	rte_pktmbuf_reset(mi);
	TEST_ASSERT_NOT_NULL(rte_pktmbuf_append(mi, 10), "detached is usable");
	rte_pktmbuf_free(mi);
	rte_pktmbuf_free(m);

	/* clone pool too small: NULL, and every reference taken is undone */
	tiny = rte_pktmbuf_pool_create("mbuf_tiny", 1, 0, 0, 0, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(tiny, "tiny pool");
	m = make_packet(pools, 1, 3, 10);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	TEST_ASSERT_NULL(rte_pktmbuf_clone(m, tiny), "clone with 1 mbuf");
	TEST_ASSERT(rte_mbuf_refcnt_read(m) == 1 &&
			rte_mbuf_refcnt_read(m->next) == 1,
		"failed clone left references");
	TEST_ASSERT_SUCCESS(check_pool_full(tiny), "failed clone leaked");
	rte_pktmbuf_free(m);
	rte_mempool_free(tiny);
	rte_mempool_free(cpool);
	return check_pool_full(pktpool);
}

static unsigned int extbuf_freed;

static void
extbuf_free_cb(void *addr, void *opaque)
{
	RTE_SET_USED(addr);
	RTE_SET_USED(opaque);
	extbuf_freed++;
}

/* An external buffer lives until its last mbuf (direct or clone) goes. */
static int
test_extbuf(void)
{
	static char ext[1024] __rte_aligned(64);
	struct rte_mbuf_ext_shared_info *shinfo;
	struct rte_mbuf *m, *c;
	uint16_t len = sizeof(ext);
	char *p;

	extbuf_freed = 0;
	shinfo = rte_pktmbuf_ext_shinfo_init_helper(
		ext, &len, extbuf_free_cb, NULL);
	TEST_ASSERT_NOT_NULL(shinfo, "shinfo");
	TEST_ASSERT(len < sizeof(ext) && (char *)shinfo >= ext + len,
		"shinfo carved from the end");
	m = rte_pktmbuf_alloc(pktpool);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	rte_pktmbuf_attach_extbuf(
		m, ext, (rte_iova_t)(uintptr_t)ext, len, shinfo);
	TEST_ASSERT(RTE_MBUF_HAS_EXTBUF(m) && !RTE_MBUF_DIRECT(m), "flags");
	p = rte_pktmbuf_append(m, 100);
	TEST_ASSERT(p == ext, "data in the external buffer");
	memset(p, 0x5a, 100);

	c = rte_pktmbuf_clone(m, pktpool);
	TEST_ASSERT_NOT_NULL(c, "clone");
	TEST_ASSERT(RTE_MBUF_HAS_EXTBUF(c) && !RTE_MBUF_CLONED(c),
		"clone of an external buffer shares it directly");
	TEST_ASSERT_EQUAL(rte_mbuf_ext_refcnt_read(shinfo), 2, "ext refcnt");
	TEST_ASSERT(rte_pktmbuf_mtod(c, char *) == ext, "shared data");

	rte_pktmbuf_free(m);
	TEST_ASSERT_EQUAL(extbuf_freed, 0, "freed while cloned");
	TEST_ASSERT(((uint8_t *)rte_pktmbuf_mtod(c, char *))[99] == 0x5a,
		"data after the first free");
	rte_pktmbuf_free(c);
	TEST_ASSERT_EQUAL(extbuf_freed, 1, "free callback calls");
	return check_pool_full(pktpool);
}

static int
test_copy(void)
{
	struct rte_mempool *pools[1] = {pktpool};
	struct rte_mbuf *m, *c, *cl;
	struct rte_mempool *cpool;

	m = make_packet(pools, 1, 3, 100);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	m->port = 9;

	c = rte_pktmbuf_copy(m, pktpool, 0, UINT32_MAX);
	TEST_ASSERT_NOT_NULL(c, "full copy");
	TEST_ASSERT(c->pkt_len == 300 && c->port == 9 && RTE_MBUF_DIRECT(c),
		"copy header");
	TEST_ASSERT(rte_pktmbuf_mtod(c, char *) != rte_pktmbuf_mtod(m, char *),
		"copy shares data");
	TEST_ASSERT_EQUAL(rte_mbuf_refcnt_read(m), 1, "copy took a reference");
	TEST_ASSERT_SUCCESS(check_packet_bytes(c, 0, 300), "copied bytes");
	rte_pktmbuf_free(c);

	c = rte_pktmbuf_copy(m, pktpool, 150, 120);
	TEST_ASSERT_NOT_NULL(c, "partial copy");
	TEST_ASSERT_EQUAL(c->pkt_len, 120, "partial length");
	TEST_ASSERT_SUCCESS(check_packet_bytes(c, 150, 120), "partial bytes");
	rte_pktmbuf_free(c);

	c = rte_pktmbuf_copy(m, pktpool, 250, 1000);
	TEST_ASSERT(c != NULL && c->pkt_len == 50, "copy truncated to the end");
	rte_pktmbuf_free(c);

	TEST_ASSERT_NULL(rte_pktmbuf_copy(m, pktpool, 301, 1), "offset > len");

	/* copy of a clone is a direct packet with the same bytes */
	cpool = rte_pktmbuf_pool_create(
		"mbuf_cpy_cl", 7, 0, 0, 0, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(cpool, "clone pool");
	cl = rte_pktmbuf_clone(m, cpool);
	TEST_ASSERT_NOT_NULL(cl, "clone");
	c = rte_pktmbuf_copy(cl, pktpool, 0, UINT32_MAX);
	TEST_ASSERT(c != NULL && RTE_MBUF_DIRECT(c), "copy of clone");
	TEST_ASSERT_SUCCESS(check_packet_bytes(c, 0, 300), "bytes");
	rte_pktmbuf_free(c);
	rte_pktmbuf_free(cl);
	rte_pktmbuf_free(m);
	TEST_ASSERT_SUCCESS(check_pool_full(cpool), "clone pool");
	rte_mempool_free(cpool);
	return check_pool_full(pktpool);
}

static int
test_sanity_check(void)
{
	struct rte_mempool *pools[1] = {pktpool};
	struct rte_mbuf *m;
	struct rte_mempool *saved_pool;
	const char *reason = NULL;

	TEST_ASSERT_EQUAL(rte_mbuf_check(NULL, 1, &reason), -1, "NULL");
	m = make_packet(pools, 1, 2, 20);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	TEST_ASSERT_SUCCESS(rte_mbuf_check(m, 1, &reason), "good: %s", reason);
	rte_mbuf_sanity_check(m, 1); /* must not panic */

	m->nb_segs = 3;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), -1, "nb_segs");
	TEST_ASSERT(strstr(reason, "nb_segs") != NULL, "reason %s", reason);
	m->nb_segs = 2;
	m->pkt_len = 41;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), -1, "pkt_len");
	TEST_ASSERT(strstr(reason, "pkt_len") != NULL, "reason %s", reason);
	/* only a header is checked for lengths */
	TEST_ASSERT_SUCCESS(rte_mbuf_check(m, 0, &reason), "segment check");
	m->pkt_len = 40;
	m->data_off = (uint16_t)(m->buf_len - 5);
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 1, &reason), -1, "data past buf");
	m->data_off = RTE_PKTMBUF_HEADROOM;
	saved_pool = m->pool;
	m->pool = NULL;
	TEST_ASSERT_EQUAL(rte_mbuf_check(m, 0, &reason), -1, "pool");
	TEST_ASSERT(strstr(reason, "pool") != NULL, "reason %s", reason);
	m->pool = saved_pool;
	rte_mbuf_refcnt_set(m->next, 0);
	TEST_ASSERT_EQUAL(rte_mbuf_check(m->next, 0, &reason), -1, "refcnt");
	rte_mbuf_refcnt_set(m->next, 1);
	TEST_ASSERT_SUCCESS(rte_mbuf_check(m, 1, &reason), "restored");
	rte_pktmbuf_free(m);
	return check_pool_full(pktpool);
}

/* Child: a corrupt mbuf makes rte_mbuf_sanity_check panic. */
static int
child_sanity_panic(void)
{
	struct rte_mempool *mp;
	struct rte_mbuf *m;

	mp = rte_pktmbuf_pool_create("panic_pool", 7, 0, 0, 256, SOCKET_ID_ANY);
	if (mp == NULL)
		return TEST_FAILED;
	m = rte_pktmbuf_alloc(mp);
	if (m == NULL)
		return TEST_FAILED;
	m->nb_segs = 2;
	rte_mbuf_sanity_check(m, 1);
	return TEST_FAILED; /* not reached */
}
REGISTER_TEST_COMMAND(mbuf_child_sanity_panic, child_sanity_panic);

static int
test_sanity_panic(void)
{
	const char *const argv[] = {
		"dpdk-test", "-l", "0", "--no-huge", "--in-memory"};
	int st;

	st = test_exec_self(argv, RTE_DIM(argv), "mbuf_child_sanity_panic");
	TEST_ASSERT_EQUAL(st, 128 + SIGABRT,
		"corrupt mbuf: child status %d, want abort", st);
	return TEST_SUCCESS;
}

static int
test_dump(void)
{
	struct rte_mempool *pools[1] = {pktpool};
	struct rte_mbuf *m;
	char *text = NULL;
	size_t size = 0;
	FILE *f;

	m = make_packet(pools, 1, 2, 20);
	TEST_ASSERT_NOT_NULL(m, "make_packet");
	f = open_memstream(&text, &size);
	TEST_ASSERT_NOT_NULL(f, "open_memstream");
	rte_pktmbuf_dump(f, m, 64);
	fclose(f);
	TEST_ASSERT(strstr(text, "pkt_len=40") != NULL, "dump: %s", text);
	TEST_ASSERT(strstr(text, "nb_segs=2") != NULL, "dump: %s", text);
	TEST_ASSERT(strstr(text, "segment at") != NULL, "dump: %s", text);
	TEST_ASSERT(strstr(text, "00 01 02 03") != NULL, "dump: %s", text);
	free(text);
	rte_pktmbuf_free(m);
	return check_pool_full(pktpool);
}

/* ---- handler choice: user call, EAL option (in children) ---- */

static int
test_user_ops_api(void)
{
	char longname[RTE_MEMPOOL_OPS_NAMESIZE + 8];

	/* Bad arguments are refused without recording anything. */
	memset(longname, 'x', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	TEST_ASSERT_EQUAL(rte_mbuf_set_user_mempool_ops(NULL), -EINVAL, "NULL");
	TEST_ASSERT_EQUAL(rte_mbuf_set_user_mempool_ops(""), -EINVAL, "empty");
	TEST_ASSERT_EQUAL(
		rte_mbuf_set_user_mempool_ops(longname), -EINVAL, "too long");
	TEST_ASSERT_NULL(rte_memzone_lookup("mbuf_user_pool_ops"),
		"refused name recorded");
	TEST_ASSERT_EQUAL(rte_mbuf_set_platform_mempool_ops(NULL), -EINVAL,
		"platform NULL");
	return TEST_SUCCESS;
}

static int
child_check_option(void)
{
	const char *want = getenv(ENV_EXPECT_OPS);
	struct rte_mempool *mp, *mp2, *mp3;
	struct rte_mbuf *m;
	const char *other;

	TEST_ASSERT_NOT_NULL(want, "no " ENV_EXPECT_OPS);
	TEST_ASSERT_NOT_NULL(rte_eal_mbuf_user_pool_ops(), "EAL option lost");
	TEST_ASSERT(strcmp(rte_eal_mbuf_user_pool_ops(), want) == 0,
		"EAL option %s", rte_eal_mbuf_user_pool_ops());
	TEST_ASSERT(strcmp(rte_mbuf_user_mempool_ops(), want) == 0, "user");
	TEST_ASSERT(strcmp(rte_mbuf_best_mempool_ops(), want) == 0, "best");

	mp = rte_pktmbuf_pool_create(
		"child_pool", 63, 0, 0, 256, SOCKET_ID_ANY);
	TEST_ASSERT_NOT_NULL(mp, "pool_create: %s", rte_strerror(rte_errno));
	TEST_ASSERT(strcmp(pool_ops_name(mp), want) == 0,
		"pool_create picked %s, option says %s", pool_ops_name(mp),
		want);
	m = rte_pktmbuf_alloc(mp);
	TEST_ASSERT_NOT_NULL(m, "alloc");
	rte_pktmbuf_free(m);
	TEST_ASSERT(rte_mempool_full(mp), "leak");

	/* an explicit name wins over the option */
	mp2 = rte_pktmbuf_pool_create_by_ops(
		"child_pool2", 63, 0, 0, 256, SOCKET_ID_ANY, "ring_mp_mc");
	TEST_ASSERT(
		mp2 != NULL && strcmp(pool_ops_name(mp2), "ring_mp_mc") == 0,
		"by_ops");

	/* the user call wins over the option, and platform is below both */
	other = strcmp(want, "ring_mp_sc") == 0 ? "ring_sp_mc" : "ring_mp_sc";
	TEST_ASSERT_SUCCESS(rte_mbuf_set_platform_mempool_ops("ring_sp_sc"),
		"set platform");
	TEST_ASSERT_SUCCESS(rte_mbuf_set_platform_mempool_ops("ring_sp_sc"),
		"same platform again");
	TEST_ASSERT_EQUAL(rte_mbuf_set_platform_mempool_ops("ring_mp_mc"),
		-EEXIST, "platform changed");
	TEST_ASSERT(strcmp(rte_mbuf_platform_mempool_ops(), "ring_sp_sc") == 0,
		"platform");
	TEST_ASSERT(strcmp(rte_mbuf_best_mempool_ops(), want) == 0,
		"platform beat the option");
	TEST_ASSERT_SUCCESS(rte_mbuf_set_user_mempool_ops(other), "set user");
	TEST_ASSERT(strcmp(rte_mbuf_best_mempool_ops(), other) == 0,
		"user call did not win");
	mp3 = rte_pktmbuf_pool_create(
		"child_pool3", 63, 0, 0, 256, SOCKET_ID_ANY);
	TEST_ASSERT(mp3 != NULL && strcmp(pool_ops_name(mp3), other) == 0,
		"pool after set_user");
	TEST_ASSERT(strcmp(pool_ops_name(mp), want) == 0,
		"existing pool changed handler");

	rte_mempool_free(mp3);
	rte_mempool_free(mp2);
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(mbuf_child_ops_option, child_check_option);

/* Child started with an unregistered name in --mbuf-pool-ops-name. */
static int
child_check_unknown_option(void)
{
	unsigned int mz_before = test_memzone_count();
	struct rte_mempool *mp;

	TEST_ASSERT(strcmp(rte_mbuf_best_mempool_ops(), "no_such_handler") == 0,
		"best");
	rte_errno = 0;
	mp = rte_pktmbuf_pool_create(
		"child_pool", 63, 0, 0, 256, SOCKET_ID_ANY);
	TEST_ASSERT_NULL(mp, "pool on an unknown handler");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno %d", rte_errno);
	TEST_ASSERT_NULL(rte_mempool_lookup("child_pool"), "pool left behind");
	TEST_ASSERT_EQUAL(
		test_memzone_count(), mz_before, "memzone left behind");

	/* naming a handler explicitly still works */
	mp = rte_pktmbuf_pool_create_by_ops(
		"child_pool", 63, 0, 0, 256, SOCKET_ID_ANY, "ring_mp_mc");
	TEST_ASSERT_NOT_NULL(mp, "by_ops with a good name");
	rte_mempool_free(mp);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(mbuf_child_ops_unknown, child_check_unknown_option);

static int
run_option_child(const char *opt, const char *val, const char *cmd)
{
	char joined[96];
	const char *argv[8];
	int argc = 0, st;

	argv[argc++] = "dpdk-test";
	argv[argc++] = "-l";
	argv[argc++] = "0";
	argv[argc++] = "--no-huge";
	argv[argc++] = "--in-memory";
	if (strchr(opt, '=') == NULL && val != NULL) {
		/* "--opt value" form */
		argv[argc++] = opt;
		argv[argc++] = val;
	} else {
		snprintf(joined, sizeof(joined), "%s%s", opt, val);
		argv[argc++] = joined;
	}
	setenv(ENV_EXPECT_OPS, val, 1);
	st = test_exec_self(argv, argc, cmd);
	unsetenv(ENV_EXPECT_OPS);
	return st;
}

static int
test_eal_option(void)
{
	const char *name = handler_present("stack") ? "stack" : "ring_sp_sc";
	int st;

	st = run_option_child(
		"--mbuf-pool-ops-name=", name, "mbuf_child_ops_option");
	TEST_ASSERT_EQUAL(
		st, 0, "--mbuf-pool-ops-name=%s: child status %d", name, st);
	st = run_option_child(
		"--mbuf-pool-handler", "ring_mp_sc", "mbuf_child_ops_option");
	TEST_ASSERT_EQUAL(
		st, 0, "--mbuf-pool-handler ring_mp_sc: status %d", st);
	st = run_option_child("--mbuf-pool-ops-name=", "no_such_handler",
		"mbuf_child_ops_unknown");
	TEST_ASSERT_EQUAL(st, 0, "unknown handler option: child status %d", st);
	return TEST_SUCCESS;
}

/* ---- two cores: refcounts and clones handed to another lcore ---- */

struct xcore {
	struct rte_ring *ring;
	uint64_t received;
	uint64_t bad;
	int stop;
};

#define XCORE_LEN 120

static int
xcore_worker(void *arg)
{
	struct xcore *x = arg;
	struct rte_mbuf *pkts[32];
	uint8_t buf[XCORE_LEN];
	const uint8_t *p;
	unsigned int n, i, k;
	uint32_t seq;

	for (;;) {
		n = rte_ring_sc_dequeue_burst(
			x->ring, (void **)pkts, RTE_DIM(pkts), NULL);
		if (n == 0) {
			if (__atomic_load_n(&x->stop, __ATOMIC_ACQUIRE) &&
				rte_ring_count(x->ring) == 0)
				break;
			continue;
		}
		for (i = 0; i < n; i++) {
			p = rte_pktmbuf_read(pkts[i], 0, XCORE_LEN, buf);
			if (p == NULL || pkts[i]->pkt_len != XCORE_LEN) {
				x->bad++;
			} else {
				memcpy(&seq, p, sizeof(seq));
				for (k = 4; k < XCORE_LEN; k++)
					if (p[k] != (uint8_t)(seq + k))
						x->bad++;
			}
			rte_pktmbuf_free(pkts[i]);
			x->received++;
		}
	}
	return 0;
}

static struct rte_mbuf *
xcore_packet(struct rte_mempool *mp, uint32_t seq)
{
	struct rte_mbuf *m, *m2;
	uint8_t *p;
	unsigned int k;

	m = rte_pktmbuf_alloc(mp);
	if (m == NULL)
		return NULL;
	/* every other packet is two segments */
	if (seq & 1) {
		m2 = rte_pktmbuf_alloc(mp);
		if (m2 == NULL) {
			rte_pktmbuf_free(m);
			return NULL;
		}
		p = (uint8_t *)rte_pktmbuf_append(m, 50);
		rte_pktmbuf_append(m2, XCORE_LEN - 50);
		rte_pktmbuf_chain(m, m2);
		for (k = 0; k < XCORE_LEN; k++) {
			uint8_t *d = k < 50 ? p + k
					    : rte_pktmbuf_mtod_offset(
						      m2, uint8_t *, k - 50);
			*d = (uint8_t)(seq + k);
		}
	} else {
		p = (uint8_t *)rte_pktmbuf_append(m, XCORE_LEN);
		for (k = 0; k < XCORE_LEN; k++)
			p[k] = (uint8_t)(seq + k);
	}
	/* the first four bytes carry seq itself */
	memcpy(rte_pktmbuf_mtod(m, uint8_t *), &seq, sizeof(seq));
	return m;
}

static int
test_two_cores(void)
{
	struct rte_mempool *dpool, *cpool;
	struct xcore x = {NULL, 0, 0, 0};
	const char *other = other_mt_handler(pktpool);
	struct rte_mbuf *m, *c;
	uint64_t sent = 0, local_bad = 0;
	unsigned int worker;
	uint32_t seq = 0, seq_read;
	double end;
	int ret = TEST_FAILED;

	if (rte_lcore_count() < 2)
		return TEST_SKIPPED;
	worker = rte_get_next_lcore(-1, 1, 0);

	/* per-lcore caches on: objects migrate through both caches */
	dpool = rte_pktmbuf_pool_create_by_ops("mbuf_xcore", 2047, 64, 0,
		MBUF_DATA_ROOM, SOCKET_ID_ANY, "ring_mp_mc");
	cpool = rte_pktmbuf_pool_create_by_ops("mbuf_xcore_cl", 1023, 32, 0, 0,
		SOCKET_ID_ANY, other != NULL ? other : "ring_mp_mc");
	x.ring = rte_ring_create("mbuf_xcore", 512, SOCKET_ID_ANY,
		RING_F_SP_ENQ | RING_F_SC_DEQ);
	TEST_ASSERT(dpool != NULL && cpool != NULL && x.ring != NULL, "setup");
	printf("  direct pool on %s, clone pool on %s\n", pool_ops_name(dpool),
		pool_ops_name(cpool));

	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(xcore_worker, &x, worker), "launch");
	end = test_clock_s() + 1.0;
	while (test_clock_s() < end && sent < 2000000) {
		m = xcore_packet(dpool, seq);
		if (m == NULL)
			continue; /* the worker still holds the rest */
		switch (seq % 3) {
		case 0: /* a clone goes across, the original stays here */
			c = rte_pktmbuf_clone(m, cpool);
			if (c == NULL) {
				rte_pktmbuf_free(m);
				continue;
			}
			break;
		case 1: /* the same packet, one more reference */
			rte_pktmbuf_refcnt_update(m, 1);
			c = m;
			break;
		default: /* handed over whole */
			c = m;
			m = NULL;
			break;
		}
		while (rte_ring_sp_enqueue(x.ring, c) != 0)
			;
		sent++;
		if (m != NULL) {
			/* read our reference while the worker reads its own */
			memcpy(&seq_read, rte_pktmbuf_mtod(m, uint8_t *), 4);
			if (seq_read != seq)
				local_bad++;
			rte_pktmbuf_free(m);
		}
		seq++;
	}
	__atomic_store_n(&x.stop, 1, __ATOMIC_RELEASE);
	rte_eal_wait_lcore(worker);

	printf("  %" PRIu64 " packets across lcores %u -> %u\n", sent,
		rte_lcore_id(), worker);
	if (x.received != sent || x.bad != 0 || local_bad != 0) {
		printf("sent %" PRIu64 " received %" PRIu64 " bad %" PRIu64
		       "/%" PRIu64 "\n",
			sent, x.received, x.bad, local_bad);
		goto out;
	}
	/* conservation: every mbuf is back exactly once (caches included) */
	if (rte_mempool_avail_count(dpool) != dpool->size ||
		rte_mempool_avail_count(cpool) != cpool->size) {
		printf("not conserved: direct %u/%u clone %u/%u\n",
			rte_mempool_avail_count(dpool), dpool->size,
			rte_mempool_avail_count(cpool), cpool->size);
		goto out;
	}
	ret = TEST_SUCCESS;
out:
	rte_ring_free(x.ring);
	rte_mempool_free(cpool);
	rte_mempool_free(dpool);
	return ret;
}

static struct unit_test_suite mbuf_testsuite = {
	.suite_name = "mbuf autotest",
	.setup = testsuite_setup,
	.teardown = testsuite_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_mbuf_layout),
			TEST_CASE_ST(
				NULL, case_teardown, test_pool_create_best),
			TEST_CASE_ST(
				NULL, case_teardown, test_pool_every_handler),
			TEST_CASE_ST(NULL, case_teardown, test_pool_bad_input),
			TEST_CASE_ST(NULL, case_teardown, test_small_data_room),
			TEST_CASE_ST(NULL, case_teardown, test_data_ops),
			TEST_CASE_ST(NULL, case_teardown, test_chain),
			TEST_CASE_ST(NULL, case_teardown, test_chain_overflow),
			TEST_CASE_ST(
				NULL, case_teardown, test_chain_two_handlers),
			TEST_CASE_ST(NULL, case_teardown, test_refcnt),
			TEST_CASE_ST(NULL, case_teardown, test_clone_attach),
			TEST_CASE_ST(NULL, case_teardown, test_extbuf),
			TEST_CASE_ST(NULL, case_teardown, test_copy),
			TEST_CASE_ST(NULL, case_teardown, test_sanity_check),
			TEST_CASE(test_sanity_panic),
			TEST_CASE_ST(NULL, case_teardown, test_dump),
			TEST_CASE(test_user_ops_api),
			TEST_CASE(test_eal_option),
			TEST_CASE_ST(NULL, case_teardown, test_two_cores),
			TEST_CASES_END(),
		},
};

static struct unit_test_suite *mbuf_sub_suites[] = {
	&mbuf_dyn_testsuite,
	&mbuf_names_testsuite,
	&mbuf_ext_testsuite,
	NULL,
};

static int
test_mbuf(void)
{
	mbuf_testsuite.unit_test_suites = mbuf_sub_suites;
	return unit_test_suite_runner(&mbuf_testsuite);
}

REGISTER_TEST_COMMAND(mbuf_autotest, test_mbuf);
