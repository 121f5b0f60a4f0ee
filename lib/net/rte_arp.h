/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * ARP over Ethernet for IPv4 (RFC 826), and building RARP packets.
 */

#ifndef _RTE_ARP_H_
#define _RTE_ARP_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_ether.h>
#include <rte_mbuf.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The IPv4-over-Ethernet body of an ARP packet. */
struct rte_arp_ipv4 {
	struct rte_ether_addr arp_sha; /**< sender hardware address */
	uint32_t arp_sip; /**< sender IP address */
	struct rte_ether_addr arp_tha; /**< target hardware address */
	uint32_t arp_tip; /**< target IP address */
} __rte_packed __rte_aligned(2);

/** An ARP packet. */
struct rte_arp_hdr {
	uint16_t arp_hardware; /**< hardware type (RTE_ARP_HRD_ETHER) */
	uint16_t arp_protocol; /**< protocol type (an EtherType) */
	uint8_t arp_hlen; /**< hardware address length */
	uint8_t arp_plen; /**< protocol address length */
	uint16_t arp_opcode; /**< RTE_ARP_OP_* */
	struct rte_arp_ipv4 arp_data; /**< addresses */
} __rte_packed __rte_aligned(2);

#define RTE_ARP_HRD_ETHER 1 /**< hardware type Ethernet */
#define RTE_ARP_OP_REQUEST 1 /**< request */
#define RTE_ARP_OP_REPLY 2 /**< reply */
#define RTE_ARP_OP_REVREQUEST 3 /**< reverse request (RARP) */
#define RTE_ARP_OP_REVREPLY 4 /**< reverse reply */
#define RTE_ARP_OP_INVREQUEST 8 /**< inverse request */
#define RTE_ARP_OP_INVREPLY 9 /**< inverse reply */

/**
 * Build a RARP request from mac, broadcast, as a switch learns the
 * address of a migrated guest from.
 *
 * @param mpool  Pool of the packet.
 * @param mac  Sender (and target) hardware address.
 * @return The packet (padded to the minimum frame size), or NULL if
 *   the pool is empty or its buffers are too small.
 */
struct rte_mbuf *rte_net_make_rarp_packet(
	struct rte_mempool *mpool, const struct rte_ether_addr *mac);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ARP_H_ */
