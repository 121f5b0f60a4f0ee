/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The handler registry: this process's handler table
 * (rte_mempool_ops_table), reached by both spellings
 * (rte_mempool_handler_register / rte_mempool_register_ops), lookups,
 * walks, the ops wrappers the core calls, and the placement of each
 * handler at the index the shared name table gives its name (at EAL
 * init and for every later registration), with stand-ins for indices
 * this process cannot serve. It owns rte_mempool_ops_table; it does not
 * touch pools (rte_mempool.c) or the default memory layout
 * (rte_mempool_handler_default.c), which it only calls.
 *
 * Lock order: rte_mempool_ops_table.sl, then the name table's lock.
 */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_spinlock.h>
#include <rte_string_fns.h>

#include "rte_mempool.h"
#include "mempool_handler.h"
#include "mempool_name_table.h"

struct rte_mempool_ops_table rte_mempool_ops_table = {
	.sl = RTE_SPINLOCK_INITIALIZER,
	.num_ops = 0,
};

/* Stub slots that already logged their one line. */
static uint32_t stub_warned[RTE_MEMPOOL_MAX_OPS_IDX];

/* ----- stand-ins for handlers this process lacks ----- */

static void
stub_warn(const struct rte_mempool *mp)
{
	char name[RTE_MEMPOOL_HANDLER_NAMESIZE];
	int idx = mp->ops_index;

	if (__atomic_exchange_n(&stub_warned[idx], 1, __ATOMIC_ACQ_REL) != 0)
		return;
	mempool_handler_name(idx, name, sizeof(name));
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
mempool_handler_is_stub(int idx)
{
	if (idx < 0 || idx >= RTE_MEMPOOL_MAX_OPS_IDX)
		return 0;
	return rte_mempool_ops_table.ops[idx].dequeue == stub_dequeue;
}

const char *
mempool_handler_name(int idx, char *buf, size_t len)
{
	if (len == 0)
		return buf;
	buf[0] = '\0';
	if (idx < 0 || idx >= RTE_MEMPOOL_MAX_OPS_IDX)
		return buf;
	if (!mempool_handler_is_stub(idx)) {
		rte_strscpy(buf, rte_mempool_ops_table.ops[idx].name, len);
		return buf;
	}
	return mempool_name_table_name(idx, buf, len);
}

/*
 * Slot of a new handler; the caller holds the table lock and has
 * checked the name is not taken. Once the EAL is up, the index every
 * attached process uses for that name.
 */
static int
handler_slot_pick(const char *name)
{
	if (mempool_name_table_get() != NULL && rte_eal_is_initialized())
		return mempool_name_table_index(name);
	if (rte_mempool_ops_table.num_ops >= RTE_MEMPOOL_MAX_OPS_IDX)
		return -ENOSPC;
	return (int)rte_mempool_ops_table.num_ops;
}

/* Caller holds the lock. Returns the slot or -1. */
static int
handler_find_locked(const char *name)
{
	uint32_t i;

	for (i = 0; i < rte_mempool_ops_table.num_ops; i++)
		if (rte_mempool_ops_table.ops[i].name[0] != '\0' &&
			strcmp(rte_mempool_ops_table.ops[i].name, name) == 0)
			return (int)i;
	return -1;
}

static const char *
handler_missing_callback(const struct rte_mempool_handler *h)
{
	if (h->alloc == NULL)
		return "alloc";
	if (h->put == NULL)
		return "put/enqueue";
	if (h->get == NULL)
		return "get/dequeue";
	if (h->get_count == NULL)
		return "get_count";
	if (h->free == NULL)
		return "free";
	if ((h->flags & RTE_MEMPOOL_HANDLER_F_OWN_MEMORY) &&
		h->populate == NULL)
		return "populate (required by "
		       "RTE_MEMPOOL_HANDLER_F_OWN_MEMORY)";
	return NULL;
}

/* Report a refused registration: one log line, and to the EAL so that a
 * plugin whose handler is refused makes rte_eal_init fail. */
static int
	__rte_format_printf(2, 3) handler_refuse(int err, const char *fmt, ...)
{
	char why[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	RTE_LOG(ERR, MEMPOOL, "cannot register handler: %s\n", why);
	rte_eal_plugin_error_report(err);
	return err;
}

int
rte_mempool_handler_register(const struct rte_mempool_handler *h)
{
	const char *missing;
	size_t len;
	int idx;

	if (h == NULL)
		return handler_refuse(-EINVAL, "NULL handler");
	len = strnlen(h->name, RTE_MEMPOOL_HANDLER_NAMESIZE);
	if (len == 0)
		return handler_refuse(-EINVAL, "empty name");
	if (len >= RTE_MEMPOOL_HANDLER_NAMESIZE)
		return handler_refuse(-ENAMETOOLONG,
			"name '%.32s...' has %d characters or more", h->name,
			RTE_MEMPOOL_HANDLER_NAMESIZE);
	missing = handler_missing_callback(h);
	if (missing != NULL)
		return handler_refuse(
			-EINVAL, "%s has no %s callback", h->name, missing);
	if (h->flags & ~RTE_MEMPOOL_HANDLER_F_ALL)
		return handler_refuse(-EINVAL, "%s has unknown flags 0x%x",
			h->name, h->flags & ~RTE_MEMPOOL_HANDLER_F_ALL);

	rte_spinlock_lock(&rte_mempool_ops_table.sl);
	idx = handler_find_locked(h->name);
	if (idx >= 0) {
		/*
		 * A second provider of a name (a driver both built in and
		 * found as a plugin, or two vendors' plugins) is refused
		 * without failing rte_eal_init: the first one stays.
		 */
		const void *first_code =
			(const void *)(uintptr_t)rte_mempool_ops_table.ops[idx]
				.alloc;
		char first[256], second[256];

		rte_spinlock_unlock(&rte_mempool_ops_table.sl);
		rte_eal_plugin_provider(first_code, first, sizeof(first));
		rte_eal_plugin_provider(NULL, second, sizeof(second));
		RTE_LOG(WARNING, MEMPOOL,
			"handler %s from %s ignored: name already registered "
			"by %s\n",
			h->name, second, first);
		return -EEXIST;
	}
	idx = handler_slot_pick(h->name);
	if (idx < 0) {
		rte_spinlock_unlock(&rte_mempool_ops_table.sl);
		return handler_refuse(idx, "%s: table full (%d handlers)",
			h->name, RTE_MEMPOOL_MAX_OPS_IDX);
	}
	rte_mempool_ops_table.ops[idx] = *h;
	/* Publish the slot after its contents (walkers take no lock). */
	if ((uint32_t)idx >= rte_mempool_ops_table.num_ops)
		__atomic_store_n(&rte_mempool_ops_table.num_ops, idx + 1,
			__ATOMIC_RELEASE);
	/* Before EAL init, mempool_handler_sync tells the others. */
	if (mempool_name_table_get() != NULL && rte_eal_is_initialized())
		mempool_name_table_serve(idx, h->flags);
	rte_spinlock_unlock(&rte_mempool_ops_table.sl);
	return idx;
}

int
rte_mempool_register_ops(const struct rte_mempool_ops *ops)
{
	return rte_mempool_handler_register(ops);
}

int
rte_get_mempool_handler(const char *name)
{
	int idx;

	if (name == NULL) {
		RTE_LOG(ERR, MEMPOOL, "handler lookup: NULL name\n");
		rte_errno = EINVAL;
		return -1;
	}
	rte_spinlock_lock(&rte_mempool_ops_table.sl);
	idx = handler_find_locked(name);
	rte_spinlock_unlock(&rte_mempool_ops_table.sl);
	if (idx < 0) {
		RTE_LOG(DEBUG, MEMPOOL, "handler lookup: no handler %s\n",
			name);
		rte_errno = ENOENT;
	}
	return idx;
}

int
rte_mempool_handler_walk(
	int (*f)(const struct rte_mempool_handler *h, int idx, void *arg),
	void *arg)
{
	uint32_t i, n;
	int visited = 0;

	if (f == NULL)
		return 0;
	/* Slots are never removed, so no lock is held while f runs. */
	n = __atomic_load_n(&rte_mempool_ops_table.num_ops, __ATOMIC_ACQUIRE);
	for (i = 0; i < n; i++) {
		const struct rte_mempool_handler *h =
			&rte_mempool_ops_table.ops[i];

		if (h->name[0] == '\0')
			continue;
		visited++;
		if (f(h, (int)i, arg) != 0)
			break;
	}
	return visited;
}

/* Fill info for idx of the shared table: 0, or -1 if it names nothing. */
static int
info_fill_shared(int idx, struct rte_mempool_handler_info *info)
{
	const struct rte_mempool_handler *h = &rte_mempool_ops_table.ops[idx];
	unsigned int n;

	memset(info, 0, sizeof(*info));
	info->index = idx;
	info->registered_here =
		idx < (int)__atomic_load_n(&rte_mempool_ops_table.num_ops,
			      __ATOMIC_ACQUIRE) &&
		!mempool_handler_is_stub(idx) && h->name[0] != '\0';
	if (info->registered_here) {
		rte_strscpy(info->name, h->name, sizeof(info->name));
		info->flags = h->flags;
	} else {
		mempool_name_table_name(idx, info->name, sizeof(info->name));
		if (info->name[0] == '\0')
			return -1;
		mempool_name_table_flags(idx, &info->flags);
	}
	n = mempool_name_table_servers(idx, info->procs, RTE_DIM(info->procs));
	info->nb_procs = RTE_MIN(n, (unsigned int)RTE_DIM(info->procs));
	return 0;
}

struct info_walk {
	int (*f)(const struct rte_mempool_handler_info *info, void *arg);
	void *arg;
	int visited;
};

/* Without a shared table (before EAL init): this process's handlers. */
static int
info_local(const struct rte_mempool_handler *h, int idx, void *arg)
{
	struct info_walk *w = arg;
	struct rte_mempool_handler_info info;

	memset(&info, 0, sizeof(info));
	info.index = idx;
	rte_strscpy(info.name, h->name, sizeof(info.name));
	info.flags = h->flags;
	info.registered_here = 1;
	info.nb_procs = 1;
	info.procs[0] = (int32_t)getpid();
	w->visited++;
	return w->f(&info, w->arg);
}

int
rte_mempool_handler_info_walk(
	int (*f)(const struct rte_mempool_handler_info *info, void *arg),
	void *arg)
{
	struct info_walk w = {.f = f, .arg = arg, .visited = 0};
	struct rte_mempool_handler_info info;
	unsigned int i, n;

	if (f == NULL)
		return 0;
	n = mempool_name_table_count();
	if (mempool_name_table_get() == NULL) {
		rte_mempool_handler_walk(info_local, &w);
		return w.visited;
	}
	/* Indices and names are never removed: no lock while f runs. */
	for (i = 0; i < n; i++) {
		if (info_fill_shared((int)i, &info) < 0)
			continue;
		w.visited++;
		if (f(&info, arg) != 0)
			break;
	}
	return w.visited;
}

static int
handler_dump_one(const struct rte_mempool_handler *h, int idx, void *arg)
{
	FILE *f = arg;

	fprintf(f, "  %2d: %-32s flags=0x%x%s%s%s%s\n", idx, h->name, h->flags,
		h->calc_mem_size ? " calc_mem_size" : "",
		h->populate ? " populate" : "", h->get_info ? " get_info" : "",
		h->dequeue_contig_blocks ? " dequeue_contig_blocks" : "");
	return 0;
}

void
rte_mempool_handler_dump(FILE *f)
{
	if (f == NULL)
		f = stdout;
	fprintf(f, "mempool handlers (%u of %d slots):\n",
		rte_mempool_ops_table.num_ops, RTE_MEMPOOL_MAX_OPS_IDX);
	rte_mempool_handler_walk(handler_dump_one, f);
}

struct names_buf {
	char *buf;
	size_t size;
	size_t used;
};

static int
handler_name_append(const struct rte_mempool_handler *h, int idx, void *arg)
{
	struct names_buf *nb = arg;
	int r;

	RTE_SET_USED(idx);
	if (nb->used >= nb->size)
		return 1;
	r = snprintf(nb->buf + nb->used, nb->size - nb->used, "%s%s",
		nb->used ? ", " : "", h->name);
	if (r > 0)
		nb->used += (size_t)r;
	return 0;
}

int
mempool_handler_find_or_log(const char *name, const char *context)
{
	char names[RTE_MEMPOOL_MAX_OPS_IDX *
		(RTE_MEMPOOL_HANDLER_NAMESIZE + 2)];
	struct names_buf nb = {.buf = names, .size = sizeof(names), .used = 0};
	int idx = rte_get_mempool_handler(name);

	if (idx >= 0 || name == NULL)
		return idx;
	names[0] = '\0';
	rte_mempool_handler_walk(handler_name_append, &nb);
	RTE_LOG(ERR, MEMPOOL,
		"%s: unknown mempool handler '%s' (registered: %s)\n", context,
		name, names);
	rte_errno = ENOENT;
	return -1;
}

/* Choose a pool's handler: 0 or -EINVAL, -EEXIST, -ENOENT (logged). */
static int
handler_set(struct rte_mempool *mp, const char *name, void *pool_config)
{
	char context[RTE_MEMPOOL_NAMESIZE + 16];
	int idx;

	if (mp == NULL || name == NULL) {
		RTE_LOG(ERR, MEMPOOL, "cannot set handler: NULL %s\n",
			mp == NULL ? "pool" : "handler name");
		return -EINVAL;
	}
	/* The store exists already: switching would strand its objects. */
	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot set handler %s on pool %s: already populated\n",
			name, mp->name);
		return -EEXIST;
	}
	snprintf(context, sizeof(context), "pool %s", mp->name);
	idx = mempool_handler_find_or_log(name, context);
	if (idx < 0)
		return -ENOENT;
	mp->ops_index = idx;
	mp->pool_config = pool_config;
	return 0;
}

int
rte_mempool_set_ops_byname(
	struct rte_mempool *mp, const char *name, void *pool_config)
{
	int ret = handler_set(mp, name, pool_config);

	/* DPDK's code for a name no handler has. */
	return ret == -ENOENT ? -EINVAL : ret;
}

int
rte_mempool_set_handler(struct rte_mempool *mp, const char *name)
{
	return handler_set(mp, name, NULL);
}

int
rte_mempool_ops_alloc(struct rte_mempool *mp)
{
	return rte_mempool_get_ops(mp->ops_index)->alloc(mp);
}

void
rte_mempool_ops_free(struct rte_mempool *mp)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->free != NULL)
		ops->free(mp);
}

unsigned int
rte_mempool_ops_get_count(const struct rte_mempool *mp)
{
	return rte_mempool_get_ops(mp->ops_index)->get_count(mp);
}

ssize_t
rte_mempool_ops_calc_mem_size(const struct rte_mempool *mp, uint32_t obj_num,
	uint32_t pg_shift, size_t *min_chunk_size, size_t *align)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->flags & RTE_MEMPOOL_HANDLER_F_OWN_MEMORY) {
		*min_chunk_size = 0;
		*align = 0;
		return 0;
	}
	if (ops->calc_mem_size == NULL)
		return rte_mempool_op_calc_mem_size_default(
			mp, obj_num, pg_shift, min_chunk_size, align);
	return ops->calc_mem_size(mp, obj_num, pg_shift, min_chunk_size, align);
}

int
rte_mempool_ops_populate(struct rte_mempool *mp, unsigned int max_objs,
	void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (ops->populate == NULL)
		return rte_mempool_op_populate_default(
			mp, max_objs, vaddr, iova, len, obj_cb, obj_cb_arg);
	return ops->populate(
		mp, max_objs, vaddr, iova, len, obj_cb, obj_cb_arg);
}

int
rte_mempool_ops_get_info(
	const struct rte_mempool *mp, struct rte_mempool_info *info)
{
	struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);

	if (info == NULL)
		return -EINVAL;
	if (ops->get_info == NULL)
		return -ENOTSUP;
	return ops->get_info(mp, info);
}

/* ----- one index, one handler, in every process ----- */

/*
 * Build this process's table in the shared order. Caller holds both
 * locks. The primary publishes its indices unchanged (a stub left by an
 * earlier EAL instance becomes a hole); a secondary moves each of its
 * handlers to the index the table gives its name, appending the names
 * nobody had, and fills every other slot with a stub. Returns 0 or a
 * negative errno (nothing changed then).
 */
static int
reslot(struct mempool_name_table *t, int primary)
{
	struct rte_mempool_ops_table *tab = &rte_mempool_ops_table;
	static struct rte_mempool_ops next[RTE_MEMPOOL_MAX_OPS_IDX];
	uint8_t filled[RTE_MEMPOOL_MAX_OPS_IDX] = {0};
	uint32_t i, n = tab->num_ops, top = 0;
	int idx;

	for (i = 0; i < n; i++) {
		const struct rte_mempool_ops *h = &tab->ops[i];

		if (primary) {
			rte_strscpy(t->names[i],
				mempool_handler_is_stub(i) ? "" : h->name,
				RTE_MEMPOOL_HANDLER_NAMESIZE);
			if (h->name[0] == '\0')
				continue;
			idx = (int)i;
		} else {
			if (h->name[0] == '\0')
				continue;
			idx = mempool_name_table_find(t, h->name);
			if (idx < 0)
				idx = mempool_name_table_append(t, h->name);
			if (idx < 0)
				return idx;
		}
		next[idx] = *h;
		filled[idx] = 1;
		if ((uint32_t)idx + 1 > top)
			top = (uint32_t)idx + 1;
	}
	if (primary)
		__atomic_store_n(&t->count, n, __ATOMIC_RELEASE);
	for (i = 0; i < RTE_MEMPOOL_MAX_OPS_IDX; i++)
		if (!filled[i])
			next[i] = stub_ops;
	memcpy(tab->ops, next, sizeof(next));
	__atomic_store_n(&tab->num_ops, top, __ATOMIC_RELEASE);
	memset(stub_warned, 0, sizeof(stub_warned));
	return 0;
}

/*
 * EAL init hook, run once the EAL has memory and before -d plugins
 * load: constructors registered handlers in whatever order each
 * binary's link and load order gave; from here on every process uses
 * the shared indices.
 */
static int
mempool_handler_sync(void)
{
	int primary = rte_eal_process_type() == RTE_PROC_PRIMARY;
	struct mempool_name_table *t;
	int ret;

	mempool_name_table_activate(NULL, 0);
	t = mempool_name_table_open(primary);
	if (t == NULL)
		return -rte_errno;
	rte_spinlock_lock(&rte_mempool_ops_table.sl);
	rte_robust_lock(&t->lock);
	ret = reslot(t, primary);
	rte_robust_unlock(&t->lock);
	if (ret == 0) {
		uint32_t i, n = rte_mempool_ops_table.num_ops;

		mempool_name_table_activate(t, primary);
		/* Which indices this process serves, for the others. */
		for (i = 0; i < n; i++)
			if (!mempool_handler_is_stub((int)i) &&
				rte_mempool_ops_table.ops[i].name[0] != '\0')
				mempool_name_table_serve((int)i,
					rte_mempool_ops_table.ops[i].flags);
	}
	rte_spinlock_unlock(&rte_mempool_ops_table.sl);
	if (ret < 0)
		rte_errno = -ret;
	return ret;
}

RTE_INIT(mempool_handler_sync_hook)
{
	rte_eal_init_hook_register(
		"mempool handler table", mempool_handler_sync);
}
