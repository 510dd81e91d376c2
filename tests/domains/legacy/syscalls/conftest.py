"""The ``h`` fixture: a process over a layer with ``/etc/motd``, a granted ``/data`` and some stdin."""

from __future__ import annotations

from pathlib import Path

import pytest

from multipie.resources.fs import GuestFs, Layer
from tests.domains.legacy.syscalls.harness import Harness


@pytest.fixture
def h(tmp_path: Path) -> Harness:
    (tmp_path / "layer" / "etc").mkdir(parents=True)
    (tmp_path / "layer" / "etc" / "motd").write_text("hello from the layer\n")
    (tmp_path / "data").mkdir()
    fs = GuestFs([Layer.shared(tmp_path / "layer")])
    fs.grant(tmp_path / "data", "/data")
    return Harness(fs, stdin=b"input bytes")
