/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Names of offload flags and packet types. The expected names come
 * from the macro names themselves (stringified here), so the tables of
 * the library are checked against the headers, value by value, and
 * every value without a name must read as unknown (or NULL).
 */

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_mbuf.h>
#include <rte_mbuf_ptype.h>

#include "test.h"
#include "test_mbuf.h"

struct named {
	uint64_t value;
	const char *name;
};

#define PT(x) \
	{ \
		RTE_PTYPE_##x, #x \
	}

/* Every named value of each packet type field, by field. */
static const struct named pt_l2[] = {PT(L2_ETHER), PT(L2_ETHER_TIMESYNC),
	PT(L2_ETHER_ARP), PT(L2_ETHER_LLDP), PT(L2_ETHER_NSH),
	PT(L2_ETHER_VLAN), PT(L2_ETHER_QINQ), PT(L2_ETHER_PPPOE),
	PT(L2_ETHER_FCOE), PT(L2_ETHER_MPLS)};
static const struct named pt_l3[] = {PT(L3_IPV4), PT(L3_IPV4_EXT), PT(L3_IPV6),
	PT(L3_IPV4_EXT_UNKNOWN), PT(L3_IPV6_EXT), PT(L3_IPV6_EXT_UNKNOWN)};
static const struct named pt_l4[] = {PT(L4_TCP), PT(L4_UDP), PT(L4_FRAG),
	PT(L4_SCTP), PT(L4_ICMP), PT(L4_NONFRAG), PT(L4_IGMP)};
static const struct named pt_tun[] = {PT(TUNNEL_IP), PT(TUNNEL_GRE),
	PT(TUNNEL_VXLAN), PT(TUNNEL_NVGRE), PT(TUNNEL_GENEVE),
	PT(TUNNEL_GRENAT), PT(TUNNEL_GTPC), PT(TUNNEL_GTPU), PT(TUNNEL_ESP),
	PT(TUNNEL_L2TP), PT(TUNNEL_VXLAN_GPE), PT(TUNNEL_MPLS_IN_GRE),
	PT(TUNNEL_MPLS_IN_UDP)};
static const struct named pt_il2[] = {
	PT(INNER_L2_ETHER), PT(INNER_L2_ETHER_VLAN), PT(INNER_L2_ETHER_QINQ)};
static const struct named pt_il3[] = {PT(INNER_L3_IPV4), PT(INNER_L3_IPV4_EXT),
	PT(INNER_L3_IPV6), PT(INNER_L3_IPV4_EXT_UNKNOWN), PT(INNER_L3_IPV6_EXT),
	PT(INNER_L3_IPV6_EXT_UNKNOWN)};
static const struct named pt_il4[] = {PT(INNER_L4_TCP), PT(INNER_L4_UDP),
	PT(INNER_L4_FRAG), PT(INNER_L4_SCTP), PT(INNER_L4_ICMP),
	PT(INNER_L4_NONFRAG)};

struct pt_field {
	const char *unknown;
	uint32_t mask;
	unsigned int shift;
	const struct named *names;
	unsigned int nb;
	const char *(*get)(uint32_t);
};

static const struct pt_field pt_fields[] = {
	{"L2_UNKNOWN", RTE_PTYPE_L2_MASK, 0, pt_l2, RTE_DIM(pt_l2),
		rte_get_ptype_l2_name},
	{"L3_UNKNOWN", RTE_PTYPE_L3_MASK, 4, pt_l3, RTE_DIM(pt_l3),
		rte_get_ptype_l3_name},
	{"L4_UNKNOWN", RTE_PTYPE_L4_MASK, 8, pt_l4, RTE_DIM(pt_l4),
		rte_get_ptype_l4_name},
	{"TUNNEL_UNKNOWN", RTE_PTYPE_TUNNEL_MASK, 12, pt_tun, RTE_DIM(pt_tun),
		rte_get_ptype_tunnel_name},
	{"INNER_L2_UNKNOWN", RTE_PTYPE_INNER_L2_MASK, 16, pt_il2,
		RTE_DIM(pt_il2), rte_get_ptype_inner_l2_name},
	{"INNER_L3_UNKNOWN", RTE_PTYPE_INNER_L3_MASK, 20, pt_il3,
		RTE_DIM(pt_il3), rte_get_ptype_inner_l3_name},
	{"INNER_L4_UNKNOWN", RTE_PTYPE_INNER_L4_MASK, 24, pt_il4,
		RTE_DIM(pt_il4), rte_get_ptype_inner_l4_name},
};

static const char *
expected_name(const struct pt_field *f, uint32_t value)
{
	unsigned int i;

	for (i = 0; i < f->nb; i++)
		if (f->names[i].value == value)
			return f->names[i].name;
	return f->unknown;
}

static int
test_ptype_field_names(void)
{
	unsigned int i, v;

	for (i = 0; i < RTE_DIM(pt_fields); i++) {
		const struct pt_field *f = &pt_fields[i];

		TEST_ASSERT_EQUAL(
			f->mask, 0xfu << f->shift, "mask of %s", f->unknown);
		for (v = 0; v < 16; v++) {
			uint32_t value = v << f->shift;
			/* Bits of the other fields must not matter. */
			uint32_t noisy = value | (~f->mask & 0xa5a5a5a5u);
			const char *want = expected_name(f, value);

			TEST_ASSERT(strcmp(f->get(value), want) == 0,
				"%#x reads %s, want %s", value, f->get(value),
				want);
			TEST_ASSERT(strcmp(f->get(noisy), want) == 0,
				"%#x reads %s, want %s", noisy, f->get(noisy),
				want);
		}
	}
	return TEST_SUCCESS;
}

static int
test_ptype_name(void)
{
	static const struct {
		uint32_t ptype;
		const char *text;
	} cases[] = {
		{RTE_PTYPE_UNKNOWN, "UNKNOWN"},
		{0xf0000000u, "UNKNOWN"},
		{RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4 | RTE_PTYPE_L4_TCP,
			"L2_ETHER L3_IPV4 L4_TCP "},
		{RTE_PTYPE_TUNNEL_VXLAN, "TUNNEL_VXLAN "},
		{RTE_PTYPE_L2_ETHER_VLAN | RTE_PTYPE_L3_IPV6_EXT_UNKNOWN |
				RTE_PTYPE_L4_UDP | RTE_PTYPE_TUNNEL_GENEVE |
				RTE_PTYPE_INNER_L2_ETHER |
				RTE_PTYPE_INNER_L3_IPV4 |
				RTE_PTYPE_INNER_L4_SCTP,
			"L2_ETHER_VLAN L3_IPV6_EXT_UNKNOWN L4_UDP "
			"TUNNEL_GENEVE INNER_L2_ETHER INNER_L3_IPV4 "
			"INNER_L4_SCTP "},
		{RTE_PTYPE_ALL_MASK,
			"L2_UNKNOWN L3_UNKNOWN L4_UNKNOWN TUNNEL_UNKNOWN "
			"INNER_L2_UNKNOWN INNER_L3_UNKNOWN INNER_L4_UNKNOWN "},
		{RTE_PTYPE_INNER_L4_ICMP | 0x10000000u, "INNER_L4_ICMP "},
	};
	char buf[256];
	unsigned int i;
	size_t len, full;

	for (i = 0; i < RTE_DIM(cases); i++) {
		TEST_ASSERT_SUCCESS(
			rte_get_ptype_name(cases[i].ptype, buf, sizeof(buf)),
			"name of %#x", cases[i].ptype);
		TEST_ASSERT(strcmp(buf, cases[i].text) == 0,
			"%#x: '%s', want '%s'", cases[i].ptype, buf,
			cases[i].text);
		/* Too small: -1, and what was written is a prefix. */
		full = strlen(cases[i].text);
		for (len = 0; len <= full; len++) {
			memset(buf, '#', sizeof(buf));
			TEST_ASSERT_EQUAL(
				rte_get_ptype_name(cases[i].ptype, buf, len),
				-1, "%#x into %zu bytes", cases[i].ptype, len);
			if (len == 0) {
				TEST_ASSERT_EQUAL(buf[0], '#',
					"a 0-byte buffer was written");
				continue;
			}
			TEST_ASSERT(strlen(buf) < len &&
					strncmp(buf, cases[i].text,
						strlen(buf)) == 0,
				"%#x into %zu bytes: '%s'", cases[i].ptype, len,
				buf);
		}
		TEST_ASSERT_SUCCESS(
			rte_get_ptype_name(cases[i].ptype, buf, full + 1),
			"exact fit");
	}
	/* The helper macros. */
	TEST_ASSERT(RTE_ETH_IS_IPV4_HDR(RTE_PTYPE_L3_IPV4_EXT_UNKNOWN) &&
			!RTE_ETH_IS_IPV4_HDR(RTE_PTYPE_L3_IPV6),
		"RTE_ETH_IS_IPV4_HDR");
	TEST_ASSERT(RTE_ETH_IS_IPV6_HDR(RTE_PTYPE_L3_IPV6_EXT) &&
			!RTE_ETH_IS_IPV6_HDR(RTE_PTYPE_L3_IPV4_EXT),
		"RTE_ETH_IS_IPV6_HDR");
	TEST_ASSERT(RTE_ETH_IS_TUNNEL_PKT(RTE_PTYPE_INNER_L4_UDP) &&
			!RTE_ETH_IS_TUNNEL_PKT(RTE_PTYPE_L2_ETHER |
				RTE_PTYPE_L3_IPV4 | RTE_PTYPE_L4_TCP),
		"RTE_ETH_IS_TUNNEL_PKT");
	return TEST_SUCCESS;
}

#define OL(x) \
	{ \
		x, #x \
	}

/* Every receive flag that has a name of its own. */
static const struct named rx_flags[] = {
	OL(RTE_MBUF_F_RX_VLAN),
	OL(RTE_MBUF_F_RX_RSS_HASH),
	OL(RTE_MBUF_F_RX_FDIR),
	OL(RTE_MBUF_F_RX_L4_CKSUM_BAD),
	OL(RTE_MBUF_F_RX_L4_CKSUM_GOOD),
	OL(RTE_MBUF_F_RX_L4_CKSUM_NONE),
	OL(RTE_MBUF_F_RX_IP_CKSUM_BAD),
	OL(RTE_MBUF_F_RX_IP_CKSUM_GOOD),
	OL(RTE_MBUF_F_RX_IP_CKSUM_NONE),
	OL(RTE_MBUF_F_RX_OUTER_IP_CKSUM_BAD),
	OL(RTE_MBUF_F_RX_VLAN_STRIPPED),
	OL(RTE_MBUF_F_RX_IEEE1588_PTP),
	OL(RTE_MBUF_F_RX_IEEE1588_TMST),
	OL(RTE_MBUF_F_RX_FDIR_ID),
	OL(RTE_MBUF_F_RX_FDIR_FLX),
	OL(RTE_MBUF_F_RX_QINQ_STRIPPED),
	OL(RTE_MBUF_F_RX_LRO),
	OL(RTE_MBUF_F_RX_SEC_OFFLOAD),
	OL(RTE_MBUF_F_RX_SEC_OFFLOAD_FAILED),
	OL(RTE_MBUF_F_RX_QINQ),
	OL(RTE_MBUF_F_RX_OUTER_L4_CKSUM_BAD),
	OL(RTE_MBUF_F_RX_OUTER_L4_CKSUM_GOOD),
	OL(RTE_MBUF_F_RX_OUTER_L4_CKSUM_INVALID),
};

/* Every transmit flag that has a name of its own (ESP tunnels have
 * none, as in DPDK 22.11). */
static const struct named tx_flags[] = {
	OL(RTE_MBUF_F_TX_VLAN),
	OL(RTE_MBUF_F_TX_IP_CKSUM),
	OL(RTE_MBUF_F_TX_TCP_CKSUM),
	OL(RTE_MBUF_F_TX_SCTP_CKSUM),
	OL(RTE_MBUF_F_TX_UDP_CKSUM),
	OL(RTE_MBUF_F_TX_IEEE1588_TMST),
	OL(RTE_MBUF_F_TX_TCP_SEG),
	OL(RTE_MBUF_F_TX_IPV4),
	OL(RTE_MBUF_F_TX_IPV6),
	OL(RTE_MBUF_F_TX_OUTER_IP_CKSUM),
	OL(RTE_MBUF_F_TX_OUTER_IPV4),
	OL(RTE_MBUF_F_TX_OUTER_IPV6),
	OL(RTE_MBUF_F_TX_TUNNEL_VXLAN),
	OL(RTE_MBUF_F_TX_TUNNEL_GRE),
	OL(RTE_MBUF_F_TX_TUNNEL_IPIP),
	OL(RTE_MBUF_F_TX_TUNNEL_GENEVE),
	OL(RTE_MBUF_F_TX_TUNNEL_MPLSINUDP),
	OL(RTE_MBUF_F_TX_TUNNEL_VXLAN_GPE),
	OL(RTE_MBUF_F_TX_TUNNEL_GTP),
	OL(RTE_MBUF_F_TX_TUNNEL_IP),
	OL(RTE_MBUF_F_TX_TUNNEL_UDP),
	OL(RTE_MBUF_F_TX_QINQ),
	OL(RTE_MBUF_F_TX_MACSEC),
	OL(RTE_MBUF_F_TX_SEC_OFFLOAD),
	OL(RTE_MBUF_F_TX_UDP_SEG),
	OL(RTE_MBUF_F_TX_OUTER_UDP_CKSUM),
};

static const char *
flag_expected(const struct named *t, unsigned int n, uint64_t v)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		if (t[i].value == v)
			return t[i].name;
	return NULL;
}

static int
check_flag_names(const struct named *t, unsigned int n,
	const char *(*get)(uint64_t), const char *dir)
{
	unsigned int i, b;
	const char *got, *want;

	for (i = 0; i < n; i++) {
		got = get(t[i].value);
		TEST_ASSERT(got != NULL && strcmp(got, t[i].name) == 0,
			"%s %#" PRIx64 ": %s, want %s", dir, t[i].value,
			got != NULL ? got : "NULL", t[i].name);
	}
	/* Every single bit: its name if it has one, else NULL. */
	for (b = 0; b < 64; b++) {
		got = get(1ULL << b);
		want = flag_expected(t, n, 1ULL << b);
		TEST_ASSERT((got == NULL && want == NULL) ||
				(got != NULL && want != NULL &&
					strcmp(got, want) == 0),
			"%s bit %u: %s, want %s", dir, b,
			got != NULL ? got : "NULL",
			want != NULL ? want : "NULL");
	}
	TEST_ASSERT_NULL(get(0), "%s: 0 has no name", dir);
	return TEST_SUCCESS;
}

static int
test_ol_flag_names(void)
{
	if (check_flag_names(rx_flags, RTE_DIM(rx_flags),
		    rte_get_rx_ol_flag_name, "rx") != TEST_SUCCESS)
		return TEST_FAILED;
	if (check_flag_names(tx_flags, RTE_DIM(tx_flags),
		    rte_get_tx_ol_flag_name, "tx") != TEST_SUCCESS)
		return TEST_FAILED;
	TEST_ASSERT_NULL(rte_get_tx_ol_flag_name(RTE_MBUF_F_TX_TUNNEL_ESP),
		"ESP tunnel has no name");
	return TEST_SUCCESS;
}

static int
test_ol_flag_lists(void)
{
	static const struct {
		int rx;
		uint64_t flags;
		const char *text;
	} cases[] = {
		{1, 0,
			"RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN "
			"RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN "
			"RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN "},
		{1,
			RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_RX_IP_CKSUM_GOOD |
				RTE_MBUF_F_RX_L4_CKSUM_BAD |
				RTE_MBUF_F_RX_OUTER_L4_CKSUM_INVALID,
			"RTE_MBUF_F_RX_VLAN RTE_MBUF_F_RX_L4_CKSUM_BAD "
			"RTE_MBUF_F_RX_IP_CKSUM_GOOD "
			"RTE_MBUF_F_RX_OUTER_L4_CKSUM_INVALID "},
		{1,
			RTE_MBUF_F_RX_IP_CKSUM_NONE | RTE_MBUF_F_RX_QINQ |
				(1ULL << 30),
			"RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN "
			"RTE_MBUF_F_RX_IP_CKSUM_NONE RTE_MBUF_F_RX_QINQ "
			"RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN "},
		{0, 0, "RTE_MBUF_F_TX_L4_NO_CKSUM "},
		{0,
			RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_IP_CKSUM |
				RTE_MBUF_F_TX_TCP_CKSUM | RTE_MBUF_F_TX_VLAN,
			"RTE_MBUF_F_TX_VLAN RTE_MBUF_F_TX_IP_CKSUM "
			"RTE_MBUF_F_TX_TCP_CKSUM RTE_MBUF_F_TX_IPV4 "},
		{0, RTE_MBUF_F_TX_TUNNEL_GTP | RTE_MBUF_F_TX_OUTER_IPV6,
			"RTE_MBUF_F_TX_L4_NO_CKSUM RTE_MBUF_F_TX_OUTER_IPV6 "
			"RTE_MBUF_F_TX_TUNNEL_GTP "},
		{0, RTE_MBUF_F_TX_TUNNEL_ESP | RTE_MBUF_F_TX_UDP_CKSUM,
			"RTE_MBUF_F_TX_UDP_CKSUM "},
	};
	char buf[512];
	unsigned int i;
	size_t len, full;
	int ret;

	for (i = 0; i < RTE_DIM(cases); i++) {
		ret = cases[i].rx ? rte_get_rx_ol_flag_list(
					    cases[i].flags, buf, sizeof(buf))
				  : rte_get_tx_ol_flag_list(
					    cases[i].flags, buf, sizeof(buf));
		TEST_ASSERT(ret == 0 && strcmp(buf, cases[i].text) == 0,
			"case %u: %d '%s', want '%s'", i, ret, buf,
			cases[i].text);
		full = strlen(cases[i].text);
		for (len = 0; len <= full; len++) {
			memset(buf, '#', sizeof(buf));
			ret = cases[i].rx ? rte_get_rx_ol_flag_list(
						    cases[i].flags, buf, len)
					  : rte_get_tx_ol_flag_list(
						    cases[i].flags, buf, len);
			TEST_ASSERT_EQUAL(
				ret, -1, "case %u into %zu bytes", i, len);
			if (len == 0) {
				TEST_ASSERT_EQUAL(buf[0], '#', "0-byte buffer");
				continue;
			}
			TEST_ASSERT(strlen(buf) < len &&
					strncmp(buf, cases[i].text,
						strlen(buf)) == 0,
				"case %u into %zu bytes: '%s'", i, len, buf);
		}
	}
	/* Every named flag shows up in the list of a mask holding it. */
	for (i = 0; i < RTE_DIM(rx_flags); i++) {
		TEST_ASSERT_SUCCESS(rte_get_rx_ol_flag_list(rx_flags[i].value,
					    buf, sizeof(buf)),
			"rx list");
		TEST_ASSERT_NOT_NULL(strstr(buf, rx_flags[i].name),
			"rx list of %s: %s", rx_flags[i].name, buf);
	}
	for (i = 0; i < RTE_DIM(tx_flags); i++) {
		TEST_ASSERT_SUCCESS(rte_get_tx_ol_flag_list(tx_flags[i].value,
					    buf, sizeof(buf)),
			"tx list");
		TEST_ASSERT_NOT_NULL(strstr(buf, tx_flags[i].name),
			"tx list of %s: %s", tx_flags[i].name, buf);
	}
	return TEST_SUCCESS;
}

struct unit_test_suite mbuf_names_testsuite = {
	.suite_name = "mbuf offload flag and packet type names",
	.unit_test_cases =
		{
			TEST_CASE(test_ptype_field_names),
			TEST_CASE(test_ptype_name),
			TEST_CASE(test_ol_flag_names),
			TEST_CASE(test_ol_flag_lists),
			TEST_CASES_END(),
		},
};
