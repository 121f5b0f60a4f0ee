/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Process liveness (pid + start time) and the slow path of robust
 * locks (rte_robust_lock.h), and the undo journal of eal_robust.h.
 * Every liveness check of the EAL and the libraries above goes through
 * rte_eal_proc_alive().
 */

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_debug.h>
#include <rte_log.h>
#include <rte_pause.h>
#include <rte_robust_lock.h>

#include "eal_memcfg.h"
#include "eal_robust.h"

/* Spins before a waiter starts yielding, and yields between checks. */
#define ROBUST_SPINS 1024
#define ROBUST_YIELDS_PER_CHECK 64

/* 0 until first asked for, and again in a forked child. */
uint64_t __rte_eal_owner_self;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

uint64_t
rte_eal_proc_start_time(int32_t pid)
{
	char path[64], buf[1024];
	const char *p;
	unsigned long long start;
	ssize_t n;
	int fd, field;

	if (pid <= 0)
		return 0;
	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	/* The command name (field 2) may hold spaces and ')'. */
	p = strrchr(buf, ')');
	if (p == NULL || p[1] != ' ')
		return 0;
	p += 2;
	/* Field 3: state. A zombie or dead task is no owner any more. */
	if (*p == 'Z' || *p == 'X' || *p == 'x')
		return 0;
	for (field = 3; field < 22; field++) {
		p = strchr(p, ' ');
		if (p == NULL)
			return 0;
		p++;
	}
	if (sscanf(p, "%llu", &start) != 1)
		return 0;
	return start;
}

/* Whether /proc answers at all (it may not be mounted in a container). */
static int
proc_usable(void)
{
	static int usable = -1;

	if (usable < 0)
		usable = access("/proc/self/stat", R_OK) == 0;
	return usable;
}

int
rte_eal_proc_alive(int32_t pid, uint64_t start_time)
{
	uint64_t now;

	if (pid <= 0)
		return 0;
	now = rte_eal_proc_start_time(pid);
	if (now == 0) {
		/* Without /proc the pid alone can answer (zombies pass). */
		if (!proc_usable())
			return kill(pid, 0) == 0 || errno == EPERM;
		return 0;
	}
	/*
	 * A recorded start time of 0 comes only from a process without
	 * /proc; we have it, so such a record is not trusted.
	 */
	return start_time != 0 && (uint32_t)now == (uint32_t)start_time;
}

int
rte_eal_owner_alive(uint64_t owner)
{
	if (owner == 0)
		return 0;
	if (owner == rte_eal_owner_id())
		return 1;
	return rte_eal_proc_alive(rte_eal_owner_id_pid(owner), owner >> 32);
}

static void
owner_reset_child(void)
{
	__atomic_store_n(&__rte_eal_owner_self, 0, __ATOMIC_RELAXED);
}

static void
owner_atfork(void)
{
	pthread_atfork(NULL, NULL, owner_reset_child);
}

uint64_t
rte_eal_owner_id(void)
{
	uint64_t id = __atomic_load_n(&__rte_eal_owner_self, __ATOMIC_RELAXED);
	int32_t pid;

	if (likely(id != 0))
		return id;
	pthread_once(&atfork_once, owner_atfork);
	pid = (int32_t)getpid();
	/* Without /proc the pid alone names us; a start time of 0 then. */
	id = rte_eal_owner_id_make(pid, rte_eal_proc_start_time(pid));
	__atomic_store_n(&__rte_eal_owner_self, id, __ATOMIC_RELAXED);
	return id;
}

int
rte_robust_lock_wait(rte_robust_lock_t *l)
{
	uint64_t me = rte_eal_owner_id();
	unsigned int spins = 0, yields = 0;

	for (;;) {
		uint64_t cur = __atomic_load_n(&l->owner, __ATOMIC_RELAXED);

		if (cur == 0) {
			if (__atomic_compare_exchange_n(&l->owner, &cur, me, 0,
				    __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
				return 0;
			continue;
		}
		if (spins < ROBUST_SPINS) {
			spins++;
			rte_pause();
			continue;
		}
		sched_yield();
		if (++yields % ROBUST_YIELDS_PER_CHECK != 0)
			continue;
		if (cur == me || rte_eal_owner_alive(cur))
			continue;
		/* Only one waiter wins the swap from the dead owner's id. */
		if (__atomic_compare_exchange_n(&l->owner, &cur, me, 0,
			    __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
			RTE_LOG(NOTICE, EAL,
				"took over lock %p from dead process %d\n",
				(void *)l, (int)rte_eal_owner_id_pid(cur));
			return 1;
		}
	}
}

/* ----- undo journal ----- */

_Thread_local uint64_t *eal_heap_record;

/* Whether [addr, addr + len) lies in the config or the arena. */
static int
undo_addr_ok(uint64_t addr, uint64_t len)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();

	if (len > EAL_UNDO_LINE || addr + len < addr)
		return 0;
	if (mcfg != NULL && addr >= mcfg->hdr.config_addr &&
		addr + len <= mcfg->hdr.config_addr + mcfg->hdr.config_size)
		return 1;
	/* --in-memory: the config is process memory but the same rule. */
	if (mcfg != NULL && addr >= (uintptr_t)mcfg &&
		addr + len <= (uintptr_t)mcfg + sizeof(*mcfg))
		return 1;
	return eal_addr_in_arena((const void *)(uintptr_t)addr, len);
}

void
eal_undo_begin(struct eal_undo *u, uint32_t op)
{
	u->n = 0;
	u->arg = 0;
	__atomic_store_n(&u->op, op, __ATOMIC_RELEASE);
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
}

void
eal_undo_save(struct eal_undo *u, const void *addr, size_t len)
{
	uintptr_t a = (uintptr_t)addr;
	uint32_t i, n = u->n;

	while (len > 0) {
		size_t chunk = RTE_MIN(len, (size_t)EAL_UNDO_LINE);
		int seen = 0;

		/* The oldest copy is the one to restore: keep only it. */
		for (i = 0; i < n; i++)
			if (u->e[i].addr == a && u->e[i].len >= chunk) {
				seen = 1;
				break;
			}
		if (!seen) {
			RTE_VERIFY(n < EAL_UNDO_MAX);
			u->e[n].addr = a;
			u->e[n].len = (uint32_t)chunk;
			memcpy(u->e[n].data, (const void *)a, chunk);
			/*
			 * The copy is whole before it counts, and it counts
			 * before the caller writes the range. Only the
			 * compiler can reorder against a process death: a
			 * process stops at an instruction boundary with all
			 * earlier stores done, so a compiler barrier is
			 * enough (and the lock orders threads).
			 */
			__atomic_store_n(&u->n, ++n, __ATOMIC_RELEASE);
			__atomic_signal_fence(__ATOMIC_SEQ_CST);
		}
		a += chunk;
		len -= chunk;
	}
}

void
eal_undo_commit(struct eal_undo *u)
{
	__atomic_store_n(&u->op, EAL_UNDO_NONE, __ATOMIC_RELEASE);
	__atomic_store_n(&u->n, 0, __ATOMIC_RELEASE);
	u->arg = 0;
}

unsigned int
eal_undo_rollback(struct eal_undo *u)
{
	uint32_t n = __atomic_load_n(&u->n, __ATOMIC_ACQUIRE), i, done = 0;

	if (n > EAL_UNDO_MAX)
		n = EAL_UNDO_MAX;
	/* Newest first, so the oldest copy of a range is the last word. */
	for (i = n; i-- > 0;) {
		const struct eal_undo_entry *e = &u->e[i];

		if (!undo_addr_ok(e->addr, e->len)) {
			RTE_LOG(ERR, EAL,
				"undo record %u of %p names 0x%" PRIx64
				" outside shared memory: skipped\n",
				i, (void *)u, e->addr);
			continue;
		}
		memcpy((void *)(uintptr_t)e->addr, e->data, e->len);
		done++;
	}
	__atomic_store_n(&u->n, 0, __ATOMIC_RELEASE);
	return done;
}
