/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef RING_INTERNAL_H
#define RING_INTERNAL_H

/*
 * What rte_ring.c shares with the rest of the ring library (the
 * telemetry commands). Not installed.
 */

#include "rte_ring_core.h"

/* "MT", "ST", "MT_RTS", "MT_HTS" (or "unknown"); never NULL. */
const char *ring_sync_name(enum rte_ring_sync_type t);

#endif /* RING_INTERNAL_H */
