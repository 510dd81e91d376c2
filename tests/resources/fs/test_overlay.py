"""The root a domain sees: its private area over shared layers (whiteouts, copy-up, rmdir over a layer)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from multipie.resources.fs import GuestFs, Layer
from multipie.resources.fs.devices import DEVICES, DeviceNode
from multipie.resources.fs.host import WH_OPAQUE
from multipie.resources.fs.overlay import OverlayDir
from multipie.resources.fs.private import DIR_CHARGE, MemNode
from tests.resources.fs.fshelpers import errno_of, names, read


def test_union_and_whiteouts(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers)
    assert names(fs, "/etc") == {"a", "c", "escape_rel", "abs"}
    assert read(fs, "/etc/a") == b"base a\n"
    assert errno_of(fs.open, "/etc/b", os.O_RDONLY) == errno.ENOENT
    assert names(fs, "/opq") == {"new"}
    assert errno_of(fs.open, "/opq/old", os.O_RDONLY) == errno.ENOENT
    assert errno_of(fs.open, "/etc/.wh.b", os.O_RDONLY) == errno.ENOENT
    assert {"etc", "opq", "bin", "dev"} <= names(fs, "/")


def test_private_writes_copy_up(layers: tuple[Layer, Layer], tmp_path: Path) -> None:
    fs = GuestFs(layers)
    f = fs.open("/etc/a", os.O_WRONLY | os.O_TRUNC)
    f.write(b"changed\n")
    f.close()
    assert read(fs, "/etc/a") == b"changed\n"
    assert (tmp_path / "low" / "etc" / "a").read_text() == "base a\n"  # layer untouched
    fs.unlink("/etc/c")
    assert "c" not in names(fs, "/etc")
    assert (tmp_path / "top" / "etc" / "c").exists()
    fs.mkdir("/work")
    g = fs.open("/work/out", os.O_CREAT | os.O_WRONLY)
    g.write(b"x" * 10)
    g.close()
    assert fs.stat("/work/out").size == 10
    fs.rename("/work/out", "/etc/moved")
    assert read(fs, "/etc/moved") == b"x" * 10
    assert errno_of(fs.stat, "/work/out") == errno.ENOENT
    # A second domain over the same layers sees none of it.
    other = GuestFs(layers)
    assert read(other, "/etc/a") == b"base a\n"
    assert "c" in names(other, "/etc") and "moved" not in names(other, "/etc")
    assert errno_of(other.stat, "/work") == errno.ENOENT


def test_rmdir_and_recreate_over_layer(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers)
    assert errno_of(fs.unlink, "/bin", dir=True) == errno.ENOTEMPTY
    fs.unlink("/bin/tool")
    fs.unlink("/bin", dir=True)
    assert errno_of(fs.stat, "/bin") == errno.ENOENT
    fs.mkdir("/bin")
    assert names(fs, "/bin") == set()


def test_mount_parents_are_listed_with_their_inode() -> None:
    """A device's parent (/dev) is listed with a real inode: libcs skip entries whose d_ino is 0."""
    from multipie.resources.fs import GuestFs

    fs = GuestFs()
    dev = next(e for e in fs.root().entries() if e.name == "dev")
    assert dev.ino != 0 and dev.ino == fs.stat("/dev").ino


def test_a_directory_of_one_layer_lists_as_the_host_does_with_mount_points_below_it(tmp_path: Path) -> None:
    (tmp_path / "lib" / "sub").mkdir(parents=True)
    for name in ("b", "a", ".wh.c"):  # (no whiteouts in this layer: a name like any other)
        (tmp_path / "lib" / name).write_text(name)
    fs = GuestFs([Layer(tmp_path, whiteouts=False)], devices=False)
    lib = fs.lookup("/lib")
    host = [(e.name, e.inode()) for e in os.scandir(tmp_path / "lib")]
    assert [(e.name, e.ino) for e in lib.entries()] == host  # (OverlayDir.entries' one-layer path: the same list)
    assert isinstance(lib.entries(), tuple)  # immutable: a DirFile's snapshot cannot change under it
    fs.specials[("lib", "null")] = DeviceNode("null", DEVICES["null"])  # a device below it: merged in, as before
    assert names(fs, "/lib") == {"a", "b", ".wh.c", "sub", "null"}


def test_a_directory_of_one_image_layer_lists_as_kept_or_without_its_whiteout_names(tmp_path: Path) -> None:
    """A layer with whiteouts: a directory without any is its kept listing as is; one with some is merged as before
    (whiteout and opaque names left out)."""
    (tmp_path / "d").mkdir()
    (tmp_path / "plain").mkdir()
    for name in ("a", ".wh.gone", WH_OPAQUE):
        (tmp_path / "d" / name).write_text(name)
    (tmp_path / "plain" / "p").write_text("p")
    fs = GuestFs([Layer(tmp_path)], devices=False)
    assert names(fs, "/d") == {"a"} and names(fs, "/plain") == {"p"}
    with fs.cached_lookups():  # a run: the layer's listings are watched and kept
        d, plain = fs.lookup("/d"), fs.lookup("/plain")
        assert [e.name for e in d.entries()] == ["a"] and errno_of(fs.lookup, "/d/.wh.gone") == errno.ENOENT
        assert [e.name for e in plain.entries()] == ["p"] and plain.entries() is plain.entries()


PAST = 10**18  # a time no call of the test makes


def _past(fs: GuestFs, *dirs: str) -> None:
    for d in dirs:
        fs.lookup(d).set_attrs(atime_ns=PAST, mtime_ns=PAST)


def _stamped(fs: GuestFs, d: str) -> bool:
    st = fs.stat(d)
    return st.mtime_ns != PAST and st.ctime_ns == st.mtime_ns


def test_a_private_directory_is_stamped_by_each_name_added_or_removed_and_by_no_failed_call() -> None:
    """create, mkdir, symlink, unlink, rmdir and both sides of a rename stamp a private directory's mtime and ctime, as
    Linux; a call refused (EEXIST, ENOENT, ENOTEMPTY) or a write to a file in it leaves them."""
    fs = GuestFs(devices=False)
    fs.add_dir("/tmp", 0o1777)
    calls = [
        lambda: fs.open("/tmp/f", os.O_CREAT | os.O_WRONLY).close(),
        lambda: fs.mkdir("/tmp/sub"),
        lambda: fs.symlink("f", "/tmp/l"),
        lambda: fs.unlink("/tmp/l"),
        lambda: fs.rename("/tmp/f", "/tmp/g"),
    ]
    for call in calls:
        _past(fs, "/tmp")
        call()
        assert _stamped(fs, "/tmp"), call
    refused = [
        lambda: fs.open("/tmp/g", os.O_CREAT | os.O_EXCL | os.O_WRONLY),
        lambda: fs.mkdir("/tmp/sub"),
        lambda: fs.symlink("f", "/tmp/g"),
        lambda: fs.unlink("/tmp/missing"),
        lambda: fs.rename("/tmp/missing", "/tmp/x"),
        lambda: fs.unlink("/tmp", dir=True),
    ]
    _past(fs, "/tmp")
    for call in refused:
        errno_of(call)
    f = fs.open("/tmp/g", os.O_WRONLY | os.O_TRUNC)
    f.write(b"data")
    f.close()
    assert fs.stat("/tmp").mtime_ns == PAST
    _past(fs, "/tmp", "/tmp/sub")
    fs.rename("/tmp/g", "/tmp/sub/g")  # both directories, at one time
    a, b = fs.stat("/tmp"), fs.stat("/tmp/sub")
    assert _stamped(fs, "/tmp") and a.mtime_ns == b.mtime_ns
    fs.unlink("/tmp/sub/g")
    _past(fs, "/tmp")
    fs.unlink("/tmp/sub", dir=True)
    assert _stamped(fs, "/tmp")


def test_a_private_directory_counts_its_subdirectories_in_nlink_and_a_merged_one_says_1(
    layers: tuple[Layer, Layer],
) -> None:
    """st_nlink is 2 + subdirectories (mkdir, rmdir, a directory moved out or in), as ext4 and tmpfs; a directory
    merged over a layer's answers 1, as overlayfs (its layer's subdirectories are not counted)."""
    fs = GuestFs(layers, devices=False)
    fs.mkdir("/w")
    assert fs.stat("/w").nlink == 2
    fs.mkdir("/w/a")
    fs.mkdir("/w/b")
    fs.open("/w/f", os.O_CREAT | os.O_WRONLY).close()
    assert fs.stat("/w").nlink == 4
    fs.rename("/w/b", "/w/a/b")
    assert (fs.stat("/w").nlink, fs.stat("/w/a").nlink) == (3, 3)
    fs.rename("/w/a", "/w/c")  # within one directory: counted once
    assert fs.stat("/w").nlink == 3
    fs.unlink("/w/c/b", dir=True)
    assert fs.stat("/w/c").nlink == 2
    fs.open("/etc/new", os.O_CREAT | os.O_WRONLY).close()  # /etc now has a private copy over the layers'
    assert fs.stat("/etc").nlink == 1


def test_a_mkdir_or_symlink_past_the_quota_leaves_no_name_and_no_stamp() -> None:
    fs = GuestFs(quota=DIR_CHARGE + 10, devices=False)
    fs.add_dir("/tmp")
    _past(fs, "/tmp")
    assert errno_of(fs.mkdir, "/tmp/d") == errno.ENOSPC
    assert errno_of(fs.symlink, "x" * 100, "/tmp/l") == errno.ENOSPC
    assert names(fs, "/tmp") == set() and fs.stat("/tmp").mtime_ns == PAST


def test_a_renamed_or_unlinked_private_entry_gets_its_own_ctime_and_keeps_its_mtime() -> None:
    """A rename stamps the moved file's or directory's ctime (ext4 and tmpfs do), an unlink the removed file's (an fd
    still open on it shows it); their mtime stays. Before: ctime was mtime's field, so neither moved."""
    fs = GuestFs(devices=False)
    fs.add_dir("/tmp", 0o1777)
    fs.mkdir("/tmp/d")
    fs.open("/tmp/f", os.O_CREAT | os.O_WRONLY).close()
    for old, new in ("/tmp/f", "/tmp/g"), ("/tmp/d", "/tmp/e"):
        _past(fs, old)
        fs.rename(old, new)
        st = fs.stat(new)
        assert st.mtime_ns == PAST and st.ctime_ns > PAST, new
        assert st.ctime_ns == fs.stat("/tmp").ctime_ns  # one time for the entry and its directory
    f = fs.open("/tmp/g", os.O_RDONLY)
    _past(fs, "/tmp/g")
    fs.unlink("/tmp/g")
    st = f.stat()
    assert st.mtime_ns == PAST and st.ctime_ns > PAST
    f.close()


def test_a_copy_up_keeps_the_layer_files_atime_and_mtime_and_takes_a_ctime_of_now(
    layers: tuple[Layer, Layer], tmp_path: Path
) -> None:
    """As overlayfs's copy-up: an open for writing with no write, or a rename, leaves the layer file's mtime. Before:
    the private copy's times were all the copy's."""
    for name in "a", "c":
        os.utime(tmp_path / ("low" if name == "a" else "top") / "etc" / name, ns=(PAST + 1, PAST))
    fs = GuestFs(layers, devices=False)
    fs.open("/etc/a", os.O_WRONLY).close()
    fs.rename("/etc/c", "/etc/d")
    for path in "/etc/a", "/etc/d":
        st = fs.stat(path)
        assert (st.atime_ns, st.mtime_ns) == (PAST + 1, PAST) and st.ctime_ns > PAST, path


def test_a_private_file_or_directory_removed_while_open_has_no_links_left(layers: tuple[Layer, Layer]) -> None:
    """unlink, rmdir and a rename over it leave an open file or directory with st_nlink 0, as Linux (ext4 and tmpfs);
    its parent's count drops with a subdirectory gone. Before: 1 and 2 through the fd."""
    fs = GuestFs(layers, devices=False)
    fs.add_dir("/tmp", 0o1777)
    f = fs.open("/tmp/f", os.O_CREAT | os.O_RDWR)
    assert f.stat().nlink == 1
    fs.unlink("/tmp/f")
    f.write(b"ab")
    assert (f.stat().nlink, f.stat().size) == (0, 2)
    f = fs.open("/tmp/f", os.O_CREAT | os.O_RDWR)
    fs.open("/tmp/g", os.O_CREAT | os.O_WRONLY).close()
    fs.rename("/tmp/g", "/tmp/f")
    assert f.stat().nlink == 0 and fs.stat("/tmp/f").nlink == 1
    fs.mkdir("/tmp/d")
    fs.mkdir("/tmp/e")
    d = fs.open("/tmp/d", os.O_RDONLY | os.O_DIRECTORY)
    assert d.stat().nlink == 2 and fs.stat("/tmp").nlink == 4
    fs.unlink("/tmp/d", dir=True)
    assert d.stat().nlink == 0 and fs.stat("/tmp").nlink == 3
    fs.mkdir("/tmp/d")
    d = fs.open("/tmp/d", os.O_RDONLY | os.O_DIRECTORY)
    fs.rename("/tmp/e", "/tmp/d")
    assert d.stat().nlink == 0 and fs.stat("/tmp/d").nlink == 2 and fs.stat("/tmp").nlink == 3
    fs.unlink("/bin/tool")  # /bin: a private copy merged over the layer's, whose answer is 1 while it has a name
    m = fs.open("/bin", os.O_RDONLY | os.O_DIRECTORY)
    assert m.stat().nlink == 1
    fs.unlink("/bin", dir=True)
    assert m.stat().nlink == 0
    e = fs.open("/etc/a", os.O_WRONLY)  # a copy-up, then removed: the private copy it writes has no name
    fs.unlink("/etc/a")
    assert e.stat().nlink == 0


def _private(fs: GuestFs, path: str) -> MemNode:
    """The private-area node at ``path`` (a directory's private copy)."""
    node = fs.lookup(path)
    node = node.upper if isinstance(node, OverlayDir) else node
    assert isinstance(node, MemNode)
    return node


def test_a_rename_onto_itself_changes_nothing() -> None:
    """rename(x, x) of a file or a non-empty directory succeeds and stamps nothing, as Linux's vfs_rename (the same
    inode on both sides). Before: the target was unlinked first (the directory: ENOTEMPTY) and both stamped."""
    fs = GuestFs(devices=False)
    fs.add_dir("/tmp", 0o1777)
    fs.mkdir("/tmp/d")
    f = fs.open("/tmp/d/f", os.O_CREAT | os.O_WRONLY)
    for path in "/tmp/d/f", "/tmp/d":
        for p in "/tmp", "/tmp/d", "/tmp/d/f":
            _private(fs, p).mtime_ns = _private(fs, p).ctime_ns = PAST
        fs.rename(path, path)
        for p in "/tmp", "/tmp/d", "/tmp/d/f":
            st = fs.stat(p)
            assert (st.mtime_ns, st.ctime_ns) == (PAST, PAST), (path, p)
        assert f.stat().nlink == 1 and names(fs, "/tmp/d") == {"f"}


def test_a_private_file_or_directory_is_born_once_and_a_layer_file_has_no_birth_time(
    layers: tuple[Layer, Layer],
) -> None:
    """btime (statx's STATX_BTIME, which ext4 and tmpfs offer) is the creation time: equal to the first mtime (an
    O_TRUNC of the new file does not stamp it again, as Linux skips the truncate of a file it just made), kept by
    writes, attributes, renames and unlink; a copy-up is born at the copy; a layer file has none (the host's stat
    gives none). Before: no btime at all."""
    fs = GuestFs(layers, devices=False)
    fs.add_dir("/tmp", 0o1777)
    f = fs.open("/tmp/f", os.O_CREAT | os.O_TRUNC | os.O_RDWR)
    born = f.stat().btime_ns
    assert born is not None and born == f.stat().mtime_ns <= f.stat().ctime_ns
    f.write(b"x")
    fs.lookup("/tmp/f").set_attrs(mode=0o600, atime_ns=PAST, mtime_ns=PAST)
    f.truncate(0)
    fs.rename("/tmp/f", "/tmp/g")
    assert fs.stat("/tmp/g").btime_ns == born
    fs.unlink("/tmp/g")
    assert f.stat().btime_ns == born and f.stat().mtime_ns != PAST
    fs.mkdir("/tmp/d")
    d = fs.stat("/tmp/d")
    assert d.btime_ns is not None and born <= d.btime_ns == d.mtime_ns
    fs.open("/tmp/d/in", os.O_CREAT | os.O_WRONLY).close()
    fs.rename("/tmp/d", "/tmp/e")
    st = fs.stat("/tmp/e")
    assert st.btime_ns == d.btime_ns < st.mtime_ns
    assert fs.stat("/etc/a").btime_ns is None and fs.stat("/etc").btime_ns is None
    before = fs.stat("/tmp/e").btime_ns or 0
    fs.open("/etc/a", os.O_WRONLY).close()
    st = fs.stat("/etc/a")
    assert st.btime_ns is not None and st.btime_ns > before and st.mtime_ns < st.btime_ns  # (its layer mtime kept)
