/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Dumps of memory in hexadecimal, for debugging: rte_hexdump() prints
 * offset, 16 bytes and their characters a line; rte_memdump() prints
 * the bytes separated by colons.
 */

#ifndef _RTE_HEXDUMP_H_
#define _RTE_HEXDUMP_H_

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Print memory as lines of an offset, 16 bytes in hexadecimal and the
 * same bytes as characters ('.' for those that do not print), after a
 * header line naming the title, the address and the length.
 *
 * @param f  Where to print.
 * @param title  Printed in the header line (nothing printed for NULL).
 * @param buf  The memory.
 * @param len  Bytes to print.
 */
void rte_hexdump(FILE *f, const char *title, const void *buf, unsigned int len);

/**
 * Print memory as bytes in hexadecimal separated by colons, 16 a line,
 * after the title line.
 *
 * @param f  Where to print.
 * @param title  Printed first, on its own line (not printed for NULL).
 * @param buf  The memory.
 * @param len  Bytes to print.
 */
void rte_memdump(FILE *f, const char *title, const void *buf, unsigned int len);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_HEXDUMP_H_ */
