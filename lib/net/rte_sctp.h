/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The SCTP common header (RFC 9260).
 */

#ifndef RTE_SCTP_H_
#define RTE_SCTP_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The SCTP common header. */
struct rte_sctp_hdr {
	rte_be16_t src_port; /**< source port */
	rte_be16_t dst_port; /**< destination port */
	rte_be32_t tag; /**< verification tag */
	rte_be32_t cksum; /**< CRC32c checksum */
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* RTE_SCTP_H_ */
