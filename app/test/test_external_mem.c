/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * External memory: heaps created by name get mmap'd and malloc'd
 * chunks; allocations on the heap's socket land inside them (and never
 * for SOCKET_ID_ANY), carry the IOVAs given, appear in the memseg walks
 * and fire memory events; removal and destruction are refused while in
 * use; every bad argument gives its rte_errno and log line. The same
 * for rte_extmem_*. A secondary maps the same file, attaches and
 * allocates from the heap. Each case leaves the socket heap, the
 * segment lists and the runtime directory as it found them.
 */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
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

#define PG 4096
#define HEAP "test_ext_heap"
#define MP_ZONE "test_ext_mp"

/* ----- leak checks ----- */

struct snapshot {
	struct rte_malloc_socket_stats heap0;
	unsigned int lists;
	unsigned int files;
};

static int
count_list(const struct rte_memseg_list *msl, void *arg)
{
	RTE_SET_USED(msl);
	(*(unsigned int *)arg)++;
	return 0;
}

static unsigned int
runtime_files(void)
{
	const char *dir = rte_eal_get_runtime_dir();
	unsigned int n = 0;
	struct dirent *e;
	DIR *d;

	if (dir[0] == '\0' || (d = opendir(dir)) == NULL)
		return 0;
	while ((e = readdir(d)) != NULL)
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static void
snap(struct snapshot *s)
{
	memset(s, 0, sizeof(*s));
	test_heap_stats(&s->heap0);
	rte_memseg_list_walk(count_list, &s->lists);
	s->files = runtime_files();
}

static int
same_as(const struct snapshot *s)
{
	struct snapshot now;

	snap(&now);
	TEST_ASSERT_EQUAL(now.lists, s->lists, "%u memseg lists, %u before",
		now.lists, s->lists);
	TEST_ASSERT_EQUAL(now.files, s->files,
		"%u files in the runtime dir, %u before", now.files, s->files);
	return test_heap_back_to(&s->heap0);
}

/* ----- memory events ----- */

struct ev_log {
	unsigned int n;
	enum rte_mem_event type[8];
	const void *addr[8];
	size_t len[8];
};

static struct ev_log evs;

static void
ev_cb(enum rte_mem_event type, const void *addr, size_t len, void *arg)
{
	struct ev_log *l = arg;

	if (l->n < RTE_DIM(l->type)) {
		l->type[l->n] = type;
		l->addr[l->n] = addr;
		l->len[l->n] = len;
	}
	l->n++;
}

static int
expect_event(
	unsigned int i, enum rte_mem_event type, const void *addr, size_t len)
{
	TEST_ASSERT(evs.n > i, "event %u missing", i);
	TEST_ASSERT(
		evs.type[i] == type && evs.addr[i] == addr && evs.len[i] == len,
		"event %u: %d %p 0x%zx, want %d %p 0x%zx", i, evs.type[i],
		evs.addr[i], evs.len[i], type, addr, len);
	return TEST_SUCCESS;
}

/* ----- heaps ----- */

static int
test_heap_bad_args(void)
{
	char long_name[40], log[4096];
	struct test_capture cap;
	struct snapshot s;
	void *va;

	snap(&s);
	memset(long_name, 'h', sizeof(long_name));
	long_name[32] = '\0'; /* 32 characters: one too many */
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_create(NULL), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_create(""), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_create(long_name), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_destroy(long_name), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_destroy("no_such_heap"), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_destroy("socket_0"), EPERM);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(strstr(log, "bad heap name 'hhhhhhhh") != NULL &&
			strstr(log, "31 characters at most") != NULL &&
			strstr(log, "heap no_such_heap not found") != NULL &&
			strstr(log, "heap socket_0 is a socket's own heap") !=
				NULL,
		"log: %s", log);

	/* 31 characters fit. */
	long_name[31] = '\0';
	TEST_ASSERT_SUCCESS(rte_malloc_heap_create(long_name), "31 chars: %s",
		rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_create(long_name), EEXIST);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(strstr(log, "already exists") != NULL, "log: %s", log);
	TEST_ASSERT(rte_malloc_heap_get_socket(long_name) >= RTE_MAX_NUMA_NODES,
		"external socket id");
	TEST_ASSERT_EQUAL(rte_malloc_heap_socket_is_external(
				  rte_malloc_heap_get_socket(long_name)),
		1, "is_external");
	TEST_ASSERT_EQUAL(
		rte_malloc_heap_get_socket("socket_0"), 0, "socket_0");
	TEST_ASSERT_EQUAL(rte_malloc_heap_socket_is_external(0), 0, "socket 0");
	TEST_ASSERT_EQUAL(
		rte_malloc_heap_socket_is_external(SOCKET_ID_ANY), 0, "any");
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_socket_is_external(123456), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_get_socket("no_such_heap"), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_get_socket(NULL), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_get_socket(""), EINVAL);

	va = mmap(NULL, 4 * PG, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	TEST_ASSERT(va != MAP_FAILED, "mmap");
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(long_name, NULL, PG, NULL, 0, PG),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(long_name, va, 0, NULL, 0, PG),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_memory_add(long_name,
				       RTE_PTR_ADD(va, 64), PG, NULL, 0, PG),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(long_name, va, PG + 64, NULL, 0, PG),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(long_name, va, PG, NULL, 0, 3000),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(long_name, va, PG, NULL, 0, 0),
		EINVAL);
	{
		rte_iova_t iovas[4] = {0};

		TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_memory_add(long_name, va,
					       4 * PG, iovas, 3, PG),
			EINVAL);
	}
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(NULL, va, PG, NULL, 0, PG), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add("no_such_heap", va, PG, NULL, 0, PG),
		ENOENT);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add("socket_0", va, PG, NULL, 0, PG),
		EPERM);
	/* A chunk too small for a block and its fence. */
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(long_name, va, 64, NULL, 0, 64),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_remove(long_name, va, 0), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_remove(long_name, va, PG), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_remove("socket_0", va, PG), EPERM);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_attach(long_name, va, PG), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_attach("socket_0", va, PG), EPERM);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_detach(long_name, NULL, PG), EINVAL);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(strstr(log, "bad external memory") != NULL &&
			strstr(log, "too small for a heap chunk") != NULL &&
			strstr(log, "is not in heap") != NULL,
		"log: %s", log);
	/* Nothing was added by the refused calls. */
	TEST_ASSERT_SUCCESS(rte_malloc_heap_destroy(long_name), "destroy: %s",
		rte_strerror(rte_errno));
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_destroy(long_name), ENOENT);
	munmap(va, 4 * PG);
	return same_as(&s);
}

/* Whether [p, p + len) lies inside [base, base + blen). */
static int
inside(const void *p, size_t len, const void *base, size_t blen)
{
	return (uintptr_t)p >= (uintptr_t)base &&
		(uintptr_t)p + len <= (uintptr_t)base + blen;
}

struct ext_walk {
	unsigned int ext_segs;
	int socket;
	int bad;
};

static int
ext_seg_cb(const struct rte_memseg_list *msl, const struct rte_memseg *ms,
	void *arg)
{
	struct ext_walk *w = arg;

	if (!msl->external)
		return 0;
	w->ext_segs++;
	if (ms->socket_id != w->socket || msl->socket_id != w->socket ||
		!msl->heap || ms->len != PG)
		w->bad = 1;
	return 0;
}

#define N_BLOCKS 64

static int
test_heap_alloc(void)
{
	const size_t len1 = 16 * PG, len2 = 8 * PG;
	rte_iova_t iovas[16];
	struct rte_malloc_socket_stats st;
	struct test_capture cap;
	struct ext_walk w;
	struct snapshot s;
	void *chunk1, *chunk2, *blocks[N_BLOCKS], *any, *big;
	const struct rte_memseg *ms;
	char log[4096];
	unsigned int i, n;
	int sock;

	snap(&s);
	memset(&evs, 0, sizeof(evs));
	TEST_ASSERT_SUCCESS(rte_mem_event_callback_register("ext", ev_cb, &evs),
		"event callback");
	chunk1 = mmap(NULL, len1, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	TEST_ASSERT(chunk1 != MAP_FAILED, "mmap");
	TEST_ASSERT_SUCCESS(posix_memalign(&chunk2, PG, len2), "memalign");
	for (i = 0; i < 16; i++)
		iovas[i] = 0x40000000ULL + i * 0x100000ULL; /* not contiguous */

	TEST_ASSERT_SUCCESS(rte_malloc_heap_create(HEAP), "create");
	sock = rte_malloc_heap_get_socket(HEAP);
	TEST_ASSERT(sock >= RTE_MAX_NUMA_NODES, "socket %d", sock);
	/* An empty heap gives nothing. */
	TEST_ASSERT_NULL(rte_malloc_socket(NULL, 64, 0, sock), "empty heap");
	TEST_ASSERT_SUCCESS(
		rte_malloc_heap_memory_add(HEAP, chunk1, len1, iovas, 16, PG),
		"add mmap'd: %s", rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(
		rte_malloc_heap_memory_add(HEAP, chunk2, len2, NULL, 0, PG),
		"add malloc'd: %s", rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(
		expect_event(0, RTE_MEM_EVENT_ALLOC, chunk1, len1), "event");
	TEST_ASSERT_SUCCESS(
		expect_event(1, RTE_MEM_EVENT_ALLOC, chunk2, len2), "event");
	TEST_ASSERT_EQUAL(rte_malloc_get_socket_stats(sock, &st), 0, "stats");
	TEST_ASSERT_EQUAL(st.heap_totalsz_bytes, len1 + len2, "total %zu",
		st.heap_totalsz_bytes);
	TEST_ASSERT_EQUAL(st.alloc_count, 0u, "alloc count");

	/* Overlapping memory is refused. */
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_add(
			HEAP, RTE_PTR_ADD(chunk1, PG), PG, NULL, 0, PG),
		EEXIST);
	TEST_ASSERT_FAIL_ERRNO(
		rte_extmem_register(chunk2, len2, NULL, 0, PG), EEXIST);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(
		strstr(log, "overlaps known memory") != NULL, "log: %s", log);

	/* The segments are in the walks and lookups. */
	memset(&w, 0, sizeof(w));
	w.socket = sock;
	TEST_ASSERT_EQUAL(rte_memseg_walk(ext_seg_cb, &w), 0, "walk");
	TEST_ASSERT(!w.bad, "bad external segment");
	TEST_ASSERT_EQUAL(w.ext_segs, (unsigned int)((len1 + len2) / PG),
		"%u external segments", w.ext_segs);
	ms = rte_mem_virt2memseg(RTE_PTR_ADD(chunk1, 3 * PG + 5), NULL);
	TEST_ASSERT_NOT_NULL(ms, "virt2memseg");
	TEST_ASSERT_EQUAL(ms->iova, iovas[3], "segment iova");
	TEST_ASSERT_EQUAL(rte_mem_iova2virt(iovas[3] + 5),
		RTE_PTR_ADD(chunk1, 3 * PG + 5), "iova2virt");
	TEST_ASSERT_FAIL_ERRNO(rte_memseg_get_fd(ms), ENOTSUP);

	/* Allocations on the socket land inside the chunks. */
	for (i = 0; i < N_BLOCKS; i++) {
		size_t sz = 64 + (i * 97) % 700;

		blocks[i] =
			rte_malloc_socket(NULL, sz, i % 4 == 0 ? 256 : 0, sock);
		TEST_ASSERT_NOT_NULL(blocks[i], "block %u", i);
		TEST_ASSERT(inside(blocks[i], sz, chunk1, len1) ||
				inside(blocks[i], sz, chunk2, len2),
			"block %p+%zu outside the added memory", blocks[i], sz);
		TEST_ASSERT(i % 4 != 0 || (uintptr_t)blocks[i] % 256 == 0,
			"alignment");
		TEST_ASSERT_SUCCESS(
			rte_malloc_validate(blocks[i], NULL), "validate");
		memset(blocks[i], 0xa5, sz);
		if (inside(blocks[i], sz, chunk1, len1)) {
			size_t off = RTE_PTR_DIFF(blocks[i], chunk1);

			TEST_ASSERT_EQUAL(rte_malloc_virt2iova(blocks[i]),
				iovas[off / PG] + off % PG, "virt2iova");
		} else {
			TEST_ASSERT_EQUAL(rte_malloc_virt2iova(blocks[i]),
				RTE_BAD_IOVA, "no iova given");
		}
	}
	/* SOCKET_ID_ANY never takes external memory. */
	any = rte_malloc(NULL, 100, 0);
	TEST_ASSERT_NOT_NULL(any, "any");
	TEST_ASSERT(!inside(any, 100, chunk1, len1) &&
			!inside(any, 100, chunk2, len2),
		"SOCKET_ID_ANY in external memory");
	rte_free(any);
	/* No block spans the two chunks, whatever their addresses. */
	big = rte_zmalloc_socket(NULL, len2 - 1024, 0, sock);
	if (big != NULL)
		TEST_ASSERT(inside(big, len2 - 1024, chunk1, len1) ||
				inside(big, len2 - 1024, chunk2, len2),
			"big block across chunks");
	TEST_ASSERT_NULL(rte_malloc_socket(NULL, len1 + len2, 0, sock),
		"more than the heap");

	/* Busy memory can't go, nor its heap. */
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_remove(HEAP, chunk1, len1), EBUSY);
	TEST_ASSERT_FAIL_ERRNO(rte_malloc_heap_destroy(HEAP), EBUSY);
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_remove(HEAP, chunk1, len1 - PG), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_unregister(chunk1, len1), EBUSY);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(strstr(log, "still has allocations") != NULL &&
			strstr(log, "still has memory") != NULL &&
			strstr(log, "belongs to a heap") != NULL,
		"log: %s", log);
	TEST_ASSERT_EQUAL(evs.n, 2u, "a refused removal sent an event");

	rte_free(big);
	for (i = 0; i < N_BLOCKS; i++)
		rte_free(blocks[i]);
	TEST_ASSERT_EQUAL(rte_malloc_get_socket_stats(sock, &st), 0, "stats");
	TEST_ASSERT_EQUAL(st.alloc_count, 0u, "all freed");
	/* Fill it up: everything fits inside, then comes back. */
	for (n = 0; n < N_BLOCKS; n++) {
		blocks[n] = rte_malloc_socket(NULL, 2000, 0, sock);
		if (blocks[n] == NULL)
			break;
		TEST_ASSERT(inside(blocks[n], 2000, chunk1, len1) ||
				inside(blocks[n], 2000, chunk2, len2),
			"fill block outside");
	}
	TEST_ASSERT(n > 0 && n < N_BLOCKS, "%u blocks of 2000 in 96 KiB", n);
	while (n-- > 0)
		rte_free(blocks[n]);

	TEST_ASSERT_SUCCESS(rte_malloc_heap_memory_remove(HEAP, chunk1, len1),
		"remove: %s", rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(
		expect_event(2, RTE_MEM_EVENT_FREE, chunk1, len1), "event");
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_remove(HEAP, chunk1, len1), ENOENT);
	TEST_ASSERT_NULL(rte_mem_virt2memseg(chunk1, NULL), "removed segment");
	/* What is left still serves, from the other chunk only. */
	any = rte_malloc_socket(NULL, 100, 0, sock);
	TEST_ASSERT(any != NULL && inside(any, 100, chunk2, len2), "chunk2");
	rte_free(any);
	TEST_ASSERT_SUCCESS(
		rte_malloc_heap_memory_remove(HEAP, chunk2, len2), "remove 2");
	TEST_ASSERT_EQUAL(rte_malloc_get_socket_stats(sock, &st), 0, "stats");
	TEST_ASSERT_EQUAL(st.heap_totalsz_bytes, 0u, "empty");
	TEST_ASSERT_NULL(rte_malloc_socket(NULL, 64, 0, sock), "empty again");
	TEST_ASSERT_SUCCESS(rte_malloc_heap_destroy(HEAP), "destroy");
	TEST_ASSERT_SUCCESS(
		rte_mem_event_callback_unregister("ext", &evs), "unregister");
	TEST_ASSERT_EQUAL(evs.n, 4u, "%u events", evs.n);
	munmap(chunk1, len1);
	free(chunk2);
	return same_as(&s);
}

static int
test_extmem(void)
{
	const size_t len = 4 * PG;
	struct test_capture cap;
	struct snapshot s;
	struct ext_walk w;
	char log[2048];
	void *va;

	snap(&s);
	va = mmap(NULL, len, PROT_READ | PROT_WRITE,
		MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	TEST_ASSERT(va != MAP_FAILED, "mmap");
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	TEST_ASSERT_FAIL_ERRNO(
		rte_extmem_register(NULL, len, NULL, 0, PG), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_register(va, 0, NULL, 0, PG), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_extmem_register(va, len - 1, NULL, 0, PG), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_extmem_register(RTE_PTR_ADD(va, 8), PG, NULL, 0, PG),
		EINVAL);
	TEST_ASSERT_FAIL_ERRNO(
		rte_extmem_register(va, len, NULL, 0, 0), EINVAL);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(strstr(log, "bad external memory") != NULL, "log: %s", log);
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_unregister(va, len), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_unregister(NULL, len), EINVAL);
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_attach(va, len), ENOENT);
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_detach(va, 0), EINVAL);

	TEST_ASSERT_SUCCESS(rte_extmem_register(va, len, NULL, 0, PG),
		"register: %s", rte_strerror(rte_errno));
	TEST_ASSERT_FAIL_ERRNO(
		rte_extmem_register(va, len, NULL, 0, PG), EEXIST);
	memset(&w, 0, sizeof(w));
	w.socket = rte_mem_virt2memseg(va, NULL)->socket_id;
	rte_memseg_walk(ext_seg_cb, &w);
	TEST_ASSERT_EQUAL(w.ext_segs, 4u, "segments");
	TEST_ASSERT(w.socket >= RTE_MAX_NUMA_NODES, "socket %d", w.socket);
	TEST_ASSERT_EQUAL(
		rte_mem_virt2memseg(va, NULL)->iova, RTE_BAD_IOVA, "iova");
	TEST_ASSERT_EQUAL(
		rte_mem_virt2memseg_list(va)->external, 1u, "external");
	TEST_ASSERT_EQUAL(rte_mem_virt2memseg_list(va)->heap, 0u, "no heap");
	/* Not a heap: nothing allocates from it. */
	TEST_ASSERT_NULL(rte_malloc_socket(NULL, 64, 0, w.socket), "no heap");
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_unregister(va, len - PG), EINVAL);
	if (!rte_eal_in_memory()) {
		/* Already mapped here; detach then attach maps it again. */
		TEST_ASSERT_FAIL_ERRNO(rte_extmem_attach(va, len), EEXIST);
		TEST_ASSERT_SUCCESS(rte_extmem_detach(va, len), "detach");
		TEST_ASSERT_NULL(rte_mem_virt2memseg(va, NULL), "detached");
		TEST_ASSERT_FAIL_ERRNO(rte_extmem_detach(va, len), ENOENT);
		TEST_ASSERT_SUCCESS(rte_extmem_attach(va, len), "attach: %s",
			rte_strerror(rte_errno));
		TEST_ASSERT_NOT_NULL(rte_mem_virt2memseg(va, NULL), "attached");
	}
	TEST_ASSERT_SUCCESS(rte_extmem_unregister(va, len), "unregister: %s",
		rte_strerror(rte_errno));
	TEST_ASSERT_FAIL_ERRNO(rte_extmem_unregister(va, len), ENOENT);
	munmap(va, len);
	return same_as(&s);
}

/* ----- a secondary ----- */

struct mp_share {
	void *va;
	size_t len;
	int socket;
	char path[256];
	void *block; /* allocated by the secondary */
	int status; /* 1 when the secondary is done */
};

#define MP_BLOCK_LEN 3000

static int
test_external_mem_secondary(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(MP_ZONE);
	struct mp_share *sh;
	uint8_t *b;
	void *va;
	int fd, i;

	TEST_ASSERT_NOT_NULL(mz, "no zone");
	sh = mz->addr;
	fd = open(sh->path, O_RDWR);
	TEST_ASSERT(fd >= 0, "open %s", sh->path);
	va = mmap(sh->va, sh->len, PROT_READ | PROT_WRITE,
		MAP_SHARED | MAP_FIXED_NOREPLACE, fd, 0);
	close(fd);
	TEST_ASSERT_EQUAL(va, sh->va, "map at the primary's address");
	/* Before attaching, the heap memory is unknown here. */
	TEST_ASSERT_NULL(rte_mem_virt2memseg(va, NULL), "not attached yet");
	TEST_ASSERT_SUCCESS(rte_malloc_heap_memory_attach(HEAP, va, sh->len),
		"attach: %s", rte_strerror(rte_errno));
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_attach(HEAP, va, sh->len), EEXIST);
	TEST_ASSERT_EQUAL(
		rte_malloc_heap_get_socket(HEAP), sh->socket, "socket");
	TEST_ASSERT_NOT_NULL(rte_mem_virt2memseg(va, NULL), "attached");
	b = rte_malloc_socket(NULL, MP_BLOCK_LEN, 0, sh->socket);
	TEST_ASSERT_NOT_NULL(b, "secondary alloc");
	TEST_ASSERT(inside(b, MP_BLOCK_LEN, va, sh->len), "block outside");
	for (i = 0; i < MP_BLOCK_LEN; i++)
		b[i] = (uint8_t)(i ^ 0x5a);
	sh->block = b;
	TEST_ASSERT_SUCCESS(
		rte_malloc_heap_memory_detach(HEAP, va, sh->len), "detach");
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_detach(HEAP, va, sh->len), ENOENT);
	sh->status = 1;
	munmap(va, sh->len);
	return TEST_SUCCESS;
}
REGISTER_TEST_COMMAND(external_mem_secondary, test_external_mem_secondary);

static int
test_heap_secondary(void)
{
	char pfx[160];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge",
		"--proc-type=secondary", pfx};
	const struct rte_memzone *mz;
	struct mp_share *sh;
	struct snapshot s;
	cpu_set_t saved;
	uint8_t *b;
	int fd, status, i;

	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("needs a primary with shared files\n");
		return TEST_SKIPPED;
	}
	snap(&s);
	mz = rte_memzone_reserve(MP_ZONE, sizeof(*sh), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "zone");
	sh = mz->addr;
	memset(sh, 0, sizeof(*sh));
	sh->len = 8 * PG;
	snprintf(sh->path, sizeof(sh->path), "/dev/shm/test_ext_mem_%d",
		(int)getpid());
	fd = open(sh->path, O_RDWR | O_CREAT | O_EXCL, 0600);
	TEST_ASSERT(fd >= 0, "create %s", sh->path);
	TEST_ASSERT_SUCCESS(ftruncate(fd, (off_t)sh->len), "size");
	sh->va = mmap(NULL, sh->len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	close(fd);
	TEST_ASSERT(sh->va != MAP_FAILED, "map");
	TEST_ASSERT_SUCCESS(rte_malloc_heap_create(HEAP), "create");
	sh->socket = rte_malloc_heap_get_socket(HEAP);
	TEST_ASSERT_SUCCESS(
		rte_malloc_heap_memory_add(HEAP, sh->va, sh->len, NULL, 0, PG),
		"add");

	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	test_affinity_widen(&saved);
	status = test_exec_self(argv, RTE_DIM(argv), "external_mem_secondary");
	test_affinity_restore(&saved);
	TEST_ASSERT_EQUAL(status, 0, "secondary exit %d", status);
	TEST_ASSERT_EQUAL(sh->status, 1, "secondary did not finish");
	b = sh->block;
	TEST_ASSERT(inside(b, MP_BLOCK_LEN, sh->va, sh->len), "block outside");
	for (i = 0; i < MP_BLOCK_LEN; i++)
		TEST_ASSERT_EQUAL(b[i], (uint8_t)(i ^ 0x5a), "byte %d", i);
	/* The secondary's block is a block of the heap here too. */
	TEST_ASSERT_SUCCESS(rte_malloc_validate(b, NULL), "validate");
	TEST_ASSERT_FAIL_ERRNO(
		rte_malloc_heap_memory_remove(HEAP, sh->va, sh->len), EBUSY);
	rte_free(b);
	TEST_ASSERT_SUCCESS(
		rte_malloc_heap_memory_remove(HEAP, sh->va, sh->len),
		"remove: %s", rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(rte_malloc_heap_destroy(HEAP), "destroy");
	munmap(sh->va, sh->len);
	unlink(sh->path);
	rte_memzone_free(mz);
	return same_as(&s);
}

static struct unit_test_suite external_mem_suite = {
	.suite_name = "external memory autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_heap_bad_args),
			TEST_CASE(test_heap_alloc),
			TEST_CASE(test_extmem),
			TEST_CASE(test_heap_secondary),
			TEST_CASES_END(),
		},
};

static int
test_external_mem(void)
{
	return unit_test_suite_runner(&external_mem_suite);
}
REGISTER_TEST_COMMAND(external_mem_autotest, test_external_mem);
