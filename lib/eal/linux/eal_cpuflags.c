/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* x86 CPU features from CPUID, and the auxiliary vector. */

#include <cpuid.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>

#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_log.h>

enum cpuid_reg { REG_EAX, REG_EBX, REG_ECX, REG_EDX };

struct feature {
	const char *name;
	uint32_t leaf;
	uint32_t subleaf;
	enum cpuid_reg reg;
	uint32_t bit;
};

/* Where CPUID reports each feature (Intel SDM, vol. 2A, CPUID). */
static const struct feature features[RTE_CPUFLAG_NUMFLAGS] = {
	[RTE_CPUFLAG_SSE3] = {"SSE3", 0x1, 0, REG_ECX, 0},
	[RTE_CPUFLAG_PCLMULQDQ] = {"PCLMULQDQ", 0x1, 0, REG_ECX, 1},
	[RTE_CPUFLAG_DTES64] = {"DTES64", 0x1, 0, REG_ECX, 2},
	[RTE_CPUFLAG_MONITOR] = {"MONITOR", 0x1, 0, REG_ECX, 3},
	[RTE_CPUFLAG_DS_CPL] = {"DS_CPL", 0x1, 0, REG_ECX, 4},
	[RTE_CPUFLAG_VMX] = {"VMX", 0x1, 0, REG_ECX, 5},
	[RTE_CPUFLAG_SMX] = {"SMX", 0x1, 0, REG_ECX, 6},
	[RTE_CPUFLAG_EIST] = {"EIST", 0x1, 0, REG_ECX, 7},
	[RTE_CPUFLAG_TM2] = {"TM2", 0x1, 0, REG_ECX, 8},
	[RTE_CPUFLAG_SSSE3] = {"SSSE3", 0x1, 0, REG_ECX, 9},
	[RTE_CPUFLAG_CNXT_ID] = {"CNXT_ID", 0x1, 0, REG_ECX, 10},
	[RTE_CPUFLAG_FMA] = {"FMA", 0x1, 0, REG_ECX, 12},
	[RTE_CPUFLAG_CMPXCHG16B] = {"CMPXCHG16B", 0x1, 0, REG_ECX, 13},
	[RTE_CPUFLAG_XTPR] = {"XTPR", 0x1, 0, REG_ECX, 14},
	[RTE_CPUFLAG_PDCM] = {"PDCM", 0x1, 0, REG_ECX, 15},
	[RTE_CPUFLAG_PCID] = {"PCID", 0x1, 0, REG_ECX, 17},
	[RTE_CPUFLAG_DCA] = {"DCA", 0x1, 0, REG_ECX, 18},
	[RTE_CPUFLAG_SSE4_1] = {"SSE4_1", 0x1, 0, REG_ECX, 19},
	[RTE_CPUFLAG_SSE4_2] = {"SSE4_2", 0x1, 0, REG_ECX, 20},
	[RTE_CPUFLAG_X2APIC] = {"X2APIC", 0x1, 0, REG_ECX, 21},
	[RTE_CPUFLAG_MOVBE] = {"MOVBE", 0x1, 0, REG_ECX, 22},
	[RTE_CPUFLAG_POPCNT] = {"POPCNT", 0x1, 0, REG_ECX, 23},
	[RTE_CPUFLAG_TSC_DEADLINE] = {"TSC_DEADLINE", 0x1, 0, REG_ECX, 24},
	[RTE_CPUFLAG_AES] = {"AES", 0x1, 0, REG_ECX, 25},
	[RTE_CPUFLAG_XSAVE] = {"XSAVE", 0x1, 0, REG_ECX, 26},
	[RTE_CPUFLAG_OSXSAVE] = {"OSXSAVE", 0x1, 0, REG_ECX, 27},
	[RTE_CPUFLAG_AVX] = {"AVX", 0x1, 0, REG_ECX, 28},
	[RTE_CPUFLAG_F16C] = {"F16C", 0x1, 0, REG_ECX, 29},
	[RTE_CPUFLAG_RDRAND] = {"RDRAND", 0x1, 0, REG_ECX, 30},
	[RTE_CPUFLAG_HYPERVISOR] = {"HYPERVISOR", 0x1, 0, REG_ECX, 31},
	[RTE_CPUFLAG_FPU] = {"FPU", 0x1, 0, REG_EDX, 0},
	[RTE_CPUFLAG_VME] = {"VME", 0x1, 0, REG_EDX, 1},
	[RTE_CPUFLAG_DE] = {"DE", 0x1, 0, REG_EDX, 2},
	[RTE_CPUFLAG_PSE] = {"PSE", 0x1, 0, REG_EDX, 3},
	[RTE_CPUFLAG_TSC] = {"TSC", 0x1, 0, REG_EDX, 4},
	[RTE_CPUFLAG_MSR] = {"MSR", 0x1, 0, REG_EDX, 5},
	[RTE_CPUFLAG_PAE] = {"PAE", 0x1, 0, REG_EDX, 6},
	[RTE_CPUFLAG_MCE] = {"MCE", 0x1, 0, REG_EDX, 7},
	[RTE_CPUFLAG_CX8] = {"CX8", 0x1, 0, REG_EDX, 8},
	[RTE_CPUFLAG_APIC] = {"APIC", 0x1, 0, REG_EDX, 9},
	[RTE_CPUFLAG_SEP] = {"SEP", 0x1, 0, REG_EDX, 11},
	[RTE_CPUFLAG_MTRR] = {"MTRR", 0x1, 0, REG_EDX, 12},
	[RTE_CPUFLAG_PGE] = {"PGE", 0x1, 0, REG_EDX, 13},
	[RTE_CPUFLAG_MCA] = {"MCA", 0x1, 0, REG_EDX, 14},
	[RTE_CPUFLAG_CMOV] = {"CMOV", 0x1, 0, REG_EDX, 15},
	[RTE_CPUFLAG_PAT] = {"PAT", 0x1, 0, REG_EDX, 16},
	[RTE_CPUFLAG_PSE36] = {"PSE36", 0x1, 0, REG_EDX, 17},
	[RTE_CPUFLAG_PSN] = {"PSN", 0x1, 0, REG_EDX, 18},
	[RTE_CPUFLAG_CLFSH] = {"CLFSH", 0x1, 0, REG_EDX, 19},
	[RTE_CPUFLAG_DS] = {"DS", 0x1, 0, REG_EDX, 21},
	[RTE_CPUFLAG_ACPI] = {"ACPI", 0x1, 0, REG_EDX, 22},
	[RTE_CPUFLAG_MMX] = {"MMX", 0x1, 0, REG_EDX, 23},
	[RTE_CPUFLAG_FXSR] = {"FXSR", 0x1, 0, REG_EDX, 24},
	[RTE_CPUFLAG_SSE] = {"SSE", 0x1, 0, REG_EDX, 25},
	[RTE_CPUFLAG_SSE2] = {"SSE2", 0x1, 0, REG_EDX, 26},
	[RTE_CPUFLAG_SS] = {"SS", 0x1, 0, REG_EDX, 27},
	[RTE_CPUFLAG_HTT] = {"HTT", 0x1, 0, REG_EDX, 28},
	[RTE_CPUFLAG_TM] = {"TM", 0x1, 0, REG_EDX, 29},
	[RTE_CPUFLAG_PBE] = {"PBE", 0x1, 0, REG_EDX, 31},
	[RTE_CPUFLAG_DIGTEMP] = {"DIGTEMP", 0x6, 0, REG_EAX, 0},
	[RTE_CPUFLAG_TRBOBST] = {"TRBOBST", 0x6, 0, REG_EAX, 1},
	[RTE_CPUFLAG_ARAT] = {"ARAT", 0x6, 0, REG_EAX, 2},
	[RTE_CPUFLAG_PLN] = {"PLN", 0x6, 0, REG_EAX, 4},
	[RTE_CPUFLAG_ECMD] = {"ECMD", 0x6, 0, REG_EAX, 5},
	[RTE_CPUFLAG_PTM] = {"PTM", 0x6, 0, REG_EAX, 6},
	[RTE_CPUFLAG_MPERF_APERF_MSR] = {"MPERF_APERF_MSR", 0x6, 0, REG_ECX, 0},
	[RTE_CPUFLAG_ACNT2] = {"ACNT2", 0x6, 0, REG_ECX, 1},
	[RTE_CPUFLAG_ENERGY_EFF] = {"ENERGY_EFF", 0x6, 0, REG_ECX, 3},
	[RTE_CPUFLAG_FSGSBASE] = {"FSGSBASE", 0x7, 0, REG_EBX, 0},
	[RTE_CPUFLAG_BMI1] = {"BMI1", 0x7, 0, REG_EBX, 3},
	[RTE_CPUFLAG_HLE] = {"HLE", 0x7, 0, REG_EBX, 4},
	[RTE_CPUFLAG_AVX2] = {"AVX2", 0x7, 0, REG_EBX, 5},
	[RTE_CPUFLAG_SMEP] = {"SMEP", 0x7, 0, REG_EBX, 7},
	[RTE_CPUFLAG_BMI2] = {"BMI2", 0x7, 0, REG_EBX, 8},
	[RTE_CPUFLAG_ERMS] = {"ERMS", 0x7, 0, REG_EBX, 9},
	[RTE_CPUFLAG_INVPCID] = {"INVPCID", 0x7, 0, REG_EBX, 10},
	[RTE_CPUFLAG_RTM] = {"RTM", 0x7, 0, REG_EBX, 11},
	[RTE_CPUFLAG_AVX512F] = {"AVX512F", 0x7, 0, REG_EBX, 16},
	[RTE_CPUFLAG_RDSEED] = {"RDSEED", 0x7, 0, REG_EBX, 18},
	[RTE_CPUFLAG_LAHF_SAHF] = {"LAHF_SAHF", 0x80000001, 0, REG_ECX, 0},
	[RTE_CPUFLAG_LZCNT] = {"LZCNT", 0x80000001, 0, REG_ECX, 5},
	[RTE_CPUFLAG_SYSCALL] = {"SYSCALL", 0x80000001, 0, REG_EDX, 11},
	[RTE_CPUFLAG_XD] = {"XD", 0x80000001, 0, REG_EDX, 20},
	[RTE_CPUFLAG_1GB_PG] = {"1GB_PG", 0x80000001, 0, REG_EDX, 26},
	[RTE_CPUFLAG_RDTSCP] = {"RDTSCP", 0x80000001, 0, REG_EDX, 27},
	[RTE_CPUFLAG_EM64T] = {"EM64T", 0x80000001, 0, REG_EDX, 29},
	[RTE_CPUFLAG_INVTSC] = {"INVTSC", 0x80000007, 0, REG_EDX, 8},
	[RTE_CPUFLAG_AVX512DQ] = {"AVX512DQ", 0x7, 0, REG_EBX, 17},
	[RTE_CPUFLAG_AVX512IFMA] = {"AVX512IFMA", 0x7, 0, REG_EBX, 21},
	[RTE_CPUFLAG_AVX512CD] = {"AVX512CD", 0x7, 0, REG_EBX, 28},
	[RTE_CPUFLAG_AVX512BW] = {"AVX512BW", 0x7, 0, REG_EBX, 30},
	[RTE_CPUFLAG_AVX512VL] = {"AVX512VL", 0x7, 0, REG_EBX, 31},
	[RTE_CPUFLAG_AVX512VBMI] = {"AVX512VBMI", 0x7, 0, REG_ECX, 1},
	[RTE_CPUFLAG_AVX512VBMI2] = {"AVX512VBMI2", 0x7, 0, REG_ECX, 6},
	[RTE_CPUFLAG_GFNI] = {"GFNI", 0x7, 0, REG_ECX, 8},
	[RTE_CPUFLAG_VAES] = {"VAES", 0x7, 0, REG_ECX, 9},
	[RTE_CPUFLAG_VPCLMULQDQ] = {"VPCLMULQDQ", 0x7, 0, REG_ECX, 10},
	[RTE_CPUFLAG_AVX512VNNI] = {"AVX512VNNI", 0x7, 0, REG_ECX, 11},
	[RTE_CPUFLAG_AVX512BITALG] = {"AVX512BITALG", 0x7, 0, REG_ECX, 12},
	[RTE_CPUFLAG_AVX512VPOPCNTDQ] = {"AVX512VPOPCNTDQ", 0x7, 0, REG_ECX,
		14},
	[RTE_CPUFLAG_CLDEMOTE] = {"CLDEMOTE", 0x7, 0, REG_ECX, 25},
	[RTE_CPUFLAG_MOVDIRI] = {"MOVDIRI", 0x7, 0, REG_ECX, 27},
	[RTE_CPUFLAG_MOVDIR64B] = {"MOVDIR64B", 0x7, 0, REG_ECX, 28},
	[RTE_CPUFLAG_AVX512VP2INTERSECT] = {"AVX512VP2INTERSECT", 0x7, 0,
		REG_EDX, 8},
	[RTE_CPUFLAG_WAITPKG] = {"WAITPKG", 0x7, 0, REG_ECX, 5},
};

const char *
rte_cpu_get_flag_name(enum rte_cpu_flag_t feature)
{
	if ((unsigned int)feature >= RTE_CPUFLAG_NUMFLAGS)
		return NULL;
	return features[feature].name;
}

int
rte_cpu_get_flag_enabled(enum rte_cpu_flag_t feature)
{
	const struct feature *f;
	uint32_t regs[4], max;

	if ((unsigned int)feature >= RTE_CPUFLAG_NUMFLAGS)
		return -ENOENT;
	f = &features[feature];
	/* The highest leaf of the range (basic or extended) the CPU has. */
	max = __get_cpuid_max(f->leaf & 0x80000000u, NULL);
	if (max == 0 || max < f->leaf)
		return 0;
	__cpuid_count(f->leaf, f->subleaf, regs[REG_EAX], regs[REG_EBX],
		regs[REG_ECX], regs[REG_EDX]);
	return (regs[f->reg] >> f->bit) & 1;
}

int
rte_cpu_is_supported(void)
{
#ifdef RTE_COMPILE_TIME_CPUFLAGS
	static const enum rte_cpu_flag_t needed[] = {RTE_COMPILE_TIME_CPUFLAGS};
	unsigned int i;
	int ok = 1;

	for (i = 0; i < RTE_DIM(needed); i++) {
		if (rte_cpu_get_flag_enabled(needed[i]) == 1)
			continue;
		RTE_LOG(ERR, EAL,
			"this binary needs CPU feature %s, which this CPU "
			"lacks\n",
			rte_cpu_get_flag_name(needed[i]));
		ok = 0;
	}
	return ok;
#else
	return 1;
#endif
}

unsigned long
rte_cpu_getauxval(unsigned long type)
{
	return getauxval(type);
}

int
rte_cpu_strcmp_auxval(unsigned long type, const char *str)
{
	const char *val = (const char *)getauxval(type);

	if (val == NULL || str == NULL)
		return -1;
	return strcmp(val, str);
}
