"""Parsing and validating static x86-64 Linux ELF executables.

:func:`parse` is the only door from untrusted bytes to an :class:`ElfImage`:
it checks every header field the loader relies on (class, byte order, machine,
type, program-header table bounds, each ``PT_LOAD`` segment's file range,
alignment, address range and overlap, the entry point) and rejects dynamic
executables (``PT_INTERP``), which need a dynamic linker this domain kind does
not provide (run those with ``isolation="process"``). Every rejection is an
:class:`~multipie.errors.InvalidModule` naming the field and its offset.

Nothing here touches guest memory; :mod:`multipie.domains.legacy.loader`
copies the validated segments.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from multipie.errors import InvalidModule

__all__ = [
    "ElfImage",
    "Segment",
    "parse",
    "PF_R",
    "PF_W",
    "PF_X",
    "MAX_IMAGE_SPAN",
    "USER_TOP",
]

PT_LOAD, PT_DYNAMIC, PT_INTERP, PT_PHDR, PT_TLS = 1, 2, 3, 6, 7
PT_GNU_STACK = 0x6474E551
PF_X, PF_W, PF_R = 1, 2, 4
ET_EXEC, ET_DYN = 2, 3
EM_X86_64 = 62
PAGE = 4096

#: Highest user address plus one we accept for a segment (keeps identity mapping inside 47 bits).
USER_TOP = 1 << 47
#: Largest span (lowest to highest byte) of all loadable segments we accept: 1 GiB.
MAX_IMAGE_SPAN = 1 << 30
#: Base address a static position-independent executable (``ET_DYN`` without interpreter) is loaded at.
PIE_BASE = 0x400000

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")


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
    """A validated static executable, ready for the loader.

    Attributes:
        data: the file's bytes.
        entry: the entry point (relocated).
        segments: the ``PT_LOAD`` segments sorted by address.
        phdr: guest address of the program-header table (for ``AT_PHDR``), or 0 if not loaded.
        phent, phnum: size and number of program headers (for ``AT_PHENT``/``AT_PHNUM``).
        bias: what was added to every address (non-zero only for static PIE).
        tls: ``(vaddr, filesz, memsz, align)`` of ``PT_TLS`` or ``None``.
    """

    data: bytes
    entry: int
    segments: tuple[Segment, ...]
    phdr: int
    phent: int
    phnum: int
    bias: int
    tls: tuple[int, int, int, int] | None

    @property
    def low(self) -> int:
        """Lowest page address any segment uses."""
        return self.segments[0].page_start

    @property
    def high(self) -> int:
        """One past the highest page any segment uses (the initial program break)."""
        return max(s.page_end for s in self.segments)


def _fail(where: str, what: str) -> InvalidModule:
    return InvalidModule(f"{where}: not a loadable static x86-64 ELF executable: {what}")


def parse(data: bytes, *, where: str = "ELF", max_span: int = MAX_IMAGE_SPAN) -> ElfImage:
    """Validate ``data`` as a static x86-64 Linux executable.

    Args:
        data: the file's bytes.
        where: a name for messages (file name).
        max_span: largest accepted distance from the lowest to the highest loaded byte.

    Returns:
        The validated :class:`ElfImage`.

    Raises:
        InvalidModule: the bytes are not such an executable; the message says which field is wrong.
    """
    data = bytes(data)
    if len(data) < _EHDR.size:
        raise _fail(where, f"file is {len(data)} bytes, shorter than the 64-byte ELF header (truncated)")
    (ident, e_type, e_machine, e_version, e_entry, e_phoff, _shoff, _flags, e_ehsize, e_phentsize, e_phnum, *_rest) = (
        _EHDR.unpack_from(data)
    )
    if ident[:4] != b"\x7fELF":
        raise _fail(where, f"bad magic {ident[:4]!r} at offset 0")
    if ident[4] != 2:
        raise _fail(where, f"EI_CLASS {ident[4]} at offset 4: only 64-bit (ELFCLASS64 = 2) is supported")
    if ident[5] != 1:
        raise _fail(where, f"EI_DATA {ident[5]} at offset 5: only little-endian (1) is supported")
    if ident[6] != 1 or e_version != 1:
        raise _fail(where, f"ELF version {ident[6]}/{e_version} at offset 6/20: expected 1")
    if e_machine != EM_X86_64:
        raise _fail(where, f"e_machine {e_machine} at offset 18: only x86-64 (62) is supported")
    if e_type not in (ET_EXEC, ET_DYN):
        kind = {1: "a relocatable object", 4: "a core dump"}.get(e_type, f"type {e_type}")
        raise _fail(where, f"e_type at offset 16 says {kind}, not an executable")
    if e_ehsize < _EHDR.size:
        raise _fail(where, f"e_ehsize {e_ehsize} at offset 52 is smaller than 64")
    if e_phentsize != _PHDR.size:
        raise _fail(where, f"e_phentsize {e_phentsize} at offset 54: expected {_PHDR.size}")
    if e_phnum == 0 or e_phnum > 512:
        raise _fail(where, f"e_phnum {e_phnum} at offset 56: expected 1..512 program headers")
    if e_phoff < _EHDR.size or e_phoff + e_phnum * _PHDR.size > len(data):
        raise _fail(
            where,
            f"program headers at offset {e_phoff} ({e_phnum} x {_PHDR.size} bytes) run past the end of the "
            f"{len(data)}-byte file (truncated)",
        )

    loads: list[tuple[int, int, int, int, int, int]] = []
    tls_raw: tuple[int, int, int, int] | None = None
    phdr_vaddr: int | None = None
    for i in range(e_phnum):
        off = e_phoff + i * _PHDR.size
        p_type, p_flags, p_offset, p_vaddr, _paddr, p_filesz, p_memsz, p_align = _PHDR.unpack_from(data, off)
        at = f"program header {i} (offset {off})"
        if p_type == PT_INTERP:
            end = min(p_offset + p_filesz, len(data))
            interp = data[p_offset:end].rstrip(b"\0").decode("latin-1", "replace")
            raise _fail(
                where,
                f"{at} is PT_INTERP ({interp or '?'}): a dynamically linked executable needs a dynamic "
                'linker; link it statically or run it with isolation="process" (CLI: --isolation process)',
            )
        if p_type == PT_DYNAMIC and e_type == ET_EXEC:
            raise _fail(where, f"{at} is PT_DYNAMIC in a non-PIE executable: dynamically linked")
        if p_type == PT_PHDR:
            phdr_vaddr = p_vaddr
        if p_type == PT_TLS:
            if p_filesz > p_memsz or p_memsz > (64 << 20):
                raise _fail(where, f"{at}: PT_TLS sizes filesz {p_filesz} / memsz {p_memsz} are invalid")
            tls_raw = (p_vaddr, p_filesz, p_memsz, p_align)
        if p_type != PT_LOAD:
            continue
        if p_filesz > p_memsz:
            raise _fail(where, f"{at}: p_filesz {p_filesz} is larger than p_memsz {p_memsz}")
        if p_offset + p_filesz > len(data):
            raise _fail(
                where,
                f"{at}: file range {p_offset}+{p_filesz} runs past the end of the {len(data)}-byte file (truncated)",
            )
        if p_memsz > max_span:
            raise _fail(where, f"{at}: p_memsz {p_memsz} exceeds the {max_span}-byte limit on an image")
        if p_vaddr + p_memsz > USER_TOP:
            raise _fail(where, f"{at}: segment 0x{p_vaddr:x}+0x{p_memsz:x} lies above the user address space")
        if p_align > 1 and (p_align & (p_align - 1)) != 0:
            raise _fail(where, f"{at}: p_align {p_align} is not a power of two")
        if p_align >= PAGE and (p_vaddr - p_offset) % PAGE != 0:
            raise _fail(where, f"{at}: p_vaddr 0x{p_vaddr:x} and p_offset 0x{p_offset:x} differ modulo the page size")
        if p_memsz == 0:
            continue
        loads.append((p_vaddr, p_memsz, p_offset, p_filesz, p_flags, i))
    if not loads:
        raise _fail(where, "no PT_LOAD segment with a non-zero size")

    loads.sort()
    bias = 0
    if e_type == ET_DYN and loads[0][0] < PAGE:
        bias = PIE_BASE - (loads[0][0] & ~(PAGE - 1))
    segments: list[Segment] = []
    prev_end, prev_idx = -1, -1
    for vaddr, memsz, offset, filesz, flags, idx in loads:
        if vaddr < prev_end:
            raise _fail(
                where,
                f"program header {idx}: PT_LOAD at 0x{vaddr:x} overlaps program header {prev_idx}'s segment "
                f"(which ends at 0x{prev_end:x})",
            )
        prev_end, prev_idx = vaddr + memsz, idx
        segments.append(Segment(vaddr + bias, memsz, offset, filesz, flags))
    if segments[0].page_start < PAGE:
        raise _fail(where, f"a PT_LOAD segment starts at 0x{segments[0].vaddr:x}, inside page 0 (kept unmapped)")
    span = segments[-1].page_end - segments[0].page_start
    if span > max_span:
        raise _fail(where, f"loaded segments span {span} bytes, more than the {max_span}-byte limit")
    entry = e_entry + bias
    if not any(s.vaddr <= entry < s.end and s.flags & PF_X for s in segments):
        raise _fail(where, f"entry point 0x{entry:x} (offset 24) is not inside an executable PT_LOAD segment")

    if phdr_vaddr is not None:
        phdr = phdr_vaddr + bias
    else:
        # Most static executables map their headers with the first segment.
        phdr = 0
        for s in segments:
            if s.offset <= e_phoff and e_phoff + e_phnum * _PHDR.size <= s.offset + s.filesz:
                phdr = s.vaddr + (e_phoff - s.offset)
                break
    tls = None
    if tls_raw is not None:
        tls = (tls_raw[0] + bias, tls_raw[1], tls_raw[2], max(tls_raw[3], 1))
    return ElfImage(
        data=data,
        entry=entry,
        segments=tuple(segments),
        phdr=phdr,
        phent=_PHDR.size,
        phnum=e_phnum,
        bias=bias,
        tls=tls,
    )


def is_dynamic(data: bytes) -> bool:
    """True when ``data`` is an x86-64 ELF with a ``PT_INTERP`` header (needs a dynamic linker)."""
    if len(data) < _EHDR.size or data[:4] != b"\x7fELF" or data[4] != 2:
        return False
    fields = _EHDR.unpack_from(data)
    phoff, phentsize, phnum = fields[5], fields[9], fields[10]
    if phentsize != _PHDR.size:
        return False
    for i in range(min(phnum, 512)):
        off = phoff + i * _PHDR.size
        if off + _PHDR.size > len(data):
            return False
        if _PHDR.unpack_from(data, off)[0] == PT_INTERP:
            return True
    return False
