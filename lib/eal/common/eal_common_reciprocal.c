/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Magic numbers of rte_reciprocal.h: for a divisor d with
 * l = ceil(log2(d)), m = floor(2^N * (2^l - d) / d) + 1 (N the word
 * size), sh1 = min(l, 1) and sh2 = max(l - 1, 0); then
 * q = (t + ((a - t) >> sh1)) >> sh2 with t = (a * m) >> N is a / d for
 * every a (Granlund and Montgomery, 1994, figure 4.1).
 */

#include <stdint.h>

#include <rte_reciprocal.h>

struct rte_reciprocal
rte_reciprocal_value(uint32_t d)
{
	struct rte_reciprocal r;
	uint32_t l = d > 1 ? 32 - (uint32_t)__builtin_clz(d - 1) : 0;

	r.m = (uint32_t)((((uint64_t)1 << 32) * (((uint64_t)1 << l) - d)) / d +
		1);
	r.sh1 = (uint8_t)(l > 1 ? 1 : l);
	r.sh2 = (uint8_t)(l > 1 ? l - 1 : 0);
	return r;
}

struct rte_reciprocal_u64
rte_reciprocal_value_u64(uint64_t d)
{
	struct rte_reciprocal_u64 r;
	uint32_t l = d > 1 ? 64 - (uint32_t)__builtin_clzll(d - 1) : 0;
	unsigned __int128 two_l = (unsigned __int128)1 << l;

	r.m = (uint64_t)((((unsigned __int128)(uint64_t)(two_l - d)) << 64) /
			d +
		1);
	r.sh1 = (uint8_t)(l > 1 ? 1 : l);
	r.sh2 = (uint8_t)(l > 1 ? l - 1 : 0);
	return r;
}
