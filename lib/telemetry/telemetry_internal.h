/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What the EAL calls to start and stop the telemetry socket. The
 * library depends on no other library: the EAL hands it the runtime
 * directory, its version string, the CPUs for the control thread and
 * its log function.
 */

#ifndef TELEMETRY_INTERNAL_H
#define TELEMETRY_INTERNAL_H

#include <sched.h>
#include <stddef.h>
#include <stdint.h>

#include <rte_compat.h>

/** The EAL's log function (rte_log). */
typedef int (*rte_log_fn)(
	uint32_t level, uint32_t logtype, const char *format, ...);

/**
 * Open <runtime_dir>/dpdk_telemetry.v2 (or the first free
 * "dpdk_telemetry.v2:<n>" when a live process already listens there),
 * mode 0600, and start the thread that serves it.
 *
 * @param runtime_dir
 *   Existing directory for the socket.
 * @param rte_version
 *   Version string of the greeting and /info; must stay valid.
 * @param cpuset
 *   CPUs the telemetry threads may run on; NULL: inherit.
 * @param log_fn
 *   Where log lines go; NULL: stderr.
 * @param registered_logtype
 *   Log type passed to log_fn.
 * @return
 *   0, or -1 after one log line (nothing is left open).
 */
__rte_internal int rte_telemetry_init(const char *runtime_dir,
	const char *rte_version, const cpu_set_t *cpuset, rte_log_fn log_fn,
	uint32_t registered_logtype);

/**
 * Close the socket, end every connection and join every telemetry
 * thread, then remove the socket file. Nothing if not started.
 */
__rte_internal void rte_telemetry_stop(void);

/**
 * Remove the telemetry socket files of dead processes from a runtime
 * dir: "dpdk_telemetry.v2" and "dpdk_telemetry.v2:<n>" sockets nobody
 * listens on (a process killed before rte_eal_cleanup leaves its
 * file). rte_telemetry_init does it before it picks a name; the EAL's
 * primary does it at cleanup, so that the dir can be removed.
 *
 * @param runtime_dir
 *   The directory.
 * @return
 *   The number of files removed, or -1 (no such directory).
 */
__rte_internal int rte_telemetry_sweep(const char *runtime_dir);

/**
 * Path of the socket being served.
 *
 * @return
 *   The path, or NULL if telemetry is not running.
 */
__rte_internal const char *rte_telemetry_socket_path(void);

#endif /* TELEMETRY_INTERNAL_H */
