/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * EAL command line. Every option is checked here, before anything is
 * created on disk, so a bad command line leaves no trace. Errors print
 * exactly one line on stderr naming the option.
 */

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <syslog.h>
#include <unistd.h>

#include <pthread.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_string_fns.h>
#include <rte_uuid.h>
#include <rte_version.h>

#include "eal_core.h"
#include "eal_internal_cfg.h"

/* Longest mempool handler name, as the mempool library defines it. */
#define MBUF_POOL_OPS_NAMESIZE 32
/* Highest memory rank count DPDK accepts. */
#define MAX_RANKS 16
/* Largest -m / --socket-mem value in MB: 1 PiB. */
#define MAX_MEMORY_MB (1ULL << 30)
/* End of the user address space on x86_64 and aarch64 (48-bit VA). */
#define MAX_USER_VIRTADDR (1ULL << 47)
/* --force-max-simd-bitwidth range (rte_vect.h's DISABLED and MAX). */
#define EAL_SIMD_MIN 64
#define EAL_SIMD_MAX 32768

static struct internal_config internal_config = {
	.process_type = RTE_PROC_INVALID,
	.syslog_facility = -1,
	.max_simd_bitwidth = EAL_DEFAULT_SIMD_BITWIDTH,
};

struct internal_config *
eal_get_internal_configuration(void)
{
	return &internal_config;
}

enum opt_id {
	OPT_COREMASK,
	OPT_CORELIST,
	OPT_LCORES,
	OPT_MAIN_LCORE,
	OPT_CHANNELS,
	OPT_RANKS,
	OPT_MEMORY,
	OPT_SOCKET_MEM,
	OPT_NO_HUGE,
	OPT_HUGE_DIR,
	OPT_FILE_PREFIX,
	OPT_PROC_TYPE,
	OPT_IN_MEMORY,
	OPT_BASE_VIRTADDR,
	OPT_LOG_LEVEL,
	OPT_PLUGIN,
	OPT_MBUF_POOL_OPS,
	OPT_TELEMETRY,
	OPT_NO_TELEMETRY,
	OPT_HELP,
	OPT_VERSION,
	OPT_NO_SHCONF,
	OPT_LEGACY_MEM,
	OPT_SINGLE_FILE_SEGMENTS,
	OPT_MATCH_ALLOCATIONS,
	OPT_HUGE_UNLINK,
	OPT_SYSLOG,
	OPT_SOCKET_LIMIT,
	OPT_HUGE_WORKER_STACK,
	OPT_FORCE_MAX_SIMD_BITWIDTH,
	/* Accepted for 22.11 command lines; see eal_option.noeffect. */
	OPT_DEV_ALLOW,
	OPT_DEV_BLOCK,
	OPT_IOVA_MODE,
	OPT_VFIO_INTR,
	OPT_VFIO_VF_TOKEN,
	OPT_SERVICE_COREMASK,
	OPT_SERVICE_CORELIST,
	OPT_TRACE_BUF_SIZE,
	OPT_TRACE_MODE,
	OPT_NOEFFECT, /* any value, or none */
};

/* has_arg: whether a value follows. */
enum opt_arg {
	ARG_NONE = 0,
	ARG_REQUIRED = 1,
	ARG_OPTIONAL = 2, /* only as --name=value */
};

struct eal_option {
	char short_name; /* 0: long only */
	const char *long_name; /* NULL: short only */
	int has_arg; /* enum opt_arg */
	enum opt_id id;
	/* Non-NULL: accepted, but does nothing here, for this reason. */
	const char *noeffect;
};

#define NO_DEVICES "there is no device model"
#define NO_SERVICES "there are no service cores"
#define NO_TRACE "there is no trace library"
#define TSC_ONLY "the timer is always the TSC"

static const struct eal_option eal_options[] = {
	{'c', NULL, 1, OPT_COREMASK},
	{'l', NULL, 1, OPT_CORELIST},
	{0, "lcores", 1, OPT_LCORES},
	{0, "main-lcore", 1, OPT_MAIN_LCORE},
	{'n', NULL, 1, OPT_CHANNELS},
	{'r', NULL, 1, OPT_RANKS},
	{'m', NULL, 1, OPT_MEMORY},
	{0, "socket-mem", 1, OPT_SOCKET_MEM},
	{0, "no-huge", 0, OPT_NO_HUGE},
	{0, "huge-dir", 1, OPT_HUGE_DIR},
	{0, "file-prefix", 1, OPT_FILE_PREFIX},
	{0, "proc-type", 1, OPT_PROC_TYPE},
	{0, "in-memory", 0, OPT_IN_MEMORY},
	{0, "base-virtaddr", 1, OPT_BASE_VIRTADDR},
	{0, "log-level", 1, OPT_LOG_LEVEL},
	{'d', NULL, 1, OPT_PLUGIN},
	{0, "mbuf-pool-ops-name", 1, OPT_MBUF_POOL_OPS},
	{0, "mbuf-pool-handler", 1, OPT_MBUF_POOL_OPS},
	{0, "telemetry", 0, OPT_TELEMETRY},
	{0, "no-telemetry", 0, OPT_NO_TELEMETRY},
	{'h', "help", 0, OPT_HELP},
	{'v', NULL, 0, OPT_VERSION},
	{0, "no-shconf", 0, OPT_NO_SHCONF},
	{0, "legacy-mem", 0, OPT_LEGACY_MEM},
	{0, "single-file-segments", 0, OPT_SINGLE_FILE_SEGMENTS},
	{0, "match-allocations", 0, OPT_MATCH_ALLOCATIONS},
	{0, "huge-unlink", ARG_OPTIONAL, OPT_HUGE_UNLINK},
	{0, "syslog", 1, OPT_SYSLOG},
	{0, "socket-limit", 1, OPT_SOCKET_LIMIT},
	{0, "huge-worker-stack", ARG_OPTIONAL, OPT_HUGE_WORKER_STACK},
	{0, "force-max-simd-bitwidth", 1, OPT_FORCE_MAX_SIMD_BITWIDTH},
	{'a', "allow", 1, OPT_DEV_ALLOW, NO_DEVICES},
	{'b', "block", 1, OPT_DEV_BLOCK, NO_DEVICES},
	{0, "vdev", 1, OPT_NOEFFECT, NO_DEVICES},
	{0, "no-pci", 0, OPT_NOEFFECT, NO_DEVICES},
	{0, "create-uio-dev", 0, OPT_NOEFFECT, NO_DEVICES},
	{0, "iova-mode", 1, OPT_IOVA_MODE, "IOVA is always VA"},
	{0, "vfio-intr", 1, OPT_VFIO_INTR, NO_DEVICES},
	{0, "vfio-vf-token", 1, OPT_VFIO_VF_TOKEN, NO_DEVICES},
	{'s', NULL, 1, OPT_SERVICE_COREMASK, NO_SERVICES},
	{'S', NULL, 1, OPT_SERVICE_CORELIST, NO_SERVICES},
	{0, "trace", 1, OPT_NOEFFECT, NO_TRACE},
	{0, "trace-dir", 1, OPT_NOEFFECT, NO_TRACE},
	{0, "trace-bufsz", 1, OPT_TRACE_BUF_SIZE, NO_TRACE},
	{0, "trace-mode", 1, OPT_TRACE_MODE, NO_TRACE},
	{0, "no-hpet", 0, OPT_NOEFFECT, TSC_ONLY},
	{0, "vmware-tsc-map", 0, OPT_NOEFFECT, TSC_ONLY},
};

/* What parsing found beyond internal_config. */
struct parse_state {
	const char *core_opt; /* the -c/-l/--lcores spelling that won */
	int main_lcore_set;
	int memory_set;
	int print_version;
	int dev_allow_set; /* -a given */
	int dev_block_set; /* -b given */
	int socket_limit_set;
	const char *prgname;
};

static rte_usage_hook_t usage_hook;

rte_usage_hook_t
rte_set_application_usage_hook(rte_usage_hook_t usage_func)
{
	rte_usage_hook_t old = usage_hook;

	usage_hook = usage_func;
	return old;
}

void
eal_usage(FILE *f, const char *prgname)
{
	fprintf(f,
		"\nUsage: %s [EAL options] -- [application options]\n\n"
		"EAL options:\n"
		"  -l CORELIST         Lcores to run on: "
		"<c1>[-c2][,c3[-c4],...]\n"
		"                      (e.g. -l 0-3,6); any CPU of the "
		"machine\n"
		"  -c COREMASK         Hexadecimal bitmask of lcores (e.g. -c "
		"0x3)\n"
		"  --lcores COREMAP    Map lcores to CPU sets:\n"
		"                      <lcores[@cpus]>[,<lcores[@cpus]>...];\n"
		"                      '(' ')' group a list, '-' is a range\n"
		"                      (e.g. --lcores '0@0,(1-2)@1')\n"
		"  --main-lcore ID     Lcore that runs main() (default: "
		"first)\n"
		"  -n CHANNELS         Number of memory channels\n"
		"  -r RANKS            Number of memory ranks (1-%d)\n"
		"  -m MB               Memory to reserve, in megabytes\n"
		"  --socket-mem MB,... Memory per NUMA socket, in megabytes\n"
		"  --socket-limit MB,...\n"
		"                      Most memory per NUMA socket (0: no "
		"limit)\n"
		"  --no-huge           Do not use huge pages (plain shared "
		"file)\n"
		"  --huge-dir DIR      Where hugetlbfs is mounted\n"
		"  --huge-unlink[=existing|always|never]\n"
		"                      When to remove hugepage files "
		"(default\n"
		"                      existing; no value means always)\n"
		"  --huge-worker-stack[=KB]\n"
		"                      Worker thread stacks in shared memory\n"
		"  --legacy-mem        Memory reserved at start-up (always "
		"so here)\n"
		"  --single-file-segments\n"
		"                      One file per memory segment list "
		"(always so here)\n"
		"  --match-allocations Free memory as it was allocated\n"
		"  --file-prefix NAME  Prefix of the runtime files (default "
		"%s)\n"
		"  --proc-type TYPE    primary, secondary or auto\n"
		"  --in-memory         Keep everything in anonymous memory, "
		"no\n"
		"                      runtime files (no secondary processes)\n"
		"  --no-shconf         No shared configuration (no secondary\n"
		"                      processes, no runtime files)\n"
		"  --base-virtaddr HEX Base virtual address of shared memory\n"
		"  --log-level LEVEL   Global level (number or name, e.g. "
		"debug)\n"
		"  --log-level PATTERN:LEVEL\n"
		"                      Level of the log types matching a glob\n"
		"                      (e.g. 'lib.*:error')\n"
		"  --log-level REGEX,LEVEL\n"
		"                      Level of the log types matching a "
		"regex\n"
		"                      (e.g. 'mempool,debug')\n"
		"  --log-level help    List the log types and levels\n"
		"  --syslog FACILITY   Also log to syslog (e.g. daemon, "
		"local0)\n"
		"  -d LIB.so|DIR       Load a plugin, or every .so in DIR\n"
		"                      (may be repeated)\n"
		"  --mbuf-pool-ops-name NAME\n"
		"                      Mempool handler for mbuf pools\n"
		"                      (alias --mbuf-pool-handler)\n"
		"  --force-max-simd-bitwidth BITS\n"
		"                      Largest SIMD width code may use "
		"(64-32768)\n"
		"  --telemetry         Serve the telemetry socket (default)\n"
		"  --no-telemetry      Do not serve the telemetry socket\n"
		"  -v                  Print the version at start-up\n"
		"  -h, --help          This help\n"
		"\nAccepted for DPDK 22.11 command lines, without effect "
		"here:\n"
		"  -a, --allow DEV     -b, --block DEV     --vdev DEV\n"
		"  --no-pci            --iova-mode pa|va   --create-uio-dev\n"
		"  --vfio-intr legacy|msi|msix             --vfio-vf-token "
		"UUID\n"
		"  -s SERVICE-COREMASK -S SERVICE-CORELIST\n"
		"  --trace REGEX       --trace-dir DIR     --trace-bufsz SIZE\n"
		"  --trace-mode o[verwrite]|d[iscard]\n"
		"  --no-hpet           --vmware-tsc-map\n",
		prgname, MAX_RANKS, EAL_DEFAULT_PREFIX);
	if (usage_hook != NULL) {
		fflush(f);
		usage_hook(prgname);
	}
}

/* The one error line; returns -1 for "return opt_error(...)". */
static int __rte_format_printf(1, 2) opt_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "EAL: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fflush(stderr);
	rte_errno = EINVAL;
	return -1;
}

/* Decimal unsigned integer, nothing else around it. */
static int
parse_uint(const char *s, unsigned long long max, unsigned long long *out)
{
	unsigned long long v;
	char *end;

	if (!isdigit((unsigned char)s[0]))
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || *end != '\0' || v > max)
		return -1;
	*out = v;
	return 0;
}

/* Number at *s (advanced past it), below max; -1 if none. */
static int
parse_num_at(const char **s, unsigned int max)
{
	unsigned long v;
	char *end;

	if (!isdigit((unsigned char)**s))
		return -1;
	errno = 0;
	v = strtoul(*s, &end, 10);
	if (errno != 0 || v >= max)
		return -1;
	*s = end;
	return (int)v;
}

static void
lcores_clear(void)
{
	unsigned int i;

	for (i = 0; i < RTE_MAX_LCORE; i++) {
		eal_lcores.lcore[i].role = ROLE_OFF;
		CPU_ZERO(&eal_lcores.lcore[i].cpuset);
	}
}

static void
lcore_enable(unsigned int lcore, const cpu_set_t *cpus)
{
	eal_lcores.lcore[lcore].role = ROLE_RTE;
	memcpy(&eal_lcores.lcore[lcore].cpuset, cpus, sizeof(*cpus));
}

/* -c: hexadecimal mask, bit i enables lcore i on CPU i. */
static int
parse_coremask(const char *arg)
{
	const char *s = arg;
	size_t len;
	unsigned int bit = 0;
	int found = 0;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		s += 2;
	len = strlen(s);
	if (len == 0)
		return -1;
	lcores_clear();
	/* From the least significant digit, the last one. */
	while (len-- > 0) {
		int c = (unsigned char)s[len];
		int v, k;

		if (!isxdigit(c))
			return -1;
		v = isdigit(c) ? c - '0' : tolower(c) - 'a' + 10;
		for (k = 0; k < 4; k++, bit++) {
			cpu_set_t one;

			if (!(v & (1 << k)))
				continue;
			if (bit >= RTE_MAX_LCORE)
				return -1;
			CPU_ZERO(&one);
			CPU_SET(bit, &one);
			lcore_enable(bit, &one);
			found = 1;
		}
	}
	return found ? 0 : -1;
}

/*
 * A set of numbers at *s: "N", "N-M", or a group "(a,b-c,...)". Fills
 * set, advances *s, and tells whether it was a group.
 */
static int
parse_num_set(const char **s, unsigned int max, cpu_set_t *set, int *group)
{
	const char *p = *s;
	int a, b;

	CPU_ZERO(set);
	*group = *p == '(';
	if (*group)
		p++;
	for (;;) {
		a = parse_num_at(&p, max);
		if (a < 0)
			return -1;
		b = a;
		if (*p == '-') {
			p++;
			b = parse_num_at(&p, max);
			if (b < a)
				return -1;
		}
		for (; a <= b; a++)
			CPU_SET(a, set);
		if (!*group || *p != ',')
			break;
		p++;
	}
	if (*group) {
		if (*p != ')')
			return -1;
		p++;
	}
	*s = p;
	return 0;
}

/*
 * --lcores (with_cpus): elements "lcores[@cpus]" separated by ','.
 * Without '@', a group of lcores shares the group as its CPU set, and a
 * single lcore or a range maps each lcore to the CPU of the same number.
 * -l (!with_cpus): "a[-b][,c[-d]...]", no groups and no '@': lcore i on
 * CPU i.
 */
static int
parse_lcore_map(const char *arg, int with_cpus)
{
	const char *p = arg;

	lcores_clear();
	for (;;) {
		cpu_set_t lcores, cpus;
		int lgroup, cgroup, have_cpus = 0;
		unsigned int i;

		if (!with_cpus && *p == '(')
			return -1;
		if (parse_num_set(&p, RTE_MAX_LCORE, &lcores, &lgroup) < 0)
			return -1;
		if (with_cpus && *p == '@') {
			p++;
			if (parse_num_set(&p, CPU_SETSIZE, &cpus, &cgroup) < 0)
				return -1;
			have_cpus = 1;
		} else if (lgroup) {
			memcpy(&cpus, &lcores, sizeof(cpus));
			have_cpus = 1;
		}
		for (i = 0; i < RTE_MAX_LCORE; i++) {
			if (!CPU_ISSET(i, &lcores))
				continue;
			if (!have_cpus) {
				CPU_ZERO(&cpus);
				CPU_SET(i, &cpus);
			}
			lcore_enable(i, &cpus);
		}
		if (*p != ',')
			return *p == '\0' ? 0 : -1;
		p++;
	}
}

/*
 * Every lcore's CPUs must exist on the machine. As in DPDK 22.11 they
 * need not be in the affinity mask the process started with: pinning
 * happens later, and a CPU the kernel refuses fails rte_eal_init there.
 */
static int
check_lcore_cpus(const char *opt)
{
	unsigned int i, cpu, count = 0;

	for (i = 0; i < RTE_MAX_LCORE; i++) {
		struct eal_lcore *lc = &eal_lcores.lcore[i];
		int first = -1;

		if (lc->role != ROLE_RTE)
			continue;
		count++;
		for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
			if (!CPU_ISSET(cpu, &lc->cpuset))
				continue;
			if (!eal_cpu_detected(cpu))
				return opt_error("invalid value for %s: lcore "
						 "%u: CPU %u does not exist",
					opt, i, cpu);
			if (first < 0)
				first = (int)cpu;
		}
		lc->cpu_id = (unsigned int)first;
	}
	if (count == 0)
		return opt_error("invalid value for %s: no lcore", opt);
	return 0;
}

/* No core option: one lcore per CPU of the affinity mask. */
static int
default_lcores(void)
{
	cpu_set_t avail;
	unsigned int cpu;

	if (eal_cpu_affinity(&avail) < 0)
		return opt_error("cannot read the CPU affinity mask");
	lcores_clear();
	for (cpu = 0; cpu < CPU_SETSIZE && cpu < RTE_MAX_LCORE; cpu++) {
		cpu_set_t one;

		if (!CPU_ISSET(cpu, &avail) || !eal_cpu_detected(cpu))
			continue;
		CPU_ZERO(&one);
		CPU_SET(cpu, &one);
		lcore_enable(cpu, &one);
	}
	return check_lcore_cpus("the CPU affinity mask");
}

/* "a,b,...": megabytes per NUMA node into out[]; returns the sum. */
static int
parse_mem_list(const char *arg, size_t *out, size_t *total)
{
	const char *p = arg;
	unsigned int n = 0;

	*total = 0;
	for (;;) {
		unsigned long long mb;
		char buf[32];
		size_t len = strcspn(p, ",");

		if (n >= RTE_MAX_NUMA_NODES || len == 0 || len >= sizeof(buf))
			return -1;
		memcpy(buf, p, len);
		buf[len] = '\0';
		if (parse_uint(buf, MAX_MEMORY_MB, &mb) < 0)
			return -1;
		out[n++] = (size_t)(mb * RTE_MB);
		*total += (size_t)(mb * RTE_MB);
		p += len;
		if (*p == '\0')
			break;
		p++;
	}
	return 0;
}

static int
parse_socket_mem(const char *arg)
{
	struct internal_config *cfg = &internal_config;
	size_t total;

	if (parse_mem_list(arg, cfg->socket_mem, &total) < 0 || total == 0)
		return -1;
	cfg->memory = total;
	cfg->force_sockets = 1;
	return 0;
}

/* --socket-limit: 0 for a node means no limit on it. */
static int
parse_socket_limit(const char *arg)
{
	struct internal_config *cfg = &internal_config;
	size_t total;

	if (parse_mem_list(arg, cfg->socket_limit, &total) < 0)
		return -1;
	cfg->force_socket_limits = 1;
	return 0;
}

static const struct {
	const char *name;
	int value;
} syslog_facilities[] = {
	{"auth", LOG_AUTH},
	{"cron", LOG_CRON},
	{"daemon", LOG_DAEMON},
	{"ftp", LOG_FTP},
	{"kern", LOG_KERN},
	{"lpr", LOG_LPR},
	{"mail", LOG_MAIL},
	{"news", LOG_NEWS},
	{"syslog", LOG_SYSLOG},
	{"user", LOG_USER},
	{"uucp", LOG_UUCP},
	{"local0", LOG_LOCAL0},
	{"local1", LOG_LOCAL1},
	{"local2", LOG_LOCAL2},
	{"local3", LOG_LOCAL3},
	{"local4", LOG_LOCAL4},
	{"local5", LOG_LOCAL5},
	{"local6", LOG_LOCAL6},
	{"local7", LOG_LOCAL7},
};

static int
parse_syslog(const char *arg)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(syslog_facilities); i++)
		if (strcmp(arg, syslog_facilities[i].name) == 0) {
			internal_config.syslog_facility =
				syslog_facilities[i].value;
			return 0;
		}
	return -1;
}

static int
parse_huge_unlink(const char *arg)
{
	struct internal_config *cfg = &internal_config;

	/* No value means "always", as in DPDK. */
	if (arg == NULL || strcmp(arg, "always") == 0)
		cfg->huge_unlink = EAL_HUGE_UNLINK_ALWAYS;
	else if (strcmp(arg, "existing") == 0)
		cfg->huge_unlink = EAL_HUGE_UNLINK_EXISTING;
	else if (strcmp(arg, "never") == 0)
		cfg->huge_unlink = EAL_HUGE_UNLINK_NEVER;
	else
		return -1;
	return 0;
}

/* --huge-worker-stack[=KB]: no value means the default stack size. */
static int
parse_huge_worker_stack(const char *arg)
{
	struct internal_config *cfg = &internal_config;
	unsigned long long kb;
	pthread_attr_t attr;
	size_t def = 0;

	if (arg != NULL) {
		if (parse_uint(arg, MAX_MEMORY_MB * 1024, &kb) < 0 || kb == 0)
			return -1;
		cfg->huge_worker_stack_size = (size_t)(kb * RTE_KB);
		return 0;
	}
	if (pthread_attr_init(&attr) == 0) {
		pthread_attr_getstacksize(&attr, &def);
		pthread_attr_destroy(&attr);
	}
	cfg->huge_worker_stack_size = def != 0 ? def : 8 * RTE_MB;
	return 0;
}

static int
parse_simd_bitwidth(const char *arg)
{
	struct internal_config *cfg = &internal_config;
	unsigned long long v;

	if (parse_uint(arg, EAL_SIMD_MAX, &v) < 0 || v < EAL_SIMD_MIN ||
		!rte_is_power_of_2((uint32_t)v))
		return -1;
	cfg->max_simd_bitwidth = (uint16_t)v;
	cfg->max_simd_bitwidth_forced = 1;
	return 0;
}

/* Hexadecimal mask, as -c takes it; only the syntax is checked. */
static int
check_hex_mask(const char *arg)
{
	const char *p = arg;

	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		p += 2;
	if (*p == '\0')
		return -1;
	for (; *p != '\0'; p++)
		if (!isxdigit((unsigned char)*p))
			return -1;
	return 0;
}

/* "a[-b][,c...]", as -l takes it; only the syntax is checked. */
static int
check_num_list(const char *arg)
{
	const char *p = arg;

	for (;;) {
		if (!isdigit((unsigned char)*p))
			return -1;
		while (isdigit((unsigned char)*p))
			p++;
		if (*p == '-') {
			p++;
			if (!isdigit((unsigned char)*p))
				return -1;
			while (isdigit((unsigned char)*p))
				p++;
		}
		if (*p != ',')
			return *p == '\0' ? 0 : -1;
		p++;
	}
}

/* Non-empty prefix of one of the words. */
static int
is_prefix_of(const char *arg, const char *word)
{
	size_t len = strlen(arg);

	return len > 0 && strncmp(arg, word, len) == 0;
}

static int
parse_file_prefix(const char *arg)
{
	struct internal_config *cfg = &internal_config;

	if (arg[0] == '\0' || strchr(arg, '/') != NULL ||
		strcmp(arg, ".") == 0 || strcmp(arg, "..") == 0 ||
		strlen(arg) >= sizeof(cfg->file_prefix))
		return -1;
	rte_strlcpy(cfg->file_prefix, arg, sizeof(cfg->file_prefix));
	return 0;
}

static int
parse_base_virtaddr(const char *arg)
{
	unsigned long long v;
	char *end;
	long page = sysconf(_SC_PAGESIZE);

	if (!isxdigit((unsigned char)arg[0]))
		return -1;
	errno = 0;
	v = strtoull(arg, &end, 16);
	if (errno != 0 || *end != '\0' || v == 0 || v >= MAX_USER_VIRTADDR)
		return -1;
	/* Mappings start on a page; round up as DPDK does. */
	v = RTE_ALIGN_CEIL(v, (unsigned long long)page);
	internal_config.base_virtaddr = (uintptr_t)v;
	return 0;
}

static const struct eal_option *
find_long(const char *name, size_t len)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(eal_options); i++)
		if (eal_options[i].long_name != NULL &&
			strlen(eal_options[i].long_name) == len &&
			strncmp(eal_options[i].long_name, name, len) == 0)
			return &eal_options[i];
	return NULL;
}

static const struct eal_option *
find_short(char c)
{
	unsigned int i;

	for (i = 0; i < RTE_DIM(eal_options); i++)
		if (eal_options[i].short_name == c)
			return &eal_options[i];
	return NULL;
}

/* Handle one option; spelling is how the user wrote it (for errors). */
static int
handle_option(const struct eal_option *o, const char *spelling, const char *val,
	struct parse_state *st)
{
	struct internal_config *cfg = &internal_config;
	unsigned long long v;
	int ret = 0;

	switch (o->id) {
	case OPT_COREMASK:
	case OPT_CORELIST:
	case OPT_LCORES:
		if (st->core_opt != NULL) {
			fprintf(stderr,
				"EAL: option %s ignored: lcores already set "
				"by %s\n",
				spelling, st->core_opt);
			return 0;
		}
		if (o->id == OPT_COREMASK)
			ret = parse_coremask(val);
		else if (o->id == OPT_CORELIST)
			ret = parse_lcore_map(val, 0);
		else
			ret = parse_lcore_map(val, 1);
		if (ret == 0)
			st->core_opt = o->id == OPT_COREMASK ? "-c"
				: o->id == OPT_CORELIST	     ? "-l"
							     : "--lcores";
		break;
	case OPT_MAIN_LCORE:
		ret = parse_uint(val, RTE_MAX_LCORE - 1, &v);
		if (ret == 0) {
			cfg->main_lcore = (unsigned int)v;
			st->main_lcore_set = 1;
		}
		break;
	case OPT_CHANNELS:
		ret = parse_uint(val, UINT_MAX, &v);
		if (ret == 0 && v == 0)
			ret = -1;
		if (ret == 0)
			cfg->num_channels = (unsigned int)v;
		break;
	case OPT_RANKS:
		ret = parse_uint(val, MAX_RANKS, &v);
		if (ret == 0 && v == 0)
			ret = -1;
		if (ret == 0)
			cfg->num_ranks = (unsigned int)v;
		break;
	case OPT_MEMORY:
		ret = parse_uint(val, MAX_MEMORY_MB, &v);
		if (ret == 0 && v == 0)
			ret = -1;
		if (ret == 0) {
			cfg->memory = (size_t)(v * RTE_MB);
			st->memory_set = 1;
		}
		break;
	case OPT_SOCKET_MEM:
		ret = parse_socket_mem(val);
		break;
	case OPT_NO_HUGE:
		cfg->no_hugetlbfs = 1;
		break;
	case OPT_HUGE_DIR:
		if (val[0] == '\0' || strlen(val) >= sizeof(cfg->hugepage_dir))
			ret = -1;
		else
			rte_strlcpy(cfg->hugepage_dir, val,
				sizeof(cfg->hugepage_dir));
		break;
	case OPT_FILE_PREFIX:
		ret = parse_file_prefix(val);
		break;
	case OPT_PROC_TYPE:
		if (strcmp(val, "primary") == 0)
			cfg->process_type = RTE_PROC_PRIMARY;
		else if (strcmp(val, "secondary") == 0)
			cfg->process_type = RTE_PROC_SECONDARY;
		else if (strcmp(val, "auto") == 0)
			cfg->process_type = RTE_PROC_AUTO;
		else
			ret = -1;
		break;
	case OPT_IN_MEMORY:
		cfg->in_memory = 1;
		break;
	case OPT_BASE_VIRTADDR:
		ret = parse_base_virtaddr(val);
		break;
	case OPT_LOG_LEVEL:
		ret = eal_log_level_parse(val);
		break;
	case OPT_PLUGIN: {
		struct stat sb;

		if (val[0] == '\0')
			ret = -1;
		else if (stat(val, &sb) != 0)
			return opt_error("invalid value for %s: '%s': %s",
				spelling, val, strerror(errno));
		else if (eal_plugin_add(val) < 0)
			return opt_error("too many %s plugins (at most %d)",
				spelling, RTE_MAX_PLUGINS);
		break;
	}
	case OPT_MBUF_POOL_OPS:
		if (val[0] == '\0' || strlen(val) >= MBUF_POOL_OPS_NAMESIZE) {
			ret = -1;
			break;
		}
		free(cfg->user_mbuf_pool_ops_name);
		cfg->user_mbuf_pool_ops_name = strdup(val);
		if (cfg->user_mbuf_pool_ops_name == NULL) {
			rte_errno = ENOMEM;
			fprintf(stderr, "EAL: out of memory for %s\n",
				spelling);
			return -1;
		}
		break;
	case OPT_HELP:
		eal_usage(stdout, st->prgname);
		fflush(stdout);
		/* DPDK exits after the help text; so do we. */
		exit(EXIT_SUCCESS);
	case OPT_VERSION:
		st->print_version = 1;
		break;
	case OPT_NO_SHCONF:
		cfg->no_shconf = 1;
		break;
	case OPT_LEGACY_MEM:
		cfg->legacy_mem = 1;
		break;
	case OPT_SINGLE_FILE_SEGMENTS:
		cfg->single_file_segments = 1;
		break;
	case OPT_MATCH_ALLOCATIONS:
		cfg->match_allocations = 1;
		break;
	case OPT_HUGE_UNLINK:
		ret = parse_huge_unlink(val);
		break;
	case OPT_SYSLOG:
		ret = parse_syslog(val);
		break;
	case OPT_SOCKET_LIMIT:
		ret = parse_socket_limit(val);
		st->socket_limit_set = ret == 0;
		break;
	case OPT_HUGE_WORKER_STACK:
		ret = parse_huge_worker_stack(val);
		break;
	case OPT_FORCE_MAX_SIMD_BITWIDTH:
		ret = parse_simd_bitwidth(val);
		break;
	case OPT_DEV_ALLOW:
	case OPT_DEV_BLOCK:
		if (val[0] == '\0')
			ret = -1;
		else if (o->id == OPT_DEV_ALLOW)
			st->dev_allow_set = 1;
		else
			st->dev_block_set = 1;
		break;
	case OPT_IOVA_MODE:
		if (strcmp(val, "pa") != 0 && strcmp(val, "va") != 0)
			ret = -1;
		break;
	case OPT_VFIO_INTR:
		if (strcmp(val, "legacy") != 0 && strcmp(val, "msi") != 0 &&
			strcmp(val, "msix") != 0)
			ret = -1;
		break;
	case OPT_VFIO_VF_TOKEN: {
		rte_uuid_t token;

		ret = rte_uuid_parse(val, token);
		break;
	}
	case OPT_SERVICE_COREMASK:
		ret = check_hex_mask(val);
		break;
	case OPT_SERVICE_CORELIST:
		ret = check_num_list(val);
		break;
	case OPT_TRACE_BUF_SIZE:
		if (rte_str_to_size(val) == 0)
			ret = -1;
		break;
	case OPT_TRACE_MODE:
		if (!is_prefix_of(val, "overwrite") &&
			!is_prefix_of(val, "discard"))
			ret = -1;
		break;
	case OPT_NOEFFECT:
		break;
	case OPT_TELEMETRY:
	case OPT_NO_TELEMETRY:
		internal_config.no_telemetry = o->id == OPT_NO_TELEMETRY;
		break;
	}
	if (ret < 0)
		return opt_error("invalid value '%s' for option %s",
			val != NULL ? val : "", spelling);
	if (o->noeffect != NULL)
		RTE_LOG(NOTICE, EAL, "option %s has no effect here: %s\n",
			spelling, o->noeffect);
	return 0;
}

/*
 * The arena is reserved up front, so a limit per node caps how much
 * of it may be on that node, and the arena is no larger than the sum.
 */
static void
apply_socket_limit(struct internal_config *cfg)
{
	size_t total = 0;
	unsigned int i;

	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		if (cfg->socket_limit[i] == 0)
			continue;
		if (cfg->force_sockets &&
			cfg->socket_mem[i] > cfg->socket_limit[i])
			cfg->socket_mem[i] = cfg->socket_limit[i];
		total += cfg->socket_limit[i];
	}
	if (total != 0 && cfg->memory > total)
		cfg->memory = total;
}

/* Checks between options, once all are known. */
static int
check_combinations(struct parse_state *st)
{
	struct internal_config *cfg = &internal_config;

	if (st->memory_set && cfg->force_sockets)
		return opt_error("options -m and --socket-mem cannot be used "
				 "together");
	if (cfg->no_hugetlbfs && cfg->force_sockets)
		return opt_error("options --socket-mem and --no-huge cannot "
				 "be used together");
	if (cfg->in_memory && cfg->process_type == RTE_PROC_SECONDARY)
		return opt_error("option --in-memory cannot be used with "
				 "--proc-type secondary");
	if (cfg->no_shconf && cfg->process_type == RTE_PROC_SECONDARY)
		return opt_error("option --no-shconf cannot be used with "
				 "--proc-type secondary");
	if (cfg->legacy_mem && cfg->in_memory)
		return opt_error("option --legacy-mem is not compatible with "
				 "--in-memory");
	if (cfg->legacy_mem && cfg->match_allocations)
		return opt_error("option --legacy-mem is not compatible with "
				 "--match-allocations");
	if (cfg->no_hugetlbfs && cfg->match_allocations)
		return opt_error("option --match-allocations cannot be used "
				 "with --no-huge");
	if (cfg->no_hugetlbfs && cfg->huge_unlink == EAL_HUGE_UNLINK_ALWAYS)
		return opt_error("option --huge-unlink cannot be specified "
				 "together with --no-huge");
	if (cfg->single_file_segments &&
		cfg->huge_unlink == EAL_HUGE_UNLINK_ALWAYS && !cfg->in_memory)
		return opt_error("option --single-file-segments is not "
				 "compatible with --huge-unlink");
	if (st->socket_limit_set && cfg->legacy_mem)
		return opt_error("option --socket-limit is only supported in "
				 "non-legacy memory mode");
	if (st->socket_limit_set && cfg->no_hugetlbfs)
		return opt_error("options --socket-limit and --no-huge cannot "
				 "be used together");
	if (st->dev_allow_set && st->dev_block_set)
		return opt_error("options allow (-a) and block (-b) cannot be "
				 "used at the same time");
	if (cfg->huge_unlink == EAL_HUGE_UNLINK_NEVER)
		RTE_LOG(WARNING, EAL,
			"using --huge-unlink=never may leave hugepage files "
			"behind\n");
	/* With no shared config nothing outlives the process: no files. */
	cfg->in_memory_opt = cfg->in_memory;
	if (cfg->no_shconf)
		cfg->in_memory = 1;
	if (cfg->in_memory && cfg->process_type == RTE_PROC_AUTO)
		cfg->process_type = RTE_PROC_PRIMARY;
	if (st->socket_limit_set)
		apply_socket_limit(cfg);

	if (st->core_opt != NULL) {
		if (check_lcore_cpus(st->core_opt) < 0)
			return -1;
	} else if (default_lcores() < 0) {
		return -1;
	}

	if (st->main_lcore_set) {
		if (eal_lcores.lcore[cfg->main_lcore].role != ROLE_RTE)
			return opt_error("invalid value '%u' for option "
					 "--main-lcore: not an enabled lcore",
				cfg->main_lcore);
	} else {
		cfg->main_lcore = rte_get_next_lcore(-1, 0, 0);
	}
	eal_lcores.main_lcore = cfg->main_lcore;
	return 0;
}

void
eal_reset_config(void)
{
	struct internal_config *cfg = &internal_config;

	free(cfg->user_mbuf_pool_ops_name);
	memset(cfg, 0, sizeof(*cfg));
	cfg->memory = EAL_DEFAULT_MEMORY;
	rte_strlcpy(
		cfg->file_prefix, EAL_DEFAULT_PREFIX, sizeof(cfg->file_prefix));
	cfg->process_type = RTE_PROC_PRIMARY;
	cfg->syslog_facility = -1;
	cfg->max_simd_bitwidth = EAL_DEFAULT_SIMD_BITWIDTH;
	lcores_clear();
	eal_lcores.main_lcore = 0;
	eal_lcores.lcore_count = 0;
	eal_plugins_reset();
}

int
eal_parse_args(int argc, char **argv)
{
	struct parse_state st = {0};
	int i;

	st.prgname = argc > 0 && argv[0] != NULL ? argv[0] : "dpdk";
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const struct eal_option *o;
		const char *val = NULL;
		char spelling[64];

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[0] != '-' || a[1] == '\0')
			break; /* first application argument */

		if (a[1] == '-') {
			const char *name = a + 2;
			const char *eq = strchr(name, '=');
			size_t len =
				eq != NULL ? (size_t)(eq - name) : strlen(name);

			o = find_long(name, len);
			snprintf(spelling, sizeof(spelling), "--%.*s",
				(int)RTE_MIN(len, (size_t)50), name);
			if (o == NULL)
				return opt_error(
					"unrecognized option '%s'", spelling);
			if (eq != NULL) {
				if (o->has_arg == ARG_NONE)
					return opt_error("option '%s' takes no "
							 "value",
						spelling);
				val = eq + 1;
			}
		} else {
			o = find_short(a[1]);
			snprintf(spelling, sizeof(spelling), "-%c", a[1]);
			if (o == NULL)
				return opt_error(
					"unrecognized option '%s'", spelling);
			if (a[2] != '\0') {
				if (!o->has_arg)
					return opt_error("unrecognized option "
							 "'%s'",
						a);
				val = a + 2; /* -l0-1 */
			}
		}
		if (o->has_arg == ARG_REQUIRED && val == NULL) {
			if (i + 1 >= argc)
				return opt_error("option '%s' requires a value",
					spelling);
			val = argv[++i];
		}
		if (handle_option(o, spelling, val, &st) < 0)
			return -1;
	}

	if (check_combinations(&st) < 0)
		return -1;
	if (st.print_version)
		fprintf(stderr, "EAL: RTE Version: '%s'\n", rte_version());

	/* Like DPDK: the program name moves to the last parsed slot. */
	if (i > 1)
		argv[i - 1] = argv[0];
	return i - 1;
}
