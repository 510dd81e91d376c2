"""Component host functions whose values are converted in C (:mod:`multipie._comphost`, ``native/comphost/``).

:func:`define_func` has the contract of :func:`.component_funcs.define_func` (``func(context,
*args)``; resources arrive as the host resource's rep and an ``own`` result is given as
``(resource type id, rep)``; variants and results are ``Variant`` both ways, options ``None`` or
the value; ``list<u8>`` is ``bytes``) but registers the C callback of ``_comphost``: one
``wasmtime_component_linker_instance_add_func`` per function, the GIL taken once per call, the
arguments and the result converted in C by a descriptor made from the function's type on its
first call (:func:`describe`), no ctypes on the call path. ``context`` is ``None``: the proxy
world keeps its state in the request's table. Records are lowered from a ``dict`` or an
object's attributes (``kebab-case`` fields as ``snake_case``); ``flags`` are refused (no proxy
world function takes or returns them). Without the extension (not built) the ctypes
trampoline of :mod:`.component_funcs` is used, with the same behaviour; ``MULTIPIE_COMPHOST=0`` in
the environment selects it too (to compare the two: ``docs/components.md``, Speed).

A Python exception in a host function fails the guest call with its text, and the exception is
kept for :func:`.component_funcs.take_failure`, as on the ctypes path.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable
from typing import Any

from wasmtime import WasmtimeError

# SAFETY: wasmtime-py's ctypes bindings of the C API (its _ffi module), used only inside this
# package; the wheel version is pinned in pyproject.toml.
from wasmtime import _ffi as ffi
from wasmtime import component as wc

from multipie.domains.wasm._capi import component_funcs, component_host
from multipie.domains.wasm._capi.raw import symbol_addresses

try:
    from multipie import _comphost as _native  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - the extension is built by `make venv`
    _native = None

__all__ = ["NATIVE", "add_resource", "define_func", "describe"]

#: Descriptor code of ``list<u8>`` (the others are the C API's value kinds).
BYTES = 100
_K = {name: getattr(ffi, f"WASMTIME_COMPONENT_{name}").value for name in (
    "BOOL", "S8", "U8", "S16", "U16", "S32", "U32", "S64", "U64", "F32", "F64", "CHAR", "STRING", "LIST",
    "RECORD", "TUPLE", "VARIANT", "ENUM", "OPTION", "RESULT", "FLAGS", "RESOURCE",
)}  # fmt: skip
_SCALARS = {
    wc.Bool: "BOOL", wc.S8: "S8", wc.U8: "U8", wc.S16: "S16", wc.U16: "U16", wc.S32: "S32", wc.U32: "U32",
    wc.S64: "S64", wc.U64: "U64", wc.F32: "F32", wc.F64: "F64", wc.Char: "CHAR", wc.String: "STRING",
}  # fmt: skip

Descriptor = tuple[Any, ...]


def _descriptor(ty: Any) -> Descriptor:
    """The C side's shape of WIT type ``ty``: ``(code, ...)`` (see ``native/comphost/``)."""
    for cls, name in _SCALARS.items():
        if isinstance(ty, cls):
            return (_K[name],)
    if isinstance(ty, wc.ListType):
        return (BYTES,) if isinstance(ty.element, wc.U8) else (_K["LIST"], _descriptor(ty.element))
    if isinstance(ty, wc.TupleType):
        return (_K["TUPLE"], tuple(_descriptor(t) for t in ty.elements))
    if isinstance(ty, wc.OptionType):
        return (_K["OPTION"], _descriptor(ty.payload))
    if isinstance(ty, wc.ResultType):
        return (_K["RESULT"], _maybe(ty.ok), _maybe(ty.err))
    if isinstance(ty, wc.VariantType):
        return (_K["VARIANT"], tuple((name, _maybe(t)) for name, t in ty.cases))
    if isinstance(ty, wc.EnumType):
        return (_K["ENUM"],)
    if isinstance(ty, wc.RecordType):
        return (_K["RECORD"], tuple((n, n.replace("-", "_"), _descriptor(t)) for n, t in ty.fields))
    if isinstance(ty, (wc.OwnType, wc.BorrowType)):
        return (_K["RESOURCE"],)
    raise TypeError(f"component host functions here do not take or return {type(ty).__name__} values")


def _maybe(ty: Any) -> Descriptor | None:
    return None if ty is None else _descriptor(ty)


def describe(ty_address: int) -> tuple[tuple[Descriptor, ...], Descriptor | None]:
    """(parameter descriptors, result descriptor or None) of the function type at ``ty_address``.

    Called by the C callback on a function's first call with the type Wasmtime passes.
    """
    # SAFETY: the address is the wasmtime_component_func_type_t Wasmtime passed to the running
    # callback; the clone is owned (and freed) by the FuncType wrapper.
    ptr = ctypes.cast(ty_address, ctypes.POINTER(ffi.wasmtime_component_func_type_t))
    fty = wc.FuncType._from_ptr(ffi.wasmtime_component_func_type_clone(ptr))
    result = fty.result
    return tuple(_descriptor(t) for _, t in fty.params), None if result is None else _descriptor(result)


def _setup() -> Any:
    if _native is None or os.environ.get("MULTIPIE_COMPHOST") == "0":
        return None
    names = ("wasmtime_error_new", "wasmtime_error_delete", "wasm_byte_vec_new",
             "wasmtime_component_vallist_new_uninit", "wasmtime_component_valtuple_new_uninit",
             "wasmtime_component_valrecord_new_uninit", "wasmtime_component_val_new",
             "wasmtime_component_val_delete", "wasmtime_component_resource_any_to_host",
             "wasmtime_component_resource_host_rep", "wasmtime_component_resource_host_new",
             "wasmtime_component_resource_host_to_any", "wasmtime_component_resource_host_delete")  # fmt: skip
    kinds = tuple(_K.values())
    val = ffi.wasmtime_component_val_t
    entry = ffi.wasmtime_component_valrecord_entry_t
    # SAFETY: the addresses are of the library wasmtime-py loaded; comphost/ restates their
    # prototypes and refuses a build whose val layout or kind codes differ from these (then the
    # ctypes trampoline serves: a wasmtime-py upgrade must not break the proxy world).
    try:
        _native.setup(
            symbol_addresses(names), kinds, ctypes.sizeof(val), ctypes.sizeof(entry),
            wc.Variant, describe, component_funcs.park_failure,
        )  # fmt: skip
    except (KeyError, ValueError):
        return None
    # SAFETY: C function addresses exported by the extension (module-lifetime), wrapped as the
    # C API's callback and finalizer types.
    callback = ffi.wasmtime_component_func_callback_t(_native.CALLBACK)
    destructor = ffi.wasmtime_component_resource_destructor_t(_native.DESTRUCTOR)
    finalizer = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(_native.FINALIZER)
    return callback, destructor, finalizer


_PTRS = _setup()
#: True when host functions are converted in C (:mod:`multipie._comphost` is built).
NATIVE = _PTRS is not None


def define_func(inst: wc.LinkerInstance, name: str, func: Callable[..., Any]) -> None:
    """Define ``name`` in ``inst`` as ``func(None, *args) -> result``, converted in C (see the module doc)."""
    if _PTRS is None:
        component_funcs.define_func(inst, name, func)
        return
    callback, _, finalizer = _PTRS
    env = _native.new_env(func)
    raw = name.encode()
    # SAFETY: the linker instance is alive (the caller holds it); Wasmtime copies the name; env is
    # a FuncEnv the finalizer frees when the linker drops the function (free_env if it never took it).
    err = ffi.wasmtime_component_linker_instance_add_func(
        inst.ptr(), ctypes.create_string_buffer(raw), len(raw), callback, env, finalizer
    )
    if err:
        _native.free_env(env)
        raise WasmtimeError._from_ptr(err)


def add_resource(inst: wc.LinkerInstance, name: str, kind: int, dtor: Callable[[Any, int], None]) -> None:
    """Define host resource ``name`` of type id ``kind``; ``dtor(None, rep)`` runs when the guest drops one."""
    ty = wc.ResourceType.host(kind)
    if _PTRS is None:  # a destructor no KeyboardInterrupt can leave (wasmtime-py's keeps only Exception)
        component_host.add_resource(inst, name, ty, dtor)
        return
    _, destructor, finalizer = _PTRS
    env = _native.new_env(dtor)
    raw = name.encode()
    # SAFETY: as define_func; Wasmtime copies the resource type it is given (ty is freed after).
    err = ffi.wasmtime_component_linker_instance_add_resource(
        inst.ptr(), ctypes.create_string_buffer(raw), len(raw), ty.ptr(), destructor, env, finalizer
    )
    if err:
        _native.free_env(env)
        raise WasmtimeError._from_ptr(err)
