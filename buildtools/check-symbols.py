#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Check a library's exports against its version.map; fail the build on:
- a global rte_ symbol the map does not list (it would silently vanish
  from the .so), or a listed symbol the library no longer defines;
- a symbol listed in more than one block;
- a function whose marker and block disagree: __rte_experimental puts
  its code in .text.experimental and it belongs in the EXPERIMENTAL
  block, __rte_internal puts it in .text.internal and it belongs in
  INTERNAL; every other function belongs in the stable block.

  check-symbols.py ARCHIVE VERSION_MAP STAMP
"""

import re
import subprocess
import sys

MARKED = {'.text.experimental': 'EXPERIMENTAL', '.text.internal': 'INTERNAL'}
SYM_RE = re.compile(r'^[0-9a-f]+ (.{7}) (\S+)\s+[0-9a-f]+\s+(\S+)$')


def defined_globals(archive):
    """{name: (section, is_function)} of the archive's global symbols."""
    out = subprocess.run(['objdump', '-t', archive], check=True,
                         capture_output=True, text=True).stdout
    syms = {}
    for line in out.splitlines():
        m = SYM_RE.match(line)
        if m is None:
            continue
        flags, section, name = m.groups()
        if flags[0] not in 'gu' or section in ('*UND*', '*ABS*'):
            continue
        syms[name] = (section, flags[6] == 'F')
    return syms


def map_blocks(map_file):
    """{symbol: [block names]} of a version script."""
    text = re.sub(r'#.*', '', open(map_file).read())
    where = {}
    for block, body in re.findall(r'(\w+)\s*\{(.*?)\}\s*\w*\s*;', text,
                                  re.S):
        body = re.split(r'\blocal:', body)[0].replace('global:', '')
        for tok in re.split(r'[;\s]+', body):
            if tok and tok != '*':
                where.setdefault(tok, []).append(block)
    return where


def main():
    archive, map_file, stamp = sys.argv[1:4]
    have = defined_globals(archive)
    where = map_blocks(map_file)
    errors = []
    for name in sorted(have):
        if name.startswith(('rte_', '__rte_', 'per_lcore_')) and \
                name not in where:
            errors.append('%s is exported but not in %s' % (name, map_file))
    for name, blocks in sorted(where.items()):
        if name not in have:
            errors.append('%s is listed in %s but not defined'
                          % (name, map_file))
            continue
        if len(blocks) > 1:
            errors.append('%s is listed in several blocks: %s'
                          % (name, ', '.join(blocks)))
        section, is_function = have[name]
        block = blocks[0]
        want = MARKED.get(section)
        if want is not None and block != want:
            errors.append('%s is marked %s (section %s) but listed in %s'
                          % (name, want.lower(), section, block))
        elif want is None and is_function and block in MARKED.values():
            errors.append('%s is listed in %s but its declaration lacks '
                          '__rte_%s' % (name, block, block.lower()))
    if errors:
        for e in errors:
            print('%s: %s' % (archive, e), file=sys.stderr)
        return 1
    open(stamp, 'w').write('ok\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
