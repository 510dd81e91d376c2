"""Image layers: one shared object per host directory."""

from __future__ import annotations

from pathlib import Path

from multipie.resources.fs import Layer


def test_layers_are_shared_objects(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    assert Layer.shared(tmp_path / "d") is Layer.shared(str(tmp_path / "d"))
