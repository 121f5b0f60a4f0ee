/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * ext_mempool_autotest: the external mempool manager proposal's test.
 *
 * Every handler the tree ships (the four ring ones, stack, lf_stack)
 * and the test binary's own malloc-per-object handler "custom" pass
 * the conformance checks of test_mempool_handler.c; the registry
 * refuses bad registrations with the right error and leaves existing
 * pools alone; a -d plugin whose handler name is taken makes
 * rte_eal_init fail.
 */

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_memzone.h>
#include <rte_mempool.h>
#include <rte_ring.h>
#include <rte_string_fns.h>

#include "custom_mempool.h"
#include "test.h"
#include "test_mempool_handler.h"

#define EXT_CONC_SECONDS 0.25
#define EXT_INTACT_SIZE 64
#define EXT_INTACT_HELD 10

/* A pool that must survive every refused registration unchanged. */
static struct rte_mempool *intact_mp;
static void *intact_held[EXT_INTACT_HELD];
static int intact_idx;

static int
ext_check_intact(const char *after)
{
	void *obj;

	TEST_ASSERT_EQUAL(intact_mp->handler_idx, intact_idx,
		"after %s: pool's handler index changed", after);
	TEST_ASSERT(strcmp(rte_mempool_handler_get(intact_idx)->name,
			    "ring_mp_mc") == 0,
		"after %s: slot %d now names %s", after, intact_idx,
		rte_mempool_handler_get(intact_idx)->name);
	TEST_ASSERT_EQUAL(rte_mempool_avail_count(intact_mp),
		EXT_INTACT_SIZE - EXT_INTACT_HELD,
		"after %s: pool holds %u objects, expected %u", after,
		rte_mempool_avail_count(intact_mp),
		EXT_INTACT_SIZE - EXT_INTACT_HELD);
	TEST_ASSERT_SUCCESS(rte_mempool_get(intact_mp, &obj),
		"after %s: get failed", after);
	TEST_ASSERT(rte_mempool_from_obj(obj) == intact_mp,
		"after %s: foreign object", after);
	rte_mempool_put(intact_mp, obj);
	return TEST_SUCCESS;
}

static int
ext_setup(void)
{
	intact_idx = rte_get_mempool_handler("ring_mp_mc");
	TEST_ASSERT(intact_idx >= 0, "ring_mp_mc not registered");
	intact_mp = rte_mempool_create_ext("ext_intact", EXT_INTACT_SIZE, 64, 0,
		0, NULL, NULL, NULL, NULL, SOCKET_ID_ANY, 0, "ring_mp_mc");
	TEST_ASSERT_NOT_NULL(intact_mp, "cannot create ext_intact: %s",
		rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(
		rte_mempool_get_bulk(intact_mp, intact_held, EXT_INTACT_HELD),
		"cannot take objects from ext_intact");
	return TEST_SUCCESS;
}

static void
ext_teardown(void)
{
	if (intact_mp == NULL)
		return;
	rte_mempool_put_bulk(intact_mp, intact_held, EXT_INTACT_HELD);
	rte_mempool_free(intact_mp);
	intact_mp = NULL;
}

/* Handlers this tree ships, plus the test's own. */
static const char *const ext_handlers[] = {
	"ring_mp_mc",
	"ring_sp_sc",
	"ring_mp_sc",
	"ring_sp_mc",
	"ring_mt_rts",
	"ring_mt_hts",
	"stack",
	"lf_stack",
	"bucket",
	CUSTOM_MEMPOOL_HANDLER,
};

static int
test_ext_registered(void)
{
	const struct rte_mempool_handler *h;
	unsigned int i, j;
	int idx[RTE_DIM(ext_handlers)];

	for (i = 0; i < RTE_DIM(ext_handlers); i++) {
		idx[i] = rte_get_mempool_handler(ext_handlers[i]);
		TEST_ASSERT(idx[i] >= 0 && idx[i] < RTE_MEMPOOL_MAX_HANDLER_IDX,
			"handler %s: index %d", ext_handlers[i], idx[i]);
		h = rte_mempool_handler_get(idx[i]);
		TEST_ASSERT(strcmp(h->name, ext_handlers[i]) == 0,
			"slot %d holds %s, not %s", idx[i], h->name,
			ext_handlers[i]);
		for (j = 0; j < i; j++)
			TEST_ASSERT(idx[i] != idx[j], "%s and %s share slot %d",
				ext_handlers[i], ext_handlers[j], idx[i]);
	}
	h = rte_mempool_handler_get(
		rte_get_mempool_handler(CUSTOM_MEMPOOL_HANDLER));
	TEST_ASSERT(h->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL,
		"custom handler does not declare itself process-local");
	TEST_ASSERT(h->flags & RTE_MEMPOOL_HANDLER_F_OWN_MEMORY,
		"custom handler does not declare it owns its memory");
	h = rte_mempool_handler_get(rte_get_mempool_handler("stack"));
	TEST_ASSERT(!(h->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL),
		"stack handler wrongly process-local");
	return TEST_SUCCESS;
}

static int
test_ext_handler(const void *data)
{
	const char *handler = data;

	TEST_ASSERT_SUCCESS(mempool_handler_check_behaviour(handler, 0),
		"%s without cache", handler);
	TEST_ASSERT_SUCCESS(mempool_handler_check_behaviour(handler, 32),
		"%s with cache", handler);
	TEST_ASSERT_SUCCESS(
		mempool_handler_check_concurrency(handler, 0, EXT_CONC_SECONDS),
		"%s on two lcores without cache", handler);
	TEST_ASSERT_SUCCESS(mempool_handler_check_concurrency(
				    handler, 32, EXT_CONC_SECONDS),
		"%s on two lcores with cache", handler);
	return TEST_SUCCESS;
}

static void
ext_sum_memzones(const struct rte_memzone *mz, void *arg)
{
	*(size_t *)arg += mz->len;
}

static size_t
ext_memzone_bytes(void)
{
	size_t total = 0;

	rte_memzone_walk(ext_sum_memzones, &total);
	return total;
}

static void
ext_count_obj(struct rte_mempool *mp, void *arg, void *obj, unsigned int idx)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(obj);
	RTE_SET_USED(idx);
	(*(unsigned int *)arg)++;
}

/* The handler-owned-memory path: objects come from malloc, not memzones. */
static int
test_ext_custom_memory(void)
{
	const unsigned int n = 500, elt = 1024;
	unsigned long live = custom_mempool_live_objects();
	size_t mz_before = ext_memzone_bytes();
	struct rte_mempool *mp;
	unsigned int visited = 0;
	void *obj;

	mp = rte_mempool_create_ext("ext_custom_mem", n, elt, 0, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0, CUSTOM_MEMPOOL_HANDLER);
	TEST_ASSERT_NOT_NULL(
		mp, "create_ext(custom) failed: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(custom_mempool_live_objects(), live + n,
		"custom handler made %lu objects, expected %u",
		custom_mempool_live_objects() - live, n);
	TEST_ASSERT(ext_memzone_bytes() - mz_before < (size_t)n * elt,
		"pool reserved %zu memzone bytes for handler-owned objects",
		ext_memzone_bytes() - mz_before);
	TEST_ASSERT_EQUAL(rte_mempool_obj_iter(mp, ext_count_obj, &visited), n,
		"obj_iter visited %u objects", visited);
	TEST_ASSERT_SUCCESS(rte_mempool_get(mp, &obj), "get failed");
	memset(obj, 0xa5, elt); /* the whole element is usable */
	rte_mempool_put(mp, obj);
	rte_mempool_free(mp);
	TEST_ASSERT_EQUAL(custom_mempool_live_objects(), live,
		"%lu objects left allocated after free",
		custom_mempool_live_objects() - live);
	TEST_ASSERT_EQUAL(ext_memzone_bytes(), mz_before,
		"memzone bytes not back after free");
	return TEST_SUCCESS;
}

/* The longest pool name works on every handler (its store's name fits). */
/*
 * Pool names of 25 characters work on every handler. The longest
 * (RTE_MEMPOOL_NAMESIZE - 1 = 28) work on handlers that name nothing
 * after the pool (the custom malloc handler); the ring and stack
 * handlers name their store "MP_<pool name>" / "M_<pool name>", which
 * the ring and stack name sizes limit to 25 characters, and refuse
 * longer names with ENAMETOOLONG as DPDK's do, leaving nothing behind.
 */
static int
test_ext_long_pool_name(void)
{
	const size_t ring_max = RTE_RING_NAMESIZE - 1 - strlen("MP_");
	char name[RTE_MEMPOOL_NAMESIZE];
	size_t mz_before = ext_memzone_bytes();
	struct rte_mempool *mp;
	unsigned int i;
	size_t len;

	for (len = ring_max; len < sizeof(name);
		len += sizeof(name) - 1 - ring_max) {
		memset(name, 'n', len);
		name[len] = '\0';
		for (i = 0; i < RTE_DIM(ext_handlers); i++) {
			int may_refuse = len > ring_max &&
				strcmp(ext_handlers[i],
					CUSTOM_MEMPOOL_HANDLER) != 0;

			rte_errno = 0;
			mp = rte_mempool_create_ext(name, 64, 64, 0, 0, NULL,
				NULL, NULL, NULL, SOCKET_ID_ANY, 0,
				ext_handlers[i]);
			if (may_refuse && mp == NULL) {
				TEST_ASSERT_NULL(mp, "%s: %zu-character name",
					ext_handlers[i], len);
				TEST_ASSERT_EQUAL(rte_errno, ENAMETOOLONG,
					"%s: rte_errno %d", ext_handlers[i],
					rte_errno);
				TEST_ASSERT_NULL(rte_mempool_lookup(name),
					"refused pool still listed");
				TEST_ASSERT_EQUAL(ext_memzone_bytes(),
					mz_before,
					"refused pool left memzones");
				continue;
			}
			TEST_ASSERT_NOT_NULL(mp,
				"%s: %zu-character pool name: %s",
				ext_handlers[i], len, rte_strerror(rte_errno));
			TEST_ASSERT(rte_mempool_full(mp), "%s: pool not full",
				ext_handlers[i]);
			rte_mempool_free(mp);
		}
	}
	return TEST_SUCCESS;
}

static int
test_ext_unknown_handler(void)
{
	size_t mz_before = ext_memzone_bytes();
	struct rte_mempool *mp;
	int ret;

	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("no_such_handler"), -1,
		"unknown name has an index");
	TEST_ASSERT_EQUAL(
		rte_errno, ENOENT, "rte_errno %d, not ENOENT", rte_errno);
	rte_errno = 0;
	TEST_ASSERT_EQUAL(
		rte_get_mempool_handler(NULL), -1, "NULL name has an index");
	TEST_ASSERT_EQUAL(
		rte_errno, EINVAL, "rte_errno %d, not EINVAL", rte_errno);

	rte_errno = 0;
	mp = rte_mempool_create_ext("ext_unknown", 64, 64, 0, 0, NULL, NULL,
		NULL, NULL, SOCKET_ID_ANY, 0, "no_such_handler");
	TEST_ASSERT_NULL(mp, "pool created on an unknown handler");
	TEST_ASSERT_EQUAL(
		rte_errno, ENOENT, "rte_errno %d, not ENOENT", rte_errno);
	TEST_ASSERT_NULL(rte_mempool_lookup("ext_unknown"),
		"refused pool left in the list");
	TEST_ASSERT_EQUAL(ext_memzone_bytes(), mz_before,
		"refused pool left memzones behind");

	/* The building blocks: a bad name leaves the pool usable. */
	mp = rte_mempool_create_empty(
		"ext_unknown", 64, 64, 0, 0, SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mp, "create_empty failed");
	ret = rte_mempool_set_ops_byname(mp, "no_such_handler", NULL);
	TEST_ASSERT_EQUAL(ret, -EINVAL, "set_ops_byname returned %d", ret);
	TEST_ASSERT_SUCCESS(rte_mempool_set_handler(mp, "stack"),
		"set_handler(stack) after a refusal");
	TEST_ASSERT(rte_mempool_populate_default(mp) == 64,
		"populate on stack failed");
	TEST_ASSERT_EQUAL(mp->handler_idx, rte_get_mempool_handler("stack"),
		"pool not on stack");
	ret = rte_mempool_set_handler(mp, "ring_mp_mc");
	TEST_ASSERT_EQUAL(ret, -EEXIST,
		"switching a populated pool's handler returned %d", ret);
	TEST_ASSERT(rte_mempool_full(mp), "pool not full");
	rte_mempool_free(mp);
	return ext_check_intact("unknown handler");
}

static int
ext_count_handler(const struct rte_mempool_handler *h, int idx, void *arg)
{
	RTE_SET_USED(h);
	RTE_SET_USED(idx);
	RTE_SET_USED(arg);
	return 0;
}

static int
ext_nb_handlers(void)
{
	return rte_mempool_handler_walk(ext_count_handler, NULL);
}

/* Register h, expect err, and check nothing changed. */
static int
ext_refused(const struct rte_mempool_handler *h, int err, const char *what)
{
	int before = ext_nb_handlers();
	int ret;

	ret = rte_mempool_handler_register(h);
	TEST_ASSERT_EQUAL(ret, err, "%s: register returned %d, expected %d",
		what, ret, err);
	TEST_ASSERT_EQUAL(
		ext_nb_handlers(), before, "%s: handler count changed", what);
	return ext_check_intact(what);
}

static int
ext_dummy_alloc(struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	return 0;
}

static void
ext_dummy_free(struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
}

static int
ext_dummy_put(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	return -ENOBUFS;
}

static int
ext_dummy_get(struct rte_mempool *mp, void **objs, unsigned int n)
{
	RTE_SET_USED(mp);
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	return -ENOENT;
}

static unsigned int
ext_dummy_count(const struct rte_mempool *mp)
{
	RTE_SET_USED(mp);
	return 0;
}

static const struct rte_mempool_handler ext_dummy = {
	.name = "ext_dummy",
	.alloc = ext_dummy_alloc,
	.put = ext_dummy_put,
	.get = ext_dummy_get,
	.get_count = ext_dummy_count,
	.free = ext_dummy_free,
};

static int
test_ext_register_refused(void)
{
	struct rte_mempool_handler h;
	static const char *const taken[] = {
		"ring_mp_mc", "stack", "lf_stack", CUSTOM_MEMPOOL_HANDLER};
	unsigned int i;

	if (ext_refused(NULL, -EINVAL, "NULL handler") != TEST_SUCCESS)
		return TEST_FAILED;

	h = ext_dummy;
	h.alloc = NULL;
	if (ext_refused(&h, -EINVAL, "NULL alloc") != TEST_SUCCESS)
		return TEST_FAILED;
	h = ext_dummy;
	h.put = NULL;
	if (ext_refused(&h, -EINVAL, "NULL put") != TEST_SUCCESS)
		return TEST_FAILED;
	h = ext_dummy;
	h.get = NULL;
	if (ext_refused(&h, -EINVAL, "NULL get") != TEST_SUCCESS)
		return TEST_FAILED;
	h = ext_dummy;
	h.get_count = NULL;
	if (ext_refused(&h, -EINVAL, "NULL get_count") != TEST_SUCCESS)
		return TEST_FAILED;
	h = ext_dummy;
	h.free = NULL;
	if (ext_refused(&h, -EINVAL, "NULL free") != TEST_SUCCESS)
		return TEST_FAILED;
	h = ext_dummy;
	h.flags = RTE_MEMPOOL_HANDLER_F_OWN_MEMORY;
	if (ext_refused(&h, -EINVAL, "own memory without populate") !=
		TEST_SUCCESS)
		return TEST_FAILED;
	h = ext_dummy;
	h.flags = 0x80000000u;
	if (ext_refused(&h, -EINVAL, "unknown flag") != TEST_SUCCESS)
		return TEST_FAILED;

	h = ext_dummy;
	memset(h.name, 0, sizeof(h.name));
	if (ext_refused(&h, -EINVAL, "empty name") != TEST_SUCCESS)
		return TEST_FAILED;
	h = ext_dummy;
	memset(h.name, 'x', sizeof(h.name)); /* no room for the NUL */
	if (ext_refused(&h, -ENAMETOOLONG, "too-long name") != TEST_SUCCESS)
		return TEST_FAILED;

	for (i = 0; i < RTE_DIM(taken); i++) {
		int idx = rte_get_mempool_handler(taken[i]);

		h = ext_dummy;
		rte_strlcpy(h.name, taken[i], sizeof(h.name));
		if (ext_refused(&h, -EEXIST, taken[i]) != TEST_SUCCESS)
			return TEST_FAILED;
		/* The first registration still serves the name. */
		TEST_ASSERT_EQUAL(rte_get_mempool_handler(taken[i]), idx,
			"%s moved", taken[i]);
		TEST_ASSERT(rte_mempool_handler_get(idx)->get != ext_dummy_get,
			"duplicate %s replaced the original", taken[i]);
	}
	TEST_ASSERT_EQUAL(rte_get_mempool_handler("ext_dummy"), -1,
		"a refused handler was registered");
	return TEST_SUCCESS;
}

/*
 * Fill the table with copies of the stack handler, then one more: it
 * is refused with -ENOSPC. Runs in a child process of its own
 * (test_ext_table_full), so that this process's table stays as it was.
 */
static int
ext_table_full(void)
{
	const struct rte_mempool_handler *stack_h;
	struct rte_mempool_handler h;
	char first[RTE_MEMPOOL_HANDLER_NAMESIZE] = "";
	struct rte_mempool *mp;
	int ret, added = 0, before = ext_nb_handlers();

	stack_h = rte_mempool_handler_get(rte_get_mempool_handler("stack"));
	for (;;) {
		h = *stack_h;
		snprintf(h.name, sizeof(h.name), "ext_filler_%d", added);
		ret = rte_mempool_handler_register(&h);
		if (ret < 0)
			break;
		if (added == 0)
			rte_strlcpy(first, h.name, sizeof(first));
		added++;
		TEST_ASSERT(added <= RTE_MEMPOOL_MAX_HANDLER_IDX,
			"more than %d handlers registered",
			RTE_MEMPOOL_MAX_HANDLER_IDX);
	}
	TEST_ASSERT_EQUAL(
		ret, -ENOSPC, "full table returned %d, not -ENOSPC", ret);
	TEST_ASSERT_EQUAL(before + added, RTE_MEMPOOL_MAX_HANDLER_IDX,
		"table full after %d handlers, not %d", before + added,
		RTE_MEMPOOL_MAX_HANDLER_IDX);
	TEST_ASSERT_EQUAL(rte_get_mempool_handler(h.name), -1,
		"refused %s is registered", h.name);
	if (ext_check_intact("table full") != TEST_SUCCESS)
		return TEST_FAILED;

	/* The table is still usable, fillers included. */
	if (added > 0) {
		mp = rte_mempool_create_ext("ext_filler", 100, 64, 0, 0, NULL,
			NULL, NULL, NULL, SOCKET_ID_ANY, 0, first);
		TEST_ASSERT_NOT_NULL(mp, "pool on %s failed", first);
		TEST_ASSERT(rte_mempool_full(mp), "pool on %s not full", first);
		rte_mempool_free(mp);
	}
	return mempool_handler_check_behaviour("stack", 0);
}

static int
ext_table_full_child(void)
{
	int ret = ext_setup();

	if (ret == TEST_SUCCESS)
		ret = ext_table_full();
	ext_teardown();
	return ret;
}
REGISTER_TEST_COMMAND(ext_mempool_table_full_child, ext_table_full_child);

static int
test_ext_table_full(void)
{
	static char out[32768];
	int before = ext_nb_handlers();
	int rc;

	rc = test_run_child("ext_mempool_table_full_child", out, sizeof(out));
	TEST_ASSERT_EQUAL(rc, 0, "child failed (status %d):\n%s", rc, out);
	TEST_ASSERT_NOT_NULL(strstr(out, "cannot register handler"),
		"refusal not logged:\n%s", out);
	TEST_ASSERT_EQUAL(ext_nb_handlers(), before,
		"the child changed this process's table");
	return ext_check_intact("table full in a child");
}

/* Path of this build's stack plugin, or NULL. */
static const char *
ext_stack_plugin(char *buf, size_t len)
{
	const char *env = getenv("MEMPOOL_STACK_PLUGIN");
	char exe[PATH_MAX];
	ssize_t n;

	if (env != NULL && *env != '\0')
		return access(env, R_OK) == 0 ? env : NULL;
	/* <build>/app/test/dpdk-test -> <build>/drivers/... */
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	snprintf(buf, len, "%s/../../drivers/librte_mempool_stack.so",
		dirname(exe));
	return access(buf, R_OK) == 0 ? buf : NULL;
}

/*
 * Start this binary with extra EAL arguments, stdin from /dev/null
 * and no test to run; collect its output. Returns its exit status, or
 * -1.
 */
static int
ext_run_child(const char *const argv[], char *out, size_t outlen)
{
	size_t used = 0;
	int fds[2], status;
	ssize_t r;
	pid_t pid;

	if (pipe(fds) != 0)
		return -1;
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		int devnull = open("/dev/null", O_RDONLY);

		if (devnull >= 0)
			dup2(devnull, STDIN_FILENO);
		dup2(fds[1], STDOUT_FILENO);
		dup2(fds[1], STDERR_FILENO);
		close(fds[0]);
		close(fds[1]);
		unsetenv("DPDK_TEST");
		execv("/proc/self/exe", (char *const *)(uintptr_t)argv);
		_exit(127);
	}
	close(fds[1]);
	while ((r = read(fds[0], out + used, outlen - 1 - used)) > 0)
		used += (size_t)r;
	out[used] = '\0';
	close(fds[0]);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/*
 * dpdk-test has the stack driver built in, so loading the same driver
 * as a plugin registers "stack" twice: the plugin's copy is refused
 * with one warning naming both providers, and rte_eal_init goes on.
 */
static int
test_ext_plugin_duplicate(void)
{
	char path[PATH_MAX], out[16384];
	const char *plugin = ext_stack_plugin(path, sizeof(path));
	int status;

	if (plugin == NULL) {
		printf("stack plugin not found (set MEMPOOL_STACK_PLUGIN)\n");
		return TEST_SKIPPED;
	}
	const char *const argv[] = {"dpdk-test", "-l", "0", "--no-huge",
		"--in-memory", "-d", plugin, NULL};

	status = ext_run_child(argv, out, sizeof(out));
	printf("child with -d %s exited with %d:\n%s", plugin, status, out);
	TEST_ASSERT_EQUAL(status, 0,
		"rte_eal_init failed on a plugin repeating built-in names");
	TEST_ASSERT(strstr(out, "handler stack from ") != NULL &&
			strstr(out, "already registered by built-in") != NULL,
		"no warning naming both providers of stack");
	TEST_ASSERT(strstr(out, "librte_mempool_stack.so") != NULL,
		"the warning does not name the plugin");
	return TEST_SUCCESS;
}

/* One case per handler, named after it. */
#define EXT_HANDLER_CASE(h) \
	{ \
		NULL, NULL, NULL, test_ext_handler, "handler " h, h, 1 \
	}

static struct unit_test_suite ext_mempool_suite = {
	.suite_name = "external mempool manager",
	.setup = ext_setup,
	.teardown = ext_teardown,
	.unit_test_cases =
		{
			TEST_CASE(test_ext_registered),
			EXT_HANDLER_CASE("ring_mp_mc"),
			EXT_HANDLER_CASE("ring_sp_sc"),
			EXT_HANDLER_CASE("ring_mp_sc"),
			EXT_HANDLER_CASE("ring_sp_mc"),
			EXT_HANDLER_CASE("ring_mt_rts"),
			EXT_HANDLER_CASE("ring_mt_hts"),
			EXT_HANDLER_CASE("stack"),
			EXT_HANDLER_CASE("lf_stack"),
			EXT_HANDLER_CASE("bucket"),
			EXT_HANDLER_CASE(CUSTOM_MEMPOOL_HANDLER),
			TEST_CASE(test_ext_custom_memory),
			TEST_CASE(test_ext_long_pool_name),
			TEST_CASE(test_ext_unknown_handler),
			TEST_CASE(test_ext_register_refused),
			TEST_CASE(test_ext_plugin_duplicate),
			TEST_CASE(test_ext_table_full),
			TEST_CASES_END(),
		},
};

static int
test_ext_mempool(void)
{
	return unit_test_suite_runner(&ext_mempool_suite);
}

REGISTER_TEST_COMMAND(ext_mempool_autotest, test_ext_mempool);
