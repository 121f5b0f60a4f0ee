/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_mp_* IPC between this primary and real secondaries (this binary
 * re-executed): sync and async requests both ways, answers from two
 * peers, fds passed and read on the other side, one-way messages, bad
 * input refused with its rte_errno and log line, an unknown action and
 * a peer killed mid-request timing out with ETIMEDOUT, a dead peer
 * skipped, --in-memory without IPC; and no fd or thread left behind.
 */

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_malloc.h>

#include "test.h"

/* Generous: the machine may be loaded; failures never wait this long. */
#define IPC_LONG_S 20
#define IPC_NB_SEC 2

static const struct timespec ipc_long = {IPC_LONG_S, 0};
static const struct timespec ipc_short = {1, 0};

static void
msg_init(struct rte_mp_msg *m, const char *name, const char *text)
{
	memset(m, 0, sizeof(*m));
	snprintf(m->name, sizeof(m->name), "%s", name);
	if (text != NULL) {
		m->len_param = (int)strlen(text) + 1;
		memcpy(m->param, text, (size_t)m->len_param);
	}
}

/* A memfd holding text, read back from offset 0. */
static int
text_fd(const char *text)
{
	int fd = memfd_create("ipc_test", MFD_CLOEXEC);

	if (fd < 0)
		return -1;
	if (write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
		close(fd);
		return -1;
	}
	return fd;
}

static int
fd_text_is(int fd, const char *text)
{
	char buf[128];
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);

	if (n < 0)
		return 0;
	buf[n] = '\0';
	return strcmp(buf, text) == 0;
}

/*
 * The fd count once it is back to want, or after two seconds: the IPC
 * thread closes a request's descriptors after the reply or timeout that
 * wakes the test, so a count read at once may still see them. A count
 * that stays off is printed, descriptor by descriptor, for the log.
 */
static int
count_fds_settled(int want)
{
	char path[PATH_MAX], target[256];
	struct dirent *e;
	int n = 0, i;
	ssize_t len;
	DIR *d;

	for (i = 0; i < 200; i++) {
		n = test_count_dir("/proc/self/fd");
		if (n == want)
			return n;
		usleep(10 * 1000);
	}
	d = opendir("/proc/self/fd");
	if (d == NULL)
		return n;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "/proc/self/fd/%s", e->d_name);
		len = readlink(path, target, sizeof(target) - 1);
		target[len < 0 ? 0 : len] = '\0';
		printf("fd %s -> %s\n", e->d_name, target);
	}
	closedir(d);
	return n;
}

static int
count_secondary_sockets(void)
{
	struct dirent *e;
	DIR *d = opendir(rte_eal_get_runtime_dir());
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strncmp(e->d_name, "mp_socket_", 10) == 0)
			n++;
	closedir(d);
	return n;
}

/* Sleep until *flag reaches want or seconds pass; returns the value. */
static int
wait_flag(const int *flag, int want, int seconds)
{
	struct timespec nap = {0, 2 * 1000 * 1000};
	double end = test_clock_s() + seconds;
	int v;

	while ((v = __atomic_load_n(flag, __ATOMIC_ACQUIRE)) < want &&
		test_clock_s() < end)
		nanosleep(&nap, NULL);
	return v;
}

/* ----- the secondary side ----- */

static int sec_notes;
static int sec_quit;

static int
sec_echo(const struct rte_mp_msg *msg, const void *peer)
{
	struct rte_mp_msg r;
	char text[RTE_MP_MAX_PARAM_LEN];

	snprintf(text, sizeof(text), "pid:%d:%.*s", (int)getpid(),
		msg->len_param, (const char *)msg->param);
	msg_init(&r, msg->name, text);
	return rte_mp_reply(&r, peer);
}

static int
sec_fd_give(const struct rte_mp_msg *msg, const void *peer)
{
	struct rte_mp_msg r;
	char text[64];
	int ret;

	snprintf(text, sizeof(text), "fd from %d", (int)getpid());
	msg_init(&r, msg->name, NULL);
	r.fds[0] = text_fd(text);
	r.num_fds = r.fds[0] >= 0 ? 1 : 0;
	ret = rte_mp_reply(&r, peer);
	if (r.num_fds == 1)
		close(r.fds[0]);
	return ret;
}

static int
sec_fd_take(const struct rte_mp_msg *msg, const void *peer)
{
	struct rte_mp_msg r;
	char text[32], want[32];
	int i, good = 0;

	for (i = 0; i < msg->num_fds; i++) {
		snprintf(want, sizeof(want), "fd%d", i);
		good += fd_text_is(msg->fds[i], want);
		close(msg->fds[i]);
	}
	snprintf(text, sizeof(text), "ok %d", good);
	msg_init(&r, msg->name, text);
	return rte_mp_reply(&r, peer);
}

static int
sec_note(const struct rte_mp_msg *msg, const void *peer)
{
	RTE_SET_USED(msg);
	RTE_SET_USED(peer);
	__atomic_fetch_add(&sec_notes, 1, __ATOMIC_RELEASE);
	return 0;
}

static int
sec_count(const struct rte_mp_msg *msg, const void *peer)
{
	struct rte_mp_msg r;
	char text[32];

	snprintf(text, sizeof(text), "%d",
		__atomic_load_n(&sec_notes, __ATOMIC_ACQUIRE));
	msg_init(&r, msg->name, text);
	return rte_mp_reply(&r, peer);
}

/* Dies with the request unanswered. */
static int
sec_die(const struct rte_mp_msg *msg, const void *peer)
{
	RTE_SET_USED(msg);
	RTE_SET_USED(peer);
	raise(SIGKILL);
	return 0;
}

static int
sec_quit_fn(const struct rte_mp_msg *msg, const void *peer)
{
	RTE_SET_USED(msg);
	RTE_SET_USED(peer);
	__atomic_store_n(&sec_quit, 1, __ATOMIC_RELEASE);
	return 0;
}

static struct {
	int nb_sent, nb_received;
	char text[RTE_MP_MAX_PARAM_LEN];
	int done;
} sec_async;

static int
sec_async_cb(const struct rte_mp_msg *req, const struct rte_mp_reply *reply)
{
	RTE_SET_USED(req);
	sec_async.nb_sent = reply->nb_sent;
	sec_async.nb_received = reply->nb_received;
	if (reply->nb_received > 0)
		snprintf(sec_async.text, sizeof(sec_async.text), "%s",
			(const char *)reply->msgs[0].param);
	__atomic_store_n(&sec_async.done, 1, __ATOMIC_RELEASE);
	return 0;
}

/* What a secondary checks on its side, towards the primary. */
static int
sec_requests(void)
{
	struct rte_mp_reply reply;
	struct rte_mp_msg m;

	/* Sync. */
	msg_init(&m, "ipc_p_echo", "from secondary");
	TEST_ASSERT_SUCCESS(rte_mp_request_sync(&m, &reply, &ipc_long),
		"sync request to the primary: %s", rte_strerror(rte_errno));
	TEST_ASSERT(reply.nb_sent == 1 && reply.nb_received == 1,
		"sent %d received %d", reply.nb_sent, reply.nb_received);
	TEST_ASSERT(strcmp((char *)reply.msgs[0].param,
			    "primary:from secondary") == 0,
		"primary answered '%s'", (char *)reply.msgs[0].param);
	free(reply.msgs);

	/* Async. */
	msg_init(&m, "ipc_p_echo", "async");
	TEST_ASSERT_SUCCESS(rte_mp_request_async(&m, &ipc_long, sec_async_cb),
		"async request: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(wait_flag(&sec_async.done, 1, IPC_LONG_S + 5), 1,
		"async callback never ran");
	TEST_ASSERT(sec_async.nb_sent == 1 && sec_async.nb_received == 1 &&
			strcmp(sec_async.text, "primary:async") == 0,
		"async: sent %d received %d '%s'", sec_async.nb_sent,
		sec_async.nb_received, sec_async.text);

	/* Two fds to the primary, which reads them. */
	msg_init(&m, "ipc_p_fd_take", NULL);
	m.fds[0] = text_fd("fd0");
	m.fds[1] = text_fd("fd1");
	m.num_fds = 2;
	TEST_ASSERT(m.fds[0] >= 0 && m.fds[1] >= 0, "memfd");
	TEST_ASSERT_SUCCESS(rte_mp_request_sync(&m, &reply, &ipc_long),
		"fd request: %s", rte_strerror(rte_errno));
	close(m.fds[0]);
	close(m.fds[1]);
	TEST_ASSERT(reply.nb_received == 1 &&
			strcmp((char *)reply.msgs[0].param, "ok 2") == 0,
		"primary read the fds: '%s'",
		reply.nb_received ? (char *)reply.msgs[0].param : "");
	free(reply.msgs);
	return TEST_SUCCESS;
}

static int
test_eal_mp_ipc_secondary(void)
{
	static const struct {
		const char *name;
		rte_mp_t fn;
	} actions[] = {
		{"ipc_echo", sec_echo},
		{"ipc_fd_give", sec_fd_give},
		{"ipc_fd_take", sec_fd_take},
		{"ipc_note", sec_note},
		{"ipc_count", sec_count},
		{"ipc_die", sec_die},
		{"ipc_quit", sec_quit_fn},
	};
	struct rte_mp_msg m;
	unsigned int i;
	int ok;

	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_SECONDARY, "not a secondary");
	for (i = 0; i < RTE_DIM(actions); i++)
		TEST_ASSERT_SUCCESS(
			rte_mp_action_register(actions[i].name, actions[i].fn),
			"register %s", actions[i].name);
	ok = sec_requests() == TEST_SUCCESS;
	msg_init(&m, "ipc_p_nested", NULL);
	TEST_ASSERT_SUCCESS(rte_mp_sendmsg(&m), "nested trigger");
	msg_init(&m, "ipc_ready", ok ? "ok" : "failed");
	TEST_ASSERT_SUCCESS(rte_mp_sendmsg(&m), "ready message");
	TEST_ASSERT(ok, "secondary-side checks failed");
	TEST_ASSERT_EQUAL(wait_flag(&sec_quit, 1, 120), 1, "no quit message");
	for (i = 0; i < RTE_DIM(actions); i++)
		rte_mp_action_unregister(actions[i].name);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(eal_mp_ipc_secondary, test_eal_mp_ipc_secondary);

/* With --in-memory there is no IPC and no socket. */
static int
test_eal_mp_ipc_inmem(void)
{
	struct rte_mp_reply reply;
	struct rte_mp_msg m;

	TEST_ASSERT(rte_eal_in_memory(), "not --in-memory");
	TEST_ASSERT(rte_mp_action_register("ipc_x", sec_note) == -1 &&
			rte_errno == ENOTSUP,
		"register: %d", rte_errno);
	msg_init(&m, "ipc_x", "x");
	TEST_ASSERT(
		rte_mp_sendmsg(&m) == -1 && rte_errno == ENOTSUP, "sendmsg");
	TEST_ASSERT(rte_mp_request_sync(&m, &reply, &ipc_short) == -1 &&
			rte_errno == ENOTSUP,
		"request_sync");
	TEST_ASSERT(rte_mp_request_async(&m, &ipc_short, sec_async_cb) == -1 &&
			rte_errno == ENOTSUP,
		"request_async");
	TEST_ASSERT_SUCCESS(rte_mp_reply(&m, "/nowhere"), "reply");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(eal_mp_ipc_inmem, test_eal_mp_ipc_inmem);

/* ----- the primary side ----- */

static struct {
	int pid[8];
	int ok[8];
	int n;
} ready;

static int
prim_ready(const struct rte_mp_msg *msg, const void *peer)
{
	int pid = 0, i;

	/* The peer's socket name carries its pid: mp_socket_<pid>_<tsc>. */
	sscanf(strrchr((const char *)peer, '/') + 1, "mp_socket_%d_", &pid);
	i = __atomic_load_n(&ready.n, __ATOMIC_ACQUIRE);
	if (i < (int)RTE_DIM(ready.pid)) {
		ready.pid[i] = pid;
		ready.ok[i] = strcmp((const char *)msg->param, "ok") == 0;
		__atomic_store_n(&ready.n, i + 1, __ATOMIC_RELEASE);
	}
	return 0;
}

static int
prim_echo(const struct rte_mp_msg *msg, const void *peer)
{
	struct rte_mp_msg r;
	char text[RTE_MP_MAX_PARAM_LEN];

	snprintf(text, sizeof(text), "primary:%.*s", msg->len_param,
		(const char *)msg->param);
	msg_init(&r, msg->name, text);
	return rte_mp_reply(&r, peer);
}

static int
prim_fd_take(const struct rte_mp_msg *msg, const void *peer)
{
	return sec_fd_take(msg, peer);
}

static int nested_errno;

/* Waiting inside an action could never end: it must be refused. */
static int
prim_nested(const struct rte_mp_msg *msg, const void *peer)
{
	struct rte_mp_reply reply;
	struct rte_mp_msg m;

	RTE_SET_USED(msg);
	RTE_SET_USED(peer);
	msg_init(&m, "ipc_echo", NULL);
	if (rte_mp_request_sync(&m, &reply, &ipc_short) == -1)
		__atomic_store_n(&nested_errno, rte_errno, __ATOMIC_RELEASE);
	return 0;
}

static int
ipc_setup(void)
{
	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("eal_mp_ipc_autotest needs a primary with shared "
		       "files\n");
		return TEST_SKIPPED;
	}
	TEST_ASSERT_SUCCESS(rte_mp_action_register("ipc_ready", prim_ready),
		"register ipc_ready: %s", rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(rte_mp_action_register("ipc_p_echo", prim_echo),
		"register ipc_p_echo");
	TEST_ASSERT_SUCCESS(
		rte_mp_action_register("ipc_p_fd_take", prim_fd_take),
		"register ipc_p_fd_take");
	TEST_ASSERT_SUCCESS(rte_mp_action_register("ipc_p_nested", prim_nested),
		"register ipc_p_nested");
	return TEST_SUCCESS;
}

static void
ipc_teardown(void)
{
	rte_mp_action_unregister("ipc_ready");
	rte_mp_action_unregister("ipc_p_echo");
	rte_mp_action_unregister("ipc_p_fd_take");
	rte_mp_action_unregister("ipc_p_nested");
}

static pid_t
spawn_secondary(void)
{
	char pfx[160];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge",
		"--proc-type=secondary", pfx};

	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	return test_spawn_self(argv, RTE_DIM(argv), "eal_mp_ipc_secondary");
}

/* Start n secondaries and wait until each has done its own checks. */
static int
start_secondaries(pid_t *pids, int n)
{
	int i, j, found;

	__atomic_store_n(&ready.n, 0, __ATOMIC_RELEASE);
	for (i = 0; i < n; i++) {
		pids[i] = spawn_secondary();
		TEST_ASSERT(pids[i] > 0, "spawn");
	}
	TEST_ASSERT_EQUAL(wait_flag(&ready.n, n, 120), n,
		"%d of %d secondaries ready", ready.n, n);
	for (i = 0; i < n; i++) {
		found = 0;
		for (j = 0; j < n; j++)
			found += ready.pid[j] == pids[i] && ready.ok[j];
		TEST_ASSERT_EQUAL(found, 1,
			"secondary %d did not report success", (int)pids[i]);
	}
	return TEST_SUCCESS;
}

static int
stop_secondaries(const pid_t *pids, int n)
{
	struct rte_mp_msg m;
	int i, st, ret = TEST_SUCCESS;

	msg_init(&m, "ipc_quit", NULL);
	if (rte_mp_sendmsg(&m) < 0)
		ret = TEST_FAILED;
	for (i = 0; i < n; i++) {
		st = test_wait_child(pids[i]);
		if (st != 0) {
			printf("secondary %d exit %d\n", (int)pids[i], st);
			ret = TEST_FAILED;
		}
	}
	return ret;
}

/* Refusals: code, rte_errno and a log line each. */
struct bad_case {
	const char *what;
	int ret; /* what the call returned */
	int err; /* rte_errno after it */
	int want_err;
	const char *log;
};

static char big_name[RTE_MP_MAX_NAME_LEN + 8];

static int async_calls;

static int
count_async_cb(const struct rte_mp_msg *req, const struct rte_mp_reply *reply)
{
	RTE_SET_USED(req);
	if (reply->nb_sent == 0 && reply->nb_received == 0 &&
		reply->msgs == NULL)
		__atomic_fetch_add(&async_calls, 1, __ATOMIC_RELEASE);
	return 0;
}

static int
test_ipc_bad_input(void)
{
	struct bad_case c[24];
	struct rte_mp_reply reply;
	struct rte_mp_msg m;
	struct timespec bad_ts = {0, 1000000000};
	struct test_capture cap;
	static char log[16384];
	int n = 0, i, fds_before = test_count_dir("/proc/self/fd");

	memset(big_name, 'n', RTE_MP_MAX_NAME_LEN);
	big_name[RTE_MP_MAX_NAME_LEN] = '\0';

#define BAD(call, e, text) \
	do { \
		rte_errno = 0; \
		c[n].ret = (call); \
		c[n].err = rte_errno; \
		c[n].want_err = (e); \
		c[n].what = #call; \
		c[n].log = (text); \
		n++; \
	} while (0)

	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	BAD(rte_mp_action_register(NULL, prim_echo), EINVAL, "name is NULL");
	BAD(rte_mp_action_register("", prim_echo), EINVAL, "name is empty");
	BAD(rte_mp_action_register(big_name, prim_echo), E2BIG, "too long");
	BAD(rte_mp_action_register("ipc_nofn", NULL), EINVAL, "NULL function");
	BAD(rte_mp_action_register("ipc_p_echo", prim_ready), EEXIST,
		"'ipc_p_echo' is already registered");

	msg_init(&m, "ipc_echo", NULL);
	m.len_param = RTE_MP_MAX_PARAM_LEN + 1;
	BAD(rte_mp_sendmsg(&m), E2BIG, "257 bytes of data, max 256");
	BAD(rte_mp_request_sync(&m, &reply, &ipc_short), E2BIG,
		"257 bytes of data");
	BAD(rte_mp_request_async(&m, &ipc_short, count_async_cb), E2BIG,
		"257 bytes of data");
	BAD(rte_mp_reply(&m, "x"), E2BIG, "257 bytes of data");
	m.len_param = -1;
	BAD(rte_mp_sendmsg(&m), EINVAL, "negative length");
	m.len_param = 0;
	m.num_fds = RTE_MP_MAX_FD_NUM + 1;
	BAD(rte_mp_sendmsg(&m), E2BIG, "9 fds, max 8");
	BAD(rte_mp_request_sync(&m, &reply, &ipc_short), E2BIG, "9 fds");
	m.num_fds = -1;
	BAD(rte_mp_request_sync(&m, &reply, &ipc_short), EINVAL, "negative");
	m.num_fds = 0;
	memcpy(m.name, big_name, sizeof(m.name));
	BAD(rte_mp_sendmsg(&m), E2BIG, "too long");
	BAD(rte_mp_sendmsg(NULL), EINVAL, "message is NULL");
	msg_init(&m, "ipc_echo", NULL);
	BAD(rte_mp_request_sync(&m, &reply, NULL), EINVAL, "invalid timeout");
	BAD(rte_mp_request_sync(&m, &reply, &bad_ts), EINVAL,
		"invalid timeout");
	BAD(rte_mp_request_sync(&m, NULL, &ipc_short), EINVAL, "reply is NULL");
	BAD(rte_mp_request_async(&m, &ipc_short, NULL), EINVAL,
		"NULL callback");
	BAD(rte_mp_reply(&m, NULL), EINVAL, "peer is NULL");
	BAD(rte_mp_reply(&m, "/tmp/elsewhere"), EINVAL, "not a peer socket");
	test_capture_end(&cap, log, sizeof(log));
#undef BAD

	for (i = 0; i < n; i++) {
		TEST_ASSERT(c[i].ret == -1 && c[i].err == c[i].want_err,
			"%s: returned %d, rte_errno %d (want -1, %d)",
			c[i].what, c[i].ret, c[i].err, c[i].want_err);
		TEST_ASSERT_NOT_NULL(strstr(log, c[i].log),
			"%s: no log line '%s' in:\n%s", c[i].what, c[i].log,
			log);
	}

	/* The refused duplicate changed nothing: one entry, still ours. */
	rte_mp_action_unregister("ipc_p_echo");
	TEST_ASSERT_SUCCESS(rte_mp_action_register("ipc_p_echo", prim_echo),
		"re-register after unregister");
	/* Unregistering an unknown name is harmless. */
	rte_mp_action_unregister("ipc_never_registered");

	/* No secondary: a request reaches nobody, and that is no error. */
	TEST_ASSERT_EQUAL(count_secondary_sockets(), 0, "stray sockets");
	msg_init(&m, "ipc_echo", "x");
	TEST_ASSERT_SUCCESS(rte_mp_request_sync(&m, &reply, &ipc_short),
		"request with no peer");
	TEST_ASSERT(reply.nb_sent == 0 && reply.nb_received == 0 &&
			reply.msgs == NULL,
		"reply to nobody: %d %d", reply.nb_sent, reply.nb_received);
	TEST_ASSERT_SUCCESS(rte_mp_sendmsg(&m), "message to nobody");
	__atomic_store_n(&async_calls, 0, __ATOMIC_RELEASE);
	TEST_ASSERT_SUCCESS(
		rte_mp_request_async(&m, &ipc_short, count_async_cb),
		"async request to nobody");
	TEST_ASSERT_EQUAL(wait_flag(&async_calls, 1, IPC_LONG_S), 1,
		"async callback for no peer");
	TEST_ASSERT_EQUAL(
		count_fds_settled(fds_before), fds_before, "fds leaked");
	return TEST_SUCCESS;
}

static struct {
	int nb_sent, nb_received;
	int pid_seen[IPC_NB_SEC];
	int fds_ok;
	int done;
} prim_async;
static pid_t async_pids[IPC_NB_SEC];

static int
prim_async_cb(const struct rte_mp_msg *req, const struct rte_mp_reply *reply)
{
	int i, j, pid;

	RTE_SET_USED(req);
	prim_async.nb_sent = reply->nb_sent;
	prim_async.nb_received = reply->nb_received;
	memset(prim_async.pid_seen, 0, sizeof(prim_async.pid_seen));
	for (i = 0; i < reply->nb_received; i++) {
		if (sscanf((const char *)reply->msgs[i].param, "pid:%d:async",
			    &pid) != 1)
			continue;
		for (j = 0; j < IPC_NB_SEC; j++)
			prim_async.pid_seen[j] += pid == async_pids[j];
	}
	__atomic_store_n(&prim_async.done, 1, __ATOMIC_RELEASE);
	return 0;
}

static int
prim_die_cb(const struct rte_mp_msg *req, const struct rte_mp_reply *reply);

/* Each of pids answered exactly once, with "pid:<pid>:<suffix>". */
static int
answered_by(const struct rte_mp_reply *reply, const pid_t *pids, int n,
	const char *suffix)
{
	char want[RTE_MP_MAX_PARAM_LEN];
	int i, j, seen;

	TEST_ASSERT(reply->nb_sent == n && reply->nb_received == n,
		"sent %d received %d, want %d", reply->nb_sent,
		reply->nb_received, n);
	for (i = 0; i < n; i++) {
		snprintf(want, sizeof(want), "pid:%d:%s", (int)pids[i], suffix);
		seen = 0;
		for (j = 0; j < reply->nb_received; j++)
			seen += strcmp((char *)reply->msgs[j].param, want) == 0;
		TEST_ASSERT_EQUAL(seen, 1, "'%s' seen %d times", want, seen);
	}
	return TEST_SUCCESS;
}

static int
two_secondaries_body(const pid_t *pids)
{
	struct rte_mp_reply reply;
	struct rte_mp_msg m;
	char want[64];
	int i, j, ret;

	/* Sync request answered by both. */
	msg_init(&m, "ipc_echo", "hello");
	TEST_ASSERT_SUCCESS(rte_mp_request_sync(&m, &reply, &ipc_long),
		"sync: %s", rte_strerror(rte_errno));
	ret = answered_by(&reply, pids, IPC_NB_SEC, "hello");
	free(reply.msgs);
	if (ret != TEST_SUCCESS)
		return ret;

	/* Async request answered by both, in the IPC thread. */
	memcpy(async_pids, pids, sizeof(async_pids));
	__atomic_store_n(&prim_async.done, 0, __ATOMIC_RELEASE);
	msg_init(&m, "ipc_echo", "async");
	TEST_ASSERT_SUCCESS(rte_mp_request_async(&m, &ipc_long, prim_async_cb),
		"async: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(wait_flag(&prim_async.done, 1, IPC_LONG_S + 5), 1,
		"async callback never ran");
	TEST_ASSERT(prim_async.nb_sent == IPC_NB_SEC &&
			prim_async.nb_received == IPC_NB_SEC &&
			prim_async.pid_seen[0] == 1 &&
			prim_async.pid_seen[1] == 1,
		"async: sent %d received %d", prim_async.nb_sent,
		prim_async.nb_received);

	/* Each secondary passes us an fd we can read. */
	msg_init(&m, "ipc_fd_give", NULL);
	TEST_ASSERT_SUCCESS(rte_mp_request_sync(&m, &reply, &ipc_long),
		"fd_give: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(reply.nb_received, IPC_NB_SEC, "fd replies");
	ret = TEST_SUCCESS;
	for (i = 0; i < IPC_NB_SEC; i++) {
		int seen = 0;

		snprintf(want, sizeof(want), "fd from %d", (int)pids[i]);
		for (j = 0; j < reply.nb_received; j++)
			if (reply.msgs[j].num_fds == 1)
				seen += fd_text_is(reply.msgs[j].fds[0], want);
		if (seen != 1) {
			printf("no readable fd from %d\n", (int)pids[i]);
			ret = TEST_FAILED;
		}
	}
	for (j = 0; j < reply.nb_received; j++)
		for (i = 0; i < reply.msgs[j].num_fds; i++)
			close(reply.msgs[j].fds[i]);
	free(reply.msgs);
	if (ret != TEST_SUCCESS)
		return ret;

	/* RTE_MP_MAX_FD_NUM fds to each secondary, which reads them all. */
	msg_init(&m, "ipc_fd_take", NULL);
	for (i = 0; i < RTE_MP_MAX_FD_NUM; i++) {
		snprintf(want, sizeof(want), "fd%d", i);
		m.fds[i] = text_fd(want);
		TEST_ASSERT(m.fds[i] >= 0, "memfd");
	}
	m.num_fds = RTE_MP_MAX_FD_NUM;
	ret = rte_mp_request_sync(&m, &reply, &ipc_long);
	for (i = 0; i < RTE_MP_MAX_FD_NUM; i++)
		close(m.fds[i]);
	TEST_ASSERT_SUCCESS(ret, "fd_take: %s", rte_strerror(rte_errno));
	snprintf(want, sizeof(want), "ok %d", RTE_MP_MAX_FD_NUM);
	ret = reply.nb_received == IPC_NB_SEC &&
		strcmp((char *)reply.msgs[0].param, want) == 0 &&
		strcmp((char *)reply.msgs[1].param, want) == 0;
	free(reply.msgs);
	TEST_ASSERT(
		ret, "secondaries did not read %d fds each", RTE_MP_MAX_FD_NUM);

	/* One-way messages reach both, in order, before the next request. */
	msg_init(&m, "ipc_note", NULL);
	for (i = 0; i < 3; i++)
		TEST_ASSERT_SUCCESS(rte_mp_sendmsg(&m), "note %d", i);
	msg_init(&m, "ipc_count", NULL);
	TEST_ASSERT_SUCCESS(rte_mp_request_sync(&m, &reply, &ipc_long),
		"count: %s", rte_strerror(rte_errno));
	ret = reply.nb_received == IPC_NB_SEC &&
		strcmp((char *)reply.msgs[0].param, "3") == 0 &&
		strcmp((char *)reply.msgs[1].param, "3") == 0;
	free(reply.msgs);
	TEST_ASSERT(ret, "secondaries did not count 3 messages");

	/* A name nobody registered: no answer, ETIMEDOUT. */
	msg_init(&m, "ipc_nobody", NULL);
	ret = rte_mp_request_sync(&m, &reply, &ipc_short);
	TEST_ASSERT(ret == -1 && rte_errno == ETIMEDOUT,
		"unknown action: %d, rte_errno %d", ret, rte_errno);
	TEST_ASSERT(reply.nb_received == 0 && reply.msgs == NULL,
		"replies kept after a failure");

	/* The same request while it is pending to a peer: EEXIST. */
	__atomic_store_n(&prim_async.done, 0, __ATOMIC_RELEASE);
	TEST_ASSERT_SUCCESS(rte_mp_request_async(&m, &ipc_short, prim_die_cb),
		"async: %s", rte_strerror(rte_errno));
	ret = rte_mp_request_sync(&m, &reply, &ipc_short);
	TEST_ASSERT(ret == -1 && rte_errno == EEXIST,
		"duplicate pending request: %d, rte_errno %d", ret, rte_errno);
	TEST_ASSERT_EQUAL(wait_flag(&prim_async.done, 1, IPC_LONG_S), 1,
		"async callback never ran");
	TEST_ASSERT(
		prim_async.nb_sent == IPC_NB_SEC && prim_async.nb_received == 0,
		"unanswered async: %d %d", prim_async.nb_sent,
		prim_async.nb_received);

	/* A sync request made inside an action was refused (EDEADLK). */
	TEST_ASSERT_EQUAL(__atomic_load_n(&nested_errno, __ATOMIC_ACQUIRE),
		EDEADLK, "request from an action: rte_errno %d", nested_errno);
	return TEST_SUCCESS;
}

static int
test_ipc_two_secondaries(void)
{
	int fds = test_count_dir("/proc/self/fd");
	int threads = test_count_dir("/proc/self/task");
	pid_t pids[IPC_NB_SEC];
	struct test_capture cap;
	static char log[65536];
	int ret, ret2;

	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	ret = start_secondaries(pids, IPC_NB_SEC);
	if (ret == TEST_SUCCESS)
		ret = two_secondaries_body(pids);
	ret2 = stop_secondaries(pids, IPC_NB_SEC);
	test_capture_end(&cap, log, sizeof(log));
	printf("%s", log);
	TEST_ASSERT_SUCCESS(ret, "primary-side checks failed");
	TEST_ASSERT_SUCCESS(ret2, "a secondary failed");
	/* Both secondaries logged the unknown action; we the timeout. */
	TEST_ASSERT_NOT_NULL(
		strstr(log, "no action registered for 'ipc_nobody'"),
		"no log line for the unknown action");
	TEST_ASSERT_NOT_NULL(strstr(log, "to request 'ipc_nobody'"),
		"no log line for the timeout");
	TEST_ASSERT_EQUAL(
		count_secondary_sockets(), 0, "secondaries left sockets");
	TEST_ASSERT_EQUAL(count_fds_settled(fds), fds, "fds leaked");
	TEST_ASSERT_EQUAL(
		test_count_dir("/proc/self/task"), threads, "threads leaked");
	return TEST_SUCCESS;
}

static int
prim_die_cb(const struct rte_mp_msg *req, const struct rte_mp_reply *reply)
{
	RTE_SET_USED(req);
	prim_async.nb_sent = reply->nb_sent;
	prim_async.nb_received = reply->nb_received;
	__atomic_store_n(&prim_async.done, 1, __ATOMIC_RELEASE);
	return 0;
}

static int
test_ipc_dead_peer(void)
{
	int fds = test_count_dir("/proc/self/fd");
	int threads = test_count_dir("/proc/self/task");
	struct rte_malloc_socket_stats heap;
	struct rte_mp_reply reply;
	struct rte_mp_msg m;
	pid_t pid;
	int ret, st;

	test_heap_stats(&heap);

	/* Killed (SIGKILL) while our synchronous request waits. */
	TEST_ASSERT_SUCCESS(start_secondaries(&pid, 1), "secondary");
	msg_init(&m, "ipc_die", NULL);
	ret = rte_mp_request_sync(&m, &reply, &ipc_short);
	TEST_ASSERT(ret == -1 && rte_errno == ETIMEDOUT,
		"request to a dying peer: %d, rte_errno %d", ret, rte_errno);
	TEST_ASSERT(reply.nb_sent == 1 && reply.nb_received == 0 &&
			reply.msgs == NULL,
		"reply %d %d", reply.nb_sent, reply.nb_received);
	st = test_wait_child(pid);
	TEST_ASSERT_EQUAL(st, 128 + SIGKILL, "secondary exit %d", st);

	/* Dead now: it is skipped and its socket removed. */
	TEST_ASSERT_EQUAL(count_secondary_sockets(), 1, "dead peer's socket");
	msg_init(&m, "ipc_echo", "x");
	TEST_ASSERT_SUCCESS(rte_mp_request_sync(&m, &reply, &ipc_short),
		"request with a dead peer: %s", rte_strerror(rte_errno));
	TEST_ASSERT(reply.nb_sent == 0 && reply.nb_received == 0,
		"dead peer counted: %d %d", reply.nb_sent, reply.nb_received);
	TEST_ASSERT_EQUAL(count_secondary_sockets(), 0, "socket not removed");

	/* Killed while an asynchronous request waits: the callback runs. */
	TEST_ASSERT_SUCCESS(start_secondaries(&pid, 1), "secondary");
	__atomic_store_n(&prim_async.done, 0, __ATOMIC_RELEASE);
	msg_init(&m, "ipc_die", NULL);
	TEST_ASSERT_SUCCESS(rte_mp_request_async(&m, &ipc_short, prim_die_cb),
		"async: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(wait_flag(&prim_async.done, 1, IPC_LONG_S), 1,
		"callback after the timeout never ran");
	TEST_ASSERT(prim_async.nb_sent == 1 && prim_async.nb_received == 0,
		"async reply %d %d", prim_async.nb_sent,
		prim_async.nb_received);
	st = test_wait_child(pid);
	TEST_ASSERT_EQUAL(st, 128 + SIGKILL, "secondary exit %d", st);

	/* Killed from outside, idle: skipped by messages and requests. */
	TEST_ASSERT_SUCCESS(start_secondaries(&pid, 1), "secondary");
	kill(pid, SIGKILL);
	st = test_wait_child(pid);
	TEST_ASSERT_EQUAL(st, 128 + SIGKILL, "secondary exit %d", st);
	msg_init(&m, "ipc_note", NULL);
	TEST_ASSERT_SUCCESS(rte_mp_sendmsg(&m), "message with a dead peer");
	TEST_ASSERT_EQUAL(count_secondary_sockets(), 0, "socket not removed");

	TEST_ASSERT_EQUAL(count_fds_settled(fds), fds, "fds leaked");
	TEST_ASSERT_EQUAL(
		test_count_dir("/proc/self/task"), threads, "threads leaked");
	return test_heap_back_to(&heap);
}

/* A fresh primary refuses secondaries once it called rte_mp_disable. */
static int
test_eal_mp_ipc_disable(void)
{
	char pfx[160], log[4096];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge",
		"--proc-type=secondary", pfx};
	int st;

	TEST_ASSERT(rte_mp_disable(), "rte_mp_disable in a lone primary");
	TEST_ASSERT(rte_mp_disable(), "rte_mp_disable twice");
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	st = test_exec_self_capture(
		argv, RTE_DIM(argv), "eal_mp_ipc_inmem", log, sizeof(log));
	TEST_ASSERT(st != 0 && st < 128, "secondary exit %d", st);
	TEST_ASSERT_NOT_NULL(strstr(log, "refuses secondaries"),
		"no refusal message in:\n%s", log);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(eal_mp_ipc_disable, test_eal_mp_ipc_disable);

static int
test_ipc_disable(void)
{
	char pfx[160];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge", pfx};
	int st;

	/* Secondaries attached to us already: too late to disable. */
	TEST_ASSERT(!rte_mp_disable(), "rte_mp_disable after secondaries");
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s_disable",
		test_file_prefix());
	st = test_exec_self(argv, RTE_DIM(argv), "eal_mp_ipc_disable");
	TEST_ASSERT_EQUAL(st, 0, "child primary exit %d", st);
	return TEST_SUCCESS;
}

static int
test_ipc_in_memory(void)
{
	const char *argv[] = {
		"dpdk-test", "-l", "0", "--no-huge", "--in-memory"};
	int st = test_exec_self(argv, RTE_DIM(argv), "eal_mp_ipc_inmem");

	TEST_ASSERT_EQUAL(st, 0, "--in-memory child exit %d", st);
	return TEST_SUCCESS;
}

/* Our own socket: in the runtime dir, ours, 0600, in a 0700 dir. */
static int
test_ipc_socket_files(void)
{
	char path[PATH_MAX];
	struct stat st;

	snprintf(path, sizeof(path), "%s/mp_socket", rte_eal_get_runtime_dir());
	TEST_ASSERT_SUCCESS(lstat(path, &st), "no %s", path);
	TEST_ASSERT(S_ISSOCK(st.st_mode), "%s is not a socket", path);
	TEST_ASSERT_EQUAL(
		st.st_mode & 07777, 0600, "socket mode %o", st.st_mode & 07777);
	TEST_ASSERT_EQUAL(st.st_uid, geteuid(), "socket owner");
	TEST_ASSERT_SUCCESS(stat(rte_eal_get_runtime_dir(), &st), "dir");
	TEST_ASSERT_EQUAL(
		st.st_mode & 07777, 0700, "dir mode %o", st.st_mode & 07777);
	return TEST_SUCCESS;
}

static struct unit_test_suite eal_mp_ipc_suite = {
	.suite_name = "rte_mp IPC autotest",
	.setup = ipc_setup,
	.teardown = ipc_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_ipc_socket_files),
			TEST_CASE(test_ipc_bad_input),
			TEST_CASE(test_ipc_two_secondaries),
			TEST_CASE(test_ipc_dead_peer),
			TEST_CASE(test_ipc_in_memory),
			TEST_CASE(test_ipc_disable),
			TEST_CASES_END(),
		},
};

static int
test_eal_mp_ipc(void)
{
	return unit_test_suite_runner(&eal_mp_ipc_suite);
}

REGISTER_TEST_COMMAND(eal_mp_ipc_autotest, test_eal_mp_ipc);
