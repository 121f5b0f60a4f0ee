/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * File-backed arrays: every find function against a slot-by-slot
 * reference on random and edge patterns of several lengths (around the
 * 64-slot words), bad arguments with their rte_errno, get/find_idx,
 * the dump, both lcores marking slots at once, and the sharing rules:
 * a secondary attaches to the primary's array and sees and changes the
 * same slots, destroy is refused while it has the array mapped, attach
 * twice is refused.
 */

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_fbarray.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_memzone.h>

#include "test.h"

#define FB_NAME "test_fbarray"
#define FB_SHARED_MZ "test_fbarray_shared"

/* ----- the reference: one slot at a time ----- */

struct ref {
	unsigned int len;
	bool used[1024];
};

static int
ref_next(const struct ref *r, unsigned int s, bool used)
{
	unsigned int i;

	for (i = s; i < r->len; i++)
		if (r->used[i] == used)
			return (int)i;
	return -1;
}

static int
ref_prev(const struct ref *r, unsigned int s, bool used)
{
	int i;

	for (i = (int)s; i >= 0; i--)
		if (r->used[i] == used)
			return i;
	return -1;
}

static int
ref_contig(const struct ref *r, unsigned int s, bool used)
{
	unsigned int i = s;

	while (i < r->len && r->used[i] == used)
		i++;
	return (int)(i - s);
}

static int
ref_rev_contig(const struct ref *r, unsigned int s, bool used)
{
	int i = (int)s;

	while (i >= 0 && r->used[i] == used)
		i--;
	return (int)s - i;
}

static int
ref_next_n(const struct ref *r, unsigned int s, unsigned int n, bool used)
{
	unsigned int i;

	for (i = s; i + n <= r->len; i++)
		if (ref_contig(r, i, used) >= (int)n)
			return (int)i;
	return -1;
}

static int
ref_prev_n(const struct ref *r, unsigned int s, unsigned int n, bool used)
{
	int i;

	for (i = (int)s - (int)n + 1; i >= 0; i--)
		if (ref_contig(r, (unsigned int)i, used) >= (int)n)
			return i;
	return -1;
}

/* Runs clipped to [s, len); the first of the longest. */
static int
ref_biggest(const struct ref *r, unsigned int s, bool used)
{
	int best = -1, best_len = 0;
	unsigned int i = s;

	while (i < r->len) {
		int run = ref_contig(r, i, used);

		if (run > best_len) {
			best = (int)i;
			best_len = run;
		}
		i += run > 0 ? (unsigned int)run : 1;
	}
	return best;
}

/* Runs clipped to [0, s]; the longest closest to s; its lowest slot. */
static int
ref_rev_biggest(const struct ref *r, unsigned int s, bool used)
{
	int best = -1, best_len = 0, i = (int)s;

	while (i >= 0) {
		int run = ref_rev_contig(r, (unsigned int)i, used);

		if (run > best_len) {
			best = i - run + 1;
			best_len = run;
		}
		i -= run > 0 ? run : 1;
	}
	return best;
}

/* ----- comparing ----- */

/* A found index, or -1 with the errno 22.11 gives for "none". */
#define CHECK_FOUND(got, want, used, what, s, n) \
	do { \
		int g_ = (got), w_ = (want); \
		TEST_ASSERT_EQUAL(g_, w_, \
			"%s(start %u, n %u) len %u: %d, reference %d", what, \
			s, n, r->len, g_, w_); \
		if (w_ < 0) \
			TEST_ASSERT_EQUAL(rte_errno, (used) ? ENOENT : ENOSPC, \
				"%s(%u): rte_errno %d", what, s, rte_errno); \
	} while (0)

static int
compare_all(struct rte_fbarray *arr, const struct ref *r, unsigned int step)
{
	static const unsigned int ns[] = {1, 2, 3, 7, 63, 64, 65, 130};
	unsigned int s, k;
	int u;

	for (s = 0; s < r->len; s += step) {
		for (u = 0; u < 2; u++) {
			bool used = u != 0;

			TEST_ASSERT_EQUAL(rte_fbarray_is_used(arr, s),
				r->used[s] ? 1 : 0, "is_used(%u)", s);
			CHECK_FOUND(used ? rte_fbarray_find_next_used(arr, s)
					 : rte_fbarray_find_next_free(arr, s),
				ref_next(r, s, used), used, "find_next", s, 0u);
			CHECK_FOUND(used ? rte_fbarray_find_prev_used(arr, s)
					 : rte_fbarray_find_prev_free(arr, s),
				ref_prev(r, s, used), used, "find_prev", s, 0u);
			TEST_ASSERT_EQUAL(used
					? rte_fbarray_find_contig_used(arr, s)
					: rte_fbarray_find_contig_free(arr, s),
				ref_contig(r, s, used), "contig(%u) used %d", s,
				u);
			TEST_ASSERT_EQUAL(
				used ? rte_fbarray_find_rev_contig_used(arr, s)
				     : rte_fbarray_find_rev_contig_free(arr, s),
				ref_rev_contig(r, s, used),
				"rev_contig(%u) used %d", s, u);
			CHECK_FOUND(used
					? rte_fbarray_find_biggest_used(arr, s)
					: rte_fbarray_find_biggest_free(arr, s),
				ref_biggest(r, s, used), used, "biggest", s,
				0u);
			CHECK_FOUND(
				used ? rte_fbarray_find_rev_biggest_used(arr, s)
				     : rte_fbarray_find_rev_biggest_free(
					       arr, s),
				ref_rev_biggest(r, s, used), used,
				"rev_biggest", s, 0u);
			for (k = 0; k < RTE_DIM(ns); k++) {
				unsigned int n = ns[k];

				if (n > r->len)
					continue;
				CHECK_FOUND(used ? rte_fbarray_find_next_n_used(
							   arr, s, n)
						 : rte_fbarray_find_next_n_free(
							   arr, s, n),
					ref_next_n(r, s, n, used), used,
					"find_next_n", s, n);
				CHECK_FOUND(used ? rte_fbarray_find_prev_n_used(
							   arr, s, n)
						 : rte_fbarray_find_prev_n_free(
							   arr, s, n),
					ref_prev_n(r, s, n, used), used,
					"find_prev_n", s, n);
			}
		}
	}
	return TEST_SUCCESS;
}

static uint64_t rnd_state = 0x9e3779b97f4a7c15ULL;

static uint64_t
rnd(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return rnd_state;
}

enum pattern {
	PAT_EMPTY,
	PAT_FULL,
	PAT_ALTERNATE,
	PAT_SPARSE, /* 1 slot in 10 used */
	PAT_HALF,
	PAT_DENSE, /* 9 in 10 */
	PAT_RUNS, /* random runs of 1..100 */
	PAT_EDGES, /* first, last and word-boundary slots */
	PAT_MAX,
};

static bool
pattern_slot(enum pattern p, unsigned int i, unsigned int len, bool *run_used,
	unsigned int *run_left)
{
	switch (p) {
	case PAT_EMPTY:
		return false;
	case PAT_FULL:
		return true;
	case PAT_ALTERNATE:
		return i % 2 == 0;
	case PAT_SPARSE:
		return rnd() % 10 == 0;
	case PAT_HALF:
		return rnd() % 2 == 0;
	case PAT_DENSE:
		return rnd() % 10 != 0;
	case PAT_RUNS:
		if (*run_left == 0) {
			*run_used = !*run_used;
			*run_left = 1 + rnd() % 100;
		}
		(*run_left)--;
		return *run_used;
	case PAT_EDGES:
	default:
		return i == 0 || i + 1 == len || i % 64 == 63 || i % 64 == 0;
	}
}

static int
test_fbarray_vs_reference(void)
{
	static const unsigned int lens[] = {
		1, 2, 63, 64, 65, 127, 128, 129, 200, 1000};
	unsigned int l, p, i;

	for (l = 0; l < RTE_DIM(lens); l++) {
		for (p = 0; p < PAT_MAX; p++) {
			struct rte_fbarray arr;
			static struct ref r;
			unsigned int run_left = 0, used_cnt = 0;
			bool run_used = false;
			int ret;

			TEST_ASSERT_SUCCESS(rte_fbarray_init(&arr, FB_NAME,
						    lens[l], sizeof(int)),
				"init len %u: %s", lens[l],
				rte_strerror(rte_errno));
			r.len = lens[l];
			for (i = 0; i < r.len; i++) {
				r.used[i] = pattern_slot(
					p, i, r.len, &run_used, &run_left);
				if (r.used[i]) {
					used_cnt++;
					TEST_ASSERT_SUCCESS(
						rte_fbarray_set_used(&arr, i),
						"set_used");
				}
			}
			TEST_ASSERT_EQUAL(arr.count, used_cnt,
				"count %u, %u set", arr.count, used_cnt);
			ret = compare_all(&arr, &r, r.len > 300 ? 7 : 1);
			/* Free half of the used ones again and compare. */
			for (i = 0; i < r.len; i++)
				if (r.used[i] && rnd() % 2 == 0) {
					r.used[i] = false;
					rte_fbarray_set_free(&arr, i);
				}
			if (ret == TEST_SUCCESS)
				ret = compare_all(
					&arr, &r, r.len > 300 ? 7 : 1);
			TEST_ASSERT_SUCCESS(
				rte_fbarray_destroy(&arr), "destroy");
			if (ret != TEST_SUCCESS) {
				printf("pattern %u, length %u\n", p, lens[l]);
				return ret;
			}
		}
	}
	return TEST_SUCCESS;
}

static int
test_fbarray_bad_args(void)
{
	char long_name[RTE_FBARRAY_NAME_LEN + 8];
	struct rte_fbarray arr, other;
	char log[2048];
	struct test_capture cap;
	int x;

	memset(long_name, 'n', sizeof(long_name));
	long_name[RTE_FBARRAY_NAME_LEN] = '\0';
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_init(NULL, FB_NAME, 10, 4), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_init(&arr, NULL, 10, 4), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_init(&arr, FB_NAME, 0, 4), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_init(&arr, FB_NAME, 10, 0), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_init(&arr, FB_NAME, (unsigned int)INT_MAX + 1, 4),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_init(&arr, long_name, 10, 4), ENAMETOOLONG);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(strstr(log, "fbarray: bad parameters") != NULL,
		"no log line for bad parameters: '%s'", log);
	/* One byte shorter fits. */
	long_name[RTE_FBARRAY_NAME_LEN - 1] = '\0';
	TEST_ASSERT_SUCCESS(rte_fbarray_init(&arr, long_name, 10, 4),
		"63-byte name: %s", rte_strerror(rte_errno));
	/* The name is taken while the array lives (its file is locked). */
	if (!rte_eal_in_memory())
		TEST_ASSERT_FAIL_ERRNO(
			rte_fbarray_init(&other, long_name, 10, 4), EBUSY);
	TEST_ASSERT_SUCCESS(rte_fbarray_destroy(&arr), "destroy");
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_destroy(&arr), ENOENT); /* zeroed */
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_destroy(NULL), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_detach(NULL), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_attach(NULL), EINVAL);

	TEST_ASSERT_SUCCESS(
		rte_fbarray_init(&arr, FB_NAME, 100, sizeof(x)), "init");
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_set_used(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_set_free(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_set_used(NULL, 0), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_is_used(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_find_next_free(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_find_prev_used(NULL, 0), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_find_contig_free(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_rev_contig_used(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_biggest_free(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_rev_biggest_used(&arr, 100), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_next_n_free(&arr, 0, 0), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_next_n_free(&arr, 0, 101), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_prev_n_used(&arr, 100, 1), EINVAL);
	/* A run that can't fit before the end (or start) is "none". */
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_next_n_free(&arr, 90, 11), ENOSPC);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_next_n_used(&arr, 90, 11), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_prev_n_free(&arr, 9, 11), ENOSPC);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_find_next_used(&arr, 0), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_find_biggest_used(&arr, 0), ENOENT);

	/* get and find_idx. */
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_fbarray_get(&arr, 100), "get(len)");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "get errno");
	TEST_ASSERT_NULL(rte_fbarray_get(NULL, 0), "get(NULL)");
	TEST_ASSERT_EQUAL(rte_fbarray_get(&arr, 7),
		(void *)((char *)arr.data + 7 * sizeof(x)), "get(7)");
	TEST_ASSERT_EQUAL(rte_fbarray_find_idx(&arr, rte_fbarray_get(&arr, 42)),
		42, "find_idx");
	TEST_ASSERT_EQUAL(rte_fbarray_find_idx(
				  &arr, (char *)rte_fbarray_get(&arr, 42) + 1),
		42, "find_idx inside an element");
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_idx(&arr, (char *)arr.data - 1), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_fbarray_find_idx(&arr, (char *)arr.data + 100 * sizeof(x)),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_find_idx(&arr, NULL), EINVAL);

	/* Marking twice counts once. */
	TEST_ASSERT_SUCCESS(rte_fbarray_set_used(&arr, 3), "set");
	TEST_ASSERT_SUCCESS(rte_fbarray_set_used(&arr, 3), "set again");
	TEST_ASSERT_EQUAL(arr.count, 1u, "count after double set");
	TEST_ASSERT_SUCCESS(rte_fbarray_set_free(&arr, 3), "free");
	TEST_ASSERT_SUCCESS(rte_fbarray_set_free(&arr, 3), "free again");
	TEST_ASSERT_EQUAL(arr.count, 0u, "count after double free");

	/* Mapped once per process: attach here is refused. */
	if (!rte_eal_in_memory())
		TEST_ASSERT_FAIL_ERRNO(rte_fbarray_attach(&arr), EEXIST);
	/*
	 * The file stays after a detach: attach maps it again at the same
	 * address, so it comes first, before anything else this process
	 * does (a log line, a sanitizer's allocation) may take the range.
	 */
	TEST_ASSERT_SUCCESS(rte_fbarray_detach(&arr), "detach");
	if (!rte_eal_in_memory()) {
		if (rte_fbarray_attach(&arr) == 0)
			TEST_ASSERT_SUCCESS(
				rte_fbarray_destroy(&arr), "destroy");
		else
			/* The documented limit: the range is taken here (an
			 * ASan allocation can land on it). */
			TEST_ASSERT_EQUAL(rte_errno, EADDRINUSE,
				"re-attach: %s", rte_strerror(rte_errno));
	}
	/* Neither mapped nor existing now. */
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_detach(&arr), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(rte_fbarray_destroy(&arr), ENOENT);
	return TEST_SUCCESS;
}

static int
test_fbarray_dump(void)
{
	struct rte_fbarray arr;
	char *buf = NULL;
	size_t len = 0;
	FILE *f;

	TEST_ASSERT_SUCCESS(rte_fbarray_init(&arr, FB_NAME, 70, 8), "init");
	rte_fbarray_set_used(&arr, 0);
	rte_fbarray_set_used(&arr, 65);
	f = open_memstream(&buf, &len);
	TEST_ASSERT_NOT_NULL(f, "memstream");
	rte_fbarray_dump_metadata(&arr, f);
	fclose(f);
	TEST_ASSERT(strstr(buf, "File-backed array: " FB_NAME) != NULL &&
			strstr(buf, "size: 70 occupied: 2 elt_sz: 8") != NULL &&
			strstr(buf, "msk idx 0: 0x0000000000000001") != NULL &&
			strstr(buf, "msk idx 1: 0x0000000000000002") != NULL,
		"dump: %s", buf);
	free(buf);
	rte_errno = 0;
	rte_fbarray_dump_metadata(NULL, stdout);
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "dump(NULL)");
	return rte_fbarray_destroy(&arr);
}

/* ----- two lcores ----- */

#define MT_LEN 4096

static struct rte_fbarray mt_arr;

static int
mark_odd(void *arg)
{
	unsigned int i;

	RTE_SET_USED(arg);
	for (i = 1; i < MT_LEN; i += 2)
		rte_fbarray_set_used(&mt_arr, i);
	for (i = 1; i < MT_LEN; i += 4)
		rte_fbarray_set_free(&mt_arr, i);
	return 0;
}

static int
test_fbarray_two_lcores(void)
{
	unsigned int worker = rte_get_next_lcore(-1, 1, 0), i;

	if (worker >= RTE_MAX_LCORE) {
		printf("needs two lcores\n");
		return TEST_SKIPPED;
	}
	TEST_ASSERT_SUCCESS(
		rte_fbarray_init(&mt_arr, FB_NAME, MT_LEN, 1), "init");
	TEST_ASSERT_SUCCESS(
		rte_eal_remote_launch(mark_odd, NULL, worker), "launch");
	for (i = 0; i < MT_LEN; i += 2)
		rte_fbarray_set_used(&mt_arr, i);
	rte_eal_wait_lcore(worker);
	/* Even: used; odd: used every other one. */
	TEST_ASSERT_EQUAL(mt_arr.count, MT_LEN / 2 + MT_LEN / 4, "count %u",
		mt_arr.count);
	for (i = 0; i < MT_LEN; i++)
		TEST_ASSERT_EQUAL(rte_fbarray_is_used(&mt_arr, i),
			i % 2 == 0 || i % 4 == 3, "slot %u", i);
	return rte_fbarray_destroy(&mt_arr);
}

/* ----- a secondary ----- */

/* What primary and secondary share, in a memzone. */
struct fb_shared {
	struct rte_fbarray arr;
	volatile int stage; /* 1: attached, 2: may leave */
};

static int
test_fbarray_secondary(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(FB_SHARED_MZ);
	struct fb_shared *sh;
	unsigned int i;
	int waited;

	TEST_ASSERT_NOT_NULL(mz, "no shared zone");
	sh = mz->addr;
	TEST_ASSERT_SUCCESS(rte_fbarray_attach(&sh->arr), "attach: %s",
		rte_strerror(rte_errno));
	for (i = 0; i < sh->arr.len; i++) {
		int *v = rte_fbarray_get(&sh->arr, i);

		TEST_ASSERT_EQUAL(rte_fbarray_is_used(&sh->arr, i), i % 3 == 0,
			"slot %u state", i);
		TEST_ASSERT_EQUAL(*v, (int)i * 10, "slot %u value", i);
		*v = -(int)i;
	}
	TEST_ASSERT_SUCCESS(rte_fbarray_set_used(&sh->arr, 1), "set");
	__atomic_store_n(&sh->stage, 1, __ATOMIC_RELEASE);
	for (waited = 0; __atomic_load_n(&sh->stage, __ATOMIC_ACQUIRE) != 2 &&
		waited < 30000;
		waited++)
		usleep(1000);
	return rte_fbarray_detach(&sh->arr);
}
REGISTER_TEST_COMMAND(fbarray_secondary, test_fbarray_secondary);

static int
test_fbarray_shared(void)
{
	char pfx[160];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge",
		"--proc-type=secondary", pfx};
	const struct rte_memzone *mz;
	struct fb_shared *sh;
	cpu_set_t saved;
	unsigned int i;
	int status, waited;
	pid_t pid;

	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("needs a primary with shared files\n");
		return TEST_SKIPPED;
	}
	mz = rte_memzone_reserve(FB_SHARED_MZ, sizeof(*sh), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "zone");
	sh = mz->addr;
	memset(sh, 0, sizeof(*sh));
	TEST_ASSERT_SUCCESS(
		rte_fbarray_init(&sh->arr, FB_NAME, 100, sizeof(int)), "init");
	for (i = 0; i < 100; i++) {
		*(int *)rte_fbarray_get(&sh->arr, i) = (int)i * 10;
		if (i % 3 == 0)
			rte_fbarray_set_used(&sh->arr, i);
	}
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	test_affinity_widen(&saved);
	pid = test_spawn_self(argv, RTE_DIM(argv), "fbarray_secondary");
	test_affinity_restore(&saved);
	TEST_ASSERT(pid > 0, "spawn");
	for (waited = 0; __atomic_load_n(&sh->stage, __ATOMIC_ACQUIRE) != 1 &&
		waited < 30000;
		waited++) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			break;
		usleep(1000);
	}
	if (sh->stage == 1) {
		/* The secondary has it mapped: not ours alone to delete. */
		TEST_ASSERT_FAIL_ERRNO(rte_fbarray_destroy(&sh->arr), EBUSY);
	}
	__atomic_store_n(&sh->stage, 2, __ATOMIC_RELEASE);
	status = test_wait_child(pid);
	TEST_ASSERT_EQUAL(status, 0, "secondary exit %d", status);
	/* Its writes and its slot are ours to see. */
	for (i = 0; i < 100; i++)
		TEST_ASSERT_EQUAL(*(int *)rte_fbarray_get(&sh->arr, i), -(int)i,
			"slot %u value", i);
	TEST_ASSERT_EQUAL(rte_fbarray_is_used(&sh->arr, 1), 1, "slot 1");
	TEST_ASSERT_EQUAL(sh->arr.count, 35u, "count %u", sh->arr.count);
	TEST_ASSERT_SUCCESS(rte_fbarray_destroy(&sh->arr), "destroy: %s",
		rte_strerror(rte_errno));
	return rte_memzone_free(mz);
}

static struct unit_test_suite fbarray_suite = {
	.suite_name = "fbarray autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_fbarray_bad_args),
			TEST_CASE(test_fbarray_vs_reference),
			TEST_CASE(test_fbarray_dump),
			TEST_CASE(test_fbarray_two_lcores),
			TEST_CASE(test_fbarray_shared),
			TEST_CASES_END(),
		},
};

static int
test_fbarray(void)
{
	return unit_test_suite_runner(&fbarray_suite);
}
REGISTER_TEST_COMMAND(fbarray_autotest, test_fbarray);
