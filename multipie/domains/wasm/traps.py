"""Translate Wasmtime's traps and errors into multiPIE's error hierarchy.

This is the only place that looks at ``wasmtime.Trap``/``WasmtimeError``
objects raised by guest code; everything above it sees
:mod:`multipie.errors`. The original is chained as ``__cause__``.
"""

from __future__ import annotations

import ctypes

import wasmtime
from wasmtime import _ffi as ffi
from wasmtime._func import maybe_raise_last_exn

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
_NO_OFFSET = (1 << 64) - 1


def _frames(trap: wasmtime.Trap, module: str) -> list[Frame]:
    try:
        return [
            Frame(
                module=f.module_name or module,
                function=f.func_name,
                func_index=f.func_index,
                offset=None if f.module_offset == _NO_OFFSET else f.module_offset,
            )
            for f in trap.frames[:MAX_FRAMES]
        ]
    except (ValueError, wasmtime.WasmtimeError):  # pragma: no cover - frames are best effort
        return []


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


def from_trap_ptr(ptr: ctypes._Pointer, **kw: object) -> MultipieError:  # type: ignore[type-arg]
    """Like :func:`from_trap` for a raw ``wasm_trap_t*`` (whose ownership this takes).

    wasmtime-py reports a Python host function that raised as a trap while the
    exception waits in ``LAST_EXCEPTION``; it is collected here (never left to
    surface in a later, unrelated call) and reported as the host's error.
    """
    trap = wasmtime.Trap._from_ptr(ptr)
    host = _take_host_exception(str(kw.get("domain", "?")))
    if host is not None:
        host.__context__ = None
        return host
    return from_trap(trap, **kw)  # type: ignore[arg-type]


def _take_host_exception(domain: str) -> MultipieError | None:
    try:
        maybe_raise_last_exn()
    except MultipieError as exc:
        return exc
    except BaseException as exc:  # noqa: BLE001 - any host exception becomes a typed error
        out = HostError(f"domain {domain}: host function raised {type(exc).__name__}: {exc}", domain=domain)
        out.__cause__ = exc
        return out
    return None


def from_error_ptr(ptr: ctypes._Pointer, *, domain: str) -> MultipieError:  # type: ignore[type-arg]
    """The multiPIE error for a ``wasmtime_error_t*`` returned by a call (ownership taken).

    Such errors come from host functions that raised (the exception is waiting
    in wasmtime-py's ``LAST_EXCEPTION`` and must be collected now, or it would
    surface in a later, unrelated call) and from WASI ``proc_exit``.
    """
    err = wasmtime.WasmtimeError._from_ptr(ptr)
    status = ctypes.c_int()
    if ffi.wasmtime_error_exit_status(err.ptr(), ctypes.byref(status)):
        return Trap(f"domain {domain}: guest called proc_exit({status.value})", code=TrapCode.OTHER, domain=domain)
    host = _take_host_exception(domain)
    if host is not None:
        return host
    return Trap(f"domain {domain}: {err}", code=TrapCode.OTHER, domain=domain)
