/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_memory.h>

#include "eal_internal_cfg.h"
#include "eal_memcfg.h"

uint64_t
rte_eal_get_physmem_size(void)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();

	return mcfg == NULL ? 0 : mcfg->hdr.arena_size;
}

void
rte_dump_physmem_layout(FILE *f)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();
	unsigned int i;

	if (mcfg == NULL)
		return;
	for (i = 0; i < RTE_MAX_NUMA_NODES; i++) {
		const struct malloc_heap *heap = &mcfg->malloc_heaps[i];

		if (heap->end == heap->start)
			continue;
		fprintf(f,
			"Segment %u: IOVA:0x%" PRIx64 ", len:%" PRIu64
			", virt:0x%" PRIx64
			", socket_id:%u, hugepage_sz:%" PRIu64
			", nchannel:%u, nrank:%u\n",
			i, heap->start, heap->end - heap->start, heap->start, i,
			mcfg->hdr.page_size, rte_memory_get_nchannel(),
			rte_memory_get_nrank());
	}
}

unsigned int
rte_memory_get_nchannel(void)
{
	return eal_get_internal_configuration()->num_channels;
}

unsigned int
rte_memory_get_nrank(void)
{
	return eal_get_internal_configuration()->num_ranks;
}

size_t
rte_mem_page_size(void)
{
	return (size_t)sysconf(_SC_PAGESIZE);
}

int
rte_eal_has_hugepages(void)
{
	const struct rte_mem_config *mcfg = eal_get_mcfg();

	if (mcfg == NULL)
		return !eal_get_internal_configuration()->no_hugetlbfs;
	return mcfg->hdr.page_size > rte_mem_page_size();
}

int
rte_eal_in_memory(void)
{
	return eal_get_internal_configuration()->in_memory_opt;
}
