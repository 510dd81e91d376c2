"""multipie.domains.wasm._capi.errors: wasmtime errors and traps become multiPIE's, in one place."""

from __future__ import annotations

import pytest
import wasmtime

from multipie.domains.wasm import _capi
from multipie.errors import InvalidModule


def test_errors_as_translates_and_chains() -> None:
    def bad(why: str) -> InvalidModule:
        return InvalidModule(f"bad WAT: {why}")

    with pytest.raises(InvalidModule, match="bad WAT: ") as info, _capi.errors_as(bad):
        wasmtime.wat2wasm("(module (func (i32.bogus)))")
    assert isinstance(info.value.__cause__, wasmtime.WasmtimeError)


def test_errors_as_lets_other_exceptions_through() -> None:
    with pytest.raises(KeyError), _capi.errors_as(InvalidModule):
        raise KeyError("x")


def test_trap_and_error_pointers_are_taken_over() -> None:
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    module = wasmtime.Module(engine, '(module (func (export "f") unreachable) (start 0))')
    instance, trap, err = _capi.instance_new(_capi.context(store), module, _capi.extern_array(0), 0)
    assert instance is None and trap != 0 and err == 0
    taken = _capi.take_trap(trap)
    assert taken.trap_code == wasmtime.TrapCode.UNREACHABLE
    assert _capi.take_trap(taken) is taken
    assert _capi.trap_frames(taken, 4)[0].func_index == 0
