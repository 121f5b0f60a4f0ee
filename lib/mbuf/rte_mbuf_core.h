/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * The packet buffer structure and its constants. Kept apart from
 * rte_mbuf.h so that code which only needs the layout (drivers, other
 * libraries' headers) does not pull in the mempool fast path.
 *
 * The layout matches DPDK 22.11 built with IOVA as PA enabled: two
 * 64-byte cache lines, the first holding everything the receive path
 * touches, the second what only transmit and slow paths read.
 */

#ifndef _RTE_MBUF_CORE_H_
#define _RTE_MBUF_CORE_H_

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include <rte_byteorder.h>
#include <rte_common.h>
#include <rte_memory.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * ol_flags: receive-side bits grow from bit 0, transmit-side bits grow
 * down from bit 60; bits 61 and 62 describe where the data lives.
 */

/** The VLAN TCI field holds the received VLAN tag. */
#define RTE_MBUF_F_RX_VLAN (1ULL << 0)
/** The hash.rss field holds the receive-side-scaling hash. */
#define RTE_MBUF_F_RX_RSS_HASH (1ULL << 1)
/** The hash.fdir field holds a flow director result. */
#define RTE_MBUF_F_RX_FDIR (1ULL << 2)
/** The outer IP checksum of a tunnelled packet is wrong. */
#define RTE_MBUF_F_RX_OUTER_IP_CKSUM_BAD (1ULL << 5)
/** The VLAN tag was removed from the data (vlan_tci holds it). */
#define RTE_MBUF_F_RX_VLAN_STRIPPED (1ULL << 6)
/** Mask of the two bits that give the IP checksum status. */
#define RTE_MBUF_F_RX_IP_CKSUM_MASK ((1ULL << 4) | (1ULL << 7))
/** IP checksum not checked by the receiver. */
#define RTE_MBUF_F_RX_IP_CKSUM_UNKNOWN 0
/** IP checksum checked and wrong. */
#define RTE_MBUF_F_RX_IP_CKSUM_BAD (1ULL << 4)
/** IP checksum checked and right. */
#define RTE_MBUF_F_RX_IP_CKSUM_GOOD (1ULL << 7)
/** IP checksum absent but the data is known intact. */
#define RTE_MBUF_F_RX_IP_CKSUM_NONE ((1ULL << 4) | (1ULL << 7))
/** Mask of the two bits that give the L4 checksum status. */
#define RTE_MBUF_F_RX_L4_CKSUM_MASK ((1ULL << 3) | (1ULL << 8))
/** L4 checksum not checked. */
#define RTE_MBUF_F_RX_L4_CKSUM_UNKNOWN 0
/** L4 checksum checked and wrong. */
#define RTE_MBUF_F_RX_L4_CKSUM_BAD (1ULL << 3)
/** L4 checksum checked and right. */
#define RTE_MBUF_F_RX_L4_CKSUM_GOOD (1ULL << 8)
/** L4 checksum absent but the data is known intact. */
#define RTE_MBUF_F_RX_L4_CKSUM_NONE ((1ULL << 3) | (1ULL << 8))
/** A PTP packet was received. */
#define RTE_MBUF_F_RX_IEEE1588_PTP (1ULL << 9)
/** The receive timestamp of a PTP packet was latched. */
#define RTE_MBUF_F_RX_IEEE1588_TMST (1ULL << 10)
/** hash.fdir.hi holds a flow director identifier. */
#define RTE_MBUF_F_RX_FDIR_ID (1ULL << 13)
/** hash.fdir holds flexible bytes. */
#define RTE_MBUF_F_RX_FDIR_FLX (1ULL << 14)
/** Both VLAN tags were removed (vlan_tci and vlan_tci_outer hold them). */
#define RTE_MBUF_F_RX_QINQ_STRIPPED (1ULL << 15)
/** The packet was built by large receive offload. */
#define RTE_MBUF_F_RX_LRO (1ULL << 16)
/** Security offload processed the packet. */
#define RTE_MBUF_F_RX_SEC_OFFLOAD (1ULL << 18)
/** Security offload processing failed. */
#define RTE_MBUF_F_RX_SEC_OFFLOAD_FAILED (1ULL << 19)
/** Both vlan_tci and vlan_tci_outer are valid. */
#define RTE_MBUF_F_RX_QINQ (1ULL << 20)
/** Mask of the outer L4 checksum status bits. */
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_MASK ((1ULL << 21) | (1ULL << 22))
/** Outer L4 checksum not checked. */
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_UNKNOWN 0
/** Outer L4 checksum checked and wrong. */
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_BAD (1ULL << 21)
/** Outer L4 checksum checked and right. */
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_GOOD (1ULL << 22)
/** Outer L4 checksum present but not valid. */
#define RTE_MBUF_F_RX_OUTER_L4_CKSUM_INVALID ((1ULL << 21) | (1ULL << 22))

/** First bit free for dynamic flags. */
#define RTE_MBUF_F_FIRST_FREE (1ULL << 23)
/** Last bit free for dynamic flags. */
#define RTE_MBUF_F_LAST_FREE (1ULL << 40)

/** Compute the outer UDP checksum on transmit. */
#define RTE_MBUF_F_TX_OUTER_UDP_CKSUM (1ULL << 41)
/** UDP fragmentation offload. */
#define RTE_MBUF_F_TX_UDP_SEG (1ULL << 42)
/** Security offload on transmit. */
#define RTE_MBUF_F_TX_SEC_OFFLOAD (1ULL << 43)
/** MACsec offload on transmit. */
#define RTE_MBUF_F_TX_MACSEC (1ULL << 44)
/** Tunnel type of the packet: VXLAN. */
#define RTE_MBUF_F_TX_TUNNEL_VXLAN (0x1ULL << 45)
/** Tunnel type of the packet: GRE. */
#define RTE_MBUF_F_TX_TUNNEL_GRE (0x2ULL << 45)
/** Tunnel type of the packet: IP in IP. */
#define RTE_MBUF_F_TX_TUNNEL_IPIP (0x3ULL << 45)
/** Tunnel type of the packet: GENEVE. */
#define RTE_MBUF_F_TX_TUNNEL_GENEVE (0x4ULL << 45)
/** Tunnel type of the packet: MPLS in UDP. */
#define RTE_MBUF_F_TX_TUNNEL_MPLSINUDP (0x5ULL << 45)
/** Tunnel type of the packet: VXLAN-GPE. */
#define RTE_MBUF_F_TX_TUNNEL_VXLAN_GPE (0x6ULL << 45)
/** Tunnel type of the packet: GTP. */
#define RTE_MBUF_F_TX_TUNNEL_GTP (0x7ULL << 45)
/** Tunnel type of the packet: ESP. */
#define RTE_MBUF_F_TX_TUNNEL_ESP (0x8ULL << 45)
/** Generic IP tunnel. */
#define RTE_MBUF_F_TX_TUNNEL_IP (0xDULL << 45)
/** Generic UDP tunnel. */
#define RTE_MBUF_F_TX_TUNNEL_UDP (0xEULL << 45)
/** Mask of the tunnel type bits. */
#define RTE_MBUF_F_TX_TUNNEL_MASK (0xFULL << 45)
/** Insert two VLAN tags on transmit. */
#define RTE_MBUF_F_TX_QINQ (1ULL << 49)
/** TCP segmentation offload. */
#define RTE_MBUF_F_TX_TCP_SEG (1ULL << 50)
/** Latch the transmit timestamp of a PTP packet. */
#define RTE_MBUF_F_TX_IEEE1588_TMST (1ULL << 51)
/** No L4 checksum offload. */
#define RTE_MBUF_F_TX_L4_NO_CKSUM (0ULL << 52)
/** TCP checksum offload. */
#define RTE_MBUF_F_TX_TCP_CKSUM (1ULL << 52)
/** SCTP checksum offload. */
#define RTE_MBUF_F_TX_SCTP_CKSUM (2ULL << 52)
/** UDP checksum offload. */
#define RTE_MBUF_F_TX_UDP_CKSUM (3ULL << 52)
/** Mask of the L4 checksum offload bits. */
#define RTE_MBUF_F_TX_L4_MASK (3ULL << 52)
/** IPv4 checksum offload. */
#define RTE_MBUF_F_TX_IP_CKSUM (1ULL << 54)
/** The packet is IPv4. */
#define RTE_MBUF_F_TX_IPV4 (1ULL << 55)
/** The packet is IPv6. */
#define RTE_MBUF_F_TX_IPV6 (1ULL << 56)
/** Insert the VLAN tag held in vlan_tci on transmit. */
#define RTE_MBUF_F_TX_VLAN (1ULL << 57)
/** Outer IP checksum offload. */
#define RTE_MBUF_F_TX_OUTER_IP_CKSUM (1ULL << 58)
/** The outer header is IPv4. */
#define RTE_MBUF_F_TX_OUTER_IPV4 (1ULL << 59)
/** The outer header is IPv6. */
#define RTE_MBUF_F_TX_OUTER_IPV6 (1ULL << 60)

/** Every transmit offload bit. */
#define RTE_MBUF_F_TX_OFFLOAD_MASK \
	(RTE_MBUF_F_TX_OUTER_IPV6 | RTE_MBUF_F_TX_OUTER_IPV4 | \
		RTE_MBUF_F_TX_OUTER_IP_CKSUM | RTE_MBUF_F_TX_VLAN | \
		RTE_MBUF_F_TX_IPV6 | RTE_MBUF_F_TX_IPV4 | \
		RTE_MBUF_F_TX_IP_CKSUM | RTE_MBUF_F_TX_L4_MASK | \
		RTE_MBUF_F_TX_IEEE1588_TMST | RTE_MBUF_F_TX_TCP_SEG | \
		RTE_MBUF_F_TX_QINQ | RTE_MBUF_F_TX_TUNNEL_MASK | \
		RTE_MBUF_F_TX_MACSEC | RTE_MBUF_F_TX_SEC_OFFLOAD | \
		RTE_MBUF_F_TX_UDP_SEG | RTE_MBUF_F_TX_OUTER_UDP_CKSUM)

/** The data lives in a buffer outside any mbuf (see shinfo). */
#define RTE_MBUF_F_EXTERNAL (1ULL << 61)
/** The data lives in another (direct) mbuf this one is attached to. */
#define RTE_MBUF_F_INDIRECT (1ULL << 62)

/** Alignment the private area between header and data must keep. */
#define RTE_MBUF_PRIV_ALIGN 8

/** Data room of a buffer big enough for a standard Ethernet frame. */
#define RTE_MBUF_DEFAULT_DATAROOM 2048
/** Default data_room_size argument: the frame plus the headroom. */
#define RTE_MBUF_DEFAULT_BUF_SIZE \
	(RTE_MBUF_DEFAULT_DATAROOM + RTE_PKTMBUF_HEADROOM)

/** Most segments one packet may have (nb_segs is 16 bits). */
#define RTE_MBUF_MAX_NB_SEGS UINT16_MAX

/** Port number of a packet that came from no port. */
#define RTE_MBUF_PORT_INVALID UINT16_MAX
/** Older spelling of RTE_MBUF_PORT_INVALID. */
#define MBUF_INVALID_PORT RTE_MBUF_PORT_INVALID

/** Scheduler information stored in the hash field. */
struct rte_mbuf_sched {
	uint32_t queue_id; /**< queue */
	uint8_t traffic_class; /**< traffic class, 0 = highest priority */
	uint8_t color; /**< colour */
	uint16_t reserved; /**< unused */
};

/** Widths and offsets of the tx_offload bit-fields. */
enum {
	RTE_MBUF_L2_LEN_BITS = 7,
	RTE_MBUF_L3_LEN_BITS = 9,
	RTE_MBUF_L4_LEN_BITS = 8,
	RTE_MBUF_TSO_SEGSZ_BITS = 16,
	RTE_MBUF_OUTL3_LEN_BITS = 9,
	RTE_MBUF_OUTL2_LEN_BITS = 7,
	RTE_MBUF_TXOFLD_UNUSED_BITS = 64 - RTE_MBUF_L2_LEN_BITS -
		RTE_MBUF_L3_LEN_BITS - RTE_MBUF_L4_LEN_BITS -
		RTE_MBUF_TSO_SEGSZ_BITS - RTE_MBUF_OUTL3_LEN_BITS -
		RTE_MBUF_OUTL2_LEN_BITS,
	RTE_MBUF_L2_LEN_OFS = 0,
	RTE_MBUF_L3_LEN_OFS = RTE_MBUF_L2_LEN_OFS + RTE_MBUF_L2_LEN_BITS,
	RTE_MBUF_L4_LEN_OFS = RTE_MBUF_L3_LEN_OFS + RTE_MBUF_L3_LEN_BITS,
	RTE_MBUF_TSO_SEGSZ_OFS = RTE_MBUF_L4_LEN_OFS + RTE_MBUF_L4_LEN_BITS,
	RTE_MBUF_OUTL3_LEN_OFS =
		RTE_MBUF_TSO_SEGSZ_OFS + RTE_MBUF_TSO_SEGSZ_BITS,
	RTE_MBUF_OUTL2_LEN_OFS =
		RTE_MBUF_OUTL3_LEN_OFS + RTE_MBUF_OUTL3_LEN_BITS,
	RTE_MBUF_TXOFLD_UNUSED_OFS =
		RTE_MBUF_OUTL2_LEN_OFS + RTE_MBUF_OUTL2_LEN_BITS,
};

struct rte_mempool;
struct rte_mbuf_ext_shared_info;

/**
 * A packet buffer: this header, an optional private area of priv_size
 * bytes, then the data buffer of buf_len bytes whose first data_off
 * bytes are headroom. A packet may be a chain of such segments linked
 * by next; only the first segment's pkt_len and nb_segs are meaningful.
 */
struct rte_mbuf {
	/* ---- first cache line: receive fast path ---- */
	void *buf_addr; /**< virtual address of the data buffer */
	rte_iova_t buf_iova; /**< IO address of the data buffer */

	/**
	 * The 8 bytes a receive path rewrites in one store: data_off,
	 * refcnt, nb_segs and port.
	 */
	__extension__ uint64_t rearm_data[0];
	uint16_t data_off; /**< start of the data in the buffer */
	/**
	 * Number of owners. Access it only through rte_mbuf_refcnt_read,
	 * rte_mbuf_refcnt_set and rte_mbuf_refcnt_update.
	 */
	uint16_t refcnt;
	uint16_t nb_segs; /**< segments in the chain (first segment only) */
	uint16_t port; /**< input port, or RTE_MBUF_PORT_INVALID */

	uint64_t ol_flags; /**< RTE_MBUF_F_* offload flags */

	/** Start of the fields a receive descriptor fills in. */
	__extension__ uint8_t rx_descriptor_fields1[0];
	union {
		uint32_t packet_type; /**< L2/L3/L4 and tunnel types */
		__extension__ struct {
			uint8_t l2_type : 4; /**< (outer) L2 type */
			uint8_t l3_type : 4; /**< (outer) L3 type */
			uint8_t l4_type : 4; /**< (outer) L4 type */
			uint8_t tun_type : 4; /**< tunnel type */
			union {
				/** ESP next protocol, for ESP tunnels */
				uint8_t inner_esp_next_proto;
				__extension__ struct {
					uint8_t inner_l2_type : 4; /**< inner L2 */
					uint8_t inner_l3_type : 4; /**< inner L3 */
				};
			};
			uint8_t inner_l4_type : 4; /**< inner L4 type */
		};
	};

	uint32_t pkt_len; /**< bytes in the whole chain */
	uint16_t data_len; /**< bytes of data in this segment */
	uint16_t vlan_tci; /**< VLAN tag, valid with RTE_MBUF_F_RX_VLAN */

	union {
		/** Hash or tag results; which member is valid depends on
		 * ol_flags. */
		union {
			uint32_t rss; /**< RSS hash */
			struct {
				union {
					struct {
						uint16_t hash; /**< hash */
						uint16_t id; /**< id */
					};
					uint32_t lo; /**< flexible bytes */
				};
				uint32_t hi; /**< flexible bytes or id */
			} fdir; /**< flow director result */
			struct rte_mbuf_sched sched; /**< scheduler data */
			struct {
				uint32_t reserved1; /**< unused */
				uint16_t reserved2; /**< unused */
				uint16_t txq; /**< transmit queue */
			} txadapter; /**< event Tx adapter data */
			uint32_t usr; /**< user tag */
		} hash; /**< hash information */
	};

	uint16_t vlan_tci_outer; /**< outer VLAN tag, with RTE_MBUF_F_RX_QINQ */
	uint16_t buf_len; /**< size of the data buffer */
	struct rte_mempool *pool; /**< pool the mbuf returns to */

	/* ---- second cache line: transmit and slow paths ---- */
	/** Next segment of the packet, NULL in the last one. */
	struct rte_mbuf *next __rte_cache_min_aligned;

	union {
		uint64_t tx_offload; /**< all transmit offload lengths */
		__extension__ struct {
			/** L2 header length (tunnel: outer L4 to inner L2) */
			uint64_t l2_len : RTE_MBUF_L2_LEN_BITS;
			/** L3 header length */
			uint64_t l3_len : RTE_MBUF_L3_LEN_BITS;
			/** L4 header length */
			uint64_t l4_len : RTE_MBUF_L4_LEN_BITS;
			/** TSO segment size */
			uint64_t tso_segsz : RTE_MBUF_TSO_SEGSZ_BITS;
			/** outer L3 header length */
			uint64_t outer_l3_len : RTE_MBUF_OUTL3_LEN_BITS;
			/** outer L2 header length */
			uint64_t outer_l2_len : RTE_MBUF_OUTL2_LEN_BITS;
		};
	};

	/** Shared information of an attached external buffer. */
	struct rte_mbuf_ext_shared_info *shinfo;

	/**
	 * Bytes of private area after the header. An indirect mbuf keeps
	 * the private size of the direct mbuf it points at, which is how
	 * rte_mbuf_from_indirect() finds that mbuf.
	 */
	uint16_t priv_size;
	uint16_t timesync; /**< IEEE1588 timesync flags */
	uint32_t dynfield1[9]; /**< space for dynamic fields */
} __rte_cache_aligned;

/**
 * Callback that releases an external buffer once its last user is
 * gone.
 *
 * @param addr  Start of the external buffer.
 * @param opaque  The fcb_opaque value given at attach time.
 */
typedef void (*rte_mbuf_extbuf_free_callback_t)(void *addr, void *opaque);

/** Shared state of an external buffer, usually stored at its end. */
struct rte_mbuf_ext_shared_info {
	rte_mbuf_extbuf_free_callback_t free_cb; /**< releases the buffer */
	void *fcb_opaque; /**< argument of free_cb */
	uint16_t refcnt; /**< mbufs attached to the buffer */
};

/** Non-zero if the mbuf is attached to another mbuf's data. */
#define RTE_MBUF_CLONED(mb) ((mb)->ol_flags & RTE_MBUF_F_INDIRECT)

/** Non-zero if the mbuf uses an external buffer. */
#define RTE_MBUF_HAS_EXTBUF(mb) ((mb)->ol_flags & RTE_MBUF_F_EXTERNAL)

/** Non-zero if the mbuf's data is its own buffer. */
#define RTE_MBUF_DIRECT(mb) \
	(!((mb)->ol_flags & (RTE_MBUF_F_INDIRECT | RTE_MBUF_F_EXTERNAL)))

/**
 * Pointer to the data at an offset into a segment, cast to type t.
 *
 * @param m  The segment.
 * @param t  Pointer type of the result.
 * @param o  Byte offset from the start of the data.
 */
#define rte_pktmbuf_mtod_offset(m, t, o) \
	((t)(void *)((char *)(m)->buf_addr + (m)->data_off + (o)))

/**
 * Pointer to the start of the data in a segment, cast to type t.
 *
 * @param m  The segment.
 * @param t  Pointer type of the result.
 */
#define rte_pktmbuf_mtod(m, t) rte_pktmbuf_mtod_offset(m, t, 0)

/**
 * IO address of the data at an offset into a segment.
 *
 * @param m  The segment.
 * @param o  Byte offset from the start of the data.
 */
#define rte_pktmbuf_iova_offset(m, o) \
	(rte_iova_t)((m)->buf_iova + (m)->data_off + (o))

/**
 * IO address of the start of the data in a segment.
 *
 * @param m  The segment.
 */
#define rte_pktmbuf_iova(m) rte_pktmbuf_iova_offset(m, 0)

/**
 * Length of the whole packet (first segment only).
 *
 * @param m  The first segment.
 */
#define rte_pktmbuf_pkt_len(m) ((m)->pkt_len)

/**
 * Length of the data in one segment.
 *
 * @param m  The segment.
 */
#define rte_pktmbuf_data_len(m) ((m)->data_len)

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_CORE_H_ */
