/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Lcore callbacks (init/uninit per lcore in use), lcore walks and the
 * lcore dump. Everything here runs with eal_lcore_lock held, so a
 * callback sees the lcore table as it is while it runs.
 */

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_lcore.h>
#include <rte_log.h>

#include "eal_core.h"

struct lcore_callback {
	TAILQ_ENTRY(lcore_callback) next;
	char *name;
	rte_lcore_init_cb init;
	rte_lcore_uninit_cb uninit;
	void *arg;
};

static TAILQ_HEAD(lcore_cb_head,
	lcore_callback) callbacks = TAILQ_HEAD_INITIALIZER(callbacks);

static int
lcore_in_use(unsigned int lcore_id)
{
	return rte_eal_lcore_role(lcore_id) != ROLE_OFF;
}

static int
cb_init(struct lcore_callback *cb, unsigned int lcore_id)
{
	if (cb->init == NULL)
		return 0;
	RTE_LOG(DEBUG, EAL, "lcore callback %s: init of lcore %u\n", cb->name,
		lcore_id);
	return cb->init(lcore_id, cb->arg);
}

static void
cb_uninit(struct lcore_callback *cb, unsigned int lcore_id)
{
	if (cb->uninit == NULL)
		return;
	RTE_LOG(DEBUG, EAL, "lcore callback %s: uninit of lcore %u\n", cb->name,
		lcore_id);
	cb->uninit(lcore_id, cb->arg);
}

static void
cb_free(struct lcore_callback *cb)
{
	free(cb->name);
	free(cb);
}

void *
rte_lcore_callback_register(const char *name, rte_lcore_init_cb init,
	rte_lcore_uninit_cb uninit, void *arg)
{
	struct lcore_callback *cb;
	unsigned int lcore_id;

	if (name == NULL)
		return NULL;
	cb = calloc(1, sizeof(*cb));
	if (cb == NULL)
		return NULL;
	cb->name = strdup(name);
	if (cb->name == NULL) {
		free(cb);
		return NULL;
	}
	cb->init = init;
	cb->uninit = uninit;
	cb->arg = arg;

	pthread_mutex_lock(&eal_lcore_lock);
	for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++) {
		if (!lcore_in_use(lcore_id) || cb_init(cb, lcore_id) == 0)
			continue;
		/* Refused: undo the lcores already accepted. */
		while (lcore_id-- > 0)
			if (lcore_in_use(lcore_id))
				cb_uninit(cb, lcore_id);
		pthread_mutex_unlock(&eal_lcore_lock);
		RTE_LOG(DEBUG, EAL, "lcore callback %s refused an lcore\n",
			name);
		cb_free(cb);
		return NULL;
	}
	TAILQ_INSERT_TAIL(&callbacks, cb, next);
	pthread_mutex_unlock(&eal_lcore_lock);
	RTE_LOG(DEBUG, EAL, "registered lcore callback %s (%sinit, %suninit)\n",
		name, init != NULL ? "" : "no ", uninit != NULL ? "" : "no ");
	return cb;
}

void
rte_lcore_callback_unregister(void *handle)
{
	struct lcore_callback *cb = handle;
	unsigned int lcore_id;

	if (cb == NULL)
		return;
	pthread_mutex_lock(&eal_lcore_lock);
	for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++)
		if (lcore_in_use(lcore_id))
			cb_uninit(cb, lcore_id);
	TAILQ_REMOVE(&callbacks, cb, next);
	pthread_mutex_unlock(&eal_lcore_lock);
	RTE_LOG(DEBUG, EAL, "unregistered lcore callback %s\n", cb->name);
	cb_free(cb);
}

int
eal_lcore_callbacks_init(unsigned int lcore_id)
{
	struct lcore_callback *cb, *prev;

	TAILQ_FOREACH(cb, &callbacks, next) {
		if (cb_init(cb, lcore_id) == 0)
			continue;
		/* Undo, newest first, the callbacks that accepted it. */
		for (prev = TAILQ_PREV(cb, lcore_cb_head, next); prev != NULL;
			prev = TAILQ_PREV(prev, lcore_cb_head, next))
			cb_uninit(prev, lcore_id);
		return -1;
	}
	return 0;
}

void
eal_lcore_callbacks_uninit(unsigned int lcore_id)
{
	struct lcore_callback *cb;

	TAILQ_FOREACH(cb, &callbacks, next)
		cb_uninit(cb, lcore_id);
}

int
rte_lcore_iterate(rte_lcore_iterate_cb cb, void *arg)
{
	unsigned int lcore_id;
	int ret = 0;

	pthread_mutex_lock(&eal_lcore_lock);
	for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++) {
		if (!lcore_in_use(lcore_id))
			continue;
		ret = cb(lcore_id, arg);
		if (ret != 0)
			break;
	}
	pthread_mutex_unlock(&eal_lcore_lock);
	return ret;
}

static const char *
role_name(enum rte_lcore_role_t role)
{
	switch (role) {
	case ROLE_RTE:
		return "RTE";
	case ROLE_SERVICE:
		return "SERVICE";
	case ROLE_NON_EAL:
		return "NON_EAL";
	default:
		return "UNKNOWN";
	}
}

int
eal_cpuset_text(const cpu_set_t *set, char *buf, size_t len)
{
	unsigned int cpu, first;
	size_t used = 0;
	int n;

	buf[0] = '\0';
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
		if (!CPU_ISSET(cpu, set))
			continue;
		first = cpu;
		while (cpu + 1 < CPU_SETSIZE && CPU_ISSET(cpu + 1, set))
			cpu++;
		if (first == cpu)
			n = snprintf(buf + used, len - used, "%s%u",
				used ? "," : "", cpu);
		else
			n = snprintf(buf + used, len - used, "%s%u-%u",
				used ? "," : "", first, cpu);
		if (n < 0 || (size_t)n >= len - used)
			return -1;
		used += (size_t)n;
	}
	return 0;
}

static int
dump_one(unsigned int lcore_id, void *arg)
{
	rte_cpuset_t set = rte_lcore_cpuset(lcore_id);
	char cpus[256];
	int cut = eal_cpuset_text(&set, cpus, sizeof(cpus));

	fprintf((FILE *)arg, "lcore %u, socket %u, role %s, cpuset %s%s\n",
		lcore_id, rte_lcore_to_socket_id(lcore_id),
		role_name(rte_eal_lcore_role(lcore_id)), cpus,
		cut == 0 ? "" : "...");
	return 0;
}

void
rte_lcore_dump(FILE *f)
{
	rte_lcore_iterate(dump_one, f);
}
