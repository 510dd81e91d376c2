"""Time system calls: clocks, sleeps (bounded by the run's deadline) and the real-time interval timer.

:data:`HANDLERS` is this family's part of the dispatch table.
"""

from __future__ import annotations

import errno as E
import struct
import time

from multipie.domains.legacy.syscalls.state import Blocked, Handler, Process, s32
from multipie.domains.legacy.table import Sys
from multipie.errors import Timeout

__all__ = ["HANDLERS", "cpu_clock"]

_TIMESPEC = struct.Struct("<qq")


def cpu_clock(clock: int) -> tuple[int, bool] | None:
    """``(target, per-thread)`` of a CPU-time clock id, or ``None`` when ``clock`` is none.

    ``CLOCK_PROCESS_CPUTIME_ID``/``CLOCK_THREAD_CPUTIME_ID`` name the caller (target 0); a negative
    id is Linux's encoding of another process's or thread's clock (``clock_getcpuclockid``,
    ``pthread_getcpuclockid``): ``~pid << 3 | per-thread << 2 | which``, ``which`` < 3.
    """
    if clock in (2, 3):
        return 0, clock == 3
    c = s32(clock)
    if c >= 0 or c & 3 == 3:
        return None
    return ~(c >> 3), bool(c & 4)


def sys_clock_gettime(proc: Process, clock: int, tp: int, *_: int) -> int:
    if clock in (0, 5, 8, 11):  # REALTIME (and _COARSE, _ALARM, TAI)
        ns = time.time_ns()
    elif clock in (1, 4, 6, 7, 9):  # MONOTONIC, _RAW, _COARSE, BOOTTIME
        ns = time.monotonic_ns()
    elif (cpu := cpu_clock(clock)) is not None:  # the program's own CPU time, never the runtime's
        if proc.kernel is None:  # a lone process outside a run: only its own clocks
            if cpu[0] not in (0, proc.info.pid):
                return -E.EINVAL
            ns = time.thread_time_ns()
        else:
            ns = proc.kernel.cpu_time(proc, cpu[0], thread=cpu[1])
            if ns < 0:
                return -E.EINVAL  # Linux: no such process or thread is EINVAL here
    else:
        return -E.EINVAL
    proc.mem.write(tp, _TIMESPEC.pack(ns // 10**9, ns % 10**9))
    return 0


def sys_clock_getres(proc: Process, clock: int, tp: int, *_: int) -> int:
    if not (0 <= clock <= 11 and clock != 10) and cpu_clock(clock) is None:  # the clocks clock_gettime serves
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


ITIMER_REAL = 0
_ITIMERVAL = struct.Struct("<qqqq")  # it_interval, it_value: struct timeval each


def _timeval(sec: int, usec: int) -> float | None:
    return sec + usec / 1e6 if sec >= 0 and 0 <= usec < 10**6 else None


def _put_timer(proc: Process, addr: int, left: float, every: float) -> None:
    def tv(t: float) -> tuple[int, int]:
        us = round(t * 1e6)
        return us // 10**6, us % 10**6

    proc.mem.write(addr, _ITIMERVAL.pack(*tv(every), *tv(left)))


def sys_setitimer(proc: Process, which: int, new: int, old: int, *_: int) -> int:
    """``ITIMER_REAL``: ``SIGALRM`` to the process (the scheduler's timer); the CPU-time timers are refused."""
    if which != ITIMER_REAL:
        return -E.EINVAL if which > 2 else proc.denied(Sys.setitimer, which, new, old)
    if proc.kernel is None:
        return proc.denied(Sys.setitimer, which, new, old)
    if new:
        isec, iusec, vsec, vusec = _ITIMERVAL.unpack(proc.mem.read(new, 32))
        every, value = _timeval(isec, iusec), _timeval(vsec, vusec)
        if every is None or value is None:
            return -E.EINVAL
    else:
        every = value = 0.0  # Linux: a NULL new value disarms (with a warning)
    if old:
        proc.mem._off(old, 32)
    left, was = proc.kernel.set_timer(proc, value, every)
    if old:
        _put_timer(proc, old, left, was)
    return 0


def sys_getitimer(proc: Process, which: int, cur: int, *_: int) -> int:
    if which != ITIMER_REAL:
        return -E.EINVAL if which > 2 else proc.denied(Sys.getitimer, which, cur)
    if proc.kernel is None:
        return proc.denied(Sys.getitimer, which, cur)
    proc.mem._off(cur, 32)
    left, every = proc.kernel.set_timer(proc, None, 0.0)
    _put_timer(proc, cur, left, every)
    return 0


def sys_alarm(proc: Process, seconds: int, *_: int) -> int:
    """``alarm``: the ``ITIMER_REAL`` in whole seconds; returns the seconds left of the previous one."""
    if proc.kernel is None:
        return proc.denied(Sys.alarm, seconds)
    left = proc.kernel.set_timer(proc, float(seconds & 0xFFFFFFFF), 0.0)[0]
    return max(round(left), 1) if left else 0  # rounded to the nearest second, never 0 while armed


_RUSAGE = struct.Struct("<4q14q")  # ru_utime, ru_stime (struct timeval each), then 14 counters
_TMS = struct.Struct("<4q")
CLK_TCK = 100


def _cpu_ns(proc: Process, target: int, *, thread: bool = False) -> int:
    """CPU nanoseconds of the caller (0), its thread, or its reaped children (-1); see ``ProcessHost.cpu_time``."""
    if proc.kernel is None:  # a lone process outside a run: the calling host thread, no children
        return time.thread_time_ns() if target == 0 else 0
    return max(proc.kernel.cpu_time(proc, target, thread=thread), 0)


def sys_getrusage(proc: Process, who: int, usage: int, *_: int) -> int:
    """CPU time as ``ru_utime`` (guest and host work are not told apart: ``ru_stime`` 0); the counters 0."""
    who = s32(who)
    if who not in (0, -1, 1):  # RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD
        return -E.EINVAL
    us = _cpu_ns(proc, -1 if who == -1 else 0, thread=who == 1) // 1000
    proc.mem.write(usage, _RUSAGE.pack(us // 10**6, us % 10**6, 0, 0, *[0] * 14))
    return 0


def sys_times(proc: Process, buf: int, *_: int) -> int:
    """``struct tms`` in clock ticks (100 a second), as ``getrusage``; returns ticks of ``CLOCK_MONOTONIC``."""
    if buf:
        mine, kids = _cpu_ns(proc, 0), _cpu_ns(proc, -1)
        proc.mem.write(buf, _TMS.pack(mine * CLK_TCK // 10**9, 0, kids * CLK_TCK // 10**9, 0))
    return time.monotonic_ns() * CLK_TCK // 10**9


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.clock_gettime: sys_clock_gettime,
    Sys.clock_getres: sys_clock_getres,
    Sys.gettimeofday: sys_gettimeofday,
    Sys.time: sys_time,
    Sys.nanosleep: sys_nanosleep,
    Sys.clock_nanosleep: sys_clock_nanosleep,
    Sys.alarm: sys_alarm,
    Sys.setitimer: sys_setitimer,
    Sys.getitimer: sys_getitimer,
    Sys.getrusage: sys_getrusage,
    Sys.times: sys_times,
}
