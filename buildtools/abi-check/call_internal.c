/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Compiled by the abi_markers test: an application calling an internal
 * EAL function must not compile unless it defines ALLOW_INTERNAL_API.
 */

#include <rte_eal.h>

static int
hook(void)
{
	return 0;
}

int app_main(void);

int
app_main(void)
{
	return rte_eal_init_hook_register("app", hook);
}
