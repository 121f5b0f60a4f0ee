/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Dynamic mbuf fields and flags: placement, alignment, idempotence,
 * every refusal (return, rte_errno and log line), the timestamp
 * helpers, the dump, and a race between two lcores of a primary and a
 * real secondary process that fills the registry completely. The race
 * runs in a child primary of its own so that this process's registry
 * keeps room for the other cases, whatever order they run in.
 */

#include <errno.h>
#include <inttypes.h>
#include <sched.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>
#include <rte_memzone.h>

#include "test.h"
#include "test_mbuf.h"

#define DYN_START offsetof(struct rte_mbuf, dynfield1)
#define DYN_SIZE sizeof(((struct rte_mbuf *)0)->dynfield1)
#define FLAG_FIRST 23
#define FLAG_LAST 40

static char logbuf[8192];

static struct rte_mbuf_dynfield
field_desc(const char *name, size_t size, size_t align)
{
	struct rte_mbuf_dynfield d;

	memset(&d, 0, sizeof(d));
	snprintf(d.name, sizeof(d.name), "%s", name);
	d.size = size;
	d.align = align;
	return d;
}

static struct rte_mbuf_dynflag
flag_desc(const char *name)
{
	struct rte_mbuf_dynflag d;

	memset(&d, 0, sizeof(d));
	snprintf(d.name, sizeof(d.name), "%s", name);
	return d;
}

static int
check_placement(int off, size_t size, size_t align)
{
	TEST_ASSERT(off >= (int)DYN_START, "offset %d before dynfield1", off);
	TEST_ASSERT((size_t)off + size <= sizeof(struct rte_mbuf),
		"offset %d size %zu past the mbuf", off, size);
	TEST_ASSERT((size_t)off % align == 0, "offset %d not aligned on %zu",
		off, align);
	return TEST_SUCCESS;
}

static int
test_dynfield_register(void)
{
	static const struct {
		const char *name;
		size_t size, align;
	} defs[] = {
		{"test_dyn_u8", 1, 1},
		{"test_dyn_u32", 4, 4},
		{"test_dyn_u64", 8, 8},
		{"test_dyn_pair", 6, 2},
	};
	struct rte_mbuf_dynfield d, got;
	int off[RTE_DIM(defs)];
	struct rte_mbuf m;
	unsigned int i, j;

	for (i = 0; i < RTE_DIM(defs); i++) {
		d = field_desc(defs[i].name, defs[i].size, defs[i].align);
		off[i] = rte_mbuf_dynfield_register(&d);
		TEST_ASSERT(off[i] >= 0, "register %s: %s", defs[i].name,
			rte_strerror(rte_errno));
		if (check_placement(off[i], defs[i].size, defs[i].align) != 0)
			return TEST_FAILED;
		/* The same parameters again: the same place. */
		TEST_ASSERT_EQUAL(rte_mbuf_dynfield_register(&d), off[i],
			"second registration of %s moved it", defs[i].name);
		TEST_ASSERT_EQUAL(
			rte_mbuf_dynfield_register_offset(&d, (size_t)off[i]),
			off[i], "registration at its own offset");
		memset(&got, 0xa5, sizeof(got));
		TEST_ASSERT_EQUAL(rte_mbuf_dynfield_lookup(defs[i].name, &got),
			off[i], "lookup %s", defs[i].name);
		TEST_ASSERT(strcmp(got.name, defs[i].name) == 0 &&
				got.size == defs[i].size &&
				got.align == defs[i].align && got.flags == 0,
			"lookup parameters of %s", defs[i].name);
		TEST_ASSERT_EQUAL(rte_mbuf_dynfield_lookup(defs[i].name, NULL),
			off[i], "lookup without parameters");
	}
	for (i = 0; i < RTE_DIM(defs); i++)
		for (j = i + 1; j < RTE_DIM(defs); j++)
			TEST_ASSERT((size_t)off[i] + defs[i].size <=
						(size_t)off[j] ||
					(size_t)off[j] + defs[j].size <=
						(size_t)off[i],
				"%s and %s overlap", defs[i].name,
				defs[j].name);

	/* The field is real mbuf storage and travels with copies. */
	memset(&m, 0, sizeof(m));
	*RTE_MBUF_DYNFIELD(&m, off[2], uint64_t *) = 0x0123456789abcdefULL;
	*RTE_MBUF_DYNFIELD(&m, off[0], uint8_t *) = 0x5a;
	{
		struct rte_mbuf c;

		memset(&c, 0, sizeof(c));
		rte_mbuf_dynfield_copy(&c, &m);
		TEST_ASSERT_EQUAL(*RTE_MBUF_DYNFIELD(&c, off[2], uint64_t *),
			0x0123456789abcdefULL, "dynfield copy (u64)");
		TEST_ASSERT_EQUAL(*RTE_MBUF_DYNFIELD(&c, off[0], uint8_t *),
			0x5a, "dynfield copy (u8)");
	}
	return TEST_SUCCESS;
}

static int
test_dynfield_refusals(void)
{
	struct rte_mbuf_dynfield d, big;
	int off, ret;

	d = field_desc("test_dyn_conflict", 4, 4);
	off = rte_mbuf_dynfield_register(&d);
	TEST_ASSERT(off >= 0, "register: %s", rte_strerror(rte_errno));

	/* Same name, other parameters. */
	d.size = 2;
	MBUF_TEST_LOGS(logbuf, "test_dyn_conflict",
		ret = rte_mbuf_dynfield_register(&d));
	TEST_ASSERT(ret == -1 && rte_errno == EEXIST, "other size: %d %d", ret,
		rte_errno);
	d.size = 4;
	d.align = 2;
	MBUF_TEST_LOGS(logbuf, "registered at offset",
		ret = rte_mbuf_dynfield_register(&d));
	TEST_ASSERT(ret == -1 && rte_errno == EEXIST, "other align");
	d.align = 4;
	MBUF_TEST_LOGS(logbuf, "refused offset",
		ret = rte_mbuf_dynfield_register_offset(&d, (size_t)off + 4));
	TEST_ASSERT(ret == -1 && rte_errno == EEXIST, "other offset");
	TEST_ASSERT_EQUAL(rte_mbuf_dynfield_lookup("test_dyn_conflict", NULL),
		off, "refusals moved the field");

	/* Bad parameters. */
	big = field_desc("test_dyn_bad", 0, 1);
	MBUF_TEST_LOGS(
		logbuf, "bad size", ret = rte_mbuf_dynfield_register(&big));
	TEST_ASSERT(ret == -1 && rte_errno == EINVAL, "size 0");
	big.size = sizeof(struct rte_mbuf);
	MBUF_TEST_LOGS(
		logbuf, "bad size", ret = rte_mbuf_dynfield_register(&big));
	TEST_ASSERT(ret == -1 && rte_errno == EINVAL, "size of the mbuf");
	big.size = 4;
	big.align = 3;
	MBUF_TEST_LOGS(
		logbuf, "align 3", ret = rte_mbuf_dynfield_register(&big));
	TEST_ASSERT(ret == -1 && rte_errno == EINVAL, "align 3");
	big.align = 0;
	MBUF_TEST_LOGS(
		logbuf, "align 0", ret = rte_mbuf_dynfield_register(&big));
	TEST_ASSERT(ret == -1 && rte_errno == EINVAL, "align 0");
	big.align = 4;
	big.flags = 1;
	MBUF_TEST_LOGS(
		logbuf, "flags 0x1", ret = rte_mbuf_dynfield_register(&big));
	TEST_ASSERT(ret == -1 && rte_errno == EINVAL, "flags");
	big.flags = 0;
	memset(big.name, 'x', sizeof(big.name));
	MBUF_TEST_LOGS(
		logbuf, "name longer", ret = rte_mbuf_dynfield_register(&big));
	TEST_ASSERT(ret == -1 && rte_errno == ENAMETOOLONG, "long name");

	/* Offsets that cannot be had. */
	big = field_desc("test_dyn_busy", 4, 4);
	MBUF_TEST_LOGS(logbuf, "is not free",
		ret = rte_mbuf_dynfield_register_offset(&big, (size_t)off));
	TEST_ASSERT(ret == -1 && rte_errno == EBUSY, "taken offset");
	MBUF_TEST_LOGS(logbuf, "is not free",
		ret = rte_mbuf_dynfield_register_offset(&big, 0));
	TEST_ASSERT(ret == -1 && rte_errno == EBUSY, "offset 0 (buf_addr)");
	MBUF_TEST_LOGS(logbuf, "is not free",
		ret = rte_mbuf_dynfield_register_offset(&big, 200));
	TEST_ASSERT(ret == -1 && rte_errno == EBUSY, "past the mbuf");
	MBUF_TEST_LOGS(logbuf, "is not free",
		ret = rte_mbuf_dynfield_register_offset(
			&big, sizeof(struct rte_mbuf) - 2));
	TEST_ASSERT(ret == -1 && rte_errno == EBUSY, "runs past the end");
	MBUF_TEST_LOGS(logbuf, "is not free",
		ret = rte_mbuf_dynfield_register_offset(&big, DYN_START + 1));
	TEST_ASSERT(ret == -1 && rte_errno == EBUSY, "misaligned offset");
	TEST_ASSERT(rte_mbuf_dynfield_lookup("test_dyn_busy", NULL) == -1 &&
			rte_errno == ENOENT,
		"a refused field is not registered");

	TEST_ASSERT(rte_mbuf_dynfield_lookup("test_dyn_never", NULL) == -1 &&
			rte_errno == ENOENT,
		"lookup of an unknown field");
	TEST_ASSERT(
		rte_mbuf_dynfield_register(NULL) == -1 && rte_errno == EINVAL,
		"NULL parameters");
	return TEST_SUCCESS;
}

static int
test_dynflag(void)
{
	struct rte_mbuf_dynflag d, got, other;
	int bit, bit2, ret;

	d = flag_desc("test_dynflag_a");
	bit = rte_mbuf_dynflag_register(&d);
	TEST_ASSERT(bit >= FLAG_FIRST && bit <= FLAG_LAST, "bit %d: %s", bit,
		rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(rte_mbuf_dynflag_register(&d), bit, "idempotent");
	TEST_ASSERT_EQUAL(rte_mbuf_dynflag_register_bitnum(&d, bit), bit,
		"at its own bit");
	memset(&got, 0x5a, sizeof(got));
	TEST_ASSERT_EQUAL(
		rte_mbuf_dynflag_lookup("test_dynflag_a", &got), bit, "lookup");
	TEST_ASSERT(strcmp(got.name, "test_dynflag_a") == 0 && got.flags == 0,
		"lookup parameters");

	other = flag_desc("test_dynflag_b");
	bit2 = rte_mbuf_dynflag_register(&other);
	TEST_ASSERT(bit2 >= FLAG_FIRST && bit2 <= FLAG_LAST && bit2 != bit,
		"second flag at %d (first %d)", bit2, bit);

	MBUF_TEST_LOGS(logbuf, "registered at bit",
		ret = rte_mbuf_dynflag_register_bitnum(&d, bit2));
	TEST_ASSERT(ret == -1 && rte_errno == EEXIST, "other bit");
	d = flag_desc("test_dynflag_c");
	MBUF_TEST_LOGS(logbuf, "is not free",
		ret = rte_mbuf_dynflag_register_bitnum(&d, bit2));
	TEST_ASSERT(ret == -1 && rte_errno == EBUSY, "taken bit");
	MBUF_TEST_LOGS(logbuf, "is not free",
		ret = rte_mbuf_dynflag_register_bitnum(&d, 0));
	TEST_ASSERT(ret == -1 && rte_errno == EBUSY, "a static flag's bit");
	MBUF_TEST_LOGS(logbuf, "bit 64",
		ret = rte_mbuf_dynflag_register_bitnum(&d, 64));
	TEST_ASSERT(ret == -1 && rte_errno == EINVAL, "bit 64");
	d.flags = 2;
	MBUF_TEST_LOGS(
		logbuf, "bad flags", ret = rte_mbuf_dynflag_register(&d));
	TEST_ASSERT(ret == -1 && rte_errno == EINVAL, "flags");
	memset(d.name, 'f', sizeof(d.name));
	d.flags = 0;
	MBUF_TEST_LOGS(
		logbuf, "name longer", ret = rte_mbuf_dynflag_register(&d));
	TEST_ASSERT(ret == -1 && rte_errno == ENAMETOOLONG, "long name");
	TEST_ASSERT(rte_mbuf_dynflag_lookup("test_dynflag_c", NULL) == -1 &&
			rte_errno == ENOENT,
		"refused flag not registered");
	return TEST_SUCCESS;
}

static int
test_dyn_timestamp(void)
{
	uint64_t rx_flag = 0, tx_flag = 0;
	int rx_off = -1, tx_off = -1;

	TEST_ASSERT_SUCCESS(
		rte_mbuf_dyn_rx_timestamp_register(&rx_off, &rx_flag),
		"rx timestamp: %s", rte_strerror(rte_errno));
	TEST_ASSERT_SUCCESS(
		rte_mbuf_dyn_tx_timestamp_register(&tx_off, &tx_flag),
		"tx timestamp: %s", rte_strerror(rte_errno));
	TEST_ASSERT_EQUAL(rx_off, tx_off, "one timestamp field");
	if (check_placement(rx_off, sizeof(rte_mbuf_timestamp_t),
		    __alignof__(rte_mbuf_timestamp_t)) != 0)
		return TEST_FAILED;
	TEST_ASSERT(rx_flag != 0 && (rx_flag & (rx_flag - 1)) == 0,
		"rx flag is one bit: %#" PRIx64, rx_flag);
	TEST_ASSERT(tx_flag != 0 && (tx_flag & (tx_flag - 1)) == 0 &&
			tx_flag != rx_flag,
		"tx flag is another bit");
	TEST_ASSERT_EQUAL(rte_mbuf_dynfield_lookup(
				  RTE_MBUF_DYNFIELD_TIMESTAMP_NAME, NULL),
		rx_off, "field under its agreed name");
	TEST_ASSERT_EQUAL(1ULL << rte_mbuf_dynflag_lookup(
				  RTE_MBUF_DYNFLAG_RX_TIMESTAMP_NAME, NULL),
		rx_flag, "rx flag under its agreed name");
	TEST_ASSERT_EQUAL(1ULL << rte_mbuf_dynflag_lookup(
				  RTE_MBUF_DYNFLAG_TX_TIMESTAMP_NAME, NULL),
		tx_flag, "tx flag under its agreed name");
	/* NULL outputs are allowed. */
	TEST_ASSERT_SUCCESS(
		rte_mbuf_dyn_rx_timestamp_register(NULL, NULL), "NULL outputs");
	return TEST_SUCCESS;
}

static int
test_dyn_dump(void)
{
	struct rte_mbuf_dynfield d = field_desc("test_dyn_dumped", 2, 2);
	struct rte_mbuf_dynflag f = flag_desc("test_dynflag_dumped");
	char want[128], *text = NULL;
	size_t len = 0;
	FILE *out;
	int off, bit;

	off = rte_mbuf_dynfield_register(&d);
	bit = rte_mbuf_dynflag_register(&f);
	TEST_ASSERT(off >= 0 && bit >= 0, "register");
	out = open_memstream(&text, &len);
	TEST_ASSERT_NOT_NULL(out, "memstream");
	rte_mbuf_dyn_dump(out);
	fclose(out);
	snprintf(want, sizeof(want), "name=test_dyn_dumped offset=%d size=2",
		off);
	TEST_ASSERT(
		strstr(text, want) != NULL, "dump lacks '%s':\n%s", want, text);
	snprintf(want, sizeof(want), "name=test_dynflag_dumped bitnum=%d", bit);
	TEST_ASSERT(
		strstr(text, want) != NULL, "dump lacks '%s':\n%s", want, text);
	TEST_ASSERT(strstr(text, "Free bytes in mbuf") != NULL, "free map");
	free(text);
	return TEST_SUCCESS;
}

/* ---- the race: two lcores of a primary and one secondary ---- */

#define RACE_ZONE "mbuf_dyn_race"
#define RACE_PARTIES 3
#define RACE_MAX 64
#define RACE_TIMEOUT_S 120.0
#define RACE_SEC_LCORE 2

struct race_field {
	char name[RTE_MBUF_DYN_NAMESIZE];
	int32_t off;
	uint32_t size;
};

struct race_ctl {
	uint32_t go;
	uint32_t phase_a; /* parties done with the shared names */
	uint32_t done; /* parties done with everything */
	int32_t failed[RACE_PARTIES]; /* unexpected errno, or 0 */
	uint32_t nfields[RACE_PARTIES];
	struct race_field fields[RACE_PARTIES][RACE_MAX];
	uint32_t nflags[RACE_PARTIES];
	struct race_field flags[RACE_PARTIES][RACE_MAX];
};

/* Names every party registers, with the same parameters. */
static const struct {
	const char *name;
	uint32_t size;
} race_shared[] = {
	{"race_shared_u64", 8},
	{"race_shared_u32", 4},
	{"race_shared_u16", 2},
	{"race_shared_u8", 1},
};
static const char *const race_shared_flags[] = {
	"race_shared_flag0",
	"race_shared_flag1",
};

static int
race_wait(uint32_t *word, uint32_t value)
{
	double end = test_clock_s() + RACE_TIMEOUT_S;

	while (__atomic_load_n(word, __ATOMIC_ACQUIRE) < value) {
		if (test_clock_s() > end)
			return -1;
		/* Three parties share two CPUs: let the others run. */
		sched_yield();
	}
	return 0;
}

static void
race_record(struct race_field *r, const char *name, int off, uint32_t size)
{
	snprintf(r->name, sizeof(r->name), "%s", name);
	r->off = off;
	r->size = size;
}

/* One party: the shared names, a barrier, then its own until full. */
static int
race_party(struct race_ctl *ctl, unsigned int party)
{
	struct rte_mbuf_dynfield d;
	struct rte_mbuf_dynflag f;
	char name[32];
	unsigned int i, k;
	int ret;

	if (race_wait(&ctl->go, 1) < 0)
		return -ETIMEDOUT;
	for (i = 0; i < RTE_DIM(race_shared); i++) {
		d = field_desc(race_shared[i].name, race_shared[i].size,
			race_shared[i].size);
		ret = rte_mbuf_dynfield_register(&d);
		if (ret < 0)
			return -rte_errno;
		race_record(&ctl->fields[party][ctl->nfields[party]++], d.name,
			ret, race_shared[i].size);
	}
	for (i = 0; i < RTE_DIM(race_shared_flags); i++) {
		f = flag_desc(race_shared_flags[i]);
		ret = rte_mbuf_dynflag_register(&f);
		if (ret < 0)
			return -rte_errno;
		race_record(&ctl->flags[party][ctl->nflags[party]++], f.name,
			ret, 1);
	}
	__atomic_fetch_add(&ctl->phase_a, 1, __ATOMIC_ACQ_REL);
	if (race_wait(&ctl->phase_a, RACE_PARTIES) < 0)
		return -ETIMEDOUT;

	/* Two-byte fields while they fit, then single bytes until full. */
	for (k = 0; ctl->nfields[party] < RACE_MAX; k++) {
		uint32_t size = (k % 2 == 0) ? 2 : 1;

		snprintf(name, sizeof(name), "race_p%u_f%u", party, k);
		d = field_desc(name, size, size);
		/* Yield so that the parties interleave on a loaded machine. */
		sched_yield();
		ret = rte_mbuf_dynfield_register(&d);
		if (ret >= 0) {
			race_record(&ctl->fields[party][ctl->nfields[party]++],
				name, ret, size);
			continue;
		}
		if (rte_errno != ENOSPC)
			return -rte_errno;
		if (size == 1)
			break;
	}
	for (k = 0; ctl->nflags[party] < RACE_MAX; k++) {
		snprintf(name, sizeof(name), "race_p%u_flag%u", party, k);
		f = flag_desc(name);
		sched_yield();
		ret = rte_mbuf_dynflag_register(&f);
		if (ret < 0) {
			if (rte_errno != ENOSPC)
				return -rte_errno;
			break;
		}
		race_record(
			&ctl->flags[party][ctl->nflags[party]++], name, ret, 1);
	}
	return 0;
}

static void
race_finish(struct race_ctl *ctl, unsigned int party, int ret)
{
	ctl->failed[party] = ret;
	__atomic_fetch_add(&ctl->done, 1, __ATOMIC_ACQ_REL);
}

static int
race_worker(void *arg)
{
	struct race_ctl *ctl = arg;

	race_finish(ctl, 1, race_party(ctl, 1));
	return 0;
}

/* The secondary: party 2. */
static int
child_dyn_racer(void)
{
	const struct rte_memzone *mz = rte_memzone_lookup(RACE_ZONE);
	struct race_ctl *ctl;
	unsigned int i;
	int ret;

	if (mz == NULL) {
		printf("racer: no control zone\n");
		return TEST_FAILED;
	}
	ctl = mz->addr;
	ret = race_party(ctl, 2);
	/* What this process registered, it finds under the same names. */
	for (i = 0; ret == 0 && i < ctl->nfields[2]; i++)
		if (rte_mbuf_dynfield_lookup(ctl->fields[2][i].name, NULL) !=
			ctl->fields[2][i].off)
			ret = -EFAULT;
	race_finish(ctl, 2, ret);
	return ret == 0 ? TEST_SUCCESS : TEST_FAILED;
}
REGISTER_TEST_COMMAND(mbuf_child_dyn_racer, child_dyn_racer);

static int
race_check(struct race_ctl *ctl)
{
	uint8_t owner[sizeof(struct rte_mbuf)];
	uint64_t bits = 0;
	unsigned int p, i, j, used = 0, nbits = 0;
	struct rte_mbuf_dynfield d;
	struct rte_mbuf_dynflag f;
	int ret;

	for (p = 0; p < RACE_PARTIES; p++)
		TEST_ASSERT_EQUAL(ctl->failed[p], 0, "party %u failed: %s", p,
			rte_strerror(-ctl->failed[p]));

	/* Shared names: one place, whoever registered first. */
	for (i = 0; i < RTE_DIM(race_shared); i++)
		for (p = 1; p < RACE_PARTIES; p++)
			TEST_ASSERT_EQUAL(ctl->fields[p][i].off,
				ctl->fields[0][i].off,
				"%s at %d for party %u, %d for party 0",
				race_shared[i].name, ctl->fields[p][i].off, p,
				ctl->fields[0][i].off);
	for (i = 0; i < RTE_DIM(race_shared_flags); i++)
		for (p = 1; p < RACE_PARTIES; p++)
			TEST_ASSERT_EQUAL(ctl->flags[p][i].off,
				ctl->flags[0][i].off, "%s differs",
				race_shared_flags[i]);

	/* Every byte has at most one owner; every field is aligned. */
	memset(owner, 0, sizeof(owner));
	for (p = 0; p < RACE_PARTIES; p++) {
		for (i = 0; i < ctl->nfields[p]; i++) {
			const struct race_field *r = &ctl->fields[p][i];

			if (check_placement(r->off, r->size, r->size) != 0)
				return TEST_FAILED;
			TEST_ASSERT_EQUAL(
				rte_mbuf_dynfield_lookup(r->name, NULL), r->off,
				"lookup of %s", r->name);
			if (p > 0 && i < RTE_DIM(race_shared))
				continue; /* counted with party 0 */
			for (j = 0; j < r->size; j++) {
				TEST_ASSERT_EQUAL(owner[r->off + j], 0,
					"byte %u has two owners (%s)",
					r->off + j, r->name);
				owner[r->off + j] = 1;
			}
			used += r->size;
		}
		for (i = 0; i < ctl->nflags[p]; i++) {
			const struct race_field *r = &ctl->flags[p][i];

			TEST_ASSERT(r->off >= FLAG_FIRST && r->off <= FLAG_LAST,
				"flag %s at bit %d", r->name, r->off);
			TEST_ASSERT_EQUAL(
				rte_mbuf_dynflag_lookup(r->name, NULL), r->off,
				"lookup of %s", r->name);
			if (p > 0 && i < RTE_DIM(race_shared_flags))
				continue;
			TEST_ASSERT((bits & (1ULL << r->off)) == 0,
				"bit %d has two owners (%s)", r->off, r->name);
			bits |= 1ULL << r->off;
			nbits++;
		}
	}
	printf("race: fields per party %u %u %u, flags %u %u %u\n",
		ctl->nfields[0], ctl->nfields[1], ctl->nfields[2],
		ctl->nflags[0], ctl->nflags[1], ctl->nflags[2]);
	TEST_ASSERT_EQUAL(used, (unsigned int)DYN_SIZE,
		"the parties filled %u of %zu bytes", used, DYN_SIZE);
	TEST_ASSERT_EQUAL(nbits, (unsigned int)(FLAG_LAST - FLAG_FIRST + 1),
		"the parties took %u flags", nbits);

	/* Full: anything new is refused with ENOSPC and a log line. */
	d = field_desc("race_one_more", 1, 1);
	MBUF_TEST_LOGS(logbuf, "no room", ret = rte_mbuf_dynfield_register(&d));
	TEST_ASSERT(ret == -1 && rte_errno == ENOSPC, "full: %d %d", ret,
		rte_errno);
	f = flag_desc("race_one_more_flag");
	MBUF_TEST_LOGS(logbuf, "no free ol_flags bit",
		ret = rte_mbuf_dynflag_register(&f));
	TEST_ASSERT(ret == -1 && rte_errno == ENOSPC, "no flag left");
	/* Known names still register (idempotence does not need room). */
	d = field_desc(
		race_shared[0].name, race_shared[0].size, race_shared[0].size);
	TEST_ASSERT_EQUAL(rte_mbuf_dynfield_register(&d), ctl->fields[0][0].off,
		"known field in a full registry");
	return TEST_SUCCESS;
}

/* The child primary: parties 0 (main lcore) and 1 (worker). */
static int
child_dyn_race(void)
{
	char pfx[160], lcores[32];
	const char *argv[] = {
		"dpdk-test", lcores, "--no-huge", "--proc-type=secondary", pfx};
	const struct rte_memzone *mz;
	struct race_ctl *ctl;
	unsigned int worker;
	cpu_set_t saved;
	pid_t pid;
	int status, ret;

	worker = rte_get_next_lcore(-1, 1, 0);
	if (worker >= RTE_MAX_LCORE || rte_lcore_is_enabled(RACE_SEC_LCORE)) {
		printf("race: needs exactly lcores 0-1\n");
		return TEST_FAILED;
	}
	mz = rte_memzone_reserve(RACE_ZONE, sizeof(*ctl), SOCKET_ID_ANY, 0);
	TEST_ASSERT_NOT_NULL(mz, "control zone");
	ctl = mz->addr;
	memset(ctl, 0, sizeof(*ctl));

	snprintf(pfx, sizeof(pfx), "--file-prefix=%s", test_file_prefix());
	snprintf(lcores, sizeof(lcores), "--lcores=%d@%d", RACE_SEC_LCORE,
		sysconf(_SC_NPROCESSORS_ONLN) > 1 ? 1 : 0);
	test_affinity_widen(&saved);
	pid = test_spawn_self(argv, RTE_DIM(argv), "mbuf_child_dyn_racer");
	test_affinity_restore(&saved);
	TEST_ASSERT(pid > 0, "spawn the secondary");

	TEST_ASSERT_SUCCESS(rte_eal_remote_launch(race_worker, ctl, worker),
		"launch worker");
	__atomic_store_n(&ctl->go, 1, __ATOMIC_RELEASE);
	race_finish(ctl, 0, race_party(ctl, 0));
	rte_eal_wait_lcore(worker);
	status = test_wait_child(pid);
	TEST_ASSERT_EQUAL(status, 0, "secondary exit status %d", status);
	TEST_ASSERT_SUCCESS(race_wait(&ctl->done, RACE_PARTIES), "parties");
	ret = race_check(ctl);
	rte_memzone_free(mz);
	return ret;
}
REGISTER_TEST_COMMAND(mbuf_child_dyn_race, child_dyn_race);

static int
test_dyn_race(void)
{
	char pfx[160];
	const char *argv[] = {"dpdk-test", "-l", "0-1", "--no-huge", pfx};
	cpu_set_t saved;
	int status;

	if (rte_lcore_count() < 2) {
		printf("dynamic field race: needs two lcores\n");
		return TEST_SKIPPED;
	}
	snprintf(pfx, sizeof(pfx), "--file-prefix=%s_dynrace",
		test_file_prefix());
	test_affinity_widen(&saved);
	status = test_exec_self(argv, RTE_DIM(argv), "mbuf_child_dyn_race");
	test_affinity_restore(&saved);
	TEST_ASSERT_EQUAL(status, 0, "race child exit status %d", status);
	return TEST_SUCCESS;
}

struct unit_test_suite mbuf_dyn_testsuite = {
	.suite_name = "mbuf dynamic fields and flags",
	.unit_test_cases =
		{
			TEST_CASE(test_dynfield_register),
			TEST_CASE(test_dynfield_refusals),
			TEST_CASE(test_dynflag),
			TEST_CASE(test_dyn_timestamp),
			TEST_CASE(test_dyn_dump),
			TEST_CASE(test_dyn_race),
			TEST_CASES_END(),
		},
};
