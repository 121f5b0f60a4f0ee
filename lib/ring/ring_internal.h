/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef RING_INTERNAL_H
#define RING_INTERNAL_H

/*
 * What the files of the ring library share with each other (the
 * telemetry commands, the dead-peer records). Not installed.
 */

#include "rte_ring_core.h"

/* "MT", "ST", "MT_RTS", "MT_HTS" (or "unknown"); never NULL. */
const char *ring_sync_name(enum rte_ring_sync_type t);

/*
 * Map the in-flight records of RING_F_DEAD_PEER rings (rte_ring_dp.c),
 * creating them if no process did. 0 or a negative errno, logged.
 */
int ring_dp_table_attach(void);

/*
 * Free the in-flight records that dead processes left naming r (a ring
 * being laid out or reset, maybe at the address of a freed one): its
 * positions start again, and a finisher must not trust them.
 */
void ring_dp_forget(const struct rte_ring *r);

#endif /* RING_INTERNAL_H */
