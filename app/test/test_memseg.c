/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Memory segments over the arena: the walks cover every memzone and
 * every heap block, lookups of memzone and heap addresses find their
 * page while NULL and foreign addresses find nothing, walk callbacks
 * stop the walk, segment file descriptors read back what a memzone
 * holds, iova2virt inverts virt2iova, page locking, the DMA mask, and
 * the argument checks of memory event callbacks and validators.
 */

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_memory.h>
#include <rte_memzone.h>

#include "test.h"

/* ----- what the walks see ----- */

#define MAX_RUNS 64

struct walk_seen {
	unsigned int segs;
	unsigned int lists;
	unsigned int runs;
	uintptr_t run_start[MAX_RUNS];
	size_t run_len[MAX_RUNS];
	int bad;
};

static int
seg_cb(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	struct walk_seen *w = arg;
	uintptr_t b = (uintptr_t)msl->base_va, a = (uintptr_t)ms->addr;

	w->segs++;
	if (ms->len != msl->page_sz || ms->hugepage_sz != msl->page_sz ||
		a < b || a + ms->len > b + msl->len ||
		(a - b) % msl->page_sz != 0 ||
		ms->socket_id != msl->socket_id ||
		(!msl->external && ms->iova != (rte_iova_t)a)) {
		printf("bad segment %p (list %p+0x%zx)\n", ms->addr,
			msl->base_va, msl->len);
		w->bad = 1;
		return -1;
	}
	return 0;
}

static int
contig_cb(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	size_t len, void *arg)
{
	struct walk_seen *w = arg;

	RTE_SET_USED(msl);
	if (w->runs == MAX_RUNS)
		return -1;
	w->run_start[w->runs] = (uintptr_t)ms->addr;
	w->run_len[w->runs] = len;
	w->runs++;
	return 0;
}

static int
list_cb(const struct rte_memseg_list *msl, void *arg)
{
	struct walk_seen *w = arg;

	w->lists++;
	if (msl->page_sz == 0 || (uintptr_t)msl->base_va % msl->page_sz != 0 ||
		msl->len % msl->page_sz != 0) {
		w->bad = 1;
		return -1;
	}
	return 0;
}

/* Whether [addr, addr + len) lies inside one contiguous run. */
static int
in_runs(const struct walk_seen *w, const void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr;
	unsigned int i;

	for (i = 0; i < w->runs; i++)
		if (a >= w->run_start[i] &&
			a + len <= w->run_start[i] + w->run_len[i])
			return 1;
	return 0;
}

static int
check_page(const void *p)
{
	const struct rte_memseg_list *msl = rte_mem_virt2memseg_list(p);
	const struct rte_memseg *ms = rte_mem_virt2memseg(p, NULL);

	TEST_ASSERT_NOT_NULL(msl, "no list for %p", p);
	TEST_ASSERT_NOT_NULL(ms, "no segment for %p", p);
	TEST_ASSERT((uintptr_t)p >= (uintptr_t)ms->addr &&
			(uintptr_t)p < (uintptr_t)ms->addr + ms->len,
		"segment %p+0x%zx does not hold %p", ms->addr, ms->len, p);
	TEST_ASSERT_EQUAL(rte_mem_virt2memseg(p, msl), ms,
		"lookup with the list differs");
	return TEST_SUCCESS;
}

struct bounds {
	uintptr_t lo, hi;
	size_t bytes;
	unsigned int segs;
};

static int
bounds_cb(const struct rte_memseg_list *msl, void *arg)
{
	struct bounds *b = arg;
	uintptr_t s = (uintptr_t)msl->base_va;

	if (msl->external)
		return 0;
	if (b->lo == 0 || s < b->lo)
		b->lo = s;
	if (s + msl->len > b->hi)
		b->hi = s + msl->len;
	b->bytes += msl->len;
	b->segs += msl->memseg_arr.count;
	return 0;
}

/* Range and size of the arena's segment lists. */
static void
arena_bounds(struct bounds *b)
{
	memset(b, 0, sizeof(*b));
	rte_memseg_list_walk(bounds_cb, b);
}

static struct walk_seen seen_zone;

static void
zone_cb(const struct rte_memzone *mz, void *arg)
{
	int *bad = arg;
	size_t off;

	if (!in_runs(&seen_zone, mz->addr, mz->len)) {
		printf("memzone %s (%p+0x%zx) not covered by a run\n", mz->name,
			mz->addr, mz->len);
		*bad = 1;
	}
	for (off = 0; off < mz->len; off += 4096)
		if (check_page(RTE_PTR_ADD(mz->addr, off)) != TEST_SUCCESS)
			*bad = 1;
	if (mz->len != 0 &&
		check_page(RTE_PTR_ADD(mz->addr, mz->len - 1)) != TEST_SUCCESS)
		*bad = 1;
}

static int
test_memseg_walks(void)
{
	const struct rte_memzone *mz[4];
	static const size_t sizes[] = {64, 5000, 3 << 20, 100000};
	struct walk_seen w;
	unsigned int i, used = 0;
	struct bounds b;
	int bad = 0;
	void *blk;

	for (i = 0; i < RTE_DIM(mz); i++) {
		char name[32];

		snprintf(name, sizeof(name), "test_memseg_%u", i);
		mz[i] = rte_memzone_reserve(name, sizes[i], SOCKET_ID_ANY, 0);
		TEST_ASSERT_NOT_NULL(mz[i], "reserve %s", name);
	}
	memset(&w, 0, sizeof(w));
	TEST_ASSERT_EQUAL(rte_memseg_walk(seg_cb, &w), 0, "walk");
	TEST_ASSERT(!w.bad && w.segs > 0, "segment walk");
	TEST_ASSERT_EQUAL(rte_memseg_list_walk(list_cb, &w), 0, "list walk");
	TEST_ASSERT(!w.bad && w.lists > 0, "list walk");
	arena_bounds(&b);
	used = b.segs;
	TEST_ASSERT_EQUAL(
		w.segs, used, "walk saw %u segments of %u", w.segs, used);
	/* The arena's pages are all segments, of the arena's page size. */
	TEST_ASSERT_EQUAL((uint64_t)b.bytes, rte_eal_get_physmem_size(),
		"segment lists cover %zu of %" PRIu64 " bytes", b.bytes,
		rte_eal_get_physmem_size());
	TEST_ASSERT_EQUAL(b.hi - b.lo, b.bytes, "arena lists not contiguous");
	memset(&seen_zone, 0, sizeof(seen_zone));
	TEST_ASSERT_EQUAL(rte_memseg_contig_walk(contig_cb, &seen_zone), 0,
		"contig walk");
	rte_memzone_walk(zone_cb, &bad);
	TEST_ASSERT(!bad, "a memzone is not covered");
	blk = rte_malloc(NULL, 10000, 0);
	TEST_ASSERT_NOT_NULL(blk, "malloc");
	TEST_ASSERT(in_runs(&seen_zone, blk, 10000), "heap block not covered");
	TEST_ASSERT_SUCCESS(check_page(blk), "heap block lookup");
	rte_free(blk);
	/* The _thread_unsafe forms see the same. */
	memset(&w, 0, sizeof(w));
	TEST_ASSERT_EQUAL(rte_memseg_walk_thread_unsafe(seg_cb, &w), 0, "walk");
	TEST_ASSERT_EQUAL(w.segs, used, "unsafe walk");
	TEST_ASSERT_EQUAL(
		rte_memseg_contig_walk_thread_unsafe(contig_cb, &w), 0, "walk");
	TEST_ASSERT_EQUAL(
		rte_memseg_list_walk_thread_unsafe(list_cb, &w), 0, "walk");
	for (i = 0; i < RTE_DIM(mz); i++)
		rte_memzone_free(mz[i]);
	return TEST_SUCCESS;
}

static int stop_calls;

static int
stop_at_first(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	RTE_SET_USED(msl);
	RTE_SET_USED(ms);
	stop_calls++;
	return *(int *)arg;
}

static int
stop_list(const struct rte_memseg_list *msl, void *arg)
{
	RTE_SET_USED(msl);
	stop_calls++;
	return *(int *)arg;
}

static int
test_memseg_walk_stop(void)
{
	int ret = 1;

	stop_calls = 0;
	TEST_ASSERT_EQUAL(rte_memseg_walk(stop_at_first, &ret), 1, "stop");
	TEST_ASSERT_EQUAL(stop_calls, 1, "%d calls after a stop", stop_calls);
	ret = -1;
	stop_calls = 0;
	TEST_ASSERT_EQUAL(rte_memseg_walk(stop_at_first, &ret), -1, "error");
	TEST_ASSERT_EQUAL(stop_calls, 1, "%d calls after an error", stop_calls);
	ret = 5;
	stop_calls = 0;
	TEST_ASSERT_EQUAL(rte_memseg_list_walk(stop_list, &ret), 1, "stop");
	TEST_ASSERT_EQUAL(stop_calls, 1, "%d list calls", stop_calls);
	return TEST_SUCCESS;
}

static int
test_memseg_foreign(void)
{
	int on_stack = 0;
	void *libc = malloc(64);
	struct bounds b;
	const void *past;
	const struct rte_memseg_list *msl;

	arena_bounds(&b);
	past = (const void *)b.hi;

	TEST_ASSERT_NOT_NULL(libc, "malloc");
	TEST_ASSERT_NULL(rte_mem_virt2memseg(NULL, NULL), "NULL");
	TEST_ASSERT_NULL(rte_mem_virt2memseg_list(NULL), "NULL list");
	TEST_ASSERT_NULL(rte_mem_virt2memseg(&on_stack, NULL), "stack");
	TEST_ASSERT_NULL(rte_mem_virt2memseg(libc, NULL), "libc heap");
	TEST_ASSERT_NULL(rte_mem_virt2memseg_list(libc), "libc heap list");
	TEST_ASSERT_NULL(rte_mem_virt2memseg(past, NULL), "past the arena");
	TEST_ASSERT_NOT_NULL(
		rte_mem_virt2memseg((const void *)(b.hi - 1), NULL),
		"last byte of the arena");
	/* A list that does not hold the address finds nothing. */
	msl = rte_mem_virt2memseg_list((const void *)b.lo);
	TEST_ASSERT_NOT_NULL(msl, "first list");
	TEST_ASSERT_NULL(rte_mem_virt2memseg(libc, msl), "libc in a list");
	free(libc);
	TEST_ASSERT_NULL(rte_mem_iova2virt(RTE_BAD_IOVA), "bad iova");
	TEST_ASSERT_NULL(rte_mem_iova2virt(4096), "low iova");
	return TEST_SUCCESS;
}

static int
test_memseg_fd(void)
{
	const struct rte_memzone *mz;
	const struct rte_memseg *ms;
	struct rte_memseg fake;
	size_t off = 0, i;
	uint8_t buf[256];
	int fd;

	mz = rte_memzone_reserve("test_memseg_fd", 8192, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "reserve");
	for (i = 0; i < 8192; i++)
		((uint8_t *)mz->addr)[i] = (uint8_t)(i * 7 + 3);
	ms = rte_mem_virt2memseg(mz->addr, NULL);
	TEST_ASSERT_NOT_NULL(ms, "segment");
	TEST_ASSERT_EQUAL(rte_mem_iova2virt(rte_mem_virt2iova(mz->addr)),
		mz->addr, "iova2virt(virt2iova)");

	TEST_ASSERT_FAIL_ERRNO(rte_memseg_get_fd(NULL), EINVAL);
	memcpy(&fake, ms, sizeof(fake));
	TEST_ASSERT_FAIL_ERRNO(rte_memseg_get_fd(&fake), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_memseg_get_fd_offset(ms, NULL), EINVAL);
	fd = rte_memseg_get_fd(ms);
	if (rte_eal_in_memory()) {
		TEST_ASSERT_EQUAL(fd, -1, "fd with --in-memory");
		TEST_ASSERT_EQUAL(rte_errno, ENOTSUP, "errno %d", rte_errno);
		rte_memzone_free(mz);
		return TEST_SUCCESS;
	}
	TEST_ASSERT(fd >= 0, "get_fd: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(rte_memseg_get_fd_thread_unsafe(ms), fd, "unsafe fd");
	TEST_ASSERT_SUCCESS(rte_memseg_get_fd_offset(ms, &off), "offset");
	/* The file holds what the memzone holds, at that offset. */
	off += RTE_PTR_DIFF(mz->addr, ms->addr);
	TEST_ASSERT_EQUAL(pread(fd, buf, sizeof(buf), (off_t)off),
		(ssize_t)sizeof(buf), "pread");
	for (i = 0; i < sizeof(buf); i++)
		TEST_ASSERT_EQUAL(buf[i], (uint8_t)(i * 7 + 3),
			"byte %zu of the file", i);
	TEST_ASSERT_SUCCESS(rte_memseg_get_fd_offset_thread_unsafe(ms, &off),
		"unsafe offset");
	rte_memzone_free(mz);
	return TEST_SUCCESS;
}

static int
test_memseg_lock_page(void)
{
	void *blk = rte_malloc(NULL, 100, 0);
	int ret;

	TEST_ASSERT_NOT_NULL(blk, "malloc");
	ret = rte_mem_lock_page(blk);
	if (ret != 0) {
		/* Only a memlock limit may refuse one page. */
		TEST_ASSERT(rte_errno == ENOMEM || rte_errno == EPERM ||
				rte_errno == EAGAIN,
			"lock_page: %s", rte_strerror(rte_errno));
		printf("mlock refused by limits: %s\n",
			rte_strerror(rte_errno));
	} else {
		munlock((void *)RTE_ALIGN_FLOOR((uintptr_t)blk, 4096), 4096);
	}
	rte_free(blk);
	return TEST_SUCCESS;
}

static int
test_memseg_dma_mask(void)
{
	struct bounds b;
	uint8_t bits;
	struct test_capture cap;
	char log[1024];

	arena_bounds(&b);
	bits = (uint8_t)(64 - __builtin_clzll(b.hi - 1));
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_EQUAL(rte_mem_check_dma_mask(64), -1, "64 bits");
	TEST_ASSERT_EQUAL(rte_mem_check_dma_mask(bits - 1), -1,
		"%u bits hold the arena", bits - 1);
	TEST_ASSERT_EQUAL(rte_mem_check_dma_mask_thread_unsafe(bits - 1), -1,
		"%u bits hold the arena (unsafe)", bits - 1);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(strstr(log, "wrong dma mask size 64") != NULL &&
			strstr(log, "out of range") != NULL,
		"log: %s", log);
	TEST_ASSERT_SUCCESS(rte_mem_check_dma_mask(63), "63 bits");
	TEST_ASSERT_SUCCESS(rte_mem_check_dma_mask(bits), "%u bits", bits);
	TEST_ASSERT_SUCCESS(rte_mem_check_dma_mask_thread_unsafe(bits),
		"%u bits (unsafe)", bits);
	/* Recording a width checks nothing. */
	rte_mem_set_dma_mask(bits - 1);
	return TEST_SUCCESS;
}

static void
ev_cb(enum rte_mem_event type, const void *addr, size_t len, void *arg)
{
	RTE_SET_USED(type);
	RTE_SET_USED(addr);
	RTE_SET_USED(len);
	RTE_SET_USED(arg);
}

static int
val_cb(int socket_id, size_t cur_limit, size_t new_len)
{
	RTE_SET_USED(socket_id);
	RTE_SET_USED(cur_limit);
	RTE_SET_USED(new_len);
	return 0;
}

static int
test_memseg_callbacks(void)
{
	char long_name[RTE_MEM_EVENT_CALLBACK_NAME_LEN + 1];
	int a, b;

	memset(long_name, 'x', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_event_callback_register(NULL, ev_cb, NULL), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_event_callback_register("t", NULL, NULL), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_event_callback_register(long_name, ev_cb, NULL),
		ENAMETOOLONG);
	TEST_ASSERT_SUCCESS(
		rte_mem_event_callback_register("t", ev_cb, &a), "register");
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_event_callback_register("t", ev_cb, &a), EEXIST);
	TEST_ASSERT_SUCCESS(rte_mem_event_callback_register("t", ev_cb, &b),
		"same name, other argument");
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_event_callback_unregister("u", &a), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_event_callback_unregister(NULL, &a), EINVAL);
	TEST_ASSERT_SUCCESS(rte_mem_event_callback_unregister("t", &a), "a");
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_event_callback_unregister("t", &a), ENOENT);
	TEST_ASSERT_SUCCESS(rte_mem_event_callback_unregister("t", &b), "b");

	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_register(NULL, val_cb, 0, 1), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_register("v", NULL, 0, 1), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_register("v", val_cb, -1, 1), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_register(long_name, val_cb, 0, 1),
		ENAMETOOLONG);
	TEST_ASSERT_SUCCESS(rte_mem_alloc_validator_register("v", val_cb, 0, 1),
		"validator");
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_register("v", val_cb, 0, 2), EEXIST);
	TEST_ASSERT_SUCCESS(rte_mem_alloc_validator_register("v", val_cb, 1, 1),
		"other socket");
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_unregister("v", 2), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_unregister("v", -1), EINVAL);
	TEST_ASSERT_SUCCESS(rte_mem_alloc_validator_unregister("v", 0), "v0");
	TEST_ASSERT_SUCCESS(rte_mem_alloc_validator_unregister("v", 1), "v1");
	TEST_ASSERT_FAIL_ERRNO(
		rte_mem_alloc_validator_unregister("v", 1), ENOENT);
	return TEST_SUCCESS;
}

static int
test_memseg_phys(void)
{
	static int probe = 1;
	int using = rte_eal_using_phys_addrs();

	TEST_ASSERT(using == 0 || using == 1, "using_phys_addrs %d", using);
	TEST_ASSERT(!using || rte_mem_virt2phy(&probe) != RTE_BAD_IOVA,
		"using_phys_addrs but virt2phy fails");
	return TEST_SUCCESS;
}

static struct unit_test_suite memseg_suite = {
	.suite_name = "memseg autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_memseg_walks),
			TEST_CASE(test_memseg_walk_stop),
			TEST_CASE(test_memseg_foreign),
			TEST_CASE(test_memseg_fd),
			TEST_CASE(test_memseg_lock_page),
			TEST_CASE(test_memseg_dma_mask),
			TEST_CASE(test_memseg_callbacks),
			TEST_CASE(test_memseg_phys),
			TEST_CASES_END(),
		},
};

static int
test_memseg(void)
{
	return unit_test_suite_runner(&memseg_suite);
}
REGISTER_TEST_COMMAND(memseg_autotest, test_memseg);
