/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * dpdk-handler-rates: the external mempool manager at work. One packet
 * buffer pool per registered mempool handler, the same alloc/free loop
 * on each, one table of rates.
 */

#include <errno.h>
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <rte_common.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_launch.h>
#include <rte_lcore.h>
#include <rte_mbuf.h>
#include <rte_mbuf_pool_ops.h>
#include <rte_mempool.h>
#include <rte_ring.h>

#define BURST 32
#define POOL_SIZE 8191
#define MAX_SELECTED 32

struct options {
	unsigned int time_ms; /* per measurement */
	unsigned int cache; /* per-lcore cache of each pool */
	unsigned int pool_size;
	int pipeline; /* also measure the two-lcore pipeline */
	char *handlers[MAX_SELECTED]; /* NULL-terminated; empty = all */
	unsigned int nb_handlers;
};

/* Width of the handler column: the longest name measured. */
static int name_w = 14;

static struct options opt = {
	.time_ms = 500,
	.cache = 0,
	.pool_size = POOL_SIZE,
	.pipeline = 1,
};

static void
usage(const char *prg)
{
	printf("Usage: %s [EAL options] [-- [app options]]\n"
	       "\n"
	       "Creates one packet mbuf pool on every registered mempool "
	       "handler\n"
	       "(rte_pktmbuf_pool_create_by_ops) and prints how many mbufs "
	       "per\n"
	       "second each can allocate and free:\n"
	       "  single    %d x rte_pktmbuf_alloc, then %d x "
	       "rte_pktmbuf_free\n"
	       "  bulk-32   rte_pktmbuf_alloc_bulk(32) + "
	       "rte_pktmbuf_free_bulk(32)\n"
	       "  pipeline  lcore A allocates bursts of 32 and passes them "
	       "through\n"
	       "            a ring to lcore B, which frees them (needs 2 "
	       "lcores)\n"
	       "All on one lcore except the pipeline. Mops/s = millions of "
	       "mbufs\n"
	       "allocated and freed per second.\n"
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
	       "  --cache N       per-lcore cache of each pool (default 0: "
	       "every\n"
	       "                  get and put reaches the handler)\n"
	       "  --pool-size N   mbufs per pool (default %d)\n"
	       "  --handler NAME  measure only this handler (repeatable)\n"
	       "  --no-pipeline   skip the two-lcore column\n"
	       "  -h, --help      this text\n"
	       "\n"
	       "Example: %s -l 0-1 --no-huge --in-memory -- --cache 256\n",
		prg, BURST, BURST, POOL_SIZE, prg);
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
				opt.pool_size < 4 * BURST) {
				fprintf(stderr, "bad --pool-size: %s (>= %d)\n",
					optarg, 4 * BURST);
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

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Mops/s of one loop body run for opt.time_ms, or < 0 on failure. */
typedef int(loop_fn)(struct rte_mempool *mp, struct rte_mbuf **pkts);

static int
loop_single(struct rte_mempool *mp, struct rte_mbuf **pkts)
{
	unsigned int i;

	for (i = 0; i < BURST; i++) {
		pkts[i] = rte_pktmbuf_alloc(mp);
		if (unlikely(pkts[i] == NULL)) {
			while (i > 0)
				rte_pktmbuf_free(pkts[--i]);
			return -1;
		}
	}
	for (i = 0; i < BURST; i++)
		rte_pktmbuf_free(pkts[i]);
	return 0;
}

static int
loop_bulk(struct rte_mempool *mp, struct rte_mbuf **pkts)
{
	if (unlikely(rte_pktmbuf_alloc_bulk(mp, pkts, BURST) != 0))
		return -1;
	rte_pktmbuf_free_bulk(pkts, BURST);
	return 0;
}

static double
measure(struct rte_mempool *mp, loop_fn *fn, double seconds)
{
	struct rte_mbuf *pkts[BURST];
	uint64_t mbufs = 0;
	double start, end, t;
	unsigned int i;

	start = now_s();
	end = start + seconds;
	do {
		/* check the clock every 64 bursts: negligible overhead */
		for (i = 0; i < 64; i++)
			if (fn(mp, pkts) < 0)
				return -1;
		mbufs += 64 * BURST;
		t = now_s();
	} while (t < end);
	return (double)mbufs / (t - start) / 1e6;
}

struct pipe_ctx {
	struct rte_ring *ring;
	int stop;
	uint64_t freed;
};

static int
pipe_consumer(void *arg)
{
	struct pipe_ctx *p = arg;
	struct rte_mbuf *pkts[BURST];
	unsigned int n;

	for (;;) {
		n = rte_ring_sc_dequeue_burst(
			p->ring, (void **)pkts, BURST, NULL);
		if (n == 0) {
			if (__atomic_load_n(&p->stop, __ATOMIC_ACQUIRE) &&
				rte_ring_count(p->ring) == 0)
				break;
			continue;
		}
		rte_pktmbuf_free_bulk(pkts, n);
		p->freed += n;
	}
	return 0;
}

/*
 * Main lcore allocates, the worker frees: each side is the only getter
 * or the only putter, so this is valid for single-producer or
 * single-consumer handlers too.
 */
static double
measure_pipeline(struct rte_mempool *mp, unsigned int worker, double seconds)
{
	struct pipe_ctx p = {NULL, 0, 0};
	struct rte_mbuf *pkts[BURST];
	double start, t;
	unsigned int sent;

	p.ring = rte_ring_create("handler_rates_pipe", 1024, rte_socket_id(),
		RING_F_SP_ENQ | RING_F_SC_DEQ);
	if (p.ring == NULL)
		return -1;
	if (rte_eal_remote_launch(pipe_consumer, &p, worker) != 0) {
		rte_ring_free(p.ring);
		return -1;
	}

	start = now_s();
	do {
		/* on failure the consumer is behind and the pool drained */
		if (rte_pktmbuf_alloc_bulk(mp, pkts, BURST) == 0) {
			sent = 0;
			while (sent < BURST)
				sent += rte_ring_sp_enqueue_burst(p.ring,
					(void **)pkts + sent, BURST - sent,
					NULL);
		}
		t = now_s();
	} while (t - start < seconds);
	__atomic_store_n(&p.stop, 1, __ATOMIC_RELEASE);
	rte_eal_wait_lcore(worker);
	t = now_s();

	rte_ring_free(p.ring);
	return (double)p.freed / (t - start) / 1e6;
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

static int
run_row(const struct row *r, unsigned int worker, const char *best)
{
	double secs = opt.time_ms / 1000.0;
	double single, bulk, pipe = -1;
	struct rte_mempool *mp;
	char pname[RTE_MEMPOOL_NAMESIZE];

	snprintf(pname, sizeof(pname), "rates_%d", r->index);
	mp = rte_pktmbuf_pool_create_by_ops(pname, opt.pool_size, opt.cache, 0,
		RTE_MBUF_DEFAULT_BUF_SIZE, rte_socket_id(), r->name);
	printf("%-*s %5d%s ", name_w, r->name, r->index,
		strcmp(r->name, best) == 0 ? "*" : " ");
	if (mp == NULL) {
		printf("  no pool: %s\n", rte_strerror(rte_errno));
		return -1;
	}
	fflush(stdout);

	/* touch every buffer once so page faults are not measured */
	measure(mp, loop_bulk, RTE_MIN(0.05, secs));

	single = measure(mp, loop_single, secs);
	bulk = measure(mp, loop_bulk, secs);
	if (opt.pipeline && worker < RTE_MAX_LCORE)
		pipe = measure_pipeline(mp, worker, secs);

	print_rate(single, 14);
	print_rate(bulk, 15);
	if (opt.pipeline)
		print_rate(pipe, 17);
	if (!rte_mempool_full(mp))
		printf("   (LEAK: %u of %u mbufs back)",
			rte_mempool_avail_count(mp), mp->size);
	printf("\n");
	rte_mempool_free(mp);
	return single < 0 || bulk < 0 ? -1 : 0;
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
	printf("pool: %u mbufs, data room %d B, per-lcore cache %u%s; %u ms "
	       "per "
	       "measurement; lcore %u",
		opt.pool_size, RTE_MBUF_DEFAULT_BUF_SIZE, opt.cache,
		opt.cache == 0 ? " (every get/put reaches the handler)" : "",
		opt.time_ms, rte_lcore_id());
	if (opt.pipeline && worker < RTE_MAX_LCORE)
		printf(" -> %u for the pipeline", worker);
	printf("\n\n");
	printf("%-*s %5s  %14s%15s", name_w, "handler", "index",
		"single Mops/s", "bulk-32 Mops/s");
	if (opt.pipeline)
		printf("%17s", "pipeline Mops/s");
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
