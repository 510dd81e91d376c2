"""A live Wasm domain: one Store, one instance, its exports and its memory.

Ownership: the :class:`WasmDomain` owns its ``wasmtime.Store``; the instance,
functions and memory inside it are plain handles (``wasmtime_func_t`` etc.)
valid exactly as long as the Store. Dropping the Store frees everything at
once, which is why a short-lived domain gets a Store of its own (a Store never
frees an instance before it is itself dropped).

Thread safety: a Store must never be entered by two threads at once, and the
raw call path releases the GIL, so each call holds the domain's lock.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import wasmtime
from wasmtime import _ffi as ffi

from multipie.domains.base import Domain, DomainState, Limits
from multipie.domains.wasm import traps
from multipie.domains.wasm.calls import Signature, convert_args, read_results
from multipie.errors import DomainError, NoSuchExport

if TYPE_CHECKING:
    from multipie.domains.wasm.service import WasmService

__all__ = ["BoundExport", "WasmDomain"]

_call_unchecked = ffi.wasmtime_func_call_unchecked
_set_deadline = ffi.wasmtime_context_set_epoch_deadline
_set_fuel = ffi.wasmtime_context_set_fuel
_WASM_PAGE = 65536


class BoundExport:
    """A callable bound to one function export of one domain: ``f = d.export("add"); f(1, 2)``.

    The argument array and function handle are prepared once, so each call is
    the checks, one C call and the result read.
    """

    __slots__ = ("_domain", "_sig", "_func", "_func_ref", "_raw", "_slots")

    def __init__(self, domain: WasmDomain, sig: Signature, func: ffi.wasmtime_func_t) -> None:
        self._domain = domain
        self._sig = sig
        self._func = func
        self._func_ref = ctypes.byref(func)
        self._slots = sig.slots
        self._raw = (ffi.wasmtime_val_raw_t * self._slots)()

    @property
    def signature(self) -> Signature:
        """The export's parameter and result kinds."""
        return self._sig

    def __call__(self, *args: Any) -> Any:
        d = self._domain
        with d._lock:
            if d.state is not DomainState.OPEN:
                raise d._closed_error()
            raw = self._raw
            convert_args(self._sig, args, raw, d.label)
            d._invoke(self._func_ref, raw, self._slots)
            return read_results(self._sig, raw)

    def __repr__(self) -> str:
        return f"<export {self._sig} of {self._domain.label}>"


class WasmDomain(Domain):
    """One Wasm instance in its own Store (see the module docstring for ownership)."""

    def __init__(
        self,
        service: WasmService,
        limits: Limits,
        store: wasmtime.Store,
        instance: ffi.wasmtime_instance_t,
    ) -> None:
        super().__init__(service, limits)
        self._store: wasmtime.Store | None = store
        self._ctx = store._context()
        self._instance = instance
        self._lock = threading.Lock()
        self._bound: dict[str, BoundExport] = {}
        self._view: memoryview | None = None
        self._view_key: tuple[int, int] = (0, 0)
        self._wservice = service

    # -- exports -------------------------------------------------------------

    def _extern(self, name: str) -> ffi.wasmtime_extern_t | None:
        item = ffi.wasmtime_extern_t()
        raw = name.encode()
        # SAFETY: ctx and instance belong to the same, open Store (checked by callers).
        if not ffi.wasmtime_instance_export_get(
            self._ctx, ctypes.byref(self._instance), raw, len(raw), ctypes.byref(item)
        ):
            return None
        return item

    def export(self, name: str) -> BoundExport:
        """A :class:`BoundExport` for function export ``name``.

        Raises:
            NoSuchExport: no function export of that name, or its types cannot be passed from the host.
            DomainClosed: the domain is not open.
        """
        bound = self._bound.get(name)
        if bound is not None:
            return bound
        if self.state is not DomainState.OPEN:
            raise self._closed_error()
        sig = self._wservice.signature(name)
        item = self._extern(name)
        if item is None or item.kind != ffi.WASMTIME_EXTERN_FUNC.value:  # pragma: no cover - sig said it exists
            raise NoSuchExport(f"{self.label}: no function export '{name}'")
        func = ffi.wasmtime_func_t()
        # SAFETY: both are wasmtime_func_t of the same size; the copy outlives the temporary extern.
        ctypes.memmove(ctypes.byref(func), ctypes.byref(item.of.func), ctypes.sizeof(func))
        bound = BoundExport(self, sig, func)
        self._bound[name] = bound
        return bound

    def call(self, name: str, *args: Any) -> Any:
        """Call export ``name``; see :meth:`multipie.domains.base.Domain.call`."""
        bound = self._bound.get(name)
        if bound is None:
            bound = self.export(name)
        return bound(*args)

    # -- the call itself -----------------------------------------------------

    def _invoke(self, func_ref: Any, raw: Any, slots: int) -> None:
        """Run one call with the domain lock held; on a fault, tear down and raise."""
        limits = self.limits
        ctx = self._ctx
        ticker = None
        if limits.fuel is not None:
            err = _set_fuel(ctx, limits.fuel)
            if err:
                raise traps.from_error_ptr(err, domain=self.label)
        if limits.timeout is not None:
            ticker = self.service.runtime._ticker
            _set_deadline(ctx, ticker.ticks_for(limits.timeout))
            ticker.enter()
        trap = ctypes.POINTER(ffi.wasm_trap_t)()
        try:
            # SAFETY: func belongs to this domain's Store (bound at export()),
            # raw has max(params, results) slots filled per the checked signature,
            # and the domain lock keeps any other thread out of this Store.
            err = _call_unchecked(ctx, func_ref, raw, slots, ctypes.byref(trap))
        finally:
            if ticker is not None:
                ticker.leave()
        if trap or err:
            self._raise_fault(trap, err)

    def _raise_fault(self, trap: Any, err: Any) -> None:
        exc: DomainError | Exception
        if trap:
            exc = traps.from_trap_ptr(
                trap, domain=self.label, timeout=self.limits.timeout, memory_full=self._memory_full()
            )
        else:
            exc = traps.from_error_ptr(err, domain=self.label)
        hook = self.service.runtime._trap_hooks
        for check in hook:
            exc = check(self, exc) or exc
        self._fault()
        raise exc

    def _memory_full(self) -> bool:
        limit = self.limits.memory_limit
        if limit is None:
            return False
        size = self._memory_size()
        return size is not None and size + _WASM_PAGE > limit

    # -- memory --------------------------------------------------------------

    def _memory_handle(self) -> ffi.wasmtime_memory_t | None:
        name = self._wservice.memory_export
        if name is None:
            return None
        item = self._extern(name)
        return item.of.memory if item is not None else None

    def _memory_size(self) -> int | None:
        mem = self._memory_handle()
        if mem is None:
            return None
        return int(ffi.wasmtime_memory_data_size(self._ctx, ctypes.byref(mem)))

    @property
    def memory(self) -> memoryview:
        """A zero-copy view of the exported memory.

        The view is valid until the memory grows (it may move) or the domain
        closes; the runtime then releases it, so a stale view raises
        ``ValueError`` instead of touching freed memory. Take ``d.memory`` again
        after calls that may grow memory.

        Raises:
            NoSuchExport: the module exports no memory.
            DomainClosed: the domain is not open.
        """
        if self.state is not DomainState.OPEN:
            raise self._closed_error()
        mem = self._memory_handle()
        if mem is None:
            raise NoSuchExport(f"{self.label}: module exports no memory")
        base = ffi.wasmtime_memory_data(self._ctx, ctypes.byref(mem))
        size = int(ffi.wasmtime_memory_data_size(self._ctx, ctypes.byref(mem)))
        addr = ctypes.cast(base, ctypes.c_void_p).value or 0
        if self._view is not None and self._view_key == (addr, size):
            return self._view
        self._release_view()
        # SAFETY: [addr, addr+size) is the live linear memory of this Store; the
        # view is released when the memory moves or the Store is dropped.
        arr = (ctypes.c_ubyte * size).from_address(addr)
        self._view = memoryview(arr).cast("B")
        self._view_key = (addr, size)
        return self._view

    def _release_view(self) -> None:
        if self._view is not None:
            try:
                self._view.release()
            except BufferError:  # exported further by the user; nothing safer to do
                pass
            self._view = None

    # -- teardown ------------------------------------------------------------

    def _release(self) -> None:
        self._release_view()
        self._bound.clear()
        store, self._store = self._store, None
        if store is not None:
            store.close()

    @property
    def store(self) -> wasmtime.Store:
        """The domain's Store (for runtime extensions such as capabilities)."""
        if self._store is None:
            raise self._closed_error()
        return self._store


ExportCallable = Callable[..., Any]
