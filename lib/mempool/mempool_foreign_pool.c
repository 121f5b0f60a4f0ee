/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Rules for a pool used by a process other than the one that made it
 * (see mempool_foreign_pool.h). Reads the handler table
 * (rte_mempool_handler.c) and the process registry
 * (mempool_proc_registry.c); writes neither, and frees nothing but the
 * memzones of a foreign pool's chunks.
 */

#include <errno.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memzone.h>

#include "mempool_foreign_pool.h"
#include "mempool_handler.h"
#include "mempool_proc_registry.h"

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
mempool_foreign_lookup_check(const struct rte_mempool *mp)
{
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
	if (mp->cache_size == 0 || rte_eal_process_type() != RTE_PROC_SECONDARY)
		return 0;
	lcore = mempool_proc_lcore_conflict(&other);
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
mempool_foreign_pool_dump(FILE *f, const struct rte_mempool *mp)
{
	char name[RTE_MEMPOOL_HANDLER_NAMESIZE];

	fprintf(f, "  created_by_pid=%d\n", (int)mp->creator_pid);
	if (mempool_handler_is_stub(mp->ops_index)) {
		mempool_handler_name(mp->ops_index, name, sizeof(name));
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
mempool_foreign_free_check(const struct rte_mempool *mp)
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
mempool_foreign_chunk_free(
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
