/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Layout of struct rte_tel_data, shared by the builder functions
 * (telemetry_data.c) and the JSON writer (telemetry_json.c).
 */

#ifndef TELEMETRY_DATA_H
#define TELEMETRY_DATA_H

#include <stddef.h>
#include <stdint.h>

#include "rte_telemetry.h"

/* What a struct rte_tel_data holds. */
enum tel_kind {
	TEL_NULL, /* nothing started: the reply is null */
	TEL_STRING,
	TEL_DICT,
	TEL_ARRAY_STRING,
	TEL_ARRAY_INT,
	TEL_ARRAY_U64,
	TEL_ARRAY_CONTAINER,
};

struct tel_container {
	struct rte_tel_data *data;
	int keep; /* 0: owned by the parent, freed with it */
};

union tel_value {
	char sval[RTE_TEL_MAX_STRING_LEN];
	int ival;
	uint64_t u64val;
	struct tel_container container;
};

struct tel_dict_entry {
	char name[RTE_TEL_MAX_STRING_LEN];
	enum rte_tel_value_type type;
	union tel_value value;
};

struct rte_tel_data {
	enum tel_kind kind;
	unsigned int len; /* entries (arrays, dicts) */
	union {
		char str[RTE_TEL_MAX_SINGLE_STRING_LEN];
		union tel_value array[RTE_TEL_MAX_ARRAY_ENTRIES];
		struct tel_dict_entry dict[RTE_TEL_MAX_DICT_ENTRIES];
	} data;
};

/* Empty d: kind TEL_NULL, no entries. */
void tel_data_init(struct rte_tel_data *d);

/* Free the containers d owns (keep == 0), recursively; d stays. */
void tel_data_release(struct rte_tel_data *d);

/*
 * Write {"<key>":<d as JSON>} into buf (at most len bytes including the
 * NUL). Entries that do not fit are left out, so the text is always
 * complete JSON. key is escaped and cut to key_max bytes. Returns the
 * length written (without the NUL).
 */
size_t tel_json_reply(char *buf, size_t len, const char *key, size_t key_max,
	const struct rte_tel_data *d);

/*
 * Answer one request msg (changed in place; truncated != 0 when the
 * client sent more than was read) into out, which holds the 16 KiB
 * "/info" gives as max_output_len; data is scratch space. Returns the
 * reply's length. Each client thread calls it, and so does the fuzz
 * target of app/test-fuzz.
 */
size_t
tel_answer(char *msg, int truncated, struct rte_tel_data *data, char *out);

#endif /* TELEMETRY_DATA_H */
