/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Per-lcore error number set by library functions that fail.
 */

#ifndef _RTE_ERRNO_H_
#define _RTE_ERRNO_H_

#include <rte_per_lcore.h>

#ifdef __cplusplus
extern "C" {
#endif

RTE_DECLARE_PER_LCORE(int, _rte_errno);

/** The calling thread's last library error (an errno value). */
#define rte_errno RTE_PER_LCORE(_rte_errno)

/**
 * Text describing an error number, including the EAL's own codes.
 *
 * @param errnum  An errno value or one of the RTE_* codes below.
 * @return A string valid until the next call in this thread.
 */
const char *rte_strerror(int errnum);

#ifndef __ELASTERROR
/** Highest errno value the C library uses. */
#define __ELASTERROR 1000
#endif

/** Error codes of the EAL beyond the C library's. */
enum {
	RTE_MIN_ERRNO = __ELASTERROR, /**< below this, plain errno values */
	/** The operation is not allowed in a secondary process. */
	E_RTE_SECONDARY,
	/** Missing rte_config structure. */
	E_RTE_NO_CONFIG,
	RTE_MAX_ERRNO /**< one past the last EAL code */
};

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ERRNO_H_ */
