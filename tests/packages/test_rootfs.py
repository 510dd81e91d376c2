"""A directory as a deterministic OCI layer and image layout, read back by the runtime's own image code."""

from __future__ import annotations

import os
import tarfile
from io import BytesIO
from pathlib import Path

import pytest

from multipie.domains.legacy.container import ImageConfig
from multipie.errors import PackageError
from multipie.packages.rootfs import layer_tar, write_image
from multipie.packages.source import open_source
from multipie.packages.tar import TarFiles


def _tree(root: Path) -> None:
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "tool").write_bytes(b"#!/bin/sh\n")
    (root / "usr" / "bin" / "tool").chmod(0o755)
    os.link(root / "usr" / "bin" / "tool", root / "usr" / "bin" / "tool2")
    os.symlink("usr/bin", root / "bin")
    os.symlink("/etc/absent", root / "usr" / "abs")


def test_layer_is_deterministic_and_vetted(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _tree(a)
    _tree(b)
    data = layer_tar(a)
    assert data == layer_tar(b)  # same tree, same bytes: mtimes, owners and order never leak in
    with TarFiles(data, where="layer", rootfs=True) as files:
        assert files.read("usr/bin/tool2", max_size=100) == b"#!/bin/sh\n"  # the hard link
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tool, tool2 = tar.getmember("usr/bin/tool"), tar.getmember("usr/bin/tool2")
        assert tool.mode == 0o755 and tool.mtime == 0 and tool.uid == 0 and tool2.islnk()


def test_refuses_fifo_and_non_dir(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(PackageError, match="FIFO"):
        layer_tar(tmp_path)
    with pytest.raises(PackageError, match="not a directory"):
        layer_tar(tmp_path / "fifo")


def test_image_layout_round_trip(tmp_path: Path) -> None:
    _tree(tmp_path / "root")
    desc = write_image(tmp_path / "layout", [layer_tar(tmp_path / "root")], cmd=["/bin/tool"],
                       env={"PATH": "/bin"}, working_dir="/usr", tag="v1")  # fmt: skip
    with open_source(f"{tmp_path / 'layout'}:v1") as src:
        image = src.image()
        config = ImageConfig.parse(image.config, where="t")
        assert image.digest == desc.digest and len(image.layers) == 1
    assert config.argv(None) == ["/bin/tool"] and config.env == {"PATH": "/bin"} and config.working_dir == "/usr"
