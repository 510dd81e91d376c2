"""multipie.runtime: what the Runtime fixes at construction."""

from __future__ import annotations

import pytest

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
