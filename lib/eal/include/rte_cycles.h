/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Time-stamp counter and delays: the architecture header. As in DPDK, <rte_cycles.h> holds
 * what is specific to the CPU and includes generic/rte_cycles.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_CYCLES_ARCH_H_
#define _RTE_CYCLES_ARCH_H_

#include <rte_branch_prediction.h>
#include <rte_common.h>
#include <rte_config.h>
#include "generic/rte_cycles.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Non-zero to read the TSC through VMware's pseudo-performance counter
 * (DPDK's RTE_LIBRTE_EAL_VMWARE_TSC_MAP_SUPPORT builds). Always 0 here:
 * rte_rdtsc() reads the TSC directly, and setting it has no effect.
 */
extern int rte_cycles_vmware_tsc_map;

#ifdef __cplusplus
}
#endif

#endif /* _RTE_CYCLES_ARCH_H_ */
