"""Thread calls of a one-thread program: its tid is its pid, a futex wait that could never end is refused."""

from __future__ import annotations

import errno
import struct

from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.syscalls.harness import Harness


def test_thread_ids_and_scheduling(h: Harness) -> None:
    assert h(Sys.gettid) == h(Sys.getpid) == 1
    assert h(Sys.set_tid_address, 0x1234) == 1 and h.p.clear_child_tid == 0x1234
    assert h(Sys.set_robust_list, 0, 24) == 0 and h(Sys.sched_yield) == 0
    mask = h.alloc(8)
    assert h(Sys.sched_getaffinity, 0, 8, mask) == 8 and struct.unpack_from("<Q", h.buf, mask)[0] == 1
    assert h(Sys.sched_getaffinity, 0, 4, mask) == -errno.EINVAL


def test_futex_never_waits_forever(h: Harness) -> None:
    word = h.put(struct.pack("<I", 7))
    assert h(Sys.futex, word, 1, 1) == 0  # FUTEX_WAKE: nobody to wake
    assert h(Sys.futex, word, 0, 7) == -errno.EDEADLK  # the value matches: nobody could ever wake it
    assert h(Sys.futex, word, 0, 8) == -errno.EAGAIN  # the value changed: return at once
    assert h(Sys.futex, word, 0x80, 8) == -errno.EAGAIN  # FUTEX_PRIVATE_FLAG is ignored
    assert h(Sys.futex, word, 9, 0) == -errno.ENOSYS
