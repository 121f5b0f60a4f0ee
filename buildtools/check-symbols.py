#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Fail the build when a library defines a global rte_ symbol that its
version.map does not export (it would silently vanish from the .so), or
when the map names a symbol the library no longer defines."""

import re
import subprocess
import sys


def defined_globals(archive):
    out = subprocess.run(['nm', '-g', '--defined-only', archive],
                         check=True, capture_output=True, text=True).stdout
    syms = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in 'TDBRVWGS':
            syms.add(parts[2])
    return syms


def mapped(map_file):
    text = open(map_file).read()
    text = re.sub(r'#.*', '', text)
    names = set()
    for block in re.findall(r'global:(.*?)(?:local:|\};)', text, re.S):
        for tok in re.split(r'[;\s]+', block):
            if tok and tok != '*':
                names.add(tok)
    return names


def main():
    archive, map_file, stamp = sys.argv[1:4]
    have = {s for s in defined_globals(archive)
            if s.startswith(('rte_', '__rte_', 'per_lcore_'))}
    want = mapped(map_file)
    missing = sorted(have - want)
    stale = sorted(want - defined_globals(archive))
    if missing:
        print('%s: exported but not in %s: %s'
              % (archive, map_file, ' '.join(missing)), file=sys.stderr)
    if stale:
        print('%s: listed in %s but not defined: %s'
              % (archive, map_file, ' '.join(stale)), file=sys.stderr)
    if missing or stale:
        return 1
    open(stamp, 'w').write('ok\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
