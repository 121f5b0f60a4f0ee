/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The default memory layout, used by handlers that leave calc_mem_size
 * or populate NULL and offered to those that wrap it: objects packed
 * back to back in a chunk, handed to the handler in batches. A leaf:
 * it calls nothing in the library but the inline handler calls of
 * rte_mempool_handler.h, and it never touches pool lists, the handler
 * table or shared state.
 */

#include <errno.h>
#include <stdint.h>

#include <rte_common.h>

#include "rte_mempool.h"

/* Objects the default populate hands to the handler per enqueue. */
#define POPULATE_BATCH 32

static size_t
obj_total_size(const struct rte_mempool *mp)
{
	return (size_t)mp->header_size + mp->elt_size + mp->trailer_size;
}

ssize_t
rte_mempool_op_calc_mem_size_helper(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t chunk_reserve,
	size_t *min_chunk_size, size_t *align)
{
	size_t total = obj_total_size(mp);
	size_t mem;

	if (total == 0)
		return -EINVAL;
	if (pg_shift == 0 || total > ((size_t)1 << pg_shift)) {
		/* Memory is IOVA-contiguous: pack objects back to back. */
		mem = total * obj_num;
	} else {
		size_t pg_sz = (size_t)1 << pg_shift;
		size_t per_page = pg_sz / total;

		mem = ((size_t)(obj_num / per_page) << pg_shift) +
			(obj_num % per_page) * total;
	}
	*min_chunk_size = total;
	*align = RTE_MAX((size_t)RTE_CACHE_LINE_SIZE,
		pg_shift ? (size_t)1 << pg_shift : (size_t)0);
	return (ssize_t)(mem + chunk_reserve);
}

ssize_t
rte_mempool_op_calc_mem_size_default(const struct rte_mempool *mp,
	uint32_t obj_num, uint32_t pg_shift, size_t *min_chunk_size,
	size_t *align)
{
	return rte_mempool_op_calc_mem_size_helper(
		mp, obj_num, pg_shift, 0, min_chunk_size, align);
}

int
rte_mempool_op_populate_helper(struct rte_mempool *mp, unsigned int flags,
	unsigned int max_objs, void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg)
{
	size_t total = obj_total_size(mp);
	size_t block = total;
	void *batch[POPULATE_BATCH];
	unsigned int i, nb = 0;
	size_t off = 0;
	int ret;

	if (flags & RTE_MEMPOOL_POPULATE_F_ALIGN_OBJ) {
		struct rte_mempool_info info;

		rte_mempool_get_info_t get_info =
			rte_mempool_get_ops(mp->ops_index)->get_info;

		if (get_info != NULL && get_info(mp, &info) == 0 &&
			info.contig_block_size > 0)
			block = total * info.contig_block_size;
	}
	for (i = 0; i < max_objs; i++) {
		void *obj;

		if ((flags & RTE_MEMPOOL_POPULATE_F_ALIGN_OBJ) &&
			block != total && (i % (block / total)) == 0) {
			/* Each block starts on a multiple of its size. */
			uintptr_t a = (uintptr_t)vaddr + off;

			off += (block - a % block) % block;
		}
		if (off + total > len)
			break;
		obj = RTE_PTR_ADD(vaddr, off + mp->header_size);
		obj_cb(mp, obj_cb_arg, obj,
			iova == RTE_BAD_IOVA ? RTE_BAD_IOVA
					     : iova + off + mp->header_size);
		batch[nb++] = obj;
		if (nb == POPULATE_BATCH) {
			ret = rte_mempool_ops_enqueue_bulk(mp, batch, nb);
			if (ret < 0)
				return ret;
			nb = 0;
		}
		off += total;
	}
	if (nb != 0) {
		ret = rte_mempool_ops_enqueue_bulk(mp, batch, nb);
		if (ret < 0)
			return ret;
	}
	return (int)i;
}

int
rte_mempool_op_populate_default(struct rte_mempool *mp, unsigned int max_objs,
	void *vaddr, rte_iova_t iova, size_t len,
	rte_mempool_populate_obj_cb_t *obj_cb, void *obj_cb_arg)
{
	return rte_mempool_op_populate_helper(
		mp, 0, max_objs, vaddr, iova, len, obj_cb, obj_cb_arg);
}
