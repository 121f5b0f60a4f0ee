#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Soak of the multi-process fault tests: mp_faults_autotest run again
# and again with many more kills per round, until the time is up or a
# round fails (its output is kept). Each round has its own seed, printed
# so a failure can be replayed with MPF_SEED.
#
# Usage: devtools/soak.sh [minutes] [build dir]
#   minutes    how long to run (default 10)
#   build dir  a built tree (default build-gcc)
# Environment: SOAK_KILLS kills per loop and round (default 500; the
#   pool part gets as many),
#   SOAK_ROUND_S seconds per round (default 300), ISOLATE a wrapper
#   that gives the run private /var/run/dpdk and /dev/shm (used when
#   set and executable).

set -eu
minutes=${1:-10}
top=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-$top/build-gcc}
kills=${SOAK_KILLS:-500}
round_s=${SOAK_ROUND_S:-300}
test=$build/app/test/dpdk-test
log=$(mktemp)
trap 'rm -f "$log"' EXIT

if [ ! -x "$test" ]; then
	echo "no $test: build the tree first" >&2
	exit 1
fi
wrap=""
if [ -n "${ISOLATE:-}" ] && [ -x "$ISOLATE" ]; then
	wrap=$ISOLATE
fi

end=$(($(date +%s) + minutes * 60))
round=0
total=0
while [ "$(date +%s)" -lt "$end" ]; do
	round=$((round + 1))
	seed=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
	left=$((end - $(date +%s)))
	budget=$round_s
	[ "$left" -lt "$budget" ] && budget=$left
	[ "$budget" -lt 10 ] && budget=10
	if ! DPDK_TEST=mp_faults_autotest MPF_SEED=$seed MPF_KILLS=$kills \
		MPF_POOL_KILLS=$kills \
		MPF_BUDGET_S=$budget $wrap "$test" -l 0-1 --no-huge \
		--file-prefix=soak_$$ >"$log" 2>&1; then
		echo "round $round (MPF_SEED=$seed) failed:"
		grep -E "mp_faults|wedged|failed|differ" "$log" || tail -40 "$log"
		cp "$log" "soak-failure-$seed.log"
		echo "full output: soak-failure-$seed.log"
		exit 1
	fi
	n=$(sed -n 's/^mp_faults [a-z]*: \([0-9]*\) kills.*/\1/p' "$log" |
		awk '{s += $1} END {print s + 0}')
	total=$((total + n))
	echo "round $round (MPF_SEED=$seed): $n kills, no wedge, totals exact"
	grep -E "^mp_faults [a-z]*:" "$log" | sed 's/^/  /'
done
echo "soak: $round rounds, $total kills, all passed"
