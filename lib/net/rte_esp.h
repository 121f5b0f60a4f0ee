/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The IPsec ESP header and trailer (RFC 4303).
 */

#ifndef RTE_ESP_H_
#define RTE_ESP_H_

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The ESP header. */
struct rte_esp_hdr {
	rte_be32_t spi; /**< security parameters index */
	rte_be32_t seq; /**< sequence number */
} __rte_packed;

/** The ESP trailer, after the padding. */
struct rte_esp_tail {
	uint8_t pad_len; /**< padding bytes before this trailer */
	uint8_t next_proto; /**< protocol of the protected payload */
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* RTE_ESP_H_ */
