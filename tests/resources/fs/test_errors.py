"""FsError: an OSError with a Linux errno and a message naming where it happened."""

from __future__ import annotations

import errno
import os

from multipie.resources.fs.errors import FsError, fs_error


def test_fs_error_carries_the_errno_and_names_the_place() -> None:
    err = fs_error(errno.ENOENT, "/etc/missing")
    assert isinstance(err, FsError) and isinstance(err, OSError)
    assert err.errno == errno.ENOENT
    assert str(err) == f"[Errno {errno.ENOENT}] {os.strerror(errno.ENOENT)}: /etc/missing"
