/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The telemetry server: the table of registered commands and the socket
 * that answers them. One listener thread accepts connections on a
 * SOCK_SEQPACKET socket and gives each client a thread of its own (at
 * most MAX_CONNECTIONS at a time; more are closed at once). A client
 * gets a JSON greeting, then one JSON reply per message it sends. No
 * lock here is shared with the data path: callbacks read what they
 * report the way any other control-plane reader does.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_log.h>

#include "rte_telemetry.h"
#include "telemetry_data.h"
#include "telemetry_internal.h"

/* Limits of DPDK 22.11, so that its clients size their buffers right. */
#define MAX_CMD_LEN 56
#define MAX_OUTPUT_LEN (1024 * 16)
#define MAX_CONNECTIONS 10
/* Longest request read, with its NUL; longer ones get the null reply. */
#define MAX_INPUT_LEN 1024
#define SOCKET_NAME "dpdk_telemetry.v2"
#define LISTEN_BACKLOG 16

struct cmd_entry {
	char cmd[MAX_CMD_LEN];
	telemetry_cb fn;
	char help[RTE_TEL_MAX_STRING_LEN];
};

/* Sorted by name, as "/" lists them. */
static struct cmd_entry *cmds;
static unsigned int nb_cmds;
static pthread_mutex_t cmds_lock = PTHREAD_MUTEX_INITIALIZER;

enum slot_state {
	SLOT_FREE,
	SLOT_RUNNING, /* thread serving fd */
	SLOT_DONE, /* thread ended (fd closed), not joined yet */
};

struct client_slot {
	pthread_t thread;
	int fd; /* -1 once the thread closed it */
	enum slot_state state;
};

static struct {
	pthread_mutex_t lock; /* guards slots[] and stopping */
	int running;
	int stopping;
	int listen_fd;
	pthread_t listener;
	pid_t owner; /* the process that bound path */
	char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
	struct client_slot slots[MAX_CONNECTIONS];
	const char *version;
	rte_log_fn log_fn;
	uint32_t logtype;
	cpu_set_t cpuset;
	int has_cpuset;
	int atexit_done;
} srv = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.listen_fd = -1,
};

static void __rte_format_printf(2, 3) tlog(uint32_t level, const char *fmt, ...)
{
	char line[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (srv.log_fn != NULL)
		srv.log_fn(level, srv.logtype, "TELEMETRY: %s\n", line);
	else if (level <= RTE_LOG_ERR)
		fprintf(stderr, "TELEMETRY: %s\n", line);
}

static int
valid_cmd(const char *cmd)
{
	const char *p;

	if (cmd[0] != '/' || strlen(cmd) >= MAX_CMD_LEN)
		return 0;
	for (p = cmd; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			    (*p >= '0' && *p <= '9') || *p == '_' || *p == '/'))
			return 0;
	return 1;
}

int
rte_telemetry_register_cmd(const char *cmd, telemetry_cb fn, const char *help)
{
	struct cmd_entry *grown;
	unsigned int i;

	if (cmd == NULL || fn == NULL || help == NULL || !valid_cmd(cmd) ||
		strlen(help) >= RTE_TEL_MAX_STRING_LEN)
		return -EINVAL;

	pthread_mutex_lock(&cmds_lock);
	for (i = 0; i < nb_cmds && strcmp(cmds[i].cmd, cmd) < 0; i++)
		;
	if (i < nb_cmds && strcmp(cmds[i].cmd, cmd) == 0) {
		pthread_mutex_unlock(&cmds_lock);
		return -EINVAL;
	}
	grown = realloc(cmds, (nb_cmds + 1) * sizeof(*cmds));
	if (grown == NULL) {
		pthread_mutex_unlock(&cmds_lock);
		return -ENOMEM;
	}
	cmds = grown;
	memmove(&cmds[i + 1], &cmds[i], (nb_cmds - i) * sizeof(*cmds));
	memset(&cmds[i], 0, sizeof(cmds[i]));
	memcpy(cmds[i].cmd, cmd, strlen(cmd) + 1);
	memcpy(cmds[i].help, help, strlen(help) + 1);
	cmds[i].fn = fn;
	nb_cmds++;
	pthread_mutex_unlock(&cmds_lock);
	return 0;
}

static telemetry_cb
find_cmd(const char *cmd)
{
	telemetry_cb fn = NULL;
	unsigned int i;

	pthread_mutex_lock(&cmds_lock);
	for (i = 0; i < nb_cmds; i++)
		if (strcmp(cmds[i].cmd, cmd) == 0) {
			fn = cmds[i].fn;
			break;
		}
	pthread_mutex_unlock(&cmds_lock);
	return fn;
}

static int
cmd_list(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	unsigned int i;

	rte_tel_data_start_array(d, RTE_TEL_STRING_VAL);
	pthread_mutex_lock(&cmds_lock);
	for (i = 0; i < nb_cmds; i++)
		rte_tel_data_add_array_string(d, cmds[i].cmd);
	pthread_mutex_unlock(&cmds_lock);
	return 0;
}

static int
cmd_info(const char *cmd __rte_unused, const char *params __rte_unused,
	struct rte_tel_data *d)
{
	rte_tel_data_start_dict(d);
	rte_tel_data_add_dict_string(
		d, "version", srv.version != NULL ? srv.version : "");
	rte_tel_data_add_dict_int(d, "pid", getpid());
	rte_tel_data_add_dict_int(d, "max_output_len", MAX_OUTPUT_LEN);
	return 0;
}

static int
cmd_help(const char *cmd __rte_unused, const char *params,
	struct rte_tel_data *d)
{
	char help[RTE_TEL_MAX_STRING_LEN];
	unsigned int i;
	int found = 0;

	if (params == NULL)
		return -1;
	pthread_mutex_lock(&cmds_lock);
	for (i = 0; i < nb_cmds; i++)
		if (strcmp(cmds[i].cmd, params) == 0) {
			memcpy(help, cmds[i].help, sizeof(help));
			found = 1;
			break;
		}
	pthread_mutex_unlock(&cmds_lock);
	if (!found)
		return -1;
	rte_tel_data_start_dict(d);
	rte_tel_data_add_dict_string(d, params, help);
	return 0;
}

RTE_INIT(telemetry_builtin_cmds)
{
	rte_telemetry_register_cmd("/", cmd_list,
		"Returns list of available commands, Takes no parameters");
	rte_telemetry_register_cmd("/info", cmd_info,
		"Returns DPDK Telemetry information. Takes no parameters");
	rte_telemetry_register_cmd("/help", cmd_help,
		"Returns help text for a command. Parameters: string command");
}

size_t
tel_answer(char *msg, int truncated, struct rte_tel_data *data, char *out)
{
	char *comma, *params = NULL;
	size_t n = strlen(msg);
	telemetry_cb fn = NULL;
	size_t len;

	/* Tolerate a line ending from line-oriented clients. */
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		msg[--n] = '\0';
	comma = strchr(msg, ',');
	if (comma != NULL) {
		*comma = '\0';
		if (comma[1] != '\0')
			params = comma + 1;
	}
	if (!truncated && strlen(msg) < MAX_CMD_LEN)
		fn = find_cmd(msg);

	tel_data_init(data);
	if (fn == NULL || fn(msg, params, data) < 0) {
		tel_data_release(data);
		tel_data_init(data);
	}
	len = tel_json_reply(out, MAX_OUTPUT_LEN, msg, MAX_CMD_LEN - 1, data);
	tel_data_release(data);
	return len;
}

static void *
client_main(void *arg)
{
	struct client_slot *slot = arg;
	int fd = slot->fd;
	struct rte_tel_data *data = malloc(sizeof(*data));
	char *out = malloc(MAX_OUTPUT_LEN);
	char in[MAX_INPUT_LEN];
	int n;

	if (data == NULL || out == NULL)
		goto end;
	n = snprintf(out, MAX_OUTPUT_LEN,
		"{\"version\":\"%s\",\"pid\":%d,\"max_output_len\":%d}",
		srv.version != NULL ? srv.version : "", (int)getpid(),
		MAX_OUTPUT_LEN);
	if (send(fd, out, (size_t)n, MSG_NOSIGNAL) < 0)
		goto end;

	for (;;) {
		ssize_t got = recv(fd, in, sizeof(in) - 1, MSG_TRUNC);
		int truncated = 0;
		size_t len;

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		if ((size_t)got > sizeof(in) - 1) {
			truncated = 1;
			got = sizeof(in) - 1;
		}
		in[got] = '\0';
		len = tel_answer(in, truncated, data, out);
		if (send(fd, out, len, MSG_NOSIGNAL) < 0)
			break; /* the client went away mid-reply */
	}
end:
	free(data);
	free(out);
	pthread_mutex_lock(&srv.lock);
	close(fd);
	slot->fd = -1;
	slot->state = SLOT_DONE;
	pthread_mutex_unlock(&srv.lock);
	return NULL;
}

/* Join the threads that ended. Called with srv.lock held. */
static void
reap_done_locked(void)
{
	unsigned int i;

	for (i = 0; i < MAX_CONNECTIONS; i++)
		if (srv.slots[i].state == SLOT_DONE) {
			pthread_join(srv.slots[i].thread, NULL);
			srv.slots[i].state = SLOT_FREE;
		}
}

static void
serve_one(int fd)
{
	struct client_slot *slot = NULL;
	unsigned int i;
	int rc;

	pthread_mutex_lock(&srv.lock);
	reap_done_locked();
	if (!srv.stopping)
		for (i = 0; i < MAX_CONNECTIONS; i++)
			if (srv.slots[i].state == SLOT_FREE) {
				slot = &srv.slots[i];
				break;
			}
	if (slot == NULL) {
		/* Over the cap: the client sees the connection closed. */
		pthread_mutex_unlock(&srv.lock);
		close(fd);
		return;
	}
	slot->fd = fd;
	slot->state = SLOT_RUNNING;
	rc = pthread_create(&slot->thread, NULL, client_main, slot);
	if (rc != 0) {
		slot->fd = -1;
		slot->state = SLOT_FREE;
		close(fd);
		tlog(RTE_LOG_ERR, "cannot create a client thread: %s",
			strerror(rc));
	}
	pthread_mutex_unlock(&srv.lock);
}

static void *
listener_main(void *arg __rte_unused)
{
	for (;;) {
		int fd = accept4(srv.listen_fd, NULL, NULL, SOCK_CLOEXEC);
		int stopping;

		pthread_mutex_lock(&srv.lock);
		stopping = srv.stopping;
		pthread_mutex_unlock(&srv.lock);
		if (fd < 0) {
			struct timespec pause = {0, 10 * 1000 * 1000};

			if (stopping)
				break;
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			if (errno == EMFILE || errno == ENFILE ||
				errno == ENOBUFS || errno == ENOMEM) {
				/* Out of descriptors: retry, do not quit. */
				nanosleep(&pause, NULL);
				continue;
			}
			tlog(RTE_LOG_ERR, "accept failed: %s; telemetry stops",
				strerror(errno));
			break;
		}
		if (stopping) {
			close(fd);
			break;
		}
		serve_one(fd);
	}
	return NULL;
}

/*
 * Whether a process listens on the socket file at path. The file of a
 * process that died refuses the connection; a full backlog (EAGAIN) or
 * anything unexpected counts as a listener.
 */
static int
socket_listened(const struct sockaddr_un *sun)
{
	int probe, alive = 1;

	probe = socket(
		AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (probe < 0)
		return 1;
	if (connect(probe, (const struct sockaddr *)sun, sizeof(*sun)) < 0 &&
		errno == ECONNREFUSED)
		alive = 0;
	close(probe);
	return alive;
}

/*
 * Bind path. If it exists: a live listener there means -EADDRINUSE (the
 * caller tries the next name); a stale file from a dead process is
 * removed and bound again.
 */
static int
create_socket(const char *path, const char *dir)
{
	struct sockaddr_un sun = {.sun_family = AF_UNIX};
	int fd, err;

	fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		err = errno;
		tlog(RTE_LOG_ERR, "cannot create socket: %s", strerror(err));
		return -err;
	}
	memcpy(sun.sun_path, path, strlen(path) + 1);
	if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) < 0) {
		struct stat st;

		err = errno;
		if (err != EADDRINUSE) {
			tlog(RTE_LOG_ERR, "cannot bind %s: %s", path,
				strerror(err));
			close(fd);
			return -err;
		}
		if (stat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
			tlog(RTE_LOG_ERR, "cannot access runtime dir %s", dir);
			close(fd);
			return -ENOENT;
		}
		if (socket_listened(&sun)) {
			close(fd);
			return -EADDRINUSE;
		}
		unlink(path);
		if (bind(fd, (struct sockaddr *)&sun, sizeof(sun)) < 0) {
			err = errno;
			tlog(RTE_LOG_ERR, "cannot bind %s: %s", path,
				strerror(err));
			close(fd);
			return -err;
		}
	}
	if (chmod(path, 0600) < 0 || listen(fd, LISTEN_BACKLOG) < 0) {
		err = errno;
		tlog(RTE_LOG_ERR, "cannot listen on %s: %s", path,
			strerror(err));
		unlink(path);
		close(fd);
		return -err;
	}
	return fd;
}

/*
 * Lock the runtime dir (the lock the EAL's rte_mp channel takes too):
 * held from bind to listen, so that a sweep never takes a socket that
 * is bound but not listening yet for a dead one. The dir's fd, or -1
 * (no such dir: the bind reports it).
 */
static int
dir_lock(const char *dir)
{
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

	if (dfd >= 0 && flock(dfd, LOCK_EX) < 0) {
		close(dfd);
		dfd = -1;
	}
	return dfd;
}

static void
dir_unlock(int dfd)
{
	if (dfd < 0)
		return;
	flock(dfd, LOCK_UN);
	close(dfd);
}

/* SOCKET_NAME, or SOCKET_NAME ":<n>" as a secondary names its socket. */
static int
is_socket_name(const char *name)
{
	size_t len = strlen(SOCKET_NAME);
	const char *p;

	if (strncmp(name, SOCKET_NAME, len) != 0)
		return 0;
	if (name[len] == '\0')
		return 1;
	if (name[len] != ':' || name[len + 1] == '\0')
		return 0;
	for (p = name + len + 1; *p != '\0'; p++)
		if (*p < '0' || *p > '9')
			return 0;
	return 1;
}

/*
 * Remove the socket files nobody listens on (their process was killed
 * before rte_eal_cleanup). Caller holds the dir lock. Returns how many.
 */
static int
sweep_locked(int dfd, const char *dir)
{
	struct sockaddr_un sun = {.sun_family = AF_UNIX};
	struct dirent *ent;
	struct stat st;
	int n = 0, fd2 = dup(dfd);
	DIR *d;

	if (fd2 < 0)
		return 0;
	d = fdopendir(fd2);
	if (d == NULL) {
		close(fd2);
		return 0;
	}
	while ((ent = readdir(d)) != NULL) {
		if (!is_socket_name(ent->d_name) ||
			fstatat(dfd, ent->d_name, &st, AT_SYMLINK_NOFOLLOW) <
				0 ||
			!S_ISSOCK(st.st_mode) ||
			snprintf(sun.sun_path, sizeof(sun.sun_path), "%s/%s",
				dir, ent->d_name) >= (int)sizeof(sun.sun_path))
			continue;
		if ((srv.running && strcmp(sun.sun_path, srv.path) == 0) ||
			socket_listened(&sun))
			continue;
		if (unlinkat(dfd, ent->d_name, 0) == 0) {
			tlog(RTE_LOG_DEBUG, "removed %s of a dead process",
				sun.sun_path);
			n++;
		}
	}
	closedir(d);
	return n;
}

int
rte_telemetry_sweep(const char *runtime_dir)
{
	int dfd, n;

	if (runtime_dir == NULL || runtime_dir[0] == '\0')
		return -1;
	dfd = dir_lock(runtime_dir);
	if (dfd < 0)
		return -1;
	n = sweep_locked(dfd, runtime_dir);
	dir_unlock(dfd);
	return n;
}

/* A process that exits without rte_eal_cleanup leaves no socket file. */
static void
unlink_at_exit(void)
{
	if (srv.path[0] != '\0' && srv.owner == getpid())
		unlink(srv.path);
}

int
rte_telemetry_init(const char *runtime_dir, const char *rte_version,
	const cpu_set_t *cpuset, rte_log_fn log_fn, uint32_t registered_logtype)
{
	char base[sizeof(srv.path)];
	pthread_attr_t attr;
	sigset_t all, saved;
	int fd, dfd, n, rc;
	short suffix = 0;

	if (srv.running) {
		/* Left as they are: the running threads log with them. */
		if (log_fn != NULL)
			log_fn(RTE_LOG_ERR, registered_logtype,
				"TELEMETRY: already serving %s\n", srv.path);
		return -1;
	}
	srv.log_fn = log_fn;
	srv.logtype = registered_logtype;
	if (runtime_dir == NULL || runtime_dir[0] == '\0')
		runtime_dir = "/tmp";
	srv.version = rte_version;
	srv.has_cpuset = cpuset != NULL;
	if (cpuset != NULL)
		srv.cpuset = *cpuset;

	n = snprintf(base, sizeof(base), "%s/%s", runtime_dir, SOCKET_NAME);
	if (n < 0 || (size_t)n >= sizeof(base)) {
		tlog(RTE_LOG_ERR, "socket path %s/%s is too long", runtime_dir,
			SOCKET_NAME);
		return -1;
	}
	memcpy(srv.path, base, (size_t)n + 1);
	/*
	 * The first name nobody listens on, as DPDK 22.11 picks it; the
	 * files of dead processes go first, so that they do not pile up
	 * in the runtime dir.
	 */
	dfd = dir_lock(runtime_dir);
	if (dfd >= 0)
		sweep_locked(dfd, runtime_dir);
	fd = create_socket(srv.path, runtime_dir);
	while (fd == -EADDRINUSE) {
		/* Another live process (e.g. a secondary's primary) has it. */
		if (++suffix <= 0) {
			fd = -1;
			break;
		}
		n = snprintf(
			srv.path, sizeof(srv.path), "%s:%d", base, (int)suffix);
		if (n < 0 || (size_t)n >= sizeof(srv.path)) {
			tlog(RTE_LOG_ERR, "socket path %s:%d is too long", base,
				(int)suffix);
			fd = -1;
			break;
		}
		fd = create_socket(srv.path, runtime_dir);
	}
	dir_unlock(dfd);
	if (fd < 0) {
		srv.path[0] = '\0';
		return -1;
	}
	srv.listen_fd = fd;
	srv.owner = getpid();
	srv.stopping = 0;

	/* Telemetry threads take no signal meant for the application. */
	pthread_attr_init(&attr);
	if (srv.has_cpuset)
		pthread_attr_setaffinity_np(
			&attr, sizeof(srv.cpuset), &srv.cpuset);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &saved);
	rc = pthread_create(&srv.listener, &attr, listener_main, NULL);
	pthread_sigmask(SIG_SETMASK, &saved, NULL);
	pthread_attr_destroy(&attr);
	if (rc != 0) {
		tlog(RTE_LOG_ERR, "cannot create the telemetry thread: %s",
			strerror(rc));
		close(fd);
		unlink(srv.path);
		srv.path[0] = '\0';
		srv.listen_fd = -1;
		return -1;
	}
	pthread_setname_np(srv.listener, "telemetry-v2");
	srv.running = 1;
	if (!srv.atexit_done && atexit(unlink_at_exit) == 0)
		srv.atexit_done = 1;
	tlog(RTE_LOG_DEBUG, "serving %s", srv.path);
	return 0;
}

void
rte_telemetry_stop(void)
{
	unsigned int i;

	if (!srv.running)
		return;
	pthread_mutex_lock(&srv.lock);
	srv.stopping = 1;
	pthread_mutex_unlock(&srv.lock);
	/* Wakes accept() with an error; the listener sees stopping. */
	shutdown(srv.listen_fd, SHUT_RDWR);
	pthread_join(srv.listener, NULL);

	/* No new client now: end the connections, then join them. */
	pthread_mutex_lock(&srv.lock);
	for (i = 0; i < MAX_CONNECTIONS; i++)
		if (srv.slots[i].state == SLOT_RUNNING && srv.slots[i].fd >= 0)
			shutdown(srv.slots[i].fd, SHUT_RDWR);
	pthread_mutex_unlock(&srv.lock);
	for (i = 0; i < MAX_CONNECTIONS; i++) {
		int busy;

		pthread_mutex_lock(&srv.lock);
		busy = srv.slots[i].state != SLOT_FREE;
		pthread_mutex_unlock(&srv.lock);
		if (!busy)
			continue;
		pthread_join(srv.slots[i].thread, NULL);
		pthread_mutex_lock(&srv.lock);
		srv.slots[i].state = SLOT_FREE;
		pthread_mutex_unlock(&srv.lock);
	}
	close(srv.listen_fd);
	srv.listen_fd = -1;
	unlink(srv.path);
	srv.path[0] = '\0';
	srv.running = 0;
	srv.stopping = 0;
}

const char *
rte_telemetry_socket_path(void)
{
	return srv.running ? srv.path : NULL;
}
