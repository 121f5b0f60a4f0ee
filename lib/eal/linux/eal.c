/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* rte_eal_init and rte_eal_cleanup: the order of start-up and shutdown. */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_version.h>

#include "eal_core.h"
#include "eal_hooks.h"
#include "eal_internal_cfg.h"
#include "eal_private.h"
#include "eal_proc.h"
#include "eal_telemetry.h"

/* 0: free, 1: rte_eal_init running or done. */
static uint32_t run_once;
static int eal_initialized;

enum rte_proc_type_t
rte_eal_process_type(void)
{
	return eal_get_internal_configuration()->process_type;
}

enum rte_iova_mode
rte_eal_iova_mode(void)
{
	return RTE_IOVA_VA;
}

const char *
rte_eal_mbuf_user_pool_ops(void)
{
	return eal_get_internal_configuration()->user_mbuf_pool_ops_name;
}

int
rte_eal_is_initialized(void)
{
	return __atomic_load_n(&eal_initialized, __ATOMIC_ACQUIRE);
}

/* Undo a failed init; rte_errno is preserved for the caller. */
static int
init_failed(int memory_up, int threads_up)
{
	int err = rte_errno;

	eal_mp_channel_cleanup();
	if (threads_up)
		eal_threads_stop();
	if (memory_up)
		eal_memory_cleanup();
	eal_log_reset();
	eal_reset_config();
	eal_get_internal_configuration()->process_type = RTE_PROC_INVALID;
	__atomic_store_n(&run_once, 0, __ATOMIC_RELEASE);
	rte_errno = err != 0 ? err : EINVAL;
	return -1;
}

int
rte_eal_init(int argc, char **argv)
{
	uint32_t expected = 0;
	int nargs;

	if (!__atomic_compare_exchange_n(&run_once, &expected, 1, 0,
		    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
		fprintf(stderr, "EAL: rte_eal_init already called\n");
		rte_errno = EALREADY;
		return -1;
	}
	rte_errno = 0;

	/* 1. Options: nothing exists outside this process yet. */
	eal_reset_config();
	eal_telemetry_save_args(argc, argv);
	nargs = eal_parse_args(argc, argv);
	if (nargs < 0)
		return init_failed(0, 0);
	eal_log_init();
	if (eal_timer_init() < 0) {
		rte_errno = ENOTSUP;
		return init_failed(0, 0);
	}
	if (eal_lcores_init() < 0)
		return init_failed(0, 0);
	RTE_LOG(DEBUG, EAL, "%s, main lcore %u\n", rte_version(),
		rte_get_main_lcore());

	/* 2. Shared memory: from here on, failures remove what was made. */
	if (eal_runtime_dir_create() < 0)
		return init_failed(0, 0);
	if (eal_memory_init() < 0)
		return init_failed(1, 0);
	if (eal_tailqs_init() < 0)
		return init_failed(1, 0);
	if (eal_mp_channel_init() < 0)
		return init_failed(1, 0);

	/* 3. Lcore threads, then plugins (which may use every service). */
	if (eal_threads_start() < 0)
		return init_failed(1, 0);
	__atomic_store_n(&eal_initialized, 1, __ATOMIC_RELEASE);
	/* 4. Library hooks (shared state they sync), then plugins. */
	if (eal_init_hooks_run() < 0) {
		__atomic_store_n(&eal_initialized, 0, __ATOMIC_RELEASE);
		return init_failed(1, 1);
	}
	if (eal_plugins_init() < 0) {
		__atomic_store_n(&eal_initialized, 0, __ATOMIC_RELEASE);
		return init_failed(1, 1);
	}
	if (eal_telemetry_start() < 0) {
		__atomic_store_n(&eal_initialized, 0, __ATOMIC_RELEASE);
		return init_failed(1, 1);
	}
	RTE_LOG(DEBUG, EAL, "initialised as %s process\n",
		rte_eal_process_type() == RTE_PROC_SECONDARY ? "secondary"
							     : "primary");
	return nargs;
}

int
rte_eal_cleanup(void)
{
	if (!__atomic_exchange_n(&eal_initialized, 0, __ATOMIC_ACQ_REL)) {
		rte_errno = EALREADY;
		return -EALREADY;
	}
	eal_telemetry_stop();
	eal_alarm_cleanup();
	eal_mp_channel_cleanup();
	eal_threads_stop();
	eal_memory_cleanup();
	eal_log_reset();
	eal_reset_config();
	eal_get_internal_configuration()->process_type = RTE_PROC_INVALID;
	__atomic_store_n(&run_once, 0, __ATOMIC_RELEASE);
	return 0;
}
