"""Pools of prepared, clean machines (Wasp's ``Cache``), with hit/miss counters; used by every VM kind.

Creating a VM (memory, page tables, vCPU, sregs, snapshot) costs about a
millisecond; taking one from the pool costs a list pop. Machines go back only
clean (reset after their last call); a pool keeps at most ``size`` idle ones
and closes the rest. A machine whose ``reusable`` is False (its vCPU took an
exit KVM would finish on the next entry, such as a port read or MMIO access)
is closed instead of pooled: that pending completion would run in the next
tenant's call.

A virtine service keeps one :class:`Pool` per image; a legacy program keeps a
:class:`Pools`: one :class:`Pool` per key (its guests' memory size).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

__all__ = ["Pool", "Poolable", "Pools"]


class Poolable(Protocol):
    """What a pool holds: something it can close, and that says whether it may be reused."""

    reusable: bool

    def close(self) -> None:
        """Release the machine's resources."""


T = TypeVar("T", bound=Poolable)
K = TypeVar("K")


class Pool(Generic[T]):
    """Idle clean machines made by ``factory``.

    Args:
        factory: creates a new clean machine (on a miss).
        size: most idle machines kept.

    Attributes:
        hits, misses: ``get`` served from the pool / by creating a machine.
        created: machines the factory made.
    """

    def __init__(self, factory: Callable[[], T], *, size: int = 4) -> None:
        self._factory = factory
        self.size = size
        self._idle: list[T] = []
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.created = 0
        self._closed = False

    def get(self) -> T:
        """A clean machine: an idle one (hit) or a new one (miss)."""
        with self._lock:
            if self._idle:
                self.hits += 1
                return self._idle.pop()
            self.misses += 1
        machine = self._factory()
        self.created += 1
        return machine

    def put(self, machine: T) -> None:
        """Return a *clean* machine; it is closed instead when not reusable or the pool is full or closed."""
        with self._lock:
            if machine.reusable and not self._closed and len(self._idle) < self.size:
                self._idle.append(machine)
                return
        machine.close()

    def ensure(self, n: int) -> None:
        """Create machines until ``n`` are idle (at most ``size``)."""
        while len(self._idle) < min(n, self.size):
            m = self._factory()
            self.created += 1
            with self._lock:
                self._idle.append(m)

    @property
    def idle(self) -> int:
        """Machines waiting in the pool."""
        return len(self._idle)

    def drain(self) -> int:
        """Close the idle machines (their guest memory and KVM fds); the pool stays open and refills on use.

        Returns how many were closed.
        """
        with self._lock:
            idle, self._idle = self._idle, []
        for m in idle:
            m.close()
        return len(idle)

    def stats(self) -> dict[str, int]:
        """Counters for ``inspect``/metrics."""
        return {"idle": self.idle, "hits": self.hits, "misses": self.misses, "created": self.created}

    def close(self) -> None:
        """Close every idle machine; later ``put`` closes what it gets."""
        with self._lock:
            self._closed = True
        self.drain()


class Pools(Generic[K, T]):
    """One :class:`Pool` per key, created on first use, each made by ``factory(key)``.

    Args:
        factory: creates a new clean machine for a key.
        size: most idle machines kept per key.
    """

    def __init__(self, factory: Callable[[K], T], *, size: int = 4) -> None:
        self._factory = factory
        self.size = size
        self._pools: dict[K, Pool[T]] = {}
        self._lock = threading.Lock()

    def pool(self, key: K) -> Pool[T]:
        """The pool for ``key``."""
        with self._lock:
            p = self._pools.get(key)
            if p is None:
                p = self._pools[key] = Pool(lambda: self._factory(key), size=self.size)
            return p

    def stats(self) -> dict[str, int]:
        """Counters summed over every key's pool."""
        total = {"idle": 0, "hits": 0, "misses": 0, "created": 0}
        for p in list(self._pools.values()):
            for k, v in p.stats().items():
                total[k] += v
        return total

    def drain(self) -> int:
        """Close every key's idle machines (:meth:`Pool.drain`); returns how many were closed."""
        with self._lock:
            pools = list(self._pools.values())
        return sum(p.drain() for p in pools)

    def close(self) -> None:
        """Close every key's pool (each closes its idle machines; later ``put`` closes what it gets)."""
        with self._lock:
            pools = list(self._pools.values())
        for p in pools:
            p.close()
