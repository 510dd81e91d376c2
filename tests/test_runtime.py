"""multipie.runtime: what the Runtime fixes at construction."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from wasmtime import wat2wasm

import multipie

ADD = '(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))'


def test_ticker_kind_is_fixed_when_the_runtime_is_made(monkeypatch: pytest.MonkeyPatch) -> None:
    """``MULTIPIE_NATIVE_TICKER=0`` at ``Runtime()`` keeps a Python ticker after the variable is gone.

    (The calls benchmark sets the variable only around ``Runtime()``; a ticker made on the first
    load instead would silently be the native one.)
    """
    monkeypatch.setenv("MULTIPIE_NATIVE_TICKER", "0")
    rt = multipie.Runtime(cache_dir=None)
    monkeypatch.delenv("MULTIPIE_NATIVE_TICKER")
    try:
        svc = rt.load(ADD)
        assert not svc.state.ticker.native
        with svc.spawn(timeout=5) as d:
            assert d.call("add", 2, 3) == 5
    finally:
        rt.close()


SUB = ADD.replace("i32.add", "i32.sub")


def test_a_source_file_changed_in_place_loads_as_the_new_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Source digests are remembered across runtimes (the file is not hashed again), never for changed bytes."""
    from multipie.packages import digestcache

    src = tmp_path / "m.wasm"
    src.write_bytes(wat2wasm(ADD))
    monkeypatch.setattr(digestcache, "_clock", lambda: time.time_ns() + 3 * digestcache.SETTLE_NS)

    def load_and_call() -> tuple[str, int]:
        with multipie.Runtime(cache_dir=tmp_path / "cache") as rt:
            svc = rt.load(src)
            with svc.spawn() as d:
                return svc.digest, d.call("add", 5, 3)

    first = load_and_call()
    monkeypatch.setattr(digestcache, "_memory", {})  # a new process: only the cache directory remembers
    reads: list[bool] = []
    real = digestcache.read_file
    monkeypatch.setattr(digestcache, "read_file", lambda *a: reads.append((r := real(*a)).remembered) or r)
    assert load_and_call() == first and reads == [True]
    st = src.stat()
    time.sleep(0.02)  # past the kernel's timestamp tick
    src.write_bytes(wat2wasm(SUB))  # same size, same inode; mtime put back
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))
    digest, result = load_and_call()
    assert reads == [True, False] and result == 2 and digest != first[0]
