/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The UDP header (RFC 768).
 */

#ifndef RTE_UDP_H_
#define RTE_UDP_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The UDP header. */
struct rte_udp_hdr {
	rte_be16_t src_port; /**< source port */
	rte_be16_t dst_port; /**< destination port */
	rte_be16_t dgram_len; /**< header and payload bytes */
	rte_be16_t dgram_cksum; /**< checksum, 0 for none over IPv4 */
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* RTE_UDP_H_ */
