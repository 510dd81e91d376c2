"""Which executables the legacy kind runs: x86-64 Linux programs, read by the toolbox's ELF reader.

:func:`parse` is the only door from untrusted bytes to an
:class:`~multipie.kvm.elf.ElfImage` for this kind:
:func:`multipie.kvm.elf.parse_executable` checks every header field a
loader relies on. A static executable is ready to load; a dynamically linked
one (``PT_INTERP``) is joined with its dynamic linker by :func:`link`, which
places the interpreter after the program the way the Linux kernel's ELF
loader does and gives a :class:`LinkedImage`: one image whose entry point is
the interpreter's and whose auxiliary vector (:func:`multipie.domains.legacy.loader.auxv`)
names the program (``AT_PHDR``, ``AT_ENTRY``) and the interpreter (``AT_BASE``).
Every rejection is an :class:`~multipie.errors.InvalidModule` naming the file,
the header and its offset.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from multipie.domains.legacy import siterewrite
from multipie.errors import InvalidModule
from multipie.kvm.elf import (
    ET_DYN,
    ET_EXEC,
    MAX_IMAGE_SPAN,
    PT_DYNAMIC,
    PT_INTERP,
    ElfImage,
    Segment,
    parse_executable,
    program_headers,
    read_header,
)

__all__ = ["ElfImage", "LinkedImage", "is_dynamic", "link", "parse", "parse_interp", "sources"]

#: The interpreter is placed at the first multiple of this past the program (like Linux's ELF_ET_DYN
#: base it is somewhere else than the program; the gap keeps a stray overrun of one out of the other).
INTERP_ALIGN = 2 << 20


def _fail(where: str, what: str, kind: str = "static x86-64 ELF executable") -> InvalidModule:
    return InvalidModule(f"{where}: not a loadable {kind}: {what}")


@dataclass(frozen=True)
class LinkedImage(ElfImage):
    """A dynamically linked program and its interpreter, placed side by side as one loadable image.

    ``entry`` is the interpreter's (where the program starts), ``segments`` are both files'
    (the interpreter's relocated to ``interp_base``), ``data`` is the program's file.

    Attributes:
        program: the program as parsed (``AT_PHDR``, ``AT_ENTRY``, ``AT_PHNUM`` come from it).
        interpreter: the dynamic linker as parsed (its own addresses, before placing).
        interp_base: the address the interpreter's first page was placed at (``AT_BASE``).
        interp_path: the path it was read from (``PT_INTERP``).
    """

    program: ElfImage | None = None
    interpreter: ElfImage | None = None
    interp_base: int = 0
    interp_path: str = ""
    interp_segments: tuple[Segment, ...] = ()


def parse(data: bytes, *, where: str = "ELF", max_span: int = MAX_IMAGE_SPAN, dynamic: bool = False) -> ElfImage:
    """Validate ``data`` as an x86-64 Linux executable (static; dynamic too when ``dynamic``).

    Args:
        data: the file's bytes.
        where: a name for messages (file name).
        max_span: largest accepted distance from the lowest to the highest loaded byte.
        dynamic: accept a ``PT_INTERP`` program (the caller links it with :func:`link`).

    Raises:
        InvalidModule: the bytes are not such an executable; the message says which header is wrong.
    """
    image = parse_executable(data, where=where, max_span=max_span)
    interp = image.header(PT_INTERP)
    if interp is not None and not dynamic:
        raise _fail(
            where,
            f"{interp.where} is PT_INTERP ({image.interp or '?'}): a dynamically linked executable needs a dynamic "
            'linker; link it statically or run it with isolation="process" (CLI: --isolation process)',
        )
    dyn = image.header(PT_DYNAMIC)
    if interp is None and dyn is not None and image.type == ET_EXEC:
        raise _fail(where, f"{dyn.where} is PT_DYNAMIC in a non-PIE executable without PT_INTERP: dynamically linked")
    if interp is not None and not image.interp:
        raise _fail(where, f"{interp.where}: PT_INTERP names no path", "dynamically linked x86-64 ELF executable")
    return siterewrite.image(image)


def link(program: ElfImage, interp_data: bytes, *, where: str, interp_where: str) -> LinkedImage:
    """Place ``program``'s dynamic linker (the bytes of its ``PT_INTERP`` file) after it.

    Args:
        program: a parsed dynamic executable (``program.interp`` set).
        interp_data: the interpreter file's bytes.
        where: the program's name; ``interp_where``: the interpreter's path (both for messages).

    Raises:
        InvalidModule: the interpreter is not a position-independent x86-64 ELF without an
            interpreter of its own (message names the interpreter's path and what is wrong), or the
            two do not fit the address space together.
    """
    kind = f"dynamic linker for {where}"
    try:
        interp = siterewrite.image(parse_executable(interp_data, where=interp_where))
    except InvalidModule as exc:
        raise InvalidModule(f"{where}: PT_INTERP {interp_where}: {exc}") from exc
    if interp.type != ET_DYN:
        raise _fail(interp_where, "e_type is ET_EXEC: a dynamic linker is position-independent (ET_DYN)", kind)
    if interp.interp is not None:
        raise _fail(interp_where, f"it names an interpreter of its own ({interp.interp})", kind)
    base = -(-program.high // INTERP_ALIGN) * INTERP_ALIGN
    shift = base - interp.low
    moved = tuple(replace(s, vaddr=s.vaddr + shift) for s in interp.segments)
    if moved[-1].page_end - program.low > MAX_IMAGE_SPAN:
        raise _fail(interp_where, "program and interpreter together span more than 1 GiB", kind)
    return LinkedImage(
        data=program.data, entry=interp.entry + shift, segments=program.segments + moved, phdr=program.phdr,
        phent=program.phent, phnum=program.phnum, bias=program.bias, tls=program.tls, type=program.type,
        headers=program.headers, interp=program.interp, dynamic=program.dynamic, program=program,
        interpreter=interp, interp_base=base, interp_path=interp_where, interp_segments=moved,
        load_data=program.load_data,
    )  # fmt: skip


def sources(image: ElfImage) -> Iterator[tuple[Segment, bytes]]:
    """Each segment of ``image`` with the file bytes it is loaded from (the interpreter's from its own file)."""
    if isinstance(image, LinkedImage) and image.interpreter is not None:
        own = len(image.segments) - len(image.interp_segments)
        for seg in image.segments[:own]:
            yield seg, image.load_data or image.data
        for seg in image.interp_segments:
            yield seg, image.interpreter.load_data or image.interpreter.data
        return
    for seg in image.segments:
        yield seg, image.load_data or image.data


def parse_interp(data: bytes) -> str | None:
    """The ``PT_INTERP`` path of ``data`` if it has a readable one (``None`` otherwise; :func:`parse` judges)."""
    try:
        for p in program_headers(data, read_header(data, "ELF"), "ELF"):
            if p.type == PT_INTERP and p.offset + p.filesz <= len(data):
                return data[p.offset : p.offset + p.filesz].split(b"\0", 1)[0].decode("latin-1") or None
    except InvalidModule:
        pass
    return None


def is_dynamic(data: bytes) -> bool:
    """True when ``data`` is an x86-64 ELF with a ``PT_INTERP`` header (needs a dynamic linker)."""
    try:
        return any(p.type == PT_INTERP for p in program_headers(data, read_header(data, "ELF"), "ELF"))
    except InvalidModule:
        return False
