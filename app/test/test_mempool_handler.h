/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Handler conformance checks (test_mempool_handler.c), shared by
 * mempool_handler_autotest and ext_mempool_autotest.
 */

#ifndef TEST_MEMPOOL_HANDLER_H
#define TEST_MEMPOOL_HANDLER_H

/*
 * Everything a handler must do in one process, on a pool created with
 * rte_mempool_create_ext(handler) and the given cache size: index
 * lookup, get/put single and bulk with avail_count at each step, drain
 * to empty (a further get fails and takes nothing), refill to full,
 * obj_init once per object, dump names the handler, free gives back
 * every memzone and heap byte. Returns TEST_SUCCESS or TEST_FAILED.
 */
int
mempool_handler_check_behaviour(const char *handler, unsigned int cache_size);

/*
 * Two lcores get and put on one pool of the handler for about
 * `seconds`, marking every object they hold; afterwards every object is
 * back exactly once. TEST_SKIPPED with a single lcore.
 */
int mempool_handler_check_concurrency(
	const char *handler, unsigned int cache_size, double seconds);

#endif /* TEST_MEMPOOL_HANDLER_H */
