#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Build devtools/bench/mempool_pipeline.c twice from the same source,
# against Debian's DPDK 22.11 (system pkg-config) and against this tree
# (its build directory's uninstalled pkg-config file), run both on the
# same machine one after the other, and print one table with the
# ratio ours / 22.11 for every handler and case.
#
# Usage: devtools/bench/run.sh [build-dir] [seconds-per-case] [handler...]
#   build-dir         a configured and built tree (default: ./build)
#   seconds-per-case  default 1
#   handlers          default: ring_mp_mc stack lf_stack
#
# Environment: BENCH_EAL_ARGS replaces the default EAL arguments
# ("-l 0-1 --no-huge -m 1024"); CC picks the compiler (default gcc);
# BENCH_REPEAT=N runs both N times, alternating, and keeps the best;
# BENCH_PREFIX runs both under a command (e.g. "nice -n -19" on a busy
# machine).

set -e

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
secs=${2:-1}
if [ $# -gt 2 ]; then
	shift 2
else
	set --
fi
handlers=${*:-ring_mp_mc stack lf_stack}
cc=${CC:-gcc}
eal_args=${BENCH_EAL_ARGS:--l 0-1 --no-huge -m 1024}
bench=$src/devtools/bench/mempool_pipeline.c
out=$(mktemp -d /tmp/mempool-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
cflags="-O3 -Wall -Wextra -Werror"

# Debian DPDK 22.11: the system pkg-config finds /usr's libdpdk.pc. Its
# EAL loads the mempool drivers (ring, stack) from its plugin folder by
# itself.
echo "building against DPDK $(env -u PKG_CONFIG_PATH pkg-config --modversion libdpdk)"
# shellcheck disable=SC2046,SC2086
$cc $cflags -o "$out/bench-dpdk" "$bench" \
	$(env -u PKG_CONFIG_PATH pkg-config --cflags --libs libdpdk)

# This tree: meson writes an uninstalled libdpdk.pc pointing into the
# build directory. Drivers are not in libdpdk.pc: load the stack
# handlers as a plugin with -d, as an application would.
pcdir=$build/meson-uninstalled
if [ ! -f "$pcdir/libdpdk-uninstalled.pc" ]; then
	echo "no $pcdir/libdpdk-uninstalled.pc: build the tree first" >&2
	exit 1
fi
our_flags=$(PKG_CONFIG_PATH=$pcdir pkg-config --cflags --libs libdpdk-uninstalled)
rpath=$(for f in $our_flags; do
	case $f in -L*) printf ' -Wl,-rpath,%s' "${f#-L}" ;; esac
done)
echo "building against this tree ($build)"
# shellcheck disable=SC2086
$cc $cflags -o "$out/bench-ours" "$bench" $our_flags $rpath
plugin=$build/drivers/librte_mempool_stack.so

# Alternate the two builds, BENCH_REPEAT times, and keep each case's
# best rate: other load on the machine only ever slows a run down.
i=0
while [ "$i" -lt "${BENCH_REPEAT:-1}" ]; do
	# shellcheck disable=SC2086
	$BENCH_PREFIX "$out/bench-dpdk" $eal_args --file-prefix=bench_dpdk -- -t "$secs" \
		$handlers >>"$out/dpdk.txt" || echo "22.11 run failed" >&2
	# shellcheck disable=SC2086
	$BENCH_PREFIX "$out/bench-ours" $eal_args --file-prefix=bench_ours -d "$plugin" \
		-- -t "$secs" $handlers >>"$out/ours.txt" ||
		echo "run on this tree failed" >&2
	i=$((i + 1))
done

echo
echo "Mobj/s (objects taken and returned per second), higher is better"
printf '%-12s %-18s %10s %10s %7s\n' handler case 22.11 ours ratio
awk '
	$1 != "RESULT" { next }
	FNR == NR { k = $2 " " $3; if (!(k in ref) || $4 > ref[k]) ref[k] = $4; next }
	{
		k = $2 " " $3
		if (!(k in ours)) order[n++] = k
		if (!(k in ours) || $4 > ours[k]) ours[k] = $4
	}
	END {
		for (i = 0; i < n; i++) {
			k = order[i]
			split(k, f, " ")
			r = (ref[k] > 0 && ours[k] > 0) ? sprintf("%.2f", ours[k] / ref[k]) : "n/a"
			printf "%-12s %-18s %10s %10s %7s\n", f[1], f[2], ref[k], ours[k], r
		}
	}' "$out/dpdk.txt" "$out/ours.txt"
