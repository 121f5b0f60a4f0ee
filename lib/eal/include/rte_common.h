/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Macros and helpers every library uses: alignment, pointer arithmetic,
 * attributes, constructors and power-of-two helpers.
 */

#ifndef _RTE_COMMON_H_
#define _RTE_COMMON_H_

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <limits.h>

#include <rte_compat.h>
#include <rte_config.h>

#ifdef __cplusplus
extern "C" {
#endif


/** Force alignment of a type or variable. */
#define __rte_aligned(a) __attribute__((__aligned__(a)))
/** Force packing of a structure. */
#define __rte_packed __attribute__((__packed__))
/** Weak symbol. */
#define __rte_weak __attribute__((__weak__))
/** Always inline this function. */
#define __rte_always_inline inline __attribute__((always_inline))
/** Never inline this function. */
#define __rte_noinline __attribute__((noinline))
/** Hot function. */
#define __rte_hot __attribute__((hot))
/** Cold function. */
#define __rte_cold __attribute__((cold))
/** The argument or variable may be unused. */
#define __rte_unused __attribute__((__unused__))
/** The result must be used. */
#define __rte_warn_unused_result __attribute__((warn_unused_result))
/** Function never returns. */
#define __rte_noreturn __attribute__((noreturn))
/** printf-like format checking. */
#define __rte_format_printf(format_index, first_arg) \
	__attribute__((format(printf, format_index, first_arg)))
/** Silence an unused-variable warning. */
#define RTE_SET_USED(x) (void)(x)

/** Cache line size in bytes. */
#ifndef RTE_CACHE_LINE_SIZE
#define RTE_CACHE_LINE_SIZE 64
#endif
/** Mask of the cache line offset bits. */
#define RTE_CACHE_LINE_MASK (RTE_CACHE_LINE_SIZE - 1)
/** Round a size up to a whole number of cache lines. */
#define RTE_CACHE_LINE_ROUNDUP(size) \
	(RTE_CACHE_LINE_SIZE * \
		(((size) + RTE_CACHE_LINE_SIZE - 1) / RTE_CACHE_LINE_SIZE))
/** Minimum cache line size across supported CPUs. */
#define RTE_CACHE_LINE_MIN_SIZE 64
/** Align a variable or member on a cache line. */
#define __rte_cache_aligned __rte_aligned(RTE_CACHE_LINE_SIZE)
/** Align on the minimum cache line size. */
#define __rte_cache_min_aligned __rte_aligned(RTE_CACHE_LINE_MIN_SIZE)

/** Priority of the log library's constructors. */
#define RTE_PRIORITY_LOG 101
/** Priority of bus constructors. */
#define RTE_PRIORITY_BUS 110
/** Priority of class constructors. */
#define RTE_PRIORITY_CLASS 120
/** Priority of the last constructors. */
#define RTE_PRIORITY_LAST 65535

/** The RTE_PRIORITY_ value of a priority name (LOG, BUS, CLASS, LAST). */
#define RTE_PRIO(prio) RTE_PRIORITY_##prio

/**
 * Run a function before main() with the given priority (LOG, BUS,
 * CLASS or LAST).
 */
#define RTE_INIT_PRIO(func, prio) \
	static void __attribute__((constructor(RTE_PRIO(prio)), used)) \
	func(void)

/** Run a function before main(). */
#define RTE_INIT(func) RTE_INIT_PRIO(func, LAST)

/** Run a function after main() returns, with a priority. */
#define RTE_FINI_PRIO(func, prio) \
	static void __attribute__((destructor(RTE_PRIO(prio)), used)) func(void)

/** Run a function after main() returns. */
#define RTE_FINI(func) RTE_FINI_PRIO(func, LAST)

/** Add a byte offset to a pointer. */
#define RTE_PTR_ADD(ptr, x) ((void *)((uintptr_t)(ptr) + (x)))
/** Subtract a byte offset from a pointer. */
#define RTE_PTR_SUB(ptr, x) ((void *)((uintptr_t)(ptr) - (x)))
/** Byte distance between two pointers. */
#define RTE_PTR_DIFF(ptr1, ptr2) ((uintptr_t)(ptr1) - (uintptr_t)(ptr2))

/** Cast a pointer to an integer of its width. */
#define RTE_PTR_UNQUAL(X) ((void *)(uintptr_t)(X))

/** Round a value down to a multiple of a power of two. */
#define RTE_ALIGN_FLOOR(val, align) \
	(__typeof__(val))((val) & (~((__typeof__(val))((align)-1))))
/** Round a pointer down to a multiple of a power of two. */
#define RTE_PTR_ALIGN_FLOOR(ptr, align) \
	((__typeof__(ptr))RTE_ALIGN_FLOOR((uintptr_t)(ptr), align))
/** Round a value up to a multiple of a power of two. */
#define RTE_ALIGN_CEIL(val, align) \
	RTE_ALIGN_FLOOR(((val) + ((__typeof__(val))(align)-1)), align)
/** Round a pointer up to a multiple of a power of two. */
#define RTE_PTR_ALIGN_CEIL(ptr, align) \
	RTE_PTR_ALIGN_FLOOR((__typeof__(ptr))RTE_PTR_ADD(ptr, (align)-1), align)
/** Same as RTE_ALIGN_CEIL. */
#define RTE_ALIGN(val, align) RTE_ALIGN_CEIL(val, align)
/** Same as RTE_PTR_ALIGN_CEIL. */
#define RTE_PTR_ALIGN(ptr, align) RTE_PTR_ALIGN_CEIL(ptr, align)
/** Round up to a multiple of any (not only power-of-two) value. */
#define RTE_ALIGN_MUL_CEIL(v, mul) \
	((((v) + (__typeof__(v))(mul)-1) / ((__typeof__(v))(mul))) * (mul))
/** Round down to a multiple of any value. */
#define RTE_ALIGN_MUL_FLOOR(v, mul) (((v) / ((__typeof__(v))(mul))) * (mul))

/**
 * Check whether a pointer is aligned on a power-of-two boundary.
 *
 * @param ptr  The pointer.
 * @param align  The alignment, a power of two.
 * @return 1 if aligned, 0 otherwise.
 */
static inline int
rte_is_aligned(const void *ptr, unsigned int align)
{
	return RTE_PTR_ALIGN(ptr, align) == ptr;
}

/** Fail the build when a condition is true. */
#define RTE_BUILD_BUG_ON(condition) _Static_assert(!(condition), #condition)

/** Number of elements of an array. */
#define RTE_DIM(a) (sizeof(a) / sizeof((a)[0]))

/** The smaller of two values. */
#define RTE_MIN(a, b) \
	__extension__({ \
		__typeof__(a) _a = (a); \
		__typeof__(b) _b = (b); \
		_a < _b ? _a : _b; \
	})
/** The larger of two values. */
#define RTE_MAX(a, b) \
	__extension__({ \
		__typeof__(a) _a = (a); \
		__typeof__(b) _b = (b); \
		_a > _b ? _a : _b; \
	})

/** Turn a macro argument into a string after expanding it. */
#define RTE_STR(x) _RTE_STR(x)
#define _RTE_STR(x) #x

/** Length of a string literal (without the terminating NUL). */
#define RTE_STRLEN(s) (sizeof(s) - 1)

/** The structure that contains a given member. */
#ifndef container_of
#define container_of(ptr, type, member) \
	__extension__({ \
		const __typeof__(((type *)0)->member) *_ptr = (ptr); \
		(type *)(((uintptr_t)_ptr) - offsetof(type, member)); \
	})
#endif

/** Bytes in a kibibyte, mebibyte and gibibyte. */
#define RTE_KB 1024ULL
#define RTE_MB (1024ULL * 1024) /**< bytes in a mebibyte */
#define RTE_GB (1024ULL * 1024 * 1024) /**< bytes in a gibibyte */

/**
 * Check whether a number is a power of two.
 *
 * @param n  The number.
 * @return 1 if n is a non-zero power of two, 0 otherwise.
 */
static inline int
rte_is_power_of_2(uint32_t n)
{
	return n && !(n & (n - 1));
}

/**
 * Smallest power of two greater than or equal to x.
 *
 * @param x  The value (0 gives 0).
 * @return The power of two.
 */
static inline uint32_t
rte_align32pow2(uint32_t x)
{
	if (x <= 1)
		return x;
	return (uint32_t)1 << (32 - __builtin_clz(x - 1));
}

/**
 * Largest power of two less than or equal to x.
 *
 * @param x  The value (0 gives 0).
 * @return The power of two.
 */
static inline uint32_t
rte_align32prevpow2(uint32_t x)
{
	if (x == 0)
		return 0;
	return (uint32_t)1 << (31 - __builtin_clz(x));
}

/**
 * Smallest 64-bit power of two greater than or equal to v.
 *
 * @param v  The value.
 * @return The power of two.
 */
static inline uint64_t
rte_align64pow2(uint64_t v)
{
	if (v <= 1)
		return v;
	return (uint64_t)1 << (64 - __builtin_clzll(v - 1));
}

/**
 * Index of the least significant set bit.
 *
 * @param v  A non-zero value.
 * @return Bit index, 0 to 31.
 */
static inline uint32_t
rte_bsf32(uint32_t v)
{
	return (uint32_t)__builtin_ctz(v);
}

/**
 * Index of the least significant set bit of a 64-bit value.
 *
 * @param v  A non-zero value.
 * @return Bit index, 0 to 63.
 */
static inline uint32_t
rte_bsf64(uint64_t v)
{
	return (uint32_t)__builtin_ctzll(v);
}

/**
 * Base-2 logarithm rounded up.
 *
 * @param v  The value.
 * @return ceil(log2(v)), 0 for v of 0 or 1.
 */
static inline uint32_t
rte_log2_u32(uint32_t v)
{
	if (v <= 1)
		return 0;
	return 32 - __builtin_clz(v - 1);
}

/**
 * Base-2 logarithm of a 64-bit value rounded up.
 *
 * @param v  The value.
 * @return ceil(log2(v)), 0 for v of 0 or 1.
 */
static inline uint32_t
rte_log2_u64(uint64_t v)
{
	if (v <= 1)
		return 0;
	return 64 - __builtin_clzll(v - 1);
}

/**
 * Index of the most significant set bit plus one (0 for 0).
 *
 * @param x  The value.
 * @return The number of significant bits.
 */
static inline uint32_t
rte_fls_u32(uint32_t x)
{
	return x == 0 ? 0 : 32 - __builtin_clz(x);
}

/** Not a valid value of an unsigned type. */
#define RTE_BAD_PHYS_ADDR ((uint64_t)-1)

/**
 * Log a critical message, release the EAL (rte_eal_cleanup) and end the
 * process with exit(). Never returns.
 *
 * @param exit_code
 *   Status passed to exit().
 * @param format
 *   printf-style format of the message, followed by its arguments.
 */
__rte_noreturn void
rte_exit(int exit_code, const char *format, ...) __rte_format_printf(2, 3);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_COMMON_H_ */
