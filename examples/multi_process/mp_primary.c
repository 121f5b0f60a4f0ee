/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Multi-process example, primary side: create a pool on each of three
 * handlers and two rings, send objects to the secondaries, take back
 * what they send, and exit once the expected number of secondaries
 * has finished (or after a timeout). Usage:
 *
 *   dpdk-mp_primary <EAL args> [-- <secondaries> [<timeout s> [dump]]]
 *
 * With "dump", the pools are dumped (rte_mempool_dump) once they are
 * ready, for comparison with what dpdk-mempool-info reads meanwhile.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mp_common.h"

static struct rte_mempool *pools[MP_NB_POOLS];

/* Return objects that came home to the pools they belong to. */
static unsigned int
take_back(struct rte_ring *from)
{
	void *objs[32];
	unsigned int n, i, total = 0;

	while ((n = rte_ring_mc_dequeue_burst(
			from, objs, RTE_DIM(objs), NULL)) > 0) {
		for (i = 0; i < n; i++) {
			struct mp_obj *o = objs[i];
			struct rte_mempool *mp = rte_mempool_from_obj(o);

			printf("primary: got \"%s\" (pool %s)\n", o->note,
				mp->name);
			rte_mempool_put(mp, o);
		}
		total += n;
	}
	return total;
}

static int
send_objects(struct rte_ring *to)
{
	void *objs[MP_OBJS_PER_POOL];
	unsigned int p, i;

	for (p = 0; p < MP_NB_POOLS; p++) {
		if (rte_mempool_get_bulk(pools[p], objs, MP_OBJS_PER_POOL) < 0)
			return -1;
		for (i = 0; i < MP_OBJS_PER_POOL; i++)
			snprintf(((struct mp_obj *)objs[i])->note,
				sizeof(((struct mp_obj *)objs[i])->note),
				"from primary %d, %s #%u", (int)getpid(),
				mp_pool_handlers[p], i);
		if (rte_ring_mp_enqueue_bulk(to, objs, MP_OBJS_PER_POOL,
			    NULL) != MP_OBJS_PER_POOL)
			return -1;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	const struct rte_memzone *mz;
	struct rte_ring *to_sec, *to_pri;
	struct mp_state *state;
	unsigned int expected = 1, timeout = 60, p, back = 0, dump = 0;
	uint64_t end;
	int ret, rc = 0;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "mp_primary: EAL init failed: %s\n",
			rte_strerror(rte_errno));
		return 1;
	}
	argc -= ret;
	argv += ret;
	if (argc > 1)
		expected = (unsigned int)atoi(argv[1]);
	if (argc > 2)
		timeout = (unsigned int)atoi(argv[2]);
	if (argc > 3)
		dump = strcmp(argv[3], "dump") == 0;
	if (rte_eal_process_type() != RTE_PROC_PRIMARY) {
		fprintf(stderr, "mp_primary: run me as the primary\n");
		rte_eal_cleanup();
		return 1;
	}

	for (p = 0; p < MP_NB_POOLS; p++) {
		pools[p] = rte_mempool_create_ext(mp_pool_names[p],
			MP_POOL_SIZE, sizeof(struct mp_obj), MP_CACHE_SIZE, 0,
			NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0,
			mp_pool_handlers[p]);
		if (pools[p] == NULL) {
			fprintf(stderr, "mp_primary: pool on %s: %s\n",
				mp_pool_handlers[p], rte_strerror(rte_errno));
			rc = 1;
			goto out;
		}
		printf("primary: pool %s on handler %s (index %d)\n",
			mp_pool_names[p], mp_pool_handlers[p],
			pools[p]->ops_index);
	}
	to_sec = rte_ring_create(
		MP_RING_TO_SECONDARY, MP_RING_SIZE, SOCKET_ID_ANY, 0);
	to_pri = rte_ring_create(
		MP_RING_TO_PRIMARY, MP_RING_SIZE, SOCKET_ID_ANY, 0);
	mz = rte_memzone_reserve(
		MP_STATE_ZONE, sizeof(*state), SOCKET_ID_ANY, 0);
	if (to_sec == NULL || to_pri == NULL || mz == NULL) {
		fprintf(stderr, "mp_primary: rings/state: %s\n",
			rte_strerror(rte_errno));
		rc = 1;
		goto out;
	}
	state = mz->addr;
	memset(state, 0, sizeof(*state));
	for (p = 0; p < expected; p++)
		if (send_objects(to_sec) < 0) {
			fprintf(stderr, "mp_primary: cannot send objects\n");
			rc = 1;
			goto out;
		}
	if (dump)
		for (p = 0; p < MP_NB_POOLS; p++)
			rte_mempool_dump(stdout, pools[p]);
	__atomic_store_n(&state->pools_ready, 1, __ATOMIC_RELEASE);
	printf("primary: ready; waiting for %u secondary(ies), %u s max\n",
		expected, timeout);
	fflush(stdout);

	end = rte_get_timer_cycles() + (uint64_t)timeout * rte_get_timer_hz();
	while (__atomic_load_n(&state->secondaries_done, __ATOMIC_ACQUIRE) <
			expected &&
		rte_get_timer_cycles() < end) {
		back += take_back(to_pri);
		rte_delay_us_sleep(10000);
	}
	back += take_back(to_pri);
	if (state->secondaries_done < expected) {
		fprintf(stderr, "mp_primary: timeout, %u of %u secondaries\n",
			state->secondaries_done, expected);
		rc = 1;
	}
	/* Whatever a secondary did not take is still on the ring. */
	{
		void *obj;

		while (rte_ring_mc_dequeue(to_sec, &obj) == 0)
			rte_mempool_put(rte_mempool_from_obj(obj), obj);
	}
	for (p = 0; p < MP_NB_POOLS; p++) {
		rte_mempool_cache_flush(NULL, pools[p]);
		printf("primary: pool %s: %u of %u available\n",
			mp_pool_names[p], rte_mempool_avail_count(pools[p]),
			MP_POOL_SIZE);
		if (rte_mempool_avail_count(pools[p]) != MP_POOL_SIZE)
			rc = 1;
	}
	printf("primary: %u objects came back from secondaries; %s\n", back,
		rc == 0 ? "all objects home" : "objects missing");
out:
	rte_eal_cleanup();
	return rc;
}
