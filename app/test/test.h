/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The dpdk-test framework: assertion macros, unit test suites and the
 * registration of autotest commands.
 */

#ifndef TEST_H
#define TEST_H

#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/types.h>

#include <rte_common.h>
#include <rte_log.h>

#define TEST_SUCCESS 0
#define TEST_FAILED -1
/* Also the exit code meson reads as "skipped". */
#define TEST_SKIPPED 77

#define TEST_TRACE_FAILURE(file, line, func) \
	fprintf(stderr, "  failed at %s:%d (%s)\n", file, line, func)

#define TEST_ASSERT(cond, msg, ...) \
	do { \
		if (!(cond)) { \
			fprintf(stderr, \
				"TestCase %s() line %d failed: " msg "\n", \
				__func__, __LINE__, ##__VA_ARGS__); \
			TEST_TRACE_FAILURE(__FILE__, __LINE__, __func__); \
			return TEST_FAILED; \
		} \
	} while (0)

#define TEST_ASSERT_EQUAL(a, b, msg, ...) \
	TEST_ASSERT((a) == (b), msg, ##__VA_ARGS__)
#define TEST_ASSERT_NOT_EQUAL(a, b, msg, ...) \
	TEST_ASSERT((a) != (b), msg, ##__VA_ARGS__)
#define TEST_ASSERT_SUCCESS(val, msg, ...) \
	TEST_ASSERT((val) == 0, msg, ##__VA_ARGS__)
#define TEST_ASSERT_FAIL(val, msg, ...) \
	TEST_ASSERT((val) != 0, msg, ##__VA_ARGS__)
#define TEST_ASSERT_NULL(val, msg, ...) \
	TEST_ASSERT((val) == NULL, msg, ##__VA_ARGS__)
#define TEST_ASSERT_NOT_NULL(val, msg, ...) \
	TEST_ASSERT((val) != NULL, msg, ##__VA_ARGS__)
#define TEST_ASSERT_BUFFERS_ARE_EQUAL(a, b, len, msg, ...) \
	TEST_ASSERT(memcmp((a), (b), (len)) == 0, msg, ##__VA_ARGS__)

/*
 * expr, a call of the -1 + rte_errno convention, fails with rte_errno
 * err (rte_errno is cleared first, so a stale value cannot pass).
 */
#define TEST_ASSERT_FAIL_ERRNO(expr, err) \
	do { \
		rte_errno = 0; \
		TEST_ASSERT_EQUAL((int)(expr), -1, #expr " did not fail"); \
		TEST_ASSERT_EQUAL( \
			rte_errno, (err), #expr ": rte_errno %d", rte_errno); \
	} while (0)

struct unit_test_case {
	int (*setup)(void);
	void (*teardown)(void);
	int (*testcase)(void);
	int (*testcase_with_data)(const void *data);
	const char *name;
	const void *data;
	int enabled;
};

#define TEST_CASE(fn) \
	{ \
		NULL, NULL, fn, NULL, #fn, NULL, 1 \
	}
#define TEST_CASE_NAMED(name, fn) \
	{ \
		NULL, NULL, fn, NULL, name, NULL, 1 \
	}
#define TEST_CASE_ST(setup, teardown, fn) \
	{ \
		setup, teardown, fn, NULL, #fn, NULL, 1 \
	}
#define TEST_CASE_WITH_DATA(setup, teardown, fn, data) \
	{ \
		setup, teardown, NULL, fn, #fn, data, 1 \
	}
#define TEST_CASE_DISABLED(fn) \
	{ \
		NULL, NULL, fn, NULL, #fn, NULL, 0 \
	}
#define TEST_CASES_END() \
	{ \
		NULL, NULL, NULL, NULL, NULL, NULL, 0 \
	}

struct unit_test_suite {
	const char *suite_name;
	int (*setup)(void);
	void (*teardown)(void);
	unsigned int total;
	unsigned int executed;
	unsigned int succeeded;
	unsigned int failed;
	unsigned int skipped;
	unsigned int unsupported;
	struct unit_test_suite **unit_test_suites; /* NULL-terminated */
	struct unit_test_case unit_test_cases[];
};

/*
 * Run a suite: setup (TEST_SKIPPED skips the whole suite), each enabled
 * case with its own setup/teardown, then teardown. Prints one line per
 * case and a summary. Returns TEST_SUCCESS, TEST_FAILED, or TEST_SKIPPED
 * when nothing ran.
 */
int unit_test_suite_runner(struct unit_test_suite *suite);

typedef int(test_callback)(void);
TAILQ_HEAD(test_commands_list, test_command);
struct test_command {
	TAILQ_ENTRY(test_command) next;
	const char *command;
	test_callback *callback;
};

void add_test_command(struct test_command *t);

/* Register an autotest (or a helper command a test re-execs into). */
#define REGISTER_TEST_COMMAND(cmd, func) \
	static struct test_command test_struct_##cmd = { \
		.command = RTE_STR(cmd), \
		.callback = func, \
	}; \
	RTE_INIT(test_register_##cmd) \
	{ \
		add_test_command(&test_struct_##cmd); \
	}

/*
 * Run this test binary again as a child: argv[0..argc-1] are the child's
 * arguments (argv[0] is its name), DPDK_TEST is set to test_cmd (or
 * removed if NULL). Waits and returns the child's exit status, or
 * 128 + signal if it was killed, or -1 if it could not be started.
 */
int test_exec_self(const char *const argv[], int argc, const char *test_cmd);

/* Same, without waiting: returns the child's pid, or -1. */
pid_t test_spawn_self(const char *const argv[], int argc, const char *test_cmd);

/* Wait for a child from test_spawn_self; same result as test_exec_self. */
int test_wait_child(pid_t pid);

/* The file prefix this process was started with ("rte" if none). */
const char *test_file_prefix(void);

/* Parse an integer environment variable, or return the default. */
long test_env_long(const char *name, long def);

/*
 * Helpers shared by several test files.
 */

/* A redirection of this process's stderr into an unlinked temporary file. */
struct test_capture {
	int fd; /* the temporary file */
	int saved; /* the real stderr */
};

/*
 * Send stderr (ours, and so that of children started meanwhile) to a
 * temporary file until test_capture_end(). Returns 0, or -1 with stderr
 * untouched.
 */
int test_capture_begin(struct test_capture *c);

/*
 * Give stderr back and copy what was written meanwhile into out
 * (NUL-terminated, truncated to out_size - 1 bytes).
 */
void test_capture_end(struct test_capture *c, char *out, size_t out_size);

/*
 * test_exec_self() with the child's stderr copied into out as by
 * test_capture_end(). Returns the child's status, or -1.
 */
int test_exec_self_capture(const char *const argv[], int argc,
	const char *test_cmd, char *out, size_t out_size);

/*
 * Run the registered command test_cmd in a child process of its own: a
 * fresh primary on lcore 0, without hugepages or shared files
 * (--in-memory), so that what it changes (a full handler table, a
 * killed process) stays there. Its stderr is copied into out as by
 * test_capture_end(). Returns its exit status as test_exec_self().
 */
int test_run_child(const char *test_cmd, char *out, size_t out_size);

/*
 * Let the calling thread run on every CPU, saving its affinity in saved:
 * children inherit the affinity of the forking thread, which the EAL
 * pinned to one lcore's CPU.
 */
void test_affinity_widen(cpu_set_t *saved);

/* Give the calling thread back the affinity test_affinity_widen saved. */
void test_affinity_restore(const cpu_set_t *saved);

/*
 * Entries of a folder whose name does not start with '.', or -1 if it
 * cannot be opened. Counting /proc/self/fd sees the descriptor it opens
 * itself.
 */
int test_count_dir(const char *path);

/* Number of memzones reserved, as rte_memzone_walk() sees them. */
unsigned int test_memzone_count(void);

/*
 * "<runtime dir of this process>/../<name>": the runtime directory of
 * file prefix name. buf is "" if it does not fit.
 */
void test_runtime_sibling_dir(char *buf, size_t len, const char *name);

struct rte_malloc_socket_stats;

/* Stats of socket 0's heap (the only node here). */
void test_heap_stats(struct rte_malloc_socket_stats *st);

/*
 * Check that socket 0's heap is back to start: same free bytes, same
 * largest free block, same number of allocated blocks. Returns
 * TEST_SUCCESS, or TEST_FAILED after saying what differs.
 */
int test_heap_back_to(const struct rte_malloc_socket_stats *start);

/* Socket 0's heap stats as the last test_heap_mark() found them. */
extern struct rte_malloc_socket_stats test_heap_start;

/* Case setup: record socket 0's heap stats in test_heap_start. */
int test_heap_mark(void);

/* CLOCK_MONOTONIC time in seconds. */
double test_clock_s(void);

struct rte_mempool;

/*
 * Whether rte_mempool_dump() of mp contains what; if not, the dump is
 * printed. 0 also if the dump could not be taken.
 */
int test_mempool_dump_contains(struct rte_mempool *mp, const char *what);

struct rte_mem_config;

/*
 * The shared config of this process, found through its file's header
 * (tests use only symbols the EAL exports, not eal_mcfg), or NULL
 * without shared files (--in-memory).
 */
struct rte_mem_config *test_mem_config(void);

#endif /* TEST_H */
