/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * The per-lcore rte_errno and rte_strerror, which knows the EAL's own
 * codes (E_RTE_SECONDARY, E_RTE_NO_CONFIG) besides the C library's.
 */

#include <stdio.h>
#include <string.h>

#include <rte_errno.h>
#include <rte_per_lcore.h>

RTE_DEFINE_PER_LCORE(int, _rte_errno);

/* Per thread so two threads formatting unknown codes do not race. */
static __thread char strerror_buf[256];

const char *
rte_strerror(int errnum)
{
	/* Callers pass both errno and -errno; DPDK tolerates both. */
	if (errnum < 0)
		errnum = -errnum;

	switch (errnum) {
	case E_RTE_SECONDARY:
		return "Invalid call in secondary process";
	case E_RTE_NO_CONFIG:
		return "Missing rte_config structure";
	default:
		break;
	}
	if (errnum > RTE_MIN_ERRNO && errnum < RTE_MAX_ERRNO) {
		snprintf(strerror_buf, sizeof(strerror_buf),
			"Unknown EAL error %d", errnum);
		return strerror_buf;
	}
	/* GNU strerror_r may return a static string instead of buf. */
	return strerror_r(errnum, strerror_buf, sizeof(strerror_buf));
}
