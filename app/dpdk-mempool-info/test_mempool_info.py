#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
#
# dpdk-mempool-info against the multi-process example: the primary
# dumps its pools (rte_mempool_dump) once they are ready and waits for
# a secondary; meanwhile dpdk-mempool-info --json must report the same
# figures, change nothing (two reads agree, the primary still ends with
# every object home), and refuse bad options and a missing primary.
# With a handler plugin (the ext_mempool_handler example), a second
# instance of the tool loads it with -d and stays attached: the handler
# table must say which processes can serve each handler (the plugin's
# only that instance, a built-in one the primary too), then nobody once
# that instance is gone.
#   test_mempool_info.py <dpdk-mempool-info> <dpdk-mp_primary>
#                        <dpdk-mp_secondary> [<handler plugin .so>]

import json
import os
import re
import subprocess
import sys
import time

TOOL, PRIMARY, SECONDARY = sys.argv[1:4]
PLUGIN = sys.argv[4] if len(sys.argv) > 4 else None
PLUGIN_HANDLER = 'example_malloc'
PREFIX = 'mpinfo_%d' % os.getpid()
EAL = ['--no-huge', '--file-prefix=' + PREFIX]
POOLS = {'mp_ex_ring': 'ring_mp_mc', 'mp_ex_stack': 'stack',
         'mp_ex_lfstack': 'lf_stack'}
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print('FAIL: ' + what)


def parse_dumps(text):
    """Pool name -> {key: value} from rte_mempool_dump's key=value lines."""
    pools, cur = {}, None
    for line in text.splitlines():
        m = re.match(r'mempool <([^>]+)>@', line)
        if m:
            cur = pools.setdefault(m.group(1), {})
            continue
        m = re.match(r'\s+([a-z_]+)=(\S+)$', line)
        if cur is not None and m:
            cur[m.group(1)] = m.group(2)
        m = re.match(r'\s+handler=(\S+) \(index (\d+)\)', line)
        if cur is not None and m:
            cur['handler'], cur['handler_index'] = m.group(1), m.group(2)
    return pools


def tool(*args, timeout=30):
    return subprocess.run([TOOL] + list(args), capture_output=True,
                          text=True, timeout=timeout)


primary = subprocess.Popen(
    [PRIMARY, '-l', '0'] + EAL + ['--', '1', '60', 'dump'],
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
out = []
deadline = time.time() + 30
for line in primary.stdout:
    out.append(line)
    if line.startswith('primary: ready') or time.time() > deadline:
        break
dump_text = ''.join(out)
if 'primary: ready' not in dump_text:
    primary.kill()
    print(dump_text)
    sys.exit('the primary did not get ready')
dumps = parse_dumps(dump_text)
check(set(dumps) == set(POOLS), 'dumped pools: %s' % sorted(dumps))

# The table, as JSON, while the primary waits (its pools do not move).
r = tool('--json', *EAL)
print(r.stdout + r.stderr)
check(r.returncode == 0, 'dpdk-mempool-info --json: exit %d' % r.returncode)
try:
    doc = json.loads(r.stdout)
except ValueError as e:
    doc = {'handlers': [], 'pools': []}
    check(False, 'not JSON: %s' % e)
handlers = {h['name']: h for h in doc['handlers']}
for name in set(POOLS.values()):
    check(name in handlers, 'handler %s missing' % name)
    if name in handlers:
        check(handlers[name]['pools'] >= 1, 'handler %s: pools %s'
              % (name, handlers[name]['pools']))
rows = {p['name']: p for p in doc['pools']}
for name, handler in POOLS.items():
    p, d = rows.get(name), dumps.get(name, {})
    check(p is not None, 'pool %s missing from the table' % name)
    if p is None:
        continue
    check(p['handler'] == handler == d.get('handler'),
          '%s: handler %s, dump %s' % (name, p['handler'], d.get('handler')))
    check(str(p['handler_index']) == d.get('handler_index'),
          '%s: handler index' % name)
    for key, dkey in (('size', 'size'), ('cache_size', 'cache_size'),
                      ('available', 'avail_count'),
                      ('in_caches', 'cache_count'),
                      ('common_pool_count', 'common_pool_count'),
                      ('in_use', 'in_use_count')):
        check(str(p[key]) == d.get(dkey), '%s: %s = %s, dump %s = %s'
              % (name, key, p[key], dkey, d.get(dkey)))
    for key, val in p['stats'].items():
        want = d.get(key)
        if key.startswith('avg_'):
            check(want is not None and '%.2f' % val == want,
                  '%s: %s = %.2f, dump %s' % (name, key, val, want))
        else:
            check(str(val) == want, '%s: stats %s = %s, dump %s'
                  % (name, key, val, want))
    miss = d.get('cache_miss_rate', '').rstrip('%')
    if p['cache_hit_rate'] is not None and miss:
        check(abs(p['cache_hit_rate'] + float(miss) - 100.0) < 0.01,
              '%s: hit rate %s, dump miss rate %s'
              % (name, p['cache_hit_rate'], miss))
    held = {h['pid']: h['held'] for h in p['held_by_process']}
    check(held.get(primary.pid) == int(d.get('held', 'x')),
          '%s: held by the primary %s, dump held=%s'
          % (name, held.get(primary.pid), d.get('held')))
    # What the primary sent to the secondary's ring is still its own.
    check(held.get(primary.pid) == 8, '%s: primary holds %s, expected 8'
          % (name, held.get(primary.pid)))
    check(p['available'] + held.get(primary.pid, 0) == p['size'],
          '%s: available + held != size' % name)

# A second read sees the same: reading changed nothing.
r2 = tool('--json', *EAL)
doc2 = json.loads(r2.stdout) if r2.returncode == 0 else {}
check([p for p in doc2.get('pools', [])] == doc['pools'],
      'a second read differs: the tool moved something')

# The text table and --watch (DPDK-style: EAL options, --, the tool's).
r = tool(*EAL, '--')
print(r.stdout)
check(r.returncode == 0 and all(n in r.stdout for n in POOLS),
      'text table')
check('Mempool handlers' in r.stdout and 'hit_rate' in r.stdout,
      'text headers')
r = tool(*EAL, '--', '--json', '--watch', '0.2', '--count', '2')
docs = [d for d in re.split(r'(?m)^(?=\{)', r.stdout) if d.strip()]
check(r.returncode == 0 and len(docs) == 2,
      '--watch 0.2 --count 2 --json: %d documents' % len(docs))
for d in docs:
    try:
        json.loads(d)
    except ValueError:
        check(False, '--watch document is not JSON')

# Bad options: usage and exit 2, before attaching.
for bad in (['--watch', 'abc'], ['--watch', '0'], ['--watch'],
            ['--count', '-1', '--watch', '1']):
    r = tool(*EAL, *bad)
    check(r.returncode == 2 and '--' + bad[0].lstrip('-') in r.stderr,
          '%s: exit %d, stderr %r' % (bad, r.returncode, r.stderr))
# No primary with that prefix.
r = tool('--no-huge', '--file-prefix=%s_none' % PREFIX, '--json')
check(r.returncode == 1 and 'cannot attach' in r.stderr,
      'no primary: exit %d, %r' % (r.returncode, r.stderr[-200:]))

# Which processes can serve each handler: a real secondary (the tool
# with the plugin, lingering with --watch) has one the primary lacks.
def servers(doc):
    return {h['name']: (h['registered_here'], sorted(h['processes']))
            for h in doc['handlers']}


if PLUGIN is not None:
    bg = subprocess.Popen([TOOL, '-d', PLUGIN, '--lcores=126@0'] + EAL +
                          ['--', '--json', '--watch', '0.2', '--count',
                           '25'], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
    first = []
    for line in bg.stdout:
        first.append(line)
        if line.rstrip() == '}':
            break
    try:
        bg_doc = json.loads(''.join(first))
    except ValueError:
        bg_doc = {'handlers': []}
        check(False, 'plugin instance: no JSON: %r' % ''.join(first))
    r = tool('--json', *EAL)
    now = servers(json.loads(r.stdout)) if r.returncode == 0 else {}
    theirs = servers(bg_doc)
    print('with the plugin instance (pid %d): %s' % (bg.pid, now))
    check(now.get(PLUGIN_HANDLER) == (0, [bg.pid]),
          '%s seen from the primary\'s side: %s, want only pid %d'
          % (PLUGIN_HANDLER, now.get(PLUGIN_HANDLER), bg.pid))
    check(now.get('ring_mp_mc') == (1, sorted([primary.pid, bg.pid])),
          'ring_mp_mc servers %s' % (now.get('ring_mp_mc'),))
    # The plugin instance has it; it leaves itself out, and nobody else
    # has it.
    check(theirs.get(PLUGIN_HANDLER) == (1, []),
          '%s seen by its own process: %s'
          % (PLUGIN_HANDLER, theirs.get(PLUGIN_HANDLER)))
    r = tool(*EAL, '--')
    check(re.search(r'\b%s\b.*\s%d$' % (PLUGIN_HANDLER, bg.pid),
                    r.stdout, re.M) is not None,
          'text table: %s not served by %d\n%s'
          % (PLUGIN_HANDLER, bg.pid, r.stdout))
    rest, err = bg.communicate(timeout=60)
    check(bg.returncode == 0, 'plugin instance: exit %s %s'
          % (bg.returncode, err[-300:]))
    r = tool('--json', *EAL)
    gone = servers(json.loads(r.stdout)) if r.returncode == 0 else {}
    check(gone.get(PLUGIN_HANDLER) == (0, []),
          '%s after its only server left: %s'
          % (PLUGIN_HANDLER, gone.get(PLUGIN_HANDLER)))
    check(gone.get('ring_mp_mc') == (1, [primary.pid]),
          'ring_mp_mc after the plugin instance left: %s'
          % (gone.get('ring_mp_mc'),))

# The secondary lets the primary finish; every object must be home.
s = subprocess.run([SECONDARY, '--lcores=1@0', '--proc-type=secondary'] +
                   EAL, capture_output=True, text=True, timeout=60)
check(s.returncode == 0, 'secondary: exit %d %s' % (s.returncode, s.stdout))
rest, _ = primary.communicate(timeout=60)
check(primary.returncode == 0 and 'all objects home' in rest,
      'primary: exit %s\n%s' % (primary.returncode, rest))

if failures:
    sys.exit('%d check(s) failed' % len(failures))
print('dpdk-mempool-info matches the primary\'s dump')
