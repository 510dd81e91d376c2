"""multipie.domains.wasm.ticker: epochs advance while timed calls run, and the thread sleeps when idle."""

from __future__ import annotations

import pytest

from multipie.domains.wasm.engine import EngineConfig, EngineSet
from multipie.domains.wasm.ticker import Ticker
from tests.inflight import wait_for


def test_ticks_for_rounds_up_and_adds_the_partial_tick() -> None:
    t = Ticker(EngineSet(EngineConfig()), tick=0.01)
    try:
        assert t.ticks_for(0.001) == 2 and t.ticks_for(0.01) == 2 and t.ticks_for(0.05) == 6
    finally:
        t.stop()


def test_python_ticker_advances_epochs_only_while_a_call_is_timed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIPIE_NATIVE_TICKER", "0")
    engines = EngineSet(EngineConfig())
    ticks: list[int] = []
    engines.increment_epochs = lambda: ticks.append(1)  # type: ignore[method-assign]
    t = Ticker(engines, tick=0.001)
    try:
        assert not t.native and t.handle is t
        t.enter()
        wait_for(lambda: len(ticks) >= 3, what="the ticker to tick while a timed call runs")
        t.leave()
        wait_for(lambda: t._sleeping, what="the ticker to go to sleep once idle")
        idle = len(ticks)
        t.enter()  # wakes it
        wait_for(lambda: len(ticks) > idle, what="the ticker to wake on enter()")
        t.leave()
    finally:
        t.stop()
