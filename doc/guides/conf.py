# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Sphinx configuration of the DPDK-EMM guides (doc/meson.build passes
the version; `python3 -m sphinx -b html doc/guides out` also works)."""

import os

project = 'DPDK-EMM'
author = 'The DPDK-EMM authors'
copyright = '2026, The DPDK-EMM authors'

_top = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
try:
    with open(os.path.join(_top, 'VERSION')) as f:
        version = release = f.read().strip()
except OSError:
    version = release = ''

master_doc = 'index'
source_suffix = '.rst'
exclude_patterns = ['_build']
highlight_language = 'none'
html_theme = 'alabaster'
html_show_sourcelink = False
html_static_path = []
