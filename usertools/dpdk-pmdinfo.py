#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Show the mempool handlers a driver, plugin or program provides,
without loading it.

  dpdk-pmdinfo.py [--json] PATH...

PATH is a shared object, a folder (every *.so in it) or a program,
static or not. Handlers are read from the "PMD_INFO_STRING=" JSON the
build embeds (buildtools/pmdinfogen.py), and from the
rte_mempool_handler_info section that the registration macros fill, so
that plugins built outside the tree are described too. Exits 1, with a
message, on a file that is not ELF or describes no handler.
"""

import argparse
import json
import os
import struct
import sys

try:
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    from elftools.elf.relocation import RelocationSection
except ImportError:
    sys.exit('dpdk-pmdinfo.py needs pyelftools '
             '(Debian: apt-get install python3-pyelftools)')

SECTION = 'rte_mempool_handler_info'
PREFIX = b'PMD_INFO_STRING='
MAGIC = 0x4d504849
ENTRY = struct.Struct('<IHH12HQ')
FIELDS = ['name', 'name_len', 'flags', 'alloc', 'free', 'put', 'get',
          'get_count', 'calc_mem_size', 'populate', 'get_info',
          'dequeue_contig_blocks']
HOOKS = ['calc_mem_size', 'populate', 'get_info', 'dequeue_contig_blocks']
FLAGS = {0x1: 'process_local', 0x2: 'own_memory'}


def embedded_json(elf):
    """Handlers of the PMD_INFO_STRING strings in .rodata."""
    sec = elf.get_section_by_name('.rodata')
    if sec is None:
        return []
    data, out, pos = sec.data(), [], 0
    while True:
        pos = data.find(PREFIX, pos)
        if pos < 0:
            return out
        end = data.find(b'\0', pos)
        text = data[pos + len(PREFIX):end if end >= 0 else None]
        pos = end if end >= 0 else len(data)
        try:
            info = json.loads(text.decode('ascii', 'replace'))
        except ValueError:
            continue
        if info.get('type') == 'mempool_handler':
            out.append({'name': info.get('name', ''),
                        'flags': info.get('flags', []),
                        'hooks': info.get('hooks', [])})


class Image:
    """Read a linked ELF file by virtual address, relocations applied."""

    def __init__(self, elf):
        self.elf = elf
        self.secs = [s for s in elf.iter_sections()
                     if s['sh_addr'] and s['sh_type'] != 'SHT_NOBITS']
        self.relocs = {}
        for sec in elf.iter_sections():
            if not isinstance(sec, RelocationSection) or \
                    not sec['sh_flags'] & 0x2:  # SHF_ALLOC: dynamic ones
                continue
            symtab = elf.get_section(sec['sh_link'])
            for rel in sec.iter_relocations():
                value = rel['r_addend'] if rel.is_RELA() else 0
                if rel['r_info_sym'] and symtab is not None:
                    value += symtab.get_symbol(rel['r_info_sym'])['st_value']
                self.relocs[rel['r_offset']] = value

    def read(self, addr, size):
        for s in self.secs:
            if s['sh_addr'] <= addr and addr + size <= \
                    s['sh_addr'] + s['sh_size']:
                off = addr - s['sh_addr']
                return s.data()[off:off + size]
        return None

    def pointer(self, addr):
        if addr in self.relocs:
            return self.relocs[addr]
        raw = self.read(addr, 8)
        return struct.unpack('<Q', raw)[0] if raw else 0


def section_entries(elf):
    """Handlers of the rte_mempool_handler_info section of a linked file."""
    sec = elf.get_section_by_name(SECTION)
    if sec is None or elf['e_type'] not in ('ET_DYN', 'ET_EXEC'):
        return []
    img, data, out = Image(elf), sec.data(), []
    for i in range(len(data) // ENTRY.size):
        magic, _, size, *rest = ENTRY.unpack_from(data, i * ENTRY.size)
        if magic != MAGIC:
            continue
        off = dict(zip(FIELDS, rest[:12]))
        base = img.pointer(sec['sh_addr'] + (i + 1) * ENTRY.size - 8)
        raw = img.read(base, size) if base else None
        if raw is None:
            continue
        name = raw[off['name']:off['name'] + off['name_len']]
        name = name.split(b'\0')[0].decode('ascii', 'replace')
        flags = struct.unpack_from('<I', raw, off['flags'])[0]
        out.append({'name': name,
                    'flags': [FLAGS[b] for b in sorted(FLAGS) if flags & b],
                    'hooks': [h for h in HOOKS
                              if img.pointer(base + off[h])]})
    return out


def handlers_of(path):
    """(handlers, error message or None) of one file."""
    with open(path, 'rb') as f:
        if f.read(4) != b'\x7fELF':
            return [], '%s: not an ELF file' % path
        f.seek(0)
        try:
            elf = ELFFile(f)
            found = embedded_json(elf)
            names = {h['name'] for h in found}
            found += [h for h in section_entries(elf)
                      if h['name'] not in names]
        except ELFError as e:
            return [], '%s: cannot read ELF: %s' % (path, e)
    if not found:
        return [], '%s: no mempool handler info' % path
    found.sort(key=lambda h: h['name'])
    return found, None


def expand(paths):
    for p in paths:
        if os.path.isdir(p):
            sos = sorted(os.path.join(p, n) for n in os.listdir(p)
                         if n.endswith('.so'))
            if not sos:
                yield p, '%s: no .so file in this folder' % p
            for so in sos:
                yield so, None
        elif os.path.exists(p):
            yield p, None
        else:
            yield p, '%s: no such file' % p


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--json', action='store_true',
                    help='print a JSON list of {"file", "handlers"}')
    ap.add_argument('paths', nargs='+', metavar='PATH')
    args = ap.parse_args()
    results, status = [], 0
    for path, err in expand(args.paths):
        found = []
        if err is None:
            found, err = handlers_of(path)
        if err is not None:
            print('dpdk-pmdinfo.py: error: %s' % err, file=sys.stderr)
            status = 1
            continue
        results.append({'file': path, 'handlers': found})
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            print(r['file'])
            print('  %-24s %-26s %s' % ('handler', 'flags', 'hooks'))
            for h in r['handlers']:
                print('  %-24s %-26s %s' % (h['name'],
                                            ','.join(h['flags']) or '-',
                                            ','.join(h['hooks']) or '-'))
    return status


if __name__ == '__main__':
    sys.exit(main())
