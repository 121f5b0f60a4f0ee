/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Version numbers of the tree. */

#include <rte_version.h>

const char *
rte_version_prefix(void)
{
	return RTE_VER_PREFIX;
}

unsigned int
rte_version_year(void)
{
	return RTE_VER_YEAR;
}

unsigned int
rte_version_month(void)
{
	return RTE_VER_MONTH;
}

unsigned int
rte_version_minor(void)
{
	return RTE_VER_MINOR;
}

const char *
rte_version_suffix(void)
{
	return RTE_VER_SUFFIX;
}

unsigned int
rte_version_release(void)
{
	return RTE_VER_RELEASE;
}

const char *
rte_version(void)
{
	return "DPDK-EMM " RTE_VER_STRING;
}
