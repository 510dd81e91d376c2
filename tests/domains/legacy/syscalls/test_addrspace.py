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
