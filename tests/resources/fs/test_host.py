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
