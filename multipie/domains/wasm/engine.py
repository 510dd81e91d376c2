"""Wasmtime engines and the one epoch ticker that drives every timeout.

An :class:`EngineSet` owns up to two engines with identical settings except
fuel metering: domains spawned without ``fuel`` run on the unmetered engine
(fuel checks cost execution speed), domains with ``fuel`` on the metered one.
A module is compiled separately for each engine it is used with.

Timeouts use epoch interruption: one :class:`Ticker` thread per runtime bumps
every engine's epoch each ``tick`` seconds, and a call with a timeout sets
its Store's deadline to ``ceil(timeout / tick)`` ticks. Domains without a
timeout get a deadline so far away it never fires. The thread only runs while
at least one call with a timeout is in flight.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

import wasmtime

__all__ = ["EngineConfig", "EngineSet", "Ticker", "NO_DEADLINE"]

# Ticks beyond the current epoch for "no timeout": far enough to never fire
# (2**62 ticks of 1 ms is ~146 million years) and safe from u64 overflow.
NO_DEADLINE = 1 << 62
# Ticks the ticker keeps running after the last timed call, so back-to-back timed calls never wake it.
_LINGER_TICKS = 25


@dataclass(frozen=True)
class EngineConfig:
    """The Wasmtime settings every engine of a runtime shares.

    Args:
        memory_reservation: bytes of address space reserved per linear memory.
            Small reservations keep a domain to kilobytes and avoid the
            ``vm.max_map_count`` wall; memories grow by moving past it.
        memory_guard_size: guard bytes after each memory (0: explicit bounds checks).
        memory_reservation_for_growth: extra address space kept when a memory moves.
        max_wasm_stack: bytes of native stack a guest may use before ``STACK_OVERFLOW``.
        cow: copy-on-write memory initialisation from the module image.
        pooling: slots of Wasmtime's pooling allocator (0: allocate on demand).
            Instantiation gets ~1 µs cheaper, but at most ``pooling`` instances
            may be live (groups included) and a memory can never grow past
            ``memory_reservation`` (the slot size).
    """

    memory_reservation: int = 64 << 10
    memory_guard_size: int = 0
    memory_reservation_for_growth: int = 0
    max_wasm_stack: int = 512 << 10
    cow: bool = True
    pooling: int = 0

    @classmethod
    def for_speed(cls) -> EngineConfig:
        """The execution-speed profile: 4 GiB reservations + 2 GiB guards, so loads need no bounds checks.

        LZ4 runs ~1.35x native this way vs ~2.1x with the default small reservation
        (``docs/performance.md``), at the cost of 6 GiB of address space per memory
        (≈ 20,000 live memories in a 47-bit address space): use it for few, busy domains.
        """
        return cls(memory_reservation=4 << 30, memory_guard_size=2 << 30, memory_reservation_for_growth=0)

    def build(self, *, fuel: bool) -> wasmtime.Config:
        """A fresh :class:`wasmtime.Config` with these settings."""
        cfg = wasmtime.Config()
        cfg.epoch_interruption = True
        cfg.consume_fuel = fuel
        cfg.memory_reservation = self.memory_reservation
        cfg.memory_guard_size = self.memory_guard_size
        cfg.memory_reservation_for_growth = self.memory_reservation_for_growth
        cfg.max_wasm_stack = self.max_wasm_stack
        cfg.memory_init_cow = self.cow
        # What current toolchains emit: tail calls (capability stubs), exceptions (C setjmp).
        cfg.wasm_tail_call = True
        cfg.wasm_exceptions = True
        cfg.wasm_multi_memory = True
        if self.pooling:
            self._set_pooling(cfg)
        return cfg

    def _set_pooling(self, cfg: wasmtime.Config) -> None:
        from wasmtime import _ffi as ffi

        if self.pooling < 0 or self.memory_reservation <= 0:
            raise ValueError("pooling needs a positive slot count and memory_reservation")
        n = self.pooling
        # SAFETY: a fresh pooling config, consumed by strategy_set (which copies
        # it); max_memory_size <= memory_reservation, or Engine creation panics.
        p = ffi.wasmtime_pooling_allocation_config_new()
        try:
            ffi.wasmtime_pooling_allocation_config_total_core_instances_set(p, n)
            ffi.wasmtime_pooling_allocation_config_total_memories_set(p, n)
            ffi.wasmtime_pooling_allocation_config_total_tables_set(p, n)
            ffi.wasmtime_pooling_allocation_config_max_memory_size_set(p, self.memory_reservation)
            ffi.wasmtime_pooling_allocation_strategy_set(cfg.ptr(), p)
        finally:
            ffi.wasmtime_pooling_allocation_config_delete(p)

    def fingerprint(self, *, fuel: bool) -> str:
        """A short hash naming compiled artefacts valid for this config (and wasmtime version)."""
        text = f"{wasmtime.__name__}-{_wasmtime_version()}-{self!r}-fuel={fuel}"
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def _wasmtime_version() -> str:
    from importlib.metadata import version

    return version("wasmtime")


class EngineSet:
    """The runtime's engines: ``engine(fuel=False)`` and, created on first use, ``engine(fuel=True)``."""

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self._engines: dict[bool, wasmtime.Engine] = {}
        self._lock = threading.Lock()

    def engine(self, *, fuel: bool) -> wasmtime.Engine:
        """The engine for metered (``fuel=True``) or unmetered domains."""
        eng = self._engines.get(fuel)
        if eng is None:
            with self._lock:
                eng = self._engines.get(fuel)
                if eng is None:
                    eng = wasmtime.Engine(self.config.build(fuel=fuel))
                    self._engines[fuel] = eng
        return eng

    def increment_epochs(self) -> None:
        """Advance every engine's epoch by one tick."""
        for eng in list(self._engines.values()):
            eng.increment_epoch()


class Ticker:
    """One thread per runtime that advances the epoch while timed calls are in flight.

    ``enter()``/``leave()`` bracket each call that has a timeout; the thread
    sleeps on a condition when none is in flight, so an idle runtime costs no CPU.
    """

    def __init__(self, engines: EngineSet, tick: float = 0.002) -> None:
        self.tick = tick
        self._engines = engines
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._active = 0
        self._sleeping = False
        self._stopped = False
        self._thread: threading.Thread | None = None

    def ticks_for(self, timeout: float) -> int:
        """Deadline in ticks for ``timeout`` seconds (at least one, plus one for the partial tick)."""
        return max(1, int(timeout / self.tick + 0.999999)) + 1

    def enter(self) -> None:
        """A timed call starts (cheap: a lock and a counter; the Event only if the thread sleeps)."""
        with self._lock:
            self._active += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="multipie-epoch-ticker", daemon=True)
                self._thread.start()
        # The thread sets _sleeping before re-checking _active, and we set _active
        # before reading _sleeping: one of the two always sees the other.
        if self._sleeping:
            self._wake.set()

    def leave(self) -> None:
        """A timed call ended."""
        with self._lock:
            self._active -= 1

    def stop(self) -> None:
        """Stop the thread (the runtime is closing)."""
        self._stopped = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=1)

    def _run(self) -> None:
        idle = 0
        while not self._stopped:
            if self._active:
                idle = 0
            else:
                idle += 1
                if idle > _LINGER_TICKS:  # nothing timed for a while: sleep until enter()
                    self._sleeping = True
                    self._wake.clear()
                    if not self._active and not self._stopped:
                        self._wake.wait()
                    self._sleeping = False
                    idle = 0
                    continue
            self._engines.increment_epochs()
            time.sleep(self.tick)
