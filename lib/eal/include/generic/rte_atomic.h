/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Memory barriers and atomic counters, built on the C11 memory model
 * (GCC/Clang __atomic builtins) so the same code is correct on x86_64
 * and aarch64.
 */

#ifndef _RTE_ATOMIC_H_
#define _RTE_ATOMIC_H_

#include <stdint.h>

#include <rte_common.h>
#include <rte_config.h>

#if defined(RTE_ARCH_X86)
#include <emmintrin.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Prefix of x86 instructions made atomic (multi-processor lock). */
#define MPLOCKED "lock ; "

/** Full memory barrier (loads and stores). */
#define rte_mb() __atomic_thread_fence(__ATOMIC_SEQ_CST)
/** Store barrier. */
#define rte_wmb() __atomic_thread_fence(__ATOMIC_RELEASE)
/** Load barrier. */
#define rte_rmb() __atomic_thread_fence(__ATOMIC_ACQUIRE)
/** Full barrier between lcores. */
#define rte_smp_mb() rte_mb()
/** Store barrier between lcores. */
#define rte_smp_wmb() rte_wmb()
/** Load barrier between lcores. */
#define rte_smp_rmb() rte_rmb()
/** Barrier for device memory; same as rte_mb() here. */
#define rte_io_mb() rte_mb()
/** Store barrier for device memory. */
#define rte_io_wmb() rte_wmb()
/** Load barrier for device memory. */
#define rte_io_rmb() rte_rmb()
/** Compiler-only barrier. */
#define rte_compiler_barrier() __asm__ volatile("" : : : "memory")

/**
 * Thread fence with a C11 memory order.
 *
 * @param memorder  __ATOMIC_ACQUIRE, __ATOMIC_RELEASE, ...
 */
static __rte_always_inline void
rte_atomic_thread_fence(int memorder)
{
	__atomic_thread_fence(memorder);
}

/** 16-bit atomic counter. */
typedef struct {
	volatile int16_t cnt; /**< the value */
} rte_atomic16_t;

/** 32-bit atomic counter. */
typedef struct {
	volatile int32_t cnt; /**< the value */
} rte_atomic32_t;

/** 64-bit atomic counter. */
typedef struct {
	volatile int64_t cnt; /**< the value */
} rte_atomic64_t;

/** Static initialiser of an atomic counter. */
#define RTE_ATOMIC16_INIT(val) \
	{ \
		(val) \
	}
/** Static initialiser of an atomic counter. */
#define RTE_ATOMIC32_INIT(val) \
	{ \
		(val) \
	}
/** Static initialiser of an atomic counter. */
#define RTE_ATOMIC64_INIT(val) \
	{ \
		(val) \
	}

#define RTE__ATOMIC_OPS(bits) \
	/** Set the counter to 0. */ \
	static inline void rte_atomic##bits##_init(rte_atomic##bits##_t *v) \
	{ \
		__atomic_store_n(&v->cnt, 0, __ATOMIC_RELAXED); \
	} \
	/** Read the counter. */ \
	static inline int##bits##_t rte_atomic##bits##_read( \
		const rte_atomic##bits##_t *v) \
	{ \
		return __atomic_load_n(&v->cnt, __ATOMIC_RELAXED); \
	} \
	/** Set the counter. */ \
	static inline void rte_atomic##bits##_set( \
		rte_atomic##bits##_t *v, int##bits##_t n) \
	{ \
		__atomic_store_n(&v->cnt, n, __ATOMIC_RELAXED); \
	} \
	/** Add to the counter. */ \
	static inline void rte_atomic##bits##_add( \
		rte_atomic##bits##_t *v, int##bits##_t n) \
	{ \
		__atomic_fetch_add(&v->cnt, n, __ATOMIC_SEQ_CST); \
	} \
	/** Subtract from the counter. */ \
	static inline void rte_atomic##bits##_sub( \
		rte_atomic##bits##_t *v, int##bits##_t n) \
	{ \
		__atomic_fetch_sub(&v->cnt, n, __ATOMIC_SEQ_CST); \
	} \
	/** Add 1. */ \
	static inline void rte_atomic##bits##_inc(rte_atomic##bits##_t *v) \
	{ \
		rte_atomic##bits##_add(v, 1); \
	} \
	/** Subtract 1. */ \
	static inline void rte_atomic##bits##_dec(rte_atomic##bits##_t *v) \
	{ \
		rte_atomic##bits##_sub(v, 1); \
	} \
	/** Add and return the new value. */ \
	static inline int##bits##_t rte_atomic##bits##_add_return( \
		rte_atomic##bits##_t *v, int##bits##_t n) \
	{ \
		return __atomic_add_fetch(&v->cnt, n, __ATOMIC_SEQ_CST); \
	} \
	/** Subtract and return the new value. */ \
	static inline int##bits##_t rte_atomic##bits##_sub_return( \
		rte_atomic##bits##_t *v, int##bits##_t n) \
	{ \
		return __atomic_sub_fetch(&v->cnt, n, __ATOMIC_SEQ_CST); \
	} \
	/** Add 1 and tell whether the result is 0. */ \
	static inline int rte_atomic##bits##_inc_and_test( \
		rte_atomic##bits##_t *v) \
	{ \
		return __atomic_add_fetch(&v->cnt, 1, __ATOMIC_SEQ_CST) == 0; \
	} \
	/** Subtract 1 and tell whether the result is 0. */ \
	static inline int rte_atomic##bits##_dec_and_test( \
		rte_atomic##bits##_t *v) \
	{ \
		return __atomic_sub_fetch(&v->cnt, 1, __ATOMIC_SEQ_CST) == 0; \
	} \
	/** Set to 1 if it was 0; tell whether it did. */ \
	static inline int rte_atomic##bits##_test_and_set( \
		rte_atomic##bits##_t *v) \
	{ \
		int##bits##_t exp = 0; \
		return __atomic_compare_exchange_n(&v->cnt, &exp, 1, 0, \
			__ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
	} \
	/** Set the counter to 0. */ \
	static inline void rte_atomic##bits##_clear(rte_atomic##bits##_t *v) \
	{ \
		rte_atomic##bits##_set(v, 0); \
	} \
	/** Compare and set a raw value; returns non-zero on success. */ \
	static inline int rte_atomic##bits##_cmpset( \
		volatile uint##bits##_t *dst, uint##bits##_t exp, \
		uint##bits##_t src) \
	{ \
		return __atomic_compare_exchange_n(dst, &exp, src, 0, \
			__ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); \
	} \
	/** Exchange a raw value; returns the old one. */ \
	static inline uint##bits##_t rte_atomic##bits##_exchange( \
		volatile uint##bits##_t *dst, uint##bits##_t val) \
	{ \
		return __atomic_exchange_n(dst, val, __ATOMIC_SEQ_CST); \
	}

RTE__ATOMIC_OPS(16)
RTE__ATOMIC_OPS(32)
RTE__ATOMIC_OPS(64)

#undef RTE__ATOMIC_OPS

/** 128-bit value for 128-bit compare-and-swap. */
typedef struct {
	union {
		uint64_t val[2]; /**< two 64-bit words */
		__extension__ __int128 int128; /**< one 128-bit word */
	};
} __rte_aligned(16) rte_int128_t;

/**
 * 128-bit compare and exchange (cmpxchg16b on x86_64, casp or an
 * LL/SC pair on aarch64).
 *
 * @param dst  Location, 16-byte aligned.
 * @param exp  Expected value; updated with the current value on failure.
 * @param src  New value.
 * @param weak  May fail spuriously if non-zero.
 * @param success  Memory order on success.
 * @param failure  Memory order on failure.
 * @return 1 if exchanged, 0 otherwise.
 */
static inline int
rte_atomic128_cmp_exchange(rte_int128_t *dst, rte_int128_t *exp,
	const rte_int128_t *src, unsigned int weak, int success, int failure)
{
#if defined(__SANITIZE_THREAD__)
#define RTE__ATOMIC128_BUILTIN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RTE__ATOMIC128_BUILTIN 1
#endif
#endif
#if defined(RTE_ARCH_X86_64) && !defined(RTE__ATOMIC128_BUILTIN)
	uint8_t res;

	RTE_SET_USED(weak);
	RTE_SET_USED(success);
	RTE_SET_USED(failure);
	/* lock cmpxchg16b is a full barrier: any order is satisfied. */
	__asm__ volatile("lock; cmpxchg16b %[dst];"
			 " sete %[res]"
			 : [dst] "=m"(dst->val[0]), "=a"(exp->val[0]),
			 "=d"(exp->val[1]), [res] "=r"(res)
			 : "b"(src->val[0]), "c"(src->val[1]), "a"(exp->val[0]),
			 "d"(exp->val[1]), "m"(dst->val[0])
			 : "memory");
	return res;
#else
	/* ThreadSanitizer sees this builtin, not the inline asm above. */
	return __atomic_compare_exchange_n(&dst->int128, &exp->int128,
		src->int128, weak, success, failure);
#endif
#undef RTE__ATOMIC128_BUILTIN
}

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ATOMIC_H_ */
