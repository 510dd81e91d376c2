"""The host → guest call path: signatures, argument checks, and the unchecked raw call.

wasmtime-py's ``Func.__call__`` rebuilds types and boxes every value on each
call (tens of µs). Here a :class:`Signature` is computed once per export per
service, and a call writes the arguments straight into a preallocated
``wasmtime_val_raw_t`` array and invokes ``wasmtime_func_call_unchecked``.
That function trusts its caller completely, so this module is where the
checks it skips are made: arity and Python types are validated against the
signature before the call, and integers are range-checked (an i32 accepts
``-2**31 .. 2**32-1``; results come back signed). Messages are
:meth:`ArgumentError.arity` / :meth:`ArgumentError.bad_value`, as on every other path.

When the native extension :mod:`multipie._fastcall` is built, the call itself
runs in C (see ``native/fastcall/call.c``); the checks and error translation stay
identical.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

import ctypes
from typing import NamedTuple

import wasmtime

from multipie.domains.wasm._capi import ValRaw
from multipie.domains.wasm.valtypes import NUMBER_KINDS, kind_name
from multipie.errors import ArgumentError

__all__ = ["Signature", "ValRawArray", "convert_args", "read_results", "signature_of", "describe_functype"]

ValRawArray = ctypes.Array[ValRaw]

_INT_RANGE = {"i32": (-(1 << 31), (1 << 32) - 1), "i64": (-(1 << 63), (1 << 64) - 1)}


def _kind(t: wasmtime.ValType) -> str:
    # Never ``t == ValType.i32()`` or ``str(t)``: both abort the process on v128/exnref.
    return kind_name(t)


def describe_functype(ft: wasmtime.FuncType) -> str:
    """``i32,i32->i32`` style text for a function type."""
    return ",".join(_kind(p) for p in ft.params) + "->" + ",".join(_kind(r) for r in ft.results)


class Signature(NamedTuple):
    """A function's parameter and result kinds (``"i32"``, ``"i64"``, ``"f32"``, ``"f64"``, or other)."""

    name: str
    params: tuple[str, ...]
    results: tuple[str, ...]

    @property
    def slots(self) -> int:
        """Size of the raw array: max(params, results), at least 1."""
        return max(len(self.params), len(self.results), 1)

    @property
    def callable_from_host(self) -> bool:
        """True when every param and result is a number type the host can pass."""
        return all(k in NUMBER_KINDS for k in self.params + self.results)

    def __str__(self) -> str:
        return f"{self.name}({', '.join(self.params)}) -> ({', '.join(self.results)})"


def signature_of(name: str, ft: wasmtime.FuncType) -> Signature:
    """The :class:`Signature` of export ``name`` of type ``ft``."""
    return Signature(name, tuple(_kind(p) for p in ft.params), tuple(_kind(r) for r in ft.results))


def convert_args(sig: Signature, args: tuple[object, ...], raw: ValRawArray, where: str) -> None:
    """Check ``args`` against ``sig`` and write them into ``raw``.

    Wasm integers are sign-agnostic, so an i32 takes ``-2**31 .. 2**32-1`` (``2**32-1`` is passed as
    ``-1``) and an i64 ``-2**63 .. 2**64-1``; the native path (``native/fastcall/call.c``) accepts
    exactly the same and has this function explain what it refused.

    Raises:
        ArgumentError: wrong arity, a non-number, or an integer out of range.
    """
    if len(args) != len(sig.params):
        raise ArgumentError.arity(where, sig.name, sig.params, len(args))
    for i, (kind, value) in enumerate(zip(sig.params, args)):
        slot = raw[i]
        if kind in _INT_RANGE:
            if not isinstance(value, int) or isinstance(value, bool):
                raise ArgumentError.bad_value(where, sig.name, i, kind, value, f"expected an int, got {_type(value)}")
            lo, hi = _INT_RANGE[kind]
            if not lo <= value <= hi:
                raise ArgumentError.bad_value(where, sig.name, i, kind, value, f"out of range {lo}..{hi}")
            if kind == "i32":
                slot.i32 = value  # type: ignore[assignment]  # ctypes wraps 2**31.. to negative
            else:
                slot.i64 = value  # type: ignore[assignment]
        elif kind in ("f32", "f64"):
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ArgumentError.bad_value(where, sig.name, i, kind, value, f"expected a float, got {_type(value)}")
            try:
                fvalue = float(value)
            except OverflowError:
                raise ArgumentError.bad_value(where, sig.name, i, kind, value, "too large for a float") from None
            if kind == "f32":
                slot.f32 = fvalue
            else:
                slot.f64 = fvalue
        else:
            raise ArgumentError.bad_value(where, sig.name, i, kind, value, "the host cannot pass this type")


def _type(value: object) -> str:
    return type(value).__name__


def read_results(sig: Signature, raw: ValRawArray) -> object:
    """The call's results from ``raw``: ``None``, one value, or a tuple."""
    n = len(sig.results)
    if n == 0:
        return None
    out: list[int | float] = []
    for i, kind in enumerate(sig.results):
        slot = raw[i]
        if kind == "i32":
            out.append(slot.i32)
        elif kind == "i64":
            out.append(slot.i64)
        elif kind == "f32":
            out.append(slot.f32)
        else:
            out.append(slot.f64)
    return out[0] if n == 1 else tuple(out)
