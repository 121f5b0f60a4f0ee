/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * GPRS Tunnelling Protocol (3GPP TS 29.060, 29.281): the GTPv1 header,
 * its optional word, and the PDU session container extension
 * (TS 38.415) in its generic, downlink (type 0) and uplink (type 1)
 * forms. Bit-fields are declared per host byte order so that each
 * names the same wire bits on either.
 */

#ifndef _RTE_GTP_H_
#define _RTE_GTP_H_

#include <stdint.h>

#include <rte_byteorder.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The fixed 8 bytes of a GTPv1 header. */
__extension__ struct rte_gtp_hdr {
	union {
		uint8_t gtp_hdr_info; /**< the flags byte as a whole */
		struct {
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
			uint8_t pn : 1; /**< N-PDU number field is valid */
			uint8_t s : 1; /**< sequence number field is valid */
			uint8_t e : 1; /**< an extension header follows */
			uint8_t res1 : 1; /**< reserved, 0 */
			uint8_t pt : 1; /**< protocol type: 1 GTP, 0 GTP' */
			uint8_t ver : 3; /**< version, 1 */
#elif RTE_BYTE_ORDER == RTE_BIG_ENDIAN
			uint8_t ver : 3; /**< version, 1 */
			uint8_t pt : 1; /**< protocol type: 1 GTP, 0 GTP' */
			uint8_t res1 : 1; /**< reserved, 0 */
			uint8_t e : 1; /**< an extension header follows */
			uint8_t s : 1; /**< sequence number field is valid */
			uint8_t pn : 1; /**< N-PDU number field is valid */
#endif
		};
	};
	uint8_t msg_type; /**< message type (255: G-PDU) */
	rte_be16_t plen; /**< bytes after these 8 */
	rte_be32_t teid; /**< tunnel endpoint identifier */
} __rte_packed;

/** The word after the header when any of e, s or pn is set. */
struct rte_gtp_hdr_ext_word {
	rte_be16_t sqn; /**< sequence number */
	uint8_t npdu; /**< N-PDU number */
	uint8_t next_ext; /**< type of the next extension header, 0: none */
} __rte_packed;

/** PDU session container: the part common to both directions. */
__extension__ struct rte_gtp_psc_generic_hdr {
	uint8_t ext_hdr_len; /**< extension length in 4-byte units */
#if RTE_BYTE_ORDER == RTE_BIG_ENDIAN
	uint8_t type : 4; /**< PDU type: 0 downlink, 1 uplink */
	uint8_t qmp : 1; /**< QoS monitoring packet */
	uint8_t pad : 3; /**< bits that depend on the type */
	uint8_t spare : 2; /**< bits that depend on the type */
	uint8_t qfi : 6; /**< QoS flow identifier */
#else
	uint8_t pad : 3; /**< bits that depend on the type */
	uint8_t qmp : 1; /**< QoS monitoring packet */
	uint8_t type : 4; /**< PDU type: 0 downlink, 1 uplink */
	uint8_t qfi : 6; /**< QoS flow identifier */
	uint8_t spare : 2; /**< bits that depend on the type */
#endif
	uint8_t data[0]; /**< the rest of the container */
} __rte_packed;

/** PDU session container, downlink (PDU type 0). */
__extension__ struct rte_gtp_psc_type0_hdr {
	uint8_t ext_hdr_len; /**< extension length in 4-byte units */
#if RTE_BYTE_ORDER == RTE_BIG_ENDIAN
	uint8_t type : 4; /**< PDU type, 0 */
	uint8_t qmp : 1; /**< QoS monitoring packet */
	uint8_t snp : 1; /**< a sequence number is present */
	uint8_t spare_dl1 : 2; /**< spare */
	uint8_t ppp : 1; /**< paging policy presence */
	uint8_t rqi : 1; /**< reflective QoS indicator */
	uint8_t qfi : 6; /**< QoS flow identifier */
#else
	uint8_t spare_dl1 : 2; /**< spare */
	uint8_t snp : 1; /**< a sequence number is present */
	uint8_t qmp : 1; /**< QoS monitoring packet */
	uint8_t type : 4; /**< PDU type, 0 */
	uint8_t qfi : 6; /**< QoS flow identifier */
	uint8_t rqi : 1; /**< reflective QoS indicator */
	uint8_t ppp : 1; /**< paging policy presence */
#endif
	uint8_t data[0]; /**< optional fields */
} __rte_packed;

/** PDU session container, uplink (PDU type 1). */
__extension__ struct rte_gtp_psc_type1_hdr {
	uint8_t ext_hdr_len; /**< extension length in 4-byte units */
#if RTE_BYTE_ORDER == RTE_BIG_ENDIAN
	uint8_t type : 4; /**< PDU type, 1 */
	uint8_t qmp : 1; /**< QoS monitoring packet */
	uint8_t dl_delay_ind : 1; /**< a downlink delay result is present */
	uint8_t ul_delay_ind : 1; /**< an uplink delay result is present */
	uint8_t snp : 1; /**< an uplink sequence number is present */
	uint8_t n_delay_ind : 1; /**< an N3/N9 delay result is present */
	uint8_t spare_ul2 : 1; /**< spare */
	uint8_t qfi : 6; /**< QoS flow identifier */
#else
	uint8_t snp : 1; /**< an uplink sequence number is present */
	uint8_t ul_delay_ind : 1; /**< an uplink delay result is present */
	uint8_t dl_delay_ind : 1; /**< a downlink delay result is present */
	uint8_t qmp : 1; /**< QoS monitoring packet */
	uint8_t type : 4; /**< PDU type, 1 */
	uint8_t qfi : 6; /**< QoS flow identifier */
	uint8_t spare_ul2 : 1; /**< spare */
	uint8_t n_delay_ind : 1; /**< an N3/N9 delay result is present */
#endif
	uint8_t data[0]; /**< optional fields */
} __rte_packed;

/** Bytes of a UDP header plus a GTP header (needs rte_udp.h). */
#define RTE_ETHER_GTP_HLEN \
	(sizeof(struct rte_udp_hdr) + sizeof(struct rte_gtp_hdr))
/** First byte (version nibble) of a tunnelled IPv4 packet. */
#define RTE_GTP_TYPE_IPV4 0x40
/** First byte (version nibble) of a tunnelled IPv6 packet. */
#define RTE_GTP_TYPE_IPV6 0x60
/** UDP port of GTP-C (control plane). */
#define RTE_GTPC_UDP_PORT 2123
/** UDP port of GTP-U (user plane). */
#define RTE_GTPU_UDP_PORT 2152

#ifdef __cplusplus
}
#endif

#endif /* _RTE_GTP_H_ */
