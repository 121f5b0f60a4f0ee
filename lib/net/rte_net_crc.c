/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The CRC front end: builds, once, each CRC's byte table and fold
 * constants from its polynomial, and sends rte_net_crc_calc() to the
 * chosen code (table here, carry-less multiply in net_crc_sse.c).
 */

#include <stdint.h>

#include <rte_common.h>
#include <rte_log.h>

#include "net_crc.h"
#include "rte_net_crc.h"

RTE_LOG_REGISTER(net_crc_logtype, lib.net, INFO);
#define NET_CRC_LOG(l, ...) \
	rte_log(RTE_LOG_##l, net_crc_logtype, "NET: " __VA_ARGS__)

static struct net_crc_desc crc_descs[RTE_NET_CRC_REQS] = {
	[RTE_NET_CRC16_CCITT] = {.width = 16, .poly = 0x1021},
	[RTE_NET_CRC32_ETH] = {.width = 32, .poly = 0x04c11db7},
};

/* 0 until the constructor ran; then whether the folding code runs. */
static int use_clmul;

static uint32_t
reflect(uint32_t v, unsigned int width)
{
	uint32_t r = 0;
	unsigned int i;

	for (i = 0; i < width; i++)
		if (v & (1u << i))
			r |= 1u << (width - 1 - i);
	return r;
}

/* x^n mod P, in normal form (bit d = coefficient of x^d). */
static uint32_t
xpow_mod(const struct net_crc_desc *d, unsigned int n)
{
	uint64_t top = 1ULL << d->width;
	uint64_t r = 1;

	while (n-- > 0) {
		r <<= 1;
		if (r & top)
			r ^= top | d->poly;
	}
	return (uint32_t)r;
}

/* A residue stored with its x^(63 - j) coefficient in bit j. */
static uint64_t
fold_const(const struct net_crc_desc *d, unsigned int n)
{
	uint32_t r = xpow_mod(d, n);
	uint64_t k = 0;
	unsigned int deg;

	for (deg = 0; deg < d->width; deg++)
		if (r & (1u << deg))
			k |= 1ULL << (63 - deg);
	return k;
}

static void
desc_init(struct net_crc_desc *d)
{
	uint32_t rpoly = reflect(d->poly, d->width);
	unsigned int i, b;

	for (i = 0; i < 256; i++) {
		uint32_t r = i;

		for (b = 0; b < 8; b++)
			r = (r & 1) ? (r >> 1) ^ rpoly : r >> 1;
		d->table[i] = r;
	}
	d->k_hi = fold_const(d, 192 - 1);
	d->k_lo = fold_const(d, 128 - 1);
}

RTE_INIT(net_crc_init)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(crc_descs); i++)
		desc_init(&crc_descs[i]);
	use_clmul = 0;
}

void
rte_net_crc_set_alg(enum rte_net_crc_alg alg)
{
	switch (alg) {
	case RTE_NET_CRC_SSE42:
	case RTE_NET_CRC_AVX512:
		if (net_crc_clmul_supported()) {
			use_clmul = 1;
			NET_CRC_LOG(INFO, "crc: carry-less multiply code\n");
			return;
		}
		NET_CRC_LOG(NOTICE,
			"crc: CPU lacks SSE4.2/PCLMULQDQ, table code\n");
		break;
	case RTE_NET_CRC_NEON:
		NET_CRC_LOG(NOTICE, "crc: no NEON here, table code\n");
		break;
	case RTE_NET_CRC_SCALAR:
		break;
	default:
		NET_CRC_LOG(NOTICE, "crc: unknown algorithm %d, table code\n",
			(int)alg);
		break;
	}
	use_clmul = 0;
	NET_CRC_LOG(INFO, "crc: table code\n");
}

uint32_t
rte_net_crc_calc(
	const void *data, uint32_t data_len, enum rte_net_crc_type type)
{
	const struct net_crc_desc *d;
	uint32_t init, reg;

	if ((unsigned int)type >= RTE_NET_CRC_REQS)
		return 0;
	d = &crc_descs[type];
	init = d->width == 32 ? UINT32_MAX : 0xffff;
	if (use_clmul)
		reg = net_crc_clmul_update(d, init, data, data_len);
	else
		reg = net_crc_table_update(d, init, data, data_len);
	return ~reg & init;
}
