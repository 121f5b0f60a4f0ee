/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Locks of the shared configuration, taken around changes to lists and
 * memory that other processes may read.
 */

#ifndef _RTE_EAL_MEMCONFIG_H_
#define _RTE_EAL_MEMCONFIG_H_

#include <stdbool.h>

#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Take the memory lock for reading. */
void rte_mcfg_mem_read_lock(void);
/** Release the memory read lock. */
void rte_mcfg_mem_read_unlock(void);
/** Take the memory lock for writing. */
void rte_mcfg_mem_write_lock(void);
/** Release the memory write lock. */
void rte_mcfg_mem_write_unlock(void);
/** Take the tailq lock for reading. */
void rte_mcfg_tailq_read_lock(void);
/** Release the tailq read lock. */
void rte_mcfg_tailq_read_unlock(void);
/** Take the tailq lock for writing. */
void rte_mcfg_tailq_write_lock(void);
/** Release the tailq write lock. */
void rte_mcfg_tailq_write_unlock(void);
/** Take the mempool lock for reading. */
void rte_mcfg_mempool_read_lock(void);
/** Release the mempool read lock. */
void rte_mcfg_mempool_read_unlock(void);
/** Take the mempool lock for writing. */
void rte_mcfg_mempool_write_lock(void);
/** Release the mempool write lock. */
void rte_mcfg_mempool_write_unlock(void);
/** Take the timer lock (a spinlock all processes share). */
void rte_mcfg_timer_lock(void);
/** Release the timer lock. */
void rte_mcfg_timer_unlock(void);

/**
 * Tell whether the primary process was started with
 * --single-file-segments.
 *
 * @return true if it was.
 */
bool rte_mcfg_get_single_file_segments(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_EAL_MEMCONFIG_H_ */
