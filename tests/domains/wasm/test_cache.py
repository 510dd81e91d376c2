"""Compile once; corrupt, truncated or incompatible artefacts are recompiled, never loaded blindly."""

from __future__ import annotations

import os
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
    with multipie.Runtime(cache_dir=tmp_path) as rt:  # the recompiled entry is good
        rt.load(guests / "c" / "mathlib.wasm").spawn().close()
        cache = rt._host.state("wasm").module_cache
        assert (cache.disk_hits, cache.misses, cache.rejected) == (1, 0, 0)


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
        mine.with_suffix(".sum").write_bytes(other.with_suffix(".sum").read_bytes())
        with rt.load(guests / "wat" / "add.wasm").spawn() as d:
            assert d.call("add", 1, 2) == 3
        assert rt._host.state("wasm").module_cache.rejected == 1


def test_unwritable_cache_dir_only_costs_speed(tmp_path: Path, guests: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with multipie.Runtime(cache_dir=blocker) as rt:
        with rt.load(guests / "wat" / "add.wasm").spawn() as d:
            assert d.call("add", 2, 2) == 4


def _mapped(cache: Path) -> Path:
    [entry] = sorted((cache / "wasm").glob("*.mapped.cwasm"))
    return entry


def _typed_add(cache: Path, guests: Path) -> tuple[int, int, int]:
    """Load the typed component from ``cache``, call it, and return the cache's (disk hits, misses, rejected)."""
    with multipie.Runtime(cache_dir=cache) as rt:
        with rt.load(guests / "component" / "typed.wasm").spawn() as d:
            assert d.call("add", 2, 3) == 5
        c = rt._host.state("wasm").module_cache
        return c.disk_hits, c.misses, c.rejected


def _settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as settled from now on (its last change more than digestcache.SETTLE_NS ago)."""
    import time

    from multipie.packages import digestcache

    monkeypatch.setattr(digestcache, "_clock", lambda: time.time_ns() + 2 * digestcache.SETTLE_NS)


@pytest.fixture
def settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as settled."""
    _settle(monkeypatch)


def _sum(entry: Path) -> list[str]:
    return entry.with_suffix(".sum").read_text().split()


def test_components_are_stored_mapped_and_mapped_back(
    tmp_path: Path, guests: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _typed_add(tmp_path, guests) == (0, 1, 0)
    entry = _mapped(tmp_path)
    magic, digest, *identity = _sum(entry)
    assert magic == "MPIEWASM-MAPPED2" and len(digest) == 64
    assert identity == ["unsettled"]  # just written: hashed again on each load until it settles
    assert not entry.read_bytes().startswith(b"MPIEWASM")  # the bare payload: Wasmtime maps the file itself
    assert _typed_add(tmp_path, guests) == (1, 0, 0)
    _settle(monkeypatch)
    assert _typed_add(tmp_path, guests) == (1, 0, 0)
    st = entry.stat()
    assert _sum(entry)[2:] == [str(st.st_size), str(st.st_mtime_ns), str(st.st_ctime_ns), str(st.st_ino)]
    assert _typed_add(tmp_path, guests) == (1, 0, 0)  # mapped without hashing


def test_modules_are_stored_mapped_too(tmp_path: Path, guests: Path) -> None:
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        rt.load(guests / "c" / "mathlib.wasm").spawn().close()
    entry = _mapped(tmp_path)
    assert _sum(entry)[0] == "MPIEWASM-MAPPED2" and entry.read_bytes()[:4] != b"\0asm"
    assert _artefacts(tmp_path) == [entry]


def test_an_older_checksum_file_is_verified_and_rewritten(tmp_path: Path, guests: Path, settle: None) -> None:
    _typed_add(tmp_path, guests)
    entry = _mapped(tmp_path)
    digest = _sum(entry)[1]
    st = entry.stat()
    entry.with_suffix(".sum").write_text(f"MPIEWASM-MAPPED1 {digest} {st.st_size} {st.st_mtime_ns} {st.st_ino}\n")
    assert _typed_add(tmp_path, guests) == (1, 0, 0)
    assert _sum(entry)[0] == "MPIEWASM-MAPPED2" and len(_sum(entry)) == 6


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],  # truncated
        lambda b: b[:200] + bytes([b[200] ^ 0xFF]) + b[201:],  # same size, one byte flipped
        lambda b: b"",
    ],
    ids=["truncated", "bit-flip", "empty"],
)
def test_a_changed_mapped_entry_is_hashed_and_recompiled(tmp_path: Path, guests: Path, damage) -> None:  # type: ignore[no-untyped-def]
    _typed_add(tmp_path, guests)
    entry = _mapped(tmp_path)
    st = entry.stat()
    entry.write_bytes(damage(entry.read_bytes()))
    os.utime(entry, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # rewritten: a later mtime
    assert _typed_add(tmp_path, guests) == (0, 1, 1)
    assert _typed_add(tmp_path, guests) == (1, 0, 0)  # the recompiled entry is good


def test_a_touched_but_intact_mapped_entry_is_verified_once(tmp_path: Path, guests: Path, settle: None) -> None:
    _typed_add(tmp_path, guests)
    entry = _mapped(tmp_path)
    os.utime(entry, ns=(0, 1_000_000_000))
    assert _typed_add(tmp_path, guests) == (1, 0, 0)  # hashed in full, matched
    assert entry.with_suffix(".sum").read_text().split()[3] == "1000000000"  # identity re-recorded


def test_a_corrupt_checksum_file_discards_the_entry(tmp_path: Path, guests: Path) -> None:
    _typed_add(tmp_path, guests)
    _mapped(tmp_path).with_suffix(".sum").write_text("nonsense\n")
    assert _typed_add(tmp_path, guests) == (0, 1, 1)


def test_fingerprint_names_the_loaded_wasmtime_library() -> None:
    """Artefacts are keyed by the native library that compiled them (its path, size, mtime), read by one stat."""

    from wasmtime import _ffi

    from multipie.domains.wasm import engine

    st = os.stat(_ffi.filename)
    assert engine._wasmtime_version() == f"{_ffi.filename}:{st.st_size}:{st.st_mtime_ns}"
    cfg = engine.EngineConfig()
    assert cfg.fingerprint(fuel=False) == cfg.fingerprint(fuel=False) != cfg.fingerprint(fuel=True)


@pytest.mark.parametrize("data", [b"", b"abc", b"x" * 55, b"x" * 64, bytes(range(256)) * 9])
def test_the_fingerprint_hash_is_hashlibs_sha256(data: bytes) -> None:
    """The fingerprint's sha256 without OpenSSL is byte-identical: existing cache entries keep their names."""
    import hashlib

    from multipie.domains.wasm import engine

    assert engine._small_sha256(data) == hashlib.sha256(data).hexdigest()
    cfg = engine.EngineConfig()
    text = f"wasmtime-{engine._wasmtime_version()}-{cfg!r}-fuel=False"
    assert cfg.fingerprint(fuel=False) == hashlib.sha256(text.encode()).hexdigest()[:16]


SETTLED_LOAD = r"""
import sys
from pathlib import Path
import multipie
from multipie.domains.wasm import cache
cache.settled = lambda st: True  # the entry written a moment ago counts as settled (>= 2 s old)
with multipie.Runtime(cache_dir=sys.argv[1]) as rt:
    rt.load(Path(sys.argv[2]))
sums = list(Path(sys.argv[1], "wasm").glob("*.sum"))
recorded = any("unsettled" not in p.read_text() for p in sums)
print(recorded, "tempfile" in sys.modules, sorted(p.name[:5] for p in sums[0].parent.iterdir()))
"""


def test_the_first_settled_load_rewrites_the_checksum_without_tempfile(tmp_path: Path, guests: Path) -> None:
    """That load is a cached start: it records the identity, and must not import ``tempfile`` to do it."""
    import subprocess
    import sys

    wasm = guests / "c" / "hello.wasm"
    with multipie.Runtime(cache_dir=tmp_path) as rt:
        rt.load(wasm)  # compiled now: its checksum says "unsettled"
    assert all("unsettled" in p.read_text() for p in (tmp_path / "wasm").glob("*.sum"))
    argv = [sys.executable, "-c", SETTLED_LOAD, str(tmp_path), str(wasm)]
    proc = subprocess.run(argv, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    # the identity is recorded, tempfile stays out, and no temporary file is left beside the entry
    assert proc.stdout.split(" ", 2)[:2] == ["True", "False"], proc.stdout
    assert ".tmp-" not in proc.stdout, proc.stdout
