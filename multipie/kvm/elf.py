"""A minimal, strict ELF64 (x86-64, little-endian) reader: headers, loadable segments, sections, symbols.

Used to turn a linked virtine into an image and to read a compiled object's
undefined symbols (the bespoke context); legacy ELF programs reuse it. It
parses untrusted bytes, so every offset and size is checked against the file
and a malformed file raises :class:`~multipie.errors.InvalidModule`, never an
``IndexError`` or ``struct.error``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from multipie.errors import InvalidModule

__all__ = ["Elf", "Section", "Segment", "Symbol", "PF_R", "PF_W", "PF_X", "PT_LOAD"]

PT_LOAD = 1
PF_X, PF_W, PF_R = 1, 2, 4
SHT_SYMTAB = 2
SHN_UNDEF = 0
STB_GLOBAL, STB_WEAK = 1, 2
ET_REL, ET_EXEC = 1, 2


@dataclass(frozen=True)
class Segment:
    """A ``PT_*`` program header (``vaddr``/``memsz`` in memory, ``offset``/``filesz`` in the file)."""

    type: int
    flags: int
    offset: int
    vaddr: int
    filesz: int
    memsz: int


@dataclass(frozen=True)
class Section:
    """A section header: name, type, flags, address, file offset and size."""

    name: str
    type: int
    flags: int
    addr: int
    offset: int
    size: int
    index: int


@dataclass(frozen=True)
class Symbol:
    """A symbol table entry: name, value, size, binding, type and section index (0: undefined)."""

    name: str
    value: int
    size: int
    bind: int
    type: int
    shndx: int

    @property
    def undefined(self) -> bool:
        """True for a reference the object needs from elsewhere."""
        return self.shndx == SHN_UNDEF and bool(self.name)


class Elf:
    """A parsed ELF64 file.

    Args:
        data: the file's bytes.
        where: a name for error messages.

    Raises:
        InvalidModule: not a little-endian x86-64 ELF64, or a header points outside the file.
    """

    def __init__(self, data: bytes, *, where: str = "ELF file") -> None:
        self.data = data
        self.where = where
        if len(data) < 64 or data[:4] != b"\x7fELF":
            raise InvalidModule(f"{where}: not an ELF file")
        if data[4] != 2 or data[5] != 1:
            raise InvalidModule(f"{where}: not a little-endian 64-bit ELF file")
        (self.type, machine, _, self.entry, phoff, shoff, _, _, phentsize, phnum, shentsize, shnum, shstrndx) = (
            struct.unpack_from("<HHIQQQIHHHHHH", data, 16)
        )
        if machine != 62:
            raise InvalidModule(f"{where}: machine {machine} is not x86-64")
        self.segments = [
            Segment(*struct.unpack_from("<IIQQ8xQQ", data, self._span(phoff + i * phentsize, 56, "program header")))
            for i in range(phnum)
            if phentsize >= 56
        ]
        for seg in self.segments:
            if seg.type == PT_LOAD:
                self._span(seg.offset, seg.filesz, "segment")
                if seg.filesz > seg.memsz:
                    raise InvalidModule(f"{where}: a segment's file size exceeds its memory size")
        raw = []
        for i in range(shnum if shentsize >= 64 else 0):
            off = self._span(shoff + i * shentsize, 64, "section header")
            name, stype, flags, addr, offset, size, link, _info, _align, entsize = struct.unpack_from(
                "<IIQQQQIIQQ", data, off
            )
            raw.append((name, stype, flags, addr, offset, size, link, entsize))
        names = b""
        if raw and 0 <= shstrndx < len(raw):
            _, _, _, _, o, s, _, _ = raw[shstrndx]
            names = data[self._span(o, s, "section names") :][:s]
        self.sections = [
            Section(_cstr(names, r[0]), r[1], r[2], r[3], r[4], r[5] if r[1] != 8 else 0, i) for i, r in enumerate(raw)
        ]
        self.symbols: list[Symbol] = []
        for r in raw:
            if r[1] == SHT_SYMTAB and r[7] == 24 and 0 <= r[6] < len(raw):
                strtab = raw[r[6]]
                strs = data[self._span(strtab[4], strtab[5], "string table") :][: strtab[5]]
                base = self._span(r[4], r[5], "symbol table")
                for k in range(r[5] // 24):
                    name, info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", data, base + 24 * k)
                    self.symbols.append(Symbol(_cstr(strs, name), value, size, info >> 4, info & 15, shndx))

    def _span(self, offset: int, length: int, what: str) -> int:
        if offset < 0 or length < 0 or offset + length > len(self.data):
            raise InvalidModule(f"{self.where}: {what} at {offset:#x}+{length:#x} lies outside the file")
        return offset

    def section(self, name: str) -> Section | None:
        """The first section called ``name``."""
        return next((s for s in self.sections if s.name == name), None)

    def symbol(self, name: str) -> Symbol | None:
        """The defined symbol called ``name``."""
        return next((s for s in self.symbols if s.name == name and not s.undefined), None)

    def undefined_symbols(self) -> set[str]:
        """Names the object needs from elsewhere (global or weak, undefined)."""
        return {s.name for s in self.symbols if s.undefined and s.bind in (STB_GLOBAL, STB_WEAK)}

    def loads(self) -> list[Segment]:
        """The ``PT_LOAD`` segments, in address order."""
        return sorted((s for s in self.segments if s.type == PT_LOAD), key=lambda s: s.vaddr)


def _cstr(table: bytes, offset: int) -> str:
    if offset >= len(table):
        return ""
    end = table.find(b"\0", offset)
    return table[offset : end if end >= 0 else len(table)].decode("utf-8", "replace")
