/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Compile-time limits and defaults shared by every library. Values that
 * meson options control come from the generated rte_build_config.h.
 */

#ifndef _RTE_CONFIG_H_
#define _RTE_CONFIG_H_

#include <rte_build_config.h>

/* EAL */
#define RTE_MAX_MEMZONE 2560
#define RTE_MAX_TAILQ 32
#define RTE_LOG_DP_LEVEL RTE_LOG_INFO
#define RTE_BACKTRACE 1
#define RTE_MAX_PLUGINS 32

/* ring */
#define RTE_RING_MAX_SIZE_LOG2 28

/* mempool */
#define RTE_MEMPOOL_CACHE_MAX_SIZE 512
/** Size of the handler table (the seed's name and DPDK's). */
#define RTE_MEMPOOL_MAX_HANDLER_IDX 64
#define RTE_MEMPOOL_MAX_OPS_IDX RTE_MEMPOOL_MAX_HANDLER_IDX
#define RTE_MEMPOOL_ALIGN RTE_CACHE_LINE_SIZE

/* mbuf */
#define RTE_MBUF_REFCNT_ATOMIC 1
#define RTE_PKTMBUF_HEADROOM 128

#endif /* _RTE_CONFIG_H_ */
