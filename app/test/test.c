/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * dpdk-test: initialise the EAL, then run the autotests named on the
 * command line, or in DPDK_TEST, or typed at an RTE>> prompt. Besides
 * the tests it has DPDK's dump_* commands, which print the state of
 * this process (memzones, rings, pools, heaps, structure sizes).
 * "help" lists what a user runs: the autotests and the dump commands;
 * "list" lists every command, the helpers tests re-execute included.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_mbuf.h>
#include <rte_memory.h>
#include <rte_mempool.h>
#include <rte_memzone.h>
#include <rte_ring.h>
#include <rte_string_fns.h>

#include "eal_memcfg.h"
#include "test.h"

static struct test_commands_list commands_list =
	TAILQ_HEAD_INITIALIZER(commands_list);

static char file_prefix[64] = "rte";

void
add_test_command(struct test_command *t)
{
	TAILQ_INSERT_TAIL(&commands_list, t, next);
}

static struct test_command *
find_command(const char *name)
{
	struct test_command *t;

	TAILQ_FOREACH(t, &commands_list, next)
		if (strcmp(t->command, name) == 0)
			return t;
	return NULL;
}

static void
list_commands(FILE *f)
{
	struct test_command *t;

	TAILQ_FOREACH(t, &commands_list, next)
		fprintf(f, "%s\n", t->command);
}

static int
is_dump_command(const char *name)
{
	return strncmp(name, "dump_", 5) == 0;
}

/* Autotests and dump commands; not the children tests re-execute. */
static int
is_user_command(const char *name)
{
	size_t n = strlen(name);

	return is_dump_command(name) ||
		(n > 9 && strcmp(name + n - 9, "_autotest") == 0);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
help_commands(FILE *f)
{
	struct test_command *t;
	const char **names;
	size_t n = 0, i;

	TAILQ_FOREACH(t, &commands_list, next)
		n++;
	names = calloc(n + 1, sizeof(*names));
	if (names == NULL)
		return;
	n = 0;
	TAILQ_FOREACH(t, &commands_list, next)
		if (is_user_command(t->command))
			names[n++] = t->command;
	qsort(names, n, sizeof(*names), cmp_names);
	fprintf(f,
		"Commands (autotests and dumps; quit or Ctrl-D to "
		"leave):\n");
	for (i = 0; i < n; i++)
		fprintf(f, "  %s\n", names[i]);
	free(names);
}

static int
run_command(const char *name)
{
	struct test_command *t = find_command(name);
	int ret;

	if (t == NULL) {
		fprintf(stderr, "No such test: %s (type 'list' for the list)\n",
			name);
		return TEST_FAILED;
	}
	/* A dump prints only its dump, as DPDK's do. */
	if (is_dump_command(name)) {
		ret = t->callback();
		fflush(stdout);
		return ret;
	}
	printf("Running %s\n", name);
	fflush(stdout);
	ret = t->callback();
	if (ret == TEST_SUCCESS)
		printf("Test OK\n");
	else if (ret == TEST_SKIPPED)
		printf("Test Skipped\n");
	else
		printf("Test Failed\n");
	fflush(stdout);
	return ret;
}

static int
run_one_case(struct unit_test_suite *suite, struct unit_test_case *tc)
{
	int ret;

	if (!tc->enabled) {
		suite->skipped++;
		printf(" + TestCase [%2u] : %s skipped (disabled)\n",
			suite->total, tc->name);
		return TEST_SKIPPED;
	}
	if (tc->setup != NULL) {
		ret = tc->setup();
		if (ret != TEST_SUCCESS) {
			if (ret == TEST_SKIPPED)
				suite->skipped++;
			else
				suite->failed++;
			printf(" + TestCase [%2u] : %s %s (setup)\n",
				suite->total, tc->name,
				ret == TEST_SKIPPED ? "skipped" : "failed");
			return ret;
		}
	}
	suite->executed++;
	if (tc->testcase != NULL)
		ret = tc->testcase();
	else
		ret = tc->testcase_with_data(tc->data);
	if (tc->teardown != NULL)
		tc->teardown();

	if (ret == TEST_SUCCESS)
		suite->succeeded++;
	else if (ret == TEST_SKIPPED)
		suite->skipped++;
	else if (ret == -ENOTSUP)
		suite->unsupported++;
	else
		suite->failed++;
	printf(" + TestCase [%2u] : %s %s\n", suite->total, tc->name,
		ret == TEST_SUCCESS	      ? "succeeded"
			: ret == TEST_SKIPPED ? "skipped"
			: ret == -ENOTSUP     ? "unsupported"
					      : "failed");
	fflush(stdout);
	return ret;
}

int
unit_test_suite_runner(struct unit_test_suite *suite)
{
	struct unit_test_case *tc;
	int ret;

	suite->total = suite->executed = suite->succeeded = 0;
	suite->failed = suite->skipped = suite->unsupported = 0;

	printf(" + ------------------------------------------------------- "
	       "+\n");
	printf(" + Test Suite : %s\n",
		suite->suite_name ? suite->suite_name : "");

	if (suite->setup != NULL) {
		ret = suite->setup();
		if (ret != TEST_SUCCESS) {
			printf(" + Test Suite %s: setup %s\n",
				suite->suite_name,
				ret == TEST_SKIPPED ? "skipped the suite"
						    : "failed");
			return ret == TEST_SKIPPED ? TEST_SKIPPED : TEST_FAILED;
		}
	}

	for (tc = suite->unit_test_cases; tc->name != NULL; tc++) {
		suite->total++;
		run_one_case(suite, tc);
	}

	if (suite->unit_test_suites != NULL) {
		struct unit_test_suite **sub;

		for (sub = suite->unit_test_suites; *sub != NULL; sub++) {
			ret = unit_test_suite_runner(*sub);
			suite->total += (*sub)->total;
			suite->executed += (*sub)->executed;
			suite->succeeded += (*sub)->succeeded;
			suite->failed += (*sub)->failed;
			suite->skipped += (*sub)->skipped;
			suite->unsupported += (*sub)->unsupported;
		}
	}

	if (suite->teardown != NULL)
		suite->teardown();

	printf(" + ------------------------------------------------------- "
	       "+\n");
	printf(" + Test Suite Summary : %s\n",
		suite->suite_name ? suite->suite_name : "");
	printf(" + Tests Total :       %2u\n", suite->total);
	printf(" + Tests Skipped :     %2u\n", suite->skipped);
	printf(" + Tests Executed :    %2u\n", suite->executed);
	printf(" + Tests Unsupported:  %2u\n", suite->unsupported);
	printf(" + Tests Passed :      %2u\n", suite->succeeded);
	printf(" + Tests Failed :      %2u\n", suite->failed);
	printf(" + ------------------------------------------------------- "
	       "+\n");
	fflush(stdout);

	if (suite->failed > 0)
		return TEST_FAILED;
	if (suite->succeeded == 0 && suite->skipped > 0)
		return TEST_SKIPPED;
	return TEST_SUCCESS;
}

pid_t
test_spawn_self(const char *const argv[], int argc, const char *test_cmd)
{
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		char **args = calloc(argc + 1, sizeof(*args));
		int i;

		if (args == NULL)
			_exit(126);
		for (i = 0; i < argc; i++)
			args[i] = strdup(argv[i]);
		if (test_cmd != NULL)
			setenv("DPDK_TEST", test_cmd, 1);
		else
			unsetenv("DPDK_TEST");
		execv("/proc/self/exe", args);
		_exit(127);
	}
	return pid;
}

int
test_wait_child(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return -1;
}

int
test_exec_self(const char *const argv[], int argc, const char *test_cmd)
{
	pid_t pid = test_spawn_self(argv, argc, test_cmd);

	if (pid < 0)
		return -1;
	return test_wait_child(pid);
}

const char *
test_file_prefix(void)
{
	return file_prefix;
}

long
test_env_long(const char *name, long def)
{
	const char *v = getenv(name);
	char *end;
	long r;

	if (v == NULL || *v == '\0')
		return def;
	r = strtol(v, &end, 0);
	return *end == '\0' ? r : def;
}

int
test_capture_begin(struct test_capture *c)
{
	char path[] = "/tmp/dpdk_test_capture_XXXXXX";

	c->fd = mkstemp(path);
	if (c->fd < 0)
		return -1;
	unlink(path);
	fflush(stdout);
	fflush(stderr);
	c->saved = dup(STDERR_FILENO);
	if (c->saved < 0) {
		close(c->fd);
		return -1;
	}
	dup2(c->fd, STDERR_FILENO);
	return 0;
}

void
test_capture_end(struct test_capture *c, char *out, size_t out_size)
{
	ssize_t n;

	fflush(stderr);
	dup2(c->saved, STDERR_FILENO);
	close(c->saved);
	n = pread(c->fd, out, out_size - 1, 0);
	close(c->fd);
	out[n > 0 ? n : 0] = '\0';
}

int
test_exec_self_capture(const char *const argv[], int argc, const char *test_cmd,
	char *out, size_t out_size)
{
	struct test_capture c;
	int status;

	out[0] = '\0';
	if (test_capture_begin(&c) < 0)
		return -1;
	status = test_exec_self(argv, argc, test_cmd);
	test_capture_end(&c, out, out_size);
	return status;
}

int
test_count_dir(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

int
test_run_child(const char *test_cmd, char *out, size_t out_size)
{
	const char *const argv[] = {
		"dpdk-test", "-l", "0", "--no-huge", "--in-memory"};

	return test_exec_self_capture(
		argv, RTE_DIM(argv), test_cmd, out, out_size);
}

void
test_affinity_widen(cpu_set_t *saved)
{
	cpu_set_t all;
	int i;

	pthread_getaffinity_np(pthread_self(), sizeof(*saved), saved);
	CPU_ZERO(&all);
	for (i = 0; i < CPU_SETSIZE; i++)
		CPU_SET(i, &all);
	/* The kernel drops CPUs the cpuset does not allow. */
	pthread_setaffinity_np(pthread_self(), sizeof(all), &all);
}

void
test_affinity_restore(const cpu_set_t *saved)
{
	pthread_setaffinity_np(pthread_self(), sizeof(*saved), saved);
}

static void
count_memzone(const struct rte_memzone *mz, void *arg)
{
	RTE_SET_USED(mz);
	(*(unsigned int *)arg)++;
}

unsigned int
test_memzone_count(void)
{
	unsigned int n = 0;

	rte_memzone_walk(count_memzone, &n);
	return n;
}

void
test_runtime_sibling_dir(char *buf, size_t len, const char *name)
{
	char parent[PATH_MAX];
	char *slash;

	snprintf(parent, sizeof(parent), "%s", rte_eal_get_runtime_dir());
	slash = strrchr(parent, '/');
	if (slash != NULL)
		*slash = '\0';
	if (snprintf(buf, len, "%s/%s", parent, name) >= (int)len)
		buf[0] = '\0';
}

void
test_heap_stats(struct rte_malloc_socket_stats *st)
{
	rte_malloc_get_socket_stats(0, st);
}

struct rte_malloc_socket_stats test_heap_start;

int
test_heap_mark(void)
{
	test_heap_stats(&test_heap_start);
	return TEST_SUCCESS;
}

int
test_heap_back_to(const struct rte_malloc_socket_stats *start)
{
	struct rte_malloc_socket_stats now;

	test_heap_stats(&now);
	TEST_ASSERT_EQUAL(now.heap_freesz_bytes, start->heap_freesz_bytes,
		"free bytes %zu, %zu at start", now.heap_freesz_bytes,
		start->heap_freesz_bytes);
	TEST_ASSERT_EQUAL(now.greatest_free_size, start->greatest_free_size,
		"largest free block %zu, %zu at start", now.greatest_free_size,
		start->greatest_free_size);
	TEST_ASSERT_EQUAL(now.alloc_count, start->alloc_count,
		"%u busy blocks, %u at start", now.alloc_count,
		start->alloc_count);
	return TEST_SUCCESS;
}

double
test_clock_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void
remember_file_prefix(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--file-prefix=", 14) == 0)
			rte_strlcpy(
				file_prefix, argv[i] + 14, sizeof(file_prefix));
		else if (strcmp(argv[i], "--file-prefix") == 0 && i + 1 < argc)
			rte_strlcpy(
				file_prefix, argv[i + 1], sizeof(file_prefix));
	}
}

static int
exit_code(int ret)
{
	if (ret == TEST_SUCCESS)
		return 0;
	if (ret == TEST_SKIPPED)
		return TEST_SKIPPED;
	return 1;
}

static int
interactive(void)
{
	char line[256];
	int last = TEST_SUCCESS;

	for (;;) {
		char *p;

		printf("RTE>>");
		fflush(stdout);
		if (fgets(line, sizeof(line), stdin) == NULL)
			break;
		p = line + strspn(line, " \t");
		p[strcspn(p, " \t\r\n")] = '\0';
		if (*p == '\0')
			continue;
		if (strcmp(p, "quit") == 0 || strcmp(p, "exit") == 0)
			break;
		if (strcmp(p, "list") == 0) {
			list_commands(stdout);
			continue;
		}
		if (strcmp(p, "help") == 0) {
			help_commands(stdout);
			continue;
		}
		last = run_command(p);
	}
	printf("\n");
	return last;
}

int
main(int argc, char **argv)
{
	const char *env;
	int ret, i;

	remember_file_prefix(argc, argv);
	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "dpdk-test: EAL init failed: %s\n",
			rte_strerror(rte_errno));
		return 1;
	}
	argc -= ret;
	argv += ret;

	env = getenv("DPDK_TEST");
	if (argc > 1) {
		ret = TEST_SUCCESS;
		for (i = 1; i < argc && ret != TEST_FAILED; i++) {
			if (strcmp(argv[i], "list") == 0) {
				list_commands(stdout);
				continue;
			}
			if (strcmp(argv[i], "help") == 0) {
				help_commands(stdout);
				continue;
			}
			ret = run_command(argv[i]);
		}
	} else if (env != NULL && *env != '\0') {
		ret = run_command(env);
	} else {
		ret = interactive();
	}

	rte_eal_cleanup();
	return exit_code(ret);
}

int
test_mempool_dump_contains(struct rte_mempool *mp, const char *what)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int found;

	if (f == NULL)
		return 0;
	rte_mempool_dump(f, mp);
	fclose(f);
	found = buf != NULL && strstr(buf, what) != NULL;
	if (!found)
		printf("dump lacks '%s':\n%s\n", what, buf != NULL ? buf : "");
	free(buf);
	return found;
}

struct rte_mem_config *
test_mem_config(void)
{
	struct eal_mcfg_header hdr;
	char path[PATH_MAX];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "%s/config", rte_eal_get_runtime_dir());
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	n = pread(fd, &hdr, sizeof(hdr), 0);
	close(fd);
	if (n != (ssize_t)sizeof(hdr) || hdr.magic != EAL_MCFG_MAGIC)
		return NULL;
	return (struct rte_mem_config *)(uintptr_t)hdr.config_addr;
}

/* ----- DPDK's dump commands ----- */

static int
dump_memzone(void)
{
	rte_memzone_dump(stdout);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(dump_memzone, dump_memzone);

static int
dump_ring(void)
{
	rte_ring_list_dump(stdout);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(dump_ring, dump_ring);

static int
dump_mempool(void)
{
	rte_mempool_list_dump(stdout);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(dump_mempool, dump_mempool);

static int
dump_struct_sizes(void)
{
	printf("sizeof(struct rte_mbuf) = %zu\n", sizeof(struct rte_mbuf));
	printf("sizeof(struct rte_mempool) = %zu\n",
		sizeof(struct rte_mempool));
	printf("sizeof(struct rte_ring) = %zu\n", sizeof(struct rte_ring));
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(dump_struct_sizes, dump_struct_sizes);

static int
dump_physmem(void)
{
	rte_dump_physmem_layout(stdout);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(dump_physmem, dump_physmem);

static int
dump_malloc_stats(void)
{
	rte_malloc_dump_stats(stdout, NULL);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(dump_malloc_stats, dump_malloc_stats);

static int
dump_malloc_heaps(void)
{
	rte_malloc_dump_heaps(stdout);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(dump_malloc_heaps, dump_malloc_heaps);
