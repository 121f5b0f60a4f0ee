/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Environment abstraction layer: start-up, process type and run time
 * configuration.
 */

#ifndef _RTE_EAL_H_
#define _RTE_EAL_H_

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include <rte_common.h>
#include <rte_config.h>
#include <rte_compat.h>
#include <rte_per_lcore.h>
#include <rte_uuid.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Magic number of the shared configuration, as DPDK's. */
#define RTE_MAGIC 19820526

/** Longest thread name the EAL sets, with its NUL. */
#define RTE_MAX_THREAD_NAME_LEN 16

RTE_DECLARE_PER_LCORE(int, _thread_id);

/**
 * Kernel thread id of the caller (system call, not cached).
 *
 * @return The id.
 */
int rte_sys_gettid(void);

/**
 * Kernel thread id of the caller, cached per thread.
 *
 * @return The id.
 */
static inline int
rte_gettid(void)
{
	if (RTE_PER_LCORE(_thread_id) == -1)
		RTE_PER_LCORE(_thread_id) = rte_sys_gettid();
	return RTE_PER_LCORE(_thread_id);
}

/** Role of this process on the shared memory. */
enum rte_proc_type_t {
	RTE_PROC_AUTO = -1, /**< secondary if a primary runs, else primary */
	RTE_PROC_PRIMARY = 0, /**< creates the shared memory */
	RTE_PROC_SECONDARY, /**< attaches to a primary's memory */
	RTE_PROC_INVALID /**< not initialised */
};

/** IOVA mode (always VA here). */
enum rte_iova_mode {
	RTE_IOVA_DC = 0, /**< don't care */
	RTE_IOVA_PA = (1 << 0), /**< physical addresses */
	RTE_IOVA_VA = (1 << 1) /**< virtual addresses */
};

/**
 * Initialise the EAL: parse its options, set up or attach to shared
 * memory, start one pinned thread per worker lcore, load plugins.
 *
 * @param argc  Argument count.
 * @param argv  Arguments; EAL options come first, "--" ends them.
 * @return The number of arguments parsed (so the application can skip
 *   them), or -1 with rte_errno set (EINVAL bad option, EALREADY
 *   initialised, ENOMEM, EACCES, ENOENT no primary, ...) and a one-line
 *   reason on stderr.
 */
int rte_eal_init(int argc, char **argv);

/**
 * Release what rte_eal_init took: stop worker threads, unmap memory,
 * remove this primary's runtime files.
 *
 * @return 0, or -EALREADY/-EINVAL if the EAL is not initialised.
 */
int rte_eal_cleanup(void);

/**
 * Role of this process.
 *
 * @return RTE_PROC_PRIMARY or RTE_PROC_SECONDARY (RTE_PROC_INVALID
 *   before init).
 */
enum rte_proc_type_t rte_eal_process_type(void);

/**
 * Whether a primary process is running on a config file.
 *
 * @param config_file_path  The file, or NULL for this prefix's.
 * @return 1 if alive, 0 otherwise.
 */
int rte_eal_primary_proc_alive(const char *config_file_path);

/**
 * Folder holding this process's runtime files.
 *
 * @return The path (e.g. /var/run/dpdk/rte).
 */
const char *rte_eal_get_runtime_dir(void);

/**
 * Whether the arena is backed by huge pages.
 *
 * @return 1 if so, 0 otherwise.
 */
int rte_eal_has_hugepages(void);

/**
 * Whether the EAL runs without shared files (--in-memory).
 *
 * @return 1 if so, 0 otherwise.
 */
int rte_eal_in_memory(void);

/**
 * IOVA mode.
 *
 * @return RTE_IOVA_VA.
 */
enum rte_iova_mode rte_eal_iova_mode(void);

/**
 * Mempool handler named with --mbuf-pool-ops-name.
 *
 * @return The name, or NULL if the option was not given.
 */
const char *rte_eal_mbuf_user_pool_ops(void);

/**
 * Whether the EAL is initialised.
 *
 * @return 1 if so, 0 otherwise.
 */
int rte_eal_is_initialized(void);

/** Most file descriptors one rte_mp message carries. */
#define RTE_MP_MAX_FD_NUM 8
/** Size of an rte_mp action name, including its terminating NUL. */
#define RTE_MP_MAX_NAME_LEN 64
/** Most bytes of data one rte_mp message carries. */
#define RTE_MP_MAX_PARAM_LEN 256

/**
 * A message between the processes of one file prefix: a message, a
 * request or a reply, sent over the runtime dir's unix sockets.
 */
struct rte_mp_msg {
	char name[RTE_MP_MAX_NAME_LEN]; /**< action that handles it */
	int len_param; /**< bytes of param used */
	int num_fds; /**< entries of fds used */
	uint8_t param[RTE_MP_MAX_PARAM_LEN]; /**< the data */
	int fds[RTE_MP_MAX_FD_NUM]; /**< fds passed (the receiver gets dups) */
};

/** The answers to a request. */
struct rte_mp_reply {
	int nb_sent; /**< peers the request reached */
	int nb_received; /**< replies in msgs */
	struct rte_mp_msg *msgs; /**< replies; the caller frees the array */
};

/**
 * Handles a message or request named after it. Runs in the IPC thread
 * of the receiving process; a request is answered with rte_mp_reply()
 * (also on error: returning does not answer). Owns msg's fds.
 *
 * @param msg  The message.
 * @param peer  The sender's socket (a const char *), for rte_mp_reply().
 * @return 0, or a negative value (logged).
 */
typedef int (*rte_mp_t)(const struct rte_mp_msg *msg, const void *peer);

/**
 * Gets the answers to an asynchronous request once every peer replied
 * or the timeout passed. Runs in the IPC thread.
 *
 * @param request  The request as sent.
 * @param reply  The answers; the array is freed after the call, the
 *   fds they carry are the callback's.
 * @return 0, or a negative value.
 */
typedef int (*rte_mp_async_reply_t)(
	const struct rte_mp_msg *request, const struct rte_mp_reply *reply);

/**
 * Refuse secondary processes from now on, if none has attached yet.
 *
 * @return true if this is a primary that no secondary attached to
 *   (later secondaries fail rte_eal_init), false otherwise.
 */
bool rte_mp_disable(void);

/**
 * Register the action that handles messages and requests of a name in
 * this process. May be called before rte_eal_init.
 *
 * @param name  Up to RTE_MP_MAX_NAME_LEN - 1 characters.
 * @param action  The handler.
 * @return 0, or -1 with rte_errno EINVAL (NULL or empty name, NULL
 *   action), E2BIG (name too long), EEXIST (name taken), ENOTSUP (no
 *   IPC: --in-memory) or ENOMEM.
 */
int rte_mp_action_register(const char *name, rte_mp_t action);

/**
 * Remove the action of a name; unknown names are ignored.
 *
 * @param name  The name.
 */
void rte_mp_action_unregister(const char *name);

/**
 * Send a one-way message: from a secondary to the primary, from the
 * primary to every secondary.
 *
 * @param msg  The message; its fds stay open in the sender.
 * @return 0, or -1 with rte_errno EINVAL/E2BIG (bad message), ENOTSUP
 *   (no IPC) or the send error.
 */
int rte_mp_sendmsg(struct rte_mp_msg *msg);

/**
 * Send a request (to the primary from a secondary, to every secondary
 * from the primary) and wait for the answers. Must not be called from
 * an IPC action or callback.
 *
 * @param req  The request.
 * @param reply  Filled with the answers; free reply->msgs after use.
 * @param ts  How long to wait, relative.
 * @return 0 (a peer that is gone is not counted in nb_sent), or -1 with
 *   rte_errno ETIMEDOUT (a peer did not answer in time), EINVAL/E2BIG
 *   (bad request or timeout), EEXIST (the same request is pending to a
 *   peer), EDEADLK (called from the IPC thread), ENOTSUP (no IPC),
 *   ECONNREFUSED (a secondary's primary is gone) or ENOMEM.
 */
int rte_mp_request_sync(struct rte_mp_msg *req, struct rte_mp_reply *reply,
	const struct timespec *ts);

/**
 * Send a request like rte_mp_request_sync() without waiting: clb runs
 * in the IPC thread once every peer answered or ts passed.
 *
 * @param req  The request.
 * @param ts  How long to wait for the answers, relative.
 * @param clb  The callback.
 * @return 0, or -1 with rte_errno as for rte_mp_request_sync() (but
 *   never ETIMEDOUT: late peers are missing from the reply instead).
 */
int rte_mp_request_async(struct rte_mp_msg *req, const struct timespec *ts,
	rte_mp_async_reply_t clb);

/**
 * Answer a request, with the request's name.
 *
 * @param msg  The answer.
 * @param peer  The peer given to the action.
 * @return 0, or -1 with rte_errno EINVAL (bad message, NULL or foreign
 *   peer), E2BIG or the send error.
 */
int rte_mp_reply(struct rte_mp_msg *msg, const char *peer);

/** Prints an application's own usage after the EAL's, for -h. */
typedef void (*rte_usage_hook_t)(const char *prgname);

/**
 * Set a function -h calls after printing the EAL options.
 *
 * @param usage_func  The function.
 * @return The previous one.
 */
rte_usage_hook_t rte_set_application_usage_hook(rte_usage_hook_t usage_func);

/**
 * Report that a registration made by a plugin's constructor failed
 * (e.g. a mempool handler whose name is already taken). Libraries call
 * this from their registration error paths. While rte_eal_init loads a
 * -d plugin, any report makes it fail naming the plugin file, with
 * rte_errno set to the first error; outside plugin loading the call
 * does nothing (the library's own error return and log line apply).
 *
 * @param err  The errno value of the failure (sign ignored).
 */
__rte_internal void rte_eal_plugin_error_report(int err);

/**
 * Name the provider of some code, for log lines about two providers of
 * one thing (e.g. two mempool handlers with the same name): the path of
 * the driver or -d plugin rte_eal_init loaded that holds the code, or
 * "built-in" (the program or a library it links).
 *
 * @param code  An address in the code or data to name; NULL names the
 *   plugin whose constructors are running now ("built-in" outside
 *   plugin loading).
 * @param buf   Where to write the name.
 * @param len   Size of buf.
 * @return buf, or the string "built-in" when buf is NULL or len is 0.
 */
__rte_internal const char *
rte_eal_plugin_provider(const void *code, char *buf, size_t len);

/**
 * An init hook: returns 0, or a negative errno (rte_errno may be set)
 * to make rte_eal_init fail.
 */
typedef int (*rte_eal_init_hook_t)(void);

/**
 * Register a function that rte_eal_init calls once shared memory,
 * memzones, tailqs and lcore threads are up, before -d plugins are
 * loaded and before rte_eal_init returns. Meant for libraries that
 * register from constructors and must then sync state with other
 * processes attached to the same memory (the mempool library aligns
 * its handler indices this way). Hooks run in registration order, in
 * every process (primary or secondary) and on every rte_eal_init; a
 * hook that fails makes rte_eal_init fail, naming the hook in the log.
 *
 * @param name  Name for log lines; the string must stay valid.
 * @param fn    The hook.
 * @return 0, -EINVAL (NULL or empty name, NULL fn), -EEXIST (name
 *   already registered) or -ENOSPC (too many hooks).
 */
__rte_internal int
rte_eal_init_hook_register(const char *name, rte_eal_init_hook_t fn);

/** Process-wide EAL configuration (shared-config view). */
struct rte_config;

#ifdef __cplusplus
}
#endif

#endif /* _RTE_EAL_H_ */
