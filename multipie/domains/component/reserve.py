"""Fresh component domains made ahead of time on a background thread (``ComponentService.reserve``).

Wasmtime's C API has no ``InstancePre`` for components, so every fresh instance pays for
linking (imports resolved and type-checked by name) and instantiation: ~0.5-1 ms for an
18 MB componentize-py component, almost all of it inside one C call
(``wasmtime_component_linker_instantiate``), which ctypes runs with the GIL released. A
reserve's thread makes domains exactly as ``spawn`` does (same limits, same Store set-up)
and keeps ``size`` of them ready; :meth:`ComponentReserve.take` hands one over (it joins
the runtime's domain table then) in microseconds, and the thread makes the next while the
caller runs. When the reserve is empty ``take`` returns ``None`` (spawn one then): the
reserve moves creation off the caller's path, it does not make it cheaper.

A failure (a limit the component cannot meet, a closed runtime) pauses the reserve
(``failed``) until :meth:`ComponentReserve.retry`.
"""

from __future__ import annotations

import collections
import threading
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from multipie.domains.base import Limits
    from multipie.domains.component.domain import ComponentDomain

__all__ = ["ComponentReserve"]


class Maker(Protocol):
    """What a reserve needs of its :class:`~multipie.domains.component.service.ComponentService`."""

    name: str

    def _construct(self, limits: Limits, grants: Any, **options: Any) -> ComponentDomain: ...

    def _adopt(self, domain: ComponentDomain) -> None: ...


class ComponentReserve:
    """Up to ``size`` fresh domains of ``service`` under ``limits``, refilled by a daemon thread."""

    serves_http = False

    def __init__(self, service: Maker, size: int, limits: Limits) -> None:
        self._service = service
        self._size = size
        self._limits = limits
        self._ready: collections.deque[ComponentDomain] = collections.deque()
        self._cond = threading.Condition()
        self._taken = 0
        self._closed = False
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._fill, name=f"multipie-reserve-{service.name}", daemon=True)
        self._thread.start()

    def _fill(self) -> None:
        cond = self._cond
        while True:
            with cond:
                while not self._closed and (self.error is not None or len(self._ready) >= self._size):
                    cond.wait()
                if self._closed:
                    return
            try:
                d = self._service._construct(self._limits, None)
            except Exception as exc:  # noqa: BLE001 - kept and shown through `failed`; `retry` resumes
                with cond:
                    self.error = exc
                    cond.notify_all()  # `wait_ready` returns on a failure, not at its timeout
                continue
            with cond:
                if self._closed:
                    d.close()
                    return
                self._ready.append(d)
                cond.notify_all()

    def take(self) -> ComponentDomain | None:
        """A fresh domain (now in the runtime's domain table), or ``None`` when none is ready."""
        with self._cond:
            if not self._ready:
                return None
            d = self._ready.popleft()
            self._taken += 1
            self._cond.notify_all()
        self._service._adopt(d)
        return d

    def wait_ready(self, count: int, timeout: float) -> bool:
        """Block until ``count`` domains are ready (or the reserve failed or closed); True if they are."""
        with self._cond:
            return self._cond.wait_for(
                lambda: len(self._ready) >= count or self.error is not None or self._closed, timeout
            ) and len(self._ready) >= count

    def retry(self) -> None:
        """Resume making domains after a failure."""
        with self._cond:
            self.error = None
            self._cond.notify_all()

    @property
    def ready(self) -> int:
        """Domains ready to be taken."""
        return len(self._ready)

    @property
    def taken(self) -> int:
        """Domains taken so far."""
        return self._taken

    @property
    def inflight(self) -> int:
        """Always 0: component reserves serve no one-call HTTP requests."""
        return 0

    @property
    def pending(self) -> int:
        """Always 0: a closed domain's Store is freed when it closes."""
        return 0

    @property
    def failed(self) -> bool:
        """True while making domains is paused by a failure (see :attr:`error`)."""
        return self.error is not None

    def http(self, head: bytes, body: bytes, *, max_response: int, release_gil: bool = True) -> bytes | None:
        """Not served (``serves_http`` is False): always ``None``."""
        return None

    def close(self) -> None:
        """Stop the thread and close every ready domain; idempotent."""
        with self._cond:
            self._closed = True
            ready, self._ready = list(self._ready), collections.deque()
            self._cond.notify_all()
        self._thread.join()
        for d in ready:
            d.close()
