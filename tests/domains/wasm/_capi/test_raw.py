"""multipie.domains.wasm._capi.raw: the C library's entry points, handle addresses and the Ctrl-C extension."""

from __future__ import annotations

import ctypes

import pytest
import wasmtime

from multipie.domains.wasm._capi import raw


def test_symbols_resolve_and_wrapped_ones_keep_their_name() -> None:
    names = ["wasmtime_store_new", "wasmtime_context_set_epoch_deadline", "wasmtime_func_call_unchecked"]
    found = raw.symbol_addresses(names)
    assert set(found) == set(names) and all(a != 0 for a in found.values())
    # the one not wrapped by the interrupt extension is the library's own entry point
    assert found["wasmtime_func_call_unchecked"] == raw.symbol_address("wasmtime_func_call_unchecked")
    if raw.interruptible():
        assert found["wasmtime_store_new"] != raw.symbol_address("wasmtime_store_new")  # the arming wrapper


def test_an_unknown_symbol_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        raw.symbol_address("wasmtime_no_such_function")


def test_handle_and_func_addresses_are_the_live_objects() -> None:
    engine = raw.Engine(wasmtime.Config())
    store = wasmtime.Store(engine)
    raw.arm(store)
    func = wasmtime.Func(store, wasmtime.FuncType([], []), lambda: None)
    assert raw.handle_address(engine) != 0 and raw.handle_address(engine) == raw.handle_address(engine)
    assert isinstance(raw.func_handle(func), raw.Func)
    assert raw.EXTERN_SIZE == ctypes.sizeof(raw.Extern) and raw.EXTERN_UNION_OFFSET > 0
    func(store)  # an armed Store still runs host functions


def test_engines_register_for_sigint_for_their_whole_life() -> None:
    if not raw.interruptible():
        pytest.skip("multipie._interrupt is not built (pip install builds it)")
    engine = raw.Engine(wasmtime.Config())
    assert engine._sigint_slot >= 0
    slot = engine._sigint_slot
    del engine  # unregistered before the engine is freed: the slot is reused by the next engine
    again = raw.Engine(wasmtime.Config())
    assert again._sigint_slot == slot
