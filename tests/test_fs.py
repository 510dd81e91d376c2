"""The file multiplexer: layers, whiteouts, the private area, grants, and no way out."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from multipie.resources.fs import FsError, GuestFs, Layer


@pytest.fixture
def layers(tmp_path: Path) -> tuple[Layer, Layer]:
    low, top = tmp_path / "low", tmp_path / "top"
    (low / "etc").mkdir(parents=True)
    (low / "etc" / "a").write_text("base a\n")
    (low / "etc" / "b").write_text("to delete\n")
    (low / "opq").mkdir()
    (low / "opq" / "old").write_text("hidden by opaque\n")
    (low / "bin").mkdir()
    (low / "bin" / "tool").write_text("tool\n")
    (top / "etc").mkdir(parents=True)
    (top / "etc" / ".wh.b").write_text("")
    (top / "etc" / "c").write_text("top c\n")
    (top / "opq").mkdir()
    (top / "opq" / ".wh..wh..opq").write_text("")
    (top / "opq" / "new").write_text("new\n")
    os.symlink("../../../../../../etc/passwd", top / "etc" / "escape_rel")
    os.symlink("/etc/a", top / "etc" / "abs")
    os.symlink("loop2", top / "loop1")
    os.symlink("loop1", top / "loop2")
    return Layer.shared(top), Layer.shared(low)


def read(fs: GuestFs, path: str) -> bytes:
    f = fs.open(path, os.O_RDONLY)
    try:
        return f.read(1 << 20)
    finally:
        f.close()


def names(fs: GuestFs, path: str) -> set[str]:
    node = fs.lookup(path)
    return {e.name for e in node.entries()}  # type: ignore[attr-defined]


def errno_of(fn: object, *args: object, **kw: object) -> int:
    with pytest.raises(FsError) as info:
        fn(*args, **kw)  # type: ignore[operator]
    return info.value.errno or 0


def test_union_and_whiteouts(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers)
    assert names(fs, "/etc") == {"a", "c", "escape_rel", "abs"}
    assert read(fs, "/etc/a") == b"base a\n"
    assert errno_of(fs.open, "/etc/b", os.O_RDONLY) == errno.ENOENT
    assert names(fs, "/opq") == {"new"}
    assert errno_of(fs.open, "/opq/old", os.O_RDONLY) == errno.ENOENT
    assert errno_of(fs.open, "/etc/.wh.b", os.O_RDONLY) == errno.ENOENT
    assert {"etc", "opq", "bin", "dev"} <= names(fs, "/")


def test_symlinks_stay_inside(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers)
    # ../../.. is clamped at the guest root: the host's /etc/passwd is never reached.
    assert errno_of(fs.open, "/etc/escape_rel", os.O_RDONLY) == errno.ENOENT
    assert read(fs, "/etc/abs") == b"base a\n"  # absolute targets resolve in the guest
    assert read(fs, "/../../../etc/a") == b"base a\n"
    f = fs.open("../etc/./a", os.O_RDONLY, cwd="/bin")
    assert f.read(100) == b"base a\n"
    assert errno_of(fs.open, "/loop1", os.O_RDONLY) == errno.ELOOP
    assert errno_of(fs.open, "/etc/a/x", os.O_RDONLY) == errno.ENOTDIR
    assert fs.canonical("/etc/../../..") == "/"


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


def test_layers_are_shared_objects(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    assert Layer.shared(tmp_path / "d") is Layer.shared(str(tmp_path / "d"))


def test_rmdir_and_recreate_over_layer(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers)
    assert errno_of(fs.unlink, "/bin", dir=True) == errno.ENOTEMPTY
    fs.unlink("/bin/tool")
    fs.unlink("/bin", dir=True)
    assert errno_of(fs.stat, "/bin") == errno.ENOENT
    fs.mkdir("/bin")
    assert names(fs, "/bin") == set()


def test_quota(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers, quota=1000)
    f = fs.open("/big", os.O_CREAT | os.O_WRONLY)
    f.write(b"a" * 900)
    assert errno_of(f.write, b"b" * 200) == errno.ENOSPC
    f.truncate(0)
    f.seek(0, os.SEEK_SET)
    f.write(b"c" * 900)


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


def test_devices() -> None:
    fs = GuestFs()
    assert read(fs, "/dev/null") == b""
    f = fs.open("/dev/zero", os.O_RDONLY)
    assert f.read(8) == bytes(8)
    assert len(fs.open("/dev/urandom", os.O_RDONLY).read(16)) == 16
    assert fs.open("/dev/null", os.O_WRONLY).write(b"gone") == 4


def test_bad_paths() -> None:
    fs = GuestFs()
    assert errno_of(fs.open, "", os.O_RDONLY) == errno.ENOENT
    assert errno_of(fs.open, "a\0b", os.O_RDONLY) == errno.EINVAL
    assert errno_of(fs.open, "/" + "x" * 300, os.O_RDONLY) == errno.ENAMETOOLONG
    assert errno_of(fs.open, "/x" * 3000, os.O_RDONLY) == errno.ENAMETOOLONG
    with pytest.raises(FsError):
        fs.grant("/nonexistent-dir-xyz", "/x")
    with pytest.raises(FsError):
        fs.grant("/tmp", "relative")
