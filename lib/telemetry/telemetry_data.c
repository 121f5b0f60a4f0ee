/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Building replies: the rte_tel_data_* functions that callbacks use to
 * fill strings, arrays and dictionaries, with DPDK's limits and return
 * codes, and the ownership of nested containers.
 */

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "rte_telemetry.h"
#include "telemetry_data.h"

/* Copy at most size - 1 bytes; the length of src (as strlcpy). */
static size_t
copy_str(char *dst, const char *src, size_t size)
{
	size_t n = strlen(src);
	size_t c = n < size ? n : size - 1;

	memcpy(dst, src, c);
	dst[c] = '\0';
	return n;
}

/* DPDK limits keys to these characters: clients use them as identifiers. */
static int
valid_name(const char *name)
{
	const unsigned char *p;

	for (p = (const unsigned char *)name; *p != '\0'; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			(*p >= '0' && *p <= '9') || *p == '_' || *p == '/')
			continue;
		return 0;
	}
	return 1;
}

void
tel_data_init(struct rte_tel_data *d)
{
	d->kind = TEL_NULL;
	d->len = 0;
}

static int
is_started_container(const struct rte_tel_data *d)
{
	return d->kind == TEL_DICT || d->kind == TEL_ARRAY_STRING ||
		d->kind == TEL_ARRAY_INT || d->kind == TEL_ARRAY_U64 ||
		d->kind == TEL_ARRAY_CONTAINER;
}

void
tel_data_release(struct rte_tel_data *d)
{
	unsigned int i;

	if (d->kind == TEL_ARRAY_CONTAINER) {
		for (i = 0; i < d->len; i++)
			if (!d->data.array[i].container.keep)
				rte_tel_data_free(
					d->data.array[i].container.data);
	} else if (d->kind == TEL_DICT) {
		for (i = 0; i < d->len; i++)
			if (d->data.dict[i].type == RTE_TEL_CONTAINER &&
				!d->data.dict[i].value.container.keep)
				rte_tel_data_free(
					d->data.dict[i].value.container.data);
	}
	d->len = 0;
}

int
rte_tel_data_start_array(struct rte_tel_data *d, enum rte_tel_value_type type)
{
	static const enum tel_kind kinds[] = {
		[RTE_TEL_STRING_VAL] = TEL_ARRAY_STRING,
		[RTE_TEL_INT_VAL] = TEL_ARRAY_INT,
		[RTE_TEL_U64_VAL] = TEL_ARRAY_U64,
		[RTE_TEL_CONTAINER] = TEL_ARRAY_CONTAINER,
	};

	if (d == NULL || (unsigned int)type >= sizeof(kinds) / sizeof(kinds[0]))
		return -EINVAL;
	tel_data_release(d);
	d->kind = kinds[type];
	d->len = 0;
	return 0;
}

int
rte_tel_data_start_dict(struct rte_tel_data *d)
{
	if (d == NULL)
		return -EINVAL;
	tel_data_release(d);
	d->kind = TEL_DICT;
	d->len = 0;
	return 0;
}

int
rte_tel_data_string(struct rte_tel_data *d, const char *str)
{
	size_t n;

	if (d == NULL || str == NULL)
		return -EINVAL;
	tel_data_release(d);
	d->kind = TEL_STRING;
	n = copy_str(d->data.str, str, sizeof(d->data.str));
	d->len = 0;
	return n >= sizeof(d->data.str) ? E2BIG : 0;
}

/* The next free array slot, or NULL with *err set. */
static union tel_value *
array_slot(struct rte_tel_data *d, enum tel_kind kind, int *err)
{
	if (d == NULL || d->kind != kind) {
		*err = -EINVAL;
		return NULL;
	}
	if (d->len >= RTE_TEL_MAX_ARRAY_ENTRIES) {
		*err = -ENOSPC;
		return NULL;
	}
	*err = 0;
	return &d->data.array[d->len++];
}

int
rte_tel_data_add_array_string(struct rte_tel_data *d, const char *str)
{
	union tel_value *v;
	int err;

	if (str == NULL)
		return -EINVAL;
	v = array_slot(d, TEL_ARRAY_STRING, &err);
	if (v == NULL)
		return err;
	return copy_str(v->sval, str, RTE_TEL_MAX_STRING_LEN) >=
			RTE_TEL_MAX_STRING_LEN
		? E2BIG
		: 0;
}

int
rte_tel_data_add_array_int(struct rte_tel_data *d, int x)
{
	union tel_value *v;
	int err;

	v = array_slot(d, TEL_ARRAY_INT, &err);
	if (v == NULL)
		return err;
	v->ival = x;
	return 0;
}

int
rte_tel_data_add_array_u64(struct rte_tel_data *d, uint64_t x)
{
	union tel_value *v;
	int err;

	v = array_slot(d, TEL_ARRAY_U64, &err);
	if (v == NULL)
		return err;
	v->u64val = x;
	return 0;
}

int
rte_tel_data_add_array_container(
	struct rte_tel_data *d, struct rte_tel_data *val, int keep)
{
	union tel_value *v;
	int err;

	if (val == NULL || val == d || !is_started_container(val))
		return -EINVAL;
	v = array_slot(d, TEL_ARRAY_CONTAINER, &err);
	if (v == NULL)
		return err;
	v->container.data = val;
	v->container.keep = keep != 0;
	return 0;
}

/* The next dict entry with its key set, or NULL with *err set. */
static struct tel_dict_entry *
dict_slot(struct rte_tel_data *d, const char *name, int *err)
{
	struct tel_dict_entry *e;

	if (d == NULL || d->kind != TEL_DICT || name == NULL ||
		!valid_name(name)) {
		*err = -EINVAL;
		return NULL;
	}
	if (d->len >= RTE_TEL_MAX_DICT_ENTRIES) {
		*err = -ENOSPC;
		return NULL;
	}
	e = &d->data.dict[d->len++];
	*err = copy_str(e->name, name, sizeof(e->name)) >= sizeof(e->name)
		? E2BIG
		: 0;
	return e;
}

int
rte_tel_data_add_dict_string(
	struct rte_tel_data *d, const char *name, const char *val)
{
	struct tel_dict_entry *e;
	int err;

	if (val == NULL)
		return -EINVAL;
	e = dict_slot(d, name, &err);
	if (e == NULL)
		return err;
	e->type = RTE_TEL_STRING_VAL;
	if (copy_str(e->value.sval, val, RTE_TEL_MAX_STRING_LEN) >=
		RTE_TEL_MAX_STRING_LEN)
		err = E2BIG;
	return err;
}

int
rte_tel_data_add_dict_int(struct rte_tel_data *d, const char *name, int val)
{
	struct tel_dict_entry *e;
	int err;

	e = dict_slot(d, name, &err);
	if (e == NULL)
		return err;
	e->type = RTE_TEL_INT_VAL;
	e->value.ival = val;
	return err;
}

int
rte_tel_data_add_dict_u64(
	struct rte_tel_data *d, const char *name, uint64_t val)
{
	struct tel_dict_entry *e;
	int err;

	e = dict_slot(d, name, &err);
	if (e == NULL)
		return err;
	e->type = RTE_TEL_U64_VAL;
	e->value.u64val = val;
	return err;
}

int
rte_tel_data_add_dict_container(struct rte_tel_data *d, const char *name,
	struct rte_tel_data *val, int keep)
{
	struct tel_dict_entry *e;
	int err;

	if (val == NULL || val == d || !is_started_container(val))
		return -EINVAL;
	e = dict_slot(d, name, &err);
	if (e == NULL)
		return err;
	e->type = RTE_TEL_CONTAINER;
	e->value.container.data = val;
	e->value.container.keep = keep != 0;
	return err;
}

struct rte_tel_data *
rte_tel_data_alloc(void)
{
	struct rte_tel_data *d = malloc(sizeof(*d));

	if (d != NULL)
		tel_data_init(d);
	return d;
}

void
rte_tel_data_free(struct rte_tel_data *data)
{
	if (data == NULL)
		return;
	tel_data_release(data);
	free(data);
}
