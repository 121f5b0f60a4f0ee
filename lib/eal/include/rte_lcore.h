/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Logical cores (lcores): the EAL runs one pinned thread per enabled
 * lcore; other threads may register to get an lcore id of their own.
 */

#ifndef _RTE_LCORE_H_
#define _RTE_LCORE_H_

#include <stdint.h>
#include <stdio.h>

#include <rte_common.h>
#include <rte_compat.h>
#include <rte_config.h>
#include <rte_eal.h>
#include <rte_launch.h>
#include <rte_per_lcore.h>
#include <rte_thread.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Lcore id of a thread that has none. */
#define LCORE_ID_ANY UINT32_MAX

/*
 * Initial-exec: librte_eal is loaded with the program, so its TLS block
 * is static and code in any shared object (a driver loaded with -d
 * too) reads the lcore id with one load, not a __tls_get_addr() call.
 */
RTE_DECLARE_PER_LCORE(unsigned int, _lcore_id)
__attribute__((tls_model("initial-exec")));

/** What an lcore is used for. */
enum rte_lcore_role_t {
	ROLE_RTE, /**< an EAL thread */
	ROLE_OFF, /**< not used */
	ROLE_SERVICE, /**< a service core */
	ROLE_NON_EAL, /**< a registered non-EAL thread */
};

/**
 * The calling thread's lcore id.
 *
 * @return The id, or LCORE_ID_ANY for an unregistered non-EAL thread.
 */
static inline unsigned int
rte_lcore_id(void)
{
	return RTE_PER_LCORE(_lcore_id);
}

/**
 * Id of the main lcore (the one that called rte_eal_init).
 *
 * @return The id.
 */
unsigned int rte_get_main_lcore(void);

/**
 * Number of enabled lcores (EAL threads and registered threads).
 *
 * @return The count.
 */
unsigned int rte_lcore_count(void);

/**
 * Position of an lcore among the enabled ones.
 *
 * @param lcore_id  The lcore, or -1 for the caller's.
 * @return The index, or -1 if the lcore is not enabled.
 */
int rte_lcore_index(int lcore_id);

/**
 * NUMA socket the calling thread runs on.
 *
 * @return The socket id (SOCKET_ID_ANY for an unregistered thread).
 */
unsigned int rte_socket_id(void);

/**
 * Number of NUMA sockets that have lcores.
 *
 * @return The count (at least 1).
 */
unsigned int rte_socket_count(void);

/**
 * Socket id of the i-th socket.
 *
 * @param idx  0 .. rte_socket_count() - 1.
 * @return The socket id, or -1 with rte_errno = EINVAL.
 */
int rte_socket_id_by_idx(unsigned int idx);

/**
 * NUMA socket of an lcore.
 *
 * @param lcore_id  The lcore.
 * @return The socket id.
 */
unsigned int rte_lcore_to_socket_id(unsigned int lcore_id);

/**
 * CPU an lcore is pinned to.
 *
 * @param lcore_id  The lcore.
 * @return The CPU id, or -1 if the lcore is not enabled.
 */
int rte_lcore_to_cpu_id(int lcore_id);

/**
 * Role of an lcore.
 *
 * @param lcore_id  The lcore.
 * @return Its role.
 */
enum rte_lcore_role_t rte_eal_lcore_role(unsigned int lcore_id);

/**
 * Whether an lcore has a given role.
 *
 * @param lcore_id  The lcore.
 * @param role  The role.
 * @return 1 if so, 0 if not, -EINVAL for a bad id.
 */
int rte_lcore_has_role(unsigned int lcore_id, enum rte_lcore_role_t role);

/**
 * Whether an lcore is an enabled EAL lcore.
 *
 * @param lcore_id  The lcore.
 * @return 1 if enabled, 0 otherwise.
 */
int rte_lcore_is_enabled(unsigned int lcore_id);

/**
 * The next enabled lcore after i.
 *
 * @param i  Start (exclusive); pass -1 to start from the beginning.
 * @param skip_main  Skip the main lcore.
 * @param wrap  Wrap around past RTE_MAX_LCORE.
 * @return The next lcore id, or RTE_MAX_LCORE if none.
 */
unsigned int rte_get_next_lcore(unsigned int i, int skip_main, int wrap);

/** Loop over every enabled lcore, main included. */
#define RTE_LCORE_FOREACH(i) \
	for (i = rte_get_next_lcore(-1, 0, 0); i < RTE_MAX_LCORE; \
		i = rte_get_next_lcore(i, 0, 0))

/** Loop over every enabled lcore except the main one. */
#define RTE_LCORE_FOREACH_WORKER(i) \
	for (i = rte_get_next_lcore(-1, 1, 0); i < RTE_MAX_LCORE; \
		i = rte_get_next_lcore(i, 1, 0))

#ifdef RTE_HAS_CPUSET
/**
 * CPUs an lcore's thread is pinned to.
 *
 * @param lcore_id
 *   An lcore id below RTE_MAX_LCORE.
 * @return
 *   Its CPU set (empty for a disabled lcore).
 */
rte_cpuset_t rte_lcore_cpuset(unsigned int lcore_id);
#endif

/**
 * Called for each lcore when a callback is registered, and for each
 * non-EAL thread that registers later.
 *
 * @param lcore_id
 *   The lcore.
 * @param arg
 *   The argument given at registration.
 * @return
 *   0 to accept the lcore; anything else refuses it (the callback
 *   registration fails, or the thread's rte_thread_register() does).
 */
typedef int (*rte_lcore_init_cb)(unsigned int lcore_id, void *arg);

/**
 * Called for each lcore when a callback is unregistered, for a non-EAL
 * thread that unregisters, and to undo an init that another callback
 * refused.
 *
 * @param lcore_id
 *   The lcore.
 * @param arg
 *   The argument given at registration.
 */
typedef void (*rte_lcore_uninit_cb)(unsigned int lcore_id, void *arg);

/**
 * Register callbacks for lcores. init runs at once for every lcore in
 * use (EAL lcores and registered non-EAL threads); if it refuses one,
 * uninit runs for those already accepted and the registration fails.
 * The callbacks run with the lcore list locked: they must not register
 * threads or callbacks themselves.
 *
 * @param name
 *   Name, for logs (copied).
 * @param init
 *   Init callback (may be NULL).
 * @param uninit
 *   Uninit callback (may be NULL).
 * @param arg
 *   Passed to both callbacks.
 * @return
 *   A handle for rte_lcore_callback_unregister(), or NULL (NULL name,
 *   no memory, or init refused an lcore).
 */
void *rte_lcore_callback_register(const char *name, rte_lcore_init_cb init,
	rte_lcore_uninit_cb uninit, void *arg);

/**
 * Unregister callbacks: uninit runs for every lcore in use, then the
 * handle is freed.
 *
 * @param handle
 *   What rte_lcore_callback_register() returned (NULL: nothing).
 */
void rte_lcore_callback_unregister(void *handle);

/**
 * Called by rte_lcore_iterate() for each lcore in use.
 *
 * @param lcore_id
 *   The lcore.
 * @param arg
 *   The argument of rte_lcore_iterate().
 * @return
 *   0 to go on; anything else stops the walk and is returned.
 */
typedef int (*rte_lcore_iterate_cb)(unsigned int lcore_id, void *arg);

/**
 * Call cb for every lcore in use (any role but ROLE_OFF), in id order,
 * with the lcore list locked.
 *
 * @param cb
 *   The callback.
 * @param arg
 *   Its argument.
 * @return
 *   0, or the first non-zero value cb returned.
 */
int rte_lcore_iterate(rte_lcore_iterate_cb cb, void *arg);

/**
 * Print one line per lcore in use: id, socket, role and CPUs.
 *
 * @param f
 *   Stream to print to.
 */
void rte_lcore_dump(FILE *f);

/**
 * Name a thread (the kernel keeps 15 characters; longer names are
 * cut).
 *
 * @param id
 *   The thread.
 * @param name
 *   The name.
 * @return
 *   0, or a negative errno.
 */
int rte_thread_setname(pthread_t id, const char *name);

/**
 * Read a thread's name.
 *
 * @param id
 *   The thread.
 * @param name
 *   Buffer for the name.
 * @param len
 *   Size of name (at least 16 for any name).
 * @return
 *   0, or a negative errno (-ERANGE: buffer too small).
 */
__rte_experimental int rte_thread_getname(pthread_t id, char *name, size_t len);

/**
 * Start a control thread: a thread that is not an lcore, named, and
 * pinned to the CPUs the process may use minus those of the lcores
 * (the main lcore's CPUs if nothing is left). The thread starts only
 * once its name and affinity are set.
 *
 * @param thread
 *   Where to store the thread.
 * @param name
 *   Its name (cut to 15 characters).
 * @param attr
 *   pthread attributes (NULL: defaults).
 * @param start_routine
 *   Body of the thread.
 * @param arg
 *   Its argument.
 * @return
 *   0, or a negative errno.
 */
int rte_ctrl_thread_create(pthread_t *thread, const char *name,
	const pthread_attr_t *attr, void *(*start_routine)(void *), void *arg);

/**
 * Give the calling non-EAL thread an lcore id of its own (so it gets a
 * mempool cache slot and per-lcore state).
 *
 * Lcore callbacks' init runs for the new lcore; a refusal undoes the
 * registration.
 *
 * @return 0, or -1 with rte_errno = ENOMEM when no id is free or a
 *   callback refused the lcore.
 */
int rte_thread_register(void);

/**
 * Give back the lcore id of a registered non-EAL thread.
 */
void rte_thread_unregister(void);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LCORE_H_ */
