"""What a dynamically linked ELF file asks of the dynamic linker: its interpreter and ``PT_DYNAMIC`` entries.

:func:`read_dynamic` reads, from untrusted bytes, the entries :mod:`.closure` needs to resolve a
program's libraries the way ``ld.so`` does: ``PT_INTERP``, ``DT_NEEDED``, ``DT_RPATH``,
``DT_RUNPATH`` and ``DT_SONAME``. Headers come from the toolbox's strict reader
(:mod:`multipie.kvm.elf`); every offset here is checked against the file, so a malformed file
raises :class:`~multipie.errors.InvalidModule` naming what is wrong, never ``IndexError``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from multipie.errors import InvalidModule
from multipie.kvm.elf import (
    ET_DYN,
    ET_EXEC,
    PT_DYNAMIC,
    PT_INTERP,
    PT_LOAD,
    ProgramHeader,
    program_headers,
    read_header,
)

__all__ = ["DT_NEEDED", "DT_RPATH", "DT_RUNPATH", "DT_SONAME", "DynamicInfo", "read_dynamic"]

DT_NULL, DT_NEEDED, DT_STRTAB, DT_STRSZ, DT_SONAME, DT_RPATH, DT_RUNPATH = 0, 1, 5, 10, 14, 15, 29
_DYN = struct.Struct("<qQ")
#: Most dynamic entries read (a real libc has ~40; a table longer than this is refused).
MAX_ENTRIES = 4096
#: Longest string read from the dynamic string table.
MAX_STRING = 4096


@dataclass(frozen=True)
class DynamicInfo:
    """The dynamic-linking facts of one ELF file.

    Attributes:
        type: ``ET_EXEC`` or ``ET_DYN``.
        interp: ``PT_INTERP`` (the dynamic linker's path), or ``None``.
        needed: ``DT_NEEDED`` names, in order.
        rpath, runpath: ``DT_RPATH`` / ``DT_RUNPATH`` split at ``:`` (``$ORIGIN`` not expanded).
        soname: ``DT_SONAME`` or ``None``.
    """

    type: int
    interp: str | None = None
    needed: tuple[str, ...] = ()
    rpath: tuple[str, ...] = ()
    runpath: tuple[str, ...] = ()
    soname: str | None = None

    @property
    def dynamic(self) -> bool:
        """True when the file has a dynamic section or an interpreter."""
        return self.interp is not None or bool(self.needed or self.soname or self.rpath or self.runpath)


def _fail(where: str, what: str) -> InvalidModule:
    return InvalidModule(f"{where}: bad dynamic section: {what}")


def _offset(loads: list[tuple[int, int, int]], vaddr: int, where: str, what: str) -> int:
    """The file offset of address ``vaddr`` (inside some ``PT_LOAD``'s file bytes)."""
    for v, off, size in loads:
        if v <= vaddr < v + size:
            return off + (vaddr - v)
    raise _fail(where, f"{what} address 0x{vaddr:x} is in no PT_LOAD segment's file bytes")


def _string(data: bytes, start: int, end: int, at: int, where: str) -> str:
    if not 0 <= at < end - start:
        raise _fail(where, f"string offset {at} lies outside the {end - start}-byte string table")
    raw = data[start + at : min(end, start + at + MAX_STRING)]
    nul = raw.find(b"\0")
    if nul < 0:
        raise _fail(where, f"string at offset {at} is not NUL-terminated within {MAX_STRING} bytes")
    return raw[:nul].decode("utf-8", "surrogateescape")


def read_dynamic(data: bytes, *, where: str) -> DynamicInfo:
    """The interpreter and dynamic entries of an x86-64 executable or shared object.

    Raises:
        InvalidModule: not an x86-64 ELF executable or shared object, or its dynamic section is malformed.
    """
    header = read_header(data, where)
    if header.type not in (ET_EXEC, ET_DYN):
        raise InvalidModule(f"{where}: e_type {header.type} at offset 16: not an executable or shared object")
    headers = program_headers(data, header, where)
    interp = None
    dyn = None
    for ph in headers:
        if ph.type == PT_INTERP:
            if ph.offset + ph.filesz > len(data) or ph.filesz > 4096:
                raise _fail(where, f"{ph.where}: PT_INTERP lies outside the file")
            interp = data[ph.offset : ph.offset + ph.filesz].split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
        elif ph.type == PT_DYNAMIC and dyn is None:
            dyn = ph
    if dyn is None:
        return DynamicInfo(header.type, interp)
    if dyn.offset + dyn.filesz > len(data):
        raise _fail(where, f"{dyn.where}: PT_DYNAMIC {dyn.offset}+{dyn.filesz} runs past the {len(data)}-byte file")
    entries: list[tuple[int, int]] = []
    for i in range(min(dyn.filesz // _DYN.size, MAX_ENTRIES + 1)):
        tag, val = _DYN.unpack_from(data, dyn.offset + i * _DYN.size)
        if tag == DT_NULL:
            break
        entries.append((tag, val))
    else:
        if dyn.filesz // _DYN.size > MAX_ENTRIES:
            raise _fail(where, f"{dyn.where}: more than {MAX_ENTRIES} entries")
    return _entries(data, headers, entries, header.type, interp, where)


def _entries(
    data: bytes,
    headers: list[ProgramHeader],
    entries: list[tuple[int, int]],
    etype: int,
    interp: str | None,
    where: str,
) -> DynamicInfo:
    """Decode the string-valued entries of a dynamic table against its ``DT_STRTAB``."""
    tags = dict(entries)
    strtab, strsz = tags.get(DT_STRTAB), tags.get(DT_STRSZ, 0)
    wanted = [(t, v) for t, v in entries if t in (DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH)]
    if not wanted:
        return DynamicInfo(etype, interp)
    if strtab is None:
        raise _fail(where, "DT_NEEDED/DT_SONAME/DT_RPATH/DT_RUNPATH without DT_STRTAB")
    loads = [(p.vaddr, p.offset, p.filesz) for p in headers if p.type == PT_LOAD]
    start = _offset(loads, strtab, where, "DT_STRTAB")
    end = min(len(data), start + strsz)
    names = {t: [_string(data, start, end, v, where) for tt, v in wanted if tt == t] for t in dict(wanted)}

    def split(tag: int) -> tuple[str, ...]:
        return tuple(d for s in names.get(tag, []) for d in s.split(":") if d)

    soname = names.get(DT_SONAME, [None])[0]
    return DynamicInfo(etype, interp, tuple(names.get(DT_NEEDED, [])), split(DT_RPATH), split(DT_RUNPATH), soname)
