/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What the mempool_autotest files share (test_mempool.c defines it):
 * the test pool's shape, the object stamp obj_init writes, and the
 * every-API check of one pool on one handler.
 */

#ifndef TEST_MEMPOOL_H
#define TEST_MEMPOOL_H

#include <stdint.h>

#include <rte_mempool.h>

#define OBJ_MAGIC 0x6f626a21u
#define N_OBJS 1023
#define ELT_SIZE 64
#define PRIV_SIZE 100
#define POOL_NAME "test_mp"

/* What obj_init writes at the start of every element. */
struct test_obj {
	uint32_t magic;
	uint32_t idx;
	uint32_t owner; /* lcore + 1 while held in the stress tests */
	uint32_t pad;
};

/* The four built-in ring handlers. */
#define TEST_MEMPOOL_NB_RING_HANDLERS 4
extern const char
	*const test_mempool_ring_handlers[TEST_MEMPOOL_NB_RING_HANDLERS];

/*
 * obj_init stamping a struct test_obj (magic, index, no owner); counts
 * the calls in *(unsigned int *)arg if arg is not NULL.
 */
void test_mempool_stamp_obj(
	struct rte_mempool *mp, void *arg, void *obj, unsigned int idx);

/*
 * Every object of objs[0 .. n-1] stamped, from mp, and none twice.
 * Returns TEST_SUCCESS or TEST_FAILED.
 */
int
test_mempool_objs_distinct(struct rte_mempool *mp, void **objs, unsigned int n);

/*
 * Every API on a pool of N_OBJS objects named POOL_NAME on handler,
 * with a cache of cache_size; the pool is freed at the end. Returns
 * TEST_SUCCESS or TEST_FAILED.
 */
int test_mempool_on_handler(const char *handler, unsigned int cache_size);

#endif /* TEST_MEMPOOL_H */
