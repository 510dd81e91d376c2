"""Pre-created domains per service, so a fresh domain per request costs a pop, not a spawn.

Ownership: a :class:`DomainPool` owns its *idle* domains; a domain handed out
by :meth:`DomainPool.acquire` belongs to the caller (one request, one thread)
until :meth:`DomainPool.release`. In ``fresh`` mode release closes it (the
next request gets another pristine domain); in ``reuse`` mode an open domain
goes back to the idle list and a faulted one is dropped and replaced.

A pool whose service has a native reserve (:meth:`Service.reserve
<multipie.domains.base.Service.reserve>`; Wasm services without grants) in
``fresh`` mode takes its domains from it: a native thread that needs no GIL
makes Stores ahead of time and deletes used ones, so a request costs a pop and
closing its domain a push. Every other pool is served by Python:

One :class:`Refiller` thread per app keeps the domain work off the request
path: it tops every pool back up to its target size (and looks each new
domain's memory up once, so the request's zero-copy view is already cached),
and it closes the domains that requests in ``fresh`` mode gave back. The
request path only spawns when the pool ran dry (counted as a *miss*) and
only closes when no refiller runs. The refiller is woken in batches (when a
pool's idle domains fall to half its size, or half a pool's worth waits to be
closed), not once per request, and works through a batch without yielding:
handing the GIL back and forth per domain costs more CPU (context switches)
than it saves the event loop in latency.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable

from multipie.domains.base import Domain, DomainReserve

__all__ = ["DomainPool", "Refiller"]

log = logging.getLogger("multipie.app")


def _memory_of(d: Domain) -> int:
    try:
        return len(d.memory)
    except Exception:  # noqa: BLE001 - kinds without an exported memory count as 0
        return 0


class DomainPool:
    """Idle domains of one service, ready to serve.

    Args:
        name: the service name (for logs and metrics).
        spawn: creates one domain (with the service's limits and grants).
        size: idle domains to keep ready (``fresh``) or the most kept (``reuse``).
        reuse: keep domains across requests instead of closing them.
        background: refilled (and its used domains closed) by the :class:`Refiller` thread;
            otherwise the owner calls :meth:`top_up` itself and releases close at once.
        reserve: the service's native reserve (``fresh`` mode only): domains come from it,
            and ``spawn`` is used only when it ran dry.
    """

    def __init__(
        self,
        name: str,
        spawn: Callable[[], Domain],
        *,
        size: int,
        reuse: bool = False,
        background: bool = True,
        reserve: DomainReserve | None = None,
    ) -> None:
        if reserve is not None and reuse:
            raise ValueError("a reserve serves fresh domains only")
        self.name = name
        self._reserve = reserve
        self.size = size
        self.reuse = reuse
        self.background = background
        self._spawn = spawn
        self._idle: collections.deque[Domain] = collections.deque()
        self._retired: collections.deque[Domain] = collections.deque()  # used, waiting to be closed
        # Wake the refiller when this few idle domains are left (or this many wait to be closed).
        self._low = size // 2
        self._batch = max(1, size // 2)
        self._lock = threading.Lock()
        self._memory: dict[int, int] = {}
        self._in_use = 0
        self._closed = False
        self._refiller: Refiller | None = None
        self._hits = 0  # served from the idle list (a reserve counts its own)
        self.misses = 0
        self.spawned = 0
        self.last_error: Exception | None = None
        self._initial_memory: int | None = None

    # -- request path ----------------------------------------------------------

    def acquire(self) -> Domain:
        """A domain for one request: an idle one, or a new one when none is ready.

        Raises:
            MultipieError: spawning failed (for example a link or capacity error).
        """
        reserve = self._reserve
        if reserve is not None:
            d = reserve.take()
            if d is not None:
                with self._lock:
                    self._in_use += 1
                return d
            return self._spawn_for_request()
        with self._lock:
            if self._idle:
                self._hits += 1
                self._in_use += 1
                d = self._idle.popleft()
                wake = not self.reuse and len(self._idle) == self._low
            else:
                d = None
                wake = True
        if wake and self.background and self._refiller is not None:
            self._refiller.wake()
        if d is not None:
            return d
        return self._spawn_for_request()

    def _spawn_for_request(self) -> Domain:
        """A miss: spawn a domain on the request path (counted in use)."""
        with self._lock:
            self.misses += 1
            self._in_use += 1
        try:
            return self._new()
        except BaseException:
            with self._lock:
                self._in_use -= 1
            raise

    @property
    def http_reserve(self) -> DomainReserve | None:
        """The native reserve serving this pool's requests in one call, if it has one."""
        reserve = self._reserve
        return reserve if reserve is not None and reserve.serves_http else None

    def exchange(self, head: bytes, body: bytes, *, max_response: int, release_gil: bool = True) -> bytes:
        """Serve one request of the zero-copy handler ABI in a fresh domain; the raw response.

        With a reserve made for it this is one native call (see
        :meth:`multipie.domains.wasm.reserve.Reserve.http`); otherwise a domain is
        acquired, runs ``http_exchange`` and is released.

        Raises:
            ProtocolError: the guest broke the ABI.
            DomainError: it trapped, timed out or ran out of a budget.
            MultipieError: no domain could be made.
        """
        reserve = self._reserve
        if reserve is not None and reserve.serves_http:
            out = reserve.http(head, body, max_response=max_response, release_gil=release_gil)
            if out is not None:
                return out
            d = self._spawn_for_request()
        else:
            d = self.acquire()
        try:
            return d.http_exchange(head, body, max_response=max_response)  # type: ignore[attr-defined, no-any-return]
        finally:
            self.release(d)

    def release(self, d: Domain) -> None:
        """Give back a domain from :meth:`acquire` (closed in ``fresh`` mode, kept in ``reuse`` mode if open)."""
        if self._reserve is not None:
            d.close()  # a reserve domain hands its Store to the reserve's thread: a push
            with self._lock:
                self._in_use -= 1
            return
        keep = self.reuse and d.is_open and not self._closed
        if keep:
            self._memory[d.id] = _memory_of(d)
        refiller = self._refiller if self.background else None
        with self._lock:
            self._in_use -= 1
            if keep:
                self._idle.append(d)
                return
            if refiller is not None and not self._closed:
                # Closing (dropping a Store) is the refiller's job, after the response went out.
                self._retired.append(d)
                if len(self._retired) != self._batch:
                    return
            else:
                refiller = None
                self._memory.pop(d.id, None)
        if refiller is not None:
            refiller.wake()
        else:
            d.close()

    def close_retired(self, most: int = 1) -> int:
        """Close up to ``most`` domains that requests gave back; returns how many it closed."""
        n = 0
        while n < most:
            with self._lock:
                if not self._retired:
                    break
                d = self._retired.popleft()
                self._memory.pop(d.id, None)
            d.close()
            n += 1
        return n

    # -- background ------------------------------------------------------------

    def _new(self) -> Domain:
        d = self._spawn()
        self.spawned += 1
        # Every fresh domain starts with the module's initial memory. Looking it up here also
        # caches the domain's memory view, so the request's zero-copy ABI does not pay for it.
        size = _memory_of(d)
        if self._initial_memory is None:
            self._initial_memory = size
        if self._reserve is None:
            self._memory[d.id] = size
        return d

    def check(self) -> None:
        """Spawn and close one domain so that what stops creation surfaces now, typed (start-up).

        For a pool fed by a reserve, also wait (up to 5 s) until the reserve is full.

        Raises:
            MultipieError: the service's domains cannot be created with its limits.
        """
        self._new().close()
        reserve = self._reserve
        if reserve is not None:
            deadline = time.monotonic() + 5.0
            while reserve.ready < self.size and not reserve.failed and time.monotonic() < deadline:
                time.sleep(0.001)

    def retry(self) -> None:
        """Resume making domains after a failure whose cause was fixed."""
        if self._reserve is not None:
            self._reserve.retry()

    def wanted(self) -> int:
        """How many more idle domains the pool wants now (from the refiller; 0 for a reserve's pool)."""
        if self._closed or self._reserve is not None or (self.reuse and self.spawned):
            return 0
        return max(0, self.size - len(self._idle))

    def top_up(self) -> bool:
        """Spawn one idle domain if the pool wants one; True if it did."""
        if self.wanted() <= 0:
            return False
        try:
            d = self._new()
        except Exception as exc:  # noqa: BLE001 - reported through last_error and the request path
            self.last_error = exc
            log.warning("pool %s: cannot pre-create a domain: %s", self.name, exc)
            raise
        with self._lock:
            if self._closed:
                self._memory.pop(d.id, None)
                d.close()
                return False
            self._idle.append(d)
        return True

    def drain_idle(self) -> None:
        """Close every idle domain (their grants are stale); the pool refills with current ones."""
        with self._lock:
            idle, self._idle = list(self._idle), collections.deque()
        for d in idle:
            self._memory.pop(d.id, None)
            d.close()

    # -- introspection ---------------------------------------------------------

    @property
    def idle(self) -> int:
        """Idle domains ready to serve."""
        if self._reserve is not None:
            return self._reserve.ready
        return len(self._idle)

    @property
    def hits(self) -> int:
        """Requests served by a domain made ahead of time."""
        reserve = self._reserve
        return self._hits + (reserve.taken if reserve is not None else 0)

    @property
    def in_use(self) -> int:
        """Domains currently serving a request."""
        reserve = self._reserve
        return self._in_use + (reserve.inflight if reserve is not None else 0)

    @property
    def live(self) -> int:
        """Idle, in-use and used-but-not-yet-closed domains."""
        if self._reserve is not None:
            return self._reserve.ready + self.in_use + self._reserve.pending
        return len(self._idle) + self._in_use + len(self._retired)

    @property
    def reserved(self) -> int:
        """Domains the native reserve holds outside the runtime's table (ready, or closed and not yet freed)."""
        if self._reserve is None:
            return 0
        return self._reserve.ready + self._reserve.pending

    @property
    def memory_bytes(self) -> int:
        """Linear memory of this pool's live domains (as last measured; a reserve's at their initial size)."""
        if self._reserve is not None:
            return (self._initial_memory or 0) * self.live
        return sum(self._memory.values())

    def close(self) -> None:
        """Close every idle and retired domain; later releases close their domain too."""
        if self._reserve is not None:
            self._reserve.close()
        with self._lock:
            self._closed = True
            idle, self._idle = list(self._idle) + list(self._retired), collections.deque()
            self._retired = collections.deque()
        for d in idle:
            self._memory.pop(d.id, None)
            d.close()


class Refiller:
    """One daemon thread that keeps every pool topped up.

    Args:
        pools: the pools to serve.
        backoff: seconds to wait before retrying a pool whose spawn failed.
    """

    def __init__(self, pools: list[DomainPool], *, backoff: float = 1.0) -> None:
        self.pools = pools
        self.backoff = backoff
        self._cond = threading.Condition()
        self._stop = False
        self._failed_until: dict[str, float] = {}
        for p in pools:
            p._refiller = self
        self._thread = threading.Thread(target=self._run, name="multipie-pool-refiller", daemon=True)

    def start(self) -> None:
        """Start the thread (it fills every pool once right away)."""
        self._thread.start()

    def wake(self) -> None:
        """A pool lost a domain: refill soon."""
        with self._cond:
            self._cond.notify()

    def fill_now(self) -> None:
        """Fill every pool synchronously (start-up); a spawn error propagates."""
        for p in self.pools:
            if p._reserve is not None:
                p.check()
            while p.top_up():
                pass

    def retry_now(self) -> None:
        """Forget back-offs (the cause of earlier spawn failures was fixed) and refill now."""
        for p in self.pools:
            p.retry()
        with self._cond:
            self._failed_until.clear()
            self._cond.notify()

    def stop(self) -> None:
        """Stop the thread."""
        with self._cond:
            self._stop = True
            self._cond.notify()
        if self._thread.is_alive():
            self._thread.join(timeout=2)

    def _run(self) -> None:
        while True:
            with self._cond:
                if self._stop:
                    return
                now = time.monotonic()
                busy = [
                    p
                    for p in self.pools
                    if p._retired or (p.wanted() > 0 and self._failed_until.get(p.name, 0.0) <= now)
                ]
                if not busy:
                    # Wakes come in batches: look again now and then for the last few used domains.
                    waits = [t - now for t in self._failed_until.values() if t > now]
                    self._cond.wait(timeout=min([*waits, 0.25]))
                    continue
            for p in busy:
                # One domain per pool per round, so every pool gets its turn.
                p.close_retired(1)
                if self._failed_until.get(p.name, 0.0) <= time.monotonic():
                    try:
                        p.top_up()
                    except Exception:  # noqa: BLE001 - logged by the pool; retried after a back-off
                        self._failed_until[p.name] = time.monotonic() + self.backoff
