/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * CPU capabilities DPDK 22.11 exports beside the flag table of
 * linux/eal_cpuflags.c: whether the CPU has RTM, and the (absent)
 * power intrinsics.
 */

#include <stdint.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_spinlock.h>

uint8_t rte_rtm_supported;

/* Before any constructor that might take a lock, as DPDK sets it early. */
RTE_INIT_PRIO(eal_rtm_init, LOG)
{
#if defined(RTE_ARCH_X86)
	rte_rtm_supported = rte_cpu_get_flag_enabled(RTE_CPUFLAG_RTM) == 1;
#endif
}

void
rte_cpu_get_intrinsics_support(struct rte_cpu_intrinsics *intrinsics)
{
	memset(intrinsics, 0, sizeof(*intrinsics));
}
