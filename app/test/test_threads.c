/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_thread_*: create/join with a value, affinity given at creation
 * and changed later (read back from the kernel), priorities, TLS keys,
 * names, and control threads kept off the lcores' CPUs.
 */

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_thread.h>

#include "test.h"

static uint32_t
return_arg(void *arg)
{
	return *(uint32_t *)arg + 1;
}

static uint32_t detached_in = 7;

static int
test_create_join(void)
{
	uint32_t in = 41, out = 0;
	rte_thread_t t, self = rte_thread_self();

	TEST_ASSERT_EQUAL(
		rte_thread_create(&t, NULL, return_arg, &in), 0, "create");
	TEST_ASSERT(!rte_thread_equal(t, self), "new thread equals self");
	TEST_ASSERT(rte_thread_equal(self, rte_thread_self()), "self");
	TEST_ASSERT_EQUAL(rte_thread_join(t, &out), 0, "join");
	TEST_ASSERT_EQUAL(out, 42u, "thread returned %u", out);
	TEST_ASSERT_EQUAL(rte_thread_create(NULL, NULL, return_arg, &in),
		EINVAL, "NULL id");
	TEST_ASSERT_EQUAL(rte_thread_create(&t, NULL, NULL, &in), EINVAL,
		"NULL function");
	/* A detached thread may outlive this frame: give it static data. */
	TEST_ASSERT_EQUAL(rte_thread_create(&t, NULL, return_arg, &detached_in),
		0, "create");
	TEST_ASSERT_EQUAL(rte_thread_detach(t), 0, "detach");
	return TEST_SUCCESS;
}

/* What a thread saw of itself. */
struct seen {
	cpu_set_t kernel; /* sched_getaffinity in the thread */
	pid_t tid;
	volatile int go; /* main tells it to leave */
	volatile int ready;
};

static uint32_t
report_affinity(void *arg)
{
	struct seen *s = arg;

	s->tid = (pid_t)syscall(SYS_gettid);
	sched_getaffinity(0, sizeof(s->kernel), &s->kernel);
	__atomic_store_n(&s->ready, 1, __ATOMIC_RELEASE);
	while (!__atomic_load_n(&s->go, __ATOMIC_ACQUIRE))
		sched_yield();
	return 0;
}

/* The last CPU this process may use. */
static int
last_cpu(void)
{
	cpu_set_t set;
	int cpu, last = -1;

	sched_getaffinity(0, sizeof(set), &set);
	for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
		if (CPU_ISSET(cpu, &set))
			last = cpu;
	return last;
}

static int
test_affinity(void)
{
	rte_thread_attr_t attr;
	rte_cpuset_t want, got;
	struct seen s;
	rte_thread_t t;
	int cpu = last_cpu();

	TEST_ASSERT(cpu >= 0, "no CPU");
	TEST_ASSERT_EQUAL(rte_thread_attr_init(&attr), 0, "attr init");
	TEST_ASSERT_EQUAL(attr.priority, RTE_THREAD_PRIORITY_NORMAL, "prio");
	TEST_ASSERT_EQUAL(CPU_COUNT(&attr.cpuset), 0, "cpuset not empty");
	CPU_ZERO(&want);
	CPU_SET(cpu, &want);
	TEST_ASSERT_EQUAL(rte_thread_attr_set_affinity(&attr, &want), 0, "set");
	CPU_ZERO(&got);
	TEST_ASSERT_EQUAL(rte_thread_attr_get_affinity(&attr, &got), 0, "get");
	TEST_ASSERT(CPU_EQUAL(&got, &want), "attr cpuset");

	memset(&s, 0, sizeof(s));
	TEST_ASSERT_EQUAL(rte_thread_create(&t, &attr, report_affinity, &s), 0,
		"create pinned");
	while (!__atomic_load_n(&s.ready, __ATOMIC_ACQUIRE))
		sched_yield();
	TEST_ASSERT(CPU_EQUAL(&s.kernel, &want),
		"thread not on CPU %d only (%d CPUs)", cpu,
		CPU_COUNT(&s.kernel));
	TEST_ASSERT_EQUAL(rte_thread_get_affinity_by_id(t, &got), 0, "get id");
	TEST_ASSERT(CPU_EQUAL(&got, &want), "get_affinity_by_id");

	/* Move it to CPU 0 and read the kernel's view of that thread. */
	CPU_ZERO(&want);
	CPU_SET(0, &want);
	TEST_ASSERT_EQUAL(rte_thread_set_affinity_by_id(t, &want), 0, "move");
	CPU_ZERO(&got);
	TEST_ASSERT_EQUAL(sched_getaffinity(s.tid, sizeof(got), &got), 0,
		"sched_getaffinity");
	TEST_ASSERT(CPU_EQUAL(&got, &want), "kernel did not apply the move");
	__atomic_store_n(&s.go, 1, __ATOMIC_RELEASE);
	TEST_ASSERT_EQUAL(rte_thread_join(t, NULL), 0, "join");

	/* An empty set is refused by the kernel. */
	CPU_ZERO(&want);
	TEST_ASSERT_EQUAL(
		rte_thread_set_affinity_by_id(rte_thread_self(), &want), EINVAL,
		"empty set accepted");
	TEST_ASSERT_EQUAL(
		rte_thread_attr_set_affinity(NULL, &want), EINVAL, "NULL attr");
	TEST_ASSERT_EQUAL(rte_thread_attr_init(NULL), EINVAL, "NULL attr");
	return TEST_SUCCESS;
}

static uint32_t
self_affinity(void *arg)
{
	rte_cpuset_t *set = arg, back;

	if (rte_thread_set_affinity(set) != 0)
		return 1;
	rte_thread_get_affinity(&back);
	if (!CPU_EQUAL(&back, set))
		return 2;
	if (sched_getaffinity(0, sizeof(back), &back) != 0 ||
		!CPU_EQUAL(&back, set))
		return 3;
	CPU_ZERO(&back);
	/* The kernel refuses an empty set; the old one stays. */
	if (rte_thread_set_affinity(&back) != -1)
		return 4;
	if (sched_getaffinity(0, sizeof(back), &back) != 0 ||
		!CPU_EQUAL(&back, set))
		return 5;
	return 0;
}

static int
test_self_affinity(void)
{
	rte_cpuset_t set;
	rte_thread_t t;
	uint32_t ret = 99;

	CPU_ZERO(&set);
	CPU_SET(last_cpu(), &set);
	TEST_ASSERT_EQUAL(
		rte_thread_create(&t, NULL, self_affinity, &set), 0, "create");
	TEST_ASSERT_EQUAL(rte_thread_join(t, &ret), 0, "join");
	TEST_ASSERT_EQUAL(ret, 0u, "self affinity step %u failed", ret);
	return TEST_SUCCESS;
}

static int
test_priority(void)
{
	enum rte_thread_priority prio = RTE_THREAD_PRIORITY_REALTIME_CRITICAL;
	rte_thread_attr_t attr;
	rte_thread_t t;
	uint32_t in = 0;

	TEST_ASSERT_EQUAL(rte_thread_get_priority(rte_thread_self(), &prio), 0,
		"get priority");
	TEST_ASSERT_EQUAL(
		prio, RTE_THREAD_PRIORITY_NORMAL, "priority %d", prio);
	TEST_ASSERT_EQUAL(rte_thread_set_priority(rte_thread_self(),
				  RTE_THREAD_PRIORITY_NORMAL),
		0, "set normal");
	TEST_ASSERT_EQUAL(rte_thread_set_priority(rte_thread_self(),
				  (enum rte_thread_priority)7),
		EINVAL, "bad priority");
	TEST_ASSERT_EQUAL(rte_thread_get_priority(rte_thread_self(), NULL),
		EINVAL, "NULL out");
	rte_thread_attr_init(&attr);
	TEST_ASSERT_EQUAL(rte_thread_attr_set_priority(
				  &attr, (enum rte_thread_priority)7),
		EINVAL, "bad attr priority");
	TEST_ASSERT_EQUAL(rte_thread_attr_set_priority(
				  &attr, RTE_THREAD_PRIORITY_REALTIME_CRITICAL),
		0, "attr realtime");
	/* Linux threads may not start real-time, as in DPDK. */
	TEST_ASSERT_EQUAL(rte_thread_create(&t, &attr, return_arg, &in),
		ENOTSUP, "real-time creation");
	return TEST_SUCCESS;
}

static unsigned int destructor_calls;

static void
key_destructor(void *v)
{
	if (v != NULL)
		__atomic_fetch_add(&destructor_calls, 1, __ATOMIC_RELAXED);
}

static rte_thread_key shared_key;

static uint32_t
key_user(void *arg)
{
	if (rte_thread_value_get(shared_key) != NULL)
		return 1;
	if (rte_thread_value_set(shared_key, arg) != 0)
		return 2;
	return rte_thread_value_get(shared_key) == arg ? 0 : 3;
}

static int
test_keys(void)
{
	int mine = 1, theirs = 2;
	rte_thread_t t;
	uint32_t ret = 99;

	destructor_calls = 0;
	TEST_ASSERT_EQUAL(rte_thread_key_create(&shared_key, key_destructor), 0,
		"key create");
	TEST_ASSERT_EQUAL(rte_thread_value_set(shared_key, &mine), 0, "set");
	TEST_ASSERT_EQUAL(
		rte_thread_create(&t, NULL, key_user, &theirs), 0, "create");
	TEST_ASSERT_EQUAL(rte_thread_join(t, &ret), 0, "join");
	TEST_ASSERT_EQUAL(ret, 0u, "thread's own value: step %u", ret);
	TEST_ASSERT(
		rte_thread_value_get(shared_key) == &mine, "our value changed");
	TEST_ASSERT_EQUAL(__atomic_load_n(&destructor_calls, __ATOMIC_RELAXED),
		1u, "destructor at thread exit");
	TEST_ASSERT_EQUAL(rte_thread_key_delete(shared_key), 0, "delete");

	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_thread_key_delete(NULL), -1, "NULL delete");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	rte_errno = 0;
	TEST_ASSERT_EQUAL(rte_thread_value_set(NULL, &mine), -1, "NULL set");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	rte_errno = 0;
	TEST_ASSERT_NULL(rte_thread_value_get(NULL), "NULL get");
	TEST_ASSERT_EQUAL(rte_errno, EINVAL, "rte_errno %d", rte_errno);
	return TEST_SUCCESS;
}

static void *
wait_go(void *arg)
{
	struct seen *s = arg;

	report_affinity(s);
	return NULL;
}

static int
test_names(void)
{
	struct seen s;
	pthread_t t;
	char name[32];

	memset(&s, 0, sizeof(s));
	TEST_ASSERT_EQUAL(pthread_create(&t, NULL, wait_go, &s), 0, "create");
	TEST_ASSERT_EQUAL(rte_thread_setname(t, "short-name"), 0, "setname");
	TEST_ASSERT_EQUAL(rte_thread_getname(t, name, sizeof(name)), 0, "get");
	TEST_ASSERT(strcmp(name, "short-name") == 0, "name '%s'", name);
	/* The kernel keeps 15 characters: longer names are cut. */
	TEST_ASSERT_EQUAL(rte_thread_setname(t, "a-very-long-thread-name"), 0,
		"long name");
	TEST_ASSERT_EQUAL(rte_thread_getname(t, name, sizeof(name)), 0, "get");
	TEST_ASSERT(strcmp(name, "a-very-long-thr") == 0, "name '%s'", name);
	TEST_ASSERT_EQUAL(
		rte_thread_getname(t, name, 4), -ERANGE, "short buffer");
	__atomic_store_n(&s.go, 1, __ATOMIC_RELEASE);
	pthread_join(t, NULL);
	return TEST_SUCCESS;
}

static void *
ctrl_body(void *arg)
{
	return wait_go(arg);
}

/* Control threads: named, and off every worker lcore's CPUs. */
static int
test_ctrl_thread(void)
{
	struct seen s;
	pthread_t t;
	char name[32];
	unsigned int lcore_id;
	rte_cpuset_t main_set = rte_lcore_cpuset(rte_get_main_lcore());

	memset(&s, 0, sizeof(s));
	TEST_ASSERT_EQUAL(rte_ctrl_thread_create(&t, "test-ctrl-thread-xyz",
				  NULL, ctrl_body, &s),
		0, "create");
	while (!__atomic_load_n(&s.ready, __ATOMIC_ACQUIRE))
		sched_yield();
	TEST_ASSERT_EQUAL(rte_thread_getname(t, name, sizeof(name)), 0, "name");
	TEST_ASSERT(strcmp(name, "test-ctrl-threa") == 0, "name '%s'", name);
	TEST_ASSERT(CPU_COUNT(&s.kernel) > 0, "no CPU");
	if (!CPU_EQUAL(&s.kernel, &main_set)) {
		/* CPUs were left over: none of them runs an lcore. */
		RTE_LCORE_FOREACH(lcore_id) {
			rte_cpuset_t l = rte_lcore_cpuset(lcore_id), both;

			CPU_AND(&both, &l, &s.kernel);
			TEST_ASSERT_EQUAL(CPU_COUNT(&both), 0,
				"control thread shares lcore %u's CPUs",
				lcore_id);
		}
	}
	__atomic_store_n(&s.go, 1, __ATOMIC_RELEASE);
	pthread_join(t, NULL);
	TEST_ASSERT_EQUAL(rte_ctrl_thread_create(&t, "x", NULL, NULL, NULL),
		-EINVAL, "NULL routine");
	TEST_ASSERT_EQUAL(
		rte_ctrl_thread_create(NULL, "x", NULL, ctrl_body, &s), -EINVAL,
		"NULL thread");
	return TEST_SUCCESS;
}

static struct unit_test_suite threads_suite = {
	.suite_name = "rte_thread autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_create_join),
			TEST_CASE(test_affinity),
			TEST_CASE(test_self_affinity),
			TEST_CASE(test_priority),
			TEST_CASE(test_keys),
			TEST_CASE(test_names),
			TEST_CASE(test_ctrl_thread),
			TEST_CASES_END(),
		},
};

static int
test_threads(void)
{
	return unit_test_suite_runner(&threads_suite);
}

REGISTER_TEST_COMMAND(threads_autotest, test_threads);
