"""Binding capabilities to a Wasm domain's imports: placement, call stubs, region aliases.

Who owns what:

- where a domain goes (a Store of its own, a ``DomainGroup`` slab, or the Store
  of the domain it calls) and everything about a Store shared by several
  domains is :mod:`multipie.domains.wasm.group` (placement) and
  :mod:`multipie.domains.wasm.shared` (:class:`SharedStore`); this
  module only asks it;
- a :class:`GrantPlan` is what :meth:`WasmService.spawn` gets from the Wasm
  state's grant binder (:meth:`WasmService.bind_grants`): it checks every grant against the module's imports, places the
  new domain (see :mod:`~multipie.domains.wasm.group` for the rule), binds each
  grant into that Store and instantiates the module;
- a spawn into a Store of the domain's own (unmetered, no WASI, every import
  granted) is built by ``multipie._fastcall`` (``grant_externs``,
  ``grant_instantiate``) instead of wasmtime-py objects; the per-holder
  bindings and checks stay here, identical on both paths;
- bindings (one per grant, held by the new domain in ``_bindings``):
  :class:`~multipie.domains.wasm.stubs.StubBinding` (revocable guest→guest call, same Store),
  :class:`~multipie.domains.wasm.hostfuncs.HostBinding` (a host function, or a guest in
  another Store reached through the host), :class:`~multipie.sharing.Alias`
  (a region).

A revocable call is a tiny stub instance per grant whose flag byte the host clears
to revoke (see :mod:`multipie.domains.wasm.stubs`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import wasmtime

from multipie.capabilities import Binding, Capability, CapabilityKind
from multipie.domains.wasm import _capi, fastpath, hostfuncs
from multipie.domains.wasm.calls import describe_functype
from multipie.domains.wasm.domain import promote
from multipie.domains.wasm.group import AUTO, DomainGroup, Placement
from multipie.domains.wasm.holders import check_holder_module
from multipie.domains.wasm.shared import SharedStore
from multipie.domains.wasm.stubs import make_stub
from multipie.errors import (
    CapabilityError,
    DomainClosed,
    LinkError,
    NoSuchExport,
    Trap,
    UsageError,
)
from multipie.sharing import Alias, Region

if TYPE_CHECKING:
    from multipie.domains.base import Host, Limits
    from multipie.domains.wasm.domain import WasmDomain
    from multipie.domains.wasm.service import WasmService

__all__ = ["GrantPlan", "bind_grants", "function_capability"]

# -- capabilities to domain exports ---------------------------------------------------


def function_capability(host: Host, domain: Any, export: str) -> Capability:
    """A capability to call ``domain``'s function export ``export``.

    Raises:
        UsageError: ``domain`` is not a Wasm domain of this runtime.
        NoSuchExport: no such function export.
        DomainClosed: the domain is closed.
    """
    from multipie.domains.wasm.domain import WasmDomain

    if not isinstance(domain, WasmDomain):
        raise UsageError(f"rt.capability: expected a Wasm domain, got {type(domain).__name__}")
    if domain.service.host is not host:
        raise CapabilityError(f"rt.capability: domain {domain.label} belongs to another runtime")
    if not domain.is_open:
        raise domain._closed_error()
    sig = domain._wservice.signature(export)
    table = host.capabilities
    promote(domain)  # so grantees can join its Store
    text = ",".join(sig.params) + "->" + ",".join(sig.results)
    return table.issue(CapabilityKind.FUNCTION, f"function {text}", target=domain, detail=(export, sig))


# -- spawning with grants ----------------------------------------------------------------


def bind_grants(service: WasmService, grants: Mapping[str, Any]) -> GrantPlan:
    """The runtime's grant binder: the checked :class:`GrantPlan` for ``grants``, cached per service.

    The app spawns every request's domain with the same grants mapping, so the
    checks (import types, the region-holder module scan, validation without bulk
    memory) are done once per (service, set of capability objects) and the plan
    is reused. A cached plan holds its capabilities strongly (so an ``id`` in
    the cache key always names the same object) and is dropped as soon as one of
    them is revoked; every spawn re-checks revocation and closed targets under
    the capability lock anyway, so a cache hit can never bind a revoked
    capability or a closed region.

    Raises:
        CapabilityError: a grant is forged, foreign, revoked, names no import, or has the wrong type.
        LinkError: an import is neither granted nor provided by the runtime.
        UsageError: ``grants`` is not a mapping.
    """
    if not isinstance(grants, Mapping):
        raise UsageError(f"{service.name}: grants must be a mapping of 'module.name' to capabilities")
    key = tuple((k, id(v)) for k, v in grants.items())
    plans = service._grant_plans
    plan = plans.get(key)
    if plan is not None and plan.usable():
        return plan
    plan = GrantPlan(service, grants)
    with _PLANS_LOCK:
        # A miss is the moment to forget plans whose capabilities were revoked (and the oldest if full).
        for k in [k for k, p in plans.items() if not p.usable()]:
            del plans[k]
        if len(plans) >= PLAN_CACHE_SIZE:
            del plans[next(iter(plans))]
        plans[key] = plan
    return plan


def _init_native() -> Any:
    """``multipie._fastcall`` set up for native grant spawns, or ``None`` (no extension or trampoline)."""
    native = fastpath.native_module()
    tramp = hostfuncs.native_trampoline()
    if native is None or tramp is None or not hasattr(native, "init_grants"):
        return None
    names = ("wasmtime_memory_new", "wasmtime_func_new_unchecked", "wasmtime_instance_new")
    # SAFETY: exported C functions of the _libwasmtime.so wasmtime-py loaded (prototypes
    # restated in native/fastcall/ and native/common/capi.h); the trampoline is multipie._hostcall's own.
    native.init_grants(_capi.symbol_addresses(names), *tramp)
    return native


_GRANTS_NATIVE = _init_native()

#: Checked grant sets kept per service (the app uses one or two; heals add a few).
PLAN_CACHE_SIZE = 8
_PLANS_LOCK = threading.Lock()


class _Import:
    """One import of the module, in import order: how a spawn provides it."""

    __slots__ = ("key", "cap", "module", "name", "memtype", "type_addr")

    def __init__(self, key: str, cap: Capability | None, module: str, name: str) -> None:
        self.key = key
        self.cap = cap  # None: provided by the runtime (WASI)
        self.module = module.encode()
        self.name = name.encode()
        self.memtype: wasmtime.MemoryType | None = None
        #: native spawns: the memory type (regions) or host function type, by address (0: not known yet)
        self.type_addr = 0
        if cap is not None and cap.kind is CapabilityKind.MEMORY:
            pages = cap.target.pages
            self.memtype = wasmtime.MemoryType(wasmtime.Limits(pages, pages))
            self.type_addr = _capi.handle_address(self.memtype)
        elif cap is not None and cap.kind is CapabilityKind.HOST_FUNCTION:
            self.type_addr = _capi.handle_address(cap.target.functype)


class GrantPlan:
    """Grants checked against a service's imports, once; :meth:`spawn` places, binds and instantiates.

    A plan is immutable after construction and shared by concurrent spawns (the
    per-spawn bindings are local to :meth:`spawn`). What a spawn still does per
    holder is exactly what per-holder revocation needs: one alias per region,
    one flag per host function or cross-Store call, one stub per same-Store
    call; the module is then instantiated with those imports in order (no
    Linker: ``wasmtime_instance_new`` with an extern array).
    """

    def __init__(self, service: WasmService, grants: Mapping[str, Any]) -> None:
        self.service = service
        self.table = service.host.capabilities
        module = service.module(fuel=False)
        imports = list(module.imports)
        types = {f"{i.module}.{i.name}": i.type for i in imports}
        self.caps: dict[str, Capability] = {}
        for key, obj in grants.items():
            where = f"{service.name}: grant {key!r}"
            cap = self.table.check(obj, where=where)
            if key not in types:
                names = ", ".join(sorted(types)) or "none"
                raise CapabilityError(f"{where}: the module has no import of that name (its imports: {names})")
            _check_type(where, types[key], cap)
            self.caps[key] = cap
        missing = [str(i) for i in service.extra_imports if i.key not in self.caps]
        if missing:
            raise LinkError(f"{service.name}: imports not granted: {', '.join(missing)}")
        regions = {k for k, c in self.caps.items() if c.kind is CapabilityKind.MEMORY}
        if regions:
            check_holder_module(service.name, service.wasm, regions, service.state.validator())
        self.has_region = bool(regions)
        self._imports = tuple(
            _Import(f"{i.module}.{i.name}", self.caps.get(f"{i.module}.{i.name}"), i.module, i.name or "")
            for i in imports
        )
        # Room for the domain and, at most, one call stub per function grant.
        self._room = 1 + sum(1 for c in self.caps.values() if c.kind is CapabilityKind.FUNCTION)
        self._wasi_linkers: dict[bool, wasmtime.Linker] = {}
        self._wasi_lock = threading.Lock()
        # Host trampolines to function capabilities across Stores, by import key (made on first use).
        self._trampolines: dict[str, hostfuncs.HostFunction] = {}
        # A Store of the domain's own can be built natively (see _spawn_native) when every import
        # is granted and the grants are host functions, regions or cross-Store calls.
        self._native_ok = (
            _GRANTS_NATIVE is not None and not service.uses_wasi and all(e.cap is not None for e in self._imports)
        )
        self._addrs: tuple[int, int, wasmtime.Module] | None = None  # (engine, module, module kept alive)

    def usable(self) -> bool:
        """False once one of the plan's capabilities was revoked (the cache then drops it)."""
        for cap in self.caps.values():
            if cap._revoked:
                return False
        return True

    # -- placement -------------------------------------------------------------------

    def _place(self, limits: Limits, group: DomainGroup | Placement | None) -> tuple[SharedStore | None, bool, Limits]:
        """(Store to join, or ``None`` for a new Store of the domain's own; whether it is its own; limits)."""
        room = self._room
        if isinstance(group, DomainGroup):
            limits = group.limits_for(self.service, limits)
            caps = self.service.budget.caps(limits.memory_limit)
            caps.check(self.service.name)
            return group.slab(caps, room), False, limits
        if group is AUTO:
            caps = self.service.budget.caps(limits.memory_limit)
            for cap in self.caps.values():
                if cap.kind is not CapabilityKind.FUNCTION:
                    continue
                shared = cap.target._shared if cap.target.is_open else None
                if shared is not None and shared.accepts(limits, caps, room):
                    return shared, False, limits
        elif group is not None:
            raise UsageError(f"{self.service.name}: group= takes a DomainGroup, None or AUTO, not {group!r}")
        # A region is the runtime's memory, not the domain's: its alias is made before the cap is set.
        return None, True, limits

    # -- binding + instantiation ---------------------------------------------------------

    def spawn(self, limits: Limits, group: DomainGroup | Placement | None) -> WasmDomain:
        """Place the new domain, bind every grant in its Store, instantiate it there.

        Raises:
            CapabilityError: a grant was revoked or its target closed meanwhile.
            LinkError, OutOfMemory, Trap: instantiation failed (nothing stays bound).
            UsageError: ``group`` is not a DomainGroup, None or AUTO, or the group refuses the limits.
        """

        svc = self.service
        self._prepare_trampolines()
        joined, own, limits = self._place(limits, group)
        if joined is None:
            if self._native_ok and limits.fuel is None and fastpath.active_backend() == "native":
                return self._spawn_native(limits)
            shared = SharedStore.for_one(svc, limits, cap_memory=not self.has_region)
        else:
            shared = joined
        handle = shared.handle
        bindings: list[tuple[Capability, Binding]] = []
        failure: BaseException | None = None
        pinned = False
        with handle:
            # A joined Store may be dropping (its last member closing in another thread): hold
            # a seat so it is not dropped under the new member, or refuse if it is gone already.
            if not own and not shared.pin():
                failure = shared.gone_error(svc.name)
            else:
                pinned = not own
                try:
                    if svc.uses_wasi:
                        shared.enable_wasi()
                    instance = self._build(shared, own, limits, bindings)
                except BaseException as exc:  # noqa: BLE001 - re-raised below, once the Store lock is released
                    failure = exc
                    shared.used += 1  # a failed instantiation may still have used an instance slot
                else:
                    domain = _adopt(svc, limits, handle, instance, shared, bindings, pinned=not own)
        if failure is not None:
            # Dropping a Store takes its lock, so this runs outside the `with` (else: re-entry).
            self._discard(bindings, own)
            if own:
                shared.force_drop()
            elif pinned:
                shared.unpin()
            raise failure
        if isinstance(group, DomainGroup):
            group._adopt(domain)
        return domain

    def _spawn_native(self, limits: Limits) -> WasmDomain:
        """:meth:`spawn` into a new Store of the domain's own, built natively (unmetered, no WASI).

        The same steps as the wasmtime-py path, with the same per-holder objects
        (a :class:`~multipie.domains.wasm.hostfuncs.HostBinding` flag per host function or
        cross-Store call, an :class:`~multipie.sharing.Alias` per region) and
        checks, but the Store, its region memories (mapped), host functions and
        the instance are made by two calls into ``multipie._fastcall``
        (``grant_externs``, ``grant_instantiate``) instead of a wasmtime-py
        object per import.
        """

        native = _GRANTS_NATIVE
        assert native is not None  # _native_ok
        svc = self.service
        addrs = self._addrs
        if addrs is None:
            module = svc.module(fuel=False)
            engine = svc.state.engines.engine(fuel=False)
            addrs = self._addrs = (_capi.handle_address(engine), _capi.handle_address(module), module)
        caps = svc.budget.caps(limits.memory_limit)
        caps.check(svc.name)
        handle = native.new_store(addrs[0], -1, -1, -1, -1, -1, svc.name)
        shared = SharedStore(svc.host, handle, metered=False, caps=caps, label=svc.name)
        bindings: list[tuple[Capability, Binding]] = []
        failure: BaseException | None = None
        with handle:
            try:
                externs = self._native_externs(native, shared, bindings)
                # SAFETY: the module and this Store share the unmetered engine (addrs); externs
                # is one extern of this Store per import, in import order, typed as checked when
                # the plan was made; we hold the Store's lock (checked natively).
                instance, trap, err = native.grant_instantiate(handle, addrs[1], externs)
                if trap:
                    exc = _capi.take_trap(trap)
                    raise Trap(f"{svc.name}: start function trapped: {str(exc).splitlines()[0]}") from exc
                if err:
                    raise svc.instantiate_error(_capi.take_error(err))
            except BaseException as exc:  # noqa: BLE001 - re-raised below, once the Store lock is released
                failure = exc
            else:
                domain = _adopt(svc, limits, handle, instance, shared, bindings, False)
        if failure is not None:
            self._discard(bindings, True)
            shared.force_drop()
            raise failure
        return domain

    def _native_externs(self, native: Any, shared: SharedStore, bindings: list[tuple[Capability, Binding]]) -> bytes:
        """Check and bind every grant, make the imports natively: the extern array (caller holds the Store lock)."""
        svc = self.service
        specs: list[tuple[Any, ...]] = []
        hosts: list[hostfuncs.HostBinding] = []
        with self.table._lock:
            try:
                for entry in self._imports:
                    specs.append(self._native_spec(entry, hosts))
            except BaseException:
                # Hand the envs made so far to the Store (the caller drops it), which frees them.
                made = tuple(sp for sp in specs if sp[0] == 2)
                if made:
                    # SAFETY: host-function specs only (function types kept alive by their hosts).
                    native.grant_externs(shared.handle, made, -1, -1, shared.capacity)
                raise
            caps = shared.caps
            # SAFETY: every type address is kept alive by the plan (memory types) or the host
            # function (function types); every region was checked open under the GIL, which the
            # native call keeps across its mmap; env ownership passes to the Store.
            externs, bases, err, errno = native.grant_externs(
                shared.handle, tuple(specs), caps.memory_size, caps.table_elements, shared.capacity
            )
            if externs is None:
                if err:
                    werr = _capi.take_error(err)
                    raise CapabilityError(f"{svc.name}: cannot create a region's alias memory: {werr}")
                raise CapabilityError(f"{svc.name}: cannot map region alias: {os.strerror(errno)}")
            # Record every binding before the table lock is released (a revoke then reaches it).
            self._record_bindings(bases, hosts, bindings)
        return externs  # type: ignore[no-any-return]

    def _native_spec(self, entry: Any, hosts: list[hostfuncs.HostBinding]) -> tuple[Any, ...]:
        """One import's spec for ``grant_externs`` after checking its grant (caller holds the table lock)."""
        name = self.service.name
        cap = entry.cap
        assert cap is not None  # _native_ok
        if cap._revoked:
            raise CapabilityError(f"{name}: grant {entry.key!r}: capability #{cap.id} was revoked")
        if cap.kind is CapabilityKind.MEMORY:
            region: Region = cap.target
            if region.closed:
                raise CapabilityError(f"{name}: grant {entry.key!r}: the region was closed")
            return (1, entry.type_addr, region._fd, region._length, cap.writable)
        if cap.kind is CapabilityKind.HOST_FUNCTION:
            host = cap.target
        else:
            if not cap.target.is_open:
                raise CapabilityError(f"{name}: grant {entry.key!r}: domain {cap.target.label} is closed")
            host = self._trampoline(entry, cap)
        hb, env = hostfuncs.HostBinding.deferred(host)
        hosts.append(hb)
        return (2, entry.type_addr, env)

    def _record_bindings(
        self, bases: Any, hosts: list[hostfuncs.HostBinding], bindings: list[tuple[Capability, Binding]]
    ) -> None:
        """Bind each capability to what was made for it: a region alias at its base, or a host binding."""
        m = h = 0
        for entry in self._imports:
            cap = entry.cap
            assert cap is not None
            binding: Binding
            if cap.kind is CapabilityKind.MEMORY:
                binding = Alias(cap.target, bases[m], cap.writable)
                m += 1
            else:
                binding = hosts[h]
                h += 1
            cap._bind(binding)
            bindings.append((cap, binding))

    def _prepare_trampolines(self) -> None:
        """Bind each function grant's target export, before any Store or table lock is taken.

        Lock order: a Store lock may be held while the capability table lock is taken
        (a spawn into a shared Store, a fault tearing a domain down), never the reverse.
        Binding a target's export takes the target's Store lock, so it happens here.
        """
        for entry in self._imports:
            cap = entry.cap
            if cap is None or cap.kind is not CapabilityKind.FUNCTION or entry.key in self._trampolines:
                continue
            target: WasmDomain = cap.target
            export, sig = cap.detail
            try:
                bound = target.export(export)
            except DomainClosed:
                continue  # refused under the table lock (the target is checked there)
            host = hostfuncs.HostFunction(
                bound, params=sig.params, results=sig.results, name=f"{target.label}.{export}"
            )
            self._trampolines.setdefault(entry.key, host)

    def _trampoline(self, entry: _Import, cap: Capability) -> hostfuncs.HostFunction:
        """The host trampoline into a function capability's target (made by :meth:`_prepare_trampolines`)."""
        host = self._trampolines.get(entry.key)
        if host is None:  # the target closed before the spawn bound it
            raise CapabilityError(f"{self.service.name}: grant {entry.key!r}: domain {cap.target.label} is closed")
        if not entry.type_addr:
            entry.type_addr = _capi.handle_address(host.functype)
        return host

    def _build(
        self, shared: SharedStore, own: bool, limits: Limits, bindings: list[tuple[Capability, Binding]]
    ) -> bytes:
        svc = self.service
        metered = limits.fuel is not None
        store = shared.wstore
        ctx = _capi.context(store)
        entries = self._imports
        externs = _capi.extern_array(len(entries))
        lifted = self.has_region and not own
        if lifted:
            shared.set_caps(None)  # a region is the runtime's memory, not the domain's
        try:
            with self.table._lock:
                for i, entry in enumerate(entries):
                    cap = entry.cap
                    if cap is None:
                        externs[i] = self._wasi_extern(ctx, entry, metered)
                        continue
                    if cap._revoked:
                        raise CapabilityError(f"{svc.name}: grant {entry.key!r}: capability #{cap.id} was revoked")
                    binding, extern = self._bind_one(shared, entry, cap)
                    cap._bind(binding)
                    bindings.append((cap, binding))
                    externs[i] = _capi.extern_of(extern)
        finally:
            if self.has_region and (lifted or shared.memory_limit is not None):
                shared.set_caps(shared.caps)
        # SAFETY: module and Store share one engine; externs holds one live extern of this
        # Store per import, in import order (types checked when the plan was made); the
        # caller holds the Store's lock.
        instance, trap, err = _capi.instance_new(ctx, svc.module(fuel=metered), externs, len(entries))
        if trap:
            exc = _capi.take_trap(trap)
            raise Trap(f"{svc.name}: start function trapped: {str(exc).splitlines()[0]}") from exc
        if instance is None:
            raise svc.instantiate_error(_capi.take_error(err))
        return instance

    def _wasi_extern(self, ctx: Any, entry: _Import, metered: bool) -> Any:
        """A WASI function of the Store (host functions of a store-independent linker, one per engine and plan)."""
        linker = self._wasi_linkers.get(metered)
        if linker is None:
            with self._wasi_lock:
                linker = self._wasi_linkers.get(metered)
                if linker is None:
                    linker = wasmtime.Linker(self.service.state.engines.engine(fuel=metered))
                    linker.define_wasi()
                    self._wasi_linkers[metered] = linker
        # The linker only holds store-independent host functions (WASI); ctx is the locked Store being built.
        item = _capi.linker_get(linker, ctx, entry.module, entry.name)
        if item is None:
            raise LinkError(f"{self.service.name}: import {entry.key} is neither granted nor provided by the runtime")
        return item

    def _bind_one(self, shared: SharedStore, entry: _Import, cap: Capability) -> tuple[Binding, Any]:
        store = shared.wstore
        key = entry.key
        if cap.kind is CapabilityKind.MEMORY:
            region: Region = cap.target
            if region.closed:
                raise CapabilityError(f"{self.service.name}: grant {key!r}: the region was closed")
            assert entry.memtype is not None  # made for every memory grant
            mem = wasmtime.Memory(store, entry.memtype)
            addr = _capi.memory_base(store, mem)
            region._map_alias(addr, cap.writable)
            return Alias(region, addr, cap.writable), mem
        if cap.kind is CapabilityKind.HOST_FUNCTION:
            hb = cap.target.bind(store)
            return hb, hb.func
        # A function export of another domain.
        target: WasmDomain = cap.target
        export, sig = cap.detail
        if not target.is_open:
            raise CapabilityError(f"{self.service.name}: grant {key!r}: domain {target.label} is closed")
        if target._shared is shared:
            item = target._extern(export)
            if item is None:  # pragma: no cover - checked when the capability was issued
                raise NoSuchExport(f"{target.label}: no function export '{export}'")
            stub = make_stub(shared, _capi.func_of(item), sig)
            return stub, stub.func
        # Across Stores: a host trampoline into the target's own call path (one per plan and
        # import; each holder gets its own binding, so its own revocation flag).
        hb = self._trampoline(entry, cap).bind(store)
        return hb, hb.func

    def _discard(self, bindings: list[tuple[Capability, Binding]], own: bool) -> None:
        with self.table._lock:
            for cap, binding in bindings:
                cap._unbind(binding)
                if own:
                    binding.dead()  # the spawn drops this Store
                else:
                    binding.revoke()
            bindings.clear()


def _check_type(where: str, itype: Any, cap: Capability) -> None:
    if cap.kind is CapabilityKind.MEMORY:
        if not isinstance(itype, wasmtime.MemoryType):
            raise CapabilityError(f"{where}: the import is a {_kind_text(itype)}, but the capability is a memory")
        region: Region = cap.target
        lim = itype.limits
        if itype.is_64 or itype.is_shared:
            raise CapabilityError(f"{where}: the import is a 64-bit or shared memory; regions are 32-bit, unshared")
        if lim.min > region.pages or (lim.max is not None and lim.max < region.pages):
            hi = "" if lim.max is None else str(lim.max)
            raise CapabilityError(
                f"{where}: the import wants memory {lim.min}..{hi} pages, the region has {region.pages} pages"
            )
        return
    if not isinstance(itype, wasmtime.FuncType):
        raise CapabilityError(f"{where}: the import is a {_kind_text(itype)}, but the capability is a function")
    want = describe_functype(itype)
    have = cap.type.removeprefix("function ")
    if want != have:
        raise CapabilityError(f"{where}: the import has type ({want}), the capability ({have})")


def _kind_text(t: Any) -> str:
    for cls, name in (
        (wasmtime.FuncType, "function"),
        (wasmtime.MemoryType, "memory"),
        (wasmtime.GlobalType, "global"),
        (wasmtime.TableType, "table"),
    ):
        if isinstance(t, cls):
            return name
    return "other"


def _adopt(
    svc: WasmService, limits: Limits, handle: Any, instance: Any, shared: SharedStore, bindings: list[Any], pinned: bool
) -> WasmDomain:
    """The domain over a freshly instantiated granted instance: bindings labelled, Store joined."""
    from multipie.domains.wasm.domain import WasmDomain  # the domain module imports this one

    shared.instantiated(True)
    domain = WasmDomain(svc, limits, handle, instance, shared=shared)
    label = domain.label
    for _, binding in bindings:
        binding.holder = label
    domain._bindings = bindings
    shared.join(domain, pinned=pinned)
    return domain
