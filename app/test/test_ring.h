/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* What test_ring.c takes from the other ring_autotest files. */

#ifndef TEST_RING_H
#define TEST_RING_H

#include "test.h"

/* Sync modes, peek and zero-copy (test_ring_modes.c). */
extern struct unit_test_suite ring_modes_suite;

#endif /* TEST_RING_H */
