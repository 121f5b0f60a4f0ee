/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef EAL_TELEMETRY_H
#define EAL_TELEMETRY_H

#include <stdint.h>

/*
 * Start the telemetry socket unless --no-telemetry was given (called by
 * rte_eal_init once everything else is up). Returns 0, or -1 with
 * rte_errno set after one log line.
 */
int eal_telemetry_start(void);

/* Stop it and remove its socket (rte_eal_cleanup, failed init). */
void eal_telemetry_stop(void);

/*
 * Keep a copy of rte_eal_init's arguments for /eal/params (up to "--")
 * and /eal/app_params (after it). Called before they are parsed.
 */
void eal_telemetry_save_args(int argc, char **argv);

struct rte_memzone;

/*
 * Copy of memzone descriptor idx taken under the memory lock: 0, or
 * -ENOENT when the slot is free or out of range.
 */
int eal_memzone_snapshot(unsigned int idx, struct rte_memzone *out);

/* Indices of the live memzones, at most max of them, in slot order. */
unsigned int eal_memzone_ids(uint32_t *ids, unsigned int max);

#endif /* EAL_TELEMETRY_H */
