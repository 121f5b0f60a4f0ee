/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

#include <stdint.h>

#include <rte_common.h>

#include "malloc_elem.h"
#include "malloc_heap.h"

void
malloc_elem_init(struct malloc_elem *elem, struct malloc_heap *heap,
	struct malloc_elem *prev, size_t size, enum elem_state state)
{
	elem->cookie = MALLOC_HDR_COOKIE ^ (uintptr_t)elem;
	elem->heap = heap;
	elem->prev = prev;
	elem->next_free = NULL;
	elem->prev_free = NULL;
	elem->size = size;
	elem->state = state;
	elem->list_idx = 0;
	elem->owner = 0;
}

void
malloc_elem_set_busy(struct malloc_elem *elem)
{
	elem->state = ELEM_BUSY;
	*malloc_elem_trailer(elem) = MALLOC_TRL_COOKIE ^ (uintptr_t)elem;
}

int
malloc_elem_cookies_ok(const struct malloc_elem *elem)
{
	if (elem->cookie != (MALLOC_HDR_COOKIE ^ (uintptr_t)elem))
		return 0;
	if (elem->state == ELEM_FREE)
		return 1;
	if (elem->state != ELEM_BUSY)
		return 0;
	return *malloc_elem_trailer(elem) ==
		(MALLOC_TRL_COOKIE ^ (uintptr_t)elem);
}

struct malloc_elem *
malloc_elem_next(const struct malloc_elem *elem)
{
	uintptr_t next = (uintptr_t)elem + elem->size;

	if (elem->state == ELEM_FENCE || next >= elem->heap->end)
		return NULL;
	return (struct malloc_elem *)next;
}

/* Whether [data, data + len) crosses a multiple of bound. */
static int
crosses(uintptr_t data, size_t len, size_t bound)
{
	if (bound == 0 || len == 0)
		return 0;
	return (data & ~(uintptr_t)(bound - 1)) !=
		((data + len - 1) & ~(uintptr_t)(bound - 1));
}

uintptr_t
malloc_elem_fit(
	const struct malloc_elem *elem, size_t len, size_t align, size_t bound)
{
	uintptr_t start = (uintptr_t)elem;
	uintptr_t end = start + elem->size;
	uintptr_t data = RTE_ALIGN_CEIL(start + MALLOC_ELEM_HEADER_LEN, align);
	int tries;

	if (bound != 0 && len > bound)
		return 0;
	/*
	 * The space left before the new block becomes a free block of its
	 * own, so it is either empty or big enough to hold one; a bound
	 * may then push the data further. Two rounds settle both.
	 */
	for (tries = 0; tries < 3; tries++) {
		uintptr_t gap;

		if (crosses(data, len, bound))
			data = RTE_ALIGN_CEIL(data, RTE_MAX(bound, align));
		gap = data - MALLOC_ELEM_HEADER_LEN - start;
		if (gap == 0 || gap >= MALLOC_ELEM_MIN_SIZE)
			break;
		data = RTE_ALIGN_CEIL(
			start + MALLOC_ELEM_MIN_SIZE + MALLOC_ELEM_HEADER_LEN,
			align);
	}
	if (tries == 3 || crosses(data, len, bound))
		return 0;
	if (data + len < data || malloc_elem_busy_end(data, len) > end)
		return 0;
	return data;
}
