/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * rte_stack push/pop loops of stack_bulk.c, for the standalone bench
 * (stack_bulk_main.c).
 */

#ifndef STACK_BULK_H
#define STACK_BULK_H

/**
 * Push and pop bulks of 1, 8 and 32 on one lcore, then on two lcores
 * at once on the same stack if the EAL has two (the sum of their
 * rates), on each flavour named ("lf" for RTE_STACK_F_LF, "std" for the
 * spinlock one): RESULT lines (bulkB_1core, bulkB_2cores). With BENCH_ITERS set, each case runs that many
 * push+pop rounds instead of `seconds` (for instruction counts); with
 * BENCH_BULK set, only that bulk size runs.
 *
 * @param flavours  "lf" and/or "std".
 * @param nb  How many.
 * @param seconds  Length of each measurement.
 * @return 0, or -1 if a stack could not be made or lost objects.
 */
int
stack_bulk_bench(const char *const *flavours, unsigned int nb, double seconds);

#endif /* STACK_BULK_H */
