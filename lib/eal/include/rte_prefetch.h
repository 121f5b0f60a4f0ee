/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Cache prefetch hints: the architecture header. As in DPDK, <rte_prefetch.h> holds
 * what is specific to the CPU and includes generic/rte_prefetch.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_PREFETCH_ARCH_H_
#define _RTE_PREFETCH_ARCH_H_

#include <rte_common.h>
#include <rte_compat.h>
#include "generic/rte_prefetch.h"

#endif /* _RTE_PREFETCH_ARCH_H_ */
