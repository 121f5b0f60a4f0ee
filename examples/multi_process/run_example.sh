#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Run the example as the README shows, in one shell: the primary in the
# background, then two secondaries one after the other.
#   run_example.sh <dpdk-mp_primary> <dpdk-mp_secondary>
set -e
primary=$1
secondary=$2
prefix=mpex_$$

"$primary" -l 0 --no-huge --file-prefix=$prefix -- 2 30 &
ppid=$!
# Wait for the primary to publish its pools (at most 10 s).
i=0
until "$secondary" --lcores=1@0 --no-huge --proc-type=secondary \
	--file-prefix=$prefix; do
	i=$((i + 1))
	if [ $i -ge 100 ] || ! kill -0 $ppid 2>/dev/null; then
		kill $ppid 2>/dev/null || true
		echo "secondary never attached" >&2
		exit 1
	fi
	sleep 0.1
done
"$secondary" --lcores=2@0 --no-huge --proc-type=secondary \
	--file-prefix=$prefix
wait $ppid
