"""Component host functions registered through a trampoline that no exception can leave.

wasmtime-py's ``LinkerInstance.add_func`` calls host functions from ``func_impl``, whose
``catch_exceptions`` keeps only ``Exception``: a ``KeyboardInterrupt`` raised anywhere in that
trampoline (the host function, or a Ctrl-C landing in the trampoline's own bytecode around
it) ends the ctypes callback, ctypes hands Wasmtime an uninitialised ``wasmtime_error_t*``
and the process segfaults. :func:`add_func` has ``add_func``'s contract (``func(store,
*args)``, values converted by wasmtime-py's own converters, a Python exception parked for
the caller as wasmtime-py parks it) but its trampoline keeps every ``BaseException``: a
``KeyboardInterrupt`` fails the guest's call with the SIGINT mark, which the caller raises
as ``KeyboardInterrupt`` after tearing the domain down (as :func:`.errors.ctrl_c_traps`).

Host *resources* have the same problem: ``LinkerInstance.add_resource`` runs their destructor
through ``resource_dtor_impl`` and the same ``catch_exceptions``. :func:`add_resource` registers
the destructor through this module's guard instead (one registry and finalizer for both).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

from wasmtime import StoreContext, WasmtimeError

# SAFETY: wasmtime-py's ctypes bindings of the C API and its component helpers (used only inside
# this package; the wheel version is pinned in pyproject.toml).
from wasmtime import _ffi as ffi
from wasmtime import component as wc
from wasmtime.component import _enter

from multipie.domains.wasm._capi.raw import SIGINT_MARK

__all__ = ["add_func", "add_resource"]

#: idx -> host function or resource destructor; a plain dict (item get/set/pop are atomic under the GIL).
_funcs: dict[int, Callable[..., Any]] = {}
_next = iter(range(1, 1 << 62))


def add_func(inst: wc.LinkerInstance, name: str, func: Callable[..., Any]) -> None:
    """Define ``name`` in ``inst`` as ``func(store, *args) -> result`` (see the module doc)."""
    idx = next(_next)
    _funcs[idx] = func
    raw = name.encode()
    # SAFETY: the linker instance is alive (the caller holds it); Wasmtime copies the name;
    # _TRAMPOLINE and _FINALIZE are module-level callbacks that live as long as the process,
    # and idx is a plain integer key into _funcs, never dereferenced.
    err = ffi.wasmtime_component_linker_instance_add_func(
        inst.ptr(), ctypes.create_string_buffer(raw), len(raw), _TRAMPOLINE, idx, _FINALIZE
    )
    if err:
        _funcs.pop(idx, None)
        raise WasmtimeError._from_ptr(err)


def add_resource(inst: wc.LinkerInstance, name: str, ty: wc.ResourceType, dtor: Callable[[Any, int], None]) -> None:
    """Define host resource ``name`` of type ``ty`` in ``inst``; ``dtor(store, rep)`` runs when the guest drops one."""
    idx = next(_next)
    _funcs[idx] = dtor
    raw = name.encode()
    # SAFETY: as add_func; Wasmtime copies the resource type it is given (the caller keeps ty).
    err = ffi.wasmtime_component_linker_instance_add_resource(
        inst.ptr(), ctypes.create_string_buffer(raw), len(raw), ty.ptr(), _DESTRUCTOR, idx, _FINALIZE
    )
    if err:
        _funcs.pop(idx, None)
        raise WasmtimeError._from_ptr(err)


def _run(env: int, context: Any, ty_raw: Any, args: Any, nargs: int, results: Any) -> None:
    store = StoreContext(context)
    try:
        # SAFETY: ty_raw is the type Wasmtime passes for this call (borrowed, owner=store); args
        # points at nargs vals and results at one val, valid during the call (as in func_impl).
        with wc.FuncType._from_ptr(ty_raw, owner=store) as fty:
            func = _funcs[env or 0]
            result_ty = fty.result
            pyargs = [ty.convert_from_c(args[i]) for (_, ty), i in zip(fty.params, range(nargs))]
            value = func(store, *pyargs)
            if result_ty is not None:
                result_ty.convert_to_c(store, value, results)
    finally:
        store._invalidate()


def _drop(env: int, context: Any, rep: int) -> None:
    store = StoreContext(context)
    try:
        _funcs[env or 0](store, rep)
    finally:
        store._invalidate()


def _error(exc: BaseException) -> int:
    """The ``wasmtime_error_t*`` (as an address) that fails the guest's call for ``exc``."""
    if isinstance(exc, KeyboardInterrupt):
        err = WasmtimeError(SIGINT_MARK)
    elif isinstance(exc, WasmtimeError):
        err = exc
    else:
        # wasmtime-py's own parking: the component call that failed raises it (enter_wasm); a
        # SystemExit too, which wasmtime-py's trampoline let cross the boundary.
        _enter.LAST_EXCEPTION = exc  # type: ignore[assignment]
        err = WasmtimeError("python exception")
    # SAFETY: the error is handed over to Wasmtime, which frees it.
    return ctypes.cast(err._consume(), ctypes.c_void_p).value or 0


def _guarded(run: Callable[..., None], *args: Any) -> int:
    """``run(*args)``; 0, or the error for whatever it raised (nothing may cross the ctypes boundary)."""
    try:
        run(*args)
        return 0
    except BaseException as exc:  # noqa: BLE001 - nothing may cross the ctypes boundary
        try:
            return _error(exc)
        except BaseException:  # noqa: BLE001 - a second Ctrl-C while failing: fail the call anyway
            return _error(KeyboardInterrupt())


def _trampoline(env: int, context: Any, ty_raw: Any, args: Any, nargs: int, results: Any, nresults: int) -> int:
    return _guarded(_run, env, context, ty_raw, args, nargs, results)


def _destructor(env: int, context: Any, rep: int) -> int:
    return _guarded(_drop, env, context, rep)


def _finalize(env: int) -> None:
    funcs = _funcs
    if funcs is not None:  # None when a linker outlives this module's teardown at interpreter exit
        funcs.pop(env or 0, None)


# SAFETY: module-level callbacks (never freed); their signatures are the C API's
# wasmtime_component_func_callback_t, wasmtime_component_resource_destructor_t and the
# finalizer's void (*)(void *).
_TRAMPOLINE = ffi.wasmtime_component_func_callback_t(_trampoline)
_DESTRUCTOR = ffi.wasmtime_component_resource_destructor_t(_destructor)
_FINALIZE = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(_finalize)
