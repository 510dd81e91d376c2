"""Domains of one Wasm service made ahead of time by a native thread.

A :class:`Reserve` is the fast path behind a pool of fresh domains (one per
HTTP request in :mod:`multipie.app.pool`). Its native half
(``multipie._fastcall.Reserve``) runs one thread that keeps ``size`` Stores
ready, each with a fresh instance of the service's ``InstancePre`` and its
linear memory already faulted in (``MADV_POPULATE_WRITE`` of up to
``prefault`` bytes), and deletes the Stores of closed domains. That thread never
takes the GIL, so creating and dropping Stores leaves the request path for
another core instead of competing with it for the interpreter, which is what
the Python refiller thread did (measured: ~4–9 GIL hand-offs per request).

Ownership: a ready Store belongs to the native reserve until :meth:`Reserve.take`
wraps it in a :class:`~multipie.domains.wasm.domain.WasmDomain` owning it like
any spawned domain. Closing that domain (or its fault teardown) hands the Store
back to the reserve's thread to delete; after :meth:`Reserve.close` it is
deleted on the spot. The reserve keeps the service's engine and ``InstancePre``
alive while its thread runs.

Only services a plain spawn can make have a reserve: no imports beyond WASI
(grants are bound per domain), the native backend loaded. Everything else
keeps the generic path (:meth:`WasmService.spawn`), which also reports, with
its typed error, whatever made the reserve's thread stop (an instantiation
failure pauses refilling until :meth:`Reserve.retry`).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Protocol

from multipie.domains.base import Limits
from multipie.domains.wasm import _capi, fastpath
from multipie.domains.wasm.domain import DomainService, WasmDomain, protocol_error
from multipie.errors import InvalidModule

if TYPE_CHECKING:
    import wasmtime

    from multipie.domains.base import ImportInfo
    from multipie.domains.wasm.calls import Signature
    from multipie.domains.wasm.engine import EngineConfig

__all__ = ["DEFAULT_PREFAULT", "Reserve", "ReserveService", "Runner"]


class ReserveService(DomainService, Protocol):
    """What a reserve needs of its service (:class:`~multipie.domains.wasm.service.WasmService`).

    A protocol rather than an import: the service module builds on this one.
    """

    _sigs: dict[str, Signature]  # function exports by name

    @property
    def is_reactor(self) -> bool:
        """Whether a new instance runs ``_initialize``."""

    @property
    def extra_imports(self) -> tuple[ImportInfo, ...]:
        """Imports beyond WASI (a reserve cannot bind them)."""

    def instance_pre(self, *, fuel: bool, config: EngineConfig | None = None) -> wasmtime.InstancePre:
        """The pre-linked module for spawns without extra imports."""


def _has_http_exports(service: ReserveService) -> bool:
    sigs = service._sigs
    alloc, handle = sigs.get("http_alloc"), sigs.get("http_handle")
    return (
        not service.is_reactor
        and service.memory_export is not None
        and alloc is not None
        and handle is not None
        and (alloc.params, alloc.results) == (("i32",), ("i32",))
        and (handle.params, handle.results) == (("i32", "i32", "i32"), ("i64",))
    )


#: Linear memory faulted in per ready domain (bytes): the stack, data and first heap pages of a small guest.
DEFAULT_PREFAULT = 256 << 10


class Reserve:
    """Ready domains of ``service``, made and dropped by a native thread.

    Args:
        service: a Wasm service without non-WASI imports.
        size: Stores to keep ready.
        limits: every domain's limits (memory applies at creation; fuel and timeout per call).
        prefault: bytes of linear memory to fault in ahead of time (0: off).

    Raises:
        UsageError: the service needs grants, or the native backend is not loaded.
    """

    def __init__(self, service: ReserveService, size: int, limits: Limits, *, prefault: int = DEFAULT_PREFAULT) -> None:
        from multipie.errors import UsageError

        if not fastpath._use_native:
            raise UsageError(f"{service.name}: a reserve needs the native backend ({fastpath.native_available()[1]})")
        if service.extra_imports:
            raise UsageError(f"{service.name}: a reserve cannot bind grants; spawn its domains with grants instead")
        self.service = service
        self.limits = limits
        self.size = size
        metered = limits.fuel is not None
        mem = limits.memory_limit
        caps = service.budget.caps(mem)
        if caps.refusal:  # minimums over the limit: the thread's instantiations fail, the spawn path reports it
            caps = caps._replace(memory_size=0, table_elements=0)
        engines = service.state.engines
        # A pooling engine whose slots are reused in place (no mm system calls per domain), when it fits.
        config = engines.config.for_reserve(mem)
        pre_obj = None
        if config is not None:
            try:
                pre_obj = service.instance_pre(fuel=metered, config=config)
            except InvalidModule:  # more tables, memories or elements than a pooling slot has
                config = None
        if config is None:
            engine = engines.engine(fuel=metered)
            pre_obj = service.instance_pre(fuel=metered)
        else:
            engine = engines.reserve_engine(config, fuel=metered)
        self.pooled = config is not None
        timeout = limits.timeout
        ticker = service.state.ticker
        ticks = ticker.ticks_for(timeout) if timeout is not None else 0
        handle = ticker.handle if timeout is not None else None
        fuel = limits.fuel if limits.fuel is not None else -1
        # The one-call request path needs the native ticker for its deadline and the ABI's exports.
        self.serves_http = (not ticks or ticker.native) and _has_http_exports(service)
        self._native: Any = fastpath._native.Reserve(  # type: ignore[union-attr]
            (service, engine, pre_obj),
            service.name,
            _capi.handle_address(engine),
            _capi.handle_address(pre_obj),
            caps.memory_size,
            caps.table_elements,
            service.uses_wasi,
            size,
            prefault,
            service.memory_export,
            self.serves_http,
            fuel,
            ticks if self.serves_http else 0,
            handle if self.serves_http and ticks else None,
        )
        self._native.start()
        # What every taken domain's gate gets (limits are fixed per reserve): label, fuel, ticks, ticker, protos.
        self._take_args = (service.name, fuel, ticks, handle, service._protos)
        self._http = self._native.http

    def take(self) -> WasmDomain | None:
        """A fresh domain (reactors already ``_initialize``d), or ``None`` when none is ready.

        Raises:
            DomainError: a reactor's ``_initialize`` trapped (that domain is torn down).
        """
        svc = self.service
        d = WasmDomain._from_reserve(svc, self.limits, self._native, self._take_args)
        if d is None:
            return None
        svc.host.track(d)
        if svc.is_reactor:
            d.call("_initialize")
        return d

    def http(self, head: bytes, body: bytes, *, max_response: int, release_gil: bool = True) -> bytes | None:
        """Serve one request of the zero-copy handler ABI in a fresh domain; ``None`` when none is ready.

        The domain's whole life is one native call: taken, entered (``http_alloc``, request
        copied in, ``http_handle``), response copied out, Store handed back to be deleted.
        A reactor's ``_initialize`` is not run on this path (:attr:`serves_http` is False for reactors).

        Args:
            head: the request head (see :mod:`multipie.app.abi`).
            body: the request body.
            max_response: the largest response accepted.
            release_gil: let other Python threads run during the guest call (False: hold it, inline serving).

        Raises:
            ProtocolError: the guest broke the ABI (bad pointer or length).
            DomainError: it trapped, timed out or ran out of a budget.
        """
        return self._outcome(self._http(head, body, max_response, release_gil), max_response)

    def _outcome(self, out: Any, max_response: int) -> bytes | None:
        """What a native exchange returned, as :meth:`http` returns it (failures raised)."""
        if out is None or out.__class__ is bytes:
            return out  # type: ignore[no-any-return]
        if isinstance(out, BaseException):
            raise out
        # A failure: make the request's domain a real one, so it is reported and torn down like any.
        what, a, b, store, instance = out
        d = WasmDomain(self.service, self.limits, store, instance)
        d._reserve = self._native
        if what == 0:
            fastpath._on_fault(d, a, b)  # classifies, tears down, raises
        d._fault()
        raise protocol_error(self.service.name, what, a, b, max_response)

    def retry(self) -> None:
        """Resume refilling after an instantiation failure (its cause was fixed)."""
        self._native.retry()

    @property
    def ready(self) -> int:
        """Domains ready to be taken."""
        return int(self._native.ready)

    @property
    def pending(self) -> int:
        """Closed domains whose Store the thread has not deleted yet."""
        return int(self._native.pending)

    @property
    def taken(self) -> int:
        """Domains taken so far (by :meth:`take` or :meth:`http`)."""
        return int(self._native.taken)

    @property
    def inflight(self) -> int:
        """Requests being served by :meth:`http` right now."""
        return int(self._native.inflight)

    @property
    def failed(self) -> bool:
        """True when the thread stopped refilling because instantiation failed."""
        return bool(self._native.failed)

    @property
    def stats(self) -> dict[str, int]:
        """Counters: ``ready``, ``pending``, ``made``, ``deleted``, ``prefault`` (bytes per Store)."""
        n = self._native
        return {
            "ready": n.ready,
            "pending": n.pending,
            "made": n.made,
            "deleted": n.deleted,
            "taken": n.taken,
            "inflight": n.inflight,
            "prefault": n.prefault,
        }

    def close(self) -> None:
        """Stop the thread and delete every ready and retired Store; later closes delete inline."""
        self._native.close()


class Runner:
    """Native threads serving :meth:`Reserve.http` requests off an asyncio event loop.

    A request submitted here pops its Store on the loop's thread, runs in a native
    thread that never takes the GIL, and completes its future when the loop sees
    the runner's eventfd become readable (all finished requests at once). Compared
    with ``loop.run_in_executor`` there is no Python worker thread, so no GIL
    hand-off per request: the loop keeps the interpreter while guests run.

    Args:
        threads: native threads (each runs one guest call at a time).
        loop: the event loop whose futures it completes (it watches the eventfd).
    """

    def __init__(self, threads: int, loop: asyncio.AbstractEventLoop) -> None:
        self._native: Any = fastpath._native.Runner(threads)  # type: ignore[union-attr]
        self._loop = loop
        self._fd = self._native.fileno()
        loop.add_reader(self._fd, self._completed)

    @property
    def running(self) -> int:
        """Requests submitted and not finished."""
        return int(self._native.running)

    @property
    def in_call(self) -> int:
        """Requests a thread has begun (its guest call under way) and not finished; queued ones excluded."""
        return int(self._native.in_call)

    async def http(self, reserve: Reserve, head: bytes, body: bytes, *, max_response: int) -> bytes | None:
        """Serve one request in a fresh domain of ``reserve`` on a native thread; ``None`` if none is ready.

        Raises:
            ProtocolError, DomainError: as :meth:`Reserve.http`.
        """
        fut = self._loop.create_future()
        if not self._native.submit(reserve._native, head, body, max_response, (fut, reserve, max_response)):
            return None
        return await fut  # type: ignore[no-any-return]

    def _completed(self) -> None:
        for (fut, reserve, max_response), out in self._native.completed():
            try:
                result = reserve._outcome(out, max_response)
            except BaseException as exc:  # noqa: BLE001 - delivered to the request that caused it
                if not fut.cancelled():
                    fut.set_exception(exc)
                continue
            if not fut.cancelled():
                fut.set_result(result)

    def close(self, timeout: float = -1.0) -> bool:
        """Stop watching the eventfd and stop the threads; requests not started are dropped.

        Args:
            timeout: seconds to wait for guest calls still running (< 0: until they end). Threads
                still running after it finish their call (bounded by its timeout) and then stop.

        Returns:
            True when every thread has stopped.
        """
        try:
            self._loop.remove_reader(self._fd)
        except (RuntimeError, ValueError):  # the loop is already closed
            pass
        return bool(self._native.close(float(timeout)))
