"""Which executables the legacy kind runs: static x86-64 Linux programs, read by the toolbox's ELF reader.

:func:`parse` is the only door from untrusted bytes to an
:class:`~multipie.kvm.elf.ElfImage` for this kind:
:func:`multipie.kvm.elf.parse_executable` checks every header field a
loader relies on, and this module adds the kind's policy: a dynamically
linked executable (``PT_INTERP``, or ``PT_DYNAMIC`` outside a static PIE)
needs a dynamic linker this kind does not provide yet (run those with
``isolation="process"``). Every rejection is an
:class:`~multipie.errors.InvalidModule` naming the header and its offset.
"""

from __future__ import annotations

from multipie.errors import InvalidModule
from multipie.kvm.elf import (
    ET_EXEC,
    MAX_IMAGE_SPAN,
    PT_DYNAMIC,
    PT_INTERP,
    ElfImage,
    parse_executable,
    program_headers,
    read_header,
)

__all__ = ["ElfImage", "is_dynamic", "parse"]


def _fail(where: str, what: str) -> InvalidModule:
    return InvalidModule(f"{where}: not a loadable static x86-64 ELF executable: {what}")


def parse(data: bytes, *, where: str = "ELF", max_span: int = MAX_IMAGE_SPAN) -> ElfImage:
    """Validate ``data`` as a static x86-64 Linux executable.

    Args:
        data: the file's bytes.
        where: a name for messages (file name).
        max_span: largest accepted distance from the lowest to the highest loaded byte.

    Raises:
        InvalidModule: the bytes are not such an executable; the message says which header is wrong.
    """
    image = parse_executable(data, where=where, max_span=max_span)
    interp = image.header(PT_INTERP)
    if interp is not None:
        raise _fail(
            where,
            f"{interp.where} is PT_INTERP ({image.interp or '?'}): a dynamically linked executable needs a dynamic "
            'linker; link it statically or run it with isolation="process" (CLI: --isolation process)',
        )
    dynamic = image.header(PT_DYNAMIC)
    if dynamic is not None and image.type == ET_EXEC:
        raise _fail(where, f"{dynamic.where} is PT_DYNAMIC in a non-PIE executable: dynamically linked")
    return image


def is_dynamic(data: bytes) -> bool:
    """True when ``data`` is an x86-64 ELF with a ``PT_INTERP`` header (needs a dynamic linker)."""
    try:
        return any(p.type == PT_INTERP for p in program_headers(data, read_header(data, "ELF"), "ELF"))
    except InvalidModule:
        return False
