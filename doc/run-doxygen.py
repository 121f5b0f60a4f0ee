#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Run doxygen and show its warnings (it writes them to a log file):
  run-doxygen.py DOXYGEN CONFIG WARNINGS_LOG
Exits with doxygen's status; prints the warnings on stderr."""

import subprocess
import sys


def main(doxygen, config, log):
    ret = subprocess.run([doxygen, config]).returncode
    try:
        text = open(log).read()
    except OSError:
        text = ''
    if text.strip():
        sys.stderr.write(text)
    return ret


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:4]))
