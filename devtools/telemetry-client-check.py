#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Debian's telemetry client against our dpdk-test.

Starts dpdk-test's telemetry_serve_child (a pool with a cache, one
without, a ring, a stack and a memzone), feeds every endpoint to
/usr/bin/dpdk-telemetry.py -f <prefix> on its standard input, and checks
that each reply is one JSON object with the documented keys and values
that match the child's own rte_mempool_dump. Then checks dpdk-test's help and dump_* commands. Exits 77 (skipped) when the
client (Debian package "dpdk") is not installed.
"""

import json
import os
import subprocess
import sys
import time

CLIENT = os.environ.get("DPDK_TELEMETRY_CLIENT", "/usr/bin/dpdk-telemetry.py")

INFO_KEYS = ["name", "pool_id", "flags", "socket_id", "size", "cache_size",
             "elt_size", "header_size", "trailer_size", "private_data_size",
             "ops_index", "populated_size", "mz_name", "mz_len",
             "mz_hugepage_sz", "mz_socket_id", "mz_flags",
             "total_cache_count", "common_pool_count"]
HEAP_KEYS = ["Head_id", "Name", "Heap_size", "Free_size", "Alloc_size",
             "Greatest_free_size", "Alloc_count", "Free_count"]
MZ_KEYS = ["Zone", "Name", "Length", "Address", "Socket", "Flags",
           "Hugepage_size", "Hugepage_base", "Hugepage_used"]
COUNTER_KEYS = ["get_calls", "get_objs", "get_fail_calls", "get_fail_objs",
                "put_calls", "put_objs", "cache_hits", "cache_misses",
                "deq_calls", "deq_objs", "enq_calls", "enq_objs", "held"]
RING_KEYS = ["name", "socket", "flags", "size", "mask", "capacity",
             "used_count", "free_count", "prod_type", "cons_type",
             "mz_name", "mz_len", "mz_hugepage_sz", "mz_socket_id",
             "mz_flags"]

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL: " + what)


def ask(prefix, cmds):
    """Run the client once with cmds on stdin; one reply per command."""
    out = subprocess.run([CLIENT, "-f", prefix],
                         input="\n".join(cmds) + "\n", capture_output=True,
                         text=True, timeout=60)
    replies = []
    for line in out.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        replies.append(json.loads(line))
    if len(replies) != len(cmds):
        print(out.stdout + out.stderr)
    return replies


def dump_values(text):
    vals = {}
    for line in text.splitlines():
        line = line.strip()
        if "=" in line and " " not in line:
            k, v = line.split("=", 1)
            try:
                vals[k] = int(v, 0)
            except ValueError:
                pass
    return vals


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: telemetry-client-check.py <dpdk-test>")
    if not os.access(CLIENT, os.X_OK):
        print("skipped: %s not installed (Debian package dpdk-dev)" % CLIENT)
        sys.exit(77)
    prefix = "tel_client_%d" % os.getpid()
    child = subprocess.Popen(
        [sys.argv[1], "-l", "0-1", "--no-huge", "--file-prefix=" + prefix,
         "telemetry_serve_child"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=dict(os.environ, DPDK_TEST=""))
    dump = ""
    deadline = time.time() + 60
    for line in child.stdout:
        if line.strip() == "ready":
            break
        dump += line
        if time.time() > deadline:
            break
    try:
        run_checks(prefix, dump_values(dump))
    finally:
        child.stdin.close()
        rest = child.stdout.read()
        rc = child.wait(timeout=60)
        check(rc == 0, "child exit status %d: %s" % (rc, rest[-500:]))
    check_dump_commands(sys.argv[1])
    if failures:
        print("%d checks failed" % len(failures))
        sys.exit(1)
    print("Debian's dpdk-telemetry.py: every endpoint answered as documented")


def check_dump_commands(dpdk_test):
    """dpdk-test's help and dump_* commands, given on its command line."""
    out = subprocess.run(
        [dpdk_test, "-l", "0", "--no-huge",
         "--file-prefix=tel_dump_%d" % os.getpid(), "help",
         "dump_struct_sizes", "dump_memzone", "dump_ring", "dump_mempool"],
        capture_output=True, text=True, timeout=120,
        env=dict(os.environ, DPDK_TEST=""))
    text = out.stdout
    check(out.returncode == 0, "dump commands exit %d" % out.returncode)
    helped = [l.strip() for l in text.splitlines() if l.startswith("  ")]
    check("memzone_autotest" in helped and "dump_mempool" in helped,
          "help lists autotests and dumps")
    check("telemetry_serve_child" not in helped,
          "help hides the helpers tests re-execute")
    check("sizeof(struct rte_mempool) = " in text, "dump_struct_sizes")
    check("Zone 0: name:<" in text, "dump_memzone")
    check("Running dump_" not in text, "dumps print only their dump")


def run_checks(prefix, dump):
    cmds = ["/", "/info", "/eal/params", "/eal/app_params",
            "/eal/heap_list", "/eal/heap_info,0", "/eal/memzone_list",
            "/mempool/list", "/mempool/info,tel_pool",
            "/mempool/info,tel_pool_nc", "/mempool/info,no_such",
            "/mempool/handlers", "/mempool/stats,tel_pool",
            "/ring/list", "/ring/info,tel_ring", "/stack/list",
            "/help,/mempool/stats", "/no/such/command"]
    r = ask(prefix, cmds)
    check(len(r) == len(cmds), "%d replies to %d commands" % (len(r), len(cmds)))
    if len(r) != len(cmds):
        return
    rep = {c: list(x.values())[0] for c, x in zip(cmds, r)}
    for c, x in zip(cmds, r):
        check(list(x.keys()) == [c.split(",")[0]], "reply key of " + c)

    for c in cmds[2:-2]:
        check(c.split(",")[0] in rep["/"], "/ lists " + c)
    check(rep["/info"]["pid"] == rep["/info"]["pid"] and
          "max_output_len" in rep["/info"], "/info")
    check("--file-prefix=" + prefix in rep["/eal/params"], "/eal/params")
    check(rep["/eal/app_params"] == [], "/eal/app_params")
    check(0 in rep["/eal/heap_list"], "/eal/heap_list")
    check(sorted(rep["/eal/heap_info,0"]) == sorted(HEAP_KEYS),
          "/eal/heap_info keys")
    check(rep["/eal/heap_info,0"]["Name"] == "socket_0", "heap name")

    zones = rep["/eal/memzone_list"]
    zr = ask(prefix, ["/eal/memzone_info,%d" % z for z in zones])
    names = []
    for z, x in zip(zones, zr):
        info = x["/eal/memzone_info"]
        check(sorted(info) == sorted(MZ_KEYS), "memzone %d keys" % z)
        check(info["Zone"] == z, "memzone %d id" % z)
        names.append(info["Name"])
    check("tel_mz" in names, "tel_mz listed")
    check("MP_tel_pool" in names, "the pool's memzone listed")

    check(sorted(rep["/mempool/list"]) == ["tel_pool", "tel_pool_nc"],
          "/mempool/list")
    info = rep["/mempool/info,tel_pool"]
    check(list(info) == INFO_KEYS, "/mempool/info keys: %s" % list(info))
    for k in ["flags", "socket_id", "size", "cache_size", "elt_size",
              "header_size", "trailer_size", "private_data_size",
              "populated_size", "common_pool_count"]:
        check(k in dump and info.get(k) == dump[k],
              "%s: telemetry %s, dump %s" % (k, info.get(k), dump.get(k)))
    check(info.get("total_cache_count") == dump.get("cache_count"),
          "total_cache_count vs dump cache_count")
    check(info.get("mz_name") == "MP_tel_pool", "mz_name")
    check(list(rep["/mempool/info,tel_pool_nc"]) == INFO_KEYS,
          "info keys without cache")
    check(rep["/mempool/info,tel_pool_nc"]["total_cache_count"] == 0,
          "no cache, nothing cached")
    check(rep["/mempool/info,no_such"] == {}, "unknown pool: {}")

    handlers = rep["/mempool/handlers"]
    idx = info["ops_index"]
    mine = [h for h in handlers if h["index"] == idx]
    check(len(mine) == 1 and "tel_pool" in mine[0]["pools"] and
          rep["/info"]["pid"] in mine[0]["processes"], "handler of tel_pool")
    for h in handlers:
        check(sorted(h) == sorted(["index", "name", "flags", "process_local",
                                   "own_memory", "registered_here", "pools",
                                   "processes"]), "handler keys")

    st = rep["/mempool/stats,tel_pool"]
    check(sorted(st["total"]) == sorted(COUNTER_KEYS), "stats keys")
    check(st["total"]["held"] == 15 and st["total"]["get_objs"] == 40 and
          st["total"]["put_objs"] == 25, "stats values %s" % st["total"])
    check(st["held_by_process"] == {"pid_%d" % rep["/info"]["pid"]: 15},
          "held_by_process")
    check("lcore_0" in st["lcores"], "per-lcore counters")

    check("tel_ring" in rep["/ring/list"], "/ring/list %s" % rep["/ring/list"])
    ring = rep["/ring/info,tel_ring"]
    check(list(ring) == RING_KEYS, "/ring/info keys: %s" % list(ring))
    check(ring["used_count"] == 3 and ring["size"] == 256 and
          ring["capacity"] == 255, "/ring/info values")
    check(rep["/stack/list"] == ["tel_stack"], "/stack/list")
    check("/mempool/stats" in rep["/help,/mempool/stats"], "/help")
    check(rep["/no/such/command"] is None, "unknown command: null")

    # The reset clears the events, not what is held.
    r = ask(prefix, ["/mempool/stats_reset,tel_pool",
                     "/mempool/stats,tel_pool"])
    check(len(r) == 2 and r[0]["/mempool/stats_reset"]["reset"] == 1 and
          r[1]["/mempool/stats"]["total"]["get_calls"] == 0 and
          r[1]["/mempool/stats"]["total"]["held"] == 15, "stats_reset")


if __name__ == "__main__":
    main()
