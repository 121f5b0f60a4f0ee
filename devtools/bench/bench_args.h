/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The command line shared by the standalone benches of this folder:
 *   <bench> <EAL args> -- [-t seconds] [handler ...]
 * Only the DPDK 22.11 public API is used, so that each bench builds
 * against Debian's DPDK as well as against this tree.
 */

#ifndef BENCH_ARGS_H
#define BENCH_ARGS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <rte_eal.h>
#include <rte_errno.h>

/*
 * Initialise the EAL and parse what follows its arguments. *seconds and
 * the handler list keep the caller's defaults unless given. Returns 0,
 * or -1 if the EAL could not start (already reported).
 */
static int
bench_init(int argc, char **argv, double *seconds, const char *const **handlers,
	unsigned int *nb)
{
	int ret;

	ret = rte_eal_init(argc, argv);
	if (ret < 0) {
		fprintf(stderr, "bench: EAL init failed: %s\n",
			rte_strerror(rte_errno));
		return -1;
	}
	argc -= ret;
	argv += ret;
	/* argv[0] is now the program name or the "--" */
	argc--;
	argv++;
	if (argc >= 2 && strcmp(argv[0], "-t") == 0) {
		*seconds = atof(argv[1]);
		argc -= 2;
		argv += 2;
	}
	if (argc > 0) {
		*handlers = (const char *const *)argv;
		*nb = (unsigned int)argc;
	}
	return 0;
}

#endif /* BENCH_ARGS_H */
