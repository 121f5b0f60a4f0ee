/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Named lists kept in shared memory, so an object one process creates
 * (a ring, a mempool) can be found by name in another.
 */

#ifndef _RTE_TAILQ_H_
#define _RTE_TAILQ_H_

#include <stdio.h>
#include <sys/queue.h>

#include <rte_common.h>
#include <rte_debug.h>
#include <rte_os.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One entry of a shared list; data points at the object. */
struct rte_tailq_entry {
	TAILQ_ENTRY(rte_tailq_entry) next; /**< link */
	void *data; /**< the object */
};
/** Head of a list of generic entries. */
TAILQ_HEAD(rte_tailq_entry_head, rte_tailq_entry);

/** Length of a list name, NUL included. */
#define RTE_TAILQ_NAMESIZE 32

/** A named list head in the shared config. */
struct rte_tailq_head {
	struct rte_tailq_entry_head tailq_head; /**< the list */
	char name[RTE_TAILQ_NAMESIZE]; /**< its name */
};

/** A library's handle on its list (process-local). */
struct rte_tailq_elem {
	/** The list in shared memory, set at EAL init. */
	struct rte_tailq_head *head;
	TAILQ_ENTRY(rte_tailq_elem) next; /**< registration link */
	const char name[RTE_TAILQ_NAMESIZE]; /**< the list's name */
};

/** Cast a tailq head to a list of a given entry type. */
#define RTE_TAILQ_CAST(tailq_entry, struct_name) \
	(struct struct_name *)&(tailq_entry)->tailq_head

/** Find a list by name and cast it. */
#define RTE_TAILQ_LOOKUP(name, struct_name) \
	RTE_TAILQ_CAST(rte_eal_tailq_lookup(name), struct_name)

/** Safe traversal that allows removal of the current entry. */
#ifndef TAILQ_FOREACH_SAFE
#define TAILQ_FOREACH_SAFE(var, head, field, tvar) \
	for ((var) = TAILQ_FIRST((head)); \
		(var) && ((tvar) = TAILQ_NEXT((var), field), 1); \
		(var) = (tvar))
#endif
/** Safe traversal alias (DPDK spelling). */
#define RTE_TAILQ_FOREACH_SAFE TAILQ_FOREACH_SAFE

/**
 * Print every list and its entries.
 *
 * @param f  Output stream.
 */
void rte_dump_tailq(FILE *f);

/**
 * Find a list by name.
 *
 * @param name  The name.
 * @return The head, or NULL.
 */
struct rte_tailq_head *rte_eal_tailq_lookup(const char *name);

/**
 * Register a list (before or after EAL init; after, it is attached at
 * once).
 *
 * @param t  The library's handle.
 * @return 0, or -1 on a duplicate name or a full table.
 */
int rte_eal_tailq_register(struct rte_tailq_elem *t);

/** Register a list from a constructor. */
#define EAL_REGISTER_TAILQ(t) \
	RTE_INIT(tailqinitfn_##t) \
	{ \
		if (rte_eal_tailq_register(&t) < 0) \
			rte_panic("Cannot initialize tailq: %s\n", t.name); \
	}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_TAILQ_H_ */
