/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Fatal errors and assertions.
 */

#ifndef _RTE_DEBUG_H_
#define _RTE_DEBUG_H_

#include <rte_common.h>
#include <rte_branch_prediction.h>
#include <rte_log.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Print the current call stack to the log.
 */
void rte_dump_stack(void);

/**
 * Log a message with the call stack, then abort the process.
 * Use rte_panic() instead of calling this directly.
 */
void __rte_panic(const char *funcname, const char *format, ...)
	__rte_format_printf(2, 3) __rte_noreturn __rte_cold;

/** Stop the process with a message and a call stack. */
#define rte_panic(...) __rte_panic(__func__, __VA_ARGS__)

/** rte_panic() with an explicit function name and a non-empty list. */
#define rte_panic_(func, format, ...) \
	__rte_panic(func, format "%.0s", __VA_ARGS__)

/** Panic when an expression is false, in every build. */
#define RTE_VERIFY(exp) \
	do { \
		if (unlikely(!(exp))) \
			rte_panic("line %d\tassert \"%s\" failed\n", __LINE__, \
				#exp); \
	} while (0)

#ifdef RTE_ENABLE_ASSERT
/** Panic when an expression is false, in debug builds only. */
#define RTE_ASSERT(exp) RTE_VERIFY(exp)
#else
/** Panic when an expression is false: nothing in release builds. */
#define RTE_ASSERT(exp) \
	do { \
	} while (0)
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_DEBUG_H_ */
