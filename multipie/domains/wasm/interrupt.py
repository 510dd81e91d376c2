"""Ctrl-C for Wasm commands: SIGINT stops a running guest and raises ``KeyboardInterrupt``.

Python runs its SIGINT handler only between bytecodes, never while a guest loops.
:func:`sigint_stops` arms one untimed run so a SIGINT ends it within an epoch
check (a loop back-edge or function entry): ``multipie._interrupt`` (``native/
interrupt.c``) puts a C handler in front of Python's that advances the epoch of
the engines guests run on, and the Store's epoch callback turns that into an
error; the caller then raises ``KeyboardInterrupt`` (Python's handler, still
called, has it pending). Epoch interruption is compiled in already for timeouts
(the cheapest interruption Wasmtime has; ``docs/performance.md``), so an armed
run costs nothing more while no signal comes.

Armed only when Python's SIGINT handler is the default one (an application with
its own handler keeps it) and the native extension is built.
"""

from __future__ import annotations

import ctypes
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import wasmtime

from multipie.domains.wasm import _capi

__all__ = ["sigint_stops", "interrupted", "raise_keyboard_interrupt"]

_mod: Any = None


def _module() -> Any:
    global _mod
    if _mod is None:
        try:
            from multipie import _interrupt  # type: ignore[attr-defined]
        except ImportError:  # pragma: no cover - built by pip install
            _mod = False
            return None
        _interrupt.setup(
            _capi.symbol_address("wasmtime_error_new"), _capi.symbol_address("wasmtime_engine_increment_epoch")
        )
        _mod = _interrupt
    return _mod or None


@contextmanager
def sigint_stops(store: wasmtime.Store, engine: wasmtime.Engine) -> Iterator[int | None]:
    """Arm ``store`` (untimed, about to run) so SIGINT stops it; yields the generation, or ``None``."""
    mod = _module()
    if mod is None or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield None
        return
    mod.install()
    gen = mod.generation()
    _capi.set_epoch_callback(store, mod.callback_address(), gen)
    _capi.set_store_deadline(store, 1)
    slot = mod.enter(_capi.handle_address(engine))
    try:
        yield gen
    finally:
        mod.leave(slot)


def interrupted(gen: int | None) -> bool:
    """True when a SIGINT arrived since :func:`sigint_stops` yielded ``gen``."""
    return gen is not None and _mod and _mod.generation() != gen  # type: ignore[no-any-return]


def raise_keyboard_interrupt() -> None:
    """Raise the pending ``KeyboardInterrupt`` (Python's handler consumes the signal), or a fresh one."""
    ctypes.pythonapi.PyErr_CheckSignals()
    raise KeyboardInterrupt
