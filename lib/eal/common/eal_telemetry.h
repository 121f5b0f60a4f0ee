/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef EAL_TELEMETRY_H
#define EAL_TELEMETRY_H

/*
 * Start the telemetry socket unless --no-telemetry was given (called by
 * rte_eal_init once everything else is up). Returns 0, or -1 with
 * rte_errno set after one log line.
 */
int eal_telemetry_start(void);

/* Stop it and remove its socket (rte_eal_cleanup, failed init). */
void eal_telemetry_stop(void);

#endif /* EAL_TELEMETRY_H */
