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
#include <rte_os.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef typeof
/** GNU typeof, also in strict ISO modes. */
#define typeof __typeof__
#endif

#ifndef asm
/** GNU asm, also in strict ISO modes. */
#define asm __asm__
#endif

/** Marks C11 constructs (anonymous unions) for older compilers. */
#ifdef RTE_TOOLCHAIN_MSVC
#define RTE_STD_C11
#else
#define RTE_STD_C11 __extension__
#endif

/* Which compiler: RTE_CC_CLANG, RTE_CC_ICC or RTE_CC_GCC. */
#if defined(__clang__)
/** Built by clang. */
#define RTE_CC_CLANG
#elif defined(__INTEL_COMPILER)
/** Built by ICC. */
#define RTE_CC_ICC
#elif defined(__GNUC__)
/** Built by gcc. */
#define RTE_CC_GCC
#endif

/** 1 when the compiler speaks GNU C. */
#ifdef __GNUC__
#define RTE_CC_IS_GNU 1
#else
#define RTE_CC_IS_GNU 0
#endif
#if RTE_CC_IS_GNU
/** gcc's version as one number (e.g. 120200 for 12.2.0). */
#define GCC_VERSION \
	(__GNUC__ * 10000 + __GNUC_MINOR__ * 100 + __GNUC_PATCHLEVEL__)
#endif

/** A 16-bit integer that may be misaligned. */
typedef uint16_t unaligned_uint16_t __attribute__((__aligned__(1)));
/** A 32-bit integer that may be misaligned. */
typedef uint32_t unaligned_uint32_t __attribute__((__aligned__(1)));
/** A 64-bit integer that may be misaligned. */
typedef uint64_t unaligned_uint64_t __attribute__((__aligned__(1)));

/** The variable may alias others (no strict-aliasing assumptions). */
#define __rte_may_alias __attribute__((__may_alias__))
/** Keep the function or variable even if it looks unused. */
#define __rte_used __attribute__((used))
/** Mark a symbol deprecated. */
#define __rte_deprecated __attribute__((__deprecated__))
/** Mark a symbol deprecated, with a message. */
#define __rte_deprecated_msg(msg) __attribute__((__deprecated__(msg)))
/** C99 restrict, also in C++. */
#define __rte_restrict __restrict
/** Parameters that give the size of the returned allocation. */
#define __rte_alloc_size(...) __attribute__((alloc_size(__VA_ARGS__)))

/** Issue a pragma from a macro. */
#define RTE_PRAGMA(x) _Pragma(#x)
/** A compiler warning, from a macro. */
#define RTE_PRAGMA_WARNING(w) RTE_PRAGMA(GCC warning #w)
/** Warn at compile time that a macro or header is deprecated. */
#define RTE_DEPRECATED(x) RTE_PRAGMA_WARNING(#x is deprecated)

/** Do not instrument a function for AddressSanitizer. */
#if defined(__SANITIZE_ADDRESS__)
#define __rte_no_asan __attribute__((no_sanitize_address))
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define __rte_no_asan __attribute__((no_sanitize_address))
#endif
#endif
#ifndef __rte_no_asan
#define __rte_no_asan
#endif

/** Zero-size marker in a structure (e.g. the start of a cache line). */
__extension__ typedef void *RTE_MARKER[0];
/** Zero-size marker aligned on 1 byte. */
__extension__ typedef uint8_t RTE_MARKER8[0];
/** Zero-size marker aligned on 2 bytes. */
__extension__ typedef uint16_t RTE_MARKER16[0];
/** Zero-size marker aligned on 4 bytes. */
__extension__ typedef uint32_t RTE_MARKER32[0];
/** Zero-size marker aligned on 8 bytes. */
__extension__ typedef uint64_t RTE_MARKER64[0];

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

/** Physical address. */
typedef uint64_t phys_addr_t;
/** Not a valid physical address. */
#define RTE_BAD_PHYS_ADDR ((phys_addr_t)-1)
/** I/O virtual address of memory as a device sees it. */
typedef uint64_t rte_iova_t;
/** An invalid IOVA. */
#define RTE_BAD_IOVA ((rte_iova_t)-1)

/** log2 of the cache line size. */
#define RTE_CACHE_LINE_SIZE_LOG2 __builtin_ctz(RTE_CACHE_LINE_SIZE)

/** val rounded to the nearest multiple of mul. */
#define RTE_ALIGN_MUL_NEAR(v, mul) \
	__extension__({ \
		typeof(v) ceil__ = RTE_ALIGN_MUL_CEIL(v, mul); \
		typeof(v) floor__ = RTE_ALIGN_MUL_FLOOR(v, mul); \
		(ceil__ - (v)) > ((v)-floor__) ? floor__ : ceil__; \
	})

/** Cast a pointer to a field's type, for a pointer to the field. */
#define RTE_CAST_FIELD(var, field, type) \
	(*(type *)((uintptr_t)(var) + offsetof(typeof(*(var)), field)))

/** Size of a structure field. */
#define RTE_SIZEOF_FIELD(type, field) (sizeof(((type *)0)->field))

/** Swap two variables of the same type. */
#define RTE_SWAP(a, b) \
	__extension__({ \
		typeof(a) tmp__ = a; \
		a = b; \
		b = tmp__; \
	})

/** Mask of the low ln bits. */
#define RTE_LEN2MASK(ln, tp) \
	((tp)((uint64_t)-1 >> (sizeof(uint64_t) * CHAR_BIT - (ln))))

/** Non-zero if n is a power of two (0 is not), as a constant expression. */
#define RTE_IS_POWER_OF_2(n) ((n) && !(((n)-1) & (n)))

/** First argument of a format-and-arguments list. */
#define RTE_FMT_HEAD(fmt, ...) fmt
/** The arguments after the format. */
#define RTE_FMT_TAIL(fmt, ...) __VA_ARGS__
/** Build a format string and its arguments for printf-like calls. */
#define RTE_FMT(fmt, ...) fmt "%.0s", __VA_ARGS__ ""

/**
 * Copy the highest set bit of x into every lower bit (32-bit).
 *
 * @param x
 *   The value.
 * @return
 *   x with every bit below its highest set bit set.
 */
static inline uint32_t
rte_combine32ms1b(uint32_t x)
{
	x |= x >> 1;
	x |= x >> 2;
	x |= x >> 4;
	x |= x >> 8;
	x |= x >> 16;
	return x;
}

/**
 * Copy the highest set bit of v into every lower bit (64-bit).
 *
 * @param v
 *   The value.
 * @return
 *   v with every bit below its highest set bit set.
 */
static inline uint64_t
rte_combine64ms1b(uint64_t v)
{
	v |= v >> 1;
	v |= v >> 2;
	v |= v >> 4;
	v |= v >> 8;
	v |= v >> 16;
	v |= v >> 32;
	return v;
}

/**
 * Largest power of two at or below v (0 for 0).
 *
 * @param v
 *   The value.
 * @return
 *   The power of two.
 */
static inline uint64_t
rte_align64prevpow2(uint64_t v)
{
	v = rte_combine64ms1b(v);
	return v - (v >> 1);
}

/**
 * Index of the lowest set bit, safe for 0.
 *
 * @param v
 *   The value.
 * @param pos
 *   Where to store the index.
 * @return
 *   0 if v is 0 (pos untouched), 1 otherwise.
 */
static inline int
rte_bsf32_safe(uint32_t v, uint32_t *pos)
{
	if (v == 0)
		return 0;
	*pos = (uint32_t)__builtin_ctz(v);
	return 1;
}

/**
 * Index of the lowest set bit of a 64-bit value, safe for 0.
 *
 * @param v
 *   The value.
 * @param pos
 *   Where to store the index.
 * @return
 *   0 if v is 0 (pos untouched), 1 otherwise.
 */
static inline int
rte_bsf64_safe(uint64_t v, uint32_t *pos)
{
	if (v == 0)
		return 0;
	*pos = (uint32_t)__builtin_ctzll(v);
	return 1;
}

/**
 * Position (1-based) of the highest set bit of a 64-bit value.
 *
 * @param x
 *   The value.
 * @return
 *   0 for 0, else 1 to 64.
 */
static inline uint32_t
rte_fls_u64(uint64_t x)
{
	return x == 0 ? 0 : 64 - __builtin_clzll(x);
}

/**
 * Parse a size with an optional K/M/G/T suffix ("512M").
 *
 * @param str
 *   The text.
 * @return
 *   The size in bytes, 0 if the text is not a size.
 */
uint64_t rte_str_to_size(const char *str);

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
