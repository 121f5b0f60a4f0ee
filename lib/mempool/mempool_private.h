/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef MEMPOOL_PRIVATE_H
#define MEMPOOL_PRIVATE_H

/* Shared between the mempool library's sources; not installed. */

#include <stddef.h>

/* Names of the registered handlers, comma separated, for log lines. */
void mempool_handler_names(char *buf, size_t size);

/* Handler name the legacy create uses for RTE_MEMPOOL_F_SP_PUT/SC_GET. */
const char *mempool_legacy_handler(unsigned int flags);

#endif /* MEMPOOL_PRIVATE_H */
