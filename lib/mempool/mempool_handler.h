/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#ifndef MEMPOOL_HANDLER_H
#define MEMPOOL_HANDLER_H

/*
 * What the registry (rte_mempool_handler.c) offers the rest of the
 * library beyond the public API. Not installed.
 */

#include <stddef.h>

/*
 * Index of a registered handler, or -1 with rte_errno = ENOENT and one
 * log line "<context>: unknown mempool handler '<name>' (registered:
 * ...)" listing every registered name. A NULL name gives -1 with
 * rte_errno = EINVAL and no log line.
 */
int mempool_handler_find_or_log(const char *name, const char *context);

/* Whether the slot at idx holds a stand-in for a handler this process
 * lacks (its operations fail with -ENOTSUP). */
int mempool_handler_is_stub(int idx);

/*
 * Name of the handler at an index: the local one, or the shared name
 * when this process lacks it ("" if unknown). Never NULL.
 */
const char *mempool_handler_name(int idx, char *buf, size_t len);

#endif /* MEMPOOL_HANDLER_H */
