"""Typed component calls on the native fast path (``multipie._fastcall.CompCall``), same behaviour as Python's.

An export whose parameters and result are all *flat* WIT values (``bool``, integers,
floats, ``char``, ``string``, ``list<u8>``) or options of one, and whose result may also be
a ``result`` of flat types (unwrapped as the Python path does: ``err`` raises
:class:`~multipie.errors.ResultError`), with at most 16 parameters, is bound to a
``CompCall``: the arguments are lowered in C from the Python objects (a ``str``'s UTF-8
buffer is lent to Wasmtime, not copied), ``wasmtime_component_func_call`` runs with the
GIL released under the domain's fuel and deadline, and the result is lifted in C. There is
no ctypes and no Python frame on the way.

The Python call the domain builds anyway (``ComponentDomain._bind``) stays the reference:
whatever the C path does not take exactly (another arity, a ``bool`` for an ``int``, an
``int`` out of range, an ``int`` subclass, a ``list`` of ints for ``bytes``, a ``str``
with lone surrogates) is handed to it, so it runs or raises the same
:class:`~multipie.errors.ArgumentError`. Faults go through the domain's handler
(:func:`multipie.domains.wasm._capi.component_raise` then the domain's translation), with
the Store's lock held, as for core modules' native calls.

The call takes the Store's native lock (:func:`multipie.domains.wasm.fastpath.borrow_store`,
one per Store): a second thread waits, and a host function calling back into its own
domain gets ``UsageError`` (re-entry) instead of corrupting the Store.
``MULTIPIE_NATIVE=0`` (or no extension) keeps every call on the Python path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import wasmtime
from wasmtime import component as wc

from multipie.domains.wasm import _capi
from multipie.domains.wasm import fastpath as wasm_fastpath

__all__ = ["CODES", "MAX_PARAMS", "bind", "codes", "enabled", "native"]

#: One character per flat WIT type, in the order the extension reads them (``component.c``).
CODES = "?aAhHiIqQfdcsy"
#: Parameters a native call takes (more: the Python path).
MAX_PARAMS = 16

_FLAT: dict[type, str] = {
    wc.Bool: "?",
    wc.S8: "a",
    wc.U8: "A",
    wc.S16: "h",
    wc.U16: "H",
    wc.S32: "i",
    wc.U32: "I",
    wc.S64: "q",
    wc.U64: "Q",
    wc.F32: "f",
    wc.F64: "d",
    wc.Char: "c",
    wc.String: "s",
}

_ready: Any = None
_tried = False


def native() -> Any:
    """``multipie._fastcall`` set up for component calls, or ``None`` (not built, or ``MULTIPIE_NATIVE=0``)."""
    global _ready, _tried
    if not _tried:
        _tried = True
        mod = wasm_fastpath.native_module()
        if mod is not None and hasattr(mod, "CompCall"):
            names = ["wasmtime_component_func_call", "wasmtime_component_val_delete"]
            # SAFETY: C functions of the libwasmtime wasmtime-py loaded; native/common/capi.h restates
            # their prototypes and the value layout, which init_component checks against ctypes'.
            mod.init_component(_capi.symbol_addresses(names), *_capi.component_layout())
            _ready = mod
    return _ready


def enabled() -> bool:
    """Whether domains spawned now call flat exports natively (the extension is built and the Wasm
    kind's backend is native: ``MULTIPIE_NATIVE=0`` or ``use_native(False)`` turn both off)."""
    return wasm_fastpath.active_backend() == "native" and native() is not None


def _code(ty: Any) -> str | None:
    if isinstance(ty, wc.ListType) and isinstance(ty.element, wc.U8):
        return "y"
    return _FLAT.get(type(ty))


def _param(ty: Any) -> str | None:
    """A parameter's code: flat, or ``o`` + flat for ``option<flat>``."""
    if isinstance(ty, wc.OptionType):
        inner = _code(ty.payload)
        return None if inner is None else "o" + inner
    return _code(ty)


def _result(ty: Any) -> str | None:
    """The result's code: ``""`` (none), flat, ``o`` + flat, or ``r`` + ok + err (``-``: no payload)."""
    if ty is None:
        return ""
    if isinstance(ty, wc.ResultType):
        ok = "-" if ty.ok is None else _code(ty.ok)
        err = "-" if ty.err is None else _code(ty.err)
        return None if ok is None or err is None else f"r{ok}{err}"
    return _param(ty)


def codes(params: tuple[Any, ...], result: Any) -> tuple[str, str] | None:
    """(parameter codes, result code) when every type is flat (or an option of one; the result may also
    be a ``result`` of flat types); ``None`` otherwise."""
    if len(params) > MAX_PARAMS:
        return None
    out = [_param(t) for t in params]
    res = _result(result)
    if res is None or any(c is None for c in out):
        return None
    return "".join(c for c in out if c is not None), res


def bind(
    store: wasmtime.Store,
    label: str,
    func: wc.Func,
    found: tuple[str, str] | None,
    limits: tuple[int | None, int],
    ticker: Any,
    handlers: tuple[Callable[..., Any], Callable[[int], None], Callable[[], None], Callable[[tuple[bool, Any]], Any]],
) -> Callable[..., Any] | None:
    """A native call of ``func`` (an export of the domain whose Store is ``store``), or ``None``.

    ``found`` is :func:`codes`' answer, ``limits`` (fuel per call or ``None``, deadline ticks or 0),
    ``ticker`` the runtime's ticker handle (used when ticks > 0), ``handlers`` (the Python call it
    falls back to, the error handler taking a ``wasmtime_error_t*`` address, the closed handler,
    and the unwrapping of a ``result``: ``(is_ok, payload)`` → the ok payload, or raises).
    """
    mod = native()
    if mod is None or found is None:
        return None
    handle = wasm_fastpath.borrow_store(store, label)
    if not isinstance(handle, mod.Store):  # MULTIPIE_NATIVE=0: the Store's handle is Python's
        return None
    fuel, ticks = limits
    fallback, on_error, on_closed, unwrap = handlers
    params, result = found
    call: Callable[..., Any] = mod.CompCall(
        handle, _capi.component_func_bytes(func), params, result, -1 if fuel is None else fuel, ticks,
        ticker if ticks else None, fallback, on_error, on_closed, unwrap if result.startswith("r") else None,
    )  # fmt: skip
    return call
