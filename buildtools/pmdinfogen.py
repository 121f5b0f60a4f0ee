#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
# Copyright(c) 2026 The DPDK-EMM authors
"""Read the mempool handler descriptions that RTE_MEMPOOL_HANDLER_INFO
(and the registration macros) put in the rte_mempool_handler_info
section of every object of a static library, check them, and write a C
file that embeds one "PMD_INFO_STRING= {json}" string per handler, as
DPDK's pmdinfogen does, for usertools/dpdk-pmdinfo.py to read back.

  pmdinfogen.py INPUT.a|INPUT.o OUTPUT.c

A malformed description (bad magic or version, a name that is empty or
not terminated, unknown flags, a mandatory callback missing) or two
handlers with one name fail, naming the input and the object.
"""

import io
import os
import re
import json
import struct
import sys

from elftools.elf.elffile import ELFFile
from elftools.elf.relocation import RelocationSection

SECTION = 'rte_mempool_handler_info'
MAGIC = 0x4d504849
VERSION = 1
ENTRY = struct.Struct('<IHH12HQ')
FIELDS = ['name', 'name_len', 'flags', 'alloc', 'free', 'put', 'get',
          'get_count', 'calc_mem_size', 'populate', 'get_info',
          'dequeue_contig_blocks']
MANDATORY = ['alloc', 'free', 'put', 'get', 'get_count']
HOOKS = ['calc_mem_size', 'populate', 'get_info', 'dequeue_contig_blocks']
FLAGS = {0x1: 'process_local', 0x2: 'own_memory'}


class Malformed(Exception):
    pass


def archive_members(data, path):
    """(name, bytes) of each object of an ar archive, thin (members are
    files next to it, as meson makes them) or not, or of one object."""
    thin = data.startswith(b'!<thin>\n')
    if not thin and not data.startswith(b'!<arch>\n'):
        yield '', data
        return
    pos, names = 8, b''
    while pos + 60 <= len(data):
        hdr = data[pos:pos + 60]
        name = hdr[0:16].decode().strip()
        size = int(hdr[48:58].decode().strip())
        special = name in ('/', '//', '/SYM64/')
        stored = size if (special or not thin) else 0
        body = data[pos + 60:pos + 60 + stored]
        pos += 60 + stored + (stored & 1)
        if name == '//':
            names = body
            continue
        if special:
            continue
        long_name = re.match(r'/(\d+)', name)
        if long_name:
            off = int(long_name.group(1))
            name = names[off:names.index(b'/\n', off)].decode()
        name = name.rstrip('/')
        if thin:
            member = os.path.join(os.path.dirname(path), name)
            body = open(member, 'rb').read()
        yield name, body


def relocations_of(elf, section):
    """{offset: (symbol, addend)} of the relocations applied to section."""
    out = {}
    for sec in elf.iter_sections():
        if not isinstance(sec, RelocationSection):
            continue
        if elf.get_section(sec['sh_info']).name != section.name:
            continue
        symtab = elf.get_section(sec['sh_link'])
        for rel in sec.iter_relocations():
            sym = symtab.get_symbol(rel['r_info_sym'])
            addend = rel['r_addend'] if rel.is_RELA() else 0
            out[rel['r_offset']] = (sym, addend)
    return out


def describe(elf, where):
    """Handler descriptions of one relocatable object."""
    sec = elf.get_section_by_name(SECTION)
    if sec is None:
        return []
    data = sec.data()
    if len(data) % ENTRY.size:
        raise Malformed('%s: section %s has %d bytes, not a multiple of %d'
                        % (where, SECTION, len(data), ENTRY.size))
    relocs = relocations_of(elf, sec)
    found = []
    for i in range(len(data) // ENTRY.size):
        magic, version, size, *rest = ENTRY.unpack_from(data, i * ENTRY.size)
        off = dict(zip(FIELDS, rest[:12]))
        if magic != MAGIC or version != VERSION:
            raise Malformed('%s: entry %d of %s: magic 0x%x version %d, '
                            'expected 0x%x version %d'
                            % (where, i, SECTION, magic, version, MAGIC,
                               VERSION))
        ptr = relocs.get(i * ENTRY.size + ENTRY.size - 8)
        if ptr is None:
            raise Malformed('%s: entry %d of %s points to no handler'
                            % (where, i, SECTION))
        sym, addend = ptr
        target = elf.get_section(sym['st_shndx'])
        base = sym['st_value'] + addend
        hdata = target.data()
        if base + size > len(hdata):
            raise Malformed('%s: entry %d: handler outside its section'
                            % (where, i))
        raw = hdata[base + off['name']:base + off['name'] + off['name_len']]
        if b'\0' not in raw:
            raise Malformed('%s: entry %d: handler name not terminated'
                            % (where, i))
        name = raw[:raw.index(b'\0')].decode('ascii', 'replace')
        if not name:
            raise Malformed('%s: entry %d: empty handler name' % (where, i))
        flags = struct.unpack_from('<I', hdata, base + off['flags'])[0]
        if flags & ~sum(FLAGS):
            raise Malformed('%s: handler %s: unknown flags 0x%x'
                            % (where, name, flags & ~sum(FLAGS)))
        trelocs = relocations_of(elf, target)

        def has(field):
            at = base + off[field]
            return at in trelocs or any(hdata[at:at + 8])

        missing = [f for f in MANDATORY if not has(f)]
        if missing:
            raise Malformed('%s: handler %s: no %s callback'
                            % (where, name, '/'.join(missing)))
        found.append({
            'name': name,
            'type': 'mempool_handler',
            # DPDK's dpdk-pmdinfo.py expects every entry to have one
            'pci_ids': [],
            'flags': [FLAGS[b] for b in sorted(FLAGS) if flags & b],
            'hooks': [h for h in HOOKS if has(h)],
        })
    return found


def c_string(text):
    return '"%s"' % text.replace('\\', '\\\\').replace('"', '\\"')


def main(argv):
    if len(argv) != 2:
        sys.stderr.write(__doc__)
        return 2
    src, out = argv
    handlers, seen = [], {}
    try:
        data = open(src, 'rb').read()
        for member, body in archive_members(data, src):
            where = '%s(%s)' % (src, member) if member else src
            if not body.startswith(b'\x7fELF'):
                continue
            for h in describe(ELFFile(io.BytesIO(body)), where):
                if h['name'] in seen:
                    raise Malformed('%s: duplicate handler name %s (also in '
                                    '%s)' % (where, h['name'],
                                             seen[h['name']]))
                seen[h['name']] = where
                handlers.append(h)
    except Malformed as e:
        print('pmdinfogen: error: %s' % e, file=sys.stderr)
        return 1
    lines = ['/* Generated by buildtools/pmdinfogen.py: do not edit. */', '']
    for i, h in enumerate(handlers):
        lines.append('static const char rte_pmd_info_mempool_%d[] '
                     '__attribute__((used)) =' % i)
        lines.append('\t%s;' % c_string('PMD_INFO_STRING= ' +
                                          json.dumps(h, sort_keys=True)))
    if not handlers:
        lines.append('/* No mempool handler described here. */')
        lines.append('extern int rte_pmd_info_none;')
    open(out, 'w').write('\n'.join(lines) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
