"""Stores, instances, exports, memories, host functions, value types and engine settings."""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Sequence
from typing import Any

import wasmtime

# SAFETY: wasmtime-py's ctypes bindings of the C API (its _ffi module), used
# only inside this package; the wheel version is pinned in pyproject.toml.
from wasmtime import _ffi as ffi

from multipie.domains.wasm._capi.raw import (
    _CTX_P,
    _TRAP_P,
    EXTERN_FUNC,
    Extern,
    Func,
    Instance,
    ValRaw,
    address,
    arm,
    memory_data_at,
    set_epoch_deadline,
)

# -- Stores ----------------------------------------------------------------------


def context(store: wasmtime.Store) -> Any:
    """The ``wasmtime_context_t*`` (ctypes) of an open ``wasmtime.Store`` (``ValueError`` once closed)."""
    return store._context()


def context_address(store: wasmtime.Store) -> int:
    """The context address of an open ``wasmtime.Store``."""
    return address(store._context())


def context_at(addr: int) -> Any:
    """A ctypes ``wasmtime_context_t*`` for a context address (the caller keeps its Store open)."""
    # SAFETY: addr is the context of a live Store (a handle's ctx); used while the Store is open.
    return ctypes.cast(addr, _CTX_P)


def store_limiter(
    store: wasmtime.Store, memory_size: int, table_elements: int, instances: int, tables: int, memories: int
) -> None:
    """Set the Store's resource limiter (``-1``: Wasmtime's default for that limit)."""
    # SAFETY: store is a live wasmtime_store_t owned by the wasmtime.Store; integers only.
    ffi.wasmtime_store_limiter(store.ptr(), memory_size, table_elements, instances, tables, memories)


def set_store_deadline(store: wasmtime.Store, ticks: int) -> None:
    """Set an open Store's epoch deadline ``ticks`` epochs ahead."""
    # SAFETY: the context of an open Store; no guest runs in it (creation time).
    set_epoch_deadline(store._context(), ticks)


class OwnedStore(wasmtime.Store):
    """A ``wasmtime.Store`` that invalidates its multiPIE store handle before it is deleted.

    Whoever ends up owning it (a domain, or a capability group shared by several
    domains) may close it; every gate over it then sees a closed Store instead of
    a dangling pointer. Made with ``engine``, it is armed for Ctrl-C (:func:`arm`).
    """

    _multipie_handle: Any = None

    def __init__(self, engine: wasmtime.Engine) -> None:
        super().__init__(engine)
        arm(self)

    def data(self) -> None:
        """Always ``None``: the Store's data slot holds multiPIE's interrupt state, not a Python object."""
        return None

    def _delete(self, ptr: Any) -> None:
        handle = self._multipie_handle
        if handle is not None:
            handle.close()
        super()._delete(ptr)


def adopt_store(ptr: int, engine: wasmtime.Engine, handle: Any) -> OwnedStore:
    """An :class:`OwnedStore` taking over the ``wasmtime_store_t*`` at ``ptr`` (``handle`` gave it up)."""
    store = OwnedStore.__new__(OwnedStore)
    # SAFETY: ptr is a live wasmtime_store_t* whose ownership the native handle
    # just gave up; the wrapper deletes it once (on close), after closing the
    # handle (OwnedStore._delete), so no gate uses the context afterwards.
    store._set_ptr(ctypes.cast(ptr, ctypes.POINTER(ffi.wasmtime_store_t)))
    store._Store__context = ffi.wasmtime_store_context(store.ptr())  # type: ignore[attr-defined]
    store.engine = engine
    store._multipie_handle = handle
    return store


def take_wasi(cfg: wasmtime.WasiConfig) -> int:
    """The ``wasi_config_t*`` address of ``cfg``, whose ownership passes to the caller (``cfg`` is spent)."""
    return address(cfg._consume())


def set_wasi(ctx: Any, wasi: int) -> int:
    """Give the ``wasi_config_t*`` at ``wasi`` (ownership taken) to the Store; an error address or 0."""
    # SAFETY: ctx is an open Store the caller holds; wasi came from take_wasi and is consumed here.
    return address(ffi.wasmtime_context_set_wasi(ctx, ctypes.cast(wasi, ctypes.POINTER(ffi.wasi_config_t))))


# -- instances, exports, memories -------------------------------------------------


def val_array(n: int) -> ctypes.Array[Any]:
    """A zeroed array of ``n`` ``wasmtime_val_raw_t`` slots."""
    return (ValRaw * n)()


def extern_array(n: int) -> ctypes.Array[Any]:
    """A zeroed array of ``n`` ``wasmtime_extern_t``."""
    return (Extern * n)()


def extern_of(obj: Any) -> Any:
    """The ``wasmtime_extern_t`` of a wasmtime-py Func, Memory or Global (valid while its Store lives)."""
    return obj._as_extern()


def func_of(item: Any) -> wasmtime.Func:
    """A ``wasmtime.Func`` for the function extern ``item`` (valid while its Store lives)."""
    return wasmtime.Func._from_raw(item.of.func)


def instantiate_pre(pre: int, ctx: Any) -> tuple[bytes | None, int, int]:
    """Instantiate the ``InstancePre`` at ``pre`` in the Store of ``ctx``: (instance bytes | None, trap, err).

    The caller owns a non-zero trap/err address (see :func:`take_trap`/:func:`take_error`).
    """
    inst = Instance()
    trap = _TRAP_P()
    # SAFETY: pre was built on this Store's engine and is kept alive by its service;
    # the caller holds the Store's lock; out-params are ours. ctypes releases the GIL.
    err = ffi.wasmtime_instance_pre_instantiate(
        ctypes.cast(pre, ctypes.POINTER(ffi.wasmtime_instance_pre_t)), ctx, ctypes.byref(inst), ctypes.byref(trap)
    )
    if trap or err:
        return None, address(trap), address(err)
    return bytes(inst), 0, 0


def instance_new(ctx: Any, module: wasmtime.Module, externs: Any, n: int) -> tuple[bytes | None, int, int]:
    """Instantiate ``module`` with ``n`` imports ``externs`` in the Store of ``ctx``: (instance | None, trap, err)."""
    inst = Instance()
    trap = _TRAP_P()
    # SAFETY: module and Store share one engine; externs holds one live extern of this
    # Store per import, in import order (types checked by the caller); the caller holds
    # the Store's lock; out-params are ours.
    err = ffi.wasmtime_instance_new(ctx, module.ptr(), externs, n, ctypes.byref(inst), ctypes.byref(trap))
    if trap or err:
        return None, address(trap), address(err)
    return bytes(inst), 0, 0


def export_get(ctx: Any, instance: bytes, name: str) -> Any:
    """The ``wasmtime_extern_t`` of export ``name`` of ``instance`` (bytes), or ``None``."""
    item = Extern()
    raw = name.encode()
    inst = Instance.from_buffer_copy(instance)
    # SAFETY: ctx and instance belong to the same open Store (checked by callers); item is ours.
    if not ffi.wasmtime_instance_export_get(ctx, ctypes.byref(inst), raw, len(raw), ctypes.byref(item)):
        return None
    return item


def export_func(ctx: Any, instance: bytes, name: str) -> Any:
    """A ``wasmtime_func_t`` copy of function export ``name``, or ``None`` (no such function export)."""
    item = export_get(ctx, instance, name)
    if item is None or item.kind != EXTERN_FUNC:
        return None
    func = Func()
    # SAFETY: both are wasmtime_func_t of the same size; the copy outlives the temporary extern.
    ctypes.memmove(ctypes.byref(func), ctypes.byref(item.of.func), ctypes.sizeof(func))
    return func


def memory_bounds(ctx: Any, mem: Any) -> tuple[int, int]:
    """(base address, byte size) of the memory handle ``mem`` in the Store of ``ctx``."""
    # SAFETY: mem is a memory handle of this open Store, whose lock the caller holds.
    base = address(ffi.wasmtime_memory_data(ctx, ctypes.byref(mem)))
    return base, int(ffi.wasmtime_memory_data_size(ctx, ctypes.byref(mem)))


def memory_base(store: wasmtime.Store, memory: wasmtime.Memory) -> int:
    """The base address of ``memory`` (of the open ``store``) now; it moves if the memory grows."""
    # SAFETY: memory belongs to store, open, whose lock the caller holds; only the bound is read.
    return memory_data_at(address(store._context()), ctypes.addressof(memory._memory)) or 0


def linker_get(linker: wasmtime.Linker, ctx: Any, module: bytes, name: bytes) -> Any:
    """The extern ``module.name`` the linker defines, made in the Store of ``ctx``, or ``None``."""
    item = Extern()
    # SAFETY: the linker only holds store-independent definitions (WASI); ctx is a
    # locked, open Store; names are bytes alive for the call; item is ours.
    if not ffi.wasmtime_linker_get(linker.ptr(), ctx, module, len(module), name, len(name), ctypes.byref(item)):
        return None
    return item


def host_func(store: wasmtime.Store, functype: wasmtime.FuncType, callback: int, env: int, finalizer: int) -> Any:
    """A ``wasmtime.Func`` of ``store`` calling the C trampoline ``callback`` with ``env``.

    ``env``'s ownership passes to the Store, which calls ``finalizer(env)`` when it drops the function.
    """
    out = Func()
    cb = _C_FUNCS.get((callback, finalizer))
    if cb is None:
        # SAFETY: both addresses are static C functions with these prototypes (see below).
        cb = _C_FUNCS[(callback, finalizer)] = (
            ffi.wasmtime_func_unchecked_callback_t(callback),
            ctypes.CFUNCTYPE(None, ctypes.c_void_p)(finalizer),
        )
    # SAFETY: store is open and locked by the caller; callback/finalizer are static C
    # functions of a loaded extension with the unchecked-callback and finalizer
    # prototypes; env matches functype (the extension converts exactly its kinds).
    ffi.wasmtime_func_new_unchecked(store._context(), functype.ptr(), cb[0], env, cb[1], ctypes.byref(out))
    return wasmtime.Func._from_raw(out)


_C_FUNCS: dict[tuple[int, int], tuple[Any, Any]] = {}


def valtype_parts(t: wasmtime.ValType) -> tuple[int, int, bool]:
    """(kind, heap-type kind, nullable) of a value type, as ``wasmtime_valtype_t`` spells it."""
    out = ffi.wasmtime_valtype_t()
    # SAFETY: t.ptr() is a live wasm_valtype_t owned by t; out is ours and is
    # released by wasmtime_valtype_delete (it may own a concrete heap type).
    ffi.wasmtime_valtype_new(t.ptr(), ctypes.byref(out))
    try:
        return int(out.kind), int(out.reftype.heaptype.kind), bool(out.reftype.nullable)
    finally:
        # SAFETY: out was initialised by wasmtime_valtype_new above and is deleted once.
        ffi.wasmtime_valtype_delete(ctypes.byref(out))


# -- component calls ----------------------------------------------------------------


def component_call(
    func: Any, store: wasmtime.Store, params: Sequence[Any], result: Any, fault: Callable[[str], BaseException]
) -> Callable[..., Any]:
    """``call(*values)`` of component function ``func`` in ``store``, its types given once.

    wasmtime-py's ``Func.__call__`` fetches and rebuilds the function's type on every call
    (about two thirds of its cost); this one converts with the ``params``/``result`` types
    (``wasmtime.component`` value types, from ``func.type(store)``) and calls the C API.
    A Wasmtime error becomes ``fault(message)`` (as :func:`errors_as` does, without its
    generator frame on every call); an exception a host function raised propagates as is.
    """
    from wasmtime.component._enter import enter_wasm

    from multipie.domains.wasm._capi.component_funcs import box_finder, free_boxes

    n = len(params)
    vals = ffi.wasmtime_component_val_t * max(n, 1)
    ref = ctypes.byref(func._func)
    ctx = store._context()
    capi_call = ffi.wasmtime_component_func_call
    delete = ffi.wasmtime_component_val_delete
    boxes = None if result is None else box_finder(result)

    def call(*values: Any) -> Any:
        args = vals()
        done = 0
        try:
            for ty, v in zip(params, values):
                ty.convert_to_c(store, v, ctypes.pointer(args[done]))
                done += 1
            if result is None:
                # SAFETY: func belongs to store (open: the caller checks), args holds n converted
                # values owned here and deleted below; no result slot is passed for a void function.
                enter_wasm(lambda: capi_call(ref, ctx, args, n, None, 0))
                return None
            out = ffi.wasmtime_component_val_t()
            # SAFETY: as above; out is ours and convert_from_c takes ownership of what it holds.
            enter_wasm(lambda: capi_call(ref, ctx, args, n, ctypes.byref(out), 1))
            if boxes is None:
                return result.convert_from_c(out)
            held = boxes(out)  # convert_from_c empties payload boxes but never frees them
            value = result.convert_from_c(out)
            free_boxes(held)
            return value
        except wasmtime.WasmtimeError as exc:
            raise fault(str(exc)) from exc
        finally:
            for i in range(done):
                # SAFETY: each of the first `done` slots was initialised by convert_to_c, deleted once.
                delete(ctypes.byref(args[i]))

    return call


#: The C API's value kinds, in the order of the native fast path's value codes
#: (``domains/component/fastpath.py:CODES``, ``native/fastcall/component.c``).
_COMPONENT_KINDS = (
    "BOOL", "S8", "U8", "S16", "U16", "S32", "U32", "S64", "U64", "F32", "F64", "CHAR", "STRING", "LIST",
    "OPTION", "RESULT",  # the two shapes around flat values the native call also takes
)  # fmt: skip


def component_layout() -> tuple[int, int, int, bytes]:
    """(sizeof ``wasmtime_component_val_t``, its union's offset, sizeof ``wasmtime_component_func_t``, kinds).

    ``kinds`` holds the C API's kind of each value code of the native component call, in order, then
    of ``option`` and ``result``;
    the extension checks the sizes against its own restatement of the layout.
    """
    val = ffi.wasmtime_component_val_t
    kinds = bytes(getattr(ffi, f"WASMTIME_COMPONENT_{k}").value for k in _COMPONENT_KINDS)
    return ctypes.sizeof(val), val.of.offset, ctypes.sizeof(ffi.wasmtime_component_func_t), kinds


def component_func_bytes(func: Any) -> bytes:
    """The ``wasmtime_component_func_t`` of a ``wasmtime.component.Func``, by value (valid while its Store lives)."""
    return bytes(func._func)


def component_raise(err: int, fault: Callable[[str], BaseException]) -> None:
    """Raise what a failed native component call at ``err`` (a ``wasmtime_error_t*``, taken over) means.

    As :func:`component_call` does: the exception a host function raised when there is one
    (wasmtime-py keeps it aside), else ``fault(message)`` chained to the Wasmtime error.
    """
    from wasmtime.component import _enter

    # SAFETY: err is an error the C API returned to the native call, handed over with its
    # ownership; the wrapper frees it once.
    error = wasmtime.WasmtimeError._from_ptr(ctypes.cast(err, ctypes.POINTER(ffi.wasmtime_error_t)))
    host = _enter.LAST_EXCEPTION
    if host is not None:
        _enter.LAST_EXCEPTION = None
        raise host
    raise fault(str(error)) from error


# -- engine configuration -----------------------------------------------------------


def set_pooling(cfg: wasmtime.Config, slots: int, max_memory: int, keep_resident: int, warm_slots: int) -> None:
    """Make ``cfg`` use Wasmtime's pooling allocator (``keep_resident``: 0 for none)."""
    # SAFETY: a fresh pooling config, consumed by strategy_set (which copies it) and
    # deleted once; max_memory <= the config's memory_reservation (the caller checks),
    # or Engine creation panics.
    p = ffi.wasmtime_pooling_allocation_config_new()
    try:
        ffi.wasmtime_pooling_allocation_config_total_core_instances_set(p, slots)
        ffi.wasmtime_pooling_allocation_config_total_memories_set(p, slots)
        ffi.wasmtime_pooling_allocation_config_total_tables_set(p, slots)
        ffi.wasmtime_pooling_allocation_config_max_memory_size_set(p, max_memory)
        if keep_resident:
            ffi.wasmtime_pooling_allocation_config_linear_memory_keep_resident_set(p, keep_resident)
            ffi.wasmtime_pooling_allocation_config_table_keep_resident_set(p, keep_resident)
            ffi.wasmtime_pooling_allocation_config_max_unused_warm_slots_set(p, warm_slots)
        ffi.wasmtime_pooling_allocation_strategy_set(cfg.ptr(), p)
    finally:
        ffi.wasmtime_pooling_allocation_config_delete(p)


def set_memory_creator(cfg: wasmtime.Config, new_memory: int) -> None:
    """Make ``cfg``'s linear memories come from the C ``new_memory`` callback (a static function)."""
    creator = ffi.wasmtime_memory_creator_t()
    creator.new_memory = ffi.wasmtime_new_memory_callback_t(new_memory)  # type: ignore[assignment]
    # SAFETY: the config copies the struct; the callback is a static C function of an
    # extension that stays loaded for the life of the process.
    ffi.wasmtime_config_host_memory_creator_set(cfg.ptr(), ctypes.byref(creator))


def set_component_async(cfg: wasmtime.Config, enable: bool) -> None:
    """Turn Wasmtime's concurrency support and the component-model-async proposal on or off together.

    Wasmtime refuses a config with async on and concurrency off; with concurrency off the
    proposal defaults to off too, but it is set explicitly so the config says what it is.
    """
    ffi.wasmtime_config_concurrency_support_set(cfg.ptr(), enable)
    ffi.wasmtime_config_wasm_component_model_async_set(cfg.ptr(), enable)
