/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Names of packet types (rte_mbuf_ptype.h). Each field of a packet type
 * is an index, so each field's names are a small array indexed by the
 * field's value; values without a name read "<FIELD>_UNKNOWN".
 */

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>

#include "rte_mbuf_ptype.h"

/* One field of the packet type: where it sits and what its values mean. */
struct ptype_field {
	unsigned int shift;
	const char *unknown;
	const char *names[16];
};

static const struct ptype_field field_l2 = {
	0,
	"L2_UNKNOWN",
	{
		[1] = "L2_ETHER",
		[2] = "L2_ETHER_TIMESYNC",
		[3] = "L2_ETHER_ARP",
		[4] = "L2_ETHER_LLDP",
		[5] = "L2_ETHER_NSH",
		[6] = "L2_ETHER_VLAN",
		[7] = "L2_ETHER_QINQ",
		[8] = "L2_ETHER_PPPOE",
		[9] = "L2_ETHER_FCOE",
		[10] = "L2_ETHER_MPLS",
	},
};

static const struct ptype_field field_l3 = {
	4,
	"L3_UNKNOWN",
	{
		[1] = "L3_IPV4",
		[3] = "L3_IPV4_EXT",
		[4] = "L3_IPV6",
		[9] = "L3_IPV4_EXT_UNKNOWN",
		[12] = "L3_IPV6_EXT",
		[14] = "L3_IPV6_EXT_UNKNOWN",
	},
};

static const struct ptype_field field_l4 = {
	8,
	"L4_UNKNOWN",
	{
		[1] = "L4_TCP",
		[2] = "L4_UDP",
		[3] = "L4_FRAG",
		[4] = "L4_SCTP",
		[5] = "L4_ICMP",
		[6] = "L4_NONFRAG",
		[7] = "L4_IGMP",
	},
};

static const struct ptype_field field_tunnel = {
	12,
	"TUNNEL_UNKNOWN",
	{
		[1] = "TUNNEL_IP",
		[2] = "TUNNEL_GRE",
		[3] = "TUNNEL_VXLAN",
		[4] = "TUNNEL_NVGRE",
		[5] = "TUNNEL_GENEVE",
		[6] = "TUNNEL_GRENAT",
		[7] = "TUNNEL_GTPC",
		[8] = "TUNNEL_GTPU",
		[9] = "TUNNEL_ESP",
		[10] = "TUNNEL_L2TP",
		[11] = "TUNNEL_VXLAN_GPE",
		[12] = "TUNNEL_MPLS_IN_GRE",
		[13] = "TUNNEL_MPLS_IN_UDP",
	},
};

static const struct ptype_field field_inner_l2 = {
	16,
	"INNER_L2_UNKNOWN",
	{
		[1] = "INNER_L2_ETHER",
		[2] = "INNER_L2_ETHER_VLAN",
		[3] = "INNER_L2_ETHER_QINQ",
	},
};

static const struct ptype_field field_inner_l3 = {
	20,
	"INNER_L3_UNKNOWN",
	{
		[1] = "INNER_L3_IPV4",
		[2] = "INNER_L3_IPV4_EXT",
		[3] = "INNER_L3_IPV6",
		[4] = "INNER_L3_IPV4_EXT_UNKNOWN",
		[5] = "INNER_L3_IPV6_EXT",
		[6] = "INNER_L3_IPV6_EXT_UNKNOWN",
	},
};

static const struct ptype_field field_inner_l4 = {
	24,
	"INNER_L4_UNKNOWN",
	{
		[1] = "INNER_L4_TCP",
		[2] = "INNER_L4_UDP",
		[3] = "INNER_L4_FRAG",
		[4] = "INNER_L4_SCTP",
		[5] = "INNER_L4_ICMP",
		[6] = "INNER_L4_NONFRAG",
	},
};

/* In the order rte_get_ptype_name() prints them. */
static const struct ptype_field *const fields[] = {
	&field_l2,
	&field_l3,
	&field_l4,
	&field_tunnel,
	&field_inner_l2,
	&field_inner_l3,
	&field_inner_l4,
};

static unsigned int
field_value(const struct ptype_field *f, uint32_t ptype)
{
	return (ptype >> f->shift) & 0xf;
}

static const char *
field_name(const struct ptype_field *f, uint32_t ptype)
{
	const char *n = f->names[field_value(f, ptype)];

	return n != NULL ? n : f->unknown;
}

const char *
rte_get_ptype_l2_name(uint32_t ptype)
{
	return field_name(&field_l2, ptype);
}

const char *
rte_get_ptype_l3_name(uint32_t ptype)
{
	return field_name(&field_l3, ptype);
}

const char *
rte_get_ptype_l4_name(uint32_t ptype)
{
	return field_name(&field_l4, ptype);
}

const char *
rte_get_ptype_tunnel_name(uint32_t ptype)
{
	return field_name(&field_tunnel, ptype);
}

const char *
rte_get_ptype_inner_l2_name(uint32_t ptype)
{
	return field_name(&field_inner_l2, ptype);
}

const char *
rte_get_ptype_inner_l3_name(uint32_t ptype)
{
	return field_name(&field_inner_l3, ptype);
}

const char *
rte_get_ptype_inner_l4_name(uint32_t ptype)
{
	return field_name(&field_inner_l4, ptype);
}

/* Append s to the buffer: -1 (with what fit kept) if it does not fit. */
static int
put(char **buf, size_t *left, const char *s, const char *sep)
{
	int ret = snprintf(*buf, *left, "%s%s", s, sep);

	if (ret < 0 || (size_t)ret >= *left)
		return -1;
	*buf += ret;
	*left -= (size_t)ret;
	return 0;
}

int
rte_get_ptype_name(uint32_t ptype, char *buf, size_t buflen)
{
	unsigned int i;

	if (buflen == 0)
		return -1;
	buf[0] = '\0';
	if ((ptype & RTE_PTYPE_ALL_MASK) == RTE_PTYPE_UNKNOWN)
		return put(&buf, &buflen, "UNKNOWN", "");
	for (i = 0; i < RTE_DIM(fields); i++)
		if (field_value(fields[i], ptype) != 0 &&
			put(&buf, &buflen, field_name(fields[i], ptype), " ") <
				0)
			return -1;
	return 0;
}
