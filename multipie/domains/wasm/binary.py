"""Reading a core Wasm module's binary directly: LEB128 numbers, the section walk, export names.

For what is wanted before (or without) compiling: which engine to compile a command for first
(:mod:`.service`), and the checks on modules holding shared regions (:mod:`.holders`). Malformed
input raises ``ValueError`` or ``IndexError``; callers decide what that means.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["EXPORT_SECTION", "MEMORY_SECTION", "TABLE_SECTION", "exports_function", "memory_flags", "sections", "uleb"]

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


def memory_flags(wasm: bytes) -> list[int]:
    """The limits flags of each memory the module defines (its memory section), in order."""
    for sid, pos, _end in sections(wasm):
        if sid != MEMORY_SECTION:
            continue
        count, pos = uleb(wasm, pos)
        flags = []
        for _ in range(count):
            flags.append(wasm[pos])
            _, pos = uleb(wasm, pos + 1)  # minimum
            if flags[-1] & 1:  # a maximum follows
                _, pos = uleb(wasm, pos)
            if flags[-1] & 8:  # a custom page size follows
                _, pos = uleb(wasm, pos)
        return flags
    return []
