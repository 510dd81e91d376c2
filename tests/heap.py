"""The C allocator's bytes in use, for tests that show a loop leaks nothing natively (flat, not timed)."""

from __future__ import annotations

import ctypes


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                     "keepcost")
    ]  # fmt: skip


_libc = ctypes.CDLL(None)
_mallinfo2 = _libc.mallinfo2
_mallinfo2.restype = _MallInfo2
_mallinfo2.argtypes = []


def c_heap_in_use() -> int:
    """Bytes glibc's malloc has handed out and not had back (``mallinfo2``: arenas plus mmapped chunks)."""
    info = _mallinfo2()
    return int(info.uordblks + info.hblkhd)


def leaked_per_call(fn: object, calls: int = 20_000, warmup: int = 500) -> float:
    """Average growth of the C heap per call of ``fn()`` over ``calls`` calls, after ``warmup`` calls."""
    assert callable(fn)
    for _ in range(warmup):
        fn()
    before = c_heap_in_use()
    for _ in range(calls):
        fn()
    return (c_heap_in_use() - before) / calls
