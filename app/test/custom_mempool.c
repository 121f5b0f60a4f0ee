/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * "custom": the external mempool manager proposal's example handler,
 * one malloc() per object, registered by the test binary itself to show
 * that a handler needs nothing from the library but the public header.
 *
 * The code is the plugin example's, built here under the seed's name
 * and with a live-object counter the tests check: one implementation,
 * documented in examples/ext_mempool_handler/.
 */

#include "custom_mempool.h"

static unsigned long live_objects;

#define EXAMPLE_HANDLER_NAME CUSTOM_MEMPOOL_HANDLER
#define EXAMPLE_LIVE_OBJECTS live_objects
#include "../../examples/ext_mempool_handler/ext_mempool_handler.c"

unsigned long
custom_mempool_live_objects(void)
{
	return __atomic_load_n(&live_objects, __ATOMIC_RELAXED);
}
