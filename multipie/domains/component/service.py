"""A loaded component: compiled once per engine (through the Wasm kind's cache), spawned into domains.

Components run on the Wasm kind's engines (same settings, same epoch ticker, same
compile cache: ``Component.serialize`` artefacts sit beside modules'), with WASI 0.2
from Wasmtime (``Linker.add_wasip2``). A spawned domain gets the reactor WASI context
(host stdout/stderr for logs, no files, no environment), as core Wasm reactors do; a
command run (:mod:`~multipie.domains.component.command`) gets argv, env, dirs and stdio.
Any other import is refused with :class:`~multipie.errors.LinkError` naming it.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import wasmtime
from wasmtime import component as wc

from multipie.domains.base import Command, ExportInfo, ImportInfo, Service
from multipie.domains.component import world
from multipie.domains.component.domain import ComponentDomain
from multipie.domains.component.values import Signature, lifter, lowerer
from multipie.domains.wasm import _capi
from multipie.domains.wasm.engine import NO_DEADLINE
from multipie.domains.wasm.wasi import reactor_wasi
from multipie.errors import CapabilityError, InvalidModule, LinkError, OutOfMemory, UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Host, Limits
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
        self._components: dict[bool, wc.Component] = {}
        self._linkers: dict[wasmtime.Engine, wc.Linker] = {}
        self._sigs: dict[str, Signature] = {}
        self._lock = threading.RLock()
        comp = self.component(fuel=False)
        engine = self.wasm_state.engines.engine(fuel=False)
        ctype = comp.type
        self.world_imports = list(world.items(ctype.imports(engine), engine))
        self.world_exports = list(world.items(ctype.exports(engine), engine))
        self._imports: tuple[ImportInfo, ...] = world.as_imports(self.world_imports)
        self._exports: tuple[ExportInfo, ...] = world.as_exports(self.world_exports)
        self.wasi = world.wasi_interfaces(self.world_imports)
        self.run_export = next(
            (i.interface for i in self.world_exports if i.interface.startswith(RUN_INTERFACE) and i.name == "run"),
            None,
        )

    @property
    def wasm_state(self) -> WasmState:
        """The runtime's Wasm state (engines, epoch ticker, module cache), shared with Wasm modules."""
        state: WasmState = self.host.state("wasm")
        return state

    @property
    def is_command(self) -> bool:
        """True when it exports ``wasi:cli/run`` (a WASI 0.2 command)."""
        return self.run_export is not None

    def details(self) -> dict[str, object]:
        """For ``multipie inspect``: the WASI interfaces it needs, whether it is a command, its world."""
        return {
            "wasi interfaces": self.wasi,
            "command": self.is_command,
            "world": world.render(self.name, self.world_imports, self.world_exports),
        }

    # -- compile + link ------------------------------------------------------

    def component(self, *, fuel: bool, engine: wasmtime.Engine | None = None, fingerprint: str = "") -> wc.Component:
        """The component compiled for the runtime's metered or unmetered engine (or ``engine``, e.g. commands').

        Raises:
            InvalidModule: the bytes do not validate as a component.
        """
        key: Any = fuel if engine is None else (fuel, fingerprint)
        given = engine
        pick = None if given is None else lambda: (given, fingerprint)
        comp: wc.Component = self.wasm_state.compiled(
            self._components, key, self._lock, fuel=fuel, digest=self.digest, data=self.wasm,
            invalid=self._invalid, engine=pick, artefact=wc.Component,
        )  # fmt: skip
        return comp

    def _invalid(self, text: str) -> InvalidModule:
        return InvalidModule(f"{self.name}: not a valid component: {_one_line(text)}")

    def linker(self, engine: wasmtime.Engine) -> wc.Linker:
        """A linker for ``engine`` providing WASI 0.2 (one per engine, shared by every spawn)."""
        lk = self._linkers.get(engine)
        if lk is None:
            with self._lock:
                lk = self._linkers.get(engine)
                if lk is None:
                    lk = wc.Linker(engine)
                    lk.add_wasip2()
                    self._linkers[engine] = lk
        return lk

    def instantiate(self, store: wasmtime.Store, comp: wc.Component, *, where: str) -> wc.Instance:
        """Instantiate ``comp`` in ``store`` with WASI 0.2, translating link and memory failures.

        Raises:
            LinkError: an import is not provided (only WASI 0.2 is).
            OutOfMemory: the component's initial memory exceeds the store's limit.
        """

        def failed(why: str) -> OutOfMemory | LinkError:
            text = _one_line(why)
            if "memory" in text and ("limit" in text or "exceeds" in text or "maximum" in text):
                return OutOfMemory(f"{where}: initial memory exceeds the domain's limit ({text})")
            others = sorted({i.interface for i in self.world_imports if not i.interface.startswith("wasi:")})
            hint = f" (imports not provided by WASI 0.2: {', '.join(others)})" if others else ""
            return LinkError(f"{where}: cannot instantiate: {text}{hint}")

        with _capi.errors_as(failed):
            return self.linker(store.engine).instantiate(store, comp)

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
            )
            self._sigs[name] = sig
        return sig

    # -- domains -------------------------------------------------------------

    def spawn_limits(self, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """The runtime's limits, refusing a timeout its engines cannot interrupt."""
        limits = super().spawn_limits(memory_limit, fuel, timeout)
        self.wasm_state.check_interruptible(self.name, limits.timeout)
        return limits

    def _construct(self, limits: Limits, grants: Mapping[str, Any] | None, **options: Any) -> ComponentDomain:
        """A new domain: a fresh instance in its own Store (the kind's step of :meth:`Service.spawn`).

        Raises:
            CapabilityError: ``grants`` were given (components take only WASI 0.2 imports so far).
            UsageError: a spawn option (components have none).
            LinkError: an import other than WASI 0.2.
            OutOfMemory: the initial memory exceeds ``memory_limit``.
        """
        if options:
            raise UsageError(f"{self.name}: components take no spawn options (got {', '.join(sorted(options))})")
        if grants:
            raise CapabilityError(
                f"{self.name}: components cannot be granted capabilities yet (got {', '.join(map(repr, grants))})"
            )
        state = self.wasm_state
        metered = limits.fuel is not None
        comp = self.component(fuel=metered)
        store = _capi.OwnedStore(state.engines.engine(fuel=metered))  # armed for Ctrl-C
        try:
            if self.wasi:
                store.set_wasi(reactor_wasi())
            if limits.memory_limit is not None:
                store.set_limits(memory_size=limits.memory_limit)
            if metered:
                store.set_fuel(limits.fuel or 0)
            _capi.set_store_deadline(store, NO_DEADLINE)
            instance = self.instantiate(store, comp, where=self.name)
        except BaseException:
            store.close()
            raise
        return ComponentDomain(self, limits, store, instance, state.ticker)

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


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
