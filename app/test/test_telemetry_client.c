/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Minimal telemetry client and JSON reader (see the header). */

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "test.h"
#include "test_telemetry_client.h"

struct tj_parser {
	const char *p;
	int depth;
};

static void
skip_ws(struct tj_parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n' ||
		*ps->p == '\r')
		ps->p++;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* A JSON string at ps->p; returns a malloc'd copy or NULL. */
static char *
parse_string(struct tj_parser *ps)
{
	size_t cap = 32, len = 0;
	char *out;

	if (*ps->p != '"')
		return NULL;
	ps->p++;
	out = malloc(cap);
	if (out == NULL)
		return NULL;
	for (;;) {
		unsigned char c = (unsigned char)*ps->p++;
		unsigned int cp = 0;
		int i;

		if (c == '\0' || c < 0x20)
			goto bad;
		if (c == '"')
			break;
		if (c == '\\') {
			c = (unsigned char)*ps->p++;
			switch (c) {
			case '"':
			case '\\':
			case '/':
				break;
			case 'b':
				c = '\b';
				break;
			case 'f':
				c = '\f';
				break;
			case 'n':
				c = '\n';
				break;
			case 'r':
				c = '\r';
				break;
			case 't':
				c = '\t';
				break;
			case 'u':
				for (i = 0; i < 4; i++) {
					int h = hexval(*ps->p++);

					if (h < 0)
						goto bad;
					cp = cp * 16 + (unsigned int)h;
				}
				/* The tests only need bytes back. */
				c = (unsigned char)(cp & 0xff);
				break;
			default:
				goto bad;
			}
		}
		if (len + 2 > cap) {
			char *g = realloc(out, cap * 2);

			if (g == NULL)
				goto bad;
			out = g;
			cap *= 2;
		}
		out[len++] = (char)c;
	}
	out[len] = '\0';
	return out;
bad:
	free(out);
	return NULL;
}

static struct tj *parse_value(struct tj_parser *ps);

static struct tj *
parse_container(struct tj_parser *ps, int obj)
{
	struct tj *v = calloc(1, sizeof(*v));
	struct tj **tail;
	char close = obj ? '}' : ']';

	if (v == NULL)
		return NULL;
	v->type = obj ? TJ_OBJ : TJ_ARR;
	tail = &v->child;
	ps->p++;
	skip_ws(ps);
	if (*ps->p == close) {
		ps->p++;
		return v;
	}
	for (;;) {
		char *key = NULL;
		struct tj *m;

		skip_ws(ps);
		if (obj) {
			key = parse_string(ps);
			if (key == NULL)
				goto bad;
			skip_ws(ps);
			if (*ps->p++ != ':') {
				free(key);
				goto bad;
			}
		}
		m = parse_value(ps);
		if (m == NULL) {
			free(key);
			goto bad;
		}
		m->key = key;
		*tail = m;
		tail = &m->next;
		v->n++;
		skip_ws(ps);
		if (*ps->p == ',') {
			ps->p++;
			continue;
		}
		if (*ps->p == close) {
			ps->p++;
			return v;
		}
		goto bad;
	}
bad:
	tj_free(v);
	return NULL;
}

static struct tj *
parse_value(struct tj_parser *ps)
{
	struct tj *v;

	skip_ws(ps);
	if (++ps->depth > 64)
		return NULL;
	if (*ps->p == '{' || *ps->p == '[') {
		v = parse_container(ps, *ps->p == '{');
		ps->depth--;
		return v;
	}
	ps->depth--;
	v = calloc(1, sizeof(*v));
	if (v == NULL)
		return NULL;
	if (*ps->p == '"') {
		v->type = TJ_STR;
		v->str = parse_string(ps);
		if (v->str == NULL)
			goto bad;
	} else if (strncmp(ps->p, "null", 4) == 0) {
		v->type = TJ_NULL;
		ps->p += 4;
	} else if (strncmp(ps->p, "true", 4) == 0) {
		v->type = TJ_BOOL;
		v->boolean = 1;
		ps->p += 4;
	} else if (strncmp(ps->p, "false", 5) == 0) {
		v->type = TJ_BOOL;
		ps->p += 5;
	} else {
		const char *s = ps->p;
		char *end;

		if (*s == '-')
			s++;
		if (*s < '0' || *s > '9')
			goto bad;
		strtod(ps->p, &end);
		v->type = TJ_NUM;
		v->str = strndup(ps->p, (size_t)(end - ps->p));
		if (v->str == NULL)
			goto bad;
		ps->p = end;
	}
	return v;
bad:
	tj_free(v);
	return NULL;
}

struct tj *
tj_parse(const char *text)
{
	struct tj_parser ps = {.p = text, .depth = 0};
	struct tj *v;

	if (text == NULL)
		return NULL;
	v = parse_value(&ps);
	if (v == NULL)
		return NULL;
	skip_ws(&ps);
	if (*ps.p != '\0') {
		tj_free(v);
		return NULL;
	}
	return v;
}

void
tj_free(struct tj *v)
{
	while (v != NULL) {
		struct tj *next = v->next;

		tj_free(v->child);
		free(v->key);
		free(v->str);
		free(v);
		v = next;
	}
}

const struct tj *
tj_get(const struct tj *obj, const char *key)
{
	const struct tj *m;

	if (obj == NULL || obj->type != TJ_OBJ)
		return NULL;
	for (m = obj->child; m != NULL; m = m->next)
		if (strcmp(m->key, key) == 0)
			return m;
	return NULL;
}

const struct tj *
tj_at(const struct tj *v, unsigned int i)
{
	const struct tj *m;

	if (v == NULL || (v->type != TJ_ARR && v->type != TJ_OBJ))
		return NULL;
	for (m = v->child; m != NULL && i > 0; m = m->next)
		i--;
	return m;
}

uint64_t
tj_u64(const struct tj *v, int *ok)
{
	char *end;
	uint64_t x;

	*ok = 0;
	if (v == NULL || v->type != TJ_NUM || v->str[0] == '-')
		return 0;
	errno = 0;
	x = strtoull(v->str, &end, 10);
	*ok = errno == 0 && *end == '\0';
	return x;
}

int64_t
tj_i64(const struct tj *v, int *ok)
{
	char *end;
	int64_t x;

	*ok = 0;
	if (v == NULL || v->type != TJ_NUM)
		return 0;
	errno = 0;
	x = strtoll(v->str, &end, 10);
	*ok = errno == 0 && *end == '\0';
	return x;
}

const struct tj *
tj_reply(const struct tj *root, const char *cmd)
{
	if (root == NULL || root->type != TJ_OBJ || root->n != 1 ||
		strcmp(root->child->key, cmd) != 0)
		return NULL;
	return root->child;
}

/* Wait for fd to be readable; 0 on timeout. */
static int
wait_readable(int fd, int ms)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};
	int r;

	do
		r = poll(&p, 1, ms);
	while (r < 0 && errno == EINTR);
	return r;
}

int
tel_connect(const char *path, char *greeting, size_t len)
{
	struct sockaddr_un sun = {.sun_family = AF_UNIX};
	int fd = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	char buf[1024];
	ssize_t n;

	if (fd < 0)
		return -1;
	snprintf(sun.sun_path, sizeof(sun.sun_path), "%s", path);
	if (connect(fd, (struct sockaddr *)&sun, sizeof(sun)) < 0)
		goto bad;
	if (wait_readable(fd, 10000) <= 0)
		goto bad;
	n = recv(fd, buf, sizeof(buf) - 1, 0);
	if (n <= 0)
		goto bad;
	buf[n] = '\0';
	if (greeting != NULL)
		snprintf(greeting, len, "%s", buf);
	return fd;
bad:
	close(fd);
	return -1;
}

int
tel_request(int fd, const char *req, size_t req_len, char *reply, size_t len)
{
	ssize_t n;

	if (send(fd, req, req_len, MSG_NOSIGNAL) < 0)
		return -1;
	if (wait_readable(fd, 10000) <= 0)
		return -1;
	n = recv(fd, reply, len - 1, 0);
	if (n < 0)
		return -1;
	reply[n] = '\0';
	return (int)n;
}

struct tj *
tel_query(int fd, const char *req)
{
	static __thread char reply[16384 + 1];
	int n = tel_request(fd, req, strlen(req), reply, sizeof(reply));

	if (n <= 0)
		return NULL;
	return tj_parse(reply);
}

int
tel_count_fds(void)
{
	/* opendir holds one descriptor while counting. */
	return test_count_dir("/proc/self/fd") - 1;
}

int
tel_count_threads(void)
{
	return test_count_dir("/proc/self/task");
}
