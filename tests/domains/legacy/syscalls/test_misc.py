"""System information and randomness (with the identity, clock, tty and /proc answers a libc asks for at start)."""

from __future__ import annotations

import errno
import struct

from multipie.domains.legacy.syscalls import Sys
from tests.domains.legacy.syscalls.harness import Harness


def test_identity_time_random(h: Harness) -> None:
    assert h(Sys.getpid) == 1 and h(Sys.getuid) == 0 and h(Sys.getegid) == 0
    assert h(Sys.set_tid_address, 0x1234) == 1
    u = h.alloc(65 * 6)
    assert h(Sys.uname, u) == 0 and bytes(h.buf[u : u + 5]) == b"Linux"
    assert bytes(h.buf[u + 65 * 4 : u + 65 * 4 + 6]) == b"x86_64"
    ts = h.alloc(16)
    assert h(Sys.clock_gettime, 1, ts) == 0 and struct.unpack_from("<qq", h.buf, ts)[1] < 10**9
    assert h(Sys.clock_gettime, 99, ts) == -errno.EINVAL
    r = h.alloc(32)
    assert h(Sys.getrandom, r, 32, 0) == 32 and any(h.buf[r : r + 32])
    assert h(Sys.ioctl, 1, 0x5401, h.alloc(64)) == -errno.ENOTTY  # TCGETS
    assert h(Sys.ioctl, 1, 0x5413, h.alloc(8)) == -errno.ENOTTY  # TIOCGWINSZ
    link = h.alloc(64)
    assert h(Sys.readlink, h.s("/proc/self/exe"), link, 64) == len("/proc/self/exe")
