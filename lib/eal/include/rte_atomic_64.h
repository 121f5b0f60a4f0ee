/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Atomic operations of 64-bit CPUs. DPDK's x86_64 build writes its 64-bit counters and
 * 128-bit compare-exchange in assembly here; this tree builds them on
 * the compiler's __atomic builtins, in generic/rte_atomic.h, so this
 * header only brings <rte_atomic.h>.
 */

#ifndef _RTE_ATOMIC_X86_64_H_
#define _RTE_ATOMIC_X86_64_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_compat.h>
#include <rte_atomic.h>

#endif /* _RTE_ATOMIC_X86_64_H_ */
