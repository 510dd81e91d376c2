"""Shared Stores: THE way several Wasm domains live in one wasmtime Store, and where a domain is placed.

A Store costs ~7 KiB and ~2 µs on its own, an instance inside a shared Store
~1 KiB; and Stores are islands: a guest can call straight into another guest
(a revocable capability call, ~5 ns) only inside one Store. Both reasons to
share a Store go through this module.

Who owns what:

- a :class:`SharedStore` is one Store and the domains in it. It owns the store
  handle (THE lock every member takes to enter the Store), the Store's limits
  (one per-memory cap, instance/table/memory counts), the count of members
  still open and of instances ever made (dead ones included), the *flag bytes*
  and other objects that must die with the Store (``dependents``, e.g. the
  capability layer's call stubs), and the Store's lifetime: it is dropped when
  its last member closes (unless a :class:`DomainGroup` keeps its current,
  not-yet-full slab for the next spawn);
- a :class:`DomainGroup` (``rt.group()``) is a placement policy: it packs the
  domains spawned with ``svc.spawn(group=g)`` into *slabs*, SharedStores of
  ``slab_size`` instances each, for density;
- a domain spawned alone owns its Store (no SharedStore object: the cheapest
  creation). It becomes the single member of a new SharedStore when another
  domain must join it (it is the target of a function capability) or when
  it takes grants.

Placement (``svc.spawn(group=...)``):

- ``group=g`` (a :class:`DomainGroup`): into ``g``'s current slab, grants
  included (a function capability whose target is in the same slab becomes a
  ~5 ns stub call; any other a host trampoline);
- ``group=None``: a Store of the domain's own, even when it takes grants
  (calls to other domains then go through the host, µs instead of ns). Use it
  for short-lived domains calling long-lived ones: a Store never frees an
  instance before it is dropped, so short-lived domains joining a long-lived
  Store would grow it until its last member closes;
- ``group=AUTO`` (the default): with function grants, join the SharedStore of
  the first granted function's domain when both use the same engine (fuel
  metered or not), ask for the same ``memory_limit`` and the Store has room;
  otherwise (and without grants) a Store of its own.

What a member keeps, and what it shares:

- **Isolation**: unchanged. Each domain is its own instance with its own
  linear memory, tables and globals; Wasm code cannot name another instance's
  memory. A domain is entered only through its own gate.
- **Limits**: fuel and the epoch deadline are set on the Store before *every*
  call from the calling domain's limits, so they stay per domain. The memory
  cap is per memory and therefore per domain too, but one value per Store
  (a spawn asking for another is refused, or not joined under ``AUTO``).
  Fuel needs a metered engine: a SharedStore is metered or not.
- **Faults**: a trap, timeout or exhausted fuel leaves a Store usable
  (Wasmtime unwinds to the host), so only the faulting domain is torn down:
  its gate closes, later calls raise ``DomainClosed``, its neighbours keep
  running.
- **Concurrency**: one lock per Store: calls into domains of one Store are
  serialised.
- **Reclamation**: Wasmtime frees instances only when their Store is dropped.
  A closed or faulted member keeps its instance until then (``dead_instances``);
  a slab holds at most ``slab_size - 1`` of them.
"""

from __future__ import annotations

import ctypes
import threading
from typing import TYPE_CHECKING, Any, Protocol

import wasmtime
from wasmtime import _ffi as ffi

from multipie.domains.base import Limits
from multipie.domains.wasm import fastpath
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.domains.wasm.wasi import reactor_wasi
from multipie.errors import UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Host
    from multipie.domains.wasm.domain import WasmDomain
    from multipie.domains.wasm.service import WasmService

__all__ = ["AUTO", "DomainGroup", "Placement", "SharedStore", "promote"]

#: Tables and memories a Store allows per instance (Wasmtime's Store limiter counts them per Store).
_PER_INSTANCE = 4
#: Instances a Store allows when nobody said otherwise (Wasmtime's default limiter).
_DEFAULT_INSTANCES = 10_000
_FLAGS_PER_PAGE = 65536


class Placement:
    """The type of :data:`AUTO` (a sentinel: "decide from the grants")."""

    _instance: Placement | None = None

    def __new__(cls) -> Placement:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "AUTO"


#: ``svc.spawn(group=AUTO)``: join the Store of the domain a function grant calls when compatible.
AUTO = Placement()


class Dependent(Protocol):
    """Something living inside a Store that must be told before the Store is dropped."""

    def dead(self) -> None:
        """The Store is about to be dropped: never touch it again."""


class SharedStore:
    """One Store shared by several domains (see the module docstring).

    Args:
        host: the owning runtime's host.
        handle: the store handle (native ``Store`` or :class:`~.fastpath.PyStore`): the Store and its lock.
        metered: whether the Store's engine meters fuel.
        memory_limit: the per-memory cap set on the Store (``None``: uncapped).
        instances: instances the Store allows (its limiter is set to match).
        group: the :class:`DomainGroup` this is a slab of, if any.
        wstore: the ``wasmtime.Store`` owning the Store, when wasmtime-py created it.
        label: for messages.
    """

    __slots__ = (
        "host",
        "handle",
        "metered",
        "memory_limit",
        "capacity",
        "used",
        "live",
        "has_wasi",
        "group",
        "closed",
        "label",
        "dependents",
        "_wstore",
        "_flag_base",
        "_flag_next",
        "_flag_mem",
    )

    def __init__(
        self,
        host: Host,
        handle: Any,
        *,
        metered: bool,
        memory_limit: int | None,
        instances: int = _DEFAULT_INSTANCES,
        group: DomainGroup | None = None,
        wstore: wasmtime.Store | None = None,
        label: str = "store",
    ) -> None:
        self.host = host
        self.handle = handle
        self.metered = metered
        self.memory_limit = memory_limit
        self.capacity = instances
        self.used = 0
        self.live = 0
        self.has_wasi = False
        self.group = group
        self.closed = False
        self.label = label
        self.dependents: list[Dependent] = []
        self._wstore = wstore
        self._flag_base = 0
        self._flag_next = _FLAGS_PER_PAGE
        self._flag_mem: wasmtime.Memory | None = None

    @classmethod
    def create(
        cls, host: Host, *, metered: bool, memory_limit: int | None, instances: int, label: str, group: Any
    ) -> SharedStore:
        """A new, empty Store with its limits (native when the fast path is active)."""
        engine = host.state("wasm").engines.engine(fuel=metered)
        handle = fastpath.new_store(
            engine,
            memory_size=memory_limit if memory_limit is not None else -1,
            instances=instances,
            tables=instances * _PER_INSTANCE,
            memories=instances * _PER_INSTANCE,
            label=label,
        )
        return cls(
            host, handle, metered=metered, memory_limit=memory_limit, instances=instances, group=group, label=label
        )

    @classmethod
    def for_one(cls, service: WasmService, limits: Limits, *, cap_memory: bool = True) -> SharedStore:
        """A new Store built by wasmtime-py for one domain of ``service`` that takes grants (not yet a member).

        With ``cap_memory=False`` the per-memory cap is left off for the caller to set
        (:meth:`set_memory_cap`) once it has created memories that are not the domain's
        (region aliases).

        Granted host objects (functions, region memories) are created through
        wasmtime-py, so this Store starts as a ``wasmtime.Store``; it is a
        SharedStore so that domains calling the new one can join it later.
        """
        metered = limits.fuel is not None
        store = fastpath.OwnedStore(service.state.engines.engine(fuel=metered))
        if cap_memory and limits.memory_limit is not None:
            store.set_limits(
                memory_size=limits.memory_limit, table_elements=fastpath.table_elements(limits.memory_limit)
            )
        # SAFETY: the context of the Store just created, not shared with any thread yet.
        ffi.wasmtime_context_set_epoch_deadline(store._context(), NO_DEADLINE)
        if metered:
            store.set_fuel(limits.fuel or 0)
        if service.uses_wasi:
            store.set_wasi(reactor_wasi())
        handle = fastpath.borrow_store(store, service.name)
        shared = cls(
            service.host, handle, metered=metered, memory_limit=limits.memory_limit, wstore=store, label=service.name
        )
        shared.has_wasi = service.uses_wasi
        return shared

    # -- state ---------------------------------------------------------------

    @property
    def full(self) -> bool:
        """No instance can be added (dead instances still count)."""
        return self.used >= self.capacity

    @property
    def dead_instances(self) -> int:
        """Instances not owned by an open member (closed/faulted ones, call stubs), freed with the Store."""
        return self.used - self.live

    @property
    def wstore(self) -> wasmtime.Store:
        """The ``wasmtime.Store`` (created on first use, taking over the native Store's ownership)."""
        ws = self._wstore
        if ws is None:
            if self.closed:
                raise UsageError(f"{self.label}: the Store was dropped")
            ws = self._wstore = fastpath.wrap_native_store(
                self.handle, self.host.state("wasm").engines.engine(fuel=self.metered)
            )
        return ws

    def accepts(self, limits: Limits, room: int = 1) -> bool:
        """True when a domain with ``limits`` can join (same engine and memory cap, ``room`` instances left, open)."""
        return (
            not self.closed
            and self.used + room <= self.capacity
            and self.metered == (limits.fuel is not None)
            and self.memory_limit == limits.memory_limit
        )

    def set_memory_cap(self, size: int | None) -> None:
        """Set the Store's per-memory cap (``None``: none), keeping its instance/table/memory counts.

        The grant binder lifts it while it creates a region's alias memory (a region
        is the runtime's memory, not the domain's), then restores it.
        """
        n = self.capacity
        # SAFETY: the Store is open (wstore raises otherwise) and the caller holds its lock.
        ffi.wasmtime_store_limiter(
            self.wstore.ptr(),
            size if size is not None else -1,
            fastpath.table_elements(size),
            n,
            n * _PER_INSTANCE,
            n * _PER_INSTANCE,
        )

    def enable_wasi(self) -> None:
        """Give the Store its (shared, stdout/stderr only) WASI context, once (caller holds the lock)."""
        if not self.has_wasi:
            self.wstore.set_wasi(reactor_wasi())
            self.has_wasi = True

    def flag_byte(self) -> tuple[int, int, wasmtime.Memory]:
        """(address, index in its page, memory) of a new host-writable byte in this Store (caller holds the lock).

        The byte lives in a one-page memory of the Store, so guest code can read it
        and the host can write it from any thread without entering the Store; it
        stays valid until the Store is dropped.
        """
        if self._flag_next >= _FLAGS_PER_PAGE or self._flag_mem is None:
            store = self.wstore
            mem = wasmtime.Memory(store, wasmtime.MemoryType(wasmtime.Limits(1, 1)))
            base = ctypes.cast(ffi.wasmtime_memory_data(store._context(), ctypes.byref(mem._memory)), ctypes.c_void_p)
            self._flag_base = base.value or 0
            self._flag_mem = mem
            self._flag_next = 0
        idx = self._flag_next
        self._flag_next += 1
        return self._flag_base + idx, idx, self._flag_mem

    # -- membership ----------------------------------------------------------

    def join(self, domain: WasmDomain) -> None:
        """Count ``domain`` (instantiated here) as a member."""
        self.live += 1
        domain._shared = self
        gate = domain._gate
        if not gate.shared:
            gate.shared = True  # a neighbour's timed call may leave a deadline behind

    def leave(self, domain: WasmDomain) -> None:
        """``domain`` closed or faulted: unbind its grants, drop the Store with its last member."""
        bindings = domain._bindings
        domain._bindings = None
        table = self.host.capabilities
        if not table.in_use:  # no capability was ever issued: nothing to unbind or revoke
            self.live -= 1
            if self.group is not None:
                self.group._member_gone(domain)
            if self._should_drop():
                self._drop()
            return
        with table._lock:
            for cap, binding in bindings or ():
                cap._unbind(binding)
            self.live -= 1
            if self.group is not None:
                self.group._member_gone(domain)
            drop = self._should_drop()
            if drop:
                for _, binding in bindings or ():
                    binding.dead()
                self._mark_dead()
        # A domain that is gone takes its capabilities with it (their stubs trap).
        table.revoke_targeting(domain)
        if drop:
            self._drop()

    def instantiated(self, ok: bool) -> None:
        """An instantiation was attempted here (a failed one may still have used an instance slot)."""
        self.used += 1
        if not ok and self._should_drop():
            self._drop()

    def _should_drop(self) -> bool:
        if self.closed or self.live > 0:
            return False
        group = self.group
        return group is None or group._releases(self)

    def _mark_dead(self) -> None:
        self.closed = True
        deps, self.dependents = self.dependents, []
        for dep in deps:
            dep.dead()

    def _drop(self) -> None:
        """Drop the Store now (every member gone)."""
        table = self.host.capabilities
        if table.in_use:
            with table._lock:
                self._mark_dead()
        else:
            self._mark_dead()
        self._flag_mem = None
        if self.group is not None:
            self.group._dropped(self)
        self.handle.close()  # waits for a call still inside (the lock), then invalidates every gate
        ws, self._wstore = self._wstore, None
        if ws is not None:
            ws.close()

    def force_drop(self) -> None:
        """Drop the Store even though members may be open (their gates then see a closed Store)."""
        if not self.closed:
            self.live = 0
            self._drop()

    def __repr__(self) -> str:
        state = " dropped" if self.closed else ""
        return f"<SharedStore {self.label}: {self.live} live, {self.used} instances{state}>"


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
            memory_limit=limits.memory_limit,
            label=domain.label,
        )
        shared.used = 1
        shared.has_wasi = domain._wservice.uses_wasi
        shared.join(domain)
    return shared


class DomainGroup:
    """Domains packed into shared Stores (slabs) for density; see the module docstring.

    Args:
        host: the owning runtime's host.
        slab_size: instances per shared Store (Wasmtime's limiter enforces it).
        memory_limit: cap per domain memory in bytes (default: the runtime's).
        fuel: make the group metered, so domains may be spawned with ``fuel=``.
        name: for messages.
    """

    def __init__(
        self,
        host: Host,
        *,
        slab_size: int = 100_000,
        memory_limit: int | None = None,
        fuel: bool = False,
        name: str = "group",
    ) -> None:
        if isinstance(slab_size, bool) or not isinstance(slab_size, int) or slab_size < 1:
            raise UsageError(f"slab_size must be a positive int, got {slab_size!r}")
        self.host = host
        self.slab_size = slab_size
        self.memory_limit = host.limits(memory_limit=memory_limit, fuel=None, timeout=None).memory_limit
        self.metered = fuel
        self.name = name
        self._slabs: list[SharedStore] = []
        self._current: SharedStore | None = None
        self._lock = threading.Lock()
        self._closed = False
        self._members: set[WasmDomain] = set()
        self._limits_cache: dict[tuple[int | None, float | None], Limits] = {}
        self.spawned = 0
        self.slabs_dropped = 0

    # -- stats ---------------------------------------------------------------

    @property
    def live_domains(self) -> int:
        """Open domains in the group."""
        return len(self._members)

    @property
    def slabs(self) -> int:
        """Shared Stores currently alive."""
        return len(self._slabs)

    @property
    def dead_instances(self) -> int:
        """Instances of closed/faulted domains still held by live slabs (freed with their slab)."""
        return sum(s.dead_instances for s in self._slabs)

    # -- placement -----------------------------------------------------------

    def limits_for(self, service: WasmService, limits: Limits) -> Limits:
        """``limits`` as this group keeps them (one shared object per (fuel, timeout)).

        Raises:
            UsageError: the group is closed or belongs to another runtime, the spawn asks
                for fuel in an unmetered group, or for another memory cap than the group's.
        """
        if self._closed:
            raise UsageError(f"group {self.name} is closed")
        if service.host is not self.host:
            raise UsageError(f"group {self.name} belongs to another runtime")
        if limits.fuel is not None and not self.metered:
            raise UsageError(f"group {self.name} is unmetered: create it with fuel=True to spawn domains with fuel")
        if limits.memory_limit != self.memory_limit and limits.memory_limit != self.host.memory_limit:
            raise UsageError(
                f"group {self.name}: memory_limit is per group ({self.memory_limit} bytes); got {limits.memory_limit}"
            )
        key = (limits.fuel, limits.timeout)
        shared = self._limits_cache.get(key)
        if shared is None:
            shared = self._limits_cache[key] = Limits(self.memory_limit, limits.fuel, limits.timeout)
        return shared

    def slab(self, room: int = 1) -> SharedStore:
        """The slab the next domain goes into: the current one, or a new one when it has no ``room`` instances left.

        Raises:
            UsageError: ``room`` is more than a slab holds.
        """
        if room > self.slab_size:
            raise UsageError(
                f"group {self.name}: a domain needing {room} instances does not fit slabs of {self.slab_size}"
            )
        with self._lock:
            return self._slab_locked(room)

    def _slab_locked(self, room: int = 1) -> SharedStore:
        slab = self._current
        if slab is None or slab.closed or slab.used + room > slab.capacity:
            slab = SharedStore.create(
                self.host,
                metered=self.metered,
                memory_limit=self.memory_limit,
                instances=self.slab_size,
                label=f"group {self.name}",
                group=self,
            )
            self._slabs.append(slab)
            self._current = slab
        return slab

    def _spawn(self, service: WasmService, limits: Limits) -> WasmDomain:
        """The fast path of ``svc.spawn(group=g)`` without grants."""
        from multipie.domains.wasm.domain import WasmDomain

        # The hot path of grouped spawns: the checks of limits_for, inlined when already cached.
        cached = self._limits_cache.get((limits.fuel, limits.timeout))
        if (
            cached is not None
            and not self._closed
            and service.host is self.host
            and limits.memory_limit in (self.memory_limit, self.host.memory_limit)
        ):
            limits = cached
        else:
            limits = self.limits_for(service, limits)
        _, pre = (
            service._native_pre[self.metered] if self.metered in service._native_pre else service._prepare(self.metered)
        )
        with self._lock:
            slab = self._current
            if slab is None or slab.closed or slab.used >= slab.capacity:
                slab = self._slab_locked()
            # WASI state is per Store: a slab's WASI reactors share one (stdout/stderr only) context.
            wasi = 0
            if service.uses_wasi and not slab.has_wasi:
                wasi = fastpath.address(reactor_wasi()._consume())
                slab.has_wasi = True
            if limits.fuel is None and limits.timeout is None:
                instance, trap, err = slab.handle.instantiate(pre, wasi)
            else:  # the start function runs under the call limits
                instance, trap, err = slab.handle.instantiate(pre, wasi, *service._start_limits(limits))
            if instance is None:
                slab.instantiated(False)
                raise service._instantiate_failure(trap, err)
            slab.used += 1
            domain = WasmDomain(service, limits, slab.handle, instance, shared=slab)
            slab.live += 1
            self._members.add(domain)
            self.spawned += 1
        if service.is_reactor:
            domain.call("_initialize")
        return domain

    def _adopt(self, domain: WasmDomain) -> None:
        """A domain the grant binder instantiated in one of this group's slabs."""
        with self._lock:
            self._members.add(domain)
            self.spawned += 1

    # -- teardown (called by SharedStore) -------------------------------------

    def _member_gone(self, domain: WasmDomain) -> None:
        self._members.discard(domain)

    def _releases(self, slab: SharedStore) -> bool:
        """Whether an empty slab is dropped now (the current one is kept for the next spawn)."""
        return not (slab is self._current and not slab.full and not self._closed)

    def _dropped(self, slab: SharedStore) -> None:
        if slab in self._slabs:
            self._slabs.remove(slab)
            self.slabs_dropped += 1
        if slab is self._current:
            self._current = None

    def close(self) -> None:
        """Close every domain of the group and drop every slab; idempotent."""
        if self._closed:
            return
        self._closed = True
        for d in list(self._members):
            d.close()
        for slab in list(self._slabs):
            slab.force_drop()

    def __enter__(self) -> DomainGroup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<DomainGroup {self.name} {self.live_domains} live in {self.slabs} slabs>"
