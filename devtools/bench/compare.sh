#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Build each bench of devtools/bench twice from the same source, against
# Debian's DPDK 22.11 (the system pkg-config's libdpdk) and against this
# tree (the build directory's uninstalled pkg-config file), run the two
# alternately on this machine, and print per bench a markdown table:
# configuration, 22.11 rate, our rate, ratio ours / 22.11, and the
# geometric mean of the ratios.
#
# Usage: devtools/bench/compare.sh BUILD-DIR
#   BUILD-DIR  a configured and built tree (meson setup + ninja)
# Example: BENCH_SECONDS=0.3 BENCH_REPEAT=1 BENCHES="pipeline mbuf" \
#              devtools/bench/compare.sh build
# Exit status: 0, or 1 if a run failed (its table shows "-"), 2 on
# wrong usage.
#
# Environment:
#   BENCHES        benches to run, a subset of
#                  "mempool_perf pipeline mbuf stack" (default: all four)
#   BENCH_SECONDS  seconds per measured case (default 1)
#   BENCH_REPEAT   runs of each build, alternating A/B/A/B...; the best
#                  rate of each case is kept (default 3)
#   BENCH_HANDLERS handlers to measure, replacing each bench's default
#   BENCH_STACKS   rte_stack flavours of the stack bench (default "lf std")
#   CC             compiler (default gcc)
#
# mempool_perf is DPDK 22.11's get/put matrix (72 cases per handler),
# pipeline is the two-lcore allocate/free pipeline and bulk get/put,
# mbuf is rte_pktmbuf alloc/free on one lcore, stack is rte_stack
# push/pop of bulks of 1, 8 and 32 on one lcore and on two lcores sharing
# one stack (stack_perf_compare.sh compares stack_lf_perf_autotest of
# both dpdk-test binaries). Rates only mean anything
# on an otherwise idle machine: other load only ever slows a run down,
# hence the best of several.

set -eu

usage="usage: $0 BUILD-DIR (env: BENCHES BENCH_SECONDS BENCH_REPEAT BENCH_HANDLERS CC)"
if [ $# -ne 1 ]; then
	echo "$usage" >&2
	exit 2
fi

src=$(cd "$(dirname "$0")/../.." && pwd)
# Each bench is FILE.c (the loops) and FILE_main.c (its main()).
bsrc=$src/devtools/bench
build=$(cd "$1" && pwd)
benches=${BENCHES:-mempool_perf pipeline mbuf stack}
secs=${BENCH_SECONDS:-1}
repeat=${BENCH_REPEAT:-3}
cc=${CC:-gcc}
cflags="-O3 -Wall -Wextra -Werror"
# Debian's mempool drivers; its EAL also loads them by itself.
ref_pmds=${REF_PMD_DIR:-/usr/lib/x86_64-linux-gnu/dpdk/pmds-23.0}
# Unique per run of this script: EAL runtime files of both builds.
prefix=bcmp$$
work=$(mktemp -d /tmp/bench-compare.XXXXXX)

# Called from the trap only.
# shellcheck disable=SC2317
cleanup() {
	rm -rf "$work"
	for d in /var/run/dpdk "${XDG_RUNTIME_DIR:-/nonexistent}/dpdk" \
		/tmp/dpdk; do
		rm -rf "$d/${prefix}_"* 2>/dev/null || true
	done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

case $repeat in
'' | *[!0-9]* | 0)
	echo "BENCH_REPEAT must be a positive whole number" >&2
	exit 2
	;;
esac

# The 22.11 side: Debian's libdpdk-dev, installed if missing.
ref_pc() {
	env -u PKG_CONFIG_PATH pkg-config "$@" libdpdk
}
if ! ref_pc --exists 2>/dev/null; then
	echo "installing Debian's DPDK (dpdk-dev libdpdk-dev)" >&2
	sudo=
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get install -y dpdk-dev libdpdk-dev >&2
fi
ref_flags=$(ref_pc --cflags --libs)

# Our side: meson writes an uninstalled libdpdk.pc pointing into the
# build directory. The libraries are found at run time through
# LD_LIBRARY_PATH; the stack handlers are a driver, loaded with -d.
pcdir=$build/meson-uninstalled
if [ ! -f "$pcdir/libdpdk-uninstalled.pc" ]; then
	echo "no $pcdir/libdpdk-uninstalled.pc: configure and build $build first" >&2
	exit 1
fi
our_pc() {
	PKG_CONFIG_PATH=$pcdir pkg-config "$@" libdpdk-uninstalled
}
our_flags=$(our_pc --cflags --libs)
our_ld_path=
for f in $(our_pc --libs-only-L); do
	our_ld_path=$our_ld_path${our_ld_path:+:}${f#-L}
done
our_drivers=$build/drivers

# bench_info NAME: sets file, lcores, handlers, unit for one bench.
bench_info() {
	case $1 in
	mempool_perf)
		file=mempool_perf.c
		lcores=0-1
		handlers=${BENCH_HANDLERS:-ring_mp_mc}
		unit="Mobj/s, got and put back"
		;;
	pipeline)
		file=mempool_pipeline.c
		lcores=0-1
		handlers=${BENCH_HANDLERS:-ring_mp_mc ring_mt_rts ring_mt_hts stack lf_stack bucket}
		unit="Mobj/s, taken and returned"
		;;
	mbuf)
		file=mbuf_alloc_free.c
		lcores=0
		handlers=${BENCH_HANDLERS:-ring_mp_mc ring_sp_sc ring_mp_sc ring_sp_mc ring_mt_rts ring_mt_hts stack lf_stack bucket}
		unit="Mops/s, mbufs allocated and freed"
		;;
	stack)
		file=stack_bulk.c
		lcores=0-1
		handlers=${BENCH_STACKS:-lf std}
		unit="Mobj/s, pushed and popped"
		;;
	*)
		echo "unknown bench \"$1\" (known: mempool_perf pipeline mbuf stack)" >&2
		exit 2
		;;
	esac
}

# run_one SIDE BENCH ROUND: one run of one build, RESULT lines appended
# to $work/BENCH.SIDE, everything else to $work/BENCH.SIDE.log.
run_one() {
	bin=$work/bin.$2.$1
	out=$work/$2.$1
	eal="-l $lcores --no-huge -m 1024 --file-prefix=${prefix}_$1_$2_$3"
	echo "== round $3, $1" >>"$out.log"
	# Word splitting of $eal and $handlers is wanted here.
	# shellcheck disable=SC2086
	if [ "$1" = ref ]; then
		# Debian's EAL refuses --in-memory with --no-huge; --no-pci
		# keeps it off this machine's devices.
		"$bin" $eal --no-pci -d "$ref_pmds/librte_mempool_ring.so" \
			-d "$ref_pmds/librte_mempool_stack.so" \
			-d "$ref_pmds/librte_mempool_bucket.so" \
			-- -t "$secs" $handlers >"$out.raw" 2>>"$out.log"
	else
		LD_LIBRARY_PATH=$our_ld_path${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
			"$bin" $eal -d "$our_drivers/librte_mempool_stack.so" \
			-d "$our_drivers/librte_mempool_bucket.so" \
			-- -t "$secs" $handlers >"$out.raw" 2>>"$out.log"
	fi || {
		echo "$2 ($1) round $3 failed; last lines of its log:" >&2
		tail -n 5 "$out.log" >&2
		failed=1
	}
	cat "$out.raw" >>"$out.log"
	grep '^RESULT ' "$out.raw" >>"$out" || true
}

# table BENCH: the markdown table of the best rates of both sides.
table() {
	awk -v title="$1" -v unit="$unit" -v n="$repeat" -v secs="$secs" '
		# RESULT <handler> <case> <rate>: keep the best of each case.
		{
			k = $2 " " $3
			if (FILENAME ~ /\.ref$/) {
				if (!(k in ref) || $4 > ref[k]) ref[k] = $4
			} else {
				if (!(k in ours) || $4 > ours[k]) ours[k] = $4
			}
			if (!(k in seen)) { seen[k] = 1; order[m++] = k }
		}
		function show(v) { return v == "" ? "-" : v }
		END {
			printf "\n### %s (%s; best of %d, %s s per case)\n\n",
				title, unit, n, secs
			print "| configuration | 22.11 | ours | ours/22.11 |"
			print "| --- | ---: | ---: | ---: |"
			for (i = 0; i < m; i++) {
				k = order[i]
				r = "n/a"
				if (ref[k] > 0 && ours[k] > 0) {
					r = sprintf("%.2f", ours[k] / ref[k])
					logsum += log(ours[k] / ref[k])
					nr++
				}
				printf "| %s | %s | %s | %s |\n", k,
					show(ref[k]), show(ours[k]), r
			}
			if (nr > 0)
				printf "\ngeometric mean of ours/22.11: %.3f (%d configurations)\n",
					exp(logsum / nr), nr
			else
				print "\ngeometric mean of ours/22.11: n/a (no configuration ran on both)"
		}' "$work/$1.ref" "$work/$1.ours"
}

for b in $benches; do
	bench_info "$b" # refuses an unknown name before anything is built
done
failed=0
echo "22.11: Debian DPDK $(ref_pc --modversion); ours: $build"
for b in $benches; do
	bench_info "$b"
	echo "building $b ($file) twice" >&2
	# Flags from pkg-config are meant to be split.
	# shellcheck disable=SC2086
	$cc $cflags -o "$work/bin.$b.ref" "$bsrc/$file" "$bsrc/${file%.c}_main.c" \
		$ref_flags
	# shellcheck disable=SC2086
	$cc $cflags -o "$work/bin.$b.ours" "$bsrc/$file" "$bsrc/${file%.c}_main.c" \
		$our_flags
	: >"$work/$b.ref"
	: >"$work/$b.ours"
done

for b in $benches; do
	bench_info "$b"
	i=1
	while [ "$i" -le "$repeat" ]; do
		echo "running $b: round $i of $repeat" >&2
		run_one ref "$b" "$i"
		run_one ours "$b" "$i"
		i=$((i + 1))
	done
	table "$b"
done
# Tables of the runs that worked are printed; the exit status tells
# whether any run failed.
exit "$failed"
