/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Device memory access: the architecture header. As in DPDK,
 * <rte_io.h> includes generic/rte_io.h and supplies the write-combined
 * 32-bit store itself (RTE_NATIVE_WRITE32_WC). DPDK uses MOVDIRI for it
 * where the CPU has that instruction; this tree issues a plain store,
 * which write-combined memory also accepts.
 */

#ifndef _RTE_IO_ARCH_H_
#define _RTE_IO_ARCH_H_

#include <rte_compat.h>
#include <rte_cpuflags.h>

/** This header defines rte_write32_wc() and rte_write32_wc_relaxed(). */
#define RTE_NATIVE_WRITE32_WC
#include "generic/rte_io.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Write 32 bits to write-combined device memory, with no ordering.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
__rte_experimental static __rte_always_inline void
rte_write32_wc_relaxed(uint32_t value, volatile void *addr)
{
	rte_write32_relaxed(value, addr);
}

/**
 * Write 32 bits to write-combined device memory after earlier memory
 * accesses (a store barrier, as write-combined stores may pass others).
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
__rte_experimental static __rte_always_inline void
rte_write32_wc(uint32_t value, volatile void *addr)
{
	rte_wmb();
	rte_write32_relaxed(value, addr);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_IO_ARCH_H_ */
