/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * dpdk-handler-rates: the external mempool manager at work. Packet
 * buffer pools on every registered mempool handler, the same loops on
 * each, one table of rates. The loops are devtools/bench's (compiled
 * from there): the numbers are those compare.sh and the perf tests
 * measure.
 */

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mbuf_pool_ops.h>
#include <rte_mempool.h>

#include "mbuf_alloc_free.h"
#include "mempool_pipeline.h"

#define POOL_SIZE MAF_POOL_SIZE
#define MAX_SELECTED 32
/* Most measurements a figure is the best of (--repeat). */
#define MAX_REPEAT 100

struct options {
	unsigned int time_ms; /* per measurement */
	unsigned int repeat; /* measurements per figure, the best shown */
	unsigned int cache; /* per-lcore cache of the cached pools */
	unsigned int pool_size;
	int pipeline; /* also measure the two-lcore pipeline */
	char *handlers[MAX_SELECTED]; /* NULL-terminated; empty = all */
	unsigned int nb_handlers;
};

/* Width of the handler column: the longest name measured. */
static int name_w = 14;

static struct options opt = {
	.time_ms = 500,
	.repeat = 3,
	.cache = BENCH_CACHE,
	.pool_size = POOL_SIZE,
	.pipeline = 1,
};

static void
usage(const char *prg)
{
	printf("Usage: %s [EAL options] [-- [app options]]\n"
	       "\n"
	       "Creates packet mbuf pools on every registered mempool "
	       "handler\n"
	       "(rte_pktmbuf_pool_create_by_ops), one without a per-lcore "
	       "cache\n"
	       "(every get and put reaches the handler) and one with a cache "
	       "of\n"
	       "--cache mbufs, and prints how many mbufs per second each can\n"
	       "allocate and free:\n"
	       "  single    %d x rte_pktmbuf_alloc, then %d x "
	       "rte_pktmbuf_free\n"
	       "  bulk-32   rte_pktmbuf_alloc_bulk(32) + "
	       "rte_pktmbuf_free_bulk(32)\n"
	       "  pipeline  lcore A allocates bursts of 32 and passes them "
	       "through\n"
	       "            a ring to lcore B, which frees them (needs 2 "
	       "lcores)\n"
	       "single and bulk-32 run on one lcore. The clock is read once "
	       "per 64\n"
	       "bursts. Mops/s = millions of mbufs allocated and freed per "
	       "second.\n"
	       "\n"
	       "EAL options are passed to rte_eal_init unchanged. With none "
	       "at\n"
	       "all, the program runs as if started with\n"
	       "  --no-huge --in-memory\n"
	       "so it needs neither huge pages nor a runtime directory. "
	       "Handlers\n"
	       "built as plugins are added with -d <file.so>.\n"
	       "\n"
	       "App options (after --):\n"
	       "  --time-ms N     length of each measurement (default 500)\n"
	       "  --repeat N      measurements per figure, the best shown "
	       "(default 3,\n"
	       "                  at most %d): the three columns of a pool "
	       "take turns,\n"
	       "                  as a shared VM's rate swings from one "
	       "second to the next\n"
	       "  --cache N       per-lcore cache of the cached pools (default "
	       "%d;\n"
	       "                  0: measure the uncached pools only)\n"
	       "  --pool-size N   mbufs per pool (default %d)\n"
	       "  --handler NAME  measure only this handler (repeatable)\n"
	       "  --no-pipeline   skip the two-lcore columns\n"
	       "  -h, --help      this text\n"
	       "\n"
	       "Example: %s -l 0-1 --no-huge --in-memory -- --cache 512\n",
		prg, MAF_BURST, MAF_BURST, MAX_REPEAT, BENCH_CACHE, POOL_SIZE,
		prg);
}

static int
parse_uint(const char *s, unsigned int *out)
{
	char *end;
	unsigned long v;

	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v > UINT32_MAX)
		return -1;
	*out = (unsigned int)v;
	return 0;
}

static int
parse_app_args(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"time-ms", required_argument, NULL, 't'},
		{"repeat", required_argument, NULL, 'r'},
		{"cache", required_argument, NULL, 'c'},
		{"pool-size", required_argument, NULL, 'n'},
		{"handler", required_argument, NULL, 'H'},
		{"no-pipeline", no_argument, NULL, 'P'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 't':
			if (parse_uint(optarg, &opt.time_ms) < 0 ||
				opt.time_ms == 0 || opt.time_ms > 60000) {
				fprintf(stderr, "bad --time-ms: %s\n", optarg);
				return -1;
			}
			break;
		case 'r':
			if (parse_uint(optarg, &opt.repeat) < 0 ||
				opt.repeat == 0 || opt.repeat > MAX_REPEAT) {
				fprintf(stderr, "bad --repeat: %s (1..%d)\n",
					optarg, MAX_REPEAT);
				return -1;
			}
			break;
		case 'c':
			if (parse_uint(optarg, &opt.cache) < 0 ||
				opt.cache > RTE_MEMPOOL_CACHE_MAX_SIZE) {
				fprintf(stderr, "bad --cache: %s (0..%d)\n",
					optarg, RTE_MEMPOOL_CACHE_MAX_SIZE);
				return -1;
			}
			break;
		case 'n':
			if (parse_uint(optarg, &opt.pool_size) < 0 ||
				opt.pool_size < 4 * MAF_BURST) {
				fprintf(stderr, "bad --pool-size: %s (>= %d)\n",
					optarg, 4 * MAF_BURST);
				return -1;
			}
			break;
		case 'H':
			if (opt.nb_handlers == MAX_SELECTED - 1) {
				fprintf(stderr, "too many --handler\n");
				return -1;
			}
			opt.handlers[opt.nb_handlers++] = optarg;
			break;
		case 'P':
			opt.pipeline = 0;
			break;
		case 'h':
			usage("dpdk-handler-rates");
			exit(0);
		default:
			return -1;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "unexpected argument: %s\n", argv[optind]);
		return -1;
	}
	return 0;
}

struct row {
	char name[RTE_MEMPOOL_OPS_NAMESIZE];
	int index;
};

struct row_list {
	struct row rows[RTE_MEMPOOL_MAX_OPS_IDX];
	unsigned int n;
};

static int
collect_handler(const struct rte_mempool_handler *h, int idx, void *arg)
{
	struct row_list *l = arg;

	if (l->n < RTE_DIM(l->rows)) {
		snprintf(l->rows[l->n].name, sizeof(l->rows[l->n].name), "%s",
			h->name);
		l->rows[l->n].index = idx;
		l->n++;
	}
	return 0;
}

static void
print_rate(double r, int width)
{
	if (r < 0)
		printf("%*s", width, "-");
	else
		printf("%*.2f", width, r);
}

/* The better of a best-so-far and a new rate; a failure (-1) sticks. */
static double
best_rate(double best, double r)
{
	return best < 0 || r < 0 ? -1 : RTE_MAX(best, r);
}

/*
 * Prints the three rates of one pool of the handler in row r, each the
 * best of opt.repeat measurements taken in turns. Returns -1 if the
 * pool cannot be made or a loop failed, else 0.
 */
static int
run_pool(const struct row *r, unsigned int cache, unsigned int worker)
{
	double secs = opt.time_ms / 1000.0;
	int do_pipe = opt.pipeline && worker < RTE_MAX_LCORE;
	double single = 0, bulk = 0, pipe = do_pipe ? 0 : -1;
	struct rte_mempool *mp;
	char pname[RTE_MEMPOOL_NAMESIZE];
	unsigned int round;
	int ret;

	snprintf(pname, sizeof(pname), "rates_%d_%u", r->index, cache);
	mp = rte_pktmbuf_pool_create_by_ops(pname, opt.pool_size, cache, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id(), r->name);
	if (mp == NULL) {
		printf("  no pool: %s", rte_strerror(rte_errno));
		return -1;
	}

	/* touch every buffer once so page faults are not measured */
	maf_measure(mp, maf_bulk, RTE_MIN(0.05, secs));

	for (round = 0; round < opt.repeat; round++) {
		single = best_rate(single, maf_measure(mp, maf_single, secs));
		bulk = best_rate(bulk, maf_measure(mp, maf_bulk, secs));
		if (do_pipe)
			pipe = best_rate(pipe,
				bench_pipeline_measure(mp, worker, secs, 1));
	}

	print_rate(single, 10);
	print_rate(bulk, 10);
	if (opt.pipeline)
		print_rate(pipe, 10);
	ret = single < 0 || bulk < 0 || (do_pipe && pipe < 0) ? -1 : 0;
	if (!rte_mempool_full(mp)) {
		printf("   (LEAK: %u of %u mbufs back)",
			rte_mempool_avail_count(mp), mp->size);
		ret = -1;
	}
	rte_mempool_free(mp);
	return ret;
}

static int
run_row(const struct row *r, unsigned int worker, const char *best)
{
	int ret;

	printf("%-*s %5d%s", name_w, r->name, r->index,
		strcmp(r->name, best) == 0 ? "*" : " ");
	fflush(stdout);
	ret = run_pool(r, 0, worker);
	if (ret == 0 && opt.cache != 0) {
		printf("  |");
		ret = run_pool(r, opt.cache, worker);
	}
	printf("\n");
	fflush(stdout);
	return ret;
}

static int
selected(const char *name)
{
	unsigned int i;

	if (opt.nb_handlers == 0)
		return 1;
	for (i = 0; i < opt.nb_handlers; i++)
		if (strcmp(opt.handlers[i], name) == 0)
			return 1;
	return 0;
}

static const char *
best_origin(void)
{
	const char *best = rte_mbuf_best_mempool_ops();
	const char *eal = rte_eal_mbuf_user_pool_ops();

	if (eal != NULL && strcmp(eal, best) == 0)
		return "EAL option --mbuf-pool-ops-name";
	if (strcmp(best, RTE_MBUF_DEFAULT_MEMPOOL_OPS) == 0)
		return "build option mbuf_default_mempool_handler";
	return "rte_mbuf_set_*_mempool_ops";
}

int
main(int argc, char **argv)
{
	/* used when the command line holds no EAL option at all */
	char *def_argv[] = {argv[0], (char *)(uintptr_t) "--no-huge",
		(char *)(uintptr_t) "--in-memory", NULL};
	struct row_list list = {.n = 0};
	unsigned int i, worker, measured = 0, failed = 0;
	const char *best;
	int ret, i_arg, eal_argc;

	/* EAL options come first, the app's after a "--" */
	for (eal_argc = 1; eal_argc < argc; eal_argc++)
		if (strcmp(argv[eal_argc], "--") == 0)
			break;

	/* -h anywhere: our usage, which explains the EAL part too */
	for (i_arg = 1; i_arg < eal_argc; i_arg++)
		if (strcmp(argv[i_arg], "-h") == 0 ||
			strcmp(argv[i_arg], "--help") == 0) {
			usage(argv[0]);
			return 0;
		}

	/* app options are checked before the EAL starts any thread */
	if (eal_argc < argc) {
		argv[eal_argc] = argv[0];
		ret = parse_app_args(argc - eal_argc, argv + eal_argc);
	} else {
		ret = parse_app_args(1, argv);
	}
	if (ret < 0)
		return 2;

	if (eal_argc == 1) {
		/* no EAL options: run without huge pages or runtime files */
		ret = rte_eal_init(RTE_DIM(def_argv) - 1, def_argv);
	} else {
		argv[eal_argc] = NULL;
		ret = rte_eal_init(eal_argc, argv);
	}
	if (ret < 0) {
		fprintf(stderr, "EAL init failed: %s (see --help)\n",
			rte_strerror(rte_errno));
		return 1;
	}

	rte_mempool_handler_walk(collect_handler, &list);
	for (i = 0; i < list.n; i++)
		if (selected(list.rows[i].name))
			name_w =
				RTE_MAX(name_w, (int)strlen(list.rows[i].name));
	for (i = 0; i < opt.nb_handlers; i++)
		name_w = RTE_MAX(name_w, (int)strlen(opt.handlers[i]));
	worker = rte_get_next_lcore(-1, 1, 0);
	best = rte_mbuf_best_mempool_ops();

	printf("mbuf alloc+free rate per mempool handler (Mops/s = million "
	       "mbufs/s)\n");
	printf("pools: %u mbufs, data room %d B, per-lcore cache 0",
		opt.pool_size, RTE_MBUF_DEFAULT_BUF_SIZE);
	if (opt.cache != 0)
		printf(" and %u", opt.cache);
	printf("; best of %u measurements of %u ms per figure; lcore %u",
		opt.repeat, opt.time_ms, rte_lcore_id());
	if (opt.pipeline && worker < RTE_MAX_LCORE)
		printf(" -> %u for the pipeline", worker);
	printf("\n\n");
	for (i = 0; i < (opt.cache != 0 ? 2u : 1u); i++) {
		char title[32];
		int width = opt.pipeline ? 30 : 20;

		snprintf(title, sizeof(title), "cache %u",
			i == 0 ? 0 : opt.cache);
		if (i == 0)
			printf("%-*s %5s ", name_w, "", "");
		else
			printf("  |");
		printf("%*s", width, title);
	}
	printf("\n%-*s %5s ", name_w, "handler", "index");
	for (i = 0; i < (opt.cache != 0 ? 2u : 1u); i++) {
		if (i != 0)
			printf("  |");
		printf("%10s%10s", "single", "bulk-32");
		if (opt.pipeline)
			printf("%10s", "pipeline");
	}
	printf("\n");

	for (i = 0; i < list.n; i++) {
		if (!selected(list.rows[i].name))
			continue;
		if (run_row(&list.rows[i], worker, best) < 0)
			failed++;
		else
			measured++;
	}
	for (i = 0; i < opt.nb_handlers; i++)
		if (rte_get_mempool_handler(opt.handlers[i]) < 0) {
			printf("%-*s     -   not registered (try -d "
			       "<plugin.so>)\n",
				name_w, opt.handlers[i]);
			failed++;
		}

	printf("\n* = handler rte_pktmbuf_pool_create() uses here: %s (%s)\n",
		best, best_origin());
	if (opt.pipeline && worker >= RTE_MAX_LCORE)
		printf("pipeline skipped: give two lcores (e.g. -l 0-1)\n");

	rte_eal_cleanup();
	if (measured == 0) {
		fprintf(stderr, "no handler could be measured\n");
		return 1;
	}
	/* A handler that cannot make a pool here (hardware-backed, for
	 * instance) is shown in the table; only one the user asked for by
	 * name makes the run fail. */
	return opt.nb_handlers != 0 && failed != 0 ? 1 : 0;
}
