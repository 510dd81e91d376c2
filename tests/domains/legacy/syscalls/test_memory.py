"""Memory calls: brk and mmap inside the program's memory, exhaustion and impossible requests."""

from __future__ import annotations

import errno

import pytest

from multipie.domains.legacy import sysarea
from multipie.domains.legacy.syscalls import Sys
from multipie.domains.legacy.syscalls.protections import HUGE, PROT_EXEC, PROT_READ, PROT_WRITE, Protections
from multipie.errors import OutOfMemory
from tests.domains.legacy.syscalls.harness import MEM, Harness


def test_brk_and_mmap(h: Harness) -> None:
    start = h(Sys.brk, 0)
    assert start == 0x200000
    assert h(Sys.brk, start + 10000) == start + 10000
    h.buf[start : start + 4] = b"used"
    a = h(Sys.mmap, 0, 8192, 3, 0x22, -1 & 0xFFFFFFFF, 0)
    assert a % 4096 == 0 and a > start
    h.buf[a : a + 4] = b"dirt"
    assert h(Sys.munmap, a, 8192) == 0
    b = h(Sys.mmap, 0, 8192, 3, 0x22, -1, 0)
    assert b == a and h.buf[b : b + 4] == bytes(4)  # reused and zeroed
    c = h(Sys.mremap, b, 8192, 65536, 1)
    assert c != b
    fd = h(Sys.open, h.s("/etc/motd"), 0, 0)
    m = h(Sys.mmap, 0, 4096, 1, 0x02, fd, 0)
    assert bytes(h.buf[m : m + 5]) == b"hello"
    assert h(Sys.mmap, 0, 4096, 3, 0x01, fd, 0) == -errno.EACCES  # shared + writable, file read-only: as Linux
    s = h(Sys.mmap, 0, 4096, 1, 0x01, fd, 0)  # shared read-only: the file's bytes
    assert s > 0 and bytes(h.buf[s : s + 5]) == b"hello"
    assert h(Sys.mmap, 0, 4096, 1, 0x02, fd, 100) == -errno.EINVAL  # offset not page-aligned
    assert h(Sys.mmap, 0, 4096, 1, 0x02, 1, 0) == -errno.EACCES  # stdout is not open for reading
    assert h(Sys.mmap, 0, 4096, 1, 0x02, 77, 0) == -errno.EBADF


def test_memory_exhaustion_is_out_of_memory(h: Harness) -> None:
    with pytest.raises(OutOfMemory):
        for _ in range(10000):
            h(Sys.mmap, 0, 1 << 20, 3, 0x22, -1, 0)
    cur = h(Sys.brk, 0)
    with pytest.raises(OutOfMemory):
        h(Sys.brk, cur + (1 << 20))


def test_a_reservation_that_does_not_fit_is_enomem(h: Harness) -> None:
    """MAP_NORESERVE (glibc's 128 MiB malloc arena of a new thread) past what is left: ENOMEM, not the domain's end."""
    big = 3 << 19  # fits the mapping area when empty, not after the 1 MiB below
    assert h(Sys.mmap, 0, 1 << 20, 3, 0x22, -1, 0) > 0  # some memory in use: the reservation below cannot fit now
    assert h(Sys.mmap, 0, big, 0, 0x22 | 0x4000, -1, 0) == -errno.ENOMEM
    with pytest.raises(OutOfMemory):
        h(Sys.mmap, 0, big, 3, 0x22, -1, 0)  # the same size, to be used: memory is exhausted


def test_impossible_requests_are_refused_not_fatal(h: Harness) -> None:
    cur = h(Sys.brk, 0)
    assert h(Sys.brk, cur + MEM) == cur  # can never fit: the old break, like Linux
    assert h(Sys.mmap, 0, MEM * 2, 3, 0x22, -1, 0) == -errno.ENOMEM
    assert h(Sys.mmap, 0, 0, 3, 0x22, -1, 0) == -errno.EINVAL


def _protected(h: Harness) -> Protections:
    """Give the harness's address space protections, as a machine does (no guard region inside its 4 MiB)."""
    h.space.prot = Protections(MEM, region0=sysarea.region0(), guard=MEM)
    return h.space.prot


def test_mmap_mprotect_munmap_set_the_protections(h: Harness) -> None:
    prot = _protected(h)
    a = h(Sys.mmap, 0, 3 * 4096, PROT_READ, 0x22, -1, 0)
    assert [prot.prot_at(a + i * 4096) for i in range(3)] == [PROT_READ] * 3
    assert h(Sys.mprotect, a + 4096, 4096, 0) == 0
    assert h(Sys.mprotect, a, 4096, PROT_READ | PROT_WRITE | PROT_EXEC) == 0
    assert [prot.prot_at(a + i * 4096) for i in range(3)] == [7, 0, PROT_READ]
    assert h(Sys.munmap, a, 3 * 4096) == 0
    assert [prot.prot_at(a + i * 4096) for i in range(3)] == [PROT_READ | PROT_WRITE] * 3  # default again
    assert (a // HUGE) not in prot.regions


def test_mprotect_checks_like_linux(h: Harness) -> None:
    prot = _protected(h)
    a = h(Sys.mmap, 0, 4 * 4096, 3, 0x22, -1, 0)
    assert h(Sys.munmap, a + 4096, 4096) == 0
    assert h(Sys.mprotect, a, 4 * 4096, PROT_READ) == -errno.ENOMEM  # a hole in the range
    assert prot.prot_at(a) == PROT_READ | PROT_WRITE  # nothing changed
    assert h(Sys.mprotect, a + 1, 4096, PROT_READ) == -errno.EINVAL
    assert h(Sys.mprotect, a, 4096, 0x1000) == -errno.EINVAL
    assert h(Sys.mprotect, a, 4096, 0x03000001) == -errno.EINVAL  # GROWSDOWN | GROWSUP
    assert h(Sys.mprotect, a, 0, PROT_READ) == 0


def test_mremap_moves_the_protections(h: Harness) -> None:
    prot = _protected(h)
    a = h(Sys.mmap, 0, 2 * 4096, 3, 0x22, -1, 0)
    assert h(Sys.mprotect, a + 4096, 4096, PROT_READ) == 0
    b = h(Sys.mremap, a, 2 * 4096, 64 * 4096, 1)
    assert b != a
    assert [prot.prot_at(b + i * 4096) for i in range(3)] == [3, PROT_READ, 3]
    assert prot.prot_at(a + 4096) == 3  # the old place is free again, with the default protection
