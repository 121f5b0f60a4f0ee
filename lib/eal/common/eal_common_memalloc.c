/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Memory event callbacks and allocation validators, both kept per
 * process (a function pointer means nothing in another process). Events
 * come from external heap memory coming and going; the arena never
 * changes, so validators, which guard growth, are recorded only.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memory.h>
#include <rte_rwlock.h>
#include <rte_string_fns.h>

#include "eal_internal_cfg.h"
#include "eal_memcfg.h"

struct mem_event_cb {
	struct mem_event_cb *next;
	char name[RTE_MEM_EVENT_CALLBACK_NAME_LEN];
	rte_mem_event_callback_t clb;
	void *arg;
};

struct mem_validator {
	struct mem_validator *next;
	char name[RTE_MEM_ALLOC_VALIDATOR_NAME_LEN];
	rte_mem_alloc_validator_t clb;
	int socket_id;
	size_t limit;
};

static struct mem_event_cb *event_cbs;
static struct mem_validator *validators;
/* Process-local: guards both lists. */
static rte_rwlock_t cb_lock = RTE_RWLOCK_INITIALIZER;

/* Shared checks; 0 or -1 with rte_errno. */
static int
check_name(const char *name, size_t max, int need_clb, const void *clb)
{
	if (name == NULL || (need_clb && clb == NULL)) {
		rte_errno = EINVAL;
		return -1;
	}
	if (strnlen(name, max) == max) {
		rte_errno = ENAMETOOLONG;
		return -1;
	}
	if (eal_get_internal_configuration()->legacy_mem) {
		RTE_LOG(DEBUG, EAL,
			"memory callbacks are not supported with "
			"--legacy-mem\n");
		rte_errno = ENOTSUP;
		return -1;
	}
	return 0;
}

int
rte_mem_event_callback_register(
	const char *name, rte_mem_event_callback_t clb, void *arg)
{
	struct mem_event_cb *cb;

	if (check_name(name, RTE_MEM_EVENT_CALLBACK_NAME_LEN, 1,
		    (const void *)(uintptr_t)clb) < 0)
		return -1;
	rte_rwlock_write_lock(&cb_lock);
	for (cb = event_cbs; cb != NULL; cb = cb->next)
		if (cb->arg == arg && strcmp(cb->name, name) == 0) {
			rte_rwlock_write_unlock(&cb_lock);
			rte_errno = EEXIST;
			return -1;
		}
	cb = calloc(1, sizeof(*cb));
	if (cb == NULL) {
		rte_rwlock_write_unlock(&cb_lock);
		rte_errno = ENOMEM;
		return -1;
	}
	strlcpy(cb->name, name, sizeof(cb->name));
	cb->clb = clb;
	cb->arg = arg;
	cb->next = event_cbs;
	event_cbs = cb;
	rte_rwlock_write_unlock(&cb_lock);
	RTE_LOG(DEBUG, EAL, "memory event callback '%s' registered\n", name);
	return 0;
}

int
rte_mem_event_callback_unregister(const char *name, void *arg)
{
	struct mem_event_cb **p, *cb;

	if (check_name(name, RTE_MEM_EVENT_CALLBACK_NAME_LEN, 0, NULL) < 0)
		return -1;
	rte_rwlock_write_lock(&cb_lock);
	for (p = &event_cbs; *p != NULL; p = &(*p)->next)
		if ((*p)->arg == arg && strcmp((*p)->name, name) == 0)
			break;
	cb = *p;
	if (cb == NULL) {
		rte_rwlock_write_unlock(&cb_lock);
		rte_errno = ENOENT;
		return -1;
	}
	*p = cb->next;
	rte_rwlock_write_unlock(&cb_lock);
	free(cb);
	return 0;
}

void
eal_mem_event_notify(enum rte_mem_event event, const void *addr, size_t len)
{
	struct mem_event_cb *cb;

	rte_rwlock_read_lock(&cb_lock);
	for (cb = event_cbs; cb != NULL; cb = cb->next)
		cb->clb(event, addr, len, cb->arg);
	rte_rwlock_read_unlock(&cb_lock);
}

int
rte_mem_alloc_validator_register(const char *name,
	rte_mem_alloc_validator_t clb, int socket_id, size_t limit)
{
	struct mem_validator *v;

	if (socket_id < 0) {
		rte_errno = EINVAL;
		return -1;
	}
	if (check_name(name, RTE_MEM_ALLOC_VALIDATOR_NAME_LEN, 1,
		    (const void *)(uintptr_t)clb) < 0)
		return -1;
	rte_rwlock_write_lock(&cb_lock);
	for (v = validators; v != NULL; v = v->next)
		if (v->socket_id == socket_id && strcmp(v->name, name) == 0) {
			rte_rwlock_write_unlock(&cb_lock);
			rte_errno = EEXIST;
			return -1;
		}
	v = calloc(1, sizeof(*v));
	if (v == NULL) {
		rte_rwlock_write_unlock(&cb_lock);
		rte_errno = ENOMEM;
		return -1;
	}
	strlcpy(v->name, name, sizeof(v->name));
	v->clb = clb;
	v->socket_id = socket_id;
	v->limit = limit;
	v->next = validators;
	validators = v;
	rte_rwlock_write_unlock(&cb_lock);
	return 0;
}

int
rte_mem_alloc_validator_unregister(const char *name, int socket_id)
{
	struct mem_validator **p, *v;

	if (socket_id < 0) {
		rte_errno = EINVAL;
		return -1;
	}
	if (check_name(name, RTE_MEM_ALLOC_VALIDATOR_NAME_LEN, 0, NULL) < 0)
		return -1;
	rte_rwlock_write_lock(&cb_lock);
	for (p = &validators; *p != NULL; p = &(*p)->next)
		if ((*p)->socket_id == socket_id &&
			strcmp((*p)->name, name) == 0)
			break;
	v = *p;
	if (v == NULL) {
		rte_rwlock_write_unlock(&cb_lock);
		rte_errno = ENOENT;
		return -1;
	}
	*p = v->next;
	rte_rwlock_write_unlock(&cb_lock);
	free(v);
	return 0;
}
