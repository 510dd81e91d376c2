"""Time system calls: clocks and sleeps (bounded by the run's deadline).

:data:`HANDLERS` is this family's part of the dispatch table.
"""

from __future__ import annotations

import errno as E
import struct
import time

from multipie.domains.legacy.syscalls.state import Blocked, Handler, Process
from multipie.domains.legacy.table import Sys
from multipie.errors import Timeout

__all__ = ["HANDLERS"]

_TIMESPEC = struct.Struct("<qq")


def sys_clock_gettime(proc: Process, clock: int, tp: int, *_: int) -> int:
    if clock in (0, 5, 8, 11):  # REALTIME (and _COARSE, _ALARM, TAI)
        ns = time.time_ns()
    elif clock in (1, 4, 6, 7, 9):  # MONOTONIC, _RAW, _COARSE, BOOTTIME
        ns = time.monotonic_ns()
    elif clock in (2, 3):  # PROCESS/THREAD_CPUTIME_ID
        ns = time.process_time_ns()
    else:
        return -E.EINVAL
    proc.mem.write(tp, _TIMESPEC.pack(ns // 10**9, ns % 10**9))
    return 0


def sys_clock_getres(proc: Process, clock: int, tp: int, *_: int) -> int:
    if not 0 <= clock <= 11 or clock == 10:  # the clocks clock_gettime serves
        return -E.EINVAL
    if tp:
        proc.mem.write(tp, _TIMESPEC.pack(0, 1))
    return 0


def sys_gettimeofday(proc: Process, tv: int, tz: int, *_: int) -> int:
    ns = time.time_ns()
    if tv:
        proc.mem.write(tv, struct.pack("<qq", ns // 10**9, (ns % 10**9) // 1000))
    return 0


def sys_time(proc: Process, tloc: int, *_: int) -> int:
    now = time.time_ns() // 10**9
    if tloc:
        proc.mem.put_u64(tloc, now)
    return now


def sys_nanosleep(proc: Process, req: int, rem: int, *_: int) -> int:
    sec, nsec = _TIMESPEC.unpack(proc.mem.read(req, 16))
    if sec < 0 or not 0 <= nsec < 10**9:
        return -E.EINVAL
    _sleep(proc, sec + nsec / 1e9)
    return 0


def _sleep(proc: Process, seconds: float) -> None:
    """Sleep on the host, but never past the run's deadline.

    With other processes (a kernel), the caller is parked instead and the scheduler runs
    the others meanwhile (:class:`Blocked` with ``until``).

    Raises:
        Timeout: the sleep would outlast the deadline (the run is stopped there).
        Blocked: the sleep is left to the scheduler.
    """
    if proc.kernel is not None and seconds > 0:
        until = time.monotonic() + seconds

        def woken() -> int:
            if time.monotonic() < until:
                raise Blocked("sleep", retry=woken, until=until)
            return 0

        raise Blocked("sleep", retry=woken, until=until)
    if proc.deadline is not None and time.monotonic() + seconds > proc.deadline:
        time.sleep(max(0.0, proc.deadline - time.monotonic()))
        raise Timeout("the program slept past its time limit and was stopped")
    time.sleep(seconds)


def sys_clock_nanosleep(proc: Process, clock: int, flags: int, req: int, rem: int, *_: int) -> int:
    if flags & 1:  # TIMER_ABSTIME
        sec, nsec = _TIMESPEC.unpack(proc.mem.read(req, 16))
        now = time.time_ns() if clock == 0 else time.monotonic_ns()
        _sleep(proc, max(0, sec * 10**9 + nsec - now) / 1e9)
        return 0
    return sys_nanosleep(proc, req, rem)


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.clock_gettime: sys_clock_gettime,
    Sys.clock_getres: sys_clock_getres,
    Sys.gettimeofday: sys_gettimeofday,
    Sys.time: sys_time,
    Sys.nanosleep: sys_nanosleep,
    Sys.clock_nanosleep: sys_clock_nanosleep,
}
