/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * net_autotest: Internet checksums against sums computed here another
 * way, both CRC code paths against a bit-at-a-time reference, packet
 * classification of crafted packets (split across segments too),
 * Ethernet address text forms, RARP, VLAN tags and checksum offload
 * preparation.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_arp.h>
#include <rte_byteorder.h>
#include <rte_common.h>
#include <rte_ecpri.h>
#include <rte_errno.h>
#include <rte_ether.h>
#include <rte_esp.h>
#include <rte_geneve.h>
#include <rte_gre.h>
#include <rte_gtp.h>
#include <rte_higig.h>
#include <rte_icmp.h>
#include <rte_ip.h>
#include <rte_l2tpv2.h>
#include <rte_macsec.h>
#include <rte_mbuf.h>
#include <rte_mpls.h>
#include <rte_net.h>
#include <rte_net_crc.h>
#include <rte_ppp.h>
#include <rte_random.h>
#include <rte_sctp.h>
#include <rte_tcp.h>
#include <rte_udp.h>
#include <rte_vxlan.h>

#include "test.h"

static struct rte_mempool *net_pool;
static char logbuf[4096];

static int
net_setup(void)
{
	net_pool = rte_pktmbuf_pool_create(
		"test_net_pool", 63, 0, 0, 512, SOCKET_ID_ANY);
	return net_pool != NULL ? TEST_SUCCESS : TEST_FAILED;
}

static void
net_teardown(void)
{
	rte_mempool_free(net_pool);
	net_pool = NULL;
}

/* ---- checksums ---- */

/* RFC 1071 sum read as big-endian words, folded, not complemented. */
static uint16_t
ref_sum(const uint8_t *p, size_t len, uint32_t sum)
{
	size_t i;

	for (i = 0; i + 1 < len; i += 2)
		sum += (uint32_t)p[i] << 8 | p[i + 1];
	if (len & 1)
		sum += (uint32_t)p[len - 1] << 8;
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)sum;
}

static int
test_ipv4_cksum(void)
{
	/* A header whose checksum is well known: 0xb861. */
	uint8_t hdr[20] = {0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40,
		0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00,
		0xc7};
	uint8_t opt[24];
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)hdr;
	uint16_t c, want;
	unsigned int i;

	c = rte_ipv4_cksum(ip);
	TEST_ASSERT_EQUAL(rte_be_to_cpu_16(c), 0xb861, "known header: %#x",
		rte_be_to_cpu_16(c));
	ip->hdr_checksum = c;
	TEST_ASSERT_EQUAL(ref_sum(hdr, sizeof(hdr), 0), 0xffff,
		"a header with its checksum sums to 0xffff");
	TEST_ASSERT_EQUAL(rte_raw_cksum(hdr, sizeof(hdr)), 0xffff, "raw sum");

	/* With options, and random headers against the reference. */
	for (i = 0; i < 200; i++) {
		unsigned int j;

		for (j = 0; j < sizeof(opt); j++)
			opt[j] = (uint8_t)rte_rand();
		opt[0] = 0x46;
		opt[10] = opt[11] = 0;
		c = rte_ipv4_cksum((struct rte_ipv4_hdr *)opt);
		want = (uint16_t)~ref_sum(opt, 24, 0);
		TEST_ASSERT_EQUAL(
			rte_be_to_cpu_16(c), want, "options header %u", i);
	}
	/* Odd lengths and every alignment. */
	for (i = 0; i < 64; i++) {
		unsigned int j;

		for (j = 0; j < sizeof(opt); j++)
			opt[j] = (uint8_t)rte_rand();
		TEST_ASSERT_EQUAL(rte_be_to_cpu_16(rte_raw_cksum(
					  opt + i % 3, 17 + i % 4)),
			ref_sum(opt + i % 3, 17 + i % 4, 0), "raw sum %u", i);
	}
	return TEST_SUCCESS;
}

/* Build IPv4/UDP (or TCP) with a payload; returns the L4 length. */
static uint16_t
build_ipv4_l4(uint8_t *pkt, uint8_t proto, uint16_t payload)
{
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)pkt;
	uint16_t l4len = (uint16_t)((proto == IPPROTO_UDP ? 8 : 20) + payload);
	unsigned int i;

	memset(pkt, 0, 20 + l4len);
	ip->version_ihl = RTE_IPV4_VHL_DEF;
	ip->total_length = rte_cpu_to_be_16((uint16_t)(20 + l4len));
	ip->time_to_live = 64;
	ip->next_proto_id = proto;
	ip->src_addr = rte_cpu_to_be_32(RTE_IPV4(10, 0, 0, 1));
	ip->dst_addr = rte_cpu_to_be_32(RTE_IPV4(192, 168, 7, 200));
	if (proto == IPPROTO_UDP) {
		struct rte_udp_hdr *u = (struct rte_udp_hdr *)(ip + 1);

		u->src_port = rte_cpu_to_be_16(1234);
		u->dst_port = rte_cpu_to_be_16(53);
		u->dgram_len = rte_cpu_to_be_16(l4len);
	} else {
		struct rte_tcp_hdr *t = (struct rte_tcp_hdr *)(ip + 1);

		t->src_port = rte_cpu_to_be_16(80);
		t->dst_port = rte_cpu_to_be_16(40000);
		t->data_off = 5 << 4;
		t->tcp_flags = RTE_TCP_ACK_FLAG;
	}
	for (i = 0; i < payload; i++)
		pkt[20 + l4len - payload + i] = (uint8_t)(i * 13 + 7);
	return l4len;
}

static int
test_l4_cksum(void)
{
	uint8_t pkt[20 + 20 + 301], psd[12], pkt6[40 + 8 + 301];
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)pkt;
	struct rte_ipv6_hdr *ip6 = (struct rte_ipv6_hdr *)pkt6;
	uint16_t l4len, c, want;
	uint8_t *l4;
	uint32_t s;
	unsigned int k;

	for (k = 0; k < 2; k++) {
		uint8_t proto = k == 0 ? IPPROTO_UDP : IPPROTO_TCP;

		l4len = build_ipv4_l4(pkt, proto, 301);
		l4 = pkt + 20;
		/* Pseudo-header: addresses, zero, protocol, L4 length. */
		memcpy(psd, pkt + 12, 8);
		psd[8] = 0;
		psd[9] = proto;
		psd[10] = (uint8_t)(l4len >> 8);
		psd[11] = (uint8_t)l4len;
		s = ref_sum(psd, sizeof(psd), 0);
		want = (uint16_t)~ref_sum(l4, l4len, s);
		c = rte_ipv4_udptcp_cksum(ip, l4);
		TEST_ASSERT_EQUAL(rte_be_to_cpu_16(c), want,
			"proto %u: %#x, want %#x", proto, rte_be_to_cpu_16(c),
			want);
		TEST_ASSERT_EQUAL(rte_be_to_cpu_16(rte_ipv4_phdr_cksum(ip, 0)),
			ref_sum(psd, sizeof(psd), 0), "pseudo-header");
		if (proto == IPPROTO_UDP)
			((struct rte_udp_hdr *)l4)->dgram_cksum = c;
		else
			((struct rte_tcp_hdr *)l4)->cksum = c;
		TEST_ASSERT_SUCCESS(
			rte_ipv4_udptcp_cksum_verify(ip, l4), "verify good");
		l4[l4len - 1] ^= 1;
		TEST_ASSERT_EQUAL(
			rte_ipv4_udptcp_cksum_verify(ip, l4), -1, "verify bad");
	}

	/* IPv6/UDP. */
	memset(pkt6, 0, sizeof(pkt6));
	ip6->vtc_flow = rte_cpu_to_be_32(6u << 28);
	ip6->payload_len = rte_cpu_to_be_16(8 + 301);
	ip6->proto = IPPROTO_UDP;
	ip6->hop_limits = 64;
	for (k = 0; k < 16; k++) {
		ip6->src_addr[k] = (uint8_t)(0x20 + k);
		ip6->dst_addr[k] = (uint8_t)(0xf0 - k);
	}
	for (k = 0; k < 301; k++)
		pkt6[48 + k] = (uint8_t)(k * 3);
	((struct rte_udp_hdr *)(pkt6 + 40))->dgram_len =
		rte_cpu_to_be_16(8 + 301);
	s = ref_sum(pkt6 + 8, 32, 0);
	s += 8 + 301 + IPPROTO_UDP;
	want = (uint16_t)~ref_sum(pkt6 + 40, 8 + 301, s);
	c = rte_ipv6_udptcp_cksum(ip6, pkt6 + 40);
	TEST_ASSERT_EQUAL(rte_be_to_cpu_16(c), want, "IPv6 UDP %#x, want %#x",
		rte_be_to_cpu_16(c), want);
	((struct rte_udp_hdr *)(pkt6 + 40))->dgram_cksum = c;
	TEST_ASSERT_SUCCESS(
		rte_ipv6_udptcp_cksum_verify(ip6, pkt6 + 40), "IPv6 verify");

	/* Sum over an mbuf chain split at odd offsets. */
	{
		struct rte_mbuf *m = rte_pktmbuf_alloc(net_pool);
		struct rte_mbuf *m2 = rte_pktmbuf_alloc(net_pool);
		uint16_t sum;

		TEST_ASSERT(m != NULL && m2 != NULL, "alloc");
		memcpy(rte_pktmbuf_append(m, 101), pkt6, 101);
		memcpy(rte_pktmbuf_append(m2, 200), pkt6 + 101, 200);
		rte_pktmbuf_chain(m, m2);
		TEST_ASSERT_SUCCESS(
			rte_raw_cksum_mbuf(m, 3, 290, &sum), "mbuf sum");
		TEST_ASSERT_EQUAL(rte_be_to_cpu_16(sum),
			ref_sum(pkt6 + 3, 290, 0), "mbuf sum across segments");
		TEST_ASSERT_EQUAL(rte_raw_cksum_mbuf(m, 3, 299, &sum), -1,
			"past the end");
		rte_pktmbuf_free(m);
	}
	return TEST_SUCCESS;
}

/* ---- CRC ---- */

/* One bit at a time, bit-reflected, from the normal polynomial. */
static uint32_t
ref_crc(const uint8_t *p, uint32_t len, unsigned int width, uint32_t poly)
{
	uint32_t rpoly = 0, reg = width == 32 ? UINT32_MAX : 0xffff;
	unsigned int i, b;

	for (i = 0; i < width; i++)
		if (poly & (1u << i))
			rpoly |= 1u << (width - 1 - i);
	for (i = 0; i < len; i++)
		for (b = 0; b < 8; b++) {
			uint32_t bit = ((reg ^ (p[i] >> b)) & 1);

			reg >>= 1;
			if (bit)
				reg ^= rpoly;
		}
	return ~reg & (width == 32 ? UINT32_MAX : 0xffff);
}

static int
test_crc(void)
{
	static uint8_t data[4096 + 16];
	const char *check = "123456789";
	unsigned int alg, i, len, off;
	uint32_t c32, c16, r32, r16;

	for (i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)rte_rand();

	for (alg = 0; alg < 2; alg++) {
		struct test_capture cap;
		int clmul_cpu;

		TEST_ASSERT(test_capture_begin(&cap) == 0, "capture");
		rte_net_crc_set_alg(
			alg == 0 ? RTE_NET_CRC_SCALAR : RTE_NET_CRC_SSE42);
		test_capture_end(&cap, logbuf, sizeof(logbuf));
		clmul_cpu = __builtin_cpu_supports("pclmul") &&
			__builtin_cpu_supports("sse4.2");
		if (alg == 0)
			TEST_ASSERT_NOT_NULL(strstr(logbuf, "table code"),
				"scalar: %s", logbuf);
		else if (clmul_cpu)
			TEST_ASSERT_NOT_NULL(
				strstr(logbuf, "carry-less multiply"),
				"SSE4.2 path not taken: %s", logbuf);
		else
			printf("CPU without PCLMULQDQ: the SSE4.2 choice "
			       "falls back (%s)",
				logbuf);

		TEST_ASSERT_EQUAL(rte_net_crc_calc(check, 9, RTE_NET_CRC32_ETH),
			0xcbf43926u, "CRC32 check value");
		TEST_ASSERT_EQUAL(
			rte_net_crc_calc(check, 9, RTE_NET_CRC16_CCITT),
			0x906eu, "CRC16 check value");
		TEST_ASSERT_EQUAL(rte_net_crc_calc(check, 0, RTE_NET_CRC32_ETH),
			0u, "empty");
		TEST_ASSERT_EQUAL(rte_net_crc_calc(check, 9, RTE_NET_CRC_REQS),
			0u, "unknown type");
		for (len = 0; len < 300; len++) {
			off = len % 16;
			c32 = rte_net_crc_calc(
				data + off, len, RTE_NET_CRC32_ETH);
			c16 = rte_net_crc_calc(
				data + off, len, RTE_NET_CRC16_CCITT);
			r32 = ref_crc(data + off, len, 32, 0x04c11db7);
			r16 = ref_crc(data + off, len, 16, 0x1021);
			TEST_ASSERT(c32 == r32 && c16 == r16,
				"alg %u len %u: %#x/%#x, want %#x/%#x", alg,
				len, c32, c16, r32, r16);
		}
		for (len = 300; len <= 4096; len += 251) {
			TEST_ASSERT_EQUAL(rte_net_crc_calc(data + 3, len,
						  RTE_NET_CRC32_ETH),
				ref_crc(data + 3, len, 32, 0x04c11db7),
				"alg %u long %u", alg, len);
			TEST_ASSERT_EQUAL(rte_net_crc_calc(data + 5, len,
						  RTE_NET_CRC16_CCITT),
				ref_crc(data + 5, len, 16, 0x1021),
				"alg %u long16 %u", alg, len);
		}
	}
	rte_net_crc_set_alg(RTE_NET_CRC_NEON); /* falls back, logs */
	TEST_ASSERT_EQUAL(rte_net_crc_calc(check, 9, RTE_NET_CRC32_ETH),
		0xcbf43926u, "after a fallback");
	rte_net_crc_set_alg(RTE_NET_CRC_SCALAR);
	return TEST_SUCCESS;
}

/* ---- packet classification ---- */

/* Appends bytes to a packet under construction. */
struct pkt_buf {
	uint8_t b[512];
	unsigned int len;
};

static void
put(struct pkt_buf *p, const void *d, unsigned int n)
{
	memcpy(p->b + p->len, d, n);
	p->len += n;
}

static void
put_eth(struct pkt_buf *p, uint16_t type)
{
	uint8_t e[14] = {0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2};

	e[12] = (uint8_t)(type >> 8);
	e[13] = (uint8_t)type;
	put(p, e, sizeof(e));
}

static void
put_vlan(struct pkt_buf *p, uint16_t next)
{
	uint8_t v[4] = {0x20, 0x05, (uint8_t)(next >> 8), (uint8_t)next};

	put(p, v, sizeof(v));
}

static void
put_ipv4(
	struct pkt_buf *p, uint8_t proto, unsigned int opt_words, uint16_t frag)
{
	uint8_t h[60];

	memset(h, 0, sizeof(h));
	h[0] = (uint8_t)(0x45 + opt_words);
	h[2] = 0;
	h[3] = 100;
	h[6] = (uint8_t)(frag >> 8);
	h[7] = (uint8_t)frag;
	h[8] = 64;
	h[9] = proto;
	put(p, h, 20 + 4 * opt_words);
}

static void
put_ipv6(struct pkt_buf *p, uint8_t next)
{
	uint8_t h[40];

	memset(h, 0, sizeof(h));
	h[0] = 0x60;
	h[5] = 100;
	h[6] = next;
	h[7] = 64;
	put(p, h, sizeof(h));
}

/* An IPv6 extension header of 8 * (units + 1) bytes. */
static void
put_ip6_ext(struct pkt_buf *p, uint8_t next, uint8_t units)
{
	uint8_t h[24];

	memset(h, 0, sizeof(h));
	h[0] = next;
	h[1] = units;
	put(p, h, 8u * (units + 1u));
}

static void
put_l4(struct pkt_buf *p, uint8_t proto)
{
	uint8_t h[20];

	memset(h, 0, sizeof(h));
	if (proto == IPPROTO_TCP) {
		h[12] = 6 << 4; /* 24-byte header: 4 bytes of options */
		put(p, h, 20);
		put(p, h, 4);
	} else if (proto == IPPROTO_UDP) {
		put(p, h, 8);
	} else {
		put(p, h, 12);
	}
	put(p, "payload!", 8);
}

/* Packet in an mbuf chain cut at split (0: one segment). */
static struct rte_mbuf *
to_mbuf(const struct pkt_buf *p, unsigned int split)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(net_pool), *m2;

	if (m == NULL)
		return NULL;
	if (split == 0 || split >= p->len) {
		memcpy(rte_pktmbuf_append(m, (uint16_t)p->len), p->b, p->len);
		return m;
	}
	m2 = rte_pktmbuf_alloc(net_pool);
	if (m2 == NULL) {
		rte_pktmbuf_free(m);
		return NULL;
	}
	memcpy(rte_pktmbuf_append(m, (uint16_t)split), p->b, split);
	memcpy(rte_pktmbuf_append(m2, (uint16_t)(p->len - split)), p->b + split,
		p->len - split);
	rte_pktmbuf_chain(m, m2);
	return m;
}

struct ptype_case {
	const char *what;
	struct pkt_buf pkt;
	uint32_t ptype;
	struct rte_net_hdr_lens lens;
};

static int
check_ptype_case(const struct ptype_case *c)
{
	unsigned int split;
	char name[256];

	for (split = 0; split < c->pkt.len; split += split < 40 ? 1 : 7) {
		struct rte_net_hdr_lens l;
		struct rte_mbuf *m = to_mbuf(&c->pkt, split);
		uint32_t pt;

		TEST_ASSERT_NOT_NULL(m, "mbuf");
		memset(&l, 0, sizeof(l));
		pt = rte_net_get_ptype(m, &l, RTE_PTYPE_ALL_MASK);
		rte_pktmbuf_free(m);
		rte_get_ptype_name(pt, name, sizeof(name));
		TEST_ASSERT_EQUAL(pt, c->ptype, "%s (split %u): %s", c->what,
			split, name);
		TEST_ASSERT(memcmp(&l, &c->lens, sizeof(l)) == 0,
			"%s (split %u): lens l2 %u l3 %u l4 %u tun %u il2 %u "
			"il3 %u il4 %u",
			c->what, split, l.l2_len, l.l3_len, l.l4_len,
			l.tunnel_len, l.inner_l2_len, l.inner_l3_len,
			l.inner_l4_len);
	}
	return TEST_SUCCESS;
}

static int
test_ptype(void)
{
	static struct ptype_case c;
	struct rte_net_hdr_lens l;
	struct rte_mbuf *m;

#define CASE(name, pt) \
	do { \
		memset(&c, 0, sizeof(c)); \
		c.what = name; \
		c.ptype = pt; \
	} while (0)
#define LENS(a, b, cc, d, e, f, g) \
	do { \
		c.lens.l2_len = a; \
		c.lens.l3_len = b; \
		c.lens.l4_len = cc; \
		c.lens.tunnel_len = d; \
		c.lens.inner_l2_len = e; \
		c.lens.inner_l3_len = f; \
		c.lens.inner_l4_len = g; \
	} while (0)
#define RUN() \
	do { \
		if (check_ptype_case(&c) != TEST_SUCCESS) \
			return TEST_FAILED; \
	} while (0)

	CASE("eth/ipv4/tcp",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4 | RTE_PTYPE_L4_TCP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_TCP, 0, 0);
	put_l4(&c.pkt, IPPROTO_TCP);
	LENS(14, 20, 24, 0, 0, 0, 0);
	RUN();

	CASE("eth/vlan/ipv4+opt/udp",
		RTE_PTYPE_L2_ETHER_VLAN | RTE_PTYPE_L3_IPV4_EXT |
			RTE_PTYPE_L4_UDP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_VLAN);
	put_vlan(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_UDP, 2, 0);
	put_l4(&c.pkt, IPPROTO_UDP);
	LENS(18, 28, 8, 0, 0, 0, 0);
	RUN();

	CASE("eth/qinq/ipv6/sctp",
		RTE_PTYPE_L2_ETHER_QINQ | RTE_PTYPE_L3_IPV6 |
			RTE_PTYPE_L4_SCTP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_QINQ);
	put_vlan(&c.pkt, RTE_ETHER_TYPE_VLAN);
	put_vlan(&c.pkt, RTE_ETHER_TYPE_IPV6);
	put_ipv6(&c.pkt, IPPROTO_SCTP);
	put_l4(&c.pkt, IPPROTO_SCTP);
	LENS(22, 40, 12, 0, 0, 0, 0);
	RUN();

	CASE("eth/ipv6+hopopts+routing/udp",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV6_EXT | RTE_PTYPE_L4_UDP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV6);
	put_ipv6(&c.pkt, IPPROTO_HOPOPTS);
	put_ip6_ext(&c.pkt, IPPROTO_ROUTING, 0);
	put_ip6_ext(&c.pkt, IPPROTO_UDP, 2);
	put_l4(&c.pkt, IPPROTO_UDP);
	LENS(14, 40 + 8 + 24, 8, 0, 0, 0, 0);
	RUN();

	CASE("eth/ipv6+dstopts+fragment",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV6_EXT | RTE_PTYPE_L4_FRAG);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV6);
	put_ipv6(&c.pkt, IPPROTO_DSTOPTS);
	put_ip6_ext(&c.pkt, IPPROTO_FRAGMENT, 0);
	put_ip6_ext(&c.pkt, IPPROTO_TCP, 0);
	put_l4(&c.pkt, IPPROTO_TCP);
	LENS(14, 40 + 16, 0, 0, 0, 0, 0);
	RUN();

	CASE("eth/ipv4 fragment",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4 | RTE_PTYPE_L4_FRAG);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_UDP, 0, RTE_IPV4_HDR_MF_FLAG);
	put_l4(&c.pkt, IPPROTO_UDP);
	LENS(14, 20, 0, 0, 0, 0, 0);
	RUN();

	CASE("eth/ipv4/icmp", RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_ICMP, 0, 0);
	put(&c.pkt, "icmp....", 8);
	LENS(14, 20, 0, 0, 0, 0, 0);
	RUN();

	CASE("eth/ipv4/ipv4/tcp (IP in IP)",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4 | RTE_PTYPE_TUNNEL_IP |
			RTE_PTYPE_INNER_L3_IPV4 | RTE_PTYPE_INNER_L4_TCP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_IPIP, 0, 0);
	put_ipv4(&c.pkt, IPPROTO_TCP, 0, 0);
	put_l4(&c.pkt, IPPROTO_TCP);
	LENS(14, 20, 0, 0, 0, 20, 24);
	RUN();

	CASE("eth/ipv6/ipv6/udp (IPv6 in IPv6)",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV6 | RTE_PTYPE_TUNNEL_IP |
			RTE_PTYPE_INNER_L3_IPV6 | RTE_PTYPE_INNER_L4_UDP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV6);
	put_ipv6(&c.pkt, IPPROTO_IPV6);
	put_ipv6(&c.pkt, IPPROTO_UDP);
	put_l4(&c.pkt, IPPROTO_UDP);
	LENS(14, 40, 0, 0, 0, 40, 8);
	RUN();

	CASE("eth/ipv4/gre+key/ipv6+hopopts/udp",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4 | RTE_PTYPE_TUNNEL_GRE |
			RTE_PTYPE_INNER_L3_IPV6_EXT | RTE_PTYPE_INNER_L4_UDP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_GRE, 0, 0);
	{
		uint8_t g[8] = {0x20, 0, 0x86, 0xdd, 0, 0, 0, 42};

		put(&c.pkt, g, sizeof(g));
	}
	put_ipv6(&c.pkt, IPPROTO_HOPOPTS);
	put_ip6_ext(&c.pkt, IPPROTO_UDP, 0);
	put_l4(&c.pkt, IPPROTO_UDP);
	LENS(14, 20, 0, 8, 0, 48, 8);
	RUN();

	CASE("eth/ipv6/nvgre/eth/vlan/ipv4/sctp",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV6 |
			RTE_PTYPE_TUNNEL_NVGRE | RTE_PTYPE_INNER_L2_ETHER_VLAN |
			RTE_PTYPE_INNER_L3_IPV4 | RTE_PTYPE_INNER_L4_SCTP);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV6);
	put_ipv6(&c.pkt, IPPROTO_GRE);
	{
		uint8_t g[8] = {0x20, 0, 0x65, 0x58, 0, 0, 1, 0};

		put(&c.pkt, g, sizeof(g));
	}
	put_eth(&c.pkt, RTE_ETHER_TYPE_VLAN);
	put_vlan(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_SCTP, 0, 0);
	put_l4(&c.pkt, IPPROTO_SCTP);
	LENS(14, 40, 0, 8, 18, 20, 12);
	RUN();

	CASE("eth/arp", RTE_PTYPE_L2_ETHER);
	put_eth(&c.pkt, RTE_ETHER_TYPE_ARP);
	put(&c.pkt, "arp body arp body arp body..", 28);
	LENS(14, 0, 0, 0, 0, 0, 0);
	RUN();

	/* Truncated: what was read so far. */
	CASE("eth/ipv4/tcp cut inside TCP",
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_TCP, 0, 0);
	put(&c.pkt, "0123456789", 10);
	LENS(14, 20, 0, 0, 0, 0, 0);
	RUN();

	/* Layers limit the parsing. */
	CASE("layer mask", 0);
	put_eth(&c.pkt, RTE_ETHER_TYPE_IPV4);
	put_ipv4(&c.pkt, IPPROTO_UDP, 0, 0);
	put_l4(&c.pkt, IPPROTO_UDP);
	m = to_mbuf(&c.pkt, 0);
	TEST_ASSERT_NOT_NULL(m, "mbuf");
	memset(&l, 0, sizeof(l));
	TEST_ASSERT_EQUAL(
		rte_net_get_ptype(m, &l, RTE_PTYPE_L2_MASK | RTE_PTYPE_L3_MASK),
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4, "L2+L3 only");
	TEST_ASSERT(l.l3_len == 20 && l.l4_len == 0, "lengths");
	TEST_ASSERT_EQUAL(rte_net_get_ptype(m, NULL, 0), 0u, "no layer");
	TEST_ASSERT_EQUAL(rte_net_get_ptype(m, NULL, RTE_PTYPE_ALL_MASK),
		RTE_PTYPE_L2_ETHER | RTE_PTYPE_L3_IPV4 | RTE_PTYPE_L4_UDP,
		"NULL lens");
	rte_pktmbuf_trim(m, (uint16_t)(m->pkt_len - 10));
	TEST_ASSERT_EQUAL(rte_net_get_ptype(m, NULL, RTE_PTYPE_ALL_MASK), 0u,
		"no room for an Ethernet header");
	rte_pktmbuf_free(m);
	TEST_ASSERT(rte_mempool_full(net_pool), "mbufs lost");
	return TEST_SUCCESS;
#undef CASE
#undef LENS
#undef RUN
}

/*
 * The multi-segment L4 checksums against the contiguous ones (checked
 * against the reference sum above) for every split of the packet, and
 * their refusals when the L4 bytes are not all in the packet.
 */
static int
test_l4_cksum_mbuf(void)
{
	uint8_t pkt[20 + 20 + 151], pkt6[40 + 8 + 151];
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)pkt;
	struct rte_ipv6_hdr *ip6 = (struct rte_ipv6_hdr *)pkt6;
	struct pkt_buf p;
	struct rte_mbuf *m;
	uint16_t l4len, want, c;
	unsigned int k, split;

	for (k = 0; k < 3; k++) {
		const uint8_t *l3;
		size_t l3len;
		uint16_t l4off;

		if (k < 2) {
			uint8_t proto = k == 0 ? IPPROTO_UDP : IPPROTO_TCP;

			l4len = build_ipv4_l4(pkt, proto, 151);
			want = rte_ipv4_udptcp_cksum(ip, pkt + 20);
			if (proto == IPPROTO_UDP)
				((struct rte_udp_hdr *)(pkt + 20))
					->dgram_cksum = want;
			else
				((struct rte_tcp_hdr *)(pkt + 20))->cksum =
					want;
			l3 = pkt;
			l3len = 20u + l4len;
			l4off = 20;
		} else {
			memset(pkt6, 0, sizeof(pkt6));
			ip6->vtc_flow = rte_cpu_to_be_32(6u << 28);
			ip6->payload_len = rte_cpu_to_be_16(8 + 151);
			ip6->proto = IPPROTO_UDP;
			for (split = 0; split < 16; split++) {
				ip6->src_addr[split] = (uint8_t)(split * 17);
				ip6->dst_addr[split] = (uint8_t)~split;
			}
			for (split = 0; split < 151; split++)
				pkt6[48 + split] = (uint8_t)(split * 5 + 1);
			((struct rte_udp_hdr *)(pkt6 + 40))->dgram_len =
				rte_cpu_to_be_16(8 + 151);
			want = rte_ipv6_udptcp_cksum(ip6, pkt6 + 40);
			((struct rte_udp_hdr *)(pkt6 + 40))->dgram_cksum = want;
			l3 = pkt6;
			l3len = sizeof(pkt6);
			l4off = 40;
		}
		memset(&p, 0, sizeof(p));
		put(&p, l3, l3len);
		for (split = 1; split < l3len; split += split < 48 ? 1 : 13) {
			m = to_mbuf(&p, split);
			TEST_ASSERT_NOT_NULL(m, "mbuf");
			/* The stored checksum is part of the sum. */
			if (k < 2) {
				TEST_ASSERT_SUCCESS(
					rte_ipv4_udptcp_cksum_mbuf_verify(
						m, ip, l4off),
					"case %u split %u: verify", k, split);
				TEST_ASSERT_EQUAL(
					rte_ipv4_udptcp_cksum_mbuf(m, ip, 5000),
					0xffff, "case %u: offset past the end",
					k);
			} else {
				TEST_ASSERT_SUCCESS(
					rte_ipv6_udptcp_cksum_mbuf_verify(
						m, ip6, l4off),
					"IPv6 split %u: verify", split);
			}
			rte_pktmbuf_free(m);
		}
		/* With the checksum field zeroed, the computed value. */
		memset(&p, 0, sizeof(p));
		put(&p, l3, l3len);
		memset(p.b + l4off + (k == 1 ? 16 : 6), 0, 2);
		m = to_mbuf(&p, l4off + 3);
		TEST_ASSERT_NOT_NULL(m, "mbuf");
		c = k < 2 ? rte_ipv4_udptcp_cksum_mbuf(m, ip, l4off)
			  : rte_ipv6_udptcp_cksum_mbuf(m, ip6, l4off);
		TEST_ASSERT_EQUAL(
			c, want, "case %u: %#x, want %#x", k, c, want);
		TEST_ASSERT_EQUAL(
			k < 2 ? rte_ipv4_udptcp_cksum_mbuf_verify(m, ip, l4off)
			      : rte_ipv6_udptcp_cksum_mbuf_verify(
					m, ip6, l4off),
			-1, "case %u: zeroed checksum does not verify", k);
		/* L4 bytes cut short: refused. */
		rte_pktmbuf_trim(m, 1);
		TEST_ASSERT_EQUAL(
			k < 2 ? rte_ipv4_udptcp_cksum_mbuf_verify(m, ip, l4off)
			      : rte_ipv6_udptcp_cksum_mbuf_verify(
					m, ip6, l4off),
			-1, "case %u: short packet", k);
		rte_pktmbuf_free(m);
	}
	TEST_ASSERT(rte_mempool_full(net_pool), "mbufs lost");
	return TEST_SUCCESS;
}

/*
 * Change the last L4 word so that the checksum comes out 0: adding the
 * checksum c = ~S to a word (one's complement addition) makes the sum
 * S + ~S, all ones, whose complement is 0. stored is what the library
 * returned (UDP's 0xffff may stand for 0).
 */
static void
force_zero_cksum(uint8_t *last, uint16_t stored, uint8_t proto)
{
	uint32_t w = (uint32_t)(last[0] << 8 | last[1]);

	if (stored == 0xffff && proto == IPPROTO_UDP)
		stored = 0;
	w += stored;
	w = (w & 0xffff) + (w >> 16);
	last[0] = (uint8_t)(w >> 8);
	last[1] = (uint8_t)w;
}

/* Bytes into a two-segment packet cut at split; NULL if out of mbufs. */
static struct rte_mbuf *
bytes_to_mbuf(const void *b, unsigned int len, unsigned int split)
{
	struct pkt_buf p;

	memset(&p, 0, sizeof(p));
	put(&p, b, len);
	return to_mbuf(&p, split);
}

/*
 * A packet whose checksum comes out 0: TCP stores 0, UDP 0xffff (RFC
 * 768), as 22.11 does, over IPv4 and IPv6, contiguous or in an mbuf.
 */
static int
test_l4_cksum_zero(void)
{
	uint8_t pkt[20 + 20 + 16], pkt6[40 + 20 + 16];
	struct rte_ipv4_hdr *ip = (struct rte_ipv4_hdr *)pkt;
	struct rte_ipv6_hdr *ip6 = (struct rte_ipv6_hdr *)pkt6;
	struct rte_mbuf *m4, *m6;
	unsigned int k;

	for (k = 0; k < 2; k++) {
		uint8_t proto = k == 0 ? IPPROTO_TCP : IPPROTO_UDP;
		uint16_t l4len = build_ipv4_l4(pkt, proto, 16), c4, c6;
		uint16_t want = proto == IPPROTO_UDP ? 0xffff : 0;

		force_zero_cksum(pkt + 20 + l4len - 2,
			rte_be_to_cpu_16(rte_ipv4_udptcp_cksum(ip, pkt + 20)),
			proto);
		/* The same L4 bytes behind an IPv6 header. */
		memset(pkt6, 0, 40);
		ip6->vtc_flow = rte_cpu_to_be_32(6u << 28);
		ip6->payload_len = rte_cpu_to_be_16(l4len);
		ip6->proto = proto;
		ip6->src_addr[15] = 1;
		ip6->dst_addr[0] = 0xfe;
		memcpy(pkt6 + 40, pkt + 20, l4len);
		force_zero_cksum(pkt6 + 40 + l4len - 2,
			rte_be_to_cpu_16(rte_ipv6_udptcp_cksum(ip6, pkt6 + 40)),
			proto);

		c4 = rte_ipv4_udptcp_cksum(ip, pkt + 20);
		c6 = rte_ipv6_udptcp_cksum(ip6, pkt6 + 40);
		TEST_ASSERT(c4 == want && c6 == want,
			"proto %u: zero checksum stored as %#x (IPv4), %#x "
			"(IPv6), want %#x",
			proto, c4, c6, want);
		m4 = bytes_to_mbuf(pkt, 20u + l4len, 27);
		m6 = bytes_to_mbuf(pkt6, 40u + l4len, 45);
		TEST_ASSERT(m4 != NULL && m6 != NULL, "mbufs");
		c4 = rte_ipv4_udptcp_cksum_mbuf(m4, ip, 20);
		c6 = rte_ipv6_udptcp_cksum_mbuf(m6, ip6, 40);
		rte_pktmbuf_free(m4);
		rte_pktmbuf_free(m6);
		TEST_ASSERT(c4 == want && c6 == want,
			"proto %u, mbuf: zero checksum stored as %#x (IPv4), "
			"%#x (IPv6), want %#x",
			proto, c4, c6, want);
	}
	TEST_ASSERT(rte_mempool_full(net_pool), "mbufs lost");
	return TEST_SUCCESS;
}

/* rte_ipv6_get_next_ext on each extension type and on non-extensions. */
static int
test_ipv6_next_ext(void)
{
	static const struct {
		int proto;
		uint8_t bytes[2];
		int next;
		size_t len;
	} cases[] = {
		{IPPROTO_HOPOPTS, {IPPROTO_TCP, 0}, IPPROTO_TCP, 8},
		{IPPROTO_ROUTING, {IPPROTO_UDP, 2}, IPPROTO_UDP, 24},
		{IPPROTO_DSTOPTS, {IPPROTO_AH, 255}, IPPROTO_AH, 2048},
		/* AH: length in 32-bit words minus 2; 4 means 24 bytes. */
		{IPPROTO_AH, {IPPROTO_ESP, 4}, IPPROTO_ESP, 24},
		/* The fragment header's second byte is reserved. */
		{IPPROTO_FRAGMENT, {IPPROTO_UDP, 99}, IPPROTO_UDP, 8},
	};
	static const int not_ext[] = {IPPROTO_TCP, IPPROTO_UDP, IPPROTO_ESP,
		IPPROTO_NONE, IPPROTO_IPV6, 255};
	size_t len;
	unsigned int i;

	for (i = 0; i < RTE_DIM(cases); i++) {
		len = 0;
		TEST_ASSERT_EQUAL(rte_ipv6_get_next_ext(
					  cases[i].bytes, cases[i].proto, &len),
			cases[i].next, "proto %d: next", cases[i].proto);
		TEST_ASSERT_EQUAL(len, cases[i].len, "proto %d: length %zu",
			cases[i].proto, len);
	}
	for (i = 0; i < RTE_DIM(not_ext); i++) {
		const uint8_t b[2] = {IPPROTO_TCP, 1};

		len = 12345;
		TEST_ASSERT_EQUAL(rte_ipv6_get_next_ext(b, not_ext[i], &len),
			-EINVAL, "proto %d is no extension", not_ext[i]);
		TEST_ASSERT_EQUAL(len, 12345u, "length left alone");
	}
	return TEST_SUCCESS;
}

static int
test_skip_ip6_ext(void)
{
	struct pkt_buf p;
	struct rte_mbuf *m;
	uint32_t off;
	int frag, ret;

	memset(&p, 0, sizeof(p));
	put_ip6_ext(&p, IPPROTO_DSTOPTS, 1);
	put_ip6_ext(&p, IPPROTO_TCP, 0);
	put(&p, "tcp.....", 8);
	m = to_mbuf(&p, 5);
	TEST_ASSERT_NOT_NULL(m, "mbuf");
	off = 0;
	ret = rte_net_skip_ip6_ext(IPPROTO_HOPOPTS, m, &off, &frag);
	TEST_ASSERT(ret == IPPROTO_TCP && off == 24 && frag == 0,
		"two headers: %d off %u frag %d", ret, off, frag);
	off = 0;
	ret = rte_net_skip_ip6_ext(IPPROTO_FRAGMENT, m, &off, &frag);
	TEST_ASSERT(ret == IPPROTO_DSTOPTS && off == 8 && frag == 1,
		"fragment header: %d off %u frag %d", ret, off, frag);
	off = 0;
	TEST_ASSERT_EQUAL(rte_net_skip_ip6_ext(IPPROTO_NONE, m, &off, &frag), 0,
		"no next header");
	off = 31;
	TEST_ASSERT_EQUAL(rte_net_skip_ip6_ext(IPPROTO_ROUTING, m, &off, &frag),
		-1, "past the end");
	rte_pktmbuf_free(m);

	/* Six extension headers are more than are skipped. */
	memset(&p, 0, sizeof(p));
	for (ret = 0; ret < 6; ret++)
		put_ip6_ext(&p, IPPROTO_DSTOPTS, 0);
	m = to_mbuf(&p, 0);
	TEST_ASSERT_NOT_NULL(m, "mbuf");
	off = 0;
	TEST_ASSERT_EQUAL(rte_net_skip_ip6_ext(IPPROTO_DSTOPTS, m, &off, &frag),
		-1, "too many headers");
	rte_pktmbuf_free(m);
	return TEST_SUCCESS;
}

/* ---- Ethernet addresses ---- */

static int
test_ether_addr(void)
{
	static const char *const bad[] = {"", "00:11:22:33:44",
		"00:11:22:33:44:55:66", "00:11:22:33:44:5", "0:11:22:33:44:55",
		"00-11-22-33-44-55", "00:11:22:33:44:55 ", " 00:11:22:33:44:55",
		"00:11:22:33:44:5g", "001:122:334", "0011:2233",
		"0011:2233:445", "0011:2233:44556", "00112233:4455:66",
		"::::::", "12:34:56:78:9a:bc\n"};
	struct rte_ether_addr a, b;
	char buf[RTE_ETHER_ADDR_FMT_SIZE], small[8];
	unsigned int i;

	for (i = 0; i < 100; i++) {
		rte_eth_random_addr(a.addr_bytes);
		TEST_ASSERT(rte_is_unicast_ether_addr(&a) &&
				rte_is_local_admin_ether_addr(&a) &&
				rte_is_valid_assigned_ether_addr(&a),
			"random address kind");
		rte_ether_format_addr(buf, sizeof(buf), &a);
		TEST_ASSERT_EQUAL(strlen(buf), 17u, "format length");
		memset(&b, 0, sizeof(b));
		TEST_ASSERT_SUCCESS(
			rte_ether_unformat_addr(buf, &b), "parse %s", buf);
		TEST_ASSERT(
			rte_is_same_ether_addr(&a, &b), "round trip %s", buf);
	}
	a = (struct rte_ether_addr){{0xab, 0x01, 0x2c, 0xde, 0xf0, 0x09}};
	rte_ether_format_addr(buf, sizeof(buf), &a);
	TEST_ASSERT(strcmp(buf, "AB:01:2C:DE:F0:09") == 0, "format %s", buf);
	rte_ether_format_addr(small, sizeof(small), &a);
	TEST_ASSERT(strcmp(small, "AB:01:2") == 0, "truncated %s", small);
	TEST_ASSERT_SUCCESS(
		rte_ether_unformat_addr("ab:01:2c:DE:f0:09", &b), "mixed case");
	TEST_ASSERT(rte_is_same_ether_addr(&a, &b), "mixed case value");
	TEST_ASSERT_SUCCESS(
		rte_ether_unformat_addr("ab01:2cde:f009", &b), "three groups");
	TEST_ASSERT(rte_is_same_ether_addr(&a, &b), "three groups value");
	TEST_ASSERT(rte_is_multicast_ether_addr(&a) &&
			!rte_is_unicast_ether_addr(&a),
		"group bit");

	for (i = 0; i < RTE_DIM(bad); i++) {
		memset(&b, 0x5a, sizeof(b));
		rte_errno = 0;
		TEST_ASSERT_EQUAL(rte_ether_unformat_addr(bad[i], &b), -1,
			"accepted '%s'", bad[i]);
		TEST_ASSERT_EQUAL(rte_errno, EINVAL, "errno for '%s'", bad[i]);
		for (unsigned int j = 0; j < RTE_ETHER_ADDR_LEN; j++)
			TEST_ASSERT_EQUAL(b.addr_bytes[j], 0x5a,
				"'%s' wrote byte %u", bad[i], j);
	}
	TEST_ASSERT(
		rte_ether_unformat_addr(NULL, &b) == -1 && rte_errno == EINVAL,
		"NULL string");

	memset(&a, 0, sizeof(a));
	TEST_ASSERT(rte_is_zero_ether_addr(&a) &&
			!rte_is_valid_assigned_ether_addr(&a),
		"zero");
	memset(&a, 0xff, sizeof(a));
	TEST_ASSERT(rte_is_broadcast_ether_addr(&a) &&
			rte_is_multicast_ether_addr(&a),
		"broadcast");
	rte_ether_addr_copy(&a, &b);
	TEST_ASSERT(rte_is_same_ether_addr(&a, &b), "copy");
	return TEST_SUCCESS;
}

static int
test_rarp_vlan(void)
{
	struct rte_ether_addr mac = {{0x02, 0x11, 0x22, 0x33, 0x44, 0x55}};
	struct rte_ether_hdr *eh;
	struct rte_arp_hdr *arp;
	struct rte_mbuf *m;
	uint8_t before[64];

	m = rte_net_make_rarp_packet(net_pool, &mac);
	TEST_ASSERT_NOT_NULL(m, "rarp");
	TEST_ASSERT_EQUAL(
		m->pkt_len, 60u, "padded to 60 bytes: %u", m->pkt_len);
	eh = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	arp = (struct rte_arp_hdr *)(eh + 1);
	TEST_ASSERT(rte_is_broadcast_ether_addr(&eh->dst_addr) &&
			rte_is_same_ether_addr(&eh->src_addr, &mac) &&
			eh->ether_type == RTE_BE16(RTE_ETHER_TYPE_RARP),
		"ethernet header");
	TEST_ASSERT(arp->arp_hardware == RTE_BE16(RTE_ARP_HRD_ETHER) &&
			arp->arp_protocol == RTE_BE16(RTE_ETHER_TYPE_IPV4) &&
			arp->arp_hlen == 6 && arp->arp_plen == 4 &&
			arp->arp_opcode == RTE_BE16(RTE_ARP_OP_REVREQUEST) &&
			rte_is_same_ether_addr(&arp->arp_data.arp_sha, &mac) &&
			rte_is_same_ether_addr(&arp->arp_data.arp_tha, &mac),
		"rarp body");

	/* A VLAN tag in and out again. */
	memcpy(before, rte_pktmbuf_mtod(m, void *), 60);
	m->vlan_tci = 0x2005;
	TEST_ASSERT_SUCCESS(rte_vlan_insert(&m), "insert");
	TEST_ASSERT_EQUAL(m->pkt_len, 64u, "tagged length");
	eh = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	TEST_ASSERT(eh->ether_type == RTE_BE16(RTE_ETHER_TYPE_VLAN) &&
			((struct rte_vlan_hdr *)(eh + 1))->vlan_tci ==
				RTE_BE16(0x2005),
		"tag");
	m->vlan_tci = 0;
	TEST_ASSERT_SUCCESS(rte_vlan_strip(m), "strip");
	TEST_ASSERT(m->vlan_tci == 0x2005 &&
			(m->ol_flags & RTE_MBUF_F_RX_VLAN_STRIPPED),
		"stripped tag");
	TEST_ASSERT(m->pkt_len == 60 &&
			memcmp(before, rte_pktmbuf_mtod(m, void *), 60) == 0,
		"frame back as it was");
	TEST_ASSERT_EQUAL(rte_vlan_strip(m), -1, "no tag to strip");
	rte_pktmbuf_free(m);
	TEST_ASSERT(rte_mempool_full(net_pool), "mbufs lost");
	return TEST_SUCCESS;
}

static int
test_cksum_prepare(void)
{
	struct rte_mbuf *m = rte_pktmbuf_alloc(net_pool);
	struct rte_ipv4_hdr *ip;
	struct rte_tcp_hdr *tcp;
	struct rte_udp_hdr *udp;
	uint8_t *p;

	TEST_ASSERT_NOT_NULL(m, "alloc");
	p = (uint8_t *)rte_pktmbuf_append(m, 14 + 20 + 20 + 10);
	memset(p, 0, 14);
	p[12] = 0x08;
	build_ipv4_l4(p + 14, IPPROTO_TCP, 10);
	ip = (struct rte_ipv4_hdr *)(p + 14);
	ip->hdr_checksum = 0x1234;
	tcp = (struct rte_tcp_hdr *)(ip + 1);
	tcp->cksum = 0x5678;
	m->l2_len = 14;
	m->l3_len = 20;
	m->l4_len = 20;
	m->ol_flags = RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_IP_CKSUM |
		RTE_MBUF_F_TX_TCP_CKSUM;
	TEST_ASSERT_SUCCESS(rte_net_intel_cksum_prepare(m), "prepare");
	TEST_ASSERT_EQUAL(ip->hdr_checksum, 0, "IP checksum zeroed");
	TEST_ASSERT_EQUAL(tcp->cksum, rte_ipv4_phdr_cksum(ip, 0),
		"TCP seeded with the pseudo-header");
	/* TSO: the pseudo-header without the length. */
	m->ol_flags = RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_IP_CKSUM |
		RTE_MBUF_F_TX_TCP_SEG;
	m->tso_segsz = 4;
	TEST_ASSERT_SUCCESS(rte_net_intel_cksum_prepare(m), "prepare TSO");
	TEST_ASSERT_EQUAL(tcp->cksum,
		rte_ipv4_phdr_cksum(ip, RTE_MBUF_F_TX_TCP_SEG), "TSO seed");
	TEST_ASSERT(tcp->cksum != rte_ipv4_phdr_cksum(ip, 0),
		"TSO seed leaves the length out");
	/* UDP. */
	ip->next_proto_id = IPPROTO_UDP;
	udp = (struct rte_udp_hdr *)(ip + 1);
	m->ol_flags = RTE_MBUF_F_TX_IPV4 | RTE_MBUF_F_TX_UDP_CKSUM;
	TEST_ASSERT_SUCCESS(rte_net_intel_cksum_prepare(m), "prepare UDP");
	TEST_ASSERT_EQUAL(
		udp->dgram_cksum, rte_ipv4_phdr_cksum(ip, 0), "UDP seed");
	/* Headers longer than the first segment. */
	m->l4_len = 200;
	TEST_ASSERT_EQUAL(rte_net_intel_cksum_prepare(m), -ENOTSUP,
		"headers past the segment");
	m->ol_flags = 0;
	TEST_ASSERT_SUCCESS(rte_net_intel_cksum_prepare(m), "nothing asked");
	rte_pktmbuf_free(m);
	return TEST_SUCCESS;
}

static int
test_header_sizes(void)
{
	TEST_ASSERT_EQUAL(sizeof(struct rte_ether_hdr), 14u, "ether");
	TEST_ASSERT_EQUAL(sizeof(struct rte_vlan_hdr), 4u, "vlan");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ipv4_hdr), 20u, "ipv4");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ipv6_hdr), 40u, "ipv6");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ipv6_fragment_ext), 8u, "frag");
	TEST_ASSERT_EQUAL(sizeof(struct rte_tcp_hdr), 20u, "tcp");
	TEST_ASSERT_EQUAL(sizeof(struct rte_udp_hdr), 8u, "udp");
	TEST_ASSERT_EQUAL(sizeof(struct rte_sctp_hdr), 12u, "sctp");
	TEST_ASSERT_EQUAL(sizeof(struct rte_icmp_hdr), 8u, "icmp");
	TEST_ASSERT_EQUAL(sizeof(struct rte_arp_hdr), 28u, "arp");
	TEST_ASSERT_EQUAL(sizeof(struct rte_vxlan_hdr), 8u, "vxlan");
	TEST_ASSERT_EQUAL(sizeof(struct rte_vxlan_gpe_hdr), 8u, "vxlan-gpe");
	TEST_ASSERT_EQUAL(sizeof(struct rte_gre_hdr), 4u, "gre");
	TEST_ASSERT_EQUAL(sizeof(struct rte_esp_hdr), 8u, "esp");
	TEST_ASSERT_EQUAL(sizeof(struct rte_esp_tail), 2u, "esp tail");
	TEST_ASSERT_EQUAL(sizeof(struct rte_geneve_hdr), 8u, "geneve");
	TEST_ASSERT_EQUAL(sizeof(struct rte_macsec_hdr), 6u, "macsec");
	TEST_ASSERT_EQUAL(sizeof(struct rte_mpls_hdr), 4u, "mpls");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ppp_hdr), 4u, "ppp");
	{
		/* Bit-fields land where the wire format puts them. */
		uint8_t raw[4] = {0x12, 0x34, 0x5b, 64};
		struct rte_mpls_hdr mh;
		struct rte_geneve_hdr gh;
		uint8_t graw[8] = {0x43, 0x80, 0x65, 0x58, 1, 2, 3, 0};

		memcpy(&mh, raw, sizeof(mh));
		TEST_ASSERT(rte_be_to_cpu_16(mh.tag_msb) == 0x1234 &&
				mh.tag_lsb == 5 && mh.tc == 5 && mh.bs == 1 &&
				mh.ttl == 64,
			"mpls bit-fields");
		memcpy(&gh, graw, sizeof(gh));
		TEST_ASSERT(gh.ver == 1 && gh.opt_len == 3 && gh.oam == 1 &&
				gh.critical == 0 &&
				gh.proto == RTE_BE16(RTE_GENEVE_TYPE_ETH),
			"geneve bit-fields");
	}
	TEST_ASSERT_EQUAL(RTE_ETHER_VXLAN_HLEN, 16u, "vxlan hlen");
	TEST_ASSERT_EQUAL(RTE_IPV4(192, 168, 1, 2), 0xc0a80102u, "RTE_IPV4");
	TEST_ASSERT_EQUAL(rte_be_to_cpu_16(RTE_BE16(0x1234)), 0x1234, "BE16");
	TEST_ASSERT_EQUAL(rte_bswap32(0x11223344), 0x44332211u, "bswap32");
	TEST_ASSERT_EQUAL(RTE_STATIC_BSWAP64(0x0102030405060708ULL),
		0x0807060504030201ULL, "static bswap64");
	return TEST_SUCCESS;
}

/*
 * Radio and tunnel headers of rte_ecpri.h, rte_gtp.h, rte_higig.h and
 * rte_l2tpv2.h: sizes worked out from the specifications, and fields
 * read from hand-assembled wire bytes.
 */
static int
test_tunnel_headers(void)
{
	/* eCPRI: revision 1, C 1, type 2 (real-time control), 8 bytes;
	 * then rtc_id 0x1234, seq_id 0x8001.
	 */
	const uint8_t ecpri[8] = {
		0x11, 0x02, 0x00, 0x08, 0x12, 0x34, 0x80, 0x01};
	/* eCPRI remote memory access: id 5, read (1), request (2), element
	 * 0xabcd, address 00:01:02:03:04:05, length 0x40.
	 */
	const uint8_t rma[12] = {
		0x05, 0x12, 0xab, 0xcd, 0, 1, 2, 3, 4, 5, 0, 0x40};
	/* GTP-U: version 1, PT 1, E 1, S 1; G-PDU (255), 44 bytes, TEID
	 * 0x12345678; sequence 7, N-PDU 0, next extension 0x85 (PDU session
	 * container) of 1 word: downlink, QMP, PPP, RQI, QFI 9.
	 */
	const uint8_t gtp[16] = {0x36, 0xff, 0x00, 0x2c, 0x12, 0x34, 0x56, 0x78,
		0x00, 0x07, 0x00, 0x85, 0x01, 0x08, 0xc9, 0x00};
	/* PDU session container, uplink: QMP, UL delay, SNP; N delay; QFI 5. */
	const uint8_t psc_ul[3] = {0x01, 0x1b, 0x85};
	/* L2TPv2 data message with length and ns/nr: length 0x20, tunnel
	 * 0x0102, session 0x0304, ns 5, nr 6.
	 */
	const uint8_t l2tp[12] = {0x48, 0x02, 0x00, 0x20, 0x01, 0x02, 0x03,
		0x04, 0x00, 0x05, 0x00, 0x06};
	/* HiGig2: K.SOP 0xfb, then destination module 3 port 4, source
	 * module 5 port 6, load-balancing id 7; a type 1 tag after.
	 */
	const uint8_t hg[16] = {0xfb, 0x00, 3, 4, 5, 6, 7, 0x00, 0x11, 0x22,
		0x00, 0x00, 0x0f, 0xff, 0, 0};
	struct rte_ecpri_combined_msg_hdr eh;
	struct rte_ecpri_msg_rm_access ra;
	struct rte_gtp_hdr gh;
	struct rte_gtp_hdr_ext_word gw;
	struct rte_gtp_psc_type0_hdr dl;
	struct rte_gtp_psc_type1_hdr ul;
	struct rte_gtp_psc_generic_hdr gen;
	struct rte_l2tpv2_combined_msg_hdr lh;
	struct rte_higig2_hdr hh;
	uint32_t w;

	TEST_ASSERT_EQUAL(sizeof(struct rte_ecpri_common_hdr), 4u, "ecpri");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ecpri_msg_rm_access), 12u, "rma");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ecpri_msg_gen_data), 8u, "gen");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ecpri_msg_remote_reset), 4u,
		"reset (padded)");
	TEST_ASSERT_EQUAL(sizeof(struct rte_ecpri_combined_msg_hdr), 16u,
		"combined: 4 + 12");
	memcpy(&eh, ecpri, sizeof(ecpri));
	eh.common.u32 = rte_be_to_cpu_32(eh.common.u32);
	TEST_ASSERT(eh.common.revision == RTE_ECPRI_REV_UP_TO_20 &&
			eh.common.c == 1 && eh.common.res == 0 &&
			eh.common.type == RTE_ECPRI_MSG_TYPE_RTC_CTRL &&
			eh.common.size == 8,
		"ecpri common header: rev %u c %u type %u size %u",
		eh.common.revision, eh.common.c, eh.common.type,
		eh.common.size);
	TEST_ASSERT(rte_be_to_cpu_16(eh.type2.rtc_id) == 0x1234 &&
			rte_be_to_cpu_16(eh.type2.seq_id) == 0x8001,
		"ecpri type 2 payload header");
	memcpy(&ra, rma, sizeof(rma));
	memcpy(&w, rma, 4);
	w = rte_be_to_cpu_32(w);
	memcpy(&ra, &w, 4);
	TEST_ASSERT(ra.rma_id == 5 && ra.rw == 1 && ra.rr == 2 &&
			ra.ele_id == 0xabcd && ra.addr[5] == 5 &&
			rte_be_to_cpu_16(ra.length) == 0x40,
		"ecpri remote memory access");
	TEST_ASSERT(RTE_ECPRI_MSG_TYPE_IQ_DATA == 0 &&
			RTE_ECPRI_MSG_TYPE_EVT_IND == 7 &&
			RTE_ECPRI_MSG_TYPE_IWF_DCTRL == 11 &&
			RTE_ECPRI_EVT_IND_SYNC_END == 5,
		"ecpri numbers");

	TEST_ASSERT_EQUAL(sizeof(struct rte_gtp_hdr), 8u, "gtp");
	TEST_ASSERT_EQUAL(sizeof(struct rte_gtp_hdr_ext_word), 4u, "gtp word");
	TEST_ASSERT_EQUAL(sizeof(struct rte_gtp_psc_generic_hdr), 3u, "psc");
	TEST_ASSERT_EQUAL(RTE_ETHER_GTP_HLEN, 16u, "udp + gtp");
	memcpy(&gh, gtp, sizeof(gh));
	TEST_ASSERT(gh.ver == 1 && gh.pt == 1 && gh.res1 == 0 && gh.e == 1 &&
			gh.s == 1 && gh.pn == 0 && gh.gtp_hdr_info == 0x36 &&
			gh.msg_type == 0xff &&
			rte_be_to_cpu_16(gh.plen) == 44 &&
			rte_be_to_cpu_32(gh.teid) == 0x12345678,
		"gtp header: ver %u pt %u e %u s %u pn %u", gh.ver, gh.pt, gh.e,
		gh.s, gh.pn);
	memcpy(&gw, gtp + 8, sizeof(gw));
	TEST_ASSERT(rte_be_to_cpu_16(gw.sqn) == 7 && gw.npdu == 0 &&
			gw.next_ext == 0x85,
		"gtp optional word");
	memcpy(&dl, gtp + 12, sizeof(dl));
	TEST_ASSERT(dl.ext_hdr_len == 1 && dl.type == 0 && dl.qmp == 1 &&
			dl.snp == 0 && dl.spare_dl1 == 0 && dl.ppp == 1 &&
			dl.rqi == 1 && dl.qfi == 9,
		"downlink container: type %u qmp %u ppp %u rqi %u qfi %u",
		dl.type, dl.qmp, dl.ppp, dl.rqi, dl.qfi);
	memcpy(&gen, gtp + 12, sizeof(gen));
	TEST_ASSERT(gen.type == 0 && gen.qmp == 1 && gen.pad == 0 &&
			gen.spare == 3 && gen.qfi == 9,
		"generic container view");
	memcpy(&ul, psc_ul, sizeof(ul));
	TEST_ASSERT(ul.type == 1 && ul.qmp == 1 && ul.dl_delay_ind == 0 &&
			ul.ul_delay_ind == 1 && ul.snp == 1 &&
			ul.n_delay_ind == 1 && ul.spare_ul2 == 0 && ul.qfi == 5,
		"uplink container");
	TEST_ASSERT(RTE_GTPU_UDP_PORT == 2152 && RTE_GTPC_UDP_PORT == 2123 &&
			RTE_GTP_TYPE_IPV4 == 0x40 && RTE_GTP_TYPE_IPV6 == 0x60,
		"gtp numbers");

	TEST_ASSERT_EQUAL(sizeof(struct rte_l2tpv2_common_hdr), 2u, "l2tp");
	TEST_ASSERT_EQUAL(
		sizeof(struct rte_l2tpv2_msg_without_offset), 10u, "l2tp L S");
	TEST_ASSERT_EQUAL(
		sizeof(struct rte_l2tpv2_msg_with_length), 6u, "l2tp L");
	TEST_ASSERT_EQUAL(sizeof(struct rte_l2tpv2_msg_without_all_options), 4u,
		"l2tp none");
	/* The offset layouts end in a pointer-sized placeholder. */
	TEST_ASSERT_EQUAL(sizeof(struct rte_l2tpv2_msg_with_all_options),
		12u + sizeof(void *), "l2tp L S O (packed)");
	/* Its union keeps the pointer alignment of the one unpacked
	 * layout, so is padded; the outer struct is packed.
	 */
	TEST_ASSERT_EQUAL(sizeof(struct rte_l2tpv2_msg_without_ns_nr),
		RTE_ALIGN_CEIL(8u + sizeof(void *), _Alignof(void *)),
		"l2tp L O (not packed)");
	TEST_ASSERT_EQUAL(sizeof(struct rte_l2tpv2_combined_msg_hdr),
		2u + RTE_ALIGN_CEIL(12u + sizeof(void *), _Alignof(void *)),
		"l2tp combined");
	memcpy(&lh, l2tp, sizeof(l2tp));
	lh.common.flags_version = rte_be_to_cpu_16(lh.common.flags_version);
	TEST_ASSERT_EQUAL(lh.common.flags_version, RTE_L2TPV2_MSG_TYPE_DATA_L_S,
		"l2tp flags %#x", lh.common.flags_version);
	TEST_ASSERT(lh.common.t == 0 && lh.common.l == 1 && lh.common.s == 1 &&
			lh.common.o == 0 && lh.common.p == 0 &&
			lh.common.ver == 2,
		"l2tp bits");
	TEST_ASSERT(rte_be_to_cpu_16(lh.type3.length) == 0x20 &&
			rte_be_to_cpu_16(lh.type3.tunnel_id) == 0x0102 &&
			rte_be_to_cpu_16(lh.type3.session_id) == 0x0304 &&
			rte_be_to_cpu_16(lh.type3.ns) == 5 &&
			rte_be_to_cpu_16(lh.type3.nr) == 6,
		"l2tp fields");
	lh.common.flags_version = RTE_L2TPV2_MSG_TYPE_CONTROL;
	TEST_ASSERT(lh.common.t == 1 && lh.common.l == 1 && lh.common.s == 1 &&
			lh.common.ver == 2,
		"l2tp control message bits");
	TEST_ASSERT(RTE_L2TPV2_MSG_TYPE_DATA_L_S_O ==
			(RTE_L2TPV2_MSG_TYPE_DATA_L |
				RTE_L2TPV2_MSG_TYPE_DATA_S |
				RTE_L2TPV2_MSG_TYPE_DATA_O),
		"l2tp type values are flag unions");

	TEST_ASSERT_EQUAL(sizeof(struct rte_higig2_frc), 8u, "higig frc");
	TEST_ASSERT_EQUAL(sizeof(struct rte_higig2_ppt_type0), 8u, "ppt0");
	TEST_ASSERT_EQUAL(sizeof(struct rte_higig2_ppt_type1), 8u, "ppt1");
	TEST_ASSERT_EQUAL(sizeof(struct rte_higig2_hdr), 16u, "higig");
	memcpy(&hh, hg, sizeof(hg));
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
	/* On little-endian hosts each byte-wide field is its own byte. */
	TEST_ASSERT(hh.fcr.ksop == 0xfb && hh.fcr.dst_modid == 3 &&
			hh.fcr.dst_pid == 4 && hh.fcr.src_modid == 5 &&
			hh.fcr.src_pid == 6 && hh.fcr.lbid == 7,
		"higig fabric routing control");
#endif
	TEST_ASSERT(memcmp(&hh.ppt1.classification, hg + 8, 2) == 0 &&
			memcmp(&hh.ppt1.vid, hg + 12, 2) == 0 &&
			memcmp(&hh.ppt0, hg + 8, 8) == 0,
		"higig tag words follow the fabric routing control");
	return TEST_SUCCESS;
}

static struct unit_test_suite net_testsuite = {
	.suite_name = "net autotest",
	.setup = net_setup,
	.teardown = net_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_header_sizes),
			TEST_CASE(test_tunnel_headers),
			TEST_CASE(test_ipv4_cksum),
			TEST_CASE(test_l4_cksum),
			TEST_CASE(test_l4_cksum_mbuf),
			TEST_CASE(test_l4_cksum_zero),
			TEST_CASE(test_ipv6_next_ext),
			TEST_CASE(test_crc),
			TEST_CASE(test_ptype),
			TEST_CASE(test_skip_ip6_ext),
			TEST_CASE(test_ether_addr),
			TEST_CASE(test_rarp_vlan),
			TEST_CASE(test_cksum_prepare),
			TEST_CASES_END(),
		},
};

static int
test_net(void)
{
	return unit_test_suite_runner(&net_testsuite);
}

REGISTER_TEST_COMMAND(net_autotest, test_net);
