#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# Install what the build needs, build every configuration CI checks and
# run the test suites:
#   gcc      -Werror build with every header compiled alone, all
#            fast-tests, then installed into a private prefix and used
#            from there only (devtools/test-install.sh: pkg-config
#            shared and static, driver discovery, every example built
#            out of tree with its Makefile and run)
#   clang    -Werror build with every header compiled alone, the build
#            checks
#   debug    mempool_debug + mempool_stats, the mempool tests
#   asan     AddressSanitizer + UBSan, all fast-tests
#   fuzz     clang libFuzzer targets (app/test-fuzz) under ASan + UBSan,
#            each run FUZZ_SECONDS (default 60) from an empty corpus
#   tsan     ThreadSanitizer, the concurrency tests
#   docs     API reference and guides, warnings as errors
#   compat   DPDK 22.11 names still present (devtools/compat-report.py)
#   skeleton examples/skeleton via its Makefile, this tree and DPDK 22.11
# Ends with "N passed, N failed[, N skipped]"; exits non-zero on failure.
# Environment: BUILD_ROOT (default ./build-ci), CONFIGS (subset, e.g.
# "gcc asan"), JOBS (parallel tests, default 2), FUZZ_SECONDS.

set -u
cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
OUT=${BUILD_ROOT:-$ROOT/build-ci}
CONFIGS=${CONFIGS:-"gcc clang debug asan fuzz tsan docs compat skeleton"}
JOBS=${JOBS:-2}
RESULTS=$OUT/results.txt

install_deps() {
	local pkgs="meson ninja-build pkg-config gcc clang libnuma-dev python3
		python3-pyelftools doxygen python3-sphinx make dpdk dpdk-dev"
	local missing=""
	for p in $pkgs; do
		dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	echo "== installing:$missing"
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo=sudo
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -qq && $sudo apt-get install -y -qq $missing
}

# record <config> <name> <OK|FAIL|SKIP>
record() {
	echo "$1 $2 $3" >>"$RESULTS"
	echo "   [$3] $1/$2"
}

build() {
	local cfg=$1
	shift
	local dir=$OUT/$cfg
	echo "== $cfg: configure + build"
	rm -rf "$dir"
	if meson setup "$dir" "$ROOT" "$@" >"$OUT/$cfg-setup.log" 2>&1 &&
		ninja -C "$dir" >"$OUT/$cfg-build.log" 2>&1; then
		record "$cfg" build OK
		return 0
	fi
	tail -n 40 "$OUT/$cfg-setup.log" "$OUT/$cfg-build.log" 2>/dev/null
	record "$cfg" build FAIL
	return 1
}

# run_tests <config> <meson test args...>
run_tests() {
	local cfg=$1
	shift
	echo "== $cfg: meson test $*"
	meson test -C "$OUT/$cfg" --num-processes "$JOBS" --print-errorlogs \
		"$@" >"$OUT/$cfg-test.log" 2>&1
	python3 "$ROOT/devtools/test-results.py" "$cfg" \
		"$OUT/$cfg/meson-logs/testlog.json" >>"$RESULTS"
	grep -E '^ *[0-9]+/[0-9]+ ' "$OUT/$cfg-test.log" | sed 's/^/   /'
	if grep -qE '(FAIL|TIMEOUT|ERROR) ' "$OUT/$cfg-test.log"; then
		sed -n '/^=* *[0-9]*\/[0-9]* .*\(FAIL\|TIMEOUT\)/,/^====/p' \
			"$OUT/$cfg-test.log" | tail -n 200
	fi
}

# install_tests <config>: install it and use only the installed files.
install_tests() {
	local cfg=$1
	echo "== $cfg: install into $OUT/prefix and use it"
	rm -rf "$OUT/prefix"
	"$ROOT/devtools/test-install.sh" "$OUT/$cfg" 2>"$OUT/install-test.log" |
		tee -a "$RESULTS" | sed 's/^/   /'
	[ -s "$OUT/install-test.log" ] && tail -n 60 "$OUT/install-test.log"
	return 0
}

# fuzz: each libFuzzer target of app/test-fuzz for FUZZ_SECONDS, in its
# own folder (corpus, log and any crash-* reproducer stay there).
fuzz_check() {
	local t dir
	command -v clang >/dev/null 2>&1 || { record fuzz build SKIP; return 0; }
	CC=clang build fuzz -Dfuzz=true -Db_sanitize=address,undefined \
		-Db_lundef=false -Dtests=false -Dexamples= || return 1
	for t in eal-args telemetry; do
		dir=$OUT/fuzz-$t
		rm -rf "$dir" && mkdir -p "$dir/corpus"
		# Inputs that once failed run first (app/test-fuzz/regress-*).
		if [ -d "$ROOT/app/test-fuzz/regress-$t" ]; then
			cp "$ROOT/app/test-fuzz/regress-$t/"* "$dir/corpus/"
		fi
		echo "== fuzz: $t for ${FUZZ_SECONDS:-60} s"
		if (cd "$dir" && "$OUT/fuzz/app/test-fuzz/dpdk-fuzz-$t" \
			-dict="$ROOT/app/test-fuzz/$t.dict" -timeout=20 \
			-max_total_time="${FUZZ_SECONDS:-60}" -max_len=2048 \
			corpus >log 2>&1); then
			record fuzz "$t" OK
		else
			tail -n 40 "$dir/log"
			record fuzz "$t" FAIL
		fi
	done
}

# compat: DPDK 22.11 names missing here (devtools/compat-report.py
# against Debian's libdpdk-dev, with the gcc build).
compat_check() {
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo=sudo
	dpkg -s libdpdk-dev >/dev/null 2>&1 ||
		$sudo apt-get install -y -qq libdpdk-dev >/dev/null 2>&1
	[ -d "$OUT/gcc" ] || { CC=gcc build gcc -Dwerror=true || return 1; }
	echo "== compat: devtools/compat-report.py --check"
	if CC=gcc python3 "$ROOT/devtools/compat-report.py" -b "$OUT/gcc" \
		--check >"$OUT/compat.log" 2>&1; then
		record compat check OK
	else
		tail -n 40 "$OUT/compat.log"
		record compat check FAIL
	fi
}

# skeleton: examples/skeleton built by its Makefile, unchanged, against
# this tree (the gcc build) and against Debian's DPDK 22.11; both run.
skeleton_check() {
	local ex=$ROOT/examples/skeleton sudo="" lib=$OUT/gcc/lib
	[ "$(id -u)" -ne 0 ] && sudo=sudo
	dpkg -s libdpdk-dev make >/dev/null 2>&1 ||
		$sudo apt-get install -y -qq libdpdk-dev make >/dev/null 2>&1
	[ -d "$OUT/gcc" ] || { CC=gcc build gcc -Dwerror=true || return 1; }
	echo "== skeleton: make against this tree and against DPDK 22.11"
	if PKG_CONFIG_PATH=$OUT/gcc/meson-uninstalled make -C "$ex" \
		BUILDDIR="$OUT/skeleton-ours" >"$OUT/skeleton-ours.log" 2>&1 &&
		LD_LIBRARY_PATH=$lib ldd "$OUT/skeleton-ours/skeleton" |
		grep -q "$lib/librte_eal" &&
		LD_LIBRARY_PATH=$lib "$OUT/skeleton-ours/skeleton" -l 0-1 \
			--no-huge --file-prefix=ci_skeleton_ours \
			>>"$OUT/skeleton-ours.log" 2>&1 &&
		grep -q "skeleton: done on 2 lcores" "$OUT/skeleton-ours.log"; then
		record skeleton this-tree OK
	else
		tail -n 30 "$OUT/skeleton-ours.log"
		record skeleton this-tree FAIL
	fi
	if env -u PKG_CONFIG_PATH make -C "$ex" BUILDDIR="$OUT/skeleton-deb" \
		>"$OUT/skeleton-deb.log" 2>&1 &&
		env -u LD_LIBRARY_PATH "$OUT/skeleton-deb/skeleton" -l 0-1 \
			--no-huge -m 512 --no-pci --file-prefix=ci_skeleton_deb \
			>>"$OUT/skeleton-deb.log" 2>&1 &&
		grep -q "skeleton: done on 2 lcores" "$OUT/skeleton-deb.log"; then
		record skeleton dpdk-22.11 OK
	else
		tail -n 30 "$OUT/skeleton-deb.log"
		record skeleton dpdk-22.11 FAIL
	fi
}

install_deps || echo "warning: could not install every dependency"
mkdir -p "$OUT"
: >"$RESULTS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-"detect_leaks=1:abort_on_error=0"}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-"halt_on_error=1:print_stacktrace=1"}
export TSAN_OPTIONS=${TSAN_OPTIONS:-"halt_on_error=1:second_deadlock_stack=1"}

for cfg in $CONFIGS; do
	case $cfg in
	gcc)
		CC=gcc build gcc -Dwerror=true -Dcheck_includes=true \
			--prefix="$OUT/prefix" &&
			run_tests gcc --suite fast-tests &&
			install_tests gcc
		;;
	clang)
		CC=clang build clang -Dwerror=true -Dcheck_includes=true &&
			run_tests clang --suite build-checks
		;;
	docs)
		build docs -Denable_docs=true -Dwerror=true -Dtests=false \
			-Dexamples=
		;;
	debug)
		CC=gcc build debug -Dmempool_debug=true -Dmempool_stats=true &&
			run_tests debug --suite mempool-debug
		;;
	asan)
		CC=gcc build asan -Db_sanitize=address,undefined \
			-Db_lundef=false -Dbuildtype=debugoptimized &&
			run_tests asan --suite fast-tests
		;;
	fuzz)
		fuzz_check
		;;
	tsan)
		CC=gcc build tsan -Db_sanitize=thread -Db_lundef=false \
			-Dbuildtype=debugoptimized -Dexamples= &&
			run_tests tsan --suite concurrency
		;;
	compat)
		compat_check
		;;
	skeleton)
		skeleton_check
		;;
	*)
		echo "unknown config $cfg"
		record "$cfg" config FAIL
		;;
	esac
done

echo
echo "== summary"
python3 "$ROOT/devtools/test-results.py" --summary "$RESULTS"
