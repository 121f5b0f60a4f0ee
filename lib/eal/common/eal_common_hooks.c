/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Init hooks: libraries register from constructors, long before the
 * EAL is up, work that needs shared memory (e.g. the mempool library
 * syncing its handler indices with the other processes). The list is
 * filled before main() and only read by rte_eal_init, so a spinlock
 * around registration is all the locking needed.
 */

#include <errno.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_spinlock.h>

#include "eal_hooks.h"

#define EAL_MAX_INIT_HOOKS 16

struct eal_init_hook {
	const char *name;
	rte_eal_init_hook_t fn;
};

static struct eal_init_hook init_hooks[EAL_MAX_INIT_HOOKS];
static unsigned int nb_init_hooks;
static rte_spinlock_t init_hooks_lock = RTE_SPINLOCK_INITIALIZER;

int
rte_eal_init_hook_register(const char *name, rte_eal_init_hook_t fn)
{
	unsigned int i;
	int ret = 0;

	if (name == NULL || name[0] == '\0' || fn == NULL)
		return -EINVAL;
	rte_spinlock_lock(&init_hooks_lock);
	for (i = 0; i < nb_init_hooks; i++)
		if (strcmp(init_hooks[i].name, name) == 0)
			ret = -EEXIST;
	if (ret == 0 && nb_init_hooks >= EAL_MAX_INIT_HOOKS)
		ret = -ENOSPC;
	if (ret == 0) {
		init_hooks[nb_init_hooks].name = name;
		init_hooks[nb_init_hooks].fn = fn;
		nb_init_hooks++;
	}
	rte_spinlock_unlock(&init_hooks_lock);
	return ret;
}

int
eal_init_hooks_run(void)
{
	struct eal_init_hook hooks[EAL_MAX_INIT_HOOKS];
	unsigned int i, n;
	int ret;

	/* A copy: a hook may register another one (it runs next init). */
	rte_spinlock_lock(&init_hooks_lock);
	n = nb_init_hooks;
	memcpy(hooks, init_hooks, n * sizeof(hooks[0]));
	rte_spinlock_unlock(&init_hooks_lock);

	for (i = 0; i < n; i++) {
		rte_errno = 0;
		ret = hooks[i].fn();
		if (ret < 0) {
			if (rte_errno == 0)
				rte_errno = ret < -1 ? -ret : EINVAL;
			RTE_LOG(ERR, EAL, "init hook '%s' failed: %s\n",
				hooks[i].name, rte_strerror(rte_errno));
			return -1;
		}
	}
	return 0;
}
