#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Turn meson's testlog.json into "<config> <test> <OK|FAIL|SKIP>" lines,
or (--summary) count such lines, print failures and the closing
"N passed, N failed, N skipped" line, and exit 1 when anything failed."""

import json
import sys

OK = {'OK', 'EXPECTEDFAIL'}
SKIP = {'SKIP'}


def convert(cfg, path):
    try:
        lines = open(path).read().splitlines()
    except OSError:
        print('%s testlog FAIL' % cfg)
        return
    if not lines:
        print('%s no-tests-ran FAIL' % cfg)
    for line in lines:
        t = json.loads(line)
        res = t.get('result', 'FAIL')
        res = 'OK' if res in OK else 'SKIP' if res in SKIP else 'FAIL'
        # meson names a test "project:suites / name": keep the name.
        name = t['name'].split(' / ')[-1].replace(' ', '_')
        print('%s %s %s' % (cfg, name, res))


def summary(path):
    passed = failed = skipped = 0
    for line in open(path):
        parts = line.split()
        if len(parts) < 3:
            continue
        if parts[-1] == 'OK':
            passed += 1
        elif parts[-1] == 'SKIP':
            skipped += 1
        else:
            failed += 1
            print('failed: %s/%s' % (parts[0], parts[1]))
    print('%d passed, %d failed, %d skipped' % (passed, failed, skipped))
    return 1 if failed or passed == 0 else 0


if __name__ == '__main__':
    if sys.argv[1] == '--summary':
        sys.exit(summary(sys.argv[2]))
    convert(sys.argv[1], sys.argv[2])
