/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The seed's malloc-per-object mempool handler, "custom", registered by
 * the test binary itself (custom_mempool.c).
 */

#ifndef CUSTOM_MEMPOOL_H
#define CUSTOM_MEMPOOL_H

/* Name the handler registers under. */
#define CUSTOM_MEMPOOL_HANDLER "custom"

/*
 * Objects the handler has malloc'd and not yet freed, over every pool
 * using it: back to its old value once a pool is freed.
 */
unsigned long custom_mempool_live_objects(void);

#endif /* CUSTOM_MEMPOOL_H */
