/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The hypervisor the process runs under, as the CPU reports it (the
 * cpuid hypervisor leaf on x86).
 */

#ifndef RTE_HYPERVISOR_H
#define RTE_HYPERVISOR_H

#ifdef __cplusplus
extern "C" {
#endif

/** Hypervisors rte_hypervisor_get() tells apart. */
enum rte_hypervisor {
	RTE_HYPERVISOR_NONE, /**< bare metal (no hypervisor bit) */
	RTE_HYPERVISOR_KVM, /**< KVM */
	RTE_HYPERVISOR_HYPERV, /**< Microsoft Hyper-V */
	RTE_HYPERVISOR_VMWARE, /**< VMware */
	RTE_HYPERVISOR_UNKNOWN /**< another hypervisor */
};

/**
 * The hypervisor the process runs under.
 *
 * @return One of enum rte_hypervisor; RTE_HYPERVISOR_UNKNOWN also where
 *   the CPU cannot say (not x86).
 */
enum rte_hypervisor rte_hypervisor_get(void);

/**
 * The name of a hypervisor.
 *
 * @param id  A value of enum rte_hypervisor.
 * @return "none", "KVM", "Hyper-V", "VMware", or "unknown" (for any
 *   other value too).
 */
const char *rte_hypervisor_get_name(enum rte_hypervisor id);

#ifdef __cplusplus
}
#endif

#endif /* RTE_HYPERVISOR_H */
