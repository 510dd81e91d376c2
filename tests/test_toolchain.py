"""The build step: componentize-py guests are keyed by content and served from the cache when unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from multipie import toolchain
from multipie.errors import InvalidModule
from tests.conftest import GUEST_SRC

PYHELLO = GUEST_SRC / "component" / "pyhello"


def _copy(tmp_path: Path) -> Path:
    dst = tmp_path / "component" / "pyhello"
    shutil.copytree(PYHELLO, dst)
    return dst


def test_the_key_names_sources_world_and_tool_version(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    key = toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    assert key == toolchain.python_component_key(PYHELLO / "app.py", PYHELLO / "wit", "pyhello")  # moved tree
    assert key != toolchain.python_component_key(d / "app.py", d / "wit", "other")
    (d / "app.py").write_text((d / "app.py").read_text() + "\n# changed\n")
    assert key != toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    (d / "helper.py").write_text("X = 1\n")  # any module beside app.py is part of the guest
    changed = toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    (d / "__pycache__").mkdir(exist_ok=True)
    (d / "__pycache__" / "app.cpython-311.pyc").write_bytes(b"\0")  # byte code is not a source
    assert toolchain.python_component_key(d / "app.py", d / "wit", "pyhello") == changed


def test_a_cached_build_is_a_copy(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    cache = tmp_path / "cache"
    cache.mkdir()
    key = toolchain.python_component_key(d / "app.py", d / "wit", "pyhello")
    (cache / f"{key}.wasm").write_bytes(b"\0asm\x0d\0\x01\0cached")
    out = tmp_path / "out" / "pyhello.wasm"
    assert toolchain.build_python_component(d / "app.py", d / "wit", "pyhello", out, cache=cache) is False
    assert out.read_bytes() == b"\0asm\x0d\0\x01\0cached"


def test_a_failed_componentize_is_an_invalid_module_and_caches_nothing(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / "wit" / "world.wit").write_text("package a:b;\nworld pyhello { export f: func(; }\n")
    cache = tmp_path / "cache"
    with pytest.raises(InvalidModule, match="componentize-py failed"):
        toolchain.build_python_component(d / "app.py", d / "wit", "pyhello", tmp_path / "o.wasm", cache=cache)
    assert not list(cache.glob("*"))


def test_the_component_builder_skips_directories_that_are_not_guests(tmp_path: Path) -> None:
    # Importing BUILD.py leaves a __pycache__ beside it when byte code is written (users' default):
    # it was taken for a guest and failed `multipie bench` with "failed to read __pycache__.wat".
    src = tmp_path / "component"
    shutil.copytree(GUEST_SRC / "component" / "echo", src / "echo")
    shutil.copy(GUEST_SRC / "component" / "BUILD.py", src / "BUILD.py")
    (src / "__pycache__").mkdir()
    (src / "__pycache__" / "BUILD.cpython-311.pyc").write_bytes(b"\0")
    built = toolchain.build_tree(src, tmp_path / "out", verbose=False)
    assert [p.name for p in built] == ["echo.wasm"]
