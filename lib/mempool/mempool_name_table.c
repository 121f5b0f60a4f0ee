/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The handler name table shared by every attached process (see
 * mempool_name_table.h): making it, attaching to it, finding and
 * appending names. It owns the "MP_HANDLER_NAMES" memzone only; the
 * registry (rte_mempool_handler.c) decides what each process's
 * handler table holds.
 */

#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memzone.h>
#include <rte_string_fns.h>

#include "mempool_name_table.h"

/* How long a secondary waits for a primary still in rte_eal_init. */
#define NAME_TABLE_WAIT_MS 5000

static struct mempool_name_table *active;

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
