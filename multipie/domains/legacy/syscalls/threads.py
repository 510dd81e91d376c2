"""Thread system calls: thread ids, robust lists, futexes, scheduling.

A program has one thread today, so a futex wait can never be woken and a wake has nobody to wake.
Threads (``clone`` with ``CLONE_THREAD``, real futexes) belong here. :data:`HANDLERS` is this
family's part of the dispatch table.
"""

from __future__ import annotations

import errno as E
import struct

from multipie.domains.legacy.syscalls.state import Handler, Process
from multipie.domains.legacy.table import Sys

__all__ = ["HANDLERS"]


def sys_gettid(proc: Process, *_: int) -> int:
    return proc.info.pid  # one thread: its id is the process id


def sys_set_tid_address(proc: Process, addr: int, *_: int) -> int:
    proc.clear_child_tid = addr
    return proc.info.pid


def sys_set_robust_list(proc: Process, *_: int) -> int:
    return 0


def sys_futex(proc: Process, addr: int, op: int, val: int, *_: int) -> int:
    cmd = op & 0x7F
    if cmd == 1:  # FUTEX_WAKE: nobody else is waiting in a single-threaded program
        return 0
    if cmd == 0:  # FUTEX_WAIT would wait forever
        return -E.EAGAIN if proc.mem.read(addr, 4) != struct.pack("<I", val & 0xFFFFFFFF) else -E.EDEADLK
    return -E.ENOSYS


def sys_sched_yield(proc: Process, *_: int) -> int:
    return 0


def sys_sched_getaffinity(proc: Process, pid: int, size: int, mask: int, *_: int) -> int:
    if size < 8:
        return -E.EINVAL
    proc.mem.write(mask, struct.pack("<Q", 1))
    return 8


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.gettid: sys_gettid,
    Sys.set_tid_address: sys_set_tid_address,
    Sys.set_robust_list: sys_set_robust_list,
    Sys.futex: sys_futex,
    Sys.sched_yield: sys_sched_yield,
    Sys.sched_getaffinity: sys_sched_getaffinity,
}
