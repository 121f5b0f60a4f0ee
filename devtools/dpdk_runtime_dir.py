# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Where the EAL puts a --file-prefix's runtime dir, for the check
scripts beside this file that look into it."""

import os


def runtime_dir(prefix):
    """The runtime dir of prefix, as the EAL picks it for this user."""
    if os.geteuid() == 0:
        base = "/var/run"
    else:
        base = os.environ.get("XDG_RUNTIME_DIR") or "/tmp"
    return os.path.join(base, "dpdk", prefix)
