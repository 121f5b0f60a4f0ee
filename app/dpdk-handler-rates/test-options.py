#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Test of dpdk-handler-rates' command line (meson test
"handler_rates_options"): each bad app option is refused with exit
status 2 and a line naming it before the EAL starts, a handler that is
not registered fails the run, and a short good run prints its table
with the number of measurements per figure.

  test-options.py DPDK_HANDLER_RATES
"""

import re
import subprocess
import sys

failures = []


def check(cond, what):
    print('%s: %s' % ('ok' if cond else 'FAIL', what))
    if not cond:
        failures.append(what)


def run(tool, *app_args):
    # No EAL option: the tool adds --no-huge --in-memory itself.
    cmd = [tool, '-l', '0-1', '--no-huge', '--in-memory', '--'] + \
        list(app_args)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def main():
    tool = sys.argv[1]
    bad = [
        (['--repeat', '0'], 'bad --repeat: 0 (1..100)'),
        (['--repeat', '101'], 'bad --repeat: 101 (1..100)'),
        (['--repeat', 'x'], 'bad --repeat: x (1..100)'),
        (['--repeat', '-1'], 'bad --repeat: -1 (1..100)'),
        (['--time-ms', '0'], 'bad --time-ms: 0'),
        (['--cache', '513'], 'bad --cache: 513 (0..512)'),
        (['--pool-size', '3'], 'bad --pool-size: 3 (>= 128)'),
        (['stray'], 'unexpected argument: stray'),
    ]
    for args, line in bad:
        rc, out, err = run(tool, *args)
        check(rc == 2, '%s: exit status 2 (got %d)' % (' '.join(args), rc))
        check(line in err.splitlines(),
              '%s: says "%s" (stderr: %r)' % (' '.join(args), line, err))
        check('Mops/s' not in out,
              '%s: no measurement made' % ' '.join(args))

    rc, out, err = run(tool, '--handler', 'no_such_handler',
                       '--time-ms', '5', '--repeat', '1')
    check(rc == 1, 'unregistered handler: exit status 1 (got %d)' % rc)
    check(re.search(r'^no_such_handler +- +not registered', out, re.M)
          is not None, 'unregistered handler: its row says so')

    rc, out, err = run(tool, '--handler', 'ring_mp_mc', '--handler',
                       'stack', '--time-ms', '10', '--repeat', '2')
    check(rc == 0, 'good run: exit status 0 (got %d, %s)' % (rc, err))
    check('best of 2 measurements of 10 ms per figure' in out,
          'good run: header names the repeat and length')
    for name in ('ring_mp_mc', 'stack'):
        m = re.search(r'^%s +\d+\*? +(.*)$' % name, out, re.M)
        figs = re.findall(r'\d+\.\d\d', m.group(1)) if m else []
        check(len(figs) == 6 and all(float(f) > 0 for f in figs),
              'good run: %s has six positive rates (%s)' % (name, figs))
        check(m is not None and 'LEAK' not in m.group(1),
              'good run: %s gave every mbuf back' % name)
    check(re.search(r'^ring_sp_sc ', out, re.M) is None,
          'good run: only the handlers asked for')

    print('%d failure(s)' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
