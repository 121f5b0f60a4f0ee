/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * CPU features, read with CPUID at run time.
 */

#ifndef _RTE_CPUFLAGS_H_
#define _RTE_CPUFLAGS_H_

#include <errno.h>

#include <rte_common.h>
#include <rte_compat.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Which of the platform intrinsics of DPDK's power library the CPU and
 * this EAL support. This tree has no power library (power management is
 * out of its scope), so rte_cpu_get_intrinsics_support() clears every
 * field.
 */
struct rte_cpu_intrinsics {
	uint32_t power_monitor : 1; /**< rte_power_monitor() usable */
	uint32_t power_pause : 1; /**< rte_power_pause() usable */
	uint32_t
		power_monitor_multi : 1; /**< rte_power_monitor_multi() usable */
};

/**
 * Fill in which platform intrinsics are usable.
 *
 * @param intrinsics  Filled in: every field 0 here (no power library).
 */
__rte_experimental void
rte_cpu_get_intrinsics_support(struct rte_cpu_intrinsics *intrinsics);

/** x86 CPU features (DPDK 22.11's names and order). */
enum rte_cpu_flag_t {
	RTE_CPUFLAG_SSE3, /**< SSE3 */
	RTE_CPUFLAG_PCLMULQDQ, /**< PCLMULQDQ */
	RTE_CPUFLAG_DTES64, /**< DTES64 */
	RTE_CPUFLAG_MONITOR, /**< MONITOR */
	RTE_CPUFLAG_DS_CPL, /**< DS CPL */
	RTE_CPUFLAG_VMX, /**< VMX */
	RTE_CPUFLAG_SMX, /**< SMX */
	RTE_CPUFLAG_EIST, /**< EIST */
	RTE_CPUFLAG_TM2, /**< TM2 */
	RTE_CPUFLAG_SSSE3, /**< SSSE3 */
	RTE_CPUFLAG_CNXT_ID, /**< CNXT ID */
	RTE_CPUFLAG_FMA, /**< FMA */
	RTE_CPUFLAG_CMPXCHG16B, /**< CMPXCHG16B */
	RTE_CPUFLAG_XTPR, /**< XTPR */
	RTE_CPUFLAG_PDCM, /**< PDCM */
	RTE_CPUFLAG_PCID, /**< PCID */
	RTE_CPUFLAG_DCA, /**< DCA */
	RTE_CPUFLAG_SSE4_1, /**< SSE4 1 */
	RTE_CPUFLAG_SSE4_2, /**< SSE4 2 */
	RTE_CPUFLAG_X2APIC, /**< X2APIC */
	RTE_CPUFLAG_MOVBE, /**< MOVBE */
	RTE_CPUFLAG_POPCNT, /**< POPCNT */
	RTE_CPUFLAG_TSC_DEADLINE, /**< TSC DEADLINE */
	RTE_CPUFLAG_AES, /**< AES */
	RTE_CPUFLAG_XSAVE, /**< XSAVE */
	RTE_CPUFLAG_OSXSAVE, /**< OSXSAVE */
	RTE_CPUFLAG_AVX, /**< AVX */
	RTE_CPUFLAG_F16C, /**< F16C */
	RTE_CPUFLAG_RDRAND, /**< RDRAND */
	RTE_CPUFLAG_HYPERVISOR, /**< HYPERVISOR */
	RTE_CPUFLAG_FPU, /**< FPU */
	RTE_CPUFLAG_VME, /**< VME */
	RTE_CPUFLAG_DE, /**< DE */
	RTE_CPUFLAG_PSE, /**< PSE */
	RTE_CPUFLAG_TSC, /**< TSC */
	RTE_CPUFLAG_MSR, /**< MSR */
	RTE_CPUFLAG_PAE, /**< PAE */
	RTE_CPUFLAG_MCE, /**< MCE */
	RTE_CPUFLAG_CX8, /**< CX8 */
	RTE_CPUFLAG_APIC, /**< APIC */
	RTE_CPUFLAG_SEP, /**< SEP */
	RTE_CPUFLAG_MTRR, /**< MTRR */
	RTE_CPUFLAG_PGE, /**< PGE */
	RTE_CPUFLAG_MCA, /**< MCA */
	RTE_CPUFLAG_CMOV, /**< CMOV */
	RTE_CPUFLAG_PAT, /**< PAT */
	RTE_CPUFLAG_PSE36, /**< PSE36 */
	RTE_CPUFLAG_PSN, /**< PSN */
	RTE_CPUFLAG_CLFSH, /**< CLFSH */
	RTE_CPUFLAG_DS, /**< DS */
	RTE_CPUFLAG_ACPI, /**< ACPI */
	RTE_CPUFLAG_MMX, /**< MMX */
	RTE_CPUFLAG_FXSR, /**< FXSR */
	RTE_CPUFLAG_SSE, /**< SSE */
	RTE_CPUFLAG_SSE2, /**< SSE2 */
	RTE_CPUFLAG_SS, /**< SS */
	RTE_CPUFLAG_HTT, /**< HTT */
	RTE_CPUFLAG_TM, /**< TM */
	RTE_CPUFLAG_PBE, /**< PBE */
	RTE_CPUFLAG_DIGTEMP, /**< DIGTEMP */
	RTE_CPUFLAG_TRBOBST, /**< TRBOBST */
	RTE_CPUFLAG_ARAT, /**< ARAT */
	RTE_CPUFLAG_PLN, /**< PLN */
	RTE_CPUFLAG_ECMD, /**< ECMD */
	RTE_CPUFLAG_PTM, /**< PTM */
	RTE_CPUFLAG_MPERF_APERF_MSR, /**< MPERF APERF MSR */
	RTE_CPUFLAG_ACNT2, /**< ACNT2 */
	RTE_CPUFLAG_ENERGY_EFF, /**< ENERGY EFF */
	RTE_CPUFLAG_FSGSBASE, /**< FSGSBASE */
	RTE_CPUFLAG_BMI1, /**< BMI1 */
	RTE_CPUFLAG_HLE, /**< HLE */
	RTE_CPUFLAG_AVX2, /**< AVX2 */
	RTE_CPUFLAG_SMEP, /**< SMEP */
	RTE_CPUFLAG_BMI2, /**< BMI2 */
	RTE_CPUFLAG_ERMS, /**< ERMS */
	RTE_CPUFLAG_INVPCID, /**< INVPCID */
	RTE_CPUFLAG_RTM, /**< RTM */
	RTE_CPUFLAG_AVX512F, /**< AVX512F */
	RTE_CPUFLAG_RDSEED, /**< RDSEED */
	RTE_CPUFLAG_LAHF_SAHF, /**< LAHF SAHF */
	RTE_CPUFLAG_LZCNT, /**< LZCNT */
	RTE_CPUFLAG_SYSCALL, /**< SYSCALL */
	RTE_CPUFLAG_XD, /**< XD */
	RTE_CPUFLAG_1GB_PG, /**< 1GB PG */
	RTE_CPUFLAG_RDTSCP, /**< RDTSCP */
	RTE_CPUFLAG_EM64T, /**< EM64T */
	RTE_CPUFLAG_INVTSC, /**< INVTSC */
	RTE_CPUFLAG_AVX512DQ, /**< AVX512DQ */
	RTE_CPUFLAG_AVX512IFMA, /**< AVX512IFMA */
	RTE_CPUFLAG_AVX512CD, /**< AVX512CD */
	RTE_CPUFLAG_AVX512BW, /**< AVX512BW */
	RTE_CPUFLAG_AVX512VL, /**< AVX512VL */
	RTE_CPUFLAG_AVX512VBMI, /**< AVX512VBMI */
	RTE_CPUFLAG_AVX512VBMI2, /**< AVX512VBMI2 */
	RTE_CPUFLAG_GFNI, /**< GFNI */
	RTE_CPUFLAG_VAES, /**< VAES */
	RTE_CPUFLAG_VPCLMULQDQ, /**< VPCLMULQDQ */
	RTE_CPUFLAG_AVX512VNNI, /**< AVX512VNNI */
	RTE_CPUFLAG_AVX512BITALG, /**< AVX512BITALG */
	RTE_CPUFLAG_AVX512VPOPCNTDQ, /**< AVX512VPOPCNTDQ */
	RTE_CPUFLAG_CLDEMOTE, /**< CLDEMOTE */
	RTE_CPUFLAG_MOVDIRI, /**< MOVDIRI */
	RTE_CPUFLAG_MOVDIR64B, /**< MOVDIR64B */
	RTE_CPUFLAG_AVX512VP2INTERSECT, /**< AVX512VP2INTERSECT */
	RTE_CPUFLAG_WAITPKG, /**< WAITPKG */
	RTE_CPUFLAG_NUMFLAGS, /**< number of flags, not a flag */
};

/**
 * Name of a feature, as in its RTE_CPUFLAG_ spelling without the prefix.
 *
 * @param feature
 *   The feature.
 * @return
 *   The name, or NULL for a value that is no feature.
 */
const char *rte_cpu_get_flag_name(enum rte_cpu_flag_t feature);

/**
 * Tell whether the CPU running the caller has a feature.
 *
 * @param feature
 *   The feature.
 * @return
 *   1 if it has it, 0 if not, -ENOENT for a value that is no feature.
 */
int rte_cpu_get_flag_enabled(enum rte_cpu_flag_t feature);

/**
 * Tell whether the CPU has every feature the build was compiled for
 * (RTE_COMPILE_TIME_CPUFLAGS); logs each one that is missing.
 *
 * @return
 *   1 if the binary can run here, 0 otherwise.
 */
int rte_cpu_is_supported(void);

/**
 * A value of the process's auxiliary vector (getauxval()).
 *
 * @param type
 *   AT_ constant, e.g. AT_HWCAP.
 * @return
 *   The value, 0 if absent.
 */
unsigned long rte_cpu_getauxval(unsigned long type);

/**
 * Compare a string of the auxiliary vector (e.g. AT_PLATFORM) with str.
 *
 * @param type
 *   AT_ constant of a string entry.
 * @param str
 *   The string to compare with.
 * @return
 *   0 if equal, non-zero otherwise (also when the entry is absent).
 */
int rte_cpu_strcmp_auxval(unsigned long type, const char *str);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_CPUFLAGS_H_ */
