"""The host: what a domain kind may use of the Runtime that loaded it.

A :class:`~multipie.runtime.Runtime` owns one :class:`RuntimeHost` and hands it to every
service it loads (``service.host``). Kinds reach the runtime only through it; they never
import :mod:`multipie.runtime` and never touch the Runtime's private attributes.

Who owns what:

- the table of live domains (weak: a domain dropped without ``close()`` is freed by the
  garbage collector like any Python object) and the process-wide capacity check
  (``vm.max_map_count``);
- the default limits and their validation (:meth:`RuntimeHost.limits`);
- the runtime's one :class:`~multipie.capabilities.CapabilityTable` (every kind checks
  grants against it) and the hooks that rename faults caused by capabilities;
- the per-kind runtime state (Wasm engines, epoch ticker and module cache; VM pools),
  made by the kind's backend on first use and closed with the runtime
  (:meth:`RuntimeHost.state`, :mod:`multipie.domains.registry`).
"""

from __future__ import annotations

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import os
from _weakref import ref  # ``weakref.ref`` itself: ``import weakref`` (~0.5 ms) is not needed for it on a run's path
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from multipie.capabilities import CapabilityTable
from multipie.domains import registry
from multipie.domains.base import Limits
from multipie.errors import CapacityError, UsageError

if TYPE_CHECKING:
    from multipie.domains.base import Domain

__all__ = ["RuntimeHost", "TrapHook", "current_maps", "default_cache_dir", "max_map_count"]

#: ``hook(domain, exc)``: a more precise error for a domain's fault, or ``None`` (see ``RuntimeHost.trap_hooks``).
TrapHook = Callable[["Domain", Exception], "BaseException | None"]

_MAPS_CHECK_EVERY = 2048


def default_cache_dir() -> Path:
    """``$MULTIPIE_CACHE_DIR`` or ``~/.cache/multipie``."""
    env = os.environ.get("MULTIPIE_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "multipie"


def max_map_count() -> int | None:
    """The kernel's ``vm.max_map_count`` (``None`` when unreadable)."""
    try:
        return int(Path("/proc/sys/vm/max_map_count").read_text())
    except (OSError, ValueError):
        return None


def current_maps() -> int:
    """How many memory mappings this process has (lines of ``/proc/self/maps``)."""
    with open("/proc/self/maps", "rb") as f:
        return sum(1 for _ in f)


class RuntimeHost:
    """The narrow interface between one Runtime and its domain kinds (see the module docstring).

    Args:
        runtime: the public Runtime (kept for ``Service.runtime``; kinds do not call into it).
        memory_limit: default per-domain memory cap in bytes when a spawn gives none.
        cache_dir: directory for compiled artefacts (``None``: in memory only).
        options: kind settings given to the Runtime (``engine=``, ``tick=`` for Wasm), read by
            each backend when it makes its state.
    """

    def __init__(
        self, runtime: Any, *, memory_limit: int | None, cache_dir: Path | None, options: Mapping[str, Any]
    ) -> None:
        self.runtime = runtime
        self.memory_limit = memory_limit
        self.cache_dir = cache_dir
        self.options = dict(options)
        self.lock = _thread.allocate_lock()
        self.closed = False
        #: the runtime's one capability table (grants of every kind are checked against it)
        self.capabilities = CapabilityTable()
        #: hooks that may rename a domain's fault (a trap through a revoked grant → CapabilityRevoked)
        self.trap_hooks: list[TrapHook] = []
        # Live domains, weakly: a plain dict keyed by weak references (a ref hashes and compares
        # like its domain while it lives) whose callback drops the entry when a domain is
        # collected without close(). ~5x cheaper per spawn than a WeakValueDictionary.
        self.domains: dict[ref[Domain], None] = {}
        self._reaper = self._reaped
        self.spawned = 0
        self.max_maps = max_map_count()
        self._states: dict[str, Any] = {}

    # -- limits and the domain table -----------------------------------------

    def check_open(self) -> None:
        """Raise ``UsageError`` once the runtime is closed."""
        if self.closed:
            raise UsageError("this Runtime is closed")

    def limits(self, *, memory_limit: int | None, fuel: int | None, timeout: float | None) -> Limits:
        """Validated limits for a spawn, with the runtime's default memory limit filled in.

        Raises:
            UsageError: the runtime is closed, or a limit is not a positive number.
        """
        self.check_open()
        if memory_limit is not None and (not isinstance(memory_limit, int) or memory_limit <= 0):
            raise UsageError(f"memory_limit must be a positive number of bytes, got {memory_limit!r}")
        if fuel is not None and (not isinstance(fuel, int) or fuel <= 0):
            raise UsageError(f"fuel must be a positive integer, got {fuel!r}")
        if timeout is not None and (
            not isinstance(timeout, (int, float)) or not timeout > 0 or not _finite(timeout)
        ):  # inf would overflow every deadline below (a deadline in ticks, a KVM timer)
            raise UsageError(f"timeout must be a positive, finite number of seconds, got {timeout!r}")
        return Limits(memory_limit if memory_limit is not None else self.memory_limit, fuel, timeout)

    def track(self, domain: Domain) -> None:
        """Add a new domain to the table of live domains.

        Raises:
            CapacityError: the process is near ``vm.max_map_count`` (the domain is closed).
        """
        self.domains[ref(domain, self._reaper)] = None
        self.spawned += 1
        if self.max_maps is not None and self.spawned % _MAPS_CHECK_EVERY == 0:
            used = current_maps()
            if used > self.max_maps * 0.9:
                domain.close()
                raise CapacityError(self.capacity_advice(f"{used} memory mappings in use"))

    def forget(self, domain: Domain) -> None:
        """Drop a closed domain from the table."""
        self.domains.pop(ref(domain), None)  # equal to the tracked ref while domain lives

    def _reaped(self, gone: ref[Domain]) -> None:
        """A tracked domain was collected without close() (its resources went with it)."""
        self.domains.pop(gone, None)

    def live(self) -> list[Domain]:
        """The live domains."""
        return [d for r in list(self.domains) if (d := r()) is not None]

    def capacity_advice(self, detail: str) -> str:
        """The message of a ``CapacityError`` caused by the process's memory mappings."""
        limit = self.max_maps
        return (
            f"cannot create more domains: the process is near the kernel's limit on memory mappings "
            f"(vm.max_map_count = {limit}; {detail}, {len(self.domains)} live domains). "
            f"Raise it as root with `sysctl -w vm.max_map_count={max(4 * (limit or 65530), 1 << 20)}`, "
            "or close domains."
        )

    # -- per-kind state ------------------------------------------------------

    def state(self, kind: str) -> Any:
        """The runtime-wide state of ``kind`` (made by its backend's ``open`` on first use).

        Raises:
            UsageError: the runtime is closed, or no such kind.
        """
        state = self._states.get(kind)
        if state is None:
            with self.lock:
                state = self._states.get(kind)
                if state is None:
                    self.check_open()
                    state = self._states[kind] = registry.backend(kind).open(self)
        return state

    def close_states(self) -> None:
        """Close every kind's runtime-wide state (the runtime is closing)."""
        for kind, state in list(self._states.items()):
            registry.backend(kind).close(state)


def _finite(x: float) -> bool:
    """``math.isfinite(x)`` without importing ``math`` on a run's path (~0.25 ms): same answers, and the same
    ``OverflowError`` for an int too large for a float."""
    f = float(x)
    return f - f == 0.0  # inf - inf and nan - nan are nan
