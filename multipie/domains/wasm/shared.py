"""Shared Stores: THE way several Wasm domains live in one wasmtime Store.

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
  its last member closes (unless a ``DomainGroup`` keeps its current,
  not-yet-full slab for the next spawn);
- a :class:`~multipie.domains.wasm.group.DomainGroup` (``rt.group()``) is a
  placement policy (:mod:`.group`): it packs the domains spawned with
  ``svc.spawn(group=g)`` into *slabs*, SharedStores of ``slab_size`` instances
  each, for density;
- a domain spawned alone owns its Store (no SharedStore object: the cheapest
  creation). It becomes the single member of a new SharedStore when another
  domain must join it (it is the target of a function capability) or when
  it takes grants.

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

from typing import TYPE_CHECKING, Any, Protocol

import wasmtime

from multipie.domains.base import Limits
from multipie.domains.wasm import _capi, fastpath
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.domains.wasm.wasi import reactor_wasi
from multipie.errors import UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Host
    from multipie.domains.wasm.state import WasmState

__all__ = ["Dependent", "Member", "SharedStore", "SlabOwner", "StoreUser"]

#: Tables and memories a Store allows per instance (Wasmtime's Store limiter counts them per Store).
_PER_INSTANCE = 4
#: Instances a Store allows when nobody said otherwise (Wasmtime's default limiter).
_DEFAULT_INSTANCES = 10_000
_FLAGS_PER_PAGE = 65536


class Dependent(Protocol):
    """Something living inside a Store that must be told before the Store is dropped."""

    def dead(self) -> None:
        """The Store is about to be dropped: never touch it again."""


# The domain, group and service modules build on this one: what it needs of them is a protocol.


class Member(Protocol):
    """What a SharedStore needs of a member domain (:class:`~multipie.domains.wasm.domain.WasmDomain`)."""

    _shared: SharedStore | None
    _bindings: list[Any] | None  # (capability, binding) pairs bound to its imports

    @property
    def _gate(self) -> Any:
        """Its entry gate (``shared`` is set once it has neighbours)."""


class SlabOwner(Protocol):
    """What a SharedStore tells the :class:`~multipie.domains.wasm.group.DomainGroup` it is a slab of."""

    def _member_gone(self, domain: Any) -> None:
        """``domain`` closed or faulted."""

    def _releases(self, slab: SharedStore) -> bool:
        """Whether the empty ``slab`` is dropped now."""

    def _dropped(self, slab: SharedStore) -> None:
        """``slab`` was dropped."""


class StoreUser(Protocol):
    """What :meth:`SharedStore.for_one` needs of the service (:class:`~multipie.domains.wasm.service.WasmService`)."""

    @property
    def name(self) -> str:
        """The service's name (the Store's label)."""

    @property
    def host(self) -> Host:
        """The owning runtime's host."""

    @property
    def state(self) -> WasmState:
        """The kind's runtime-wide state (engines)."""

    @property
    def uses_wasi(self) -> bool:
        """Whether its instances need a WASI context."""


class SharedStore:
    """One Store shared by several domains (see the module docstring).

    Args:
        host: the owning runtime's host.
        handle: the store handle (native ``Store`` or :class:`~.fastpath.PyStore`): the Store and its lock.
        metered: whether the Store's engine meters fuel.
        memory_limit: the per-memory cap set on the Store (``None``: uncapped).
        instances: instances the Store allows (its limiter is set to match).
        group: the ``DomainGroup`` this is a slab of, if any.
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
        group: SlabOwner | None = None,
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
        cls, host: Host, *, metered: bool, memory_limit: int | None, instances: int, label: str, group: SlabOwner
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
    def for_one(cls, service: StoreUser, limits: Limits, *, cap_memory: bool = True) -> SharedStore:
        """A new Store built by wasmtime-py for one domain of ``service`` that takes grants (not yet a member).

        With ``cap_memory=False`` the per-memory cap is left off for the caller to set
        (:meth:`set_memory_cap`) once it has created memories that are not the domain's
        (region aliases).

        Granted host objects (functions, region memories) are created through
        wasmtime-py, so this Store starts as a ``wasmtime.Store``; it is a
        SharedStore so that domains calling the new one can join it later.
        """
        metered = limits.fuel is not None
        store = _capi.OwnedStore(service.state.engines.engine(fuel=metered))
        if cap_memory and limits.memory_limit is not None:
            store.set_limits(
                memory_size=limits.memory_limit, table_elements=fastpath.table_elements(limits.memory_limit)
            )
        # SAFETY: the context of the Store just created, not shared with any thread yet.
        _capi.set_store_deadline(store, NO_DEADLINE)
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
        # The Store is open (wstore raises otherwise) and the caller holds its lock.
        _capi.store_limiter(
            self.wstore,
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
            self._flag_base = _capi.memory_base(store, mem)
            self._flag_mem = mem
            self._flag_next = 0
        idx = self._flag_next
        self._flag_next += 1
        return self._flag_base + idx, idx, self._flag_mem

    # -- membership ----------------------------------------------------------

    def join(self, domain: Member) -> None:
        """Count ``domain`` (instantiated here) as a member."""
        self.live += 1
        domain._shared = self
        gate = domain._gate
        if not gate.shared:
            gate.shared = True  # a neighbour's timed call may leave a deadline behind

    def leave(self, domain: Member) -> None:
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
