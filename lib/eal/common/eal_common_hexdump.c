/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_hexdump() and rte_memdump(): DPDK 22.11's formats, byte for byte
 * (dpdk-test and drivers' debug output are compared against them).
 */

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>

#include <rte_hexdump.h>

/* Bytes per line of rte_hexdump(). */
#define HEXDUMP_LINE 16

void
rte_hexdump(FILE *f, const char *title, const void *buf, unsigned int len)
{
	const uint8_t *data = buf;
	unsigned int ofs, i;

	if (title != NULL)
		fprintf(f, "%s at [%p], len=%u\n", title, buf, len);
	else
		fprintf(f, "  Dump data at [%p], len=%u\n", buf, len);
	for (ofs = 0; ofs < len; ofs += HEXDUMP_LINE) {
		/* One fprintf per line, so lines of threads do not mix. */
		char line[16 + HEXDUMP_LINE * 3 + 3 + HEXDUMP_LINE + 2];
		int n = snprintf(line, sizeof(line), "%08X:", ofs);

		for (i = 0; i < HEXDUMP_LINE; i++) {
			if (ofs + i < len)
				n += snprintf(line + n, sizeof(line) - n,
					" %02X", data[ofs + i]);
			else
				n += snprintf(
					line + n, sizeof(line) - n, "   ");
		}
		n += snprintf(line + n, sizeof(line) - n, " | ");
		for (i = 0; i < HEXDUMP_LINE && ofs + i < len; i++)
			line[n++] = isprint(data[ofs + i]) ? (char)data[ofs + i]
							   : '.';
		line[n] = '\0';
		fprintf(f, "%s\n", line);
	}
	fflush(f);
}

void
rte_memdump(FILE *f, const char *title, const void *buf, unsigned int len)
{
	const uint8_t *data = buf;
	unsigned int i;

	if (title != NULL)
		fprintf(f, "%s: ", title);
	for (i = 0; i < len; i++)
		fprintf(f, "%s%02x", i == 0 ? "" : ":", data[i]);
	fprintf(f, "\n");
	fflush(f);
}
