/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Reader-writer locks: the architecture header. As in DPDK, <rte_rwlock.h> holds
 * what is specific to the CPU and includes generic/rte_rwlock.h, the
 * portable API; programs may include either.
 */

#ifndef _RTE_RWLOCK_ARCH_H_
#define _RTE_RWLOCK_ARCH_H_

#include <rte_spinlock.h>
#include "generic/rte_rwlock.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The _tm forms are the plain locks (no hardware transactions here). */

/** rte_rwlock_read_lock(), transactional-memory form. @param rwl lock */
static inline void
rte_rwlock_read_lock_tm(rte_rwlock_t *rwl)
{
	rte_rwlock_read_lock(rwl);
}

/** rte_rwlock_read_unlock(), transactional-memory form. @param rwl lock */
static inline void
rte_rwlock_read_unlock_tm(rte_rwlock_t *rwl)
{
	rte_rwlock_read_unlock(rwl);
}

/** rte_rwlock_write_lock(), transactional-memory form. @param rwl lock */
static inline void
rte_rwlock_write_lock_tm(rte_rwlock_t *rwl)
{
	rte_rwlock_write_lock(rwl);
}

/** rte_rwlock_write_unlock(), transactional-memory form. @param rwl lock */
static inline void
rte_rwlock_write_unlock_tm(rte_rwlock_t *rwl)
{
	rte_rwlock_write_unlock(rwl);
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_RWLOCK_ARCH_H_ */
