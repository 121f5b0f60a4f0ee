/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What the rest of the EAL needs of the file-backed arrays beyond the
 * public API: arrays laid out in memory the caller owns (the memseg
 * lists of the arena live in the shared config), and the per-process
 * record of which arrays are mapped here.
 */

#ifndef EAL_FBARRAY_H
#define EAL_FBARRAY_H

#include <stddef.h>

#include <rte_fbarray.h>

/* Bytes an array of len elements of elt_sz needs (bitmap included). */
size_t eal_fbarray_mem_size(unsigned int len, unsigned int elt_sz);

/*
 * Lay an empty array out in mem (eal_fbarray_mem_size bytes, 8-byte
 * aligned, zeroed). Nothing is mapped or recorded: attach, detach and
 * destroy do not apply to it. 0, or -1 with rte_errno.
 */
int eal_fbarray_init_at(struct rte_fbarray *arr, const char *name,
	unsigned int len, unsigned int elt_sz, void *mem);

/* Whether this process has arr mapped (by init or attach). */
int eal_fbarray_is_mapped(const struct rte_fbarray *arr);

/*
 * Unmap every array of this process at EAL cleanup; unlink the files
 * of those it created when unlink_created is set (primary).
 */
void eal_fbarray_cleanup(int unlink_created);

#endif /* EAL_FBARRAY_H */
