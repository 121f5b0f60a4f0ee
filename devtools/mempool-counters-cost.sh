#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# What the always-on mempool counters cost, on mempool_perf's matrix
# (one lcore: cache 0 and 512, get/put bulk 1/4/32, keep 32/128):
# the same tree built twice, as is and with -DRTE_MEMPOOL_COUNTERS_OFF.
#
# Usage: devtools/mempool-counters-cost.sh [callgrind|timed]
#   callgrind (default): instructions per object of the measuring loop
#             under valgrind --tool=callgrind; meaningful on a loaded
#             machine.
#   timed:    objects per second, best of BENCH_REPEAT (default 3) runs
#             alternating the builds; meaningful only on an idle machine.
# Prints per configuration both figures and the ratio, then the
# geometric mean of the ratios. Build dirs: build-cost-on, build-cost-off
# (override with ON_DIR / OFF_DIR). COST_CFLAGS adds C flags to both
# builds when they are configured, e.g. "-falign-functions=64
# -falign-loops=64": a difference of a few instructions per object is
# smaller than what the placement of the hot loops alone changes in a
# timed run (rows of two builds of one tree differ by up to 19 %), and
# aligning every function and loop takes most of that placement noise
# out of the comparison.

set -eu
mode=${1:-callgrind}
top=$(cd "$(dirname "$0")/.." && pwd)
on=${ON_DIR:-$top/build-cost-on}
off=${OFF_DIR:-$top/build-cost-off}
repeat=${BENCH_REPEAT:-3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

build() {
	if [ ! -f "$1/build.ninja" ]; then
		meson setup "$1" "$top" -Dexamples= ${2:+"-Dc_args=$2"} \
			>/dev/null
	fi
	ninja -C "$1" app/test/dpdk-test >/dev/null
}
extra=${COST_CFLAGS:-}
build "$on" "$extra"
build "$off" "-DRTE_MEMPOOL_COUNTERS_OFF${extra:+ $extra}"

# run DIR OUT: one pass of the matrix on one lcore
run() {
	args="-l 0-1 --no-huge --file-prefix=cost$$ -m 256"
	if [ "$mode" = callgrind ]; then
		(cd "$tmp" && PERF_CORES=1 MEMPOOL_PERF_DURATION=1 \
			DPDK_TEST=mempool_perf_autotest \
			valgrind --tool=callgrind --toggle-collect=perf_loop \
			--dump-after=perf_loop --callgrind-out-file="$2.cg" \
			"$1/app/test/dpdk-test" $args >"$2.log" 2>&1)
	else
		PERF_CORES=1 MEMPOOL_PERF_DURATION=1 \
			DPDK_TEST=mempool_perf_autotest \
			"$1/app/test/dpdk-test" $args >"$2.log" 2>&1
	fi
}

if [ "$mode" = callgrind ]; then
	run "$on" "$tmp/on"
	run "$off" "$tmp/off"
else
	i=0
	while [ $i -lt "$repeat" ]; do
		run "$on" "$tmp/on$i"
		run "$off" "$tmp/off$i"
		i=$((i + 1))
	done
fi

python3 - "$mode" "$tmp" "$repeat" <<'PY'
import glob, math, re, sys
mode, tmp, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])

def results(log):
    # "RESULT handler config Mobj/s" and the table's exact rate lines
    names, rates = [], []
    for line in open(log):
        m = re.match(r'RESULT \S+ (\S+) ', line)
        if m:
            names.append(m.group(1))
        m = re.match(r'(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$',
                     line.strip())
        if m:
            rates.append(int(m.group(6)))
    return names, rates

def insns(prefix):
    # one dump per perf_loop run, in order: summary line = Ir
    out = []
    files = sorted(glob.glob(prefix + '.cg.*'),
                   key=lambda f: int(f.rsplit('.', 1)[1]))
    for f in files:
        for line in open(f):
            if line.startswith('summary:') or line.startswith('totals:'):
                out.append(int(line.split()[1]))
                break
    return out

def per_obj(prefix):
    names, rates = results(prefix + '.log')
    ir = insns(prefix)
    # objects = rate x 1 s (MEMPOOL_PERF_DURATION=1)
    return names, [i / r for i, r in zip(ir, rates)]

if mode == 'callgrind':
    names, on = per_obj(tmp + '/on')
    _, off = per_obj(tmp + '/off')
    unit, worse = 'insn/obj', lambda a, b: a / b
else:
    names = results(tmp + '/on0.log')[0]
    best = lambda p: [max(v) for v in zip(*[results('%s/%s%d.log' % (tmp, p, i))[1] for i in range(repeat)])]
    on, off = best('on'), best('off')
    unit, worse = 'obj/s', lambda a, b: b / a
print('| configuration | %s counters | %s no counters | cost |' % (unit, unit))
print('| --- | --- | --- | --- |')
logs = []
for n, a, b in zip(names, on, off):
    r = worse(a, b)
    logs.append(math.log(r))
    print('| %s | %.2f | %.2f | %+.1f %% |' % (n, a, b, 100 * (r - 1)))
if logs:
    g = math.exp(sum(logs) / len(logs))
    print('geometric mean cost: %+.2f %% over %d configurations; worst %+.1f %%'
          % (100 * (g - 1), len(logs), 100 * (math.exp(max(logs)) - 1)))
PY
