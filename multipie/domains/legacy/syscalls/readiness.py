"""Readiness system calls: ``poll``, ``ppoll``, ``select``, ``pselect6``, ``epoll_*``, ``eventfd``.

Every open file answers the same three questions (:mod:`multipie.resources.readiness`), so one
wait serves them all: a call that finds nothing ready and may wait raises
:class:`~multipie.domains.legacy.syscalls.state.Blocked` (kind ``"poll"``) with a retry that looks
again, the deadline of its timeout (``until``) and the host fds of granted host sockets it watches,
and the scheduler parks the process until another process, the host or the clock changes something.
A signal ends the wait with ``EINTR``; the ``p*`` variants install their signal mask for the
wait (restored after it, or after the handler: the ``sigsuspend`` rule).
"""

from __future__ import annotations

import errno as E
import os
import struct
import time
from collections.abc import Callable

from multipie.domains.legacy.syscalls.state import RLIMITS, Blocked, Handler, Process, s32
from multipie.domains.legacy.table import Sys
from multipie.resources.epoll import Epoll
from multipie.resources.eventfd import EFD_SEMAPHORE, EventFd
from multipie.resources.fs import FsError
from multipie.resources.readiness import (
    POLLERR,
    POLLHUP,
    POLLIN,
    POLLNVAL,
    POLLOUT,
    POLLPRI,
    READ_EVENTS,
    WRITE_EVENTS,
)

__all__ = ["HANDLERS", "wait"]

_EPOLL_EVENT = struct.Struct("<IQ")  # packed on x86-64


def wait(proc: Process, look: Callable[[bool], int], timeout: float | None,
         hosts: Callable[[], list[tuple[int, int]]], restore: Callable[[], None] | None = None) -> int:  # fmt: skip
    """Serve a readiness call: ``look(final)`` returns the count ready (``final``: write results even if 0).

    Returns at once when something is ready or ``timeout`` is 0; else parks the caller (``Blocked``)
    until something is ready or ``timeout`` seconds passed.
    """
    n = look(False)
    if n or timeout == 0 or proc.kernel is None:
        if not n:
            look(True)
        if restore is not None:
            restore()
        return n
    until = None if timeout is None else time.monotonic() + timeout

    def again() -> int:
        got = look(False)
        if not got and (until is None or time.monotonic() < until):
            raise Blocked("poll", retry=again, until=until, host=tuple(hosts()))
        if not got:
            look(True)
        if restore is not None:
            restore()
        return got

    raise Blocked("poll", retry=again, until=until, host=tuple(hosts()))


def _mask(proc: Process, ptr: int, size: int) -> Callable[[], None] | None:
    """Install the signal mask at ``ptr`` for a ``p*`` call; returns how to put the old one back."""
    if not ptr:
        return None
    if size != 8:
        raise FsError(E.EINVAL, "sigsetsize")
    old = proc.sigmask
    proc.saved_mask, proc.sigmask = old, proc.mem.u64(ptr)  # the setter drops SIGKILL, SIGSTOP

    def restore() -> None:
        proc.sigmask, proc.saved_mask = old, None

    return restore


def _timespec(proc: Process, ptr: int, usec: bool = False) -> float | None:
    if not ptr:
        return None
    sec, frac = struct.unpack("<qq", proc.mem.read(ptr, 16))
    if sec < 0 or not 0 <= frac < (10**6 if usec else 10**9):
        raise FsError(E.EINVAL, "timeout")
    return sec + frac / (1e6 if usec else 1e9)


def _host(proc: Process, fd: int, events: int) -> list[tuple[int, int]]:
    entry = proc.fds.get(fd)
    w = entry.file.host_wait() if entry is not None else None
    return [(w[0], events & (POLLIN | POLLOUT | POLLPRI))] if w is not None else []


def _events(proc: Process, fd: int) -> int:
    """The ``POLL*`` bits of ``fd`` now: ``POLLNVAL`` when it is closed or ``O_PATH`` (no file to Linux's ``fdget``)."""
    entry = proc.fds.get(fd)
    if entry is None or entry.file.flags & os.O_PATH:
        return POLLNVAL
    return entry.file.poll_events()


def _poll(proc: Process, fds: int, nfds: int, timeout: float | None, restore: Callable[[], None] | None) -> int:
    if nfds > RLIMITS[7][0]:
        return -E.EINVAL
    raw = bytearray(proc.mem.read(fds, 8 * nfds))
    entries = [struct.unpack_from("<ihh", raw, 8 * i) for i in range(nfds)]

    def look(final: bool) -> int:
        ready = 0
        for i, (fd, events, _r) in enumerate(entries):
            rev = 0 if fd < 0 else _events(proc, fd) & ((events & 0xFFFF) | POLLERR | POLLHUP | POLLNVAL)  # always
            struct.pack_into("<H", raw, 8 * i + 6, rev & 0xFFFF)
            ready += rev != 0
        if ready or final:
            proc.mem.write(fds, bytes(raw))
        return ready

    def hosts() -> list[tuple[int, int]]:
        return [w for fd, ev, _r in entries for w in _host(proc, fd, ev)]

    return wait(proc, look, timeout, hosts, restore)


def sys_poll(proc: Process, fds: int, nfds: int, timeout: int, *_: int) -> int:
    ms = s32(timeout)
    return _poll(proc, fds, nfds, None if ms < 0 else ms / 1000, None)


def sys_ppoll(proc: Process, fds: int, nfds: int, tmo: int, sigmask: int, size: int, *_: int) -> int:
    timeout = _timespec(proc, tmo)
    return _poll(proc, fds, nfds, timeout, _mask(proc, sigmask, size))


def _select(proc: Process, nfds: int, sets: tuple[int, int, int], timeout: float | None,
            restore: Callable[[], None] | None) -> int:  # fmt: skip
    n = s32(nfds)
    if n < 0:
        return -E.EINVAL
    n = min(n, RLIMITS[7][0])  # Linux clamps to the fd table's size
    size = ((n + 63) // 64) * 8
    wanted = [int.from_bytes(proc.mem.read(p, size), "little") if p and size else 0 for p in sets]
    fds = [fd for fd in range(n) if any(w >> fd & 1 for w in wanted)]
    for fd in fds:
        proc.file(fd, path=True)  # EBADF (an O_PATH fd is selectable: POLLNVAL, ready in every set, as on Linux)
    tests = (READ_EVENTS | POLLNVAL, WRITE_EVENTS | POLLNVAL, POLLPRI | POLLNVAL)

    def look(final: bool) -> int:
        got = [0, 0, 0]
        for fd in fds:
            ev = _events(proc, fd)
            for k in range(3):
                if wanted[k] >> fd & 1 and ev & tests[k]:
                    got[k] |= 1 << fd
        count = sum(bin(g).count("1") for g in got)
        if count or final:
            for p, g in zip(sets, got, strict=True):
                if p and size:
                    proc.mem.write(p, g.to_bytes(size, "little"))
        return count

    def hosts() -> list[tuple[int, int]]:
        return [w for fd in fds for w in _host(proc, fd, (POLLIN if wanted[0] >> fd & 1 else 0)
                                                   | (POLLOUT if wanted[1] >> fd & 1 else 0))]  # fmt: skip

    return wait(proc, look, timeout, hosts, restore)


def sys_select(proc: Process, nfds: int, r: int, w: int, x: int, tv: int, *_: int) -> int:
    timeout = _timespec(proc, tv, usec=True)
    end = None if timeout is None else time.monotonic() + timeout

    def left() -> None:  # Linux writes the time left back into the timeval
        if tv and end is not None:
            rem = max(0.0, end - time.monotonic())
            proc.mem.write(tv, struct.pack("<qq", int(rem), int(rem % 1 * 1e6)))

    return _select(proc, nfds, (r, w, x), timeout, left)


def sys_pselect6(proc: Process, nfds: int, r: int, w: int, x: int, ts: int, sig: int) -> int:
    timeout = _timespec(proc, ts)
    restore = None
    if sig:
        ptr, size = struct.unpack("<QQ", proc.mem.read(sig, 16))
        restore = _mask(proc, ptr, size)
    return _select(proc, nfds, (r, w, x), timeout, restore)


def sys_epoll_create(proc: Process, size: int, *_: int) -> int:
    if s32(size) <= 0:
        return -E.EINVAL
    return proc.install(Epoll())


def sys_epoll_create1(proc: Process, flags: int, *_: int) -> int:
    if flags & ~os.O_CLOEXEC:
        return -E.EINVAL
    return proc.install(Epoll(), cloexec=bool(flags))


def _epoll(proc: Process, epfd: int) -> Epoll:
    ep = proc.file(epfd)
    if not isinstance(ep, Epoll):
        raise FsError(E.EINVAL, f"fd {epfd} is not an epoll")
    return ep


def sys_epoll_ctl(proc: Process, epfd: int, op: int, fd: int, event: int, *_: int) -> int:
    ep = _epoll(proc, epfd)
    f = proc.file(fd)
    events, data = (0, 0) if op == 2 else _EPOLL_EVENT.unpack(proc.mem.read(event, _EPOLL_EVENT.size))
    ep.ctl(op, s32(fd), f, events, data)
    return 0


def _epoll_wait(proc: Process, epfd: int, out: int, maxevents: int, timeout: float | None,
                restore: Callable[[], None] | None) -> int:  # fmt: skip
    n = s32(maxevents)
    if n <= 0 or n > (1 << 31) // _EPOLL_EVENT.size:
        return -E.EINVAL
    ep = _epoll(proc, epfd)  # ``out`` is only checked when written (Linux: access_ok, then EFAULT on copy)

    def look(final: bool) -> int:
        got = ep.ready(n)
        if got:
            proc.mem.write(out, b"".join(_EPOLL_EVENT.pack(ev, data) for ev, data in got))
        return len(got)

    return wait(proc, look, timeout, ep.host_waits, restore)


def sys_epoll_wait(proc: Process, epfd: int, out: int, maxevents: int, timeout: int, *_: int) -> int:
    ms = s32(timeout)
    return _epoll_wait(proc, epfd, out, maxevents, None if ms < 0 else ms / 1000, None)


def sys_epoll_pwait(proc: Process, epfd: int, out: int, maxevents: int, timeout: int, sig: int, size: int) -> int:
    ms = s32(timeout)
    return _epoll_wait(proc, epfd, out, maxevents, None if ms < 0 else ms / 1000, _mask(proc, sig, size))


def sys_epoll_pwait2(proc: Process, epfd: int, out: int, maxevents: int, ts: int, sig: int, size: int) -> int:
    return _epoll_wait(proc, epfd, out, maxevents, _timespec(proc, ts), _mask(proc, sig, size))


def sys_eventfd2(proc: Process, initval: int, flags: int, *_: int) -> int:
    if flags & ~(os.O_CLOEXEC | os.O_NONBLOCK | EFD_SEMAPHORE):
        return -E.EINVAL
    efd = EventFd(initval & 0xFFFFFFFF, semaphore=bool(flags & EFD_SEMAPHORE), nonblock=bool(flags & os.O_NONBLOCK))
    return proc.install(efd, cloexec=bool(flags & os.O_CLOEXEC))


def sys_eventfd(proc: Process, initval: int, *_: int) -> int:
    return sys_eventfd2(proc, initval, 0)


#: This family's system calls: number → handler.
HANDLERS: dict[Sys, Handler] = {
    Sys.poll: sys_poll,
    Sys.ppoll: sys_ppoll,
    Sys.select: sys_select,
    Sys.pselect6: sys_pselect6,
    Sys.epoll_create: sys_epoll_create,
    Sys.epoll_create1: sys_epoll_create1,
    Sys.epoll_ctl: sys_epoll_ctl,
    Sys.epoll_wait: sys_epoll_wait,
    Sys.epoll_pwait: sys_epoll_pwait,
    Sys.epoll_pwait2: sys_epoll_pwait2,
    Sys.eventfd: sys_eventfd,
    Sys.eventfd2: sys_eventfd2,
}
