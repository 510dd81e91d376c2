"""The devices at guest paths: /dev/null, /dev/zero, /dev/urandom."""

from __future__ import annotations

import os

from multipie.resources.fs import GuestFs
from tests.resources.fs.fshelpers import read


def test_devices() -> None:
    fs = GuestFs()
    assert read(fs, "/dev/null") == b""
    f = fs.open("/dev/zero", os.O_RDONLY)
    assert f.read(8) == bytes(8)
    assert len(fs.open("/dev/urandom", os.O_RDONLY).read(16)) == 16
    assert fs.open("/dev/null", os.O_WRONLY).write(b"gone") == 4
