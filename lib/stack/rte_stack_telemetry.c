/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The stack library's telemetry command: /stack/list, the names of
 * every stack of the shared stack list, read under the tailq lock.
 */

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_tailq.h>
#include <rte_telemetry.h>

#include "rte_stack.h"

TAILQ_HEAD(stack_tel_list, rte_tailq_entry);

static int
tel_stack_list(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	struct stack_tel_list *list =
		RTE_TAILQ_LOOKUP(RTE_TAILQ_STACK_NAME, stack_tel_list);
	const struct rte_tailq_entry *te;

	rte_tel_data_start_array(d, RTE_TEL_STRING_VAL);
	if (list == NULL)
		return 0;
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(te, list, next) {
		const struct rte_stack *s = te->data;

		if (rte_tel_data_add_array_string(d, s->name) < 0)
			break; /* the array limit of a reply */
	}
	rte_mcfg_tailq_read_unlock();
	return 0;
}

RTE_INIT(stack_telemetry_register)
{
	rte_telemetry_register_cmd("/stack/list", tel_stack_list,
		"Returns the names of all stacks. Takes no parameters");
}
