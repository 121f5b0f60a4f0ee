/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Names and layout both example processes agree on. */

#ifndef MP_COMMON_H
#define MP_COMMON_H

#include <stdint.h>

/* Pools the primary creates, and the handler each one uses. */
static const char *const mp_pool_names[] = {
	"mp_ex_ring", "mp_ex_stack", "mp_ex_lfstack"};
static const char *const mp_pool_handlers[] = {
	"ring_mp_mc", "stack", "lf_stack"};
#define MP_NB_POOLS 3
#define MP_POOL_SIZE 1024
#define MP_CACHE_SIZE 32
#define MP_OBJ_SIZE 128

/* Objects travel between the processes on these rings. */
#define MP_RING_TO_SECONDARY "mp_ex_to_secondary"
#define MP_RING_TO_PRIMARY "mp_ex_to_primary"
#define MP_RING_SIZE 1024

/* Objects sent each way, per pool. */
#define MP_OBJS_PER_POOL 8

/* What the secondaries report; lives in a memzone. */
#define MP_STATE_ZONE "mp_ex_state"
struct mp_state {
	uint32_t pools_ready; /* set by the primary once all exist */
	uint32_t secondaries_done; /* bumped by each finished secondary */
};

/* Every object starts with a text saying who sent it. */
struct mp_obj {
	char note[64];
};

#endif /* MP_COMMON_H */
