/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * What the operating system (Linux) provides under DPDK's names: queue
 * macros and CPU sets.
 */

#ifndef _RTE_OS_H_
#define _RTE_OS_H_

#include <sched.h>
#include <sys/queue.h>

#ifdef __cplusplus
extern "C" {
#endif

/** sys/queue.h's TAILQ_HEAD. */
#define RTE_TAILQ_HEAD(name, type) TAILQ_HEAD(name, type)
/** sys/queue.h's TAILQ_ENTRY. */
#define RTE_TAILQ_ENTRY(type) TAILQ_ENTRY(type)
/** sys/queue.h's TAILQ_FOREACH. */
#define RTE_TAILQ_FOREACH(var, head, field) TAILQ_FOREACH(var, head, field)
/** sys/queue.h's TAILQ_FIRST. */
#define RTE_TAILQ_FIRST(head) TAILQ_FIRST(head)
/** sys/queue.h's TAILQ_NEXT. */
#define RTE_TAILQ_NEXT(elem, field) TAILQ_NEXT(elem, field)
/** sys/queue.h's STAILQ_HEAD. */
#define RTE_STAILQ_HEAD(name, type) STAILQ_HEAD(name, type)
/** sys/queue.h's STAILQ_ENTRY. */
#define RTE_STAILQ_ENTRY(type) STAILQ_ENTRY(type)

/* glibc declares cpu_set_t only with _GNU_SOURCE. */
#ifdef CPU_SETSIZE
/** A set of CPUs. */
typedef cpu_set_t rte_cpuset_t;
/** rte_cpuset_t and the functions taking it are available. */
#define RTE_HAS_CPUSET
/** dst = src1 & src2. */
#define RTE_CPU_AND(dst, src1, src2) CPU_AND(dst, src1, src2)
/** dst = src1 | src2. */
#define RTE_CPU_OR(dst, src1, src2) CPU_OR(dst, src1, src2)
/** Put every CPU in the set. */
#define RTE_CPU_FILL(set) \
	do { \
		unsigned int i__; \
		CPU_ZERO(set); \
		for (i__ = 0; i__ < CPU_SETSIZE; i__++) \
			CPU_SET(i__, set); \
	} while (0)
/** dst = every CPU not in src. */
#define RTE_CPU_NOT(dst, src) \
	do { \
		cpu_set_t all__; \
		RTE_CPU_FILL(&all__); \
		CPU_XOR(dst, &all__, src); \
	} while (0)
#endif /* CPU_SETSIZE */

#ifdef __cplusplus
}
#endif

#endif /* _RTE_OS_H_ */
