/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The EAL's side of telemetry: starting and stopping the socket with
 * the EAL's runtime dir, version, control CPUs and log, and the
 * "/eal/..." commands.
 */

#include <errno.h>
#include <sched.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_telemetry.h>
#include <rte_version.h>

#include "eal_core.h"
#include "eal_internal_cfg.h"
#include "eal_memcfg.h"
#include "eal_telemetry.h"
#include "telemetry_internal.h"

static int dir_made_for_telemetry;

/* Control threads run on the CPUs no lcore uses, as in DPDK. */
static void
ctrl_cpuset(cpu_set_t *set)
{
	cpu_set_t rest;
	unsigned int i;
	int cpu;

	CPU_ZERO(set);
	if (eal_cpu_affinity(set) < 0)
		return;
	rest = *set;
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		if (eal_lcores.lcore[i].role != ROLE_RTE)
			continue;
		for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
			if (CPU_ISSET(cpu, &eal_lcores.lcore[i].cpuset))
				CPU_CLR(cpu, &rest);
	}
	if (CPU_COUNT(&rest) > 0)
		*set = rest;
}

int
eal_telemetry_start(void)
{
	struct internal_config *cfg = eal_get_internal_configuration();
	cpu_set_t set;

	if (cfg->no_telemetry)
		return 0;
	/* --in-memory has no runtime files, but its socket needs a home. */
	if (cfg->in_memory) {
		if (eal_runtime_dir_ensure() < 0)
			return -1;
		dir_made_for_telemetry = 1;
	}
	ctrl_cpuset(&set);
	if (rte_telemetry_init(rte_eal_get_runtime_dir(), rte_version(),
		    CPU_COUNT(&set) > 0 ? &set : NULL, rte_log,
		    RTE_LOGTYPE_EAL) < 0) {
		RTE_LOG(ERR, EAL,
			"cannot start telemetry (--no-telemetry "
			"runs without it)\n");
		eal_telemetry_stop();
		rte_errno = EFAULT;
		return -1;
	}
	return 0;
}

void
eal_telemetry_stop(void)
{
	rte_telemetry_stop();
	if (dir_made_for_telemetry) {
		eal_runtime_dir_remove();
		dir_made_for_telemetry = 0;
	}
}
