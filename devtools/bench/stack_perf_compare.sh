#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Run stack_lf_perf_autotest (or another stack perf autotest) of Debian's
# DPDK 22.11 (/usr/bin/dpdk-test) and of this tree's dpdk-test
# alternately, and print a markdown table of the cycles per object of
# every row (single, empty pop, one lcore bulk 8/32, two lcores bulk
# 8/32, all lcores bulk 8/32): 22.11, ours, and 22.11 / ours (above 1:
# ours takes fewer cycles). The lowest figure of each row over the runs
# is kept: other load only ever adds cycles.
#
# Usage: devtools/bench/stack_perf_compare.sh BUILD-DIR
# Environment:
#   TEST     autotest to run (default stack_lf_perf_autotest)
#   REPEAT   runs of each binary, alternating (default 3)
#   LCORES   EAL -l argument (default 0-1)
#   REF_TEST the 22.11 binary (default /usr/bin/dpdk-test)
# Exit status: 0, 1 if a run failed, 2 on wrong usage. Timings only mean
# anything on an otherwise idle machine.

set -eu

if [ $# -ne 1 ]; then
	echo "usage: $0 BUILD-DIR (env: TEST REPEAT LCORES REF_TEST)" >&2
	exit 2
fi
ours=$(cd "$1" && pwd)/app/test/dpdk-test
ref=${REF_TEST:-/usr/bin/dpdk-test}
test=${TEST:-stack_lf_perf_autotest}
repeat=${REPEAT:-3}
lcores=${LCORES:-0-1}
for b in "$ours" "$ref"; do
	if [ ! -x "$b" ]; then
		echo "$b: not found (build the tree; apt-get install dpdk-dev)" >&2
		exit 2
	fi
done
work=$(mktemp -d /tmp/stack-perf-compare.XXXXXX)
prefix=spc$$
# Called from the trap only.
# shellcheck disable=SC2317
cleanup() {
	rm -rf "$work"
	rm -rf /var/run/dpdk/"${prefix}"_* \
		"${XDG_RUNTIME_DIR:-/nonexistent}"/dpdk/"${prefix}"_* 2>/dev/null ||
		true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# run SIDE ROUND: the test's output, reduced to "row cycles" lines.
run() {
	bin=$ours
	extra=
	if [ "$1" = ref ]; then
		bin=$ref
		# Debian's EAL: keep it off this machine's devices.
		extra=--no-pci
	fi
	# shellcheck disable=SC2086
	if ! DPDK_TEST=$test "$bin" -l "$lcores" --no-huge -m 1024 $extra \
		--file-prefix="${prefix}_$1_$2" </dev/null >"$work/$1.$2.out" 2>&1 ||
		! grep -q "Test OK" "$work/$1.$2.out"; then
		echo "$1 round $2 failed:" >&2
		tail -n 5 "$work/$1.$2.out" >&2
		failed=1
		return
	fi
	# Rows are named by the section they are in: the section titles
	# differ ("two physical cores", "two hyperthreads"), their order
	# does not.
	awk '
		/^### Testing single/ { sec = "single" }
		/^### Testing empty/ { sec = "empty" }
		/^### Testing using a single lcore/ { sec = "1lcore" }
		/^### Testing using two/ { if (sec != "2lcores" && !two++) sec = "2lcores"; else sec = "2more" }
		/^### Testing on all/ { sec = "all" }
		/^Average cycles per single object/ { print "single", $NF }
		/^Stack empty pop/ { print "empty_pop", $NF }
		/^Average cycles per object push\/pop \(bulk size: / {
			b = $0; sub(/.*bulk size: /, "", b); sub(/\).*/, "", b)
			print sec "_bulk" b, $NF
		}' "$work/$1.$2.out" >>"$work/$1.rows"
}

failed=0
: >"$work/ref.rows"
: >"$work/ours.rows"
i=1
while [ "$i" -le "$repeat" ]; do
	echo "round $i of $repeat" >&2
	run ref "$i"
	run ours "$i"
	i=$((i + 1))
done

awk -v test="$test" -v n="$repeat" '
	{
		side = FILENAME ~ /ref\.rows$/ ? "ref" : "ours"
		k = $1
		if (!(k in seen)) { seen[k] = 1; order[m++] = k }
		if (side == "ref") { if (!(k in ref) || $2 < ref[k]) ref[k] = $2 }
		else { if (!(k in ours) || $2 < ours[k]) ours[k] = $2 }
	}
	END {
		printf "\n### %s (cycles per object, lowest of %d runs)\n\n", test, n
		print "| row | 22.11 | ours | 22.11/ours |"
		print "| --- | ---: | ---: | ---: |"
		for (i = 0; i < m; i++) {
			k = order[i]
			r = "n/a"
			if (ref[k] > 0 && ours[k] > 0)
				r = sprintf("%.2f", ref[k] / ours[k])
			printf "| %s | %s | %s | %s |\n", k,
				(k in ref) ? ref[k] : "-",
				(k in ours) ? ours[k] : "-", r
		}
	}' "$work/ref.rows" "$work/ours.rows"
exit "$failed"
