/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Logging with per-type levels. Messages at or below the type's level
 * and the global level go to the log stream (stderr by default).
 */

#ifndef _RTE_LOG_H_
#define _RTE_LOG_H_

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>

#include <rte_common.h>
#include <rte_config.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Log types fixed at build time (DPDK numbering). */
#define RTE_LOGTYPE_EAL 0 /**< EAL */
#define RTE_LOGTYPE_MALLOC 1 /**< heap */
#define RTE_LOGTYPE_RING 2 /**< ring */
#define RTE_LOGTYPE_MEMPOOL 3 /**< mempool */
#define RTE_LOGTYPE_TIMER 4 /**< timer */
#define RTE_LOGTYPE_PMD 5 /**< drivers */
#define RTE_LOGTYPE_HASH 6 /**< hash */
#define RTE_LOGTYPE_LPM 7 /**< LPM */
#define RTE_LOGTYPE_KNI 8 /**< KNI */
#define RTE_LOGTYPE_ACL 9 /**< ACL */
#define RTE_LOGTYPE_POWER 10 /**< power */
#define RTE_LOGTYPE_METER 11 /**< meter */
#define RTE_LOGTYPE_SCHED 12 /**< sched */
#define RTE_LOGTYPE_PORT 13 /**< port */
#define RTE_LOGTYPE_TABLE 14 /**< table */
#define RTE_LOGTYPE_PIPELINE 15 /**< pipeline */
#define RTE_LOGTYPE_MBUF 16 /**< mbuf */
#define RTE_LOGTYPE_CRYPTODEV 17 /**< cryptodev */
#define RTE_LOGTYPE_EFD 18 /**< EFD */
#define RTE_LOGTYPE_EVENTDEV 19 /**< eventdev */
#define RTE_LOGTYPE_GSO 20 /**< GSO */
#define RTE_LOGTYPE_STACK 21 /**< stack (ours; DPDK registers it dynamically) */
#define RTE_LOGTYPE_USER1 24 /**< application 1 */
#define RTE_LOGTYPE_USER2 25 /**< application 2 */
#define RTE_LOGTYPE_USER3 26 /**< application 3 */
#define RTE_LOGTYPE_USER4 27 /**< application 4 */
#define RTE_LOGTYPE_USER5 28 /**< application 5 */
#define RTE_LOGTYPE_USER6 29 /**< application 6 */
#define RTE_LOGTYPE_USER7 30 /**< application 7 */
#define RTE_LOGTYPE_USER8 31 /**< application 8 */
/** First type number handed out by rte_log_register(). */
#define RTE_LOGTYPE_FIRST_EXT_ID 32

#define RTE_LOG_EMERG 1U /**< system is unusable */
#define RTE_LOG_ALERT 2U /**< act immediately */
#define RTE_LOG_CRIT 3U /**< critical */
#define RTE_LOG_ERR 4U /**< error */
#define RTE_LOG_WARNING 5U /**< warning */
#define RTE_LOG_NOTICE 6U /**< normal but significant */
#define RTE_LOG_INFO 7U /**< informational */
#define RTE_LOG_DEBUG 8U /**< debug */
#define RTE_LOG_MAX RTE_LOG_DEBUG /**< most verbose level */

/**
 * Send log messages to a stream instead of stderr.
 *
 * @param f  The stream, or NULL to go back to stderr.
 * @return 0.
 */
int rte_openlog_stream(FILE *f);

/**
 * The stream log messages go to.
 *
 * @return The stream (stderr unless changed).
 */
FILE *rte_log_get_stream(void);

/**
 * Set the global level: messages above it are dropped for every type.
 *
 * @param level  RTE_LOG_EMERG .. RTE_LOG_DEBUG.
 */
void rte_log_set_global_level(uint32_t level);

/**
 * The global level.
 *
 * @return The level.
 */
uint32_t rte_log_get_global_level(void);

/**
 * The level of one log type.
 *
 * @param logtype  The type.
 * @return The level, or -1 if the type is not registered.
 */
int rte_log_get_level(uint32_t logtype);

/**
 * Whether a message of this type and level would be emitted.
 *
 * @param logtype  The type.
 * @param loglevel  The level.
 * @return true if it would.
 */
int rte_log_can_log(uint32_t logtype, uint32_t loglevel);

/**
 * Set the level of one log type.
 *
 * @param logtype  The type.
 * @param level  The level.
 * @return 0, or -1 if the type or level is invalid.
 */
int rte_log_set_level(uint32_t logtype, uint32_t level);

/**
 * Set the level of every type whose name matches a glob pattern.
 *
 * @param pattern  fnmatch(3) pattern, e.g. "lib.*".
 * @param level  The level.
 * @return 0, or -1 on bad level.
 */
int rte_log_set_level_pattern(const char *pattern, uint32_t level);

/**
 * Set the level of every registered log type whose name matches a
 * POSIX extended regular expression. Types registered later keep their
 * own default.
 *
 * @param regex
 *   Regular expression matched against type names.
 * @param level
 *   New level (RTE_LOG_EMERG to RTE_LOG_DEBUG).
 * @return
 *   0, or -1 if the expression does not compile or the level is wrong.
 */
int rte_log_set_level_regexp(const char *regex, uint32_t level);

/**
 * Level of the message the calling thread is writing (for a stream
 * that wants it, e.g. a cookie stream set with rte_openlog_stream).
 *
 * @return
 *   The level of the last message of this thread, -1 before any.
 */
int rte_log_cur_msg_loglevel(void);

/**
 * Type of the message the calling thread is writing.
 *
 * @return
 *   The log type of the last message of this thread, -1 before any.
 */
int rte_log_cur_msg_logtype(void);

/**
 * Print the name of every registered log type, sorted, one a line.
 *
 * @param out
 *   Stream to print to.
 * @param prefix
 *   Text put before each name (NULL: none).
 */
void rte_log_list_types(FILE *out, const char *prefix);

/**
 * Register a dynamic log type, or find an existing one by name.
 *
 * @param name  The type name, e.g. "pmd.mempool.stack".
 * @return The type number, or -1 with rte_errno set.
 */
int rte_log_register(const char *name);

/**
 * Register a log type and set its level (a pattern given with
 * --log-level earlier takes precedence).
 *
 * @param name  The type name.
 * @param level_def  The default level.
 * @return The type number, or -1 with rte_errno set.
 */
int rte_log_register_type_and_pick_level(const char *name, uint32_t level_def);

/**
 * Print the registered types and their levels.
 *
 * @param f  Output stream.
 */
void rte_log_dump(FILE *f);

/**
 * Emit a log message.
 *
 * @param level  Level of the message.
 * @param logtype  Type of the message.
 * @param format  printf format.
 * @return 0 on success, negative on failure to write.
 */
int rte_log(uint32_t level, uint32_t logtype, const char *format, ...)
	__rte_format_printf(3, 4);

/**
 * Emit a log message from a va_list.
 *
 * @param level  Level of the message.
 * @param logtype  Type of the message.
 * @param format  printf format.
 * @param ap  Arguments.
 * @return 0 on success, negative on failure to write.
 */
int rte_vlog(uint32_t level, uint32_t logtype, const char *format, va_list ap)
	__rte_format_printf(3, 0);

/**
 * Log with a static type: RTE_LOG(ERR, MEMPOOL, "...\n").
 */
#define RTE_LOG(l, t, ...) \
	rte_log(RTE_LOG_##l, RTE_LOGTYPE_##t, #t ": " __VA_ARGS__)

/**
 * Data-path log, compiled out above RTE_LOG_DP_LEVEL.
 */
#define RTE_LOG_DP(l, t, ...) \
	(void)((RTE_LOG_##l <= RTE_LOG_DP_LEVEL) \
			? rte_log(RTE_LOG_##l, RTE_LOGTYPE_##t, \
				  #t ": " __VA_ARGS__) \
			: 0)

/**
 * Define a dynamic log type variable registered at start-up.
 */
#define RTE_LOG_REGISTER_IMPL(type, name, level) \
	int type; \
	RTE_INIT(__##type) \
	{ \
		type = rte_log_register_type_and_pick_level( \
			name, RTE_LOG_##level); \
		if (type < 0) \
			type = RTE_LOGTYPE_EAL; \
	}

/** Register a dynamic log type with an explicit name. */
#define RTE_LOG_REGISTER(type, name, level) \
	RTE_LOG_REGISTER_IMPL(type, RTE_STR(name), level)

/** Register a dynamic log type named after the component. */
#define RTE_LOG_REGISTER_DEFAULT(type, level) \
	RTE_LOG_REGISTER_IMPL(type, RTE_STR(RTE_LOG_DEFAULT_LOGTYPE), level)

/** Register a dynamic log type named after the component plus a suffix. */
#define RTE_LOG_REGISTER_SUFFIX(type, suffix, level) \
	RTE_LOG_REGISTER_IMPL(type, \
		RTE_STR(RTE_LOG_DEFAULT_LOGTYPE) "." RTE_STR(suffix), level)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_LOG_H_ */
