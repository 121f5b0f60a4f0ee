/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * eCPRI (evolved Common Public Radio Interface, specification 2.0): the
 * common header and the payload header of each message type 0 to 7.
 * On Ethernet its EtherType is RTE_ETHER_TYPE_ECPRI (rte_ether.h).
 */

#ifndef _RTE_ECPRI_H_
#define _RTE_ECPRI_H_

#include <stdint.h>

#include <rte_byteorder.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Protocol revision value of eCPRI up to 2.0. */
#define RTE_ECPRI_REV_UP_TO_20 1

/* Message types (the type field of the common header). */
#define RTE_ECPRI_MSG_TYPE_IQ_DATA 0 /**< IQ data */
#define RTE_ECPRI_MSG_TYPE_BIT_SEQ 1 /**< bit sequence */
#define RTE_ECPRI_MSG_TYPE_RTC_CTRL 2 /**< real-time control data */
#define RTE_ECPRI_MSG_TYPE_GEN_DATA 3 /**< generic data transfer */
#define RTE_ECPRI_MSG_TYPE_RM_ACC 4 /**< remote memory access */
#define RTE_ECPRI_MSG_TYPE_DLY_MSR 5 /**< one-way delay measurement */
#define RTE_ECPRI_MSG_TYPE_RMT_RST 6 /**< remote reset */
#define RTE_ECPRI_MSG_TYPE_EVT_IND 7 /**< event indication */
#define RTE_ECPRI_MSG_TYPE_IWF_UP 8 /**< IWF start-up */
#define RTE_ECPRI_MSG_TYPE_IWF_OPT 9 /**< IWF operation */
#define RTE_ECPRI_MSG_TYPE_IWF_MAP 10 /**< IWF mapping */
#define RTE_ECPRI_MSG_TYPE_IWF_DCTRL 11 /**< IWF delay control */

/* Event types of an event indication (type 7) message. */
#define RTE_ECPRI_EVT_IND_FAULT_IND 0x00 /**< fault(s) raised */
#define RTE_ECPRI_EVT_IND_FAULT_ACK 0x01 /**< fault(s) acknowledged */
#define RTE_ECPRI_EVT_IND_NTFY_IND 0x02 /**< notification(s) */
#define RTE_ECPRI_EVT_IND_SYNC_REQ 0x03 /**< synchronisation request */
#define RTE_ECPRI_EVT_IND_SYNC_ACK 0x04 /**< synchronisation acknowledged */
#define RTE_ECPRI_EVT_IND_SYNC_END 0x05 /**< synchronisation ended */

/**
 * The 4-byte common header. The bit-fields apply to u32 once it is in
 * host order (rte_be_to_cpu_32).
 */
RTE_STD_C11
struct rte_ecpri_common_hdr {
	union {
		rte_be32_t u32; /**< the header as one big-endian word */
		struct {
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
			uint32_t size : 16; /**< payload bytes */
			uint32_t type : 8; /**< message type */
			uint32_t c : 1; /**< another message follows */
			uint32_t res : 3; /**< reserved */
			uint32_t revision : 4; /**< protocol revision */
#elif RTE_BYTE_ORDER == RTE_BIG_ENDIAN
			uint32_t revision : 4; /**< protocol revision */
			uint32_t res : 3; /**< reserved */
			uint32_t c : 1; /**< another message follows */
			uint32_t type : 8; /**< message type */
			uint32_t size : 16; /**< payload bytes */
#endif
		};
	};
};

/** Type 0 payload header: IQ data. */
struct rte_ecpri_msg_iq_data {
	rte_be16_t pc_id; /**< physical channel */
	rte_be16_t seq_id; /**< sequence */
};

/** Type 1 payload header: bit sequence. */
struct rte_ecpri_msg_bit_seq {
	rte_be16_t pc_id; /**< physical channel */
	rte_be16_t seq_id; /**< sequence */
};

/** Type 2 payload header: real-time control data. */
struct rte_ecpri_msg_rtc_ctrl {
	rte_be16_t rtc_id; /**< real-time control */
	rte_be16_t seq_id; /**< sequence */
};

/** Type 3 payload header: generic data transfer. */
struct rte_ecpri_msg_gen_data {
	rte_be32_t pc_id; /**< physical channel */
	rte_be32_t seq_id; /**< sequence */
};

/**
 * Type 4 payload header: remote memory access. The bit-fields apply to
 * the first word in host order.
 */
RTE_STD_C11
struct rte_ecpri_msg_rm_access {
#if RTE_BYTE_ORDER == RTE_LITTLE_ENDIAN
	uint32_t ele_id : 16; /**< element */
	uint32_t rr : 4; /**< request or response */
	uint32_t rw : 4; /**< read or write */
	uint32_t rma_id : 8; /**< remote memory access */
#elif RTE_BYTE_ORDER == RTE_BIG_ENDIAN
	uint32_t rma_id : 8; /**< remote memory access */
	uint32_t rw : 4; /**< read or write */
	uint32_t rr : 4; /**< request or response */
	uint32_t ele_id : 16; /**< element */
#endif
	uint8_t addr[6]; /**< 48-bit address */
	rte_be16_t length; /**< bytes to read or write */
};

/** Type 5 payload header: one-way delay measurement. */
struct rte_ecpri_msg_delay_measure {
	uint8_t msr_id; /**< measurement */
	uint8_t act_type; /**< action type */
};

/** Type 6 payload header: remote reset. */
struct rte_ecpri_msg_remote_reset {
	rte_be16_t rst_id; /**< reset */
	uint8_t rst_op; /**< reset code op */
};

/** Type 7 payload header: event indication. */
struct rte_ecpri_msg_event_ind {
	uint8_t evt_id; /**< event */
	uint8_t evt_type; /**< event type (RTE_ECPRI_EVT_IND_*) */
	uint8_t seq; /**< sequence */
	uint8_t number; /**< number of faults or notifications */
};

/** The common header followed by the payload header of any type. */
RTE_STD_C11
struct rte_ecpri_combined_msg_hdr {
	struct rte_ecpri_common_hdr common; /**< common header */
	union {
		struct rte_ecpri_msg_iq_data type0; /**< type 0 */
		struct rte_ecpri_msg_bit_seq type1; /**< type 1 */
		struct rte_ecpri_msg_rtc_ctrl type2; /**< type 2 */
		struct rte_ecpri_msg_gen_data type3; /**< type 3 */
		struct rte_ecpri_msg_rm_access type4; /**< type 4 */
		struct rte_ecpri_msg_delay_measure type5; /**< type 5 */
		struct rte_ecpri_msg_remote_reset type6; /**< type 6 */
		struct rte_ecpri_msg_event_ind type7; /**< type 7 */
		rte_be32_t dummy[3]; /**< sizes the union to 12 bytes */
	};
};

#ifdef __cplusplus
}
#endif

#endif /* _RTE_ECPRI_H_ */
