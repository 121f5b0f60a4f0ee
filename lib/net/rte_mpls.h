/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * An MPLS label stack entry (RFC 3032).
 */

#ifndef RTE_MPLS_H_
#define RTE_MPLS_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** One MPLS label stack entry. */
__extension__ struct rte_mpls_hdr {
	rte_be16_t tag_msb; /**< the 16 high bits of the label */
#if RTE_BYTE_ORDER == RTE_BIG_ENDIAN
	uint8_t tag_lsb : 4; /**< the 4 low bits of the label */
	uint8_t tc : 3; /**< traffic class */
	uint8_t bs : 1; /**< bottom of stack */
#else
	uint8_t bs : 1; /**< bottom of stack */
	uint8_t tc : 3; /**< traffic class */
	uint8_t tag_lsb : 4; /**< the 4 low bits of the label */
#endif
	uint8_t ttl; /**< time to live */
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* RTE_MPLS_H_ */
