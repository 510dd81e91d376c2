"""Wasmtime's error text → multiPIE's typed errors for component calls (``from_error``, ``interrupted``)."""

from __future__ import annotations

import pytest

import multipie
from multipie.domains.component import faults
from multipie.domains.wasm import _capi
from multipie.errors import TrapCode


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "error while executing\n\nCaused by:\n    wasm trap: `unreachable` instruction executed",
            TrapCode.UNREACHABLE,
        ),
        ("wasm trap: integer divide by zero", TrapCode.INTEGER_DIVISION_BY_ZERO),
        ("wasm trap: out of bounds memory access", TrapCode.MEMORY_OUT_OF_BOUNDS),
        ("something new\nwasm trap: a cause nobody listed", TrapCode.OTHER),
    ],
)
def test_trap_causes_are_coded_from_the_last_wasm_trap_line(text: str, code: TrapCode) -> None:
    err = faults.from_error(text, domain="svc#1", export="f", timeout=None)
    assert isinstance(err, multipie.Trap) and err.code is code
    assert "svc#1" in str(err) and "'f'" in str(err)


def test_fuel_and_memory_are_their_own_errors() -> None:
    assert isinstance(
        faults.from_error("wasm trap: all fuel consumed", domain="d", export="f", timeout=None), multipie.OutOfFuel
    )
    full = faults.from_error("wasm trap: whatever", domain="d", export="f", timeout=None, memory_full=True)
    assert isinstance(full, multipie.OutOfMemory)


def test_the_epoch_callbacks_timeout_mark_is_a_timeout_with_its_limit() -> None:
    err = faults.from_error(f"error\n{_capi.TIMEOUT_MARK}", domain="d", export="f", timeout=0.25)
    assert isinstance(err, multipie.Timeout)
    assert "timeout of 0.25 s" in str(err)


def test_ctrl_c_is_a_keyboard_interrupt_not_a_domain_error() -> None:
    stop = faults.interrupted(f"error\n{_capi.SIGINT_MARK}", domain="d")
    assert isinstance(stop, KeyboardInterrupt)
    assert faults.interrupted("wasm trap: `unreachable` instruction executed", domain="d") is None


def test_argument_refusals_by_wasmtime_py_are_argument_errors() -> None:
    err = faults.from_error(TypeError("expected int"), domain="d", export="f", timeout=None)
    assert isinstance(err, multipie.ArgumentError)
