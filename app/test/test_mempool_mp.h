/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Tiny ring-backed handlers for mempool_mp_autotest. Each checks that
 * the pool it is called on was set up by itself, so a process calling
 * the wrong handler for an index is caught, not silently served.
 *
 * Registration order depends on the process: the primary registers
 * a, b, po after EAL init (from the test); a child whose DPDK_TEST
 * starts with "mempool_mp_child" registers b, extra from a constructor
 * (before EAL init: the re-slot path moves both) and a later, itself
 * (the post-init path must give it the primary's index).
 */

#ifndef TEST_MEMPOOL_MP_H
#define TEST_MEMPOOL_MP_H

#include <rte_mempool.h>

#define MPT_HANDLER_A "mpt_a"
#define MPT_HANDLER_B "mpt_b"
/* Only the primary has it. */
#define MPT_HANDLER_PO "mpt_primary_only"
/* Only the secondaries have it (until the primary adds it late). */
#define MPT_HANDLER_EXTRA "mpt_extra"

extern struct rte_mempool_handler mpt_handler_a;
extern struct rte_mempool_handler mpt_handler_b;
extern struct rte_mempool_handler mpt_handler_po;
extern struct rte_mempool_handler mpt_handler_extra;

/* Calls of a test handler on a pool another handler set up. */
unsigned int mpt_wrong_handler_calls(void);

#endif /* TEST_MEMPOOL_MP_H */
