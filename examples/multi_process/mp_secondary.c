/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Multi-process example, secondary side: find the primary's pools and
 * rings by name, return the objects the primary sent, and send some of
 * its own. Start it with --proc-type=secondary, the primary's
 * --file-prefix, and lcore ids the primary does not use (per-lcore
 * caches are indexed by lcore id), e.g. --lcores=1@0.
 */

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#include "mp_common.h"

int
main(int argc, char **argv)
{
	struct rte_mempool *pools[MP_NB_POOLS];
	const struct rte_memzone *mz;
	struct rte_ring *to_sec, *to_pri;
	struct mp_state *state;
	void *objs[MP_OBJS_PER_POOL];
	unsigned int p, i, n, got = 0;
	int rc = 0;

	if (rte_eal_init(argc, argv) < 0) {
		fprintf(stderr, "mp_secondary: EAL init failed: %s\n",
			rte_strerror(rte_errno));
		return 1;
	}
	if (rte_eal_process_type() != RTE_PROC_SECONDARY) {
		fprintf(stderr,
			"mp_secondary: start me with "
			"--proc-type=secondary\n");
		rte_eal_cleanup();
		return 1;
	}
	/* The primary may still be creating them: wait up to 10 s. */
	for (i = 0; i < 1000; i++) {
		mz = rte_memzone_lookup(MP_STATE_ZONE);
		to_sec = rte_ring_lookup(MP_RING_TO_SECONDARY);
		to_pri = rte_ring_lookup(MP_RING_TO_PRIMARY);
		if (mz != NULL && to_sec != NULL && to_pri != NULL)
			break;
		rte_delay_us_sleep(10000);
	}
	if (mz == NULL || to_sec == NULL || to_pri == NULL) {
		fprintf(stderr, "mp_secondary: the primary is not ready\n");
		rte_eal_cleanup();
		return 1;
	}
	state = mz->addr;
	while (!__atomic_load_n(&state->pools_ready, __ATOMIC_ACQUIRE))
		rte_delay_us_sleep(1000);

	for (p = 0; p < MP_NB_POOLS; p++) {
		pools[p] = rte_mempool_lookup(mp_pool_names[p]);
		if (pools[p] == NULL) {
			fprintf(stderr, "mp_secondary: pool %s: %s\n",
				mp_pool_names[p], rte_strerror(rte_errno));
			rc = 1;
			goto out;
		}
		printf("secondary %d: pool %s, handler %s (index %d), %u "
		       "available\n",
			(int)getpid(), pools[p]->name, mp_pool_handlers[p],
			pools[p]->ops_index, rte_mempool_avail_count(pools[p]));
	}

	/* The primary's objects: read, then back to their pools. */
	while (got < MP_NB_POOLS * MP_OBJS_PER_POOL &&
		(n = rte_ring_mc_dequeue_burst(to_sec, objs,
			 RTE_MIN((unsigned int)RTE_DIM(objs),
				 MP_NB_POOLS * MP_OBJS_PER_POOL - got),
			 NULL)) > 0) {
		for (i = 0; i < n; i++) {
			struct mp_obj *o = objs[i];

			printf("secondary %d: got \"%s\"\n", (int)getpid(),
				o->note);
			rte_mempool_put(rte_mempool_from_obj(o), o);
		}
		got += n;
	}

	/* Ours, for the primary: through this lcore's cache. */
	for (p = 0; p < MP_NB_POOLS; p++) {
		if (rte_mempool_get_bulk(pools[p], objs, MP_OBJS_PER_POOL) <
			0) {
			fprintf(stderr, "mp_secondary: get from %s failed\n",
				pools[p]->name);
			rc = 1;
			break;
		}
		for (i = 0; i < MP_OBJS_PER_POOL; i++)
			snprintf(((struct mp_obj *)objs[i])->note,
				sizeof(((struct mp_obj *)objs[i])->note),
				"from secondary %d, %s #%u", (int)getpid(),
				mp_pool_handlers[p], i);
		while (rte_ring_mp_enqueue_bulk(
			       to_pri, objs, MP_OBJS_PER_POOL, NULL) == 0)
			rte_delay_us_sleep(1000);
		/* Nothing may stay in this process's cache slot. */
		rte_mempool_cache_flush(NULL, pools[p]);
	}
out:
	__atomic_fetch_add(&state->secondaries_done, 1, __ATOMIC_ACQ_REL);
	printf("secondary %d: returned %u objects, sent %u\n", (int)getpid(),
		got, rc == 0 ? MP_NB_POOLS * MP_OBJS_PER_POOL : 0);
	rte_eal_cleanup();
	return rc;
}
