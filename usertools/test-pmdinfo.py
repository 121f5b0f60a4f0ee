#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Tests of dpdk-pmdinfo.py and pmdinfogen.py (meson tests "pmdinfo" and
"pmdinfogen_refuses_malformed").

  test-pmdinfo.py PMDINFO DPDK_TEST STATIC_APP DRIVERS_DIR LIBMEMPOOL [PLUGIN]
  test-pmdinfo.py --malformed PMDINFOGEN MALFORMED.a
"""

import json
import os
import subprocess
import sys
import tempfile

PY = sys.executable
RING = {'ring_mp_mc', 'ring_sp_sc', 'ring_mp_sc', 'ring_sp_mc',
        'ring_mt_rts', 'ring_mt_hts'}
STACK = {'stack', 'lf_stack'}
failures = []


def check(cond, what):
    print('%s: %s' % ('ok' if cond else 'FAIL', what))
    if not cond:
        failures.append(what)


def pmdinfo(tool, *paths):
    r = subprocess.run([PY, tool, '--json'] + list(paths),
                       capture_output=True, text=True)
    try:
        out = json.loads(r.stdout) if r.stdout.strip() else []
    except ValueError:
        out = None
    return r.returncode, out, r.stderr


def names(tool, path):
    rc, out, err = pmdinfo(tool, path)
    if rc != 0 or not out:
        print(err)
        return None
    return {h['name'] for h in out[0]['handlers']}


def registered(dpdk_test):
    """Handlers that really register in dpdk-test, by name."""
    env = dict(os.environ, DPDK_TEST='mempool_handler_list')
    r = subprocess.run([dpdk_test, '-l', '0', '--no-huge', '--in-memory'],
                       capture_output=True, text=True, env=env, timeout=120)
    return {line.split()[1] for line in r.stdout.splitlines()
            if line.startswith('handler ')}


def main_tests(argv):
    tool, dpdk_test, static_app, drivers, libmempool = argv[:5]
    plugin = argv[5] if len(argv) > 5 else None

    check(names(tool, os.path.join(drivers, 'librte_mempool_stack.so'))
          == STACK, 'the stack driver provides exactly stack, lf_stack')
    check(names(tool, libmempool) == RING,
          'librte_mempool provides exactly the ring handlers')
    sos = sorted(n for n in os.listdir(drivers) if n.endswith('.so'))
    rc, out, _ = pmdinfo(tool, drivers)
    check(rc == 0 and [os.path.basename(r['file']) for r in out] == sos,
          'a folder: every .so in it (%s)' % ', '.join(sos))
    every_driver = set()
    for r in out or []:
        every_driver |= {h['name'] for h in r['handlers']}
    # dpdk-test: what registers at run time, less the shared library's.
    want = registered(dpdk_test) - RING
    got = names(tool, dpdk_test)
    check(bool(want) and got == want,
          'dpdk-test describes exactly its own handlers %s (read %s)'
          % (sorted(want), sorted(got or [])))
    check(names(tool, static_app) == RING | every_driver,
          'a static program describes every library and driver handler')
    if plugin:
        rc, out, _ = pmdinfo(tool, plugin)
        hs = out[0]['handlers'] if rc == 0 and out else []
        check([h['name'] for h in hs] == ['example_malloc'] and
              hs[0]['flags'] == ['process_local', 'own_memory'] and
              hs[0]['hooks'] == ['populate'],
              'the example plugin: example_malloc, its flags and hook')
    with tempfile.NamedTemporaryFile(suffix='.so') as f:
        f.write(b'not an ELF file\n')
        f.flush()
        rc, _, err = pmdinfo(tool, f.name)
        check(rc == 1 and 'not an ELF file' in err and f.name in err,
              'a non-ELF file: exit 1 and "not an ELF file"')
    noinfo = os.path.join(os.path.dirname(dpdk_test),
                          'libtest_eal_plugin_ok.so')
    rc, _, err = pmdinfo(tool, noinfo)
    check(rc == 1 and 'no mempool handler info' in err,
          'a .so without info: exit 1 and "no mempool handler info"')
    # Two plugin files announcing the same handlers: the EAL reads their
    # descriptions before dlopen and warns naming both files.
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(drivers, 'librte_mempool_stack.so')
        first = os.path.join(tmp, 'librte_mempool_stack.so')
        second = os.path.join(tmp, 'vendor_stack.so')
        for dst in (first, second):
            with open(src, 'rb') as i, open(dst, 'wb') as o:
                o.write(i.read())
        env = dict(os.environ, DPDK_TEST='mempool_handler_list')
        r = subprocess.run([dpdk_test, '-l', '0', '--no-huge', '--in-memory',
                            '-d', first, '-d', second], capture_output=True,
                           text=True, env=env, timeout=120)
        lines = [x for x in (r.stdout + r.stderr).splitlines()
                 if 'both provide mempool handler' in x]
        check(r.returncode == 0 and len(lines) == 2 and
              all(first in x and second in x for x in lines) and
              any(x.endswith('handler stack: the later registration is '
                             'refused') for x in lines),
              'two plugins with one handler name: one EAL warning per '
              'name, naming both files')
    r = subprocess.run([PY, tool, os.path.join(drivers,
                                               'librte_mempool_stack.so')],
                       capture_output=True, text=True)
    check(r.returncode == 0 and 'lf_stack' in r.stdout and
          'handler' in r.stdout, 'the table output')


def malformed_test(argv):
    gen, lib = argv
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([PY, gen, lib, os.path.join(tmp, 'out.c')],
                           capture_output=True, text=True)
    print(r.stderr)
    check(r.returncode != 0, 'pmdinfogen fails on a malformed description')
    check(os.path.basename(lib) in r.stderr and
          'test_pmdinfo_malformed' in r.stderr and 'empty handler name'
          in r.stderr, 'the message names the library, object and fault')


if __name__ == '__main__':
    if sys.argv[1] == '--malformed':
        malformed_test(sys.argv[2:])
    else:
        main_tests(sys.argv[1:])
    sys.exit(1 if failures else 0)
