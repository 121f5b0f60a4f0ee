/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The PPP header in HDLC-like framing (RFC 1662).
 */

#ifndef _RTE_PPP_H_
#define _RTE_PPP_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The PPP header. */
struct rte_ppp_hdr {
	uint8_t addr; /**< address (0xff) */
	uint8_t ctrl; /**< control (0x03) */
	rte_be16_t proto_id; /**< protocol of the payload */
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* _RTE_PPP_H_ */
