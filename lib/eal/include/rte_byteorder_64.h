/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The 64-bit byte swap of 64-bit CPUs, which <rte_byteorder.h>
 * includes (as DPDK's x86_64 header does).
 */

#ifndef _RTE_BYTEORDER_X86_64_H_
#define _RTE_BYTEORDER_X86_64_H_

#include <stdint.h>

#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Swap the bytes of a 64-bit value with the CPU's instruction.
 *
 * @param x  The value.
 * @return x with its bytes reversed.
 */
static inline uint64_t
rte_arch_bswap64(uint64_t x)
{
	return __builtin_bswap64(x);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_BYTEORDER_X86_64_H_ */
