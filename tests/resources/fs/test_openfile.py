"""OpenFile: the offset-based operations built once on pread/pwrite, access modes, lseek bounds."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from multipie.resources.fs import FsError
from multipie.resources.fs.metadata import Stat
from multipie.resources.fs.openfile import OpenFile


class Buffer(OpenFile):
    """The smallest real kind of file: bytes in a bytearray."""

    def __init__(self, flags: int) -> None:
        super().__init__(flags)
        self.data = bytearray()

    def pread(self, n: int, off: int) -> bytes:
        return bytes(self.data[off : off + n])

    def pwrite(self, data: bytes, off: int) -> int:
        self.data[off : off + len(data)] = data
        return len(data)

    def stat(self) -> Stat:
        return Stat(mode=stat.S_IFREG | 0o644, size=len(self.data), ino=1)


def test_read_write_and_seek_move_the_offset() -> None:
    f = Buffer(os.O_RDWR)
    assert f.readable and f.writable and not f.is_tty
    assert f.write(b"hello") == 5 and f.pos == 5
    assert f.seek(1, os.SEEK_SET) == 1 and f.read(3) == b"ell" and f.pos == 4
    assert f.seek(-1, os.SEEK_END) == 4 and f.read(10) == b"o"
    assert f.seek(-2, os.SEEK_CUR) == 3
    assert f.entries() is None


def test_append_writes_at_the_end() -> None:
    f = Buffer(os.O_WRONLY | os.O_APPEND)
    assert not f.readable and f.writable
    f.write(b"ab")
    f.seek(0, os.SEEK_SET)
    f.write(b"cd")
    assert f.data == b"abcd"


def test_bad_seeks_and_unsupported_operations_are_einval() -> None:
    f = Buffer(os.O_RDONLY)
    for off, whence in ((-1, os.SEEK_SET), (0, 99)):
        with pytest.raises(FsError) as info:
            f.seek(off, whence)
        assert info.value.errno == errno.EINVAL
    with pytest.raises(FsError) as info:
        f.truncate(0)
    assert info.value.errno == errno.EINVAL
    with pytest.raises(FsError) as info:
        OpenFile(os.O_RDONLY).read(1)
    assert info.value.errno == errno.EINVAL
