"""Traps and errors: taking raw results over, and THE place ``WasmtimeError`` is caught."""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

import ctypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

import wasmtime

# SAFETY: wasmtime-py's ctypes bindings of the C API (its _ffi module), used
# only inside this package; the wheel version is pinned in pyproject.toml.
from wasmtime import _ffi as ffi
from wasmtime import _func as _wfunc

from multipie.domains.wasm._capi.raw import _ERR_P, _TRAP_P, SIGINT_MARK, TIMEOUT_MARK

# -- traps and errors -----------------------------------------------------------------


@contextmanager
def errors_as(make: Callable[[str], BaseException]) -> Iterator[None]:
    """Translate a ``wasmtime.WasmtimeError`` raised in the body into ``make(message)`` (chained).

    THE place multiPIE catches wasmtime-py's error type: everything above sees
    :mod:`multipie.errors` types only.
    """
    try:
        yield
    except wasmtime.WasmtimeError as exc:
        raise make(str(exc)) from exc


def take_trap(trap: Any) -> wasmtime.Trap:
    """A ``wasmtime.Trap`` owning the ``wasm_trap_t*`` ``trap`` (an address or ctypes pointer; a Trap as is)."""
    if isinstance(trap, wasmtime.Trap):
        return trap
    if isinstance(trap, int):
        # SAFETY: a wasm_trap_t* the caller owns and hands over (deleted once, by the wrapper).
        trap = ctypes.cast(trap, _TRAP_P)
    return wasmtime.Trap._from_ptr(trap)


def take_error(err: Any) -> wasmtime.WasmtimeError:
    """A ``wasmtime.WasmtimeError`` owning the ``wasmtime_error_t*`` ``err`` (address or pointer; an error as is)."""
    if isinstance(err, wasmtime.WasmtimeError):
        return err
    if isinstance(err, int):
        # SAFETY: a wasmtime_error_t* the caller owns and hands over (deleted once, by the wrapper).
        err = ctypes.cast(err, _ERR_P)
    return wasmtime.WasmtimeError._from_ptr(err)


def delete_trap(trap: Any) -> None:
    """Free a ``wasm_trap_t*`` the caller owns."""
    take_trap(trap)  # the wrapper deletes it when collected


def delete_error(err: Any) -> None:
    """Free a ``wasmtime_error_t*`` the caller owns."""
    take_error(err)


def exit_status(err: wasmtime.WasmtimeError) -> int | None:
    """The WASI ``proc_exit`` status ``err`` carries, or ``None`` (another error)."""
    status = ctypes.c_int()
    # SAFETY: err owns a live wasmtime_error_t; status is ours.
    if ffi.wasmtime_error_exit_status(err.ptr(), ctypes.byref(status)):
        return int(status.value)
    return None


class TrapFrame(NamedTuple):
    """One frame of a trap's backtrace (``offset`` ``None`` when unknown)."""

    module: str | None
    function: str | None
    func_index: int
    offset: int | None


_NO_OFFSET = (1 << 64) - 1


def trap_frames(trap: wasmtime.Trap, limit: int) -> list[TrapFrame]:
    """The first ``limit`` frames of ``trap`` (best effort: ``[]`` when they cannot be read)."""
    try:
        return [
            TrapFrame(
                f.module_name,
                f.func_name,
                f.func_index,
                None if f.module_offset == _NO_OFFSET else f.module_offset,
            )
            for f in trap.frames[:limit]
        ]
    except (ValueError, wasmtime.WasmtimeError):  # pragma: no cover - frames are best effort
        return []


def take_host_exception() -> BaseException | None:
    """The exception a Python host function raised during the last call (wasmtime-py parks it), cleared."""
    try:
        _wfunc.maybe_raise_last_exn()
    except BaseException as exc:  # noqa: BLE001 - handed to the caller, which classifies it
        return exc
    return None


def clear_host_exception() -> None:
    """Drop wasmtime-py's parked host exception (so it never surfaces in a later, unrelated call)."""
    _wfunc.LAST_EXCEPTION = None


def ctrl_c_traps(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` as a host function whose ``KeyboardInterrupt`` fails the guest's call as Ctrl-C does.

    wasmtime-py's component trampoline keeps only ``Exception``: a Ctrl-C raised inside the
    host function would be lost and the guest run on with unfilled results. This raises the
    SIGINT mark instead, so the caller's translation gives ``KeyboardInterrupt`` and tears the
    domain down.
    """

    def host(*args: Any) -> Any:
        try:
            return fn(*args)
        except KeyboardInterrupt:
            raise wasmtime.WasmtimeError(SIGINT_MARK) from None

    return host


def interrupt_kind(err: wasmtime.WasmtimeError) -> str | None:
    """``"sigint"`` or ``"timeout"`` when ``err`` came from the epoch callback, else ``None``."""
    text = str(err)
    if SIGINT_MARK in text:
        return "sigint"
    if TIMEOUT_MARK in text:
        return "timeout"
    return None
