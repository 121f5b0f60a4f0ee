/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Which mempool handler packet buffer pools use.
 *
 * rte_pktmbuf_pool_create() asks rte_mbuf_best_mempool_ops() and takes,
 * first match wins:
 *  1. the name given to rte_mbuf_set_user_mempool_ops(), else
 *  2. the EAL option --mbuf-pool-ops-name (alias --mbuf-pool-handler), else
 *  3. the name given to rte_mbuf_set_platform_mempool_ops(), else
 *  4. RTE_MBUF_DEFAULT_MEMPOOL_OPS, the build option
 *     mbuf_default_mempool_handler ("ring_mp_mc" unless changed).
 *
 * The user and platform choices are kept in memzones so that every
 * process attached to the same shared memory makes the same choice.
 * None of these functions checks that the name is registered: a handler
 * may be loaded later (plugin), so the check happens when a pool is
 * created.
 */

#ifndef _RTE_MBUF_POOL_OPS_H_
#define _RTE_MBUF_POOL_OPS_H_

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Record the handler best suited to this platform's hardware. May be
 * set once; setting the same name again is accepted.
 *
 * @param ops_name  Handler name.
 * @return 0 on success, -EINVAL if ops_name is NULL or too long,
 *   -EEXIST if another name is already recorded, -ENOMEM if the
 *   memzone could not be reserved.
 */
int rte_mbuf_set_platform_mempool_ops(const char *ops_name);

/**
 * The handler recorded by rte_mbuf_set_platform_mempool_ops().
 *
 * @return The name, or NULL if none was recorded.
 */
const char *rte_mbuf_platform_mempool_ops(void);

/**
 * Record the handler the application wants for its packet pools. It
 * overrides the EAL option and may be changed at any time; pools that
 * already exist keep their handler.
 *
 * @param ops_name  Handler name.
 * @return 0 on success, -EINVAL if ops_name is NULL, empty or too long,
 *   -ENOMEM if the memzone could not be reserved.
 */
int rte_mbuf_set_user_mempool_ops(const char *ops_name);

/**
 * The handler the user asked for: the one recorded with
 * rte_mbuf_set_user_mempool_ops(), else the EAL option's.
 *
 * @return The name, or NULL if the user named none.
 */
const char *rte_mbuf_user_mempool_ops(void);

/**
 * The handler rte_pktmbuf_pool_create() uses (see the file comment for
 * the order of preference).
 *
 * @return The name; never NULL.
 */
const char *rte_mbuf_best_mempool_ops(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_POOL_OPS_H_ */
