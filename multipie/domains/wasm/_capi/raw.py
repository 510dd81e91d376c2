"""The C library itself: types, entry points, addresses, and the interrupt extension (Ctrl-C)."""

from __future__ import annotations

import _signal  # type: ignore[import-not-found,unused-ignore]  # ``signal``'s C half: see signals._SIGNALS
import _thread
import ctypes
import struct  # (ctypes imports it anyway)
import sys
from collections.abc import Sequence
from typing import Any

import wasmtime

# SAFETY: wasmtime-py's ctypes bindings of the C API (its _ffi module), used
# only inside this package; the wheel version is pinned in pyproject.toml.
from wasmtime import _ffi as ffi

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
        "wasmtime_func_call_unchecked",
    )
    # SAFETY: C functions of the libwasmtime wasmtime-py loaded, whose prototypes
    # native/interrupt.c restates (wasmtime version pinned in pyproject.toml).
    _interrupt.setup({n: address(getattr(ffi.dll, n)) for n in names}, NO_DEADLINE, _main_thread_ident())
    return _interrupt


def _main_thread_ident() -> int | None:
    """``threading.main_thread().ident`` without importing ``threading`` on a run's path (~0.65 ms).

    ``threading`` takes the thread that first imports it as the main thread, so while it is not imported
    the answer it would give is this thread's: the same ident either way.
    """
    threading = sys.modules.get("threading")
    return threading.main_thread().ident if threading is not None else _thread.get_ident()


_POINTER_VALUE = struct.Struct("P")
_POINTER_TYPES = (ctypes._Pointer, ctypes._CFuncPtr)  # type: ignore[attr-defined]


def address(ptr: Any) -> int:
    """The integer address behind a ctypes pointer or function (0 for NULL).

    A pointer's value is read from its own buffer (0.14 µs): ``ctypes.cast`` costs 2.5 µs,
    twice per domain on the pure-Python spawn path (issue 14's fallback row).
    """
    if isinstance(ptr, _POINTER_TYPES):
        # SAFETY: a ctypes pointer's (or function's) buffer is exactly its pointer value;
        # reading those bytes dereferences nothing.
        return _POINTER_VALUE.unpack_from(ptr)[0]  # type: ignore[no-any-return]
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


def library_path() -> str:
    """The path of the ``libwasmtime`` wasmtime-py loaded (what compiles: the compile cache keys on it)."""
    return str(ffi.filename)


def symbol_address(name: str) -> int:
    """The address of C function ``name`` of the ``libwasmtime`` wasmtime-py loaded.

    SAFETY: whoever calls it through this address restates its prototype (the
    native extensions do, for the wasmtime version pinned in pyproject.toml).
    """
    return address(getattr(ffi.dll, name))


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
        chain_faults()
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
    """Put the C SIGINT handler in front of Python's, if Python's is the default one (an app's own stays).

    ``sys.unraisablehook`` becomes the extension's too (chained to the one before): a
    ``KeyboardInterrupt`` that ended a ctypes callback (wasmtime-py's component trampoline and
    custom stdout writer keep only ``Exception``) is delivered again as a SIGINT, so the running
    guest stops at its next epoch check or, if it returns first, the same call raises it
    (``native/interrupt.c`` has why).
    """
    if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:
        _INTERRUPT.install()
        if sys.unraisablehook is not _INTERRUPT.unraisablehook:
            _INTERRUPT.chain_unraisable(sys.unraisablehook)
            sys.unraisablehook = _INTERRUPT.unraisablehook


def interruptible() -> bool:
    """True when SIGINT stops running guests (the extension is built and its handler installed)."""
    return _INTERRUPT is not None


def chain_faults() -> bool:
    """Install the extension's host-fault handler where Wasmtime's will forward to it (``native/revoke.c``).

    Wasmtime installs its fault handlers with the process's first Engine and forwards faults
    outside Wasm code to the handler found then: this must run before that (every
    :class:`Engine` calls it first; a process that makes plain ``wasmtime.Engine`` objects too
    calls it at start). Once an Engine exists without it, it answers False and commands keep
    epoch checks. Idempotent.
    """
    return _INTERRUPT is not None and bool(_INTERRUPT.chain_faults())


def revocable() -> bool:
    """True when a guest may run without epoch checks: SIGINT stops it by revoking its memory (``native/revoke.c``).

    Also True when the process ignores SIGINT (a shell's background job, ``nohup``, CI): no
    Ctrl-C can reach a run then, with or without epochs. False without the extension, without
    its SIGINT handler (unless SIGINT is ignored), or when an Engine was made before
    multiPIE's first one (Wasmtime's fault handlers would not forward host faults).
    """
    if _INTERRUPT is None:
        return False
    # Asked before the process's first Engine too (a command service picks the engine its run will use, so
    # that a run deserialises one artefact): set up what that Engine's creation would, in the same order.
    chain_faults()
    _install_sigint()
    return bool(_INTERRUPT.revocable())


def call_revocable(
    ctx: Any, func: Any, args: Any, nargs: int, trap: Any, memories: Sequence[tuple[int, int]]
) -> tuple[int, bool]:
    """``wasmtime_func_call_unchecked`` with ``memories`` (base, reservation) revoked on SIGINT.

    Returns the error address (0: none) and whether a SIGINT came during the call (the
    pending ``KeyboardInterrupt`` is then consumed: the caller raises it after freeing the
    trap or error). Off the main thread it is a plain call. Raises ``KeyboardInterrupt``
    when a SIGINT was pending before the guest started.
    """
    # SAFETY: as for call_unchecked: ctx is an open Store's context whose lock the caller holds,
    # func one of its functions, args max(params, results) slots, trap a wasm_trap_t* out-param;
    # memories are that Store's linear memories, alive for the whole call.
    err, interrupted = _INTERRUPT.call_revocable(
        address(ctx), ctypes.addressof(func), ctypes.addressof(args), nargs, ctypes.addressof(trap), list(memories)
    )
    return int(err or 0), bool(interrupted)


def revoke_stats() -> dict[str, int]:
    """Counters of memory revocation since start: revocations, restored (host faults), interrupted (runs)."""
    return dict(_INTERRUPT.revoke_stats()) if _INTERRUPT is not None else {}


def symbol_addresses(names: Sequence[str]) -> dict[str, int]:
    """``{name: address}`` for C functions of the loaded ``libwasmtime`` (see :func:`symbol_address`).

    ``wasmtime_store_new`` and ``wasmtime_context_set_epoch_deadline`` are the interrupt
    extension's wrappers (same prototypes) when it is built: native code creating Stores
    and setting deadlines through them gets Ctrl-C for free.
    """
    return {n: _WRAPPED.get(n) or symbol_address(n) for n in names}
