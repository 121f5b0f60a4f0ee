/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Barriers and atomic counters: the architecture header. As in DPDK,
 * <rte_atomic.h> includes generic/rte_atomic.h (the API, written with
 * the C11 memory model so one body serves x86_64 and aarch64) and the
 * word-size header rte_atomic_64.h; programs may include either.
 */

#ifndef _RTE_ATOMIC_ARCH_H_
#define _RTE_ATOMIC_ARCH_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_config.h>

#if defined(RTE_ARCH_X86)
#include <emmintrin.h>
#endif

#include "generic/rte_atomic.h"

#include "rte_atomic_64.h"

#endif /* _RTE_ATOMIC_ARCH_H_ */
