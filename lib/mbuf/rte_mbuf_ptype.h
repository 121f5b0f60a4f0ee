/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Packet types: what the headers of a packet are, as the packet_type
 * field of struct rte_mbuf records them.
 *
 * The 32 bits hold seven 4-bit fields, each an index (not a set of
 * flags): bits 0-3 the L2 type, 4-7 the L3 type (the outer one for a
 * tunnel), 8-11 the L4 type (outer), 12-15 the tunnel type, 16-19 the
 * inner L2 type, 20-23 the inner L3 type, 24-27 the inner L4 type.
 * Bits 28-31 are reserved.
 *
 * The L3 values are chosen so that one bit tells IPv4 (0x10) from IPv6
 * (0x40): see RTE_ETH_IS_IPV4_HDR() and RTE_ETH_IS_IPV6_HDR(). Vector
 * receive paths rely on the IPv4/IPv6 L3 values and the TCP, UDP and
 * SCTP L4 values fitting in 7 contiguous bits.
 *
 * Different hardware may classify the same packet differently, for
 * instance L3_IPV4 or L3_IPV4_EXT_UNKNOWN for the same header.
 */

#ifndef _RTE_MBUF_PTYPE_H_
#define _RTE_MBUF_PTYPE_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif
/** No packet type information. */
#define RTE_PTYPE_UNKNOWN 0x00000000
/** Ethernet (outer Ethernet of a tunnelled packet). */
#define RTE_PTYPE_L2_ETHER 0x00000001
/** Ethernet carrying IEEE 1588 time synchronisation (EtherType 0x88F7). */
#define RTE_PTYPE_L2_ETHER_TIMESYNC 0x00000002
/** Ethernet carrying ARP (EtherType 0x0806). */
#define RTE_PTYPE_L2_ETHER_ARP 0x00000003
/** Ethernet carrying LLDP (EtherType 0x88CC). */
#define RTE_PTYPE_L2_ETHER_LLDP 0x00000004
/** Ethernet carrying a network service header (EtherType 0x894F). */
#define RTE_PTYPE_L2_ETHER_NSH 0x00000005
/** Ethernet with one VLAN tag (EtherType 0x8100). */
#define RTE_PTYPE_L2_ETHER_VLAN 0x00000006
/** Ethernet with two VLAN tags (EtherType 0x88A8 or 0x9100, then 0x8100). */
#define RTE_PTYPE_L2_ETHER_QINQ 0x00000007
/** Ethernet carrying PPPoE (EtherType 0x8863 or 0x8864). */
#define RTE_PTYPE_L2_ETHER_PPPOE 0x00000008
/** Ethernet carrying FCoE (EtherType 0x8906). */
#define RTE_PTYPE_L2_ETHER_FCOE 0x00000009
/** Ethernet carrying MPLS (EtherType 0x8847 or 0x8848). */
#define RTE_PTYPE_L2_ETHER_MPLS 0x0000000a
/** Bits of the L2 type. */
#define RTE_PTYPE_L2_MASK 0x0000000f
/** IPv4 without options (IHL 5); outer header of a tunnel. */
#define RTE_PTYPE_L3_IPV4 0x00000010
/** IPv4 with options (IHL above 5). */
#define RTE_PTYPE_L3_IPV4_EXT 0x00000030
/** IPv6 without extension headers. */
#define RTE_PTYPE_L3_IPV6 0x00000040
/** IPv4, with or without options. */
#define RTE_PTYPE_L3_IPV4_EXT_UNKNOWN 0x00000090
/** IPv6 with extension headers. */
#define RTE_PTYPE_L3_IPV6_EXT 0x000000c0
/** IPv6, with or without extension headers. */
#define RTE_PTYPE_L3_IPV6_EXT_UNKNOWN 0x000000e0
/** Bits of the L3 type. */
#define RTE_PTYPE_L3_MASK 0x000000f0
/** TCP (IP protocol 6). */
#define RTE_PTYPE_L4_TCP 0x00000100
/** UDP (IP protocol 17). */
#define RTE_PTYPE_L4_UDP 0x00000200
/** A fragment of an IP datagram: no L4 header is known. */
#define RTE_PTYPE_L4_FRAG 0x00000300
/** SCTP (IP protocol 132). */
#define RTE_PTYPE_L4_SCTP 0x00000400
/** ICMP (IPv4 protocol 1) or ICMPv6 (next header 58). */
#define RTE_PTYPE_L4_ICMP 0x00000500
/** Not a fragment, and none of the L4 types above. */
#define RTE_PTYPE_L4_NONFRAG 0x00000600
/** IGMP (IP protocol 2). */
#define RTE_PTYPE_L4_IGMP 0x00000700
/** Bits of the L4 type. */
#define RTE_PTYPE_L4_MASK 0x00000f00
/** IP in IP (IP protocol 4 or 41). */
#define RTE_PTYPE_TUNNEL_IP 0x00001000
/** GRE (IP protocol 47). */
#define RTE_PTYPE_TUNNEL_GRE 0x00002000
/** VXLAN (UDP port 4789). */
#define RTE_PTYPE_TUNNEL_VXLAN 0x00003000
/** NVGRE: GRE with key carrying Ethernet (protocol 0x6558). */
#define RTE_PTYPE_TUNNEL_NVGRE 0x00004000
/** GENEVE (UDP port 6081). */
#define RTE_PTYPE_TUNNEL_GENEVE 0x00005000
/** A GRE-like tunnel carrying Ethernet: VXLAN, GENEVE or NVGRE. */
#define RTE_PTYPE_TUNNEL_GRENAT 0x00006000
/** GTP control plane (UDP port 2123). */
#define RTE_PTYPE_TUNNEL_GTPC 0x00007000
/** GTP user plane (UDP port 2152). */
#define RTE_PTYPE_TUNNEL_GTPU 0x00008000
/** IPsec ESP (IP protocol 50, or UDP port 4500). */
#define RTE_PTYPE_TUNNEL_ESP 0x00009000
/** L2TP (IP protocol 115, or UDP port 1701). */
#define RTE_PTYPE_TUNNEL_L2TP 0x0000a000
/** VXLAN-GPE (UDP port 4790). */
#define RTE_PTYPE_TUNNEL_VXLAN_GPE 0x0000b000
/** MPLS in GRE (GRE protocol 0x8847 or 0x8848). */
#define RTE_PTYPE_TUNNEL_MPLS_IN_GRE 0x0000c000
/** MPLS in UDP (UDP port 6635). */
#define RTE_PTYPE_TUNNEL_MPLS_IN_UDP 0x0000d000
/** Bits of the tunnel type. */
#define RTE_PTYPE_TUNNEL_MASK 0x0000f000
/** Inner Ethernet. */
#define RTE_PTYPE_INNER_L2_ETHER 0x00010000
/** Inner Ethernet with one VLAN tag. */
#define RTE_PTYPE_INNER_L2_ETHER_VLAN 0x00020000
/** Inner Ethernet with two VLAN tags. */
#define RTE_PTYPE_INNER_L2_ETHER_QINQ 0x00030000
/** Bits of the inner L2 type. */
#define RTE_PTYPE_INNER_L2_MASK 0x000f0000
/** Inner IPv4 without options. */
#define RTE_PTYPE_INNER_L3_IPV4 0x00100000
/** Inner IPv4 with options. */
#define RTE_PTYPE_INNER_L3_IPV4_EXT 0x00200000
/** Inner IPv6 without extension headers. */
#define RTE_PTYPE_INNER_L3_IPV6 0x00300000
/** Inner IPv4, with or without options. */
#define RTE_PTYPE_INNER_L3_IPV4_EXT_UNKNOWN 0x00400000
/** Inner IPv6 with extension headers. */
#define RTE_PTYPE_INNER_L3_IPV6_EXT 0x00500000
/** Inner IPv6, with or without extension headers. */
#define RTE_PTYPE_INNER_L3_IPV6_EXT_UNKNOWN 0x00600000
/** Bits of the inner L3 type. */
#define RTE_PTYPE_INNER_L3_MASK 0x00f00000
/** Inner TCP. */
#define RTE_PTYPE_INNER_L4_TCP 0x01000000
/** Inner UDP. */
#define RTE_PTYPE_INNER_L4_UDP 0x02000000
/** Inner IP fragment. */
#define RTE_PTYPE_INNER_L4_FRAG 0x03000000
/** Inner SCTP. */
#define RTE_PTYPE_INNER_L4_SCTP 0x04000000
/** Inner ICMP or ICMPv6. */
#define RTE_PTYPE_INNER_L4_ICMP 0x05000000
/** Inner packet not a fragment, none of the inner L4 types above. */
#define RTE_PTYPE_INNER_L4_NONFRAG 0x06000000
/** Bits of the inner L4 type. */
#define RTE_PTYPE_INNER_L4_MASK 0x0f000000
/** Every bit a packet type may use (bits 28 to 31 are reserved). */
#define RTE_PTYPE_ALL_MASK 0x0fffffff

/**
 * Non-zero if the (outer) L3 type is one of the IPv4 types.
 *
 * @param ptype  A packet type.
 */
#define RTE_ETH_IS_IPV4_HDR(ptype) ((ptype)&RTE_PTYPE_L3_IPV4)

/**
 * Non-zero if the (outer) L3 type is one of the IPv6 types.
 *
 * @param ptype  A packet type.
 */
#define RTE_ETH_IS_IPV6_HDR(ptype) ((ptype)&RTE_PTYPE_L3_IPV6)

/**
 * Non-zero if the packet type describes a tunnel or inner headers.
 *
 * @param ptype  A packet type.
 */
#define RTE_ETH_IS_TUNNEL_PKT(ptype) \
	((ptype) & \
		(RTE_PTYPE_TUNNEL_MASK | RTE_PTYPE_INNER_L2_MASK | \
			RTE_PTYPE_INNER_L3_MASK | RTE_PTYPE_INNER_L4_MASK))

/**
 * Name of the L2 type of a packet type ("L2_UNKNOWN" for a value
 * with no name).
 *
 * @param ptype  A packet type (the other fields are ignored).
 * @return A static string, never NULL.
 */
const char *rte_get_ptype_l2_name(uint32_t ptype);

/**
 * Name of the L3 type of a packet type ("L3_UNKNOWN" for a value
 * with no name).
 *
 * @param ptype  A packet type (the other fields are ignored).
 * @return A static string, never NULL.
 */
const char *rte_get_ptype_l3_name(uint32_t ptype);

/**
 * Name of the L4 type of a packet type ("L4_UNKNOWN" for a value
 * with no name).
 *
 * @param ptype  A packet type (the other fields are ignored).
 * @return A static string, never NULL.
 */
const char *rte_get_ptype_l4_name(uint32_t ptype);

/**
 * Name of the tunnel type of a packet type ("TUNNEL_UNKNOWN" for a value
 * with no name).
 *
 * @param ptype  A packet type (the other fields are ignored).
 * @return A static string, never NULL.
 */
const char *rte_get_ptype_tunnel_name(uint32_t ptype);

/**
 * Name of the inner L2 type of a packet type ("INNER_L2_UNKNOWN" for a value
 * with no name).
 *
 * @param ptype  A packet type (the other fields are ignored).
 * @return A static string, never NULL.
 */
const char *rte_get_ptype_inner_l2_name(uint32_t ptype);

/**
 * Name of the inner L3 type of a packet type ("INNER_L3_UNKNOWN" for a value
 * with no name).
 *
 * @param ptype  A packet type (the other fields are ignored).
 * @return A static string, never NULL.
 */
const char *rte_get_ptype_inner_l3_name(uint32_t ptype);

/**
 * Name of the inner L4 type of a packet type ("INNER_L4_UNKNOWN" for a value
 * with no name).
 *
 * @param ptype  A packet type (the other fields are ignored).
 * @return A static string, never NULL.
 */
const char *rte_get_ptype_inner_l4_name(uint32_t ptype);

/**
 * Write the names of every field of a packet type that is not zero,
 * each followed by a space, or "UNKNOWN" if all are zero.
 *
 * @param ptype  A packet type.
 * @param buf  Output buffer.
 * @param buflen  Its size.
 * @return 0, or -1 if buflen is too small (buf then holds as much as
 *   fit, NUL-terminated, unless buflen is 0).
 */
int rte_get_ptype_name(uint32_t ptype, char *buf, size_t buflen);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_PTYPE_H_ */
