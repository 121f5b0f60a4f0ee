/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <rte_version.h>

const char *
rte_version(void)
{
	return "DPDK-EMM " RTE_VER_STRING;
}
