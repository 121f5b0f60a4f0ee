/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Spin-wait hint and wait-until helpers: the architecture header. As in DPDK, <rte_pause.h> holds
 * what is specific to the CPU and includes generic/rte_pause.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_PAUSE_ARCH_H_
#define _RTE_PAUSE_ARCH_H_

#include <rte_common.h>
#if defined(RTE_ARCH_X86)
#include <emmintrin.h>
#endif
#include "generic/rte_pause.h"

#endif /* _RTE_PAUSE_ARCH_H_ */
