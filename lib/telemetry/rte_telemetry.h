/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef RTE_TELEMETRY_H
#define RTE_TELEMETRY_H

/**
 * @file
 *
 * Telemetry: named commands ("/mempool/list", ...) that a process
 * answers over a local socket with JSON. A library or application
 * registers a callback per command; the callback fills a
 * struct rte_tel_data (a string, an array or a dictionary) and the
 * library turns it into the JSON reply. The socket protocol is the one
 * DPDK's dpdk-telemetry.py speaks (see the telemetry guide).
 */

#ifdef __cplusplus
extern "C" {
#endif

#include <stdint.h>

/** Longest string (with its NUL) kept in an array, or a dict key or value. */
#define RTE_TEL_MAX_STRING_LEN 128
/** Longest string (with its NUL) set by rte_tel_data_string(). */
#define RTE_TEL_MAX_SINGLE_STRING_LEN 8192
/** Most entries a dictionary holds. */
#define RTE_TEL_MAX_DICT_ENTRIES 256
/** Most entries an array holds. */
#define RTE_TEL_MAX_ARRAY_ENTRIES 512

/** A reply under construction; its layout is private to the library. */
struct rte_tel_data;

/**
 * Kind of value an array holds (fixed when the array is started) or a
 * dictionary entry holds (given by the function that adds it).
 */
enum rte_tel_value_type {
	RTE_TEL_STRING_VAL, /**< a string */
	RTE_TEL_INT_VAL, /**< a signed 32-bit integer */
	RTE_TEL_U64_VAL, /**< an unsigned 64-bit integer */
	RTE_TEL_CONTAINER, /**< another struct rte_tel_data */
};

/**
 * Make the reply an empty array of one kind of value.
 *
 * @param d
 *   The reply the callback was given (or a container).
 * @param type
 *   The kind of every entry the array will hold.
 * @return
 *   0, or -EINVAL if d is NULL or type is not a value type.
 */
int
rte_tel_data_start_array(struct rte_tel_data *d, enum rte_tel_value_type type);

/**
 * Make the reply an empty dictionary.
 *
 * Keys may hold only letters, digits, '_' and '/'.
 *
 * @param d
 *   The reply the callback was given (or a container).
 * @return
 *   0, or -EINVAL if d is NULL.
 */
int rte_tel_data_start_dict(struct rte_tel_data *d);

/**
 * Make the reply a single string.
 *
 * @param d
 *   The reply the callback was given.
 * @param str
 *   The string; it is copied.
 * @return
 *   0; E2BIG (positive) if the string was cut to
 *   RTE_TEL_MAX_SINGLE_STRING_LEN - 1 bytes; -EINVAL if an argument is
 *   NULL.
 */
int rte_tel_data_string(struct rte_tel_data *d, const char *str);

/**
 * Append a string to an array started with RTE_TEL_STRING_VAL.
 *
 * @param d
 *   The array.
 * @param str
 *   The string; it is copied.
 * @return
 *   0; E2BIG (positive) if the string was cut to
 *   RTE_TEL_MAX_STRING_LEN - 1 bytes (it is still added); -EINVAL if
 *   d is not such an array or an argument is NULL; -ENOSPC if the array
 *   already holds RTE_TEL_MAX_ARRAY_ENTRIES entries.
 */
int rte_tel_data_add_array_string(struct rte_tel_data *d, const char *str);

/**
 * Append an int to an array started with RTE_TEL_INT_VAL.
 *
 * @param d
 *   The array.
 * @param x
 *   The value.
 * @return
 *   0; -EINVAL if d is not such an array; -ENOSPC if it is full.
 */
int rte_tel_data_add_array_int(struct rte_tel_data *d, int x);

/**
 * Append a uint64_t to an array started with RTE_TEL_U64_VAL.
 *
 * @param d
 *   The array.
 * @param x
 *   The value.
 * @return
 *   0; -EINVAL if d is not such an array; -ENOSPC if it is full.
 */
int rte_tel_data_add_array_u64(struct rte_tel_data *d, uint64_t x);

/**
 * Append a container (from rte_tel_data_alloc(), holding an array or a
 * dictionary) to an array started with RTE_TEL_CONTAINER.
 *
 * @param d
 *   The array.
 * @param val
 *   The container.
 * @param keep
 *   0: the library frees val once the reply is sent (or when d is
 *   freed); 1: the caller keeps ownership.
 * @return
 *   0; -EINVAL if d is not such an array, val is NULL, not started, or
 *   d itself; -ENOSPC if d is full.
 */
int rte_tel_data_add_array_container(
	struct rte_tel_data *d, struct rte_tel_data *val, int keep);

/**
 * Add a string entry to a dictionary.
 *
 * @param d
 *   The dictionary.
 * @param name
 *   The key: letters, digits, '_' and '/' only.
 * @param val
 *   The string; it is copied.
 * @return
 *   0; E2BIG (positive) if the key or the value was cut to
 *   RTE_TEL_MAX_STRING_LEN - 1 bytes (the entry is still added);
 *   -EINVAL if d is not a dictionary, an argument is NULL or the key
 *   holds another character; -ENOSPC if the dictionary is full.
 */
int rte_tel_data_add_dict_string(
	struct rte_tel_data *d, const char *name, const char *val);

/**
 * Add an int entry to a dictionary.
 *
 * @param d
 *   The dictionary.
 * @param name
 *   The key: letters, digits, '_' and '/' only.
 * @param val
 *   The value.
 * @return
 *   0; E2BIG (positive) if the key was cut; -EINVAL or -ENOSPC as for
 *   rte_tel_data_add_dict_string().
 */
int
rte_tel_data_add_dict_int(struct rte_tel_data *d, const char *name, int val);

/**
 * Add a uint64_t entry to a dictionary.
 *
 * @param d
 *   The dictionary.
 * @param name
 *   The key: letters, digits, '_' and '/' only.
 * @param val
 *   The value.
 * @return
 *   0; E2BIG (positive) if the key was cut; -EINVAL or -ENOSPC as for
 *   rte_tel_data_add_dict_string().
 */
int rte_tel_data_add_dict_u64(
	struct rte_tel_data *d, const char *name, uint64_t val);

/**
 * Add a container (from rte_tel_data_alloc(), holding an array or a
 * dictionary) as a dictionary entry.
 *
 * @param d
 *   The dictionary.
 * @param name
 *   The key: letters, digits, '_' and '/' only.
 * @param val
 *   The container.
 * @param keep
 *   0: the library frees val once the reply is sent (or when d is
 *   freed); 1: the caller keeps ownership.
 * @return
 *   0; E2BIG (positive) if the key was cut; -EINVAL if d is not a
 *   dictionary, val is NULL, not started, or d itself, or the key is
 *   bad; -ENOSPC if the dictionary is full.
 */
int rte_tel_data_add_dict_container(struct rte_tel_data *d, const char *name,
	struct rte_tel_data *val, int keep);

/**
 * Callback of a telemetry command. It runs on a telemetry thread, never
 * on an lcore, and may run for several clients at once.
 *
 * @param cmd
 *   The command as the client sent it (e.g. "/mempool/info").
 * @param params
 *   What followed the first ',' of the request, or NULL if nothing did.
 * @param info
 *   The reply to fill (empty; start an array, a dict or a string).
 * @return
 *   0 (or any value >= 0) to send info; a negative value to send the
 *   command's null reply instead.
 */
typedef int (*telemetry_cb)(
	const char *cmd, const char *params, struct rte_tel_data *info);

/**
 * Thread body serving one connection (kept for source compatibility;
 * the library does not call it).
 *
 * @param sock_id
 *   The connection.
 * @return
 *   Thread result.
 */
typedef void *(*handler)(void *sock_id);

/**
 * Register a command. Usually called from an RTE_INIT constructor so
 * the command exists before the EAL opens the socket; later calls work
 * too.
 *
 * @param cmd
 *   The command: starts with '/', shorter than 56 bytes, made of
 *   letters, digits, '_' and '/'.
 * @param fn
 *   The callback.
 * @param help
 *   One line of help ("/help,<cmd>" returns it), shorter than
 *   RTE_TEL_MAX_STRING_LEN bytes.
 * @return
 *   0; -EINVAL for a NULL, too long or malformed argument, or a
 *   command already registered; -ENOMEM if the table cannot grow.
 */
int
rte_telemetry_register_cmd(const char *cmd, telemetry_cb fn, const char *help);

/**
 * Allocate a container, to be filled and then added to an array or a
 * dictionary.
 *
 * @return
 *   The container (holding nothing yet), or NULL if out of memory.
 */
struct rte_tel_data *rte_tel_data_alloc(void);

/**
 * Free a container and the containers it owns (those added with
 * keep = 0).
 *
 * @param data
 *   The container; NULL does nothing.
 */
void rte_tel_data_free(struct rte_tel_data *data);

#ifdef __cplusplus
}
#endif

#endif /* RTE_TELEMETRY_H */
