#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Compile one file twice and check the ABI markers' effect:

  check-compile.py ALLOW_MACRO MESSAGE FILE [SECTION] -- COMPILER ARGS...

Without -DALLOW_MACRO the compile must fail and print MESSAGE (an
internal call fails as such; an experimental one is a warning, so it
is compiled with -Werror, as DPDK's own build does); with it
the compile must succeed (and, given SECTION, the object must define a
function in that section). Prints what it checked; exits 1 otherwise.
"""

import os
import subprocess
import sys
import tempfile


def main(argv):
    sep = argv.index('--')
    allow, message, src = argv[0:3]
    section = argv[3] if sep > 3 else None
    cmd = argv[sep + 1:]
    werror = ['-Werror'] if 'EXPERIMENTAL' in allow else []
    with tempfile.TemporaryDirectory() as tmp:
        obj = os.path.join(tmp, 'out.o')
        bad = subprocess.run(cmd + werror + ['-c', src, '-o', obj],
                             capture_output=True, text=True)
        if bad.returncode == 0:
            print('FAIL: %s compiled without -D%s' % (src, allow))
            return 1
        if message not in bad.stderr:
            print('FAIL: no "%s" in the compiler output:\n%s'
                  % (message, bad.stderr))
            return 1
        print('ok: without -D%s the compiler refuses: %s'
              % (allow, message))
        good = subprocess.run(cmd + ['-Werror', '-D' + allow, '-c', src,
                                     '-o', obj],
                              capture_output=True, text=True)
        if good.returncode != 0:
            print('FAIL: %s does not compile with -D%s:\n%s'
                  % (src, allow, good.stderr))
            return 1
        print('ok: with -D%s it compiles' % allow)
        if section:
            out = subprocess.run(['objdump', '-t', obj], check=True,
                                 capture_output=True, text=True).stdout
            if not any(' %s\t' % section in line or
                       (' %s ' % section in line)
                       for line in out.splitlines()):
                print('FAIL: no code in section %s:\n%s' % (section, out))
                return 1
            print('ok: the code sits in %s' % section)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
