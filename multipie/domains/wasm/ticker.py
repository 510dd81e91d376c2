"""The epoch ticker: one thread per runtime that drives every Wasm timeout.

Timeouts use epoch interruption: the :class:`Ticker` bumps every engine's epoch
(:class:`~multipie.domains.wasm.engine.EngineSet`) each ``tick`` seconds, and a call with
a timeout sets its Store's deadline to ``ceil(timeout / tick)`` ticks. Domains without a
timeout get a deadline so far away it never fires. The thread only runs while at least one
call with a timeout is in flight.
"""

from __future__ import annotations

import _thread  # the native ticker's run needs no `threading` (~0.65 ms): only the Python ticker imports it
import os
import time
from typing import TYPE_CHECKING, Any

import wasmtime

from multipie.domains.wasm import _capi, fastpath
from multipie.domains.wasm.engine import EngineSet

if TYPE_CHECKING:
    import threading

__all__ = ["Ticker"]

# Ticks the ticker keeps running after the last timed call, so back-to-back timed calls never wake it.
_LINGER_TICKS = 25


class Ticker:
    """One thread per runtime that advances the epoch while timed calls are in flight.

    ``enter()``/``leave()`` bracket each call that has a timeout; the thread
    keeps ticking ~25 ticks after the last one, then sleeps until the next
    ``enter()``, so an idle runtime costs no CPU. When the native extension is
    built the thread is native (``_fastcall.Ticker``): it never takes the GIL
    and a native gate enters/leaves it with two atomic operations
    (``MULTIPIE_NATIVE_TICKER=0`` keeps the Python thread; see
    ``docs/performance.md`` for both costs).
    """

    def __init__(self, engines: EngineSet, tick: float = 0.002) -> None:
        self.tick = tick
        self._engines = engines
        self._lock = _thread.allocate_lock()
        self._wake: threading.Event | None = None  # the Python thread's (made with it, below)
        self._active = 0
        self._sleeping = False
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._native: Any = None
        if os.environ.get("MULTIPIE_NATIVE_TICKER", "1") != "0":
            mod = fastpath.native_module()
            if mod is not None:
                self._native = mod.Ticker(tick)
                engines.on_new_engine = self._add_engine
                for eng in list(engines._engines.values()):
                    self._add_engine(eng)
        if self._native is None:
            import threading

            self._wake = threading.Event()

    def _add_engine(self, engine: wasmtime.Engine) -> None:
        self._native.add_engine(engine, _capi.handle_address(engine))

    @property
    def handle(self) -> Any:
        """What gates call ``enter``/``leave`` on: the native ticker when there is one, else this object."""
        return self._native if self._native is not None else self

    @property
    def native(self) -> bool:
        """True when the ticking thread is native."""
        return self._native is not None

    def ticks_for(self, timeout: float) -> int:
        """Deadline in ticks for ``timeout`` seconds (at least one, plus one for the partial tick)."""
        return max(1, int(timeout / self.tick + 0.999999)) + 1

    def enter(self) -> None:
        """A timed call starts (cheap: a lock and a counter; the Event only if the thread sleeps)."""
        if self._native is not None:
            self._native.enter()
            return
        with self._lock:
            self._active += 1
            if self._thread is None:
                import threading

                self._thread = threading.Thread(target=self._run, name="multipie-epoch-ticker", daemon=True)
                self._thread.start()
        # The thread sets _sleeping before re-checking _active, and we set _active
        # before reading _sleeping: one of the two always sees the other.
        if self._sleeping:
            assert self._wake is not None  # the Python thread's
            self._wake.set()

    def leave(self) -> None:
        """A timed call ended."""
        if self._native is not None:
            self._native.leave()
            return
        with self._lock:
            self._active -= 1

    def stop(self) -> None:
        """Stop the thread (the runtime is closing)."""
        self._stopped = True
        if self._wake is not None:
            self._wake.set()
        if self._native is not None:
            self._native.stop()
        if self._thread is not None:
            self._thread.join(timeout=1)

    def _run(self) -> None:
        wake = self._wake
        assert wake is not None  # made with the Python ticker
        idle = 0
        while not self._stopped:
            if self._active:
                idle = 0
            else:
                idle += 1
                if idle > _LINGER_TICKS:  # nothing timed for a while: sleep until enter()
                    self._sleeping = True
                    wake.clear()
                    if not self._active and not self._stopped:
                        wake.wait()
                    self._sleeping = False
                    idle = 0
                    continue
            self._engines.increment_epochs()
            time.sleep(self.tick)
