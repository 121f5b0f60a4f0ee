/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/* Fatal paths: stack dumps, rte_panic and rte_exit. */

#include <errno.h>
#include <execinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <rte_common.h>
#include <rte_debug.h>
#include <rte_eal.h>
#include <rte_errno.h>
#include <rte_log.h>

#define BACKTRACE_DEPTH 64

void
rte_dump_stack(void)
{
	void *frames[BACKTRACE_DEPTH];
	char **symbols;
	int n, i;

	n = backtrace(frames, BACKTRACE_DEPTH);
	symbols = backtrace_symbols(frames, n);
	for (i = 0; i < n; i++) {
		if (symbols != NULL)
			rte_log(RTE_LOG_ERR, RTE_LOGTYPE_EAL, "%d: [%s]\n",
				n - i, symbols[i]);
		else
			rte_log(RTE_LOG_ERR, RTE_LOGTYPE_EAL, "%d: [%p]\n",
				n - i, frames[i]);
	}
	free(symbols);
}

void
__rte_panic(const char *funcname, const char *format, ...)
{
	FILE *f = rte_log_get_stream();
	va_list ap;

	rte_log(RTE_LOG_CRIT, RTE_LOGTYPE_EAL, "PANIC in %s():\n", funcname);
	va_start(ap, format);
	vfprintf(f, format, ap);
	va_end(ap);
	fflush(f);
	rte_dump_stack();
	abort();
}

void
rte_exit(int exit_code, const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	rte_vlog(RTE_LOG_CRIT, RTE_LOGTYPE_EAL, format, ap);
	va_end(ap);
	/* An EAL that was never started is not an error here. */
	if (rte_eal_cleanup() != 0 && rte_errno != EALREADY)
		RTE_LOG(CRIT, EAL, "EAL could not release all resources\n");
	exit(exit_code);
}
