/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Part of ring_autotest: the four sync modes (MT, ST, MT_RTS, MT_HTS)
 * on each side, through the calls named after the mode and the
 * unprefixed ones; pointer and element (4, 8, 16, 20 bytes) forms;
 * the 2^32 index wrap in each mode's layout; the peek and zero-copy
 * APIs and their bad uses; the layout shared with DPDK 22.11.
 */

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_ring.h>
#include <rte_ring_elem.h>

#include "test.h"
#include "test_ring.h"

#define MR_SIZE 64 /* slots; capacity 63 */
#define MR_CAP (MR_SIZE - 1)
#define MR_MAX_WORDS 2048 /* test data, in 32-bit words */

struct ring_mode {
	const char *name;
	unsigned int flags;
	enum rte_ring_sync_type prod;
	enum rte_ring_sync_type cons;
};

static const struct ring_mode ring_modes[] = {
	{"MP/MC", 0, RTE_RING_SYNC_MT, RTE_RING_SYNC_MT},
	{"SP/SC", RING_F_SP_ENQ | RING_F_SC_DEQ, RTE_RING_SYNC_ST,
		RTE_RING_SYNC_ST},
	{"MP_RTS/MC_RTS", RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ,
		RTE_RING_SYNC_MT_RTS, RTE_RING_SYNC_MT_RTS},
	{"MP_HTS/MC_HTS", RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ,
		RTE_RING_SYNC_MT_HTS, RTE_RING_SYNC_MT_HTS},
	{"MP_RTS/MC_HTS", RING_F_MP_RTS_ENQ | RING_F_MC_HTS_DEQ,
		RTE_RING_SYNC_MT_RTS, RTE_RING_SYNC_MT_HTS},
	{"MP_HTS/SC", RING_F_MP_HTS_ENQ | RING_F_SC_DEQ, RTE_RING_SYNC_MT_HTS,
		RTE_RING_SYNC_ST},
	{"SP/MC_RTS", RING_F_SP_ENQ | RING_F_MC_RTS_DEQ, RTE_RING_SYNC_ST,
		RTE_RING_SYNC_MT_RTS},
};

/* Which calls move objects: */
enum mr_api {
	MR_NAMED, /* named after the side's mode (pointer form for 8 bytes) */
	MR_DEFAULT, /* unprefixed: dispatch on the mode */
	MR_NAMED_ELEM, /* named after the mode, element form */
	MR_NB_API
};

static const char *const api_names[] = {"named", "default", "named elem"};

static unsigned int
mr_enq(struct rte_ring *r, enum mr_api api, int burst, const void *obj,
	unsigned int esize, unsigned int n, unsigned int *fs)
{
	void *const *p = obj;

	if (api == MR_DEFAULT) {
		if (esize == sizeof(void *))
			return burst ? rte_ring_enqueue_burst(r, p, n, fs)
				     : rte_ring_enqueue_bulk(r, p, n, fs);
		return burst ? rte_ring_enqueue_burst_elem(r, obj, esize, n, fs)
			     : rte_ring_enqueue_bulk_elem(r, obj, esize, n, fs);
	}
	if (api == MR_NAMED && esize == sizeof(void *)) {
		switch (rte_ring_get_prod_sync_type(r)) {
		case RTE_RING_SYNC_ST:
			return burst ? rte_ring_sp_enqueue_burst(r, p, n, fs)
				     : rte_ring_sp_enqueue_bulk(r, p, n, fs);
		case RTE_RING_SYNC_MT:
			return burst ? rte_ring_mp_enqueue_burst(r, p, n, fs)
				     : rte_ring_mp_enqueue_bulk(r, p, n, fs);
		case RTE_RING_SYNC_MT_RTS:
			return burst
				? rte_ring_mp_rts_enqueue_burst(r, p, n, fs)
				: rte_ring_mp_rts_enqueue_bulk(r, p, n, fs);
		case RTE_RING_SYNC_MT_HTS:
			return burst
				? rte_ring_mp_hts_enqueue_burst(r, p, n, fs)
				: rte_ring_mp_hts_enqueue_bulk(r, p, n, fs);
		}
		return 0;
	}
	switch (rte_ring_get_prod_sync_type(r)) {
	case RTE_RING_SYNC_ST:
		return burst
			? rte_ring_sp_enqueue_burst_elem(r, obj, esize, n, fs)
			: rte_ring_sp_enqueue_bulk_elem(r, obj, esize, n, fs);
	case RTE_RING_SYNC_MT:
		return burst
			? rte_ring_mp_enqueue_burst_elem(r, obj, esize, n, fs)
			: rte_ring_mp_enqueue_bulk_elem(r, obj, esize, n, fs);
	case RTE_RING_SYNC_MT_RTS:
		return burst ? rte_ring_mp_rts_enqueue_burst_elem(
				       r, obj, esize, n, fs)
			     : rte_ring_mp_rts_enqueue_bulk_elem(
				       r, obj, esize, n, fs);
	case RTE_RING_SYNC_MT_HTS:
		return burst ? rte_ring_mp_hts_enqueue_burst_elem(
				       r, obj, esize, n, fs)
			     : rte_ring_mp_hts_enqueue_bulk_elem(
				       r, obj, esize, n, fs);
	}
	return 0;
}

static unsigned int
mr_deq(struct rte_ring *r, enum mr_api api, int burst, void *obj,
	unsigned int esize, unsigned int n, unsigned int *av)
{
	void **p = obj;

	if (api == MR_DEFAULT) {
		if (esize == sizeof(void *))
			return burst ? rte_ring_dequeue_burst(r, p, n, av)
				     : rte_ring_dequeue_bulk(r, p, n, av);
		return burst ? rte_ring_dequeue_burst_elem(r, obj, esize, n, av)
			     : rte_ring_dequeue_bulk_elem(r, obj, esize, n, av);
	}
	if (api == MR_NAMED && esize == sizeof(void *)) {
		switch (rte_ring_get_cons_sync_type(r)) {
		case RTE_RING_SYNC_ST:
			return burst ? rte_ring_sc_dequeue_burst(r, p, n, av)
				     : rte_ring_sc_dequeue_bulk(r, p, n, av);
		case RTE_RING_SYNC_MT:
			return burst ? rte_ring_mc_dequeue_burst(r, p, n, av)
				     : rte_ring_mc_dequeue_bulk(r, p, n, av);
		case RTE_RING_SYNC_MT_RTS:
			return burst
				? rte_ring_mc_rts_dequeue_burst(r, p, n, av)
				: rte_ring_mc_rts_dequeue_bulk(r, p, n, av);
		case RTE_RING_SYNC_MT_HTS:
			return burst
				? rte_ring_mc_hts_dequeue_burst(r, p, n, av)
				: rte_ring_mc_hts_dequeue_bulk(r, p, n, av);
		}
		return 0;
	}
	switch (rte_ring_get_cons_sync_type(r)) {
	case RTE_RING_SYNC_ST:
		return burst
			? rte_ring_sc_dequeue_burst_elem(r, obj, esize, n, av)
			: rte_ring_sc_dequeue_bulk_elem(r, obj, esize, n, av);
	case RTE_RING_SYNC_MT:
		return burst
			? rte_ring_mc_dequeue_burst_elem(r, obj, esize, n, av)
			: rte_ring_mc_dequeue_bulk_elem(r, obj, esize, n, av);
	case RTE_RING_SYNC_MT_RTS:
		return burst ? rte_ring_mc_rts_dequeue_burst_elem(
				       r, obj, esize, n, av)
			     : rte_ring_mc_rts_dequeue_bulk_elem(
				       r, obj, esize, n, av);
	case RTE_RING_SYNC_MT_HTS:
		return burst ? rte_ring_mc_hts_dequeue_burst_elem(
				       r, obj, esize, n, av)
			     : rte_ring_mc_hts_dequeue_bulk_elem(
				       r, obj, esize, n, av);
	}
	return 0;
}

/* Put both sides of an empty ring at position pos, in their layouts. */
static void
mr_set_pos(struct rte_ring *r, uint32_t pos)
{
	union __rte_ring_rts_poscnt rts = {.val = {.cnt = 7, .pos = pos}};
	union __rte_ring_hts_pos hts = {.pos = {.head = pos, .tail = pos}};

	switch (r->prod.sync_type) {
	case RTE_RING_SYNC_MT_RTS:
		r->rts_prod.head.raw = rts.raw;
		r->rts_prod.tail.raw = rts.raw;
		break;
	case RTE_RING_SYNC_MT_HTS:
		r->hts_prod.ht.raw = hts.raw;
		break;
	default:
		r->prod.head = pos;
		r->prod.tail = pos;
		break;
	}
	switch (r->cons.sync_type) {
	case RTE_RING_SYNC_MT_RTS:
		r->rts_cons.head.raw = rts.raw;
		r->rts_cons.tail.raw = rts.raw;
		break;
	case RTE_RING_SYNC_MT_HTS:
		r->hts_cons.ht.raw = hts.raw;
		break;
	default:
		r->cons.head = pos;
		r->cons.tail = pos;
		break;
	}
}

/* Capture the log lines written while running a statement. */
#define MR_CAPTURE(buf, stmt) \
	do { \
		struct test_capture cap_; \
		int capturing_ = test_capture_begin(&cap_) == 0; \
		stmt; \
		if (capturing_) \
			test_capture_end(&cap_, buf, sizeof(buf)); \
		else \
			buf[0] = '\0'; \
	} while (0)

/*
 * The layout of struct rte_ring and its side structures, as DPDK
 * 22.11 has it on x86_64 (the offsets were read with offsetof from
 * Debian's libdpdk-dev 22.11 headers): programs and tools built for
 * 22.11 read ring state at these offsets.
 */
static int
test_ring_layout(void)
{
	TEST_ASSERT_EQUAL(sizeof(struct rte_ring), 384u, "rte_ring size");
	TEST_ASSERT_EQUAL(RTE_RING_NAMESIZE, 29u, "name size");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, flags), 32u, "flags");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, memzone), 40u, "memzone");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, size), 48u, "size");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, mask), 52u, "mask");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, capacity), 56u, "cap");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, prod), 128u, "prod");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, rts_prod), 128u, "rts");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, hts_prod), 128u, "hts");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, cons), 256u, "cons");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, rts_cons), 256u, "rts");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring, hts_cons), 256u, "hts");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ring_headtail), 12u, "headtail");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring_headtail, tail), 4u, "");
	TEST_ASSERT_EQUAL(
		offsetof(struct rte_ring_headtail, sync_type), 8u, "sync");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ring_rts_headtail), 24u, "rts");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring_rts_headtail, tail), 0u, "");
	TEST_ASSERT_EQUAL(
		offsetof(struct rte_ring_rts_headtail, sync_type), 8u, "");
	TEST_ASSERT_EQUAL(
		offsetof(struct rte_ring_rts_headtail, htd_max), 12u, "");
	TEST_ASSERT_EQUAL(
		offsetof(struct rte_ring_rts_headtail, head), 16u, "");
	TEST_ASSERT_EQUAL(offsetof(union __rte_ring_rts_poscnt, val.pos), 4u,
		"rts position");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ring_hts_headtail), 16u, "hts");
	TEST_ASSERT_EQUAL(
		offsetof(struct rte_ring_hts_headtail, sync_type), 8u, "");
	TEST_ASSERT_EQUAL(
		offsetof(union __rte_ring_hts_pos, pos.tail), 4u, "hts tail");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ring_zc_data), 64u, "zc data");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring_zc_data, ptr2), 8u, "ptr2");
	TEST_ASSERT_EQUAL(offsetof(struct rte_ring_zc_data, n1), 16u, "n1");
	TEST_ASSERT_EQUAL(RTE_RING_SYNC_MT_RTS, 2, "enum");
	TEST_ASSERT_EQUAL(RTE_RING_SYNC_MT_HTS, 3, "enum");
	TEST_ASSERT_EQUAL(RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ |
			RING_F_MP_HTS_ENQ | RING_F_MC_HTS_DEQ,
		0x78, "flag values");
	return TEST_SUCCESS;
}

static const char *
mr_sync_name(enum rte_ring_sync_type t)
{
	switch (t) {
	case RTE_RING_SYNC_MT:
		return "MT";
	case RTE_RING_SYNC_ST:
		return "ST";
	case RTE_RING_SYNC_MT_RTS:
		return "MT_RTS";
	case RTE_RING_SYNC_MT_HTS:
		return "MT_HTS";
	}
	return "?";
}

/* Creation in every mode; contradictory flags are refused. */
static int
test_ring_mode_create(void)
{
	static const unsigned int bad[] = {
		RING_F_SP_ENQ | RING_F_MP_RTS_ENQ,
		RING_F_SP_ENQ | RING_F_MP_HTS_ENQ,
		RING_F_MP_RTS_ENQ | RING_F_MP_HTS_ENQ,
		RING_F_SC_DEQ | RING_F_MC_RTS_DEQ,
		RING_F_SC_DEQ | RING_F_MC_HTS_DEQ,
		RING_F_MC_RTS_DEQ | RING_F_MC_HTS_DEQ,
	};
	char log[2048], *dump = NULL;
	unsigned int i, mz_before;
	struct rte_ring *r, *plain;
	size_t dump_len = 0;
	FILE *f;
	int ret;

	plain = rte_zmalloc("mode_init", rte_ring_get_memsize(MR_SIZE),
		RTE_CACHE_LINE_SIZE);
	TEST_ASSERT_NOT_NULL(plain, "no memory");
	for (i = 0; i < RTE_DIM(ring_modes); i++) {
		const struct ring_mode *m = &ring_modes[i];
		int prts = m->prod == RTE_RING_SYNC_MT_RTS;
		int crts = m->cons == RTE_RING_SYNC_MT_RTS;

		r = rte_ring_create("modes", MR_SIZE, SOCKET_ID_ANY, m->flags);
		TEST_ASSERT_NOT_NULL(r, "%s: create: %d", m->name, rte_errno);
		TEST_ASSERT_EQUAL(rte_ring_get_prod_sync_type(r), m->prod,
			"%s: producer mode", m->name);
		TEST_ASSERT_EQUAL(rte_ring_get_cons_sync_type(r), m->cons,
			"%s: consumer mode", m->name);
		TEST_ASSERT_EQUAL(rte_ring_is_prod_single(r),
			m->prod == RTE_RING_SYNC_ST, "%s", m->name);
		TEST_ASSERT_EQUAL(rte_ring_is_cons_single(r),
			m->cons == RTE_RING_SYNC_ST, "%s", m->name);
		TEST_ASSERT_EQUAL(rte_ring_get_capacity(r), MR_CAP, "capacity");
		TEST_ASSERT(rte_ring_empty(r), "%s: not empty", m->name);
		TEST_ASSERT_EQUAL(rte_ring_free_count(r), MR_CAP, "free");

		/* Head/tail distance: RTS sides only, capacity / 8. */
		TEST_ASSERT_EQUAL(rte_ring_get_prod_htd_max(r),
			prts ? MR_CAP / 8 : UINT32_MAX, "%s prod htd", m->name);
		TEST_ASSERT_EQUAL(rte_ring_get_cons_htd_max(r),
			crts ? MR_CAP / 8 : UINT32_MAX, "%s cons htd", m->name);
		TEST_ASSERT_EQUAL(rte_ring_set_prod_htd_max(r, 3),
			prts ? 0 : -ENOTSUP, "%s set prod htd", m->name);
		TEST_ASSERT_EQUAL(rte_ring_set_cons_htd_max(r, 5),
			crts ? 0 : -ENOTSUP, "%s set cons htd", m->name);
		TEST_ASSERT_EQUAL(rte_ring_get_prod_htd_max(r),
			prts ? 3u : UINT32_MAX, "%s prod htd", m->name);
		TEST_ASSERT_EQUAL(rte_ring_get_cons_htd_max(r),
			crts ? 5u : UINT32_MAX, "%s cons htd", m->name);

		/* The dump names both modes. */
		f = open_memstream(&dump, &dump_len);
		TEST_ASSERT_NOT_NULL(f, "open_memstream");
		rte_ring_dump(f, r);
		fclose(f);
		snprintf(log, sizeof(log), "prod sync=%s\n",
			mr_sync_name(m->prod));
		TEST_ASSERT_NOT_NULL(strstr(dump, log), "%s: dump lacks %s%s",
			m->name, log, dump);
		snprintf(log, sizeof(log), "cons sync=%s\n",
			mr_sync_name(m->cons));
		TEST_ASSERT_NOT_NULL(strstr(dump, log), "%s: dump lacks %s%s",
			m->name, log, dump);
		if (prts || crts)
			TEST_ASSERT_NOT_NULL(strstr(dump, "htd_max="),
				"%s: dump lacks htd_max", m->name);
		free(dump);
		dump = NULL;
		rte_ring_free(r);

		/* Caller-provided memory: the same modes. */
		TEST_ASSERT_SUCCESS(
			rte_ring_init(plain, "mode_init", MR_SIZE, m->flags),
			"%s: init", m->name);
		TEST_ASSERT_EQUAL(rte_ring_get_prod_sync_type(plain), m->prod,
			"%s: init producer mode", m->name);
		TEST_ASSERT_EQUAL(rte_ring_get_cons_sync_type(plain), m->cons,
			"%s: init consumer mode", m->name);
	}

	/* Two modes for one side: refused, logged, nothing left behind. */
	mz_before = test_memzone_count();
	for (i = 0; i < RTE_DIM(bad); i++) {
		rte_errno = 0;
		MR_CAPTURE(log,
			r = rte_ring_create(
				"bad_modes", MR_SIZE, SOCKET_ID_ANY, bad[i]));
		TEST_ASSERT_NULL(r, "flags %#x accepted", bad[i]);
		TEST_ASSERT_EQUAL(rte_errno, EINVAL, "flags %#x: rte_errno %d",
			bad[i], rte_errno);
		TEST_ASSERT_NOT_NULL(strstr(log, "two sync modes"),
			"flags %#x: log: %s", bad[i], log);
		MR_CAPTURE(log,
			ret = rte_ring_init(
				plain, "bad_modes", MR_SIZE, bad[i]));
		TEST_ASSERT_EQUAL(
			ret, -EINVAL, "init flags %#x: %d", bad[i], ret);
		TEST_ASSERT_NOT_NULL(strstr(log, "two sync modes"),
			"init flags %#x: log: %s", bad[i], log);
	}
	TEST_ASSERT_EQUAL(test_memzone_count(), mz_before, "memzone leaked");
	TEST_ASSERT_NULL(rte_ring_lookup("bad_modes"), "bad ring listed");
	/* The last good init is intact: the refused ones did not touch it. */
	TEST_ASSERT_EQUAL(rte_ring_get_prod_sync_type(plain),
		ring_modes[RTE_DIM(ring_modes) - 1].prod, "ring changed");

	/* One check per constructor: each bad input gives one log line. */
	MR_CAPTURE(log,
		r = rte_ring_create("bad_count", MR_SIZE + 1, SOCKET_ID_ANY,
			RING_F_MP_HTS_ENQ));
	TEST_ASSERT_NULL(r, "bad count accepted");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	TEST_ASSERT_NOT_NULL(strstr(log, "not a power of 2"), "log: %s", log);
	TEST_ASSERT_NULL(strchr(strchr(log, '\n') + 1, '\n'),
		"more than one log line: %s", log);
	MR_CAPTURE(
		log, ret = rte_ring_init(plain, "bad_count", MR_SIZE + 1, 0));
	TEST_ASSERT_EQUAL(ret, -EINVAL, "init bad count: %d", ret);
	TEST_ASSERT_NOT_NULL(strstr(log, "not a power of 2"), "log: %s", log);
	TEST_ASSERT_NULL(strchr(strchr(log, '\n') + 1, '\n'),
		"more than one log line: %s", log);
	rte_free(plain);
	return TEST_SUCCESS;
}

/* Bulk and burst in every mode, through each family of calls. */
static int
test_ring_mode_bulk_burst(void)
{
	static void *in[MR_SIZE * 2], *out[MR_SIZE * 2];
	unsigned int i, k, fs, av, n;
	struct rte_ring *r;
	int api;

	for (i = 0; i < RTE_DIM(ring_modes); i++) {
		const struct ring_mode *m = &ring_modes[i];

		r = rte_ring_create(
			"mode_bb", MR_SIZE, SOCKET_ID_ANY, m->flags);
		TEST_ASSERT_NOT_NULL(r, "%s: create: %d", m->name, rte_errno);
		for (api = 0; api < MR_NB_API; api++) {
			const char *a = api_names[api];

			for (k = 0; k < RTE_DIM(in); k++)
				in[k] = (void *)(uintptr_t)(0x100000 * (i + 1) +
					0x1000 * api + k);
			memset(out, 0, sizeof(out));

			/* Bulk: all or nothing, room reported. */
			TEST_ASSERT_EQUAL(
				mr_enq(r, api, 0, in, 8, 40, &fs), 40u, "");
			TEST_ASSERT_EQUAL(fs, MR_CAP - 40, "%s %s: free %u",
				m->name, a, fs);
			fs = 777;
			TEST_ASSERT_EQUAL(
				mr_enq(r, api, 0, in + 40, 8, 24, &fs), 0u,
				"%s %s: bulk beyond capacity", m->name, a);
			TEST_ASSERT_EQUAL(fs, MR_CAP - 40, "%s %s: free %u",
				m->name, a, fs);
			TEST_ASSERT_EQUAL(rte_ring_count(r), 40u, "partial");
			TEST_ASSERT_EQUAL(
				mr_enq(r, api, 0, in + 40, 8, 23, &fs), 23u,
				"%s %s: filling bulk", m->name, a);
			TEST_ASSERT_EQUAL(fs, 0u, "free %u", fs);
			TEST_ASSERT(rte_ring_full(r), "%s %s: not full",
				m->name, a);
			TEST_ASSERT_EQUAL(
				mr_enq(r, api, 1, in, 8, 5, &fs), 0u, "full");
			av = 777;
			TEST_ASSERT_EQUAL(
				mr_deq(r, api, 0, out, 8, MR_CAP + 1, &av), 0u,
				"%s %s: bulk dequeue beyond count", m->name, a);
			TEST_ASSERT_EQUAL(av, MR_CAP, "available %u", av);
			TEST_ASSERT_EQUAL(
				mr_deq(r, api, 0, out, 8, 50, &av), 50u, "");
			TEST_ASSERT_EQUAL(av, MR_CAP - 50, "available %u", av);
			n = mr_deq(r, api, 1, out + 50, 8, MR_SIZE, &av);
			TEST_ASSERT_EQUAL(n, MR_CAP - 50u,
				"%s %s: burst got %u", m->name, a, n);
			TEST_ASSERT_EQUAL(av, 0u, "available %u", av);
			TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in,
				MR_CAP * sizeof(void *), "%s %s: data", m->name,
				a);
			TEST_ASSERT(rte_ring_empty(r), "not empty");
			TEST_ASSERT_EQUAL(mr_deq(r, api, 1, out, 8, 4, &av), 0u,
				"burst on empty");

			/* Burst: as many as fit. */
			TEST_ASSERT_EQUAL(
				mr_enq(r, api, 1, in, 8, 50, &fs), 50u, "");
			TEST_ASSERT_EQUAL(
				mr_enq(r, api, 1, in + 50, 8, 50, &fs),
				MR_CAP - 50u, "%s %s: burst fill", m->name, a);
			TEST_ASSERT_EQUAL(fs, 0u, "free %u", fs);
			TEST_ASSERT_EQUAL(
				mr_deq(r, api, 0, out, 8, MR_CAP, &av), MR_CAP,
				"%s %s: drain", m->name, a);
			TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in,
				MR_CAP * sizeof(void *), "%s %s: burst data",
				m->name, a);
		}

		/* Single objects, unprefixed. */
		for (k = 0; k < MR_CAP; k++)
			TEST_ASSERT_SUCCESS(rte_ring_enqueue(r, in[k]),
				"%s: enqueue %u", m->name, k);
		TEST_ASSERT_EQUAL(rte_ring_enqueue(r, in[0]), -ENOBUFS,
			"%s: single on full", m->name);
		for (k = 0; k < MR_CAP; k++) {
			TEST_ASSERT_SUCCESS(rte_ring_dequeue(r, &out[0]),
				"%s: dequeue %u", m->name, k);
			TEST_ASSERT_EQUAL(out[0], in[k], "%s: order", m->name);
		}
		TEST_ASSERT_EQUAL(rte_ring_dequeue(r, &out[0]), -ENOENT,
			"%s: single on empty", m->name);
		rte_ring_free(r);
	}
	return TEST_SUCCESS;
}

/*
 * Element sizes 4, 8, 16, 20 in every mode: laps of varying sizes
 * cross the end of the slot table at every offset, then the rings are
 * taken across the 2^32 index wrap.
 */
static int
test_ring_mode_elem_wrap(void)
{
	static const unsigned int sizes[] = {4, 8, 16, 20};
	static uint32_t in[MR_MAX_WORDS], out[MR_MAX_WORDS];
	const uint32_t near_wrap = UINT32_MAX - 90;
	unsigned int i, s, lap, n, fs, av, esize;
	uint32_t one[5];
	struct rte_ring *r;
	int api;

	for (i = 0; i < RTE_DIM(in); i++)
		in[i] = 0xc3000000u + i;
	for (i = 0; i < RTE_DIM(ring_modes); i++) {
		const struct ring_mode *m = &ring_modes[i];

		for (s = 0; s < RTE_DIM(sizes); s++) {
			esize = sizes[s];
			r = rte_ring_create_elem("mode_elem", esize, MR_SIZE,
				SOCKET_ID_ANY, m->flags);
			TEST_ASSERT_NOT_NULL(r, "%s/%u: create: %d", m->name,
				esize, rte_errno);
			for (lap = 0; lap < 3 * MR_SIZE; lap++) {
				if (lap == 2 * MR_SIZE) {
					/* Empty: move it just below 2^32. */
					TEST_ASSERT(rte_ring_empty(r), "");
					mr_set_pos(r, near_wrap);
				}
				api = (int)(lap % MR_NB_API);
				n = 1 + lap % 37;
				memset(out, 0, sizeof(out));
				TEST_ASSERT_EQUAL(
					mr_enq(r, api, lap & 1, in + lap, esize,
						n, &fs),
					n, "%s/%u lap %u enqueue", m->name,
					esize, lap);
				TEST_ASSERT_EQUAL(fs, MR_CAP - n, "free space");
				TEST_ASSERT_EQUAL(
					rte_ring_count(r), n, "count");
				TEST_ASSERT_EQUAL(mr_deq(r, api, !(lap & 1),
							  out, esize, n, &av),
					n, "%s/%u lap %u dequeue", m->name,
					esize, lap);
				TEST_ASSERT_EQUAL(av, 0u, "available");
				TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in + lap,
					n * esize, "%s/%u lap %u data", m->name,
					esize, lap);
			}
			/* The indices did wrap. */
			TEST_ASSERT(rte_ring_count(r) == 0 &&
					__rte_ring_prod_tail(r,
						__ATOMIC_RELAXED) < near_wrap,
				"%s/%u: indices did not wrap", m->name, esize);
			/* Full and empty across the wrap. */
			mr_set_pos(r, UINT32_MAX - 10);
			TEST_ASSERT_EQUAL(rte_ring_enqueue_burst_elem(
						  r, in, esize, MR_SIZE, &fs),
				MR_CAP, "%s/%u: fill across wrap", m->name,
				esize);
			TEST_ASSERT(rte_ring_full(r), "not full across wrap");
			TEST_ASSERT_EQUAL(rte_ring_enqueue_elem(r, in, esize),
				-ENOBUFS, "%s/%u: full across wrap", m->name,
				esize);
			TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk_elem(
						  r, out, esize, MR_CAP, &av),
				MR_CAP, "drain across wrap");
			TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in, MR_CAP * esize,
				"%s/%u: data across wrap", m->name, esize);
			TEST_ASSERT_EQUAL(rte_ring_dequeue_elem(r, one, esize),
				-ENOENT, "empty across wrap");
			/* rte_ring_reset() in this mode's layout. */
			TEST_ASSERT_SUCCESS(
				rte_ring_enqueue_elem(r, in, esize), "");
			rte_ring_reset(r);
			TEST_ASSERT(rte_ring_empty(r) && rte_ring_count(r) == 0,
				"%s/%u: reset ring not empty", m->name, esize);
			TEST_ASSERT_SUCCESS(
				rte_ring_enqueue_elem(r, in + 5, esize), "");
			TEST_ASSERT_SUCCESS(
				rte_ring_dequeue_elem(r, one, esize), "");
			TEST_ASSERT_BUFFERS_ARE_EQUAL(one, in + 5, esize,
				"%s/%u: after reset", m->name, esize);
			rte_ring_free(r);
		}
	}
	return TEST_SUCCESS;
}

/* Modes in which both sides support peek and zero-copy. */
static int
mr_peekable(const struct ring_mode *m)
{
	return (m->prod == RTE_RING_SYNC_ST ||
		       m->prod == RTE_RING_SYNC_MT_HTS) &&
		(m->cons == RTE_RING_SYNC_ST ||
			m->cons == RTE_RING_SYNC_MT_HTS);
}

/* Peek API: partial, cancelled and bad finishes lose nothing. */
static int
peek_one_mode(const struct ring_mode *m, uint32_t start_pos)
{
	static void *in[MR_SIZE * 2], *out[MR_SIZE * 2];
	uint32_t e16[4 * 8], o16[4 * 8];
	unsigned int k, fs, av, n;
	struct rte_ring *r;
	char log[1024];

	r = rte_ring_create("peek", MR_SIZE, SOCKET_ID_ANY, m->flags);
	TEST_ASSERT_NOT_NULL(r, "%s: create: %d", m->name, rte_errno);
	mr_set_pos(r, start_pos);
	for (k = 0; k < RTE_DIM(in); k++)
		in[k] = (void *)(uintptr_t)(0xe000 + k);

	/* Start reserves but publishes nothing; finish publishes n. */
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_start(r, 10, &fs), 10u,
		"%s: bulk start", m->name);
	TEST_ASSERT_EQUAL(fs, MR_CAP - 10, "%s: free %u", m->name, fs);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 0u, "published before finish");
	rte_ring_enqueue_finish(r, in, 10);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 10u, "%s: finish", m->name);

	/* A partial finish gives the rest of the reservation back. */
	TEST_ASSERT_EQUAL(rte_ring_enqueue_burst_start(r, 100, &fs),
		MR_CAP - 10u, "%s: burst start", m->name);
	TEST_ASSERT_EQUAL(fs, 0u, "free %u", fs);
	rte_ring_enqueue_finish(r, in + 10, 4);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 14u, "%s: partial", m->name);
	TEST_ASSERT_EQUAL(rte_ring_free_count(r), MR_CAP - 14u, "room back");

	/* Finish 0 cancels; a bulk start that does not fit reserves none. */
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_start(r, 3, NULL), 3u, "");
	rte_ring_enqueue_finish(r, in, 0);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 14u, "%s: cancel", m->name);
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_start(r, MR_CAP, &fs), 0u,
		"%s: oversized bulk start", m->name);
	TEST_ASSERT_EQUAL(fs, MR_CAP - 14u, "free %u", fs);

	/* Finish with more than started: logged, cancelled, EINVAL. */
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_start(r, 5, NULL), 5u, "");
	rte_errno = 0;
	MR_CAPTURE(log, rte_ring_enqueue_finish(r, in, 6));
	TEST_ASSERT_EQUAL(
		rte_errno, EINVAL, "%s: rte_errno %d", m->name, rte_errno);
	TEST_ASSERT_NOT_NULL(
		strstr(log, "only 5 started"), "%s: log: %s", m->name, log);
	TEST_ASSERT_EQUAL(
		rte_ring_count(r), 14u, "%s: bad finish published", m->name);
	TEST_ASSERT_EQUAL(rte_ring_free_count(r), MR_CAP - 14u,
		"%s: bad finish kept the reservation", m->name);
	/* And with nothing started. */
	rte_errno = 0;
	MR_CAPTURE(log, rte_ring_enqueue_finish(r, in, 2));
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	TEST_ASSERT_NOT_NULL(strstr(log, "only 0 started"), "log: %s", log);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 14u, "finish without start");

	/* Dequeue: start copies out, finish removes only n. */
	memset(out, 0, sizeof(out));
	TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk_start(r, out, 8, &av), 8u,
		"%s: dequeue start", m->name);
	TEST_ASSERT_EQUAL(av, 6u, "available %u", av);
	TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in, 8 * sizeof(void *), "peeked");
	TEST_ASSERT_EQUAL(rte_ring_count(r), 14u, "removed before finish");
	rte_ring_dequeue_finish(r, 3);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 11u, "%s: partial", m->name);
	/* Over-finish: logged, nothing removed, same objects next time. */
	TEST_ASSERT_EQUAL(
		rte_ring_dequeue_burst_start(r, out, 100, &av), 11u, "");
	TEST_ASSERT_EQUAL(av, 0u, "available %u", av);
	rte_errno = 0;
	MR_CAPTURE(log, rte_ring_dequeue_finish(r, 12));
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	TEST_ASSERT_NOT_NULL(strstr(log,
				     "dequeue finish of 12 objects, only "
				     "11 started"),
		"%s: log: %s", m->name, log);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 11u, "%s: objects lost", m->name);
	memset(out, 0, sizeof(out));
	TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk(r, out, 11, NULL), 11u, "");
	TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in + 3, 11 * sizeof(void *),
		"%s: objects after a bad finish", m->name);
	TEST_ASSERT(rte_ring_empty(r), "not empty");
	TEST_ASSERT_EQUAL(rte_ring_dequeue_bulk_start(r, out, 1, &av), 0u,
		"start on empty ring");
	TEST_ASSERT_EQUAL(av, 0u, "available %u", av);

	/* Element forms (16 bytes). */
	for (k = 0; k < RTE_DIM(e16); k++)
		e16[k] = 0x16000000u + k;
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_elem_start(r, 8, &fs), 8u, "");
	rte_ring_enqueue_elem_finish(r, e16, 16, 8);
	TEST_ASSERT_EQUAL(rte_ring_enqueue_burst_elem_start(r, 2, &fs), 2u, "");
	rte_ring_enqueue_elem_finish(r, e16, 16, 1);
	TEST_ASSERT_EQUAL(rte_ring_count(r), 9u, "elem count");
	memset(o16, 0, sizeof(o16));
	TEST_ASSERT_EQUAL(
		rte_ring_dequeue_bulk_elem_start(r, o16, 16, 8, &av), 8u, "");
	TEST_ASSERT_EQUAL(av, 1u, "available %u", av);
	rte_ring_dequeue_elem_finish(r, 8);
	TEST_ASSERT_BUFFERS_ARE_EQUAL(o16, e16, 8 * 16, "%s: elem", m->name);
	TEST_ASSERT_EQUAL(
		rte_ring_dequeue_burst_elem_start(r, o16, 16, 5, &av), 1u, "");
	rte_ring_dequeue_elem_finish(r, 1);
	TEST_ASSERT_BUFFERS_ARE_EQUAL(o16, e16, 16, "%s: elem", m->name);
	TEST_ASSERT(rte_ring_empty(r), "not empty");

	/* ST: a second start before the finish extends the reservation. */
	if (m->prod == RTE_RING_SYNC_ST) {
		TEST_ASSERT_EQUAL(
			rte_ring_enqueue_bulk_start(r, 3, NULL), 3u, "");
		TEST_ASSERT_EQUAL(
			rte_ring_enqueue_bulk_start(r, 4, &fs), 4u, "");
		TEST_ASSERT_EQUAL(fs, MR_CAP - 7u, "free %u", fs);
		rte_ring_enqueue_finish(r, in, 7);
		TEST_ASSERT_EQUAL(rte_ring_count(r), 7u, "double start");
		TEST_ASSERT_EQUAL(
			rte_ring_dequeue_bulk(r, out, 7, NULL), 7u, "");
		TEST_ASSERT_BUFFERS_ARE_EQUAL(
			out, in, 7 * sizeof(void *), "double start data");
	}

	/* Many laps of start/finish across the slot table end. */
	for (k = 0; k < 3 * MR_SIZE; k++) {
		n = 1 + k % 29;
		TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_start(r, n, NULL), n,
			"lap %u", k);
		rte_ring_enqueue_finish(r, in + k % MR_SIZE, n);
		TEST_ASSERT_EQUAL(
			rte_ring_dequeue_bulk_start(r, out, n, NULL), n, "");
		rte_ring_dequeue_finish(r, n);
		TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in + k % MR_SIZE,
			n * sizeof(void *), "%s: lap %u", m->name, k);
	}
	rte_ring_free(r);
	return TEST_SUCCESS;
}

static int
test_ring_peek(void)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(ring_modes); i++) {
		if (!mr_peekable(&ring_modes[i]))
			continue;
		if (peek_one_mode(&ring_modes[i], 0) != TEST_SUCCESS ||
			peek_one_mode(&ring_modes[i], UINT32_MAX - 20) !=
				TEST_SUCCESS)
			return TEST_FAILED;
	}
	return TEST_SUCCESS;
}

/* Check a zero-copy reservation of n slots from position pos. */
static int
zc_check(const struct rte_ring *r, const struct rte_ring_zc_data *z,
	uint32_t pos, unsigned int esize, unsigned int n)
{
	const char *slots = (const char *)&r[1];
	const uint32_t idx = pos & r->mask;

	TEST_ASSERT_EQUAL((const char *)z->ptr1, slots + (size_t)idx * esize,
		"ptr1 not at slot %u", idx);
	if (idx + n > r->size) {
		TEST_ASSERT_EQUAL(z->n1, r->size - idx, "n1 %u", z->n1);
		TEST_ASSERT_EQUAL((const char *)z->ptr2, slots, "ptr2");
	} else {
		TEST_ASSERT_EQUAL(z->n1, n, "n1 %u", z->n1);
		TEST_ASSERT_NULL(z->ptr2, "ptr2 set without a wrap");
	}
	return TEST_SUCCESS;
}

/* Zero-copy in one mode and element size, wrapping the slot table. */
static int
zc_one(const struct ring_mode *m, unsigned int esize)
{
	static uint32_t in[MR_MAX_WORDS], out[MR_MAX_WORDS];
	const unsigned int words = esize / 4;
	struct rte_ring_zc_data z;
	unsigned int k, n, fs, av;
	struct rte_ring *r;
	uint32_t pos;

	r = rte_ring_create_elem("zc", esize, MR_SIZE, SOCKET_ID_ANY, m->flags);
	TEST_ASSERT_NOT_NULL(r, "%s/%u: create: %d", m->name, esize, rte_errno);
	for (k = 0; k < RTE_DIM(in); k++)
		in[k] = 0x2c000000u + k;
	for (k = 0; k < 2 * MR_SIZE; k++) {
		pos = __rte_ring_prod_tail(r, __ATOMIC_RELAXED);
		n = 1 + (k * 7) % 40;
		memset(&z, 0, sizeof(z));
		n = (k & 1) ? rte_ring_enqueue_zc_burst_elem_start(
				      r, esize, n, &z, &fs)
			    : rte_ring_enqueue_zc_bulk_elem_start(
				      r, esize, n, &z, &fs);
		TEST_ASSERT_EQUAL(
			n, 1 + (k * 7) % 40, "%s/%u: zc start", m->name, esize);
		TEST_ASSERT_EQUAL(fs, MR_CAP - n, "free space %u", fs);
		if (zc_check(r, &z, pos, esize, n) != TEST_SUCCESS)
			return TEST_FAILED;
		memcpy(z.ptr1, in + k * words, (size_t)z.n1 * esize);
		if (z.n1 < n)
			memcpy(z.ptr2, in + (k + z.n1) * words,
				(size_t)(n - z.n1) * esize);
		TEST_ASSERT_EQUAL(rte_ring_count(r), 0u, "published early");
		rte_ring_enqueue_zc_elem_finish(r, n);
		TEST_ASSERT_EQUAL(rte_ring_count(r), n, "zc finish");

		/* Read in place; keep the last object for a second look. */
		memset(&z, 0, sizeof(z));
		TEST_ASSERT_EQUAL((k & 1)
				? rte_ring_dequeue_zc_bulk_elem_start(
					  r, esize, n, &z, &av)
				: rte_ring_dequeue_zc_burst_elem_start(
					  r, esize, 100, &z, &av),
			n, "%s/%u: zc dequeue start", m->name, esize);
		TEST_ASSERT_EQUAL(av, 0u, "available %u", av);
		if (zc_check(r, &z, pos, esize, n) != TEST_SUCCESS)
			return TEST_FAILED;
		memcpy(out, z.ptr1, (size_t)z.n1 * esize);
		if (z.n1 < n)
			memcpy(out + z.n1 * words, z.ptr2,
				(size_t)(n - z.n1) * esize);
		TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in + k * words, n * esize,
			"%s/%u: zc data", m->name, esize);
		rte_ring_dequeue_zc_elem_finish(r, n - 1);
		TEST_ASSERT_EQUAL(rte_ring_count(r), 1u, "partial zc finish");
		TEST_ASSERT_SUCCESS(rte_ring_dequeue_elem(r, out, esize), "");
		TEST_ASSERT_BUFFERS_ARE_EQUAL(out, in + (k + n - 1) * words,
			esize, "%s/%u: object kept", m->name, esize);
	}

	/* Pointer forms and bad finishes. */
	if (esize == sizeof(void *)) {
		void *p[4] = {(void *)1, (void *)2, (void *)3, (void *)4};
		char log[512];

		TEST_ASSERT_EQUAL(
			rte_ring_enqueue_zc_bulk_start(r, 4, &z, NULL), 4u, "");
		memcpy(z.ptr1, p, z.n1 * sizeof(void *));
		if (z.n1 < 4)
			memcpy(z.ptr2, p + z.n1, (4 - z.n1) * sizeof(void *));
		rte_ring_enqueue_zc_finish(r, 4);
		TEST_ASSERT_EQUAL(
			rte_ring_enqueue_zc_burst_start(r, 2, &z, NULL), 2u,
			"");
		rte_errno = 0;
		MR_CAPTURE(log, rte_ring_enqueue_zc_finish(r, 3));
		TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
		TEST_ASSERT_NOT_NULL(
			strstr(log, "only 2 started"), "log %s", log);
		TEST_ASSERT_EQUAL(rte_ring_count(r), 4u, "bad zc finish");
		TEST_ASSERT_EQUAL(
			rte_ring_dequeue_zc_bulk_start(r, 4, &z, NULL), 4u, "");
		rte_errno = 0;
		MR_CAPTURE(log, rte_ring_dequeue_zc_finish(r, 5));
		TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
		TEST_ASSERT_EQUAL(rte_ring_count(r), 4u, "zc objects lost");
		TEST_ASSERT_EQUAL(
			rte_ring_dequeue_zc_burst_start(r, 10, &z, NULL), 4u,
			"");
		rte_ring_dequeue_zc_finish(r, 4);
		TEST_ASSERT(rte_ring_empty(r), "not empty");
	}
	rte_ring_free(r);
	return TEST_SUCCESS;
}

static int
test_ring_zero_copy(void)
{
	static const unsigned int sizes[] = {4, 8, 16, 20};
	unsigned int i, s;

	for (i = 0; i < RTE_DIM(ring_modes); i++) {
		if (!mr_peekable(&ring_modes[i]))
			continue;
		for (s = 0; s < RTE_DIM(sizes); s++)
			if (zc_one(&ring_modes[i], sizes[s]) != TEST_SUCCESS)
				return TEST_FAILED;
	}
	return TEST_SUCCESS;
}

/* Peek and zero-copy on MT and RTS sides: refused, nothing changes. */
static int
test_ring_peek_bad_mode(void)
{
	static const unsigned int flags[] = {
		0,
		RING_F_MP_RTS_ENQ | RING_F_MC_RTS_DEQ,
	};
	struct rte_ring_zc_data z;
	void *objs[4] = {(void *)11, (void *)12, (void *)13, (void *)14};
	void *out[MR_SIZE];
	unsigned int i, fs, av, n;
	struct rte_ring *r;
	char log[1024];

	for (i = 0; i < RTE_DIM(flags); i++) {
		const char *mode = i == 0 ? "MT" : "MT_RTS";

		r = rte_ring_create(
			"peek_bad", MR_SIZE, SOCKET_ID_ANY, flags[i]);
		TEST_ASSERT_NOT_NULL(r, "create: %d", rte_errno);
		TEST_ASSERT_EQUAL(
			rte_ring_enqueue_bulk(r, objs, 4, NULL), 4u, "");

		rte_errno = 0;
		fs = 99;
		MR_CAPTURE(log, n = rte_ring_enqueue_bulk_start(r, 2, &fs));
		TEST_ASSERT_EQUAL(n, 0u, "%s: enqueue start", mode);
		TEST_ASSERT_EQUAL(fs, 0u, "free space %u", fs);
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);
		TEST_ASSERT_NOT_NULL(
			strstr(log, "needs an ST or MT_HTS producer"),
			"%s: log: %s", mode, log);
		TEST_ASSERT_NOT_NULL(strstr(log, mode), "log: %s", log);

		rte_errno = 0;
		av = 99;
		MR_CAPTURE(
			log, n = rte_ring_dequeue_burst_start(r, out, 2, &av));
		TEST_ASSERT_EQUAL(n, 0u, "%s: dequeue start", mode);
		TEST_ASSERT_EQUAL(av, 0u, "available %u", av);
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);
		TEST_ASSERT_NOT_NULL(
			strstr(log, "needs an ST or MT_HTS consumer"),
			"%s: log: %s", mode, log);

		rte_errno = 0;
		MR_CAPTURE(log,
			n = rte_ring_enqueue_zc_burst_start(r, 2, &z, NULL));
		TEST_ASSERT_EQUAL(n, 0u, "%s: zc enqueue start", mode);
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);
		TEST_ASSERT_NOT_NULL(
			strstr(log, "peek/zero-copy enqueue"), "log: %s", log);
		rte_errno = 0;
		MR_CAPTURE(log,
			n = rte_ring_dequeue_zc_bulk_start(r, 2, &z, NULL));
		TEST_ASSERT_EQUAL(n, 0u, "%s: zc dequeue start", mode);
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);

		/* Finishes: refused too, nothing moves. */
		rte_errno = 0;
		MR_CAPTURE(log, rte_ring_enqueue_finish(r, objs, 2));
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);
		TEST_ASSERT_NOT_NULL(
			strstr(log, "needs an ST or MT_HTS"), "log: %s", log);
		rte_errno = 0;
		MR_CAPTURE(log, rte_ring_dequeue_finish(r, 2));
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);
		rte_errno = 0;
		MR_CAPTURE(log, rte_ring_enqueue_zc_finish(r, 1));
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);
		rte_errno = 0;
		MR_CAPTURE(log, rte_ring_dequeue_zc_finish(r, 1));
		TEST_ASSERT_EQUAL(
			rte_errno, ENOTSUP, "rte_errno %d", rte_errno);

		TEST_ASSERT_EQUAL(
			rte_ring_count(r), 4u, "%s: count changed", mode);
		TEST_ASSERT_EQUAL(rte_ring_dequeue_burst(r, out, 4, NULL), 4u,
			"%s: objects lost", mode);
		TEST_ASSERT_BUFFERS_ARE_EQUAL(
			out, objs, sizeof(objs), "%s: objects changed", mode);
		TEST_ASSERT(rte_ring_empty(r), "not empty");
		TEST_ASSERT_EQUAL(rte_ring_free_count(r), MR_CAP, "room lost");
		rte_ring_free(r);
	}
	return TEST_SUCCESS;
}

struct hts_wait_arg {
	struct rte_ring *r;
	int done; /* atomic */
};

static int
hts_wait_worker(void *arg)
{
	struct hts_wait_arg *a = arg;
	void *mine[2] = {(void *)0xb1, (void *)0xb2};
	unsigned int n;

	n = rte_ring_mp_hts_enqueue_bulk(a->r, mine, 2, NULL);
	__atomic_store_n(&a->done, 1, __ATOMIC_RELEASE);
	return n == 2 ? 0 : -1;
}

/*
 * HTS: while one thread holds a peek reservation, another thread's
 * enqueue waits for its finish, then goes after it.
 */
static int
test_ring_hts_peek_two_lcores(void)
{
	void *first[3] = {(void *)0xa1, (void *)0xa2, (void *)0xa3};
	struct hts_wait_arg arg = {0};
	unsigned int worker;
	void *out[8];
	int i;

	if (rte_lcore_count() < 2) {
		printf("two lcores needed\n");
		return TEST_SKIPPED;
	}
	arg.r = rte_ring_create(
		"hts_wait", MR_SIZE, SOCKET_ID_ANY, RING_F_MP_HTS_ENQ);
	TEST_ASSERT_NOT_NULL(arg.r, "create: %d", rte_errno);
	TEST_ASSERT_EQUAL(rte_ring_enqueue_bulk_start(arg.r, 3, NULL), 3u, "");
	worker = rte_get_next_lcore(-1, 1, 0);
	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(hts_wait_worker, &arg, worker), "launch");
	/* However long we wait, the worker cannot get in. */
	for (i = 0; i < 50; i++) {
		usleep(1000);
		TEST_ASSERT_EQUAL(__atomic_load_n(&arg.done, __ATOMIC_ACQUIRE),
			0, "HTS enqueue ran during a peek reservation");
	}
	rte_ring_enqueue_finish(arg.r, first, 3);
	TEST_ASSERT_SUCCESS(rte_eal_wait_lcore(worker), "worker failed");
	TEST_ASSERT_EQUAL(rte_ring_dequeue_burst(arg.r, out, 8, NULL), 5u, "");
	TEST_ASSERT_BUFFERS_ARE_EQUAL(out, first, sizeof(first), "order");
	TEST_ASSERT(out[3] == (void *)0xb1 && out[4] == (void *)0xb2,
		"worker's objects");
	rte_ring_free(arg.r);
	return TEST_SUCCESS;
}

struct unit_test_suite ring_modes_suite = {
	.suite_name = "ring sync modes, peek and zero-copy",
	.unit_test_cases =
		{
			TEST_CASE(test_ring_layout),
			TEST_CASE(test_ring_mode_create),
			TEST_CASE(test_ring_mode_bulk_burst),
			TEST_CASE(test_ring_mode_elem_wrap),
			TEST_CASE(test_ring_peek),
			TEST_CASE(test_ring_zero_copy),
			TEST_CASE(test_ring_peek_bad_mode),
			TEST_CASE(test_ring_hts_peek_two_lcores),
			TEST_CASES_END(),
		},
};
