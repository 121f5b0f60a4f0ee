/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The handler name table shared by every attached process (see
 * mempool_name_table.h): making it, attaching to it, finding and
 * appending names, and which processes have a handler at each index.
 * It owns the "MP_HANDLER_NAMES" memzone only; the registry
 * (rte_mempool_handler.c) decides what each process's handler table
 * holds and tells this file which indices it serves.
 */

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memzone.h>
#include <rte_robust_lock.h>
#include <rte_string_fns.h>

#include "mempool_name_table.h"

/* How long a secondary waits for a primary still in rte_eal_init. */
#define NAME_TABLE_WAIT_MS 5000

static struct mempool_name_table *active;
/* This process's entry in active->servers, once claimed. */
static struct mempool_name_server *self_server;
/* The table full of live servers was logged. */
static int servers_full_logged;

static struct mempool_name_table *
table_create(void)
{
	const struct rte_memzone *mz;
	struct mempool_name_table *t;

	mz = rte_memzone_reserve(
		MEMPOOL_NAME_TABLE_MZ, sizeof(*t), SOCKET_ID_ANY, 0);
	if (mz == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot reserve memzone %s for the shared handler "
			"table: %s\n",
			MEMPOOL_NAME_TABLE_MZ, rte_strerror(rte_errno));
		return NULL;
	}
	t = mz->addr;
	memset(t, 0, sizeof(*t));
	rte_robust_lock_init(&t->lock);
	t->version = MEMPOOL_NAME_TABLE_VERSION;
	t->struct_size = sizeof(*t);
	return t;
}

static struct mempool_name_table *
table_attach(void)
{
	const struct rte_memzone *mz = NULL;
	struct mempool_name_table *t;
	unsigned int ms;

	for (ms = 0; ms < NAME_TABLE_WAIT_MS; ms++) {
		mz = rte_memzone_lookup(MEMPOOL_NAME_TABLE_MZ);
		if (mz != NULL &&
			__atomic_load_n(
				&((struct mempool_name_table *)mz->addr)->magic,
				__ATOMIC_ACQUIRE) == MEMPOOL_NAME_TABLE_MAGIC)
			break;
		rte_delay_us_sleep(1000);
	}
	if (ms == NAME_TABLE_WAIT_MS) {
		RTE_LOG(ERR, MEMPOOL,
			"the primary published no mempool handler table "
			"(memzone %s) within %d ms\n",
			MEMPOOL_NAME_TABLE_MZ, NAME_TABLE_WAIT_MS);
		rte_errno = ENOENT;
		return NULL;
	}
	t = mz->addr;
	if (t->version != MEMPOOL_NAME_TABLE_VERSION ||
		t->struct_size != sizeof(*t) || mz->len < sizeof(*t)) {
		RTE_LOG(ERR, MEMPOOL,
			"the primary's mempool handler table has layout "
			"version %u (%u bytes), this process expects %u (%zu "
			"bytes): run the same DPDK build in every process\n",
			t->version, t->struct_size, MEMPOOL_NAME_TABLE_VERSION,
			sizeof(*t));
		rte_errno = EPROTO;
		return NULL;
	}
	return t;
}

struct mempool_name_table *
mempool_name_table_open(int primary)
{
	return primary ? table_create() : table_attach();
}

void
mempool_name_table_activate(struct mempool_name_table *t, int primary)
{
	__atomic_store_n(&self_server, NULL, __ATOMIC_RELEASE);
	servers_full_logged = 0;
	__atomic_store_n(&active, t, __ATOMIC_RELEASE);
	if (t != NULL && primary)
		__atomic_store_n(
			&t->magic, MEMPOOL_NAME_TABLE_MAGIC, __ATOMIC_RELEASE);
}

struct mempool_name_table *
mempool_name_table_get(void)
{
	return __atomic_load_n(&active, __ATOMIC_ACQUIRE);
}

int
mempool_name_table_find(const struct mempool_name_table *t, const char *name)
{
	uint32_t i;

	for (i = 0; i < t->count; i++)
		if (t->names[i][0] != '\0' &&
			strncmp(t->names[i], name,
				RTE_MEMPOOL_HANDLER_NAMESIZE) == 0)
			return (int)i;
	return -1;
}

int
mempool_name_table_append(struct mempool_name_table *t, const char *name)
{
	uint32_t idx = t->count;

	if (idx >= RTE_MEMPOOL_MAX_OPS_IDX) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot register handler %s: the handler table shared "
			"by all processes is full (%d names)\n",
			name, RTE_MEMPOOL_MAX_OPS_IDX);
		return -ENOSPC;
	}
	rte_strscpy(t->names[idx], name, RTE_MEMPOOL_HANDLER_NAMESIZE);
	/* Readers take no lock: the name is complete before the count. */
	__atomic_store_n(&t->count, idx + 1, __ATOMIC_RELEASE);
	return (int)idx;
}

int
mempool_name_table_index(const char *name)
{
	struct mempool_name_table *t = mempool_name_table_get();
	int idx;

	if (t == NULL)
		return -ENOENT;
	rte_robust_lock(&t->lock);
	idx = mempool_name_table_find(t, name);
	if (idx < 0)
		idx = mempool_name_table_append(t, name);
	rte_robust_unlock(&t->lock);
	return idx;
}

const char *
mempool_name_table_name(int idx, char *buf, size_t len)
{
	struct mempool_name_table *t = mempool_name_table_get();

	if (len == 0)
		return buf;
	buf[0] = '\0';
	if (t != NULL && idx >= 0 &&
		(uint32_t)idx < __atomic_load_n(&t->count, __ATOMIC_ACQUIRE))
		rte_strscpy(buf, t->names[idx],
			RTE_MIN(len, (size_t)RTE_MEMPOOL_HANDLER_NAMESIZE));
	return buf;
}

unsigned int
mempool_name_table_count(void)
{
	struct mempool_name_table *t = mempool_name_table_get();
	uint32_t n;

	if (t == NULL)
		return 0;
	n = __atomic_load_n(&t->count, __ATOMIC_ACQUIRE);
	return RTE_MIN(n, (uint32_t)RTE_MEMPOOL_MAX_OPS_IDX);
}

static int
server_alive(const struct mempool_name_server *e, int32_t pid)
{
	return pid != 0 && rte_eal_proc_alive(pid, e->start_time);
}

/* This process's entry, claimed on first use; NULL if all are taken. */
static struct mempool_name_server *
server_self(struct mempool_name_table *t)
{
	struct mempool_name_server *e, *pick = NULL;
	int32_t me = (int32_t)getpid();
	uint64_t start = rte_eal_proc_start_time(me);
	unsigned int i;

	e = __atomic_load_n(&self_server, __ATOMIC_ACQUIRE);
	if (e != NULL)
		return e;
	rte_robust_lock(&t->lock);
	for (i = 0; i < MEMPOOL_NAME_TABLE_SERVERS; i++) {
		e = &t->servers[i];
		/* An earlier EAL instance of this very process. */
		if (e->pid == me && e->start_time == start) {
			pick = e;
			break;
		}
		if (pick == NULL && !server_alive(e, e->pid))
			pick = e;
	}
	if (pick != NULL) {
		__atomic_store_n(&pick->pid, 0, __ATOMIC_RELEASE);
		pick->start_time = start;
		memset(pick->served, 0, sizeof(pick->served));
		__atomic_store_n(&pick->pid, me, __ATOMIC_RELEASE);
	}
	rte_robust_unlock(&t->lock);
	if (pick == NULL && !servers_full_logged) {
		servers_full_logged = 1;
		RTE_LOG(WARNING, MEMPOOL,
			"%d live processes already recorded their handlers: "
			"pid %d's are not shown to other processes\n",
			MEMPOOL_NAME_TABLE_SERVERS, (int)me);
	}
	__atomic_store_n(&self_server, pick, __ATOMIC_RELEASE);
	return pick;
}

int
mempool_name_table_serve(int idx, uint32_t flags)
{
	struct mempool_name_table *t = mempool_name_table_get();
	struct mempool_name_server *e;
	uint32_t none = 0;

	if (t == NULL)
		return -ENOENT;
	if (idx < 0 || idx >= RTE_MEMPOOL_MAX_OPS_IDX)
		return -EINVAL;
	/* The first registration's flags stay: later ones are the same. */
	__atomic_compare_exchange_n(&t->flags[idx], &none,
		flags | MEMPOOL_NAME_TABLE_FLAGS_SET, 0, __ATOMIC_RELEASE,
		__ATOMIC_RELAXED);
	e = server_self(t);
	if (e == NULL)
		return -ENOSPC;
	__atomic_fetch_or(&e->served[idx / 64], UINT64_C(1) << (idx % 64),
		__ATOMIC_RELEASE);
	return 0;
}

unsigned int
mempool_name_table_servers(int idx, int32_t *pids, unsigned int max)
{
	struct mempool_name_table *t = mempool_name_table_get();
	unsigned int i, n = 0;

	if (t == NULL || idx < 0 || idx >= RTE_MEMPOOL_MAX_OPS_IDX)
		return 0;
	for (i = 0; i < MEMPOOL_NAME_TABLE_SERVERS; i++) {
		const struct mempool_name_server *e = &t->servers[i];
		int32_t pid = __atomic_load_n(&e->pid, __ATOMIC_ACQUIRE);
		uint64_t bits =
			__atomic_load_n(&e->served[idx / 64], __ATOMIC_ACQUIRE);

		if (pid == 0 || !(bits & (UINT64_C(1) << (idx % 64))) ||
			!server_alive(e, pid) ||
			/* Re-claimed by another process meanwhile. */
			__atomic_load_n(&e->pid, __ATOMIC_ACQUIRE) != pid)
			continue;
		if (n < max)
			pids[n] = pid;
		n++;
	}
	return n;
}

int
mempool_name_table_flags(int idx, uint32_t *flags)
{
	struct mempool_name_table *t = mempool_name_table_get();
	uint32_t f;

	if (t == NULL || idx < 0 || idx >= RTE_MEMPOOL_MAX_OPS_IDX)
		return -1;
	f = __atomic_load_n(&t->flags[idx], __ATOMIC_ACQUIRE);
	if (!(f & MEMPOOL_NAME_TABLE_FLAGS_SET))
		return -1;
	*flags = f & ~MEMPOOL_NAME_TABLE_FLAGS_SET;
	return 0;
}
