"""The readiness model: defaults of every open file, pipes' bits, and waiting on host fds."""

from __future__ import annotations

import os
import socket
import time

from multipie.resources.fs import PIPE_CAPACITY, PipeBuffer, PipeEnd
from multipie.resources.fs.private import MemFile, PrivateArea
from multipie.resources.fs.streams import StreamFile
from multipie.resources.readiness import (
    POLLERR,
    POLLHUP,
    POLLIN,
    POLLOUT,
    POLLRDNORM,
    POLLWRNORM,
    normal,
    wait_host,
)


def test_normal_adds_the_norm_twins() -> None:
    assert normal(POLLIN) == POLLIN | POLLRDNORM
    assert normal(POLLOUT) == POLLOUT | POLLWRNORM
    assert normal(POLLHUP) == POLLHUP


def test_files_on_disk_are_ready_for_reading_and_writing_whatever_the_open_mode() -> None:
    # (before: only what the file was opened for, POLLIN for O_RDONLY; Linux's DEFAULT_POLLMASK is both)
    node, area = MemFile(data=b"x"), PrivateArea(1 << 20)
    for flags in (os.O_RDONLY, os.O_WRONLY, os.O_RDWR):
        assert node.open(flags, area).poll_events() == POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM


def test_stdio_streams_are_ready_for_what_they_were_opened_for() -> None:
    assert StreamFile(source=b"x").poll_events() & POLLIN
    assert not StreamFile(source=b"x").poll_events() & POLLOUT
    assert StreamFile(sink=bytearray()).poll_events() & POLLOUT
    assert StreamFile(sink=bytearray()).host_wait() is None


def test_pipe_bits_follow_linux() -> None:
    buf = PipeBuffer()
    r, w = PipeEnd(buf, os.O_RDONLY), PipeEnd(buf, os.O_WRONLY)
    assert r.poll_events() == 0 and w.poll_events() & POLLOUT
    g = r.generation
    w.write(b"x")
    assert r.poll_events() & POLLIN and r.generation != g
    w.write(bytes(PIPE_CAPACITY - 1))
    assert not w.poll_events() & POLLOUT  # less than PIPE_BUF of room
    w.close()
    assert r.poll_events() & POLLHUP
    r.close()
    w2 = PipeEnd(buf, os.O_WRONLY)
    assert w2.poll_events() == POLLERR


def test_wait_host_wakes_on_a_ready_fd_and_times_out_otherwise() -> None:
    a, b = socket.socketpair()
    try:
        t0 = time.monotonic()
        assert wait_host([(a.fileno(), POLLIN)], 0.05) is False
        assert time.monotonic() - t0 >= 0.04
        b.send(b"x")
        assert wait_host([(a.fileno(), POLLIN)], None) is True
    finally:
        a.close()
        b.close()
