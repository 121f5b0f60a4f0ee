/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Log types, levels, --log-level patterns and the message path (the
 * stream, and syslog when --syslog asked for it).
 */

#include <errno.h>
#include <fnmatch.h>
#include <pthread.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <syslog.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_string_fns.h>

#include "eal_core.h"
#include "eal_internal_cfg.h"

/* Room for the static types plus every library's dynamic ones. */
#define LOG_MAX_TYPES 512
#define LOG_NAME_LEN 64
/* Level of a type nobody configured. */
#define LOG_DEFAULT_LEVEL RTE_LOG_INFO
/* --log-level type or pattern options remembered for later types. */
#define LOG_MAX_SAVED 32

struct log_type {
	char name[LOG_NAME_LEN]; /* empty: free slot */
	uint32_t level;
};

struct log_saved {
	char pattern[LOG_NAME_LEN];
	int is_regex; /* regular expression, else fnmatch glob */
	regex_t re;
	uint32_t level;
};

static struct log_type log_types[LOG_MAX_TYPES];
static unsigned int log_ntypes = RTE_LOGTYPE_FIRST_EXT_ID;
static uint32_t log_global_level = RTE_LOG_DEBUG;
static FILE *log_stream; /* NULL: stderr */
static int log_syslog_open; /* --syslog: openlog() was called */
static struct log_saved log_saved[LOG_MAX_SAVED];
static unsigned int log_nsaved;
/* Guards registration and pattern changes, not the message path. */
static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;

static const char *const static_names[RTE_LOGTYPE_FIRST_EXT_ID] = {
	[RTE_LOGTYPE_EAL] = "lib.eal",
	[RTE_LOGTYPE_MALLOC] = "lib.malloc",
	[RTE_LOGTYPE_RING] = "lib.ring",
	[RTE_LOGTYPE_MEMPOOL] = "lib.mempool",
	[RTE_LOGTYPE_TIMER] = "lib.timer",
	[RTE_LOGTYPE_PMD] = "pmd",
	[RTE_LOGTYPE_HASH] = "lib.hash",
	[RTE_LOGTYPE_LPM] = "lib.lpm",
	[RTE_LOGTYPE_KNI] = "lib.kni",
	[RTE_LOGTYPE_ACL] = "lib.acl",
	[RTE_LOGTYPE_POWER] = "lib.power",
	[RTE_LOGTYPE_METER] = "lib.meter",
	[RTE_LOGTYPE_SCHED] = "lib.sched",
	[RTE_LOGTYPE_PORT] = "lib.port",
	[RTE_LOGTYPE_TABLE] = "lib.table",
	[RTE_LOGTYPE_PIPELINE] = "lib.pipeline",
	[RTE_LOGTYPE_MBUF] = "lib.mbuf",
	[RTE_LOGTYPE_CRYPTODEV] = "lib.cryptodev",
	[RTE_LOGTYPE_EFD] = "lib.efd",
	[RTE_LOGTYPE_EVENTDEV] = "lib.eventdev",
	[RTE_LOGTYPE_GSO] = "lib.gso",
	[RTE_LOGTYPE_STACK] = "lib.stack",
	[RTE_LOGTYPE_USER1] = "user1",
	[RTE_LOGTYPE_USER2] = "user2",
	[RTE_LOGTYPE_USER3] = "user3",
	[RTE_LOGTYPE_USER4] = "user4",
	[RTE_LOGTYPE_USER5] = "user5",
	[RTE_LOGTYPE_USER6] = "user6",
	[RTE_LOGTYPE_USER7] = "user7",
	[RTE_LOGTYPE_USER8] = "user8",
};

static const char *const level_names[] = {
	[RTE_LOG_EMERG] = "emergency",
	[RTE_LOG_ALERT] = "alert",
	[RTE_LOG_CRIT] = "critical",
	[RTE_LOG_ERR] = "error",
	[RTE_LOG_WARNING] = "warning",
	[RTE_LOG_NOTICE] = "notice",
	[RTE_LOG_INFO] = "info",
	[RTE_LOG_DEBUG] = "debug",
};

static void
log_static_types_init(void)
{
	unsigned int i;

	for (i = 0; i < RTE_LOGTYPE_FIRST_EXT_ID; i++) {
		if (static_names[i] == NULL)
			continue;
		rte_strlcpy(log_types[i].name, static_names[i], LOG_NAME_LEN);
		__atomic_store_n(&log_types[i].level, LOG_DEFAULT_LEVEL,
			__ATOMIC_RELAXED);
	}
}

/* Before any other constructor, so libraries can register types. */
RTE_INIT_PRIO(log_init, LOG)
{
	log_static_types_init();
}

static int
level_valid(uint32_t level)
{
	return level >= RTE_LOG_EMERG && level <= RTE_LOG_MAX;
}

int
rte_openlog_stream(FILE *f)
{
	__atomic_store_n(&log_stream, f, __ATOMIC_RELEASE);
	return 0;
}

FILE *
rte_log_get_stream(void)
{
	FILE *f = __atomic_load_n(&log_stream, __ATOMIC_ACQUIRE);

	return f != NULL ? f : stderr;
}

void
rte_log_set_global_level(uint32_t level)
{
	__atomic_store_n(&log_global_level, level, __ATOMIC_RELAXED);
}

uint32_t
rte_log_get_global_level(void)
{
	return __atomic_load_n(&log_global_level, __ATOMIC_RELAXED);
}

/* Lock-free: dynamic slots below log_ntypes are complete. */
static int
type_registered(uint32_t logtype)
{
	if (logtype < RTE_LOGTYPE_FIRST_EXT_ID)
		return static_names[logtype] != NULL;
	return logtype < __atomic_load_n(&log_ntypes, __ATOMIC_ACQUIRE);
}

int
rte_log_get_level(uint32_t logtype)
{
	if (!type_registered(logtype))
		return -1;
	return (int)__atomic_load_n(
		&log_types[logtype].level, __ATOMIC_RELAXED);
}

int
rte_log_can_log(uint32_t logtype, uint32_t level)
{
	if (level > rte_log_get_global_level())
		return 0;
	if (logtype >= LOG_MAX_TYPES)
		return 0;
	return level <=
		__atomic_load_n(&log_types[logtype].level, __ATOMIC_RELAXED);
}

int
rte_log_set_level(uint32_t logtype, uint32_t level)
{
	if (!type_registered(logtype) || !level_valid(level))
		return -1;
	__atomic_store_n(&log_types[logtype].level, level, __ATOMIC_RELAXED);
	return 0;
}

int
rte_log_set_level_pattern(const char *pattern, uint32_t level)
{
	unsigned int i;

	if (pattern == NULL || !level_valid(level))
		return -1;
	pthread_mutex_lock(&log_lock);
	for (i = 0; i < LOG_MAX_TYPES; i++) {
		if (log_types[i].name[0] == '\0')
			continue;
		if (fnmatch(pattern, log_types[i].name, 0) == 0)
			__atomic_store_n(
				&log_types[i].level, level, __ATOMIC_RELAXED);
	}
	pthread_mutex_unlock(&log_lock);
	return 0;
}

int
rte_log_set_level_regexp(const char *regex, uint32_t level)
{
	regex_t re;
	unsigned int i;

	if (regex == NULL || !level_valid(level))
		return -1;
	if (regcomp(&re, regex, REG_EXTENDED | REG_NOSUB) != 0)
		return -1;
	pthread_mutex_lock(&log_lock);
	for (i = 0; i < LOG_MAX_TYPES; i++) {
		if (log_types[i].name[0] == '\0')
			continue;
		if (regexec(&re, log_types[i].name, 0, NULL, 0) == 0)
			__atomic_store_n(
				&log_types[i].level, level, __ATOMIC_RELAXED);
	}
	pthread_mutex_unlock(&log_lock);
	regfree(&re);
	return 0;
}

/* Level and type of the message being written, per thread. */
static RTE_DEFINE_PER_LCORE(int, cur_level) = -1;
static RTE_DEFINE_PER_LCORE(int, cur_type) = -1;

int
rte_log_cur_msg_loglevel(void)
{
	return RTE_PER_LCORE(cur_level);
}

int
rte_log_cur_msg_logtype(void)
{
	return RTE_PER_LCORE(cur_type);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void
rte_log_list_types(FILE *out, const char *prefix)
{
	const char *names[LOG_MAX_TYPES];
	unsigned int i, n = 0;

	pthread_mutex_lock(&log_lock);
	for (i = 0; i < LOG_MAX_TYPES; i++)
		if (log_types[i].name[0] != '\0')
			names[n++] = log_types[i].name;
	qsort(names, n, sizeof(names[0]), name_cmp);
	for (i = 0; i < n; i++)
		fprintf(out, "%s%s\n", prefix != NULL ? prefix : "", names[i]);
	pthread_mutex_unlock(&log_lock);
}

/* Level a saved --log-level option gives a type name, or -1. */
static int
saved_level_for(const char *name)
{
	int level = -1;
	unsigned int i;

	/* Later options win, as they would on the command line. */
	for (i = 0; i < log_nsaved; i++) {
		const struct log_saved *s = &log_saved[i];
		int match;

		if (s->is_regex)
			match = regexec(&s->re, name, 0, NULL, 0) == 0;
		else
			match = fnmatch(s->pattern, name, 0) == 0;
		if (match)
			level = (int)s->level;
	}
	return level;
}

static int
log_register_locked(const char *name, uint32_t level_def, int pick)
{
	unsigned int i;
	int saved;

	if (name == NULL || name[0] == '\0' || strlen(name) >= LOG_NAME_LEN) {
		rte_errno = EINVAL;
		return -1;
	}
	for (i = 0; i < LOG_MAX_TYPES; i++)
		if (strcmp(log_types[i].name, name) == 0)
			return (int)i;
	if (log_ntypes >= LOG_MAX_TYPES) {
		rte_errno = ENOSPC;
		return -1;
	}
	i = log_ntypes;
	rte_strlcpy(log_types[i].name, name, LOG_NAME_LEN);
	saved = pick ? saved_level_for(name) : -1;
	__atomic_store_n(&log_types[i].level,
		saved >= 0 ? (uint32_t)saved : level_def, __ATOMIC_RELAXED);
	/* Publish the slot only once it is filled in. */
	__atomic_store_n(&log_ntypes, i + 1, __ATOMIC_RELEASE);
	return (int)i;
}

int
rte_log_register(const char *name)
{
	int ret;

	pthread_mutex_lock(&log_lock);
	ret = log_register_locked(name, LOG_DEFAULT_LEVEL, 0);
	pthread_mutex_unlock(&log_lock);
	return ret;
}

int
rte_log_register_type_and_pick_level(const char *name, uint32_t level_def)
{
	int ret;

	if (!level_valid(level_def)) {
		rte_errno = EINVAL;
		return -1;
	}
	pthread_mutex_lock(&log_lock);
	ret = log_register_locked(name, level_def, 1);
	pthread_mutex_unlock(&log_lock);
	return ret;
}

static const char *
level_name(uint32_t level)
{
	if (!level_valid(level))
		return "unknown";
	return level_names[level];
}

void
rte_log_dump(FILE *f)
{
	unsigned int i;

	fprintf(f, "global log level is %s\n",
		level_name(rte_log_get_global_level()));
	pthread_mutex_lock(&log_lock);
	for (i = 0; i < LOG_MAX_TYPES; i++) {
		if (log_types[i].name[0] == '\0')
			continue;
		fprintf(f, "id %u: %s, level is %s\n", i, log_types[i].name,
			level_name(log_types[i].level));
	}
	pthread_mutex_unlock(&log_lock);
}

int
rte_vlog(uint32_t level, uint32_t logtype, const char *format, va_list ap)
{
	char buf[1024];
	FILE *f;
	int n;

	if (!rte_log_can_log(logtype, level))
		return 0;
	/*
	 * Format first and write once, so lines from several threads do
	 * not interleave.
	 */
	n = vsnprintf(buf, sizeof(buf), format, ap);
	if (n < 0)
		return -1;
	if ((size_t)n >= sizeof(buf))
		n = sizeof(buf) - 1;
	RTE_PER_LCORE(cur_level) = (int)level;
	RTE_PER_LCORE(cur_type) = (int)logtype;
	f = rte_log_get_stream();
	if (fwrite(buf, 1, n, f) != (size_t)n)
		return -1;
	fflush(f);
	/* syslog's levels run from 0; ours from 1. */
	if (__atomic_load_n(&log_syslog_open, __ATOMIC_ACQUIRE) &&
		__atomic_load_n(&log_stream, __ATOMIC_ACQUIRE) == NULL)
		syslog((int)level - 1, "%.*s", n, buf);
	return 0;
}

int
rte_log(uint32_t level, uint32_t logtype, const char *format, ...)
{
	va_list ap;
	int ret;

	va_start(ap, format);
	ret = rte_vlog(level, logtype, format, ap);
	va_end(ap);
	return ret;
}

/* Level from a number or a name prefix ("err", "debug"); 0 if bad. */
static uint32_t
parse_level(const char *s)
{
	size_t len = strlen(s);
	unsigned int i;
	char *end;
	unsigned long v;

	if (len == 0)
		return 0;
	if (s[0] >= '0' && s[0] <= '9') {
		errno = 0;
		v = strtoul(s, &end, 0);
		if (errno != 0 || *end != '\0' || !level_valid(v))
			return 0;
		return (uint32_t)v;
	}
	for (i = RTE_LOG_EMERG; i <= RTE_LOG_MAX; i++)
		if (strncasecmp(s, level_names[i], len) == 0)
			return i;
	return 0;
}

/* Apply a saved option to every type registered so far. */
static void
saved_apply(const struct log_saved *s)
{
	unsigned int i;

	for (i = 0; i < LOG_MAX_TYPES; i++) {
		int match;

		if (log_types[i].name[0] == '\0')
			continue;
		if (s->is_regex)
			match = regexec(&s->re, log_types[i].name, 0, NULL,
					0) == 0;
		else
			match = fnmatch(s->pattern, log_types[i].name, 0) == 0;
		if (match)
			__atomic_store_n(&log_types[i].level, s->level,
				__ATOMIC_RELAXED);
	}
}

/* --log-level=help: what the types and levels are, on stdout. */
static void
log_help(void)
{
	unsigned int i;

	printf("Log types (plugins loaded later are not listed):\n");
	rte_log_list_types(stdout, "\t");
	printf("\nWith a glob pattern:   --log-level PATTERN:LEVEL\n"
	       "With a regex:          --log-level REGEX,LEVEL\n"
	       "The global level:      --log-level LEVEL\n"
	       "A message is written when both the global level and the\n"
	       "level of its type allow it.\n"
	       "\nA level is a number or the start of its name:\n");
	for (i = RTE_LOG_EMERG; i <= RTE_LOG_MAX; i++)
		printf("\t%u   %s\n", i, level_names[i]);
	fflush(stdout);
}

int
eal_log_level_parse(const char *arg)
{
	const char *sep = strchr(arg, ',');
	struct log_saved *s;
	size_t plen;
	uint32_t level;
	int is_regex = 1;

	if (strcmp(arg, "help") == 0) {
		log_help();
		/* As DPDK does: the listing ends the program. */
		exit(EXIT_SUCCESS);
	}
	if (sep == NULL) {
		sep = strchr(arg, ':');
		is_regex = 0;
	}
	if (sep == NULL) {
		/* A bare level sets the global level. */
		level = parse_level(arg);
		if (level == 0)
			return -1;
		rte_log_set_global_level(level);
		return 0;
	}

	level = parse_level(sep + 1);
	plen = sep - arg;
	if (level == 0 || plen == 0 || plen >= LOG_NAME_LEN)
		return -1;

	pthread_mutex_lock(&log_lock);
	if (log_nsaved >= LOG_MAX_SAVED) {
		pthread_mutex_unlock(&log_lock);
		return -1;
	}
	s = &log_saved[log_nsaved];
	memcpy(s->pattern, arg, plen);
	s->pattern[plen] = '\0';
	s->level = level;
	/* DPDK: "type,level" is a regex, "type:level" a glob. */
	s->is_regex = is_regex;
	if (s->is_regex &&
		regcomp(&s->re, s->pattern, REG_EXTENDED | REG_NOSUB) != 0) {
		pthread_mutex_unlock(&log_lock);
		return -1;
	}
	log_nsaved++;
	saved_apply(s);
	pthread_mutex_unlock(&log_lock);
	return 0;
}

void
eal_log_reset(void)
{
	unsigned int i;

	pthread_mutex_lock(&log_lock);
	for (i = 0; i < log_nsaved; i++)
		if (log_saved[i].is_regex)
			regfree(&log_saved[i].re);
	log_nsaved = 0;
	pthread_mutex_unlock(&log_lock);
	if (__atomic_exchange_n(&log_syslog_open, 0, __ATOMIC_ACQ_REL))
		closelog();
}

int
eal_log_init(void)
{
	int facility = eal_get_internal_configuration()->syslog_facility;

	if (facility >= 0 && !log_syslog_open) {
		openlog(NULL, LOG_NDELAY | LOG_PID, facility);
		__atomic_store_n(&log_syslog_open, 1, __ATOMIC_RELEASE);
	}
	return 0;
}
