/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The ring library's telemetry commands: /ring/list (names of every
 * ring of the shared ring list) and /ring/info,<name> (its size,
 * fill level, sync modes and memzone). Rings are read under the tailq
 * lock, so a ring freed meanwhile is never touched.
 */

#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_memzone.h>
#include <rte_tailq.h>
#include <rte_telemetry.h>

#include "rte_ring.h"
#include "ring_internal.h"

TAILQ_HEAD(ring_tel_list, rte_tailq_entry);

/* Call f on each ring under the tailq read lock; stops when f returns 1. */
static void
ring_walk(int (*f)(const struct rte_ring *r, void *arg), void *arg)
{
	struct ring_tel_list *list =
		RTE_TAILQ_LOOKUP(RTE_TAILQ_RING_NAME, ring_tel_list);
	const struct rte_tailq_entry *te;

	if (list == NULL)
		return;
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(te, list, next)
		if (f(te->data, arg) != 0)
			break;
	rte_mcfg_tailq_read_unlock();
}

static int
list_one(const struct rte_ring *r, void *arg)
{
	return rte_tel_data_add_array_string(arg, r->name) == -ENOSPC;
}

static int
tel_ring_list(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	rte_tel_data_start_array(d, RTE_TEL_STRING_VAL);
	ring_walk(list_one, d);
	return 0;
}

struct info_arg {
	const char *name;
	struct rte_tel_data *d;
	int found;
};

static int
info_one(const struct rte_ring *r, void *arg)
{
	struct info_arg *ia = arg;
	struct rte_tel_data *d = ia->d;
	const struct rte_memzone *mz = r->memzone;

	if (strncmp(r->name, ia->name, RTE_RING_NAMESIZE) != 0)
		return 0;
	ia->found = 1;
	rte_tel_data_start_dict(d);
	rte_tel_data_add_dict_string(d, "name", r->name);
	rte_tel_data_add_dict_int(d, "socket", mz != NULL ? mz->socket_id : -1);
	rte_tel_data_add_dict_int(d, "flags", r->flags);
	rte_tel_data_add_dict_u64(d, "size", r->size);
	rte_tel_data_add_dict_u64(d, "mask", r->mask);
	rte_tel_data_add_dict_u64(d, "capacity", r->capacity);
	rte_tel_data_add_dict_u64(d, "used_count", rte_ring_count(r));
	rte_tel_data_add_dict_u64(d, "free_count", rte_ring_free_count(r));
	rte_tel_data_add_dict_string(
		d, "prod_type", ring_sync_name(rte_ring_get_prod_sync_type(r)));
	rte_tel_data_add_dict_string(
		d, "cons_type", ring_sync_name(rte_ring_get_cons_sync_type(r)));
	/* A ring placed in the caller's memory has no memzone. */
	if (mz != NULL) {
		rte_tel_data_add_dict_string(d, "mz_name", mz->name);
		rte_tel_data_add_dict_u64(d, "mz_len", mz->len);
		rte_tel_data_add_dict_u64(d, "mz_hugepage_sz", mz->hugepage_sz);
		rte_tel_data_add_dict_int(d, "mz_socket_id", mz->socket_id);
		rte_tel_data_add_dict_int(d, "mz_flags", (int)mz->flags);
	}
	return 1;
}

static int
tel_ring_info(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	struct info_arg ia = {.name = params, .d = d, .found = 0};

	if (params == NULL || params[0] == '\0')
		return -EINVAL;
	ring_walk(info_one, &ia);
	return ia.found ? 0 : -ENOENT;
}

RTE_INIT(ring_telemetry_register)
{
	rte_telemetry_register_cmd("/ring/list", tel_ring_list,
		"Returns the names of all rings. Takes no parameters");
	rte_telemetry_register_cmd("/ring/info", tel_ring_info,
		"Returns a ring's size, fill level, sync modes and memzone. "
		"Parameters: string ring_name");
}
