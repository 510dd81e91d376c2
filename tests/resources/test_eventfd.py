"""eventfd counters: reads take the count (or 1), writes add, overflow and zero wait or fail."""

from __future__ import annotations

import errno

import pytest

from multipie.resources.eventfd import EventFd
from multipie.resources.fs import FsError, WouldBlock
from multipie.resources.readiness import POLLIN, POLLOUT


def test_counter_and_semaphore() -> None:
    e = EventFd(3)
    assert e.read(8) == (3).to_bytes(8, "little")
    with pytest.raises(WouldBlock):
        e.read(8)
    s = EventFd(2, semaphore=True, nonblock=True)
    assert s.read(8) == (1).to_bytes(8, "little") and s.read(8) == (1).to_bytes(8, "little")
    with pytest.raises(FsError) as exc:
        s.read(8)
    assert exc.value.errno == errno.EAGAIN and not isinstance(exc.value, WouldBlock)


def test_writes_and_their_limits() -> None:
    e = EventFd(0, nonblock=True)
    g = e.generation
    assert e.write((5).to_bytes(8, "little")) == 8 and e.count == 5 and e.generation != g
    for bad, err in ((b"\x01" * 4, errno.EINVAL), (b"\xff" * 8, errno.EINVAL)):
        with pytest.raises(FsError) as exc:
            e.write(bad)
        assert exc.value.errno == err
    with pytest.raises(FsError) as exc:
        e.write(((1 << 64) - 2).to_bytes(8, "little"))
    assert exc.value.errno == errno.EAGAIN
    with pytest.raises(FsError) as exc:
        e.read(4)
    assert exc.value.errno == errno.EINVAL


def test_readiness() -> None:
    e = EventFd(0)
    assert e.poll_events() & (POLLIN | POLLOUT) == POLLOUT
    e.write((1).to_bytes(8, "little"))
    assert e.poll_events() & POLLIN
