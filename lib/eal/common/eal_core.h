/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * State shared by the core parts of the EAL: option parsing, lcores,
 * launch, logging, timers and plugins. Not part of the public API.
 */

#ifndef EAL_CORE_H
#define EAL_CORE_H

#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_lcore.h>
#include <rte_launch.h>

#include "eal_private.h"

/*
 * Per-lcore state. The launch words are written by the main lcore and
 * read by the worker (and the reverse for ret/state), so every access
 * goes through __atomic builtins.
 */
struct eal_lcore {
	/* Set by option parsing. */
	enum rte_lcore_role_t role;
	cpu_set_t cpuset; /* CPUs the lcore's thread is pinned to */
	unsigned int socket_id;
	unsigned int cpu_id; /* first CPU of cpuset */
	int core_index; /* position among enabled lcores, -1 if none */

	/* Worker thread. */
	pthread_t thread;
	int thread_started;

	/* Launch protocol (see eal_common_launch.c). */
	lcore_function_t *f;
	void *arg;
	int ret;
	uint32_t state; /* enum rte_lcore_state_t */
	uint32_t seq; /* bumped by each launch; futex word */
	uint32_t worker_sleeping; /* the worker waits on seq */
	uint32_t waiters; /* threads sleeping on state */
	uint32_t stop; /* ask the worker thread to exit */
} __rte_cache_aligned;

/* Lcore table and global lcore facts. */
struct eal_lcore_cfg {
	struct eal_lcore lcore[RTE_MAX_LCORE];
	unsigned int main_lcore;
	unsigned int lcore_count; /* ROLE_RTE + ROLE_NON_EAL */
	unsigned int numa_count;
	unsigned int numa_nodes[RTE_MAX_NUMA_NODES];
};

extern struct eal_lcore_cfg eal_lcores;

/* Reset the internal configuration and lcore table to defaults. */
void eal_reset_config(void);

/*
 * Parse the EAL options. Returns the number of arguments consumed
 * (DPDK convention: argv[ret] is then set to argv[0]), or -1 with
 * rte_errno = EINVAL after one line on stderr. -h prints the usage and
 * exits the process with status 0, as DPDK does.
 */
int eal_parse_args(int argc, char **argv);

/* Apply the log stream defaults after parsing (nothing may fail). */
int eal_log_init(void);

/* Detect CPUs of the affinity mask and their NUMA nodes. */
int eal_cpu_detected(unsigned int cpu);
unsigned int eal_cpu_socket_id(unsigned int cpu);
int eal_cpu_affinity(cpu_set_t *set);

/* Held while the lcore table changes, callbacks run or walks go. */
extern pthread_mutex_t eal_lcore_lock;

/*
 * Lcore callbacks for one lcore, eal_lcore_lock held: init returns -1
 * (after undoing the callbacks already run) if one refused.
 */
int eal_lcore_callbacks_init(unsigned int lcore_id);
void eal_lcore_callbacks_uninit(unsigned int lcore_id);

/* The calling thread now runs on set: update its socket and lcore. */
void eal_thread_affinity_changed(const cpu_set_t *set);

/*
 * "0-1,4": the CPUs of set as text in buf (always NUL-terminated).
 * Returns 0, or -1 if the text was cut to fit len.
 */
int eal_cpuset_text(const cpu_set_t *set, char *buf, size_t len);

/* CPUs for control threads: the process's CPUs minus the lcores'. */
void eal_ctrl_cpuset(cpu_set_t *set);

/* Set the calling thread's lcore id and socket (LCORE_ID_ANY: none). */
void eal_thread_set_lcore(unsigned int lcore_id);

/* Fill socket ids of enabled lcores and the socket list. */
int eal_lcores_init(void);

/* Pin the main thread and start one pinned thread per worker lcore. */
int eal_threads_start(void);

/* Ask every worker thread to exit and join them. */
void eal_threads_stop(void);

/* Forget -d arguments (failed init or cleanup). */
void eal_plugins_reset(void);

/* Remember a --log-level argument; 0 or -1 for bad syntax. */
int eal_log_level_parse(const char *arg);

/* Forget saved --log-level patterns and restore default levels. */
void eal_log_reset(void);

/* Print the EAL usage text. */
void eal_usage(FILE *f, const char *prgname);

/*
 * Sleep while *addr == val (spurious wake-ups are possible), and wake
 * every thread sleeping on addr. Process-private futexes.
 */
void eal_futex_wait(uint32_t *addr, uint32_t val);
void eal_futex_wake(uint32_t *addr);

/* TSC cycles a waiter spins before it sleeps in the kernel. */
uint64_t eal_spin_cycles(void);

/* Loop of a worker lcore's thread. */
void *eal_worker_loop(void *arg);

#endif /* EAL_CORE_H */
