"""Grants to a component's imports: a WIT function import bound to another service's export, revocably.

``svc.spawn(grants={"iface#name": cap})`` (or the import's ``iface.name`` key) binds one
imported function to a capability from the runtime's table:

- a component function (``rt.capability(component_domain, "iface#f")``): the types must be
  the same WIT function type (parameter names aside); values cross as their Python form
  (:mod:`~multipie.domains.component.values`), so records, lists, variants and strings
  pass; resources do not (a handle means nothing in another domain);
- a core Wasm function (``rt.capability(wasm_domain, "f")``) or a host function
  (``rt.host_function(fn)``): every parameter and the result must be a WIT scalar with a
  core type (``bool``, ``s8``-``s64``, ``u8``-``u64`` as ``i32``/``i64``, ``f32``, ``f64``),
  matching the core signature exactly.

A mismatch is refused at spawn with :class:`~multipie.errors.CapabilityError` naming both
signatures. The import becomes a host function of the domain's linker (one linker per
service and set of capabilities, WASI 0.2 included); each call checks the capability
first, so a call after ``revoke()`` (or after the target domain closed) raises
:class:`~multipie.errors.CapabilityRevoked` and tears the caller down, as a revoked call
stub does for core modules. Calls cross Stores through the host (microseconds, not the
nanoseconds of a core guest-to-guest grant).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import wasmtime
from wasmtime import component as wc

from multipie.capabilities import Capability, CapabilityKind
from multipie.domains.component import world
from multipie.domains.component.values import Lift, Lower, Variant, Where, lifter, lowerer
from multipie.domains.wasm import _capi
from multipie.errors import CapabilityError, CapabilityRevoked, ResultError

if TYPE_CHECKING:
    from multipie.domains.base import Host

__all__ = ["Binding", "bind", "core_signature", "function_capability", "wit_signature"]

#: WIT scalar → (core kind, bits, signed) for grants to core functions.
_CORE: dict[type, tuple[str, int, bool]] = {
    wc.Bool: ("i32", 1, False),
    wc.S8: ("i32", 8, True),
    wc.U8: ("i32", 8, False),
    wc.S16: ("i32", 16, True),
    wc.U16: ("i32", 16, False),
    wc.S32: ("i32", 32, True),
    wc.U32: ("i32", 32, False),
    wc.S64: ("i64", 64, True),
    wc.U64: ("i64", 64, False),
    wc.F32: ("f32", 0, False),
    wc.F64: ("f64", 0, False),
}


def wit_signature(ft: wc.FuncType) -> str:
    """``(s32, string) -> u32``: a WIT function type without parameter names (what must match)."""
    params = ", ".join(world.describe_type(t) for _, t in ft.params)
    result = ft.result
    return f"({params})" + (f" -> {world.describe_type(result)}" if result is not None else "")


def core_signature(ft: wc.FuncType) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The core ``(params, results)`` kinds a WIT function of scalars lowers to, or ``None`` if it has others."""
    kinds = [_CORE.get(type(t)) for _, t in ft.params]
    result = None if ft.result is None else _CORE.get(type(ft.result))
    if any(k is None for k in kinds) or (ft.result is not None and result is None):
        return None
    return tuple(k[0] for k in kinds if k), (result[0],) if result else ()


def function_capability(host: Host, domain: Any, export: str, functype: wc.FuncType) -> Capability:
    """A capability to call ``domain``'s (a component domain's) export ``export`` of type ``functype``."""
    text = f"component {world.describe_func(functype)}"
    return host.capabilities.issue(CapabilityKind.FUNCTION, text, target=domain, detail=(export, functype))


@dataclass(frozen=True)
class Binding:
    """One granted import: where it lives in the world, and the host function that serves it."""

    interface: str
    name: str
    func: Callable[..., Any]


def bind(host: Host, where: str, imports: list[world.Item], grants: Mapping[str, Any]) -> list[Binding]:
    """Check ``grants`` against the component's ``imports`` and make one host function per grant.

    Raises:
        CapabilityError: not a mapping, a key naming no imported function, a forged, foreign or
            revoked capability, a capability of another kind, or a type mismatch (both named).
    """
    if not isinstance(grants, Mapping):
        raise CapabilityError(f"{where}: grants must be a mapping of 'iface#name' to capabilities")
    by_key = {i.path: i for i in imports if i.func is not None}
    by_key |= {f"{i.interface or '$root'}.{i.name}": i for i in imports if i.func is not None}
    out = []
    for key, obj in grants.items():
        item = by_key.get(key)
        if item is None:
            names = ", ".join(sorted(i.path for i in imports if i.func is not None)) or "none"
            raise CapabilityError(f"{where}: grant {key!r} names no imported function (imported functions: {names})")
        cap = host.capabilities.check(obj, where=f"{where}: grant {key!r}")
        out.append(Binding(item.interface, item.name, _caller(f"{where}: import {key!r}", item.func, cap)))
    return out


def _caller(where: str, ft: wc.FuncType, cap: Capability) -> Callable[..., Any]:
    """The host function serving an import of type ``ft`` with ``cap`` (checked at every call)."""
    if cap.kind is CapabilityKind.FUNCTION and isinstance(cap.detail[1], wc.FuncType):
        export, target_ft = cap.detail
        if wit_signature(target_ft) != wit_signature(ft):
            raise CapabilityError(
                f"{where} has type {wit_signature(ft)} but the capability is {export!r} of type "
                f"{wit_signature(target_ft)}"
            )
        return _to_component(where, ft, cap, export)
    core = core_signature(ft)
    if cap.kind is CapabilityKind.FUNCTION:
        export, sig = cap.detail
        theirs, call = (sig.params, sig.results), (lambda *a: cap.target.call(export, *a))
    elif cap.kind is CapabilityKind.HOST_FUNCTION:
        fn = cap.target
        theirs, call = (fn.params, fn.results), fn.fn
    else:
        raise CapabilityError(f"{where}: a {cap.kind.value} capability cannot serve a function import")
    if core is None or core != theirs:
        mine = f"{wit_signature(ft)}" + (f" (core {_core_text(core)})" if core else " (not all core scalars)")
        raise CapabilityError(f"{where} has type {mine} but the capability is {_core_text(theirs)}")
    return _to_core(where, ft, cap, call)


def _core_text(sig: tuple[tuple[str, ...], tuple[str, ...]]) -> str:
    return f"({', '.join(sig[0])}) -> ({', '.join(sig[1])})"


def _check(cap: Capability, where: str) -> None:
    if cap.revoked:
        raise CapabilityRevoked(f"{where}: called after its capability #{cap.id} was revoked")


def _to_component(where: str, ft: wc.FuncType, cap: Capability, export: str) -> Callable[..., Any]:
    lifts: list[Lift] = [lifter(t) for _, t in ft.params]
    lower: Lower | None = lowerer(ft.result) if ft.result is not None else None
    is_result = isinstance(ft.result, wc.ResultType)  # the target's call unwraps it: wrap it back
    owner = _NoResources(where)

    def serve(store: wasmtime.Store, *args: Any) -> Any:
        _check(cap, where)
        try:
            value = cap.target.call(export, *(lift(a, owner) for lift, a in zip(lifts, args)))
        except ResultError as exc:
            if not is_result:
                raise
            value = Variant("err", exc.value)
        else:
            value = Variant("ok", value) if is_result else value
        return None if lower is None else lower(value, Where(where, export, "", "result"), owner)

    return _capi.ctrl_c_traps(serve)


def _to_core(where: str, ft: wc.FuncType, cap: Capability, call: Callable[..., Any]) -> Callable[..., Any]:
    ins = [_CORE[type(t)] for _, t in ft.params]
    out = _CORE[type(ft.result)] if ft.result is not None else None

    def serve(store: wasmtime.Store, *args: Any) -> Any:
        _check(cap, where)
        result = call(*(_signed(a, k) for a, k in zip(args, ins)))
        if out is None:
            return None
        value = result[0] if isinstance(result, tuple) else result
        return _from_core(value, out)

    return _capi.ctrl_c_traps(serve)


def _signed(v: Any, kind: tuple[str, int, bool]) -> Any:
    """A WIT value as its core argument: bool as 0/1, unsigned values past the signed range wrapped."""
    core, bits, signed = kind
    if core in ("f32", "f64"):
        return float(v)
    v = int(v)
    width = 64 if core == "i64" else 32
    return v - (1 << width) if not signed and v >= 1 << (width - 1) else v


def _from_core(v: Any, kind: tuple[str, int, bool]) -> Any:
    """A core result as the WIT value of ``kind`` (truncated to its width, as the canonical ABI lifts it)."""
    core, bits, signed = kind
    if core in ("f32", "f64"):
        return float(v)
    if bits == 1:
        return int(v) != 0
    v = int(v) & ((1 << bits) - 1)
    return v - (1 << bits) if signed and v >= 1 << (bits - 1) else v


class _NoResources:
    """The owner of values crossing a grant: they belong to no domain, so resources are refused."""

    def __init__(self, where: str) -> None:
        self.label = where
        self.is_open = True

    def _closed_error(self) -> Exception:
        return CapabilityError(f"{self.label}: resources cannot cross a grant")

    def _drop_resource(self, raw: Any) -> None:
        raise CapabilityError(f"{self.label}: resources cannot cross a grant")
