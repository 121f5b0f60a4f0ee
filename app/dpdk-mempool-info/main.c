/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * dpdk-mempool-info: a look at the mempools of a running primary from
 * outside. It attaches as a secondary process and prints the handler
 * table (with the processes that can serve each handler) and one row
 * per pool: handler, size, free objects (in the
 * handler and in caches), objects in use, what each attached process
 * holds, and the cache hit rate of the always-on counters; as text or
 * JSON, once or every few seconds. It only reads: it never gets, puts,
 * flushes, resets or audits, and takes no lock the fast path of a
 * primary takes.
 */

#include <errno.h>
#include <inttypes.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_lcore.h>
#include <rte_mempool.h>

/* Processes listed per pool; rte_mempool_held_by_process tells more. */
#define MAX_PROCS RTE_MEMPOOL_STATS_MAX_PROCS

struct options {
	int json; /* JSON instead of tables */
	double watch; /* seconds between refreshes; 0: print once */
	long count; /* refreshes with --watch; 0: until interrupted */
};

/* One pool as printed: every figure is read once per refresh. */
struct pool_row {
	const struct rte_mempool *mp;
	char handler[RTE_MEMPOOL_HANDLER_NAMESIZE];
	int readable; /* 0: another process's process-local pool */
	unsigned int in_handler; /* free objects in the handler's store */
	unsigned int in_caches; /* free objects in per-lcore caches */
	unsigned int available; /* in_handler + in_caches, at most size */
	unsigned int in_use; /* size - available */
	struct rte_mempool_stats st; /* summed over every lcore slot */
	struct rte_mempool_proc_held held[MAX_PROCS];
	int nb_held; /* entries of held */
};

struct snapshot {
	struct pool_row *rows;
	unsigned int n, cap;
	int err;
};

static void
usage(const char *prog)
{
	printf("Usage: %s [EAL options] [--] [--json] [--watch SECONDS "
	       "[--count N]]\n"
	       "Attach to a running primary (give its --file-prefix and, if "
	       "it runs\n"
	       "without huge pages, --no-huge) and print its mempool "
	       "handlers and pools.\n"
	       "  --json           one JSON document per refresh\n"
	       "  --watch SECONDS  refresh every SECONDS, in place\n"
	       "  --count N        with --watch, stop after N refreshes\n"
	       "  --help           this text\n"
	       "Other options, before or after --, go to the EAL. Without "
	       "-l, -c or\n"
	       "--lcores the tool runs as lcore %d, so that it shares no "
	       "lcore id (and no\n"
	       "cache) with the primary.\n",
		prog, RTE_MAX_LCORE - 1);
}

/* -l, -c and --lcores, with their value attached or not. */
static int
is_lcore_option(const char *a)
{
	return strncmp(a, "-l", 2) == 0 || strncmp(a, "-c", 2) == 0 ||
		strncmp(a, "--lcores", 8) == 0;
}

/* A CPU this process may run on, for its lcore. */
static int
first_cpu(void)
{
	cpu_set_t set;
	int c;

	if (sched_getaffinity(0, sizeof(set), &set) == 0)
		for (c = 0; c < CPU_SETSIZE; c++)
			if (CPU_ISSET(c, &set))
				return c;
	return 0;
}

/*
 * Split the command line: the tool's options wherever they are, the
 * rest for the EAL (with --proc-type=secondary and an lcore id of its
 * own added unless given). Returns the EAL argc, or -1 (bad option,
 * reported) or -2 (--help).
 */
static int
parse_args(int argc, char **argv, char **eal, char *lcores, size_t lcores_len,
	struct options *o)
{
	int i, n = 0, has_lcores = 0, has_type = 0;
	char *end;

	eal[n++] = argv[0];
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--") == 0)
			continue;
		if (strcmp(a, "--json") == 0) {
			o->json = 1;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			return -2;
		} else if (strcmp(a, "--watch") == 0 ||
			strcmp(a, "--count") == 0) {
			if (i + 1 >= argc) {
				fprintf(stderr, "%s needs a value\n", a);
				return -1;
			}
			errno = 0;
			if (a[2] == 'w') {
				o->watch = strtod(argv[++i], &end);
				if (errno != 0 || *end != '\0' ||
					!(o->watch > 0)) {
					fprintf(stderr,
						"--watch: \"%s\" is not a "
						"positive number of seconds\n",
						argv[i]);
					return -1;
				}
			} else {
				o->count = strtol(argv[++i], &end, 10);
				if (errno != 0 || *end != '\0' ||
					o->count <= 0) {
					fprintf(stderr,
						"--count: \"%s\" is not a "
						"positive number\n",
						argv[i]);
					return -1;
				}
			}
		} else {
			if (is_lcore_option(a))
				has_lcores = 1;
			if (strncmp(a, "--proc-type", 11) == 0)
				has_type = 1;
			eal[n++] = argv[i];
		}
	}
	if (!has_type)
		eal[n++] = (char *)(uintptr_t) "--proc-type=secondary";
	if (!has_lcores) {
		snprintf(lcores, lcores_len, "--lcores=%d@%d",
			RTE_MAX_LCORE - 1, first_cpu());
		eal[n++] = lcores;
	}
	eal[n] = NULL;
	return n;
}

static void
add_pool(struct rte_mempool *mp, void *arg)
{
	struct snapshot *s = arg;
	struct pool_row *r;

	if (s->err != 0)
		return;
	if (s->n == s->cap) {
		unsigned int cap = s->cap == 0 ? 16 : 2 * s->cap;
		struct pool_row *rows =
			realloc(s->rows, (size_t)cap * sizeof(*rows));

		if (rows == NULL) {
			s->err = ENOMEM;
			return;
		}
		s->rows = rows;
		s->cap = cap;
	}
	r = &s->rows[s->n++];
	memset(r, 0, sizeof(*r));
	r->mp = mp;
}

/* Name of each shared handler index, and whether this tool has it. */
static struct {
	char name[RTE_MEMPOOL_HANDLER_NAMESIZE];
	int here;
} handler_names[RTE_MEMPOOL_MAX_OPS_IDX];

static int
note_handler(const struct rte_mempool_handler_info *h, void *arg)
{
	RTE_SET_USED(arg);
	if (h->index >= 0 && h->index < RTE_MEMPOOL_MAX_OPS_IDX) {
		snprintf(handler_names[h->index].name,
			sizeof(handler_names[h->index].name), "%s", h->name);
		handler_names[h->index].here = h->registered_here;
	}
	return 0;
}

/*
 * Read one pool. The store of a pool is out of reach when this tool
 * lacks its handler (another process registered it, e.g. from a -d
 * plugin), or when the handler is process-local and another process
 * made the pool (its memory is not mapped here): then only its
 * descriptor and counters are read.
 */
static void
read_pool(struct pool_row *r)
{
	const struct rte_mempool *mp = r->mp;
	const struct rte_mempool_ops *ops = rte_mempool_get_ops(mp->ops_index);
	unsigned int l, total;
	int i, n;

	snprintf(r->handler, sizeof(r->handler), "%s",
		handler_names[mp->ops_index].name[0] != '\0'
			? handler_names[mp->ops_index].name
			: "?");
	r->readable = handler_names[mp->ops_index].here &&
		!((ops->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL) &&
			mp->creator_pid != (int32_t)getpid());
	if (mp->cache_size != 0)
		for (l = 0; l < RTE_MAX_LCORE; l++)
			r->in_caches += __atomic_load_n(
				&mp->local_cache[l].len, __ATOMIC_RELAXED);
	/* The handler's count and the caches, as rte_mempool_avail_count
	 * sums them (at most the pool's size: counts move while read). */
	total = r->readable ? rte_mempool_avail_count(mp) : r->in_caches;
	r->available = RTE_MIN(total, mp->size);
	r->in_handler =
		r->available > r->in_caches ? r->available - r->in_caches : 0;
	r->in_use = mp->size - r->available;
	rte_mempool_stats_get(mp, -1, &r->st);
	n = rte_mempool_held_by_process(mp, r->held, MAX_PROCS);
	n = RTE_MAX(RTE_MIN(n, MAX_PROCS), 0);
	/* This tool holds nothing: leave it out. */
	for (i = 0; i < n; i++)
		if (r->held[i].pid != (int32_t)getpid())
			r->held[r->nb_held++] = r->held[i];
}

/* Hit rate of the gets in percent, or -1 with no get at all. */
static double
hit_rate(const struct rte_mempool_stats *st)
{
	uint64_t all = st->cache_hits + st->cache_misses;

	return all == 0 ? -1.0 : 100.0 * (double)st->cache_hits / (double)all;
}

static double
avg(uint64_t objs, uint64_t calls)
{
	return calls == 0 ? 0.0 : (double)objs / (double)calls;
}

/* A pool or handler name as a JSON string (names are printable, but be safe). */
static void
json_string(FILE *f, const char *str)
{
	const unsigned char *p;

	fputc('"', f);
	for (p = (const unsigned char *)str; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(f, "\\%c", *p);
		else if (*p < 0x20)
			fprintf(f, "\\u%04x", *p);
		else
			fputc(*p, f);
	}
	fputc('"', f);
}

struct handler_count {
	const struct snapshot *s;
	FILE *f;
	int json;
	int first;
};

/* The pids that can serve a handler, this tool left out. */
static unsigned int
servers_of(const struct rte_mempool_handler_info *h, int32_t *pids)
{
	unsigned int i, n = 0;

	for (i = 0; i < h->nb_procs; i++)
		if (h->procs[i] != (int32_t)getpid())
			pids[n++] = h->procs[i];
	return n;
}

static int
print_handler(const struct rte_mempool_handler_info *h, void *arg)
{
	struct handler_count *hc = arg;
	int32_t pids[RTE_MEMPOOL_STATS_MAX_PROCS];
	unsigned int i, pools = 0, n = servers_of(h, pids);
	char procs[256];
	size_t off = 0;

	for (i = 0; i < hc->s->n; i++)
		if (hc->s->rows[i].mp->ops_index == h->index)
			pools++;
	if (hc->json) {
		fprintf(hc->f, "%s\n    {\"index\": %d, \"name\": ",
			hc->first ? "" : ",", h->index);
		json_string(hc->f, h->name);
		fprintf(hc->f,
			", \"flags\": %" PRIu32 ", \"process_local\": %s, "
			"\"own_memory\": %s, \"registered_here\": %s, "
			"\"pools\": %u, \"processes\": [",
			h->flags,
			(h->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL)
				? "true"
				: "false",
			(h->flags & RTE_MEMPOOL_HANDLER_F_OWN_MEMORY) ? "true"
								      : "false",
			h->registered_here ? "true" : "false", pools);
		for (i = 0; i < n; i++)
			fprintf(hc->f, "%s%d", i == 0 ? "" : ", ",
				(int)pids[i]);
		fprintf(hc->f, "]}");
	} else {
		procs[0] = '\0';
		for (i = 0; i < n && off < sizeof(procs); i++)
			off += (size_t)snprintf(procs + off,
				sizeof(procs) - off, "%s%d", i == 0 ? "" : " ",
				(int)pids[i]);
		fprintf(hc->f, "%5d  %-24s %-18s %5u  %s\n", h->index, h->name,
			(h->flags & RTE_MEMPOOL_HANDLER_F_PROCESS_LOCAL)
				? "process-local"
				: (h->flags & RTE_MEMPOOL_HANDLER_F_OWN_MEMORY)
				? "own-memory"
				: "-",
			pools, n == 0 ? "-" : procs);
	}
	hc->first = 0;
	return 0;
}

/* "pid:held pid:held", processes holding nothing left out. */
static void
holdings_text(const struct pool_row *r, char *buf, size_t len)
{
	size_t off = 0;
	int i;

	buf[0] = '\0';
	for (i = 0; i < r->nb_held && off < len; i++) {
		if (r->held[i].held == 0)
			continue;
		off += (size_t)snprintf(buf + off, len - off, "%s%d%s:%" PRId64,
			off == 0 ? "" : " ", (int)r->held[i].pid,
			r->held[i].dead ? "(dead)" : "", r->held[i].held);
	}
	if (buf[0] == '\0')
		snprintf(buf, len, "-");
}

static void
print_text(FILE *f, const struct snapshot *s)
{
	struct handler_count hc = {s, f, 0, 1};
	char held[256], rate[16];
	unsigned int i;

	fprintf(f, "Mempool handlers\n%5s  %-24s %-18s %5s  %s\n", "index",
		"name", "flags", "pools", "served by (pid)");
	rte_mempool_handler_info_walk(print_handler, &hc);
	fprintf(f, "\nMempools\n%-24s %-12s %8s %9s %9s %8s %8s  %s\n", "name",
		"handler", "size", "available", "in_caches", "in_use",
		"hit_rate", "held (pid:objects)");
	for (i = 0; i < s->n; i++) {
		const struct pool_row *r = &s->rows[i];
		double hr = hit_rate(&r->st);

		holdings_text(r, held, sizeof(held));
		if (hr < 0)
			snprintf(rate, sizeof(rate), "-");
		else
			snprintf(rate, sizeof(rate), "%.1f%%", hr);
		if (r->readable)
			fprintf(f, "%-24s %-12s %8u %9u %9u %8u %8s  %s\n",
				r->mp->name, r->handler, r->mp->size,
				r->available, r->in_caches, r->in_use, rate,
				held);
		else
			fprintf(f, "%-24s %-12s %8u %9s %9u %8s %8s  %s\n",
				r->mp->name, r->handler, r->mp->size, "?",
				r->in_caches, "?", rate, held);
	}
	if (s->n == 0)
		fprintf(f, "(no pools)\n");
}

static void
print_json(FILE *f, const struct snapshot *s)
{
	struct handler_count hc = {s, f, 1, 1};
	unsigned int i;
	int p;

	fprintf(f, "{\n  \"pid\": %d,\n  \"handlers\": [", (int)getpid());
	rte_mempool_handler_info_walk(print_handler, &hc);
	fprintf(f, "\n  ],\n  \"pools\": [");
	for (i = 0; i < s->n; i++) {
		const struct pool_row *r = &s->rows[i];
		const struct rte_mempool_stats *st = &r->st;
		double hr = hit_rate(st);

		fprintf(f, "%s\n    {\"name\": ", i == 0 ? "" : ",");
		json_string(f, r->mp->name);
		fprintf(f, ", \"handler\": ");
		json_string(f, r->handler);
		fprintf(f,
			", \"handler_index\": %d, \"size\": %u, "
			"\"cache_size\": %u, \"elt_size\": %u, "
			"\"readable\": %s",
			r->mp->ops_index, r->mp->size, r->mp->cache_size,
			r->mp->elt_size, r->readable ? "true" : "false");
		if (r->readable)
			fprintf(f,
				", \"available\": %u, \"in_caches\": %u, "
				"\"common_pool_count\": %u, \"in_use\": %u",
				r->available, r->in_caches, r->in_handler,
				r->in_use);
		else
			fprintf(f,
				", \"available\": null, \"in_caches\": %u, "
				"\"common_pool_count\": null, "
				"\"in_use\": null",
				r->in_caches);
		if (hr < 0)
			fprintf(f, ", \"cache_hit_rate\": null");
		else
			fprintf(f, ", \"cache_hit_rate\": %.2f", hr);
		fprintf(f, ",\n     \"held_by_process\": [");
		for (p = 0; p < r->nb_held; p++)
			fprintf(f,
				"%s{\"pid\": %d, \"dead\": %s, \"held\": "
				"%" PRId64 "}",
				p == 0 ? "" : ", ", (int)r->held[p].pid,
				r->held[p].dead ? "true" : "false",
				r->held[p].held);
		fprintf(f,
			"],\n     \"stats\": {\"get_calls\": %" PRIu64
			", \"get_objs\": %" PRIu64
			", \"get_fail_calls\": %" PRIu64
			", \"get_fail_objs\": %" PRIu64
			", \"put_calls\": %" PRIu64 ", \"put_objs\": %" PRIu64
			", \"cache_hits\": %" PRIu64
			", \"cache_misses\": %" PRIu64
			", \"deq_calls\": %" PRIu64 ", \"deq_objs\": %" PRIu64
			", \"enq_calls\": %" PRIu64 ", \"enq_objs\": %" PRIu64
			", \"held\": %" PRId64
			", \"avg_get_burst\": %.2f, \"avg_put_burst\": %.2f}}",
			st->get_calls, st->get_objs, st->get_fail_calls,
			st->get_fail_objs, st->put_calls, st->put_objs,
			st->cache_hits, st->cache_misses, st->deq_calls,
			st->deq_objs, st->enq_calls, st->enq_objs, st->held,
			avg(st->get_objs, st->get_calls),
			avg(st->put_objs, st->put_calls));
	}
	fprintf(f, "\n  ]\n}\n");
}

static int
refresh(const struct options *o, int clear)
{
	struct snapshot s = {NULL, 0, 0, 0};
	unsigned int i;

	rte_mempool_walk(add_pool, &s);
	if (s.err != 0) {
		fprintf(stderr, "dpdk-mempool-info: %s\n", strerror(s.err));
		free(s.rows);
		return -1;
	}
	memset(handler_names, 0, sizeof(handler_names));
	rte_mempool_handler_info_walk(note_handler, NULL);
	/* Outside the walk: the walk holds the pool list's read lock. */
	for (i = 0; i < s.n; i++)
		read_pool(&s.rows[i]);
	if (clear)
		printf("\033[H\033[2J");
	if (o->json)
		print_json(stdout, &s);
	else
		print_text(stdout, &s);
	fflush(stdout);
	free(s.rows);
	return 0;
}

int
main(int argc, char **argv)
{
	struct options o = {0, 0.0, 0};
	char lcores[64];
	char **eal;
	int eal_argc, ret, clear;
	long n;

	eal = calloc((size_t)argc + 3, sizeof(*eal));
	if (eal == NULL)
		return 1;
	eal_argc = parse_args(argc, argv, eal, lcores, sizeof(lcores), &o);
	if (eal_argc == -2) {
		usage(argv[0]);
		free(eal);
		return 0;
	}
	if (eal_argc < 0) {
		usage(argv[0]);
		free(eal);
		return 2;
	}
	ret = rte_eal_init(eal_argc, eal);
	if (ret < 0) {
		fprintf(stderr,
			"dpdk-mempool-info: cannot attach to a primary: %s "
			"(is it running, with the same --file-prefix?)\n",
			rte_strerror(rte_errno));
		free(eal);
		return 1;
	}
	if (rte_eal_process_type() != RTE_PROC_SECONDARY) {
		fprintf(stderr,
			"dpdk-mempool-info: runs as a secondary "
			"process only\n");
		rte_eal_cleanup();
		free(eal);
		return 1;
	}
	/* In place only on a terminal; a pipe gets one report after the
	 * other. */
	clear = o.watch > 0 && !o.json && isatty(STDOUT_FILENO);
	for (n = 0;; n++) {
		if (refresh(&o, clear) < 0) {
			ret = 1;
			break;
		}
		ret = 0;
		if (o.watch <= 0 || (o.count > 0 && n + 1 >= o.count))
			break;
		usleep((useconds_t)(o.watch * 1e6));
	}
	rte_eal_cleanup();
	free(eal);
	return ret;
}
