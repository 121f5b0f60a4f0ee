/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Telemetry socket and data API. telemetry_autotest talks to this
 * process's own socket with the minimal client of
 * test_telemetry_client.c: the greeting, "/", "/info", "/help", replies
 * of every data shape, and bad input (unknown and over-long commands,
 * binary garbage, silent clients, clients that leave mid-reply, 64
 * clients at once) while a worker lcore keeps using a mempool; no
 * descriptor or thread may be left behind. It also starts children to
 * check --no-telemetry and the socket name of a secondary, and that
 * the sockets of SIGKILLed secondaries are removed (by the next process
 * picking a name and by the primary's exit, which removes the dir).
 * telemetry_data_autotest checks the rte_tel_data_* return codes.
 */

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mempool.h>
#include <rte_telemetry.h>
#include <rte_version.h>

#include "telemetry_internal.h"
#include "test.h"
#include "test_telemetry_client.h"

#define TEL_MAX_OUTPUT 16384
#define TEL_MAX_CLIENTS 10

static char child_log[16384];

/* Commands registered for the test. */
static int
cb_shapes(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	struct rte_tel_data *ints, *u64s, *strs, *inner, *arr;

	if (params == NULL)
		return -1;
	if (strcmp(params, "string") == 0)
		return rte_tel_data_string(d, "a \"quoted\" \\ line\n");
	if (strcmp(params, "empty") == 0)
		return 0; /* nothing started: null */
	if (strcmp(params, "fail") == 0) {
		rte_tel_data_start_dict(d);
		rte_tel_data_add_dict_int(d, "x", 1);
		return -EINVAL;
	}
	if (strcmp(params, "nested") != 0)
		return -1;
	ints = rte_tel_data_alloc();
	u64s = rte_tel_data_alloc();
	strs = rte_tel_data_alloc();
	inner = rte_tel_data_alloc();
	arr = rte_tel_data_alloc();
	if (ints == NULL || u64s == NULL || strs == NULL || inner == NULL ||
		arr == NULL)
		return -ENOMEM;
	rte_tel_data_start_array(ints, RTE_TEL_INT_VAL);
	rte_tel_data_add_array_int(ints, -5);
	rte_tel_data_add_array_int(ints, 7);
	rte_tel_data_start_array(u64s, RTE_TEL_U64_VAL);
	rte_tel_data_add_array_u64(u64s, UINT64_MAX);
	rte_tel_data_start_array(strs, RTE_TEL_STRING_VAL);
	rte_tel_data_add_array_string(strs, "x");
	rte_tel_data_add_array_string(strs, "y");
	rte_tel_data_start_dict(inner);
	rte_tel_data_add_dict_u64(inner, "deep", 42);
	rte_tel_data_start_array(arr, RTE_TEL_CONTAINER);
	rte_tel_data_add_array_container(arr, strs, 0);

	rte_tel_data_start_dict(d);
	rte_tel_data_add_dict_string(d, "s", "text");
	rte_tel_data_add_dict_int(d, "i", -2147483647 - 1);
	rte_tel_data_add_dict_u64(d, "u", 18446744073709551615ULL);
	rte_tel_data_add_dict_container(d, "ints", ints, 0);
	rte_tel_data_add_dict_container(d, "u64s", u64s, 0);
	rte_tel_data_add_dict_container(d, "inner", inner, 0);
	rte_tel_data_add_dict_container(d, "arr", arr, 0);
	return 0;
}

/* A reply far over max_output_len: it must come back cut, but valid. */
static int
cb_big(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	char key[32], val[RTE_TEL_MAX_STRING_LEN];
	unsigned int i;

	memset(val, 'v', sizeof(val) - 1);
	val[sizeof(val) - 1] = '\0';
	rte_tel_data_start_dict(d);
	for (i = 0; i < RTE_TEL_MAX_DICT_ENTRIES; i++) {
		snprintf(key, sizeof(key), "k%u", i);
		rte_tel_data_add_dict_string(d, key, val);
	}
	return 0;
}

static int slow_running;

static int
cb_slow(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	__atomic_store_n(&slow_running, 1, __ATOMIC_RELEASE);
	usleep(300 * 1000);
	__atomic_store_n(&slow_running, 0, __ATOMIC_RELEASE);
	return rte_tel_data_string(d, "done");
}

RTE_INIT(test_telemetry_cmds)
{
	rte_telemetry_register_cmd("/test/shapes", cb_shapes,
		"Reply shapes for the tests. Parameters: shape");
	rte_telemetry_register_cmd(
		"/test/big", cb_big, "A reply over max_output_len");
	rte_telemetry_register_cmd(
		"/test/slow", cb_slow, "Answers after 300 ms");
}

static const char *
sock_path(void)
{
	return rte_telemetry_socket_path();
}

static int
test_socket_file(void)
{
	char expect[PATH_MAX];
	struct stat st;

	TEST_ASSERT_NOT_NULL(sock_path(), "telemetry not running");
	snprintf(expect, sizeof(expect), "%s/dpdk_telemetry.v2",
		rte_eal_get_runtime_dir());
	TEST_ASSERT(strcmp(sock_path(), expect) == 0, "socket %s, not %s",
		sock_path(), expect);
	TEST_ASSERT_SUCCESS(stat(expect, &st), "stat %s", expect);
	TEST_ASSERT(S_ISSOCK(st.st_mode), "not a socket");
	TEST_ASSERT_EQUAL(st.st_mode & 0777, 0600u, "mode %o",
		(unsigned int)(st.st_mode & 0777));
	TEST_ASSERT_EQUAL(st.st_uid, geteuid(), "owner %u", st.st_uid);
	return TEST_SUCCESS;
}

static int
test_greeting_and_info(void)
{
	char greeting[1024];
	const struct tj *v;
	struct tj *root, *r;
	int fd, ok, i;

	fd = tel_connect(sock_path(), greeting, sizeof(greeting));
	TEST_ASSERT(fd >= 0, "connect");
	root = tj_parse(greeting);
	TEST_ASSERT_NOT_NULL(root, "greeting not JSON: %s", greeting);
	TEST_ASSERT_EQUAL(root->n, 3u, "greeting has %u members", root->n);
	v = tj_get(root, "version");
	TEST_ASSERT(v != NULL && v->type == TJ_STR &&
			strcmp(v->str, rte_version()) == 0,
		"version");
	TEST_ASSERT_EQUAL(
		tj_i64(tj_get(root, "pid"), &ok), (int64_t)getpid(), "pid");
	TEST_ASSERT(ok, "pid not a number");
	TEST_ASSERT_EQUAL(tj_i64(tj_get(root, "max_output_len"), &ok),
		TEL_MAX_OUTPUT, "max_output_len");
	tj_free(root);

	r = tel_query(fd, "/info");
	v = tj_reply(r, "/info");
	TEST_ASSERT_NOT_NULL(v, "/info reply");
	TEST_ASSERT(strcmp(tj_get(v, "version")->str, rte_version()) == 0,
		"/info version");
	TEST_ASSERT_EQUAL(
		tj_i64(tj_get(v, "pid"), &ok), (int64_t)getpid(), "/info pid");
	TEST_ASSERT_EQUAL(tj_i64(tj_get(v, "max_output_len"), &ok),
		TEL_MAX_OUTPUT, "/info max_output_len");
	tj_free(r);

	/* "/" lists every command, sorted. */
	r = tel_query(fd, "/");
	v = tj_reply(r, "/");
	TEST_ASSERT(v != NULL && v->type == TJ_ARR, "/ reply");
	for (i = 0; i + 1 < (int)v->n; i++)
		TEST_ASSERT(strcmp(tj_at(v, i)->str, tj_at(v, i + 1)->str) < 0,
			"/ not sorted at %d", i);
	{
		static const char *const want[] = {
			"/", "/help", "/info", "/test/shapes"};
		unsigned int w, k;

		for (w = 0; w < RTE_DIM(want); w++) {
			int found = 0;

			for (k = 0; k < v->n; k++)
				found |= strcmp(tj_at(v, k)->str, want[w]) == 0;
			TEST_ASSERT(found, "/ lacks %s", want[w]);
		}
	}
	tj_free(r);

	r = tel_query(fd, "/help,/info");
	v = tj_reply(r, "/help");
	TEST_ASSERT(v != NULL && tj_get(v, "/info") != NULL &&
			strstr(tj_get(v, "/info")->str, "Telemetry") != NULL,
		"/help,/info");
	tj_free(r);
	r = tel_query(fd, "/help");
	v = tj_reply(r, "/help");
	TEST_ASSERT(v != NULL && v->type == TJ_NULL, "/help without param");
	tj_free(r);
	r = tel_query(fd, "/help,/no/such");
	v = tj_reply(r, "/help");
	TEST_ASSERT(v != NULL && v->type == TJ_NULL, "/help of unknown");
	tj_free(r);
	close(fd);
	return TEST_SUCCESS;
}

static int
test_reply_shapes(void)
{
	const struct tj *v, *m;
	struct tj *r;
	int fd, ok;
	char buf[TEL_MAX_OUTPUT + 1];
	int n;

	fd = tel_connect(sock_path(), NULL, 0);
	TEST_ASSERT(fd >= 0, "connect");

	r = tel_query(fd, "/test/shapes,string");
	v = tj_reply(r, "/test/shapes");
	TEST_ASSERT(v != NULL && v->type == TJ_STR &&
			strcmp(v->str, "a \"quoted\" \\ line\n") == 0,
		"string reply");
	tj_free(r);

	r = tel_query(fd, "/test/shapes,nested");
	v = tj_reply(r, "/test/shapes");
	TEST_ASSERT(v != NULL && v->type == TJ_OBJ && v->n == 7, "nested");
	TEST_ASSERT(strcmp(tj_get(v, "s")->str, "text") == 0, "s");
	TEST_ASSERT_EQUAL(tj_i64(tj_get(v, "i"), &ok), INT32_MIN, "i");
	TEST_ASSERT_EQUAL(tj_u64(tj_get(v, "u"), &ok), UINT64_MAX, "u");
	m = tj_get(v, "ints");
	TEST_ASSERT(m != NULL && m->n == 2 && tj_i64(tj_at(m, 0), &ok) == -5 &&
			tj_i64(tj_at(m, 1), &ok) == 7,
		"ints");
	m = tj_get(v, "u64s");
	TEST_ASSERT(m != NULL && m->n == 1 &&
			tj_u64(tj_at(m, 0), &ok) == UINT64_MAX,
		"u64s");
	m = tj_get(v, "inner");
	TEST_ASSERT(m != NULL && m->type == TJ_OBJ &&
			tj_u64(tj_get(m, "deep"), &ok) == 42,
		"inner dict");
	m = tj_get(v, "arr");
	TEST_ASSERT(m != NULL && m->type == TJ_ARR && m->n == 1 &&
			tj_at(m, 0)->type == TJ_ARR &&
			strcmp(tj_at(tj_at(m, 0), 1)->str, "y") == 0,
		"array of containers");
	tj_free(r);

	r = tel_query(fd, "/test/shapes,empty");
	v = tj_reply(r, "/test/shapes");
	TEST_ASSERT(v != NULL && v->type == TJ_NULL, "empty reply not null");
	tj_free(r);
	r = tel_query(fd, "/test/shapes,fail");
	v = tj_reply(r, "/test/shapes");
	TEST_ASSERT(v != NULL && v->type == TJ_NULL, "failed cb not null");
	tj_free(r);

	/* Over max_output_len: cut to fit, still one valid JSON value. */
	n = tel_request(fd, "/test/big", 9, buf, sizeof(buf));
	TEST_ASSERT(n > 0 && n < TEL_MAX_OUTPUT, "big reply %d bytes", n);
	r = tj_parse(buf);
	v = tj_reply(r, "/test/big");
	TEST_ASSERT(v != NULL && v->type == TJ_OBJ && v->n > 50 &&
			v->n < RTE_TEL_MAX_DICT_ENTRIES,
		"big reply has %u entries", v != NULL ? v->n : 0);
	tj_free(r);
	close(fd);
	return TEST_SUCCESS;
}

/* Worker lcore: gets and puts until told to stop. */
static int worker_stop;
static uint64_t worker_rounds;

static int
worker_loop(void *arg)
{
	struct rte_mempool *mp = arg;
	void *objs[8];

	while (!__atomic_load_n(&worker_stop, __ATOMIC_ACQUIRE)) {
		if (rte_mempool_get_bulk(mp, objs, RTE_DIM(objs)) < 0)
			return -1;
		rte_mempool_put_bulk(mp, objs, RTE_DIM(objs));
		__atomic_fetch_add(&worker_rounds, 1, __ATOMIC_RELAXED);
	}
	return 0;
}

static uint64_t
rounds(void)
{
	return __atomic_load_n(&worker_rounds, __ATOMIC_RELAXED);
}

/* True when the worker made progress within two seconds. */
static int
worker_alive(void)
{
	uint64_t start = rounds();
	int i;

	for (i = 0; i < 2000; i++) {
		if (rounds() > start)
			return 1;
		usleep(1000);
	}
	return 0;
}

/* Expect either a null reply for key, or the connection closed. */
static int
expect_null_or_closed(int fd, const void *req, size_t len, const char *what)
{
	char buf[TEL_MAX_OUTPUT + 1];
	const struct tj *v;
	struct tj *r;
	int n;

	n = tel_request(fd, req, len, buf, sizeof(buf));
	if (n == 0)
		return TEST_SUCCESS;
	TEST_ASSERT(n > 0, "%s: no reply", what);
	r = tj_parse(buf);
	TEST_ASSERT_NOT_NULL(r, "%s: reply not JSON: %s", what, buf);
	TEST_ASSERT(r->type == TJ_OBJ && r->n == 1, "%s: reply shape", what);
	v = r->child;
	TEST_ASSERT(v->type == TJ_NULL, "%s: reply not null: %s", what, buf);
	TEST_ASSERT(strlen(v->key) < 56, "%s: key not cut", what);
	tj_free(r);
	return TEST_SUCCESS;
}

static int
info_works(int fd)
{
	struct tj *r = tel_query(fd, "/info");
	int ok = tj_reply(r, "/info") != NULL;

	tj_free(r);
	return ok;
}

static int
settle_counts(int fds, int threads)
{
	int i;

	/* Client threads end (and close their socket) asynchronously. */
	for (i = 0; i < 500; i++) {
		if (tel_count_fds() == fds && tel_count_threads() == threads)
			return 1;
		usleep(10 * 1000);
	}
	printf("fds %d (were %d), threads %d (were %d)\n", tel_count_fds(), fds,
		tel_count_threads(), threads);
	return 0;
}

static int
abuse(void)
{
	char garbage[700];
	char longcmd[2000];
	int fds[64];
	int fd, idle, i, served = 0, closed = 0;

	fd = tel_connect(sock_path(), NULL, 0);
	TEST_ASSERT(fd >= 0, "connect");

	/* Unknown command. */
	TEST_ASSERT_SUCCESS(
		expect_null_or_closed(fd, "/no/such/cmd", 12, "unknown"),
		"unknown");
	TEST_ASSERT(info_works(fd), "after unknown");
	/* Command name over the maximum (56). */
	memset(longcmd, 'a', sizeof(longcmd));
	longcmd[0] = '/';
	TEST_ASSERT_SUCCESS(
		expect_null_or_closed(fd, longcmd, 80, "long cmd"), "long cmd");
	TEST_ASSERT(info_works(fd), "after long cmd");
	/* Message over the input buffer. */
	TEST_ASSERT_SUCCESS(expect_null_or_closed(fd, longcmd, sizeof(longcmd),
				    "long message"),
		"long message");
	TEST_ASSERT(info_works(fd), "after long message");
	/* Same, but a valid command followed by a huge parameter. */
	memcpy(longcmd, "/info,", 6);
	TEST_ASSERT_SUCCESS(expect_null_or_closed(fd, longcmd, sizeof(longcmd),
				    "long params"),
		"long params");
	/* Binary garbage, NULs and quotes included. */
	srand(12);
	for (i = 0; i < 20; i++) {
		size_t k;

		for (k = 0; k < sizeof(garbage); k++)
			garbage[k] = (char)(rand() & 0xff);
		if (i == 0)
			garbage[0] = '\0';
		if (expect_null_or_closed(fd, garbage, sizeof(garbage),
			    "garbage") != TEST_SUCCESS)
			return TEST_FAILED;
	}
	if (info_works(fd) == 0) {
		close(fd);
		fd = tel_connect(sock_path(), NULL, 0);
		TEST_ASSERT(fd >= 0 && info_works(fd), "server gone");
	}

	/* A client that connects and sends nothing blocks no one. */
	idle = tel_connect(sock_path(), NULL, 0);
	TEST_ASSERT(idle >= 0, "idle connect");
	TEST_ASSERT(info_works(fd), "with an idle client");

	/* Clients that leave in the middle of a (large) reply. */
	for (i = 0; i < 30; i++) {
		int c = -1, tries;

		/*
		 * Slow commands keep their threads busy after the client has
		 * gone, so a connect may meet the connection cap and be closed:
		 * that is the documented answer, so wait for a free slot.
		 */
		for (tries = 0; c < 0 && tries < 400; tries++) {
			c = tel_connect(sock_path(), NULL, 0);
			if (c < 0)
				usleep(25 * 1000);
		}
		TEST_ASSERT(c >= 0, "connect %d", i);
		send(c, "/test/big", 9, MSG_NOSIGNAL);
		if (i % 2)
			send(c, "/test/slow", 10, MSG_NOSIGNAL);
		close(c);
	}
	TEST_ASSERT(worker_alive(), "data path stalled");
	TEST_ASSERT(info_works(fd), "after clients left mid-reply");

	/* 64 at once: up to the cap are served, the others closed. */
	close(fd);
	for (i = 0; i < 64; i++) {
		char g[1024];

		fds[i] = tel_connect(sock_path(), g, sizeof(g));
		if (fds[i] >= 0) {
			struct tj *r = tj_parse(g);

			TEST_ASSERT_NOT_NULL(r, "greeting %d not JSON", i);
			tj_free(r);
			served++;
		} else {
			closed++;
		}
	}
	printf("64 clients: %d served, %d closed (one idle client open)\n",
		served, closed);
	TEST_ASSERT(served >= 1 && served <= TEL_MAX_CLIENTS - 1,
		"%d served with the cap at %d", served, TEL_MAX_CLIENTS);
	TEST_ASSERT_EQUAL(served + closed, 64, "lost clients");
	for (i = 0; i < 64; i++)
		if (fds[i] >= 0)
			TEST_ASSERT(info_works(fds[i]), "client %d", i);
	TEST_ASSERT(worker_alive(), "data path stalled under 64 clients");
	for (i = 0; i < 64; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	close(idle);
	return TEST_SUCCESS;
}

static int
test_bad_input(void)
{
	struct rte_mempool *mp;
	unsigned int worker;
	int fds, threads, ret, fd;
	uint64_t before;

	worker = rte_get_next_lcore(-1, 1, 0);
	if (worker >= RTE_MAX_LCORE) {
		printf("needs two lcores\n");
		return TEST_SKIPPED;
	}
	mp = rte_mempool_create("test_tel_dp", 1023, 64, 32, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "mempool");

	/* Let earlier cases' client threads finish before counting. */
	usleep(100 * 1000);
	fds = tel_count_fds();
	threads = tel_count_threads();

	__atomic_store_n(&worker_stop, 0, __ATOMIC_RELAXED);
	__atomic_store_n(&worker_rounds, 0, __ATOMIC_RELAXED);
	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(worker_loop, mp, worker), "launch");
	TEST_ASSERT(worker_alive(), "worker not running");

	/* A slow command does not hold the data path. */
	fd = tel_connect(sock_path(), NULL, 0);
	TEST_ASSERT(fd >= 0, "connect");
	send(fd, "/test/slow", 10, MSG_NOSIGNAL);
	while (!__atomic_load_n(&slow_running, __ATOMIC_ACQUIRE))
		usleep(1000);
	before = rounds();
	usleep(100 * 1000);
	TEST_ASSERT(__atomic_load_n(&slow_running, __ATOMIC_ACQUIRE) &&
			rounds() > before,
		"data path waited for a callback");
	close(fd);

	ret = abuse();

	__atomic_store_n(&worker_stop, 1, __ATOMIC_RELEASE);
	TEST_ASSERT_SUCCESS(rte_eal_wait_lcore(worker), "worker failed");
	TEST_ASSERT_EQUAL(ret, TEST_SUCCESS, "bad input case failed");
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(mp), 1023u,
		"objects lost: %u available", rte_mempool_avail_count(mp));
	rte_mempool_free(mp);

	TEST_ASSERT(
		settle_counts(fds, threads), "descriptors or threads leaked");
	fd = tel_connect(sock_path(), NULL, 0);
	TEST_ASSERT(fd >= 0 && info_works(fd), "server gone after abuse");
	close(fd);
	return TEST_SUCCESS;
}

/* Stop and start again in the same process: nothing left over. */
static int
test_restart(void)
{
	int fds, threads, fd;
	char path[PATH_MAX];
	struct stat st;
	cpu_set_t set;

	snprintf(path, sizeof(path), "%s", sock_path());
	usleep(100 * 1000);
	fds = tel_count_fds();
	threads = tel_count_threads();
	fd = tel_connect(path, NULL, 0);
	TEST_ASSERT(fd >= 0, "connect");

	/* Stopping ends live connections too. */
	rte_telemetry_stop();
	TEST_ASSERT_NULL(rte_telemetry_socket_path(), "still running");
	TEST_ASSERT(stat(path, &st) < 0 && errno == ENOENT, "socket file left");
	{
		char buf[64];

		TEST_ASSERT(tel_request(fd, "/info", 5, buf, sizeof(buf)) <= 0,
			"stopped server answered");
	}
	close(fd);
	TEST_ASSERT_EQUAL(tel_count_fds(), fds - 1, "fds after stop");
	TEST_ASSERT_EQUAL(
		tel_count_threads(), threads - 1, "threads after stop");

	CPU_ZERO(&set);
	CPU_SET(0, &set);
	TEST_ASSERT_SUCCESS(
		rte_telemetry_init(rte_eal_get_runtime_dir(), rte_version(),
			&set, rte_log, RTE_LOGTYPE_EAL),
		"restart");
	TEST_ASSERT(rte_telemetry_init(rte_eal_get_runtime_dir(), rte_version(),
			    NULL, NULL, 0) < 0,
		"second init accepted");
	TEST_ASSERT(strcmp(sock_path(), path) == 0, "new path %s", sock_path());
	fd = tel_connect(path, NULL, 0);
	TEST_ASSERT(fd >= 0 && info_works(fd), "restarted server");
	close(fd);
	TEST_ASSERT(settle_counts(fds, threads), "leak across restart");
	return TEST_SUCCESS;
}

static int
run_child(const char *extra, const char *cmd)
{
	char pfx[128];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge", pfx,
		"--proc-type=secondary", extra};
	int status;

	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	status = test_exec_self_capture(
		argv, extra != NULL ? 7 : 6, cmd, child_log, sizeof(child_log));
	printf("child %s (%s) exit %d, stderr:\n%s", cmd,
		extra != NULL ? extra : "", status, child_log);
	return status;
}

/* <runtime dir>/dpdk_telemetry.v2:<n>, a secondary's socket name. */
static const char *
nth_sock_path(char *buf, size_t len, int n)
{
	snprintf(buf, len, "%s/dpdk_telemetry.v2:%d", rte_eal_get_runtime_dir(),
		n);
	return buf;
}

/* Child: --no-telemetry leaves no socket, the primary's stays. */
static int
child_no_telemetry(void)
{
	char path[PATH_MAX];
	struct stat st;

	TEST_ASSERT_NULL(rte_telemetry_socket_path(), "telemetry running");
	TEST_ASSERT(stat(nth_sock_path(path, sizeof(path), 1), &st) < 0,
		"%s exists", path);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(telemetry_child_none, child_no_telemetry);

/* Child secondary: its own socket, dpdk_telemetry.v2:1, its own pid. */
static int
child_secondary(void)
{
	char path[PATH_MAX + 8], base[PATH_MAX];
	const struct tj *v;
	struct tj *r;
	int fd, ok;
	pid_t primary;

	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_SECONDARY, "not a secondary");
	snprintf(base, sizeof(base), "%s/dpdk_telemetry.v2",
		rte_eal_get_runtime_dir());
	snprintf(path, sizeof(path), "%s:1", base);
	TEST_ASSERT_NOT_NULL(rte_telemetry_socket_path(), "no telemetry");
	TEST_ASSERT(strcmp(rte_telemetry_socket_path(), path) == 0,
		"secondary socket %s", rte_telemetry_socket_path());
	fd = tel_connect(path, NULL, 0);
	TEST_ASSERT(fd >= 0, "connect to own socket");
	r = tel_query(fd, "/info");
	v = tj_reply(r, "/info");
	TEST_ASSERT_EQUAL(
		tj_i64(tj_get(v, "pid"), &ok), (int64_t)getpid(), "own pid");
	tj_free(r);
	close(fd);
	fd = tel_connect(base, NULL, 0);
	TEST_ASSERT(fd >= 0, "connect to the primary's socket");
	r = tel_query(fd, "/info");
	v = tj_reply(r, "/info");
	primary = (pid_t)tj_i64(tj_get(v, "pid"), &ok);
	tj_free(r);
	close(fd);
	TEST_ASSERT(primary == getppid(), "primary pid %d, parent %d",
		(int)primary, (int)getppid());
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(telemetry_child_secondary, child_secondary);

static int
test_children(void)
{
	char path[PATH_MAX];
	struct stat st;

	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("needs a primary with shared files\n");
		return TEST_SKIPPED;
	}
	TEST_ASSERT_EQUAL(run_child(NULL, "telemetry_child_secondary"), 0,
		"secondary child");
	snprintf(path, sizeof(path), "%s/dpdk_telemetry.v2:1",
		rte_eal_get_runtime_dir());
	TEST_ASSERT(stat(path, &st) < 0, "secondary left %s", path);
	TEST_ASSERT_EQUAL(run_child("--no-telemetry", "telemetry_child_none"),
		0, "no-telemetry child");
	return TEST_SUCCESS;
}

/* ----- sockets of killed secondaries ----- */

#define LINGER_S 30

/* Child secondary: serve telemetry until killed (at most LINGER_S). */
static int
child_linger(void)
{
	unsigned int i;

	TEST_ASSERT_NOT_NULL(rte_telemetry_socket_path(), "no telemetry");
	for (i = 0; i < LINGER_S * 10; i++)
		usleep(100 * 1000);
	printf("not killed within %d s\n", LINGER_S);
	return TEST_FAILED;
}
REGISTER_TEST_COMMAND(telemetry_child_linger, child_linger);

/* Child secondary: the dead processes' names are free again. */
static int
child_after_kills(void)
{
	char path[PATH_MAX];
	struct stat st;

	nth_sock_path(path, sizeof(path), 1);
	TEST_ASSERT(rte_telemetry_socket_path() != NULL &&
			strcmp(rte_telemetry_socket_path(), path) == 0,
		"socket %s, want the first free name %s",
		rte_telemetry_socket_path(), path);
	TEST_ASSERT(lstat(nth_sock_path(path, sizeof(path), 2), &st) < 0,
		"stale %s not removed", path);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(telemetry_child_after_kills, child_after_kills);

static void
sweep_argv(const char **argv, char *pfx, size_t len)
{
	snprintf(pfx, len, "--file-prefix=%s", test_file_prefix());
	argv[0] = "dpdk-test";
	argv[1] = "--lcores=1@0";
	argv[2] = "--no-huge";
	argv[3] = pfx;
	argv[4] = "--proc-type=secondary";
}

/*
 * Start a lingering secondary and wait until it listens on
 * dpdk_telemetry.v2:<n>; its pid, or -1.
 */
static pid_t
linger_start(int n)
{
	char pfx[128], path[PATH_MAX];
	const char *argv[5];
	unsigned int i;
	pid_t pid;
	int fd;

	sweep_argv(argv, pfx, sizeof(pfx));
	nth_sock_path(path, sizeof(path), n);
	pid = test_spawn_self(argv, RTE_DIM(argv), "telemetry_child_linger");
	if (pid < 0)
		return -1;
	for (i = 0; i < 200; i++) {
		fd = tel_connect(path, NULL, 0);
		if (fd >= 0) {
			close(fd);
			return pid;
		}
		usleep(50 * 1000);
	}
	printf("secondary %d never listened on %s\n", (int)pid, path);
	kill(pid, SIGKILL);
	test_wait_child(pid);
	return -1;
}

/* Whether dpdk_telemetry.v2:<n> exists in the runtime dir. */
static int
sock_exists(int n)
{
	char path[PATH_MAX];
	struct stat st;

	return lstat(nth_sock_path(path, sizeof(path), n), &st) == 0;
}

/* SIGKILL pid; 0 once it is reaped and its socket file stayed. */
static int
linger_kill(pid_t pid, int n)
{
	char path[PATH_MAX];
	struct stat st;

	kill(pid, SIGKILL);
	if (test_wait_child(pid) != 128 + SIGKILL)
		return -1;
	nth_sock_path(path, sizeof(path), n);
	/* What the kill leaves: the file, with nobody behind it. */
	if (lstat(path, &st) < 0 || !S_ISSOCK(st.st_mode) ||
		tel_connect(path, NULL, 0) >= 0) {
		printf("%s: not a stale socket after the kill\n", path);
		return -1;
	}
	return 0;
}

/* Whether the rte_mp socket of pid (mp_socket_<pid>_<tsc>) exists. */
static int
mp_sock_exists(pid_t pid)
{
	DIR *d = opendir(rte_eal_get_runtime_dir());
	struct dirent *e;
	char want[64];
	int found = 0;

	if (d == NULL)
		return 0;
	snprintf(want, sizeof(want), "mp_socket_%d_", (int)pid);
	while (!found && (e = readdir(d)) != NULL)
		found = strncmp(e->d_name, want, strlen(want)) == 0;
	closedir(d);
	return found;
}

/*
 * Two secondaries on :1 and :2, SIGKILLed: 0 once both left their
 * telemetry and rte_mp sockets; their pids in pids.
 */
static int
two_killed(pid_t pids[2])
{
	pid_t a, b;

	a = linger_start(1);
	if (a < 0)
		return -1;
	b = linger_start(2);
	if (b < 0) {
		kill(a, SIGKILL);
		test_wait_child(a);
		return -1;
	}
	pids[0] = a;
	pids[1] = b;
	if (linger_kill(a, 1) < 0 || linger_kill(b, 2) < 0)
		return -1;
	if (!mp_sock_exists(a) || !mp_sock_exists(b)) {
		printf("a killed secondary left no rte_mp socket\n");
		return -1;
	}
	return 0;
}

/*
 * Child primary (own prefix): two secondaries killed leave
 * dpdk_telemetry.v2:1 and :2 (and their rte_mp sockets); the next
 * secondary takes :1 again and removes :2 and the rte_mp sockets; one
 * more is killed, and this primary's exit must still remove its
 * runtime dir (the parent checks).
 */
static int
child_sweep_primary(void)
{
	char pfx[128];
	const char *argv[5];
	pid_t pids[2];
	int status;
	pid_t c;

	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_PRIMARY, "not a primary");
	TEST_ASSERT_SUCCESS(two_killed(pids), "first two");
	/* The primary's own socket is live: only the two dead ones go. */
	TEST_ASSERT_EQUAL(
		rte_telemetry_sweep(rte_eal_get_runtime_dir()), 2, "sweep");
	TEST_ASSERT(!sock_exists(1) && !sock_exists(2), "left by the sweep");
	/* Two more dead ones for the next process to find. */
	TEST_ASSERT_SUCCESS(two_killed(pids), "next two");
	sweep_argv(argv, pfx, sizeof(pfx));
	status = test_exec_self(
		argv, RTE_DIM(argv), "telemetry_child_after_kills");
	TEST_ASSERT_EQUAL(status, 0, "next secondary: exit %d", status);
	/* Its attach also removed the dead ones' rte_mp sockets. */
	TEST_ASSERT(!mp_sock_exists(pids[0]) && !mp_sock_exists(pids[1]),
		"rte_mp sockets of dead secondaries left");
	c = linger_start(1);
	TEST_ASSERT(c > 0, "last secondary");
	TEST_ASSERT_SUCCESS(linger_kill(c, 1), "kill the last");
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(telemetry_child_sweep_primary, child_sweep_primary);

static int
test_killed_secondaries(void)
{
	char name[96], pfx[128], dir[PATH_MAX];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge", pfx};
	struct stat st;
	int status;

	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("needs a primary with shared files\n");
		return TEST_SKIPPED;
	}
	snprintf(name, sizeof(name), "%s_sweep", test_file_prefix());
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", name);
	test_runtime_sibling_dir(dir, sizeof(dir), name);
	status = test_exec_self_capture(argv, RTE_DIM(argv),
		"telemetry_child_sweep_primary", child_log, sizeof(child_log));
	printf("child primary exit %d, stderr:\n%s", status, child_log);
	TEST_ASSERT_EQUAL(status, 0, "child primary");
	TEST_ASSERT(lstat(dir, &st) < 0 && errno == ENOENT,
		"runtime dir %s left after the primary's exit (%d entries)",
		dir, test_count_dir(dir));
	return TEST_SUCCESS;
}

static struct unit_test_suite telemetry_suite = {
	.suite_name = "telemetry socket",
	.unit_test_cases =
		{
			TEST_CASE(test_socket_file),
			TEST_CASE(test_greeting_and_info),
			TEST_CASE(test_reply_shapes),
			TEST_CASE(test_bad_input),
			TEST_CASE(test_restart),
			TEST_CASE(test_children),
			TEST_CASE(test_killed_secondaries),
			TEST_CASES_END(),
		},
};

static int
test_telemetry(void)
{
	if (rte_telemetry_socket_path() == NULL) {
		printf("telemetry is off (--no-telemetry)\n");
		return TEST_SKIPPED;
	}
	return unit_test_suite_runner(&telemetry_suite);
}
REGISTER_TEST_COMMAND(telemetry_autotest, test_telemetry);

static int
test_data_codes(void)
{
	struct rte_tel_data *d = rte_tel_data_alloc();
	struct rte_tel_data *c = rte_tel_data_alloc();
	char longstr[RTE_TEL_MAX_SINGLE_STRING_LEN + 10];
	unsigned int i;

	TEST_ASSERT(d != NULL && c != NULL, "alloc");
	TEST_ASSERT_EQUAL(rte_tel_data_start_array(NULL, RTE_TEL_INT_VAL),
		-EINVAL, "NULL data");
	TEST_ASSERT_EQUAL(
		rte_tel_data_start_array(d, (enum rte_tel_value_type)9),
		-EINVAL, "bad type");

	/* Arrays: right type only, 512 entries, long strings cut. */
	TEST_ASSERT_SUCCESS(
		rte_tel_data_start_array(d, RTE_TEL_U64_VAL), "start u64");
	TEST_ASSERT_EQUAL(
		rte_tel_data_add_array_int(d, 1), -EINVAL, "int in u64 array");
	TEST_ASSERT_EQUAL(rte_tel_data_add_array_string(d, "x"), -EINVAL,
		"string in u64 array");
	TEST_ASSERT_EQUAL(rte_tel_data_add_dict_u64(d, "k", 1), -EINVAL,
		"dict add on array");
	for (i = 0; i < RTE_TEL_MAX_ARRAY_ENTRIES; i++)
		TEST_ASSERT_SUCCESS(
			rte_tel_data_add_array_u64(d, i), "add %u", i);
	TEST_ASSERT_EQUAL(rte_tel_data_add_array_u64(d, 1), -ENOSPC, "full");

	memset(longstr, 's', sizeof(longstr) - 1);
	longstr[sizeof(longstr) - 1] = '\0';
	TEST_ASSERT_SUCCESS(
		rte_tel_data_start_array(d, RTE_TEL_STRING_VAL), "start str");
	TEST_ASSERT_EQUAL(rte_tel_data_add_array_string(d, longstr), E2BIG,
		"long string");
	TEST_ASSERT_EQUAL(
		rte_tel_data_add_array_string(d, NULL), -EINVAL, "NULL string");
	TEST_ASSERT_EQUAL(
		rte_tel_data_string(d, longstr), E2BIG, "long single string");
	TEST_ASSERT_SUCCESS(rte_tel_data_string(d, "ok"), "string");

	/* Dicts: 256 entries, key characters, E2BIG on a long key. */
	TEST_ASSERT_SUCCESS(rte_tel_data_start_dict(d), "start dict");
	TEST_ASSERT_EQUAL(rte_tel_data_add_dict_int(d, "bad key", 1), -EINVAL,
		"key with a space");
	TEST_ASSERT_EQUAL(rte_tel_data_add_dict_int(d, "bad\"key", 1), -EINVAL,
		"key with a quote");
	TEST_ASSERT_EQUAL(rte_tel_data_add_dict_string(d, "k", NULL), -EINVAL,
		"NULL value");
	TEST_ASSERT_EQUAL(rte_tel_data_add_dict_string(d, "k", longstr), E2BIG,
		"long value");
	TEST_ASSERT_EQUAL(
		rte_tel_data_add_array_u64(d, 1), -EINVAL, "array add on dict");
	TEST_ASSERT_EQUAL(rte_tel_data_add_dict_container(d, "c", c, 0),
		-EINVAL, "container not started");
	TEST_ASSERT_EQUAL(rte_tel_data_add_dict_container(d, "c", d, 1),
		-EINVAL, "itself");
	for (i = 1; i < RTE_TEL_MAX_DICT_ENTRIES; i++)
		TEST_ASSERT_SUCCESS(
			rte_tel_data_add_dict_u64(d, "k_1/x", i), "add %u", i);
	TEST_ASSERT_EQUAL(
		rte_tel_data_add_dict_u64(d, "k", 1), -ENOSPC, "full dict");

	/* Containers: an unstarted one is refused, owned ones are freed. */
	TEST_ASSERT_SUCCESS(rte_tel_data_start_array(d, RTE_TEL_CONTAINER),
		"start containers");
	TEST_ASSERT_EQUAL(rte_tel_data_add_array_container(d, NULL, 0), -EINVAL,
		"NULL container");
	TEST_ASSERT_SUCCESS(
		rte_tel_data_start_array(c, RTE_TEL_INT_VAL), "start c");
	TEST_ASSERT_SUCCESS(rte_tel_data_add_array_container(d, c, 0),
		"add owned container");
	/* Freeing d frees c (ASan reports a leak otherwise). */
	rte_tel_data_free(d);
	rte_tel_data_free(NULL);

	/* Registration. */
	TEST_ASSERT_EQUAL(rte_telemetry_register_cmd(NULL, cb_big, "h"),
		-EINVAL, "NULL cmd");
	TEST_ASSERT_EQUAL(rte_telemetry_register_cmd("/t/x", NULL, "h"),
		-EINVAL, "NULL fn");
	TEST_ASSERT_EQUAL(rte_telemetry_register_cmd("t/x", cb_big, "h"),
		-EINVAL, "no leading /");
	TEST_ASSERT_EQUAL(rte_telemetry_register_cmd("/t x", cb_big, "h"),
		-EINVAL, "space in cmd");
	TEST_ASSERT_EQUAL(
		rte_telemetry_register_cmd("/test/"
					   "aaaaaaaaaaaaaaaaaaaaaaaaa"
					   "aaaaaaaaaaaaaaaaaaaaaaaaa",
			cb_big, "h"),
		-EINVAL, "cmd of 56 bytes");
	TEST_ASSERT_EQUAL(rte_telemetry_register_cmd("/t/x", cb_big, longstr),
		-EINVAL, "long help");
	TEST_ASSERT_EQUAL(rte_telemetry_register_cmd("/test/big", cb_big, "h"),
		-EINVAL, "duplicate");
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(telemetry_data_autotest, test_data_codes);
