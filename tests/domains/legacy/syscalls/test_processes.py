"""Process calls: arch_prctl (the TLS base), exit and abort."""

from __future__ import annotations

import errno
import struct

import pytest

from multipie.domains.legacy.syscalls import ProcessExit, Sys
from tests.domains.legacy.syscalls.harness import Harness


def test_arch_prctl(h: Harness) -> None:
    assert h(Sys.arch_prctl, 0x1002, 0x7000) == 0 and h.fs_bases == [0x7000]
    out = h.alloc(8)
    assert h(Sys.arch_prctl, 0x1003, out) == 0 and struct.unpack_from("<Q", h.buf, out)[0] == 0x7000
    assert h(Sys.arch_prctl, 0x1002, 1 << 60) == -errno.EPERM


def test_exit_and_abort(h: Harness) -> None:
    with pytest.raises(ProcessExit) as info:
        h(Sys.exit_group, 3)
    assert info.value.code == 3 and info.value.signal is None
    with pytest.raises(ProcessExit) as info:
        h(Sys.tgkill, 1, 1, 6)
    assert info.value.code == 134 and info.value.signal == 6


def test_nice_values_are_kept_for_the_calling_process(h: Harness) -> None:
    assert h(Sys.getpriority, 0, 0) == 20  # nice 0, as the raw call returns it
    assert h(Sys.setpriority, 0, 0, 5) == 0 and h(Sys.getpriority, 0, 0) == 15
    assert h(Sys.setpriority, 0, 0, 99) == 0 and h(Sys.getpriority, 0, h.p.info.pid) == 1  # clamped to 19
    assert h(Sys.getpriority, 0, 4242) == -errno.ESRCH and h(Sys.getpriority, 7, 0) == -errno.EINVAL
