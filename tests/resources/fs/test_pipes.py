"""Pipes: EOF once no writer is left, EPIPE without readers, atomic small writes, no seeking."""

from __future__ import annotations

import errno
import os

import pytest

from multipie.resources.fs import PIPE_BUF, PIPE_CAPACITY, FsError, PipeBuffer, PipeEnd, WouldBlock


def test_bytes_flow_then_eof_once_the_writer_closes() -> None:
    pipe = PipeBuffer()
    r, w = PipeEnd(pipe, os.O_RDONLY), PipeEnd(pipe, os.O_WRONLY)
    assert (pipe.readers, pipe.writers) == (1, 1)
    assert w.write(b"through") == 7 and r.stat().size == 7
    assert r.read(4) == b"thro" and r.read(10) == b"ugh"
    with pytest.raises(WouldBlock):
        r.read(1)  # empty with a writer open: the caller must wait
    w.close()
    assert pipe.writers == 0 and r.read(1) == b""


def test_nonblocking_ends_get_eagain_not_wouldblock() -> None:
    pipe = PipeBuffer()
    r = PipeEnd(pipe, os.O_RDONLY | os.O_NONBLOCK)
    PipeEnd(pipe, os.O_WRONLY)
    with pytest.raises(FsError) as info:
        r.read(1)
    assert info.value.errno == errno.EAGAIN and not isinstance(info.value, WouldBlock)


def test_writes_without_reader_fail_and_full_pipes_take_small_writes_whole_or_not_at_all() -> None:
    pipe = PipeBuffer()
    w = PipeEnd(pipe, os.O_WRONLY)
    with pytest.raises(FsError) as info:
        w.write(b"x")
    assert info.value.errno == errno.EPIPE
    r = PipeEnd(pipe, os.O_RDONLY)
    assert w.write(bytes(PIPE_CAPACITY - 10)) == PIPE_CAPACITY - 10
    with pytest.raises(WouldBlock):
        w.write(bytes(PIPE_BUF))  # atomic: nothing is written
    assert len(pipe.data) == PIPE_CAPACITY - 10
    assert w.write(bytes(PIPE_BUF + 1)) == 10  # larger writes take what fits
    with pytest.raises(FsError) as info:
        r.seek(0, os.SEEK_SET)
    assert info.value.errno == errno.ESPIPE
