/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Every EAL option, good and bad values. Each case re-runs this binary
 * with the option; the child runs eal_flags_check, which verifies what
 * the case expects (passed through EAL_FLAGS_* environment variables).
 * A bad value must make the child exit non-zero with one line on stderr
 * naming the option, and leave no runtime directory behind.
 */

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_mempool.h>
#include <rte_vect.h>

#include "test.h"

#define MAX_ARGS 16

/* A free address each build's runtime accepts (TSan maps few ranges). */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define FLAGS_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) || defined(FLAGS_TSAN)
#define GOOD_BASE_VIRTADDR "0x7200000000"
#else
#define GOOD_BASE_VIRTADDR "0x300000000000"
#endif
#define ENV_PREFIX "EAL_FLAGS_"

/* Names of the expectations a case may give the child. */
static const char *const env_keys[] = {
	"LCORES",
	"MAIN",
	"CPU0",
	"OPS",
	"LOGTYPE",
	"PLUGIN",
	"GLOBAL",
	"PROC",
	"LEVEL",
	"AFFINITY",
	"INMEM",
	"SIMD",
	"DUP",
};

struct flag_case {
	const char *args[8]; /* options under test, NULL-terminated */
	int good; /* expected to start */
	const char *expect; /* text the error line must contain */
	const char *env; /* "KEY=VAL;KEY=VAL" expectations for the child */
	int huge; /* leave --no-huge out */
	int no_lcore; /* leave the default "-l 0" out */
	int pin0; /* start the child pinned to CPU 0 only (taskset -c 0) */
	int no_run; /* the options end the process before the command */
};

/* What an option without effect here logs, once. */
#define NOEFFECT "has no effect here"

/* Filled at run time: paths of the test plugins and a CPU we lack. */
static char plugin_ok[PATH_MAX];
static char plugin_fail[PATH_MAX];
static char plugin_dir_ok[128];
static char plugin_dir_fail[128];
static char missing_cpu[16];
static char long_name[64];

static const struct flag_case cases[] = {
	/* lcores */
	{{"-l", "0", NULL}, 1, NULL, "LCORES=1;MAIN=0", 0, 1},
	{{"-l", "0-1", NULL}, 1, NULL, "LCORES=2;MAIN=0", 0, 1},
	{{"-l", "1", NULL}, 1, NULL, "LCORES=1;MAIN=1", 0, 1},
	{{"-l0,1", NULL}, 1, NULL, "LCORES=2", 0, 1},
	{{"-l", "abc", NULL}, 0, "-l", NULL, 0, 1},
	{{"-l", "1-0", NULL}, 0, "-l", NULL, 0, 1},
	{{"-l", "0,", NULL}, 0, "-l", NULL, 0, 1},
	{{"-l", "999", NULL}, 0, "-l", NULL, 0, 1},
	{{"-l", missing_cpu, NULL}, 0, "-l", NULL, 0, 1},
	{{"-l", NULL}, 0, "-l", NULL, 0, 1},
	{{"-c", "0x3", NULL}, 1, NULL, "LCORES=2;MAIN=0", 0, 1},
	{{"-c", "2", NULL}, 1, NULL, "LCORES=1;MAIN=1", 0, 1},
	{{"-c", "0", NULL}, 0, "-c", NULL, 0, 1},
	{{"-c", "0x", NULL}, 0, "-c", NULL, 0, 1},
	{{"-c", "xyz", NULL}, 0, "-c", NULL, 0, 1},
	{{"--lcores", "0-1", NULL}, 1, NULL, "LCORES=2", 0, 1},
	{{"--lcores=0,1", NULL}, 1, NULL, "LCORES=2", 0, 1},
	{{"--lcores", "(0-1)@0", NULL}, 1, NULL, "LCORES=2;CPU0=0", 0, 1},
	{{"--lcores", "0@1,1@0", NULL}, 1, NULL, "LCORES=2;CPU0=1", 0, 1},
	{{"--lcores", "(0,1)", NULL}, 1, NULL, "LCORES=2;CPU0=0", 0, 1},
	{{"--lcores", "5@0", NULL}, 1, NULL, "LCORES=1;MAIN=5", 0, 1},
	{{"--lcores", "0@", NULL}, 0, "--lcores", NULL, 0, 1},
	{{"--lcores", "(0-1", NULL}, 0, "--lcores", NULL, 0, 1},
	{{"--lcores", "0@99999", NULL}, 0, "--lcores", NULL, 0, 1},
	{{"--main-lcore", "1", "-l", "0-1", NULL}, 1, NULL, "MAIN=1", 0, 1},
	{{"--main-lcore=1", "-l", "0", NULL}, 0, "--main-lcore", NULL, 0, 1},
	/* Any CPU of the machine, whatever the affinity (taskset -c 0). */
	{{"-l", "1", NULL}, 1, NULL, "LCORES=1;MAIN=1;AFFINITY=1", 0, 1, 1},
	{{"-l", "0-1", NULL}, 1, NULL, "LCORES=2;MAIN=0;AFFINITY=0", 0, 1, 1},
	{{"-c", "0x2", NULL}, 1, NULL, "LCORES=1;MAIN=1;AFFINITY=1", 0, 1, 1},
	{{"--lcores", "0@1", NULL}, 1, NULL, "LCORES=1;AFFINITY=1", 0, 1, 1},
	{{"-l", missing_cpu, NULL}, 0, "does not exist", NULL, 0, 1, 1},
	{{"--main-lcore", "abc", NULL}, 0, "--main-lcore", NULL, 0, 0},
	{{"--main-lcore", "999", NULL}, 0, "--main-lcore", NULL, 0, 0},
	/* memory */
	{{"-m", "64", NULL}, 1, NULL, NULL, 0, 0},
	{{"-m", "0", NULL}, 0, "-m", NULL, 0, 0},
	{{"-m", "abc", NULL}, 0, "-m", NULL, 0, 0},
	{{"-m", "-5", NULL}, 0, "-m", NULL, 0, 0},
	{{"--socket-mem", "64", NULL}, 1, NULL, NULL, 1, 0},
	{{"--socket-mem=64,abc", NULL}, 0, "--socket-mem", NULL, 1, 0},
	{{"--socket-mem", "0", NULL}, 0, "--socket-mem", NULL, 1, 0},
	{{"-m", "64", "--socket-mem", "64", NULL}, 0, "--socket-mem", NULL, 1,
		0},
	{{"--socket-mem", "64", NULL}, 0, "--no-huge", NULL, 0, 0},
	{{"-n", "4", NULL}, 1, NULL, NULL, 0, 0},
	{{"-n", "0", NULL}, 0, "-n", NULL, 0, 0},
	{{"-n", "x", NULL}, 0, "-n", NULL, 0, 0},
	{{"-r", "2", NULL}, 1, NULL, NULL, 0, 0},
	{{"-r", "17", NULL}, 0, "-r", NULL, 0, 0},
	{{"-r", "0", NULL}, 0, "-r", NULL, 0, 0},
	{{"--huge-dir", "/nonexistent-hugetlbfs", NULL}, 0, "--huge-dir", NULL,
		1, 0},
	{{"--huge-dir=", NULL}, 0, "--huge-dir", NULL, 0, 0},
	{{"--in-memory", NULL}, 1, NULL, "PROC=primary", 0, 0},
	{{"--base-virtaddr", GOOD_BASE_VIRTADDR, NULL}, 1, NULL, NULL, 0, 0},
	{{"--base-virtaddr=0", NULL}, 0, "--base-virtaddr", NULL, 0, 0},
	{{"--base-virtaddr", "xyz", NULL}, 0, "--base-virtaddr", NULL, 0, 0},
	{{"--socket-limit", "64", NULL}, 1, NULL, NULL, 1, 0},
	{{"--socket-limit=64,0", NULL}, 1, NULL, NULL, 1, 0},
	{{"--socket-limit", "abc", NULL}, 0, "--socket-limit", NULL, 1, 0},
	{{"--socket-limit", "64", NULL}, 0, "--no-huge", NULL, 0, 0},
	{{"--socket-limit", "64", "--legacy-mem", NULL}, 0, "--socket-limit",
		NULL, 1, 0},
	{{"--legacy-mem", NULL}, 1, NULL, NULL, 0, 0},
	{{"--legacy-mem", "--in-memory", NULL}, 0, "--in-memory", NULL, 0, 0},
	{{"--single-file-segments", NULL}, 1, NULL, NULL, 0, 0},
	{{"--match-allocations", NULL}, 1, NULL, NULL, 1, 0},
	{{"--match-allocations", NULL}, 0, "--no-huge", NULL, 0, 0},
	{{"--match-allocations", "--legacy-mem", NULL}, 0, "--legacy-mem", NULL,
		1, 0},
	{{"--huge-unlink", NULL}, 1, NULL, NULL, 1, 0},
	{{"--huge-unlink=always", NULL}, 0, "--no-huge", NULL, 0, 0},
	{{"--huge-unlink", NULL}, 0, "--no-huge", NULL, 0, 0},
	{{"--huge-unlink=existing", NULL}, 1, NULL, NULL, 0, 0},
	{{"--huge-unlink=never", NULL}, 1, "--huge-unlink=never", NULL, 0, 0},
	{{"--huge-unlink=bogus", NULL}, 0, "--huge-unlink", NULL, 0, 0},
	{{"--huge-unlink", "--single-file-segments", NULL}, 0,
		"--single-file-segments", NULL, 1, 0},
	{{"--huge-worker-stack", "-l", "0-1", NULL}, 1, NULL, "LCORES=2", 0, 1},
	{{"--huge-worker-stack=256", "-l", "0-1", NULL}, 1, NULL, "LCORES=2", 0,
		1},
	{{"--huge-worker-stack=0", NULL}, 0, "--huge-worker-stack", NULL, 0, 0},
	{{"--huge-worker-stack=x", NULL}, 0, "--huge-worker-stack", NULL, 0, 0},
	/* processes and files */
	{{"--no-shconf", NULL}, 1, NULL, "PROC=primary;INMEM=0", 0, 0},
	{{"--in-memory", NULL}, 1, NULL, "INMEM=1", 0, 0},
	{{"--no-shconf", "--proc-type", "secondary", NULL}, 0, "--no-shconf",
		NULL, 0, 0},
	{{"--file-prefix=", NULL}, 0, "--file-prefix", NULL, 0, 0},
	{{"--file-prefix", "a/b", NULL}, 0, "--file-prefix", NULL, 0, 0},
	{{"--proc-type", "primary", NULL}, 1, NULL, "PROC=primary", 0, 0},
	{{"--proc-type=auto", NULL}, 1, NULL, "PROC=primary", 0, 0},
	{{"--proc-type", "bogus", NULL}, 0, "--proc-type", NULL, 0, 0},
	{{"--proc-type", "secondary", NULL}, 0, "primary", NULL, 0, 0},
	{{"--in-memory", "--proc-type", "secondary", NULL}, 0, "--in-memory",
		NULL, 0, 0},
	/* logging */
	{{"--log-level", "8", NULL}, 1, NULL, "GLOBAL=8", 0, 0},
	{{"--log-level=debug", NULL}, 1, NULL, "GLOBAL=8", 0, 0},
	{{"--log-level", "lib.eal:debug", NULL}, 1, NULL, NULL, 0, 0},
	{{"--log-level", "lib.*:error", NULL}, 1, NULL, NULL, 0, 0},
	{{"--log-level", "test.flags.late:debug", NULL}, 1, NULL,
		"LOGTYPE=test.flags.late:8", 0, 0},
	{{"--log-level", "test.flags.*:err", NULL}, 1, NULL,
		"LOGTYPE=test.flags.glob:4", 0, 0},
	{{"--log-level", "lib.mempool,debug", NULL}, 1, NULL,
		"LEVEL=lib.mempool:8", 0, 0},
	{{"--log-level=mempool,debug", NULL}, 1, NULL, "LEVEL=lib.mempool:8", 0,
		0},
	{{"--log-level", "eal,4", NULL}, 1, NULL, "LEVEL=lib.eal:4", 0, 0},
	/* A glob must match the whole name; a regex may match a part. */
	{{"--log-level", "eal:error", NULL}, 1, NULL, "LEVEL=lib.eal:7", 0, 0},
	{{"--log-level", "lib.e?l:error", NULL}, 1, NULL, "LEVEL=lib.eal:4", 0,
		0},
	{{"--log-level", "^lib\\.(eal|ring)$,crit", NULL}, 1, NULL,
		"LEVEL=lib.ring:3", 0, 0},
	{{"--log-level", "test.flags.re,debug", NULL}, 1, NULL,
		"LOGTYPE=test.flags.regex:8", 0, 0},
	{{"--log-level", "lib.eal:debug", "--log-level", "lib.eal:notice",
		 NULL},
		1, NULL, "LEVEL=lib.eal:6", 0, 0},
	{{"--log-level", "(,debug", NULL}, 0, "--log-level", NULL, 0, 0},
	{{"--log-level", "lib.eal,bogus", NULL}, 0, "--log-level", NULL, 0, 0},
	{{"--log-level", ",debug", NULL}, 0, "--log-level", NULL, 0, 0},
	{{"--log-level=help", NULL}, 1, "lib.mempool", NULL, 0, 0, 0, 1},
	{{"--log-level", "help", NULL}, 1, "emergency", NULL, 0, 0, 0, 1},
	{{"--syslog", "daemon", NULL}, 1, NULL, NULL, 0, 0},
	{{"--syslog=local3", NULL}, 1, NULL, NULL, 0, 0},
	{{"--syslog", "bogus", NULL}, 0, "--syslog", NULL, 0, 0},
	{{"--syslog", NULL}, 0, "--syslog", NULL, 0, 0},
	{{"--log-level", "foo", NULL}, 0, "--log-level", NULL, 0, 0},
	{{"--log-level", "lib.eal:bogus", NULL}, 0, "--log-level", NULL, 0, 0},
	{{"--log-level", ":debug", NULL}, 0, "--log-level", NULL, 0, 0},
	{{"--log-level", "99", NULL}, 0, "--log-level", NULL, 0, 0},
	/* plugins */
	{{"-d", "/lib/x86_64-linux-gnu/libm.so.6", NULL}, 1, NULL, NULL, 0, 0},
	{{"-d", plugin_ok, NULL}, 1, NULL, "PLUGIN=1", 0, 0},
	{{"-d", plugin_dir_ok, NULL}, 1, NULL, "PLUGIN=1", 0, 0},
	{{"-d", "/nonexistent/plugin.so", NULL}, 0, "-d", NULL, 0, 0},
	{{"-d", "/etc/hostname", NULL}, 0, "/etc/hostname", NULL, 0, 0},
	{{"-d", plugin_fail, NULL}, 0, plugin_fail, NULL, 0, 0},
	{{"-d", plugin_dir_fail, NULL}, 0, "test_eal_plugin_fail", NULL, 0, 0},
	/* mbuf pool handler */
	{{"--mbuf-pool-ops-name", "ring_mp_mc", NULL}, 1, NULL,
		"OPS=ring_mp_mc", 0, 0},
	{{"--mbuf-pool-handler=stack", NULL}, 1, NULL, "OPS=stack", 0, 0},
	{{"--mbuf-pool-ops-name=", NULL}, 0, "--mbuf-pool-ops-name", NULL, 0,
		0},
	{{"--mbuf-pool-handler", long_name, NULL}, 0, "--mbuf-pool-handler",
		NULL, 0, 0},
	/* accepted with one line: no device model, services or trace */
	{{"-a", "0000:00:01.0", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--allow=0000:00:01.0", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"-b", "0000:00:01.0", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--block", "0000:00:01.0", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"-a", "0000:00:01.0", "-b", "0000:00:02.0", NULL}, 0, "-b", NULL, 0,
		0},
	{{"--vdev", "net_null0", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--vdev=net_ring0,nodeaction=r1:0:CREATE", NULL}, 1, NOEFFECT, NULL,
		0, 0},
	{{"--no-pci", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--create-uio-dev", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--iova-mode", "va", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--iova-mode=pa", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--iova-mode", "xx", NULL}, 0, "--iova-mode", NULL, 0, 0},
	{{"--vfio-intr", "msix", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--vfio-intr=legacy", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--vfio-intr", "bogus", NULL}, 0, "--vfio-intr", NULL, 0, 0},
	{{"--vfio-vf-token", "14bd7a6c-1a2b-4c3d-9e8f-0123456789ab", NULL}, 1,
		NOEFFECT, NULL, 0, 0},
	{{"--vfio-vf-token", "14bd7a6c", NULL}, 0, "--vfio-vf-token", NULL, 0,
		0},
	{{"-s", "0x2", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"-s", "xyz", NULL}, 0, "-s", NULL, 0, 0},
	{{"-S", "1", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"-S", "1-", NULL}, 0, "-S", NULL, 0, 0},
	{{"--trace", ".*", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--trace-dir", "/tmp", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--trace-bufsz", "2M", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--trace-bufsz=0", NULL}, 0, "--trace-bufsz", NULL, 0, 0},
	{{"--trace-mode", "o", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--trace-mode=discard", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--trace-mode", "x", NULL}, 0, "--trace-mode", NULL, 0, 0},
	{{"--no-hpet", NULL}, 1, NOEFFECT, NULL, 0, 0},
	{{"--vmware-tsc-map", NULL}, 1, NOEFFECT, NULL, 0, 0},
	/* SIMD width */
	{{"--force-max-simd-bitwidth", "128", NULL}, 1, NULL, "SIMD=128", 0, 0},
	{{"--force-max-simd-bitwidth=64", NULL}, 1, NULL, "SIMD=64", 0, 0},
	{{"--force-max-simd-bitwidth", "100", NULL}, 0,
		"--force-max-simd-bitwidth", NULL, 0, 0},
	{{"--force-max-simd-bitwidth", "32", NULL}, 0,
		"--force-max-simd-bitwidth", NULL, 0, 0},
	/* syntax */
	{{"-v", NULL}, 1, NULL, NULL, 0, 0},
	{{"--bogus", NULL}, 0, "--bogus", NULL, 0, 0},
	{{"-Z", NULL}, 0, "-Z", NULL, 0, 0},
	{{"--no-huge=1", NULL}, 0, "--no-huge", NULL, 0, 0},
	{{"--file-prefix", NULL}, 0, "--file-prefix", NULL, 0, 0},
};

/* Where the runtime dir of a prefix lives (as the EAL chooses it). */
static void
runtime_dir_of(const char *prefix, char *buf, size_t len)
{
	const char *base = "/var/run";

	if (geteuid() != 0) {
		base = getenv("XDG_RUNTIME_DIR");
		if (base == NULL || base[0] == '\0')
			base = "/tmp";
	}
	snprintf(buf, len, "%s/dpdk/%s", base, prefix);
}

static int
exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* A child that hangs must fail the case, not stall the whole suite. */
#define CHILD_TIMEOUT_MS 30000

static int
exec_bounded(const char *const *args, int n, const char *cmd)
{
	pid_t pid = test_spawn_self(args, n, cmd);
	struct timespec ts = {.tv_sec = 0, .tv_nsec = 5 * 1000 * 1000};
	int status, waited;

	if (pid < 0)
		return -1;
	for (waited = 0; waited < CHILD_TIMEOUT_MS; waited += 5) {
		pid_t r = waitpid(pid, &status, WNOHANG);

		if (r == pid) {
			if (WIFEXITED(status))
				return WEXITSTATUS(status);
			return WIFSIGNALED(status) ? 128 + WTERMSIG(status)
						   : -1;
		}
		if (r < 0 && errno != EINTR)
			return -1;
		nanosleep(&ts, NULL);
	}
	fprintf(stderr, "child %d still running after %d ms: killed\n",
		(int)pid, CHILD_TIMEOUT_MS);
	kill(pid, SIGKILL);
	return test_wait_child(pid);
}

/*
 * Run the binary with args; the child's stdout and stderr go to out
 * (NUL-terminated, truncated to len). Returns the child's status.
 */
static int
run_child_pinned(const char *const *args, int n, const char *cmd, char *out,
	size_t len, int pin0)
{
	FILE *f = tmpfile();
	int saved_out, saved_err, ret;
	cpu_set_t saved_set;
	size_t got;

	if (f == NULL)
		return -1;
	test_affinity_widen(&saved_set);
	if (pin0) {
		/* The child inherits this thread's mask, as under taskset. */
		cpu_set_t one;

		CPU_ZERO(&one);
		CPU_SET(0, &one);
		pthread_setaffinity_np(pthread_self(), sizeof(one), &one);
	}
	fflush(stdout);
	fflush(stderr);
	saved_out = dup(1);
	saved_err = dup(2);
	dup2(fileno(f), 1);
	dup2(fileno(f), 2);
	ret = exec_bounded(args, n, cmd);
	dup2(saved_out, 1);
	dup2(saved_err, 2);
	close(saved_out);
	close(saved_err);
	test_affinity_restore(&saved_set);
	rewind(f);
	got = fread(out, 1, len - 1, f);
	out[got] = '\0';
	fclose(f);
	return ret;
}

static int
run_child(
	const char *const *args, int n, const char *cmd, char *out, size_t len)
{
	return run_child_pinned(args, n, cmd, out, len, 0);
}

/* How many times needle occurs in hay. */
static unsigned int
count_of(const char *hay, const char *needle)
{
	unsigned int n = 0;

	while ((hay = strstr(hay, needle)) != NULL) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void
set_case_env(const char *env)
{
	char buf[256], *save = NULL, *kv;
	unsigned int i;

	for (i = 0; i < RTE_DIM(env_keys); i++) {
		char name[64];

		snprintf(name, sizeof(name), ENV_PREFIX "%s", env_keys[i]);
		unsetenv(name);
	}
	if (env == NULL)
		return;
	snprintf(buf, sizeof(buf), "%s", env);
	for (kv = strtok_r(buf, ";", &save); kv != NULL;
		kv = strtok_r(NULL, ";", &save)) {
		char name[64], *eq = strchr(kv, '=');

		if (eq == NULL)
			continue;
		*eq = '\0';
		snprintf(name, sizeof(name), ENV_PREFIX "%s", kv);
		setenv(name, eq + 1, 1);
	}
}

static int
run_case(unsigned int idx, const struct flag_case *c)
{
	const char *args[MAX_ARGS];
	char prefix[64], prefix_arg[80], dir[PATH_MAX], out[4096];
	int n = 0, i, ret;
	int has_prefix = 0;

	snprintf(prefix, sizeof(prefix), "eal_flags_%d_%u", (int)getpid(), idx);
	snprintf(prefix_arg, sizeof(prefix_arg), "--file-prefix=%s", prefix);
	args[n++] = "dpdk-test";
	if (!c->huge)
		args[n++] = "--no-huge";
	if (!c->no_lcore) {
		args[n++] = "-l";
		args[n++] = "0";
	}
	for (i = 0; c->args[i] != NULL && n < MAX_ARGS - 2; i++) {
		if (strncmp(c->args[i], "--file-prefix", 13) == 0)
			has_prefix = 1;
		args[n++] = c->args[i];
	}
	/* Options under test come first so a missing value stays missing. */
	if (!has_prefix) {
		memmove(&args[2], &args[1], (n - 1) * sizeof(args[0]));
		args[1] = prefix_arg;
		n++;
	}

	set_case_env(c->env);
	ret = run_child_pinned(
		args, n, "eal_flags_check", out, sizeof(out), c->pin0);
	set_case_env(NULL);

	printf("  %-4s", c->good ? "good" : "bad");
	for (i = 1; i < n; i++)
		printf(" %s", args[i]);
	printf(" -> exit %d\n", ret);

	if (c->good) {
		TEST_ASSERT_EQUAL(ret, 0, "good option failed:\n%s", out);
		TEST_ASSERT(c->expect == NULL || count_of(out, c->expect) == 1,
			"'%s' not printed exactly once:\n%s", c->expect, out);
		TEST_ASSERT(
			c->no_run == (strstr(out, "eal_flags_check") == NULL),
			"the command %s:\n%s",
			c->no_run ? "ran" : "did not run", out);
	} else {
		TEST_ASSERT(ret != 0 && ret < 128,
			"bad option: exit %d (0 or a signal):\n%s", ret, out);
		TEST_ASSERT(strstr(out, c->expect) != NULL,
			"message does not name '%s':\n%s", c->expect, out);
		TEST_ASSERT(strstr(out, "EAL: ") != NULL,
			"no EAL error line:\n%s", out);
	}
	runtime_dir_of(prefix, dir, sizeof(dir));
	TEST_ASSERT(!exists(dir), "runtime dir %s left behind", dir);
	return TEST_SUCCESS;
}

/* Paths of the plugins built next to this binary, if any. */
static int
find_plugins(void)
{
	char exe[PATH_MAX / 2], link[PATH_MAX], *slash;
	ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	char pid[32];

	if (len <= 0)
		return -1;
	exe[len] = '\0';
	slash = strrchr(exe, '/');
	if (slash == NULL)
		return -1;
	*slash = '\0';
	snprintf(plugin_ok, sizeof(plugin_ok), "%s/libtest_eal_plugin_ok.so",
		exe);
	snprintf(plugin_fail, sizeof(plugin_fail),
		"%s/libtest_eal_plugin_fail.so", exe);
	if (!exists(plugin_ok) || !exists(plugin_fail))
		return -1;

	/* Folders holding one plugin each, as -d DIR loads every .so. */
	snprintf(pid, sizeof(pid), "%d", (int)getpid());
	snprintf(plugin_dir_ok, sizeof(plugin_dir_ok),
		"/tmp/eal_flags_plugins_ok_%s", pid);
	snprintf(plugin_dir_fail, sizeof(plugin_dir_fail),
		"/tmp/eal_flags_plugins_fail_%s", pid);
	mkdir(plugin_dir_ok, 0700);
	mkdir(plugin_dir_fail, 0700);
	snprintf(link, sizeof(link), "%s/test_eal_plugin_ok.so", plugin_dir_ok);
	if (symlink(plugin_ok, link) != 0 && errno != EEXIST)
		return -1;
	snprintf(link, sizeof(link), "%s/test_eal_plugin_fail.so",
		plugin_dir_fail);
	if (symlink(plugin_fail, link) != 0 && errno != EEXIST)
		return -1;
	return 0;
}

static void
remove_plugin_dirs(void)
{
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/test_eal_plugin_ok.so", plugin_dir_ok);
	unlink(path);
	snprintf(path, sizeof(path), "%s/test_eal_plugin_fail.so",
		plugin_dir_fail);
	unlink(path);
	rmdir(plugin_dir_ok);
	rmdir(plugin_dir_fail);
}

/* A CPU the machine has (what the EAL accepts in -l, -c, --lcores). */
static int
cpu_exists(unsigned int cpu)
{
	char path[96];

	snprintf(path, sizeof(path),
		"/sys/devices/system/cpu/cpu%u/topology/core_id", cpu);
	return exists(path);
}

/*
 * A CPU that exists but that the kernel will not run this process on
 * (a cpuset without it); -1 if every CPU is allowed.
 */
static int
refused_cpu(void)
{
	cpu_set_t saved, one;
	unsigned int cpu;
	int found = -1;

	pthread_getaffinity_np(pthread_self(), sizeof(saved), &saved);
	for (cpu = 0; cpu < CPU_SETSIZE && found < 0; cpu++) {
		if (!cpu_exists(cpu))
			continue;
		CPU_ZERO(&one);
		CPU_SET(cpu, &one);
		if (pthread_setaffinity_np(pthread_self(), sizeof(one), &one) ==
			EINVAL)
			found = (int)cpu;
	}
	pthread_setaffinity_np(pthread_self(), sizeof(saved), &saved);
	return found;
}

/* -l with a CPU the kernel refuses: rte_eal_init fails naming it. */
static int
test_pin_refused(void)
{
	char prefix[80], cpu[16], want[32], out[4096];
	const char *args[] = {"dpdk-test", "--no-huge", prefix, "-l", cpu};
	int c = refused_cpu(), ret;

	if (c < 0) {
		printf("every CPU is allowed here: no refused pinning to "
		       "test\n");
		return TEST_SKIPPED;
	}
	snprintf(prefix, sizeof(prefix), "--file-prefix=eal_flags_%d_pin",
		(int)getpid());
	snprintf(cpu, sizeof(cpu), "%d", c);
	snprintf(want, sizeof(want), "to CPU %d", c);
	set_case_env(NULL);
	ret = run_child(
		args, RTE_DIM(args), "eal_flags_check", out, sizeof(out));
	TEST_ASSERT(ret != 0 && ret < 128, "exit %d:\n%s", ret, out);
	TEST_ASSERT(strstr(out, want) != NULL, "CPU %d not named:\n%s", c, out);
	return TEST_SUCCESS;
}

static int
test_all_options(void)
{
	unsigned int i, failed = 0, ncpu = 0;
	int have_plugins;
	cpu_set_t set, saved;

	test_affinity_widen(&saved);
	sched_getaffinity(0, sizeof(set), &set);
	test_affinity_restore(&saved);
	for (i = 0; i < CPU_SETSIZE; i++)
		if (CPU_ISSET(i, &set))
			ncpu = i + 1;
	/* The first CPU number the machine does not have. */
	for (i = 0; i < CPU_SETSIZE; i++)
		if (!cpu_exists(i))
			break;
	snprintf(missing_cpu, sizeof(missing_cpu), "%u", i);
	memset(long_name, 'x', sizeof(long_name) - 1);
	have_plugins = find_plugins() == 0;

	for (i = 0; i < RTE_DIM(cases); i++) {
		const struct flag_case *c = &cases[i];
		unsigned int k;
		int skip = 0;

		for (k = 0; c->args[k] != NULL; k++)
			if ((c->args[k] == plugin_ok ||
				    c->args[k] == plugin_fail ||
				    c->args[k] == plugin_dir_ok ||
				    c->args[k] == plugin_dir_fail) &&
				!have_plugins)
				skip = 1;
		/* Cases using CPU 1 need two CPUs. */
		if (ncpu < 2 && c->good && c->no_lcore)
			skip = 1;
		if (skip) {
			printf("  skipped case %u (needs plugins or 2 CPUs)\n",
				i);
			continue;
		}
		if (run_case(i, c) != TEST_SUCCESS)
			failed++;
	}
	if (have_plugins)
		remove_plugin_dirs();
	TEST_ASSERT_EQUAL(failed, 0u, "%u of %u cases failed", failed,
		(unsigned int)RTE_DIM(cases));
	return TEST_SUCCESS;
}

/* "--" ends the EAL options; the next argument is the application's. */
static int
test_arg_count(void)
{
	char prefix[80], out[4096];
	const char *with_dashes[] = {"dpdk-test", "--no-huge", "-l", "0",
		prefix, "--", "eal_flags_check"};
	const char *without[] = {
		"dpdk-test", "--no-huge", "-l", "0", prefix, "eal_flags_check"};
	const char *help[] = {"dpdk-test", "-h"};
	const char *help_long[] = {"dpdk-test", "--no-huge", "--help"};
	int ret;

	snprintf(prefix, sizeof(prefix), "--file-prefix=eal_flags_%d_args",
		(int)getpid());
	set_case_env(NULL);
	ret = run_child(
		with_dashes, RTE_DIM(with_dashes), NULL, out, sizeof(out));
	TEST_ASSERT_EQUAL(ret, 0, "'--' then a command:\n%s", out);
	TEST_ASSERT(strstr(out, "eal_flags_check") != NULL,
		"command did not run:\n%s", out);
	ret = run_child(without, RTE_DIM(without), NULL, out, sizeof(out));
	TEST_ASSERT_EQUAL(ret, 0, "command after options:\n%s", out);

	/* -h prints every option and exits 0, as in DPDK. */
	ret = run_child(
		help, RTE_DIM(help), "eal_flags_check", out, sizeof(out));
	TEST_ASSERT_EQUAL(ret, 0, "-h exit %d", ret);
	TEST_ASSERT(strstr(out, "eal_flags_check") == NULL,
		"-h ran the command:\n%s", out);
	{
		static const char *const opts[] = {"-l", "-c", "--lcores",
			"--main-lcore", "-n", "-r", "-m", "--socket-mem",
			"--socket-limit", "--no-huge", "--huge-dir",
			"--huge-unlink", "--huge-worker-stack", "--legacy-mem",
			"--single-file-segments", "--match-allocations",
			"--file-prefix", "--proc-type", "--in-memory",
			"--no-shconf", "--base-virtaddr", "--log-level",
			"--log-level help", "--syslog", "-d",
			"--mbuf-pool-ops-name", "--mbuf-pool-handler",
			"--force-max-simd-bitwidth", "-v", "-h", "-a",
			"--allow", "-b", "--block", "--vdev", "--no-pci",
			"--iova-mode", "--create-uio-dev", "--vfio-intr",
			"--vfio-vf-token", "-s", "-S", "--trace", "--trace-dir",
			"--trace-bufsz", "--trace-mode", "--no-hpet",
			"--vmware-tsc-map"};
		unsigned int i;

		for (i = 0; i < RTE_DIM(opts); i++)
			TEST_ASSERT(strstr(out, opts[i]) != NULL,
				"-h does not list %s", opts[i]);
	}
	ret = run_child(help_long, RTE_DIM(help_long), "eal_flags_check", out,
		sizeof(out));
	TEST_ASSERT_EQUAL(ret, 0, "--help exit %d", ret);
	TEST_ASSERT(strstr(out, "--lcores") != NULL, "--help text");
	return TEST_SUCCESS;
}

static void
usage_a(const char *prgname)
{
	RTE_SET_USED(prgname);
}

static void
usage_b(const char *prgname)
{
	RTE_SET_USED(prgname);
}

/* In-process checks of the running EAL. */
static int
test_running_eal(void)
{
	rte_usage_hook_t old;
	char *argv[] = {(char *)(uintptr_t) "dpdk-test", NULL};

	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_eal_init(1, argv), -1, "second rte_eal_init");
	TEST_ASSERT_EQUAL(rte_errno, EALREADY, "rte_errno %d", rte_errno);
	TEST_ASSERT(rte_eal_is_initialized(), "still initialised");
	TEST_ASSERT_EQUAL(rte_eal_iova_mode(), RTE_IOVA_VA, "iova mode");
	TEST_ASSERT(rte_eal_process_type() == RTE_PROC_PRIMARY ||
			rte_eal_process_type() == RTE_PROC_SECONDARY,
		"process type %d", rte_eal_process_type());
	old = rte_set_application_usage_hook(usage_a);
	TEST_ASSERT(rte_set_application_usage_hook(usage_b) == usage_a,
		"hook not returned");
	TEST_ASSERT(rte_set_application_usage_hook(old) == usage_b,
		"hook not returned");
	return TEST_SUCCESS;
}

/* Lines of text holding every one of the NULL-terminated needles. */
static unsigned int
lines_with(const char *text, const char *const *needles)
{
	unsigned int count = 0;
	const char *line = text;

	while (line != NULL && *line != '\0') {
		const char *end = strchr(line, '\n');
		size_t len = end != NULL ? (size_t)(end - line) : strlen(line);
		char buf[1024];
		unsigned int k;
		int all = 1;

		snprintf(buf, sizeof(buf), "%.*s", (int)len, line);
		for (k = 0; needles[k] != NULL; k++)
			if (strstr(buf, needles[k]) == NULL)
				all = 0;
		count += all;
		line = end != NULL ? end + 1 : NULL;
	}
	return count;
}

/*
 * Drivers: rte_eal_init loads the compiled-in driver directory (a
 * missing one is no error), and a plugin repeating a built-in handler
 * name gets one warning naming both providers while init goes on.
 */
static int
test_driver_discovery(void)
{
	char exe[PATH_MAX / 2], dup[PATH_MAX], prefix[80], out[16384];
	const char *args[] = {
		"dpdk-test", "--no-huge", "-l", "0", prefix, "-d", dup};
	ssize_t len = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	const char *pmd_dir = RTE_EAL_PMD_PATH;
	char *slash;
	int ret;

	snprintf(prefix, sizeof(prefix), "--file-prefix=eal_flags_%d_drv",
		(int)getpid());
	set_case_env(NULL);

	/* Default directory, with no -d. */
	ret = run_child(args, 5, "eal_flags_check", out, sizeof(out));
	TEST_ASSERT_EQUAL(
		ret, 0, "plain start with driver dir %s:\n%s", pmd_dir, out);
	if (!exists(pmd_dir)) {
		printf("  driver directory %s absent: no error\n", pmd_dir);
		TEST_ASSERT(strstr(out, pmd_dir) == NULL,
			"absent driver directory reported:\n%s", out);
	} else {
		struct dirent *e;
		DIR *d = opendir(pmd_dir);

		TEST_ASSERT(d != NULL, "cannot read %s", pmd_dir);
		while ((e = readdir(d)) != NULL) {
			size_t n = strlen(e->d_name);
			char path[PATH_MAX];
			const char *needles[] = {"EAL: ", path, NULL};

			if (n < 4 || strcmp(e->d_name + n - 3, ".so") != 0)
				continue;
			snprintf(path, sizeof(path), "%s/%s", pmd_dir,
				e->d_name);
			if (lines_with(out, needles) == 0) {
				closedir(d);
				TEST_ASSERT(0, "no EAL line names %s:\n%s",
					path, out);
			}
		}
		closedir(d);
	}

	/* A plugin registering ring_mp_mc, which librte_mempool has. */
	if (len <= 0)
		return TEST_FAILED;
	exe[len] = '\0';
	slash = strrchr(exe, '/');
	TEST_ASSERT(slash != NULL, "no folder in %s", exe);
	*slash = '\0';
	snprintf(dup, sizeof(dup), "%s/libtest_eal_plugin_dup.so", exe);
	if (!exists(dup)) {
		printf("  %s not built: skipped\n", dup);
		return TEST_SKIPPED;
	}
	set_case_env("DUP=1");
	ret = run_child(
		args, RTE_DIM(args), "eal_flags_check", out, sizeof(out));
	set_case_env(NULL);
	printf("  -d %s -> exit %d\n", dup, ret);
	TEST_ASSERT_EQUAL(ret, 0, "duplicate handler failed init:\n%s", out);
	{
		const char *warn[] = {"ring_mp_mc", "already registered", NULL};
		const char *both[] = {"ring_mp_mc", "already registered", dup,
			"built-in", NULL};

		TEST_ASSERT_EQUAL(lines_with(out, warn), 1u,
			"expected one warning:\n%s", out);
		TEST_ASSERT_EQUAL(lines_with(out, both), 1u,
			"the warning does not name both providers:\n%s", out);
	}
	return TEST_SUCCESS;
}

/*
 * rte_exit in a child: its status, its message, and the runtime files
 * released by the cleanup it runs.
 */
static int
test_rte_exit(void)
{
	char prefix[64], prefix_arg[80], dir[PATH_MAX], out[4096];
	const char *args[] = {"dpdk-test", "--no-huge", "-l", "0", prefix_arg};
	int ret;

	snprintf(prefix, sizeof(prefix), "eal_flags_%d_exit", (int)getpid());
	snprintf(prefix_arg, sizeof(prefix_arg), "--file-prefix=%s", prefix);
	set_case_env(NULL);
	ret = run_child(
		args, RTE_DIM(args), "eal_flags_exit", out, sizeof(out));
	TEST_ASSERT_EQUAL(ret, 3, "rte_exit(3) gave exit %d:\n%s", ret, out);
	TEST_ASSERT(strstr(out, "leaving with 42") != NULL,
		"message missing:\n%s", out);
	TEST_ASSERT(strstr(out, "could not release") == NULL,
		"cleanup failed:\n%s", out);
	runtime_dir_of(prefix, dir, sizeof(dir));
	TEST_ASSERT(!exists(dir), "runtime dir %s left behind", dir);
	return TEST_SUCCESS;
}

static struct unit_test_suite eal_flags_suite = {
	.suite_name = "EAL flags autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_running_eal),
			TEST_CASE(test_arg_count),
			TEST_CASE(test_all_options),
			TEST_CASE(test_driver_discovery),
			TEST_CASE(test_pin_refused),
			TEST_CASE(test_rte_exit),
			TEST_CASES_END(),
		},
};

static int
test_eal_flags(void)
{
	return unit_test_suite_runner(&eal_flags_suite);
}

REGISTER_TEST_COMMAND(eal_flags_autotest, test_eal_flags);

static long
env_num(const char *key, long def)
{
	char name[64];
	const char *v;

	snprintf(name, sizeof(name), ENV_PREFIX "%s", key);
	v = getenv(name);
	return v != NULL ? strtol(v, NULL, 0) : def;
}

static const char *
env_str(const char *key)
{
	char name[64];

	snprintf(name, sizeof(name), ENV_PREFIX "%s", key);
	return getenv(name);
}

/* The child side: check what the parent expects from the options. */
static int
eal_flags_check(void)
{
	const char *s;
	long v;

	printf("eal_flags_check\n");
	v = env_num("LCORES", -1);
	if (v >= 0 && rte_lcore_count() != (unsigned int)v) {
		printf("lcore count %u, expected %ld\n", rte_lcore_count(), v);
		return TEST_FAILED;
	}
	v = env_num("MAIN", -1);
	if (v >= 0 && rte_get_main_lcore() != (unsigned int)v) {
		printf("main lcore %u, expected %ld\n", rte_get_main_lcore(),
			v);
		return TEST_FAILED;
	}
	if (v >= 0 && rte_lcore_id() != (unsigned int)v) {
		printf("main thread has lcore %u\n", rte_lcore_id());
		return TEST_FAILED;
	}
	v = env_num("CPU0", -1);
	if (v >= 0 && rte_lcore_to_cpu_id(0) != v) {
		printf("lcore 0 on CPU %d, expected %ld\n",
			rte_lcore_to_cpu_id(0), v);
		return TEST_FAILED;
	}
	v = env_num("GLOBAL", -1);
	if (v >= 0 && rte_log_get_global_level() != (uint32_t)v) {
		printf("global log level %u\n", rte_log_get_global_level());
		return TEST_FAILED;
	}
	s = env_str("OPS");
	if (s != NULL &&
		(rte_eal_mbuf_user_pool_ops() == NULL ||
			strcmp(rte_eal_mbuf_user_pool_ops(), s) != 0)) {
		printf("mbuf pool ops '%s', expected '%s'\n",
			rte_eal_mbuf_user_pool_ops(), s);
		return TEST_FAILED;
	}
	s = env_str("LOGTYPE");
	if (s != NULL) {
		/* A type registered after init picks the saved level. */
		char name[64];
		const char *colon = strrchr(s, ':');
		int type;

		snprintf(name, sizeof(name), "%.*s", (int)(colon - s), s);
		type = rte_log_register_type_and_pick_level(name, RTE_LOG_INFO);
		if (type < 0 || rte_log_get_level(type) != atoi(colon + 1)) {
			printf("log type %s level %d, expected %s\n", name,
				rte_log_get_level(type), colon + 1);
			return TEST_FAILED;
		}
	}
	if (env_num("PLUGIN", 0)) {
		int (*marker)(void) = (int (*)(void))dlsym(
			RTLD_DEFAULT, "eal_test_plugin_marker");

		if (marker == NULL || marker() < 0) {
			printf("plugin constructor did not run\n");
			return TEST_FAILED;
		}
	}
	s = env_str("LEVEL");
	if (s != NULL) {
		/* Level of a type that existed before the options. */
		char name[64];
		const char *colon = strrchr(s, ':');
		int type;

		snprintf(name, sizeof(name), "%.*s", (int)(colon - s), s);
		type = rte_log_register(name);
		if (type < 0 || rte_log_get_level(type) != atoi(colon + 1)) {
			printf("log type %s level %d, expected %s\n", name,
				rte_log_get_level(type), colon + 1);
			return TEST_FAILED;
		}
	}
	v = env_num("AFFINITY", -1);
	if (v >= 0) {
		/* The main thread runs on its lcore's CPU, and only there. */
		cpu_set_t set;

		if (sched_getaffinity(0, sizeof(set), &set) != 0 ||
			CPU_COUNT(&set) != 1 || !CPU_ISSET(v, &set)) {
			printf("main thread not pinned to CPU %ld only\n", v);
			return TEST_FAILED;
		}
	}
	v = env_num("INMEM", -1);
	if (v >= 0 && rte_eal_in_memory() != v) {
		printf("rte_eal_in_memory() %d\n", rte_eal_in_memory());
		return TEST_FAILED;
	}
	v = env_num("SIMD", -1);
	if (v >= 0) {
		if (rte_vect_get_max_simd_bitwidth() != v) {
			printf("max SIMD bitwidth %u\n",
				rte_vect_get_max_simd_bitwidth());
			return TEST_FAILED;
		}
		/* Forced by an option: the application may not change it. */
		if (rte_vect_set_max_simd_bitwidth(RTE_VECT_SIMD_512) !=
			-EPERM) {
			printf("forced SIMD bitwidth was changed\n");
			return TEST_FAILED;
		}
	}
	if (env_num("DUP", 0)) {
		/* The built-in ring_mp_mc serves pools, not the plugin's. */
		int (*calls)(void) = (int (*)(void))dlsym(
			RTLD_DEFAULT, "eal_test_plugin_dup_calls");
		struct rte_mempool *mp;
		void *obj = NULL;

		if (calls == NULL) {
			printf("duplicate plugin not loaded\n");
			return TEST_FAILED;
		}
		mp = rte_mempool_create("flags_dup", 63, 64, 0, 0, NULL, NULL,
			NULL, NULL, SOCKET_ID_ANY, 0);
		if (mp == NULL || rte_mempool_get(mp, &obj) != 0) {
			printf("pool on ring_mp_mc failed\n");
			rte_mempool_free(mp);
			return TEST_FAILED;
		}
		rte_mempool_put(mp, obj);
		if (rte_mempool_avail_count(mp) != 63 || calls() != 0) {
			printf("avail %u, plugin callbacks called %d times\n",
				rte_mempool_avail_count(mp), calls());
			rte_mempool_free(mp);
			return TEST_FAILED;
		}
		rte_mempool_free(mp);
	}
	s = env_str("PROC");
	if (s != NULL && strcmp(s, "primary") == 0 &&
		rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("process type %d\n", rte_eal_process_type());
		return TEST_FAILED;
	}
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(eal_flags_check, eal_flags_check);

/* The child of test_rte_exit. */
static int
eal_flags_exit(void)
{
	rte_exit(3, "leaving with %d\n", 42);
}

REGISTER_TEST_COMMAND(eal_flags_exit, eal_flags_exit);
