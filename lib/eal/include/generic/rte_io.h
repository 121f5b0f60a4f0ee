/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Reads and writes of device memory (memory-mapped I/O registers) of
 * 8 to 64 bits. The _relaxed forms are single volatile accesses with
 * no ordering; the plain forms order the access against the
 * surrounding memory accesses (rte_io_rmb() after a read,
 * rte_io_wmb() before a write), as DPDK's do.
 */

#ifndef _RTE_IO_H_
#define _RTE_IO_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_compat.h>
#include <rte_atomic.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Read 8 bits of device memory, with no ordering.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint8_t
rte_read8_relaxed(const volatile void *addr)
{
	return *(const volatile uint8_t *)addr;
}

/**
 * Write 8 bits of device memory, with no ordering.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write8_relaxed(uint8_t value, volatile void *addr)
{
	*(volatile uint8_t *)addr = value;
}

/**
 * Read 8 bits of device memory; later memory accesses happen after it.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint8_t
rte_read8(const volatile void *addr)
{
	uint8_t val = rte_read8_relaxed(addr);

	rte_io_rmb();
	return val;
}

/**
 * Write 8 bits of device memory after earlier memory accesses.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write8(uint8_t value, volatile void *addr)
{
	rte_io_wmb();
	rte_write8_relaxed(value, addr);
}

/**
 * Read 16 bits of device memory, with no ordering.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint16_t
rte_read16_relaxed(const volatile void *addr)
{
	return *(const volatile uint16_t *)addr;
}

/**
 * Write 16 bits of device memory, with no ordering.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write16_relaxed(uint16_t value, volatile void *addr)
{
	*(volatile uint16_t *)addr = value;
}

/**
 * Read 16 bits of device memory; later memory accesses happen after it.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint16_t
rte_read16(const volatile void *addr)
{
	uint16_t val = rte_read16_relaxed(addr);

	rte_io_rmb();
	return val;
}

/**
 * Write 16 bits of device memory after earlier memory accesses.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write16(uint16_t value, volatile void *addr)
{
	rte_io_wmb();
	rte_write16_relaxed(value, addr);
}

/**
 * Read 32 bits of device memory, with no ordering.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint32_t
rte_read32_relaxed(const volatile void *addr)
{
	return *(const volatile uint32_t *)addr;
}

/**
 * Write 32 bits of device memory, with no ordering.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write32_relaxed(uint32_t value, volatile void *addr)
{
	*(volatile uint32_t *)addr = value;
}

/**
 * Read 32 bits of device memory; later memory accesses happen after it.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint32_t
rte_read32(const volatile void *addr)
{
	uint32_t val = rte_read32_relaxed(addr);

	rte_io_rmb();
	return val;
}

/**
 * Write 32 bits of device memory after earlier memory accesses.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write32(uint32_t value, volatile void *addr)
{
	rte_io_wmb();
	rte_write32_relaxed(value, addr);
}

/**
 * Read 64 bits of device memory, with no ordering.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint64_t
rte_read64_relaxed(const volatile void *addr)
{
	return *(const volatile uint64_t *)addr;
}

/**
 * Write 64 bits of device memory, with no ordering.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write64_relaxed(uint64_t value, volatile void *addr)
{
	*(volatile uint64_t *)addr = value;
}

/**
 * Read 64 bits of device memory; later memory accesses happen after it.
 *
 * @param addr  Address of the register.
 * @return The value read.
 */
static __rte_always_inline uint64_t
rte_read64(const volatile void *addr)
{
	uint64_t val = rte_read64_relaxed(addr);

	rte_io_rmb();
	return val;
}

/**
 * Write 64 bits of device memory after earlier memory accesses.
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
static __rte_always_inline void
rte_write64(uint64_t value, volatile void *addr)
{
	rte_io_wmb();
	rte_write64_relaxed(value, addr);
}

#ifndef RTE_NATIVE_WRITE32_WC
/**
 * Write 32 bits to write-combined device memory, with no ordering.
 * Without an architecture form it is rte_write32_relaxed().
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
 * accesses. Without an architecture form it is rte_write32().
 *
 * @param value  Value to write.
 * @param addr  Address of the register.
 */
__rte_experimental static __rte_always_inline void
rte_write32_wc(uint32_t value, volatile void *addr)
{
	rte_write32(value, addr);
}
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_IO_H_ */
