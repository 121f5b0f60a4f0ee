/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Small Linux queries DPDK 22.11 exports: a number read from a sysfs
 * file, and whether physical addresses are readable.
 */

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_eal.h>
#include <rte_log.h>
#include <rte_memory.h>

#include "eal_private.h"

int
eal_parse_sysfs_value(const char *filename, unsigned long *val)
{
	char buf[BUFSIZ], *end = NULL;
	FILE *f;

	f = fopen(filename, "r");
	if (f == NULL) {
		RTE_LOG(ERR, EAL, "%s(): cannot open sysfs value %s\n",
			__func__, filename);
		return -1;
	}
	if (fgets(buf, sizeof(buf), f) == NULL) {
		RTE_LOG(ERR, EAL, "%s(): cannot read sysfs value %s\n",
			__func__, filename);
		fclose(f);
		return -1;
	}
	fclose(f);
	errno = 0;
	*val = strtoul(buf, &end, 0);
	if (errno != 0 || end == buf || (*end != '\0' && *end != '\n')) {
		RTE_LOG(ERR, EAL, "%s(): cannot parse sysfs value %s\n",
			__func__, filename);
		return -1;
	}
	return 0;
}

int
rte_eal_using_phys_addrs(void)
{
	uint64_t probe = 0;

	/* The kernel hides frame numbers from unprivileged readers. */
	return rte_eal_has_hugepages() &&
		rte_mem_virt2phy(&probe) != RTE_BAD_PHYS_ADDR;
}
