"""Standard streams: stdin from bytes or a file, stdout/stderr into a bytearray, a file or a callable."""

from __future__ import annotations

import errno
import io
import os

import pytest

from multipie.resources.fs import FsError, StreamFile


def test_stdin_from_bytes_or_a_file() -> None:
    f = StreamFile(source=b"input")
    assert f.readable and not f.writable
    assert f.read(3) == b"inp" and f.read(10) == b"ut" and f.read(1) == b""
    assert StreamFile(source=io.BytesIO(b"abc")).read(10) == b"abc"
    assert StreamFile().read(4) == b""
    with pytest.raises(FsError) as info:
        f.write(b"x")
    assert info.value.errno == errno.EBADF


def test_stdout_sinks() -> None:
    out = bytearray()
    assert StreamFile(sink=out).write(b"hi") == 2 and out == b"hi"
    seen: list[bytes] = []
    StreamFile(sink=seen.append).write(b"one")
    assert seen == [b"one"]
    file = io.BytesIO()
    StreamFile(sink=file).write(b"two")
    assert file.getvalue() == b"two"


def test_streams_cannot_seek_and_are_not_terminals() -> None:
    f = StreamFile(sink=bytearray())
    assert f.writable and not f.is_tty
    for op in (lambda: f.seek(0, os.SEEK_SET), lambda: f.pread(1, 0), lambda: f.pwrite(b"x", 0)):
        with pytest.raises(FsError) as info:
            op()
        assert info.value.errno == errno.ESPIPE


def test_a_streams_stat_never_changes() -> None:
    """``stable``: a legacy guest answers ``fstat`` of fds 0-2 from one copy of it (sysarea.FdView)."""
    out, inp = StreamFile(sink=bytearray()), StreamFile(source=b"abc")
    before = (out.stat(), inp.stat())
    out.write(b"written")
    inp.read(2)
    assert (out.stat(), inp.stat()) == before and out.stable and inp.stable
    assert before[0].ino != before[1].ino and before[0].size == 0
