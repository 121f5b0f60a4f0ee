/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Byte swaps of 32-bit x86 CPUs. DPDK's i686 build defines its 64-bit
 * swap here; this tree builds for 64-bit CPUs only, where the compiler
 * builtin of rte_byteorder_64.h serves every target, so this header
 * only brings <rte_byteorder.h>.
 */

#ifndef _RTE_BYTEORDER_I686_H_
#define _RTE_BYTEORDER_I686_H_

#include <stdint.h>

#include <rte_byteorder.h>

#endif /* _RTE_BYTEORDER_I686_H_ */
