/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Ethernet address text forms and random addresses.
 */

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_errno.h>
#include <rte_random.h>

#include "rte_ether.h"

void
rte_eth_random_addr(uint8_t *addr)
{
	uint64_t r = rte_rand();

	memcpy(addr, &r, RTE_ETHER_ADDR_LEN);
	addr[0] &= (uint8_t)~RTE_ETHER_GROUP_ADDR;
	addr[0] |= RTE_ETHER_LOCAL_ADMIN_ADDR;
}

void
rte_ether_format_addr(
	char *buf, uint16_t size, const struct rte_ether_addr *eth_addr)
{
	snprintf(buf, size, RTE_ETHER_ADDR_PRT_FMT,
		RTE_ETHER_ADDR_BYTES(eth_addr));
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Read n groups of exactly digits hex digits separated by ':' into
 * vals. The whole string must be consumed.
 */
static int
read_groups(const char *s, unsigned int n, unsigned int digits_wanted,
	uint16_t *vals)
{
	unsigned int g, digits;
	int v;

	for (g = 0; g < n; g++) {
		uint32_t val = 0;

		for (digits = 0; (v = hex_value(*s)) >= 0; digits++, s++) {
			if (digits == digits_wanted)
				return -1;
			val = val << 4 | (uint32_t)v;
		}
		if (digits != digits_wanted)
			return -1;
		vals[g] = (uint16_t)val;
		if (g + 1 < n) {
			if (*s != ':')
				return -1;
			s++;
		}
	}
	return *s == '\0' ? 0 : -1;
}

int
rte_ether_unformat_addr(const char *s, struct rte_ether_addr *ea)
{
	uint16_t vals[6];
	unsigned int i;

	if (s == NULL || ea == NULL)
		goto bad;
	if (read_groups(s, 6, 2, vals) == 0) {
		for (i = 0; i < 6; i++)
			ea->addr_bytes[i] = (uint8_t)vals[i];
		return 0;
	}
	if (read_groups(s, 3, 4, vals) == 0) {
		for (i = 0; i < 3; i++) {
			ea->addr_bytes[2 * i] = (uint8_t)(vals[i] >> 8);
			ea->addr_bytes[2 * i + 1] = (uint8_t)vals[i];
		}
		return 0;
	}
bad:
	rte_errno = EINVAL;
	return -1;
}
