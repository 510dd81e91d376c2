"""The program's memory as the host sees it: pointers outside it are EFAULT and leave no trace."""

from __future__ import annotations

import errno

import pytest

from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.syscalls.harness import MEM, Harness


@pytest.mark.parametrize("bad", [0, 8, 4095, MEM - 2, MEM + 100, 1 << 63])
def test_bad_pointers_are_efault(h: Harness, bad: int) -> None:
    h.buf[MEM - 2 :] = b"ab"  # a string running off the end of memory
    assert h(Sys.write, 1, bad, 16) == -errno.EFAULT
    assert h(Sys.read, 0, bad, 16) == -errno.EFAULT
    assert h(Sys.open, bad, 0, 0) == -errno.EFAULT
    assert h(Sys.uname, bad) == -errno.EFAULT
    assert h(Sys.writev, 1, bad, 1) == -errno.EFAULT
    assert h(Sys.clock_gettime, 0, bad) == -errno.EFAULT
    assert h.out == b""
    # input was not consumed by a read that faulted
    buf = h.alloc(5)
    assert h(Sys.read, 0, buf, 5) == 5 and bytes(h.buf[buf : buf + 5]) == b"input"


def _protected(h: Harness) -> int:
    """Give the harness's process page protections; returns a 4-page mapping's address."""
    from multipie.domains.legacy.sysarea import region0
    from multipie.domains.legacy.syscalls.protections import Protections

    h.space.prot = Protections(MEM, region0=region0(), guard=MEM)  # (the guard lies past memory: none)
    return h(Sys.mmap, 0, 4 * 4096, 3, 0x22, -1, 0)


def test_buffers_the_program_may_not_access_are_efault(h: Harness) -> None:
    """Linux's copies to and from user space respect the page protections; so do the host's (ProtectedMemory)."""
    p = _protected(h)
    h.buf[p : p + 8] = b"secret!\n"
    assert h(Sys.mprotect, p, 4096, 0) == 0  # PROT_NONE
    assert h(Sys.mprotect, p + 4096, 4096, 1) == 0  # PROT_READ
    assert h(Sys.write, 1, p, 8) == -errno.EFAULT and h.out == b""
    assert h(Sys.read, 0, p + 4096, 5) == -errno.EFAULT  # not writable: input stays
    assert h(Sys.read, 0, p + 4096 - 2, 5) == -errno.EFAULT  # straddling into it
    assert h(Sys.open, p, 0, 0) == -errno.EFAULT
    assert h(Sys.write, 1, p + 4096, 8) == 8  # readable is enough to be written from
    assert h(Sys.read, 0, p + 2 * 4096, 5) == 5 and bytes(h.buf[p + 2 * 4096 : p + 2 * 4096 + 5]) == b"input"


def test_mmap_and_mremap_work_on_pages_whatever_their_old_protection(h: Harness) -> None:
    """Filling a file mapping and moving pages are the kernel's work: the old protections do not apply."""
    p = _protected(h)
    assert h(Sys.mprotect, p, 4 * 4096, 0) == 0
    fd = h(Sys.open, h.s("/etc/motd"), 0, 0)
    assert h(Sys.mmap, p, 4096, 1, 0x12, fd, 0) == p  # MAP_FIXED over PROT_NONE pages
    assert bytes(h.buf[p : p + 5]) == b"hello"
    h.buf[p + 4096] = 7
    moved = h(Sys.mremap, p + 4096, 4096, 8192, 1, 0)
    assert moved > 0 and h.buf[moved] == 7


def test_a_break_given_back_is_read_write_when_taken_again(h: Harness) -> None:
    _protected(h)
    start = h(Sys.brk, 0)
    assert h(Sys.brk, start + 4 * 4096) == start + 4 * 4096
    assert h(Sys.mprotect, start, 8192, 1) == 0
    assert h.space.prot is not None and h.space.prot.prot_at(start) == 1
    h(Sys.brk, start)
    h(Sys.brk, start + 4 * 4096)
    assert h.space.prot.prot_at(start) == h.space.prot.prot_at(start + 4096) == 3


def test_paths_are_read_whole_or_refused_as_linux_does(h: Harness) -> None:
    """A path of any length up to the limit reads whole (a short copy first, the rest when there is no NUL in it);
    an unreadable byte anywhere before its NUL is EFAULT, also when the path is too long; too long is ENAMETOOLONG."""
    p = _protected(h)  # four read-write pages
    mem = h.p.mem
    for n in (0, 1, 255, 256, 257, 4000, 4095):
        path = (b"/p" * n)[:n]
        h.buf[p : p + n + 1] = path + b"\0"
        assert mem.cstring(p, 4096) == path
        assert h(Sys.open, p, 0, 0) == -errno.ENOENT or n == 1  # ("/" opens)
    h.buf[p : p + 4097] = b"q" * 4097
    with pytest.raises(OSError) as err:
        mem.cstring(p, 4096)
    assert err.value.errno == errno.ENAMETOOLONG and h(Sys.open, p, 0, 0) == -errno.ENAMETOOLONG
    h.buf[p + 4096 + 300 : p + 4096 + 301] = b"\0"  # a NUL on the next page, which becomes unreadable
    assert h(Sys.mprotect, p + 4096, 4096, 0) == 0
    assert h(Sys.open, p + 4096 - 10, 0, 0) == -errno.EFAULT  # (the string crosses into it)
    assert h(Sys.open, p + 4096 + 5, 0, 0) == -errno.EFAULT  # (it starts there, NUL and all)
    h.buf[p + 4096 : p + 2 * 4096] = b"r" * 4096  # no NUL at all in the unreadable page, nor after it
    h.buf[p + 2 * 4096 : p + 3 * 4096] = b"r" * 4096
    assert h(Sys.open, p + 4096, 0, 0) == -errno.EFAULT  # not ENAMETOOLONG: the first byte faults
