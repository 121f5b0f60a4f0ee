/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef _STACK_PVT_H_
#define _STACK_PVT_H_

/* Per-flavour set-up used by rte_stack.c. */

#include <stddef.h>

#include "rte_stack.h"

/* Bytes a spinlock stack of count objects needs, header included. */
size_t stack_std_get_memsize(unsigned int count);
/* Make s an empty spinlock stack. */
void stack_std_init(struct rte_stack *s);

/* Bytes a lock-free stack of count objects needs, header included; 0
 * if it needs more nodes than 32-bit indexes can name. */
size_t stack_lf_get_memsize(unsigned int count);
/* Make s an empty lock-free stack of count elements. */
void stack_lf_init(struct rte_stack *s, unsigned int count);
/* Give back the nodes threads killed mid-operation held (rte_stack_repair). */
int stack_lf_repair(struct rte_stack *s);
/* Whether this CPU has the 128-bit CAS the lock-free stack needs. */
int stack_lf_supported(void);

#endif /* _STACK_PVT_H_ */
