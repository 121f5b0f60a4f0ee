#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Compare this tree's libraries with Debian's DPDK 22.11 (libdpdk-dev).

For each library of the LIBRARIES table it compares three kinds of names:
  symbol  exported functions and variables: nm -D --defined-only of our
          built librte_X.so against Debian's librte_X.so.23 (symbols of
          22.11's INTERNAL version are for DPDK's own drivers: excluded)
  header  public header files of the library (by file name)
  macro   every macro `#include <X.h>` makes visible (gcc -E -dM), per
          header, beyond what the compiler and rte_config.h define; the
          pseudo-header rte_config.h holds the config macros themselves
Each name is present, missing or excluded (devtools/compat-excluded.txt
says why). A library joins the report with one row in LIBRARIES.

  compat-report.py -b BUILD             summary table
  compat-report.py -b BUILD --details   plus every missing/excluded name
  compat-report.py -b BUILD --rst       the page doc/guides/compat.rst
  compat-report.py -b BUILD --check     CI: fail (exit 1) on a missing
        name not listed in devtools/compat-missing.txt, or a listed name
        that is now present (the list may only shrink: trim it)
  compat-report.py -b BUILD --trim      drop the names now present from
        that list (never adds one)
  compat-report.py -b BUILD --write-missing   rewrite that list from
        scratch (only when a library joins or an exclusion changes)
"""

import argparse
import collections
import concurrent.futures
import fnmatch
import glob
import os
import re
import subprocess
import sys

DEVTOOLS = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.path.dirname(DEVTOOLS)
EXCLUDED_FILE = os.path.join(DEVTOOLS, 'compat-excluded.txt')
MISSING_FILE = os.path.join(DEVTOOLS, 'compat-missing.txt')

DEB_LIBDIR = '/usr/lib/x86_64-linux-gnu'
DEB_INCDIRS = ['/usr/include/dpdk', '/usr/include/x86_64-linux-gnu/dpdk']

# DPDK 22.11's EAL headers (lib/eal/include, its generic/ folder, the
# x86 and linux folders).
EAL_HEADERS = '''
rte_alarm.h rte_bitmap.h rte_bitops.h rte_branch_prediction.h rte_bus.h
rte_class.h rte_common.h rte_compat.h rte_debug.h rte_dev.h rte_devargs.h
rte_eal.h rte_eal_memconfig.h rte_eal_trace.h rte_errno.h rte_epoll.h
rte_fbarray.h rte_hexdump.h rte_hypervisor.h rte_interrupts.h
rte_keepalive.h rte_launch.h rte_lcore.h rte_lock_annotations.h
rte_malloc.h rte_mcslock.h rte_memory.h rte_memzone.h
rte_pci_dev_feature_defs.h rte_pci_dev_features.h rte_per_lcore.h
rte_pflock.h rte_random.h rte_reciprocal.h rte_seqcount.h rte_seqlock.h
rte_service.h rte_service_component.h rte_string_fns.h rte_tailq.h
rte_thread.h rte_ticketlock.h rte_time.h rte_trace.h rte_trace_point.h
rte_trace_point_register.h rte_uuid.h rte_version.h rte_vfio.h
rte_os.h rte_os_shim.h
rte_atomic.h rte_atomic_32.h rte_atomic_64.h rte_byteorder.h
rte_byteorder_32.h rte_byteorder_64.h rte_cpuflags.h rte_cycles.h rte_io.h
rte_memcpy.h rte_pause.h rte_power_intrinsics.h rte_prefetch.h rte_rtm.h
rte_rwlock.h rte_spinlock.h rte_vect.h
generic/rte_atomic.h generic/rte_byteorder.h generic/rte_cpuflags.h
generic/rte_cycles.h generic/rte_io.h generic/rte_memcpy.h
generic/rte_pause.h generic/rte_power_intrinsics.h generic/rte_prefetch.h
generic/rte_rwlock.h generic/rte_spinlock.h generic/rte_vect.h
'''.split()

# DPDK 22.11's lib/net headers.
NET_HEADERS = '''
rte_arp.h rte_ecpri.h rte_esp.h rte_ether.h rte_geneve.h rte_gre.h
rte_gtp.h rte_higig.h rte_icmp.h rte_ip.h rte_l2tpv2.h rte_macsec.h
rte_mpls.h rte_net.h rte_net_crc.h rte_ppp.h rte_sctp.h rte_tcp.h
rte_udp.h rte_vxlan.h
'''.split()

Library = collections.namedtuple('Library', 'name so headers')

# One row per library: our .so (under the build dir's lib/) and Debian's
# (librte_<name>.so.23), and Debian's headers for it (names or globs in
# Debian's include dirs).
LIBRARIES = [
    Library('eal', 'librte_eal.so', EAL_HEADERS),
    Library('ring', 'librte_ring.so', ['rte_ring*.h']),
    Library('stack', 'librte_stack.so', ['rte_stack*.h']),
    Library('mempool', 'librte_mempool.so', ['rte_mempool*.h']),
    Library('mbuf', 'librte_mbuf.so', ['rte_mbuf*.h']),
    Library('net', 'librte_net.so', NET_HEADERS),
]

KINDS = ('symbol', 'header', 'macro')


def run(cmd, env=None):
    return subprocess.run(cmd, env=env, check=True, capture_output=True,
                          text=True).stdout


def symbols(path):
    """{name: version} of the symbols a shared library defines."""
    names = {}
    for line in run(['nm', '-D', '--defined-only', path]).splitlines():
        parts = line.split()
        if len(parts) < 3 or parts[1] == 'A':
            continue
        name, _, version = parts[2].partition('@')
        names[name] = version.lstrip('@')
    return names


def macro_names(flags, header=None):
    src = '#include <%s>\n' % header if header else ''
    cmd = [os.environ.get('CC', 'gcc'), '-E', '-dM', '-x', 'c', '-'] + flags
    out = subprocess.run(cmd, input=src, capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return {m.group(1) for m in
            re.finditer(r'^#define ([A-Za-z_][A-Za-z0-9_]*)', out.stdout,
                        re.M)}


def pkg_cflags(pkg_config_path):
    env = dict(os.environ)
    if pkg_config_path is None:
        env.pop('PKG_CONFIG_PATH', None)
    else:
        env['PKG_CONFIG_PATH'] = pkg_config_path
    return run(['pkg-config', '--cflags', 'libdpdk'], env).split()


def our_headers(build):
    found = set()
    for top in (os.path.join(SRCDIR, 'lib'), os.path.join(SRCDIR, 'config'),
                build):
        for path in glob.glob(os.path.join(top, '**', 'rte_*.h'),
                              recursive=True):
            rel = os.path.basename(path)
            if os.path.basename(os.path.dirname(path)) == 'generic':
                rel = 'generic/' + rel
            found.add(rel)
    return found


def debian_headers(patterns):
    names = []
    for pat in patterns:
        hits = set()
        for inc in DEB_INCDIRS:
            for path in glob.glob(os.path.join(inc, pat)):
                hits.add(os.path.relpath(path, inc))
        names.extend(sorted(hits - set(names)))
    return names


def load_excluded():
    rules = []
    with open(EXCLUDED_FILE) as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            lib, kind, pattern, reason = line.split(None, 3)
            rules.append((lib, kind, pattern, reason))
    return rules


def excluded_reason(rules, lib, kind, name):
    """The first matching rule decides; reason "-" keeps a name in scope."""
    for rlib, rkind, pattern, reason in rules:
        if rlib not in ('*', lib) or rkind not in ('*', kind):
            continue
        if fnmatch.fnmatchcase(name, pattern):
            return None if reason == '-' else reason
    return None


def compare(build):
    """Return {lib: {kind: {'present': set, 'missing': set,
    'excluded': {name: reason}}}}."""
    rules = load_excluded()
    ours_flags = pkg_cflags(os.path.join(build, 'meson-uninstalled'))
    deb_flags = pkg_cflags(None)
    ours_base = macro_names(ours_flags)
    deb_base = macro_names(deb_flags)
    plain = macro_names([])
    have_headers = our_headers(build)
    result = {}

    jobs = {}
    pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=int(os.environ.get('JOBS', '2')))
    libs_headers = {}
    for lib in LIBRARIES:
        hdrs = debian_headers(lib.headers)
        libs_headers[lib.name] = hdrs
        for h in hdrs:
            if excluded_reason(rules, lib.name, 'header', h):
                continue
            jobs[('deb', h)] = pool.submit(macro_names, deb_flags, h)
            if h in have_headers:
                jobs[('ours', h)] = pool.submit(macro_names, ours_flags, h)

    for lib in LIBRARIES:
        rows = {k: {'present': set(), 'missing': set(), 'excluded': {}}
                for k in KINDS}

        def classify(kind, name, present):
            reason = excluded_reason(rules, lib.name, kind, name)
            if reason is not None:
                rows[kind]['excluded'][name] = reason
            elif present:
                rows[kind]['present'].add(name)
            else:
                rows[kind]['missing'].add(name)

        deb_so = os.path.join(DEB_LIBDIR, lib.so + '.23')
        our_so = os.path.join(build, 'lib', lib.so)
        ours = symbols(our_so) if os.path.exists(our_so) else {}
        for name, version in sorted(symbols(deb_so).items()):
            if version == 'INTERNAL':
                rows['symbol']['excluded'][name] = (
                    'internal to DPDK (INTERNAL version)')
                continue
            classify('symbol', name, name in ours)

        for h in libs_headers[lib.name]:
            classify('header', h, h in have_headers)
            if h in rows['header']['excluded']:
                continue
            deb = jobs[('deb', h)].result()
            if deb is None:
                continue
            mine = jobs[('ours', h)].result() if ('ours', h) in jobs else None
            for m in sorted(deb - deb_base):
                classify('macro', '%s:%s' % (h, m),
                         mine is not None and m in mine)
        if lib.name == 'eal':
            mine = ours_base - plain
            for m in sorted(deb_base - plain):
                classify('macro', 'rte_config.h:%s' % m, m in mine)
        result[lib.name] = rows
    pool.shutdown()
    return result


def missing_set(result):
    return {'%s %s %s' % (lib, kind, name)
            for lib, rows in result.items()
            for kind in KINDS for name in rows[kind]['missing']}


def load_missing():
    """Lines "lib kind name", or "lib macro header: M1 M2 ..."."""
    names = set()
    if not os.path.exists(MISSING_FILE):
        return names
    with open(MISSING_FILE) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            lib, kind, rest = line.split(None, 2)
            if kind == 'macro' and rest.split()[0].endswith(':'):
                header, *macros = rest.split()
                names.update('%s macro %s%s' % (lib, header, m)
                             for m in macros)
            else:
                names.add(line)
    return names


def missing_file_lines(missing):
    groups = collections.OrderedDict()
    lines = []
    for entry in sorted(missing):
        lib, kind, name = entry.split(None, 2)
        if kind == 'macro':
            header, _, macro = name.partition(':')
            groups.setdefault((lib, header), []).append(macro)
        else:
            lines.append(entry)
    for (lib, header), macros in groups.items():
        lines.append('%s macro %s: %s' % (lib, header, ' '.join(macros)))
    return sorted(lines)


def summary_lines(result):
    lines = []
    head = '%-8s %-7s %8s %8s %8s %8s %7s' % (
        'library', 'kind', 'in 22.11', 'present', 'missing', 'excluded',
        'done')
    lines.append(head)
    lines.append('-' * len(head))
    for lib, rows in result.items():
        for kind in KINDS:
            r = rows[kind]
            p, m, e = len(r['present']), len(r['missing']), len(r['excluded'])
            done = '%.1f%%' % (100.0 * p / (p + m)) if p + m else '-'
            lines.append('%-8s %-7s %8d %8d %8d %8d %7s' % (
                lib, kind, p + m + e, p, m, e, done))
    return lines


def detail_lines(result):
    lines = []
    for lib, rows in result.items():
        for kind in KINDS:
            r = rows[kind]
            if r['missing']:
                lines.append('%s: missing %ss (%d):' % (
                    lib, kind, len(r['missing'])))
                lines.extend('  ' + n for n in sorted(r['missing']))
        reasons = collections.defaultdict(list)
        for kind in KINDS:
            for name, why in rows[kind]['excluded'].items():
                reasons[why].append('%s %s' % (kind, name))
        for why in sorted(reasons):
            lines.append('%s: excluded, %s (%d)' % (lib, why,
                                                    len(reasons[why])))
    return lines


def rst(result, command):
    out = ['..  SPDX-License-Identifier: BSD-3-Clause',
           '    Copyright(c) 2026 The DPDK-EMM authors', '',
           '..  Generated by devtools/compat-report.py: do not edit.', '',
           'Compatibility with DPDK 22.11',
           '=============================', '',
           'Names of DPDK 22.11 (Debian 12\'s ``libdpdk-dev``) that this tree',
           'provides, per library: exported symbols, public headers, and the',
           'macros each header makes visible. *Excluded* names are outside',
           'this project (the reasons are listed below and in',
           '``devtools/compat-excluded.txt``). CI runs the same script with',
           '``--check``: it fails when a name goes missing, and',
           '``devtools/compat-missing.txt`` lists what is still to do: after',
           'adding names, ``--trim`` shortens it. A library joins the',
           'report with one row in the script\'s ``LIBRARIES`` table.', '',
           'Generated with::', '', '   ' + command, '',
           'Summary', '-------', '', '::', '']
    out.extend('   ' + line for line in summary_lines(result))
    out.extend(['', 'Excluded families', '-----------------', ''])
    for lib, rows in result.items():
        reasons = collections.Counter()
        for kind in KINDS:
            for why in rows[kind]['excluded'].values():
                reasons[why] += 1
        for why, n in sorted(reasons.items()):
            out.append('* %s: %s (%d)' % (lib, why, n))
    out.extend(['', 'Missing names', '-------------', '',
                'Symbols and headers by name; macros counted per header',
                '(``--details`` or ``devtools/compat-missing.txt`` name them).',
                ''])
    any_missing = False
    for lib, rows in result.items():
        for kind in KINDS:
            names = sorted(rows[kind]['missing'])
            if not names:
                continue
            any_missing = True
            title = '%s, %ss (%d)' % (lib, kind, len(names))
            out.extend([title, '~' * len(title), '', '::', ''])
            if kind == 'macro':
                per = collections.Counter(n.split(':')[0] for n in names)
                out.extend('   %-36s %5d' % (h, n)
                           for h, n in sorted(per.items()))
            else:
                out.extend('   ' + n for n in names)
            out.append('')
    if not any_missing:
        out.append('None.')
    return '\n'.join(out).rstrip('\n') + '\n'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('-b', '--build', required=True,
                    help='meson build dir of this tree')
    ap.add_argument('--details', action='store_true')
    ap.add_argument('--rst', action='store_true')
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--trim', action='store_true')
    ap.add_argument('--write-missing', action='store_true')
    args = ap.parse_args()
    build = os.path.abspath(args.build)

    for lib in LIBRARIES:
        if not os.path.exists(os.path.join(DEB_LIBDIR, lib.so + '.23')):
            print('Debian DPDK 22.11 not found (%s): apt-get install '
                  'libdpdk-dev' % lib.so, file=sys.stderr)
            return 2
    result = compare(build)

    if args.rst:
        sys.stdout.write(rst(result, 'devtools/compat-report.py -b build '
                                     '--rst > doc/guides/compat.rst'))
        return 0
    print('\n'.join(summary_lines(result)))
    if args.details:
        print()
        print('\n'.join(detail_lines(result)))
    missing = missing_set(result)
    if args.trim:
        missing &= load_missing()
    if args.write_missing or args.trim:
        with open(MISSING_FILE, 'w') as f:
            f.write('# In-scope DPDK 22.11 names still missing here, as\n'
                    '# "library kind name". Generated by compat-report.py\n'
                    '# --write-missing; CI fails on a missing name not\n'
                    '# listed, and on a listed name that exists: this list\n'
                    '# only shrinks.\n')
            f.write(''.join(n + '\n' for n in missing_file_lines(missing)))
        print('wrote %d names to %s' % (len(missing), MISSING_FILE))
    if args.check:
        allowed = load_missing()
        new = sorted(missing - allowed)
        done = sorted(allowed - missing)
        for n in new:
            print('MISSING (not in compat-missing.txt): %s' % n)
        for n in done:
            print('NOW PRESENT (remove from compat-missing.txt): %s' % n)
        if new or done:
            print('compat check FAILED: %d newly missing, %d to trim'
                  % (len(new), len(done)))
            return 1
        print('compat check passed: %d names still listed as missing'
              % len(allowed))
    return 0


if __name__ == '__main__':
    sys.exit(main())
