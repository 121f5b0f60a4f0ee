/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * String helpers of rte_string_fns.h (rte_strscpy, rte_strsplit) and
 * rte_str_to_size.
 */

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <rte_string_fns.h>

ssize_t
rte_strscpy(char *dst, const char *src, size_t dsize)
{
	size_t i;

	for (i = 0; i < dsize; i++) {
		dst[i] = src[i];
		if (src[i] == '\0')
			return (ssize_t)i;
	}
	/* Truncated: keep the copy terminated, as the caller may print it. */
	if (dsize != 0)
		dst[dsize - 1] = '\0';
	return -E2BIG;
}

int
rte_strsplit(
	char *string, int stringlen, char **tokens, int maxtokens, char delim)
{
	char *p, *end;
	int n = 0;

	if (string == NULL || tokens == NULL) {
		errno = EINVAL;
		return -1;
	}

	/* The string ends at its NUL or after stringlen bytes. */
	end = string + strnlen(string, stringlen < 0 ? 0 : (size_t)stringlen);
	p = string;
	while (p < end && n < maxtokens) {
		char *d = memchr(p, delim, end - p);

		tokens[n++] = p;
		if (d == NULL)
			break;
		*d = '\0';
		p = d + 1;
	}
	return n;
}

/* Binary exponent of a size suffix letter, -1 if not a suffix. */
static int
size_suffix_shift(char c)
{
	static const char suffixes[] = "KMGTPE";
	const char *s = strchr(suffixes, toupper((unsigned char)c));

	if (c == '\0' || s == NULL)
		return -1;
	return 10 * (int)(s - suffixes + 1);
}

uint64_t
rte_str_to_size(const char *str)
{
	char *endptr;
	unsigned long long size;
	int shift;

	while (isspace((unsigned char)*str))
		str++;
	if (*str == '-')
		return 0;

	errno = 0;
	size = strtoull(str, &endptr, 0);
	if (errno != 0)
		return 0;

	if (*endptr == ' ')
		endptr++; /* "10 M" is accepted too */
	shift = size_suffix_shift(*endptr);
	if (shift > 0)
		size <<= shift;
	return size;
}
