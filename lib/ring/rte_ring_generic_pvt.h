/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Head and tail moves of the ring for the barrier-based memory model, DPDK's default on x86. DPDK keeps one
 * such header per memory model and picks one at build time. This tree
 * has a single implementation, written on the C11 model for every
 * CPU: __rte_ring_move_prod_head(), __rte_ring_move_cons_head() and
 * __rte_ring_update_tail() are in rte_ring_elem_pvt.h, which this
 * header brings. Applications include rte_ring.h, not this file.
 */

#ifndef _RTE_RING_GENERIC_PVT_H_
#define _RTE_RING_GENERIC_PVT_H_

#include <rte_ring_core.h>
#include <rte_ring_elem_pvt.h>

#endif /* _RTE_RING_GENERIC_PVT_H_ */
