/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The registry of dynamic mbuf fields and flags. It owns one memzone
 * holding the byte map of the mbuf header's free space, the free
 * ol_flags bits and the tables of registered names; it touches nothing
 * else. Every access holds the shared configuration's tailq lock (a
 * process-shared rwlock), so threads of any attached process may
 * register at once.
 */

#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal_memconfig.h>
#include <rte_errno.h>
#include <rte_log.h>
#include <rte_memzone.h>

#include "rte_mbuf.h"
#include "rte_mbuf_dyn.h"

#define DYN_ZONE "rte_mbuf_dyn"
/* Changes whenever struct dyn_shm changes: a process built with another
 * layout must not read the table. */
#define DYN_MAGIC 0x6d64796e0001ULL
#define MBUF_SIZE sizeof(struct rte_mbuf)
#define OL_BITS (sizeof(((struct rte_mbuf *)0)->ol_flags) * CHAR_BIT)

struct dyn_field {
	struct rte_mbuf_dynfield params;
	size_t offset;
};

struct dyn_flag {
	struct rte_mbuf_dynflag params;
	unsigned int bitnum;
};

struct dyn_shm {
	uint64_t magic;
	/* free_space[i] != 0: byte i of struct rte_mbuf may be reserved. */
	uint8_t free_space[MBUF_SIZE];
	uint64_t free_flags; /* bit i set: ol_flags bit i may be reserved */
	/*
	 * An entry becomes visible when nb_* grows past it, after its
	 * bytes or bit were taken: a process that dies in between leaks
	 * the space but never lets two names share it.
	 */
	uint32_t nb_fields;
	uint32_t nb_flags;
	struct dyn_field fields[MBUF_SIZE]; /* a field takes at least a byte */
	struct dyn_flag flags[OL_BITS];
};

/* This process's mapping of the zone; set once, under the lock. */
static struct dyn_shm *dyn_shm;

static struct dyn_shm *
shm_get(void)
{
	return __atomic_load_n(&dyn_shm, __ATOMIC_ACQUIRE);
}

static void
shm_init(struct dyn_shm *shm)
{
	uint64_t bit;

	memset(shm, 0, sizeof(*shm));
	memset(&shm->free_space[offsetof(struct rte_mbuf, dynfield1)], 1,
		sizeof(((struct rte_mbuf *)0)->dynfield1));
	for (bit = RTE_MBUF_F_FIRST_FREE; bit <= RTE_MBUF_F_LAST_FREE;
		bit <<= 1)
		shm->free_flags |= bit;
	shm->magic = DYN_MAGIC;
}

/*
 * Map the registry, creating it if no process has yet. create is only
 * set with the write lock held; lookups under the read lock only find.
 */
static struct dyn_shm *
shm_attach(bool create)
{
	const struct rte_memzone *mz;
	struct dyn_shm *shm = shm_get();

	if (shm != NULL)
		return shm;

	mz = rte_memzone_lookup(DYN_ZONE);
	if (mz == NULL && create) {
		mz = rte_memzone_reserve_aligned(DYN_ZONE,
			sizeof(struct dyn_shm), SOCKET_ID_ANY, 0,
			RTE_CACHE_LINE_SIZE);
		if (mz == NULL) {
			RTE_LOG(ERR, MBUF,
				"dynamic fields: cannot reserve memzone %s: "
				"%s\n",
				DYN_ZONE, rte_strerror(rte_errno));
			rte_errno = ENOMEM;
			return NULL;
		}
		shm_init(mz->addr);
	}
	if (mz == NULL) {
		rte_errno = ENOENT;
		return NULL;
	}
	shm = mz->addr;
	if (shm->magic != DYN_MAGIC) {
		RTE_LOG(ERR, MBUF,
			"dynamic fields: memzone %s has another layout\n",
			DYN_ZONE);
		rte_errno = ENOMEM;
		return NULL;
	}
	__atomic_store_n(&dyn_shm, shm, __ATOMIC_RELEASE);
	return shm;
}

/*
 * The checks fields and flags share: parameters given (name is NULL
 * when they are not) and a terminated name. A log line and rte_errno
 * on failure.
 */
static bool
params_ok(const char *kind, const char *name)
{
	if (name == NULL) {
		RTE_LOG(ERR, MBUF, "dynamic %s: NULL parameters\n", kind);
		rte_errno = EINVAL;
		return false;
	}
	if (memchr(name, '\0', RTE_MBUF_DYN_NAMESIZE) == NULL) {
		RTE_LOG(ERR, MBUF, "dynamic %s: name longer than %d bytes\n",
			kind, RTE_MBUF_DYN_NAMESIZE - 1);
		rte_errno = ENAMETOOLONG;
		return false;
	}
	return true;
}

static struct dyn_field *
field_find(struct dyn_shm *shm, const char *name)
{
	uint32_t i;

	for (i = 0; i < shm->nb_fields; i++)
		if (strncmp(shm->fields[i].params.name, name,
			    RTE_MBUF_DYN_NAMESIZE) == 0)
			return &shm->fields[i];
	return NULL;
}

static struct dyn_flag *
flag_find(struct dyn_shm *shm, const char *name)
{
	uint32_t i;

	for (i = 0; i < shm->nb_flags; i++)
		if (strncmp(shm->flags[i].params.name, name,
			    RTE_MBUF_DYN_NAMESIZE) == 0)
			return &shm->flags[i];
	return NULL;
}

/*
 * Look a name up among the fields or the flags; copy its parameters
 * (struct rte_mbuf_dynfield or rte_mbuf_dynflag) to params if not NULL
 * and return its offset or bit, or -1 with rte_errno set (ENOENT: no
 * such name, or no registry yet).
 */
static int
dyn_lookup(const char *name, bool field, void *params)
{
	const struct dyn_field *f = NULL;
	const struct dyn_flag *g = NULL;
	struct dyn_shm *shm;
	int ret = -1;

	if (name == NULL) {
		RTE_LOG(ERR, MBUF, "dynamic %s lookup: NULL name\n",
			field ? "field" : "flag");
		rte_errno = EINVAL;
		return -1;
	}
	rte_mcfg_tailq_read_lock();
	shm = shm_attach(false);
	if (shm != NULL && field)
		f = field_find(shm, name);
	else if (shm != NULL)
		g = flag_find(shm, name);
	if (f != NULL) {
		if (params != NULL)
			memcpy(params, &f->params, sizeof(f->params));
		ret = (int)f->offset;
	} else if (g != NULL) {
		if (params != NULL)
			memcpy(params, &g->params, sizeof(g->params));
		ret = (int)g->bitnum;
	}
	rte_mcfg_tailq_read_unlock();
	if (ret < 0) {
		RTE_LOG(DEBUG, MBUF, "dynamic %s lookup: no %s %s\n",
			field ? "field" : "flag", field ? "field" : "flag",
			name);
		rte_errno = ENOENT;
	}
	return ret;
}

static bool
range_free(const struct dyn_shm *shm, size_t off, size_t size, size_t align)
{
	size_t i;

	if (off % align != 0 || off > MBUF_SIZE || size > MBUF_SIZE - off)
		return false;
	for (i = off; i < off + size; i++)
		if (!shm->free_space[i])
			return false;
	return true;
}

/* Length of the run of free bytes that contains byte off. */
static size_t
free_run(const struct dyn_shm *shm, size_t off)
{
	size_t lo = off, hi = off;

	while (lo > 0 && shm->free_space[lo - 1])
		lo--;
	while (hi < MBUF_SIZE && shm->free_space[hi])
		hi++;
	return hi - lo;
}

/* Largest power of two dividing off (off 0 counts as the whole mbuf). */
static size_t
offset_alignment(size_t off)
{
	return off == 0 ? MBUF_SIZE : (off & -off);
}

/*
 * Where a field fits best: in the shortest free run that holds it, and
 * within that at the least aligned offset, so that long and highly
 * aligned free stretches stay available for fields that need them.
 */
static size_t
best_offset(const struct dyn_shm *shm, size_t size, size_t align)
{
	size_t off, best = SIZE_MAX, best_run = 0, best_al = 0;

	for (off = 0; off + size <= MBUF_SIZE; off += align) {
		size_t run, al;

		if (!range_free(shm, off, size, align))
			continue;
		run = free_run(shm, off);
		al = offset_alignment(off);
		if (best == SIZE_MAX || run < best_run ||
			(run == best_run && al < best_al)) {
			best = off;
			best_run = run;
			best_al = al;
		}
	}
	return best;
}

static int
field_same(const struct rte_mbuf_dynfield *a, const struct rte_mbuf_dynfield *b)
{
	return strncmp(a->name, b->name, RTE_MBUF_DYN_NAMESIZE) == 0 &&
		a->size == b->size && a->align == b->align &&
		a->flags == b->flags;
}

/* Called with the write lock held. */
static int
field_register_locked(const struct rte_mbuf_dynfield *params, size_t req)
{
	struct dyn_shm *shm = shm_attach(true);
	struct dyn_field *f;
	size_t off;

	if (shm == NULL)
		return -1;

	f = field_find(shm, params->name);
	if (f != NULL) {
		if ((req != SIZE_MAX && req != f->offset) ||
			!field_same(params, &f->params)) {
			RTE_LOG(ERR, MBUF,
				"dynamic field %s: registered at offset %zu "
				"with size %zu align %zu, refused offset %zd "
				"size %zu align %zu\n",
				params->name, f->offset, f->params.size,
				f->params.align, (ssize_t)req, params->size,
				params->align);
			rte_errno = EEXIST;
			return -1;
		}
		return (int)f->offset;
	}

	if (req == SIZE_MAX) {
		off = best_offset(shm, params->size, params->align);
		if (off == SIZE_MAX) {
			RTE_LOG(ERR, MBUF,
				"dynamic field %s: no room for %zu bytes "
				"aligned on %zu\n",
				params->name, params->size, params->align);
			rte_errno = ENOSPC;
			return -1;
		}
	} else {
		if (!range_free(shm, req, params->size, params->align)) {
			RTE_LOG(ERR, MBUF,
				"dynamic field %s: offset %zu (size %zu, "
				"align %zu) is not free\n",
				params->name, req, params->size, params->align);
			rte_errno = EBUSY;
			return -1;
		}
		off = req;
	}

	f = &shm->fields[shm->nb_fields];
	memset(f, 0, sizeof(*f));
	memcpy(&f->params, params, sizeof(f->params));
	f->offset = off;
	memset(&shm->free_space[off], 0, params->size);
	/* Publish last: see struct dyn_shm. */
	__atomic_store_n(&shm->nb_fields, shm->nb_fields + 1, __ATOMIC_RELEASE);

	RTE_LOG(DEBUG, MBUF,
		"dynamic field %s: size %zu align %zu at offset %zu\n",
		params->name, params->size, params->align, off);
	return (int)off;
}

int
rte_mbuf_dynfield_register_offset(
	const struct rte_mbuf_dynfield *params, size_t req)
{
	int ret;

	if (!params_ok("field", params != NULL ? params->name : NULL))
		return -1;
	if (params->size == 0 || params->size >= MBUF_SIZE ||
		params->align == 0 ||
		(params->align & (params->align - 1)) != 0 ||
		params->flags != 0) {
		RTE_LOG(ERR, MBUF,
			"dynamic field %s: bad size %zu, align %zu or "
			"flags %#x\n",
			params->name, params->size, params->align,
			params->flags);
		rte_errno = EINVAL;
		return -1;
	}

	rte_mcfg_tailq_write_lock();
	ret = field_register_locked(params, req);
	rte_mcfg_tailq_write_unlock();
	return ret;
}

int
rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params)
{
	return rte_mbuf_dynfield_register_offset(params, SIZE_MAX);
}

int
rte_mbuf_dynfield_lookup(const char *name, struct rte_mbuf_dynfield *params)
{
	return dyn_lookup(name, true, params);
}

/* Called with the write lock held. */
static int
flag_register_locked(const struct rte_mbuf_dynflag *params, unsigned int req)
{
	struct dyn_shm *shm = shm_attach(true);
	struct dyn_flag *f;
	unsigned int bit;

	if (shm == NULL)
		return -1;

	f = flag_find(shm, params->name);
	if (f != NULL) {
		if ((req != UINT_MAX && req != f->bitnum) ||
			params->flags != f->params.flags) {
			RTE_LOG(ERR, MBUF,
				"dynamic flag %s: registered at bit %u, "
				"refused bit %d\n",
				params->name, f->bitnum, (int)req);
			rte_errno = EEXIST;
			return -1;
		}
		return (int)f->bitnum;
	}

	if (req == UINT_MAX) {
		if (shm->free_flags == 0) {
			RTE_LOG(ERR, MBUF,
				"dynamic flag %s: no free ol_flags bit\n",
				params->name);
			rte_errno = ENOSPC;
			return -1;
		}
		bit = (unsigned int)rte_bsf64(shm->free_flags);
	} else {
		if ((shm->free_flags & (1ULL << req)) == 0) {
			RTE_LOG(ERR, MBUF,
				"dynamic flag %s: bit %u is not free\n",
				params->name, req);
			rte_errno = EBUSY;
			return -1;
		}
		bit = req;
	}

	f = &shm->flags[shm->nb_flags];
	memset(f, 0, sizeof(*f));
	memcpy(&f->params, params, sizeof(f->params));
	f->bitnum = bit;
	shm->free_flags &= ~(1ULL << bit);
	__atomic_store_n(&shm->nb_flags, shm->nb_flags + 1, __ATOMIC_RELEASE);

	RTE_LOG(DEBUG, MBUF, "dynamic flag %s: bit %u\n", params->name, bit);
	return (int)bit;
}

int
rte_mbuf_dynflag_register_bitnum(
	const struct rte_mbuf_dynflag *params, unsigned int req)
{
	int ret;

	if (!params_ok("flag", params != NULL ? params->name : NULL))
		return -1;
	if (params->flags != 0 || (req >= OL_BITS && req != UINT_MAX)) {
		RTE_LOG(ERR, MBUF, "dynamic flag %s: bad flags %#x or bit %u\n",
			params->name, params->flags, req);
		rte_errno = EINVAL;
		return -1;
	}

	rte_mcfg_tailq_write_lock();
	ret = flag_register_locked(params, req);
	rte_mcfg_tailq_write_unlock();
	return ret;
}

int
rte_mbuf_dynflag_register(const struct rte_mbuf_dynflag *params)
{
	return rte_mbuf_dynflag_register_bitnum(params, UINT_MAX);
}

int
rte_mbuf_dynflag_lookup(const char *name, struct rte_mbuf_dynflag *params)
{
	return dyn_lookup(name, false, params);
}

void
rte_mbuf_dyn_dump(FILE *out)
{
	struct dyn_shm *shm;
	uint32_t i;

	/* The write lock, because the first user may create the zone. */
	rte_mcfg_tailq_write_lock();
	shm = shm_attach(true);
	if (shm == NULL) {
		rte_mcfg_tailq_write_unlock();
		fprintf(out, "dynamic fields: no registry\n");
		return;
	}
	fprintf(out, "Reserved fields:\n");
	for (i = 0; i < shm->nb_fields; i++)
		fprintf(out,
			"  name=%s offset=%zu size=%zu align=%zu flags=%x\n",
			shm->fields[i].params.name, shm->fields[i].offset,
			shm->fields[i].params.size, shm->fields[i].params.align,
			shm->fields[i].params.flags);
	fprintf(out, "Reserved flags:\n");
	for (i = 0; i < shm->nb_flags; i++)
		fprintf(out, "  name=%s bitnum=%u flags=%x\n",
			shm->flags[i].params.name, shm->flags[i].bitnum,
			shm->flags[i].params.flags);
	fprintf(out, "Free bytes in mbuf (1 = free):\n");
	for (i = 0; i < MBUF_SIZE; i++)
		fprintf(out, "%s%u%s", i % 32 == 0 ? "  " : "",
			shm->free_space[i] ? 1 : 0, i % 32 == 31 ? "\n" : "");
	fprintf(out, "Free bits in ol_flags (1 = free):\n  ");
	for (i = 0; i < OL_BITS; i++)
		fprintf(out, "%u", (unsigned int)(shm->free_flags >> i) & 1);
	fprintf(out, "\n");
	rte_mcfg_tailq_write_unlock();
}

static int
timestamp_register(int *field_offset, uint64_t *flag, const char *flag_name,
	const char *direction)
{
	static const struct rte_mbuf_dynfield field = {
		.name = RTE_MBUF_DYNFIELD_TIMESTAMP_NAME,
		.size = sizeof(rte_mbuf_timestamp_t),
		.align = __alignof__(rte_mbuf_timestamp_t),
	};
	struct rte_mbuf_dynflag fl;
	int off, bit;

	off = rte_mbuf_dynfield_register(&field);
	if (off < 0) {
		RTE_LOG(ERR, MBUF, "cannot register the timestamp field: %s\n",
			rte_strerror(rte_errno));
		return -1;
	}
	memset(&fl, 0, sizeof(fl));
	snprintf(fl.name, sizeof(fl.name), "%s", flag_name);
	bit = rte_mbuf_dynflag_register(&fl);
	if (bit < 0) {
		RTE_LOG(ERR, MBUF,
			"cannot register the %s timestamp flag: %s\n",
			direction, rte_strerror(rte_errno));
		return -1;
	}
	if (field_offset != NULL)
		*field_offset = off;
	if (flag != NULL)
		*flag = 1ULL << bit;
	return 0;
}

int
rte_mbuf_dyn_rx_timestamp_register(int *field_offset, uint64_t *rx_flag)
{
	return timestamp_register(field_offset, rx_flag,
		RTE_MBUF_DYNFLAG_RX_TIMESTAMP_NAME, "Rx");
}

int
rte_mbuf_dyn_tx_timestamp_register(int *field_offset, uint64_t *tx_flag)
{
	return timestamp_register(field_offset, tx_flag,
		RTE_MBUF_DYNFLAG_TX_TIMESTAMP_NAME, "Tx");
}
