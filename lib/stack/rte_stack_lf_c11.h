/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * In DPDK, the lock-free stack's list operations on the C11 memory model, DPDK's choice for aarch64; it picks one of rte_stack_lf_c11.h,
 * rte_stack_lf_generic.h and rte_stack_lf_stubs.h at build time. This
 * tree builds for CPUs that have the 128-bit compare-exchange
 * (RTE_STACK_LF_SUPPORTED) and has one implementation, on the C11
 * model, in rte_stack_lf.h; this header brings it through rte_stack.h.
 * Applications include rte_stack.h, not this file.
 */

#ifndef _RTE_STACK_LF_C11_H_
#define _RTE_STACK_LF_C11_H_

#include <rte_branch_prediction.h>
#include <rte_prefetch.h>
#include <rte_stack.h>

#endif /* _RTE_STACK_LF_C11_H_ */
