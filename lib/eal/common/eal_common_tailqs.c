/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Named tailqs in the shared configuration (rte_tailq.h): registration,
 * lookup and dump.
 */

#include <string.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_eal_memconfig.h>
#include <rte_log.h>
#include <rte_tailq.h>

#include "eal_memcfg.h"
#include "eal_private.h"

/*
 * Libraries register from constructors, before the shared config
 * exists, so registrations wait in this process-local list until
 * eal_tailqs_init attaches them.
 */
static TAILQ_HEAD(, rte_tailq_elem) registered = TAILQ_HEAD_INITIALIZER(
	registered);
static int tailqs_ready;

/* Caller holds the tailq lock. */
static struct rte_tailq_head *
lookup_locked(struct rte_mem_config *mcfg, const char *name)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_TAILQ; i++)
		if (mcfg->tailq_head[i].name[0] != '\0' &&
			strncmp(name, mcfg->tailq_head[i].name,
				RTE_TAILQ_NAMESIZE) == 0)
			return &mcfg->tailq_head[i];
	return NULL;
}

struct rte_tailq_head *
rte_eal_tailq_lookup(const char *name)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	struct rte_tailq_head *head;

	if (name == NULL || mcfg == NULL)
		return NULL;
	rte_mcfg_tailq_read_lock();
	head = lookup_locked(mcfg, name);
	rte_mcfg_tailq_read_unlock();
	return head;
}

/*
 * Find the shared head of t, creating it if this process is the first
 * to use the name (the primary, or a secondary that loaded a library
 * the primary lacks).
 */
static int
attach(struct rte_tailq_elem *t)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	struct rte_tailq_head *head;
	unsigned int i;

	rte_mcfg_tailq_write_lock();
	head = lookup_locked(mcfg, t->name);
	for (i = 0; head == NULL && i < RTE_MAX_TAILQ; i++) {
		if (mcfg->tailq_head[i].name[0] != '\0')
			continue;
		head = &mcfg->tailq_head[i];
		TAILQ_INIT(&head->tailq_head);
		/* Length checked at registration. */
		memcpy(head->name, t->name, strlen(t->name) + 1);
	}
	rte_mcfg_tailq_write_unlock();
	t->head = head;
	if (head == NULL) {
		RTE_LOG(ERR, EAL, "no room for tailq %s (max %d)\n", t->name,
			RTE_MAX_TAILQ);
		return -1;
	}
	return 0;
}

int
rte_eal_tailq_register(struct rte_tailq_elem *t)
{
	struct rte_tailq_elem *cur;

	if (t == NULL || t->name[0] == '\0' ||
		strnlen(t->name, RTE_TAILQ_NAMESIZE) >= RTE_TAILQ_NAMESIZE) {
		RTE_LOG(ERR, EAL, "bad tailq name\n");
		return -1;
	}
	TAILQ_FOREACH(cur, &registered, next) {
		if (cur == t ||
			strncmp(cur->name, t->name, RTE_TAILQ_NAMESIZE) == 0) {
			RTE_LOG(ERR, EAL, "tailq %s is already registered\n",
				t->name);
			return -1;
		}
	}
	if (tailqs_ready && attach(t) < 0)
		return -1;
	TAILQ_INSERT_TAIL(&registered, t, next);
	return 0;
}

int
eal_tailqs_init(void)
{
	struct rte_tailq_elem *t;

	if (eal_get_mcfg() == NULL)
		return -1;
	TAILQ_FOREACH(t, &registered, next) {
		if (attach(t) < 0)
			return -1;
	}
	tailqs_ready = 1;
	return 0;
}

/* Forget the shared heads when the memory goes away. */
void
eal_tailqs_cleanup(void)
{
	struct rte_tailq_elem *t;

	TAILQ_FOREACH(t, &registered, next)
		t->head = NULL;
	tailqs_ready = 0;
}

void
rte_dump_tailq(FILE *f)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg == NULL)
		return;
	rte_mcfg_tailq_read_lock();
	for (i = 0; i < RTE_MAX_TAILQ; i++) {
		const struct rte_tailq_head *head = &mcfg->tailq_head[i];
		const struct rte_tailq_entry *e;
		unsigned int n = 0;

		if (head->name[0] == '\0')
			continue;
		TAILQ_FOREACH(e, &head->tailq_head, next)
			n++;
		fprintf(f, "Tailq %u: qname:<%s>, tqh_first:%p, entries:%u\n",
			i, head->name, (void *)TAILQ_FIRST(&head->tailq_head),
			n);
	}
	rte_mcfg_tailq_read_unlock();
}
