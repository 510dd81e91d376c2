"""Where ``pack``/``pull -o`` write: only into an existing directory, with the user's umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from multipie import packages
from multipie.errors import PackageError
from tests.conftest import GUEST_SRC, run_cli

ADD = GUEST_SRC / "wat" / "add.wat"


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_missing_output_directory_is_refused_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for out in (tmp_path / "no" / "dir" / "x.tar", tmp_path / "no" / "dir" / "layout"):
        with pytest.raises(PackageError, match="does not exist"):
            packages.pack(ADD, out)
        assert not (tmp_path / "no").exists()
    code, _, err = run_cli(capsys, "pack", str(ADD), "-o", str(tmp_path / "nope" / "x.tar"))
    assert code == 1 and "does not exist" in err and not (tmp_path / "nope").exists()


def test_outputs_are_readable_like_any_new_file(tmp_path: Path, umask_022: None) -> None:
    tar = tmp_path / "add.tar"
    packages.pack(ADD, tar)
    assert stat.S_IMODE(tar.stat().st_mode) == 0o644
    layout = tmp_path / "layout"
    packages.pack(ADD, layout)
    files = [p for p in layout.rglob("*") if p.is_file()]
    assert files and all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in files)


def test_outputs_follow_a_stricter_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        packages.pack(ADD, tmp_path / "add.tar")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "add.tar").stat().st_mode) == 0o600
