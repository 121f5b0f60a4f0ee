/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * File-backed arrays (rte_fbarray.h). An array's memory is its elements
 * followed by a bitmap of used slots, one bit per slot, in a file
 * "fbarray_<name>" of the runtime directory (anonymous memory when the
 * process has no shared files). Every process that maps the file holds
 * a shared flock on it; the creator briefly holds an exclusive one, and
 * destroy needs one, so an array in use elsewhere can't be created
 * twice or deleted.
 *
 * Searches work a 64-slot word at a time: a word is first turned into
 * "bit set = slot in the wanted state", with the bits past the last
 * slot cleared whatever the state, so runs never leak past the end.
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_fbarray.h>
#include <rte_log.h>
#include <rte_memory.h>
#include <rte_rwlock.h>
#include <rte_spinlock.h>
#include <rte_string_fns.h>

#include "eal_fbarray.h"
#include "eal_internal_cfg.h"

#define WORD_BITS 64

/* An array mapped by this process. */
struct fb_area {
	struct fb_area *next;
	void *addr;
	size_t len; /* mapped bytes */
	int fd; /* holds the shared flock; -1 for anonymous memory */
	int created; /* this process made the file */
	char path[PATH_MAX];
};

static struct fb_area *fb_areas;
static rte_spinlock_t fb_areas_lock = RTE_SPINLOCK_INITIALIZER;

static size_t
bitmap_offset(unsigned int len, unsigned int elt_sz)
{
	return RTE_ALIGN_CEIL((size_t)len * elt_sz, sizeof(uint64_t));
}

static unsigned int
nb_words(unsigned int len)
{
	return (len + WORD_BITS - 1) / WORD_BITS;
}

size_t
eal_fbarray_mem_size(unsigned int len, unsigned int elt_sz)
{
	return bitmap_offset(len, elt_sz) + nb_words(len) * sizeof(uint64_t);
}

static size_t
map_size(unsigned int len, unsigned int elt_sz)
{
	return RTE_ALIGN_CEIL(
		eal_fbarray_mem_size(len, elt_sz), rte_mem_page_size());
}

static uint64_t *
bitmap(const struct rte_fbarray *arr)
{
	return (uint64_t *)RTE_PTR_ADD(
		arr->data, bitmap_offset(arr->len, arr->elt_sz));
}

static int
check_params(const char *name, unsigned int len, unsigned int elt_sz)
{
	if (name == NULL || len == 0 || elt_sz == 0 || len > INT_MAX) {
		rte_errno = EINVAL;
		return -1;
	}
	if (strnlen(name, RTE_FBARRAY_NAME_LEN) == RTE_FBARRAY_NAME_LEN) {
		rte_errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}

static int
check_arr(const struct rte_fbarray *arr)
{
	if (arr == NULL || arr->data == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	return check_params(arr->name, arr->len, arr->elt_sz);
}

/* Whether arrays of this process are backed by files. */
static int
shared_files(void)
{
	const struct internal_config *cfg = eal_get_internal_configuration();

	return !cfg->in_memory && !cfg->no_shconf &&
		rte_eal_get_runtime_dir()[0] != '\0';
}

static int
fb_path(char *buf, size_t len, const char *name)
{
	int n = snprintf(
		buf, len, "%s/fbarray_%s", rte_eal_get_runtime_dir(), name);

	if (n < 0 || (size_t)n >= len) {
		rte_errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}

static void
fill(struct rte_fbarray *arr, const char *name, unsigned int len,
	unsigned int elt_sz, void *data)
{
	memset(arr->name, 0, sizeof(arr->name));
	strlcpy(arr->name, name, sizeof(arr->name));
	arr->len = len;
	arr->elt_sz = elt_sz;
	arr->count = 0;
	arr->data = data;
	rte_rwlock_init(&arr->rwlock);
}

int
eal_fbarray_init_at(struct rte_fbarray *arr, const char *name, unsigned int len,
	unsigned int elt_sz, void *mem)
{
	if (arr == NULL || mem == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	if (check_params(name, len, elt_sz) < 0)
		return -1;
	fill(arr, name, len, elt_sz, mem);
	return 0;
}

static struct fb_area *
find_area_locked(const void *addr, size_t len)
{
	struct fb_area *a;

	for (a = fb_areas; a != NULL; a = a->next)
		if (a->addr == addr && a->len == len)
			return a;
	return NULL;
}

static int
overlaps_locked(const void *addr, size_t len)
{
	uintptr_t s = (uintptr_t)addr, e = s + len;
	struct fb_area *a;

	for (a = fb_areas; a != NULL; a = a->next) {
		uintptr_t as = (uintptr_t)a->addr, ae = as + a->len;

		if (s < ae && as < e)
			return 1;
	}
	return 0;
}

static void
unlink_area_locked(struct fb_area *area)
{
	struct fb_area **p;

	for (p = &fb_areas; *p != NULL; p = &(*p)->next)
		if (*p == area) {
			*p = area->next;
			return;
		}
}

int
eal_fbarray_is_mapped(const struct rte_fbarray *arr)
{
	int ret;

	if (arr == NULL || arr->data == NULL || arr->len == 0 ||
		arr->elt_sz == 0)
		return 0;
	rte_spinlock_lock(&fb_areas_lock);
	ret = find_area_locked(arr->data, map_size(arr->len, arr->elt_sz)) !=
		NULL;
	rte_spinlock_unlock(&fb_areas_lock);
	return ret;
}

int
rte_fbarray_init(struct rte_fbarray *arr, const char *name, unsigned int len,
	unsigned int elt_sz)
{
	struct fb_area *area;
	size_t size;
	void *data;
	int fd = -1;

	if (arr == NULL)
		rte_errno = EINVAL;
	if (arr == NULL || check_params(name, len, elt_sz) < 0) {
		RTE_LOG(ERR, EAL, "fbarray: bad parameters (%s)\n",
			rte_strerror(rte_errno));
		return -1;
	}
	size = map_size(len, elt_sz);
	area = calloc(1, sizeof(*area));
	if (area == NULL) {
		rte_errno = ENOMEM;
		return -1;
	}
	if (shared_files()) {
		if (fb_path(area->path, sizeof(area->path), name) < 0)
			goto fail;
		fd = open(area->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
		if (fd < 0) {
			rte_errno = errno;
			RTE_LOG(ERR, EAL, "fbarray %s: cannot open %s: %s\n",
				name, area->path, strerror(errno));
			goto fail;
		}
		/* Held by a process that has the array mapped: in use. */
		if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
			RTE_LOG(ERR, EAL,
				"fbarray %s: in use by another process\n",
				name);
			rte_errno = EBUSY;
			goto fail;
		}
		if (ftruncate(fd, 0) < 0 || ftruncate(fd, (off_t)size) < 0) {
			rte_errno = errno;
			RTE_LOG(ERR, EAL, "fbarray %s: cannot size %s: %s\n",
				name, area->path, strerror(errno));
			unlink(area->path);
			goto fail;
		}
		data = mmap(
			NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		if (data == MAP_FAILED || flock(fd, LOCK_SH) < 0) {
			rte_errno = errno;
			RTE_LOG(ERR, EAL, "fbarray %s: cannot map %s: %s\n",
				name, area->path, strerror(errno));
			if (data != MAP_FAILED)
				munmap(data, size);
			unlink(area->path);
			goto fail;
		}
		area->created = 1;
	} else {
		data = mmap(NULL, size, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (data == MAP_FAILED) {
			rte_errno = ENOMEM;
			goto fail;
		}
	}
	area->addr = data;
	area->len = size;
	area->fd = fd;
	rte_spinlock_lock(&fb_areas_lock);
	area->next = fb_areas;
	fb_areas = area;
	rte_spinlock_unlock(&fb_areas_lock);
	fill(arr, name, len, elt_sz, data);
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	free(area);
	return -1;
}

int
rte_fbarray_attach(struct rte_fbarray *arr)
{
	struct fb_area *area;
	struct stat st;
	size_t size;
	void *data;
	int fd;

	if (check_arr(arr) < 0)
		return -1;
	if (!shared_files()) {
		rte_errno = ENOTSUP;
		return -1;
	}
	size = map_size(arr->len, arr->elt_sz);
	area = calloc(1, sizeof(*area));
	if (area == NULL) {
		rte_errno = ENOMEM;
		return -1;
	}
	if (fb_path(area->path, sizeof(area->path), arr->name) < 0) {
		free(area);
		return -1;
	}
	rte_spinlock_lock(&fb_areas_lock);
	if (overlaps_locked(arr->data, size)) {
		rte_spinlock_unlock(&fb_areas_lock);
		free(area);
		rte_errno = EEXIST;
		return -1;
	}
	fd = open(area->path, O_RDWR | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0) {
		rte_errno = errno;
		goto fail;
	}
	if (fstat(fd, &st) < 0 || st.st_uid != geteuid() ||
		(uint64_t)st.st_size < size) {
		RTE_LOG(ERR, EAL, "fbarray %s: %s is not this array's file\n",
			arr->name, area->path);
		rte_errno = EINVAL;
		goto fail;
	}
	if (flock(fd, LOCK_SH) < 0) {
		rte_errno = errno;
		goto fail;
	}
	data = mmap(arr->data, size, PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_FIXED_NOREPLACE, fd, 0);
	if (data != arr->data) {
		if (data != MAP_FAILED)
			munmap(data, size);
		RTE_LOG(ERR, EAL,
			"fbarray %s: address %p is taken in this process\n",
			arr->name, arr->data);
		rte_errno = EADDRINUSE;
		goto fail;
	}
	area->addr = data;
	area->len = size;
	area->fd = fd;
	area->next = fb_areas;
	fb_areas = area;
	rte_spinlock_unlock(&fb_areas_lock);
	return 0;
fail:
	rte_spinlock_unlock(&fb_areas_lock);
	if (fd >= 0)
		close(fd);
	free(area);
	return -1;
}

/* The record of arr's mapping here, or NULL (ENOENT). Lock held. */
static struct fb_area *
area_of_locked(const struct rte_fbarray *arr)
{
	struct fb_area *area = NULL;

	if (arr->data != NULL && arr->len != 0 && arr->elt_sz != 0)
		area = find_area_locked(
			arr->data, map_size(arr->len, arr->elt_sz));
	if (area == NULL)
		rte_errno = ENOENT;
	return area;
}

/* Unmap and forget an area already taken off the list. */
static void
area_free(struct fb_area *area)
{
	munmap(area->addr, area->len);
	if (area->fd >= 0)
		close(area->fd);
	free(area);
}

/*
 * The area of arr with fb_areas_lock held, or NULL with rte_errno set
 * and the lock not held.
 */
static struct fb_area *
lock_area_of(struct rte_fbarray *arr)
{
	struct fb_area *area;

	if (arr == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	rte_spinlock_lock(&fb_areas_lock);
	area = area_of_locked(arr);
	if (area == NULL)
		rte_spinlock_unlock(&fb_areas_lock);
	return area;
}

int
rte_fbarray_detach(struct rte_fbarray *arr)
{
	struct fb_area *area = lock_area_of(arr);

	if (area == NULL)
		return -1;
	unlink_area_locked(area);
	rte_spinlock_unlock(&fb_areas_lock);
	area_free(area);
	return 0;
}

int
rte_fbarray_destroy(struct rte_fbarray *arr)
{
	struct fb_area *area = lock_area_of(arr);

	if (area == NULL)
		return -1;
	if (area->fd >= 0) {
		/* Only one holder left (us) lets the lock be exclusive. */
		if (flock(area->fd, LOCK_EX | LOCK_NB) < 0) {
			rte_spinlock_unlock(&fb_areas_lock);
			RTE_LOG(ERR, EAL,
				"fbarray %s: still mapped by another process\n",
				arr->name);
			rte_errno = EBUSY;
			return -1;
		}
		if (area->path[0] != '\0')
			unlink(area->path);
	}
	unlink_area_locked(area);
	rte_spinlock_unlock(&fb_areas_lock);
	area_free(area);
	memset(arr, 0, sizeof(*arr));
	return 0;
}

void
eal_fbarray_cleanup(int unlink_created)
{
	struct fb_area *area, *next;

	rte_spinlock_lock(&fb_areas_lock);
	area = fb_areas;
	fb_areas = NULL;
	rte_spinlock_unlock(&fb_areas_lock);
	for (; area != NULL; area = next) {
		next = area->next;
		if (unlink_created && area->created)
			unlink(area->path);
		area_free(area);
	}
}

void *
rte_fbarray_get(const struct rte_fbarray *arr, unsigned int idx)
{
	if (arr == NULL || idx >= arr->len) {
		rte_errno = EINVAL;
		return NULL;
	}
	return RTE_PTR_ADD(arr->data, (size_t)idx * arr->elt_sz);
}

int
rte_fbarray_find_idx(const struct rte_fbarray *arr, const void *elt)
{
	uintptr_t start, end, p = (uintptr_t)elt;

	if (arr == NULL || elt == NULL || arr->elt_sz == 0) {
		rte_errno = EINVAL;
		return -1;
	}
	start = (uintptr_t)arr->data;
	end = start + (size_t)arr->len * arr->elt_sz;
	if (p < start || p >= end) {
		rte_errno = EINVAL;
		return -1;
	}
	return (int)((p - start) / arr->elt_sz);
}

static int
set_state(struct rte_fbarray *arr, unsigned int idx, bool used)
{
	uint64_t bit, *word;

	if (arr == NULL || idx >= arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	bit = 1ULL << (idx % WORD_BITS);
	word = &bitmap(arr)[idx / WORD_BITS];
	rte_rwlock_write_lock(&arr->rwlock);
	if (((*word & bit) != 0) != used) {
		if (used) {
			*word |= bit;
			arr->count++;
		} else {
			*word &= ~bit;
			arr->count--;
		}
	}
	rte_rwlock_write_unlock(&arr->rwlock);
	return 0;
}

int
rte_fbarray_set_used(struct rte_fbarray *arr, unsigned int idx)
{
	return set_state(arr, idx, true);
}

int
rte_fbarray_set_free(struct rte_fbarray *arr, unsigned int idx)
{
	return set_state(arr, idx, false);
}

int
rte_fbarray_is_used(struct rte_fbarray *arr, unsigned int idx)
{
	int ret;

	if (arr == NULL || idx >= arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_rwlock_read_lock(&arr->rwlock);
	ret = (bitmap(arr)[idx / WORD_BITS] >> (idx % WORD_BITS)) & 1;
	rte_rwlock_read_unlock(&arr->rwlock);
	return ret;
}

/* Word w with bits set for slots in the wanted state (none past len). */
static uint64_t
state_word(const struct rte_fbarray *arr, unsigned int w, bool used)
{
	uint64_t v = bitmap(arr)[w];

	if (!used)
		v = ~v;
	if (w == (arr->len - 1) / WORD_BITS && arr->len % WORD_BITS != 0)
		v &= (1ULL << (arr->len % WORD_BITS)) - 1;
	return v;
}

/* First slot >= start in the state, -1 if none. */
static int
next_in(const struct rte_fbarray *arr, unsigned int start, bool used)
{
	unsigned int w = start / WORD_BITS, nw = nb_words(arr->len);
	uint64_t v = state_word(arr, w, used) & (~0ULL << (start % WORD_BITS));

	for (;;) {
		if (v != 0)
			return (int)(w * WORD_BITS + __builtin_ctzll(v));
		if (++w >= nw)
			return -1;
		v = state_word(arr, w, used);
	}
}

/* Last slot <= start in the state, -1 if none. */
static int
prev_in(const struct rte_fbarray *arr, unsigned int start, bool used)
{
	unsigned int w = start / WORD_BITS, b = start % WORD_BITS;
	uint64_t v = state_word(arr, w, used);

	if (b != WORD_BITS - 1)
		v &= (2ULL << b) - 1;
	for (;;) {
		if (v != 0)
			return (int)(w * WORD_BITS + WORD_BITS - 1 -
				__builtin_clzll(v));
		if (w == 0)
			return -1;
		v = state_word(arr, --w, used);
	}
}

/* Slots in the state from start up (0 if start is not). */
static unsigned int
run_up(const struct rte_fbarray *arr, unsigned int start, bool used)
{
	int end = next_in(arr, start, !used);

	return (end < 0 ? arr->len : (unsigned int)end) - start;
}

/* Slots in the state from start down (0 if start is not). */
static unsigned int
run_down(const struct rte_fbarray *arr, unsigned int start, bool used)
{
	return (unsigned int)((int)start - prev_in(arr, start, !used));
}

static int
not_found(bool used)
{
	rte_errno = used ? ENOENT : ENOSPC;
	return -1;
}

/*
 * The 22.11 entry points are one worker call each: a search kind, a
 * direction (up or down) and the slot state looked for (used or free).
 */
#define FBARRAY_FIND(name, kind, up, used) \
	int name(struct rte_fbarray *arr, unsigned int start) \
	{ \
		return kind(arr, start, up, used); \
	}
#define FBARRAY_FIND_N(name, up, used) \
	int name(struct rte_fbarray *arr, unsigned int start, unsigned int n) \
	{ \
		return find_n(arr, start, n, up, used); \
	}

/*
 * Start of every single-slot search: EINVAL for a bad array or start,
 * otherwise the array is read-locked and the caller unlocks it.
 */
static int
find_begin(struct rte_fbarray *arr, unsigned int start)
{
	if (arr == NULL || start >= arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	rte_rwlock_read_lock(&arr->rwlock);
	return 0;
}

static int
find_one(struct rte_fbarray *arr, unsigned int start, bool up, bool used)
{
	int ret;

	if (find_begin(arr, start) < 0)
		return -1;
	ret = up ? next_in(arr, start, used) : prev_in(arr, start, used);
	rte_rwlock_read_unlock(&arr->rwlock);
	return ret < 0 ? not_found(used) : ret;
}

FBARRAY_FIND(rte_fbarray_find_next_free, find_one, true, false)
FBARRAY_FIND(rte_fbarray_find_next_used, find_one, true, true)
FBARRAY_FIND(rte_fbarray_find_prev_free, find_one, false, false)
FBARRAY_FIND(rte_fbarray_find_prev_used, find_one, false, true)

/* Lowest i >= start with [i, i + n) in the state, -1 if none. */
static int
next_n_locked(const struct rte_fbarray *arr, unsigned int start, unsigned int n,
	bool used)
{
	while (start < arr->len) {
		int i = next_in(arr, start, used);
		unsigned int run;

		if (i < 0)
			return -1;
		run = run_up(arr, (unsigned int)i, used);
		if (run >= n)
			return i;
		start = (unsigned int)i + run;
	}
	return -1;
}

/* Highest i with [i, i + n) in the state and i + n - 1 <= start. */
static int
prev_n_locked(const struct rte_fbarray *arr, unsigned int start, unsigned int n,
	bool used)
{
	for (;;) {
		int j = prev_in(arr, start, used);
		unsigned int run;

		if (j < 0)
			return -1;
		run = run_down(arr, (unsigned int)j, used);
		if (run >= n)
			return j - (int)n + 1;
		if ((unsigned int)j + 1 == run)
			return -1; /* the run reached slot 0 */
		start = (unsigned int)j - run;
	}
}

static int
find_n(struct rte_fbarray *arr, unsigned int start, unsigned int n, bool up,
	bool used)
{
	int ret;

	if (arr == NULL || start >= arr->len || n == 0 || n > arr->len) {
		rte_errno = EINVAL;
		return -1;
	}
	if ((up && arr->len - start < n) || (!up && start + 1 < n))
		return not_found(used);
	rte_rwlock_read_lock(&arr->rwlock);
	ret = up ? next_n_locked(arr, start, n, used)
		 : prev_n_locked(arr, start, n, used);
	rte_rwlock_read_unlock(&arr->rwlock);
	return ret < 0 ? not_found(used) : ret;
}

FBARRAY_FIND_N(rte_fbarray_find_next_n_free, true, false)
FBARRAY_FIND_N(rte_fbarray_find_next_n_used, true, true)
FBARRAY_FIND_N(rte_fbarray_find_prev_n_free, false, false)
FBARRAY_FIND_N(rte_fbarray_find_prev_n_used, false, true)

static int
find_contig(struct rte_fbarray *arr, unsigned int start, bool up, bool used)
{
	unsigned int ret;

	if (find_begin(arr, start) < 0)
		return -1;
	ret = up ? run_up(arr, start, used) : run_down(arr, start, used);
	rte_rwlock_read_unlock(&arr->rwlock);
	return (int)ret;
}

FBARRAY_FIND(rte_fbarray_find_contig_free, find_contig, true, false)
FBARRAY_FIND(rte_fbarray_find_contig_used, find_contig, true, true)
FBARRAY_FIND(rte_fbarray_find_rev_contig_free, find_contig, false, false)
FBARRAY_FIND(rte_fbarray_find_rev_contig_used, find_contig, false, true)

static int
find_biggest(struct rte_fbarray *arr, unsigned int start, bool up, bool used)
{
	unsigned int best_len = 0;
	int best = -1, cur = (int)start;

	if (find_begin(arr, start) < 0)
		return -1;
	while (cur >= 0 && (unsigned int)cur < arr->len) {
		int i = up ? next_in(arr, (unsigned int)cur, used)
			   : prev_in(arr, (unsigned int)cur, used);
		unsigned int run;
		int lo;

		if (i < 0)
			break;
		if (up) {
			run = run_up(arr, (unsigned int)i, used);
			lo = i;
			cur = i + (int)run;
		} else {
			run = run_down(arr, (unsigned int)i, used);
			lo = i - (int)run + 1;
			cur = lo - 1;
		}
		/* Strictly longer: of equal runs the first met wins. */
		if (run > best_len) {
			best_len = run;
			best = lo;
		}
	}
	rte_rwlock_read_unlock(&arr->rwlock);
	return best < 0 ? not_found(used) : best;
}

FBARRAY_FIND(rte_fbarray_find_biggest_free, find_biggest, true, false)
FBARRAY_FIND(rte_fbarray_find_biggest_used, find_biggest, true, true)
FBARRAY_FIND(rte_fbarray_find_rev_biggest_free, find_biggest, false, false)
FBARRAY_FIND(rte_fbarray_find_rev_biggest_used, find_biggest, false, true)

void
rte_fbarray_dump_metadata(struct rte_fbarray *arr, FILE *f)
{
	unsigned int w;

	if (arr == NULL || f == NULL) {
		rte_errno = EINVAL;
		return;
	}
	if (check_arr(arr) < 0) {
		fprintf(f, "Invalid file-backed array\n");
		return;
	}
	rte_rwlock_read_lock(&arr->rwlock);
	fprintf(f, "File-backed array: %s\n", arr->name);
	fprintf(f, "size: %u occupied: %u elt_sz: %u\n", arr->len, arr->count,
		arr->elt_sz);
	for (w = 0; w < nb_words(arr->len); w++)
		fprintf(f, "msk idx %u: 0x%016" PRIx64 "\n", w, bitmap(arr)[w]);
	rte_rwlock_read_unlock(&arr->rwlock);
}
