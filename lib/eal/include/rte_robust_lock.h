/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Process liveness and robust locks for memory shared by several
 * processes.
 *
 * A process is named by an *owner id*: its pid in the low 32 bits and
 * the low 32 bits of its start time (field 22 of /proc/\<pid\>/stat, in
 * clock ticks since boot) in the high 32 bits. A recycled pid has
 * another start time, so an owner id of a dead process never passes as
 * alive. A zombie counts as dead.
 *
 * A robust lock is one 64-bit word: 0 when free, else the owner id of
 * the process holding it. A waiter spins, then yields, and after a
 * bounded spin checks whether the owner is alive; if it is dead, the
 * waiter takes the lock over with a compare-and-swap and is told so:
 * rte_robust_lock() returns 1, and the caller must make the protected
 * structure consistent before using it (roll back or complete what the
 * dead owner was doing). Threads of one process share its owner id, so
 * the lock is not recursive and says nothing about which thread holds
 * it.
 */

#ifndef _RTE_ROBUST_LOCK_H_
#define _RTE_ROBUST_LOCK_H_

#include <stdint.h>

#include <rte_branch_prediction.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A lock in shared memory that survives the death of its holder. */
typedef struct {
	volatile uint64_t owner; /**< 0 = free, else the holder's owner id */
} rte_robust_lock_t;

/** Static initialiser of a free robust lock. */
#define RTE_ROBUST_LOCK_INITIALIZER \
	{ \
		0 \
	}

/**
 * Owner id of a process: pid and start time packed in 64 bits.
 *
 * @param pid  Process id.
 * @param start_time  Start time, clock ticks since boot.
 * @return The owner id.
 */
static inline uint64_t
rte_eal_owner_id_make(int32_t pid, uint64_t start_time)
{
	return (uint64_t)(uint32_t)pid | (start_time << 32);
}

/**
 * Pid of an owner id.
 *
 * @param owner  Owner id.
 * @return The pid.
 */
static inline int32_t
rte_eal_owner_id_pid(uint64_t owner)
{
	return (int32_t)(uint32_t)owner;
}

/**
 * Owner id of the calling process (computed once, again after fork).
 *
 * @return The owner id; never 0.
 */
uint64_t rte_eal_owner_id(void);

/**
 * The calling process's owner id once rte_eal_owner_id() has computed
 * it, 0 before and in a forked child until it is asked for again. Read
 * by the inline lock take (__rte_eal_owner_id_fast()), so that it costs
 * one load rather than a call whose clobbered registers a caller's loop
 * must spill. Not an API.
 */
extern uint64_t __rte_eal_owner_self;

/**
 * @internal rte_eal_owner_id() with the common case inline.
 *
 * @return The owner id of the calling process; never 0.
 */
static __rte_always_inline uint64_t
__rte_eal_owner_id_fast(void)
{
	uint64_t id = __atomic_load_n(&__rte_eal_owner_self, __ATOMIC_RELAXED);

	if (likely(id != 0))
		return id;
	return rte_eal_owner_id();
}

/**
 * Start time of a process.
 *
 * @param pid  Process id.
 * @return Field 22 of /proc/\<pid\>/stat (clock ticks since boot), or 0
 *   if the process does not exist or is a zombie.
 */
uint64_t rte_eal_proc_start_time(int32_t pid);

/**
 * Whether a process is alive: pid exists, is not a zombie, and started
 * at start_time (compared on its low 32 bits).
 *
 * @param pid  Process id; <= 0 is never alive.
 * @param start_time  Start time the process had when it was recorded.
 * @return 1 if alive, 0 if dead or recycled.
 */
int rte_eal_proc_alive(int32_t pid, uint64_t start_time);

/**
 * Whether the process an owner id names is alive.
 *
 * @param owner  Owner id; 0 is never alive.
 * @return 1 if alive, 0 if not.
 */
int rte_eal_owner_alive(uint64_t owner);

/**
 * Make a robust lock free.
 *
 * @param l  The lock.
 */
static inline void
rte_robust_lock_init(rte_robust_lock_t *l)
{
	__atomic_store_n(&l->owner, 0, __ATOMIC_RELEASE);
}

/**
 * Slow path of rte_robust_lock(): wait for the lock, taking it over
 * from a dead owner.
 *
 * @param l  The lock.
 * @return 0 when taken normally, 1 when taken over from a dead owner.
 */
int rte_robust_lock_wait(rte_robust_lock_t *l);

/**
 * Try to take a robust lock once.
 *
 * @param l  The lock.
 * @return 1 if taken, 0 if held by someone (alive or not).
 */
static inline int
rte_robust_trylock(rte_robust_lock_t *l)
{
	uint64_t exp = 0;

	return __atomic_compare_exchange_n(&l->owner, &exp,
		__rte_eal_owner_id_fast(), 0, __ATOMIC_ACQUIRE,
		__ATOMIC_RELAXED);
}

/**
 * Take a robust lock.
 *
 * @param l  The lock.
 * @return 0 when taken normally; 1 when taken over from a dead owner:
 *   the caller must make the protected data consistent first.
 */
static inline int
rte_robust_lock(rte_robust_lock_t *l)
{
	if (likely(rte_robust_trylock(l)))
		return 0;
	return rte_robust_lock_wait(l);
}

/**
 * Release a robust lock.
 *
 * @param l  The lock.
 */
static inline void
rte_robust_unlock(rte_robust_lock_t *l)
{
	__atomic_store_n(&l->owner, 0, __ATOMIC_RELEASE);
}

/**
 * Whether a robust lock is held.
 *
 * @param l  The lock.
 * @return 1 if held, 0 if free.
 */
static inline int
rte_robust_is_locked(const rte_robust_lock_t *l)
{
	return __atomic_load_n(&l->owner, __ATOMIC_ACQUIRE) != 0;
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ROBUST_LOCK_H_ */
