"""Fixtures of the file multiplexer's tests: two image layers with whiteouts, an opaque directory and symlinks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from multipie.resources.fs import Layer


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
