"""Binding capabilities to a Wasm domain's imports: capability groups, call stubs, region aliases.

Who owns what:

- a :class:`Group` is one ``wasmtime.Store`` shared by domains that call each
  other at native cost (Stores are islands: a guest can call straight into
  another guest only inside one Store). It owns the Store, the lock every member
  takes to enter it, the *flag pages* of its call stubs, and a reference count
  of :class:`StoreHandle` s (one per member domain, stored as the domain's
  ``_store``); the Store is dropped when the last member closes;
- a :class:`GrantPlan` is what :meth:`WasmService.spawn` gets from the runtime's
  grant binder: it decides the new domain's placement (join the group of the
  domains it calls, or a Store of its own), binds each grant into that Store,
  checks every import's type, and instantiates the module;
- bindings (one per grant): :class:`StubBinding` (revocable guest→guest call),
  :class:`~multipie.hostfuncs.HostBinding` (a host function, or a guest in
  another Store reached through the host), :class:`~multipie.sharing.Alias`
  (a region).

Placement rule: a grantee joins the group of the domain its function
capabilities point to when it runs on the same engine (both metered by fuel or
both not) and asks for the same ``memory_limit``; it then shares that group's
Store, so per-call fuel and timeouts still apply per call, but the Store's
memory cap, instance count and lifetime are shared, and a Store never frees an
instance before it is dropped (a group grows until its last member closes).
Otherwise the grantee gets its own Store and calls go through a host
trampoline (µs instead of ns), revocable the same way.

A revocable call is a tiny stub instance per grant::

    global.get $slot  i32.load8_u (flags)  i32.eqz  if unreachable end
    local.get ...  return_call $target

Its flag byte lives in a one-page memory of the group's Store whose address the
host knows, so revoking is a one-byte store from any thread (no Store access,
no lock on a running guest); the next call through the stub traps
``UNREACHABLE`` inside module ``multipie_capability``, which :func:`on_trap`
reports as :class:`~multipie.errors.CapabilityRevoked`.
"""

from __future__ import annotations

import ctypes
import threading
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import wasmtime
from wasmtime import _ffi as ffi

from multipie import hostfuncs
from multipie.capabilities import Binding, Capability, CapabilityKind, CapabilityTable
from multipie.domains.wasm.calls import Signature, describe_functype
from multipie.errors import (
    CapabilityError,
    CapabilityRevoked,
    LinkError,
    NoSuchExport,
    Trap,
    TrapCode,
    UsageError,
)
from multipie.sharing import PAGE, Alias, Region, check_holder_module

if TYPE_CHECKING:
    from multipie.domains.base import Domain, Limits
    from multipie.domains.wasm.domain import WasmDomain
    from multipie.domains.wasm.service import WasmService
    from multipie.runtime import Runtime

__all__ = [
    "GrantPlan",
    "Group",
    "STUB_MODULE",
    "StoreHandle",
    "StubBinding",
    "bind_grants",
    "function_capability",
    "group_of",
    "on_trap",
    "table_of",
]

#: Module name of call stubs (appears in backtraces of revoked calls).
STUB_MODULE = "multipie_capability"
_FLAGS_PER_PAGE = PAGE


# -- the runtime's table -------------------------------------------------------------


def table_of(rt: Runtime) -> CapabilityTable:
    """The runtime's capability table, created (and its hooks installed) on first use."""
    table: CapabilityTable | None = getattr(rt, "_capability_table", None)
    if table is None:
        with rt._lock:
            table = getattr(rt, "_capability_table", None)
            if table is None:
                table = CapabilityTable(rt)
                rt._capability_table = table  # type: ignore[attr-defined]
                rt._grant_binder = bind_grants
                rt._trap_hooks.append(on_trap)
    return table


# -- groups ---------------------------------------------------------------------------


class StoreHandle:
    """A member domain's share of a :class:`Group`'s Store; ``close()`` releases only that share.

    Stands in for the ``wasmtime.Store`` in ``WasmDomain._store`` (attribute
    access is forwarded to the real Store).
    """

    def __init__(self, group: Group, domain: Domain) -> None:
        self._group = group
        self._domain = weakref.ref(domain)
        self.bindings: list[tuple[Capability, Binding]] = []
        self.closed = False

    def _context(self) -> Any:
        return self._group.store._context()

    @property
    def aliases(self) -> list[Alias]:
        """The region aliases this member holds."""
        return [b for _, b in self.bindings if isinstance(b, Alias)]

    def close(self) -> None:
        """Release this member's share (the Store is dropped with the last one); idempotent."""
        if not self.closed:
            self.closed = True
            self._group._release(self)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._group.store, name)


class Group:
    """Domains sharing one Store so they can call each other through capabilities at native cost.

    Args:
        table: the runtime's capability table.
        store: the Store (ownership passes to the group).
        metered: whether the Store's engine meters fuel.
        memory_limit: the per-memory cap set on the Store.
        lock: the lock every member takes to enter the Store.
    """

    def __init__(
        self,
        table: CapabilityTable,
        store: wasmtime.Store,
        *,
        metered: bool,
        memory_limit: int | None,
        lock: threading.Lock,
        wasi: bool,
    ) -> None:
        self.table = table
        self.store: wasmtime.Store = store
        self.metered = metered
        self.memory_limit = memory_limit
        self.lock = lock
        self.wasi = wasi
        self.closed = False
        self._refs = 0
        self._flag_pages: list[int] = []  # base addresses of one-page flag memories
        self._flag_next = _FLAGS_PER_PAGE
        self._stubs: list[StubBinding] = []

    def handle(self, domain: Domain) -> StoreHandle:
        """A new member share for ``domain``."""
        self._refs += 1
        return StoreHandle(self, domain)

    def _release(self, handle: StoreHandle) -> None:
        domain = handle._domain()
        with self.table._lock:
            for cap, binding in handle.bindings:
                cap._unbind(binding)
            self._refs -= 1
            last = self._refs <= 0
            if last:
                self.closed = True
                for _, binding in handle.bindings:
                    binding.dead()
                for stub in self._stubs:
                    stub.dead()
                self._stubs.clear()
            handle.bindings = []
        if domain is not None:
            # A domain that is gone takes its capabilities with it (their stubs trap).
            self.table.revoke_targeting(domain)
        if last:
            self.store.close()

    # -- stubs --------------------------------------------------------------------

    def _flag_slot(self) -> tuple[int, int]:
        """(flags page base, index) for a new stub; caller holds the group lock and the table lock."""
        if self._flag_next >= _FLAGS_PER_PAGE:
            mem = wasmtime.Memory(self.store, wasmtime.MemoryType(wasmtime.Limits(1, 1)))
            base = ctypes.cast(
                ffi.wasmtime_memory_data(self.store._context(), ctypes.byref(mem._memory)), ctypes.c_void_p
            ).value
            self._flag_pages.append(base or 0)
            self._flag_mem = mem
            self._flag_next = 0
        idx = self._flag_next
        self._flag_next += 1
        return self._flag_pages[-1], idx

    def stub(self, target: wasmtime.Func, sig: Signature) -> StubBinding:
        """A revocable stub calling ``target`` (caller holds the group lock and the table lock)."""
        base, idx = self._flag_slot()
        # SAFETY: base is the data of a one-page memory of this Store, alive until the Store is
        # dropped (the stub is marked dead first); idx < 65536.
        ctypes.memset(base + idx, 1, 1)
        module = _stub_module(sig, self)
        slot = wasmtime.Global(self.store, wasmtime.GlobalType(wasmtime.ValType.i32(), False), idx)
        inst = wasmtime.Instance(self.store, module, [target, self._flag_mem, slot])
        func = inst.exports(self.store)["call"]
        assert isinstance(func, wasmtime.Func)
        binding = StubBinding(func, base + idx)
        self._stubs.append(binding)
        return binding


class StubBinding:
    """A grant of a function capability inside a group: a stub instance and its flag byte."""

    __slots__ = ("func", "_addr", "live", "holder")

    def __init__(self, func: wasmtime.Func, addr: int) -> None:
        self.func = func
        self._addr = addr
        self.live = True
        self.holder: str | None = None

    def revoke(self) -> None:
        """Clear the flag: the next call through the stub traps (a call already past it finishes)."""
        if self.live:
            # SAFETY: live means the group's Store (owner of the flags page) is not dropped;
            # Group._release marks stubs dead under the table lock the caller holds.
            ctypes.memset(self._addr, 0, 1)
            self.live = False

    def dead(self) -> None:
        """The Store is being dropped."""
        self.live = False


_STUB_CACHE: dict[tuple[int, tuple[str, ...], tuple[str, ...]], wasmtime.Module] = {}
_STUB_LOCK = threading.Lock()


def _stub_module(sig: Signature, group: Group) -> wasmtime.Module:
    engine = group.table.runtime._engines.engine(fuel=group.metered)
    key = (id(engine), sig.params, sig.results)
    mod = _STUB_CACHE.get(key)
    if mod is None:
        with _STUB_LOCK:
            mod = _STUB_CACHE.get(key)
            if mod is None:
                params = " ".join(sig.params)
                results = " ".join(sig.results)
                ty = f"(func{f' (param {params})' if params else ''}{f' (result {results})' if results else ''})"
                gets = " ".join(f"local.get {i}" for i in range(len(sig.params)))
                wat = f"""(module ${STUB_MODULE}
                  (type $t {ty})
                  (import "cap" "target" (func $target (type $t)))
                  (import "cap" "flags" (memory 1 1))
                  (import "cap" "slot" (global $slot i32))
                  (func (export "call") (type $t)
                    global.get $slot i32.load8_u i32.eqz
                    if unreachable end
                    {gets} return_call $target))"""
                mod = wasmtime.Module(engine, wat)
                _STUB_CACHE[key] = mod
    return mod


def group_of(domain: WasmDomain) -> Group:
    """The group ``domain`` belongs to, making it the founder of a new one if needed."""
    table = table_of(domain.service.runtime)
    store = domain._store
    if isinstance(store, StoreHandle):
        return store._group
    if store is None:
        raise domain._closed_error()
    with domain._lock:  # no call is inside the Store while it changes hands
        store = domain._store
        if isinstance(store, StoreHandle):
            return store._group
        if store is None:
            raise domain._closed_error()
        group = Group(
            table,
            store,
            metered=domain.limits.fuel is not None,
            memory_limit=domain.limits.memory_limit,
            lock=domain._lock,
            wasi=domain._wservice.uses_wasi,
        )
        domain._store = group.handle(domain)  # type: ignore[assignment]
    return group


# -- capabilities to domain exports ---------------------------------------------------


def function_capability(rt: Runtime, domain: Any, export: str) -> Capability:
    """A capability to call ``domain``'s function export ``export``.

    Raises:
        UsageError: ``domain`` is not a Wasm domain of this runtime.
        NoSuchExport: no such function export.
        DomainClosed: the domain is closed.
    """
    from multipie.domains.wasm.domain import WasmDomain

    if not isinstance(domain, WasmDomain):
        raise UsageError(f"rt.capability: expected a Wasm domain, got {type(domain).__name__}")
    if domain.service.runtime is not rt:
        raise CapabilityError(f"rt.capability: domain {domain.label} belongs to another runtime")
    if not domain.is_open:
        raise domain._closed_error()
    sig = domain._wservice.signature(export)
    table = table_of(rt)
    group_of(domain)
    text = ",".join(sig.params) + "->" + ",".join(sig.results)
    return table.issue(CapabilityKind.FUNCTION, f"function {text}", target=domain, detail=(export, sig))


# -- spawning with grants ----------------------------------------------------------------


def bind_grants(service: Any, grants: Mapping[str, Any]) -> GrantPlan:
    """The runtime's grant binder: check every grant now, bind them when the Store exists.

    Raises:
        CapabilityError: a grant is forged, foreign, revoked, names no import, or has the wrong type.
        LinkError: an import is neither granted nor provided by the runtime.
    """
    from multipie.domains.wasm.service import WasmService

    if not isinstance(service, WasmService):
        raise CapabilityError(f"{service.name}: grants are supported for Wasm services only (for now)")
    return GrantPlan(service, grants)


class GrantPlan:
    """Grants checked against a service's imports; places and instantiates the new domain."""

    def __init__(self, service: WasmService, grants: Mapping[str, Any]) -> None:
        self.service = service
        self.table = table_of(service.runtime)
        module = service.module(fuel=False)
        types = {f"{i.module}.{i.name}": i.type for i in module.imports}
        self.caps: dict[str, Capability] = {}
        if not isinstance(grants, Mapping):
            raise UsageError(f"{service.name}: grants must be a mapping of 'module.name' to capabilities")
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
            check_holder_module(service.name, service.wasm, regions, _validator(service.runtime))
        self.group: Group | None = None
        self.limits: Limits | None = None
        self._store: wasmtime.Store | None = None
        self._bindings: list[tuple[Capability, Binding]] = []

    # -- placement -------------------------------------------------------------------

    def placement(self, limits: Limits) -> wasmtime.Store | None:
        """The Store of the group to join, or ``None`` for a Store of the domain's own."""
        self.limits = limits
        metered = limits.fuel is not None
        for cap in self.caps.values():
            if cap.kind is not CapabilityKind.FUNCTION:
                continue
            target = cap.target
            store = getattr(target, "_store", None)
            if not isinstance(store, StoreHandle) or store._group.closed:
                continue
            group = store._group
            if group.metered == metered and group.memory_limit == limits.memory_limit:
                self.group = group
                if self.service.uses_wasi and not group.wasi:
                    with group.lock:
                        group.store.set_wasi(self.service.runtime._reactor_wasi())
                        group.wasi = True
                return group.store
        return None

    # -- binding + instantiation ---------------------------------------------------------

    def __call__(self, store: wasmtime.Store) -> ffi.wasmtime_instance_t:
        """Bind every grant into ``store`` and instantiate the module there."""
        self._store = store
        lock = self.group.lock if self.group is not None else None
        if lock is not None:
            lock.acquire()
        try:
            return self._link_and_build(store)
        except BaseException:
            self._discard()
            raise
        finally:
            if lock is not None:
                lock.release()

    def _link_and_build(self, store: wasmtime.Store) -> ffi.wasmtime_instance_t:
        svc = self.service
        limits = self.limits
        metered = limits.fuel is not None if limits is not None else False
        engine = svc.runtime._engines.engine(fuel=metered)
        linker = wasmtime.Linker(engine)
        if svc.uses_wasi:
            linker.define_wasi()
        has_region = any(c.kind is CapabilityKind.MEMORY for c in self.caps.values())
        own = self.group is None
        if has_region and own:
            store.set_limits(memory_size=-1)  # a region is the runtime's memory, not the domain's
        with self.table._lock:
            for key, cap in self.caps.items():
                if cap.revoked:
                    raise CapabilityError(f"{svc.name}: grant {key!r}: capability #{cap.id} was revoked")
                module, _, name = key.partition(".")
                binding, extern = self._bind_one(store, key, cap)
                cap._bind(binding)
                self._bindings.append((cap, binding))
                linker.define(store, module, name, extern)
        if has_region and own and limits is not None and limits.memory_limit is not None:
            store.set_limits(memory_size=limits.memory_limit)
        try:
            inst = linker.instantiate(store, svc.module(fuel=metered))
        except wasmtime.Trap as exc:
            raise Trap(f"{svc.name}: start function trapped: {str(exc).splitlines()[0]}") from exc
        except wasmtime.WasmtimeError as exc:
            raise svc.instantiate_error(exc) from exc
        return inst._instance

    def _bind_one(self, store: wasmtime.Store, key: str, cap: Capability) -> tuple[Binding, Any]:
        if cap.kind is CapabilityKind.MEMORY:
            region: Region = cap.target
            if region.closed:
                raise CapabilityError(f"{self.service.name}: grant {key!r}: the region was closed")
            mem = wasmtime.Memory(store, wasmtime.MemoryType(wasmtime.Limits(region.pages, region.pages)))
            base = ctypes.cast(ffi.wasmtime_memory_data(store._context(), ctypes.byref(mem._memory)), ctypes.c_void_p)
            addr = base.value or 0
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
        if self.group is not None and isinstance(target._store, StoreHandle) and target._store._group is self.group:
            item = target._extern(export)
            if item is None:  # pragma: no cover - checked when the capability was issued
                raise NoSuchExport(f"{target.label}: no function export '{export}'")
            func = wasmtime.Func._from_raw(item.of.func)
            stub = self.group.stub(func, sig)
            return stub, stub.func
        # Across Stores: a host trampoline into the target's own call path.
        bound = target.export(export)
        host = hostfuncs.HostFunction(bound, params=sig.params, results=sig.results, name=f"{target.label}.{export}")
        hb = host.bind(store)
        return hb, hb.func

    def _discard(self) -> None:
        with self.table._lock:
            for cap, binding in self._bindings:
                cap._unbind(binding)
                if self.group is None:
                    binding.dead()  # the spawn closes this Store
                else:
                    binding.revoke()
            self._bindings = []

    def adopt(self, domain: WasmDomain) -> None:
        """Make the new domain a member of its group (a new one for a Store of its own)."""
        store = self._store
        assert store is not None
        if self.group is None:
            limits = domain.limits
            group = Group(
                self.table,
                store,
                metered=limits.fuel is not None,
                memory_limit=limits.memory_limit,
                lock=domain._lock,
                wasi=self.service.uses_wasi,
            )
        else:
            group = self.group
            domain._lock = group.lock
        handle = group.handle(domain)
        for _, binding in self._bindings:
            binding.holder = domain.label
        handle.bindings = self._bindings
        self._bindings = []
        domain._store = handle  # type: ignore[assignment]


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


def _validator(rt: Runtime) -> wasmtime.Engine:
    """An engine like the runtime's but without bulk memory, used only to validate holder modules."""
    eng: wasmtime.Engine | None = getattr(rt, "_region_validator", None)
    if eng is None:
        cfg = rt._engines.config.build(fuel=False)
        cfg.wasm_bulk_memory = False
        eng = wasmtime.Engine(cfg)
        rt._region_validator = eng  # type: ignore[attr-defined]
    return eng


# -- faults --------------------------------------------------------------------------------


def on_trap(domain: Domain, exc: Exception) -> Exception | None:
    """Runtime trap hook: name faults caused by capabilities (revoked grants, host-function errors)."""
    parked = hostfuncs.take_parked(exc)
    if parked is not None:
        return parked
    if not isinstance(exc, Trap) or isinstance(exc, CapabilityRevoked):
        return None
    label = domain.label
    if exc.code is TrapCode.UNREACHABLE and exc.frames and exc.frames[0].module == STUB_MODULE:
        out = CapabilityRevoked(
            f"domain {label}: called a function through a revoked capability",
            code=exc.code,
            frames=exc.frames,
            domain=label,
        )
        out.__cause__ = exc
        return out
    if exc.code is TrapCode.MEMORY_OUT_OF_BOUNDS:
        store = getattr(domain, "_store", None)
        if isinstance(store, StoreHandle) and any(a.revoked for a in store.aliases):
            out = CapabilityRevoked(
                f"domain {label}: accessed a shared region through a revoked capability",
                code=exc.code,
                frames=exc.frames,
                domain=label,
            )
            out.__cause__ = exc
            return out
    return None
