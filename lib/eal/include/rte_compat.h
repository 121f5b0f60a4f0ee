/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * ABI stability markers, with DPDK's meaning.
 *
 * A function declared __rte_experimental may still change: calling it
 * without defining ALLOW_EXPERIMENTAL_API gives a deprecation warning
 * (an error under -Werror), and its code sits in section
 * .text.experimental, which buildtools/check-symbols.py matches with
 * the EXPERIMENTAL block of the library's version.map.
 *
 * A function declared __rte_internal is for the libraries and drivers
 * of this tree only: calling it without ALLOW_INTERNAL_API is a compile
 * error, and it sits in .text.internal and the INTERNAL block.
 */

#ifndef _RTE_COMPAT_H_
#define _RTE_COMPAT_H_

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __has_attribute
#define __has_attribute(x) 0
#endif

#ifdef ALLOW_EXPERIMENTAL_API
/** Marks an experimental function (allowed here). */
#define __rte_experimental __attribute__((section(".text.experimental")))
#else
/** Marks an experimental function: using it warns. */
#define __rte_experimental \
	__attribute__((deprecated("experimental API: define " \
				  "ALLOW_EXPERIMENTAL_API to use it"), \
		section(".text.experimental")))
#endif

#if defined(ALLOW_INTERNAL_API) || defined(__DOXYGEN__)
/** Marks a function internal to the libraries (allowed here). */
#define __rte_internal __attribute__((section(".text.internal")))
#elif __has_attribute(error)
/** Marks a function internal to the libraries: calling it fails (gcc). */
#define __rte_internal \
	__attribute__((error("internal API: not for use outside DPDK " \
			     "libraries and drivers"), \
		section(".text.internal")))
#elif __has_attribute(diagnose_if)
/* One pragma per line reads best here. */
/* clang-format off */
/** Marks a function internal to the libraries: calling it fails (clang). */
#define __rte_internal \
	_Pragma("GCC diagnostic push") \
	_Pragma("GCC diagnostic ignored \"-Wgcc-compat\"") \
	__attribute__((diagnose_if(1, "internal API: not for use outside " \
				      "DPDK libraries and drivers", \
		"error"), section(".text.internal"))) \
	_Pragma("GCC diagnostic pop")
/* clang-format on */
#else
#define __rte_internal __attribute__((section(".text.internal")))
#endif

#ifdef __cplusplus
}
#endif

#endif /* _RTE_COMPAT_H_ */
