/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Calls between the parts of the EAL. rte_eal_init (linux/eal.c) calls
 * them in this order:
 *   eal_parse_args -> eal_log_init -> eal_runtime_dir_create ->
 *   eal_memory_init (shared config + arena + heap + memzones) ->
 *   eal_tailqs_init -> eal_lcores_init/launch threads -> eal_plugins_init.
 * rte_eal_cleanup undoes them in reverse.
 */

#ifndef EAL_PRIVATE_H
#define EAL_PRIVATE_H

#include <stdint.h>
#include <stdio.h>

#include "eal_internal_cfg.h"

/* Create /var/run/dpdk/<prefix> (0700) or the XDG/tmp fallback. */
int eal_runtime_dir_create(void);

/* Path of a runtime file: <runtime dir>/<name>. */
const char *eal_runtime_path(char *buf, size_t len, const char *name);

/*
 * Primary: create the shared config and the arena, init the heap and
 * memzone table. Secondary: check magic/version/owner, map both at
 * the primary's addresses. Returns 0 or -1 with rte_errno set and a
 * one-line message already logged.
 */
int eal_memory_init(void);

/* Attach every registered rte_tailq_elem to its shared head. */
int eal_tailqs_init(void);

/* Unmap memory; a primary also removes its runtime files. */
void eal_memory_cleanup(void);

/* Load the -d plugins (files or folders of .so). */
int eal_plugins_init(void);

/* Record a -d argument. */
int eal_plugin_add(const char *path);

/* TSC frequency estimate, set once at init. */
int eal_timer_init(void);

/*
 * Read an unsigned number (any base strtoul() takes) from the first
 * line of a file, e.g. in sysfs. Returns 0, or -1 (logged) if the file
 * cannot be read or does not hold a number.
 */
int eal_parse_sysfs_value(const char *filename, unsigned long *val);

/* Stop the alarm thread and drop pending alarms (rte_eal_cleanup). */
void eal_alarm_cleanup(void);

#endif /* EAL_PRIVATE_H */
