"""Signal calls: dispositions and the mask are recorded."""

from __future__ import annotations

import errno
import struct

from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.syscalls.harness import Harness


def test_signals_recorded(h: Harness) -> None:
    act = h.put(struct.pack("<QQQQ", 0x401000, 0x04000000, 0, 0))
    old = h.alloc(32)
    assert h(Sys.rt_sigaction, 2, act, 0, 8) == 0
    assert h(Sys.rt_sigaction, 2, 0, old, 8) == 0
    assert struct.unpack_from("<Q", h.buf, old)[0] == 0x401000
    mask = h.put(struct.pack("<Q", 1 << 1))
    assert h(Sys.rt_sigprocmask, 0, mask, 0, 8) == 0 and h.p.sigmask == 2
    assert h(Sys.rt_sigaction, 0, act, 0, 8) == -errno.EINVAL
