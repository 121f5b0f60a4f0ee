/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_eal_paging.h on Linux: rte_mem_map/unmap/lock over mmap, munmap
 * and mlock. Owns nothing else; rte_mem_page_size lives with the memory
 * model in eal_common_memory.c.
 */

#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#include <rte_common.h>
#include <rte_eal_paging.h>
#include <rte_errno.h>
#include <rte_log.h>

static int
paging_prot(int prot)
{
	int p = PROT_NONE;

	if (prot & RTE_PROT_READ)
		p |= PROT_READ;
	if (prot & RTE_PROT_WRITE)
		p |= PROT_WRITE;
	if (prot & RTE_PROT_EXECUTE)
		p |= PROT_EXEC;
	return p;
}

void *
rte_mem_map(void *requested_addr, size_t size, int prot, int flags, int fd,
	uint64_t offset)
{
	const int known = RTE_MAP_SHARED | RTE_MAP_PRIVATE | RTE_MAP_ANONYMOUS |
		RTE_MAP_FORCE_ADDRESS;
	int share = flags & (RTE_MAP_SHARED | RTE_MAP_PRIVATE);
	int f;
	void *va;

	if (size == 0 || (flags & ~known) != 0 ||
		(prot & ~(RTE_PROT_READ | RTE_PROT_WRITE | RTE_PROT_EXECUTE)) ||
		(share != RTE_MAP_SHARED && share != RTE_MAP_PRIVATE)) {
		RTE_LOG(ERR, EAL,
			"rte_mem_map: invalid size %zu, prot 0x%x or flags "
			"0x%x\n",
			size, prot, flags);
		rte_errno = EINVAL;
		return NULL;
	}
	f = share == RTE_MAP_SHARED ? MAP_SHARED : MAP_PRIVATE;
	if (flags & RTE_MAP_ANONYMOUS) {
		f |= MAP_ANONYMOUS;
		fd = -1;
		offset = 0;
	}
	if (flags & RTE_MAP_FORCE_ADDRESS)
		f |= MAP_FIXED;
	va = mmap(
		requested_addr, size, paging_prot(prot), f, fd, (off_t)offset);
	if (va == MAP_FAILED) {
		rte_errno = errno;
		RTE_LOG(ERR, EAL, "rte_mem_map: mmap of %zu bytes: %s\n", size,
			rte_strerror(errno));
		return NULL;
	}
	return va;
}

int
rte_mem_unmap(void *virt, size_t size)
{
	if (munmap(virt, size) < 0) {
		rte_errno = errno;
		RTE_LOG(ERR, EAL, "rte_mem_unmap(%p, %zu): %s\n", virt, size,
			rte_strerror(errno));
		return -1;
	}
	return 0;
}

int
rte_mem_lock(const void *virt, size_t size)
{
	if (mlock(virt, size) < 0) {
		rte_errno = errno;
		RTE_LOG(DEBUG, EAL, "rte_mem_lock(%p, %zu): %s\n", virt, size,
			rte_strerror(errno));
		return -1;
	}
	return 0;
}
