/* SPDX-License-Identifier: BSD-3-Clause
 * Copyright(c) 2026 The DPDK-EMM authors
 */

/**
 * @file
 * Dynamic fields and flags of struct rte_mbuf.
 *
 * The mbuf header has a spare area (dynfield1) and spare ol_flags bits
 * (RTE_MBUF_F_FIRST_FREE to RTE_MBUF_F_LAST_FREE). Libraries and
 * applications reserve a named piece of either at run time and learn
 * where it landed: a byte offset into the mbuf for a field, a bit
 * number for a flag. Registering the same name with the same
 * parameters again returns the same place, so every user of a field
 * simply registers it.
 *
 * The registry lives in shared memory: every process attached to the
 * same primary sees the same fields at the same offsets, and any of
 * them, primary or secondary, may register new ones.
 */

#ifndef _RTE_MBUF_DYN_H_
#define _RTE_MBUF_DYN_H_

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Size of the name of a dynamic field or flag, terminating NUL included. */
#define RTE_MBUF_DYN_NAMESIZE 64

/** What to reserve for a dynamic field. */
struct rte_mbuf_dynfield {
	char name[RTE_MBUF_DYN_NAMESIZE]; /**< NUL-terminated name */
	size_t size; /**< bytes to reserve */
	size_t align; /**< alignment of the offset, a power of two */
	unsigned int flags; /**< must be 0 */
};

/** What to reserve for a dynamic flag. */
struct rte_mbuf_dynflag {
	char name[RTE_MBUF_DYN_NAMESIZE]; /**< NUL-terminated name */
	unsigned int flags; /**< must be 0 */
};

/**
 * Reserve a dynamic field wherever it fits best.
 *
 * @param params  Name, size, alignment and flags of the field.
 * @return The field's byte offset in struct rte_mbuf, or -1 with
 *   rte_errno set: EINVAL (size, alignment or flags), EEXIST (the name
 *   is registered with other parameters), ENOSPC (no room left;
 *   DPDK 22.11 answers ENOENT here),
 *   ENOMEM (no shared memory for the registry), ENAMETOOLONG (name not
 *   NUL-terminated within RTE_MBUF_DYN_NAMESIZE bytes).
 */
int rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params);

/**
 * Reserve a dynamic field at a given offset.
 *
 * @param params  Name, size, alignment and flags of the field.
 * @param offset  Byte offset wanted, or SIZE_MAX to let the registry
 *   choose (as rte_mbuf_dynfield_register()).
 * @return The offset, or -1 with rte_errno set as for
 *   rte_mbuf_dynfield_register(), plus EBUSY (the bytes at offset are
 *   not free or not suitably aligned) and EEXIST (the name is
 *   registered at another offset).
 */
int rte_mbuf_dynfield_register_offset(
	const struct rte_mbuf_dynfield *params, size_t offset);

/**
 * Find a registered dynamic field.
 *
 * @param name  Its name.
 * @param params  If not NULL, filled with its parameters.
 * @return Its offset, or -1 with rte_errno = ENOENT.
 */
int
rte_mbuf_dynfield_lookup(const char *name, struct rte_mbuf_dynfield *params);

/**
 * Reserve a dynamic flag: the lowest free bit of ol_flags.
 *
 * @param params  Name and flags of the flag.
 * @return Its bit number, or -1 with rte_errno set: EINVAL (flags),
 *   EEXIST (the name is registered with other parameters), ENOSPC (no
 *   free bit; DPDK 22.11 answers ENOENT here), ENOMEM, ENAMETOOLONG.
 */
int rte_mbuf_dynflag_register(const struct rte_mbuf_dynflag *params);

/**
 * Reserve a dynamic flag at a given bit.
 *
 * @param params  Name and flags of the flag.
 * @param bitnum  Bit wanted (0 to 63), or UINT_MAX to take the lowest
 *   free one.
 * @return The bit number, or -1 with rte_errno set as for
 *   rte_mbuf_dynflag_register(), plus EINVAL (bitnum out of range),
 *   EBUSY (bit not free) and EEXIST (name registered at another bit).
 */
int rte_mbuf_dynflag_register_bitnum(
	const struct rte_mbuf_dynflag *params, unsigned int bitnum);

/**
 * Find a registered dynamic flag.
 *
 * @param name  Its name.
 * @param params  If not NULL, filled with its parameters.
 * @return Its bit number, or -1 with rte_errno = ENOENT.
 */
int rte_mbuf_dynflag_lookup(const char *name, struct rte_mbuf_dynflag *params);

/**
 * Pointer to a dynamic field of an mbuf.
 *
 * @param m  The mbuf.
 * @param offset  The field's offset, as returned at registration.
 * @param type  Pointer type of the result.
 */
#define RTE_MBUF_DYNFIELD(m, offset, type) ((type)((uintptr_t)(m) + (offset)))

/**
 * Print the registered fields and flags and the free space left.
 *
 * @param out  Output stream.
 */
void rte_mbuf_dyn_dump(FILE *out);

/*
 * Names of the dynamic fields and flags DPDK libraries and drivers
 * agree on.
 */

/** Metadata field exchanged with the flow API (uint32_t). */
#define RTE_MBUF_DYNFIELD_METADATA_NAME "rte_flow_dynfield_metadata"
/** Flag telling the metadata field is valid. */
#define RTE_MBUF_DYNFLAG_METADATA_NAME "rte_flow_dynflag_metadata"

/** Timestamp field, in the unit of the device that wrote it. */
#define RTE_MBUF_DYNFIELD_TIMESTAMP_NAME "rte_dynfield_timestamp"
/** Type of the timestamp field. */
typedef uint64_t rte_mbuf_timestamp_t;

/** Flag: the timestamp field holds the reception time. */
#define RTE_MBUF_DYNFLAG_RX_TIMESTAMP_NAME "rte_dynflag_rx_timestamp"

/**
 * Register the timestamp field and the receive timestamp flag.
 *
 * @param field_offset  If not NULL, set to the field's offset.
 * @param rx_flag  If not NULL, set to the flag's mask (not its bit
 *   number).
 * @return 0, or -1 with rte_errno set by the failed registration (and
 *   a log line).
 */
int rte_mbuf_dyn_rx_timestamp_register(int *field_offset, uint64_t *rx_flag);

/** Flag: send the packet when the timestamp field says. */
#define RTE_MBUF_DYNFLAG_TX_TIMESTAMP_NAME "rte_dynflag_tx_timestamp"

/**
 * Register the timestamp field and the transmit timestamp flag.
 *
 * @param field_offset  If not NULL, set to the field's offset.
 * @param tx_flag  If not NULL, set to the flag's mask.
 * @return 0, or -1 with rte_errno set (and a log line).
 */
int rte_mbuf_dyn_tx_timestamp_register(int *field_offset, uint64_t *tx_flag);

/** Field holding the state of an incomplete IP reassembly. */
#define RTE_MBUF_DYNFIELD_IP_REASSEMBLY_NAME "rte_dynfield_ip_reassembly"
/** Flag: IP reassembly offload could not complete this packet. */
#define RTE_MBUF_DYNFLAG_IP_REASSEMBLY_INCOMPLETE_NAME \
	"rte_dynflag_ip_reassembly_incomplete"

#ifdef __cplusplus
}
#endif

#endif /* _RTE_MBUF_DYN_H_ */
