"""Host trees: granted directories read-write and read-only, host symlinks never lead outside; layer nodes' stats
made once, opens that leave no fd behind."""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import stat
from pathlib import Path

from multipie.resources.fs import GuestFs, Layer
from multipie.resources.fs.keptlookups import KeptLookups
from multipie.resources.fs.nodes import Node
from multipie.resources.fs.pathfilter import PathFilter
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


def test_granted_files_keep_their_host_owner(tmp_path: Path) -> None:
    """``chown`` of a granted file or link: to its own owner nothing changes, another is ``EPERM`` (before, a link's
    was ``ELOOP``); a read-only grant's: ``EROFS``; a private file takes any owner."""
    data, ro = tmp_path / "data", tmp_path / "ro"
    data.mkdir()
    ro.mkdir()
    (data / "f").write_text("x")
    (ro / "f").write_text("x")
    os.symlink("f", data / "link")
    fs = GuestFs()
    fs.grant(data, "/data")
    fs.grant(ro, "/ro", readonly=True)
    st = os.stat(data / "f")
    for path in "/data/f", "/data/link":
        node = fs.lookup(path, follow=False)
        node.set_attrs(uid=st.st_uid, gid=st.st_gid)
        node.set_attrs(gid=st.st_gid)
        assert errno_of(lambda n=node: n.set_attrs(uid=st.st_uid + 1)) == errno.EPERM
        assert errno_of(lambda n=node: n.set_attrs(gid=st.st_gid + 1)) == errno.EPERM
    assert (os.stat(data / "f").st_uid, os.lstat(data / "link").st_gid) == (st.st_uid, st.st_gid)
    assert errno_of(lambda: fs.lookup("/ro/f").set_attrs(uid=st.st_uid)) == errno.EROFS
    fs.open("/tmp-f", os.O_CREAT | os.O_WRONLY, 0o644).close()
    fs.lookup("/tmp-f").set_attrs(uid=5, gid=6)
    assert (fs.stat("/tmp-f").uid, fs.stat("/tmp-f").gid) == (5, 6)


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


def _fds() -> set[str]:
    gc.collect()  # (earlier tests' trees close their fds when collected)
    return set(os.listdir("/proc/self/fd"))


def test_a_layer_nodes_stat_is_made_once_and_follows_the_host_between_runs(tmp_path: Path) -> None:
    """A node keeps its one Stat (kept lookups hand the same node to the next run); a changed file is a new node."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "m.py").write_text("one")
    layer, keep = Layer(tmp_path), KeptLookups()

    def node(fs: GuestFs) -> Node:
        with fs.cached_lookups(keep):
            return fs.lookup("/lib/m.py")

    first = node(GuestFs([layer], devices=False))
    st = first.stat()
    assert first.stat() is st and st.size == 3 and first.fmt == stat.S_IFREG and not first.is_dir()
    assert node(GuestFs([layer], devices=False)).stat() is st  # the next run: the kept node and its Stat
    (tmp_path / "lib" / "m.py").write_text("three")  # rewritten in place by the host
    assert node(GuestFs([layer], devices=False)).stat().size == 5
    mine = GuestFs([layer], devices=False)
    mine.add_file("/lib/m.py", b"private!")  # a private file over the shared one
    assert node(mine).stat().size == 8
    bare = tmp_path / "bare"
    bare.mkdir()
    assert errno_of(node, GuestFs([Layer(bare)], devices=False)) == errno.ENOENT  # a root without it


def test_opens_of_layer_files_keep_no_fd_and_refuse_writes(tmp_path: Path) -> None:
    (tmp_path / "usr" / "lib").mkdir(parents=True)
    (tmp_path / "usr" / "lib" / "m.py").write_text("m")
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "shadow").write_text("s")
    layer = Layer(tmp_path, whiteouts=False, filter=PathFilter.of(["usr"]))
    fs = GuestFs([layer], devices=False)
    before = _fds()
    for cached in (False, True):
        ctx = fs.cached_lookups() if cached else contextlib.nullcontext()
        with ctx:
            f = fs.open("/usr/lib/m.py", os.O_RDONLY)
            assert f.read(10) == b"m" and getattr(f, "stable", None) is cached
            f.close()
            for acc in (os.O_WRONLY, os.O_RDWR, os.O_ACCMODE):  # a layer is never written (copied up instead)
                node = fs.lookup("/usr/lib/m.py")
                assert errno_of(node.open, acc, fs.area) == errno.EROFS
            assert errno_of(fs.open, "/etc/shadow", os.O_RDONLY) == errno.ENOENT  # hidden by the filter
            node = fs.lookup("/usr/lib/m.py")
            os.unlink(tmp_path / "usr" / "lib" / "m.py")
            assert errno_of(node.open, os.O_RDONLY, fs.area) == errno.ENOENT  # gone under it: the host's error
            (tmp_path / "usr" / "lib" / "m.py").write_text("m")
    layer.watch.close()  # (its inotify fd lives as long as the layer)
    assert _fds() - before == set()  # no walked directory fd left open, opened or failed


def test_an_open_layer_files_stat_is_its_lookups_and_other_files_ask_the_host(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "m.py").write_text("one")
    layer, keep = Layer(tmp_path), KeptLookups()

    def opened(fs: GuestFs) -> tuple[int, bool, bool]:
        with fs.cached_lookups(keep):
            f = fs.open("/lib/m.py", os.O_RDONLY)
            try:
                return f.stat().size, f.stat() is fs.lookup("/lib/m.py").stat(), getattr(f, "stable", False)
            finally:
                f.close()

    assert opened(GuestFs([layer], devices=False)) == (3, True, True)  # no fstat: the lookup's, packed once
    assert opened(GuestFs([layer], devices=False)) == (3, True, True)
    (tmp_path / "lib" / "m.py").write_text("three")  # the host rewrites it between runs
    assert opened(GuestFs([layer], devices=False)) == (5, True, True)
    outside = GuestFs([layer], devices=False)  # no run: not stable, the host's fstat
    f = outside.open("/lib/m.py", os.O_RDONLY)
    (tmp_path / "lib" / "m.py").write_text("seven!!")
    assert f.stat().size == 7 and not getattr(f, "stable", True)
    f.close()
    granted = GuestFs(devices=False)
    granted.grant(tmp_path / "lib", "/g")
    with granted.cached_lookups():  # a grant is never cached: the host's answer, as it changes
        f = granted.open("/g/m.py", os.O_RDONLY)
        (tmp_path / "lib" / "m.py").write_text("x")
        assert f.stat().size == 1 and not getattr(f, "stable", True)
        f.close()
