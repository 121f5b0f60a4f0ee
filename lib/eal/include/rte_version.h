/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Version of this tree.
 */

#ifndef _RTE_VERSION_H_
#define _RTE_VERSION_H_

#include <stdio.h>
#include <string.h>

#include <rte_common.h>
#include <rte_compat.h>

/**
 * A version as one comparable number.
 *
 * @param a
 *   Year.
 * @param b
 *   Month.
 * @param c
 *   Minor.
 * @param d
 *   Release (99 for a final release).
 */
#define RTE_VERSION_NUM(a, b, c, d) ((a) << 24 | (b) << 16 | (c) << 8 | (d))

/** The API version of this tree (22.11's), comparable with RTE_VERSION_NUM. */
#define RTE_VERSION \
	RTE_VERSION_NUM( \
		RTE_VER_YEAR, RTE_VER_MONTH, RTE_VER_MINOR, RTE_VER_RELEASE)

/**
 * The version string, e.g. "DPDK-EMM 22.11.0".
 *
 * @return The string.
 */
const char *rte_version(void);

/**
 * The version prefix (RTE_VER_PREFIX).
 *
 * @return
 *   The prefix.
 */
__rte_experimental const char *rte_version_prefix(void);

/**
 * The version year, two digits (RTE_VER_YEAR).
 *
 * @return
 *   The year.
 */
__rte_experimental unsigned int rte_version_year(void);

/**
 * The version month (RTE_VER_MONTH).
 *
 * @return
 *   The month.
 */
__rte_experimental unsigned int rte_version_month(void);

/**
 * The minor version (RTE_VER_MINOR).
 *
 * @return
 *   The minor version.
 */
__rte_experimental unsigned int rte_version_minor(void);

/**
 * The version suffix, e.g. "-rc" (RTE_VER_SUFFIX, empty for releases).
 *
 * @return
 *   The suffix.
 */
__rte_experimental const char *rte_version_suffix(void);

/**
 * The release candidate number, 99 for a final release (RTE_VER_RELEASE).
 *
 * @return
 *   The number.
 */
__rte_experimental unsigned int rte_version_release(void);

#endif /* _RTE_VERSION_H_ */
