/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Locks of the shared configuration (rte_mcfg_*_lock, rte_eal_memconfig.h)
 * and the pointer to it. The configuration itself is made and mapped
 * by eal_memory.c.
 */

#include <rte_eal_memconfig.h>
#include <rte_rwlock.h>

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
