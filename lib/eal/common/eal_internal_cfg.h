/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * What the EAL options asked for. Filled by option parsing (eal_options.c)
 * before any other part of rte_eal_init runs; read-only afterwards.
 */

#ifndef EAL_INTERNAL_CFG_H
#define EAL_INTERNAL_CFG_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include <rte_eal.h>

/* Default prefix of runtime files (--file-prefix). */
#define EAL_DEFAULT_PREFIX "rte"
/* Arena size when neither -m nor --socket-mem is given. */
#define EAL_DEFAULT_MEMORY (1024ULL * 1024 * 1024)
/*
 * Where the config and arena are mapped unless --base-virtaddr says
 * otherwise. The sanitizers reserve parts of the address space: 4 GiB
 * lies in AddressSanitizer's shadow gap, and ThreadSanitizer only
 * tracks a few application ranges, so each build picks a base its
 * runtime accepts.
 */
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define EAL_TSAN_BUILD 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) || defined(EAL_TSAN_BUILD)
#define EAL_DEFAULT_BASE_VIRTADDR 0x7000000000ULL
#else
#define EAL_DEFAULT_BASE_VIRTADDR 0x200000000000ULL
#endif

/* When hugepage files are unlinked (--huge-unlink). */
enum eal_huge_unlink {
	EAL_HUGE_UNLINK_EXISTING = 0, /* remove stale files at start-up */
	EAL_HUGE_UNLINK_ALWAYS, /* remove files once mapped */
	EAL_HUGE_UNLINK_NEVER, /* keep and reuse files */
};

/* SIMD width code may use unless the application or an option says. */
#define EAL_DEFAULT_SIMD_BITWIDTH 256

struct internal_config {
	size_t memory; /* arena bytes (-m / --socket-mem sum) */
	size_t socket_mem[RTE_MAX_NUMA_NODES];
	int force_sockets; /* --socket-mem given */
	int no_hugetlbfs; /* --no-huge */
	int in_memory; /* --in-memory: anonymous, no files */
	char hugepage_dir[PATH_MAX]; /* --huge-dir, empty = autodetect */
	char file_prefix[64]; /* --file-prefix */
	enum rte_proc_type_t process_type; /* resolved: primary/secondary */
	uintptr_t base_virtaddr; /* --base-virtaddr, 0 = default */
	unsigned int num_channels; /* -n */
	unsigned int num_ranks; /* -r */
	char *user_mbuf_pool_ops_name; /* --mbuf-pool-ops-name */
	unsigned int main_lcore; /* --main-lcore */
	/*
	 * In-memory behaviour was asked for with --in-memory (in_memory is
	 * also set by --no-shconf: no shared config means no files).
	 */
	int in_memory_opt;
	int no_shconf; /* --no-shconf */
	int legacy_mem; /* --legacy-mem */
	int single_file_segments; /* --single-file-segments */
	int match_allocations; /* --match-allocations */
	enum eal_huge_unlink huge_unlink; /* --huge-unlink */
	int syslog_facility; /* --syslog; -1: no syslog */
	size_t socket_limit[RTE_MAX_NUMA_NODES]; /* --socket-limit */
	int force_socket_limits;
	/* --huge-worker-stack: bytes, 0 = ordinary thread stacks */
	size_t huge_worker_stack_size;
	uint16_t max_simd_bitwidth; /* --force-max-simd-bitwidth */
	int max_simd_bitwidth_forced;
	int no_telemetry; /* --no-telemetry */
};

/* The process's one configuration. */
struct internal_config *eal_get_internal_configuration(void);

#endif /* EAL_INTERNAL_CFG_H */
