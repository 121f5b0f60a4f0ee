#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Build devtools/bench/mbuf_alloc_free.c against Debian's DPDK 22.11 and
# against this tree, run both alternately on the same lcore, and print
# one table: Mops/s (mbufs allocated and freed per second) of each, and
# the ratio ours / 22.11. Shared machines are noisy: each binary runs
# ROUNDS times (default 3), alternating, and the best of each case is
# kept.
#
# Usage: devtools/bench/mbuf_run.sh [build-dir] [seconds-per-case] [handler...]
#   build-dir         a configured and built tree (default: ./build)
#   seconds-per-case  default 0.5
#   handlers          default: the four ring handlers, stack, lf_stack
#
# Environment: BENCH_EAL_ARGS replaces the default EAL arguments
# ("-l 0 --no-huge -m 1024"); CC picks the compiler (default gcc);
# ROUNDS the number of alternating runs of each binary.

set -e

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
secs=${2:-0.5}
[ $# -gt 2 ] && shift 2 || set --
handlers=${*:-ring_mp_mc ring_sp_sc ring_mp_sc ring_sp_mc stack lf_stack}
cc=${CC:-gcc}
eal_args=${BENCH_EAL_ARGS:--l 0 --no-huge -m 1024}
bench=$src/devtools/bench/mbuf_alloc_free.c
out=$(mktemp -d /tmp/mbuf-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
cflags="-O3 -Wall -Wextra -Werror"

# Debian's EAL loads its mempool drivers (ring, stack) from its plugin
# folder by itself.
echo "building against DPDK $(env -u PKG_CONFIG_PATH pkg-config --modversion libdpdk)"
# shellcheck disable=SC2046
$cc $cflags -o "$out/bench-dpdk" "$bench" \
	$(env -u PKG_CONFIG_PATH pkg-config --cflags --libs libdpdk)

# This tree: the uninstalled libdpdk.pc of the build directory. The
# stack handlers are a driver, loaded as a plugin with -d.
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

rounds=${ROUNDS:-3}
: >"$out/dpdk.txt"
: >"$out/ours.txt"
r=0
while [ "$r" -lt "$rounds" ]; do
	r=$((r + 1))
	echo "round $r of $rounds"
	# shellcheck disable=SC2086
	"$out/bench-dpdk" $eal_args --file-prefix=mbuf_bench_dpdk -- \
		-t "$secs" $handlers >>"$out/dpdk.txt" 2>/dev/null
	# shellcheck disable=SC2086
	"$out/bench-ours" $eal_args --file-prefix=mbuf_bench_ours \
		-d "$plugin" -- -t "$secs" $handlers >>"$out/ours.txt"
done

echo
echo "mbuf alloc+free, Mops/s (best of $rounds), higher is better"
printf '%-12s %-16s %8s %8s %7s\n' handler case 22.11 ours ratio
awk '
	FNR == NR && $1 == "RESULT" {
		k = $2 " " $3
		if (!(k in ref) || $4 > ref[k]) ref[k] = $4
		next
	}
	$1 == "RESULT" {
		k = $2 " " $3
		if (!(k in ours)) order[n++] = k
		if (!(k in ours) || $4 > ours[k]) ours[k] = $4
	}
	END {
		for (i = 0; i < n; i++) {
			k = order[i]
			split(k, f, " ")
			r = (ref[k] > 0 && ours[k] > 0) ? \
				sprintf("%.2f", ours[k] / ref[k]) : "n/a"
			printf "%-12s %-16s %8s %8s %7s\n", f[1], f[2], \
				(k in ref) ? ref[k] : "-", ours[k], r
		}
	}' "$out/dpdk.txt" "$out/ours.txt"
