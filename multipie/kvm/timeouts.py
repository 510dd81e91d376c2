"""One watchdog thread per process that stops virtine calls running past their deadline.

``arm(vcpu, seconds)`` registers a deadline; when it passes, the watchdog
calls :meth:`~multipie.kvm.vcpu.Vcpu.kick` (``immediate_exit`` +
a signal to the vCPU's thread), and the call loop sees ``INTERRUPTED`` with
:attr:`Deadline.fired` set. ``disarm`` afterwards tells whether it fired. The
thread sleeps on a condition variable until the earliest deadline, so it
costs nothing while no call has a timeout. A disarmed deadline lets go of its
vCPU at once and leaves the heap soon (compacted once cancelled entries are
the majority), so calls with long timeouts keep no closed vCPU (fd, mapping)
alive and the heap holds only the deadlines still armed.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from dataclasses import dataclass, field

from multipie.errors import UsageError
from multipie.kvm.vcpu import Vcpu, install_kick_handler

__all__ = ["Deadline", "Watchdog", "watchdog"]


@dataclass(order=True)
class Deadline:
    """One armed deadline (compare by time)."""

    at: float
    seq: int
    vcpu: Vcpu | None = field(compare=False)
    fired: bool = field(default=False, compare=False)
    cancelled: bool = field(default=False, compare=False)


class Watchdog:
    """Deadlines for running vCPUs; see the module docstring."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[Deadline] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._handler = False
        self._cancelled = 0  # disarmed deadlines still in the heap

    def arm(self, vcpu: Vcpu, seconds: float) -> Deadline:
        """Kick ``vcpu`` if it still runs ``seconds`` from now.

        Raises:
            UsageError: the kick signal has no handler and this is not the main thread (see
                :func:`~multipie.kvm.vcpu.install_kick_handler`).
        """
        if not self._handler:
            if not install_kick_handler():
                raise UsageError(
                    "virtine timeouts need a signal handler installed from the main thread: "
                    "load a virtine service (or call install_kick_handler()) there first"
                )
            self._handler = True
        d = Deadline(time.monotonic() + seconds, next(self._seq), vcpu)
        with self._cond:
            heapq.heappush(self._heap, d)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="multipie-virtine-watchdog", daemon=True)
                self._thread.start()
            if self._heap[0] is d:
                self._cond.notify()
        return d

    def disarm(self, d: Deadline) -> bool:
        """Cancel ``d``; returns True when it had already fired."""
        with self._cond:
            if not d.cancelled:
                d.cancelled = True
                d.vcpu = None
                if not d.fired:
                    self._cancelled += 1
                    if self._cancelled > 16 and 2 * self._cancelled > len(self._heap):
                        self._heap = [x for x in self._heap if not x.cancelled]
                        heapq.heapify(self._heap)
                        self._cancelled = 0
            return d.fired

    @property
    def armed(self) -> int:
        """Deadlines armed and neither fired nor disarmed."""
        with self._cond:
            return sum(1 for d in self._heap if not d.cancelled)

    @property
    def held(self) -> int:
        """Entries in the heap, disarmed ones not yet dropped included (bounded by twice ``armed`` + 16)."""
        return len(self._heap)

    def _loop(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0].cancelled:
                    heapq.heappop(self._heap)
                    self._cancelled -= 1
                if not self._heap:
                    self._cond.wait()
                    continue
                d = self._heap[0]
                delay = d.at - time.monotonic()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                heapq.heappop(self._heap)
                d.fired = True
                if d.vcpu is not None:
                    d.vcpu.kick()


_watchdog: Watchdog | None = None
_lock = threading.Lock()


def watchdog() -> Watchdog:
    """The process-wide :class:`Watchdog`."""
    global _watchdog
    if _watchdog is None:
        with _lock:
            if _watchdog is None:
                _watchdog = Watchdog()
    return _watchdog
