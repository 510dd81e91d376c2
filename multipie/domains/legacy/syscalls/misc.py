"""System information and randomness: ``uname``, ``sysinfo``, ``getrandom``.

:data:`HANDLERS` is this family's part of the dispatch table.
"""

from __future__ import annotations

import errno as E
import os
import struct
import time

from multipie.domains.legacy.syscalls.state import Handler, Process
from multipie.domains.legacy.table import Sys

__all__ = ["HANDLERS"]


def sys_uname(proc: Process, buf: int, *_: int) -> int:
    fields = ("Linux", proc.info.hostname, "6.1.0-multipie", "#1 SMP multiPIE", "x86_64", "(none)")
    proc.mem.write(buf, b"".join(f.encode()[:64].ljust(65, b"\0") for f in fields))
    return 0


def sys_getrandom(proc: Process, buf: int, n: int, flags: int, *_: int) -> int:
    if flags & ~7 or flags & 6 == 6:  # GRND_NONBLOCK|GRND_RANDOM|GRND_INSECURE; RANDOM and INSECURE exclude
        return -E.EINVAL
    n = min(n, 1 << 20)
    proc.mem.write(buf, os.urandom(n))
    return n


def sys_sysinfo(proc: Process, buf: int, *_: int) -> int:
    up = int(time.monotonic())
    total = proc.space.top if proc.space is not None else 0
    proc.mem.write(buf, struct.pack("<q3Q6QH6x2QI4x", up, 0, 0, 0, total, total // 2, 0, 0, 0, 0, 1, 0, 0, 1))
    return 0


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.uname: sys_uname,
    Sys.getrandom: sys_getrandom,
    Sys.sysinfo: sys_sysinfo,
}
