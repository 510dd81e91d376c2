"""The gateway's side of ``wasi:http/proxy`` services: a component handler per request, bodies streamed.

A service whose source is a component exporting ``wasi:http/incoming-handler`` needs
no other key than ``source`` and ``route``. Each request runs
:func:`multipie.domains.component.http.serve` in a worker thread with a fresh
instance, while the event loop:

- feeds the request body to the handler as it arrives (a handler reading past what
  has arrived waits; the service's ``max_body`` still bounds the total: past it, or when
  the client goes away, the handler's next read fails with ``last-operation-failed``
  and, if it has not answered yet, the client gets 413);
- sends the response head as soon as the handler calls ``response-outparam.set``, then
  each body chunk as the handler writes it (chunked transfer coding unless the handler
  set ``content-length``); a handler more than :data:`MAX_PENDING` bytes ahead of the
  client waits (back-pressure).

With ``run = "inline"`` (allowed with a timeout up to 0.25 s, as for core modules) the whole
body is read first and the handler runs on the event loop itself; its response is relayed
when it returns. No thread hop and no GIL hand-off per host call, at the price of holding
the loop for the call.

Errors before the head is sent use the gateway's mapping (trap 500, timeout 504, a
handler that never answers or answers with an ``error-code`` 502 ``bad_response``);
after it, the connection is closed mid-body (as ``wasmtime serve`` resets it) and the
error is logged and counted. Response trailers are not sent (the gateway's HTTP/1.1
framing, :mod:`multipie.app.answer`, writes none; see docs/components.md), and request
trailers never reach a handler (the connection drops them, as ``wasmtime serve`` does).
"""

from __future__ import annotations

import asyncio
import collections
import functools
import logging
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from multipie.domains.component.http import Request, serve

__all__ = ["MAX_PENDING", "StreamingSink", "prefer_host_calls", "run_proxy"]

log = logging.getLogger("multipie.app")

#: Response bytes a handler may have written that the client has not taken yet.
MAX_PENDING = 1 << 20

#: The GIL switch interval while proxy components are served (seconds; CPython's default is 5 ms).
SWITCH_INTERVAL = 2e-4


def prefer_host_calls() -> None:
    """Shorten the GIL switch interval: every host call of a handler re-enters Python from its worker thread.

    With the event loop busy, a worker waits for the GIL up to the switch interval at each
    host call (a minimal answer makes about 8), so at CPython's 5 ms a request took tens of
    milliseconds in waits alone (measured under ``wrk -c32``: 110-180 req/s at 5 ms,
    190-390 req/s at 0.2 ms, same run). Process-wide: ``multipie up`` calls it only for apps
    that serve proxy components.
    """
    if sys.getswitchinterval() > SWITCH_INTERVAL:
        sys.setswitchinterval(SWITCH_INTERVAL)


class StreamingSink:
    """A handler's response, handed from its thread to the event loop (bounded by :data:`MAX_PENDING`).

    Plain locks only (a ``Condition`` costs Python-level calls on every event): ``_lock`` guards
    the events and counters; ``_gate`` is held while a handler waits for the client to catch up,
    and released by the loop once it has (or the response is over).
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._events: collections.deque[tuple[str, Any]] = collections.deque()
        self._waiter: asyncio.Future[None] | None = None  # the relay waits on it when there is no event
        self._pending = 0
        self._lock = threading.Lock()
        self._gate = threading.Lock()  # held (acquired by the handler) while it waits for room
        self._blocked = False  # the handler holds _gate and waits for it to be released
        self.closed = False  # the client went away: drop what the handler still writes
        self.inline = False  # the handler runs on the event loop: no hand-off, no back-pressure

    def _put(self, event: tuple[str, Any], *, wake: bool = True) -> None:
        # Wake the loop only when the relay waits: a handler's head, body and end written in a
        # row cost one wake-up (one self-pipe write), not one per event.
        with self._lock:
            self._events.append(event)
            waiter = self._waiter
            if waiter is None or not wake:
                return
            self._waiter = None
        if self.inline:
            _wake(waiter)
        else:
            self._loop.call_soon_threadsafe(_wake, waiter)

    async def next(self) -> tuple[str, Any]:
        """The next event (event loop): ``start``, ``body``, ``end``, ``fail``, then ``done`` once the call returned."""
        while True:
            with self._lock:
                if self._events:
                    return self._events.popleft()
                waiter = self._waiter = self._loop.create_future()
            await waiter

    def done(self, exc: BaseException | None) -> None:
        """The handler's call returned (``None``) or raised ``exc``: always the last event."""
        self._put(("done", exc))

    def start(self, status: int, headers: list[tuple[str, bytes]]) -> None:
        """The head (handler thread); it waits for the next event to wake the loop.

        The connection writes a head with the first body part (:mod:`multipie.app.answer`), so
        relaying it alone would cost the loop a wake-up and the wire nothing; a handler always
        follows it with a body part, the end, a failure or its return.
        """
        self._put(("start", (status, headers)), wake=False)

    def body(self, chunk: bytes) -> None:
        """A body chunk (handler thread); waits while the client is :data:`MAX_PENDING` bytes behind."""
        while True:
            with self._lock:
                if self.closed:
                    return
                if self._pending <= MAX_PENDING or self.inline:
                    self._pending += len(chunk)
                    break
                if not self._blocked:
                    self._gate.acquire()  # free: only this (one) handler thread takes it
                    self._blocked = True
            # Released by sent() or close(); the timeout only re-checks, as a safety net.
            if self._gate.acquire(timeout=0.5):
                self._gate.release()
        self._put(("body", chunk))

    def _open_gate(self) -> None:
        # With _lock held: let a waiting handler go on.
        if self._blocked:
            self._blocked = False
            self._gate.release()

    def sent(self, n: int) -> None:
        """``n`` bytes went to the client (event loop)."""
        with self._lock:
            self._pending -= n
            if self._pending <= MAX_PENDING:
                self._open_gate()

    def close(self) -> None:
        """Stop taking chunks (the response is over, or the client left)."""
        with self._lock:
            self.closed = True
            self._open_gate()

    def end(self, trailers: list[tuple[str, bytes]] | None) -> None:
        """The body is complete (handler thread)."""
        self._put(("end", trailers))

    def fail(self, reason: str) -> None:
        """No (complete) response (handler thread)."""
        self._put(("fail", reason))


async def _pump(receive: Callable[[], Awaitable[dict[str, Any]]], req: Request, limit: int) -> bool:
    """Feed the request body to the handler; False when it was cut at ``limit``."""
    size = 0
    try:
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                req.body.end(failed="the client closed the connection before the whole body arrived")
                return True
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > limit:
                req.body.end(failed=f"the request body exceeds the service's limit of {limit} bytes")
                return False
            req.body.feed(chunk)
            if not msg.get("more_body"):
                return True
    finally:
        req.body.end()  # no-op when already ended


def _start_pump(
    loop: asyncio.AbstractEventLoop,
    receive: Callable[[], Awaitable[dict[str, Any]]],
    req: Request,
    limit: int,
    headers: list[tuple[bytes, bytes]],
) -> asyncio.Future[bool]:
    """The task feeding the body (:func:`_pump`); for a request without one, a done future instead."""
    if not _bodyless(headers):
        return asyncio.ensure_future(_pump(receive, req, limit))
    req.body.end()  # GET and friends: no body to pump (one task and loop turns fewer)
    done: asyncio.Future[bool] = loop.create_future()
    done.set_result(True)
    return done


def _bodyless(headers: list[tuple[bytes, bytes]]) -> bool:
    """True when the request has no body: neither ``transfer-encoding`` nor a non-zero ``content-length``."""
    for k, v in headers:
        if k == b"transfer-encoding" or (k == b"content-length" and v.strip() != b"0"):
            return False
    return True


async def run_proxy(
    service: Any,
    spec: Any,
    scope: dict[str, Any],
    receive: Callable[[], Awaitable[dict[str, Any]]],
    send: Callable[[dict[str, Any]], Awaitable[None]],
    *,
    rid: str,
    run: Callable[..., Any],
    executor: Any,
    limit: int,
    reserve: Any = None,
) -> tuple[int, BaseException | str | None]:
    """Serve one request with a component handler; returns (status sent, the error if any).

    An error returned with a status of 0 means nothing was sent yet: the caller answers it
    (``BaseException``: map it; ``str``: the handler's own failure, a 502; ``"too_large"``: 413).
    """
    loop = asyncio.get_running_loop()
    sink = StreamingSink(loop)
    query = scope.get("query_string") or b""
    path = scope.get("raw_path") or scope["path"].encode()
    target = (path + (b"?" + query if query else b"")).decode("latin-1")
    headers = list(scope.get("headers") or ())
    host = next((v.decode("latin-1") for k, v in headers if k == b"host"), "")
    req = Request(
        sink,
        method=scope["method"],
        path_with_query=target,
        headers=headers,
        scheme=scope.get("scheme", "http"),
        authority=host,
        timeout=spec.timeout,
        allowed=frozenset(spec.outgoing),
    )
    call = functools.partial(
        serve, service, req, memory_limit=spec.memory, fuel=spec.fuel, timeout=spec.timeout, reserve=reserve
    )
    pump = _start_pump(loop, receive, req, limit, headers)
    if spec.run == "inline":
        # The whole body first, then the handler on the event loop (no thread hop, no GIL hand-off
        # per host call); its response is relayed once it returns (bounded by the short timeout).
        sink.inline = True
        if not pump.done():
            await asyncio.wait({pump})
        _finish(sink, call)
    else:
        # submit, not run_in_executor: the call's outcome reaches the loop as the sink's last
        # event, so a request costs no wrapped future and no extra wake-up for it.
        executor.submit(_finish, sink, run, call)
    try:
        return await _relay(sink, pump, send, rid)
    finally:
        sink.close()
        pump.cancel()
        if req.log:
            for line in req.log.decode("utf-8", "replace").splitlines()[:20]:
                log.info("guest output", extra={"fields": {"request_id": rid, "line": line}})


def _finish(sink: StreamingSink, fn: Callable[..., Any], *args: Any) -> None:
    """``fn(*args)``, its outcome handed to the relay as the sink's ``done`` event."""
    try:
        fn(*args)
    except BaseException as exc:  # noqa: BLE001 - relayed: the loop maps it (or re-raises it)
        sink.done(exc)
    else:
        sink.done(None)


async def _relay(
    sink: StreamingSink,
    pump: Any,
    send: Callable[[dict[str, Any]], Awaitable[None]],
    rid: str,
) -> tuple[int, BaseException | str | None]:
    status = 0
    while True:
        kind, value = await sink.next()
        if kind == "start":
            if pump.done() and not pump.result():
                return 0, "too_large"
            status, hdrs = value
            raw = [(k.encode("latin-1"), v) for k, v in hdrs if k != "x-request-id"]
            raw.append((b"x-request-id", rid.encode("latin-1")))
            await send({"type": "http.response.start", "status": status, "headers": raw})
        elif kind == "body":
            await send({"type": "http.response.body", "body": value, "more_body": True})
            sink.sent(len(value))
        elif kind == "end":
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            sink.close()
            await _settle(sink, rid)
            return status, None
        elif kind == "fail":
            if status == 0:
                await _settle(sink, rid)
                return 0, str(value)
            raise ConnectionAbortedError(f"request {rid}: {value}")
        elif value is None:  # done: returned without a complete response
            if status == 0:
                return 0, "the handler returned without finishing its response"
            raise ConnectionAbortedError(f"request {rid}: the handler returned before finishing its response body")
        elif status == 0:  # done: failed
            return 0, value
        else:
            raise ConnectionAbortedError(f"request {rid}: the handler failed mid-response: {value}") from value


async def _settle(sink: StreamingSink, rid: str) -> None:
    """Wait for the handler's call to return after its response; a late failure is only logged."""
    while True:
        kind, value = await sink.next()
        if kind != "done":
            continue
        if value is not None:
            log.info("handler failed after responding", extra={"fields": {"request_id": rid, "error": str(value)}})
        return


def _wake(waiter: asyncio.Future[None]) -> None:
    """Resume the relay (event loop); it may have been cancelled meanwhile."""
    if not waiter.done():
        waiter.set_result(None)
