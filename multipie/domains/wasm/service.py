"""A loaded Wasm module: validated, compiled once per engine, pre-linked, spawned into domains.

Spawning is the hot path of domain creation, so everything that does not
depend on the new domain is done once here: compilation (through the
:class:`~multipie.domains.wasm.cache.ModuleCache`), import resolution into an
``InstancePre`` (WASI functions come from a linker; other imports are bound
per domain from grants), export signatures, and the memory export's name.
A spawn is then: a Store, its limits and deadline, one raw
``wasmtime_instance_pre_instantiate`` call, and ``_initialize`` for reactors.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import errno
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import wasmtime

from multipie.domains.base import Command, ExportInfo, ImportInfo, Limits, Service, lookup_export
from multipie.domains.wasm import _capi, fastpath, looppoll, traps, wasi
from multipie.domains.wasm.binary import exports_function
from multipie.domains.wasm.budget import Budget
from multipie.domains.wasm.calls import Signature, describe_functype, signature_of
from multipie.domains.wasm.placement import AUTO, Placement
from multipie.domains.wasm.valtypes import kind_name
from multipie.domains.wasm.wasi import reactor_wasi
from multipie.errors import (
    CapacityError,
    InvalidModule,
    LinkError,
    NoSuchExport,
    OutOfMemory,
    Trap,
    TrapCode,
    UsageError,
)

if TYPE_CHECKING:
    from multipie.domains.base import Host
    from multipie.domains.wasm.domain import WasmDomain
    from multipie.domains.wasm.engine import EngineConfig
    from multipie.domains.wasm.group import DomainGroup
    from multipie.domains.wasm.reserve import Reserve
    from multipie.domains.wasm.state import WasmState

__all__ = ["WasmService", "WASI_MODULES", "describe_type"]

#: Import modules the runtime itself provides (WASI preview 1).
WASI_MODULES = frozenset({"wasi_snapshot_preview1", "wasi_unstable"})


@functools.cache
def _domain_class() -> type[WasmDomain]:
    """``WasmDomain``, imported by the first spawn (a WASI run makes none); cached.

    An import statement in ``spawn`` itself cost ~3 µs a spawn, a fifth of it (issue 14).
    """
    from multipie.domains.wasm.domain import WasmDomain

    return WasmDomain


@functools.cache
def _group_class() -> type[DomainGroup]:
    """``DomainGroup``, imported by the first spawn given a ``group=`` (as :func:`_domain_class`)."""
    from multipie.domains.wasm.group import DomainGroup

    return DomainGroup


def describe_type(t: Any) -> tuple[str, str]:
    """(kind, text) for an import/export type: ``("function", "i32,i32->i32")``, ``("memory", "1..")``."""
    if isinstance(t, wasmtime.FuncType):
        return "function", describe_functype(t)
    if isinstance(t, wasmtime.MemoryType):
        lim = t.limits
        hi = "" if lim.max is None else str(lim.max)
        shared = " shared" if getattr(t, "is_shared", False) else ""
        return "memory", f"{lim.min}..{hi} pages{shared}"
    if isinstance(t, wasmtime.GlobalType):
        return "global", f"{'mut ' if t.mutable else ''}{kind_name(t.content)}"
    if isinstance(t, wasmtime.TableType):
        return "table", f"{kind_name(t.element)} {t.limits.min}.."
    return "other", str(t)


class WasmService(Service["WasmDomain"]):  # domains, groups, shared Stores: imported to spawn (not to run)
    """A validated, compiled Wasm module. Create with :meth:`multipie.Runtime.load`."""

    kind = "wasm"

    def __init__(self, host: Host, wasm: bytes, *, name: str, digest: str) -> None:
        super().__init__(host, name=name, digest=digest)
        #: the runtime's Wasm engines, ticker and module cache
        self.state: WasmState = host.state("wasm")
        self.wasm = wasm
        self._modules: dict[Any, wasmtime.Module] = {}  # by fuel, or (fuel, reserve EngineConfig)
        self._pres: dict[Any, wasmtime.InstancePre] = {}
        self._native_pre: dict[bool, tuple[wasmtime.Engine, int]] = {}
        self._engine_addr: dict[bool, int] = {}
        self._default_limits: Limits | None = None
        # The default spawn's constants, once a template spawn found it needs nothing per spawn (see spawn).
        self._hot: tuple[Limits, wasmtime.Engine, int, int, int, int] | None = None
        # Guards the compile/link caches: concurrent first spawns must not build (and drop)
        # two InstancePres while one's address is already cached for the native path.
        self._prepare_lock = _thread.RLock()
        #: checked grant sets (see :func:`multipie.domains.wasm.grants.bind_grants`)
        self._grant_plans: dict[tuple[tuple[str, int], ...], Any] = {}
        # Compiled first on the engine its first use most likely needs: a command (exports `_start`)
        # on the one an untimed `run_command` uses, so that `multipie run` deserialises one artefact.
        first = None
        #: a command whose memories Ctrl-C can revoke (:func:`.wasi.revocable_memories`); with ``poll``: no epochs
        self.revocable = False
        #: its untimed runs compile with loop polls (:mod:`.looppoll`); False once the rewrite failed here
        self.poll = False
        if exports_function(wasm, "_start"):
            self.revocable = wasi.revocable_memories(wasm)
            self.poll = self.revocable and looppoll.pollable(wasm)
            first = self.run_config(timed=False, fuel=False)
        module = self.module(fuel=False, config=first)
        #: ``memory_limit`` split over the module's own memories and tables (:mod:`.budget`)
        self.budget = Budget.of(wasm)
        self._imports = tuple(self._import_info(i) for i in module.imports)
        exports: list[ExportInfo] = []
        self._sigs: dict[str, Signature] = {}
        self.memory_export: str | None = None
        for e in module.exports:
            kind, text = describe_type(e.type)
            if isinstance(e.type, wasmtime.FuncType):
                sig = signature_of(e.name, e.type)
                self._sigs[e.name] = sig
                exports.append(ExportInfo(e.name, kind, text, sig.params, sig.results))
            else:
                exports.append(ExportInfo(e.name, kind, text))
                if kind == "memory" and (self.memory_export is None or e.name == "memory"):
                    self.memory_export = e.name
        self._exports = tuple(exports)
        #: export name -> (param codes, result codes) for the native gate's lazy binding
        self._protos: dict[str, tuple[bytes, bytes]] = {
            n: (fastpath.kind_codes(sig.params), fastpath.kind_codes(sig.results))
            for n, sig in self._sigs.items()
            if sig.callable_from_host
        }
        self.uses_wasi = any(i.module in WASI_MODULES for i in self._imports)
        self.is_command = "_start" in self._sigs
        self.is_reactor = "_initialize" in self._sigs
        self.extra_imports = tuple(i for i in self._imports if i.module not in WASI_MODULES)

    @staticmethod
    def _import_info(i: wasmtime.ImportType) -> ImportInfo:
        kind, text = describe_type(i.type)
        return ImportInfo(i.module, i.name or "", kind, text)

    # -- compile + link ------------------------------------------------------

    def module(self, *, fuel: bool, config: EngineConfig | None = None) -> wasmtime.Module:
        """The module compiled for the metered or unmetered engine (of ``config``: a reserve engine).

        Raises:
            looppoll.Unavailable: ``config.loop_poll`` and the module could not be rewritten.
        """
        st = self.state
        key = fuel if config is None else (fuel, config)

        def reserve_engine() -> tuple[wasmtime.Engine, str]:
            assert config is not None
            return st.engines.reserve_engine(config, fuel=fuel), config.fingerprint(fuel=fuel)

        data: Any = self.wasm
        if config is not None and config.loop_poll:
            data = functools.partial(looppoll.rewrite, self.wasm)  # only on a cache miss
        mod: wasmtime.Module = st.compiled(
            self._modules, key, self._prepare_lock, fuel=fuel, digest=self.digest, data=data,
            invalid=self._invalid_module, engine=None if config is None else reserve_engine,
        )  # fmt: skip
        return mod

    def run_config(self, *, timed: bool, fuel: bool) -> EngineConfig:
        """The engine config of one run of this command (``EngineSet.run_config``), its module compiled for it.

        A module that cannot take loop polls here (no ``wasm-tools``, or the rewrite does not
        validate) runs on epochs from then on, as a timed run does: without polls, revoking its
        memory would not stop a loop that touches none (only a second Ctrl-C would).
        """
        engines = self.state.engines
        cfg = engines.run_config(timed=timed, revocable=self.revocable, poll=self.poll)
        if cfg.loop_poll:
            try:
                self.module(fuel=fuel, config=cfg)
            except (looppoll.Unavailable, InvalidModule):
                self.poll = False
                cfg = engines.run_config(timed=timed, revocable=self.revocable, poll=False)
        return cfg

    def instance_pre(self, *, fuel: bool, config: EngineConfig | None = None) -> wasmtime.InstancePre:
        """The pre-linked module (WASI resolved) for spawns without extra imports."""
        key = fuel if config is None else (fuel, config)
        pre = self._pres.get(key)
        if pre is not None:
            return pre
        with self._prepare_lock:
            pre = self._pres.get(key)
            if pre is not None:
                return pre
            module = self.module(fuel=fuel, config=config)
            engines = self.state.engines
            engine = engines.engine(fuel=fuel) if config is None else engines.reserve_engine(config, fuel=fuel)
            linker = wasmtime.Linker(engine)
            if self.uses_wasi:
                linker.define_wasi()
            # A link failure is guarded by the extra_imports check.
            with _capi.errors_as(lambda why: LinkError(f"{self.name}: {why}")):
                pre = linker.instantiate_pre(module)
            self._pres[key] = pre
        return pre

    # -- Service API ---------------------------------------------------------

    def signature(self, name: str) -> Signature:
        """The signature of function export ``name``.

        Raises:
            NoSuchExport: no function export of that name (the message lists those that exist).
        """
        sig = lookup_export(self._sigs, name, where=self.name)
        if not sig.callable_from_host:
            raise NoSuchExport(f"{self.name}: export '{name}' has types the host cannot pass: {sig}")
        return sig

    def spawn(  # type: ignore[override]  # Wasm's one option, group=, named (no **options dict per spawn)
        self,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
        grants: Mapping[str, Any] | None = None,
        group: DomainGroup | Placement | None = AUTO,
    ) -> WasmDomain:
        """Create a new domain: :meth:`multipie.domains.base.Service.spawn`, ``group=`` as in :meth:`_construct`.

        A spawn with no arguments, of a module that needs nothing per spawn (no WASI context,
        no grants, no ``_initialize``), is the template's steps inlined over constants its
        first template spawn left (``_hot``): the template's frames and option dicts were a
        sixth of a spawn's instructions (issue 14). A change of the runtime's
        ``memory_limit`` sends it back through the template.
        """
        if memory_limit is None and fuel is None and timeout is None and grants is None and group is AUTO:
            hot, host = self._hot, self.host
            if hot is not None and hot[0].memory_limit == host.memory_limit:
                if host.closed:
                    host.check_open()
                limits, engine, engine_addr, pre, mem, tab = hot
                if fastpath._use_native:
                    store, instance, trap, err = fastpath._native.spawn(engine_addr, pre, mem, tab, 0, self.name)
                else:  # the pure-Python backend (no native extension, or switched off)
                    store, instance, trap, err = fastpath.spawn_store(engine, pre, mem, tab, 0, self.name)
                if instance is None:
                    store.close()
                    raise self._instantiate_failure(trap, err)
                domain = _domain_class()(self, limits, store, instance)
                host.track(domain)
                return domain
            domain = super().spawn(group=group)
            if hot is None or hot[0].memory_limit != host.memory_limit:  # first, or a new default limit
                self._hot = self._hot_constants(domain.limits)
            return domain
        return super().spawn(memory_limit=memory_limit, fuel=fuel, timeout=timeout, grants=grants, group=group)

    def _hot_constants(self, limits: Limits) -> tuple[Limits, wasmtime.Engine, int, int, int, int] | None:
        """What the default spawn passes to the spawn of either backend, or ``None`` if it must take the template."""
        if self.uses_wasi or self.extra_imports or self.is_reactor:
            return None
        caps = self.budget.caps(limits.memory_limit)
        ready = self._native_pre.get(False)
        if caps.refusal or ready is None:
            return None
        return limits, ready[0], self._engine_addr[False], ready[1], caps.memory_size, caps.table_elements

    def spawn_limits(self, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """Limits of a spawn; the runtime's defaults are checked once and cached (the hot path).

        Raises:
            UsageError: a bad limit, a closed runtime, or a timeout on a non-interruptible engine.
        """
        host = self.host
        if memory_limit is None and fuel is None and timeout is None:
            host.check_open()
            limits = self._default_limits
            if limits is None or limits.memory_limit != host.memory_limit:
                limits = self._default_limits = host.limits(memory_limit=None, fuel=None, timeout=None)
            return limits
        limits = host.limits(memory_limit=memory_limit, fuel=fuel, timeout=timeout)
        self.state.check_interruptible(self.name, timeout)
        return limits

    def _construct(  # type: ignore[override]  # the kind's own spawn options
        self, limits: Limits, grants: Mapping[str, Any] | None, group: DomainGroup | Placement | None = AUTO
    ) -> WasmDomain:
        """The Wasm step of :meth:`~multipie.domains.base.Service.spawn`.

        Args:
            group: where the domain's Store is (see :mod:`multipie.domains.wasm.group`):
                a :class:`~multipie.domains.wasm.group.DomainGroup` (a slab of shared
                Stores: ~1.3 KiB per domain instead of ~7, grants allowed); ``None``
                (a Store of its own, even with grants: calls to other domains go
                through the host); ``AUTO`` (default: join the Store of the domain a
                function grant calls when the engine and ``memory_limit`` agree,
                else a Store of its own).

        Raises:
            UsageError: ``group`` is of another type, closed, or refuses the limits.
        """
        if grants:
            plan = self.bind_grants(grants)
            spawn = getattr(plan, "spawn", None)
            return spawn(limits, group) if spawn is not None else self._spawn_linked(limits, plan)  # type: ignore[no-any-return]
        if group is AUTO or group is None:
            if self.extra_imports:
                self._check_imports()
            metered = limits.fuel is not None
            engine, pre = self._native_pre[metered] if metered in self._native_pre else self._prepare(metered)
            caps = self.budget.caps(limits.memory_limit)
            if caps.refusal:
                caps.check(self.name)
            wasi = _capi.take_wasi(reactor_wasi()) if self.uses_wasi else 0
            mem, tab = caps.memory_size, caps.table_elements
            if limits.fuel is None and limits.timeout is None and fastpath._use_native:  # the hot path: one C call
                store, instance, trap, err = fastpath._native.spawn(
                    self._engine_addr[metered], pre, mem, tab, wasi, self.name
                )
            else:  # the start function runs under the call limits
                fuel, ticks, ticker = self._start_limits(limits)
                store, instance, trap, err = fastpath.spawn_store(
                    engine, pre, mem, tab, wasi, self.name, fuel, ticks, ticker
                )
            if instance is None:
                store.close()
                raise self._instantiate_failure(trap, err)
            return _domain_class()(self, limits, store, instance)
        if isinstance(group, _group_class()):
            self._check_imports()
            return group._spawn(self, limits)
        raise UsageError(f"{self.name}: group= takes a DomainGroup, None or AUTO, not {group!r}")

    def _adopt(self, domain: WasmDomain) -> None:
        """Track the domain (a group tracks its own members) and run a reactor's ``_initialize``."""
        shared = domain._shared
        if shared is not None and shared.group is not None and domain._bindings is None:
            return  # DomainGroup._spawn counted it and ran _initialize
        self.host.track(domain)
        if self.is_reactor:
            domain.call("_initialize")

    def bind_grants(self, grants: Mapping[str, Any]) -> Any:
        """The checked :class:`~multipie.domains.wasm.grants.GrantPlan` for ``grants`` (cached per grant set).

        Raises:
            CapabilityError: a grant is forged, foreign, revoked, names no import, or has the wrong type.
            LinkError: an import is neither granted nor provided by the runtime.
        """
        return self.state.bind_grants(self, grants)

    def close(self) -> None:
        """Free what the runtime holds for this module: its reserves and its compiled code in the module cache.

        ``Runtime.unload`` calls this (after closing the service's domains), so a loader loop
        does not keep every module it loaded. Idempotent; the service keeps its own compiled
        module and pre-linked instances while it lives, so open domains keep working and a
        later spawn still works.
        """
        for reserve in [r for r in self.state.reserves if r.service is self]:
            reserve.close()
        self.state.module_cache.forget(self.digest.removeprefix("sha256:"))

    def reserve(
        self,
        size: int,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> Reserve | None:
        """Fresh domains made ahead of time by a native thread (see :mod:`multipie.domains.wasm.reserve`).

        ``None`` when the module imports more than WASI (its domains need grants bound
        per spawn) or the native backend is not loaded.

        Raises:
            UsageError: limits the runtime refuses (as :meth:`spawn` would).
        """
        if self.extra_imports or not fastpath._use_native:
            return None
        from multipie.domains.wasm.reserve import Reserve

        self.host.check_open()
        self.state.check_interruptible(self.name, timeout)
        limits = self.host.limits(memory_limit=memory_limit, fuel=fuel, timeout=timeout)
        reserve = Reserve(self, size, limits)
        self.state.reserves.add(reserve)
        return reserve

    def _spawn_linked(self, limits: Limits, link: Any) -> WasmDomain:
        """A domain in a Store of its own, instantiated by ``link(store) -> wasmtime_instance_t``.

        For grant binders that are a plain linking function rather than a
        :class:`~multipie.domains.wasm.grants.GrantPlan`.
        """
        from multipie.domains.wasm.shared import SharedStore

        shared = SharedStore.for_one(self, limits)
        with shared.handle:
            try:
                instance = bytes(link(shared.wstore))
            except BaseException:
                shared.force_drop()
                raise
            shared.instantiated(True)
            domain = _domain_class()(self, limits, shared.handle, instance, shared=shared)
            shared.join(domain)
        return domain

    def _start_limits(self, limits: Limits) -> tuple[int, int, Any]:
        """(fuel, deadline ticks, ticker handle) the start function runs under: a call's limits."""
        fuel = -1 if limits.fuel is None else limits.fuel
        if limits.timeout is None:
            return fuel, 0, None
        ticker = self.state.ticker
        return fuel, ticker.ticks_for(limits.timeout), ticker.handle

    def _check_imports(self) -> None:
        if self.extra_imports:
            missing = ", ".join(str(i) for i in self.extra_imports)
            raise LinkError(f"{self.name}: imports not granted: {missing}")

    def _prepare(self, metered: bool) -> tuple[wasmtime.Engine, int]:
        """(engine, InstancePre address) for the metered or unmetered engine, cached."""
        with self._prepare_lock:
            ready = self._native_pre.get(metered)
            if ready is not None:
                return ready
            engine = self.state.engines.engine(fuel=metered)
            pre = self.instance_pre(fuel=metered)
            self._engine_addr[metered] = _capi.handle_address(engine)
            # Published last: readers test _native_pre without the lock, then read _engine_addr.
            self._native_pre[metered] = (engine, _capi.handle_address(pre))
            return self._native_pre[metered]

    def _invalid_module(self, why: str) -> InvalidModule:
        text = " ".join(line.strip() for line in why.splitlines() if line.strip())
        return InvalidModule(f"{self.name}: not a valid Wasm module: {text}")

    def _instantiate_failure(self, trap: int, err: int) -> BaseException:
        if trap:
            return traps.from_trap_ptr(trap, domain=f"{self.name}#start")
        return self.instantiate_error(_capi.take_error(err))

    def run_command(
        self,
        command: Command,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> int:
        """Run this WASI command (``_start``); see :meth:`multipie.Runtime.run_command`."""
        return wasi.run_command(self, command, memory_limit=memory_limit, fuel=fuel, timeout=timeout)

    def _instantiate_pre(self, store: wasmtime.Store, metered: bool, *, config: EngineConfig | None = None) -> bytes:
        """Instantiate the pre-linked module in ``store`` (the caller's own): the instance bytes."""
        pre = self.instance_pre(fuel=metered, config=config)
        # SAFETY: pre was built on the same engine as store, which only this thread uses.
        instance, trap, err = _capi.instantiate_pre(_capi.handle_address(pre), _capi.context(store))
        if instance is None:
            raise self._instantiate_failure(trap, err)
        return instance

    def instantiate_error(self, exc: Exception) -> BaseException:
        """Translate an instantiation failure into the most specific multiPIE error (Ctrl-C: ``KeyboardInterrupt``)."""
        if isinstance(exc, wasmtime.WasmtimeError):
            stopped = traps.from_interrupt(exc, domain=f"{self.name}#start")
            if stopped is not None:
                stopped.__cause__ = exc
                return stopped
        text = str(exc)
        low = text.lower()
        if "exceeds memory limits" in low or "memory minimum size" in low:
            err: Exception = OutOfMemory(
                f"{self.name}: initial memory exceeds the domain's memory limit ({text.splitlines()[0]})"
            )
        elif "cannot allocate memory" in low or "out of memory" in low or f"os error {errno.ENOMEM}" in low:
            err = CapacityError(self.host.capacity_advice(text))
        elif "concurrent limit" in low:
            err = CapacityError(f"{self.name}: the pooling allocator is full ({text.splitlines()[0]}); close domains")
        elif "unknown import" in low or "incompatible import" in low:
            err = LinkError(f"{self.name}: {text.splitlines()[0]}")
        elif isinstance(exc, wasmtime.Trap):
            err = Trap(f"{self.name}: start function trapped: {text.splitlines()[0]}")
        elif "thrown wasm exception" in low:  # the guest's own fault, as an uncaught throw in a call is
            err = Trap(f"{self.name}: start function threw a Wasm exception nothing caught", code=TrapCode.OTHER)
        else:
            err = LinkError(f"{self.name}: instantiation failed: {text.splitlines()[0]}")
        err.__cause__ = exc
        return err
