/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The malloc-per-object mempool handler "custom" (the external mempool
 * manager proposal's example), registered by the test binary itself
 * (custom_mempool.c).
 */

#ifndef CUSTOM_MEMPOOL_H
#define CUSTOM_MEMPOOL_H

/* Name the handler registers under. */
#define CUSTOM_MEMPOOL_HANDLER "custom"

/*
 * The example handler's live-object counter (EXAMPLE_LIVE_OBJECTS):
 * read it through custom_mempool_live_objects().
 */
extern unsigned long custom_mempool_live;

/*
 * Objects the handler has malloc'd and not yet freed, over every pool
 * using it: back to its old value once a pool is freed.
 */
unsigned long custom_mempool_live_objects(void);

#endif /* CUSTOM_MEMPOOL_H */
