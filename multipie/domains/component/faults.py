"""Translate what a component call raises into multiPIE's error hierarchy.

Component calls report traps as ``WasmtimeError`` whose text ends with
``wasm trap: <cause>`` (the C API gives no trap code for them), WASI exits as
``ExitTrap``, and wasmtime-py's own argument checks as ``TypeError``/``ValueError``.
The cause text is Wasmtime's ``Trap`` display string, matched against a table here.
"""

from __future__ import annotations

import wasmtime

from multipie.domains.wasm import _capi
from multipie.errors import ArgumentError, DomainError, OutOfFuel, OutOfMemory, Timeout, Trap, TrapCode

__all__ = ["REALLOC_FAILED", "cause_of", "from_error"]

#: Wasmtime's error when a guest's ``cabi_realloc`` returns memory it does not have (an allocation failed).
REALLOC_FAILED = "realloc return: beyond end of memory"

#: Wasmtime's trap display strings (``wasmtime_environ::Trap``) → our codes.
_CAUSES: tuple[tuple[str, TrapCode], ...] = (
    ("call stack exhausted", TrapCode.STACK_OVERFLOW),
    ("out of bounds memory access", TrapCode.MEMORY_OUT_OF_BOUNDS),
    ("unaligned atomic", TrapCode.HEAP_MISALIGNED),
    ("out of bounds table access", TrapCode.TABLE_OUT_OF_BOUNDS),
    ("uninitialized element", TrapCode.INDIRECT_CALL_TO_NULL),
    ("indirect call type mismatch", TrapCode.BAD_SIGNATURE),
    ("integer overflow", TrapCode.INTEGER_OVERFLOW),
    ("integer divide by zero", TrapCode.INTEGER_DIVISION_BY_ZERO),
    ("invalid conversion to integer", TrapCode.BAD_CONVERSION_TO_INTEGER),
    ("`unreachable` instruction executed", TrapCode.UNREACHABLE),
    ("all fuel consumed", TrapCode.OUT_OF_FUEL),
    ("null reference", TrapCode.NULL_REFERENCE),
    ("interrupt", TrapCode.INTERRUPT),
)


def cause_of(message: str) -> tuple[TrapCode, str]:
    """The trap code and the one-line cause in a Wasmtime error's text (``OTHER`` and its last line if unknown)."""
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    cause = next((line for line in reversed(lines) if line.startswith("wasm trap:")), lines[-1] if lines else "")
    text = cause.removeprefix("wasm trap:").strip()
    for needle, code in _CAUSES:
        if needle in text:
            return code, text
    return TrapCode.OTHER, text


def interrupted(text: str, *, domain: str) -> KeyboardInterrupt | None:
    """``KeyboardInterrupt`` when the error ``text`` says Ctrl-C stopped the guest (the epoch callback's mark)."""
    if _capi.SIGINT_MARK in text:
        return KeyboardInterrupt(f"domain {domain}: stopped by SIGINT")
    return None


def from_error(
    exc: Exception | str, *, domain: str, export: str, timeout: float | None, memory_full: bool = False
) -> DomainError | ArgumentError:
    """The multiPIE error for ``exc`` raised by a call of ``export`` in ``domain``.

    Args:
        exc: what wasmtime-py raised, or its message (as ``_capi.errors_as`` hands it over).
        domain: the domain's label, for the message.
        export: the export called.
        timeout: the call's timeout, to word an interrupt as :class:`Timeout`.
        memory_full: the domain's memory is at its limit (a trap is then reported as OutOfMemory).
    """
    if _capi.TIMEOUT_MARK in str(exc):
        limit = f" of {timeout:g} s" if timeout is not None else ""
        return Timeout(f"domain {domain}: call exceeded its timeout{limit} and was interrupted", domain=domain)
    if isinstance(exc, (TypeError, ValueError)):
        return ArgumentError(f"{domain}: bad arguments for '{export}': {exc}")
    if isinstance(exc, wasmtime.ExitTrap):
        return Trap(f"domain {domain}: guest called exit({exc.code})", code=TrapCode.OTHER, domain=domain)
    code, text = cause_of(str(exc))
    if code is TrapCode.INTERRUPT:
        limit = f" of {timeout:g} s" if timeout is not None else ""
        return Timeout(f"domain {domain}: call exceeded its timeout{limit} and was interrupted", domain=domain)
    if code is TrapCode.OUT_OF_FUEL:
        return OutOfFuel(f"domain {domain}: call ran out of fuel", domain=domain)
    if memory_full or "memory allocation" in text or "exceeds" in text and "memory" in text:
        return OutOfMemory(f"domain {domain}: memory limit reached in '{export}' ({text})", domain=domain)
    shown = code.value if code is not TrapCode.OTHER else text
    return Trap(f"domain {domain}: guest trapped in '{export}': {shown}", code=code, domain=domain)
