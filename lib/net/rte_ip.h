/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * IPv4 and IPv6 headers, and the Internet checksum (RFC 1071) over
 * them and the TCP/UDP pseudo-headers.
 */

#ifndef _RTE_IP_H_
#define _RTE_IP_H_

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip6.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <rte_byteorder.h>
#include <rte_common.h>
#include <rte_compat.h>
#include <rte_mbuf.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The IPv4 header (without options). */
struct rte_ipv4_hdr {
	union {
		uint8_t version_ihl; /**< version (high 4 bits), IHL (low 4) */
		__extension__ struct {
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
			uint8_t ihl : 4; /**< header length in 32-bit words */
			uint8_t version : 4; /**< 4 */
#else
			uint8_t version : 4; /**< 4 */
			uint8_t ihl : 4; /**< header length in 32-bit words */
#endif
		};
	};
	uint8_t type_of_service; /**< DSCP and ECN */
	rte_be16_t total_length; /**< header and payload bytes */
	rte_be16_t packet_id; /**< identification */
	rte_be16_t fragment_offset; /**< flags and fragment offset */
	uint8_t time_to_live; /**< TTL */
	uint8_t next_proto_id; /**< protocol of the payload */
	rte_be16_t hdr_checksum; /**< header checksum */
	rte_be32_t src_addr; /**< source address */
	rte_be32_t dst_addr; /**< destination address */
} __rte_packed;

/** An IPv4 address in host order from its four dotted parts. */
#define RTE_IPV4(a, b, c, d) \
	((((uint32_t)(a)&0xff) << 24) | (((uint32_t)(b)&0xff) << 16) | \
		(((uint32_t)(c)&0xff) << 8) | ((uint32_t)(d)&0xff))

#define RTE_IPV4_MAX_PKT_LEN 65535 /**< largest IPv4 datagram */
#define RTE_IPV4_HDR_IHL_MASK 0x0f /**< IHL bits of version_ihl */
#define RTE_IPV4_IHL_MULTIPLIER 4 /**< bytes per IHL unit */
#define RTE_IPV4_VHL_DEF 0x45 /**< version 4, no options */
#define RTE_IPV4_HDR_DF_SHIFT 14 /**< "don't fragment" bit */
#define RTE_IPV4_HDR_MF_SHIFT 13 /**< "more fragments" bit */
#define RTE_IPV4_HDR_FO_SHIFT 3 /**< fragment offset unit is 8 bytes */
#define RTE_IPV4_HDR_DF_FLAG (1 << RTE_IPV4_HDR_DF_SHIFT) /**< DF */
#define RTE_IPV4_HDR_MF_FLAG (1 << RTE_IPV4_HDR_MF_SHIFT) /**< MF */
#define RTE_IPV4_HDR_OFFSET_MASK \
	((1 << RTE_IPV4_HDR_MF_SHIFT) - 1) /**< offset */
#define RTE_IPV4_HDR_OFFSET_UNITS 8 /**< bytes per offset unit */
#define RTE_IPV4_HDR_OPT_EOL 0 /**< option: end of the list */
#define RTE_IPV4_HDR_OPT_NOP 1 /**< option: no operation */
/** Whether an option type is copied into fragments. */
#define RTE_IPV4_HDR_OPT_COPIED(v) ((v)&0x80)
#define RTE_IPV4_HDR_OPT_MAX_LEN 40 /**< most option bytes */
#define RTE_IPV4_HDR_DSCP_MASK 0xfc /**< DSCP bits of the TOS byte */
#define RTE_IPV4_HDR_ECN_MASK 0x03 /**< ECN bits of the TOS byte */
#define RTE_IPV4_HDR_ECN_CE RTE_IPV4_HDR_ECN_MASK /**< congestion seen */
#define RTE_IPV4_ANY ((uint32_t)0x00000000) /**< 0.0.0.0 */
#define RTE_IPV4_LOOPBACK ((uint32_t)0x7f000001) /**< 127.0.0.1 */
#define RTE_IPV4_BROADCAST ((uint32_t)0xe0000000) /**< 224.0.0.0 */
#define RTE_IPV4_ALLHOSTS_GROUP ((uint32_t)0xe0000001) /**< 224.0.0.1 */
#define RTE_IPV4_ALLRTRS_GROUP ((uint32_t)0xe0000002) /**< 224.0.0.2 */
#define RTE_IPV4_MAX_LOCAL_GROUP ((uint32_t)0xe00000ff) /**< 224.0.0.255 */
#define RTE_IPV4_MIN_MCAST RTE_IPV4(224, 0, 0, 0) /**< first multicast */
#define RTE_IPV4_MAX_MCAST RTE_IPV4(239, 255, 255, 255) /**< last one */
/** Whether a host-order IPv4 address is multicast. */
#define RTE_IS_IPV4_MCAST(x) \
	((x) >= RTE_IPV4_MIN_MCAST && (x) <= RTE_IPV4_MAX_MCAST)
#define RTE_IPV4_MIN_IHL 0x5 /**< smallest IHL */

/**
 * Length of an IPv4 header, options included.
 *
 * @param ipv4_hdr  The header.
 * @return Bytes.
 */
static inline uint8_t
rte_ipv4_hdr_len(const struct rte_ipv4_hdr *ipv4_hdr)
{
	return (uint8_t)((ipv4_hdr->version_ihl & RTE_IPV4_HDR_IHL_MASK) *
		RTE_IPV4_IHL_MULTIPLIER);
}

/**
 * Add len bytes to a running one's complement sum of 16-bit words
 * (words read in memory order).
 *
 * @param buf  The bytes.
 * @param len  How many.
 * @param sum  The sum so far.
 * @return The new sum, not folded.
 */
static inline uint32_t
__rte_raw_cksum(const void *buf, size_t len, uint32_t sum)
{
	const uint8_t *p = (const uint8_t *)buf;
	uint16_t w;

	for (; len >= 2; len -= 2, p += 2) {
		memcpy(&w, p, sizeof(w));
		sum += w;
	}
	if (len == 1) {
		w = 0;
		memcpy(&w, p, 1);
		sum += w;
	}
	return sum;
}

/**
 * Fold a 32-bit sum into 16 bits (end-around carry).
 *
 * @param sum  The sum.
 * @return The folded sum.
 */
static inline uint16_t
__rte_raw_cksum_reduce(uint32_t sum)
{
	sum = (sum >> 16) + (sum & 0xffff);
	sum = (sum >> 16) + (sum & 0xffff);
	return (uint16_t)sum;
}

/**
 * One's complement sum of a buffer (not complemented).
 *
 * @param buf  The bytes.
 * @param len  How many.
 * @return The folded sum.
 */
static inline uint16_t
rte_raw_cksum(const void *buf, size_t len)
{
	return __rte_raw_cksum_reduce(__rte_raw_cksum(buf, len, 0));
}

/**
 * One's complement sum of packet bytes, across segments.
 *
 * @param m  The packet.
 * @param off  First byte.
 * @param len  How many bytes.
 * @param cksum  Set to the folded sum.
 * @return 0, or -1 if the packet is shorter than off + len.
 */
static inline int
rte_raw_cksum_mbuf(
	const struct rte_mbuf *m, uint32_t off, uint32_t len, uint16_t *cksum)
{
	const struct rte_mbuf *seg;
	uint32_t sum = 0, seglen, done = 0, s;
	const uint8_t *p;

	if ((uint64_t)off + len > m->pkt_len)
		return -1;
	for (seg = m; seg != NULL && off >= seg->data_len; seg = seg->next)
		off -= seg->data_len;
	while (len > 0 && seg != NULL) {
		p = rte_pktmbuf_mtod_offset(seg, const uint8_t *, off);
		seglen = RTE_MIN((uint32_t)seg->data_len - off, len);
		s = __rte_raw_cksum(p, seglen, 0);
		/* A segment starting at an odd offset swaps byte lanes. */
		if (done & 1)
			s = ((s & 0x00ff00ffU) << 8) + ((s >> 8) & 0x00ff00ffU);
		sum += __rte_raw_cksum_reduce(s);
		done += seglen;
		len -= seglen;
		off = 0;
		seg = seg->next;
	}
	*cksum = __rte_raw_cksum_reduce(sum);
	return 0;
}

/*
 * The TCP or UDP checksum to store from the folded sum: its complement,
 * except that UDP sends a 0 as 0xffff (RFC 768), 0 meaning "none".
 */
static inline uint16_t
__rte_udptcp_cksum_store(uint16_t sum, uint8_t proto)
{
	uint16_t c = (uint16_t)~sum;

	if (c == 0 && proto == IPPROTO_UDP)
		c = 0xffff;
	return c;
}

/* A received checksum is right when the folded sum is all ones. */
static inline int
__rte_udptcp_cksum_check(uint16_t sum)
{
	return sum == 0xffff ? 0 : -1;
}

/*
 * Folded sum of l4_len packet bytes at l4_off plus a pseudo-header sum;
 * 0 (not the folded sum of any packet with a non-zero address) when
 * the bytes are not all in the packet.
 */
static inline uint16_t
__rte_udptcp_cksum_mbuf_sum(const struct rte_mbuf *m, uint16_t l4_off,
	uint16_t l4_len, uint16_t phdr_sum)
{
	uint16_t sum;

	if (unlikely(l4_off > m->pkt_len) ||
		rte_raw_cksum_mbuf(m, l4_off, l4_len, &sum) != 0)
		return 0;
	return __rte_raw_cksum_reduce((uint32_t)sum + phdr_sum);
}

/**
 * Checksum of an IPv4 header (options included) as it goes in
 * hdr_checksum: the field itself must be 0 when computing it.
 *
 * @param ipv4_hdr  The header.
 * @return The checksum, ready to store.
 */
static inline uint16_t
rte_ipv4_cksum(const struct rte_ipv4_hdr *ipv4_hdr)
{
	uint16_t c = rte_raw_cksum(ipv4_hdr, rte_ipv4_hdr_len(ipv4_hdr));

	return (uint16_t)~c;
}

/**
 * Sum of the IPv4 pseudo-header of TCP or UDP (not complemented); for
 * TSO (RTE_MBUF_F_TX_TCP_SEG in ol_flags) without the length, as
 * hardware wants it.
 *
 * @param ipv4_hdr  The IPv4 header.
 * @param ol_flags  The packet's offload flags.
 * @return The folded sum.
 */
static inline uint16_t
rte_ipv4_phdr_cksum(const struct rte_ipv4_hdr *ipv4_hdr, uint64_t ol_flags)
{
	struct {
		rte_be32_t src_addr;
		rte_be32_t dst_addr;
		uint8_t zero;
		uint8_t proto;
		rte_be16_t len;
	} __rte_packed psd;
	uint32_t l3_len;

	psd.src_addr = ipv4_hdr->src_addr;
	psd.dst_addr = ipv4_hdr->dst_addr;
	psd.zero = 0;
	psd.proto = ipv4_hdr->next_proto_id;
	if (ol_flags & RTE_MBUF_F_TX_TCP_SEG) {
		psd.len = 0;
	} else {
		l3_len = rte_be_to_cpu_16(ipv4_hdr->total_length);
		psd.len = rte_cpu_to_be_16(
			(uint16_t)(l3_len - rte_ipv4_hdr_len(ipv4_hdr)));
	}
	return rte_raw_cksum(&psd, sizeof(psd));
}

/* Sum of the L4 header and payload plus the pseudo-header, folded. */
static inline uint16_t
__rte_ipv4_udptcp_cksum(const struct rte_ipv4_hdr *ipv4_hdr, const void *l4_hdr)
{
	uint32_t l3_len = rte_be_to_cpu_16(ipv4_hdr->total_length);
	uint32_t l4_len = l3_len - rte_ipv4_hdr_len(ipv4_hdr);
	uint32_t sum;

	if (l3_len < rte_ipv4_hdr_len(ipv4_hdr))
		return 0;
	sum = __rte_raw_cksum(l4_hdr, l4_len, 0);
	sum += rte_ipv4_phdr_cksum(ipv4_hdr, 0);
	return __rte_raw_cksum_reduce(sum);
}

/**
 * TCP or UDP checksum over IPv4, ready to store (the checksum field
 * must be 0 when computing). A UDP checksum that comes out 0 is sent
 * as 0xffff.
 *
 * @param ipv4_hdr  The IPv4 header; total_length covers the L4 data.
 * @param l4_hdr  The TCP or UDP header, contiguous with its payload.
 * @return The checksum.
 */
static inline uint16_t
rte_ipv4_udptcp_cksum(const struct rte_ipv4_hdr *ipv4_hdr, const void *l4_hdr)
{
	return __rte_udptcp_cksum_store(
		__rte_ipv4_udptcp_cksum(ipv4_hdr, l4_hdr),
		ipv4_hdr->next_proto_id);
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Verify a TCP or UDP checksum over IPv4. A UDP checksum of 0 means
 * "none": the caller checks for it first.
 *
 * @param ipv4_hdr  The IPv4 header.
 * @param l4_hdr  The L4 header and payload.
 * @return 0 if the checksum is right, -1 otherwise.
 */
__rte_experimental static inline int
rte_ipv4_udptcp_cksum_verify(
	const struct rte_ipv4_hdr *ipv4_hdr, const void *l4_hdr)
{
	return __rte_udptcp_cksum_check(
		__rte_ipv4_udptcp_cksum(ipv4_hdr, l4_hdr));
}

/* Folded sum of a packet's L4 bytes at l4_off and its IPv4 pseudo-header. */
static inline uint16_t
__rte_ipv4_udptcp_cksum_mbuf(const struct rte_mbuf *m,
	const struct rte_ipv4_hdr *ipv4_hdr, uint16_t l4_off)
{
	return __rte_udptcp_cksum_mbuf_sum(m, l4_off,
		(uint16_t)(rte_be_to_cpu_16(ipv4_hdr->total_length) -
			rte_ipv4_hdr_len(ipv4_hdr)),
		rte_ipv4_phdr_cksum(ipv4_hdr, 0));
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * TCP or UDP checksum over IPv4 of L4 data that may span segments,
 * ready to store (the checksum field must be 0 when computing). A UDP
 * checksum that comes out 0 is sent as 0xffff.
 *
 * @param m  The packet.
 * @param ipv4_hdr  Its IPv4 header (contiguous); total_length gives the
 *   L4 length.
 * @param l4_off  Offset of the L4 header in the packet.
 * @return The checksum.
 */
__rte_experimental static inline uint16_t
rte_ipv4_udptcp_cksum_mbuf(const struct rte_mbuf *m,
	const struct rte_ipv4_hdr *ipv4_hdr, uint16_t l4_off)
{
	return __rte_udptcp_cksum_store(
		__rte_ipv4_udptcp_cksum_mbuf(m, ipv4_hdr, l4_off),
		ipv4_hdr->next_proto_id);
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Verify a TCP or UDP checksum over IPv4 of L4 data that may span
 * segments. A UDP checksum of 0 means "none": the caller checks for it
 * first.
 *
 * @param m  The packet.
 * @param ipv4_hdr  Its IPv4 header (contiguous).
 * @param l4_off  Offset of the L4 header in the packet.
 * @return 0 if the checksum is right, -1 otherwise (also when the L4
 *   bytes run past the packet).
 */
__rte_experimental static inline int
rte_ipv4_udptcp_cksum_mbuf_verify(const struct rte_mbuf *m,
	const struct rte_ipv4_hdr *ipv4_hdr, uint16_t l4_off)
{
	return __rte_udptcp_cksum_check(
		__rte_ipv4_udptcp_cksum_mbuf(m, ipv4_hdr, l4_off));
}

/** The IPv6 header. */
struct rte_ipv6_hdr {
	rte_be32_t vtc_flow; /**< version, traffic class, flow label */
	rte_be16_t payload_len; /**< bytes after this header */
	uint8_t proto; /**< next header */
	uint8_t hop_limits; /**< hop limit */
	uint8_t src_addr[16]; /**< source address */
	uint8_t dst_addr[16]; /**< destination address */
} __rte_packed;

#define RTE_IPV6_HDR_FL_SHIFT 0 /**< flow label position */
#define RTE_IPV6_HDR_TC_SHIFT 20 /**< traffic class position */
#define RTE_IPV6_HDR_FL_MASK \
	((1u << RTE_IPV6_HDR_TC_SHIFT) - 1) /**< flow label */
#define RTE_IPV6_HDR_TC_MASK \
	(0xffu << RTE_IPV6_HDR_TC_SHIFT) /**< traffic class */
#define RTE_IPV6_HDR_DSCP_MASK (0xfcu << RTE_IPV6_HDR_TC_SHIFT) /**< DSCP */
#define RTE_IPV6_HDR_ECN_MASK (0x03u << RTE_IPV6_HDR_TC_SHIFT) /**< ECN */
#define RTE_IPV6_HDR_ECN_CE RTE_IPV6_HDR_ECN_MASK /**< congestion seen */
#define RTE_IPV6_MIN_MTU 1280 /**< smallest IPv6 MTU */

/** The IPv6 fragment extension header. */
struct rte_ipv6_fragment_ext {
	uint8_t next_header; /**< next header */
	uint8_t reserved; /**< reserved */
	rte_be16_t frag_data; /**< offset and more-fragments bit */
	rte_be32_t id; /**< identification */
} __rte_packed;

/** Bytes of the IPv6 fragment extension header. */
#define RTE_IPV6_FRAG_HDR_SIZE sizeof(struct rte_ipv6_fragment_ext)
#define RTE_IPV6_EHDR_MF_SHIFT 0 /**< more-fragments bit */
#define RTE_IPV6_EHDR_MF_MASK 1 /**< more-fragments mask */
#define RTE_IPV6_EHDR_FO_SHIFT 3 /**< fragment offset position */
#define RTE_IPV6_EHDR_FO_MASK \
	(~((1 << RTE_IPV6_EHDR_FO_SHIFT) - 1)) /**< offset */
#define RTE_IPV6_EHDR_FO_ALIGN (1 << RTE_IPV6_EHDR_FO_SHIFT) /**< unit */
/** Fragment offset in bytes from frag_data (host order). */
#define RTE_IPV6_FRAG_USED_MASK (RTE_IPV6_EHDR_MF_MASK | RTE_IPV6_EHDR_FO_MASK)
/** Fragment offset of frag_data in host order. */
#define RTE_IPV6_GET_FO(x) ((x) >> RTE_IPV6_EHDR_FO_SHIFT)
/** More-fragments bit of frag_data in host order. */
#define RTE_IPV6_GET_MF(x) ((x)&RTE_IPV6_EHDR_MF_MASK)
/** Build frag_data (host order) from an offset and the MF bit. */
#define RTE_IPV6_SET_FRAG_DATA(fo, mf) \
	(((fo)&RTE_IPV6_EHDR_FO_MASK) | ((mf)&RTE_IPV6_EHDR_MF_MASK))

/**
 * Sum of the IPv6 pseudo-header of TCP or UDP (not complemented); for
 * TSO without the length.
 *
 * @param ipv6_hdr  The IPv6 header.
 * @param ol_flags  The packet's offload flags.
 * @return The folded sum.
 */
static inline uint16_t
rte_ipv6_phdr_cksum(const struct rte_ipv6_hdr *ipv6_hdr, uint64_t ol_flags)
{
	struct {
		rte_be32_t len;
		rte_be32_t proto;
	} psd;
	uint32_t sum;

	if (ol_flags & RTE_MBUF_F_TX_TCP_SEG)
		psd.len = 0;
	else
		psd.len = rte_cpu_to_be_32(
			(uint32_t)rte_be_to_cpu_16(ipv6_hdr->payload_len));
	psd.proto = rte_cpu_to_be_32((uint32_t)ipv6_hdr->proto);
	sum = __rte_raw_cksum(ipv6_hdr->src_addr, 32, 0);
	sum = __rte_raw_cksum(&psd, sizeof(psd), sum);
	return __rte_raw_cksum_reduce(sum);
}

/* Sum of the L4 header and payload plus the pseudo-header, folded. */
static inline uint16_t
__rte_ipv6_udptcp_cksum(const struct rte_ipv6_hdr *ipv6_hdr, const void *l4_hdr)
{
	uint32_t sum = __rte_raw_cksum(
		l4_hdr, rte_be_to_cpu_16(ipv6_hdr->payload_len), 0);

	sum += rte_ipv6_phdr_cksum(ipv6_hdr, 0);
	return __rte_raw_cksum_reduce(sum);
}

/**
 * TCP or UDP checksum over IPv6, ready to store (field 0 while
 * computing); a result of 0 is sent as 0xffff.
 *
 * @param ipv6_hdr  The IPv6 header; payload_len covers the L4 data and
 *   no extension headers lie between.
 * @param l4_hdr  The TCP or UDP header, contiguous with its payload.
 * @return The checksum.
 */
static inline uint16_t
rte_ipv6_udptcp_cksum(const struct rte_ipv6_hdr *ipv6_hdr, const void *l4_hdr)
{
	return __rte_udptcp_cksum_store(
		__rte_ipv6_udptcp_cksum(ipv6_hdr, l4_hdr), ipv6_hdr->proto);
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Verify a TCP or UDP checksum over IPv6. A UDP checksum of 0 is
 * invalid or "none" depending on the tunnel (RFC 8200 8.1, RFC 6935):
 * the caller checks for it first.
 *
 * @param ipv6_hdr  The IPv6 header.
 * @param l4_hdr  The L4 header and payload.
 * @return 0 if right, -1 otherwise.
 */
__rte_experimental static inline int
rte_ipv6_udptcp_cksum_verify(
	const struct rte_ipv6_hdr *ipv6_hdr, const void *l4_hdr)
{
	return __rte_udptcp_cksum_check(
		__rte_ipv6_udptcp_cksum(ipv6_hdr, l4_hdr));
}

/* Folded sum of a packet's L4 bytes at l4_off and its IPv6 pseudo-header. */
static inline uint16_t
__rte_ipv6_udptcp_cksum_mbuf(const struct rte_mbuf *m,
	const struct rte_ipv6_hdr *ipv6_hdr, uint16_t l4_off)
{
	return __rte_udptcp_cksum_mbuf_sum(m, l4_off,
		rte_be_to_cpu_16(ipv6_hdr->payload_len),
		rte_ipv6_phdr_cksum(ipv6_hdr, 0));
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * TCP or UDP checksum over IPv6 of L4 data that may span segments,
 * ready to store (field 0 while computing; no extension header between
 * the IPv6 header and L4). A UDP checksum that comes out 0 is sent as
 * 0xffff.
 *
 * @param m  The packet.
 * @param ipv6_hdr  Its IPv6 header (contiguous); payload_len gives the
 *   L4 length.
 * @param l4_off  Offset of the L4 header in the packet.
 * @return The checksum.
 */
__rte_experimental static inline uint16_t
rte_ipv6_udptcp_cksum_mbuf(const struct rte_mbuf *m,
	const struct rte_ipv6_hdr *ipv6_hdr, uint16_t l4_off)
{
	return __rte_udptcp_cksum_store(
		__rte_ipv6_udptcp_cksum_mbuf(m, ipv6_hdr, l4_off),
		ipv6_hdr->proto);
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Verify a TCP or UDP checksum over IPv6 of L4 data that may span
 * segments (the caller handles a UDP checksum of 0 first).
 *
 * @param m  The packet.
 * @param ipv6_hdr  Its IPv6 header (contiguous).
 * @param l4_off  Offset of the L4 header in the packet.
 * @return 0 if the checksum is right, -1 otherwise (also when the L4
 *   bytes run past the packet).
 */
__rte_experimental static inline int
rte_ipv6_udptcp_cksum_mbuf_verify(const struct rte_mbuf *m,
	const struct rte_ipv6_hdr *ipv6_hdr, uint16_t l4_off)
{
	return __rte_udptcp_cksum_check(
		__rte_ipv6_udptcp_cksum_mbuf(m, ipv6_hdr, l4_off));
}

/**
 * @warning
 * @b EXPERIMENTAL: this API may change without prior notice.
 *
 * Step over one IPv6 extension header.
 *
 * @param p  The extension header's first byte.
 * @param proto  Its type (the next-header value that announced it).
 * @param ext_len  Set to its length in bytes when it is an extension
 *   header (hop-by-hop, routing, destination options, fragment, AH).
 * @return The next header's type, or -EINVAL if proto is not an
 *   extension header type (ext_len is then left alone).
 */
__rte_experimental static inline int
rte_ipv6_get_next_ext(const uint8_t *p, int proto, size_t *ext_len)
{
	switch (proto) {
	case IPPROTO_HOPOPTS:
	case IPPROTO_ROUTING:
	case IPPROTO_DSTOPTS:
		/* Length field: 8-byte units beyond the first 8. */
		*ext_len = ((size_t)p[1] + 1) * 8;
		return p[0];
	case IPPROTO_AH:
		/* Length field: 4-byte units minus 2 (RFC 4302). */
		*ext_len = ((size_t)p[1] + 2) * 4;
		return p[0];
	case IPPROTO_FRAGMENT:
		*ext_len = RTE_IPV6_FRAG_HDR_SIZE;
		return p[0];
	default:
		return -EINVAL;
	}
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_IP_H_ */
