/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The rte_mp_* channel between the processes of one file prefix: what
 * rte_eal_init and rte_eal_cleanup call (eal_common_proc.c).
 */

#ifndef EAL_PROC_H
#define EAL_PROC_H

/*
 * Bind this process's socket in the runtime dir and start the thread
 * that serves it. Needs the runtime dir and, for a secondary, the
 * primary's shared config (a secondary registers itself there). Does
 * nothing with --in-memory. Returns 0, or -1 with rte_errno set and a
 * log line.
 */
int eal_mp_channel_init(void);

/*
 * Stop the thread, close and remove this process's socket, drop the
 * asynchronous requests still pending. Safe to call when the channel
 * was never started.
 */
void eal_mp_channel_cleanup(void);

#endif /* EAL_PROC_H */
