#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Install step: give every driver installed in LIBDIR/PMD_SUBDIR a
relative symlink in LIBDIR, so programs can link a driver by name
(-lrte_mempool_stack) while rte_eal_init finds it in its folder.

  link-drivers.py LIBDIR PMD_SUBDIR   (paths relative to the prefix)
"""

import os
import sys


def main(libdir, subdir):
    dest = os.environ.get('MESON_INSTALL_DESTDIR_PREFIX',
                          os.environ.get('MESON_INSTALL_PREFIX', '/'))
    lib = os.path.join(dest, libdir)
    pmd = os.path.join(lib, subdir)
    if not os.path.isdir(pmd):
        return 0
    for name in sorted(os.listdir(pmd)):
        if not name.startswith('librte_') or '.so' not in name:
            continue
        link = os.path.join(lib, name)
        target = os.path.join(subdir, name)
        if os.path.lexists(link):
            os.remove(link)
        os.symlink(target, link)
        print('Installing symlink %s -> %s' % (link, target))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
