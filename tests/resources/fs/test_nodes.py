"""Nodes: a read-only directory refuses changes, opens only for reading, lists . and .. first."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from multipie.resources.fs import DirFile, FsError
from multipie.resources.fs.metadata import DirEntry, Stat
from multipie.resources.fs.nodes import DirNode


class Fixed(DirNode):
    """A read-only directory with one file entry."""

    def stat(self) -> Stat:
        return Stat(mode=stat.S_IFDIR | 0o755, size=0, ino=7)

    def lookup(self, name: str) -> None:
        return None

    def entries(self) -> list[DirEntry]:
        return [DirEntry("f", 8, stat.S_IFREG)]


class NoQuota:
    def charge(self, n: int) -> None:
        raise AssertionError("a read-only directory charges nothing")


def test_a_directory_opens_read_only_and_lists_dot_entries_first() -> None:
    d = Fixed()
    assert d.is_dir() and d.fmt == stat.S_IFDIR
    f = d.open(os.O_RDONLY, NoQuota())
    assert isinstance(f, DirFile)
    assert [(e.name, e.ino) for e in f.entries()] == [(".", 7), ("..", 7), ("f", 8)]
    assert f.seek(2, os.SEEK_SET) == 2 and f.stat().ino == 7
    assert f.seek(0, os.SEEK_CUR) == 2 and f.seek(-1, os.SEEK_CUR) == 1  # (EINVAL before: a tell is Linux's)
    for op in (lambda: f.seek(0, os.SEEK_END), lambda: f.seek(-2, os.SEEK_CUR), lambda: f.pread(1, 0)):
        with pytest.raises(FsError):
            op()
    with pytest.raises(FsError) as info:
        d.open(os.O_WRONLY, NoQuota())
    assert info.value.errno == errno.EISDIR


def test_a_read_only_directory_refuses_changes_and_readlink() -> None:
    d, q = Fixed(), NoQuota()
    for op in (
        lambda: d.create("x", 0o644, q),
        lambda: d.mkdir("x", 0o755, q),
        lambda: d.symlink("x", "y", q),
        lambda: d.remove("f", dir=False, quota=q),
        lambda: d.writable_file("f", q),
    ):
        with pytest.raises(FsError) as info:
            op()
        assert info.value.errno == errno.EROFS
    with pytest.raises(FsError) as info:
        d.readlink()
    assert info.value.errno == errno.EINVAL
