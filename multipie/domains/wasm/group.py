"""Domain groups: many Wasm domains packed into shared Stores, for density.

A Store costs ~7 KiB and ~2 µs on its own; an instance inside a shared Store
~1 KiB. A :class:`DomainGroup` puts its domains into *slabs*: Stores holding up
to ``slab_size`` instances each. What each domain keeps, and what it gives up:

- **Isolation**: unchanged. Each domain is its own instance with its own
  linear memory, tables and globals; Wasm code cannot name another instance's
  memory. A domain is entered only through its own gate.
- **Limits**: fuel and timeout are set on the slab's Store before *every*
  call, from the calling domain's limits, so they stay per domain. The memory
  cap is per memory and therefore per domain too, but one value for the whole
  group (``memory_limit`` of the group; a spawn asking for another raises).
  Fuel needs a metered engine: a group is metered (``fuel=True``) or not.
- **Faults**: a trap, timeout or exhausted fuel leaves a Store usable
  (Wasmtime unwinds to the host), so only the faulting domain is torn down:
  its gate closes, later calls raise ``DomainClosed``, its neighbours keep
  running. Its instance stays allocated until its slab is dropped.
- **Concurrency**: one lock per slab (a Store must never be entered by two
  threads at once), so calls into domains of the same slab are serialised.
- **Reclamation**: Wasmtime frees instances only when their Store is dropped.
  A slab is dropped as soon as its last domain is closed; until then closed
  or faulted domains keep their instance (bounded: at most ``slab_size - 1``
  dead instances per live slab, i.e. ``slab_size`` × ~1 KiB plus touched
  memory pages). Size slabs by how long their domains live together.

Creating: ``g = rt.group(slab_size=..., memory_limit=...)`` then
``svc.spawn(group=g, fuel=..., timeout=...)``; ``g.close()`` closes every
domain and drops every slab.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import wasmtime

from multipie.domains.base import DomainState, Limits
from multipie.domains.wasm import fastpath
from multipie.domains.wasm.domain import WasmDomain, wrap_native_store
from multipie.errors import UsageError

if TYPE_CHECKING:
    from multipie.domains.wasm.service import WasmService
    from multipie.runtime import Runtime

__all__ = ["DomainGroup", "Slab"]

#: Tables and memories a slab allows per instance (Wasmtime's Store limiter counts them per Store).
_PER_INSTANCE = 4


class Slab:
    """One shared Store of a group and the count of its open domains."""

    __slots__ = ("store", "capacity", "used", "live", "wstore", "has_wasi")

    def __init__(self, store: Any, capacity: int) -> None:
        self.store = store
        self.capacity = capacity
        self.used = 0
        self.live = 0
        self.wstore: wasmtime.Store | None = None
        self.has_wasi = False

    @property
    def full(self) -> bool:
        """No instance can be added (dead instances still count)."""
        return self.used >= self.capacity


class DomainGroup:
    """Many domains in shared Stores (see the module docstring for the trade-offs).

    Args:
        runtime: the owning runtime.
        slab_size: instances per shared Store (Wasmtime's limiter enforces it).
        memory_limit: cap per domain memory in bytes (default: the runtime's).
        fuel: make the group metered, so domains may be spawned with ``fuel=``.
        name: for messages.
    """

    def __init__(
        self,
        runtime: Runtime,
        *,
        slab_size: int = 100_000,
        memory_limit: int | None = None,
        fuel: bool = False,
        name: str = "group",
    ) -> None:
        if not isinstance(slab_size, int) or slab_size < 1:
            raise UsageError(f"slab_size must be a positive int, got {slab_size!r}")
        self.runtime = runtime
        self.slab_size = slab_size
        self.memory_limit = runtime._limits(memory_limit=memory_limit, fuel=None, timeout=None).memory_limit
        self.metered = fuel
        self.name = name
        self._slabs: list[Slab] = []
        self._current: Slab | None = None
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
        return sum(s.used - s.live for s in self._slabs)

    # -- spawning ------------------------------------------------------------

    def _spawn(self, service: WasmService, limits: Limits) -> WasmDomain:
        if self._closed:
            raise UsageError(f"group {self.name} is closed")
        if service.runtime is not self.runtime:
            raise UsageError(f"group {self.name} belongs to another runtime")
        metered = limits.fuel is not None
        if metered and not self.metered:
            raise UsageError(f"group {self.name} is unmetered: create it with fuel=True to spawn domains with fuel")
        if limits.memory_limit != self.memory_limit and limits.memory_limit != self.runtime.memory_limit:
            raise UsageError(
                f"group {self.name}: memory_limit is per group ({self.memory_limit} bytes); got {limits.memory_limit}"
            )
        key = (limits.fuel, limits.timeout)
        shared_limits = self._limits_cache.get(key)
        if shared_limits is None:
            shared_limits = self._limits_cache[key] = Limits(self.memory_limit, limits.fuel, limits.timeout)
        limits = shared_limits
        _, pre = (
            service._native_pre[self.metered] if self.metered in service._native_pre else service._prepare(self.metered)
        )
        with self._lock:
            slab = self._current
            if slab is None or slab.full:
                slab = self._new_slab()
            # WASI state is per Store: a slab's WASI reactors share one (stdout/stderr only) context.
            wasi = 0
            if service.uses_wasi and not slab.has_wasi:
                wasi = fastpath.address(self.runtime._reactor_wasi()._consume())
                slab.has_wasi = True
            instance, trap, err = slab.store.instantiate(pre, wasi)
            slab.used += 1
            if instance is None:
                self._maybe_drop(slab)
                raise service._instantiate_failure(trap, err)
            domain = WasmDomain(service, limits, slab.store, instance, group=self)
            domain._slab = slab
            slab.live += 1
            self._members.add(domain)
            self.spawned += 1
        if service.is_reactor:
            domain.call("_initialize")
        return domain

    def _new_slab(self) -> Slab:
        engine = self.runtime._engines.engine(fuel=self.metered)
        n = self.slab_size
        store = fastpath.new_store(
            engine,
            memory_size=self.memory_limit if self.memory_limit is not None else -1,
            instances=n,
            tables=n * _PER_INSTANCE,
            memories=n * _PER_INSTANCE,
            label=f"group {self.name}",
        )
        slab = Slab(store, n)
        self._slabs.append(slab)
        self._current = slab
        return slab

    # -- teardown ------------------------------------------------------------

    def _member_gone(self, domain: WasmDomain) -> None:
        """A member closed or faulted: drop its slab once nothing in it is open."""
        self._members.discard(domain)
        slab: Slab | None = getattr(domain, "_slab", None)
        if slab is None:
            return
        slab.live -= 1
        self._maybe_drop(slab)

    def _maybe_drop(self, slab: Slab) -> None:
        if slab.live > 0 or (slab is self._current and not slab.full and not self._closed):
            return
        if slab in self._slabs:
            self._slabs.remove(slab)
            self.slabs_dropped += 1
        if slab is self._current:
            self._current = None
        slab.store.close()
        if slab.wstore is not None:
            slab.wstore.close()
            slab.wstore = None

    def _wasmtime_store(self, handle: Any) -> wasmtime.Store:
        for slab in self._slabs:
            if slab.store is handle:
                if slab.wstore is None:
                    slab.wstore = wrap_native_store_for_group(handle, self)
                return slab.wstore
        raise UsageError(f"group {self.name}: store not found")  # pragma: no cover

    def close(self) -> None:
        """Close every domain of the group and drop every slab; idempotent."""
        if self._closed:
            return
        self._closed = True
        for d in list(self._members):
            d.close()
        for slab in list(self._slabs):
            slab.live = 0
            self._maybe_drop(slab)

    def __enter__(self) -> DomainGroup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<DomainGroup {self.name} {self.live_domains} live in {self.slabs} slabs>"


def wrap_native_store_for_group(handle: Any, group: DomainGroup) -> wasmtime.Store:
    """The slab's ``wasmtime.Store`` (taking over a native store's ownership)."""
    return wrap_native_store(handle, group.runtime._engines.engine(fuel=group.metered))


def is_member(domain: WasmDomain) -> bool:
    """True when ``domain`` lives in a group's shared Store."""
    return domain._group is not None and domain.state is DomainState.OPEN
