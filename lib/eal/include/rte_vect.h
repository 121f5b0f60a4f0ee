/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * SIMD vector types: the architecture header. As in DPDK, <rte_vect.h> holds
 * what is specific to the CPU and includes generic/rte_vect.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_VECT_ARCH_H_
#define _RTE_VECT_ARCH_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_config.h>
#include "generic/rte_vect.h"

#endif /* _RTE_VECT_ARCH_H_ */
