"""A loaded component: compiled once per engine (through the Wasm kind's cache), spawned into domains.

Components run on the Wasm kind's engines (same settings, same epoch ticker, same
compile cache: ``Component.serialize`` artefacts sit beside modules'), with WASI 0.2
from Wasmtime (``Linker.add_wasip2``). A spawned domain gets the reactor WASI context
(host stdout/stderr for logs, no files, no environment), as core Wasm reactors do; a
command run (:mod:`~multipie.domains.component.command`) gets argv, env, dirs and stdio.
Any other import is refused with :class:`~multipie.errors.LinkError` naming it.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import wasmtime
from wasmtime import component as wc

from multipie.domains.base import Command, ExportInfo, ImportInfo, Service
from multipie.domains.component import world
from multipie.domains.component.budget import budget_of, limit_store
from multipie.domains.component.domain import ComponentDomain
from multipie.domains.component.values import Signature, lifter, lowerer
from multipie.domains.wasm import _capi
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.domains.wasm.wasi import reactor_wasi
from multipie.errors import (
    ArgumentError,
    InvalidModule,
    LinkError,
    NoSuchExport,
    OutOfMemory,
    UsageError,
)

if TYPE_CHECKING:
    from multipie.domains.base import Host, Limits
    from multipie.domains.component.reserve import ComponentReserve
    from multipie.domains.wasm.budget import Budget
    from multipie.domains.wasm.state import WasmState

__all__ = ["ComponentService"]

#: The export a WASI 0.2 command runs (``wasi:cli/run``), at any 0.2.x version.
RUN_INTERFACE = "wasi:cli/run@0.2"


class ComponentService(Service[ComponentDomain]):
    """A validated, compiled component. Create with :meth:`multipie.Runtime.load`."""

    kind = "component"

    def __init__(self, host: Host, wasm: bytes, *, name: str, digest: str) -> None:
        super().__init__(host, name=name, digest=digest)
        self.wasm = wasm
        self._components: dict[bool, wc.Component] = {}  # by fuel
        self._linkers: dict[Any, wc.Linker] = {}  # by engine, or (engine, grants' ids)
        self._granted: dict[Any, tuple[Any, ...]] = {}  # the capabilities whose ids key grant linkers
        self._reserves: list[ComponentReserve] = []
        self._sigs: dict[str, Signature] = {}
        self._indexes: dict[tuple[str, bool], wc.ExportIndex | None] = {}  # by (export, fuel)
        self._lock = _thread.RLock()
        engine = self.engine(fuel=False)
        self._ctype = self.component(fuel=False).type
        # Top-level names are cheap; the world's items are described on first use (an 18 MB
        # componentize-py guest imports ~100 WASI functions: ~0.5 s of type walking per load).
        imported = list(self._ctype.imports(engine))
        exported = list(self._ctype.exports(engine))
        self.wasi = [name for name in imported if name.startswith("wasi:")]
        self.run_export = next((n for n in exported if n.startswith(RUN_INTERFACE)), None)
        #: ``wasi:http/incoming-handler@0.2.N#handle`` when it is a proxy handler (served by ``multipie up``).
        self.http_handler = _http_handler(exported)

    @functools.cached_property
    def world_imports(self) -> list[world.Item]:
        """The imported functions, resources and types, one :class:`~.world.Item` each."""
        engine = self.engine(fuel=False)
        return list(world.items(self._ctype.imports(engine), engine))

    @functools.cached_property
    def world_exports(self) -> list[world.Item]:
        """The exported functions, resources and types, one :class:`~.world.Item` each."""
        engine = self.engine(fuel=False)
        return list(world.items(self._ctype.exports(engine), engine))

    @functools.cached_property
    def budget(self) -> Budget:
        """Its core instances' memories and tables, and their caps per ``memory_limit`` (:mod:`.budget`)."""
        return budget_of(self.wasm)

    @property
    def wasm_state(self) -> WasmState:
        """The runtime's Wasm state (engines, epoch ticker, module cache), shared with Wasm modules."""
        state: WasmState = self.host.state("wasm")
        return state

    @functools.cached_property
    def imports(self) -> Sequence[ImportInfo]:
        """One entry per imported function (``interface.name``): the authority the component asks for."""
        return world.as_imports(self.world_imports)

    @functools.cached_property
    def exports(self) -> Sequence[ExportInfo]:
        """Its exports, functions named ``name`` or ``interface#name``."""
        return world.as_exports(self.world_exports)

    @property
    def is_command(self) -> bool:
        """True when it exports ``wasi:cli/run`` (a WASI 0.2 command)."""
        return self.run_export is not None

    def details(self) -> dict[str, object]:
        """For ``multipie inspect``: the WASI interfaces it needs, whether it is a command, its world."""
        return {
            "wasi interfaces": self.wasi,
            "command": self.is_command,
            "http handler": self.http_handler or "no (does not export wasi:http/incoming-handler)",
            "world": world.render(self.name, self.world_imports, self.world_exports),
        }

    def parse_arguments(self, name: str, texts: Sequence[str]) -> list[Any]:
        """Command-line ``texts`` as the arguments of export ``name`` (see :mod:`.arguments`).

        Raises:
            NoSuchExport: no function export ``name``.
            ArgumentError: wrong count, or a text that does not read as its parameter's WIT type.
        """
        from multipie.domains.component.arguments import from_text

        func = next((i.func for i in self.world_exports if i.path == name and i.func is not None), None)
        if func is None:
            names = ", ".join(e.name for e in self.exports if e.kind == "function") or "none"
            raise NoSuchExport(f"{self.name}: no function export {name!r} (function exports: {names})")
        params = func.params
        if len(texts) != len(params):
            shown = [f"{n}: {world.describe_type(t)}" for n, t in params]
            raise ArgumentError.arity(self.name, name, shown, len(texts))
        return [from_text(t, text, f"{self.name}.{name} argument {n!r}") for (n, t), text in zip(params, texts)]

    # -- compile + link ------------------------------------------------------

    def engine(self, *, fuel: bool) -> wasmtime.Engine:
        """The engine every component of the runtime runs on, domains and commands alike.

        Its config is the runtime's :meth:`~multipie.domains.wasm.engine.EngineConfig.for_commands`
        (4 GiB reservations, copy-on-write images, no moving memories): a component's memory
        starts at megabytes (CPython's heap for componentize-py guests), which the dense
        default (64 KiB reservations, images copied) would copy on every spawn (~150 ms for an
        18 MB component) and move on every grow. One config also means one compile, whether
        the component is spawned or run as a command.
        """
        engines = self.wasm_state.engines
        return engines.reserve_engine(engines.command_config, fuel=fuel)

    def component(self, *, fuel: bool) -> wc.Component:
        """The component compiled for the metered (``fuel=True``) or unmetered component engine.

        Served from the runtime's module cache (the artefact is mapped into memory on later
        runs, not read and copied).

        Raises:
            InvalidModule: the bytes do not validate as a component.
        """
        engines = self.wasm_state.engines
        comp: wc.Component = self.wasm_state.compiled(
            self._components, fuel, self._lock, fuel=fuel, digest=self.digest, data=self.wasm, invalid=self._invalid,
            engine=lambda: (self.engine(fuel=fuel), engines.command_config.fingerprint(fuel=fuel)),
            artefact=wc.Component,
        )  # fmt: skip
        return comp

    def _invalid(self, text: str) -> InvalidModule:
        if _ASYNC_FEATURE in text:
            # Component engines run without concurrency support (EngineConfig.component_async).
            return InvalidModule(
                f"{self.name}: uses the component model's async feature (async lifts, task.*, streams, "
                f"futures), which multiPIE's component engines leave off (WASI 0.2 is synchronous; "
                f"EngineConfig(component_async=True) turns it on): {_one_line(text)}"
            )
        return InvalidModule(f"{self.name}: not a valid component: {_one_line(text)}")

    def linker(self, engine: wasmtime.Engine, grants: Mapping[str, Any] | None = None) -> wc.Linker:
        """A linker for ``engine`` providing WASI 0.2 and ``grants`` (one per engine and set of grants).

        A proxy handler's linker gets the proxy world as host resources instead of Wasmtime's WASI
        (:mod:`~multipie.domains.component.http_types`): Wasmtime's ``wasi:io`` cannot exchange
        streams with them.

        Raises:
            CapabilityError: a grant does not fit (see :func:`multipie.domains.component.grants.bind`).
        """
        key: Any = engine if not grants else (engine, tuple((k, id(v)) for k, v in grants.items()))
        if grants:  # checked at every spawn: a revoked or foreign capability is refused before linking
            from multipie.domains.component.grants import bind

            bindings = bind(self.host, self.name, self.world_imports, grants)
        lk = self._linkers.get(key)
        if lk is None:
            with self._lock:
                lk = self._linkers.get(key)
                if lk is None:
                    lk = wc.Linker(engine)
                    if self.http_handler is not None:  # (the component: for its imports beyond the proxy world)
                        from multipie.domains.component.http_world import define_http

                        define_http(lk, self.component(fuel=engine is not self.engine(fuel=False)))
                    else:
                        lk.add_wasip2()
                    if grants:
                        _define(lk, bindings)
                        self._prune_granted()
                        self._granted[key] = tuple(grants.values())  # held: the ids in keys stay valid
                    self._linkers[key] = lk
        return lk

    def _prune_granted(self) -> None:
        """Forget the linkers of grant sets with a revoked capability (they can never be used again)."""
        for key, caps in list(self._granted.items()):
            if any(getattr(c, "revoked", False) for c in caps):
                del self._granted[key]
                self._linkers.pop(key, None)

    def instantiate(
        self, store: wasmtime.Store, comp: wc.Component, *, where: str, grants: Mapping[str, Any] | None = None
    ) -> wc.Instance:
        """Instantiate ``comp`` in ``store`` with WASI 0.2, translating link and memory failures.

        Raises:
            LinkError: an import is not provided (only WASI 0.2 is).
            OutOfMemory: the component's initial memory exceeds the store's limit.
        """

        def failed(why: str) -> OutOfMemory | LinkError:
            text = _one_line(why)
            if "memory" in text and ("limit" in text or "exceeds" in text or "maximum" in text):
                return OutOfMemory(f"{where}: initial memory exceeds the domain's limit ({text})")
            others = sorted({i.path for i in self.world_imports if not i.interface.startswith("wasi:")})
            hint = f" (imports not provided by WASI 0.2: {', '.join(others)}; grant them)" if others else ""
            return LinkError(f"{where}: cannot instantiate: {text}{hint}")

        linker = self.linker(store.engine, grants)
        with _capi.errors_as(failed):
            return linker.instantiate(store, comp)

    def signature(self, name: str, func: wc.Func, store: wasmtime.Store) -> Signature:
        """The converters of export ``name`` (built on first use, then shared by every domain)."""
        sig = self._sigs.get(name)
        if sig is None:
            ft = func.type(store)
            params = ft.params
            result = ft.result
            sig = Signature(
                tuple(n for n, _ in params),
                tuple(lowerer(t) for _, t in params),
                lifter(result),
                isinstance(result, wc.ResultType),
                tuple(t for _, t in params),
                result,
            )
            self._sigs[name] = sig
        return sig

    def export_index(self, name: str, *, fuel: bool) -> wc.ExportIndex | None:
        """Where export ``name`` (``func`` or ``iface#func``) is in the component, or None: looked up once.

        The index is the compiled component's, valid in every instance of it, so a request's
        fresh instance finds its handler with one call instead of two lookups by name.
        """
        key = (name, fuel)
        if key not in self._indexes:
            comp = self.component(fuel=fuel)
            iface, sep, fname = name.rpartition("#")
            parent = comp.get_export_index(iface) if sep else None
            found = comp.get_export_index(fname, parent) if (parent is not None or not sep) else None
            self._indexes[key] = found
        return self._indexes[key]

    # -- domains -------------------------------------------------------------

    def spawn_limits(self, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """The runtime's limits, refusing a timeout its engines cannot interrupt."""
        limits = super().spawn_limits(memory_limit, fuel, timeout)
        self.wasm_state.check_interruptible(self.name, limits.timeout)
        return limits

    def _construct(self, limits: Limits, grants: Mapping[str, Any] | None, **options: Any) -> ComponentDomain:
        """A new domain: a fresh instance in its own Store (the kind's step of :meth:`Service.spawn`).

        Raises:
            CapabilityError: a grant does not fit an import (see :mod:`.grants`).
            UsageError: a spawn option (components have none).
            LinkError: an import other than WASI 0.2.
            OutOfMemory: the initial memory exceeds ``memory_limit``.
        """
        if options:
            raise UsageError(f"{self.name}: components take no spawn options (got {', '.join(sorted(options))})")
        state = self.wasm_state
        metered = limits.fuel is not None
        comp = self.component(fuel=metered)
        store = _capi.OwnedStore(self.engine(fuel=metered))  # armed for Ctrl-C
        try:
            if self.wasi and self.http_handler is None:  # a proxy handler's WASI is the host's (http_io)
                store.set_wasi(reactor_wasi())
            limit_store(store, self.budget, limits.memory_limit, self.name)
            if metered:
                store.set_fuel(limits.fuel or 0)
            _capi.set_store_deadline(store, NO_DEADLINE)
            instance = self.instantiate(store, comp, where=self.name, grants=grants)
        except BaseException:
            store.close()
            raise
        return ComponentDomain(self, limits, store, instance, state.ticker)

    def reserve(
        self,
        size: int,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> ComponentReserve:
        """Up to ``size`` fresh domains under these limits, made ahead of time on a background thread.

        See :mod:`multipie.domains.component.reserve`; close it (or the service) when done.

        Raises:
            UsageError: ``size`` is not a positive int, or a limit is bad.
        """
        from multipie.domains.component.reserve import ComponentReserve

        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise UsageError(f"{self.name}: a reserve's size must be a positive int, got {size!r}")
        res = ComponentReserve(self, size, self.spawn_limits(memory_limit, fuel, timeout))
        self._reserves.append(res)
        return res

    def close(self) -> None:
        """Stop this service's reserves (their ready domains are closed); idempotent."""
        reserves, self._reserves = self._reserves, []
        for res in reserves:
            res.close()

    def run_command(
        self,
        command: Command,
        *,
        memory_limit: int | None = None,
        fuel: int | None = None,
        timeout: float | None = None,
    ) -> int:
        """Run it as a WASI 0.2 command (``wasi:cli/run``); see :func:`multipie.domains.component.command.run`."""
        from multipie.domains.component.command import run

        return run(self, command, memory_limit=memory_limit, fuel=fuel, timeout=timeout)


def _http_handler(exported: list[str]) -> str | None:
    """``http_world.exports_handler`` of the export names; the HTTP machinery (``http.client``, ssl,
    email: ~0.1 s of imports) is only imported for a component that can be a handler."""
    if not any(name.startswith("wasi:http/") for name in exported):
        return None
    from multipie.domains.component.http_world import exports_handler

    return exports_handler(exported)


def _define(linker: wc.Linker, bindings: list[Any]) -> None:
    """Define each granted import in ``linker``: top-level functions at the root, others in their interface.

    Through :func:`.component_host.add_func`, whose trampoline no ``KeyboardInterrupt`` can leave
    (wasmtime-py's lets one cross the ctypes boundary, and the process segfaults).
    """
    from multipie.domains.wasm._capi.component_host import add_func  # only components given grants need it

    by_iface: dict[str, list[Any]] = {}
    for b in bindings:
        by_iface.setdefault(b.interface, []).append(b)
    with _capi.errors_as(lambda why: LinkError(f"cannot define the granted imports: {_one_line(why)}")):
        with linker.root() as root:
            for b in by_iface.pop("", []):
                add_func(root, b.name, b.func)
            for iface, items in by_iface.items():
                with root.add_instance(iface) as inst:
                    for b in items:
                        add_func(inst, b.name, b.func)


#: How Wasmtime's validator names what a component-model-async construct needs.
_ASYNC_FEATURE = "component model async"


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
