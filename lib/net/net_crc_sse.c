/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * CRC by folding 16-byte blocks with carry-less multiplication. Loaded
 * as a little-endian 128-bit value, a block of a bit-reflected CRC's
 * stream holds the coefficient of x^(127 - i) in bit i. Folding block
 * B = H x^64 + L (H in the low 64 bits) into the next one adds
 * B x^128 = H x^192 + L x^128, and that is congruent mod P to
 * H (x^191 mod P) x + L (x^127 mod P) x: with each constant stored so
 * that bit j holds its x^(63 - j) coefficient, one PCLMULQDQ per half
 * yields those products already in the block's bit order. What is left
 * after the last fold is a block the byte-wise table finishes.
 */

#include <stdint.h>
#include <string.h>

#include <cpuid.h>
#include <emmintrin.h>
#include <wmmintrin.h>

#include "net_crc.h"

int
net_crc_clmul_supported(void)
{
	unsigned int a, b, c, d;

	if (__get_cpuid(1, &a, &b, &c, &d) == 0)
		return 0;
	return (c & bit_PCLMUL) != 0 && (c & bit_SSE4_2) != 0;
}

__attribute__((target("sse4.2,pclmul"))) uint32_t
net_crc_clmul_update(const struct net_crc_desc *d, uint32_t reg,
	const uint8_t *p, uint32_t len)
{
	__m128i k, v, hi, lo;
	uint8_t rest[16];

	if (len < 32)
		return net_crc_table_update(d, reg, p, len);

	/* The register enters as the first bits of the stream. */
	v = _mm_loadu_si128((const __m128i *)(const void *)p);
	v = _mm_xor_si128(v, _mm_cvtsi32_si128((int)reg));
	p += 16;
	len -= 16;
	k = _mm_set_epi64x((long long)d->k_lo, (long long)d->k_hi);
	while (len >= 16) {
		hi = _mm_clmulepi64_si128(v, k, 0x00); /* H * k_hi */
		lo = _mm_clmulepi64_si128(v, k, 0x11); /* L * k_lo */
		v = _mm_xor_si128(hi, lo);
		v = _mm_xor_si128(
			v, _mm_loadu_si128((const __m128i *)(const void *)p));
		p += 16;
		len -= 16;
	}
	_mm_storeu_si128((__m128i *)(void *)rest, v);
	reg = net_crc_table_update(d, 0, rest, sizeof(rest));
	return net_crc_table_update(d, reg, p, len);
}
