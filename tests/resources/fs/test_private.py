"""The private writable area: its quota is charged by every write and refunded by truncation."""

from __future__ import annotations

import errno
import os

import pytest

from multipie.resources.fs import FsError
from multipie.resources.fs.private import MemDir, MemFile, PrivateArea


def test_charge_refuses_past_the_quota_and_never_goes_negative() -> None:
    area = PrivateArea(100)
    area.charge(60)
    with pytest.raises(FsError) as info:
        area.charge(41)
    assert info.value.errno == errno.ENOSPC and "quota of 100 bytes" in str(info.value)
    assert area.used == 60
    area.charge(-1000)
    assert area.used == 0


def test_dir_at_creates_missing_directories_once() -> None:
    area = PrivateArea(1 << 20)
    d = area.dir_at(("a", "b"), 0o40700)
    assert area.dir_at(("a", "b"), 0o755) is d
    assert isinstance(area.root.children["a"], MemDir)
    assert d.stat().mode & 0o7777 == 0o700


def test_open_files_charge_growth_and_refund_truncation() -> None:
    area = PrivateArea(10)
    node = MemFile(data=b"")
    f = node.open(os.O_RDWR, area)
    assert f.write(b"12345") == 5 and area.used == 5
    assert f.pwrite(b"ab", 1) == 2 and area.used == 5  # overwriting costs nothing
    with pytest.raises(FsError) as info:
        f.pwrite(b"x", 10)  # would grow to 11 bytes
    assert info.value.errno == errno.ENOSPC
    assert bytes(node.data) == b"1ab45"
    f.truncate(2)
    assert area.used == 2 and f.pread(10, 0) == b"1a"
    node.open(os.O_WRONLY | os.O_TRUNC, area)
    assert area.used == 0 and node.size() == 0


def test_read_only_descriptions_refuse_writes() -> None:
    area = PrivateArea(10)
    f = MemFile(data=b"abc").open(os.O_RDONLY, area)
    with pytest.raises(FsError) as info:
        f.pwrite(b"x", 0)
    assert info.value.errno == errno.EBADF
    assert area.used == 0
