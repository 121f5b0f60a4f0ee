/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The handler registry: one table, reached by both spellings
 * (rte_mempool_handler_register / rte_mempool_register_ops).
 */

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_spinlock.h>

#include "rte_mempool.h"
#include "mempool_private.h"
#include "mempool_shared.h"

struct rte_mempool_ops_table rte_mempool_ops_table = {
	.sl = RTE_SPINLOCK_INITIALIZER,
	.num_ops = 0,
};

/*
 * Pick the slot of a new handler; the caller holds the table lock and
 * has checked the name is not taken. Every registration goes through
 * here, so the multi-process invariant (issue 7: an index names the
 * same handler in every process) only has to change this function —
 * e.g. take the index the shared name table gives the name — and add a
 * re-slotting pass at EAL init. The table stays a plain array, so the
 * fast path (one indexed load) is unaffected.
 */
static int
handler_slot_pick(const char *name)
{
	/* After EAL init: the index every attached process uses. */
	if (mempool_shared_active())
		return mempool_shared_slot_pick(name);
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
		rte_errno = EINVAL;
		return -1;
	}
	rte_spinlock_lock(&rte_mempool_ops_table.sl);
	idx = handler_find_locked(name);
	rte_spinlock_unlock(&rte_mempool_ops_table.sl);
	if (idx < 0)
		rte_errno = ENOENT;
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

void
mempool_handler_names(char *buf, size_t size)
{
	struct names_buf nb = {.buf = buf, .size = size, .used = 0};

	if (size == 0)
		return;
	buf[0] = '\0';
	rte_mempool_handler_walk(handler_name_append, &nb);
}

int
rte_mempool_set_ops_byname(
	struct rte_mempool *mp, const char *name, void *pool_config)
{
	char names[RTE_MEMPOOL_MAX_OPS_IDX *
		(RTE_MEMPOOL_HANDLER_NAMESIZE + 2)];
	int idx;

	if (mp == NULL || name == NULL)
		return -EINVAL;
	/* The store exists already: switching would strand its objects. */
	if (mp->flags & RTE_MEMPOOL_F_POOL_CREATED) {
		RTE_LOG(ERR, MEMPOOL,
			"cannot set handler %s on pool %s: already populated\n",
			name, mp->name);
		return -EEXIST;
	}
	idx = rte_get_mempool_handler(name);
	if (idx < 0) {
		mempool_handler_names(names, sizeof(names));
		RTE_LOG(ERR, MEMPOOL,
			"unknown mempool handler '%s' (registered: %s)\n", name,
			names);
		return -ENOENT;
	}
	mp->ops_index = idx;
	mp->pool_config = pool_config;
	return 0;
}

int
rte_mempool_set_handler(struct rte_mempool *mp, const char *name)
{
	return rte_mempool_set_ops_byname(mp, name, NULL);
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
