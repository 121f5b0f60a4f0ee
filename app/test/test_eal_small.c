/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Small EAL APIs of DPDK 22.11: the RTE_TEST_ASSERT macros of
 * rte_test.h, rte_hypervisor_get(_name), rte_time.h's conversions and
 * time counter, the timer lock, rte_mcfg_get_single_file_segments,
 * the CPU queries (RTM, intrinsics), eal_timer_source and
 * eal_parse_sysfs_value(), and rte_eal_paging.h's map, unmap and lock.
 */

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_cycles.h>
#include <rte_eal_memconfig.h>
#include <rte_eal_paging.h>
#include <rte_errno.h>
#include <rte_hypervisor.h>
#include <rte_memory.h>
#include <rte_spinlock.h>
#include <rte_time.h>

/* Count failures the way a test harness would hook them. */
static unsigned int traced;
#define RTE_TEST_TRACE_FAILURE(_file, _line, _func) (traced++)
#include <rte_test.h>

#include "test.h"

/* Exported by the EAL as in 22.11; its header there is internal. */
int eal_parse_sysfs_value(const char *filename, unsigned long *val);

/* Each returns what the macro makes it return for the value given. */
static int
assert_true(int v)
{
	RTE_TEST_ASSERT(v, "v is %d", v);
	return 0;
}

static int
assert_equal(int a, int b)
{
	RTE_TEST_ASSERT_EQUAL(a, b, "%d != %d", a, b);
	return 0;
}

static int
assert_not_equal(int a, int b)
{
	RTE_TEST_ASSERT_NOT_EQUAL(a, b, "%d == %d", a, b);
	return 0;
}

static int
assert_success(int v)
{
	RTE_TEST_ASSERT_SUCCESS(v, "failed: %d", v);
	return 0;
}

static int
assert_fail(int v)
{
	RTE_TEST_ASSERT_FAIL(v, "succeeded");
	return 0;
}

static int
assert_null(void *p)
{
	RTE_TEST_ASSERT_NULL(p, "not NULL");
	return 0;
}

static int
assert_not_null(void *p)
{
	RTE_TEST_ASSERT_NOT_NULL(p, "NULL");
	return 0;
}

static int
test_rte_test_macros(void)
{
	int x;

	traced = 0;
	TEST_ASSERT(assert_true(1) == 0 && assert_true(0) == -1, "ASSERT");
	TEST_ASSERT(assert_equal(3, 3) == 0 && assert_equal(3, 4) == -1,
		"ASSERT_EQUAL");
	TEST_ASSERT(assert_not_equal(3, 4) == 0 && assert_not_equal(3, 3) == -1,
		"ASSERT_NOT_EQUAL");
	TEST_ASSERT(assert_success(0) == 0 && assert_success(-5) == -1,
		"ASSERT_SUCCESS");
	TEST_ASSERT(
		assert_fail(-5) == 0 && assert_fail(0) == -1, "ASSERT_FAIL");
	TEST_ASSERT(
		assert_null(NULL) == 0 && assert_null(&x) == -1, "ASSERT_NULL");
	TEST_ASSERT(assert_not_null(&x) == 0 && assert_not_null(NULL) == -1,
		"ASSERT_NOT_NULL");
	TEST_ASSERT_EQUAL(
		traced, 7, "RTE_TEST_TRACE_FAILURE called %u times", traced);
	return TEST_SUCCESS;
}

static int
test_hypervisor(void)
{
	enum rte_hypervisor hv = rte_hypervisor_get();

	printf("hypervisor: %s\n", rte_hypervisor_get_name(hv));
	TEST_ASSERT(hv <= RTE_HYPERVISOR_UNKNOWN, "value %d", hv);
	TEST_ASSERT_EQUAL(rte_hypervisor_get(), hv, "not stable");
	TEST_ASSERT(strcmp(rte_hypervisor_get_name(RTE_HYPERVISOR_NONE),
			    "none") == 0 &&
			strcmp(rte_hypervisor_get_name(RTE_HYPERVISOR_KVM),
				"KVM") == 0 &&
			strcmp(rte_hypervisor_get_name(RTE_HYPERVISOR_HYPERV),
				"Hyper-V") == 0 &&
			strcmp(rte_hypervisor_get_name(RTE_HYPERVISOR_VMWARE),
				"VMware") == 0 &&
			strcmp(rte_hypervisor_get_name(RTE_HYPERVISOR_UNKNOWN),
				"unknown") == 0,
		"names differ from 22.11's");
	TEST_ASSERT(strcmp(rte_hypervisor_get_name((enum rte_hypervisor)99),
			    "unknown") == 0,
		"out-of-range value");
#if defined(RTE_ARCH_X86)
	/* The hypervisor bit of cpuid, as /proc/cpuinfo shows it. */
	{
		FILE *f = fopen("/proc/cpuinfo", "r");
		char line[4096];
		int flag = -1;

		while (f != NULL && fgets(line, sizeof(line), f) != NULL) {
			if (strncmp(line, "flags", 5) == 0) {
				flag = strstr(line, " hypervisor") != NULL;
				break;
			}
		}
		if (f != NULL)
			fclose(f);
		if (flag >= 0)
			TEST_ASSERT_EQUAL(hv != RTE_HYPERVISOR_NONE, flag,
				"cpuinfo says hypervisor=%d", flag);
	}
#endif
	return TEST_SUCCESS;
}

static int
test_time(void)
{
	struct timespec ts = {.tv_sec = 3, .tv_nsec = 5};
	struct rte_timecounter tc;

	TEST_ASSERT_EQUAL(rte_timespec_to_ns(&ts), UINT64_C(3000000005),
		"timespec_to_ns");
	ts = rte_ns_to_timespec(UINT64_C(7000000009));
	TEST_ASSERT(ts.tv_sec == 7 && ts.tv_nsec == 9, "ns_to_timespec");
	ts = rte_ns_to_timespec(0);
	TEST_ASSERT(ts.tv_sec == 0 && ts.tv_nsec == 0, "ns_to_timespec(0)");

	/* A 16-bit counter at 4 cycles per ns (shift 2). */
	memset(&tc, 0, sizeof(tc));
	tc.cc_mask = 0xffff;
	tc.cc_shift = 2;
	tc.nsec_mask = (UINT64_C(1) << 2) - 1;
	tc.cycle_last = 100;
	TEST_ASSERT_EQUAL(rte_timecounter_update(&tc, 110), 2, "10 cycles");
	TEST_ASSERT_EQUAL(tc.nsec_frac, 2, "carried fraction");
	TEST_ASSERT_EQUAL(
		rte_timecounter_update(&tc, 112), 3, "fraction added");
	/* Wrap: 0xfff0 -> 0x10 is 0x20 cycles. */
	tc.cycle_last = 0xfff0;
	tc.nsec = 0;
	tc.nsec_frac = 0;
	TEST_ASSERT_EQUAL(rte_timecounter_update(&tc, 0x10), 8, "wrapped");
	return TEST_SUCCESS;
}

static int
test_small_symbols(void)
{
	struct rte_cpu_intrinsics intr;
	char path[] = "/tmp/dpdk_test_sysfs_XXXXXX";
	struct test_capture cap;
	unsigned long val = 0;
	char log[2048];
	int fd, ret;

	/* The timer lock excludes, and is free again after. */
	rte_mcfg_timer_lock();
	rte_mcfg_timer_unlock();
	rte_mcfg_timer_lock();
	rte_mcfg_timer_unlock();
	/* dpdk-test runs without --single-file-segments. */
	TEST_ASSERT_EQUAL(rte_mcfg_get_single_file_segments(), false,
		"single-file segments");
	TEST_ASSERT_EQUAL(eal_timer_source, EAL_TIMER_TSC, "timer source");
	TEST_ASSERT_EQUAL(rte_cycles_vmware_tsc_map, 0, "vmware map");
	memset(&intr, 0xff, sizeof(intr));
	rte_cpu_get_intrinsics_support(&intr);
	TEST_ASSERT(!intr.power_monitor && !intr.power_pause &&
			!intr.power_monitor_multi,
		"intrinsics claimed without a power library");
#if defined(RTE_ARCH_X86)
	TEST_ASSERT_EQUAL(rte_rtm_supported,
		rte_cpu_get_flag_enabled(RTE_CPUFLAG_RTM) == 1, "rtm");
#endif
	/* --no-huge: no physical addresses. */
	TEST_ASSERT_EQUAL(rte_eal_using_phys_addrs(), 0, "phys addrs");

	fd = mkstemp(path);
	TEST_ASSERT(fd >= 0, "mkstemp");
	ret = (int)write(fd, "0x1f\n", 5);
	close(fd);
	TEST_ASSERT_EQUAL(ret, 5, "write");
	TEST_ASSERT_SUCCESS(eal_parse_sysfs_value(path, &val), "parse");
	TEST_ASSERT_EQUAL(val, 31, "value %lu", val);

	fd = open(path, O_WRONLY | O_TRUNC);
	ret = (int)write(fd, "12abc\n", 6);
	close(fd);
	TEST_ASSERT_EQUAL(ret, 6, "write");
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	val = 77;
	ret = eal_parse_sysfs_value(path, &val);
	unlink(path);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT_EQUAL(ret, -1, "garbage parsed");
	TEST_ASSERT_NOT_NULL(strstr(log, "cannot parse sysfs value"),
		"no log line: %s", log);

	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	ret = eal_parse_sysfs_value(path, &val);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT_EQUAL(ret, -1, "missing file parsed");
	TEST_ASSERT_NOT_NULL(
		strstr(log, "cannot open sysfs value"), "no log line: %s", log);
	return TEST_SUCCESS;
}

/* rte_mem_map over a file and anonymous memory, lock, unmap; bad flags. */
static int
test_paging(void)
{
	const size_t pg = rte_mem_page_size();
	char path[] = "/tmp/rte_paging_XXXXXX", log[1024], back[8];
	struct test_capture cap;
	uint8_t *p, *q;
	int fd;

	TEST_ASSERT((size_t)sysconf(_SC_PAGESIZE) == pg, "page size %zu", pg);

	/* Anonymous, private: zeroed, writable, lockable. */
	p = rte_mem_map(NULL, 2 * pg, RTE_PROT_READ | RTE_PROT_WRITE,
		RTE_MAP_PRIVATE | RTE_MAP_ANONYMOUS, -1, 0);
	TEST_ASSERT_NOT_NULL(p, "anonymous map: %s", rte_strerror(rte_errno));
	TEST_ASSERT(((uintptr_t)p & (pg - 1)) == 0, "not page aligned");
	TEST_ASSERT(p[0] == 0 && p[2 * pg - 1] == 0, "not zeroed");
	p[pg] = 0x5a;
	TEST_ASSERT_SUCCESS(
		rte_mem_lock(p + 1, pg), "lock: %s", rte_strerror(rte_errno));
	munlock(p, 2 * pg);

	/* Forced at an address: replaces the second page. */
	q = rte_mem_map(p + pg, pg, RTE_PROT_READ | RTE_PROT_WRITE,
		RTE_MAP_PRIVATE | RTE_MAP_ANONYMOUS | RTE_MAP_FORCE_ADDRESS, -1,
		0);
	TEST_ASSERT(q == p + pg, "forced map at %p gave %p", p + pg, q);
	TEST_ASSERT(q[0] == 0, "forced map kept the old page");
	TEST_ASSERT_SUCCESS(rte_mem_unmap(p, 2 * pg), "unmap");

	/* A shared file mapping writes through to the file. */
	fd = mkstemp(path);
	TEST_ASSERT(fd >= 0, "mkstemp");
	unlink(path);
	TEST_ASSERT_SUCCESS(ftruncate(fd, (off_t)(2 * pg)), "ftruncate");
	p = rte_mem_map(NULL, pg, RTE_PROT_READ | RTE_PROT_WRITE,
		RTE_MAP_SHARED, fd, pg);
	TEST_ASSERT_NOT_NULL(p, "file map: %s", rte_strerror(rte_errno));
	memcpy(p, "paging", 7);
	TEST_ASSERT(pread(fd, back, 7, (off_t)pg) == 7 &&
			memcmp(back, "paging", 7) == 0,
		"write did not reach the file at the offset");
	TEST_ASSERT_SUCCESS(rte_mem_unmap(p, pg), "unmap file");

	/* Bad input: NULL, EINVAL or the system's code, a log line each. */
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	p = rte_mem_map(NULL, pg, RTE_PROT_READ,
		RTE_MAP_SHARED | RTE_MAP_PRIVATE | RTE_MAP_ANONYMOUS, -1, 0);
	q = rte_mem_map(NULL, 0, RTE_PROT_READ,
		RTE_MAP_PRIVATE | RTE_MAP_ANONYMOUS, -1, 0);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(p == NULL && q == NULL && rte_errno == EINVAL,
		"bad flags/size accepted: %p %p errno %d", p, q, rte_errno);
	TEST_ASSERT_NOT_NULL(strstr(log, "rte_mem_map: invalid size 0"),
		"no log line for size 0:\n%s", log);
	TEST_ASSERT_SUCCESS(test_capture_begin(&cap), "capture");
	p = rte_mem_map(NULL, pg, RTE_PROT_READ, RTE_MAP_SHARED, fd + 1000, 0);
	test_capture_end(&cap, log, sizeof(log));
	TEST_ASSERT(p == NULL && rte_errno == EBADF, "bad fd: %p errno %d", p,
		rte_errno);
	TEST_ASSERT_NOT_NULL(strstr(log, "rte_mem_map: mmap of"),
		"no log line for a bad fd:\n%s", log);
	close(fd);
	return TEST_SUCCESS;
}

static struct unit_test_suite small_suite = {
	.suite_name = "EAL small APIs autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_rte_test_macros),
			TEST_CASE(test_hypervisor),
			TEST_CASE(test_time),
			TEST_CASE(test_small_symbols),
			TEST_CASE(test_paging),
			TEST_CASES_END(),
		},
};

static int
test_eal_small(void)
{
	return unit_test_suite_runner(&small_suite);
}

REGISTER_TEST_COMMAND(eal_small_autotest, test_eal_small);
