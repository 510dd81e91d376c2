"""Compile once; corrupt, truncated or incompatible artefacts are recompiled, never loaded blindly."""

from __future__ import annotations

from pathlib import Path

import pytest

import multipie
from multipie.domains.wasm.engine import EngineConfig


def _artefacts(cache: Path) -> list[Path]:
    return sorted((cache / "wasm").glob("*.cwasm"))


def test_compiled_once_then_from_disk(tmp_path: Path, guests: Path) -> None:
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        rt.load(guests / "c" / "mathlib.wasm").spawn().close()
        assert rt._host.state("wasm").module_cache.misses == 1
    [entry] = _artefacts(tmp_path)
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        with rt.load(guests / "c" / "mathlib.wasm").spawn() as d:
            assert d.call("fib", 10) == 55
        assert rt._host.state("wasm").module_cache.disk_hits == 1 and rt._host.state("wasm").module_cache.misses == 0


def test_env_var_moves_the_cache(tmp_path: Path, guests: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_CACHE_DIR", str(tmp_path / "elsewhere"))
    with multipie.Runtime() as rt:
        rt.load(guests / "wat" / "add.wasm").spawn().close()
    assert _artefacts(tmp_path / "elsewhere")


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:-100] + bytes(100),  # tail zeroed
        lambda b: b[:60] + bytes([b[60] ^ 0xFF]) + b[61:],  # one flipped byte in the payload
        lambda b: b"",  # empty
        lambda b: b"garbage",  # not ours at all
    ],
    ids=["truncated", "zeroed-tail", "bit-flip", "empty", "garbage"],
)
def test_corrupt_entry_is_recompiled(tmp_path: Path, guests: Path, damage) -> None:  # type: ignore[no-untyped-def]
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        rt.load(guests / "c" / "mathlib.wasm").spawn().close()
    [entry] = _artefacts(tmp_path)
    entry.write_bytes(damage(entry.read_bytes()))
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        with rt.load(guests / "c" / "mathlib.wasm").spawn() as d:
            assert d.call("fib", 12) == 144
        assert rt._host.state("wasm").module_cache.rejected == 1 and rt._host.state("wasm").module_cache.misses == 1
    [fresh] = _artefacts(tmp_path)
    assert fresh.read_bytes()[:10] == b"MPIEWASM1\n"


def test_incompatible_engine_artefact_is_recompiled(tmp_path: Path, guests: Path) -> None:
    """An artefact from different engine settings, planted under this engine's name, is refused by wasmtime."""
    with multipie.Runtime(cache_dir=tmp_path, engine=EngineConfig(memory_guard_size=1 << 16)) as rt:
        rt.load(guests / "wat" / "add.wasm").spawn().close()
    [other] = _artefacts(tmp_path)
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        svc_sha = other.name.split("-")[0]
        wasm = rt._host.state("wasm")
        mine = wasm.module_cache.path_for(svc_sha, wasm.engines.config.fingerprint(fuel=False))
        assert mine is not None and mine != other
        mine.write_bytes(other.read_bytes())  # valid checksum, wrong engine
        with rt.load(guests / "wat" / "add.wasm").spawn() as d:
            assert d.call("add", 1, 2) == 3
        assert rt._host.state("wasm").module_cache.rejected == 1


def test_unwritable_cache_dir_only_costs_speed(tmp_path: Path, guests: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with multipie.Runtime(cache_dir=blocker) as rt:
        with rt.load(guests / "wat" / "add.wasm").spawn() as d:
            assert d.call("add", 2, 2) == 4
