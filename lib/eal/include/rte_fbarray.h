/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * File-backed array: a fixed number of fixed-size elements plus a bitmap
 * of the slots in use, kept in a file of the runtime directory so other
 * processes of the same file prefix can map it at the same address
 * (rte_fbarray_attach). With --in-memory or --no-shconf the memory is
 * private to the process.
 *
 * The structure itself is small and normally lives in shared memory;
 * its rwlock serialises the changes of the used bitmap between threads
 * and processes. Element contents are not protected by it.
 */

#ifndef RTE_FBARRAY_H
#define RTE_FBARRAY_H

#include <stdio.h>

#include <rte_rwlock.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Longest name of an array, terminating NUL included. */
#define RTE_FBARRAY_NAME_LEN 64

/** A file-backed array. */
struct rte_fbarray {
	char name[RTE_FBARRAY_NAME_LEN]; /**< name of the array (and file) */
	unsigned int count; /**< slots in use */
	unsigned int len; /**< slots in the array */
	unsigned int elt_sz; /**< bytes per element */
	void *data; /**< elements, then the used bitmap */
	rte_rwlock_t rwlock; /**< guards count and the used bitmap */
};

/**
 * Create an array: map a new zeroed area (file-backed when the process
 * has shared files) with every slot free.
 *
 * @param arr  The structure to fill in.
 * @param name  Name, unique in the file prefix (names the file).
 * @param len  Number of slots, 1 to INT_MAX.
 * @param elt_sz  Bytes per element, non-zero.
 * @return 0, or -1 with rte_errno: EINVAL (NULL or zero argument, len
 *   over INT_MAX), ENAMETOOLONG (name of RTE_FBARRAY_NAME_LEN bytes or
 *   more), EBUSY (another process holds an array of that name), ENOMEM
 *   or the errno of the failed file operation.
 */
int rte_fbarray_init(struct rte_fbarray *arr, const char *name,
	unsigned int len, unsigned int elt_sz);

/**
 * Map, in this process, an array another process created: at the same
 * address, from the same file.
 *
 * @param arr  The array (normally in shared memory).
 * @return 0, or -1 with rte_errno: EINVAL (bad array), EEXIST (already
 *   mapped here, or the range overlaps an array mapped here), ENOTSUP
 *   (this process has no shared files), EADDRINUSE (the address is
 *   taken in this process), ENOENT (no such file).
 */
int rte_fbarray_attach(struct rte_fbarray *arr);

/**
 * Unmap and delete an array this process created or attached, for
 * every process: refused while another process still has it mapped.
 * The structure is zeroed on success.
 *
 * @param arr  The array.
 * @return 0, or -1 with rte_errno: EINVAL (NULL), ENOENT (not mapped in
 *   this process), EBUSY (another process has it mapped).
 */
int rte_fbarray_destroy(struct rte_fbarray *arr);

/**
 * Unmap an array in this process only; the array and its file stay.
 *
 * @param arr  The array.
 * @return 0, or -1 with rte_errno: EINVAL (NULL), ENOENT (not mapped in
 *   this process).
 */
int rte_fbarray_detach(struct rte_fbarray *arr);

/**
 * Address of a slot's element, used or not.
 *
 * @param arr  The array.
 * @param idx  The slot.
 * @return The element, or NULL with rte_errno EINVAL (NULL array or idx
 *   out of range).
 */
void *rte_fbarray_get(const struct rte_fbarray *arr, unsigned int idx);

/**
 * Slot of an element address (any address inside the element).
 *
 * @param arr  The array.
 * @param elt  An address in the element area.
 * @return The slot, or -1 with rte_errno EINVAL (NULL argument or an
 *   address outside the elements).
 */
int rte_fbarray_find_idx(const struct rte_fbarray *arr, const void *elt);

/**
 * Mark a slot used (nothing happens if it already is).
 *
 * @param arr  The array.
 * @param idx  The slot.
 * @return 0, or -1 with rte_errno EINVAL.
 */
int rte_fbarray_set_used(struct rte_fbarray *arr, unsigned int idx);

/**
 * Mark a slot free (nothing happens if it already is).
 *
 * @param arr  The array.
 * @param idx  The slot.
 * @return 0, or -1 with rte_errno EINVAL.
 */
int rte_fbarray_set_free(struct rte_fbarray *arr, unsigned int idx);

/**
 * Whether a slot is used.
 *
 * @param arr  The array.
 * @param idx  The slot.
 * @return 1 if used, 0 if free, -1 with rte_errno EINVAL.
 */
int rte_fbarray_is_used(struct rte_fbarray *arr, unsigned int idx);

/**
 * First free slot at or after start.
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @return The slot, or -1 with rte_errno EINVAL (bad argument) or ENOSPC
 *   (none).
 */
int rte_fbarray_find_next_free(struct rte_fbarray *arr, unsigned int start);

/**
 * First used slot at or after start.
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @return The slot, or -1 with rte_errno EINVAL or ENOENT (none).
 */
int rte_fbarray_find_next_used(struct rte_fbarray *arr, unsigned int start);

/**
 * First slot at or after start that begins n free slots in a row.
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @param n  Length of the run, 1 to the array length.
 * @return The first slot of the run, or -1 with rte_errno EINVAL or
 *   ENOSPC (none).
 */
int rte_fbarray_find_next_n_free(
	struct rte_fbarray *arr, unsigned int start, unsigned int n);

/**
 * First slot at or after start that begins n used slots in a row.
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @param n  Length of the run, 1 to the array length.
 * @return The first slot of the run, or -1 with rte_errno EINVAL or
 *   ENOENT (none).
 */
int rte_fbarray_find_next_n_used(
	struct rte_fbarray *arr, unsigned int start, unsigned int n);

/**
 * Number of free slots in a row from start on (0 if start is used).
 *
 * @param arr  The array.
 * @param start  The slot.
 * @return The count, or -1 with rte_errno EINVAL.
 */
int rte_fbarray_find_contig_free(struct rte_fbarray *arr, unsigned int start);

/**
 * Number of used slots in a row from start on (0 if start is free).
 *
 * @param arr  The array.
 * @param start  The slot.
 * @return The count, or -1 with rte_errno EINVAL.
 */
int rte_fbarray_find_contig_used(struct rte_fbarray *arr, unsigned int start);

/**
 * Last free slot at or before start.
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @return The slot, or -1 with rte_errno EINVAL or ENOSPC (none).
 */
int rte_fbarray_find_prev_free(struct rte_fbarray *arr, unsigned int start);

/**
 * Last used slot at or before start.
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @return The slot, or -1 with rte_errno EINVAL or ENOENT (none).
 */
int rte_fbarray_find_prev_used(struct rte_fbarray *arr, unsigned int start);

/**
 * The run of n free slots closest to start that ends at or before it.
 *
 * @param arr  The array.
 * @param start  Last slot the run may cover.
 * @param n  Length of the run, 1 to the array length.
 * @return The first (lowest) slot of the run, or -1 with rte_errno
 *   EINVAL or ENOSPC (none).
 */
int rte_fbarray_find_prev_n_free(
	struct rte_fbarray *arr, unsigned int start, unsigned int n);

/**
 * The run of n used slots closest to start that ends at or before it.
 *
 * @param arr  The array.
 * @param start  Last slot the run may cover.
 * @param n  Length of the run, 1 to the array length.
 * @return The first (lowest) slot of the run, or -1 with rte_errno
 *   EINVAL or ENOENT (none).
 */
int rte_fbarray_find_prev_n_used(
	struct rte_fbarray *arr, unsigned int start, unsigned int n);

/**
 * Number of free slots in a row from start down (0 if start is used).
 *
 * @param arr  The array.
 * @param start  The slot.
 * @return The count, or -1 with rte_errno EINVAL.
 */
int
rte_fbarray_find_rev_contig_free(struct rte_fbarray *arr, unsigned int start);

/**
 * Number of used slots in a row from start down (0 if start is free).
 *
 * @param arr  The array.
 * @param start  The slot.
 * @return The count, or -1 with rte_errno EINVAL.
 */
int
rte_fbarray_find_rev_contig_used(struct rte_fbarray *arr, unsigned int start);

/**
 * Longest run of free slots in [start, len); a run that started before
 * start counts from start. Of runs of equal length the first wins.
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @return The first slot of the run, or -1 with rte_errno EINVAL or
 *   ENOSPC (no free slot).
 */
int rte_fbarray_find_biggest_free(struct rte_fbarray *arr, unsigned int start);

/**
 * Longest run of used slots in [start, len), as
 * rte_fbarray_find_biggest_free().
 *
 * @param arr  The array.
 * @param start  First slot looked at.
 * @return The first slot of the run, or -1 with rte_errno EINVAL or
 *   ENOENT (no used slot).
 */
int rte_fbarray_find_biggest_used(struct rte_fbarray *arr, unsigned int start);

/**
 * Longest run of free slots in [0, start]; a run that goes on past
 * start counts up to start. Of runs of equal length the one closest to
 * start wins.
 *
 * @param arr  The array.
 * @param start  Last slot looked at.
 * @return The first (lowest) slot of the run, or -1 with rte_errno
 *   EINVAL or ENOSPC (no free slot).
 */
int
rte_fbarray_find_rev_biggest_free(struct rte_fbarray *arr, unsigned int start);

/**
 * Longest run of used slots in [0, start], as
 * rte_fbarray_find_rev_biggest_free().
 *
 * @param arr  The array.
 * @param start  Last slot looked at.
 * @return The first (lowest) slot of the run, or -1 with rte_errno
 *   EINVAL or ENOENT (no used slot).
 */
int
rte_fbarray_find_rev_biggest_used(struct rte_fbarray *arr, unsigned int start);

/**
 * Print the array's name, sizes and used bitmap.
 *
 * @param arr  The array.
 * @param f  Output stream.
 */
void rte_fbarray_dump_metadata(struct rte_fbarray *arr, FILE *f);

#ifdef __cplusplus
}
#endif

#endif /* RTE_FBARRAY_H */
