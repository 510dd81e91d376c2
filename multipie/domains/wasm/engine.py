"""Wasmtime engines and the one epoch ticker that drives every timeout.

An :class:`EngineSet` owns up to two engines with identical settings except
fuel metering: domains spawned without ``fuel`` run on the unmetered engine
(fuel checks cost execution speed), domains with ``fuel`` on the metered one.
A module is compiled separately for each engine it is used with.

Timeouts use epoch interruption: one :class:`~multipie.domains.wasm.ticker.Ticker` thread per runtime bumps
every engine's epoch each ``tick`` seconds, and a call with a timeout sets
its Store's deadline to ``ceil(timeout / tick)`` ticks. Domains without a
timeout get a deadline so far away it never fires. The thread only runs while
at least one call with a timeout is in flight.
"""

# No `from __future__ import annotations`: typing.NamedTuple compiles string annotations (start-up cost).

import _thread  # `_thread`'s locks are `threading`'s (which a run does not import: ~0.65 ms)
import functools
import os
from collections.abc import Callable
from typing import Any, NamedTuple

import wasmtime

from multipie.domains.wasm import _capi, signals
from multipie.domains.wasm._capi import NO_DEADLINE

__all__ = ["EngineConfig", "EngineSet", "NO_DEADLINE", "growth_stats"]

#: Slots, slot size and resident bytes per slot of the engine native reserves use (see EngineConfig.for_reserve):
#: 2,048 x 256 MiB of address space (reserved, not committed); at most 256 freed slots stay committed.
RESERVE_SLOTS = 2048
RESERVE_SLOT = 256 << 20
RESERVE_KEEP = 256 << 10
_WARM_SLOTS = 256
# A reservation this large holds every 32-bit memory: Wasmtime's memories then never move.
_STATIC_ALL = 4 << 30


class EngineConfig(NamedTuple):
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
        keep_resident: with ``pooling``, bytes of each freed slot's linear memory (and
            table) reset in place with ``memset`` instead of returned to the kernel, so a
            domain that stays within them is created and dropped with no system call
            (no ``mmap``/``munmap``/``mprotect``, hence no TLB shootdowns across cores).
        interruptible: compile epoch checks into guest code, so calls can have
            a ``timeout``. ``False`` makes loop-heavy code ~20% faster (LZ4:
            1.45x native instead of 1.85x) and spawning with a timeout a ``UsageError``.
        grow_in_place: memories that may move (``memory_reservation`` below 4 GiB, no
            ``pooling``) come from multiPIE's memory creator (``native/growmem.c``): a
            grow past the reservation doubles it and moves the pages with ``mremap``,
            never copying, where Wasmtime's own memories copy the whole memory on every
            move (quadratic for a program growing in small steps). Needs the native
            extension; without it Wasmtime's memories are used.
        code_alignment_log2: every compiled function starts at a multiple of ``2**code_alignment_log2``
            bytes (Cranelift's ``log2_min_function_alignment``: the larger of it and the ISA's own
            alignment applies). At 64, a cache line, a function's entry never straddles two lines
            and its placement no longer shifts with the size of the functions compiled before it
            (Lua ~2.5% faster, ``docs/performance.md``); the cost is padding, under 64 bytes a function.
            Part of :meth:`fingerprint`, so artefacts compiled under another value are not reused.
        loop_poll: modules compiled for this config are rewritten first, a read of address 0 at the
            head of every loop and tail-calling function (:mod:`~multipie.domains.wasm.looppoll`), so
            Ctrl-C's revocation stops a loop that touches no memory. Engine settings are the same;
            part of :meth:`fingerprint` (the artefacts differ). Only :meth:`EngineSet.run_config` sets
            it, for untimed commands.
        component_async: Wasmtime's concurrency support and the component-model-async proposal
            (``async`` lifts, ``task.*``, streams, futures). Off by default: WASI 0.2 is synchronous
            and nothing multiPIE runs uses them, while with them on every component call, and every
            call from a component into the host, allocates a task and pushes and deletes entries in
            the Store's concurrency tables (``concurrent.rs``: ``enter_guest_sync_call``,
            ``host_task_create``), and adapters between a component's core modules carry task
            bookkeeping. A component that uses async is then refused at load (``InvalidModule``
            naming the feature). Part of :meth:`fingerprint`: Wasmtime refuses artefacts compiled
            under the other value.
    """

    memory_reservation: int = 64 << 10
    memory_guard_size: int = 0
    memory_reservation_for_growth: int = 0
    max_wasm_stack: int = 512 << 10
    cow: bool = True
    pooling: int = 0
    keep_resident: int = 0
    interruptible: bool = True
    grow_in_place: bool = True
    code_alignment_log2: int = 6
    loop_poll: bool = False
    component_async: bool = False

    @classmethod
    def for_speed(cls, *, interruptible: bool = True) -> "EngineConfig":
        """The execution-speed profile: 4 GiB reservations + 2 GiB guards, so loads need no bounds checks.

        LZ4 runs ~1.35x native this way vs ~2.1x with the default small reservation
        (``docs/performance.md``), at the cost of 6 GiB of address space per memory
        (≈ 20,000 live memories in a 47-bit address space): use it for few, busy domains.
        """
        return cls(
            memory_reservation=4 << 30,
            memory_guard_size=2 << 30,
            memory_reservation_for_growth=0,
            interruptible=interruptible,
        )

    def for_commands(self) -> "EngineConfig":
        """The config WASI commands run under (``run_command``, ``multipie run``): this one with
        4 GiB reservations and 2 GiB guards, so memories never move and loads need no bounds checks.

        A command is one busy domain at a time, so the address space (6 GiB while it runs,
        nothing resident) is cheap, and it runs at the speed profile's pace (allocgrow and LZ4
        within ~1.35x native) while services keep the dense default.
        """
        if self.memory_reservation >= _STATIC_ALL and not self.pooling:
            return self
        return self._replace(
            memory_reservation=_STATIC_ALL,
            memory_guard_size=max(self.memory_guard_size, 2 << 30),
            memory_reservation_for_growth=0,
            pooling=0,
            keep_resident=0,
        )

    def build(self, *, fuel: bool) -> wasmtime.Config:
        """A fresh :class:`wasmtime.Config` with these settings."""
        cfg = wasmtime.Config()
        cfg.epoch_interruption = self.interruptible
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
        cfg.cranelift_flag_set("log2_min_function_alignment", str(self.code_alignment_log2))
        _capi.set_component_async(cfg, self.component_async)
        if self.pooling:
            self._set_pooling(cfg)
        elif self.grow_in_place and self.memory_reservation < _STATIC_ALL and _set_memory_creator(cfg):
            # Wasmtime maps copy-on-write images only into its own memories (it panics otherwise).
            cfg.memory_init_cow = False
        return cfg

    def _set_pooling(self, cfg: wasmtime.Config) -> None:
        if self.pooling < 0 or self.memory_reservation <= 0:
            raise ValueError("pooling needs a positive slot count and memory_reservation")
        n = self.pooling
        # Slots hold memory_reservation bytes (a larger max size makes Engine creation panic).
        # Freed slots stay committed (reset in place) up to _WARM_SLOTS; beyond, they are decommitted.
        _capi.set_pooling(cfg, n, self.memory_reservation, self.keep_resident, min(n, _WARM_SLOTS))

    def for_reserve(self, limit: int | None) -> "EngineConfig | None":
        """The config of the engine native reserves use for domains capped at ``limit`` bytes, or ``None``.

        Wasmtime's pooling allocator with ``keep_resident`` slots and no copy-on-write
        images: a reserve's thread then creates and drops Stores with no ``mmap``,
        ``munmap`` or ``mprotect`` (measured on this 2-core PVM machine: each of those
        costs the request thread TLB-shootdown interrupts, ~20 µs of its CPU per request,
        and the reserve thread 41 -> 11 µs per domain). ``None`` when this config already
        pools, reserves large memories (``for_speed``), or ``limit`` exceeds a slot:
        reserves then use the runtime's own engine.
        """
        if self.pooling or self.memory_guard_size or self.memory_reservation > RESERVE_SLOT:
            return None
        if limit is None or limit > RESERVE_SLOT:
            return None
        return self._replace(
            memory_reservation=RESERVE_SLOT,
            memory_reservation_for_growth=0,
            cow=False,
            pooling=RESERVE_SLOTS,
            keep_resident=RESERVE_KEEP,
        )

    def fingerprint(self, *, fuel: bool) -> str:
        """A short hash naming compiled artefacts valid for this config (and wasmtime version)."""
        text = f"{wasmtime.__name__}-{_wasmtime_version()}-{self!r}-fuel={fuel}"
        return _small_sha256(text.encode())[:16]


def _small_sha256(data: bytes) -> str:
    """The sha256 hex digest of a few bytes, byte-identical to ``hashlib.sha256(data).hexdigest()``.

    CPython's own ``_sha256`` (``_sha2`` from 3.12): ``hashlib`` loads OpenSSL's ``_hashlib``,
    ~3 ms of every cached ``multipie run`` for a fingerprint of ~200 bytes. OpenSSL stays the
    choice for files (much faster per byte); ``hashlib`` is the fallback of a build without it.
    """
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:  # pragma: no cover - a CPython built without its own sha2
            from hashlib import sha256
    return str(sha256(data).hexdigest())


def _set_memory_creator(cfg: wasmtime.Config) -> bool:
    """Make ``cfg``'s memories come from ``multipie._growmem``; False without the extension."""
    creator = _memory_creator()
    if creator is None:
        return False
    _capi.set_memory_creator(cfg, creator)
    return True


_creator: Any = None


def _memory_creator() -> int | None:
    """The ``new_memory`` callback address of ``multipie._growmem``, or ``None`` when it is not built."""
    global _creator
    if _creator is None:
        try:
            from multipie import _growmem  # type: ignore[attr-defined]
        except ImportError:  # pragma: no cover - the extension is built by pip install
            _creator = False
            return None
        _growmem.setup(_capi.symbol_address("wasmtime_error_new"))
        _creator = int(_growmem.creator_address())
    return _creator or None


def growth_stats() -> dict[str, int]:
    """Counters of the no-copy memory creator since start: memories, grows, in_place, moves, copies."""
    try:
        from multipie import _growmem  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover
        return {}
    return dict(_growmem.stats())


@functools.cache
def _wasmtime_version() -> str:
    """Which wasmtime build compiled an artefact: its native library's identity (path, size, mtime).

    A ``stat`` instead of ``importlib.metadata.version``: that imports ``email`` and scans
    ``sys.path``, a tenth of a second of every cached ``multipie run``. The library is what
    compiles, so a reinstall (even of the same version) starts a fresh cache directory.
    """
    library = _capi.library_path()
    st = os.stat(library)
    return f"{library}:{st.st_size}:{st.st_mtime_ns}"


class EngineSet:
    """The runtime's engines: ``engine(fuel=False)`` and, created on first use, ``engine(fuel=True)``."""

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self._engines: dict[Any, wasmtime.Engine] = {}  # fuel, or (fuel, config) for reserve engines
        self._lock = _thread.allocate_lock()
        self._command_config: EngineConfig | None = None
        self._untimed_config: EngineConfig | None = None
        #: called with each new engine (the native ticker registers it)
        self.on_new_engine: Callable[[wasmtime.Engine], None] | None = None

    def engine(self, *, fuel: bool) -> wasmtime.Engine:
        """The engine for metered (``fuel=True``) or unmetered domains."""
        return self._engine(fuel, self.config)

    def reserve_engine(self, config: EngineConfig, *, fuel: bool) -> wasmtime.Engine:
        """The engine built from ``config`` (an :meth:`EngineConfig.for_reserve` or ``for_commands`` result)."""
        return self._engine(fuel, config)

    @property
    def command_config(self) -> EngineConfig:
        """The config of the engines WASI commands run on (:meth:`EngineConfig.for_commands`)."""
        cfg = self._command_config
        if cfg is None:
            cfg = self._command_config = self.config.for_commands()
        return cfg

    def run_config(self, *, timed: bool, revocable: bool, poll: bool = False) -> EngineConfig:
        """The config one WASI command run uses: the engine choice of every command kind that has it.

        A run with a timeout, or one Ctrl-C could not stop by revoking memory, uses
        :attr:`command_config` (epoch checks: the timeout and Ctrl-C stop it). Revoking stops a
        run when the module's memories are all its own, exported and not shared (``revocable``,
        see :func:`revocable_memories`) and its loops and tail-calling functions poll memory 0
        (``poll``: :func:`~multipie.domains.wasm.looppoll.pollable` and the rewrite worked), where
        the process allows it (:func:`multipie.domains.wasm._capi.revocable`). Such a run uses the
        same config without epoch checks (12-33% faster on real programs) and with ``loop_poll``.
        The two compile to separate artefacts (the fingerprint includes both fields).
        """
        cfg = self.command_config
        if timed or not (revocable and poll) or not cfg.interruptible or not _capi.revocable():
            return cfg
        untimed = self._untimed_config
        if untimed is None:
            untimed = self._untimed_config = cfg._replace(interruptible=False, loop_poll=True)
        return untimed

    def _engine(self, fuel: bool, config: EngineConfig) -> wasmtime.Engine:
        key = fuel if config is self.config else (fuel, config)
        eng = self._engines.get(key)
        if eng is None:
            with self._lock:
                eng = self._engines.get(key)
                if eng is None:
                    eng = _capi.Engine(config.build(fuel=fuel))  # SIGINT advances its epoch
                    signals.guard_faulthandler()  # wasmtime's fault handlers exist from here on
                    self._engines[key] = eng
                    if self.on_new_engine is not None:
                        self.on_new_engine(eng)
        return eng

    def increment_epochs(self) -> None:
        """Advance every engine's epoch by one tick."""
        for eng in list(self._engines.values()):
            eng.increment_epoch()
