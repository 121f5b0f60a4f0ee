#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""A runtime dir goes with the last process out (meson test
"runtime_dir_last_out").

A dpdk-test primary and a dpdk-test secondary share a --file-prefix;
the primary quits first, while the secondary's mp socket is still in
the runtime dir, so the primary's own cleanup cannot remove the folder.
The primary must leave none of its files; the secondary, quitting
next, must remove the then empty folder.

  runtime-dir-last-out-check.py <dpdk-test>
"""

import os
import select
import subprocess
import sys
import time

from dpdk_runtime_dir import runtime_dir

failures = []


def check(cond, what):
    print("%s: %s" % ("ok" if cond else "FAIL", what))
    if not cond:
        failures.append(what)


def wait_prompt(proc, seconds=30):
    """Reads proc's output until its RTE>> prompt; False on timeout."""
    seen = ""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        r, _, _ = select.select([proc.stdout], [], [], 0.5)
        if r:
            chunk = os.read(proc.stdout.fileno(), 4096).decode(
                errors="replace")
            if chunk == "":
                break
            seen += chunk
            if "RTE>>" in seen:
                return True
    print(seen)
    return False


def start(tool, args):
    return subprocess.Popen([tool] + args, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)


def quit_(proc):
    try:
        proc.communicate(b"quit\n", timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
    return proc.returncode


def listing(path):
    return sorted(os.listdir(path)) if os.path.isdir(path) else None


def main():
    tool = sys.argv[1]
    prefix = "rdlast_%d" % os.getpid()
    rdir = runtime_dir(prefix)
    eal = ["--no-huge", "-m", "64", "--no-telemetry",
           "--file-prefix=" + prefix]
    primary = start(tool, ["-l", "0"] + eal)
    if not wait_prompt(primary):
        primary.kill()
        print("the primary did not start")
        return 1
    secondary = start(tool, ["-l", "1", "--proc-type=secondary"] + eal)
    if not wait_prompt(secondary):
        secondary.kill()
        quit_(primary)
        print("the secondary did not start")
        return 1
    both = listing(rdir) or []
    check("config" in both and
          any(f.startswith("mp_socket_") for f in both),
          "both running: config and the secondary's mp socket (%s)" % both)

    check(quit_(primary) == 0, "the primary quits with status 0")
    left = listing(rdir)
    check(left is not None and left != [] and
          all(f.startswith("mp_socket_") for f in left),
          "after the primary: only the secondary's socket (%s)" % left)

    check(quit_(secondary) == 0, "the secondary quits with status 0")
    check(not os.path.exists(rdir),
          "after the secondary: no runtime dir (%s)" % listing(rdir))
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
