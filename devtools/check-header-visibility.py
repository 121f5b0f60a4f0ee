#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Check that each public header of this tree makes visible at least
what its DPDK 22.11 namesake does (macros, functions, types, enum
constants), as programs written for 22.11 rely on DPDK's include graph.

For every header shipped here that Debian's libdpdk-dev also ships, a
file holding only '#include <X.h>' is preprocessed against both trees;
a name the reference defines and we do not is missing, unless a rule of
devtools/compat-excluded.txt covers it (a family left out on purpose).

  check-header-visibility.py BUILD_DIR [HEADER...]

BUILD_DIR is a meson build of this tree (for rte_build_config.h). The
reference is /usr/include/dpdk (override with DPDK_REF_INCLUDE).

devtools/header-visibility-todo.txt lists 'header name' pairs known to
be missing still (work to do, not exclusions); they are reported but do
not fail. Exits 1 when anything else is missing (a regression, or a new
header that lacks names), 77 when the reference is not installed.
With --update, rewrites the to-do list from what is missing now.
"""

import fnmatch
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.environ.get('DPDK_REF_INCLUDE', '/usr/include/dpdk')
REF_ARCH = '/usr/include/x86_64-linux-gnu/dpdk'
CC = os.environ.get('CC', 'cc')
BASE_FLAGS = ['-std=gnu11', '-D_GNU_SOURCE', '-DALLOW_EXPERIMENTAL_API',
              '-DALLOW_INTERNAL_API', '-march=native', '-include',
              'rte_config.h']

IDENT = r'[A-Za-z_]\w*'

# rte_config.h macros of 22.11's x86_64 build that concern what this
# tree implements (the rest enable libraries and drivers it lacks).
CONFIG_IN_SCOPE = re.compile(
    r'^RTE_(ARCH(_64|_X86|_X86_64)?|BACKTRACE|CACHE_LINE_SIZE|'
    r'COMPILE_TIME_CPUFLAGS|DRIVER_MEMPOOL_BUCKET_SIZE_KB|'
    r'EAL_NUMA_AWARE_HUGEPAGES|EAL_PMD_PATH|ENV_(FREEBSD|LINUX|WINDOWS)|'
    r'EXEC_ENV(_LINUX|_LINUXAPP|_IS_FREEBSD|_IS_LINUX|_IS_WINDOWS)?|'
    r'HAS_LIBNUMA|IOVA_AS_PA|LIB_(EAL|MBUF|MEMPOOL|NET|RING|STACK|'
    r'TELEMETRY)|LOG_DP_LEVEL|MACHINE|MAX_(HEAPS|LCORE|MEMSEG_LISTS|'
    r'MEMSEG_PER_LIST|MEMSEG_PER_TYPE|MEM_MB|MEM_MB_PER_LIST|'
    r'MEM_MB_PER_TYPE|MEMZONE|NUMA_NODES|TAILQ)|MBUF_DEFAULT_MEMPOOL_OPS|'
    r'MBUF_REFCNT_ATOMIC|MEMPOOL_(BUCKET|CACHE_MAX_SIZE|RING|STACK)|'
    r'PKTMBUF_HEADROOM|TOOLCHAIN(_GCC)?|USE_LIBBSD|'
    r'VER_(MINOR|MONTH|PREFIX|RELEASE|SUFFIX|YEAR))$')


def excluded_patterns():
    """fnmatch rules of compat-excluded.txt: (kind, pattern)."""
    rules = []
    path = os.path.join(ROOT, 'devtools', 'compat-excluded.txt')
    for line in open(path):
        fields = line.split()
        if len(fields) < 3 or line.startswith('#'):
            continue
        rules.append((fields[1], fields[2]))
    return rules


def is_excluded(rules, header, kind, name):
    for rkind, pat in rules:
        if kind == 'macro' and rkind in ('macro', '*') and ':' in pat:
            if fnmatch.fnmatchcase('%s:%s' % (header, name), pat):
                return True
        elif rkind in ('symbol', '*') and fnmatch.fnmatchcase(name, pat):
            return True
    return False


def our_include_dirs(build):
    dirs = [os.path.join(build, 'config'), os.path.join(ROOT, 'config')]
    for base in ('lib', 'drivers'):
        for dirpath, _, files in os.walk(os.path.join(ROOT, base)):
            if any(f.startswith('rte_') and f.endswith('.h') for f in files):
                dirs.append(dirpath)
    return dirs


def our_headers():
    found = {}
    for dirpath, _, files in os.walk(os.path.join(ROOT, 'lib')):
        for f in files:
            if f.startswith('rte_') and f.endswith('.h'):
                found[f] = os.path.join(dirpath, f)
    return found


def run_cc(header, incdirs, extra):
    with tempfile.NamedTemporaryFile('w', suffix='.c', delete=False) as src:
        src.write('#include <%s>\n' % header)
        name = src.name
    args = [CC] + BASE_FLAGS + ['-I' + d for d in incdirs] + extra + [name]
    try:
        res = subprocess.run(args, capture_output=True, text=True)
    finally:
        os.unlink(name)
    return res


def names_of(header, incdirs):
    """(macros, declared names) that '#include <header>' makes visible."""
    res = run_cc(header, incdirs, ['-E', '-dM'])
    if res.returncode != 0:
        return None, res.stderr
    macros = set()
    for line in res.stdout.splitlines():
        m = re.match(r'#define (' + IDENT + ')', line)
        if m:
            macros.add(m.group(1))
    res = run_cc(header, incdirs, ['-E', '-P'])
    if res.returncode != 0:
        return None, res.stderr
    # Attributes hide the declared name from the scans below.
    text = re.sub(r'__attribute__\s*\(\((?:[^()]|\([^()]*\))*\)\)', '',
                  res.stdout)
    decls = set()
    # Functions: a name followed by '(' after a type, at file scope.
    for m in re.finditer(r'(' + IDENT + r')\s*\(', text):
        decls.add(m.group(1))
    # Tags and typedef names.
    for m in re.finditer(r'\b(?:struct|union|enum)\s+(' + IDENT + ')', text):
        decls.add(m.group(1))
    for m in re.finditer(r'\}\s*(?:__attribute__\s*\(\(.*?\)\)\s*)?('
                         + IDENT + r')\s*;', text):
        decls.add(m.group(1))
    for m in re.finditer(r'typedef[^;{}]*?(' + IDENT + r')\s*(?:\[[^\]]*\]'
                         r'\s*)?;', text):
        decls.add(m.group(1))
    # Enum constants.
    for body in re.findall(r'\benum\b[^{;]*\{([^}]*)\}', text):
        for m in re.finditer(r'(?:^|,)\s*(' + IDENT + ')', body):
            decls.add(m.group(1))
    return (macros, decls), None


def load_todo():
    path = os.path.join(ROOT, 'devtools', 'header-visibility-todo.txt')
    todo = set()
    if os.path.isfile(path):
        for line in open(path):
            parts = line.split()
            if len(parts) == 2 and not line.startswith('#'):
                todo.add((parts[0], parts[1]))
    return todo, path


def main():
    update = '--update' in sys.argv
    if update:
        sys.argv.remove('--update')
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    build = os.path.abspath(sys.argv[1])
    if not os.path.isfile(os.path.join(REF, 'rte_eal.h')):
        print('reference headers not installed (%s): skipped' % REF)
        return 77
    ours = our_headers()
    wanted = sys.argv[2:] or sorted(h for h in ours
                                    if os.path.isfile(os.path.join(REF, h))
                                    or os.path.isfile(
                                        os.path.join(REF_ARCH, h)))
    pats = excluded_patterns()
    ref_dirs = [REF, REF_ARCH]
    mine = our_include_dirs(build)
    failed = 0
    todo, todo_path = load_todo()
    now_missing = []
    ref_cfg, _ = names_of('rte_config.h', ref_dirs)
    our_cfg, _ = names_of('rte_config.h', mine)
    cfg_missing = sorted(n for n in ref_cfg[0] - our_cfg[0]
                         if CONFIG_IN_SCOPE.match(n))
    now_missing += [('rte_config.h', n) for n in cfg_missing]
    cfg_missing = [n for n in cfg_missing if ('rte_config.h', n) not in todo]
    if cfg_missing:
        failed += 1
        print('rte_config.h: %d missing: %s' % (len(cfg_missing),
                                                ' '.join(cfg_missing)))
    else:
        print('rte_config.h: ok')
    for h in wanted:
        if h == 'rte_config.h':
            continue
        ref, err = names_of(h, ref_dirs)
        if ref is None:
            print('%s: reference does not compile alone: skipped' % h)
            continue
        got, err = names_of(h, mine)
        if got is None:
            print('%s: FAILS to compile alone:\n%s' % (h, err))
            failed += 1
            continue
        missing = []
        for kind, r, g in (('macro', ref[0] - ref_cfg[0], got[0]),
                           ('name', ref[1], got[1])):
            for n in sorted(r - g - got[0] - got[1]):
                if n.startswith('__') and kind == 'name':
                    continue
                # Include guards say how a header is split, not what
                # it offers.
                if re.match(r'^_\w*_H_?$', n):
                    continue
                if is_excluded(pats, h, kind, n):
                    continue
                now_missing.append((h, n))
                if (h, n) not in todo:
                    missing.append('%s %s' % (kind, n))
        known = sum(1 for t in todo if t[0] == h)
        if known:
            print('%s: %d names still to do (%s)' % (h, known,
                                                     'header-visibility-todo.txt'))
        if missing:
            failed += 1
            print('%s: %d missing: %s' % (h, len(missing),
                                          ' '.join(missing)))
        else:
            print('%s: ok' % h)
    if update:
        with open(todo_path, 'w') as f:
            f.write('# Names DPDK 22.11 headers make visible that ours do not\n'
                    '# yet: header name. Written by check-header-visibility.py'
                    ' --update;\n# shrink it, never grow it by hand.\n')
            for h, n in sorted(set(now_missing)):
                f.write('%s %s\n' % (h, n))
        print('wrote %s (%d names)' % (todo_path, len(set(now_missing))))
        return 0
    print('%d of %d headers miss names outside the to-do list'
          % (failed, len(wanted)))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
