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


def test_the_native_ticker_needs_no_threading() -> None:
    """Only the Python ticker makes a ``threading.Event`` (a run with the native one never imports ``threading``);
    stopping either kind works."""
    t = Ticker(EngineSet(EngineConfig()), tick=0.01)
    try:
        assert (t._wake is None) == t.native
    finally:
        t.stop()
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


def _traps(store: object, func: object) -> bool:
    """Whether calling ``func`` traps: its entry's epoch check fires once the epoch passed the deadline."""
    import wasmtime

    try:
        func(store)  # type: ignore[operator]
    except wasmtime.Trap:
        return True
    return False


def test_native_ticker_sleeps_until_the_first_timed_call() -> None:
    """Registering an engine starts the thread asleep: an untimed run is never woken by ticks (nor waits on them)."""
    import time

    import wasmtime

    from multipie.domains.wasm import _capi, fastpath

    mod = fastpath.native_module()
    if mod is None:
        pytest.skip("the native extension is not built")
    cfg = wasmtime.Config()
    cfg.epoch_interruption = True
    engine = wasmtime.Engine(cfg)
    ticker = mod.Ticker(0.001)
    try:
        ticker.add_engine(engine, _capi.handle_address(engine))
        store = wasmtime.Store(engine)
        store.set_epoch_deadline(1)
        func = wasmtime.Instance(store, wasmtime.Module(engine, '(module (func (export "f")))'), []).exports(store)["f"]
        time.sleep(0.1)  # a hundred ticks' time: a ticking thread would have moved the epoch past the deadline
        assert not _traps(store, func)
        ticker.enter()  # a timed call starts: the thread wakes and ticks
        wait_for(lambda: _traps(store, func), what="the epoch to advance once a timed call runs")
        ticker.leave()
    finally:
        ticker.stop()
