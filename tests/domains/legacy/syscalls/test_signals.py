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


def test_new_action_and_mask_are_read_before_the_old_ones_are_written(h: Harness) -> None:
    # Linux's order: act and old (set and old) may be one buffer
    h(Sys.rt_sigaction, 10, h.put(struct.pack("<4Q", 0x401000, 0, 0, 0)), 0, 8)
    both = h.put(struct.pack("<4Q", 1, 0, 0, 1 << 8 | 1 << 18 | 1))
    assert h(Sys.rt_sigaction, 10, both, both, 8) == 0
    assert struct.unpack_from("<Q", h.buf, both)[0] == 0x401000  # the old action came back
    assert h.p.signals.action(10) == struct.pack("<4Q", 1, 0, 0, 1)  # SIGKILL/SIGSTOP left sa_mask
    h.p.sigmask = 0b10
    set_ = h.put(struct.pack("<Q", 0b1))
    assert h(Sys.rt_sigprocmask, 0, set_, set_, 8) == 0
    assert struct.unpack_from("<Q", h.buf, set_)[0] == 0b10 and h.p.sigmask == 0b11


def test_signal_calls_check_the_set_size(h: Harness) -> None:
    old = h.alloc(32)
    assert h(Sys.rt_sigaction, 10, 0, old, 4) == -errno.EINVAL
    assert h(Sys.rt_sigprocmask, 0, 0, old, 16) == -errno.EINVAL
    assert h(Sys.rt_sigaction, 10, 8, 0, 8) == -errno.EFAULT

