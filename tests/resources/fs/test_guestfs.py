"""GuestFs: symlinks and ``..`` stay inside the guest, the private area's quota, bad paths and grants refused, an open
directory's path."""

from __future__ import annotations

import contextlib
import errno
import os

import pytest

from multipie.resources.fs import DirFile, FsError, GuestFs, Layer
from tests.resources.fs.fshelpers import errno_of, read


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


def test_quota(layers: tuple[Layer, Layer]) -> None:
    fs = GuestFs(layers, quota=1000)
    f = fs.open("/big", os.O_CREAT | os.O_WRONLY)
    f.write(b"a" * 900)
    assert errno_of(f.write, b"b" * 200) == errno.ENOSPC
    f.truncate(0)
    f.seek(0, os.SEEK_SET)
    f.write(b"c" * 900)


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


@pytest.mark.parametrize(
    ("path", "cwd"),
    [("/", "/"), ("/etc", "/"), ("/etc/", "/"), ("etc", "/"), (".", "/etc"), ("..", "/etc"), ("/opq/../etc", "/"),
     ("../..", "/etc"), ("/linked", "/"), ("/linked/", "/"), ("linked/../bin", "/"), ("/bin/.", "/")],
)  # fmt: skip
def test_an_open_directory_knows_the_path_it_was_opened_by(layers: tuple[Layer, Layer], path: str, cwd: str) -> None:
    """``DirFile.path`` (where ``*at`` calls and ``fchdir`` start) is what ``canonical`` says: links followed."""
    fs = GuestFs(layers)
    fs.symlink("/etc", "/linked")
    for cached in (False, True):
        with fs.cached_lookups() if cached else contextlib.nullcontext():
            f = fs.open(path, os.O_RDONLY | os.O_DIRECTORY, cwd=cwd)
            assert isinstance(f, DirFile) and f.path == fs.canonical(path, cwd)
            f.close()
    assert errno_of(fs.open, "/linked", os.O_RDONLY | os.O_NOFOLLOW) == errno.ELOOP
