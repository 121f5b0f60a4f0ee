/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <rte_eal_memconfig.h>
#include <rte_rwlock.h>
#include <rte_spinlock.h>

#include "eal_internal_cfg.h"

#include "eal_memcfg.h"

struct rte_mem_config *eal_mcfg;

/* Before init there is nothing shared to protect: the calls do nothing. */
#define MCFG_LOCK_FN(name, field, op) \
	void rte_mcfg_##name(void) \
	{ \
		struct rte_mem_config *mcfg = eal_get_mcfg(); \
		if (mcfg != NULL) \
			rte_rwlock_##op(&mcfg->field); \
	}

MCFG_LOCK_FN(mem_read_lock, mlock, read_lock)
MCFG_LOCK_FN(mem_read_unlock, mlock, read_unlock)
MCFG_LOCK_FN(mem_write_lock, mlock, write_lock)
MCFG_LOCK_FN(mem_write_unlock, mlock, write_unlock)
MCFG_LOCK_FN(tailq_read_lock, qlock, read_lock)
MCFG_LOCK_FN(tailq_read_unlock, qlock, read_unlock)
MCFG_LOCK_FN(tailq_write_lock, qlock, write_lock)
MCFG_LOCK_FN(tailq_write_unlock, qlock, write_unlock)
MCFG_LOCK_FN(mempool_read_lock, mplock, read_lock)
MCFG_LOCK_FN(mempool_read_unlock, mplock, read_unlock)
MCFG_LOCK_FN(mempool_write_lock, mplock, write_lock)
MCFG_LOCK_FN(mempool_write_unlock, mplock, write_unlock)

void
rte_mcfg_timer_lock(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg != NULL)
		rte_spinlock_lock(&mcfg->tlock);
}

void
rte_mcfg_timer_unlock(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg != NULL)
		rte_spinlock_unlock(&mcfg->tlock);
}

/* The primary's choice once memory is up; this process's before. */
bool
rte_mcfg_get_single_file_segments(void)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg != NULL)
		return mcfg->single_file_segments != 0;
	return eal_get_internal_configuration()->single_file_segments != 0;
}
