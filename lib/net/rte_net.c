/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Software packet classification. The L3 and L4 layers are parsed by
 * one routine for the outer and the inner headers; what differs
 * between the two is only which packet type values they report, kept
 * in a struct layer_types per level.
 */

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <rte_byteorder.h>
#include <rte_common.h>
#include <rte_mbuf.h>
#include <rte_mbuf_ptype.h>

#include "rte_ether.h"
#include "rte_gre.h"
#include "rte_ip.h"
#include "rte_net.h"
#include "rte_sctp.h"
#include "rte_tcp.h"
#include "rte_udp.h"

/* At most this many IPv6 extension headers are skipped. */
#define IP6_EXT_MAX 5
/* 22.11 looks at up to this many MPLS labels (and then gives up). */
#define MPLS_MAX 5

/* The packet type values of one level (outer or inner). */
struct layer_types {
	uint32_t l3_mask, l4_mask;
	uint32_t ipv4, ipv4_ext, ipv6, ipv6_ext;
	uint32_t tcp, udp, sctp, frag;
	uint32_t keep_on_short_tcp;
};

static const struct layer_types outer_types = {
	RTE_PTYPE_L3_MASK,
	RTE_PTYPE_L4_MASK,
	RTE_PTYPE_L3_IPV4,
	RTE_PTYPE_L3_IPV4_EXT,
	RTE_PTYPE_L3_IPV6,
	RTE_PTYPE_L3_IPV6_EXT,
	RTE_PTYPE_L4_TCP,
	RTE_PTYPE_L4_UDP,
	RTE_PTYPE_L4_SCTP,
	RTE_PTYPE_L4_FRAG,
	RTE_PTYPE_L2_MASK | RTE_PTYPE_L3_MASK,
};

static const struct layer_types inner_types = {
	RTE_PTYPE_INNER_L3_MASK,
	RTE_PTYPE_INNER_L4_MASK,
	RTE_PTYPE_INNER_L3_IPV4,
	RTE_PTYPE_INNER_L3_IPV4_EXT,
	RTE_PTYPE_INNER_L3_IPV6,
	RTE_PTYPE_INNER_L3_IPV6_EXT,
	RTE_PTYPE_INNER_L4_TCP,
	RTE_PTYPE_INNER_L4_UDP,
	RTE_PTYPE_INNER_L4_SCTP,
	RTE_PTYPE_INNER_L4_FRAG,
	RTE_PTYPE_INNER_L2_MASK | RTE_PTYPE_INNER_L3_MASK,
};

static int
ip6_ext(uint8_t proto)
{
	switch (proto) {
	case IPPROTO_HOPOPTS:
	case IPPROTO_ROUTING:
	case IPPROTO_FRAGMENT:
	case IPPROTO_ESP:
	case IPPROTO_AH:
	case IPPROTO_DSTOPTS:
		return 1;
	default:
		return 0;
	}
}

int
rte_net_skip_ip6_ext(
	uint16_t proto, const struct rte_mbuf *m, uint32_t *off, int *frag)
{
	struct {
		uint8_t next;
		uint8_t len; /* in 8-byte units, not counting the first 8 */
	} copy;
	const uint8_t *xh;
	unsigned int i;

	*frag = 0;
	for (i = 0; i < IP6_EXT_MAX; i++) {
		switch (proto) {
		case IPPROTO_HOPOPTS:
		case IPPROTO_ROUTING:
		case IPPROTO_DSTOPTS:
			xh = rte_pktmbuf_read(m, *off, sizeof(copy), &copy);
			if (xh == NULL)
				return -1;
			*off += ((uint32_t)xh[1] + 1) * 8;
			proto = xh[0];
			break;
		case IPPROTO_FRAGMENT:
			xh = rte_pktmbuf_read(m, *off, sizeof(copy), &copy);
			if (xh == NULL)
				return -1;
			*off += 8;
			*frag = 1;
			return xh[0];
		case IPPROTO_NONE:
			return 0;
		default:
			return proto;
		}
	}
	return -1;
}

static uint32_t
l4_type(const struct layer_types *t, uint8_t proto)
{
	switch (proto) {
	case IPPROTO_TCP:
		return t->tcp;
	case IPPROTO_UDP:
		return t->udp;
	case IPPROTO_SCTP:
		return t->sctp;
	default:
		return 0;
	}
}

/*
 * The L3 and L4 layers of one level. *proto holds the EtherType (in
 * network order) of what is at *off; it leaves holding the L4
 * protocol number when an IP header was parsed, and unchanged
 * otherwise. Returns 1 if parsing may go on to a tunnel, 0 if it ends
 * here (*ptype then holds the answer).
 */
static int
parse_l3_l4(const struct rte_mbuf *m, uint32_t *off, uint16_t *proto,
	uint32_t layers, const struct layer_types *t, uint32_t *ptype,
	uint32_t l3_start, uint16_t *l3_len, uint8_t *l4_len)
{
	int frag = 0, ret;

	if ((layers & t->l3_mask) == 0)
		return 0;

	if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4)) {
		struct rte_ipv4_hdr copy;
		const struct rte_ipv4_hdr *ip4;

		ip4 = rte_pktmbuf_read(m, *off, sizeof(copy), &copy);
		if (ip4 == NULL)
			return 0;
		/* Version 4 with a valid IHL, or no L3 type at all. */
		if (ip4->version_ihl == RTE_IPV4_VHL_DEF)
			*ptype |= t->ipv4;
		else if (ip4->version_ihl > RTE_IPV4_VHL_DEF &&
			ip4->version_ihl <= 0x4f)
			*ptype |= t->ipv4_ext;
		*l3_len = rte_ipv4_hdr_len(ip4);
		*off += *l3_len;
		if ((layers & t->l4_mask) == 0)
			return 0;
		if (ip4->fragment_offset &
			rte_cpu_to_be_16(RTE_IPV4_HDR_OFFSET_MASK |
				RTE_IPV4_HDR_MF_FLAG)) {
			*ptype |= t->frag;
			*l4_len = 0;
			return 0;
		}
		*proto = ip4->next_proto_id;
		*ptype |= l4_type(t, (uint8_t)*proto);
	} else if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV6)) {
		struct rte_ipv6_hdr copy;
		const struct rte_ipv6_hdr *ip6;

		ip6 = rte_pktmbuf_read(m, *off, sizeof(copy), &copy);
		if (ip6 == NULL)
			return 0;
		*proto = ip6->proto;
		*off += sizeof(*ip6);
		*l3_len = sizeof(*ip6);
		if (ip6_ext((uint8_t)*proto)) {
			*ptype |= t->ipv6_ext;
			ret = rte_net_skip_ip6_ext(*proto, m, off, &frag);
			if (ret < 0)
				return 0;
			*proto = (uint16_t)ret;
			*l3_len = (uint16_t)(*off - l3_start);
		} else {
			*ptype |= t->ipv6;
		}
		if (*proto == 0)
			return 0;
		if ((layers & t->l4_mask) == 0)
			return 0;
		if (frag) {
			*ptype |= t->frag;
			*l4_len = 0;
			return 0;
		}
		*ptype |= l4_type(t, (uint8_t)*proto);
	}

	/*
	 * A header that is not IP falls through with its EtherType still
	 * in *proto, as in DPDK 22.11, and is looked at as a tunnel.
	 */
	if ((*ptype & t->l4_mask) == t->udp) {
		*l4_len = sizeof(struct rte_udp_hdr);
		return 0;
	}
	if ((*ptype & t->l4_mask) == t->sctp) {
		*l4_len = sizeof(struct rte_sctp_hdr);
		return 0;
	}
	if ((*ptype & t->l4_mask) == t->tcp) {
		struct rte_tcp_hdr copy;
		const struct rte_tcp_hdr *th;

		th = rte_pktmbuf_read(m, *off, sizeof(copy), &copy);
		if (th == NULL) {
			/* 22.11 then keeps only this level's L2 and L3. */
			*ptype &= t->keep_on_short_tcp;
			return 0;
		}
		*l4_len = (uint8_t)((th->data_off & 0xf0) >> 2);
		return 0;
	}
	*l4_len = 0;
	return 1;
}

/*
 * A tunnel whose protocol number (or, after a header that was not IP,
 * EtherType) is *proto: move *off past the tunnel header and set
 * *proto to the inner EtherType. Returns the tunnel type, or 0.
 */
static uint32_t
parse_tunnel(const struct rte_mbuf *m, uint32_t *off, uint16_t *proto)
{
	/* GRE header bytes by the C, R, K, S bits (0: not parsed). */
	static const uint8_t gre_len[16] = {
		[0x0] = 4,
		[0x1] = 8,
		[0x2] = 8,
		[0x3] = 12,
		[0x8] = 8,
		[0x9] = 12,
		[0xa] = 12,
		[0xb] = 16,
	};

	switch (*proto) {
	case IPPROTO_IPIP:
		*proto = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV4);
		return RTE_PTYPE_TUNNEL_IP;
	case IPPROTO_IPV6:
		*proto = rte_cpu_to_be_16(RTE_ETHER_TYPE_IPV6);
		return RTE_PTYPE_TUNNEL_IP;
	case IPPROTO_GRE: {
		struct rte_gre_hdr copy;
		const uint8_t *gh;
		unsigned int len;

		gh = rte_pktmbuf_read(m, *off, sizeof(copy), &copy);
		if (gh == NULL)
			return 0;
		len = gre_len[gh[0] >> 4];
		if (len == 0)
			return 0;
		*off += len;
		memcpy(proto, gh + 2, sizeof(*proto));
		if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_TEB))
			return RTE_PTYPE_TUNNEL_NVGRE;
		return RTE_PTYPE_TUNNEL_GRE;
	}
	default:
		return 0;
	}
}

/*
 * VLAN tags at *off: one (EtherType 0x8100) or an 802.1ad pair
 * (0x88A8). Sets *type to vlan or qinq (0 if no tag), then updates the
 * EtherType, offset and L2 length. Returns -1 if the packet ends
 * inside the tags, else 0.
 */
static int
parse_vlan(const struct rte_mbuf *m, uint32_t *off, uint16_t *proto,
	uint32_t *l2_len, uint32_t *type, uint32_t vlan, uint32_t qinq)
{
	struct rte_vlan_hdr copy;
	const struct rte_vlan_hdr *vh;
	uint32_t skip;

	if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_VLAN)) {
		*type = vlan;
		skip = 0;
	} else if (*proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_QINQ)) {
		*type = qinq;
		skip = sizeof(copy); /* the outer tag */
	} else {
		*type = 0;
		return 0;
	}
	vh = rte_pktmbuf_read(m, *off + skip, sizeof(copy), &copy);
	if (vh == NULL)
		return -1;
	*off += skip + sizeof(*vh);
	*l2_len += skip + sizeof(*vh);
	*proto = vh->eth_proto;
	return 0;
}

uint32_t
rte_net_get_ptype(const struct rte_mbuf *m, struct rte_net_hdr_lens *hdr_lens,
	uint32_t layers)
{
	struct rte_net_hdr_lens local;
	struct rte_ether_hdr eh_copy;
	const struct rte_ether_hdr *eh;
	uint32_t ptype = RTE_PTYPE_L2_ETHER, off, l2_len, start, tags;
	uint16_t proto;
	unsigned int i;

	if (hdr_lens == NULL)
		hdr_lens = &local;

	eh = rte_pktmbuf_read(m, 0, sizeof(eh_copy), &eh_copy);
	if (eh == NULL)
		return 0;
	proto = eh->ether_type;
	off = sizeof(*eh);
	hdr_lens->l2_len = (uint8_t)off;
	if ((layers & RTE_PTYPE_L2_MASK) == 0)
		return 0;

	l2_len = off;
	if (parse_vlan(m, &off, &proto, &l2_len, &tags, RTE_PTYPE_L2_ETHER_VLAN,
		    RTE_PTYPE_L2_ETHER_QINQ) < 0)
		return tags;
	if (tags != 0) {
		ptype = tags;
		hdr_lens->l2_len = (uint8_t)l2_len;
	} else if (proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_MPLS) ||
		proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_MPLSM)) {
		/*
		 * 22.11 reads up to MPLS_MAX labels without looking for the
		 * bottom of the stack, and reports plain Ethernet either
		 * way; keep its answer.
		 */
		uint32_t label;

		for (i = 0; i < MPLS_MAX; i++)
			if (rte_pktmbuf_read(m, off + i * 4, 4, &label) == NULL)
				break;
		return ptype;
	}

	if (!parse_l3_l4(m, &off, &proto, layers, &outer_types, &ptype,
		    hdr_lens->l2_len, &hdr_lens->l3_len, &hdr_lens->l4_len))
		return ptype;

	if ((layers & RTE_PTYPE_TUNNEL_MASK) == 0)
		return ptype;
	start = off;
	ptype |= parse_tunnel(m, &off, &proto);
	hdr_lens->tunnel_len = (uint16_t)(off - start);
	/* What 22.11 leaves in inner_l2_len when it stops here. */
	hdr_lens->inner_l2_len = (uint8_t)hdr_lens->tunnel_len;

	if ((layers & RTE_PTYPE_INNER_L2_MASK) == 0)
		return ptype;
	l2_len = 0;
	hdr_lens->inner_l2_len = 0;
	if (proto == rte_cpu_to_be_16(RTE_ETHER_TYPE_TEB)) {
		eh = rte_pktmbuf_read(m, off, sizeof(eh_copy), &eh_copy);
		if (eh == NULL)
			return ptype;
		ptype |= RTE_PTYPE_INNER_L2_ETHER;
		/* After a tunnel header the inner one may sit at an odd offset. */
		memcpy(&proto,
			(const uint8_t *)eh +
				offsetof(struct rte_ether_hdr, ether_type),
			sizeof(proto));
		off += sizeof(*eh);
		l2_len = sizeof(*eh);
		hdr_lens->inner_l2_len = (uint8_t)l2_len;
	}
	if (parse_vlan(m, &off, &proto, &l2_len, &tags,
		    RTE_PTYPE_INNER_L2_ETHER_VLAN,
		    RTE_PTYPE_INNER_L2_ETHER_QINQ) < 0)
		return (ptype & ~RTE_PTYPE_INNER_L2_MASK) | tags;
	if (tags != 0) {
		ptype = (ptype & ~RTE_PTYPE_INNER_L2_MASK) | tags;
		hdr_lens->inner_l2_len = (uint8_t)l2_len;
	}

	start = off;
	parse_l3_l4(m, &off, &proto, layers, &inner_types, &ptype, start,
		&hdr_lens->inner_l3_len, &hdr_lens->inner_l4_len);
	return ptype;
}
