/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef EAL_HOOKS_H
#define EAL_HOOKS_H

/*
 * Run the hooks registered with rte_eal_init_hook_register(), in
 * registration order. rte_eal_init calls this once memory, tailqs and
 * lcore threads are up and before -d plugins load. Returns 0, or -1
 * with rte_errno set (and the failing hook named in the log) at the
 * first hook that fails; later hooks do not run.
 */
int eal_init_hooks_run(void);

#endif /* EAL_HOOKS_H */
