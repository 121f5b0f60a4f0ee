/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What the CRC front end (rte_net_crc.c) shares with its carry-less
 * multiply back end (net_crc_sse.c): the per-CRC description, the
 * byte-wise update both use, and the back end's entry points.
 */

#ifndef NET_CRC_H
#define NET_CRC_H

#include <stdint.h>

/* One bit-reflected CRC of width 16 or 32. */
struct net_crc_desc {
	unsigned int width;
	uint32_t poly; /* normal (not reflected) form, x^width implied */
	uint32_t table[256]; /* byte-wise update of the reflected register */
	/* Fold constants for 16-byte blocks (see net_crc_sse.c). */
	uint64_t k_hi; /* from x^(192-1) mod P */
	uint64_t k_lo; /* from x^(128-1) mod P */
};

/* The register after feeding len bytes to the reflected CRC. */
static inline uint32_t
net_crc_table_update(const struct net_crc_desc *d, uint32_t reg,
	const uint8_t *p, uint32_t len)
{
	while (len-- > 0)
		reg = d->table[(reg ^ *p++) & 0xff] ^ (reg >> 8);
	return reg;
}

/* Whether this CPU can run net_crc_clmul_update(). */
int net_crc_clmul_supported(void);

/* Same result as net_crc_table_update(), 16 bytes per step. */
uint32_t net_crc_clmul_update(const struct net_crc_desc *d, uint32_t reg,
	const uint8_t *p, uint32_t len);

#endif /* NET_CRC_H */
