"""epoll interest lists: level, edge and one-shot reporting, ctl errors, closed files, rotation."""

from __future__ import annotations

import errno
import os

import pytest

from multipie.resources.epoll import EPOLL_CTL_ADD, EPOLL_CTL_DEL, EPOLL_CTL_MOD, EPOLLET, EPOLLONESHOT, Epoll
from multipie.resources.eventfd import EventFd
from multipie.resources.fs import FsError, PipeBuffer, PipeEnd
from multipie.resources.fs.private import MemFile, PrivateArea
from multipie.resources.fs.streams import StreamFile
from multipie.resources.readiness import POLLIN

ONE = (1).to_bytes(8, "little")


def test_level_edge_oneshot() -> None:
    ep, e = Epoll(), EventFd()
    ep.ctl(EPOLL_CTL_ADD, 3, e, POLLIN, 42)
    assert ep.ready(8) == []
    e.write(ONE)
    assert ep.ready(8) == [(POLLIN, 42)] and ep.ready(8) == [(POLLIN, 42)]  # level: every time
    ep.ctl(EPOLL_CTL_MOD, 3, e, POLLIN | EPOLLET, 43)
    assert ep.ready(8) == [(POLLIN, 43)] and ep.ready(8) == []  # edge: once per change
    e.write(ONE)
    assert ep.ready(8) == [(POLLIN, 43)]
    ep.ctl(EPOLL_CTL_MOD, 3, e, POLLIN | EPOLLONESHOT, 44)
    assert ep.ready(8) == [(POLLIN, 44)] and ep.ready(8) == []
    ep.ctl(EPOLL_CTL_MOD, 3, e, POLLIN | EPOLLONESHOT, 45)
    assert ep.ready(8) == [(POLLIN, 45)]
    assert ep.poll_events() == 0  # one-shot spent: nothing ready for a poll of the epoll itself


def test_ctl_errors() -> None:
    ep, e = Epoll(), EventFd()
    cases = [
        (lambda: ep.ctl(EPOLL_CTL_ADD, 1, ep, POLLIN, 0), errno.EINVAL),
        (lambda: ep.ctl(EPOLL_CTL_ADD, 1, MemFile().open(os.O_RDONLY, PrivateArea(1 << 20)), POLLIN, 0), errno.EPERM),
        (lambda: ep.ctl(EPOLL_CTL_MOD, 1, e, POLLIN, 0), errno.ENOENT),
        (lambda: ep.ctl(EPOLL_CTL_DEL, 1, e, POLLIN, 0), errno.ENOENT),
        (lambda: ep.ctl(9, 1, e, POLLIN, 0), errno.EINVAL),
    ]
    for call, err in cases:
        with pytest.raises(FsError) as exc:
            call()
        assert exc.value.errno == err
    ep.ctl(EPOLL_CTL_ADD, 1, e, POLLIN, 0)
    with pytest.raises(FsError) as exc:
        ep.ctl(EPOLL_CTL_ADD, 1, e, POLLIN, 0)
    assert exc.value.errno == errno.EEXIST
    ep.ctl(EPOLL_CTL_ADD, 0, StreamFile(source=b""), POLLIN, 7)  # stdio stands for a pipe's end: accepted, as natively
    assert [d for _, d in ep.ready(4)] == [7]  # stdin is ready to read (the eventfd, at 0, is not)


def test_closed_files_drop_out_and_busy_ones_rotate() -> None:
    ep = Epoll()
    files = [EventFd(1) for _ in range(3)]
    for i, f in enumerate(files):
        ep.ctl(EPOLL_CTL_ADD, i, f, POLLIN, i)
    assert [d for _, d in ep.ready(1)] == [0]
    assert [d for _, d in ep.ready(1)] == [1]  # the reported one went to the back
    assert [d for _, d in ep.ready(1)] == [2]
    files[0].refs = 0  # closed in every process
    assert sorted(d for _, d in ep.ready(8)) == [1, 2]
    pipe = PipeBuffer()
    r, w = PipeEnd(pipe, os.O_RDONLY), PipeEnd(pipe, os.O_WRONLY)
    ep.ctl(EPOLL_CTL_ADD, 9, r, POLLIN, 9)
    assert 9 not in [d for _, d in ep.ready(8)]
    w.close()  # the last writer went: POLLHUP is reported whatever was asked
    assert 9 in [d for _, d in ep.ready(8)]


def test_epolls_cannot_watch_each_other_in_a_loop_or_nest_deep() -> None:
    a, b = Epoll(), Epoll()
    a.ctl(EPOLL_CTL_ADD, 1, b, POLLIN, 0)
    with pytest.raises(FsError) as exc:
        b.ctl(EPOLL_CTL_ADD, 2, a, POLLIN, 0)
    assert exc.value.errno == errno.ELOOP
    chain = [Epoll() for _ in range(6)]
    for upper, lower in zip(chain, chain[1:3], strict=False):
        upper.ctl(EPOLL_CTL_ADD, 1, lower, POLLIN, 0)
    with pytest.raises(FsError) as exc:  # a chain deeper than Linux's limit
        for upper, lower in zip(chain[2:], chain[3:], strict=False):
            upper.ctl(EPOLL_CTL_ADD, 1, lower, POLLIN, 0)
    assert exc.value.errno == errno.ELOOP
    e = EventFd(1)
    chain[2].ctl(EPOLL_CTL_ADD, 5, e, POLLIN, 0)
    assert chain[0].poll_events() & POLLIN  # readiness flows up through nested epolls
