/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * String helpers missing from the C library.
 */

#ifndef _RTE_STRING_FNS_H_
#define _RTE_STRING_FNS_H_

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef RTE_USE_LIBBSD
#include <bsd/string.h>
#else
/* Without libbsd, strlcpy and strlcat are the EAL's own (as DPDK). */
#ifndef strlcpy
/** BSD strlcpy, mapped to rte_strlcpy(). */
#define strlcpy(dst, src, size) rte_strlcpy(dst, src, size)
#endif
#ifndef strlcat
/** BSD strlcat, mapped to rte_strlcat(). */
#define strlcat(dst, src, size) rte_strlcat(dst, src, size)
#endif
#endif

/**
 * Copy a string into a buffer, always terminated.
 *
 * @param dst  Destination.
 * @param src  Source.
 * @param size  Size of dst.
 * @return strlen(src): a result >= size means it was truncated.
 */
static inline size_t
rte_strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size != 0) {
		size_t n = len < size - 1 ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

/**
 * Append a string to a buffer, always terminated.
 *
 * @param dst  Destination, a terminated string.
 * @param src  Source.
 * @param size  Size of dst.
 * @return The length the result would have without truncation.
 */
static inline size_t
rte_strlcat(char *dst, const char *src, size_t size)
{
	size_t l = strnlen(dst, size);

	if (l < size)
		return l + rte_strlcpy(&dst[l], src, size - l);
	return l + strlen(src);
}

/**
 * Copy a string into a buffer, always terminated.
 *
 * @param dst  Destination.
 * @param src  Source.
 * @param dsize  Size of dst.
 * @return The length copied, or -E2BIG if src did not fit (dst then
 *   holds the truncated copy).
 */
ssize_t rte_strscpy(char *dst, const char *src, size_t dsize);

/**
 * Split a string in place at a delimiter.
 *
 * @param string  The string; delimiters are replaced by NUL.
 * @param stringlen  Its length.
 * @param tokens  Filled with pointers to the pieces.
 * @param maxtokens  Size of tokens.
 * @param delim  The delimiter.
 * @return Number of pieces, or -1 with errno = EINVAL.
 */
int rte_strsplit(
	char *string, int stringlen, char **tokens, int maxtokens, char delim);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_STRING_FNS_H_ */
