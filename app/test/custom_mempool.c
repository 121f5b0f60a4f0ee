/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * "custom": the external mempool manager proposal's example handler,
 * one malloc() per object, registered by the test binary itself to show
 * that a handler needs nothing from the library but the public header.
 *
 * The handler is examples/ext_mempool_handler/ext_mempool_handler.c,
 * compiled by app/test/meson.build under the name "custom" and with the
 * live-object counter below, which the tests check: one implementation,
 * documented in examples/ext_mempool_handler/.
 */

#include "custom_mempool.h"

unsigned long custom_mempool_live;

unsigned long
custom_mempool_live_objects(void)
{
	return __atomic_load_n(&custom_mempool_live, __ATOMIC_RELAXED);
}
