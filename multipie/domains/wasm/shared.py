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
  call from the calling domain's limits, so they stay per domain. The caps
  on memories and tables (``memory_limit`` split over a module's own memories
  and tables, :mod:`.budget`) apply to each memory and table, so per domain
  too, but they are one pair per Store: only domains with the same caps
  share a Store (a group keeps a slab per pair; ``AUTO`` joins only then).
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
from multipie.domains.wasm.budget import NO_CAPS, Budget, Caps
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.domains.wasm.wasi import reactor_wasi
from multipie.errors import CapabilityError, MultipieError, UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Host
    from multipie.domains.wasm.state import WasmState

__all__ = ["Dependent", "Member", "SharedStore", "SlabOwner", "StoreUser"]

#: Tables and memories a Store allows per instance (Wasmtime's Store limiter counts them per Store).
_PER_INSTANCE = 4
#: Instances a Store allows when nobody said otherwise (Wasmtime's default limiter).
_DEFAULT_INSTANCES = 10_000
_WASM_PAGE = 65536
_FLAGS_PER_PAGE = _WASM_PAGE


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

    @property
    def budget(self) -> Budget:
        """Its memories and tables, and the caps a ``memory_limit`` gives them."""


class SharedStore:
    """One Store shared by several domains (see the module docstring).

    Args:
        host: the owning runtime's host.
        handle: the store handle (native ``Store`` or :class:`~.fastpath.PyStore`): the Store and its lock.
        metered: whether the Store's engine meters fuel.
        caps: the per-memory and per-table caps set on the Store (its members' share of their ``memory_limit``).
        instances: instances the Store allows (its limiter is set to match).
        group: the ``DomainGroup`` this is a slab of, if any.
        wstore: the ``wasmtime.Store`` owning the Store, when wasmtime-py created it.
        label: for messages.
    """

    __slots__ = (
        "host",
        "handle",
        "metered",
        "caps",
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
        caps: Caps,
        instances: int = _DEFAULT_INSTANCES,
        group: SlabOwner | None = None,
        wstore: wasmtime.Store | None = None,
        label: str = "store",
    ) -> None:
        self.host = host
        self.handle = handle
        self.metered = metered
        self.caps = caps
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
        cls, host: Host, *, metered: bool, caps: Caps, instances: int, label: str, group: SlabOwner
    ) -> SharedStore:
        """A new, empty Store with its limits (native when the fast path is active)."""
        engine = host.state("wasm").engines.engine(fuel=metered)
        handle = fastpath.new_store(
            engine,
            memory_size=caps.memory_size,
            table_elements=caps.table_elements,
            instances=instances,
            tables=instances * _PER_INSTANCE,
            memories=instances * _PER_INSTANCE,
            label=label,
        )
        return cls(host, handle, metered=metered, caps=caps, instances=instances, group=group, label=label)

    @classmethod
    def for_one(cls, service: StoreUser, limits: Limits, *, cap_memory: bool = True) -> SharedStore:
        """A new Store built by wasmtime-py for one domain of ``service`` that takes grants (not yet a member).

        With ``cap_memory=False`` the caps are left off for the caller to set
        (:meth:`set_caps`) once it has created memories that are not the domain's
        (region aliases).

        Granted host objects (functions, region memories) are created through
        wasmtime-py, so this Store starts as a ``wasmtime.Store``; it is a
        SharedStore so that domains calling the new one can join it later.
        """
        metered = limits.fuel is not None
        caps = service.budget.caps(limits.memory_limit)
        caps.check(service.name)
        store = _capi.OwnedStore(service.state.engines.engine(fuel=metered))
        if cap_memory and caps is not NO_CAPS:
            store.set_limits(memory_size=caps.memory_size, table_elements=caps.table_elements)
        # SAFETY: the context of the Store just created, not shared with any thread yet.
        _capi.set_store_deadline(store, NO_DEADLINE)
        if metered:
            store.set_fuel(limits.fuel or 0)
        if service.uses_wasi:
            store.set_wasi(reactor_wasi())
        handle = fastpath.borrow_store(store, service.name)
        shared = cls(service.host, handle, metered=metered, caps=caps, wstore=store, label=service.name)
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

    @property
    def memory_limit(self) -> int | None:
        """The ``memory_limit`` its members' caps were split from."""
        return self.caps.limit

    def accepts(self, limits: Limits, caps: Caps, room: int = 1) -> bool:
        """True when a domain with ``limits`` and ``caps`` can join (same engine and caps, ``room`` left, open)."""
        return (
            not self.closed
            and self.used + room <= self.capacity
            and self.metered == (limits.fuel is not None)
            and self.caps == caps
        )

    def set_caps(self, caps: Caps | None) -> None:
        """Set the Store's memory and table caps (``None``: none), keeping its instance/table/memory counts.

        Lifted while the host creates memories that are not a domain's (a region's
        alias, a page of call flags), then restored.
        """
        caps = caps or NO_CAPS
        n = self.capacity
        # The Store is open (wstore raises otherwise) and the caller holds its lock.
        _capi.store_limiter(
            self.wstore, caps.memory_size, caps.table_elements, n, n * _PER_INSTANCE, n * _PER_INSTANCE
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
            capped = self.caps is not NO_CAPS and self.caps.memory_size < _WASM_PAGE
            if capped:  # the page is the host's, not a member's share of its limit
                self.set_caps(None)
            try:
                mem = wasmtime.Memory(store, wasmtime.MemoryType(wasmtime.Limits(1, 1)))
            finally:
                if capped:
                    self.set_caps(self.caps)
            self._flag_base = _capi.memory_base(store, mem)
            self._flag_mem = mem
            self._flag_next = 0
        idx = self._flag_next
        self._flag_next += 1
        return self._flag_base + idx, idx, self._flag_mem

    # -- membership ----------------------------------------------------------

    def pin(self) -> bool:
        """Hold a seat for a member being made here: the Store is not dropped meanwhile.

        False when the Store was dropped or its last member is dropping it: the decision
        and the seat are both taken under the capability table's lock. The caller holds
        the Store's lock and ends with :meth:`join` (``pinned=True``) or :meth:`unpin`.
        """
        with self.host.capabilities._lock:
            if self.closed:
                return False
            self.live += 1
            return True

    def gone_error(self, name: str) -> MultipieError:
        """The error of a spawn of ``name`` that chose this Store, found dropped when it got there."""
        if self.group is not None:
            return UsageError(f"{name}: {self.label} was closed while the domain was being placed in it")
        return CapabilityError(f"{name}: the granted domains of {self.label} closed while the domain was joining them")

    def unpin(self) -> None:
        """Give back a seat taken by :meth:`pin`; drop the Store if that was the last one (lock not held)."""
        self.live -= 1
        if self._should_drop():
            self._drop()

    def join(self, domain: Member, *, pinned: bool = False) -> None:
        """Count ``domain`` (instantiated here) as a member (``pinned``: in the seat :meth:`pin` held)."""
        if not pinned:
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
