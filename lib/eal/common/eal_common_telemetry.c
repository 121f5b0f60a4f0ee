/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The EAL's side of telemetry: starting and stopping the socket with
 * the EAL's runtime dir, version, control CPUs and log, and the
 * "/eal/..." commands.
 */

#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
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
	/*
	 * Secondaries killed before rte_eal_cleanup leave their sockets;
	 * the primary removes them (live ones stay), whether or not it
	 * serves telemetry itself, so that its runtime dir can go.
	 */
	if (rte_eal_process_type() == RTE_PROC_PRIMARY &&
		rte_eal_get_runtime_dir()[0] != '\0')
		rte_telemetry_sweep(rte_eal_get_runtime_dir());
	if (dir_made_for_telemetry) {
		eal_runtime_dir_remove();
		dir_made_for_telemetry = 0;
	}
}

/* ----- /eal/... commands ----- */

/* rte_eal_init's arguments: EAL part (argv[0] first) and application part. */
static char **eal_args;
static char **app_args;

static void
free_args(char **v)
{
	unsigned int i;

	for (i = 0; v != NULL && v[i] != NULL; i++)
		free(v[i]);
	free(v);
}

/* NULL-terminated copy of argv[from, to); NULL when out of memory. */
static char **
copy_args(char **argv, int from, int to)
{
	char **v = calloc((size_t)(to - from) + 1, sizeof(*v));
	int i;

	if (v == NULL)
		return NULL;
	for (i = from; i < to; i++) {
		v[i - from] = strdup(argv[i] != NULL ? argv[i] : "");
		if (v[i - from] == NULL) {
			free_args(v);
			return NULL;
		}
	}
	return v;
}

void
eal_telemetry_save_args(int argc, char **argv)
{
	int dashes;

	free_args(eal_args);
	free_args(app_args);
	eal_args = app_args = NULL;
	if (argc <= 0 || argv == NULL)
		return;
	for (dashes = 0; dashes < argc; dashes++)
		if (argv[dashes] != NULL && strcmp(argv[dashes], "--") == 0)
			break;
	eal_args = copy_args(argv, 0, dashes);
	app_args = copy_args(argv, dashes < argc ? dashes + 1 : argc, argc);
}

static int
args_reply(char **v, struct rte_tel_data *d)
{
	unsigned int i;

	rte_tel_data_start_array(d, RTE_TEL_STRING_VAL);
	for (i = 0; v != NULL && v[i] != NULL; i++)
		if (rte_tel_data_add_array_string(d, v[i]) < 0)
			break; /* a string or the array at its limit */
	return 0;
}

static int
tel_eal_params(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	return args_reply(eal_args, d);
}

static int
tel_app_params(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	return args_reply(app_args, d);
}

/*
 * The numeric parameter of an /eal/..._info command, read as DPDK does
 * (strtoul: text without digits reads as 0); -1 when there is none.
 */
static long
id_param(const char *params)
{
	unsigned long v;

	if (params == NULL || params[0] == '\0')
		return -1;
	v = strtoul(params, NULL, 10);
	return v > (unsigned long)INT32_MAX ? INT32_MAX : (long)v;
}

static int
tel_heap_list(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	struct rte_malloc_socket_stats st;
	int i;

	rte_tel_data_start_array(d, RTE_TEL_INT_VAL);
	for (i = 0; i < RTE_MAX_NUMA_NODES; i++)
		if (rte_malloc_get_socket_stats(i, &st) == 0 &&
			st.heap_totalsz_bytes > 0)
			rte_tel_data_add_array_int(d, i);
	return 0;
}

static int
tel_heap_info(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	struct rte_malloc_socket_stats st;
	long id = id_param(params);
	char name[32] = "";

	if (id < 0 || id >= RTE_MAX_HEAPS)
		return -EINVAL;
	memset(&st, 0, sizeof(st));
	/* Heap i serves socket i; the other ids answer as unused heaps. */
	if (id < RTE_MAX_NUMA_NODES &&
		rte_malloc_get_socket_stats((int)id, &st) == 0 &&
		st.heap_totalsz_bytes > 0)
		snprintf(name, sizeof(name), "socket_%ld", id);
	rte_tel_data_start_dict(d);
	rte_tel_data_add_dict_int(d, "Head_id", (int)id);
	rte_tel_data_add_dict_string(d, "Name", name);
	rte_tel_data_add_dict_u64(d, "Heap_size", st.heap_totalsz_bytes);
	rte_tel_data_add_dict_u64(d, "Free_size", st.heap_freesz_bytes);
	rte_tel_data_add_dict_u64(d, "Alloc_size", st.heap_allocsz_bytes);
	rte_tel_data_add_dict_u64(
		d, "Greatest_free_size", st.greatest_free_size);
	rte_tel_data_add_dict_u64(d, "Alloc_count", st.alloc_count);
	rte_tel_data_add_dict_u64(d, "Free_count", st.free_count);
	return 0;
}

static int
tel_memzone_list(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	static uint32_t ids[RTE_MAX_MEMZONE];
	static pthread_mutex_t ids_lock = PTHREAD_MUTEX_INITIALIZER;
	unsigned int i, n;

	rte_tel_data_start_array(d, RTE_TEL_INT_VAL);
	/* Several clients may ask at once; the table is too big for a stack. */
	pthread_mutex_lock(&ids_lock);
	n = eal_memzone_ids(ids, RTE_DIM(ids));
	for (i = 0; i < n; i++)
		if (rte_tel_data_add_array_int(d, (int)ids[i]) < 0)
			break; /* the array limit of a reply */
	pthread_mutex_unlock(&ids_lock);
	return 0;
}

static int
tel_memzone_info(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	struct rte_memzone mz;
	long id = id_param(params);
	uint64_t page, base, end;
	char addr[32];

	if (id < 0 || eal_memzone_snapshot((unsigned int)id, &mz) < 0)
		return -EINVAL;
	page = mz.hugepage_sz != 0 ? mz.hugepage_sz : 4096;
	base = RTE_ALIGN_FLOOR((uint64_t)(uintptr_t)mz.addr, page);
	end = RTE_ALIGN_CEIL((uint64_t)(uintptr_t)mz.addr + mz.len, page);
	rte_tel_data_start_dict(d);
	rte_tel_data_add_dict_int(d, "Zone", (int)id);
	rte_tel_data_add_dict_string(d, "Name", mz.name);
	rte_tel_data_add_dict_u64(d, "Length", mz.len);
	snprintf(addr, sizeof(addr), "%p", mz.addr);
	rte_tel_data_add_dict_string(d, "Address", addr);
	rte_tel_data_add_dict_int(d, "Socket", mz.socket_id);
	rte_tel_data_add_dict_int(d, "Flags", (int)mz.flags);
	rte_tel_data_add_dict_u64(d, "Hugepage_size", page);
	snprintf(addr, sizeof(addr), "0x%" PRIx64, base);
	rte_tel_data_add_dict_string(d, "Hugepage_base", addr);
	rte_tel_data_add_dict_u64(d, "Hugepage_used", (end - base) / page);
	return 0;
}

RTE_INIT(eal_telemetry_register)
{
	rte_telemetry_register_cmd("/eal/params", tel_eal_params,
		"Returns the EAL command-line arguments. Takes no parameters");
	rte_telemetry_register_cmd("/eal/app_params", tel_app_params,
		"Returns the application's command-line arguments. Takes no "
		"parameters");
	rte_telemetry_register_cmd("/eal/heap_list", tel_heap_list,
		"Returns the ids of the heaps that have memory. Takes no "
		"parameters");
	rte_telemetry_register_cmd("/eal/heap_info", tel_heap_info,
		"Returns the statistics of a heap. Parameters: int heap_id");
	rte_telemetry_register_cmd("/eal/memzone_list", tel_memzone_list,
		"Returns the ids of the reserved memzones. Takes no "
		"parameters");
	rte_telemetry_register_cmd("/eal/memzone_info", tel_memzone_info,
		"Returns a memzone's descriptor. Parameters: int mz_id");
}
