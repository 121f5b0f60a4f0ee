/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * ICMP echo headers (RFC 792) and ICMPv6 types.
 */

#ifndef RTE_ICMP_H_
#define RTE_ICMP_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ICMP header of an echo request or reply. */
struct rte_icmp_hdr {
	uint8_t icmp_type; /**< type */
	uint8_t icmp_code; /**< code */
	rte_be16_t icmp_cksum; /**< checksum */
	rte_be16_t icmp_ident; /**< identifier */
	rte_be16_t icmp_seq_nb; /**< sequence number */
} __rte_packed;

#define RTE_IP_ICMP_ECHO_REPLY 0 /**< echo reply */
#define RTE_IP_ICMP_ECHO_REQUEST 8 /**< echo request */

#ifdef __cplusplus
}
#endif

#endif /* RTE_ICMP_H_ */
