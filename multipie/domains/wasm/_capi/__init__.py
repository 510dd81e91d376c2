"""THE boundary to wasmtime-py's internals and Wasmtime's C API: nothing else in multiPIE touches them.

wasmtime-py wraps the C API for its own public classes; multiPIE needs more
than they offer (unchecked calls, ``InstancePre`` instantiation into its own
Stores, Store limiters, a memory creator, epoch callbacks, raw memory bounds,
host functions with a C trampoline). Every such use lives here, as a small
typed function or a named C entry point, each with a ``# SAFETY:`` note
saying which invariant keeps it sound; a wasmtime upgrade touches this package
only (``tests/domains/wasm/test__capi.py`` enforces it). Callers use this
package's names (``_capi.call_unchecked``); its modules split it by concept:
:mod:`.raw` (the C library: types, entry points, the interrupt extension),
:mod:`.stores` (Stores, instances, exports, memories, engine settings) and
:mod:`.errors` (traps and errors).

Errors: :func:`errors_as` is the one place a ``wasmtime.WasmtimeError`` raised
by wasmtime-py is caught and translated into a :mod:`multipie.errors` type;
raw ``wasm_trap_t*``/``wasmtime_error_t*`` results are taken over by
:func:`take_trap`/:func:`take_error` and classified by :mod:`multipie.domains.wasm.traps`.

Hot paths bind the raw entry points of :mod:`.raw` (``call_unchecked``, ...) at import
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

from multipie.domains.wasm._capi.errors import (
    TrapFrame,
    clear_host_exception,
    ctrl_c_traps,
    delete_error,
    delete_trap,
    errors_as,
    exit_status,
    interrupt_kind,
    take_error,
    take_host_exception,
    take_trap,
    trap_frames,
)
from multipie.domains.wasm._capi.raw import (
    EXTERN_FUNC,
    EXTERN_MEMORY,
    EXTERN_SIZE,
    EXTERN_UNION_OFFSET,
    NO_DEADLINE,
    SIGINT_MARK,
    TIMEOUT_MARK,
    Engine,
    Extern,
    Func,
    Instance,
    MemoryHandle,
    TrapP,
    ValRaw,
    address,
    arm,
    call_revocable,
    call_unchecked,
    chain_faults,
    export_get_at,
    fresh_function,
    func_handle,
    handle_address,
    interruptible,
    library_path,
    memory_data_at,
    memory_size_at,
    revocable,
    revoke_stats,
    set_epoch_deadline,
    set_fuel,
    symbol_address,
    symbol_addresses,
)
from multipie.domains.wasm._capi.stores import (
    OwnedStore,
    adopt_store,
    component_call,
    component_func_bytes,
    component_layout,
    component_raise,
    context,
    context_address,
    context_at,
    export_func,
    export_get,
    extern_array,
    extern_of,
    func_of,
    host_func,
    instance_new,
    instantiate_pre,
    linker_get,
    memory_base,
    memory_bounds,
    set_component_async,
    set_memory_creator,
    set_pooling,
    set_store_deadline,
    set_wasi,
    store_limiter,
    take_wasi,
    val_array,
    valtype_parts,
)

__all__ = [
    "Engine",
    "NO_DEADLINE",
    "SIGINT_MARK",
    "TIMEOUT_MARK",
    "arm",
    "interrupt_kind",
    "interruptible",
    "library_path",
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
    "call_revocable",
    "call_unchecked",
    "chain_faults",
    "clear_host_exception",
    "ctrl_c_traps",
    "component_call",
    "component_func_bytes",
    "component_layout",
    "component_raise",
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
    "revocable",
    "revoke_stats",
    "set_component_async",
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
