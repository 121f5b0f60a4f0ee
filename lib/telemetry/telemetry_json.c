/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * JSON text of a reply. The output buffer has a fixed size (the
 * max_output_len the greeting announces): an entry that does not fit is
 * left out, together with every entry after it in the same container,
 * and the brackets are still closed, so a client always gets valid JSON.
 * Strings are escaped; bytes that are not printable ASCII become \u00XX
 * so that even binary garbage echoed back stays valid UTF-8.
 */

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "telemetry_data.h"

struct jbuf {
	char *p;
	size_t cap; /* bytes usable, without the NUL */
	size_t len;
	int full; /* a write did not fit */
};

static void
put_raw(struct jbuf *b, const char *s, size_t n)
{
	if (b->full || n > b->cap - b->len) {
		b->full = 1;
		return;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void
put_str(struct jbuf *b, const char *s)
{
	put_raw(b, s, strlen(s));
}

static void
put_escaped(struct jbuf *b, const char *s, size_t max)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	put_raw(b, "\"", 1);
	for (i = 0; i < max && p[i] != '\0'; i++) {
		char esc[6];

		if (p[i] == '"' || p[i] == '\\') {
			esc[0] = '\\';
			esc[1] = (char)p[i];
			put_raw(b, esc, 2);
		} else if (p[i] < 0x20 || p[i] >= 0x7f) {
			esc[0] = '\\';
			esc[1] = 'u';
			esc[2] = '0';
			esc[3] = '0';
			esc[4] = hex[p[i] >> 4];
			esc[5] = hex[p[i] & 0xf];
			put_raw(b, esc, 6);
		} else {
			put_raw(b, (const char *)&p[i], 1);
		}
	}
	put_raw(b, "\"", 1);
}

static void put_data(struct jbuf *b, const struct rte_tel_data *d);

static void
put_value(
	struct jbuf *b, enum rte_tel_value_type type, const union tel_value *v)
{
	char num[32];

	switch (type) {
	case RTE_TEL_STRING_VAL:
		put_escaped(b, v->sval, RTE_TEL_MAX_STRING_LEN);
		break;
	case RTE_TEL_INT_VAL:
		snprintf(num, sizeof(num), "%d", v->ival);
		put_str(b, num);
		break;
	case RTE_TEL_U64_VAL:
		snprintf(num, sizeof(num), "%" PRIu64, v->u64val);
		put_str(b, num);
		break;
	case RTE_TEL_CONTAINER:
		put_data(b, v->container.data);
		break;
	}
}

/* Open a container: the closing byte is reserved before any entry. */
static int
open_container(struct jbuf *b, char open)
{
	put_raw(b, &open, 1);
	if (b->full || b->cap == b->len)
		return -1;
	b->cap--;
	return 0;
}

static void
close_container(struct jbuf *b, char close)
{
	b->cap++;
	b->full = 0;
	put_raw(b, &close, 1);
}

/* Try one entry; undo it (and report 0) if it does not fit. */
static int
entry_fits(struct jbuf *b, size_t start)
{
	if (!b->full)
		return 1;
	b->len = start;
	return 0;
}

static void
put_data(struct jbuf *b, const struct rte_tel_data *d)
{
	enum rte_tel_value_type type = RTE_TEL_STRING_VAL;
	unsigned int i;

	switch (d->kind) {
	case TEL_NULL:
		put_str(b, "null");
		return;
	case TEL_STRING:
		put_escaped(b, d->data.str, RTE_TEL_MAX_SINGLE_STRING_LEN);
		return;
	case TEL_DICT:
		if (open_container(b, '{') < 0)
			return;
		for (i = 0; i < d->len; i++) {
			const struct tel_dict_entry *e = &d->data.dict[i];
			size_t start = b->len;

			if (i > 0)
				put_raw(b, ",", 1);
			put_escaped(b, e->name, RTE_TEL_MAX_STRING_LEN);
			put_raw(b, ":", 1);
			put_value(b, e->type, &e->value);
			if (!entry_fits(b, start))
				break;
		}
		close_container(b, '}');
		return;
	case TEL_ARRAY_STRING:
		type = RTE_TEL_STRING_VAL;
		break;
	case TEL_ARRAY_INT:
		type = RTE_TEL_INT_VAL;
		break;
	case TEL_ARRAY_U64:
		type = RTE_TEL_U64_VAL;
		break;
	case TEL_ARRAY_CONTAINER:
		type = RTE_TEL_CONTAINER;
		break;
	}
	if (open_container(b, '[') < 0)
		return;
	for (i = 0; i < d->len; i++) {
		size_t start = b->len;

		if (i > 0)
			put_raw(b, ",", 1);
		put_value(b, type, &d->data.array[i]);
		if (!entry_fits(b, start))
			break;
	}
	close_container(b, ']');
}

size_t
tel_json_reply(char *buf, size_t len, const char *key, size_t key_max,
	const struct rte_tel_data *d)
{
	struct jbuf b = {.p = buf, .cap = len - 1, .len = 0, .full = 0};
	size_t start;

	if (open_container(&b, '{') < 0) {
		buf[0] = '\0';
		return 0;
	}
	put_escaped(&b, key, key_max);
	put_raw(&b, ":", 1);
	start = b.len;
	put_data(&b, d);
	if (b.full) {
		/* Not even an empty container fit: say null. */
		b.full = 0;
		b.len = start;
		put_str(&b, "null");
	}
	close_container(&b, '}');
	buf[b.len] = '\0';
	return b.len;
}
