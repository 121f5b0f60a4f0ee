/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * RARP packets (rte_arp.h).
 */

#include <string.h>

#include <rte_byteorder.h>
#include <rte_mbuf.h>

#include "rte_arp.h"

struct rte_mbuf *
rte_net_make_rarp_packet(
	struct rte_mempool *mpool, const struct rte_ether_addr *mac)
{
	const uint32_t len =
		sizeof(struct rte_ether_hdr) + sizeof(struct rte_arp_hdr);
	struct rte_ether_hdr *eh;
	struct rte_arp_hdr *rarp;
	struct rte_mbuf *m;
	char *p;

	m = rte_pktmbuf_alloc(mpool);
	if (m == NULL)
		return NULL;
	/* Padded to the smallest frame a switch accepts (CRC excluded). */
	p = rte_pktmbuf_append(m,
		RTE_MAX(len, (uint32_t)RTE_ETHER_MIN_LEN - RTE_ETHER_CRC_LEN));
	if (p == NULL) {
		rte_pktmbuf_free(m);
		return NULL;
	}
	memset(p, 0, m->data_len);

	eh = (struct rte_ether_hdr *)p;
	memset(&eh->dst_addr, 0xff, RTE_ETHER_ADDR_LEN);
	rte_ether_addr_copy(mac, &eh->src_addr);
	eh->ether_type = RTE_BE16(RTE_ETHER_TYPE_RARP);

	rarp = (struct rte_arp_hdr *)(eh + 1);
	rarp->arp_hardware = RTE_BE16(RTE_ARP_HRD_ETHER);
	rarp->arp_protocol = RTE_BE16(RTE_ETHER_TYPE_IPV4);
	rarp->arp_hlen = RTE_ETHER_ADDR_LEN;
	rarp->arp_plen = 4;
	rarp->arp_opcode = RTE_BE16(RTE_ARP_OP_REVREQUEST);
	rte_ether_addr_copy(mac, &rarp->arp_data.arp_sha);
	rte_ether_addr_copy(mac, &rarp->arp_data.arp_tha);
	return m;
}
