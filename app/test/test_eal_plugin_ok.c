/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * A -d plugin for eal_flags_autotest: its constructor registers a log
 * type, and the test finds its marker symbol once it is loaded.
 */

#include <rte_common.h>
#include <rte_log.h>

int eal_test_plugin_marker(void);

static int plugin_logtype = -1;

int
eal_test_plugin_marker(void)
{
	return plugin_logtype;
}

RTE_INIT(eal_test_plugin_init)
{
	plugin_logtype = rte_log_register("test.plugin.ok");
}
