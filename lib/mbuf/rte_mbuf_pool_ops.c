/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <errno.h>
#include <string.h>

#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_string_fns.h>

#include "rte_mbuf_pool_ops.h"

/*
 * Memzone names match DPDK's so that the choice is found by any process
 * attached to the same memory, whichever build made it.
 */
#define MBUF_PLATFORM_OPS_MZ "mbuf_platform_pool_ops"
#define MBUF_USER_OPS_MZ "mbuf_user_pool_ops"

static int
ops_name_ok(const char *ops_name)
{
	size_t len;

	if (ops_name == NULL)
		return 0;
	len = strnlen(ops_name, RTE_MEMPOOL_OPS_NAMESIZE);
	return len > 0 && len < RTE_MEMPOOL_OPS_NAMESIZE;
}

int
rte_mbuf_set_platform_mempool_ops(const char *ops_name)
{
	const struct rte_memzone *mz;

	if (!ops_name_ok(ops_name)) {
		RTE_LOG(ERR, MBUF,
			"platform mempool handler: name NULL, empty or of %d "
			"characters or more\n",
			RTE_MEMPOOL_OPS_NAMESIZE);
		return -EINVAL;
	}

	mz = rte_memzone_lookup(MBUF_PLATFORM_OPS_MZ);
	if (mz == NULL) {
		mz = rte_memzone_reserve(MBUF_PLATFORM_OPS_MZ,
			RTE_MEMPOOL_OPS_NAMESIZE, SOCKET_ID_ANY, 0);
		if (mz == NULL) {
			RTE_LOG(ERR, MBUF,
				"platform mempool handler %s: no memory to "
				"record it\n",
				ops_name);
			return -ENOMEM;
		}
		rte_strlcpy(mz->addr, ops_name, RTE_MEMPOOL_OPS_NAMESIZE);
		return 0;
	}
	if (strcmp(mz->addr, ops_name) == 0)
		return 0;

	RTE_LOG(ERR, MBUF,
		"platform mempool handler already set to '%s', not '%s'\n",
		(const char *)mz->addr, ops_name);
	return -EEXIST;
}

const char *
rte_mbuf_platform_mempool_ops(void)
{
	const struct rte_memzone *mz;

	mz = rte_memzone_lookup(MBUF_PLATFORM_OPS_MZ);
	if (mz == NULL)
		return NULL;
	return mz->addr;
}

int
rte_mbuf_set_user_mempool_ops(const char *ops_name)
{
	const struct rte_memzone *mz;

	if (!ops_name_ok(ops_name)) {
		RTE_LOG(ERR, MBUF,
			"user mempool handler: name NULL, empty or of %d "
			"characters or more\n",
			RTE_MEMPOOL_OPS_NAMESIZE);
		return -EINVAL;
	}

	mz = rte_memzone_lookup(MBUF_USER_OPS_MZ);
	if (mz == NULL) {
		mz = rte_memzone_reserve(MBUF_USER_OPS_MZ,
			RTE_MEMPOOL_OPS_NAMESIZE, SOCKET_ID_ANY, 0);
		if (mz == NULL) {
			RTE_LOG(ERR, MBUF,
				"user mempool handler %s: no memory to record "
				"it\n",
				ops_name);
			return -ENOMEM;
		}
	}
	rte_strlcpy(mz->addr, ops_name, RTE_MEMPOOL_OPS_NAMESIZE);
	return 0;
}

const char *
rte_mbuf_user_mempool_ops(void)
{
	const struct rte_memzone *mz;
	const char *eal_name;

	mz = rte_memzone_lookup(MBUF_USER_OPS_MZ);
	if (mz != NULL)
		return mz->addr;
	eal_name = rte_eal_mbuf_user_pool_ops();
	if (eal_name != NULL && eal_name[0] == '\0')
		return NULL;
	return eal_name;
}

const char *
rte_mbuf_best_mempool_ops(void)
{
	const char *name;

	name = rte_mbuf_user_mempool_ops();
	if (name != NULL)
		return name;
	name = rte_mbuf_platform_mempool_ops();
	if (name != NULL)
		return name;
	return RTE_MBUF_DEFAULT_MEMPOOL_OPS;
}
