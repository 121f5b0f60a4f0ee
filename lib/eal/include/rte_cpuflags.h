/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * CPU feature flags: the architecture header. As in DPDK, <rte_cpuflags.h> holds
 * what is specific to the CPU and includes generic/rte_cpuflags.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_CPUFLAGS_ARCH_H_
#define _RTE_CPUFLAGS_ARCH_H_

#include <rte_common.h>
#include <rte_compat.h>
#include "generic/rte_cpuflags.h"

#endif /* _RTE_CPUFLAGS_ARCH_H_ */
