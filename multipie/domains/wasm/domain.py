"""A live Wasm domain: one instance, its entry gate, its exports and its memory.

Ownership: a :class:`WasmDomain` enters its instance through a *gate* (see
:mod:`.fastpath`), which references a *store handle*: the Store itself and the
lock that keeps a second thread out of it. A domain spawned on its own owns
its Store (closing the domain drops it, freeing everything at once); a domain
of a :class:`~multipie.domains.wasm.group.DomainGroup` shares the group's
Store and only closes its gate (the group drops the Store when its last
domain is gone). Instance, function and memory handles are valid exactly as
long as the Store.

Calls: ``d.call`` is the gate's own ``call`` (in C when the native backend is
active), so ``d.call("add", 1, 2)`` and ``d.export("add")(1, 2)`` never run
Python code on success. Faults, argument errors and closed-domain errors are
reported through :meth:`WasmDomain._raise_fault` and friends, identically for
both backends.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import wasmtime
from wasmtime import _ffi as ffi

from multipie.domains.base import Domain, DomainState, Limits
from multipie.domains.wasm import fastpath, traps
from multipie.domains.wasm.fastpath import BoundExport, kind_codes
from multipie.errors import DomainError, HostBug, NoSuchExport

if TYPE_CHECKING:
    from multipie.domains.wasm.group import DomainGroup
    from multipie.domains.wasm.service import WasmService

# Raw entry points with an address-sized return type: the view check runs on every
# `d.memory`, and wasmtime-py's wrappers (a Python frame plus a typed pointer result)
# cost several µs more than the C calls.
_memory_data = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(("wasmtime_memory_data", ffi.dll))
_memory_data_size = ctypes.CFUNCTYPE(ctypes.c_size_t, ctypes.c_void_p, ctypes.c_void_p)(
    ("wasmtime_memory_data_size", ffi.dll)
)

__all__ = ["BoundExport", "WasmDomain"]

_WASM_PAGE = 65536
# Fuel given per call to unmetered domains of a metered group (a neighbour may have left the Store at 0).
_UNMETERED = 1 << 62


class WasmDomain(Domain):
    """One Wasm instance behind its gate (see the module docstring for ownership).

    Args:
        service: the service it runs.
        limits: its limits (fuel and timeout apply per call).
        store: the store handle (owned unless ``group`` is given).
        instance: the ``wasmtime_instance_t`` bytes.
        wstore: the ``wasmtime.Store`` when wasmtime-py created the Store (grants path).
        group: the group whose shared Store this domain lives in.
    """

    def __init__(
        self,
        service: WasmService,
        limits: Limits,
        store: Any,
        instance: bytes,
        *,
        wstore: wasmtime.Store | None = None,
        group: DomainGroup | None = None,
    ) -> None:
        super().__init__(service, limits)
        self._wservice = service
        self._hstore = store
        self._wstore = wstore
        self._group = group
        self._slab: Any = None
        self._cap_handle: Any = None  # a capability group's StoreHandle (multipie.domains.wasm.grants)
        self._view: memoryview | None = None
        self._view_key: tuple[int, int] = (0, 0)
        self._mem_handle: ffi.wasmtime_memory_t | None = None
        self._mem_where: tuple[int | None, int] | None = None  # (context address, handle address)
        timeout = limits.timeout
        ticker = service.runtime._ticker if timeout is not None else None
        self._gate = fastpath.new_gate(
            store,
            self,
            instance,
            fuel=limits.fuel
            if limits.fuel is not None
            else (_UNMETERED if group is not None and group.metered else -1),
            ticks=ticker.ticks_for(timeout) if ticker is not None and timeout is not None else 0,
            ticker=ticker.handle if ticker is not None else None,
            shared=group is not None,
            protos=service._protos,
        )
        if group is None:
            # The gate's call, bound per instance: no Python frame on the call path.
            # (Grouped domains skip it: a materialised __dict__ costs ~200 bytes each.)
            self.__dict__["call"] = self._gate.call

    @property
    def _ctx(self) -> Any:
        """The ``wasmtime_context_t*`` of this domain's Store (ctypes)."""
        return fastpath.context_of(self._hstore)

    @property
    def _instance(self) -> ffi.wasmtime_instance_t:
        return ffi.wasmtime_instance_t.from_buffer_copy(self._gate.instance)

    @property
    def hold_gil(self) -> bool:
        """Keep the GIL during calls without a timeout (native path only; default False).

        Holding it makes a short call ~0.05 µs cheaper, but every other Python
        thread waits until the guest returns: opt in only for short, hot exports.
        Calls with a timeout always release it.
        """
        return bool(self._gate.hold_gil)

    @hold_gil.setter
    def hold_gil(self, value: bool) -> None:
        self._gate.hold_gil = bool(value)

    @property
    def backend(self) -> str:
        """``"native"`` or ``"python"``: which entry path this domain uses."""
        return "python" if isinstance(self._hstore, fastpath.PyStore) else "native"

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

    def export(self, name: str) -> Any:
        """A bound callable for function export ``name``: ``f = d.export("add"); f(1, 2)``.

        Raises:
            NoSuchExport: no function export of that name, or its types cannot be passed from the host.
            DomainClosed: the domain is not open.
        """
        gate = self._gate
        bound = gate.exports.get(name) if self.state is DomainState.OPEN else None
        if bound is not None:
            return bound
        if self.state is not DomainState.OPEN:
            raise self._closed_error()
        sig = self._wservice.signature(name)
        bound = gate.bind(name, kind_codes(sig.params), kind_codes(sig.results))
        if bound is None:  # pragma: no cover - the signature said it exists
            raise NoSuchExport(f"{self.label}: no function export '{name}'")
        if not isinstance(bound, BoundExport):
            bound.signature = sig
        return bound

    def call(self, name: str, *args: Any) -> Any:  # replaced per instance by the gate's call
        """Call export ``name``; see :meth:`multipie.domains.base.Domain.call`."""
        return self._gate.call(name, *args)

    # -- faults --------------------------------------------------------------

    def _raise_fault(self, trap: Any, err: Any) -> None:
        """Translate a trap/error (ownership taken), tear the domain down, raise (Store lock held)."""
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
        # A memory handle stays valid for the Store's life, so it is looked up once.
        mem = self._mem_handle
        if mem is None:
            name = self._wservice.memory_export
            if name is None:
                return None
            item = self._extern(name)
            if item is None:
                return None
            mem = self._mem_handle = item.of.memory
        return mem

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
        where = self._mem_where
        if where is None:
            mem = self._memory_handle()
            if mem is None:
                raise NoSuchExport(f"{self.label}: module exports no memory")
            where = self._mem_where = (ctypes.cast(self._ctx, ctypes.c_void_p).value, ctypes.addressof(mem))
        # SAFETY: (context, memory handle) of this open Store, the handle kept alive in
        # self._mem_handle; both calls only read the memory's current bounds.
        addr = _memory_data(*where) or 0
        size = _memory_data_size(*where)
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
        self._gate.close()
        if self._group is not None:
            self._group._member_gone(self)
            return
        cap, self._cap_handle = self._cap_handle, None
        if cap is not None:
            # The capability group owns the Store: it drops it with its last member
            # (the OwnedStore then closes our handle first).
            cap.close()
            return
        self._hstore.close()
        store, self._wstore = self._wstore, None
        if store is not None:
            store.close()

    @property
    def store(self) -> wasmtime.Store:
        """The domain's ``wasmtime.Store`` (for runtime extensions such as capabilities).

        For a native Store this wraps it once in a ``wasmtime.Store`` that takes
        over ownership (the domain still closes it). Grouped domains share theirs.

        Raises:
            DomainClosed: the domain is not open.
        """
        if self.state is not DomainState.OPEN:
            raise self._closed_error()
        if self._group is not None:
            return self._group._wasmtime_store(self._hstore)
        if self._cap_handle is not None:
            return self._cap_handle._group.store  # type: ignore[no-any-return]
        if self._wstore is None:
            eng = self._wservice.runtime._engines.engine(fuel=self.limits.fuel is not None)
            self._wstore = wrap_native_store(self._hstore, eng)
        return self._wstore

    # -- what the capability layer (multipie.domains.wasm.grants) builds on ------

    @property
    def _store(self) -> Any:
        """The Store as the capability layer sees it: a ``wasmtime.Store``, its group share, or ``None``."""
        if self.state is not DomainState.OPEN:
            return None
        if self._cap_handle is not None:
            return self._cap_handle
        return self.store

    @_store.setter
    def _store(self, value: Any) -> None:
        # A capability group took the Store over (grants.group_of / GrantPlan.adopt).
        self._cap_handle = value
        self._wstore = None

    @property
    def _lock(self) -> Any:
        """The lock of this domain's Store (shared by every domain in it): the store handle."""
        return self._hstore

    @_lock.setter
    def _lock(self, value: Any) -> None:
        if value is not self._hstore:
            raise HostBug(f"{self.label}: a Store's lock is its store handle; got a different lock")


def wrap_native_store(handle: Any, engine: wasmtime.Engine) -> wasmtime.Store:
    """A ``wasmtime.Store`` taking over the store pointer owned by native ``handle``."""
    if isinstance(handle, fastpath.PyStore):
        assert handle.wstore is not None
        return handle.wstore
    ptr = handle.detach()
    store = fastpath.OwnedStore.__new__(fastpath.OwnedStore)
    # SAFETY: ptr is a live wasmtime_store_t* whose ownership the native handle
    # just gave up; the wrapper deletes it once (on close), and the handle's
    # context (same pointer target) is dropped first in _release.
    store._set_ptr(ctypes.cast(ptr, ctypes.POINTER(ffi.wasmtime_store_t)))
    store._Store__context = ffi.wasmtime_store_context(store.ptr())  # type: ignore[attr-defined]
    store.engine = engine
    store._multipie_handle = handle
    return store


ExportCallable = Callable[..., Any]
