/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The smallest DPDK-style application: initialise the EAL (rte_exit on
 * failure), give every lcore a mempool of its own, run a loop of
 * get/put on each lcore (workers through rte_eal_remote_launch, the
 * main lcore itself), check that every object came back, clean up.
 * Written against DPDK 22.11's API only: it builds unchanged against
 * DPDK-EMM and against DPDK 22.11.
 */

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_eal.h>
#include <rte_debug.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mempool.h>

#define NB_OBJS 1023 /* a power of two minus one suits a ring */
#define OBJ_SIZE 64
#define CACHE_SIZE 32
#define BURST 16
#define ROUNDS 10000

static struct rte_mempool *pools[RTE_MAX_LCORE];
static uint64_t rounds_done[RTE_MAX_LCORE];

/* Take a burst of objects from this lcore's pool and give it back. */
static int
lcore_main(void *arg)
{
	unsigned int lcore_id = rte_lcore_id();
	struct rte_mempool *mp = pools[lcore_id];
	void *objs[BURST];
	unsigned int i, j;

	(void)arg;
	for (i = 0; i < ROUNDS; i++) {
		if (rte_mempool_get_bulk(mp, objs, BURST) < 0)
			return -1;
		for (j = 0; j < BURST; j++)
			*(uint32_t *)objs[j] = lcore_id;
		rte_mempool_put_bulk(mp, objs, BURST);
		rounds_done[lcore_id]++;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	char name[RTE_MEMPOOL_NAMESIZE];
	unsigned int lcore_id;
	int ret;

	ret = rte_eal_init(argc, argv);
	if (ret < 0)
		rte_exit(EXIT_FAILURE, "Error with EAL initialization\n");

	RTE_LCORE_FOREACH(lcore_id) {
		snprintf(name, sizeof(name), "skeleton_pool_%u", lcore_id);
		pools[lcore_id] = rte_mempool_create(name, NB_OBJS, OBJ_SIZE,
			CACHE_SIZE, 0, NULL, NULL, NULL, NULL,
			rte_lcore_to_socket_id(lcore_id), 0);
		if (pools[lcore_id] == NULL)
			rte_exit(EXIT_FAILURE, "Cannot create pool %s: %s\n",
				name, rte_strerror(rte_errno));
	}

	RTE_LCORE_FOREACH_WORKER(lcore_id) {
		if (rte_eal_remote_launch(lcore_main, NULL, lcore_id) != 0)
			rte_exit(EXIT_FAILURE, "Cannot launch lcore %u\n",
				lcore_id);
	}
	ret = lcore_main(NULL);
	RTE_LCORE_FOREACH_WORKER(lcore_id) {
		if (rte_eal_wait_lcore(lcore_id) < 0)
			ret = -1;
	}
	if (ret < 0)
		rte_exit(EXIT_FAILURE, "An lcore could not get objects\n");

	RTE_LCORE_FOREACH(lcore_id) {
		struct rte_mempool *mp = pools[lcore_id];
		unsigned int avail = rte_mempool_avail_count(mp);

		printf("lcore %u: %" PRIu64 " rounds of %d on %s, %u of %d "
		       "objects available\n",
			lcore_id, rounds_done[lcore_id], BURST, mp->name, avail,
			NB_OBJS);
		if (avail != NB_OBJS || rounds_done[lcore_id] != ROUNDS)
			rte_exit(EXIT_FAILURE, "lcore %u: objects lost\n",
				lcore_id);
		rte_mempool_free(mp);
	}

	printf("skeleton: done on %u lcores\n", rte_lcore_count());
	ret = rte_eal_cleanup();
	if (ret != 0)
		rte_exit(EXIT_FAILURE, "rte_eal_cleanup failed: %d\n", ret);
	return 0;
}
