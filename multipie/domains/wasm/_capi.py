"""THE boundary to wasmtime-py's internals and Wasmtime's C API: nothing else in multiPIE touches them.

wasmtime-py wraps the C API for its own public classes; multiPIE needs more
than they offer (unchecked calls, ``InstancePre`` instantiation into its own
Stores, Store limiters, a memory creator, epoch callbacks, raw memory bounds,
host functions with a C trampoline). Every such use lives here, as a small
typed function or a named C entry point, each with a ``# SAFETY:`` note
saying which invariant keeps it sound; a wasmtime upgrade touches this file
only (``tests/domains/wasm/test__capi.py`` enforces it).

Errors: :func:`errors_as` is the one place a ``wasmtime.WasmtimeError`` raised
by wasmtime-py is caught and translated into a :mod:`multipie.errors` type;
raw ``wasm_trap_t*``/``wasmtime_error_t*`` results are taken over by
:func:`take_trap`/:func:`take_error` and classified by :mod:`.traps`.

Hot paths bind the raw entry points below (``call_unchecked``, ...) at import
time, so the boundary adds no Python frame to a call.

Ctrl-C: when ``multipie._interrupt`` (``native/interrupt.c``) is built, every
Store gets its epoch-deadline callback where it is made (:func:`arm` for Stores
wasmtime-py makes; the native paths receive the extension's ``wasmtime_store_new``
in place of Wasmtime's through :func:`symbol_addresses`), every deadline goes
through the extension's ``set_epoch_deadline`` (which turns "no deadline" into
one epoch at a time), and every :class:`Engine` is registered so that SIGINT
advances its epoch: a SIGINT then stops the guest running on the main thread
within one epoch check, and the call raises ``KeyboardInterrupt``.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

import wasmtime

# SAFETY: wasmtime-py's ctypes bindings of the C API (its _ffi module), used
# only here; the wheel version is pinned in pyproject.toml.
from wasmtime import _ffi as ffi
from wasmtime import _func as _wfunc

__all__ = [
    "Engine",
    "NO_DEADLINE",
    "SIGINT_MARK",
    "TIMEOUT_MARK",
    "arm",
    "interrupt_kind",
    "interruptible",
    "EXTERN_FUNC",
    "EXTERN_MEMORY",
    "EXTERN_SIZE",
    "EXTERN_UNION_OFFSET",
    "Extern",
    "Func",
    "Instance",
    "MemoryHandle",
    "OwnedStore",
    "TrapFrame",
    "TrapP",
    "ValRaw",
    "adopt_store",
    "address",
    "call_unchecked",
    "clear_host_exception",
    "context",
    "context_address",
    "context_at",
    "delete_error",
    "delete_trap",
    "errors_as",
    "exit_status",
    "export_func",
    "export_get",
    "export_get_at",
    "extern_array",
    "extern_of",
    "fresh_function",
    "func_of",
    "func_handle",
    "handle_address",
    "host_func",
    "instance_new",
    "instantiate_pre",
    "linker_get",
    "memory_base",
    "memory_bounds",
    "memory_data_at",
    "memory_size_at",
    "set_epoch_deadline",
    "set_fuel",
    "set_memory_creator",
    "set_pooling",
    "set_store_deadline",
    "set_wasi",
    "store_limiter",
    "symbol_address",
    "symbol_addresses",
    "take_error",
    "take_host_exception",
    "take_trap",
    "take_wasi",
    "trap_frames",
    "val_array",
    "valtype_parts",
]

# -- C types other modules name (out-parameters, argument arrays) ---------------

ValRaw = ffi.wasmtime_val_raw_t
Instance = ffi.wasmtime_instance_t
Func = ffi.wasmtime_func_t
Extern = ffi.wasmtime_extern_t
MemoryHandle = ffi.wasmtime_memory_t
EXTERN_FUNC: int = ffi.WASMTIME_EXTERN_FUNC.value
EXTERN_MEMORY: int = ffi.WASMTIME_EXTERN_MEMORY.value
EXTERN_SIZE: int = ctypes.sizeof(ffi.wasmtime_extern_t)
EXTERN_UNION_OFFSET: int = ffi.wasmtime_extern_t.of.offset
_CTX_P = ctypes.POINTER(ffi.wasmtime_context_t)
TrapP = _TRAP_P = ctypes.POINTER(ffi.wasm_trap_t)
_ERR_P = ctypes.POINTER(ffi.wasmtime_error_t)

# Ticks beyond the current epoch for "no timeout": far enough to never fire
# (2**62 ticks of 1 ms is ~146 million years) and safe from u64 overflow.
NO_DEADLINE = 1 << 62
#: What the interrupt extension's errors start with (native/interrupt.c).
SIGINT_MARK = "multipie: interrupted by SIGINT"
TIMEOUT_MARK = "multipie: epoch deadline reached"


def _load_interrupt() -> Any:
    """``multipie._interrupt`` set up, or ``None`` when it is not built."""
    try:
        from multipie import _interrupt  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - built by pip install
        return None
    names = (
        "wasmtime_error_new",
        "wasmtime_engine_increment_epoch",
        "wasmtime_store_new",
        "wasmtime_store_context",
        "wasmtime_context_set_epoch_deadline",
        "wasmtime_context_get_data",
        "wasmtime_context_set_data",
        "wasmtime_store_epoch_deadline_callback",
    )
    # SAFETY: C functions of the libwasmtime wasmtime-py loaded, whose prototypes
    # native/interrupt.c restates (wasmtime version pinned in pyproject.toml).
    _interrupt.setup({n: address(getattr(ffi.dll, n)) for n in names}, NO_DEADLINE, threading.main_thread().ident)
    return _interrupt


def address(ptr: Any) -> int:
    """The integer address behind a ctypes pointer or function (0 for NULL)."""
    # SAFETY: reads the pointer value only; nothing is dereferenced.
    return ctypes.cast(ptr, ctypes.c_void_p).value or 0


_INTERRUPT = _load_interrupt()
#: The extension's replacements for two C functions (see the module docstring); empty without it.
_WRAPPED: dict[str, int] = dict(_INTERRUPT.addresses()) if _INTERRUPT is not None else {}

# -- raw entry points, bound once (hot paths call them with no wrapper frame) ----
# SAFETY (all three): callers pass the context of an open Store whose lock they
# hold; ``call_unchecked``'s func belongs to an instance of that Store and its
# argument array holds max(params, results) slots of the checked kinds.
call_unchecked = ffi.wasmtime_func_call_unchecked
set_fuel = ffi.wasmtime_context_set_fuel
# SAFETY: interrupt.c's wrapper has wasmtime_context_set_epoch_deadline's prototype.
set_epoch_deadline = (
    ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_uint64)(_WRAPPED["wasmtime_context_set_epoch_deadline"])
    if _WRAPPED
    else ffi.wasmtime_context_set_epoch_deadline
)

# Address-typed twins of three C functions: ``d.memory`` asks for the bounds on
# every use, and wasmtime-py's wrappers (a frame plus a typed pointer result)
# cost several µs more.
# SAFETY: same prototypes as the C API's, with every pointer passed as an
# integer address of a live object of the right type.
_ADDR2 = (ctypes.c_void_p, ctypes.c_void_p)
memory_data_at = ctypes.CFUNCTYPE(ctypes.c_void_p, *_ADDR2)(("wasmtime_memory_data", ffi.dll))
memory_size_at = ctypes.CFUNCTYPE(ctypes.c_size_t, *_ADDR2)(("wasmtime_memory_data_size", ffi.dll))
# SAFETY: as above.
export_get_at = ctypes.CFUNCTYPE(
    ctypes.c_bool, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_void_p
)(("wasmtime_instance_export_get", ffi.dll))


def handle_address(obj: Any) -> int:
    """The C handle address of a wasmtime-py object (Engine, Module, InstancePre, FuncType, MemoryType...).

    The object keeps owning the handle: the caller keeps ``obj`` alive while the address is used.
    """
    return address(obj.ptr())


def fresh_function(name: str) -> Any:
    """A private ctypes function object for C function ``name`` (argtypes/restype are the caller's to set).

    ``ffi.dll[name]`` makes a new object each time, so wasmtime-py's own binding keeps its prototype.
    """
    return ffi.dll[name]


def func_handle(func: wasmtime.Func) -> Any:
    """The ``wasmtime_func_t`` behind a ``wasmtime.Func`` (valid while its Store lives)."""
    return func._func


def symbol_address(name: str) -> int:
    """The address of C function ``name`` of the ``libwasmtime`` wasmtime-py loaded.

    SAFETY: whoever calls it through this address restates its prototype (the
    native extensions do, for the wasmtime version pinned in pyproject.toml).
    """
    return address(getattr(ffi.dll, name))


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


def arm(store: wasmtime.Store) -> None:
    """Give a Store wasmtime-py made the interrupt state and epoch callback (no-op without the extension).

    Call it right after creation, before any deadline is set or guest runs.
    """
    if _INTERRUPT is not None:
        # SAFETY: a live wasmtime_store_t with no data of its own (interrupt.c checks); the
        # callback and its state are owned by the Store from here on.
        _INTERRUPT.arm(address(store.ptr()))


class Engine(wasmtime.Engine):
    """A ``wasmtime.Engine`` whose epoch SIGINT advances (registered for its whole life)."""

    _sigint_slot = -1

    def __init__(self, config: wasmtime.Config) -> None:
        super().__init__(config)
        if _INTERRUPT is not None:
            self._sigint_slot = _INTERRUPT.register(address(self.ptr()))
            _install_sigint()

    def _delete(self, ptr: Any) -> None:
        # Unregistered before the engine is freed: the signal handler never sees a dangling engine.
        if self._sigint_slot >= 0:
            _INTERRUPT.unregister(self._sigint_slot)
            self._sigint_slot = -1
        super()._delete(ptr)


def _install_sigint() -> None:
    """Put the C SIGINT handler in front of Python's, if Python's is the default one (an app's own stays)."""
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        _INTERRUPT.install()


def interruptible() -> bool:
    """True when SIGINT stops running guests (the extension is built and its handler installed)."""
    return _INTERRUPT is not None


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


# -- traps and errors -----------------------------------------------------------------


@contextmanager
def errors_as(make: Callable[[str], BaseException]) -> Iterator[None]:
    """Translate a ``wasmtime.WasmtimeError`` raised in the body into ``make(message)`` (chained).

    THE place multiPIE catches wasmtime-py's error type: everything above sees
    :mod:`multipie.errors` types only.
    """
    try:
        yield
    except wasmtime.WasmtimeError as exc:
        raise make(str(exc)) from exc


def take_trap(trap: Any) -> wasmtime.Trap:
    """A ``wasmtime.Trap`` owning the ``wasm_trap_t*`` ``trap`` (an address or ctypes pointer; a Trap as is)."""
    if isinstance(trap, wasmtime.Trap):
        return trap
    if isinstance(trap, int):
        # SAFETY: a wasm_trap_t* the caller owns and hands over (deleted once, by the wrapper).
        trap = ctypes.cast(trap, _TRAP_P)
    return wasmtime.Trap._from_ptr(trap)


def take_error(err: Any) -> wasmtime.WasmtimeError:
    """A ``wasmtime.WasmtimeError`` owning the ``wasmtime_error_t*`` ``err`` (address or pointer; an error as is)."""
    if isinstance(err, wasmtime.WasmtimeError):
        return err
    if isinstance(err, int):
        # SAFETY: a wasmtime_error_t* the caller owns and hands over (deleted once, by the wrapper).
        err = ctypes.cast(err, _ERR_P)
    return wasmtime.WasmtimeError._from_ptr(err)


def delete_trap(trap: Any) -> None:
    """Free a ``wasm_trap_t*`` the caller owns."""
    take_trap(trap)  # the wrapper deletes it when collected


def delete_error(err: Any) -> None:
    """Free a ``wasmtime_error_t*`` the caller owns."""
    take_error(err)


def exit_status(err: wasmtime.WasmtimeError) -> int | None:
    """The WASI ``proc_exit`` status ``err`` carries, or ``None`` (another error)."""
    status = ctypes.c_int()
    # SAFETY: err owns a live wasmtime_error_t; status is ours.
    if ffi.wasmtime_error_exit_status(err.ptr(), ctypes.byref(status)):
        return int(status.value)
    return None


class TrapFrame(NamedTuple):
    """One frame of a trap's backtrace (``offset`` ``None`` when unknown)."""

    module: str | None
    function: str | None
    func_index: int
    offset: int | None


_NO_OFFSET = (1 << 64) - 1


def trap_frames(trap: wasmtime.Trap, limit: int) -> list[TrapFrame]:
    """The first ``limit`` frames of ``trap`` (best effort: ``[]`` when they cannot be read)."""
    try:
        return [
            TrapFrame(
                f.module_name,
                f.func_name,
                f.func_index,
                None if f.module_offset == _NO_OFFSET else f.module_offset,
            )
            for f in trap.frames[:limit]
        ]
    except (ValueError, wasmtime.WasmtimeError):  # pragma: no cover - frames are best effort
        return []


def take_host_exception() -> BaseException | None:
    """The exception a Python host function raised during the last call (wasmtime-py parks it), cleared."""
    try:
        _wfunc.maybe_raise_last_exn()
    except BaseException as exc:  # noqa: BLE001 - handed to the caller, which classifies it
        return exc
    return None


def clear_host_exception() -> None:
    """Drop wasmtime-py's parked host exception (so it never surfaces in a later, unrelated call)."""
    _wfunc.LAST_EXCEPTION = None


def symbol_addresses(names: Sequence[str]) -> dict[str, int]:
    """``{name: address}`` for C functions of the loaded ``libwasmtime`` (see :func:`symbol_address`).

    ``wasmtime_store_new`` and ``wasmtime_context_set_epoch_deadline`` are the interrupt
    extension's wrappers (same prototypes) when it is built: native code creating Stores
    and setting deadlines through them gets Ctrl-C for free.
    """
    return {n: _WRAPPED.get(n) or symbol_address(n) for n in names}


def interrupt_kind(err: wasmtime.WasmtimeError) -> str | None:
    """``"sigint"`` or ``"timeout"`` when ``err`` came from the epoch callback, else ``None``."""
    text = str(err)
    if SIGINT_MARK in text:
        return "sigint"
    if TIMEOUT_MARK in text:
        return "timeout"
    return None
