"""The one readiness model: what ``poll``, ``select`` and ``epoll`` ask of every open file.

Every :class:`~multipie.resources.fs.OpenFile` answers three questions (defaults on the base
class, overridden by pipes, sockets, eventfds and epoll instances):

- ``poll_events()`` — the ``POLL*`` bits true *now* (``POLLIN``: a read would not block, ...);
- ``generation`` — a counter that changes whenever those bits may have changed (data arrived,
  room appeared, the peer left). Edge-triggered ``epoll`` reports a file again only when its
  generation moved, as Linux reports each new arrival;
- ``host_wait()`` — for a file backed by a host object (a granted host socket): the host fd
  and ``POLL*`` bits to wait for, so the scheduler can sleep in the host kernel instead of
  spinning; ``None`` for everything that lives inside the domain.

Nothing here blocks: waiting is the scheduler's business (``multipie.domains.legacy.kernel``);
:func:`wait_host` is the one place the host sleeps on host fds for a parked domain.
"""

from __future__ import annotations

import math
import select
import time
from collections.abc import Sequence

__all__ = [
    "POLLERR",
    "POLLHUP",
    "POLLIN",
    "POLLNVAL",
    "POLLOUT",
    "POLLPRI",
    "POLLRDHUP",
    "POLLRDNORM",
    "POLLWRBAND",
    "POLLWRNORM",
    "READ_EVENTS",
    "WRITE_EVENTS",
    "normal",
    "sleep_until",
    "wait_host",
]

POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 0x1, 0x2, 0x4, 0x8, 0x10, 0x20
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLRDHUP = 0x40, 0x80, 0x100, 0x200, 0x2000
#: Bits ``select`` counts as "readable" / "writable" (as Linux's ``POLLIN_SET``/``POLLOUT_SET``).
READ_EVENTS = POLLIN | POLLRDNORM | POLLRDBAND | POLLHUP | POLLERR
WRITE_EVENTS = POLLOUT | POLLWRNORM | POLLWRBAND | POLLERR


def normal(events: int) -> int:
    """``events`` with the ``*NORM`` twins Linux adds to ``POLLIN``/``POLLOUT``."""
    if events & POLLIN:
        events |= POLLRDNORM
    if events & POLLOUT:
        events |= POLLWRNORM
    return events


def sleep_until(limit: float, hosts: Sequence[tuple[int, int]] = ()) -> bool:
    """Sleep until ``time.monotonic()`` reaches ``limit`` (``inf``: only a host fd ends it), or one of
    the host ``(fd, POLL* bits)`` is ready; returns True in the latter case."""
    left = limit - time.monotonic()
    if hosts:
        return wait_host(hosts, None if math.isinf(limit) else max(0.0, left))
    time.sleep(max(0.0, left))
    return False


def wait_host(fds: Sequence[tuple[int, int]], timeout: float | None) -> bool:
    """Sleep until one of the host ``(fd, POLL* bits)`` is ready or ``timeout`` seconds passed.

    Returns:
        True when a host fd is ready (the caller retries the parked calls), False on timeout.
    """
    p = select.poll()
    for fd, events in fds:
        p.register(fd, events)
    ms = None if timeout is None else max(0, int(timeout * 1000 + 0.999))
    try:
        return bool(p.poll(ms))
    except InterruptedError:
        return True
