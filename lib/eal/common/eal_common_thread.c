/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The rte_thread API over pthreads, thread names, and control threads
 * (named threads pinned away from the lcores' CPUs).
 */

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_string_fns.h>
#include <rte_thread.h>

#include "eal_core.h"

/* Longest name the kernel keeps, with its NUL. */
#define THREAD_NAME_LEN 16

struct eal_tls_key {
	pthread_key_t key;
};

/* What a thread from rte_thread_create() starts with. */
struct thread_start {
	rte_thread_func func;
	void *arg;
};

static void *
thread_trampoline(void *p)
{
	struct thread_start start = *(struct thread_start *)p;

	free(p);
	return (void *)(uintptr_t)start.func(start.arg);
}

static pthread_t
os_thread(rte_thread_t t)
{
	return (pthread_t)t.opaque_id;
}

int
rte_thread_create(rte_thread_t *thread_id, const rte_thread_attr_t *thread_attr,
	rte_thread_func thread_func, void *arg)
{
	struct thread_start *start;
	pthread_attr_t attr;
	pthread_t tid;
	int ret;

	if (thread_id == NULL || thread_func == NULL)
		return EINVAL;
	if (thread_attr != NULL &&
		thread_attr->priority != RTE_THREAD_PRIORITY_NORMAL) {
		/* Real-time from birth is refused on Linux, as in DPDK. */
		if (thread_attr->priority ==
			RTE_THREAD_PRIORITY_REALTIME_CRITICAL)
			return ENOTSUP;
		return EINVAL;
	}
	start = malloc(sizeof(*start));
	if (start == NULL)
		return ENOMEM;
	start->func = thread_func;
	start->arg = arg;
	ret = pthread_attr_init(&attr);
	if (ret != 0) {
		free(start);
		return ret;
	}
	if (thread_attr != NULL && CPU_COUNT(&thread_attr->cpuset) > 0)
		ret = pthread_attr_setaffinity_np(&attr,
			sizeof(thread_attr->cpuset), &thread_attr->cpuset);
	if (ret == 0)
		ret = pthread_create(&tid, &attr, thread_trampoline, start);
	pthread_attr_destroy(&attr);
	if (ret != 0) {
		RTE_LOG(DEBUG, EAL, "cannot create a thread: %s\n",
			strerror(ret));
		free(start);
		return ret;
	}
	thread_id->opaque_id = (uintptr_t)tid;
	return 0;
}

int
rte_thread_join(rte_thread_t thread_id, uint32_t *value_ptr)
{
	void *res = NULL;
	int ret = pthread_join(os_thread(thread_id), &res);

	if (ret != 0)
		return ret;
	if (value_ptr != NULL)
		*value_ptr = (uint32_t)(uintptr_t)res;
	return 0;
}

int
rte_thread_detach(rte_thread_t thread_id)
{
	return pthread_detach(os_thread(thread_id));
}

rte_thread_t
rte_thread_self(void)
{
	rte_thread_t t;

	t.opaque_id = (uintptr_t)pthread_self();
	return t;
}

int
rte_thread_equal(rte_thread_t t1, rte_thread_t t2)
{
	return pthread_equal(os_thread(t1), os_thread(t2));
}

int
rte_thread_attr_init(rte_thread_attr_t *attr)
{
	if (attr == NULL)
		return EINVAL;
	attr->priority = RTE_THREAD_PRIORITY_NORMAL;
	CPU_ZERO(&attr->cpuset);
	return 0;
}

int
rte_thread_attr_set_priority(
	rte_thread_attr_t *thread_attr, enum rte_thread_priority priority)
{
	if (thread_attr == NULL ||
		(priority != RTE_THREAD_PRIORITY_NORMAL &&
			priority != RTE_THREAD_PRIORITY_REALTIME_CRITICAL))
		return EINVAL;
	thread_attr->priority = priority;
	return 0;
}

int
rte_thread_attr_set_affinity(
	rte_thread_attr_t *thread_attr, rte_cpuset_t *cpuset)
{
	if (thread_attr == NULL || cpuset == NULL)
		return EINVAL;
	memcpy(&thread_attr->cpuset, cpuset, sizeof(*cpuset));
	return 0;
}

int
rte_thread_attr_get_affinity(
	rte_thread_attr_t *thread_attr, rte_cpuset_t *cpuset)
{
	if (thread_attr == NULL || cpuset == NULL)
		return EINVAL;
	memcpy(cpuset, &thread_attr->cpuset, sizeof(*cpuset));
	return 0;
}

int
rte_thread_set_affinity_by_id(
	rte_thread_t thread_id, const rte_cpuset_t *cpuset)
{
	if (cpuset == NULL)
		return EINVAL;
	return pthread_setaffinity_np(
		os_thread(thread_id), sizeof(*cpuset), cpuset);
}

int
rte_thread_get_affinity_by_id(rte_thread_t thread_id, rte_cpuset_t *cpuset)
{
	if (cpuset == NULL)
		return EINVAL;
	return pthread_getaffinity_np(
		os_thread(thread_id), sizeof(*cpuset), cpuset);
}

int
rte_thread_set_affinity(rte_cpuset_t *cpusetp)
{
	int ret;

	if (cpusetp == NULL)
		return -1;
	ret = pthread_setaffinity_np(pthread_self(), sizeof(*cpusetp), cpusetp);
	if (ret != 0) {
		RTE_LOG(ERR, EAL, "cannot set the thread's affinity: %s\n",
			strerror(ret));
		return -1;
	}
	eal_thread_affinity_changed(cpusetp);
	return 0;
}

void
rte_thread_get_affinity(rte_cpuset_t *cpusetp)
{
	if (cpusetp == NULL)
		return;
	CPU_ZERO(cpusetp);
	pthread_getaffinity_np(pthread_self(), sizeof(*cpusetp), cpusetp);
}

int
rte_thread_get_priority(
	rte_thread_t thread_id, enum rte_thread_priority *priority)
{
	struct sched_param param;
	int policy, ret;

	if (priority == NULL)
		return EINVAL;
	ret = pthread_getschedparam(os_thread(thread_id), &policy, &param);
	if (ret != 0)
		return ret;
	if (policy == SCHED_OTHER || policy == SCHED_BATCH ||
		policy == SCHED_IDLE) {
		*priority = RTE_THREAD_PRIORITY_NORMAL;
		return 0;
	}
	if (policy == SCHED_RR &&
		param.sched_priority == sched_get_priority_max(SCHED_RR)) {
		*priority = RTE_THREAD_PRIORITY_REALTIME_CRITICAL;
		return 0;
	}
	return ENOTSUP;
}

int
rte_thread_set_priority(
	rte_thread_t thread_id, enum rte_thread_priority priority)
{
	struct sched_param param;
	int policy;

	memset(&param, 0, sizeof(param));
	switch (priority) {
	case RTE_THREAD_PRIORITY_NORMAL:
		policy = SCHED_OTHER;
		param.sched_priority = 0;
		break;
	case RTE_THREAD_PRIORITY_REALTIME_CRITICAL:
		policy = SCHED_RR;
		param.sched_priority = sched_get_priority_max(SCHED_RR);
		break;
	default:
		return EINVAL;
	}
	return pthread_setschedparam(os_thread(thread_id), policy, &param);
}

int
rte_thread_key_create(rte_thread_key *key, void (*destructor)(void *))
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	*key = malloc(sizeof(**key));
	if (*key == NULL) {
		rte_errno = ENOMEM;
		return -1;
	}
	if (pthread_key_create(&(*key)->key, destructor) != 0) {
		RTE_LOG(DEBUG, EAL, "no thread-local key left\n");
		free(*key);
		*key = NULL;
		rte_errno = ENOEXEC;
		return -1;
	}
	return 0;
}

int
rte_thread_key_delete(rte_thread_key key)
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	if (pthread_key_delete(key->key) != 0) {
		free(key);
		rte_errno = ENOEXEC;
		return -1;
	}
	free(key);
	return 0;
}

int
rte_thread_value_set(rte_thread_key key, const void *value)
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return -1;
	}
	if (pthread_setspecific(key->key, value) != 0) {
		rte_errno = ENOEXEC;
		return -1;
	}
	return 0;
}

void *
rte_thread_value_get(rte_thread_key key)
{
	if (key == NULL) {
		rte_errno = EINVAL;
		return NULL;
	}
	return pthread_getspecific(key->key);
}

int
rte_thread_setname(pthread_t id, const char *name)
{
	char cut[THREAD_NAME_LEN];

	if (name == NULL)
		return -EINVAL;
	rte_strlcpy(cut, name, sizeof(cut));
	return -pthread_setname_np(id, cut);
}

int
rte_thread_getname(pthread_t id, char *name, size_t len)
{
	if (name == NULL)
		return -EINVAL;
	return -pthread_getname_np(id, name, len);
}

/* Parent and control thread agree on the start through this. */
struct ctrl_start {
	pthread_mutex_t lock;
	pthread_cond_t cond;
	int done; /* the thread has set itself up */
	int ret; /* 0, or why it will not run start_routine */
	char name[THREAD_NAME_LEN];
	void *(*start_routine)(void *);
	void *arg;
};

static void *
ctrl_trampoline(void *p)
{
	struct ctrl_start *st = p;
	void *(*routine)(void *) = st->start_routine;
	void *arg = st->arg;
	cpu_set_t set;
	int ret;

	pthread_setname_np(pthread_self(), st->name);
	eal_ctrl_cpuset(&set);
	ret = pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
	pthread_mutex_lock(&st->lock);
	st->ret = ret;
	st->done = 1;
	pthread_cond_signal(&st->cond);
	pthread_mutex_unlock(&st->lock);
	/* st belongs to the parent again from here. */
	if (ret != 0)
		return NULL;
	return routine(arg);
}

int
rte_ctrl_thread_create(pthread_t *thread, const char *name,
	const pthread_attr_t *attr, void *(*start_routine)(void *), void *arg)
{
	struct ctrl_start *st;
	int ret;

	if (thread == NULL || name == NULL || start_routine == NULL)
		return -EINVAL;
	st = calloc(1, sizeof(*st));
	if (st == NULL)
		return -ENOMEM;
	pthread_mutex_init(&st->lock, NULL);
	pthread_cond_init(&st->cond, NULL);
	rte_strlcpy(st->name, name, sizeof(st->name));
	st->start_routine = start_routine;
	st->arg = arg;

	ret = pthread_create(thread, attr, ctrl_trampoline, st);
	if (ret == 0) {
		pthread_mutex_lock(&st->lock);
		while (!st->done)
			pthread_cond_wait(&st->cond, &st->lock);
		ret = st->ret;
		pthread_mutex_unlock(&st->lock);
		if (ret != 0) {
			RTE_LOG(ERR, EAL, "cannot pin control thread %s: %s\n",
				name, strerror(ret));
			pthread_join(*thread, NULL);
		}
	}
	pthread_cond_destroy(&st->cond);
	pthread_mutex_destroy(&st->lock);
	free(st);
	return -ret;
}
