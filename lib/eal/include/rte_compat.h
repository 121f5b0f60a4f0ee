/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Markers for API stability; they do not change code generation here.
 */

#ifndef _RTE_COMPAT_H_
#define _RTE_COMPAT_H_

#include <rte_common.h>

#endif /* _RTE_COMPAT_H_ */
