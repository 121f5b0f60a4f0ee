/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Stack life cycle: create (memzone + tailq entry), free and lookup;
 * the flavour-specific layout is stack_std.c's and stack_lf.c's.
 */

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_string_fns.h>
#include <rte_tailq.h>

#include "rte_stack.h"
#include "stack_pvt.h"

TAILQ_HEAD(rte_stack_list, rte_tailq_entry);

static struct rte_tailq_elem rte_stack_tailq = {
	.name = RTE_TAILQ_STACK_NAME,
};
EAL_REGISTER_TAILQ(rte_stack_tailq)

struct rte_stack *
rte_stack_create(
	const char *name, unsigned int count, int socket_id, uint32_t flags)
{
	char mz_name[RTE_MEMZONE_NAMESIZE];
	const struct rte_memzone *mz;
	struct rte_stack_list *stack_list;
	struct rte_tailq_entry *te;
	struct rte_stack *s = NULL;
	size_t sz;
	int ret;

	if (name == NULL) {
		RTE_LOG(ERR, STACK, "cannot create a stack without a name\n");
		rte_errno = EINVAL;
		return NULL;
	}
	if (flags & ~(uint32_t)RTE_STACK_F_LF) {
		RTE_LOG(ERR, STACK, "stack %s: unknown flags %#x\n", name,
			flags & ~(uint32_t)RTE_STACK_F_LF);
		rte_errno = EINVAL;
		return NULL;
	}
	if (count == 0) {
		RTE_LOG(ERR, STACK, "stack %s: count must not be 0\n", name);
		rte_errno = EINVAL;
		return NULL;
	}
	if ((flags & RTE_STACK_F_LF) && !stack_lf_supported()) {
		RTE_LOG(ERR, STACK,
			"stack %s: lock-free stack needs a 128-bit CAS this "
			"CPU lacks\n",
			name);
		rte_errno = ENOTSUP;
		return NULL;
	}
	ret = snprintf(
		mz_name, sizeof(mz_name), "%s%s", RTE_STACK_MZ_PREFIX, name);
	if (ret < 0 || ret >= (int)sizeof(mz_name)) {
		RTE_LOG(ERR, STACK, "stack name %s is too long (max %zu)\n",
			name, RTE_STACK_NAMESIZE - 1);
		rte_errno = ENAMETOOLONG;
		return NULL;
	}
	sz = (flags & RTE_STACK_F_LF) ? stack_lf_get_memsize(count)
				      : stack_std_get_memsize(count);
	if (sz == 0) {
		RTE_LOG(ERR, STACK,
			"stack %s: %u objects are more than a lock-free stack "
			"can index\n",
			name, count);
		rte_errno = ENOMEM;
		return NULL;
	}

	te = rte_zmalloc("STACK_TAILQ_ENTRY", sizeof(*te), 0);
	if (te == NULL) {
		RTE_LOG(ERR, STACK, "stack %s: no memory for its list entry\n",
			name);
		rte_errno = ENOMEM;
		return NULL;
	}

	stack_list = RTE_TAILQ_CAST(rte_stack_tailq.head, rte_stack_list);
	rte_mcfg_tailq_write_lock();
	/* The memzone name doubles as the uniqueness check (EEXIST). */
	mz = rte_memzone_reserve_aligned(
		mz_name, sz, socket_id, 0, __alignof__(*s));
	if (mz == NULL) {
		ret = rte_errno;
		rte_mcfg_tailq_write_unlock();
		RTE_LOG(ERR, STACK, "stack %s: cannot reserve memzone: %s\n",
			name, rte_strerror(ret));
		rte_free(te);
		rte_errno = ret;
		return NULL;
	}

	s = mz->addr;
	/* The header; each flavour sets up its own part (the spinlock
	 * one's memory ends well before sizeof(*s)). */
	memset(s, 0, offsetof(struct rte_stack, stack_lf));
	rte_strlcpy(s->name, name, sizeof(s->name));
	s->memzone = mz;
	s->capacity = count;
	s->flags = flags;
	if (flags & RTE_STACK_F_LF)
		stack_lf_init(s, count);
	else
		stack_std_init(s);

	te->data = s;
	TAILQ_INSERT_TAIL(stack_list, te, next);
	rte_mcfg_tailq_write_unlock();
	return s;
}

void
rte_stack_free(struct rte_stack *s)
{
	struct rte_stack_list *stack_list;
	struct rte_tailq_entry *te;

	if (s == NULL)
		return;

	stack_list = RTE_TAILQ_CAST(rte_stack_tailq.head, rte_stack_list);
	rte_mcfg_tailq_write_lock();
	TAILQ_FOREACH(te, stack_list, next) {
		if (te->data == s)
			break;
	}
	if (te == NULL) {
		rte_mcfg_tailq_write_unlock();
		RTE_LOG(ERR, STACK, "stack %p is not registered: not freed\n",
			(void *)s);
		return;
	}
	TAILQ_REMOVE(stack_list, te, next);
	if (rte_memzone_free(s->memzone) != 0)
		RTE_LOG(ERR, STACK, "stack %s: cannot free its memzone\n",
			s->name);
	rte_mcfg_tailq_write_unlock();
	rte_free(te);
}

struct rte_stack *
rte_stack_lookup(const char *name)
{
	struct rte_stack_list *stack_list;
	struct rte_tailq_entry *te;
	struct rte_stack *s = NULL;

	if (name == NULL) {
		RTE_LOG(ERR, STACK, "stack lookup: NULL name\n");
		rte_errno = EINVAL;
		return NULL;
	}
	stack_list = RTE_TAILQ_CAST(rte_stack_tailq.head, rte_stack_list);
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(te, stack_list, next) {
		struct rte_stack *cur = te->data;

		if (strncmp(name, cur->name, RTE_STACK_NAMESIZE) == 0) {
			s = cur;
			break;
		}
	}
	rte_mcfg_tailq_read_unlock();
	if (s == NULL) {
		RTE_LOG(DEBUG, STACK, "stack lookup: no stack %s\n", name);
		rte_errno = ENOENT;
	}
	return s;
}

int
rte_stack_repair(struct rte_stack *s)
{
	if (s == NULL) {
		RTE_LOG(ERR, STACK, "stack repair: NULL stack\n");
		rte_errno = EINVAL;
		return -EINVAL;
	}
	/* A spinlock stack's every change is one store: nothing to do. */
	if (!(s->flags & RTE_STACK_F_LF))
		return 0;
	return stack_lf_repair(s);
}
