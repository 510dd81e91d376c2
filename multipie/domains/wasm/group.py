r"""Where a Wasm domain is placed: its own Store, a granted domain's Store, or a :class:`DomainGroup`'s slabs.

The Stores themselves are :class:`~multipie.domains.wasm.shared.SharedStore`\ s
(:mod:`.shared`: who owns what, what members share, how faults stay per domain).

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
  metered or not), get the same memory and table caps from their
  ``memory_limit`` (:mod:`.budget`) and the Store has room;
  otherwise (and without grants) a Store of its own.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
from typing import TYPE_CHECKING, Any, Protocol

from multipie.domains.base import Limits
from multipie.domains.wasm import _capi
from multipie.domains.wasm.budget import Caps
from multipie.domains.wasm.domain import DomainService, WasmDomain
from multipie.domains.wasm.placement import AUTO, Placement  # documented here; defined apart for the service
from multipie.domains.wasm.shared import SharedStore
from multipie.domains.wasm.wasi import reactor_wasi
from multipie.errors import UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Host

__all__ = ["AUTO", "DomainGroup", "GroupService", "Placement"]


class GroupService(DomainService, Protocol):
    """What a group needs of the service it spawns (:class:`~multipie.domains.wasm.service.WasmService`).

    A protocol rather than an import: the service module builds on this one.
    """

    _native_pre: dict[bool, tuple[Any, int]]  # (engine, InstancePre address) by metered

    @property
    def is_reactor(self) -> bool:
        """Whether a new instance runs ``_initialize``."""

    def _prepare(self, metered: bool) -> tuple[Any, int]:
        """(engine, InstancePre address) for the metered or unmetered engine."""

    def _start_limits(self, limits: Limits) -> tuple[int, int, Any]:
        """(fuel, deadline ticks, ticker handle) the start function runs under."""

    def _instantiate_failure(self, trap: int, err: int) -> BaseException:
        """The error of a failed instantiation."""




class DomainGroup:
    """Domains packed into shared Stores (slabs) for density; see the module docstring.

    Args:
        host: the owning runtime's host.
        slab_size: instances per shared Store (Wasmtime's limiter enforces it).
        memory_limit: cap per domain in bytes, over its memories and tables (default: the runtime's).
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
        # The slab being filled, one per pair of caps (modules that split memory_limit alike).
        self._current: dict[Caps, SharedStore] = {}
        self._lock = _thread.allocate_lock()
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

    def limits_for(self, service: GroupService, limits: Limits) -> Limits:
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

    def slab(self, caps: Caps, room: int = 1) -> SharedStore:
        """The slab the next domain with ``caps`` goes into: the current one, or a new one without ``room`` left.

        Raises:
            UsageError: ``room`` is more than a slab holds.
        """
        if room > self.slab_size:
            raise UsageError(
                f"group {self.name}: a domain needing {room} instances does not fit slabs of {self.slab_size}"
            )
        with self._lock:
            return self._slab_locked(caps, room)

    def _slab_locked(self, caps: Caps, room: int = 1) -> SharedStore:
        slab = self._current.get(caps)
        if slab is None or slab.closed or slab.used + room > slab.capacity:
            slab = SharedStore.create(
                self.host,
                metered=self.metered,
                caps=caps,
                instances=self.slab_size,
                label=f"group {self.name}",
                group=self,
            )
            self._slabs.append(slab)
            self._current[caps] = slab
        return slab

    def _spawn(self, service: GroupService, limits: Limits) -> WasmDomain:
        """The fast path of ``svc.spawn(group=g)`` without grants."""
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
        caps = service.budget.caps(limits.memory_limit)
        if caps.refusal:
            caps.check(service.name)
        with self._lock:
            slab = self._current.get(caps)
            if slab is None or slab.closed or slab.used >= slab.capacity:
                slab = self._slab_locked(caps)
            # WASI state is per Store: a slab's WASI reactors share one (stdout/stderr only) context.
            wasi = 0
            if service.uses_wasi and not slab.has_wasi:
                wasi = _capi.take_wasi(reactor_wasi())
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
        """Whether an empty slab is dropped now (a current one is kept for the next spawn)."""
        return not (self._current.get(slab.caps) is slab and not slab.full and not self._closed)

    def _dropped(self, slab: SharedStore) -> None:
        if slab in self._slabs:
            self._slabs.remove(slab)
            self.slabs_dropped += 1
        if self._current.get(slab.caps) is slab:
            del self._current[slab.caps]

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
