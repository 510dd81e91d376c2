"""Reading a core Wasm module's binary directly: LEB128 numbers, the section walk, export names.

For what is wanted before (or without) compiling: which engine to compile a command for first
(:mod:`.service`), and the checks on modules holding shared regions (:mod:`.holders`). Malformed
input raises ``ValueError`` or ``IndexError``; callers decide what that means.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

from collections.abc import Iterator
from typing import NamedTuple

__all__ = [
    "EXPORT_SECTION",
    "MEMORY_SECTION",
    "TABLE_SECTION",
    "MemoryType",
    "exports_function",
    "limits",
    "memory_type",
    "memory_types",
    "sections",
    "uleb",
]

TABLE_SECTION = 4
MEMORY_SECTION = 5
EXPORT_SECTION = 7


def uleb(data: bytes, pos: int) -> tuple[int, int]:
    """An unsigned LEB128 number at ``pos``: ``(value, position after it)``.

    Raises:
        ValueError: the number runs past the end of ``data``.
    """
    result = shift = 0
    while True:
        if pos >= len(data):
            raise ValueError("truncated LEB128")
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, pos


def sections(wasm: bytes) -> Iterator[tuple[int, int, int]]:
    """``(section id, start of its contents, end)`` of each section, in order (after the 8-byte header)."""
    pos = 8
    while pos < len(wasm):
        size, start = uleb(wasm, pos + 1)
        yield wasm[pos], start, start + size
        pos = start + size


def exports_function(wasm: bytes, name: str) -> bool:
    """Whether the module exports a function called ``name`` (False when the binary does not read that far)."""
    want = name.encode()
    try:
        for sid, pos, _ in sections(wasm):
            if sid != EXPORT_SECTION:
                continue
            count, pos = uleb(wasm, pos)
            for _ in range(count):
                length, pos = uleb(wasm, pos)
                if wasm[pos : pos + length] == want and wasm[pos + length] == 0x00:
                    return True
                _, pos = uleb(wasm, pos + length + 1)
            return False
    except (ValueError, IndexError):
        pass
    return False


class MemoryType(NamedTuple):
    """A memory's type: its limits in pages, the limits flags, and the page size in bytes."""

    minimum: int
    maximum: int | None  # None: no declared maximum
    flags: int  # 1: a maximum, 2: shared, 4: 64-bit, 8: a custom page size
    page_size: int = 65536

    @property
    def shared(self) -> bool:
        """Declared ``shared`` (threads)."""
        return bool(self.flags & 0x02)

    @property
    def memory64(self) -> bool:
        """Indexed by i64 (memory64)."""
        return bool(self.flags & 0x04)


def limits(data: bytes, pos: int) -> tuple[int, int | None, int, int]:
    """A limits field at ``pos``: ``(minimum, maximum or None, flags, position after it)``.

    Raises:
        ValueError, IndexError: it runs past the end of ``data``.
    """
    flags = data[pos]
    minimum, pos = uleb(data, pos + 1)
    maximum = None
    if flags & 1:
        maximum, pos = uleb(data, pos)
    return minimum, maximum, flags, pos


def memory_type(data: bytes, pos: int) -> tuple[MemoryType, int]:
    """The memory type at ``pos`` (a memory section entry or a memory import): ``(type, position after it)``.

    Raises:
        ValueError, IndexError: it runs past the end of ``data``, or its page size is not a power of two
            up to 64 KiB.
    """
    minimum, maximum, flags, pos = limits(data, pos)
    page = 65536
    if flags & 0x08:  # custom-page-sizes: log2 of the page size follows
        log2, pos = uleb(data, pos)
        if log2 > 16:
            raise ValueError(f"page size 2**{log2} is over 64 KiB")
        page = 1 << log2
    return MemoryType(minimum, maximum, flags, page), pos


def memory_types(wasm: bytes) -> list[MemoryType]:
    """The type of each memory the module defines (its memory section), in order.

    Raises:
        ValueError, IndexError: the section runs past the end of ``wasm``.
    """
    for sid, pos, _end in sections(wasm):
        if sid != MEMORY_SECTION:
            continue
        count, pos = uleb(wasm, pos)
        found = []
        for _ in range(count):
            mem, pos = memory_type(wasm, pos)
            found.append(mem)
        return found
    return []
