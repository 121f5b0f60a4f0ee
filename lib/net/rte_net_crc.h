/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * CRCs of packet data: CRC32 as Ethernet's frame check sequence uses
 * it, and CRC16-CCITT as X.25 does (both bit-reflected, initial value
 * all ones, result complemented).
 */

#ifndef _RTE_NET_CRC_H_
#define _RTE_NET_CRC_H_

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Which CRC to compute. */
enum rte_net_crc_type {
	RTE_NET_CRC16_CCITT = 0, /**< CRC16-CCITT (X.25) */
	RTE_NET_CRC32_ETH, /**< CRC32 of Ethernet */
	RTE_NET_CRC_REQS /**< number of types */
};

/** How to compute it. */
enum rte_net_crc_alg {
	RTE_NET_CRC_SCALAR = 0, /**< byte-wise table */
	RTE_NET_CRC_SSE42, /**< carry-less multiply (SSE4.2 + PCLMULQDQ) */
	RTE_NET_CRC_NEON, /**< Arm only: the table here */
	RTE_NET_CRC_AVX512, /**< the SSE4.2 code here, if the CPU has it */
};

/**
 * Choose the code that rte_net_crc_calc() runs. A choice the CPU
 * cannot run falls back to the best one it can (and logs it).
 *
 * @param alg  The algorithm wanted.
 */
void rte_net_crc_set_alg(enum rte_net_crc_alg alg);

/**
 * CRC of a buffer.
 *
 * @param data  The bytes.
 * @param data_len  How many.
 * @param type  Which CRC.
 * @return The CRC (16 significant bits for CRC16), or 0 for an unknown
 *   type.
 */
uint32_t rte_net_crc_calc(
	const void *data, uint32_t data_len, enum rte_net_crc_type type);

#ifdef __cplusplus
}
#endif

#endif /* _RTE_NET_CRC_H_ */
