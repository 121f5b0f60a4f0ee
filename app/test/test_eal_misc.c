/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/*
 * Small EAL families: version numbers, CPU flags, rte_drand, the delay
 * callback, UUIDs, bit and byte-order helpers, strlcpy's mapping and
 * the SIMD width.
 */

#include <errno.h>
#include <string.h>
#include <sys/auxv.h>

#include <rte_bitops.h>
#include <rte_byteorder.h>
#include <rte_common.h>
#include <rte_cpuflags.h>
#include <rte_cycles.h>
#include <rte_random.h>
#include <rte_string_fns.h>
#include <rte_uuid.h>
#include <rte_vect.h>
#include <rte_version.h>

#include "test.h"

static int
test_version(void)
{
	char want[32];

	TEST_ASSERT_EQUAL(rte_version_year(), (unsigned int)RTE_VER_YEAR, "y");
	TEST_ASSERT_EQUAL(
		rte_version_month(), (unsigned int)RTE_VER_MONTH, "month");
	TEST_ASSERT_EQUAL(
		rte_version_minor(), (unsigned int)RTE_VER_MINOR, "minor");
	TEST_ASSERT_EQUAL(rte_version_release(), (unsigned int)RTE_VER_RELEASE,
		"release");
	TEST_ASSERT(strcmp(rte_version_suffix(), RTE_VER_SUFFIX) == 0, "sfx");
	TEST_ASSERT(strcmp(rte_version_prefix(), RTE_VER_PREFIX) == 0, "pfx");
	TEST_ASSERT(RTE_VERSION >= RTE_VERSION_NUM(22, 11, 0, 0),
		"API older than 22.11");
	TEST_ASSERT(
		RTE_VERSION_NUM(22, 11, 0, 0) < RTE_VERSION_NUM(23, 3, 0, 0),
		"version numbers do not order");
	snprintf(want, sizeof(want), "%u.%02u", rte_version_year(),
		rte_version_month());
	TEST_ASSERT(strstr(rte_version(), want) != NULL, "'%s' lacks %s",
		rte_version(), want);
	return TEST_SUCCESS;
}

static int
test_cpuflags(void)
{
	TEST_ASSERT(strcmp(rte_cpu_get_flag_name(RTE_CPUFLAG_SSE4_2),
			    "SSE4_2") == 0,
		"name");
	TEST_ASSERT_NULL(rte_cpu_get_flag_name(RTE_CPUFLAG_NUMFLAGS), "bad");
	TEST_ASSERT_EQUAL(rte_cpu_get_flag_enabled(RTE_CPUFLAG_NUMFLAGS),
		-ENOENT, "bad flag");
#if defined(RTE_ARCH_X86_64)
	/* Every x86_64 CPU has SSE2; compare others with the compiler's. */
	TEST_ASSERT_EQUAL(
		rte_cpu_get_flag_enabled(RTE_CPUFLAG_SSE2), 1, "sse2");
	TEST_ASSERT_EQUAL(
		rte_cpu_get_flag_enabled(RTE_CPUFLAG_EM64T), 1, "64-bit");
	TEST_ASSERT_EQUAL(rte_cpu_get_flag_enabled(RTE_CPUFLAG_SSE4_2),
		__builtin_cpu_supports("sse4.2") ? 1 : 0, "sse4.2");
	TEST_ASSERT_EQUAL(rte_cpu_get_flag_enabled(RTE_CPUFLAG_AVX2),
		__builtin_cpu_supports("avx2") ? 1 : 0, "avx2");
	TEST_ASSERT_EQUAL(rte_cpu_get_flag_enabled(RTE_CPUFLAG_POPCNT),
		__builtin_cpu_supports("popcnt") ? 1 : 0, "popcnt");
	TEST_ASSERT_EQUAL(rte_cpu_get_flag_enabled(RTE_CPUFLAG_AVX512F),
		__builtin_cpu_supports("avx512f") ? 1 : 0, "avx512f");
#endif
	/* The test binary runs, so the CPU has what it was built for. */
	TEST_ASSERT_EQUAL(rte_cpu_is_supported(), 1, "is_supported");
	TEST_ASSERT(rte_cpu_getauxval(AT_PAGESZ) != 0, "AT_PAGESZ");
	TEST_ASSERT(rte_cpu_strcmp_auxval(AT_PLATFORM, "no-such-cpu") != 0,
		"auxval string");
	return TEST_SUCCESS;
}

static int
test_drand(void)
{
	double sum = 0;
	unsigned int i, n = 20000;

	for (i = 0; i < n; i++) {
		double d = rte_drand();

		TEST_ASSERT(d >= 0.0 && d < 1.0, "%f out of [0, 1)", d);
		sum += d;
	}
	TEST_ASSERT(sum / n > 0.45 && sum / n < 0.55, "mean %f", sum / n);
	return TEST_SUCCESS;
}

static unsigned int delay_calls;
static unsigned int delay_total;

static void
count_delay(unsigned int us)
{
	delay_calls++;
	delay_total += us;
}

static int
test_delay_callback(void)
{
	delay_calls = delay_total = 0;
	rte_delay_us_callback_register(count_delay);
	rte_delay_us(5);
	rte_delay_ms(2);
	rte_delay_us_callback_register(NULL);
	TEST_ASSERT_EQUAL(delay_calls, 2u, "callback calls %u", delay_calls);
	TEST_ASSERT_EQUAL(delay_total, 2005u, "delays %u", delay_total);
	/* The default is back: no more calls. */
	rte_delay_us(1);
	TEST_ASSERT_EQUAL(delay_calls, 2u, "callback still set");
	return TEST_SUCCESS;
}

static int
test_uuid(void)
{
	const rte_uuid_t ref = RTE_UUID_INIT(
		0x14bd7a6c, 0x1a2b, 0x4c3d, 0x9e8f, 0x0123456789abULL);
	rte_uuid_t u, z;
	char text[RTE_UUID_STRLEN], small[9];
	static const char *const bad[] = {"", "14bd7a6c",
		"14bd7a6c-1a2b-4c3d-9e8f-0123456789ab0",
		"14bd7a6c-1a2b-4c3d-9e8f+0123456789ab",
		"14bd7a6c-1a2b-4c3d-9e8f-0123456789ag",
		"14bd7a6c1-a2b-4c3d-9e8f-0123456789ab"};
	unsigned int i;

	TEST_ASSERT_EQUAL(ref[0], 0x14, "INIT byte 0");
	TEST_ASSERT_EQUAL(ref[15], 0xab, "INIT byte 15");
	TEST_ASSERT_SUCCESS(
		rte_uuid_parse("14BD7A6C-1A2B-4C3D-9E8F-0123456789AB", u),
		"upper case");
	TEST_ASSERT_EQUAL(rte_uuid_compare(u, ref), 0, "parse");
	rte_uuid_unparse(u, text, sizeof(text));
	TEST_ASSERT(strcmp(text, "14bd7a6c-1a2b-4c3d-9e8f-0123456789ab") == 0,
		"unparse '%s'", text);
	rte_uuid_unparse(u, small, sizeof(small));
	TEST_ASSERT(strcmp(small, "14bd7a6c") == 0, "cut '%s'", small);
	for (i = 0; i < RTE_DIM(bad); i++) {
		rte_uuid_copy(z, ref);
		TEST_ASSERT_EQUAL(
			rte_uuid_parse(bad[i], z), -1, "'%s'", bad[i]);
		TEST_ASSERT_EQUAL(
			rte_uuid_compare(z, ref), 0, "changed by bad");
	}
	memset(z, 0, sizeof(z));
	TEST_ASSERT(rte_uuid_is_null(z), "null");
	TEST_ASSERT(!rte_uuid_is_null(ref), "not null");
	TEST_ASSERT(rte_uuid_compare(z, ref) < 0, "order");
	TEST_ASSERT(rte_uuid_compare(ref, z) > 0, "order");
	return TEST_SUCCESS;
}

static int
test_bits_bytes(void)
{
	volatile uint32_t w = 0;
	volatile uint64_t q = 0;
	char buf[8];

	rte_bit_relaxed_set32(3, &w);
	TEST_ASSERT_EQUAL(w, 8u, "set32");
	TEST_ASSERT(rte_bit_relaxed_get32(3, &w) != 0, "get32");
	TEST_ASSERT(rte_bit_relaxed_test_and_clear32(3, &w) != 0, "t&c32");
	TEST_ASSERT_EQUAL(w, 0u, "cleared");
	TEST_ASSERT(rte_bit_relaxed_test_and_set64(63, &q) == 0, "t&s64");
	TEST_ASSERT_EQUAL(q, RTE_BIT64(63), "set64");
	rte_bit_relaxed_clear64(63, &q);
	TEST_ASSERT_EQUAL(q, 0u, "clear64");

	TEST_ASSERT_EQUAL(rte_bswap16(0x1234), 0x3412, "bswap16");
	TEST_ASSERT_EQUAL(rte_bswap32(0x12345678), 0x78563412u, "bswap32");
	TEST_ASSERT_EQUAL(rte_bswap64(0x0102030405060708ULL),
		0x0807060504030201ULL, "bswap64");
	TEST_ASSERT_EQUAL(rte_be_to_cpu_16(rte_cpu_to_be_16(0xabcd)), 0xabcd,
		"round trip");
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
	TEST_ASSERT_EQUAL(RTE_BE16(0x1234), 0x3412, "RTE_BE16");
	TEST_ASSERT_EQUAL(rte_cpu_to_le_32(7u), 7u, "le");
#endif
	/* strlcpy as DPDK maps it: the source length, a terminated copy. */
	TEST_ASSERT_EQUAL(strlcpy(buf, "hello", 3), 5u, "strlcpy");
	TEST_ASSERT(strcmp(buf, "he") == 0, "'%s'", buf);
	TEST_ASSERT_EQUAL(strlcat(buf, "llo world", sizeof(buf)), 11u, "cat");
	TEST_ASSERT(strcmp(buf, "hello w") == 0, "'%s'", buf);
	TEST_ASSERT_EQUAL(rte_combine32ms1b(0x100), 0x1ffu, "combine");
	TEST_ASSERT_EQUAL(rte_align64prevpow2(1000), 512u, "prevpow2");
	TEST_ASSERT_EQUAL(rte_fls_u64(1ULL << 40), 41u, "fls64");
	return TEST_SUCCESS;
}

static int
test_simd_width(void)
{
	uint16_t old = rte_vect_get_max_simd_bitwidth();

	TEST_ASSERT_EQUAL(
		old, RTE_VECT_DEFAULT_SIMD_BITWIDTH, "default %u", old);
	TEST_ASSERT_EQUAL(
		rte_vect_set_max_simd_bitwidth(RTE_VECT_SIMD_128), 0, "set");
	TEST_ASSERT_EQUAL(rte_vect_get_max_simd_bitwidth(), 128, "get");
	TEST_ASSERT_EQUAL(rte_vect_set_max_simd_bitwidth(100), -EINVAL, "100");
	TEST_ASSERT_EQUAL(rte_vect_set_max_simd_bitwidth(32), -EINVAL, "32");
	TEST_ASSERT_EQUAL(rte_vect_get_max_simd_bitwidth(), 128, "kept");
	TEST_ASSERT_EQUAL(rte_vect_set_max_simd_bitwidth(old), 0, "restore");
	return TEST_SUCCESS;
}

static struct unit_test_suite misc_suite = {
	.suite_name = "EAL small families autotest",
	.unit_test_cases =
		{
			TEST_CASE(test_version),
			TEST_CASE(test_cpuflags),
			TEST_CASE(test_drand),
			TEST_CASE(test_delay_callback),
			TEST_CASE(test_uuid),
			TEST_CASE(test_bits_bytes),
			TEST_CASE(test_simd_width),
			TEST_CASES_END(),
		},
};

static int
test_eal_misc(void)
{
	return unit_test_suite_runner(&misc_suite);
}

REGISTER_TEST_COMMAND(eal_misc_autotest, test_eal_misc);
