/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The MACsec SecTAG (IEEE 802.1AE).
 */

#ifndef RTE_MACSEC_H
#define RTE_MACSEC_H

#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RTE_MACSEC_TCI_VER_MASK 0x80 /**< version bit, 0 */
#define RTE_MACSEC_TCI_ES 0x40 /**< end station: no SCI */
#define RTE_MACSEC_TCI_SC 0x20 /**< an SCI follows */
#define RTE_MACSEC_TCI_SCB 0x10 /**< EPON single copy broadcast */
#define RTE_MACSEC_TCI_E 0x08 /**< the user data is encrypted */
#define RTE_MACSEC_TCI_C 0x04 /**< the user data was changed */
#define RTE_MACSEC_AN_MASK 0x03 /**< association number bits of tci_an */

/** The SecTAG after the MACsec EtherType. */
__extension__ struct rte_macsec_hdr {
	/** Tag control information (RTE_MACSEC_TCI_*) and association
	 * number. */
	uint8_t tci_an;
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
	uint8_t short_length : 6; /**< data length of a short frame */
	uint8_t unused : 2; /**< reserved */
#else
	uint8_t unused : 2; /**< reserved */
	uint8_t short_length : 6; /**< data length of a short frame */
#endif
	rte_be32_t packet_number; /**< for replay protection */
} __rte_packed;

#define RTE_MACSEC_SCI_LEN 8 /**< bytes of a secure channel identifier */

/** The optional secure channel identifier after the SecTAG. */
struct rte_macsec_sci_hdr {
	uint8_t sci[RTE_MACSEC_SCI_LEN]; /**< the identifier */
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* RTE_MACSEC_H */
