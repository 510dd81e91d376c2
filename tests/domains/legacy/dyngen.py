"""Tiny dynamically linked ELF files (a PT_INTERP, a PT_DYNAMIC and its string table) for the closure tests."""

from __future__ import annotations

import struct

EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
PHDR = struct.Struct("<IIQQQQQQ")
_STRTAB, _DYNAMIC, _INTERP, _SIZE = 0x200, 0x400, 0x180, 0x600


def make_dynamic(
    *,
    needed: tuple[str, ...] = (),
    runpath: str | None = None,
    rpath: str | None = None,
    soname: str | None = None,
    interp: str | None = None,
    e_type: int = 3,
    strsz: int | None = None,
) -> bytes:
    """An x86-64 ELF of ``e_type`` whose one PT_LOAD (vaddr = file offset) holds its dynamic section."""
    strings = bytearray(b"\0")
    entries: list[tuple[int, int]] = []

    def add(tag: int, text: str) -> None:
        entries.append((tag, len(strings)))
        strings.extend(text.encode() + b"\0")

    for n in needed:
        add(1, n)
    if soname:
        add(14, soname)
    if rpath:
        add(15, rpath)
    if runpath:
        add(29, runpath)
    entries += [(5, _STRTAB), (10, strsz if strsz is not None else len(strings)), (0, 0)]
    size = 16 * len(entries)
    heads = [(1, 5, 0, 0, 0, _SIZE, _SIZE, 0x1000), (2, 6, _DYNAMIC, _DYNAMIC, 0, size, size, 8)]
    if interp:
        heads.insert(0, (3, 4, _INTERP, _INTERP, 0, len(interp) + 1, len(interp) + 1, 1))
    out = bytearray(_SIZE)
    ident = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    EHDR.pack_into(out, 0, ident, e_type, 62, 1, 0, 64, 0, 0, 64, 56, len(heads), 64, 0, 0)
    for i, h in enumerate(heads):
        PHDR.pack_into(out, 64 + 56 * i, *h)
    if interp:
        out[_INTERP : _INTERP + len(interp)] = interp.encode()
    out[_STRTAB : _STRTAB + len(strings)] = strings
    for i, (tag, val) in enumerate(entries):
        struct.pack_into("<qQ", out, _DYNAMIC + 16 * i, tag, val)
    return bytes(out)
