/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Names of the receive and transmit offload flags of ol_flags. A flag
 * is either one bit or one value of a multi-bit group (checksum
 * status, L4 checksum request, tunnel type); each table entry gives
 * the bits to look at and the value they must have.
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>

#include "rte_mbuf.h"

struct ol_name {
	uint64_t mask; /* bits of the flag or of its group */
	uint64_t value; /* what they hold for this name */
	const char *name;
};

#define OL_BIT(f) \
	{ \
		f, f, #f \
	}
#define OL_VAL(m, f) \
	{ \
		m, f, #f \
	}

/* In the order rte_get_rx_ol_flag_list() prints them. */
static const struct ol_name rx_names[] = {
	OL_BIT(RTE_MBUF_F_RX_VLAN),
	OL_BIT(RTE_MBUF_F_RX_RSS_HASH),
	OL_BIT(RTE_MBUF_F_RX_FDIR),
	OL_VAL(RTE_MBUF_F_RX_L4_CKSUM_MASK, RTE_MBUF_F_RX_L4_CKSUM_BAD),
	OL_VAL(RTE_MBUF_F_RX_L4_CKSUM_MASK, RTE_MBUF_F_RX_L4_CKSUM_GOOD),
	OL_VAL(RTE_MBUF_F_RX_L4_CKSUM_MASK, RTE_MBUF_F_RX_L4_CKSUM_NONE),
	OL_VAL(RTE_MBUF_F_RX_L4_CKSUM_MASK, RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN),
	OL_VAL(RTE_MBUF_F_RX_IP_CKSUM_MASK, RTE_MBUF_F_RX_IP_CKSUM_BAD),
	OL_VAL(RTE_MBUF_F_RX_IP_CKSUM_MASK, RTE_MBUF_F_RX_IP_CKSUM_GOOD),
	OL_VAL(RTE_MBUF_F_RX_IP_CKSUM_MASK, RTE_MBUF_F_RX_IP_CKSUM_NONE),
	OL_VAL(RTE_MBUF_F_RX_IP_CKSUM_MASK, RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN),
	OL_BIT(RTE_MBUF_F_RX_OUTER_IP_CKSUM_BAD),
	OL_BIT(RTE_MBUF_F_RX_VLAN_STRIPPED),
	OL_BIT(RTE_MBUF_F_RX_IEEE1588_PTP),
	OL_BIT(RTE_MBUF_F_RX_IEEE1588_TMST),
	OL_BIT(RTE_MBUF_F_RX_FDIR_ID),
	OL_BIT(RTE_MBUF_F_RX_FDIR_FLX),
	OL_BIT(RTE_MBUF_F_RX_QINQ_STRIPPED),
	OL_BIT(RTE_MBUF_F_RX_LRO),
	OL_BIT(RTE_MBUF_F_RX_SEC_OFFLOAD),
	OL_BIT(RTE_MBUF_F_RX_SEC_OFFLOAD_FAILED),
	OL_BIT(RTE_MBUF_F_RX_QINQ),
	OL_VAL(RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_BAD),
	OL_VAL(RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_GOOD),
	OL_VAL(RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_INVALID),
	OL_VAL(RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK,
		RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN),
};

/* In the order rte_get_tx_ol_flag_list() prints them. */
static const struct ol_name tx_names[] = {
	OL_BIT(RTE_MBUF_F_TX_VLAN),
	OL_BIT(RTE_MBUF_F_TX_IP_CKSUM),
	OL_VAL(RTE_MBUF_F_TX_L4_MASK, RTE_MBUF_F_TX_L4_NO_CKSUM),
	OL_VAL(RTE_MBUF_F_TX_L4_MASK, RTE_MBUF_F_TX_TCP_CKSUM),
	OL_VAL(RTE_MBUF_F_TX_L4_MASK, RTE_MBUF_F_TX_SCTP_CKSUM),
	OL_VAL(RTE_MBUF_F_TX_L4_MASK, RTE_MBUF_F_TX_UDP_CKSUM),
	OL_BIT(RTE_MBUF_F_TX_IEEE1588_TMST),
	OL_BIT(RTE_MBUF_F_TX_TCP_SEG),
	OL_BIT(RTE_MBUF_F_TX_IPV4),
	OL_BIT(RTE_MBUF_F_TX_IPV6),
	OL_BIT(RTE_MBUF_F_TX_OUTER_IP_CKSUM),
	OL_BIT(RTE_MBUF_F_TX_OUTER_IPV4),
	OL_BIT(RTE_MBUF_F_TX_OUTER_IPV6),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_VXLAN),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_GRE),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_IPIP),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_GENEVE),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_MPLSINUDP),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_VXLAN_GPE),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_GTP),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_IP),
	OL_VAL(RTE_MBUF_F_TX_TUNNEL_MASK, RTE_MBUF_F_TX_TUNNEL_UDP),
	OL_BIT(RTE_MBUF_F_TX_QINQ),
	OL_BIT(RTE_MBUF_F_TX_MACSEC),
	OL_BIT(RTE_MBUF_F_TX_SEC_OFFLOAD),
	OL_BIT(RTE_MBUF_F_TX_UDP_SEG),
	OL_BIT(RTE_MBUF_F_TX_OUTER_UDP_CKSUM),
};

/* A group's all-zero value has a list name but no name of its own. */
static const char *
name_of(const struct ol_name *t, size_t n, uint64_t flag)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].value != 0 && t[i].value == flag)
			return t[i].name;
	return NULL;
}

static int
list_of(const struct ol_name *t, size_t n, uint64_t flags, char *buf,
	size_t buflen)
{
	size_t i;
	int ret;

	if (buflen == 0)
		return -1;
	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		if ((flags & t[i].mask) != t[i].value)
			continue;
		ret = snprintf(buf, buflen, "%s ", t[i].name);
		if (ret < 0 || (size_t)ret >= buflen)
			return -1;
		buf += ret;
		buflen -= (size_t)ret;
	}
	return 0;
}

const char *
rte_get_rx_ol_flag_name(uint64_t mask)
{
	return name_of(rx_names, RTE_DIM(rx_names), mask);
}

const char *
rte_get_tx_ol_flag_name(uint64_t mask)
{
	return name_of(tx_names, RTE_DIM(tx_names), mask);
}

int
rte_get_rx_ol_flag_list(uint64_t mask, char *buf, size_t buflen)
{
	return list_of(rx_names, RTE_DIM(rx_names), mask, buf, buflen);
}

int
rte_get_tx_ol_flag_list(uint64_t mask, char *buf, size_t buflen)
{
	return list_of(tx_names, RTE_DIM(tx_names), mask, buf, buflen);
}
