"""Granted host directories: read-write and read-only, host symlinks never lead outside."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from multipie.resources.fs import GuestFs
from tests.resources.fs.fshelpers import errno_of, names, read


def test_grant_rw_and_ro(tmp_path: Path) -> None:
    data, ro = tmp_path / "data", tmp_path / "ro"
    data.mkdir()
    ro.mkdir()
    (ro / "f").write_text("ro\n")
    outside = tmp_path / "secret"
    outside.write_text("secret\n")
    os.symlink(str(outside), data / "host_abs")
    os.symlink("../secret", data / "host_rel")
    fs = GuestFs()
    fs.grant(data, "/data")
    fs.grant(ro, "/mnt/ro", readonly=True)
    f = fs.open("/data/new", os.O_CREAT | os.O_WRONLY)
    f.write(b"hello")
    f.close()
    assert (data / "new").read_bytes() == b"hello"
    assert errno_of(fs.open, "/mnt/ro/f", os.O_WRONLY) == errno.EROFS
    assert errno_of(fs.open, "/mnt/ro/g", os.O_CREAT | os.O_WRONLY) == errno.EROFS
    assert read(fs, "/mnt/ro/f") == b"ro\n"
    # Host symlinks are resolved in the guest namespace: neither reaches the secret.
    assert errno_of(fs.open, "/data/host_abs", os.O_RDONLY) == errno.ENOENT
    assert errno_of(fs.open, "/data/host_rel", os.O_RDONLY) == errno.ENOENT
    assert errno_of(fs.open, "/data/../secret", os.O_RDONLY) == errno.ENOENT
    fs.rename("/data/new", "/data/renamed")
    assert (data / "renamed").exists()
    assert errno_of(fs.rename, "/data/renamed", "/elsewhere") == errno.EXDEV
    assert {"data", "mnt", "dev"} <= names(fs, "/")


def test_set_attrs_changes_granted_files_only(tmp_path: Path) -> None:
    data, ro = tmp_path / "data", tmp_path / "ro"
    data.mkdir()
    ro.mkdir()
    (data / "f").write_text("x")
    (ro / "f").write_text("x")
    outside = tmp_path / "outside"
    outside.write_text("x")
    os.chmod(outside, 0o644)
    os.symlink(str(outside), data / "link")
    fs = GuestFs()
    fs.grant(data, "/data")
    fs.grant(ro, "/ro", readonly=True)
    fs.lookup("/data/f").set_attrs(mode=0o600, atime_ns=10**18, mtime_ns=2 * 10**18)
    st = os.stat(data / "f")
    assert (st.st_mode & 0o7777, st.st_atime_ns, st.st_mtime_ns) == (0o600, 10**18, 2 * 10**18)
    fs.lookup("/data/f").set_attrs(mtime_ns=3 * 10**18)  # atime unchanged
    assert (os.stat(data / "f").st_atime_ns, os.stat(data / "f").st_mtime_ns) == (10**18, 3 * 10**18)
    assert errno_of(fs.lookup("/ro/f").set_attrs, mode=0o600) == errno.EROFS
    # The link is re-resolved inside the guest, where that host path does not exist.
    assert errno_of(lambda: fs.lookup("/data/link").set_attrs(mode=0o600)) == errno.ENOENT
    assert os.stat(outside).st_mode & 0o7777 == 0o644  # never the host file the link names


def test_listing_gives_each_entry_type_and_inode_as_the_host_does(tmp_path: Path) -> None:
    import socket
    import stat

    from multipie.resources.fs.host import HostTree, host_entries

    (tmp_path / "f").write_text("x")
    (tmp_path / "d").mkdir()
    os.symlink("f", tmp_path / "link")
    os.symlink("missing", tmp_path / "dangling")
    os.mkfifo(tmp_path / "fifo")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    try:
        got = {e.name: (e.ino, e.type) for e in host_entries(HostTree(tmp_path, readonly=True, whiteouts=False), ())}
    finally:
        sock.close()
    lstats = {n: os.lstat(tmp_path / n) for n in os.listdir(tmp_path)}
    want = {n: (st.st_ino, stat.S_IFMT(st.st_mode)) for n, st in lstats.items()}
    assert got == want
    assert got["fifo"][1] == stat.S_IFIFO and got["sock"][1] == stat.S_IFSOCK and got["dangling"][1] == stat.S_IFLNK
