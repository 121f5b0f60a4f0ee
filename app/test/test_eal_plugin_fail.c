/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * A -d plugin for eal_flags_autotest whose registration fails, as a
 * handler refused for a full table would: rte_eal_init must then fail.
 */

#include <errno.h>

#include <rte_common.h>
#include <rte_eal.h>

RTE_INIT(eal_test_plugin_fail_init)
{
	rte_eal_plugin_error_report(-ENOSPC);
}
