/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * A minimal telemetry client and JSON reader for the telemetry tests:
 * just enough to talk to the socket the way dpdk-telemetry.py does and
 * to check that every reply is valid JSON with the expected members.
 */

#ifndef TEST_TELEMETRY_CLIENT_H
#define TEST_TELEMETRY_CLIENT_H

#include <stddef.h>
#include <stdint.h>

enum tj_type {
	TJ_NULL,
	TJ_BOOL,
	TJ_NUM,
	TJ_STR,
	TJ_ARR,
	TJ_OBJ,
};

/* One JSON value; members of arrays and objects are chained by next. */
struct tj {
	enum tj_type type;
	char *key; /* member name inside an object */
	char *str; /* TJ_STR (unescaped) and TJ_NUM (its text) */
	int boolean;
	unsigned int n; /* members of TJ_ARR / TJ_OBJ */
	struct tj *child;
	struct tj *next;
};

/* Parse all of text (one JSON value and blanks); NULL if invalid. */
struct tj *tj_parse(const char *text);
void tj_free(struct tj *v);
/* Member of an object, or NULL. */
const struct tj *tj_get(const struct tj *obj, const char *key);
/* Element i of an array (or member i of an object), or NULL. */
const struct tj *tj_at(const struct tj *v, unsigned int i);
/* A number member as uint64 / int64 (0 with *ok = 0 if not a number). */
uint64_t tj_u64(const struct tj *v, int *ok);
int64_t tj_i64(const struct tj *v, int *ok);
/* The only member of {"<cmd>": value}, checking the key is cmd. */
const struct tj *tj_reply(const struct tj *root, const char *cmd);

/* Connect to a telemetry socket; greeting (if not NULL) gets its text. */
int tel_connect(const char *path, char *greeting, size_t len);
/*
 * Send one request and read one reply (timeout 10 s). Returns the
 * reply length, 0 if the server closed the connection, -1 on error.
 */
int
tel_request(int fd, const char *req, size_t req_len, char *reply, size_t len);
/* Send req, parse the reply; NULL if no reply or not JSON. */
struct tj *tel_query(int fd, const char *req);

/* Open descriptors and threads of this process (/proc/self). */
int tel_count_fds(void);
int tel_count_threads(void);

#endif /* TEST_TELEMETRY_CLIENT_H */
