/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* The SIMD width limit (rte_vect.h). */

#include <errno.h>

#include <rte_common.h>
#include <rte_log.h>
#include <rte_vect.h>

#include "eal_internal_cfg.h"

uint16_t
rte_vect_get_max_simd_bitwidth(void)
{
	return __atomic_load_n(
		&eal_get_internal_configuration()->max_simd_bitwidth,
		__ATOMIC_RELAXED);
}

int
rte_vect_set_max_simd_bitwidth(uint16_t bitwidth)
{
	struct internal_config *cfg = eal_get_internal_configuration();

	if (cfg->max_simd_bitwidth_forced) {
		RTE_LOG(ERR, EAL,
			"max SIMD bitwidth is fixed by "
			"--force-max-simd-bitwidth\n");
		return -EPERM;
	}
	if (bitwidth < RTE_VECT_SIMD_DISABLED || bitwidth > RTE_VECT_SIMD_MAX ||
		!rte_is_power_of_2(bitwidth)) {
		RTE_LOG(ERR, EAL, "invalid SIMD bitwidth %u\n", bitwidth);
		return -EINVAL;
	}
	__atomic_store_n(&cfg->max_simd_bitwidth, bitwidth, __ATOMIC_RELAXED);
	return 0;
}
