/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * L2TPv2 (RFC 2661): the flags-and-version word and the layouts of the
 * rest of the header for each combination of the L (length), S
 * (ns/nr) and O (offset) bits.
 */

#ifndef _RTE_L2TPV2_H_
#define _RTE_L2TPV2_H_

#include <stdint.h>

#include <rte_byteorder.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * flags_version values in host order: version 2 with the T bit (control
 * message: L and S set) or a data message with the named optional
 * fields present.
 */
#define RTE_L2TPV2_MSG_TYPE_CONTROL 0xC802 /**< control: T, L, S */
#define RTE_L2TPV2_MSG_TYPE_DATA 0x0002 /**< data, no optional field */
#define RTE_L2TPV2_MSG_TYPE_DATA_L 0x4002 /**< data with length */
#define RTE_L2TPV2_MSG_TYPE_DATA_S 0x0802 /**< data with ns, nr */
#define RTE_L2TPV2_MSG_TYPE_DATA_O 0x0202 /**< data with offset */
#define RTE_L2TPV2_MSG_TYPE_DATA_L_S 0x4802 /**< data: length, ns, nr */
#define RTE_L2TPV2_MSG_TYPE_DATA_L_O 0x4202 /**< data: length, offset */
#define RTE_L2TPV2_MSG_TYPE_DATA_S_O 0x0A02 /**< data: ns, nr, offset */
#define RTE_L2TPV2_MSG_TYPE_DATA_L_S_O 0x4A02 /**< data with all three */

/**
 * The first 16 bits. The bit-fields apply to flags_version once it is
 * in host order (rte_be_to_cpu_16).
 */
RTE_STD_C11
struct rte_l2tpv2_common_hdr {
	union {
		rte_be16_t flags_version; /**< flags and version, big-endian */
		__extension__ struct {
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
			uint16_t ver : 4; /**< version, 2 */
			uint16_t res3 : 4; /**< reserved */
			uint16_t p : 1; /**< priority */
			uint16_t o : 1; /**< offset fields present */
			uint16_t res2 : 1; /**< reserved */
			uint16_t s : 1; /**< ns and nr present */
			uint16_t res1 : 2; /**< reserved */
			uint16_t l : 1; /**< length present */
			uint16_t t : 1; /**< control message */
#elif RTE_BYTE_ORDER == RTE_BIG_ENDIAN
			uint16_t t : 1; /**< control message */
			uint16_t l : 1; /**< length present */
			uint16_t res1 : 2; /**< reserved */
			uint16_t s : 1; /**< ns and nr present */
			uint16_t res2 : 1; /**< reserved */
			uint16_t o : 1; /**< offset fields present */
			uint16_t p : 1; /**< priority */
			uint16_t res3 : 4; /**< reserved */
			uint16_t ver : 4; /**< version, 2 */
#endif
		};
	};
};

/** After the common header when L, S and O are all set. */
struct rte_l2tpv2_msg_with_all_options {
	rte_be16_t length; /**< bytes of the whole message (byte 0) */
	rte_be16_t tunnel_id; /**< tunnel (byte 2) */
	rte_be16_t session_id; /**< session (byte 4) */
	rte_be16_t ns; /**< sequence number sent (byte 6) */
	rte_be16_t nr; /**< sequence number expected (byte 8) */
	rte_be16_t offset_size; /**< padding before the payload (byte 10) */
	uint8_t *offset_padding; /**< placeholder for the padding (byte 12) */
} __rte_packed;

/** After the common header when S and O are set (no length). */
struct rte_l2tpv2_msg_without_length {
	rte_be16_t tunnel_id; /**< tunnel (byte 0) */
	rte_be16_t session_id; /**< session (byte 2) */
	rte_be16_t ns; /**< sequence number sent (byte 4) */
	rte_be16_t nr; /**< sequence number expected (byte 6) */
	rte_be16_t offset_size; /**< padding before the payload (byte 8) */
	uint8_t *offset_padding; /**< placeholder for the padding (byte 10) */
} __rte_packed;

/** After the common header when L and O are set (no ns/nr). */
struct rte_l2tpv2_msg_without_ns_nr {
	rte_be16_t length; /**< bytes of the whole message (byte 0) */
	rte_be16_t tunnel_id; /**< tunnel (byte 2) */
	rte_be16_t session_id; /**< session (byte 4) */
	rte_be16_t offset_size; /**< padding before the payload (byte 6) */
	uint8_t *offset_padding; /**< placeholder for the padding (byte 8) */
};

/** After the common header when L and S are set (no offset). */
struct rte_l2tpv2_msg_without_offset {
	rte_be16_t length; /**< bytes of the whole message (byte 0) */
	rte_be16_t tunnel_id; /**< tunnel (byte 2) */
	rte_be16_t session_id; /**< session (byte 4) */
	rte_be16_t ns; /**< sequence number sent (byte 6) */
	rte_be16_t nr; /**< sequence number expected (byte 8) */
};

/** After the common header when only O is set. */
struct rte_l2tpv2_msg_with_offset {
	rte_be16_t tunnel_id; /**< tunnel (byte 0) */
	rte_be16_t session_id; /**< session (byte 2) */
	rte_be16_t offset_size; /**< padding before the payload (byte 4) */
	uint8_t *offset_padding; /**< placeholder for the padding (byte 6) */
} __rte_packed;

/** After the common header when only S is set. */
struct rte_l2tpv2_msg_with_ns_nr {
	rte_be16_t tunnel_id; /**< tunnel (byte 0) */
	rte_be16_t session_id; /**< session (byte 2) */
	rte_be16_t ns; /**< sequence number sent (byte 4) */
	rte_be16_t nr; /**< sequence number expected (byte 6) */
};

/** After the common header when only L is set. */
struct rte_l2tpv2_msg_with_length {
	rte_be16_t length; /**< bytes of the whole message (byte 0) */
	rte_be16_t tunnel_id; /**< tunnel (byte 2) */
	rte_be16_t session_id; /**< session (byte 4) */
};

/** After the common header when none of L, S, O is set. */
struct rte_l2tpv2_msg_without_all_options {
	rte_be16_t tunnel_id; /**< tunnel (byte 0) */
	rte_be16_t session_id; /**< session (byte 2) */
};

/** The common header and whichever layout its flags select. */
RTE_STD_C11
struct rte_l2tpv2_combined_msg_hdr {
	struct rte_l2tpv2_common_hdr common; /**< flags and version */
	union {
		struct rte_l2tpv2_msg_with_all_options type0; /**< L S O */
		struct rte_l2tpv2_msg_without_length type1; /**< S O */
		struct rte_l2tpv2_msg_without_ns_nr type2; /**< L O */
		struct rte_l2tpv2_msg_without_offset type3; /**< L S */
		struct rte_l2tpv2_msg_with_offset type4; /**< O */
		struct rte_l2tpv2_msg_with_ns_nr type5; /**< S */
		struct rte_l2tpv2_msg_with_length type6; /**< L */
		struct rte_l2tpv2_msg_without_all_options type7; /**< none */
	};
} __rte_packed;

#ifdef __cplusplus
}
#endif

#endif /* _RTE_L2TPV2_H_ */
