"""A live Wasm domain: one instance, its entry gate, its exports and its memory.

Ownership: a :class:`WasmDomain` enters its instance through a *gate* (see
:mod:`.fastpath`), which references a *store handle*: the Store itself and the
lock that keeps a second thread out of it. A domain spawned on its own owns
its Store (closing the domain drops it, freeing everything at once); a member
of a :class:`~multipie.domains.wasm.shared.SharedStore` (a slab of a
``DomainGroup``, or a Store shared through capabilities) only closes its gate
and leaves (the SharedStore drops the Store when its last member is gone).
Instance, function and memory handles are valid exactly as long as the Store.

Calls: ``d.call`` is the gate's own ``call`` (in C when the native backend is
active), so ``d.call("add", 1, 2)`` and ``d.export("add")(1, 2)`` never run
Python code on success. Faults, argument errors and closed-domain errors are
reported through :meth:`WasmDomain._raise_fault` and friends, identically for
both backends.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

import wasmtime

from multipie.domains.base import Domain, DomainState, Limits, _domain_ids
from multipie.domains.wasm import _capi, fastpath, traps
from multipie.domains.wasm.fastpath import BoundExport, kind_codes
from multipie.domains.wasm.shared import SharedStore
from multipie.errors import NoSuchExport, ProtocolError, UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Host
    from multipie.domains.wasm.budget import Budget
    from multipie.domains.wasm.calls import Signature
    from multipie.domains.wasm.state import WasmState

# The view check runs on every `d.memory`: address-typed C entry points, bound once.
_memory_data = _capi.memory_data_at
_export_get = _capi.export_get_at
_memory_data_size = _capi.memory_size_at

__all__ = ["BoundExport", "DomainService", "WasmDomain", "promote", "protocol_error"]

_native = fastpath.native_module()
_Gate: Any = _native.Gate if _native is not None else None
_NativeStore: Any = _native.Store if _native is not None else None

_WASM_PAGE = 65536
# Fuel given per call to unmetered domains of a metered group (a neighbour may have left the Store at 0).
_UNMETERED = 1 << 62


def protocol_error(service: str, what: int, a: int, b: int, max_response: int) -> ProtocolError:
    """The error for a broken zero-copy HTTP exchange (``what`` as returned by the native paths)."""
    if what == 1:
        return ProtocolError(f"service {service!r}: http_alloc({a}) returned {b:#x}, outside its memory")
    return ProtocolError(
        f"service {service!r}: http_handle returned a response at {a:#x}+{b}, outside its memory"
        + (f" or over {max_response} bytes" if b > max_response else "")
    )


class DomainService(Protocol):
    """What a domain needs of its service (:class:`~multipie.domains.wasm.service.WasmService`).

    A protocol rather than an import: the service module builds on this one.
    """

    @property
    def name(self) -> str:
        """The service's name (labels, messages)."""

    @property
    def host(self) -> Host:
        """The owning runtime's host (trap hooks, tracking)."""

    @property
    def state(self) -> WasmState:
        """The kind's runtime-wide state (the ticker)."""

    @property
    def memory_export(self) -> str | None:
        """The exported memory ``d.memory`` shows, if any."""

    @property
    def uses_wasi(self) -> bool:
        """Whether its instances need a WASI context."""

    @property
    def _protos(self) -> dict[str, tuple[bytes, bytes]]:
        """Export name -> (param codes, result codes), for the gate's lazy binding."""

    @property
    def budget(self) -> Budget:
        """Its memories and tables, and the caps a ``memory_limit`` gives them."""

    def signature(self, name: str) -> Signature:
        """The signature of function export ``name``."""


class _MemoryState:
    """What ``d.memory`` caches: the memory handle, where to ask for its bounds, the current view."""

    __slots__ = ("handle", "where", "view", "key")

    def __init__(self) -> None:
        self.handle: Any = None  # a wasmtime_memory_t
        self.where: tuple[int | None, int] | None = None  # (context address, handle address)
        self.view: memoryview | None = None
        self.key: tuple[int, int] = (0, 0)


class WasmDomain(Domain):
    """One Wasm instance behind its gate (see the module docstring for ownership).

    Args:
        service: the service it runs.
        limits: its limits (fuel and timeout apply per call).
        store: the store handle (owned unless ``shared`` is given).
        instance: the ``wasmtime_instance_t`` bytes.
        shared: the :class:`~multipie.domains.wasm.shared.SharedStore` this domain is a member of.
    """

    # __dict__ stays for the per-instance ``call`` of domains owning their Store (see __init__).
    __slots__ = ("_wservice", "_hstore", "_shared", "_bindings", "_mem", "_gate", "_reserve", "__dict__")
    # Narrower than Domain's ``Service``: the WasmService, seen through the shape this module needs.
    service: DomainService  # type: ignore[assignment]

    def __init__(
        self,
        service: DomainService,
        limits: Limits,
        store: Any,
        instance: bytes,
        *,
        shared: SharedStore | None = None,
    ) -> None:
        # Domain.__init__, inlined: this runs once per spawn (~10 µs budget in all).
        self.service = service
        self.id = next(_domain_ids)
        self.limits = limits
        self.state = DomainState.OPEN
        self._wservice = service
        self._hstore = store
        self._shared = shared
        self._bindings: list[Any] | None = None  # grants bound to this domain's imports (capability, binding)
        self._mem: _MemoryState | None = None  # made on first use of d.memory
        self._reserve: Any = None  # the native Reserve that deletes this Store after close (see .reserve)
        timeout = limits.timeout
        if timeout is not None:
            ticker = service.state.ticker
            ticks, handle = ticker.ticks_for(timeout), ticker.handle
        else:
            ticks, handle = 0, None
        fuel = limits.fuel
        if fuel is None:
            fuel = _UNMETERED if shared is not None and shared.metered else -1
        if _Gate is not None and type(store) is _NativeStore:
            self._gate = _Gate(store, self, instance, fuel, ticks, handle, shared is not None, service._protos)
        else:
            self._gate = fastpath.new_gate(
                store,
                self,
                instance,
                fuel=fuel,
                ticks=ticks,
                ticker=handle,
                shared=shared is not None,
                protos=service._protos,
            )
        if shared is None:
            # The gate's call, bound per instance: no Python frame on the call path.
            # (Members of a shared Store skip it: a materialised __dict__ costs ~200 bytes each.)
            self.__dict__["call"] = self._gate.call

    @classmethod
    def _from_reserve(
        cls, service: DomainService, limits: Limits, reserve: Any, args: tuple[Any, ...]
    ) -> WasmDomain | None:
        """A domain over a Store the native ``reserve`` made ahead of time, or ``None`` if none is ready.

        ``args`` are the reserve's per-domain constants (label, fuel, ticks, ticker, protos):
        limits are fixed per reserve, so nothing is recomputed here (this runs once per request).
        """
        d = cls.__new__(cls)
        gate = reserve.take(d, *args)
        if gate is None:
            return None
        d.service = d._wservice = service
        d.id = next(_domain_ids)
        d.limits = limits
        d.state = DomainState.OPEN
        d._hstore = gate.store
        d._shared = None
        d._bindings = None
        d._mem = None
        d._gate = gate
        d._reserve = reserve
        return d

    @property
    def _ctx(self) -> Any:
        """The ``wasmtime_context_t*`` of this domain's Store (ctypes)."""
        return fastpath.context_of(self._hstore)

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

    def _extern(self, name: str) -> Any:
        """The ``wasmtime_extern_t`` of export ``name``, or ``None``."""
        # SAFETY: ctx and instance belong to the same, open Store (checked by callers).
        return _capi.export_get(self._ctx, self._gate.instance, name)

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

    # -- the zero-copy HTTP handler ABI ----------------------------------------

    def http_exchange(self, head: bytes, body: bytes, *, max_response: int = 64 << 20) -> bytes:
        """Run one request through the zero-copy handler ABI (see :mod:`multipie.app.abi`).

        ``http_alloc(len)`` gives room, head and body are written there,
        ``http_handle(ptr, head_len, body_len)`` returns the response's place;
        its bytes are returned. Natively this is one call holding the Store
        lock throughout, with one fuel budget and one deadline for both exports.

        Raises:
            ProtocolError: a pointer or length the guest returned is outside its memory,
                or the response is over ``max_response`` (the domain is torn down).
            DomainError: the guest trapped, timed out or ran out of a budget.
            DomainClosed: the domain is not open.
        """
        if self.state is not DomainState.OPEN:
            raise self._closed_error()
        memname = self._wservice.memory_export
        if memname is None:
            raise NoSuchExport(f"{self.label}: the http ABI needs an exported memory")
        if self._mem is not None and self._mem.view is not None:
            self._release_view()  # the exchange may grow (move) the memory
        if self._hstore.__class__ is _NativeStore:
            out = self._gate.http(head, body, memname, max_response)
            if out.__class__ is bytes:
                return out
            what, a, b = out
        else:
            what, a, b, out = self._http_python(head, body, max_response)
            if not what:
                return out
        self._fault()
        raise protocol_error(self.service.name, what, a, b, max_response)

    def _http_python(self, head: bytes, body: bytes, max_response: int) -> tuple[int, int, int, bytes]:
        total = len(head) + len(body)
        ptr = self.call("http_alloc", total) & 0xFFFFFFFF
        mem = self.memory
        if ptr == 0 or ptr + total > len(mem):
            return 1, total, ptr, b""
        mem[ptr : ptr + len(head)] = head
        mem[ptr + len(head) : ptr + total] = body
        packed = self.call("http_handle", ptr, len(head), len(body)) & 0xFFFFFFFFFFFFFFFF
        rptr, rlen = packed >> 32, packed & 0xFFFFFFFF
        mem = self.memory  # the guest may have grown (moved) its memory
        if rlen > max_response or rptr + rlen > len(mem):
            return 2, rptr, rlen, b""
        return 0, 0, 0, bytes(mem[rptr : rptr + rlen])

    # -- faults --------------------------------------------------------------

    def _raise_fault(self, trap: Any, err: Any) -> None:
        """Translate a trap/error (ownership taken), tear the domain down, raise (Store lock held)."""
        exc: BaseException
        if trap:
            exc = traps.from_trap_ptr(
                trap, domain=self.label, timeout=self.limits.timeout, memory_full=self._memory_full()
            )
        else:
            exc = traps.from_error_ptr(err, domain=self.label, timeout=self.limits.timeout)
        for check in self.service.host.trap_hooks:
            if not isinstance(exc, Exception):  # Ctrl-C (KeyboardInterrupt) is no guest fault to refine
                break
            exc = check(self, exc) or exc
        self._fault()
        raise exc

    def _memory_full(self) -> bool:
        limit = self.limits.memory_limit
        if limit is None:
            return False
        size = self._memory_size()
        # The memory's share of the limit (the rest may be its tables').
        return size is not None and size + _WASM_PAGE > self._wservice.budget.caps(limit).memory_size

    # -- memory --------------------------------------------------------------

    def _memory_state(self) -> _MemoryState:
        mem = self._mem
        if mem is None:
            mem = self._mem = _MemoryState()
        return mem

    def _memory_handle(self) -> Any:
        # A memory handle stays valid for the Store's life, so it is looked up once.
        state = self._memory_state()
        mem = state.handle
        if mem is None:
            name = self._wservice.memory_export
            if name is None:
                return None
            raw = name.encode()
            item = _capi.Extern()
            inst = _capi.Instance.from_buffer_copy(self._gate.instance)
            # SAFETY: the context address and instance belong to this open Store; item is
            # an extern-sized out buffer we own. Integer addresses skip ctypes pointer casts.
            if not _export_get(self._hstore.ctx, ctypes.addressof(inst), raw, len(raw), ctypes.addressof(item)):
                return None
            mem = state.handle = item.of.memory
        return mem

    def _memory_size(self) -> int | None:
        mem = self._memory_handle()
        if mem is None:
            return None
        return _capi.memory_bounds(self._ctx, mem)[1]

    @property
    def memory(self) -> memoryview:
        """A zero-copy view of the exported memory.

        The view is valid until the memory grows (it may move) or the domain
        closes; the runtime then releases it (checked after every call while a
        view is out), so a stale view raises ``ValueError`` instead of touching
        freed memory. Take ``d.memory`` again after calls that may grow memory.
        Slices of the view (``v[a:b]``, ``np.frombuffer(v)``) are not tracked:
        drop them before such calls.

        Raises:
            NoSuchExport: the module exports no memory.
            DomainClosed: the domain is not open.
        """
        if self.state is not DomainState.OPEN:
            raise self._closed_error()
        state = self._memory_state()
        where = state.where
        if where is None:
            mem = self._memory_handle()
            if mem is None:
                raise NoSuchExport(f"{self.label}: module exports no memory")
            # SAFETY: mem is kept alive by state.handle, as long as the cached address.
            where = state.where = (self._hstore.ctx, ctypes.addressof(mem))
        # SAFETY: (context, memory handle) of this open Store, the handle kept alive in
        # state.handle; both calls only read the memory's current bounds.
        addr = _memory_data(*where) or 0
        size = _memory_data_size(*where)
        if state.view is not None and state.key == (addr, size):
            return state.view
        self._release_view()
        # SAFETY: [addr, addr+size) is the live linear memory of this Store; the
        # view is released when the memory moves or the Store is dropped.
        arr = (ctypes.c_ubyte * size).from_address(addr)
        state.view = memoryview(arr).cast("B")
        state.key = (addr, size)
        # Each later call checks the memory's bounds and releases this view if the guest moved it.
        assert state.handle is not None
        self._gate.watch(bytes(state.handle), addr, size)
        return state.view

    def _release_view(self) -> None:
        state = self._mem
        if state is not None and state.view is not None:
            self._gate.watch(None, 0, 0)
            try:
                state.view.release()
            except BufferError:  # exported further by the user; nothing safer to do
                pass
            state.view = None

    # -- teardown ------------------------------------------------------------

    def _release(self) -> None:
        self._release_view()
        self._gate.close()
        shared = self._shared
        if shared is not None:
            shared.leave(self)  # drops the Store with its last member
        elif self._reserve is not None:
            self._reserve.retire(self._hstore)  # deleted by the reserve's thread, off this path
        else:
            self._hstore.close()

    @property
    def store(self) -> wasmtime.Store:
        """The domain's ``wasmtime.Store`` (for runtime extensions such as capabilities).

        A domain that owned its Store alone becomes the only member of a
        :class:`~multipie.domains.wasm.shared.SharedStore` (which wraps the Store
        once and still drops it when the domain closes).

        Raises:
            DomainClosed: the domain is not open.
        """
        if self.state is not DomainState.OPEN:
            raise self._closed_error()
        return promote(self).wstore


ExportCallable = Callable[..., Any]


def promote(domain: WasmDomain) -> SharedStore:
    """The SharedStore of ``domain``, making its own Store one (with it as the only member) if needed.

    Raises:
        DomainClosed: the domain is closed.
    """
    shared = domain._shared
    if shared is not None:
        return shared
    if not domain.is_open:
        raise domain._closed_error()
    if domain._reserve is not None:
        # Its Store lives in a reserve's engine and goes back to the reserve's thread: not shareable.
        raise UsageError(
            f"{domain.label}: a domain taken from a reserve cannot share its Store (capabilities to its "
            "exports, groups); spawn it with service.spawn() instead"
        )
    handle = domain._hstore
    with handle:  # no call is inside the Store while it changes hands
        shared = domain._shared
        if shared is not None:
            return shared
        if not domain.is_open:
            raise domain._closed_error()
        limits = domain.limits
        shared = SharedStore(
            domain.service.host,
            handle,
            metered=limits.fuel is not None,
            caps=domain._wservice.budget.caps(limits.memory_limit),  # as its spawn set them
            label=domain.label,
        )
        shared.used = 1
        shared.has_wasi = domain._wservice.uses_wasi
        shared.join(domain)
    return shared
