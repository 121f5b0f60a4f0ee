/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The GENEVE header (RFC 8926).
 */

#ifndef RTE_GENEVE_H_
#define RTE_GENEVE_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTE_GENEVE_DEFAULT_PORT 6081 /**< IANA GENEVE port */

/** The GENEVE header, options after it. */
__extension__ struct rte_geneve_hdr {
#if RTE_BYTE_ORDER == RTE_BIG_ENDIAN
	uint8_t ver : 2; /**< version */
	uint8_t opt_len : 6; /**< options length in 4-byte words */
	uint8_t oam : 1; /**< control packet */
	uint8_t critical : 1; /**< critical options present */
	uint8_t reserved1 : 6; /**< reserved */
#else
	uint8_t opt_len : 6; /**< options length in 4-byte words */
	uint8_t ver : 2; /**< version */
	uint8_t reserved1 : 6; /**< reserved */
	uint8_t critical : 1; /**< critical options present */
	uint8_t oam : 1; /**< control packet */
#endif
	rte_be16_t proto; /**< EtherType of the payload */
	uint8_t vni[3]; /**< virtual network identifier */
	uint8_t reserved2; /**< reserved */
	uint32_t opts[]; /**< options */
} __rte_packed;

#define RTE_GENEVE_TYPE_ETH 0x6558 /**< payload: Ethernet */

#ifdef __cplusplus
}
#endif

#endif /* RTE_GENEVE_H_ */
