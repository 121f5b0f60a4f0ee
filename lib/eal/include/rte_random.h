/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Fast pseudo-random numbers (not for cryptography), one generator per
 * lcore.
 */

#ifndef _RTE_RANDOM_H_
#define _RTE_RANDOM_H_

#include <stdint.h>

#include <rte_compat.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Seed every lcore's generator.
 *
 * @param seedval  The seed.
 */
void rte_srand(uint64_t seedval);

/**
 * A 64-bit pseudo-random number.
 *
 * @return The number.
 */
uint64_t rte_rand(void);

/**
 * A pseudo-random number below a bound, uniformly distributed.
 *
 * @param upper_bound  The bound (0 gives 0).
 * @return The number.
 */
uint64_t rte_rand_max(uint64_t upper_bound);

/**
 * A pseudo-random double, uniform in [0, 1), from the same generator
 * as rte_rand() (not for cryptography).
 *
 * @return
 *   The number.
 */
__rte_experimental double rte_drand(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RANDOM_H_ */
