/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Compiled by the abi_markers test: calling a function declared
 * __rte_experimental must warn (fail under -Werror) unless the caller
 * defines ALLOW_EXPERIMENTAL_API, and the function's code must land in
 * the section check-symbols.py reads.
 */

#include <rte_compat.h>

__rte_experimental int abi_check_new_api(void);

int
abi_check_new_api(void)
{
	return 1;
}

int app_main(void);

int
app_main(void)
{
	return abi_check_new_api();
}
