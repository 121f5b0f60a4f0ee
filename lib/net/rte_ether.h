/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Ethernet: addresses, the Ethernet and VLAN headers, EtherTypes, and
 * VLAN tag insertion and removal on mbufs.
 */

#ifndef _RTE_ETHER_H_
#define _RTE_ETHER_H_

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_byteorder.h>
#include <rte_common.h>
#include <rte_mbuf.h>
#include <rte_random.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTE_ETHER_ADDR_LEN 6 /**< bytes of an Ethernet address */
#define RTE_ETHER_TYPE_LEN 2 /**< bytes of an EtherType */
#define RTE_ETHER_CRC_LEN 4 /**< bytes of the frame check sequence */
/** Bytes of an Ethernet header without VLAN tags. */
#define RTE_ETHER_HDR_LEN (RTE_ETHER_ADDR_LEN * 2 + RTE_ETHER_TYPE_LEN)
#define RTE_ETHER_MIN_LEN 64 /**< smallest frame, CRC included */
#define RTE_ETHER_MAX_LEN 1518 /**< largest untagged frame, CRC included */
/** Largest payload of a standard frame. */
#define RTE_ETHER_MTU \
	(RTE_ETHER_MAX_LEN - RTE_ETHER_HDR_LEN - RTE_ETHER_CRC_LEN)
#define RTE_ETHER_MIN_MTU 68 /**< smallest IPv4 MTU (RFC 791) */
/** Largest frame with one VLAN tag, CRC included. */
#define RTE_ETHER_MAX_VLAN_FRAME_LEN (RTE_ETHER_MAX_LEN + 4)
#define RTE_ETHER_MAX_JUMBO_FRAME_LEN 0x3F00 /**< largest jumbo frame */
#define RTE_ETHER_MAX_VLAN_ID 4095 /**< largest VLAN identifier */

/** An Ethernet address, in transmission order. */
struct rte_ether_addr {
	uint8_t addr_bytes[RTE_ETHER_ADDR_LEN]; /**< the six bytes */
} __rte_aligned(2);

#define RTE_ETHER_LOCAL_ADMIN_ADDR 0x02 /**< locally administered bit */
#define RTE_ETHER_GROUP_ADDR 0x01 /**< multicast (group) bit */

/**
 * Whether two addresses are equal.
 *
 * @param ea1  An address.
 * @param ea2  Another.
 * @return 1 if equal, 0 otherwise.
 */
static inline int
rte_is_same_ether_addr(
	const struct rte_ether_addr *ea1, const struct rte_ether_addr *ea2)
{
	return memcmp(ea1, ea2, RTE_ETHER_ADDR_LEN) == 0;
}

/**
 * Whether an address is 00:00:00:00:00:00.
 *
 * @param ea  The address.
 * @return 1 if so.
 */
static inline int
rte_is_zero_ether_addr(const struct rte_ether_addr *ea)
{
	const uint8_t *b = ea->addr_bytes;

	return (b[0] | b[1] | b[2] | b[3] | b[4] | b[5]) == 0;
}

/**
 * Whether an address is an individual (unicast) one.
 *
 * @param ea  The address.
 * @return 1 if so.
 */
static inline int
rte_is_unicast_ether_addr(const struct rte_ether_addr *ea)
{
	return (ea->addr_bytes[0] & RTE_ETHER_GROUP_ADDR) == 0;
}

/**
 * Whether an address is a group (multicast or broadcast) one.
 *
 * @param ea  The address.
 * @return 1 if so.
 */
static inline int
rte_is_multicast_ether_addr(const struct rte_ether_addr *ea)
{
	return (ea->addr_bytes[0] & RTE_ETHER_GROUP_ADDR) != 0;
}

/**
 * Whether an address is ff:ff:ff:ff:ff:ff.
 *
 * @param ea  The address.
 * @return 1 if so.
 */
static inline int
rte_is_broadcast_ether_addr(const struct rte_ether_addr *ea)
{
	static const struct rte_ether_addr bcast = {
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff}};

	return rte_is_same_ether_addr(ea, &bcast);
}

/**
 * Whether an address is universally administered.
 *
 * @param ea  The address.
 * @return 1 if so.
 */
static inline int
rte_is_universal_ether_addr(const struct rte_ether_addr *ea)
{
	return (ea->addr_bytes[0] & RTE_ETHER_LOCAL_ADMIN_ADDR) == 0;
}

/**
 * Whether an address is locally administered.
 *
 * @param ea  The address.
 * @return 1 if so.
 */
static inline int
rte_is_local_admin_ether_addr(const struct rte_ether_addr *ea)
{
	return (ea->addr_bytes[0] & RTE_ETHER_LOCAL_ADMIN_ADDR) != 0;
}

/**
 * Whether an address may be a station's own: unicast and not zero.
 *
 * @param ea  The address.
 * @return 1 if so.
 */
static inline int
rte_is_valid_assigned_ether_addr(const struct rte_ether_addr *ea)
{
	return rte_is_unicast_ether_addr(ea) && !rte_is_zero_ether_addr(ea);
}

/**
 * Fill an address with random bytes, made unicast and locally
 * administered.
 *
 * @param addr  Six bytes to fill.
 */
void rte_eth_random_addr(uint8_t *addr);

/**
 * Copy an address.
 *
 * @param ea_from  Source.
 * @param ea_to  Destination.
 */
static inline void
rte_ether_addr_copy(
	const struct rte_ether_addr *ea_from, struct rte_ether_addr *ea_to)
{
	*ea_to = *ea_from;
}

/** Length of "XX:XX:XX:XX:XX:XX" with its NUL. */
#define RTE_ETHER_ADDR_FMT_SIZE 18
/** printf format of an address, with RTE_ETHER_ADDR_BYTES(). */
#define RTE_ETHER_ADDR_PRT_FMT "%02X:%02X:%02X:%02X:%02X:%02X"
/**
 * The six bytes of an address as printf arguments.
 *
 * @param mac_addrs  Pointer to the address.
 */
#define RTE_ETHER_ADDR_BYTES(mac_addrs) \
	((mac_addrs)->addr_bytes[0]), ((mac_addrs)->addr_bytes[1]), \
		((mac_addrs)->addr_bytes[2]), ((mac_addrs)->addr_bytes[3]), \
		((mac_addrs)->addr_bytes[4]), ((mac_addrs)->addr_bytes[5])

/**
 * Write an address as "XX:XX:XX:XX:XX:XX" (upper-case hexadecimal).
 *
 * @param buf  Output buffer.
 * @param size  Its size (RTE_ETHER_ADDR_FMT_SIZE for the whole text);
 *   the text is truncated to fit.
 * @param eth_addr  The address.
 */
void rte_ether_format_addr(
	char *buf, uint16_t size, const struct rte_ether_addr *eth_addr);

/**
 * Parse an address: "XX:XX:XX:XX:XX:XX" or "XXXX:XXXX:XXXX", with
 * exactly that many hexadecimal digits (either case) per group.
 *
 * @param str  The text, nothing before or after the address.
 * @param eth_addr  Filled only on success.
 * @return 0, or -1 with rte_errno = EINVAL (eth_addr untouched).
 */
int rte_ether_unformat_addr(const char *str, struct rte_ether_addr *eth_addr);

#define RTE_VLAN_HLEN 4 /**< bytes of an 802.1Q tag */
#define RTE_VLAN_DEI_SHIFT 12 /**< drop eligible bit of the TCI */
#define RTE_VLAN_PRI_SHIFT 13 /**< priority bits of the TCI */
#define RTE_VLAN_PRI_MASK 0xe000 /**< priority code point */
#define RTE_VLAN_DEI_MASK 0x1000 /**< drop eligible indicator */
#define RTE_VLAN_ID_MASK 0x0fff /**< VLAN identifier */
/** VLAN identifier of a TCI. */
#define RTE_VLAN_TCI_ID(vlan_tci) ((vlan_tci)&RTE_VLAN_ID_MASK)
/** Priority of a TCI. */
#define RTE_VLAN_TCI_PRI(vlan_tci) \
	(((vlan_tci)&RTE_VLAN_PRI_MASK) >> RTE_VLAN_PRI_SHIFT)
/** Drop eligible bit of a TCI. */
#define RTE_VLAN_TCI_DEI(vlan_tci) \
	(((vlan_tci)&RTE_VLAN_DEI_MASK) >> RTE_VLAN_DEI_SHIFT)
/** A TCI from its identifier, priority and drop eligible bit. */
#define RTE_VLAN_TCI_MAKE(id, pri, dei) \
	((id) | ((pri) << RTE_VLAN_PRI_SHIFT) | ((dei) << RTE_VLAN_DEI_SHIFT))

/** The Ethernet header. */
struct rte_ether_hdr {
	struct rte_ether_addr dst_addr; /**< destination */
	struct rte_ether_addr src_addr; /**< source */
	rte_be16_t ether_type; /**< EtherType or length */
} __rte_aligned(2);

/** A VLAN tag after the addresses (EtherType 0x8100 before it). */
struct rte_vlan_hdr {
	rte_be16_t vlan_tci; /**< priority, CFI/DEI and VLAN id */
	rte_be16_t eth_proto; /**< EtherType of what follows */
} __rte_packed;

#define RTE_ETHER_TYPE_IPV4 0x0800 /**< IPv4 */
#define RTE_ETHER_TYPE_IPV6 0x86DD /**< IPv6 */
#define RTE_ETHER_TYPE_ARP 0x0806 /**< ARP */
#define RTE_ETHER_TYPE_RARP 0x8035 /**< reverse ARP */
#define RTE_ETHER_TYPE_VLAN 0x8100 /**< IEEE 802.1Q VLAN tag */
#define RTE_ETHER_TYPE_QINQ 0x88A8 /**< IEEE 802.1ad outer tag */
#define RTE_ETHER_TYPE_QINQ1 0x9100 /**< older outer tag */
#define RTE_ETHER_TYPE_QINQ2 0x9200 /**< older outer tag */
#define RTE_ETHER_TYPE_QINQ3 0x9300 /**< older outer tag */
#define RTE_ETHER_TYPE_PPPOE_DISCOVERY 0x8863 /**< PPPoE discovery */
#define RTE_ETHER_TYPE_PPPOE_SESSION 0x8864 /**< PPPoE session */
#define RTE_ETHER_TYPE_ETAG 0x893F /**< IEEE 802.1BR E-tag */
#define RTE_ETHER_TYPE_1588 0x88F7 /**< IEEE 1588 precise time */
#define RTE_ETHER_TYPE_SLOW 0x8809 /**< slow protocols (LACP, marker) */
#define RTE_ETHER_TYPE_TEB 0x6558 /**< transparent Ethernet bridging */
#define RTE_ETHER_TYPE_LLDP 0x88CC /**< LLDP */
#define RTE_ETHER_TYPE_MPLS 0x8847 /**< MPLS unicast */
#define RTE_ETHER_TYPE_MPLSM 0x8848 /**< MPLS multicast */
#define RTE_ETHER_TYPE_ECPRI 0xAEFE /**< eCPRI */

/**
 * Move a VLAN tag from the data into vlan_tci (what a receiver that
 * strips tags does).
 *
 * @param m  A packet whose Ethernet header is followed by a VLAN tag.
 * @return 0, or -1 if the packet has no VLAN tag (packet unchanged).
 */
static inline int
rte_vlan_strip(struct rte_mbuf *m)
{
	struct rte_ether_hdr *oh, *nh;
	struct rte_vlan_hdr *vh;

	oh = rte_pktmbuf_mtod(m, struct rte_ether_hdr *);
	if (oh->ether_type != rte_cpu_to_be_16(RTE_ETHER_TYPE_VLAN))
		return -1;
	vh = (struct rte_vlan_hdr *)(oh + 1);
	m->ol_flags |= RTE_MBUF_F_RX_VLAN | RTE_MBUF_F_RX_VLAN_STRIPPED;
	m->vlan_tci = rte_be_to_cpu_16(vh->vlan_tci);
	/* The addresses move forward over the tag. */
	nh = (struct rte_ether_hdr *)rte_pktmbuf_adj(
		m, sizeof(struct rte_vlan_hdr));
	memmove(nh, oh, 2 * RTE_ETHER_ADDR_LEN);
	return 0;
}

/**
 * Insert the tag held in vlan_tci after the Ethernet addresses.
 *
 * @param m  Address of the packet pointer; a packet whose first segment
 *   is shared is first copied (and the pointer updated).
 * @return 0, -EINVAL if the packet is not direct, or -ENOSPC if there
 *   is no headroom for the tag.
 */
static inline int
rte_vlan_insert(struct rte_mbuf **m)
{
	struct rte_ether_hdr *oh, *nh;
	struct rte_vlan_hdr *vh;

	if (!RTE_MBUF_DIRECT(*m))
		return -EINVAL;
	if (rte_mbuf_refcnt_read(*m) > 1) {
		struct rte_mbuf *copy;

		copy = rte_pktmbuf_copy(*m, (*m)->pool, 0, UINT32_MAX);
		if (copy == NULL)
			return -ENOMEM;
		rte_pktmbuf_free(*m);
		*m = copy;
	}
	oh = rte_pktmbuf_mtod(*m, struct rte_ether_hdr *);
	nh = (struct rte_ether_hdr *)rte_pktmbuf_prepend(
		*m, sizeof(struct rte_vlan_hdr));
	if (nh == NULL)
		return -ENOSPC;
	memmove(nh, oh, 2 * RTE_ETHER_ADDR_LEN);
	nh->ether_type = rte_cpu_to_be_16(RTE_ETHER_TYPE_VLAN);
	vh = (struct rte_vlan_hdr *)(nh + 1);
	vh->vlan_tci = rte_cpu_to_be_16((*m)->vlan_tci);
	(*m)->ol_flags &= ~(RTE_MBUF_F_RX_VLAN_STRIPPED | RTE_MBUF_F_TX_VLAN);
	if ((*m)->ol_flags & RTE_MBUF_F_TX_TUNNEL_MASK)
		(*m)->outer_l2_len += sizeof(struct rte_vlan_hdr);
	else
		(*m)->l2_len += sizeof(struct rte_vlan_hdr);
	return 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ETHER_H_ */
