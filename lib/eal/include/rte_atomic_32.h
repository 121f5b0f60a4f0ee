/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Atomic operations of 32-bit x86 CPUs. This tree builds for 64-bit CPUs only, and its
 * counters (generic/rte_atomic.h) use the compiler's __atomic
 * builtins, which serve every word size, so this header only brings
 * <rte_atomic.h>.
 */

#ifndef _RTE_ATOMIC_I686_H_
#define _RTE_ATOMIC_I686_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_compat.h>
#include <rte_atomic.h>

#endif /* _RTE_ATOMIC_I686_H_ */
