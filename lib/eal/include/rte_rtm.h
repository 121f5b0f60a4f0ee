/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Intel restricted transactional memory (RTM) instructions. Only call
 * them where rte_cpu_get_flag_enabled(RTE_CPUFLAG_RTM) is true.
 */

#ifndef _RTE_RTM_H_
#define _RTE_RTM_H_

#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** rte_xbegin() result when the transaction started. */
#define RTE_XBEGIN_STARTED (~0u)
/** Abort status: explicit rte_xabort(). */
#define RTE_XABORT_EXPLICIT (1 << 0)
/** Abort status: the transaction may succeed if retried. */
#define RTE_XABORT_RETRY (1 << 1)
/** Abort status: a memory conflict. */
#define RTE_XABORT_CONFLICT (1 << 2)
/** Abort status: the transaction ran out of buffer space. */
#define RTE_XABORT_CAPACITY (1 << 3)
/** Abort status: a debug breakpoint. */
#define RTE_XABORT_DEBUG (1 << 4)
/** Abort status: the abort happened in a nested transaction. */
#define RTE_XABORT_NESTED (1 << 5)
/** The rte_xabort() code from an abort status. */
#define RTE_XABORT_CODE(x) (((x) >> 24) & 0xff)
/** The rte_xabort() code the EAL locks use when the lock is taken. */
#define RTE_XABORT_LOCK_BUSY (0xff)

/**
 * Start a transaction.
 *
 * @return
 *   RTE_XBEGIN_STARTED, or the abort status when it aborted.
 */
static __rte_always_inline unsigned int
rte_xbegin(void)
{
	unsigned int ret = RTE_XBEGIN_STARTED;

	asm volatile(".byte 0xc7,0xf8 ; .long 0" : "+a"(ret)::"memory");
	return ret;
}

/** Commit the current transaction. */
static __rte_always_inline void
rte_xend(void)
{
	asm volatile(".byte 0x0f,0x01,0xd5" ::: "memory");
}

/**
 * Abort the current transaction with an 8-bit code (a constant).
 *
 * @param status
 *   The code.
 */
#define rte_xabort(status) \
	do { \
		asm volatile(".byte 0xc6,0xf8,%P0" ::"i"(status) : "memory"); \
	} while (0)

/**
 * Tell whether a transaction is running.
 *
 * @return
 *   Non-zero inside a transaction.
 */
static __rte_always_inline int
rte_xtest(void)
{
	unsigned char out;

	asm volatile(".byte 0x0f,0x01,0xd6 ; setnz %0" : "=r"(out)::"memory");
	return out;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RTM_H_ */
