/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* UUID text form and comparisons. */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_uuid.h>

bool
rte_uuid_is_null(const rte_uuid_t uu)
{
	unsigned int i;

	for (i = 0; i < sizeof(rte_uuid_t); i++)
		if (uu[i] != 0)
			return false;
	return true;
}

int
rte_uuid_compare(const rte_uuid_t a, const rte_uuid_t b)
{
	int d = memcmp(a, b, sizeof(rte_uuid_t));

	return (d > 0) - (d < 0);
}

/* Positions of the dashes in the text form. */
static int
is_dash_pos(unsigned int i)
{
	return i == 8 || i == 13 || i == 18 || i == 23;
}

int
rte_uuid_parse(const char *in, rte_uuid_t uu)
{
	rte_uuid_t tmp;
	unsigned int i, n = 0;

	if (in == NULL || strlen(in) != RTE_UUID_STRLEN - 1)
		return -1;
	for (i = 0; i < RTE_UUID_STRLEN - 1; i++) {
		char byte[3];

		if (is_dash_pos(i)) {
			if (in[i] != '-')
				return -1;
			continue;
		}
		if (!isxdigit((unsigned char)in[i]) ||
			!isxdigit((unsigned char)in[i + 1]) ||
			is_dash_pos(i + 1))
			return -1;
		byte[0] = in[i];
		byte[1] = in[i + 1];
		byte[2] = '\0';
		tmp[n++] = (unsigned char)strtoul(byte, NULL, 16);
		i++;
	}
	rte_uuid_copy(uu, tmp);
	return 0;
}

void
rte_uuid_unparse(const rte_uuid_t uu, char *out, size_t len)
{
	if (out == NULL || len == 0)
		return;
	snprintf(out, len,
		"%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
		"%02x%02x%02x%02x%02x%02x",
		uu[0], uu[1], uu[2], uu[3], uu[4], uu[5], uu[6], uu[7], uu[8],
		uu[9], uu[10], uu[11], uu[12], uu[13], uu[14], uu[15]);
}
