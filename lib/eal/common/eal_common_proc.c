/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_mp_*: messages, requests and replies between the primary and its
 * secondaries, as unix datagrams between sockets in the runtime dir.
 * The primary binds "mp_socket", each secondary "mp_socket_<pid>_<tsc>";
 * a secondary talks to the primary only, the primary to one secondary
 * or (no peer given) to every one. One thread per process reads the
 * socket: it runs the registered actions, hands replies to the pending
 * requests they answer and expires asynchronous requests.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <inttypes.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/queue.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>

#include "eal_internal_cfg.h"
#include "eal_memcfg.h"
#include "eal_private.h"
#include "eal_proc.h"

#define MP_SOCKET_NAME "mp_socket"
#define MP_SECONDARY_GLOB MP_SOCKET_NAME "_*"
#define MP_WIRE_MAGIC 0x4d504950U
#define MP_NS_PER_S 1000000000LL
/* How long a send waits for room in a peer's full queue. */
#define MP_SEND_PATIENCE_NS (MP_NS_PER_S / 2)
/* Messages read in a row before expiries are looked at again. */
#define MP_RECV_BURST 32

#define MP_PATH_LEN sizeof(((struct sockaddr_un *)0)->sun_path)

enum mp_type {
	MP_MSG = 1, /* one way */
	MP_REQ, /* the action answers with rte_mp_reply */
	MP_REP, /* the answer */
	MP_IGN, /* "not initialised yet": the requester does not count us */
};

/* A datagram; its fds travel beside it as SCM_RIGHTS. */
struct mp_wire {
	uint32_t magic;
	uint32_t type;
	char name[RTE_MP_MAX_NAME_LEN];
	int32_t len_param;
	int32_t num_fds;
	uint8_t param[RTE_MP_MAX_PARAM_LEN];
};

struct mp_action {
	TAILQ_ENTRY(mp_action) next;
	char name[RTE_MP_MAX_NAME_LEN];
	rte_mp_t fn;
};
TAILQ_HEAD(mp_action_list, mp_action);

enum mp_pending_state {
	MP_WAITING = 0,
	MP_REPLIED, /* reply holds the answer */
	MP_IGNORED, /* the peer was still initialising */
	MP_EXPIRED, /* sent, no answer in time */
	MP_NOT_SENT, /* the peer was gone */
};

struct mp_async;

/* A request sent to one peer. Listed while it waits for the answer. */
struct mp_pending {
	TAILQ_ENTRY(mp_pending) next;
	char dst[MP_PATH_LEN];
	const char *name;
	enum mp_pending_state state;
	int listed;
	struct rte_mp_msg reply;
	pthread_cond_t *cond; /* sync: the caller sleeps on it */
	struct mp_async *async; /* async: the request it is part of */
};
TAILQ_HEAD(mp_pending_list, mp_pending);

/* An asynchronous request: one pending entry per peer. */
struct mp_async {
	TAILQ_ENTRY(mp_async) next;
	struct rte_mp_msg request;
	rte_mp_async_reply_t clb;
	struct timespec end;
	int nb_peers; /* entries of peers[] in use */
	int waiting; /* of those, still MP_WAITING */
	int sending; /* the caller is still sending: not complete yet */
	struct mp_pending peers[];
};
TAILQ_HEAD(mp_async_list, mp_async);

/* Values of the shared config's mp_status. */
enum { MP_STATUS_UNKNOWN = 0, MP_STATUS_DISABLED, MP_STATUS_ENABLED };

static struct {
	pthread_mutex_t lock; /* pending, asyncs */
	struct mp_pending_list pending;
	struct mp_async_list asyncs;
	pthread_mutex_t action_lock; /* actions */
	struct mp_action_list actions;
	int fd; /* our socket, -1 when the channel is down */
	int wake[2]; /* a byte in wake[1] wakes the thread */
	pthread_t thread;
	int running;
	uint32_t stop;
	int primary;
	char dir[PATH_MAX];
	char own[MP_PATH_LEN];
	char primary_path[MP_PATH_LEN];
} mp = {
	.lock = PTHREAD_MUTEX_INITIALIZER,
	.pending = TAILQ_HEAD_INITIALIZER(mp.pending),
	.asyncs = TAILQ_HEAD_INITIALIZER(mp.asyncs),
	.action_lock = PTHREAD_MUTEX_INITIALIZER,
	.actions = TAILQ_HEAD_INITIALIZER(mp.actions),
	.fd = -1,
	.wake = {-1, -1},
};

/* Set in the channel's thread: it must not wait for its own work. */
static __thread int in_mp_thread;

static int
mp_fd(void)
{
	return __atomic_load_n(&mp.fd, __ATOMIC_ACQUIRE);
}

/* IPC exists only where secondaries can: not with --in-memory. */
static int
mp_unsupported(const char *what)
{
	if (eal_get_internal_configuration()->in_memory) {
		RTE_LOG(DEBUG, EAL,
			"%s: no multi-process IPC with --in-memory\n", what);
		rte_errno = ENOTSUP;
		return 1;
	}
	return 0;
}

static int
mp_channel_down(const char *what)
{
	if (mp_fd() < 0) {
		RTE_LOG(ERR, EAL, "%s: the IPC channel is not running\n", what);
		rte_errno = ENOTSUP;
		return 1;
	}
	return 0;
}

static int
validate_name(const char *name)
{
	size_t len;

	if (name == NULL) {
		RTE_LOG(ERR, EAL, "IPC action name is NULL\n");
		rte_errno = EINVAL;
		return -1;
	}
	len = strnlen(name, RTE_MP_MAX_NAME_LEN);
	if (len == 0) {
		RTE_LOG(ERR, EAL, "IPC action name is empty\n");
		rte_errno = EINVAL;
		return -1;
	}
	if (len == RTE_MP_MAX_NAME_LEN) {
		RTE_LOG(ERR, EAL,
			"IPC action name '%.*s...' is too long (max %d)\n", 16,
			name, RTE_MP_MAX_NAME_LEN - 1);
		rte_errno = E2BIG;
		return -1;
	}
	return 0;
}

static int
check_msg(const struct rte_mp_msg *msg)
{
	if (msg == NULL) {
		RTE_LOG(ERR, EAL, "IPC message is NULL\n");
		rte_errno = EINVAL;
		return -1;
	}
	if (validate_name(msg->name) < 0)
		return -1;
	if (msg->len_param < 0 || msg->num_fds < 0) {
		RTE_LOG(ERR, EAL,
			"IPC message '%s': negative length or fd count\n",
			msg->name);
		rte_errno = EINVAL;
		return -1;
	}
	if (msg->len_param > RTE_MP_MAX_PARAM_LEN) {
		RTE_LOG(ERR, EAL,
			"IPC message '%s': %d bytes of data, max %d\n",
			msg->name, msg->len_param, RTE_MP_MAX_PARAM_LEN);
		rte_errno = E2BIG;
		return -1;
	}
	if (msg->num_fds > RTE_MP_MAX_FD_NUM) {
		RTE_LOG(ERR, EAL, "IPC message '%s': %d fds, max %d\n",
			msg->name, msg->num_fds, RTE_MP_MAX_FD_NUM);
		rte_errno = E2BIG;
		return -1;
	}
	return 0;
}

static int
check_timeout(const struct timespec *ts)
{
	if (ts == NULL || ts->tv_sec < 0 || ts->tv_nsec < 0 ||
		ts->tv_nsec >= MP_NS_PER_S) {
		RTE_LOG(ERR, EAL, "IPC request: invalid timeout\n");
		rte_errno = EINVAL;
		return -1;
	}
	return 0;
}

static void
deadline(struct timespec *end, const struct timespec *ts)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	end->tv_sec = now.tv_sec + ts->tv_sec +
		(now.tv_nsec + ts->tv_nsec) / MP_NS_PER_S;
	end->tv_nsec = (now.tv_nsec + ts->tv_nsec) % MP_NS_PER_S;
}

/* Nanoseconds from now to t (negative once past). */
static int64_t
ns_until(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (int64_t)(t->tv_sec - now.tv_sec) * MP_NS_PER_S +
		(t->tv_nsec - now.tv_nsec);
}

static void
close_fds(const struct rte_mp_msg *msg)
{
	int i;

	for (i = 0; i < msg->num_fds && i < RTE_MP_MAX_FD_NUM; i++)
		if (msg->fds[i] >= 0)
			close(msg->fds[i]);
}

/* Whether path names a socket of this prefix (where replies may go). */
static int
is_peer_path(const char *path)
{
	size_t dlen = strlen(mp.dir);

	return strncmp(path, mp.dir, dlen) == 0 && path[dlen] == '/' &&
		(strcmp(path + dlen + 1, MP_SOCKET_NAME) == 0 ||
			fnmatch(MP_SECONDARY_GLOB, path + dlen + 1, 0) == 0) &&
		strchr(path + dlen + 1, '/') == NULL;
}

/*
 * Send one datagram. Returns 1 when sent, 0 when the peer is gone (the
 * primary then removes the dead secondary's socket), -1 with rte_errno
 * otherwise. A secondary whose primary is gone gets -1 (ECONNREFUSED).
 */
static int
send_one(const char *dst, const struct rte_mp_msg *msg, enum mp_type type)
{
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(int) * RTE_MP_MAX_FD_NUM)];
	} control;
	struct sockaddr_un addr;
	struct mp_wire w;
	struct msghdr mh;
	struct iovec iov;
	struct timespec give_up = {0, 0};
	int fd = mp_fd();

	memset(&w, 0, sizeof(w));
	w.magic = MP_WIRE_MAGIC;
	w.type = type;
	memcpy(w.name, msg->name, strnlen(msg->name, RTE_MP_MAX_NAME_LEN - 1));
	w.len_param = msg->len_param;
	w.num_fds = msg->num_fds;
	memcpy(w.param, msg->param, (size_t)msg->len_param);

	memset(&addr, 0, sizeof(addr));
	addr.sun_family = AF_UNIX;
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", dst);
	iov.iov_base = &w;
	iov.iov_len = sizeof(w);
	memset(&mh, 0, sizeof(mh));
	mh.msg_name = &addr;
	mh.msg_namelen = sizeof(addr);
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	if (msg->num_fds > 0) {
		struct cmsghdr *c;
		size_t fdlen = sizeof(int) * (size_t)msg->num_fds;

		memset(&control, 0, sizeof(control));
		mh.msg_control = control.buf;
		mh.msg_controllen = CMSG_SPACE(fdlen);
		c = CMSG_FIRSTHDR(&mh);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(fdlen);
		memcpy(CMSG_DATA(c), msg->fds, fdlen);
	}

	for (;;) {
		if (sendmsg(fd, &mh, MSG_DONTWAIT | MSG_NOSIGNAL) >= 0)
			return 1;
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN || errno == ENOBUFS) {
			/* The peer's queue is full: wait a little for room. */
			struct timespec nap = {0, 1000 * 1000};

			if (give_up.tv_sec == 0 && give_up.tv_nsec == 0) {
				struct timespec patience = {
					0, MP_SEND_PATIENCE_NS};
				deadline(&give_up, &patience);
			} else if (ns_until(&give_up) <= 0) {
				break;
			}
			nanosleep(&nap, NULL);
			continue;
		}
		if ((errno == ECONNREFUSED || errno == ENOENT) && mp.primary) {
			/* A secondary that died left its socket: remove it. */
			if (errno == ECONNREFUSED &&
				is_peer_path(addr.sun_path) &&
				strcmp(addr.sun_path, mp.own) != 0) {
				unlink(addr.sun_path);
				RTE_LOG(DEBUG, EAL,
					"IPC peer %s is gone, socket removed\n",
					addr.sun_path);
			}
			return 0;
		}
		break;
	}
	rte_errno = errno;
	RTE_LOG(ERR, EAL, "IPC: cannot send '%s' to %s: %s\n", msg->name,
		addr.sun_path, strerror(errno));
	return -1;
}

/* The sockets a call sends to; the directory stays locked meanwhile. */
struct mp_peers {
	char (*path)[MP_PATH_LEN];
	int n;
	DIR *dir;
};

static void
peers_release(struct mp_peers *p)
{
	if (p->dir != NULL) {
		flock(dirfd(p->dir), LOCK_UN);
		closedir(p->dir);
	}
	free(p->path);
	memset(p, 0, sizeof(*p));
}

/*
 * A secondary sends to the primary; the primary to every secondary,
 * holding the dir's shared lock so none binds while the list is used.
 */
static int
peers_collect(struct mp_peers *p)
{
	struct dirent *ent;
	int cap = 0;

	memset(p, 0, sizeof(*p));
	if (!mp.primary) {
		p->path = malloc(MP_PATH_LEN);
		if (p->path == NULL)
			goto nomem;
		snprintf(p->path[0], MP_PATH_LEN, "%s", mp.primary_path);
		p->n = 1;
		return 0;
	}
	p->dir = opendir(mp.dir);
	if (p->dir == NULL || flock(dirfd(p->dir), LOCK_SH) < 0) {
		rte_errno = errno;
		RTE_LOG(ERR, EAL, "IPC: cannot list %s: %s\n", mp.dir,
			strerror(errno));
		if (p->dir != NULL)
			closedir(p->dir);
		p->dir = NULL;
		return -1;
	}
	while ((ent = readdir(p->dir)) != NULL) {
		if (fnmatch(MP_SECONDARY_GLOB, ent->d_name, 0) != 0)
			continue;
		if (p->n == cap) {
			int ncap = cap == 0 ? 8 : cap * 2;
			void *tmp =
				realloc(p->path, MP_PATH_LEN * (size_t)ncap);

			if (tmp == NULL)
				goto nomem;
			p->path = tmp;
			cap = ncap;
		}
		if (snprintf(p->path[p->n], MP_PATH_LEN, "%s/%s", mp.dir,
			    ent->d_name) >= (int)MP_PATH_LEN)
			continue;
		p->n++;
	}
	return 0;
nomem:
	peers_release(p);
	RTE_LOG(ERR, EAL, "IPC: out of memory\n");
	rte_errno = ENOMEM;
	return -1;
}

static struct mp_pending *
find_pending(const char *dst, const char *name)
{
	struct mp_pending *p;

	TAILQ_FOREACH(p, &mp.pending, next)
		if (strcmp(p->dst, dst) == 0 && strcmp(p->name, name) == 0)
			return p;
	return NULL;
}

/* List p for dst; fails (EEXIST) if the same request already waits. */
static int
pending_add(struct mp_pending *p, const char *dst, const char *name)
{
	if (find_pending(dst, name) != NULL) {
		RTE_LOG(ERR, EAL,
			"IPC: request '%s' to %s is already pending\n", name,
			dst);
		rte_errno = EEXIST;
		return -1;
	}
	snprintf(p->dst, sizeof(p->dst), "%s", dst);
	p->name = name;
	p->state = MP_WAITING;
	p->listed = 1;
	TAILQ_INSERT_TAIL(&mp.pending, p, next);
	return 0;
}

static void
pending_unlist(struct mp_pending *p, enum mp_pending_state state)
{
	if (!p->listed)
		return;
	TAILQ_REMOVE(&mp.pending, p, next);
	p->listed = 0;
	p->state = state;
	if (p->async != NULL)
		p->async->waiting--;
}

static void
wake_thread(void)
{
	char b = 1;

	if (mp.wake[1] >= 0 && write(mp.wake[1], &b, 1) < 0 && errno != EAGAIN)
		RTE_LOG(ERR, EAL, "IPC: cannot wake thread: %s\n",
			strerror(errno));
}

/* Whether an async request has every answer it will get (lock held). */
static int
async_complete(const struct mp_async *a)
{
	return !a->sending && a->waiting == 0;
}

/* Give the callback its replies, then free the request (no lock). */
static void
async_finish(struct mp_async *a)
{
	struct rte_mp_reply reply = {0, 0, NULL};
	int i;

	for (i = 0; i < a->nb_peers; i++)
		if (a->peers[i].state == MP_REPLIED ||
			a->peers[i].state == MP_EXPIRED)
			reply.nb_sent++;
	if (reply.nb_sent > 0)
		reply.msgs = calloc((size_t)reply.nb_sent, sizeof(*reply.msgs));
	for (i = 0; i < a->nb_peers; i++) {
		if (a->peers[i].state != MP_REPLIED)
			continue;
		if (reply.msgs == NULL) {
			close_fds(&a->peers[i].reply);
			continue;
		}
		reply.msgs[reply.nb_received++] = a->peers[i].reply;
	}
	if (reply.nb_sent > 0 && reply.msgs == NULL)
		RTE_LOG(ERR, EAL, "IPC: no memory for the replies to '%s'\n",
			a->request.name);
	a->clb(&a->request, &reply);
	free(reply.msgs);
	free(a);
}

/* Drop an async request that will never complete (lock held). */
static void
async_drop(struct mp_async *a)
{
	int i;

	for (i = 0; i < a->nb_peers; i++) {
		pending_unlist(&a->peers[i], MP_EXPIRED);
		if (a->peers[i].state == MP_REPLIED)
			close_fds(&a->peers[i].reply);
	}
	TAILQ_REMOVE(&mp.asyncs, a, next);
	free(a);
}

/* ----- the channel's thread ----- */

static void
handle_reply(const struct rte_mp_msg *msg, const char *from, int type)
{
	struct mp_async *done = NULL;
	struct mp_pending *p;

	pthread_mutex_lock(&mp.lock);
	p = find_pending(from, msg->name);
	if (p == NULL) {
		pthread_mutex_unlock(&mp.lock);
		RTE_LOG(ERR, EAL,
			"IPC: reply '%s' from %s matches no request\n",
			msg->name, from);
		close_fds(msg);
		return;
	}
	if (type == MP_REP)
		p->reply = *msg;
	pending_unlist(p, type == MP_REP ? MP_REPLIED : MP_IGNORED);
	if (p->cond != NULL) {
		pthread_cond_broadcast(p->cond);
	} else if (async_complete(p->async)) {
		done = p->async;
		TAILQ_REMOVE(&mp.asyncs, done, next);
	}
	pthread_mutex_unlock(&mp.lock);
	if (done != NULL)
		async_finish(done);
}

static void
handle_request(struct rte_mp_msg *msg, const char *from, int type)
{
	struct mp_action *a;
	rte_mp_t fn = NULL;

	pthread_mutex_lock(&mp.action_lock);
	TAILQ_FOREACH(a, &mp.actions, next)
		if (strcmp(a->name, msg->name) == 0) {
			fn = a->fn;
			break;
		}
	pthread_mutex_unlock(&mp.action_lock);
	if (fn == NULL) {
		close_fds(msg);
		if (type == MP_REQ && !rte_eal_is_initialized()) {
			struct rte_mp_msg ign;

			memset(&ign, 0, sizeof(ign));
			memcpy(ign.name, msg->name, sizeof(ign.name));
			send_one(from, &ign, MP_IGN);
			return;
		}
		RTE_LOG(ERR, EAL,
			"IPC: no action registered for '%s' (from %s)\n",
			msg->name, from);
		return;
	}
	if (fn(msg, from) < 0)
		RTE_LOG(ERR, EAL,
			"IPC: action '%s' failed on a message from %s\n",
			msg->name, from);
}

/* Read and handle one datagram. Returns 1, 0 if none waits, -1. */
static int
receive_one(int fd)
{
	union {
		struct cmsghdr align;
		char buf[CMSG_SPACE(sizeof(int) * RTE_MP_MAX_FD_NUM)];
	} control;
	struct sockaddr_un from;
	struct rte_mp_msg msg;
	struct cmsghdr *c;
	struct mp_wire w;
	struct msghdr mh;
	struct iovec iov;
	int fds[RTE_MP_MAX_FD_NUM];
	const char *why = NULL;
	int nfds = 0, i;
	ssize_t n;

	memset(&from, 0, sizeof(from));
	iov.iov_base = &w;
	iov.iov_len = sizeof(w);
	memset(&mh, 0, sizeof(mh));
	mh.msg_name = &from;
	mh.msg_namelen = sizeof(from);
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	mh.msg_control = control.buf;
	mh.msg_controllen = sizeof(control.buf);
	do {
		n = recvmsg(fd, &mh, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
	} while (n < 0 && errno == EINTR);
	if (n < 0) {
		if (errno == EAGAIN)
			return 0;
		RTE_LOG(ERR, EAL, "IPC: recvmsg: %s\n", strerror(errno));
		return -1;
	}
	/* Take every fd first so that none leaks, whatever comes next. */
	for (c = CMSG_FIRSTHDR(&mh); c != NULL; c = CMSG_NXTHDR(&mh, c)) {
		size_t k, cnt;

		if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS)
			continue;
		cnt = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
		for (k = 0; k < cnt; k++) {
			int f;

			memcpy(&f, CMSG_DATA(c) + k * sizeof(int), sizeof(f));
			if (nfds < RTE_MP_MAX_FD_NUM)
				fds[nfds++] = f;
			else
				close(f);
		}
	}
	from.sun_path[sizeof(from.sun_path) - 1] = '\0';
	if (mh.msg_flags & (MSG_TRUNC | MSG_CTRUNC))
		why = "truncated";
	else if (n != (ssize_t)sizeof(w) || w.magic != MP_WIRE_MAGIC)
		why = "not an IPC message";
	else if (w.type < MP_MSG || w.type > MP_IGN)
		why = "unknown type";
	else if (strnlen(w.name, sizeof(w.name)) == 0 ||
		strnlen(w.name, sizeof(w.name)) == sizeof(w.name))
		why = "bad name";
	else if (w.len_param < 0 || w.len_param > RTE_MP_MAX_PARAM_LEN)
		why = "bad data length";
	else if (w.num_fds != nfds)
		why = "fd count differs from the fds attached";
	else if (mh.msg_namelen <= offsetof(struct sockaddr_un, sun_path) ||
		!is_peer_path(from.sun_path))
		why = "sender is not a socket of this prefix";
	if (why != NULL) {
		RTE_LOG(ERR, EAL, "IPC: dropped a datagram from '%s': %s\n",
			from.sun_path, why);
		for (i = 0; i < nfds; i++)
			close(fds[i]);
		return 1;
	}
	memset(&msg, 0, sizeof(msg));
	memcpy(msg.name, w.name, sizeof(msg.name));
	msg.len_param = w.len_param;
	memcpy(msg.param, w.param, (size_t)w.len_param);
	msg.num_fds = nfds;
	for (i = 0; i < RTE_MP_MAX_FD_NUM; i++)
		msg.fds[i] = i < nfds ? fds[i] : -1;
	RTE_LOG(DEBUG, EAL, "IPC: '%s' (type %u) from %s\n", msg.name, w.type,
		from.sun_path);
	if (w.type == MP_REP || w.type == MP_IGN)
		handle_reply(&msg, from.sun_path, (int)w.type);
	else
		handle_request(&msg, from.sun_path, (int)w.type);
	return 1;
}

/* Expire what is due; return the poll timeout until the next due (ms). */
static int
expire_asyncs(void)
{
	struct mp_async_list done = TAILQ_HEAD_INITIALIZER(done);
	struct mp_async *a, *tmp;
	int64_t next = -1;
	int i;

	pthread_mutex_lock(&mp.lock);
	for (a = TAILQ_FIRST(&mp.asyncs); a != NULL; a = tmp) {
		int64_t left = ns_until(&a->end);

		tmp = TAILQ_NEXT(a, next);
		if (left <= 0) {
			for (i = 0; i < a->nb_peers; i++)
				pending_unlist(&a->peers[i], MP_EXPIRED);
		} else if (next < 0 || left < next) {
			next = left;
		}
		if (async_complete(a)) {
			TAILQ_REMOVE(&mp.asyncs, a, next);
			TAILQ_INSERT_TAIL(&done, a, next);
		}
	}
	pthread_mutex_unlock(&mp.lock);
	while ((a = TAILQ_FIRST(&done)) != NULL) {
		TAILQ_REMOVE(&done, a, next);
		async_finish(a);
	}
	if (next < 0)
		return -1;
	/* Wake at least once a minute; a far deadline is then re-read. */
	if (next > 60 * MP_NS_PER_S)
		return 60 * 1000;
	return (int)((next + 999999) / 1000000);
}

static void *
mp_thread_main(void *arg)
{
	int fd = mp_fd();

	RTE_SET_USED(arg);
	in_mp_thread = 1;
	while (!__atomic_load_n(&mp.stop, __ATOMIC_ACQUIRE)) {
		struct pollfd pfd[2] = {
			{.fd = fd, .events = POLLIN},
			{.fd = mp.wake[0], .events = POLLIN},
		};
		int timeout = expire_asyncs(), i;

		if (poll(pfd, 2, timeout) < 0 && errno != EINTR) {
			RTE_LOG(ERR, EAL, "IPC: poll: %s\n", strerror(errno));
			break;
		}
		if (pfd[1].revents & POLLIN) {
			char buf[64];

			while (read(mp.wake[0], buf, sizeof(buf)) > 0)
				;
		}
		if (pfd[0].revents & POLLIN)
			for (i = 0; i < MP_RECV_BURST; i++)
				if (receive_one(fd) <= 0)
					break;
	}
	return NULL;
}

/* ----- public API ----- */

int
rte_mp_action_register(const char *name, rte_mp_t action)
{
	struct mp_action *a, *e;

	if (validate_name(name) < 0)
		return -1;
	if (action == NULL) {
		RTE_LOG(ERR, EAL, "IPC action '%s': NULL function\n", name);
		rte_errno = EINVAL;
		return -1;
	}
	if (mp_unsupported("rte_mp_action_register"))
		return -1;
	a = calloc(1, sizeof(*a));
	if (a == NULL) {
		RTE_LOG(ERR, EAL, "IPC action '%s': out of memory\n", name);
		rte_errno = ENOMEM;
		return -1;
	}
	snprintf(a->name, sizeof(a->name), "%s", name);
	a->fn = action;
	pthread_mutex_lock(&mp.action_lock);
	TAILQ_FOREACH(e, &mp.actions, next)
		if (strcmp(e->name, name) == 0)
			break;
	if (e == NULL)
		TAILQ_INSERT_TAIL(&mp.actions, a, next);
	pthread_mutex_unlock(&mp.action_lock);
	if (e != NULL) {
		free(a);
		RTE_LOG(ERR, EAL, "IPC action '%s' is already registered\n",
			name);
		rte_errno = EEXIST;
		return -1;
	}
	return 0;
}

void
rte_mp_action_unregister(const char *name)
{
	struct mp_action *a;

	if (validate_name(name) < 0 ||
		mp_unsupported("rte_mp_action_unregister"))
		return;
	pthread_mutex_lock(&mp.action_lock);
	TAILQ_FOREACH(a, &mp.actions, next)
		if (strcmp(a->name, name) == 0)
			break;
	if (a != NULL)
		TAILQ_REMOVE(&mp.actions, a, next);
	pthread_mutex_unlock(&mp.action_lock);
	free(a);
}

int
rte_mp_sendmsg(struct rte_mp_msg *msg)
{
	struct mp_peers peers;
	int i, ret = 0;

	if (check_msg(msg) < 0 || mp_unsupported("rte_mp_sendmsg") ||
		mp_channel_down("rte_mp_sendmsg"))
		return -1;
	RTE_LOG(DEBUG, EAL, "IPC: sendmsg '%s'\n", msg->name);
	if (peers_collect(&peers) < 0)
		return -1;
	for (i = 0; i < peers.n; i++)
		if (send_one(peers.path[i], msg, MP_MSG) < 0)
			ret = -1;
	peers_release(&peers);
	return ret;
}

int
rte_mp_request_sync(struct rte_mp_msg *req, struct rte_mp_reply *reply,
	const struct timespec *ts)
{
	struct mp_pending *p = NULL;
	struct mp_peers peers;
	pthread_condattr_t attr;
	pthread_cond_t cond;
	struct timespec end;
	int i, n = 0, ret = -1, waiting, expired = 0;

	if (reply == NULL) {
		RTE_LOG(ERR, EAL, "rte_mp_request_sync: reply is NULL\n");
		rte_errno = EINVAL;
		return -1;
	}
	reply->nb_sent = 0;
	reply->nb_received = 0;
	reply->msgs = NULL;
	if (check_msg(req) < 0 || check_timeout(ts) < 0 ||
		mp_unsupported("rte_mp_request_sync") ||
		mp_channel_down("rte_mp_request_sync"))
		return -1;
	if (in_mp_thread) {
		RTE_LOG(ERR, EAL,
			"rte_mp_request_sync('%s') called from an IPC "
			"callback\n",
			req->name);
		rte_errno = EDEADLK;
		return -1;
	}
	RTE_LOG(DEBUG, EAL, "IPC: request '%s'\n", req->name);
	deadline(&end, ts);
	if (peers_collect(&peers) < 0)
		return -1;
	if (peers.n > 0) {
		p = calloc((size_t)peers.n, sizeof(*p));
		if (p == NULL) {
			RTE_LOG(ERR, EAL, "IPC: out of memory\n");
			rte_errno = ENOMEM;
			peers_release(&peers);
			return -1;
		}
	}
	pthread_condattr_init(&attr);
	pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
	pthread_cond_init(&cond, &attr);
	pthread_condattr_destroy(&attr);

	for (i = 0; i < peers.n; i++) {
		int sent;

		p[i].cond = &cond;
		pthread_mutex_lock(&mp.lock);
		sent = pending_add(&p[i], peers.path[i], req->name);
		pthread_mutex_unlock(&mp.lock);
		if (sent < 0)
			goto out;
		n = i + 1;
		sent = send_one(peers.path[i], req, MP_REQ);
		if (sent <= 0) {
			pthread_mutex_lock(&mp.lock);
			pending_unlist(&p[i], MP_NOT_SENT);
			pthread_mutex_unlock(&mp.lock);
			if (sent < 0)
				goto out;
		}
	}
	peers_release(&peers);

	pthread_mutex_lock(&mp.lock);
	for (;;) {
		waiting = 0;
		for (i = 0; i < n; i++)
			waiting += p[i].listed;
		if (waiting == 0 ||
			pthread_cond_timedwait(&cond, &mp.lock, &end) ==
				ETIMEDOUT)
			break;
	}
	for (i = 0; i < n; i++)
		pending_unlist(&p[i], MP_EXPIRED);
	pthread_mutex_unlock(&mp.lock);
	for (i = 0; i < n; i++) {
		if (p[i].state != MP_EXPIRED)
			continue;
		expired++;
		RTE_LOG(ERR, EAL, "IPC: no reply from %s to request '%s'\n",
			p[i].dst, req->name);
	}

	for (i = 0; i < n; i++)
		if (p[i].state == MP_REPLIED || p[i].state == MP_EXPIRED)
			reply->nb_sent++;
	if (expired > 0) {
		rte_errno = ETIMEDOUT;
		goto out;
	}
	if (reply->nb_sent > 0) {
		reply->msgs =
			calloc((size_t)reply->nb_sent, sizeof(*reply->msgs));
		if (reply->msgs == NULL) {
			RTE_LOG(ERR, EAL,
				"IPC: no memory for the replies to '%s'\n",
				req->name);
			rte_errno = ENOMEM;
			goto out;
		}
	}
	for (i = 0; i < n; i++)
		if (p[i].state == MP_REPLIED)
			reply->msgs[reply->nb_received++] = p[i].reply;
	ret = 0;
out:
	if (ret < 0) {
		pthread_mutex_lock(&mp.lock);
		for (i = 0; i < n; i++)
			pending_unlist(&p[i], MP_EXPIRED);
		pthread_mutex_unlock(&mp.lock);
		/* The caller gets no reply: close the fds replies brought. */
		for (i = 0; i < n; i++)
			if (p[i].state == MP_REPLIED)
				close_fds(&p[i].reply);
		reply->nb_received = 0;
	}
	peers_release(&peers);
	pthread_cond_destroy(&cond);
	free(p);
	return ret;
}

int
rte_mp_request_async(struct rte_mp_msg *req, const struct timespec *ts,
	rte_mp_async_reply_t clb)
{
	struct mp_peers peers;
	struct mp_async *a;
	int i;

	if (check_msg(req) < 0 || check_timeout(ts) < 0)
		return -1;
	if (clb == NULL) {
		RTE_LOG(ERR, EAL, "rte_mp_request_async('%s'): NULL callback\n",
			req->name);
		rte_errno = EINVAL;
		return -1;
	}
	if (mp_unsupported("rte_mp_request_async") ||
		mp_channel_down("rte_mp_request_async"))
		return -1;
	RTE_LOG(DEBUG, EAL, "IPC: async request '%s'\n", req->name);
	if (peers_collect(&peers) < 0)
		return -1;
	a = calloc(1, sizeof(*a) + sizeof(a->peers[0]) * (size_t)peers.n);
	if (a == NULL) {
		RTE_LOG(ERR, EAL, "IPC: out of memory\n");
		rte_errno = ENOMEM;
		peers_release(&peers);
		return -1;
	}
	a->request = *req;
	a->clb = clb;
	a->sending = 1;
	deadline(&a->end, ts);
	pthread_mutex_lock(&mp.lock);
	TAILQ_INSERT_TAIL(&mp.asyncs, a, next);
	pthread_mutex_unlock(&mp.lock);

	for (i = 0; i < peers.n; i++) {
		struct mp_pending *p = &a->peers[i];
		int sent;

		p->async = a;
		pthread_mutex_lock(&mp.lock);
		sent = pending_add(p, peers.path[i], a->request.name);
		if (sent == 0) {
			a->nb_peers++;
			a->waiting++;
		}
		pthread_mutex_unlock(&mp.lock);
		if (sent < 0)
			goto fail;
		sent = send_one(peers.path[i], req, MP_REQ);
		if (sent <= 0) {
			pthread_mutex_lock(&mp.lock);
			pending_unlist(p, MP_NOT_SENT);
			pthread_mutex_unlock(&mp.lock);
			if (sent < 0)
				goto fail;
		}
	}
	peers_release(&peers);
	pthread_mutex_lock(&mp.lock);
	a->sending = 0;
	pthread_mutex_unlock(&mp.lock);
	/* The thread re-reads the deadlines (or finishes a done request). */
	wake_thread();
	return 0;
fail:
	peers_release(&peers);
	pthread_mutex_lock(&mp.lock);
	async_drop(a);
	pthread_mutex_unlock(&mp.lock);
	return -1;
}

int
rte_mp_reply(struct rte_mp_msg *msg, const char *peer)
{
	if (check_msg(msg) < 0)
		return -1;
	if (peer == NULL) {
		RTE_LOG(ERR, EAL, "rte_mp_reply('%s'): peer is NULL\n",
			msg->name);
		rte_errno = EINVAL;
		return -1;
	}
	if (eal_get_internal_configuration()->in_memory)
		return 0;
	if (mp_channel_down("rte_mp_reply"))
		return -1;
	if (!is_peer_path(peer)) {
		RTE_LOG(ERR, EAL,
			"rte_mp_reply('%s'): %s is not a peer socket\n",
			msg->name, peer);
		rte_errno = EINVAL;
		return -1;
	}
	return send_one(peer, msg, MP_REP) < 0 ? -1 : 0;
}

/* The shared mp status moves once from UNKNOWN to ENABLED or DISABLED. */
static bool
mp_status_set(uint32_t want)
{
	struct rte_mem_config *mcfg = eal_get_mcfg();
	uint32_t expected = MP_STATUS_UNKNOWN;

	if (mcfg == NULL)
		return false;
	if (__atomic_compare_exchange_n(&mcfg->mp_status, &expected, want, 0,
		    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
		return true;
	return expected == want;
}

bool
rte_mp_disable(void)
{
	return mp_status_set(MP_STATUS_DISABLED);
}

/* ----- start and stop ----- */

/* Whether a datagram socket has a reader (a dead peer's refuses). */
static int
socket_alive(const char *name)
{
	struct sockaddr_un addr;
	int s, alive = 1;

	memset(&addr, 0, sizeof(addr));
	addr.sun_family = AF_UNIX;
	if (snprintf(addr.sun_path, sizeof(addr.sun_path), "%s/%s", mp.dir,
		    name) >= (int)sizeof(addr.sun_path))
		return 1;
	s = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (s < 0)
		return 1;
	if (connect(s, (struct sockaddr *)&addr, sizeof(addr)) < 0 &&
		errno == ECONNREFUSED)
		alive = 0;
	close(s);
	return alive;
}

/* Remove the sockets of secondaries that died (dir locked by caller). */
static void
sweep_dead_secondaries(int dfd)
{
	struct dirent *ent;
	DIR *d;
	int fd2 = dup(dfd);

	if (fd2 < 0)
		return;
	d = fdopendir(fd2);
	if (d == NULL) {
		close(fd2);
		return;
	}
	while ((ent = readdir(d)) != NULL) {
		if (fnmatch(MP_SECONDARY_GLOB, ent->d_name, 0) != 0 ||
			socket_alive(ent->d_name))
			continue;
		RTE_LOG(DEBUG, EAL, "IPC: removing dead peer socket %s\n",
			ent->d_name);
		unlinkat(dfd, ent->d_name, 0);
	}
	closedir(d);
}

static int
lock_dir(int how)
{
	int dfd = open(mp.dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

	if (dfd < 0 || flock(dfd, how) < 0) {
		rte_errno = errno;
		RTE_LOG(ERR, EAL, "IPC: cannot lock %s: %s\n", mp.dir,
			strerror(errno));
		if (dfd >= 0)
			close(dfd);
		return -1;
	}
	return dfd;
}

static void
channel_reset(void)
{
	if (mp.wake[0] >= 0)
		close(mp.wake[0]);
	if (mp.wake[1] >= 0)
		close(mp.wake[1]);
	mp.wake[0] = mp.wake[1] = -1;
	mp.own[0] = '\0';
	mp.primary_path[0] = '\0';
	mp.dir[0] = '\0';
	__atomic_store_n(&mp.stop, 0, __ATOMIC_RELEASE);
}

int
eal_mp_channel_init(void)
{
	struct sockaddr_un addr;
	sigset_t all, old;
	int dfd, fd, err, n;

	if (eal_get_internal_configuration()->in_memory)
		return 0;
	mp.primary = rte_eal_process_type() == RTE_PROC_PRIMARY;
	n = snprintf(mp.dir, sizeof(mp.dir), "%s", rte_eal_get_runtime_dir());
	if (n <= 0 || (size_t)n >= sizeof(mp.dir) ||
		snprintf(mp.primary_path, sizeof(mp.primary_path), "%s/%s",
			mp.dir, MP_SOCKET_NAME) >= (int)MP_PATH_LEN ||
		(mp.primary ? snprintf(mp.own, sizeof(mp.own), "%s",
				      mp.primary_path)
			    : snprintf(mp.own, sizeof(mp.own),
				      "%s/%s_%d_%" PRIx64, mp.dir,
				      MP_SOCKET_NAME, (int)getpid(),
				      rte_rdtsc())) >= (int)MP_PATH_LEN) {
		RTE_LOG(ERR, EAL,
			"IPC: socket path in %s is too long for a unix "
			"socket\n",
			rte_eal_get_runtime_dir());
		channel_reset();
		rte_errno = ENAMETOOLONG;
		return -1;
	}
	if (!mp.primary && !mp_status_set(MP_STATUS_ENABLED)) {
		RTE_LOG(ERR, EAL,
			"the primary process refuses secondaries "
			"(rte_mp_disable)\n");
		channel_reset();
		rte_errno = EPERM;
		return -1;
	}
	dfd = lock_dir(LOCK_EX);
	if (dfd < 0) {
		channel_reset();
		return -1;
	}
	if (pipe2(mp.wake, O_CLOEXEC | O_NONBLOCK) < 0) {
		err = errno;
		goto fail_dir;
	}
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		err = errno;
		goto fail_dir;
	}
	/* A dead primary's socket. */
	if (mp.primary)
		unlink(mp.own);
	/*
	 * Dead secondaries' sockets: every process attaching removes them,
	 * so that they do not pile up while the primary sends nothing.
	 */
	sweep_dead_secondaries(dfd);
	memset(&addr, 0, sizeof(addr));
	addr.sun_family = AF_UNIX;
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", mp.own);
	if (bind(fd, (struct sockaddr *)&addr, sizeof(addr)) < 0) {
		err = errno;
		close(fd);
		goto fail_dir;
	}
	/* Nobody else can enter the 0700 dir before this. */
	if (chmod(mp.own, 0600) < 0) {
		err = errno;
		goto fail_sock;
	}
	__atomic_store_n(&mp.fd, fd, __ATOMIC_RELEASE);
	/* The thread takes no signal meant for the application. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&mp.thread, NULL, mp_thread_main, NULL);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err != 0) {
		__atomic_store_n(&mp.fd, -1, __ATOMIC_RELEASE);
		goto fail_sock;
	}
	pthread_setname_np(mp.thread, "rte_mp_handle");
	mp.running = 1;
	flock(dfd, LOCK_UN);
	close(dfd);
	RTE_LOG(DEBUG, EAL, "multi-process socket %s\n", mp.own);
	return 0;

fail_sock:
	close(fd);
	unlink(mp.own);
fail_dir:
	flock(dfd, LOCK_UN);
	close(dfd);
	RTE_LOG(ERR, EAL, "IPC: cannot set up socket %s: %s\n", mp.own,
		strerror(err));
	channel_reset();
	rte_errno = err;
	return -1;
}

void
eal_mp_channel_cleanup(void)
{
	struct mp_pending *p;
	struct mp_async *a;
	int fd, dfd;

	if (!mp.running)
		return;
	__atomic_store_n(&mp.stop, 1, __ATOMIC_RELEASE);
	wake_thread();
	pthread_join(mp.thread, NULL);
	mp.running = 0;

	pthread_mutex_lock(&mp.lock);
	while ((a = TAILQ_FIRST(&mp.asyncs)) != NULL)
		async_drop(a);
	/* Synchronous callers still waiting give up now. */
	while ((p = TAILQ_FIRST(&mp.pending)) != NULL) {
		pending_unlist(p, MP_EXPIRED);
		if (p->cond != NULL)
			pthread_cond_broadcast(p->cond);
	}
	pthread_mutex_unlock(&mp.lock);

	fd = __atomic_exchange_n(&mp.fd, -1, __ATOMIC_ACQ_REL);
	close(fd);
	dfd = lock_dir(LOCK_EX);
	unlink(mp.own);
	if (dfd >= 0) {
		if (mp.primary)
			sweep_dead_secondaries(dfd);
		flock(dfd, LOCK_UN);
		close(dfd);
	}
	channel_reset();
}
