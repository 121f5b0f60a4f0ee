/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Per-lcore variables: one instance per thread (thread-local storage).
 */

#ifndef _RTE_PER_LCORE_H_
#define _RTE_PER_LCORE_H_

#include <pthread.h>

/** Define a per-lcore variable. */
#define RTE_DEFINE_PER_LCORE(type, name) \
	__thread __typeof__(type) per_lcore_##name

/** Declare a per-lcore variable defined elsewhere. */
#define RTE_DECLARE_PER_LCORE(type, name) \
	extern __thread __typeof__(type) per_lcore_##name

/** Read or write the calling thread's instance of a per-lcore variable. */
#define RTE_PER_LCORE(name) (per_lcore_##name)

#endif /* _RTE_PER_LCORE_H_ */
