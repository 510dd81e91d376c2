"""Tiny hand-assembled ELF files for loader and validator tests."""

from __future__ import annotations

import struct

EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
PHDR = struct.Struct("<IIQQQQQQ")


def make_elf(
    segments: list[tuple[int, bytes, int, int]],
    *,
    entry: int | None = None,
    machine: int = 62,
    ei_class: int = 2,
    e_type: int = 2,
    interp: bytes | None = None,
) -> bytes:
    """An ELF with PT_LOADs ``(vaddr, bytes, memsz, flags)``; each segment's bytes start on a fresh page."""
    headers = []
    phnum = len(segments) + (1 if interp else 0)
    body = bytearray()
    off = 0x1000
    for vaddr, data, memsz, flags in segments:
        file_off = off + (vaddr & 0xFFF)
        headers.append((1, flags, file_off, vaddr, vaddr, len(data), memsz, 0x1000))
        body += bytes(file_off - 0x1000 - len(body)) + data
        off = 0x1000 + ((len(body) + 0xFFF) & ~0xFFF)
    if interp:
        io = 0x1000 + len(body)
        body += interp
        headers.insert(0, (3, 4, io, 0, 0, len(interp), len(interp), 1))
    ident = b"\x7fELF" + bytes([ei_class, 1, 1]) + bytes(9)
    first = segments[0][0] if segments else 0
    hdr = EHDR.pack(ident, e_type, machine, 1, entry if entry is not None else first, 64, 0, 0, 64, 56, phnum, 64, 0, 0)
    table = b"".join(PHDR.pack(*h) for h in headers)
    head = hdr + table
    return head + bytes(0x1000 - len(head)) + bytes(body)
