"""What one Runtime holds for its Wasm domains, made on the first Wasm load.

Who owns what: a :class:`WasmState` (``host.state("wasm")``, made by the Wasm backend,
:mod:`multipie.domains.wasm.backend`) owns the runtime's Wasm engines
(:class:`~multipie.domains.wasm.engine.EngineSet`), the epoch
:class:`~multipie.domains.wasm.ticker.Ticker` that enforces every timeout (one thread,
not one per domain), the :class:`~multipie.domains.wasm.cache.ModuleCache` (compile once),
the engine that validates region holders, and weak sets of the groups and reserves to
close with the runtime. Services, groups and reserves read it; the Runtime never sees it.
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
from _weakrefset import WeakSet  # ``weakref.WeakSet`` itself (threading imports it): no ``import weakref``
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import wasmtime

from multipie.domains.wasm import _capi
from multipie.domains.wasm.cache import ModuleCache
from multipie.domains.wasm.engine import EngineConfig, EngineSet
from multipie.domains.wasm.ticker import Ticker
from multipie.errors import CapabilityError, UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Host

__all__ = ["WasmState"]


class WasmState:
    """The Wasm kind's runtime-wide state (see the module docstring).

    Args:
        host: the runtime's host; its ``options`` give ``engine`` (an :class:`EngineConfig`)
            and ``tick`` (the ticker period in seconds), its ``cache_dir`` the module cache.
    """

    def __init__(self, host: Host) -> None:
        self.host = host
        self.engines = EngineSet(host.options.get("engine") or EngineConfig())
        self.module_cache = ModuleCache(host.cache_dir)
        self.ticker = Ticker(self.engines, host.options.get("tick", 0.002))
        self.groups: WeakSet[Any] = WeakSet()
        self.reserves: WeakSet[Any] = WeakSet()  # native reserves (Service.reserve)
        self._validator: wasmtime.Engine | None = None

    def compiled(
        self,
        memo: dict[Any, Any],
        key: Any,
        lock: _thread.LockType | _thread.RLock,
        *,
        fuel: bool,
        digest: str,
        data: bytes | Callable[[], bytes],
        invalid: Callable[[str], BaseException],
        engine: Callable[[], tuple[wasmtime.Engine, str]] | None = None,
        artefact: Any = wasmtime.Module,
    ) -> Any:
        """A service's compiled ``data`` (a ``Module``, or ``artefact``: a ``Component``), memoised.

        From ``memo[key]``, else, under ``lock`` (checked again), from the module cache for the
        runtime's metered or unmetered engine, or for ``engine()`` (an engine and its fingerprint).

        Raises:
            InvalidModule: (from ``invalid``) the bytes do not validate.
        """
        got = memo.get(key)
        if got is not None:
            return got
        with lock:
            got = memo.get(key)
            if got is None:
                eng, fingerprint = (
                    engine() if engine is not None
                    else (self.engines.engine(fuel=fuel), self.engines.config.fingerprint(fuel=fuel))
                )  # fmt: skip
                sha = digest.removeprefix("sha256:")
                with _capi.errors_as(invalid):
                    got = self.module_cache.get(eng, fingerprint, sha, data, artefact=artefact)
                memo[key] = got
        return got

    def check_interruptible(self, name: str, timeout: float | None) -> None:
        """Refuse a timeout when this runtime's engines cannot interrupt a call.

        Raises:
            UsageError: ``timeout`` given with ``EngineConfig(interruptible=False)``.
        """
        if timeout is not None and not self.engines.config.interruptible:
            raise UsageError(
                f"{name}: this runtime's EngineConfig has interruptible=False, so calls cannot have a timeout"
            )

    def bind_grants(self, service: Any, grants: Mapping[str, Any]) -> Any:
        """The grant binder of this runtime's Wasm services (the backend's state provides it).

        Raises:
            CapabilityError: always here: grants need the capability layer (``WasmRuntime``).
        """
        key, value = next(iter(grants.items()))
        raise CapabilityError(
            f"{service.name}: grant {key!r} is a {type(value).__name__}, not a capability issued by this runtime"
        )

    def validator(self) -> wasmtime.Engine:
        """An engine like the runtime's but without bulk memory, used only to validate region holders."""
        eng = self._validator
        if eng is None:
            cfg = self.engines.config.build(fuel=False)
            cfg.wasm_bulk_memory = False
            eng = self._validator = wasmtime.Engine(cfg)
        return eng

    def close(self) -> None:
        """Close the groups and reserves, then stop the ticker (the runtime is closing)."""
        for g in list(self.groups):
            g.close()
        for r in list(self.reserves):  # before the ticker stops: their timed requests need it
            r.close()
        self.ticker.stop()
