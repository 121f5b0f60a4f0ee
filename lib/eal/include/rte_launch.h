/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Running a function on worker lcores.
 */

#ifndef _RTE_LAUNCH_H_
#define _RTE_LAUNCH_H_

#ifdef __cplusplus
extern "C" {
#endif

/** State of a worker lcore. */
enum rte_lcore_state_t {
	WAIT, /**< waiting for a function */
	RUNNING, /**< running a function */
};

/** A function an lcore runs. */
typedef int(lcore_function_t)(void *);

/**
 * Run a function on one worker lcore (returns at once).
 *
 * @param f  The function.
 * @param arg  Its argument.
 * @param worker_id  The lcore; it must be in the WAIT state.
 * @return 0, -EBUSY if the lcore is running something, -EINVAL for a
 *   bad lcore (the main lcore or a disabled one).
 */
int
rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned int worker_id);

/** Whether rte_eal_mp_remote_launch also runs the function on main. */
enum rte_rmt_call_main_t {
	SKIP_MAIN = 0, /**< workers only */
	CALL_MAIN, /**< workers and the main lcore */
};

/**
 * Run a function on every worker lcore, and on the main lcore too
 * when asked (then it returns after the main's call returns).
 *
 * @param f  The function.
 * @param arg  Its argument.
 * @param call_main  SKIP_MAIN or CALL_MAIN.
 * @return 0, or -EBUSY if a worker is not in the WAIT state.
 */
int rte_eal_mp_remote_launch(
	lcore_function_t *f, void *arg, enum rte_rmt_call_main_t call_main);

/**
 * State of a worker lcore.
 *
 * @param worker_id  The lcore.
 * @return WAIT or RUNNING.
 */
enum rte_lcore_state_t rte_eal_get_lcore_state(unsigned int worker_id);

/**
 * Wait until a worker lcore finishes its function.
 *
 * @param worker_id  The lcore.
 * @return The function's return value, or 0 if it was not running.
 */
int rte_eal_wait_lcore(unsigned int worker_id);

/**
 * Wait until every worker lcore finishes.
 */
void rte_eal_mp_wait_lcore(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LAUNCH_H_ */
