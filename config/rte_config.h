/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Compile-time limits and defaults shared by every library. Values that
 * meson options control come from the generated rte_build_config.h.
 */

#ifndef _RTE_CONFIG_H_
#define _RTE_CONFIG_H_

#include <rte_build_config.h>

/* Toolchain and environment, as DPDK 22.11's x86_64 Linux build. */
#ifndef RTE_TOOLCHAIN
#if defined(__clang__)
#define RTE_TOOLCHAIN "clang"
#define RTE_TOOLCHAIN_CLANG 1
#else
#define RTE_TOOLCHAIN "gcc"
#define RTE_TOOLCHAIN_GCC 1
#endif
#endif
#define RTE_ENV_FREEBSD 0
#define RTE_ENV_LINUX 1
#define RTE_ENV_WINDOWS 0
#ifndef RTE_EXEC_ENV
#define RTE_EXEC_ENV RTE_ENV_LINUX
#endif
#define RTE_EXEC_ENV_IS_FREEBSD 0
#define RTE_EXEC_ENV_IS_LINUX 1
#define RTE_EXEC_ENV_IS_WINDOWS 0
#define RTE_EXEC_ENV_LINUXAPP 1
#if defined(RTE_ARCH_X86_64) && !defined(RTE_ARCH)
#define RTE_ARCH "x86_64"
#endif
#ifndef RTE_MACHINE
#define RTE_MACHINE "default"
#endif
#ifndef RTE_VER_PREFIX
#define RTE_VER_PREFIX "DPDK-EMM"
#endif
#ifdef RTE_HAS_LIBNUMA
#define RTE_EAL_NUMA_AWARE_HUGEPAGES 1
#endif
#define RTE_IOVA_AS_PA 0

/* Libraries and drivers of this tree. */
#define RTE_LIB_EAL 1
#define RTE_LIB_RING 1
#define RTE_LIB_STACK 1
#define RTE_LIB_MEMPOOL 1
#define RTE_LIB_MBUF 1
#define RTE_LIB_NET 1
#define RTE_LIB_TELEMETRY 1
#define RTE_MEMPOOL_RING 1
#define RTE_MEMPOOL_STACK 1
#define RTE_MEMPOOL_BUCKET 1

/* x86 CPU features the code is compiled for (see rte_cpu_is_supported). */
#if defined(RTE_ARCH_X86_64) && !defined(RTE_COMPILE_TIME_CPUFLAGS)
#if defined(__SSE4_2__) && defined(__GCC_HAVE_SYNC_COMPARE_AND_SWAP_16)
#define RTE_COMPILE_TIME_CPUFLAGS \
	RTE_CPUFLAG_SSE, RTE_CPUFLAG_SSE2, RTE_CPUFLAG_SSE3, \
		RTE_CPUFLAG_SSSE3, RTE_CPUFLAG_SSE4_1, RTE_CPUFLAG_SSE4_2, \
		RTE_CPUFLAG_CMPXCHG16B
#elif defined(__SSE4_2__)
#define RTE_COMPILE_TIME_CPUFLAGS \
	RTE_CPUFLAG_SSE, RTE_CPUFLAG_SSE2, RTE_CPUFLAG_SSE3, \
		RTE_CPUFLAG_SSSE3, RTE_CPUFLAG_SSE4_1, RTE_CPUFLAG_SSE4_2
#else
#define RTE_COMPILE_TIME_CPUFLAGS RTE_CPUFLAG_SSE, RTE_CPUFLAG_SSE2
#endif
#endif

/* The lock-free stack needs a 128-bit compare-and-swap. */
#if (defined(RTE_ARCH_X86_64) || defined(RTE_ARCH_ARM64)) && \
	!defined(RTE_STACK_LF_SUPPORTED)
#define RTE_STACK_LF_SUPPORTED
#endif

/* EAL */
#define RTE_MAX_MEMZONE 2560
#define RTE_MAX_TAILQ 32
#define RTE_LOG_DP_LEVEL RTE_LOG_INFO
#define RTE_BACKTRACE 1
#define RTE_MAX_PLUGINS 32
#define RTE_MAX_HEAPS 32
#define RTE_MAX_MEMSEG_LISTS 128
#define RTE_MAX_MEMSEG_PER_LIST 8192
#define RTE_MAX_MEM_MB_PER_LIST 32768
#define RTE_MAX_MEMSEG_PER_TYPE 32768
#define RTE_MAX_MEM_MB_PER_TYPE 65536
#define RTE_MAX_MEM_MB 524288

/* ring */
#define RTE_RING_MAX_SIZE_LOG2 28

/* mempool */
#define RTE_MEMPOOL_CACHE_MAX_SIZE 512
/** Size of the handler table (the seed's name and DPDK's). */
#define RTE_MEMPOOL_MAX_HANDLER_IDX 64
#define RTE_MEMPOOL_MAX_OPS_IDX RTE_MEMPOOL_MAX_HANDLER_IDX
#define RTE_MEMPOOL_ALIGN RTE_CACHE_LINE_SIZE

/* mbuf */
#define RTE_MBUF_REFCNT_ATOMIC 1
#define RTE_PKTMBUF_HEADROOM 128

#endif /* _RTE_CONFIG_H_ */
