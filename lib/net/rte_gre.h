/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The GRE header (RFC 2784, 2890) and its optional fields.
 */

#ifndef RTE_GRE_H_
#define RTE_GRE_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The GRE header: flags and version, then the protocol type. */
__extension__ struct rte_gre_hdr {
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
	uint16_t res2 : 4; /**< reserved */
	uint16_t s : 1; /**< a sequence number follows */
	uint16_t k : 1; /**< a key follows */
	uint16_t res1 : 1; /**< reserved */
	uint16_t c : 1; /**< a checksum follows */
	uint16_t ver : 3; /**< version */
	uint16_t res3 : 5; /**< reserved */
#else
	uint16_t c : 1; /**< a checksum follows */
	uint16_t res1 : 1; /**< reserved */
	uint16_t k : 1; /**< a key follows */
	uint16_t s : 1; /**< a sequence number follows */
	uint16_t res2 : 4; /**< reserved */
	uint16_t res3 : 5; /**< reserved */
	uint16_t ver : 3; /**< version */
#endif
	uint16_t proto; /**< EtherType of the payload (network order) */
} __rte_packed;

/** Optional GRE checksum field. */
struct rte_gre_hdr_opt_checksum_rsvd {
	rte_be16_t checksum; /**< checksum */
	rte_be16_t reserved1; /**< reserved */
} __rte_packed;

/** Optional GRE key field. */
struct rte_gre_hdr_opt_key {
	rte_be32_t key; /**< key */
} __rte_packed;

/** Optional GRE sequence number field. */
struct rte_gre_hdr_opt_sequence {
	rte_be32_t sequence; /**< sequence number */
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* RTE_GRE_H_ */
