/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Multi-process: this primary writes a memzone and a tailq entry, then
 * starts secondaries of the same binary (explicit and --proc-type auto)
 * that read them, allocate from the shared heap and reserve their own
 * zone, which the primary then sees. Secondaries that must fail (no
 * primary, bad magic, bad layout version, foreign owner, stale files,
 * address taken) and a second primary are each refused with their
 * message, and the files they looked at are left exactly as they were.
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stddef.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/queue.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_malloc.h>
#include <rte_memzone.h>
#include <rte_robust_lock.h>
#include <rte_tailq.h>

#include "eal_memcfg.h"
#include "test.h"

#define MP_ZONE "test_mp_zone"
#define MP_SEC_ZONE "test_mp_sec_zone"
#define MP_ZONE_LEN 8192
/* Where the secondary leaves news for the primary, inside MP_ZONE. */
#define MP_REPLY_OFF 4096

struct mp_reply {
	uint64_t magic;
	void *heap_block; /* rte_malloc'd by the secondary */
	uint32_t heap_len;
	int32_t proc_type;
};
#define MP_REPLY_MAGIC 0x5345434f4e444152ULL

static struct rte_tailq_elem mp_tailq = {
	.name = "test_mp_tailq",
};
EAL_REGISTER_TAILQ(mp_tailq)

/*
 * For the "address taken" case: a child started with this variable
 * maps something at that address before EAL init, where the
 * primary's memory must go.
 */
#define MP_BLOCK_ENV "DPDK_TEST_MP_BLOCK_ADDR"

RTE_INIT(mp_block_addr)
{
	const char *v = getenv(MP_BLOCK_ENV);
	uintptr_t addr;

	if (v == NULL)
		return;
	addr = (uintptr_t)strtoull(v, NULL, 0);
	if (mmap((void *)addr, 4096, PROT_READ,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1,
		    0) == MAP_FAILED)
		fprintf(stderr, "could not block 0x%" PRIxPTR "\n", addr);
}

/* A child started with this variable dies by SIGALRM after N s. */
#define MP_ALARM_ENV "DPDK_TEST_MP_ALARM"

RTE_INIT(mp_alarm)
{
	const char *v = getenv(MP_ALARM_ENV);

	if (v != NULL)
		alarm((unsigned int)atoi(v));
}

static uint8_t
pattern(size_t i)
{
	return (uint8_t)(i * 7 + 3);
}

/* ----- the secondary side (run as a child) ----- */

static int
test_eal_mp_secondary(void)
{
	const struct rte_memzone *mz, *own;
	struct rte_tailq_entry_head *list;
	struct rte_tailq_entry *e;
	struct mp_reply *reply;
	const uint8_t *p;
	unsigned int n = 0;
	uint8_t *blk;
	size_t i;

	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_SECONDARY, "not a secondary");
	mz = rte_memzone_lookup(MP_ZONE);
	TEST_ASSERT_NOT_NULL(mz, "primary's memzone not found");
	TEST_ASSERT(mz->len >= MP_ZONE_LEN, "zone length %zu", mz->len);
	p = mz->addr;
	for (i = 0; i < MP_REPLY_OFF; i++)
		TEST_ASSERT_EQUAL(p[i], pattern(i), "byte %zu differs", i);

	/* The list the primary filled, reached by name. */
	list = RTE_TAILQ_LOOKUP("test_mp_tailq", rte_tailq_entry_head);
	TEST_ASSERT(list != NULL && mp_tailq.head != NULL, "tailq missing");
	rte_mcfg_tailq_read_lock();
	TAILQ_FOREACH(e, list, next) {
		if (e->data == mz->addr)
			n++;
	}
	rte_mcfg_tailq_read_unlock();
	TEST_ASSERT_EQUAL(n, 1, "tailq entry pointing at the zone: %u", n);

	/* Memory of our own, from the shared heap and as a zone. */
	blk = rte_malloc("secondary", 3000, 0);
	TEST_ASSERT_NOT_NULL(blk, "secondary malloc");
	memset(blk, 0x5e, 3000);
	own = rte_memzone_reserve(MP_SEC_ZONE, 1000, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(
		own, "secondary memzone: %s", rte_strerror(rte_errno));
	snprintf(own->addr, own->len, "hello from pid %d", (int)getpid());

	reply = RTE_PTR_ADD(mz->addr, MP_REPLY_OFF);
	reply->heap_block = blk;
	reply->heap_len = 3000;
	reply->proc_type = rte_eal_process_type();
	__atomic_store_n(&reply->magic, MP_REPLY_MAGIC, __ATOMIC_RELEASE);
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(eal_mp_secondary, test_eal_mp_secondary);

/* A child primary that only checks it is one and its files are fresh. */
static int
test_eal_mp_primary_child(void)
{
	char path[PATH_MAX];
	struct stat st;

	TEST_ASSERT_EQUAL(
		rte_eal_process_type(), RTE_PROC_PRIMARY, "not a primary");
	snprintf(path, sizeof(path), "%s/config", rte_eal_get_runtime_dir());
	TEST_ASSERT_SUCCESS(stat(path, &st), "no config");
	TEST_ASSERT_EQUAL(
		st.st_mode & 07777, 0600, "config mode %o", st.st_mode & 07777);
	TEST_ASSERT(
		rte_memzone_lookup(MP_ZONE) == NULL, "stale content visible");
	return TEST_SUCCESS;
}

REGISTER_TEST_COMMAND(eal_mp_primary_child, test_eal_mp_primary_child);

/* ----- the primary side ----- */

static char child_log[8192];

/*
 * Run this binary as a child with EAL args, stderr captured into
 * child_log. Returns its exit status.
 */
static int
run_child(const char *proc_type, const char *prefix, const char *cmd)
{
	char ptype[64], pfx[160];
	const char *argv[] = {"dpdk-test", "-l", "0", "--no-huge", ptype, pfx};
	int status;

	snprintf(ptype, sizeof(ptype), "--proc-type=%s", proc_type);
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", prefix);
	status = test_exec_self_capture(
		argv, RTE_DIM(argv), cmd, child_log, sizeof(child_log));
	printf("child (%s, %s) exit %d, stderr:\n%s", proc_type, prefix, status,
		child_log);
	return status;
}

static const struct rte_memzone *mp_zone;
static struct rte_tailq_entry *mp_entry;

static int
mp_setup(void)
{
	struct rte_tailq_entry_head *list;
	uint8_t *p;
	size_t i;

	if (rte_eal_in_memory() || rte_eal_process_type() != RTE_PROC_PRIMARY) {
		printf("eal_mp_autotest needs a primary with shared files\n");
		return TEST_SKIPPED;
	}
	mp_zone = rte_memzone_reserve(MP_ZONE, MP_ZONE_LEN, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp_zone, "reserve");
	p = mp_zone->addr;
	for (i = 0; i < MP_ZONE_LEN; i++)
		p[i] = pattern(i);
	memset(p + MP_REPLY_OFF, 0, sizeof(struct mp_reply));
	mp_entry = rte_zmalloc(NULL, sizeof(*mp_entry), 0);
	TEST_ASSERT_NOT_NULL(mp_entry, "entry");
	mp_entry->data = mp_zone->addr;
	list = RTE_TAILQ_CAST(mp_tailq.head, rte_tailq_entry_head);
	rte_mcfg_tailq_write_lock();
	TAILQ_INSERT_TAIL(list, mp_entry, next);
	rte_mcfg_tailq_write_unlock();
	return TEST_SUCCESS;
}

static void
mp_teardown(void)
{
	struct rte_tailq_entry_head *list =
		RTE_TAILQ_CAST(mp_tailq.head, rte_tailq_entry_head);
	const struct rte_memzone *sec = rte_memzone_lookup(MP_SEC_ZONE);

	rte_mcfg_tailq_write_lock();
	TAILQ_REMOVE(list, mp_entry, next);
	rte_mcfg_tailq_write_unlock();
	rte_free(mp_entry);
	if (sec != NULL)
		rte_memzone_free(sec);
	rte_memzone_free(mp_zone);
}

static int
check_secondary_reply(void)
{
	struct mp_reply *reply = RTE_PTR_ADD(mp_zone->addr, MP_REPLY_OFF);
	const struct rte_memzone *sec;
	size_t usable;
	unsigned int i;

	TEST_ASSERT_EQUAL(__atomic_load_n(&reply->magic, __ATOMIC_ACQUIRE),
		MP_REPLY_MAGIC, "no reply from the secondary");
	TEST_ASSERT_EQUAL(reply->proc_type, RTE_PROC_SECONDARY,
		"child was not a secondary");
	/* Its heap block is a live block of our heap, with its bytes. */
	TEST_ASSERT_SUCCESS(rte_malloc_validate(reply->heap_block, &usable),
		"secondary's block not valid here");
	TEST_ASSERT(usable >= reply->heap_len, "block size");
	for (i = 0; i < reply->heap_len; i++)
		TEST_ASSERT_EQUAL(((uint8_t *)reply->heap_block)[i], 0x5e,
			"block byte %u", i);
	rte_free(reply->heap_block);
	sec = rte_memzone_lookup(MP_SEC_ZONE);
	TEST_ASSERT_NOT_NULL(sec, "secondary's memzone not seen");
	TEST_ASSERT(strncmp(sec->addr, "hello from pid ", 15) == 0,
		"secondary's zone holds '%.32s'", (char *)sec->addr);
	TEST_ASSERT_SUCCESS(rte_memzone_free(sec), "free secondary's zone");
	memset(reply, 0, sizeof(*reply));
	return TEST_SUCCESS;
}

static int
files_present(void)
{
	char path[PATH_MAX];
	struct stat st;

	snprintf(path, sizeof(path), "%s/config", rte_eal_get_runtime_dir());
	TEST_ASSERT_SUCCESS(stat(path, &st), "config file gone: %s", path);
	TEST_ASSERT_EQUAL(
		st.st_mode & 07777, 0600, "config mode %o", st.st_mode & 07777);
	TEST_ASSERT_SUCCESS(stat(rte_eal_get_runtime_dir(), &st), "dir gone");
	TEST_ASSERT_EQUAL(
		st.st_mode & 07777, 0700, "dir mode %o", st.st_mode & 07777);
	TEST_ASSERT(rte_eal_primary_proc_alive(NULL) == 1,
		"primary not seen alive");
	return TEST_SUCCESS;
}

static int read_own_config(uint8_t **buf, size_t *len);

/* The arena file the config names exists, ours, 0600. */
static int
arena_file_ok(void)
{
	const struct eal_mcfg_header *hdr;
	struct stat st;
	uint8_t *cfg;
	size_t len;
	int ret;

	TEST_ASSERT_SUCCESS(read_own_config(&cfg, &len), "read config");
	hdr = (const struct eal_mcfg_header *)cfg;
	ret = stat(hdr->arena_path, &st);
	if (ret == 0)
		ret = (st.st_mode & 07777) == 0600 && st.st_uid == geteuid() &&
				(uint64_t)st.st_size >= hdr->arena_size
			? 0
			: -1;
	free(cfg);
	TEST_ASSERT_SUCCESS(ret, "arena file missing or not 0600/ours");
	return TEST_SUCCESS;
}

static int
test_secondary_attach(void)
{
	struct rte_malloc_socket_stats before, after;

	rte_malloc_get_socket_stats(0, &before);
	TEST_ASSERT_EQUAL(
		run_child("secondary", test_file_prefix(), "eal_mp_secondary"),
		0, "secondary failed");
	if (check_secondary_reply() != TEST_SUCCESS)
		return TEST_FAILED;
	/* Its exit removed nothing of ours. */
	if (files_present() != TEST_SUCCESS || arena_file_ok() != TEST_SUCCESS)
		return TEST_FAILED;
	rte_malloc_get_socket_stats(0, &after);
	TEST_ASSERT_EQUAL(after.alloc_count, before.alloc_count,
		"heap blocks %u, %u before", after.alloc_count,
		before.alloc_count);
	TEST_ASSERT_EQUAL(after.heap_freesz_bytes, before.heap_freesz_bytes,
		"secondary's memory not all back");
	return TEST_SUCCESS;
}

static int
test_auto_attach(void)
{
	TEST_ASSERT_EQUAL(
		run_child("auto", test_file_prefix(), "eal_mp_secondary"), 0,
		"--proc-type auto did not attach");
	if (check_secondary_reply() != TEST_SUCCESS)
		return TEST_FAILED;
	return files_present();
}

static int
test_second_primary(void)
{
	TEST_ASSERT(run_child("primary", test_file_prefix(), NULL) != 0,
		"second primary started");
	TEST_ASSERT_NOT_NULL(strstr(child_log, "already running"),
		"no 'already running' message");
	/* Nothing was harmed: a secondary still attaches. */
	if (files_present() != TEST_SUCCESS)
		return TEST_FAILED;
	TEST_ASSERT_EQUAL(
		run_child("secondary", test_file_prefix(), "eal_mp_secondary"),
		0, "secondary after the refused primary");
	return check_secondary_reply();
}

static int
test_no_primary(void)
{
	char prefix[128], dir[PATH_MAX];
	struct stat st;

	snprintf(prefix, sizeof(prefix), "%s_none", test_file_prefix());
	test_runtime_sibling_dir(dir, sizeof(dir), prefix);
	TEST_ASSERT(run_child("secondary", prefix, "eal_mp_secondary") != 0,
		"secondary without a primary succeeded");
	TEST_ASSERT_NOT_NULL(strstr(child_log, "no primary process running"),
		"no 'no primary process running' message");
	TEST_ASSERT(stat(dir, &st) < 0 && errno == ENOENT,
		"failed secondary left %s behind", dir);
	return TEST_SUCCESS;
}

/* A scratch prefix holding one config file made by the test. */
struct scratch {
	char prefix[128];
	char dir[PATH_MAX];
	char file[PATH_MAX + 16];
	struct stat st;
	uint8_t *content;
	size_t len;
};

static int
scratch_create(struct scratch *s, const char *tag, const void *data, size_t len,
	uid_t owner)
{
	int fd;

	snprintf(
		s->prefix, sizeof(s->prefix), "%s_%s", test_file_prefix(), tag);
	test_runtime_sibling_dir(s->dir, sizeof(s->dir), s->prefix);
	snprintf(s->file, sizeof(s->file), "%s/config", s->dir);
	if (mkdir(s->dir, 0700) < 0 && errno != EEXIST)
		return -1;
	fd = open(s->file, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		return -1;
	if (write(fd, data, len) != (ssize_t)len ||
		(owner != geteuid() && fchown(fd, owner, (gid_t)-1) < 0)) {
		close(fd);
		return -1;
	}
	close(fd);
	s->content = malloc(len);
	if (s->content == NULL)
		return -1;
	memcpy(s->content, data, len);
	s->len = len;
	return stat(s->file, &s->st);
}

/* The file is exactly as created; then remove it. */
static int
scratch_check_and_remove(struct scratch *s)
{
	struct stat st;
	uint8_t *now = malloc(s->len + 1);
	ssize_t n = -1;
	int fd, same;

	fd = open(s->file, O_RDONLY);
	if (fd >= 0 && now != NULL) {
		n = read(fd, now, s->len + 1);
		close(fd);
	}
	same = n == (ssize_t)s->len && memcmp(now, s->content, s->len) == 0 &&
		stat(s->file, &st) == 0 && st.st_uid == s->st.st_uid &&
		st.st_mode == s->st.st_mode &&
		st.st_mtim.tv_sec == s->st.st_mtim.tv_sec &&
		st.st_mtim.tv_nsec == s->st.st_mtim.tv_nsec;
	free(now);
	free(s->content);
	unlink(s->file);
	rmdir(s->dir);
	TEST_ASSERT(same, "refused secondary changed %s", s->file);
	return TEST_SUCCESS;
}

/* A copy of our live config header, as a start for forged files. */
static int
read_own_config(uint8_t **buf, size_t *len)
{
	char path[PATH_MAX];
	struct stat st;
	int fd;

	snprintf(path, sizeof(path), "%s/config", rte_eal_get_runtime_dir());
	fd = open(path, O_RDONLY);
	if (fd < 0 || fstat(fd, &st) < 0)
		return -1;
	*len = (size_t)st.st_size;
	*buf = malloc(*len);
	if (*buf == NULL || read(fd, *buf, *len) != (ssize_t)*len) {
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

static int
refused(const char *tag, const void *data, size_t len, uid_t owner,
	const char *message)
{
	struct scratch s;
	int status;

	TEST_ASSERT_SUCCESS(scratch_create(&s, tag, data, len, owner),
		"scratch %s: %s", tag, strerror(errno));
	status = run_child("secondary", s.prefix, "eal_mp_secondary");
	if (scratch_check_and_remove(&s) != TEST_SUCCESS)
		return TEST_FAILED;
	TEST_ASSERT(status != 0 && status < 128,
		"%s: secondary exit %d (must fail cleanly)", tag, status);
	TEST_ASSERT_NOT_NULL(strstr(child_log, message),
		"%s: message '%s' missing", tag, message);
	return TEST_SUCCESS;
}

static int
test_bad_files(void)
{
	struct eal_mcfg_header *hdr;
	uint8_t junk[4096];
	uint8_t *cfg;
	size_t len;
	char msg[64];

	memset(junk, 'X', sizeof(junk));
	if (refused("magic", junk, sizeof(junk), geteuid(), "bad magic") !=
		TEST_SUCCESS)
		return TEST_FAILED;
	if (refused("short", junk, 4, geteuid(), "too short") != TEST_SUCCESS)
		return TEST_FAILED;

	TEST_ASSERT_SUCCESS(read_own_config(&cfg, &len), "read config");
	hdr = (struct eal_mcfg_header *)cfg;
	TEST_ASSERT_EQUAL(hdr->magic, EAL_MCFG_MAGIC, "own config magic");

	/* A live-looking copy nobody locks: stale files, no primary. */
	if (refused("stale", cfg, len, geteuid(),
		    "no primary process running") != TEST_SUCCESS)
		goto fail;
	/* Owned by someone else. */
	if (refused("owner", cfg, len, 65534, "owned by uid 65534") !=
		TEST_SUCCESS)
		goto fail;
	hdr->version = EAL_MCFG_VERSION + 41;
	snprintf(msg, sizeof(msg), "layout version %u != %u",
		EAL_MCFG_VERSION + 41, EAL_MCFG_VERSION);
	if (refused("version", cfg, len, geteuid(), msg) != TEST_SUCCESS)
		goto fail;
	free(cfg);
	return files_present();
fail:
	free(cfg);
	return TEST_FAILED;
}

static int
test_address_taken(void)
{
	const struct eal_mcfg_header *hdr;
	uint8_t *cfg;
	char addr[32];
	size_t len;
	int status;

	/* Our layout, as a secondary would read it from the file. */
	TEST_ASSERT_SUCCESS(read_own_config(&cfg, &len), "read config");
	hdr = (const struct eal_mcfg_header *)cfg;
	/* Block a page in the middle of where our arena must go. */
	snprintf(addr, sizeof(addr), "0x%" PRIx64,
		RTE_ALIGN_FLOOR(
			hdr->arena_addr + hdr->arena_size / 2, (uint64_t)4096));
	free(cfg);
	setenv(MP_BLOCK_ENV, addr, 1);
	status = run_child("secondary", test_file_prefix(), "eal_mp_secondary");
	unsetenv(MP_BLOCK_ENV);
	TEST_ASSERT(status != 0 && status < 128, "secondary exit %d", status);
	TEST_ASSERT_NOT_NULL(strstr(child_log, "--base-virtaddr"),
		"message does not name --base-virtaddr");
	TEST_ASSERT_NULL(strstr(child_log, "could not block"),
		"the child could not block the address");
	return files_present();
}

/* A dead primary's files are replaced by the next primary. */
static int
test_stale_files_replaced(void)
{
	static const char *const types[] = {"auto", "primary"};
	struct eal_mcfg_header *hdr;
	struct scratch s;
	struct stat st;
	unsigned int i;
	uint8_t *cfg;
	size_t len;
	int ret;

	for (i = 0; i < RTE_DIM(types); i++) {
		TEST_ASSERT_SUCCESS(read_own_config(&cfg, &len), "read config");
		hdr = (struct eal_mcfg_header *)cfg;
		/* Never let the forged file point at our real arena. */
		memset(hdr->arena_path, 0, sizeof(hdr->arena_path));
		ret = scratch_create(&s, "dead", cfg, len, geteuid());
		free(cfg);
		TEST_ASSERT_SUCCESS(ret, "scratch: %s", strerror(errno));
		free(s.content);
		TEST_ASSERT_SUCCESS(chmod(s.file, 0644), "chmod");
		TEST_ASSERT_EQUAL(
			run_child(types[i], s.prefix, "eal_mp_primary_child"),
			0, "%s over stale files did not make a clean primary",
			types[i]);
		/* The child cleaned up after itself. */
		TEST_ASSERT(stat(s.file, &st) < 0 && stat(s.dir, &st) < 0,
			"files left by the child primary");
	}
	return files_present();
}

/*
 * A forged copy of our config in a scratch prefix, with the primary's
 * flock held by us: liveness looks real, so the secondary goes on to
 * check and use what the header says. It must refuse cleanly (no
 * signal, no hang) and leave the file as it was.
 */
static int
forged_refused(
	const char *tag, const uint8_t *cfg, size_t len, const char *message)
{
	struct scratch s;
	int lfd, status;

	TEST_ASSERT_SUCCESS(scratch_create(&s, tag, cfg, len, geteuid()),
		"scratch %s: %s", tag, strerror(errno));
	lfd = open(s.file, O_RDONLY | O_CLOEXEC);
	TEST_ASSERT(lfd >= 0 && flock(lfd, LOCK_EX | LOCK_NB) == 0,
		"lock scratch config");
	setenv(MP_ALARM_ENV, "60", 1);
	status = run_child("secondary", s.prefix, "eal_mp_secondary");
	unsetenv(MP_ALARM_ENV);
	close(lfd);
	if (scratch_check_and_remove(&s) != TEST_SUCCESS)
		return TEST_FAILED;
	TEST_ASSERT(status != 0 && status < 128,
		"%s: secondary exit %d (must fail cleanly)", tag, status);
	if (message != NULL)
		TEST_ASSERT_NOT_NULL(strstr(child_log, message),
			"%s: message '%s' missing", tag, message);
	return TEST_SUCCESS;
}

/* The arena file a primary of prefix would use (the documented rule). */
static void
rule_arena_path(char *buf, size_t len, const char *prefix, const char *dir)
{
	struct statfs sfs;

	char parent[PATH_MAX];
	char *slash;
	int n;

	/* The scratch dir does not exist yet: its parent has the same fs. */
	snprintf(parent, sizeof(parent), "%s", dir);
	slash = strrchr(parent, '/');
	if (slash != NULL)
		*slash = '\0';
	if (statfs(parent, &sfs) == 0 && sfs.f_type == 0x01021994)
		n = snprintf(buf, len, "%.*s/arena", (int)(len - 8), dir);
	else
		n = snprintf(buf, len, "/dev/shm/dpdk-%.*s-arena", 100, prefix);
	if (n < 0 || (size_t)n >= len)
		buf[0] = '\0';
}

static int
test_redirected_arena_path(void)
{
	struct eal_mcfg_header *hdr;
	char decoy[PATH_MAX], own_arena[PATH_MAX];
	uint8_t *cfg, page[4096], zero[4096];
	struct stat before, after;
	size_t len;
	int fd, ret;

	TEST_ASSERT_SUCCESS(read_own_config(&cfg, &len), "read config");
	hdr = (struct eal_mcfg_header *)cfg;
	snprintf(own_arena, sizeof(own_arena), "%s", hdr->arena_path);

	/* A decoy file the forged header points at: never written. */
	snprintf(decoy, sizeof(decoy), "%s/../decoy_%d",
		rte_eal_get_runtime_dir(), (int)getpid());
	memset(zero, 0, sizeof(zero));
	fd = open(decoy, O_RDWR | O_CREAT | O_TRUNC, 0600);
	TEST_ASSERT(fd >= 0 && write(fd, zero, sizeof(zero)) == sizeof(zero),
		"decoy");
	close(fd);
	stat(decoy, &before);
	snprintf(hdr->arena_path, sizeof(hdr->arena_path), "%s", decoy);
	ret = forged_refused("decoy", cfg, len, "is not this prefix's arena");
	fd = open(decoy, O_RDONLY);
	if (fd >= 0) {
		if (read(fd, page, sizeof(page)) != sizeof(page))
			memset(page, 1, sizeof(page));
		close(fd);
	}
	stat(decoy, &after);
	unlink(decoy);
	if (ret != TEST_SUCCESS)
		goto out;
	TEST_ASSERT(after.st_size == before.st_size &&
			after.st_mtim.tv_sec == before.st_mtim.tv_sec &&
			after.st_mtim.tv_nsec == before.st_mtim.tv_nsec &&
			memcmp(page, zero, sizeof(page)) == 0,
		"the decoy arena file was written");

	/* Our own arena, named by a config of another prefix. */
	snprintf(hdr->arena_path, sizeof(hdr->arena_path), "%s", own_arena);
	ret = forged_refused("other", cfg, len, "is not this prefix's arena");
out:
	free(cfg);
	if (ret != TEST_SUCCESS)
		return ret;
	return files_present();
}

/* Every byte of the header's fixed fields flipped, one at a time. */
static int
test_flipped_header_bytes(void)
{
	char prefix[128], dir[PATH_MAX], msg[64];
	struct eal_mcfg_header *hdr;
	uint8_t *cfg;
	size_t len, off,
		end = offsetof(struct eal_mcfg_header, arena_path) + 16;
	int ret = TEST_SUCCESS;

	TEST_ASSERT_SUCCESS(read_own_config(&cfg, &len), "read config");
	hdr = (struct eal_mcfg_header *)cfg;
	/* A header that would pass: the scratch prefix's own arena path. */
	snprintf(prefix, sizeof(prefix), "%s_flip", test_file_prefix());
	test_runtime_sibling_dir(dir, sizeof(dir), prefix);
	rule_arena_path(hdr->arena_path, sizeof(hdr->arena_path), prefix, dir);
	for (off = 0; off < end && ret == TEST_SUCCESS; off++) {
		cfg[off] ^= 0xff;
		snprintf(msg, sizeof(msg), "flip byte %zu", off);
		printf("%s\n", msg);
		ret = forged_refused("flip", cfg, len, NULL);
		cfg[off] ^= 0xff;
	}
	free(cfg);
	if (ret != TEST_SUCCESS)
		return ret;
	return files_present();
}

/*
 * Forged liveness: the config's flock is held (by this test, a process
 * unrelated to the named primary) and the header names a live process
 * with a start time it does not have. The secondary must see a dead
 * primary, not trust the lock.
 */
static int
test_forged_liveness(void)
{
	struct {
		const char *tag;
		int32_t pid;
	} cases[] = {
		{"parent", (int32_t)getppid()},
		{"self", (int32_t)getpid()},
	};
	struct eal_mcfg_header *hdr;
	char prefix[128], dir[PATH_MAX];
	unsigned int i;
	uint8_t *cfg;
	size_t len;
	int ret = TEST_SUCCESS;

	TEST_ASSERT(rte_eal_proc_alive(
			    getpid(), rte_eal_proc_start_time(getpid())) == 1,
		"this process reads as dead");
	TEST_ASSERT(rte_eal_proc_alive(getpid(),
			    rte_eal_proc_start_time(getpid()) + 1) == 0,
		"a wrong start time passes as alive");
	TEST_ASSERT(
		rte_eal_proc_alive(0, 0) == 0 && rte_eal_proc_alive(-1, 0) == 0,
		"pid <= 0 reads as alive");
	TEST_ASSERT_SUCCESS(read_own_config(&cfg, &len), "read config");
	hdr = (struct eal_mcfg_header *)cfg;
	TEST_ASSERT(hdr->primary_pid == (int32_t)getpid() &&
			hdr->primary_start_time ==
				rte_eal_proc_start_time(getpid()),
		"the config does not record our pid and start time");
	snprintf(prefix, sizeof(prefix), "%s_forged", test_file_prefix());
	test_runtime_sibling_dir(dir, sizeof(dir), prefix);
	rule_arena_path(hdr->arena_path, sizeof(hdr->arena_path), prefix, dir);
	for (i = 0; i < RTE_DIM(cases) && ret == TEST_SUCCESS; i++) {
		uint64_t real = rte_eal_proc_start_time(cases[i].pid);

		if (real == 0) {
			printf("%s: pid %d not readable, case skipped\n",
				cases[i].tag, (int)cases[i].pid);
			continue;
		}
		hdr->primary_pid = cases[i].pid;
		hdr->primary_start_time = real + 1;
		ret = forged_refused(
			"forged", cfg, len, "no such process runs");
		if (ret == TEST_SUCCESS)
			TEST_ASSERT_NOT_NULL(
				strstr(child_log, "no primary process running"),
				"%s: not reported as no primary", cases[i].tag);
	}
	free(cfg);
	if (ret != TEST_SUCCESS)
		return ret;
	return files_present();
}

/* A runtime dir that is a symlink to ours is refused. */
static int
test_symlinked_runtime_dir(void)
{
	char prefix[128], link[PATH_MAX];
	int status;

	snprintf(prefix, sizeof(prefix), "%s_link", test_file_prefix());
	test_runtime_sibling_dir(link, sizeof(link), prefix);
	unlink(link);
	TEST_ASSERT_SUCCESS(symlink(rte_eal_get_runtime_dir(), link),
		"symlink: %s", strerror(errno));
	status = run_child("secondary", prefix, "eal_mp_secondary");
	unlink(link);
	TEST_ASSERT(status != 0 && status < 128, "secondary exit %d", status);
	TEST_ASSERT_NOT_NULL(
		strstr(child_log, "is a symlink"), "no 'is a symlink' message");
	return files_present();
}

static struct unit_test_suite eal_mp_suite = {
	.suite_name = "multi-process autotest",
	.setup = mp_setup,
	.teardown = mp_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_secondary_attach),
			TEST_CASE(test_auto_attach),
			TEST_CASE(test_second_primary),
			TEST_CASE(test_no_primary),
			TEST_CASE(test_bad_files),
			TEST_CASE(test_address_taken),
			TEST_CASE(test_stale_files_replaced),
			TEST_CASE(test_symlinked_runtime_dir),
			TEST_CASE(test_redirected_arena_path),
			TEST_CASE(test_flipped_header_bytes),
			TEST_CASE(test_forged_liveness),
			TEST_CASES_END(),
		},
};

static int
test_eal_mp(void)
{
	return unit_test_suite_runner(&eal_mp_suite);
}

REGISTER_TEST_COMMAND(eal_mp_autotest, test_eal_mp);
