"""The private writable area: its quota is charged by every write and refunded by truncation."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable

import pytest

from multipie.resources.fs import FsError
from multipie.resources.fs.private import MemDir, MemFile, MemNode, PrivateArea, entries_changed


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


PAST = 10**18  # a time no call of the test makes (2001)


def _past(node: MemNode) -> None:
    node.atime_ns = node.mtime_ns = node.ctime_ns = PAST


def test_every_change_stamps_a_nodes_own_ctime_and_only_data_its_mtime() -> None:
    """chmod, chown (-1, -1 too), times set (to the past, or atime alone), write, truncate (to the same size too) and
    O_TRUNC stamp ctime now, as Linux; mtime moves with the data only. Before: ctime was mtime's field."""
    area = PrivateArea(100)
    node = MemFile(data=b"abc")
    f = node.open(os.O_RDWR, area)
    attrs: list[Callable[[], object]] = [
        lambda: node.set_attrs(mode=0o600),
        lambda: node.set_attrs(),
        lambda: node.set_attrs(uid=5, gid=6),
        lambda: node.set_attrs(atime_ns=PAST + 5),
        lambda: node.set_attrs(atime_ns=PAST, mtime_ns=PAST),
    ]
    for call in attrs:
        _past(node)
        call()
        st = node.stat()
        assert st.ctime_ns > PAST and st.mtime_ns == PAST, call
    data: list[Callable[[], object]] = [
        lambda: f.pwrite(b"x", 1),
        lambda: f.truncate(1),
        lambda: f.truncate(1),
        lambda: node.open(os.O_WRONLY | os.O_TRUNC, area),
        lambda: node.open(os.O_WRONLY | os.O_TRUNC, area),  # (already empty)
    ]
    for call in data:
        _past(node)
        call()
        st = node.stat()
        assert st.ctime_ns > PAST and st.mtime_ns == st.ctime_ns, call
    _past(node)
    assert f.pwrite(b"", 0) == 0 and node.open(os.O_WRONLY, area) is not None
    assert (node.stat().ctime_ns, node.stat().mtime_ns) == (PAST, PAST)  # nothing written, nothing truncated


def test_a_directorys_names_stamp_its_mtime_and_ctime_at_one_time() -> None:
    a, b = MemDir(), MemDir()
    _past(a)
    _past(b)
    now = entries_changed(a, b)
    assert {a.mtime_ns, a.ctime_ns, b.mtime_ns, b.ctime_ns} == {now} and now > PAST


def test_a_node_is_born_once_and_an_unlinked_one_has_no_links() -> None:
    """btime is set at creation (equal to the first mtime) and kept by every change; once its last name is gone a
    file or directory reports st_nlink 0, as Linux, and its ctime is stamped. Before: no btime, and st_nlink 1 or 2."""
    area = PrivateArea(100)
    for node in MemFile(data=b"abc"), MemDir():
        st = node.stat()
        assert st.btime_ns == st.mtime_ns == node.btime_ns and st.nlink == (2 if isinstance(node, MemDir) else 1)
        born = node.btime_ns
        node.set_attrs(mode=0o600, atime_ns=PAST, mtime_ns=PAST, uid=1, gid=2)
        node.changed(data=True)
        _past(node)
        node.unlinked(now=PAST + 7)
        st = node.stat()
        assert (st.nlink, st.ctime_ns, st.btime_ns) == (0, PAST + 7, born)
    f = MemFile(data=b"abc")
    of = f.open(os.O_RDWR, area)
    f.unlinked()
    of.pwrite(b"de", 3)
    assert (of.stat().nlink, of.stat().size, of.stat().btime_ns) == (0, 5, f.btime_ns)
