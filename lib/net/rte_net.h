/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Software packet classification (what a receiver's packet type logic
 * would report) and preparation of checksum offload fields.
 */

#ifndef _RTE_NET_PTYPE_H_
#define _RTE_NET_PTYPE_H_

#include <errno.h>
#include <stdint.h>

#include <rte_ip.h>
#include <rte_mbuf.h>
#include <rte_tcp.h>
#include <rte_udp.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Header lengths found by rte_net_get_ptype(). */
struct rte_net_hdr_lens {
	uint8_t l2_len; /**< outer L2, VLAN tags included */
	uint8_t inner_l2_len; /**< inner L2 */
	uint16_t l3_len; /**< outer L3, IPv6 extension headers included */
	uint16_t inner_l3_len; /**< inner L3 */
	uint16_t tunnel_len; /**< tunnel header (IP-in-IP: 0, GRE: 4-16) */
	uint8_t l4_len; /**< outer L4 (0 for a fragment) */
	uint8_t inner_l4_len; /**< inner L4 */
};

/**
 * Skip IPv6 extension headers (hop-by-hop, routing, destination
 * options, fragment), at most five.
 *
 * @param proto  Next-header value that precedes *off.
 * @param m  The packet.
 * @param off  Offset of that header; moved past the skipped ones.
 * @param frag  Set to 1 if a fragment header was met (it is always the
 *   last one skipped), else 0.
 * @return The next header after them, 0 for "no next header", or -1
 *   if the packet ends inside them or has more than five.
 */
int rte_net_skip_ip6_ext(
	uint16_t proto, const struct rte_mbuf *m, uint32_t *off, int *frag);

/**
 * Classify a packet by parsing its headers: Ethernet, one VLAN tag or
 * an 802.1ad pair, IPv4 or IPv6 (with extension headers), TCP, UDP or
 * SCTP, and the IP-in-IP, GRE and NVGRE tunnels with their inner
 * headers. As in DPDK 22.11, MPLS frames are reported as plain
 * Ethernet and UDP ports are not looked at.
 *
 * @param m  The packet (headers may span segments).
 * @param hdr_lens  If not NULL, filled with the lengths found.
 * @param layers  RTE_PTYPE_*_MASK bits of the layers to parse
 *   (RTE_PTYPE_ALL_MASK for all); parsing stops at the first layer
 *   not asked for.
 * @return The packet type; 0 if not even an Ethernet header is there.
 */
uint32_t rte_net_get_ptype(const struct rte_mbuf *m,
	struct rte_net_hdr_lens *hdr_lens, uint32_t layers);

/**
 * Prepare a packet for checksum offload the way Intel NICs want it:
 * zero the IPv4 header checksums to be computed and seed the TCP/UDP
 * checksum fields with the pseudo-header sum (without the length for
 * TSO). The l2_len, l3_len, outer_l2_len and outer_l3_len fields must
 * be set, and the headers must be in the first segment.
 *
 * @param m  The packet.
 * @param ol_flags  The offloads asked for.
 * @return 0, or -ENOTSUP if the headers are not all in the first
 *   segment.
 */
static inline int
rte_net_intel_cksum_flags_prepare(struct rte_mbuf *m, uint64_t ol_flags)
{
	struct rte_ipv4_hdr *ipv4_hdr = NULL;
	struct rte_ipv6_hdr *ipv6_hdr;
	struct rte_tcp_hdr *tcp_hdr;
	struct rte_udp_hdr *udp_hdr;
	uint64_t l3_off = m->l2_len;

	if (!(ol_flags &
		    (RTE_MBUF_F_TX_IP_CKSUM | RTE_MBUF_F_TX_L4_MASK |
			    RTE_MBUF_F_TX_TCP_SEG |
			    RTE_MBUF_F_TX_OUTER_IP_CKSUM |
			    RTE_MBUF_F_TX_OUTER_UDP_CKSUM)))
		return 0;

	if (ol_flags & (RTE_MBUF_F_TX_OUTER_IPV4 | RTE_MBUF_F_TX_OUTER_IPV6)) {
		/* Tunnel: l2_len counts from the end of the outer L3. */
		l3_off += m->outer_l2_len + m->outer_l3_len;
		if (ol_flags & RTE_MBUF_F_TX_OUTER_IP_CKSUM) {
			ipv4_hdr = rte_pktmbuf_mtod_offset(
				m, struct rte_ipv4_hdr *, m->outer_l2_len);
			ipv4_hdr->hdr_checksum = 0;
		}
		if (ol_flags & RTE_MBUF_F_TX_OUTER_UDP_CKSUM) {
			udp_hdr =
				rte_pktmbuf_mtod_offset(m, struct rte_udp_hdr *,
					m->outer_l2_len + m->outer_l3_len);
			if (ol_flags & RTE_MBUF_F_TX_OUTER_IPV4) {
				ipv4_hdr = rte_pktmbuf_mtod_offset(m,
					struct rte_ipv4_hdr *, m->outer_l2_len);
				udp_hdr->dgram_cksum = rte_ipv4_phdr_cksum(
					ipv4_hdr, m->ol_flags);
			} else {
				ipv6_hdr = rte_pktmbuf_mtod_offset(m,
					struct rte_ipv6_hdr *, m->outer_l2_len);
				udp_hdr->dgram_cksum = rte_ipv6_phdr_cksum(
					ipv6_hdr, m->ol_flags);
			}
		}
	}

	if (unlikely(rte_pktmbuf_data_len(m) < l3_off + m->l3_len + m->l4_len))
		return -ENOTSUP;

	if (ol_flags & RTE_MBUF_F_TX_IPV4) {
		ipv4_hdr = rte_pktmbuf_mtod_offset(
			m, struct rte_ipv4_hdr *, l3_off);
		if (ol_flags & RTE_MBUF_F_TX_IP_CKSUM)
			ipv4_hdr->hdr_checksum = 0;
	}
	ipv6_hdr = rte_pktmbuf_mtod_offset(m, struct rte_ipv6_hdr *, l3_off);
	if ((ol_flags & RTE_MBUF_F_TX_L4_MASK) == RTE_MBUF_F_TX_UDP_CKSUM) {
		udp_hdr = rte_pktmbuf_mtod_offset(
			m, struct rte_udp_hdr *, l3_off + m->l3_len);
		if (ol_flags & RTE_MBUF_F_TX_IPV4)
			udp_hdr->dgram_cksum =
				rte_ipv4_phdr_cksum(ipv4_hdr, ol_flags);
		else
			udp_hdr->dgram_cksum =
				rte_ipv6_phdr_cksum(ipv6_hdr, ol_flags);
	} else if ((ol_flags & RTE_MBUF_F_TX_L4_MASK) ==
			RTE_MBUF_F_TX_TCP_CKSUM ||
		(ol_flags & RTE_MBUF_F_TX_TCP_SEG)) {
		tcp_hdr = rte_pktmbuf_mtod_offset(
			m, struct rte_tcp_hdr *, l3_off + m->l3_len);
		if (ol_flags & RTE_MBUF_F_TX_IPV4)
			tcp_hdr->cksum =
				rte_ipv4_phdr_cksum(ipv4_hdr, ol_flags);
		else
			tcp_hdr->cksum =
				rte_ipv6_phdr_cksum(ipv6_hdr, ol_flags);
	}
	return 0;
}

/**
 * rte_net_intel_cksum_flags_prepare() with the packet's own ol_flags.
 *
 * @param m  The packet.
 * @return 0 or -ENOTSUP.
 */
static inline int
rte_net_intel_cksum_prepare(struct rte_mbuf *m)
{
	return rte_net_intel_cksum_flags_prepare(m, m->ol_flags);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_NET_PTYPE_H_ */
