#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Driver selection for meson's enable_drivers / disable_drivers.

  match-names.py --check OPTION PATTERNS NAME...
      fail, naming the option, when a pattern matches no known driver
  match-names.py --select ENABLE DISABLE NAME
      print "yes" when NAME is built: it matches ENABLE (or ENABLE is
      empty) and matches nothing in DISABLE

Patterns are comma lists of class/name globs ("mempool/stack",
"mempool/*"); a bare class ("mempool") means every driver of it.
"""

import fnmatch
import sys


def patterns(text):
    out = []
    for p in text.split(','):
        p = p.strip()
        if p:
            out.append(p if '/' in p else p + '/*')
    return out


def matches(name, pats):
    return any(fnmatch.fnmatchcase(name, p) for p in pats)


def main(argv):
    if len(argv) >= 3 and argv[0] == '--check':
        option, names = argv[1], argv[3:]
        bad = [p for p in patterns(argv[2])
               if not any(fnmatch.fnmatchcase(n, p) for n in names)]
        if bad:
            sys.stderr.write('-D%s: no driver matches %s (drivers: %s)\n'
                             % (option, ', '.join(bad), ', '.join(names)))
            return 1
        return 0
    if len(argv) == 4 and argv[0] == '--select':
        enable, disable, name = patterns(argv[1]), patterns(argv[2]), argv[3]
        ok = (not enable or matches(name, enable)) and \
            not matches(name, disable)
        print('yes' if ok else 'no')
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
