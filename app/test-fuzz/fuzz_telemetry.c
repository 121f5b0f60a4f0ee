/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * libFuzzer target for the telemetry server's request parser and JSON
 * writer, through tel_answer() (what each client thread calls on a
 * request), without a socket. Odd first byte: the rest is a raw
 * request ("<command>[,<params>]"). Even first byte: the rest is a
 * program for the "/fuzz/build" command registered here, which builds
 * a reply of any shape (strings with any bytes, names, integers,
 * nested containers, more entries than fit) so the writer's escaping,
 * truncation and bracket closing all run. Every reply must be one
 * valid JSON object of the length returned and fit in the 16 KiB a
 * client is promised; anything else aborts (a finding).
 */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_telemetry.h>

#include "telemetry_data.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The max_output_len of "/info", which clients size their buffers to. */
#define FUZZ_OUT_LEN (16 * 1024)
/* What one recv() of the server keeps, NUL included. */
#define FUZZ_IN_LEN 1024

/* ----- a strict JSON syntax check ----- */

static const char *json_value(const char *p, const char *end, int depth);

static const char *
json_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r'))
		p++;
	return p;
}

static const char *
json_string(const char *p, const char *end)
{
	if (p >= end || *p != '"')
		return NULL;
	for (p++; p < end; p++) {
		unsigned char c = (unsigned char)*p;

		if (c == '"')
			return p + 1;
		if (c < 0x20)
			return NULL; /* control bytes must be escaped */
		if (c == '\\') {
			int i;

			if (++p >= end)
				return NULL;
			if (strchr("\"\\/bfnrt", *p) != NULL)
				continue;
			if (*p != 'u' || end - p < 5)
				return NULL;
			for (i = 1; i <= 4; i++)
				if (strchr("0123456789abcdefABCDEF", p[i]) ==
						NULL ||
					p[i] == '\0')
					return NULL;
			p += 4;
		}
	}
	return NULL;
}

static const char *
json_number(const char *p, const char *end)
{
	const char *start;

	if (p < end && *p == '-')
		p++;
	start = p;
	while (p < end && *p >= '0' && *p <= '9')
		p++;
	if (p == start || (*start == '0' && p - start > 1))
		return NULL;
	return p;
}

static const char *
json_container(const char *p, const char *end, int depth, char close)
{
	p = json_ws(p + 1, end);
	if (p < end && *p == close)
		return p + 1;
	for (;;) {
		if (close == '}') {
			p = json_string(p, end);
			if (p == NULL)
				return NULL;
			p = json_ws(p, end);
			if (p >= end || *p != ':')
				return NULL;
			p = json_ws(p + 1, end);
		}
		p = json_value(p, end, depth + 1);
		if (p == NULL)
			return NULL;
		p = json_ws(p, end);
		if (p >= end)
			return NULL;
		if (*p == close)
			return p + 1;
		if (*p != ',')
			return NULL;
		p = json_ws(p + 1, end);
	}
}

static const char *
json_value(const char *p, const char *end, int depth)
{
	if (depth > 64 || p >= end)
		return NULL;
	switch (*p) {
	case '{':
		return json_container(p, end, depth, '}');
	case '[':
		return json_container(p, end, depth, ']');
	case '"':
		return json_string(p, end);
	case 'n':
		return end - p >= 4 && memcmp(p, "null", 4) == 0 ? p + 4 : NULL;
	case 't':
		return end - p >= 4 && memcmp(p, "true", 4) == 0 ? p + 4 : NULL;
	case 'f':
		return end - p >= 5 && memcmp(p, "false", 5) == 0 ? p + 5
								  : NULL;
	default:
		return json_number(p, end);
	}
}

/* One JSON object filling exactly len bytes. */
static int
json_is_object(const char *s, size_t len)
{
	const char *end = s + len;
	const char *p = json_ws(s, end);

	if (p >= end || *p != '{')
		return 0;
	p = json_value(p, end, 0);
	return p != NULL && json_ws(p, end) == end;
}

/* ----- "/fuzz/build": a reply shaped by the input ----- */

struct prog {
	const unsigned char *p;
	size_t left;
};

static unsigned int
prog_byte(struct prog *g)
{
	if (g->left == 0)
		return 0;
	g->left--;
	return *g->p++;
}

/* A NUL-terminated string of the next n bytes (n from the program). */
static void
prog_string(struct prog *g, char *out, size_t cap)
{
	size_t n = prog_byte(g) % cap, i;

	for (i = 0; i < n && g->left > 0; i++)
		out[i] = (char)prog_byte(g);
	out[i] = '\0';
}

static const enum rte_tel_value_type array_types[] = {
	RTE_TEL_STRING_VAL,
	RTE_TEL_INT_VAL,
	RTE_TEL_U64_VAL,
	RTE_TEL_CONTAINER,
};

static void build(struct prog *g, struct rte_tel_data *d, int depth);

/* Containers added with keep = 1: the caller frees them after the
 * reply is written. */
static struct rte_tel_data *kept[256];
static unsigned int nb_kept;

/* Entries into a started container; return codes are not checked:
 * refusals (bad names, full containers) are part of what is fuzzed. */
static void
build_entries(struct prog *g, struct rte_tel_data *d, int is_dict,
	enum rte_tel_value_type atype, int depth)
{
	char name[RTE_TEL_MAX_STRING_LEN + 8];
	char str[RTE_TEL_MAX_STRING_LEN + 8];
	unsigned int n = prog_byte(g);
	unsigned int i;

	for (i = 0; i < n && g->left > 0; i++) {
		unsigned int op = prog_byte(g) % 4;

		if (is_dict)
			prog_string(g, name, sizeof(name));
		else
			op = atype == RTE_TEL_STRING_VAL   ? 0
				: atype == RTE_TEL_INT_VAL ? 1
				: atype == RTE_TEL_U64_VAL ? 2
							   : 3;
		switch (op) {
		case 0:
			prog_string(g, str, sizeof(str));
			if (is_dict)
				rte_tel_data_add_dict_string(d, name, str);
			else
				rte_tel_data_add_array_string(d, str);
			break;
		case 1: {
			uint32_t u = 0;
			int k, v;

			for (k = 0; k < 4; k++)
				u = u << 8 | prog_byte(g);
			v = (int)u;

			if (is_dict)
				rte_tel_data_add_dict_int(d, name, v);
			else
				rte_tel_data_add_array_int(d, v);
			break;
		}
		case 2: {
			uint64_t v = 0;
			int k;

			for (k = 0; k < 8; k++)
				v = v << 8 | prog_byte(g);
			if (is_dict)
				rte_tel_data_add_dict_u64(d, name, v);
			else
				rte_tel_data_add_array_u64(d, v);
			break;
		}
		default: {
			struct rte_tel_data *c;
			int keep = (int)(prog_byte(g) & 1), ret;

			if (depth >= 3)
				break;
			if (nb_kept == RTE_DIM(kept))
				keep = 0;
			c = rte_tel_data_alloc();
			if (c == NULL)
				break;
			build(g, c, depth + 1);
			ret = is_dict
				? rte_tel_data_add_dict_container(
					  d, name, c, keep)
				: rte_tel_data_add_array_container(d, c, keep);
			/*
			 * Refused (negative): still ours. Stored, also with
			 * E2BIG for a truncated name: the reply's, or ours
			 * once answered if kept.
			 */
			if (ret < 0)
				rte_tel_data_free(c);
			else if (keep)
				kept[nb_kept++] = c;
			break;
		}
		}
	}
}

static void
build(struct prog *g, struct rte_tel_data *d, int depth)
{
	char str[RTE_TEL_MAX_SINGLE_STRING_LEN + 8];
	enum rte_tel_value_type atype;

	switch (prog_byte(g) % 4) {
	case 0:
		return; /* nothing started: null */
	case 1:
		prog_string(g, str, sizeof(str));
		rte_tel_data_string(d, str);
		return;
	case 2:
		rte_tel_data_start_dict(d);
		build_entries(g, d, 1, RTE_TEL_STRING_VAL, depth);
		return;
	default:
		atype = array_types[prog_byte(g) % RTE_DIM(array_types)];
		rte_tel_data_start_array(d, atype);
		build_entries(g, d, 0, atype, depth);
		return;
	}
}

/* The program of the request being answered (one thread: libFuzzer's). */
static struct prog cur_prog;

static int
cmd_build(const char *cmd, const char *params, struct rte_tel_data *d)
{
	RTE_SET_USED(cmd);
	RTE_SET_USED(params);
	build(&cur_prog, d, 0);
	return 0;
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	RTE_SET_USED(argc);
	RTE_SET_USED(argv);
	if (rte_telemetry_register_cmd("/fuzz/build", cmd_build,
		    "Builds a reply from the fuzzer's input") != 0)
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct rte_tel_data scratch;
	char msg[FUZZ_IN_LEN];
	char *out;
	size_t len, n;
	int truncated = 0;

	if (size == 0)
		return 0;
	out = malloc(FUZZ_OUT_LEN);
	if (out == NULL)
		return 0;
	if (data[0] & 1) {
		/* A raw request, cut as the server's recv() cuts it. */
		n = size - 1;
		if (n > FUZZ_IN_LEN - 1) {
			n = FUZZ_IN_LEN - 1;
			truncated = 1;
		}
		memcpy(msg, data + 1, n);
		msg[n] = '\0';
		cur_prog.p = NULL;
		cur_prog.left = 0;
	} else {
		strcpy(msg, "/fuzz/build");
		cur_prog.p = data + 1;
		cur_prog.left = size - 1;
	}
	len = tel_answer(msg, truncated, &scratch, out);
	while (nb_kept > 0)
		rte_tel_data_free(kept[--nb_kept]);
	if (len >= FUZZ_OUT_LEN || strlen(out) != len ||
		!json_is_object(out, len)) {
		fprintf(stderr, "bad reply (%zu bytes): %.*s\n", len,
			(int)RTE_MIN(len, (size_t)FUZZ_OUT_LEN), out);
		abort();
	}
	free(out);
	return 0;
}
