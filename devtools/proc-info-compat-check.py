#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Debian's DPDK 22.11 dpdk-proc-info against our primary.

A 22.11 secondary maps our runtime dir's config file, waits for the
22.11 magic at its start and compares the version word after it with
its own: our config begins with that magic and a version no DPDK release
has, so the tool must refuse quickly (non-zero exit, its "version
mismatch" line) instead of waiting forever. Then the primary must be
unharmed: the runtime dir holds the same files, our own secondary still
attaches and exchanges objects, and the primary ends with every object
home and its runtime dir removed.
Exits 77 (skipped) when /usr/bin/dpdk-proc-info (Debian package
"dpdk") is not installed.
  proc-info-compat-check.py <dpdk-mp_primary> <dpdk-mp_secondary>
"""

import os
import resource
import subprocess
import sys
import time

from dpdk_runtime_dir import runtime_dir

PROC_INFO = os.environ.get("DPDK_PROC_INFO", "/usr/bin/dpdk-proc-info")
# The 22.11 tool's own limit is forever: anything near this is a hang.
REFUSAL_SECONDS = 10

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL: " + what)


def no_core():
    # The tool ends in rte_panic (abort): no core file for that.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main():
    if not os.access(PROC_INFO, os.X_OK):
        print("%s not installed (Debian package dpdk-dev): skipped" % PROC_INFO)
        return 77
    primary_exe, secondary_exe = sys.argv[1:3]
    prefix = "picompat_%d" % os.getpid()
    eal = ["--no-huge", "--file-prefix=" + prefix]
    rdir = runtime_dir(prefix)

    primary = subprocess.Popen(
        [primary_exe, "-l", "0"] + eal + ["--", "1", "60"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = []
    for line in primary.stdout:
        out.append(line)
        if line.startswith("primary: ready"):
            break
    if not out or not out[-1].startswith("primary: ready"):
        primary.kill()
        print("".join(out))
        print("the primary did not get ready")
        return 1
    before = sorted(os.listdir(rdir))
    with open(os.path.join(rdir, "config"), "rb") as f:
        head = f.read(8)
    # 22.11's RTE_MAGIC (19820526) then a version word: "EMM\0".
    check(int.from_bytes(head[:4], "little") == 19820526,
          "config does not start with 22.11's magic: %s" % head.hex())
    check(head[4:] == b"EMM\0", "version word %s" % head[4:].hex())

    # Debian's tool with Debian's libraries, not ours (meson test points
    # LD_LIBRARY_PATH at the build tree).
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    start = time.monotonic()
    try:
        r = subprocess.run([PROC_INFO] + eal +
                           ["--", "--show-mempool"],
                           capture_output=True, text=True,
                           timeout=3 * REFUSAL_SECONDS, preexec_fn=no_core,
                           env=env)
        rc, text = r.returncode, r.stdout + r.stderr
    except subprocess.TimeoutExpired as e:
        rc, text = None, "%s%s" % (e.stdout or "", e.stderr or "")
    took = time.monotonic() - start
    print("dpdk-proc-info: exit %s after %.2f s\n%s" % (rc, took, text))
    check(rc is not None, "dpdk-proc-info hung (killed after %d s)"
          % (3 * REFUSAL_SECONDS))
    check(rc is not None and rc != 0, "dpdk-proc-info exit %s" % rc)
    check(took < REFUSAL_SECONDS, "refusal took %.1f s" % took)
    check("version mismatch" in text,
          "no version mismatch line from dpdk-proc-info")

    # The primary is unharmed: same files, alive, serves a secondary.
    check(primary.poll() is None, "the primary died")
    check(sorted(os.listdir(rdir)) == before,
          "runtime dir changed: %s -> %s"
          % (before, sorted(os.listdir(rdir))))
    s = subprocess.run([secondary_exe, "--lcores=1@0",
                        "--proc-type=secondary"] + eal,
                       capture_output=True, text=True, timeout=60)
    check(s.returncode == 0, "our secondary after the refusal: exit %d\n%s"
          % (s.returncode, s.stdout + s.stderr))
    try:
        rest, _ = primary.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        primary.kill()
        rest, _ = primary.communicate()
    check(primary.returncode == 0 and "all objects home" in rest,
          "primary: exit %s\n%s" % (primary.returncode, rest))
    check(not os.path.exists(rdir), "runtime dir %s left: %s"
          % (rdir, os.listdir(rdir) if os.path.isdir(rdir) else "?"))

    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("dpdk-proc-info refused our primary in %.2f s; primary unharmed"
          % took)
    return 0


if __name__ == "__main__":
    sys.exit(main())
