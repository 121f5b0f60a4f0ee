/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* CPU and NUMA topology as Linux reports it. */

#include <dirent.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifdef RTE_HAS_LIBNUMA
#include <numa.h>
#endif

#include <rte_common.h>
#include <rte_log.h>

#include "eal_core.h"

#define SYS_CPU_DIR "/sys/devices/system/cpu"

static cpu_set_t initial_affinity;
static int initial_affinity_known;
static pthread_mutex_t affinity_lock = PTHREAD_MUTEX_INITIALIZER;

/*
 * The CPUs the process may run on, as it was before the EAL pinned the
 * main thread (so a second rte_eal_init after a failure sees the same).
 */
int
eal_cpu_affinity(cpu_set_t *set)
{
	int ret = 0;

	pthread_mutex_lock(&affinity_lock);
	if (!initial_affinity_known) {
		CPU_ZERO(&initial_affinity);
		if (pthread_getaffinity_np(pthread_self(),
			    sizeof(initial_affinity), &initial_affinity) != 0)
			ret = -1;
		else
			initial_affinity_known = 1;
	}
	if (ret == 0)
		memcpy(set, &initial_affinity, sizeof(*set));
	pthread_mutex_unlock(&affinity_lock);
	return ret;
}

/* Capture the affinity before anything pins the main thread. */
RTE_INIT(eal_affinity_snapshot)
{
	cpu_set_t set;

	eal_cpu_affinity(&set);
}

int
eal_cpu_detected(unsigned int cpu)
{
	char path[128];

	if (cpu >= CPU_SETSIZE)
		return 0;
	/* An offline CPU has no topology: it cannot run an lcore. */
	snprintf(
		path, sizeof(path), SYS_CPU_DIR "/cpu%u/topology/core_id", cpu);
	return access(path, F_OK) == 0;
}

/* NUMA node of a CPU from sysfs: the cpuN/nodeM link. */
static unsigned int
sysfs_cpu_node(unsigned int cpu)
{
	char path[128];
	struct dirent *e;
	unsigned int node = 0;
	DIR *d;

	snprintf(path, sizeof(path), SYS_CPU_DIR "/cpu%u", cpu);
	d = opendir(path);
	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		char *end;
		unsigned long n;

		if (strncmp(e->d_name, "node", 4) != 0)
			continue;
		n = strtoul(e->d_name + 4, &end, 10);
		if (end != e->d_name + 4 && *end == '\0') {
			node = (unsigned int)n;
			break;
		}
	}
	closedir(d);
	return node;
}

unsigned int
eal_cpu_socket_id(unsigned int cpu)
{
	unsigned int node;

#ifdef RTE_HAS_LIBNUMA
	/* libnuma only matters when there is a choice of nodes. */
	if (numa_available() >= 0 && numa_num_configured_nodes() > 1) {
		int n = numa_node_of_cpu((int)cpu);

		node = n < 0 ? 0 : (unsigned int)n;
	} else {
		node = sysfs_cpu_node(cpu);
	}
#else
	node = sysfs_cpu_node(cpu);
#endif
	if (node >= RTE_MAX_NUMA_NODES) {
		RTE_LOG(WARNING, EAL,
			"CPU %u is on NUMA node %u, above RTE_MAX_NUMA_NODES; "
			"using node 0\n",
			cpu, node);
		node = 0;
	}
	return node;
}
