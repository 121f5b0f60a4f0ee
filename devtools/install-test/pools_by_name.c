/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Built by test-install.sh against an installed tree with nothing but
 * `pkg-config libdpdk` (shared and --static) and run with no -d: the
 * driver handlers must be found by name, as with DPDK's installed
 * drivers. Exits 0 when every named handler gave a working pool.
 */

#include <stdio.h>
#include <string.h>

#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_mbuf.h>
#include <rte_mempool.h>

static int
try_pool(const char *handler)
{
	struct rte_mempool *mp;
	struct rte_mbuf *m;
	char name[64];
	void *obj;

	snprintf(name, sizeof(name), "p_%s", handler);
	mp = rte_mempool_create_ext(name, 1023, 128, 32, 0, NULL, NULL, NULL,
		NULL, SOCKET_ID_ANY, 0, handler);
	if (mp == NULL || rte_mempool_get(mp, &obj) != 0) {
		printf("pool on %s: %s\n", handler, rte_strerror(rte_errno));
		rte_mempool_free(mp);
		return -1;
	}
	rte_mempool_put(mp, obj);
	rte_mempool_free(mp);

	snprintf(name, sizeof(name), "m_%s", handler);
	mp = rte_pktmbuf_pool_create_by_ops(name, 511, 32, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, SOCKET_ID_ANY, handler);
	m = mp != NULL ? rte_pktmbuf_alloc(mp) : NULL;
	if (m == NULL) {
		printf("mbuf pool on %s: %s\n", handler,
			rte_strerror(rte_errno));
		rte_mempool_free(mp);
		return -1;
	}
	rte_pktmbuf_free(m);
	rte_mempool_free(mp);
	printf("%s: ok\n", handler);
	return 0;
}

int
main(int argc, char **argv)
{
	static const char *const handlers[] = {
		"ring_mp_mc", "stack", "lf_stack"};
	unsigned int i;
	int bad = 0;

	if (rte_eal_init(argc, argv) < 0) {
		printf("rte_eal_init: %s\n", rte_strerror(rte_errno));
		return 1;
	}
	for (i = 0; i < sizeof(handlers) / sizeof(handlers[0]); i++)
		bad |= try_pool(handlers[i]) != 0;
	rte_eal_cleanup();
	return bad;
}
