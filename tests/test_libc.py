"""multipie.libc: each libc function declared once, callable as declared (anonymous memory round trip)."""

from __future__ import annotations

import ctypes
import mmap as pymmap
import os
import termios

from multipie import libc

PAGE = pymmap.PAGESIZE
MAP_FAILED = ctypes.c_void_p(-1).value


def _anon(length: int) -> int:
    addr = libc.mmap(
        None, length, pymmap.PROT_READ | pymmap.PROT_WRITE, pymmap.MAP_PRIVATE | pymmap.MAP_ANONYMOUS, -1, 0
    )
    assert addr not in (None, MAP_FAILED)
    return int(addr)


def test_mmap_madvise_mincore_munmap_round_trip() -> None:
    addr = _anon(2 * PAGE)
    ctypes.memset(addr, 7, PAGE)  # first page resident, second untouched
    vec = (ctypes.c_ubyte * 2)()
    assert libc.mincore(addr, 2 * PAGE, vec) == 0 and vec[0] & 1
    assert libc.madvise(addr, PAGE, pymmap.MADV_DONTNEED) == 0
    assert ctypes.string_at(addr, 4) == bytes(4)  # private anonymous memory reads back zero
    assert libc.munmap(addr, 2 * PAGE) == 0


def test_gil_holding_variants_map_and_protect() -> None:
    addr = libc.mmap_held(None, PAGE, pymmap.PROT_READ, pymmap.MAP_PRIVATE | pymmap.MAP_ANONYMOUS, -1, 0)
    assert addr not in (None, MAP_FAILED)
    assert libc.mprotect_held(addr, PAGE, pymmap.PROT_READ | pymmap.PROT_WRITE) == 0
    ctypes.memset(addr, 1, 8)
    assert libc.munmap(addr, PAGE) == 0


def test_gil_holding_copies_and_ioctl() -> None:
    addr = _anon(PAGE)
    libc.memset_held(addr, 0x5A, 64)
    libc.memmove_held(addr + 64, addr, 32)
    assert ctypes.string_at(addr + 60, 40) == b"\x5a" * 36 + bytes(4)
    r, w = os.pipe()
    try:
        os.write(w, b"abc")
        count = ctypes.c_int(0)
        assert libc.ioctl_held(r, termios.FIONREAD, ctypes.addressof(count)) == 0 and count.value == 3
    finally:
        os.close(r)
        os.close(w)
    assert libc.munmap(addr, PAGE) == 0


def test_failures_report_errno() -> None:
    assert libc.munmap(1, PAGE) == -1  # not page-aligned
    assert ctypes.get_errno() != 0


def test_one_declaration_per_function() -> None:
    assert libc.mmap.argtypes == libc.mmap_held.argtypes and libc.mmap.restype is ctypes.c_void_p
    libc.malloc_trim()  # callable with no arguments, returns nothing
