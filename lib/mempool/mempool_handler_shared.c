/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * One handler index, one handler, in every process.
 *
 * Handlers register from constructors, in whatever order each binary's
 * link and load order gives, before any memory is shared. So the table
 * of this process is re-slotted once the EAL has memory (an init hook,
 * run before -d plugins load): the primary publishes its names in its
 * own order; a secondary moves each of its handlers to the index the
 * shared table gives its name, appends the names nobody had, and fills
 * every slot it cannot serve with a stub that fails with -ENOTSUP
 * instead of calling a stranger's code. Later registrations follow the
 * same rule (mempool_shared_slot_pick). The table stays a plain array:
 * the fast path is still one indexed load.
 *
 * Lock order: rte_mempool_ops_table.sl, then the shared lock.
 */

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cycles.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_log.h>
#include <rte_memzone.h>
#include <rte_string_fns.h>

#include "mempool_shared.h"
#include "rte_mempool.h"

/* How long a secondary waits for a primary still in rte_eal_init. */
#define MEMPOOL_SHARED_WAIT_MS 5000

/* The shared table once the hook ran in this EAL instance. */
static struct mempool_shared *shm;
/* This process's slot in shm->procs, -1 if none. */
static int self_proc = -1;
/* Stub slots that already logged their one line. */
static uint32_t stub_warned[RTE_MEMPOOL_MAX_OPS_IDX];

/* ----- stub for handlers this process lacks ----- */

static void
stub_warn(const struct rte_mempool *mp)
{
	char name[RTE_MEMPOOL_HANDLER_NAMESIZE];
	int idx = mp->ops_index;

	if (__atomic_exchange_n(&stub_warned[idx], 1, __ATOMIC_ACQ_REL) != 0)
		return;
	mempool_shared_handler_name(idx, name, sizeof(name));
	RTE_LOG(ERR, MEMPOOL,
		"pool %s: handler '%s' (index %d) is not registered in this "
		"process (pid %d); its operations fail with -ENOTSUP here\n",
		mp->name, name[0] ? name : "?", idx, (int)getpid());
}

static int
stub_alloc(struct rte_mempool *mp)
{
	stub_warn(mp);
	return -ENOTSUP;
}

static void
stub_free(struct rte_mempool *mp)
{
	stub_warn(mp);
}

static int
stub_enqueue(struct rte_mempool *mp, void *const *objs, unsigned int n)
{
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	stub_warn(mp);
	return -ENOTSUP;
}

static int
stub_dequeue(struct rte_mempool *mp, void **objs, unsigned int n)
{
	RTE_SET_USED(objs);
	RTE_SET_USED(n);
	stub_warn(mp);
	return -ENOTSUP;
}

static unsigned int
stub_get_count(const struct rte_mempool *mp)
{
	stub_warn(mp);
	return 0;
}

/* Empty name: registry lookups and walks skip stub slots. */
static const struct rte_mempool_ops stub_ops = {
	.name = "",
	.alloc = stub_alloc,
	.free = stub_free,
	.enqueue = stub_enqueue,
	.dequeue = stub_dequeue,
	.get_count = stub_get_count,
};

int
mempool_shared_is_stub(int idx)
{
	if (idx < 0 || idx >= RTE_MEMPOOL_MAX_OPS_IDX)
		return 0;
	return rte_mempool_ops_table.ops[idx].dequeue == stub_dequeue;
}

/* ----- the shared table ----- */

int
mempool_shared_active(void)
{
	return __atomic_load_n(&shm, __ATOMIC_ACQUIRE) != NULL &&
		rte_eal_is_initialized();
}

/* Caller holds s->lock. */
static int
shared_find(const struct mempool_shared *s, const char *name)
{
	uint32_t i;

	for (i = 0; i < s->count; i++)
		if (s->names[i][0] != '\0' &&
			strncmp(s->names[i], name,
				RTE_MEMPOOL_HANDLER_NAMESIZE) == 0)
			return (int)i;
	return -1;
}

/* Caller holds s->lock. Returns the new index or -ENOSPC. */
static int
shared_append(struct mempool_shared *s, const char *name)
{
	uint32_t idx = s->count;

	if (idx >= RTE_MEMPOOL_MAX_OPS_IDX) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot register handler %s: the handler table shared "
			"by all processes is full (%d names)\n",
			name, RTE_MEMPOOL_MAX_OPS_IDX);
		return -ENOSPC;
	}
	rte_strscpy(s->names[idx], name, RTE_MEMPOOL_HANDLER_NAMESIZE);
	/* Readers take no lock: the name is complete before the count. */
	__atomic_store_n(&s->count, idx + 1, __ATOMIC_RELEASE);
	return (int)idx;
}

int
mempool_shared_slot_pick(const char *name)
{
	struct mempool_shared *s = __atomic_load_n(&shm, __ATOMIC_ACQUIRE);
	int idx;

	rte_spinlock_lock(&s->lock);
	idx = shared_find(s, name);
	if (idx < 0)
		idx = shared_append(s, name);
	rte_spinlock_unlock(&s->lock);
	return idx;
}

const char *
mempool_shared_handler_name(int idx, char *buf, size_t len)
{
	struct mempool_shared *s = __atomic_load_n(&shm, __ATOMIC_ACQUIRE);

	if (len == 0)
		return buf;
	buf[0] = '\0';
	if (idx < 0 || idx >= RTE_MEMPOOL_MAX_OPS_IDX)
		return buf;
	if (!mempool_shared_is_stub(idx)) {
		rte_strscpy(buf, rte_mempool_ops_table.ops[idx].name, len);
		return buf;
	}
	if (s != NULL &&
		(uint32_t)idx < __atomic_load_n(&s->count, __ATOMIC_ACQUIRE))
		rte_strscpy(buf, s->names[idx],
			RTE_MIN(len, (size_t)RTE_MEMPOOL_HANDLER_NAMESIZE));
	return buf;
}

/* ----- lcore ids of the attached processes ----- */

static int
pid_alive(int32_t pid)
{
	return pid > 0 && (kill(pid, 0) == 0 || errno == EPERM);
}

static void
lcores_of_this_process(uint64_t *bits)
{
	unsigned int i;

	memset(bits, 0, MEMPOOL_SHARED_LCORE_WORDS * sizeof(*bits));
	RTE_LCORE_FOREACH(i)
		bits[i / 64] |= UINT64_C(1) << (i % 64);
}

/*
 * First lcore id this process shares with another live process, or -1.
 * Caller holds s->lock.
 */
static int
lcore_conflict(const struct mempool_shared *s, int32_t *other)
{
	int32_t me = (int32_t)getpid();
	uint64_t mine[MEMPOOL_SHARED_LCORE_WORDS];
	unsigned int p, w;

	lcores_of_this_process(mine);
	for (p = 0; p < MEMPOOL_SHARED_MAX_PROCS; p++) {
		const struct mempool_shared_proc *pr = &s->procs[p];

		if (pr->pid == 0 || pr->pid == me || !pid_alive(pr->pid))
			continue;
		for (w = 0; w < MEMPOOL_SHARED_LCORE_WORDS; w++) {
			uint64_t both = mine[w] & pr->lcores[w];

			if (both != 0) {
				*other = pr->pid;
				return (int)(w * 64 + __builtin_ctzll(both));
			}
		}
	}
	return -1;
}

/*
 * Record this process's lcore ids; slots of dead processes are reused.
 * Caller holds s->lock.
 */
static void
proc_register(struct mempool_shared *s, int primary)
{
	int32_t me = (int32_t)getpid();
	struct mempool_shared_proc *slot = NULL;
	unsigned int p;

	for (p = 0; p < MEMPOOL_SHARED_MAX_PROCS; p++) {
		struct mempool_shared_proc *pr = &s->procs[p];

		if (pr->pid == me) {
			slot = pr;
			break;
		}
		if (slot == NULL && (pr->pid == 0 || !pid_alive(pr->pid)))
			slot = pr;
	}
	if (slot == NULL) {
		RTE_LOG(WARNING, MEMPOOL,
			"more than %d processes attached: lcore ids of pid %d "
			"are not checked against the others\n",
			MEMPOOL_SHARED_MAX_PROCS, (int)me);
		return;
	}
	lcores_of_this_process(slot->lcores);
	slot->primary = primary ? 1 : 0;
	slot->pid = me;
	__atomic_store_n(&self_proc, (int)(slot - s->procs), __ATOMIC_RELEASE);
}

int
mempool_shared_proc_index(void)
{
	if (__atomic_load_n(&shm, __ATOMIC_ACQUIRE) == NULL)
		return -1;
	return __atomic_load_n(&self_proc, __ATOMIC_ACQUIRE);
}

unsigned int
mempool_shared_proc_walk(
	void (*cb)(int slot, int32_t pid, const uint64_t *lcores, void *arg),
	void *arg)
{
	struct mempool_shared *s = __atomic_load_n(&shm, __ATOMIC_ACQUIRE);
	unsigned int p, n = 0;

	if (s == NULL)
		return 0;
	rte_spinlock_lock(&s->lock);
	for (p = 0; p < MEMPOOL_SHARED_MAX_PROCS; p++) {
		const struct mempool_shared_proc *pr = &s->procs[p];

		if (pr->pid == 0 || !pid_alive(pr->pid))
			continue;
		cb((int)p, pr->pid, pr->lcores, arg);
		n++;
	}
	rte_spinlock_unlock(&s->lock);
	return n;
}

/* A pool on a process-local handler, created by another process. */
static int
foreign_local_pool(const struct rte_mempool *mp)
{
	const struct rte_mempool_ops *ops;

	if (mp->ops_index < 0 || mp->ops_index >= RTE_MEMPOOL_MAX_OPS_IDX)
		return 0;
	ops = &rte_mempool_ops_table.ops[mp->ops_index];
	return (ops->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL) &&
		mp->creator_pid != 0 && mp->creator_pid != (int32_t)getpid();
}

int
mempool_shared_lookup_check(const struct rte_mempool *mp)
{
	struct mempool_shared *s = __atomic_load_n(&shm, __ATOMIC_ACQUIRE);
	const struct rte_mempool_ops *ops;
	int32_t me = (int32_t)getpid(), other = 0;
	int lcore;

	if (mp->ops_index < 0 || mp->ops_index >= RTE_MEMPOOL_MAX_OPS_IDX)
		return 0;
	ops = &rte_mempool_ops_table.ops[mp->ops_index];
	if (foreign_local_pool(mp)) {
		RTE_LOG(ERR, MEMPOOL,
			"pool %s uses the process-local handler %s and belongs "
			"to process %d: process %d cannot use it\n",
			mp->name, ops->name, (int)mp->creator_pid, (int)me);
		rte_errno = ENOTSUP;
		return -1;
	}
	if (mp->cache_size == 0 || s == NULL ||
		rte_eal_process_type() != RTE_PROC_SECONDARY)
		return 0;
	rte_spinlock_lock(&s->lock);
	lcore = lcore_conflict(s, &other);
	rte_spinlock_unlock(&s->lock);
	if (lcore < 0)
		return 0;
	RTE_LOG(ERR, MEMPOOL,
		"pool %s has per-lcore caches and lcore id %d of this process "
		"is also used by process %d: both would use one cache slot; "
		"give each process distinct lcore ids (e.g. --lcores=2@0)\n",
		mp->name, lcore, (int)other);
	rte_errno = EBUSY;
	return -1;
}

int
mempool_shared_pool_dump(FILE *f, const struct rte_mempool *mp)
{
	char name[RTE_MEMPOOL_HANDLER_NAMESIZE];

	fprintf(f, "  created_by_pid=%d\n", (int)mp->creator_pid);
	if (mempool_shared_is_stub(mp->ops_index)) {
		mempool_shared_handler_name(mp->ops_index, name, sizeof(name));
		fprintf(f,
			"  handler %s is not registered in this process: "
			"operations fail with -ENOTSUP\n",
			name[0] ? name : "?");
		return 0;
	}
	if (!foreign_local_pool(mp))
		return 0;
	fprintf(f,
		"  process-local pool of pid %d: NOT usable in this process "
		"(objects and counts are private to pid %d)\n",
		(int)mp->creator_pid, (int)mp->creator_pid);
	return -1;
}

int
mempool_shared_free_check(const struct rte_mempool *mp)
{
	if (!foreign_local_pool(mp))
		return 0;
	RTE_LOG(ERR, MEMPOOL,
		"cannot free pool %s: it uses a process-local handler and "
		"belongs to process %d\n",
		mp->name, (int)mp->creator_pid);
	rte_errno = ENOTSUP;
	return -1;
}

struct mz_find {
	const void *want;
	const struct rte_memzone *found;
};

static void
mz_find_cb(const struct rte_memzone *mz, void *arg)
{
	struct mz_find *f = arg;

	if ((const void *)mz == f->want)
		f->found = mz;
}

int
mempool_shared_foreign_chunk_free(
	const struct rte_mempool *mp, struct rte_mempool_memhdr *memhdr)
{
	struct mz_find f = {.want = memhdr->opaque, .found = NULL};

	if (mp->creator_pid == 0 || mp->creator_pid == (int32_t)getpid())
		return 0;
	/* The pool's own memzone chunks: opaque is the memzone. */
	rte_memzone_walk(mz_find_cb, &f);
	if (f.found != NULL && f.found->addr <= memhdr->addr &&
		RTE_PTR_ADD(f.found->addr, f.found->len) >
			(void *)memhdr->addr) {
		rte_memzone_free(f.found);
		return 1;
	}
	RTE_LOG(WARNING, MEMPOOL,
		"pool %s: a memory chunk populated by process %d cannot be "
		"released by process %d (its free callback lives there): "
		"%zu bytes leaked\n",
		mp->name, (int)mp->creator_pid, (int)getpid(), memhdr->len);
	return 1;
}

/* ----- the init hook ----- */

static struct mempool_shared *
shared_create(void)
{
	const struct rte_memzone *mz;
	struct mempool_shared *s;

	mz = rte_memzone_reserve(
		MEMPOOL_SHARED_MZ, sizeof(*s), SOCKET_ID_ANY, 0);
	if (mz == NULL) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot reserve memzone %s for the shared handler "
			"table: %s\n",
			MEMPOOL_SHARED_MZ, rte_strerror(rte_errno));
		return NULL;
	}
	s = mz->addr;
	memset(s, 0, sizeof(*s));
	rte_spinlock_init(&s->lock);
	s->version = MEMPOOL_SHARED_VERSION;
	s->struct_size = sizeof(*s);
	return s;
}

/* The primary may still be inside rte_eal_init: wait a little. */
static struct mempool_shared *
shared_attach(void)
{
	const struct rte_memzone *mz = NULL;
	struct mempool_shared *s;
	unsigned int ms;

	for (ms = 0; ms < MEMPOOL_SHARED_WAIT_MS; ms++) {
		mz = rte_memzone_lookup(MEMPOOL_SHARED_MZ);
		if (mz != NULL &&
			__atomic_load_n(
				&((struct mempool_shared *)mz->addr)->magic,
				__ATOMIC_ACQUIRE) == MEMPOOL_SHARED_MAGIC)
			break;
		rte_delay_us_sleep(1000);
	}
	if (ms == MEMPOOL_SHARED_WAIT_MS) {
		RTE_LOG(ERR, MEMPOOL,
			"the primary published no mempool handler table "
			"(memzone %s) within %d ms\n",
			MEMPOOL_SHARED_MZ, MEMPOOL_SHARED_WAIT_MS);
		rte_errno = ENOENT;
		return NULL;
	}
	s = mz->addr;
	if (s->version != MEMPOOL_SHARED_VERSION ||
		s->struct_size != sizeof(*s) || mz->len < sizeof(*s)) {
		RTE_LOG(ERR, MEMPOOL,
			"the primary's mempool handler table has layout "
			"version %u (%u bytes), this process expects %u (%zu "
			"bytes): run the same DPDK build in every process\n",
			s->version, s->struct_size, MEMPOOL_SHARED_VERSION,
			sizeof(*s));
		rte_errno = EPROTO;
		return NULL;
	}
	return s;
}

/*
 * Build this process's table in shared order. Caller holds both locks.
 * Returns 0 or a negative errno (nothing changed then).
 */
static int
reslot(struct mempool_shared *s, int primary)
{
	struct rte_mempool_ops_table *t = &rte_mempool_ops_table;
	static struct rte_mempool_ops next[RTE_MEMPOOL_MAX_OPS_IDX];
	uint8_t filled[RTE_MEMPOOL_MAX_OPS_IDX] = {0};
	uint32_t i, n = t->num_ops, top = 0;
	int idx;

	for (i = 0; i < n; i++) {
		const struct rte_mempool_ops *h = &t->ops[i];

		if (primary) {
			/* Indices unchanged; a stub left by an earlier
			 * init is published as a hole. */
			rte_strscpy(s->names[i],
				mempool_shared_is_stub(i) ? "" : h->name,
				RTE_MEMPOOL_HANDLER_NAMESIZE);
			if (h->name[0] == '\0')
				continue;
			idx = (int)i;
		} else {
			if (h->name[0] == '\0')
				continue;
			idx = shared_find(s, h->name);
			if (idx < 0)
				idx = shared_append(s, h->name);
			if (idx < 0)
				return idx;
		}
		next[idx] = *h;
		filled[idx] = 1;
		if ((uint32_t)idx + 1 > top)
			top = (uint32_t)idx + 1;
	}
	if (primary)
		__atomic_store_n(&s->count, n, __ATOMIC_RELEASE);
	for (i = 0; i < RTE_MEMPOOL_MAX_OPS_IDX; i++)
		if (!filled[i])
			next[i] = stub_ops;
	memcpy(t->ops, next, sizeof(next));
	__atomic_store_n(&t->num_ops, top, __ATOMIC_RELEASE);
	memset(stub_warned, 0, sizeof(stub_warned));
	return 0;
}

static int
mempool_shared_sync(void)
{
	int primary = rte_eal_process_type() == RTE_PROC_PRIMARY;
	struct mempool_shared *s;
	int32_t other = 0;
	int ret, lcore = -1;

	__atomic_store_n(&shm, NULL, __ATOMIC_RELEASE);
	__atomic_store_n(&self_proc, -1, __ATOMIC_RELEASE);
	s = primary ? shared_create() : shared_attach();
	if (s == NULL)
		return -rte_errno;

	rte_spinlock_lock(&rte_mempool_ops_table.sl);
	rte_spinlock_lock(&s->lock);
	ret = reslot(s, primary);
	if (ret == 0) {
		proc_register(s, primary);
		lcore = primary ? -1 : lcore_conflict(s, &other);
	}
	rte_spinlock_unlock(&s->lock);
	if (ret == 0)
		__atomic_store_n(&shm, s, __ATOMIC_RELEASE);
	rte_spinlock_unlock(&rte_mempool_ops_table.sl);
	if (ret < 0) {
		rte_errno = -ret;
		return ret;
	}
	if (primary)
		__atomic_store_n(
			&s->magic, MEMPOOL_SHARED_MAGIC, __ATOMIC_RELEASE);
	else if (lcore >= 0)
		RTE_LOG(WARNING, MEMPOOL,
			"lcore id %d is also used by process %d: this "
			"secondary cannot use pools with per-lcore caches "
			"(use --lcores to pick distinct ids, e.g. "
			"--lcores=2@0)\n",
			lcore, (int)other);
	return 0;
}

RTE_INIT(mempool_shared_hook)
{
	rte_eal_init_hook_register(
		"mempool handler table", mempool_shared_sync);
}
