#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Install a configured build tree into its prefix and check, using only
# the installed files, what a DPDK user relies on:
#   - pkg-config libdpdk: a program built shared and --static, started
#     with no -d, gets pools on "stack" and "lf_stack" by name (the
#     shared one from the installed driver directory);
#   - the uninstalled libdpdk.pc exposes public include folders only;
#   - every example builds out of tree with its Makefile and runs;
#   - the handler plugin example passes the conformance suite in the
#     installed dpdk-test.
#   test-install.sh BUILD_DIR
# The build must have been configured with a private --prefix. Prints
# "install <check> OK|FAIL" lines (for the CI summary); exits 1 on any
# failure.

set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "$1" && pwd)
WORK=$(mktemp -d /tmp/dpdk-install-test.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
failed=0

result() {
	echo "install $1 $2"
	[ "$2" = OK ] || failed=1
}

# check <name> <command...>: run it, log in $WORK/<name>.log
check() {
	local name=$1
	shift
	if "$@" >"$WORK/$name.log" 2>&1; then
		result "$name" OK
	else
		sed 's/^/      /' "$WORK/$name.log" | tail -n 40 >&2
		result "$name" FAIL
	fi
}

PREFIX=$(meson introspect --buildoptions "$BUILD" | /usr/bin/python3 -c '
import json, sys
o = {x["name"]: x["value"] for x in json.load(sys.stdin)}
print(o["prefix"] + "/" + o["libdir"])')
LIBDIR=$PREFIX
PREFIX=$(meson introspect --buildoptions "$BUILD" | /usr/bin/python3 -c '
import json, sys
print({x["name"]: x["value"] for x in json.load(sys.stdin)}["prefix"])')

check meson_install meson install -C "$BUILD" --quiet
export PKG_CONFIG_PATH=$LIBDIR/pkgconfig
export LD_LIBRARY_PATH=$LIBDIR
PMD_DIR=$(sed -n 's/^#define RTE_EAL_PMD_PATH "\(.*\)"$/\1/p' \
	"$PREFIX/include/dpdk/rte_build_config.h")
EAL="-l 0 --no-huge --in-memory"

# A program asking for driver handlers by name, with no -d.
app=$ROOT/devtools/install-test/pools_by_name.c
pools_run() {
	"$@" $EAL >"$WORK/out.txt" 2>&1
	local rc=$?
	cat "$WORK/out.txt"
	[ $rc -eq 0 ] && grep -q '^stack: ok' "$WORK/out.txt" &&
		grep -q '^lf_stack: ok' "$WORK/out.txt"
}
check pkgconfig_shared_build sh -c "cc -O2 -Wall -Wextra -Werror '$app' \
	\$(pkg-config --cflags --libs libdpdk) -o '$WORK/pools_shared'"
check pkgconfig_shared_run sh -c "$(declare -f pools_run); EAL='$EAL'; \
	WORK='$WORK'; pools_run '$WORK/pools_shared' && \
	grep -q 'EAL: loading driver $PMD_DIR/librte_mempool_stack.so' \
		'$WORK/out.txt'"
check pkgconfig_static_build sh -c "cc -O2 -Wall -Wextra -Werror '$app' \
	\$(pkg-config --static --cflags --libs libdpdk) -o '$WORK/pools_static'"
check pkgconfig_static_is_static sh -c "! ldd '$WORK/pools_static' | \
	grep librte_"
check pkgconfig_static_run sh -c "$(declare -f pools_run); EAL='$EAL'; \
	WORK='$WORK'; LD_LIBRARY_PATH= pools_run '$WORK/pools_static'"
# Linking a driver by name, as with DPDK's -lrte_mempool_stack.
check driver_linkable test -e "$LIBDIR/librte_mempool_stack.so"

# The uninstalled file: no private folder on the include path.
check pkgconfig_uninstalled_public_only sh -c "
	flags=\$(PKG_CONFIG_PATH='$BUILD/meson-uninstalled' \
		pkg-config --cflags libdpdk) || exit 1
	echo \"\$flags\"
	for f in \$flags; do
		case \$f in
		-I*/common|-I*/linux|-I*/common/|-I*/linux/) exit 1 ;;
		esac
	done"

# Every example, copied out of the tree, built with its Makefile.
for mk in "$ROOT"/examples/*/Makefile; do
	ex=$(basename "$(dirname "$mk")")
	cp -r "$(dirname "$mk")" "$WORK/$ex"
	dir=$WORK/$ex
	check "example_${ex}_build" make -C "$dir"
	case $ex in
	ext_mempool_handler)
		check "example_${ex}_conformance" env \
			MEMPOOL_HANDLER=example_malloc \
			DPDK_TEST=mempool_handler_autotest \
			"$PREFIX/bin/dpdk-test" -l 0-1 --no-huge --in-memory \
			-d "$dir/build/libext_mempool_handler.so"
		;;
	multi_process)
		check "example_${ex}_run_shared" "$dir/run_example.sh" \
			"$dir/build/dpdk-mp_primary-shared" \
			"$dir/build/dpdk-mp_secondary-shared"
		check "example_${ex}_build_static" make -C "$dir" static
		check "example_${ex}_run_static" "$dir/run_example.sh" \
			"$dir/build/dpdk-mp_primary-static" \
			"$dir/build/dpdk-mp_secondary-static"
		;;
	*)
		# Default: every program the Makefile builds, shared and
		# static, runs to exit 0 on two lcores.
		check "example_${ex}_build_static" make -C "$dir" static
		for exe in "$dir"/build/*-shared "$dir"/build/*-static; do
			[ -x "$exe" ] || continue
			check "example_${ex}_run_$(basename "$exe")" \
				timeout 120 "$exe" -l 0-1 --no-huge --in-memory
		done
		;;
	esac
done
exit $failed
