"""The third-party isolation example: unmodified LZ4 inside a virtine."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT, needs_kvm

pytestmark = needs_kvm


@pytest.fixture(scope="module")
def lz4() -> ModuleType:
    path = ROOT / "examples" / "lz4-virtine" / "lz4_virtine.py"
    spec = importlib.util.spec_from_file_location("lz4_virtine_example", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_round_trip(lz4: ModuleType) -> None:
    data = (ROOT / "third_party" / "lz4" / "lz4.c").read_bytes()
    blob = lz4.compress(data)
    assert len(blob) < len(data) // 2
    assert lz4.decompress(blob, len(data)) == data
    rnd = os.urandom(100_000)
    assert lz4.decompress(lz4.compress(rnd), len(rnd)) == rnd


def test_the_library_gets_no_hypercalls(lz4: ModuleType) -> None:
    assert lz4.lz4_compress.service.details()["allow_list"] == []


def test_corrupt_input_is_an_error_not_a_crash(lz4: ModuleType) -> None:
    with pytest.raises(ValueError, match="corrupt"):
        lz4.decompress(b"\xff" * 64, 1000)
    assert lz4.decompress(lz4.compress(b"abc" * 1000), 3000) == b"abc" * 1000


def test_example_runs_as_a_script(lz4: ModuleType, tmp_path: Path) -> None:
    f = tmp_path / "in.bin"
    f.write_bytes(b"multiPIE " * 5000)
    assert lz4.main(["x", str(f)]) == 0
