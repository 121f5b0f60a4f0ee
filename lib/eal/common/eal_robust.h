/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Undo journal for updates made under a robust lock (rte_robust_lock.h).
 *
 * The holder of a lock opens the journal (eal_undo_begin, naming the
 * operation), copies each range of shared memory before its first
 * write to it (eal_undo_save), and closes it before unlocking
 * (eal_undo_commit). A copy counts only once it is complete, and a
 * range is written only after its copy counts, so at any instant the
 * journal restores the state before the operation. A process that
 * takes the lock over from a dead holder finds op != EAL_UNDO_NONE and
 * calls eal_undo_rollback: the structure is as if the dead process
 * never started the operation. After the commit (op == EAL_UNDO_NONE)
 * the update is complete and nothing is rolled back.
 *
 * Ranges are copied exactly (never whole lines), so a journal never
 * restores a lock word or data another lock protects.
 */

#ifndef EAL_ROBUST_H
#define EAL_ROBUST_H

#include <stddef.h>
#include <stdint.h>

/* Largest range one entry copies; longer ranges take several. */
#define EAL_UNDO_LINE 64
/* Entries per journal: the deepest heap update needs about 20. */
#define EAL_UNDO_MAX 40

enum eal_undo_op {
	EAL_UNDO_NONE = 0,
	EAL_UNDO_HEAP, /* malloc heap update */
	EAL_UNDO_MZ_RESERVE, /* memzone reserve: arg = heap block if any */
	EAL_UNDO_MZ_FREE, /* memzone free, table part */
	EAL_UNDO_MZ_FREE_HEAP, /* memzone free: table done, arg to free */
};

struct eal_undo_entry {
	uint64_t addr;
	uint32_t len;
	uint32_t pad;
	uint8_t data[EAL_UNDO_LINE];
};

struct eal_undo {
	uint32_t op; /* enum eal_undo_op, EAL_UNDO_NONE when closed */
	uint32_t n; /* valid entries */
	uint64_t arg; /* operation's argument (see enum eal_undo_op) */
	struct eal_undo_entry e[EAL_UNDO_MAX];
};

/*
 * Where the heap operation running in this thread writes the address
 * of the block it allocates, or 0 over the address of the block it
 * frees, inside the heap's critical section (so a heap rollback also
 * rolls this word back). NULL: nowhere. The memzone table uses it to
 * learn its block exactly (EAL_UNDO_MZ_*).
 */
extern _Thread_local uint64_t *eal_heap_record;

/* Open the journal for op. */
void eal_undo_begin(struct eal_undo *u, uint32_t op);

/* Copy [addr, addr + len) before it is first written. */
void eal_undo_save(struct eal_undo *u, const void *addr, size_t len);

/* The update is complete: close the journal. */
void eal_undo_commit(struct eal_undo *u);

/*
 * Restore every copied range, newest first, and empty the journal.
 * Ranges outside the config and the arena are skipped (logged).
 * Returns the number of ranges restored.
 */
unsigned int eal_undo_rollback(struct eal_undo *u);

#endif /* EAL_ROBUST_H */
