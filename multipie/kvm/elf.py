"""The one strict ELF64 (x86-64, little-endian) reader: headers, program headers, sections, symbols, executables.

Two doors from untrusted bytes, both checking every offset and size against
the file, so a malformed file raises :class:`~multipie.errors.InvalidModule`
naming the header and its file offset, never an ``IndexError`` or
``struct.error``:

- :class:`Elf` — any ELF64 file (a compiled object, a linked virtine):
  program headers, sections and symbols. Virtine images are built from it,
  and the legacy entry stub's ``.text`` is read with it.
- :func:`parse_executable` — an x86-64 Linux executable ready to load into a
  guest: every header field a loader relies on (type, program-header table
  bounds, each ``PT_LOAD`` segment's file range, alignment, address range and
  overlap, the entry point), relocated for a position-independent one. It
  recognizes and reports ``PT_INTERP`` (the dynamic linker's path) and
  ``PT_DYNAMIC`` (where the dynamic section is) without loading them: whether
  a kind accepts a dynamic executable is its policy
  (:func:`multipie.domains.legacy.elf.parse` accepts static ones only today).

Nothing here touches guest memory; loaders copy the validated segments.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from multipie.errors import InvalidModule

__all__ = [
    "Elf",
    "ElfImage",
    "MAX_IMAGE_SPAN",
    "PF_R",
    "PF_W",
    "PF_X",
    "ET_DYN",
    "ET_EXEC",
    "PT_DYNAMIC",
    "PT_INTERP",
    "PT_LOAD",
    "ProgramHeader",
    "Section",
    "Segment",
    "Symbol",
    "USER_TOP",
    "parse_executable",
    "program_headers",
    "read_header",
]

PT_LOAD, PT_DYNAMIC, PT_INTERP, PT_PHDR, PT_TLS = 1, 2, 3, 6, 7
PT_GNU_STACK = 0x6474E551
PF_X, PF_W, PF_R = 1, 2, 4
ET_REL, ET_EXEC, ET_DYN = 1, 2, 3
EM_X86_64 = 62
SHT_SYMTAB, SHT_NOBITS = 2, 8
SHN_UNDEF = 0
STB_GLOBAL, STB_WEAK = 1, 2
PAGE = 4096

#: Highest user address plus one we accept for a segment (keeps identity mapping inside 47 bits).
USER_TOP = 1 << 47
#: Largest span (lowest to highest byte) of all loadable segments we accept: 1 GiB.
MAX_IMAGE_SPAN = 1 << 30
#: Base address a position-independent executable (``ET_DYN``) linked at 0 is loaded at.
PIE_BASE = 0x400000
#: Most program headers we accept.
MAX_PHNUM = 512
#: Largest ``PT_TLS`` template we accept.
MAX_TLS = 64 << 20

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")


def _fail(where: str, what: str, kind: str = "x86-64 ELF file") -> InvalidModule:
    return InvalidModule(f"{where}: not a loadable {kind}: {what}")


# -- headers -----------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """The fields of the 64-byte ELF header the readers use."""

    type: int
    entry: int
    phoff: int
    shoff: int
    ehsize: int
    phentsize: int
    phnum: int
    shentsize: int
    shnum: int
    shstrndx: int


def read_header(data: bytes, where: str, kind: str = "x86-64 ELF file") -> Header:
    """Check the identification and machine of ``data`` and return its header.

    Raises:
        InvalidModule: truncated, not ELF, not 64-bit little-endian version 1, or not x86-64.
    """
    if len(data) < _EHDR.size:
        raise _fail(where, f"file is {len(data)} bytes, shorter than the 64-byte ELF header (truncated)", kind)
    (
        ident,
        e_type,
        machine,
        version,
        entry,
        phoff,
        shoff,
        _flags,
        ehsize,
        phentsize,
        phnum,
        shentsize,
        shnum,
        shstrndx,
    ) = _EHDR.unpack_from(data)
    if ident[:4] != b"\x7fELF":
        raise _fail(where, f"bad magic {ident[:4]!r} at offset 0", kind)
    if ident[4] != 2:
        raise _fail(where, f"EI_CLASS {ident[4]} at offset 4: only 64-bit (ELFCLASS64 = 2) is supported", kind)
    if ident[5] != 1:
        raise _fail(where, f"EI_DATA {ident[5]} at offset 5: only little-endian (1) is supported", kind)
    if ident[6] != 1 or version != 1:
        raise _fail(where, f"ELF version {ident[6]}/{version} at offset 6/20: expected 1", kind)
    if machine != EM_X86_64:
        raise _fail(where, f"e_machine {machine} at offset 18: only x86-64 (62) is supported", kind)
    return Header(e_type, entry, phoff, shoff, ehsize, phentsize, phnum, shentsize, shnum, shstrndx)


@dataclass(frozen=True)
class ProgramHeader:
    """One program header as in the file (addresses not relocated).

    Attributes:
        index: its number in the table; ``at``: its file offset (for messages).
        type: ``PT_*``; flags: ``PF_R | PF_W | PF_X`` bits.
        offset, filesz: its bytes in the file; vaddr, memsz: where they go in memory; align: ``p_align``.
    """

    index: int
    at: int
    type: int
    flags: int
    offset: int
    vaddr: int
    filesz: int
    memsz: int
    align: int

    @property
    def where(self) -> str:
        """``program header N (offset M)``, for messages."""
        return f"program header {self.index} (offset {self.at})"


def program_headers(data: bytes, header: Header, where: str, kind: str = "x86-64 ELF file") -> list[ProgramHeader]:
    """The program-header table of ``data``.

    Raises:
        InvalidModule: the table has the wrong entry size, too many entries, or runs past the file.
    """
    if header.phnum == 0:
        return []
    if header.phentsize != _PHDR.size:
        raise _fail(where, f"e_phentsize {header.phentsize} at offset 54: expected {_PHDR.size}", kind)
    if header.phnum > MAX_PHNUM:
        raise _fail(where, f"e_phnum {header.phnum} at offset 56: expected 1..{MAX_PHNUM} program headers", kind)
    if header.phoff < _EHDR.size or header.phoff + header.phnum * _PHDR.size > len(data):
        raise _fail(
            where,
            f"program headers at offset {header.phoff} ({header.phnum} x {_PHDR.size} bytes) run past the end of "
            f"the {len(data)}-byte file (truncated)",
            kind,
        )
    out = []
    for i in range(header.phnum):
        at = header.phoff + i * _PHDR.size
        p_type, flags, offset, vaddr, _paddr, filesz, memsz, align = _PHDR.unpack_from(data, at)
        out.append(ProgramHeader(i, at, p_type, flags, offset, vaddr, filesz, memsz, align))
    return out


# -- any ELF64 file: sections and symbols ----------------------------------------------------


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
    """A parsed ELF64 x86-64 file of any type: program headers, sections, symbols.

    Args:
        data: the file's bytes.
        where: a name for error messages.

    Raises:
        InvalidModule: not a little-endian x86-64 ELF64, or a header points outside the file.
    """

    def __init__(self, data: bytes, *, where: str = "ELF file") -> None:
        self.data = data
        self.where = where
        header = read_header(data, where)
        self.type, self.entry = header.type, header.entry
        self.segments = program_headers(data, header, where)
        for seg in self.segments:
            if seg.type == PT_LOAD:
                self._span(seg.offset, seg.filesz, seg.where)
                if seg.filesz > seg.memsz:
                    raise _fail(where, f"{seg.where}: p_filesz {seg.filesz} is larger than p_memsz {seg.memsz}")
        raw = self._section_headers(header)
        names = b""
        if raw and 0 <= header.shstrndx < len(raw):
            o, s = raw[header.shstrndx][4], raw[header.shstrndx][5]
            names = data[self._span(o, s, "section names") :][:s]
        self.sections = [
            Section(_cstr(names, r[0]), r[1], r[2], r[3], r[4], r[5] if r[1] != SHT_NOBITS else 0, i)
            for i, r in enumerate(raw)
        ]
        self.symbols = [sym for r in raw if r[1] == SHT_SYMTAB and r[7] == _SYM.size for sym in self._symtab(r, raw)]

    def _section_headers(self, header: Header) -> list[tuple[int, ...]]:
        if header.shentsize < _SHDR.size:
            return []
        raw: list[tuple[int, ...]] = []
        for i in range(header.shnum):
            off = self._span(header.shoff + i * header.shentsize, _SHDR.size, f"section header {i}")
            name, stype, flags, addr, offset, size, link, _info, _align, entsize = _SHDR.unpack_from(self.data, off)
            raw.append((name, stype, flags, addr, offset, size, link, entsize))
        return raw

    def _symtab(self, table: tuple[int, ...], raw: list[tuple[int, ...]]) -> list[Symbol]:
        link = table[6]
        if not 0 <= link < len(raw):
            return []
        strtab = raw[link]
        strs = self.data[self._span(strtab[4], strtab[5], "string table") :][: strtab[5]]
        base = self._span(table[4], table[5], "symbol table")
        out = []
        for k in range(table[5] // _SYM.size):
            name, info, _other, shndx, value, size = _SYM.unpack_from(self.data, base + _SYM.size * k)
            out.append(Symbol(_cstr(strs, name), value, size, info >> 4, info & 15, shndx))
        return out

    def _span(self, offset: int, length: int, what: str) -> int:
        if offset < 0 or length < 0 or offset + length > len(self.data):
            raise _fail(self.where, f"{what} at {offset:#x}+{length:#x} lies outside the file")
        return offset

    def section(self, name: str) -> Section | None:
        """The first section called ``name``."""
        return next((s for s in self.sections if s.name == name), None)

    def section_bytes(self, name: str) -> bytes:
        """The file bytes of section ``name``.

        Raises:
            InvalidModule: there is no such section.
        """
        sec = self.section(name)
        if sec is None:
            raise _fail(self.where, f"no {name} section")
        return self.data[self._span(sec.offset, sec.size, f"section {name}") :][: sec.size]

    def symbol(self, name: str) -> Symbol | None:
        """The defined symbol called ``name``."""
        return next((s for s in self.symbols if s.name == name and not s.undefined), None)

    def undefined_symbols(self) -> set[str]:
        """Names the object needs from elsewhere (global or weak, undefined)."""
        return {s.name for s in self.symbols if s.undefined and s.bind in (STB_GLOBAL, STB_WEAK)}

    def loads(self) -> list[ProgramHeader]:
        """The ``PT_LOAD`` segments, in address order."""
        return sorted((s for s in self.segments if s.type == PT_LOAD), key=lambda s: s.vaddr)


def _cstr(table: bytes, offset: int) -> str:
    if offset >= len(table):
        return ""
    end = table.find(b"\0", offset)
    return table[offset : end if end >= 0 else len(table)].decode("utf-8", "replace")


# -- executables -----------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """One ``PT_LOAD`` segment, with addresses already relocated by the image's load bias.

    Attributes:
        vaddr: where its first byte goes in guest memory.
        memsz: bytes it occupies in memory (the tail past ``filesz`` is zeroed: ``.bss``).
        offset: where its bytes start in the file.
        filesz: bytes copied from the file.
        flags: ``PF_R | PF_W | PF_X`` bits.
    """

    vaddr: int
    memsz: int
    offset: int
    filesz: int
    flags: int

    @property
    def end(self) -> int:
        """One past its last byte in memory."""
        return self.vaddr + self.memsz

    @property
    def page_start(self) -> int:
        """Its first page's address."""
        return self.vaddr & ~(PAGE - 1)

    @property
    def page_end(self) -> int:
        """One past its last page."""
        return (self.end + PAGE - 1) & ~(PAGE - 1)


@dataclass(frozen=True)
class ElfImage:
    """A validated executable, ready for a loader.

    Attributes:
        data: the file's bytes.
        entry: the entry point (relocated).
        segments: the ``PT_LOAD`` segments sorted by address.
        phdr: guest address of the program-header table (for ``AT_PHDR``), or 0 if not loaded.
        phent, phnum: size and number of program headers (for ``AT_PHENT``/``AT_PHNUM``).
        bias: what was added to every address (non-zero only for a PIE linked at 0).
        tls: ``(vaddr, filesz, memsz, align)`` of ``PT_TLS`` or ``None``.
        type: ``ET_EXEC`` or ``ET_DYN`` (position-independent).
        headers: every program header as in the file (not relocated).
        interp: ``PT_INTERP``: the dynamic linker's path, or ``None`` for a static executable.
        dynamic: ``PT_DYNAMIC``: ``(vaddr, memsz)`` of the dynamic section (relocated), or ``None``.
        load_data: the bytes segments are loaded from when they are not ``data`` (a legacy program's
            with its system call sites rewritten and its trampolines appended); empty: ``data``.
    """

    data: bytes
    entry: int
    segments: tuple[Segment, ...]
    phdr: int
    phent: int
    phnum: int
    bias: int
    tls: tuple[int, int, int, int] | None
    type: int = ET_EXEC
    headers: tuple[ProgramHeader, ...] = ()
    interp: str | None = None
    dynamic: tuple[int, int] | None = None
    load_data: bytes = b""

    def header(self, p_type: int) -> ProgramHeader | None:
        """The first program header of type ``p_type``."""
        return next((p for p in self.headers if p.type == p_type), None)

    @property
    def low(self) -> int:
        """Lowest page address any segment uses."""
        return self.segments[0].page_start

    @property
    def high(self) -> int:
        """One past the highest page any segment uses (the initial program break)."""
        return max(s.page_end for s in self.segments)


_EXE = "x86-64 ELF executable"


def _executable_header(data: bytes, where: str) -> Header:
    header = read_header(data, where, _EXE)
    if header.type not in (ET_EXEC, ET_DYN):
        kind = {ET_REL: "a relocatable object", 4: "a core dump"}.get(header.type, f"type {header.type}")
        raise _fail(where, f"e_type at offset 16 says {kind}, not an executable", _EXE)
    if header.ehsize < _EHDR.size:
        raise _fail(where, f"e_ehsize {header.ehsize} at offset 52 is smaller than 64", _EXE)
    if header.phnum == 0:
        raise _fail(where, f"e_phnum 0 at offset 56: expected 1..{MAX_PHNUM} program headers", _EXE)
    return header


def _check_load(ph: ProgramHeader, size: int, max_span: int, where: str) -> None:
    """The checks one ``PT_LOAD`` header must pass before it is loaded."""
    at = ph.where
    if ph.filesz > ph.memsz:
        raise _fail(where, f"{at}: p_filesz {ph.filesz} is larger than p_memsz {ph.memsz}", _EXE)
    if ph.offset + ph.filesz > size:
        raise _fail(
            where,
            f"{at}: file range {ph.offset}+{ph.filesz} runs past the end of the {size}-byte file (truncated)",
            _EXE,
        )
    if ph.memsz > max_span:
        raise _fail(where, f"{at}: p_memsz {ph.memsz} exceeds the {max_span}-byte limit on an image", _EXE)
    if ph.vaddr + ph.memsz > USER_TOP:
        raise _fail(where, f"{at}: segment 0x{ph.vaddr:x}+0x{ph.memsz:x} lies above the user address space", _EXE)
    if ph.align > 1 and (ph.align & (ph.align - 1)) != 0:
        raise _fail(where, f"{at}: p_align {ph.align} is not a power of two", _EXE)
    if ph.align >= PAGE and (ph.vaddr - ph.offset) % PAGE != 0:
        raise _fail(
            where, f"{at}: p_vaddr 0x{ph.vaddr:x} and p_offset 0x{ph.offset:x} differ modulo the page size", _EXE
        )


def _segments(loads: list[ProgramHeader], e_type: int, max_span: int, where: str) -> tuple[int, list[Segment]]:
    """The load bias and the relocated segments, checked for overlap, page 0 and total span."""
    loads = sorted(loads, key=lambda p: (p.vaddr, p.memsz))
    if not loads:
        raise _fail(where, "no PT_LOAD segment with a non-zero size", _EXE)
    bias = PIE_BASE - (loads[0].vaddr & ~(PAGE - 1)) if e_type == ET_DYN and loads[0].vaddr < PAGE else 0
    segments: list[Segment] = []
    prev: ProgramHeader | None = None
    for ph in loads:
        if prev is not None and ph.vaddr < prev.vaddr + prev.memsz:
            raise _fail(
                where,
                f"program header {ph.index}: PT_LOAD at 0x{ph.vaddr:x} overlaps program header {prev.index}'s "
                f"segment (which ends at 0x{prev.vaddr + prev.memsz:x})",
                _EXE,
            )
        prev = ph
        segments.append(Segment(ph.vaddr + bias, ph.memsz, ph.offset, ph.filesz, ph.flags))
    if segments[0].page_start < PAGE:
        raise _fail(where, f"a PT_LOAD segment starts at 0x{segments[0].vaddr:x}, inside page 0 (kept unmapped)", _EXE)
    span = segments[-1].page_end - segments[0].page_start
    if span > max_span:
        raise _fail(where, f"loaded segments span {span} bytes, more than the {max_span}-byte limit", _EXE)
    return bias, segments


def _phdr_address(headers: list[ProgramHeader], segments: list[Segment], header: Header, bias: int) -> int:
    """Where the program headers are in memory: ``PT_PHDR``, else inside the segment that loads them, else 0."""
    for ph in headers:
        if ph.type == PT_PHDR:
            return ph.vaddr + bias
    end = header.phoff + header.phnum * _PHDR.size
    for s in segments:  # most static executables map their headers with the first segment
        if s.offset <= header.phoff and end <= s.offset + s.filesz:
            return s.vaddr + (header.phoff - s.offset)
    return 0


def _interp(data: bytes, ph: ProgramHeader, where: str) -> str:
    if ph.offset + ph.filesz > len(data) or ph.filesz > PAGE:
        raise _fail(where, f"{ph.where}: PT_INTERP path {ph.offset}+{ph.filesz} lies outside the file", _EXE)
    return data[ph.offset : ph.offset + ph.filesz].split(b"\0", 1)[0].decode("latin-1")


def parse_executable(data: bytes, *, where: str = "ELF", max_span: int = MAX_IMAGE_SPAN) -> ElfImage:
    """Validate ``data`` as an x86-64 Linux executable (static, static PIE or dynamic).

    Args:
        data: the file's bytes.
        where: a name for messages (file name).
        max_span: largest accepted distance from the lowest to the highest loaded byte.

    Returns:
        The validated :class:`ElfImage` (``interp``/``dynamic`` say whether it is dynamic).

    Raises:
        InvalidModule: the bytes are not such an executable; the message names the header, field and offset.
    """
    data = bytes(data)
    header = _executable_header(data, where)
    headers = program_headers(data, header, where, _EXE)
    tls = interp = dynamic = None
    for ph in headers:
        if ph.type == PT_LOAD:
            _check_load(ph, len(data), max_span, where)
        elif ph.type == PT_INTERP:
            interp = _interp(data, ph, where)
        elif ph.type == PT_DYNAMIC:
            dynamic = (ph.vaddr, ph.memsz)
        elif ph.type == PT_TLS:
            if ph.filesz > ph.memsz or ph.memsz > MAX_TLS:
                raise _fail(where, f"{ph.where}: PT_TLS sizes filesz {ph.filesz} / memsz {ph.memsz} are invalid", _EXE)
            tls = (ph.vaddr, ph.filesz, ph.memsz, max(ph.align, 1))
    bias, segments = _segments([p for p in headers if p.type == PT_LOAD and p.memsz], header.type, max_span, where)
    entry = header.entry + bias
    if not any(s.vaddr <= entry < s.end and s.flags & PF_X for s in segments):
        raise _fail(where, f"entry point 0x{entry:x} (offset 24) is not inside an executable PT_LOAD segment", _EXE)
    return ElfImage(
        data=data,
        entry=entry,
        segments=tuple(segments),
        phdr=_phdr_address(headers, segments, header, bias),
        phent=_PHDR.size,
        phnum=header.phnum,
        bias=bias,
        tls=None if tls is None else (tls[0] + bias, *tls[1:]),
        type=header.type,
        headers=tuple(headers),
        interp=interp,
        dynamic=None if dynamic is None else (dynamic[0] + bias, dynamic[1]),
    )
