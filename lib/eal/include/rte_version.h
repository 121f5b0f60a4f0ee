/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Version of this tree.
 */

#ifndef _RTE_VERSION_H_
#define _RTE_VERSION_H_

#include <rte_common.h>

/**
 * The version string, e.g. "DPDK-EMM 0.1.0".
 *
 * @return The string.
 */
const char *rte_version(void);

#endif /* _RTE_VERSION_H_ */
