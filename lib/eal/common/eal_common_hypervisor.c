/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_hypervisor_get(): the cpuid "hypervisor present" bit (leaf 1,
 * ECX bit 31) and the vendor signature of leaf 0x40000000.
 */

#include <stdint.h>
#include <string.h>

#include <rte_common.h>
#include <rte_hypervisor.h>

#if defined(RTE_ARCH_X86)
#include <cpuid.h>
#endif

enum rte_hypervisor
rte_hypervisor_get(void)
{
#if defined(RTE_ARCH_X86)
	uint32_t eax, ebx, ecx, edx;
	char sig[13];

	if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) == 0 ||
		(ecx & (UINT32_C(1) << 31)) == 0)
		return RTE_HYPERVISOR_NONE;
	__cpuid(0x40000000, eax, ebx, ecx, edx);
	memcpy(sig, &ebx, 4);
	memcpy(sig + 4, &ecx, 4);
	memcpy(sig + 8, &edx, 4);
	sig[12] = '\0';
	if (strcmp(sig, "KVMKVMKVM") == 0)
		return RTE_HYPERVISOR_KVM;
	if (strcmp(sig, "Microsoft Hv") == 0)
		return RTE_HYPERVISOR_HYPERV;
	if (strcmp(sig, "VMwareVMware") == 0)
		return RTE_HYPERVISOR_VMWARE;
#endif
	return RTE_HYPERVISOR_UNKNOWN;
}

const char *
rte_hypervisor_get_name(enum rte_hypervisor id)
{
	switch (id) {
	case RTE_HYPERVISOR_NONE:
		return "none";
	case RTE_HYPERVISOR_KVM:
		return "KVM";
	case RTE_HYPERVISOR_HYPERV:
		return "Hyper-V";
	case RTE_HYPERVISOR_VMWARE:
		return "VMware";
	default:
		return "unknown";
	}
}
