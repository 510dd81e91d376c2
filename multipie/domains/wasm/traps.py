"""Translate Wasmtime's traps and errors into multiPIE's error hierarchy.

This is the only place that classifies the ``wasmtime.Trap``/``WasmtimeError``
objects raised by guest code (:mod:`._capi` takes them over from the C API);
everything above it sees :mod:`multipie.errors`. The original is chained as
``__cause__``.
"""

from __future__ import annotations

from typing import Any

import wasmtime

from multipie.domains.wasm import _capi
from multipie.errors import (
    DomainError,
    Frame,
    HostError,
    MultipieError,
    OutOfFuel,
    OutOfMemory,
    Timeout,
    Trap,
    TrapCode,
)

__all__ = ["from_error_ptr", "from_trap", "from_trap_ptr"]

_CODES: dict[str, TrapCode] = {c.name: c for c in TrapCode}
_CODES.update({"HEAP_OUT_OF_BOUNDS": TrapCode.MEMORY_OUT_OF_BOUNDS, "STACK_OVERFLOW": TrapCode.STACK_OVERFLOW})


#: Frames kept per trap: a stack overflow has thousands, all alike.
MAX_FRAMES = 32


def _frames(trap: wasmtime.Trap, module: str) -> list[Frame]:
    return [
        Frame(module=f.module or module, function=f.function, func_index=f.func_index, offset=f.offset)
        for f in _capi.trap_frames(trap, MAX_FRAMES)
    ]


def from_trap(
    trap: wasmtime.Trap,
    *,
    domain: str,
    timeout: float | None = None,
    memory_full: bool = False,
) -> DomainError:
    """The multiPIE error for a guest trap in ``domain``.

    Args:
        trap: the Wasmtime trap.
        domain: the domain label for the message.
        timeout: the call's timeout, to word an epoch interrupt as :class:`Timeout`.
        memory_full: the domain's memory is at its limit, so a trap is reported as OutOfMemory.
    """
    wcode = trap.trap_code
    code = _CODES.get(wcode.name, TrapCode.OTHER) if wcode is not None else TrapCode.OTHER
    first = trap.message.split("\n", 1)[0].strip()
    message = code.value if code is not TrapCode.OTHER or not first else first
    frames = _frames(trap, domain.split("#", 1)[0])
    if code is TrapCode.INTERRUPT:
        limit = f" of {timeout:g} s" if timeout is not None else ""
        return Timeout(f"domain {domain}: call exceeded its timeout{limit} and was interrupted", domain=domain)
    if code is TrapCode.OUT_OF_FUEL:
        return OutOfFuel(f"domain {domain}: call ran out of fuel", domain=domain)
    if memory_full:
        return OutOfMemory(f"domain {domain}: memory limit reached and the guest trapped ({message})", domain=domain)
    return Trap(f"domain {domain}: guest trapped: {message}", code=code, frames=frames, domain=domain)


def from_trap_ptr(ptr: Any, **kw: object) -> BaseException:
    """Like :func:`from_trap` for a raw ``wasm_trap_t*`` (address or pointer; ownership taken).

    wasmtime-py reports a Python host function that raised as a trap while the
    exception waits in ``LAST_EXCEPTION``; it is collected here (never left to
    surface in a later, unrelated call) and reported as the host's error.
    """
    trap = _capi.take_trap(ptr)
    host = _take_host_exception(str(kw.get("domain", "?")))
    if host is not None:
        host.__context__ = None
        return host
    return from_trap(trap, **kw)  # type: ignore[arg-type]


def _take_host_exception(domain: str) -> BaseException | None:
    exc = _capi.take_host_exception()
    if exc is None or isinstance(exc, (MultipieError, KeyboardInterrupt)):  # Ctrl-C in a host function stays Ctrl-C
        return exc
    # Any other host exception becomes a typed error.
    out = HostError(f"domain {domain}: host function raised {type(exc).__name__}: {exc}", domain=domain)
    out.__cause__ = exc
    return out


def from_interrupt(err: wasmtime.WasmtimeError, *, domain: str, timeout: float | None = None) -> BaseException | None:
    """``KeyboardInterrupt`` (Ctrl-C) or :class:`Timeout` when ``err`` came from the epoch callback, else ``None``."""
    kind = _capi.interrupt_kind(err)
    if kind == "sigint":
        return KeyboardInterrupt(f"domain {domain}: stopped by SIGINT")
    if kind == "timeout":
        limit = f" of {timeout:g} s" if timeout is not None else ""
        return Timeout(f"domain {domain}: call exceeded its timeout{limit} and was interrupted", domain=domain)
    return None


def from_error_ptr(ptr: Any, *, domain: str, timeout: float | None = None) -> BaseException:
    """The error for a ``wasmtime_error_t*`` (address or pointer) returned by a call (ownership taken).

    Such errors come from host functions that raised (the exception is waiting
    in wasmtime-py's ``LAST_EXCEPTION`` and must be collected now, or it would
    surface in a later, unrelated call), from WASI ``proc_exit``, and from the
    epoch callback: a timed call's deadline (:class:`Timeout`, ``timeout`` words
    it) or Ctrl-C (``KeyboardInterrupt``, not a multiPIE error).
    """
    err = _capi.take_error(ptr)
    status = _capi.exit_status(err)
    if status is not None:
        return Trap(f"domain {domain}: guest called proc_exit({status})", code=TrapCode.OTHER, domain=domain)
    host = _take_host_exception(domain)
    if host is not None:
        return host
    stopped = from_interrupt(err, domain=domain, timeout=timeout)
    if stopped is not None:
        return stopped
    return Trap(f"domain {domain}: {err}", code=TrapCode.OTHER, domain=domain)
