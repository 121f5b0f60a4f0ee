/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Lcore ids, roles, sockets and non-EAL thread registration. */

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_memory.h>
#include <rte_per_lcore.h>

#include "eal_core.h"

RTE_DEFINE_PER_LCORE(unsigned int, _lcore_id) = LCORE_ID_ANY;
RTE_DEFINE_PER_LCORE(int, _thread_id) = -1;
/* Socket of the calling thread; set with its lcore id. */
static RTE_DEFINE_PER_LCORE(
	unsigned int, _socket_id) = (unsigned int)SOCKET_ID_ANY;

struct eal_lcore_cfg eal_lcores;
/* Serialises thread registration, lcore callbacks and walks. */
pthread_mutex_t eal_lcore_lock = PTHREAD_MUTEX_INITIALIZER;

static int
lcore_valid(unsigned int lcore_id)
{
	return lcore_id < RTE_MAX_LCORE;
}

static enum rte_lcore_role_t
role_of(unsigned int lcore_id)
{
	return __atomic_load_n(
		&eal_lcores.lcore[lcore_id].role, __ATOMIC_ACQUIRE);
}

unsigned int
rte_get_main_lcore(void)
{
	return eal_lcores.main_lcore;
}

unsigned int
rte_lcore_count(void)
{
	return __atomic_load_n(&eal_lcores.lcore_count, __ATOMIC_RELAXED);
}

int
rte_lcore_index(int lcore_id)
{
	if (lcore_id >= RTE_MAX_LCORE)
		return -1;
	if (lcore_id < 0) {
		if (rte_lcore_id() == LCORE_ID_ANY)
			return -1;
		lcore_id = (int)rte_lcore_id();
	}
	return eal_lcores.lcore[lcore_id].core_index;
}

unsigned int
rte_socket_id(void)
{
	return RTE_PER_LCORE(_socket_id);
}

unsigned int
rte_socket_count(void)
{
	return eal_lcores.numa_count == 0 ? 1 : eal_lcores.numa_count;
}

int
rte_socket_id_by_idx(unsigned int idx)
{
	if (idx >= eal_lcores.numa_count) {
		rte_errno = EINVAL;
		return -1;
	}
	return (int)eal_lcores.numa_nodes[idx];
}

unsigned int
rte_lcore_to_socket_id(unsigned int lcore_id)
{
	if (!lcore_valid(lcore_id))
		return (unsigned int)SOCKET_ID_ANY;
	return eal_lcores.lcore[lcore_id].socket_id;
}

int
rte_lcore_to_cpu_id(int lcore_id)
{
	if (lcore_id < 0 || lcore_id >= RTE_MAX_LCORE)
		return -1;
	if (role_of(lcore_id) == ROLE_OFF)
		return -1;
	return (int)eal_lcores.lcore[lcore_id].cpu_id;
}

enum rte_lcore_role_t
rte_eal_lcore_role(unsigned int lcore_id)
{
	if (!lcore_valid(lcore_id))
		return ROLE_OFF;
	return role_of(lcore_id);
}

int
rte_lcore_has_role(unsigned int lcore_id, enum rte_lcore_role_t role)
{
	if (!lcore_valid(lcore_id))
		return -EINVAL;
	return role_of(lcore_id) == role;
}

int
rte_lcore_is_enabled(unsigned int lcore_id)
{
	if (!lcore_valid(lcore_id))
		return 0;
	return role_of(lcore_id) == ROLE_RTE;
}

unsigned int
rte_get_next_lcore(unsigned int i, int skip_main, int wrap)
{
	unsigned int n;

	/* i == -1 (UINT_MAX) starts at lcore 0. */
	for (n = 0; n < RTE_MAX_LCORE; n++) {
		i++;
		if (i >= RTE_MAX_LCORE) {
			if (!wrap)
				return RTE_MAX_LCORE;
			i = 0;
		}
		if (role_of(i) != ROLE_RTE)
			continue;
		if (skip_main && i == eal_lcores.main_lcore)
			continue;
		return i;
	}
	return RTE_MAX_LCORE;
}

int
rte_sys_gettid(void)
{
	return (int)syscall(SYS_gettid);
}

/* Socket a thread belongs to: one node if all its CPUs share it. */
static unsigned int
cpuset_socket(const cpu_set_t *set)
{
	unsigned int cpu, sock = (unsigned int)SOCKET_ID_ANY;

	for (cpu = 0; cpu < CPU_SETSIZE; cpu++) {
		unsigned int s;

		if (!CPU_ISSET(cpu, set))
			continue;
		s = eal_cpu_socket_id(cpu);
		if (sock == (unsigned int)SOCKET_ID_ANY)
			sock = s;
		else if (sock != s)
			return (unsigned int)SOCKET_ID_ANY;
	}
	return sock;
}

void
eal_thread_affinity_changed(const cpu_set_t *set)
{
	unsigned int lcore_id = rte_lcore_id();
	unsigned int sock = cpuset_socket(set);

	RTE_PER_LCORE(_socket_id) = sock;
	if (lcore_id == LCORE_ID_ANY)
		return;
	memcpy(&eal_lcores.lcore[lcore_id].cpuset, set, sizeof(*set));
	if (sock != (unsigned int)SOCKET_ID_ANY)
		eal_lcores.lcore[lcore_id].socket_id = sock;
}

void
eal_ctrl_cpuset(cpu_set_t *set)
{
	unsigned int lcore_id, cpu;

	if (eal_cpu_affinity(set) < 0)
		CPU_ZERO(set);
	if (!rte_eal_is_initialized())
		return;
	for (lcore_id = 0; lcore_id < RTE_MAX_LCORE; lcore_id++) {
		if (role_of(lcore_id) != ROLE_RTE)
			continue;
		for (cpu = 0; cpu < CPU_SETSIZE; cpu++)
			if (CPU_ISSET(cpu, &eal_lcores.lcore[lcore_id].cpuset))
				CPU_CLR(cpu, set);
	}
	/* Every CPU runs an lcore: share the main lcore's. */
	if (CPU_COUNT(set) == 0)
		memcpy(set, &eal_lcores.lcore[eal_lcores.main_lcore].cpuset,
			sizeof(*set));
}

rte_cpuset_t
rte_lcore_cpuset(unsigned int lcore_id)
{
	rte_cpuset_t set;

	CPU_ZERO(&set);
	if (lcore_valid(lcore_id) && role_of(lcore_id) != ROLE_OFF)
		memcpy(&set, &eal_lcores.lcore[lcore_id].cpuset, sizeof(set));
	return set;
}

void
eal_thread_set_lcore(unsigned int lcore_id)
{
	RTE_PER_LCORE(_lcore_id) = lcore_id;
	if (lcore_id == LCORE_ID_ANY)
		RTE_PER_LCORE(_socket_id) = (unsigned int)SOCKET_ID_ANY;
	else
		RTE_PER_LCORE(_socket_id) =
			eal_lcores.lcore[lcore_id].socket_id;
}

int
eal_lcores_init(void)
{
	unsigned int i, j, idx = 0, count = 0;

	eal_lcores.numa_count = 0;
	for (i = 0; i < RTE_MAX_LCORE; i++) {
		struct eal_lcore *lc = &eal_lcores.lcore[i];
		unsigned int sock;

		if (lc->role != ROLE_RTE) {
			lc->core_index = -1;
			continue;
		}
		lc->core_index = (int)idx++;
		count++;
		sock = cpuset_socket(&lc->cpuset);
		/* An lcore spanning nodes allocates from its first CPU's. */
		lc->socket_id = sock == (unsigned int)SOCKET_ID_ANY
			? eal_cpu_socket_id(lc->cpu_id)
			: sock;
		for (j = 0; j < eal_lcores.numa_count; j++)
			if (eal_lcores.numa_nodes[j] == lc->socket_id)
				break;
		if (j == eal_lcores.numa_count &&
			eal_lcores.numa_count < RTE_MAX_NUMA_NODES)
			eal_lcores.numa_nodes[eal_lcores.numa_count++] =
				lc->socket_id;
	}
	/* Ascending node order, as rte_socket_id_by_idx promises. */
	for (i = 1; i < eal_lcores.numa_count; i++)
		for (j = i; j > 0 &&
			eal_lcores.numa_nodes[j - 1] > eal_lcores.numa_nodes[j];
			j--) {
			unsigned int t = eal_lcores.numa_nodes[j];

			eal_lcores.numa_nodes[j] = eal_lcores.numa_nodes[j - 1];
			eal_lcores.numa_nodes[j - 1] = t;
		}
	__atomic_store_n(&eal_lcores.lcore_count, count, __ATOMIC_RELAXED);
	RTE_LOG(DEBUG, EAL, "%u lcores on %u NUMA node(s)\n", count,
		rte_socket_count());
	return 0;
}

int
rte_thread_register(void)
{
	unsigned int i;
	cpu_set_t set;

	/* Already an EAL or registered thread: nothing to do. */
	if (rte_lcore_id() != LCORE_ID_ANY)
		return 0;
	if (!rte_eal_is_initialized()) {
		rte_errno = EINVAL;
		return -1;
	}

	pthread_mutex_lock(&eal_lcore_lock);
	for (i = 0; i < RTE_MAX_LCORE; i++)
		if (role_of(i) == ROLE_OFF)
			break;
	if (i == RTE_MAX_LCORE) {
		pthread_mutex_unlock(&eal_lcore_lock);
		RTE_LOG(DEBUG, EAL, "no free lcore id for a non-EAL thread\n");
		rte_errno = ENOMEM;
		return -1;
	}
	CPU_ZERO(&set);
	pthread_getaffinity_np(pthread_self(), sizeof(set), &set);
	memcpy(&eal_lcores.lcore[i].cpuset, &set, sizeof(set));
	eal_lcores.lcore[i].socket_id = cpuset_socket(&set);
	eal_lcores.lcore[i].cpu_id = 0;
	eal_lcores.lcore[i].core_index = -1;
	__atomic_store_n(
		&eal_lcores.lcore[i].role, ROLE_NON_EAL, __ATOMIC_RELEASE);
	__atomic_fetch_add(&eal_lcores.lcore_count, 1, __ATOMIC_RELAXED);
	if (eal_lcore_callbacks_init(i) < 0) {
		__atomic_store_n(
			&eal_lcores.lcore[i].role, ROLE_OFF, __ATOMIC_RELEASE);
		__atomic_fetch_sub(
			&eal_lcores.lcore_count, 1, __ATOMIC_RELAXED);
		pthread_mutex_unlock(&eal_lcore_lock);
		RTE_LOG(DEBUG, EAL, "a callback refused lcore %u\n", i);
		rte_errno = ENOMEM;
		return -1;
	}
	pthread_mutex_unlock(&eal_lcore_lock);

	eal_thread_set_lcore(i);
	RTE_LOG(DEBUG, EAL, "registered non-EAL thread as lcore %u\n", i);
	return 0;
}

void
rte_thread_unregister(void)
{
	unsigned int lcore_id = rte_lcore_id();

	if (lcore_id == LCORE_ID_ANY || role_of(lcore_id) != ROLE_NON_EAL)
		return;
	pthread_mutex_lock(&eal_lcore_lock);
	eal_lcore_callbacks_uninit(lcore_id);
	__atomic_store_n(
		&eal_lcores.lcore[lcore_id].role, ROLE_OFF, __ATOMIC_RELEASE);
	__atomic_fetch_sub(&eal_lcores.lcore_count, 1, __ATOMIC_RELAXED);
	pthread_mutex_unlock(&eal_lcore_lock);
	eal_thread_set_lcore(LCORE_ID_ANY);
	RTE_LOG(DEBUG, EAL, "unregistered non-EAL thread (lcore %u)\n",
		lcore_id);
}
