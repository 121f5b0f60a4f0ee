/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Universally unique identifiers (RFC 4122): 16 bytes, written as
 * "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
 */

#ifndef _RTE_UUID_H_
#define _RTE_UUID_H_

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A UUID: 16 bytes, most significant first. */
typedef unsigned char rte_uuid_t[16];

/**
 * Initialiser of an rte_uuid_t from its five fields.
 *
 * @param a
 *   First 32 bits.
 * @param b
 *   Next 16 bits.
 * @param c
 *   Next 16 bits.
 * @param d
 *   Next 16 bits.
 * @param e
 *   Last 48 bits.
 */
#define RTE_UUID_INIT(a, b, c, d, e) \
	{ \
		((a) >> 24) & 0xff, ((a) >> 16) & 0xff, ((a) >> 8) & 0xff, \
			(a)&0xff, ((b) >> 8) & 0xff, (b)&0xff, \
			((c) >> 8) & 0xff, (c)&0xff, ((d) >> 8) & 0xff, \
			(d)&0xff, ((e) >> 40) & 0xff, ((e) >> 32) & 0xff, \
			((e) >> 24) & 0xff, ((e) >> 16) & 0xff, \
			((e) >> 8) & 0xff, (e)&0xff \
	}

/** Bytes the text form of a UUID needs, with its terminating NUL. */
#define RTE_UUID_STRLEN (36 + 1)

/**
 * Tell whether a UUID is all zeros.
 *
 * @param uu
 *   The UUID.
 * @return
 *   true if every byte is 0.
 */
bool rte_uuid_is_null(const rte_uuid_t uu);

/**
 * Copy a UUID.
 *
 * @param dst
 *   Destination.
 * @param src
 *   Source.
 */
static inline void
rte_uuid_copy(rte_uuid_t dst, const rte_uuid_t src)
{
	memcpy(dst, src, sizeof(rte_uuid_t));
}

/**
 * Order two UUIDs.
 *
 * @param a
 *   First UUID.
 * @param b
 *   Second UUID.
 * @return
 *   Negative if a sorts before b, 0 if equal, positive otherwise.
 */
int rte_uuid_compare(const rte_uuid_t a, const rte_uuid_t b);

/**
 * Read a UUID from its text form (hexadecimal digits of either case).
 *
 * @param in
 *   36 characters: 8-4-4-4-12 hexadecimal digits joined by '-'.
 * @param uu
 *   Where to store the UUID.
 * @return
 *   0 on success, -1 if the text is not a UUID (uu is then unchanged).
 */
int rte_uuid_parse(const char *in, rte_uuid_t uu);

/**
 * Write the text form of a UUID (lower case), truncated to len bytes.
 *
 * @param uu
 *   The UUID.
 * @param out
 *   Buffer; RTE_UUID_STRLEN bytes hold the whole text.
 * @param len
 *   Size of out.
 */
void rte_uuid_unparse(const rte_uuid_t uu, char *out, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_UUID_H_ */
