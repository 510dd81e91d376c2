"""The entry path into Wasm domains: native (``multipie._fastcall``) or pure Python, same behaviour.

Who owns what:

- a *store handle* (:class:`PyStore` or ``_fastcall.Store``) owns one
  ``wasmtime_store_t`` (or borrows one from a ``wasmtime.Store``) and THE lock
  that keeps a second thread out of it; every domain of a group shares one;
- a *gate* (:class:`PyGate` or ``_fastcall.Gate``) is one domain's entry: its
  instance, open flag, fuel and deadline applied per call, its export table and
  ``gate.call(name, *args)``;
- a *bound export* (:class:`BoundExport` or ``_fastcall.Call``) is one function
  export: the checked call.

Both backends report every fault, argument error, closed domain and re-entry
through the same handlers below, so messages and error classes are identical
(the tests run both). The native backend is used when the extension is built
and ``MULTIPIE_NATIVE`` is not ``0``; :func:`use_native` switches it for
domains created afterwards (tests and benchmarks compare the two).

Re-entry: a call into a Store from the thread already inside it (a host
function calling back into its own domain or group) raises ``UsageError``
instead of deadlocking or corrupting the Store.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import ctypes
import os
from collections.abc import Callable
from typing import Any, Protocol

import wasmtime

from multipie.domains.wasm import _capi
from multipie.domains.wasm._capi import address
from multipie.domains.wasm.calls import Signature, convert_args, read_results
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.errors import UsageError


class GateOwner(Protocol):
    """What a gate needs of the domain that owns it (:class:`~multipie.domains.wasm.domain.WasmDomain`).

    A protocol rather than an import: the domain module builds on this one.
    """

    _wservice: Any  # the WasmService (``signature(name)``)

    @property
    def label(self) -> str:
        """``service#id``, for messages."""

    def export(self, name: str) -> Any:
        """A bound callable for export ``name``."""

    def _raise_fault(self, trap: Any, err: Any) -> None:
        """Translate a trap/error, tear the domain down, raise."""

    def _closed_error(self) -> Exception:
        """The error of a call on a closed domain."""

    def _release_view(self) -> None:
        """Drop the memory view before the Store's memory may move."""

__all__ = [
    "BoundExport",
    "PyGate",
    "PyStore",
    "Ticker",
    "active_backend",
    "address",
    "borrow_store",
    "kind_codes",
    "native_available",
    "new_gate",
    "new_store",
    "use_native",
    "wrap_native_store",
]

_CODE = {"i32": "i", "i64": "I", "f32": "f", "f64": "F"}
_call_unchecked = _capi.call_unchecked
_set_deadline = _capi.set_epoch_deadline
_set_fuel = _capi.set_fuel
_TrapP = _capi.TrapP
_byref = ctypes.byref


class Ticker:
    """What a gate needs from the epoch ticker (see :class:`~multipie.domains.wasm.ticker.Ticker`)."""

    def enter(self) -> None:  # pragma: no cover - protocol
        """A timed call starts."""

    def leave(self) -> None:  # pragma: no cover - protocol
        """A timed call ended."""


def kind_codes(kinds: tuple[str, ...]) -> bytes:
    """Signature kinds as the one-letter codes the native path takes (``i32`` → ``i``)."""
    return "".join(_CODE[k] for k in kinds).encode()


# -- handlers shared by both backends -----------------------------------------


def _on_fault(domain: GateOwner, trap: int, err: int) -> None:
    """Turn a trap/error (ownership taken) into the domain's error and tear it down."""
    domain._raise_fault(trap, err)


def _on_closed(domain: GateOwner) -> None:
    raise domain._closed_error()


def _on_argerr(domain: GateOwner, name: str, args: tuple[object, ...]) -> None:
    sig = domain._wservice.signature(name)
    scratch = _capi.val_array(sig.slots)
    convert_args(sig, args, scratch, domain.label)  # raises the precise ArgumentError
    raise UsageError(f"{domain.label}: arguments {args!r} rejected by the fast path for '{name}'")  # pragma: no cover


def _on_missing(domain: GateOwner, name: str) -> Any:
    if not isinstance(name, str):
        raise UsageError(f"{domain.label}: export name must be a str, got {type(name).__name__}")
    return domain.export(name)


def _on_reentry(label: str) -> None:
    raise UsageError(
        f"{label}: re-entrant call: this thread is already running code in this domain's Store "
        "(a host function may not call back into its own domain or group)"
    )


# -- the pure-Python backend ---------------------------------------------------


class PyStore:
    """One Store and its lock, pure Python (same contract as ``_fastcall.Store``).

    Args:
        store: the ``wasmtime.Store``.
        label: used in re-entry messages.
        owned: close the ``wasmtime.Store`` on :meth:`close`.
    """

    def __init__(self, store: wasmtime.Store, label: str, *, owned: bool) -> None:
        self.wstore: wasmtime.Store | None = store
        self._ctx_p: Any = _capi.context(store)
        self.ctx = address(self._ctx_p)
        self.label = label
        self.owned = owned
        self.in_fault = False
        self._lock = _thread.allocate_lock()
        self._owner = 0

    @property
    def is_open(self) -> bool:
        """False once closed."""
        return self.ctx != 0

    def acquire(self) -> None:
        """Take the lock (refusing re-entry from the holding thread)."""
        me = _thread.get_ident()
        if not self._lock.acquire(blocking=False):
            if self._owner == me:
                _on_reentry(self.label)
            self._lock.acquire()
        self._owner = me

    def release(self) -> None:
        """Release the lock."""
        self._owner = 0
        self._lock.release()

    def __enter__(self) -> PyStore:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def instantiate(
        self, pre: int, wasi: int, fuel: int = -1, ticks: int = 0, ticker: Any = None
    ) -> tuple[bytes | None, int, int]:
        """Instantiate ``pre`` (an ``InstancePre`` address) here; (instance bytes | None, trap, err).

        The start function runs under a call's limits: ``fuel`` (< 0: unmetered) and a
        deadline of ``ticks`` epochs (0: none) driven by ``ticker``.
        """
        with self:
            if wasi:
                werr = _capi.set_wasi(self._ctx_p, wasi)
                if werr:
                    return None, 0, werr
            if fuel >= 0:
                err = _set_fuel(self._ctx_p, fuel)
                if err:
                    return None, 0, address(err)
            if ticks:
                _set_deadline(self._ctx_p, ticks)
                ticker.enter()
            try:
                # SAFETY: pre was built on this Store's engine; we hold the Store's lock.
                # ctypes releases the GIL, so the ticker thread runs meanwhile.
                return _capi.instantiate_pre(pre, self._ctx_p)
            finally:
                if ticks:
                    ticker.leave()
                    _set_deadline(self._ctx_p, NO_DEADLINE)

    def detach(self) -> int:
        """Pure-Python stores are already wasmtime-py objects: nothing to hand over."""
        raise ValueError("store is a wasmtime-py Store already")

    def close(self) -> None:
        """Drop the Store (under its lock; from a fault handler of this thread, directly)."""
        if not self.ctx:
            return
        if self.in_fault and self._owner == _thread.get_ident():
            self._drop()
            return
        with self:
            self._drop()

    def _drop(self) -> None:
        self.ctx = 0
        self._ctx_p = None
        store, self.wstore = self.wstore, None
        if store is not None and self.owned:
            store.close()


class BoundExport:
    """A callable bound to one function export of one domain: ``f = d.export("add"); f(1, 2)``.

    The pure-Python twin of ``_fastcall.Call``: the argument array and function
    handle are prepared once, so each call is the checks, one C call and the
    result read.
    """

    __slots__ = ("_gate", "_sig", "_func", "_func_ref", "_raw", "_slots", "name")

    def __init__(self, gate: PyGate, sig: Signature, func: Any) -> None:
        self._gate = gate
        self._sig = sig
        self._func = func
        self._func_ref = ctypes.byref(func)
        self._slots = sig.slots
        self._raw = _capi.val_array(self._slots)
        self.name = sig.name

    @property
    def signature(self) -> Signature:
        """The export's parameter and result kinds."""
        return self._sig

    def __call__(self, *args: Any) -> Any:
        g = self._gate
        raw = self._raw
        s = g.store
        s.acquire()  # before convert_args: raw is shared by every caller of this export
        try:
            convert_args(self._sig, args, raw, g.owner.label)
            if not g.open or not s.ctx:
                _on_closed(g.owner)
            g.invoke(self._func_ref, raw, self._slots)
            return read_results(self._sig, raw)
        finally:
            s.release()

    def __repr__(self) -> str:
        return f"<export {self._sig} of {self._gate.owner.label}>"


class PyGate:
    """One domain's entry, pure Python (same contract as ``_fastcall.Gate``)."""

    def __init__(
        self,
        store: PyStore,
        owner: GateOwner,
        instance: bytes,
        fuel: int,
        ticks: int,
        ticker: Any,
        shared: bool,
    ) -> None:
        self.store = store
        self.owner = owner
        self.instance = instance
        self.fuel = fuel
        self.ticks = ticks
        self.ticker = ticker
        self.shared = shared
        self.open = True
        self.hold_gil = False  # ctypes always releases the GIL; kept for interface parity
        self.exports: dict[str, Any] = {}
        self._watch: tuple[Any, int, int] | None = None

    def watch(self, handle: bytes | None, base: int, size: int) -> None:
        """After each call, release the owner's ``d.memory`` view if the memory is no longer ``[base, +size)``."""
        if handle is None:
            self._watch = None
        else:
            self._watch = (_capi.MemoryHandle.from_buffer_copy(handle), base, size)

    @property
    def is_open(self) -> bool:
        """Open and its Store alive."""
        return self.open and self.store.ctx != 0

    def bind(self, name: str, params: bytes, results: bytes) -> BoundExport | None:
        """A :class:`BoundExport` for ``name`` (cached), or ``None`` when no such function export."""
        s = self.store
        with s:
            if not self.open or not s.ctx:
                _on_closed(self.owner)
            # SAFETY: ctx and instance belong to the same open Store, which we hold.
            func = _capi.export_func(s._ctx_p, self.instance, name)
        if func is None:
            return None
        bound = BoundExport(self, self.owner._wservice.signature(name), func)
        self.exports[name] = bound
        return bound

    def call(self, name: str, *args: Any) -> Any:
        """Call export ``name`` (bound on first use)."""
        bound = self.exports.get(name)
        if bound is None:
            bound = _on_missing(self.owner, name)
        return bound(*args)

    def close(self) -> None:
        """Refuse later calls."""
        self.open = False
        self.exports.clear()

    def invoke(self, func_ref: Any, raw: Any, slots: int) -> None:
        """One call with the Store lock held; a fault is reported (lock still held) and raised."""
        s = self.store
        ctx = s._ctx_p
        if self.fuel >= 0:
            err = _set_fuel(ctx, self.fuel)
            if err:
                self._fault(None, err)
        trap = _TrapP()
        if self.ticks:
            _set_deadline(ctx, self.ticks)
            self.ticker.enter()
            try:
                # SAFETY: func belongs to this gate's instance in this Store (bound in
                # bind()), raw holds max(params, results) checked slots, and the Store
                # lock keeps other threads out. ctypes releases the GIL, so the ticker runs.
                err = _call_unchecked(ctx, func_ref, raw, slots, _byref(trap))
            finally:
                self.ticker.leave()
        else:
            if self.shared:
                _set_deadline(ctx, NO_DEADLINE)
            # SAFETY: as above.
            err = _call_unchecked(ctx, func_ref, raw, slots, _byref(trap))
        if trap or err:
            self._fault(trap if trap else None, err if err else None)
        watch = self._watch
        if watch is not None:
            mem, base, size = watch
            # SAFETY: mem is this instance's memory handle; we hold the Store lock.
            if _capi.memory_bounds(ctx, mem) != (base, size):
                self._watch = None
                self.owner._release_view()

    def _fault(self, trap: Any, err: Any) -> None:
        s = self.store
        s.in_fault = True
        try:
            self.owner._raise_fault(trap, err)
        finally:
            s.in_fault = False


# -- backend selection ---------------------------------------------------------

_native: Any = None
_native_error = "not tried"


def _load_native() -> None:
    global _native, _native_error
    try:
        from multipie import _fastcall  # type: ignore[attr-defined]
    except ImportError as exc:
        _native_error = f"extension multipie._fastcall not built ({exc})"
        return
    names = [
        "wasmtime_func_call_unchecked",
        "wasmtime_context_set_epoch_deadline",
        "wasmtime_context_set_fuel",
        "wasmtime_store_new",
        "wasmtime_store_context",
        "wasmtime_store_limiter",
        "wasmtime_store_delete",
        "wasmtime_instance_pre_instantiate",
        "wasmtime_instance_export_get",
        "wasmtime_context_set_wasi",
        "wasmtime_engine_increment_epoch",
        "wasmtime_memory_data",
        "wasmtime_memory_data_size",
        "wasi_config_new",
        "wasi_config_inherit_stdout",
        "wasi_config_inherit_stderr",
        "wasmtime_error_delete",
        "wasm_trap_delete",
    ]
    # SAFETY: these are the exported C functions of the very _libwasmtime.so
    # that wasmtime-py loaded; their prototypes (wasmtime 50) are restated in
    # native/common/capi.h and the wheel version is pinned in pyproject.toml.
    addrs = _capi.symbol_addresses(names)
    _fastcall.init(
        addrs, _capi.EXTERN_SIZE, _capi.EXTERN_UNION_OFFSET, _capi.EXTERN_FUNC, _capi.EXTERN_MEMORY, NO_DEADLINE
    )
    _fastcall.set_handlers(_on_fault, _on_closed, _on_argerr, _on_missing, _on_reentry)
    _native = _fastcall
    _native_error = ""


_load_native()
_use_native = _native is not None and os.environ.get("MULTIPIE_NATIVE", "1") != "0"


def native_module() -> Any:
    """The loaded ``multipie._fastcall`` module, or ``None``."""
    return _native


def native_available() -> tuple[bool, str]:
    """(True, "") when the native extension is loaded, else (False, why)."""
    return _native is not None, _native_error


def use_native(enabled: bool) -> bool:
    """Choose the backend for domains created from now on; returns the previous choice.

    Raises:
        UsageError: ``enabled`` is True but the extension is not available.
    """
    global _use_native
    if enabled and _native is None:
        raise UsageError(f"the native fast path is unavailable: {_native_error}")
    prev = _use_native
    _use_native = enabled
    return prev


def active_backend() -> str:
    """``"native"`` or ``"python"``: what new domains use."""
    return "native" if _use_native else "python"


def new_store(
    engine: wasmtime.Engine,
    *,
    memory_size: int,
    table_elements: int,
    instances: int,
    tables: int,
    memories: int,
    label: str,
) -> Any:
    """A new Store handle on ``engine`` with its limits (``-1``: wasmtime's default) and no deadline.

    ``memory_size`` (bytes per memory) and ``table_elements`` (per table) are a domain's
    ``memory_limit`` split over its memories and tables (:mod:`.budget`).
    """
    if _use_native:
        return _native.new_store(
            _capi.handle_address(engine), memory_size, table_elements, instances, tables, memories, label
        )
    store = _capi.OwnedStore(engine)
    if memory_size >= 0 or table_elements >= 0 or instances >= 0 or tables >= 0 or memories >= 0:
        _capi.store_limiter(store, memory_size, table_elements, instances, tables, memories)
    _capi.set_store_deadline(store, NO_DEADLINE)
    return PyStore(store, label, owned=True)


def borrow_store(store: wasmtime.Store, label: str) -> Any:
    """THE store handle of ``store`` (one per Store, so one lock), created on first use.

    The ``wasmtime.Store`` keeps owning the Store; make it a :class:`~._capi.OwnedStore`
    so closing it invalidates the handle.
    """
    handle = getattr(store, "_multipie_handle", None)
    if handle is not None:
        return handle
    if _use_native:
        handle = _native.borrow_store(_capi.context_address(store), label)
    else:
        handle = PyStore(store, label, owned=False)
    store._multipie_handle = handle  # type: ignore[attr-defined]
    return handle


def wrap_native_store(handle: Any, engine: wasmtime.Engine) -> wasmtime.Store:
    """A ``wasmtime.Store`` taking over the Store owned by ``handle`` (the handle keeps the lock).

    For a pure-Python handle this is the ``wasmtime.Store`` it already wraps.
    """
    if isinstance(handle, PyStore):
        assert handle.wstore is not None
        return handle.wstore
    if not handle.owned:  # a borrowed handle: its wasmtime.Store is the owner already
        raise UsageError("store handle does not own its Store")
    return _capi.adopt_store(handle.detach(), engine, handle)


def spawn_store(
    engine: wasmtime.Engine,
    pre: int,
    memory_size: int,
    table_elements: int,
    wasi: int,
    label: str,
    fuel: int = -1,
    ticks: int = 0,
    ticker: Any = None,
) -> tuple[Any, bytes | None, int, int]:
    """A new Store (caps as for :func:`new_store`, no deadline) with ``pre`` instantiated in it.

    Returns (store, instance | None, trap, err).

    The start function runs with ``fuel`` and a deadline of ``ticks`` (see ``PyStore.instantiate``).
    On failure the caller owns ``trap``/``err`` and closes the store.
    """
    if _use_native:
        return _native.spawn(  # type: ignore[no-any-return]
            _capi.handle_address(engine), pre, memory_size, table_elements, wasi, label, fuel, ticks, ticker
        )
    store = new_store(
        engine,
        memory_size=memory_size,
        table_elements=table_elements,
        instances=-1,
        tables=-1,
        memories=-1,
        label=label,
    )
    return (store, *store.instantiate(pre, wasi, fuel, ticks, ticker))


def new_gate(
    store: Any,
    owner: GateOwner,
    instance: bytes,
    *,
    fuel: int,
    ticks: int,
    ticker: Any,
    shared: bool,
    protos: dict[str, tuple[bytes, bytes]],
) -> Any:
    """A gate of the same backend as ``store`` (``protos``: the service's export codes, bound lazily)."""
    if isinstance(store, PyStore):
        return PyGate(store, owner, instance, fuel, ticks, ticker, shared)
    return _native.Gate(store, owner, instance, fuel, ticks, ticker, shared, protos)


def context_of(store: Any) -> Any:
    """The ``wasmtime_context_t*`` (ctypes) of a Store handle."""
    return _capi.context_at(store.ctx)


ExportCallable = Callable[..., Any]
