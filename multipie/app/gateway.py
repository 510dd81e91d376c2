"""The HTTP gateway: an ASGI app routing requests to services, one isolated domain per request.

Request path: route (most specific first; ``/...`` wildcard suffixes) → body
read with the service's limit → admission (at most ``max_concurrency`` in
flight per service, ``queue`` more may wait, each at most the service's
timeout) → a worker thread takes a domain from the service's pool and runs
the handler ABI (:mod:`multipie.app.abi`) → the response, or an error mapped
to a status:

=========================  ======  ==========================================
what happened              status  body ``error``
=========================  ======  ==========================================
no route                   404     ``no_route``
body over the limit        413     ``body_too_large``
service saturated          503     ``overloaded``
guest trap / budget        500     ``trap``, ``out_of_memory``, ``out_of_fuel``
call timed out             504     ``timeout``
broken handler ABI         502     ``bad_response``
no domain can be created   503     ``capacity``
client left mid-body       499     ``client_closed`` (nobody reads it)
=========================  ======  ==========================================

Error bodies are JSON naming the service, the reason and the request id. A
faulting domain is torn down by its kind; nothing else is touched, so the
process keeps serving. ``/metrics`` serves Prometheus text.

Guest code runs in worker threads by default: the raw Wasmtime call releases
the GIL, so the event loop keeps accepting and other services keep running
while one guest computes or spins until its timeout. A service with
``run = "inline"`` (allowed only with a short timeout) runs on the event loop
itself: no thread hop, at the price of holding the loop while it runs. Either
way the pool's refiller thread creates and closes domains off the request path.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from multipie.app.abi import MAX_RESPONSE, Request, Response, http_head, parse_cgi_raw, run_wagi
from multipie.app.loader import App, AppService
from multipie.app.metrics import CONTENT_TYPE, AppMetrics
from multipie.app.proxy import prefer_host_calls, run_proxy
from multipie.domains.wasm.reserve import Runner
from multipie.errors import (
    CapacityError,
    DomainError,
    MultipieError,
    OutOfFuel,
    OutOfMemory,
    ProtocolError,
    Timeout,
)

__all__ = ["Gateway", "classify"]

access_log = logging.getLogger("multipie.access")
log = logging.getLogger("multipie.app")

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def classify(exc: BaseException) -> tuple[int, str]:
    """(HTTP status, error name) for an exception raised while serving a request."""
    if isinstance(exc, Timeout):
        return 504, "timeout"
    if isinstance(exc, ProtocolError):
        return 502, "bad_response"
    if isinstance(exc, OutOfMemory):
        return 500, "out_of_memory"
    if isinstance(exc, OutOfFuel):
        return 500, "out_of_fuel"
    if isinstance(exc, DomainError):
        return 500, "trap"
    if isinstance(exc, CapacityError):
        return 503, "capacity"
    if isinstance(exc, MultipieError):
        return 500, "service_error"
    return 500, "internal_error"


@dataclass
class _Admission:
    """Per-service admission control: a semaphore and how many wait for it."""

    sem: asyncio.Semaphore
    waiting: int = 0
    inflight: int = 0


class _Reject(Exception):
    def __init__(self, status: int, error: str, detail: str, *, close: bool = False) -> None:
        super().__init__(detail)
        self.status, self.error, self.detail, self.close = status, error, detail, close


#: Longest request target (path and query) routed, bytes; longer ones get 414.
MAX_URL = 8 << 10
_HTTP_VERSIONS = frozenset(("1.0", "1.1"))


def _refuse_framing(scope: Scope, both_lengths: bool) -> None:
    """A request whose framing cannot be trusted: an unknown HTTP version, or two body lengths."""
    if both_lengths:  # the request-smuggling shape: proxies and we may disagree on where the body ends
        raise _Reject(
            400, "bad_request", "both Content-Length and Transfer-Encoding are present (RFC 9112 6.3)", close=True
        )
    raise _Reject(
        505, "http_version_not_supported", f"HTTP/{scope.get('http_version')} is not served (1.0 and 1.1 are)"
    )


class Gateway:
    """ASGI application serving an :class:`~multipie.app.loader.App`.

    Args:
        app: a loaded app (started here on the first request or at ASGI lifespan start-up).
        workers: threads running guest code (bounded; a request waits for one).
        access_log: log one line per request.
    """

    def __init__(self, app: App, *, workers: int = 16, access_log: bool = True) -> None:
        self.app = app
        self.metrics = AppMetrics(app)
        #: /metrics on this listener (False: on the loopback admin endpoint only).
        self.public_metrics = app.manifest.app.metrics == "public"
        self.access_log = access_log
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="multipie-worker")
        self._workers = workers
        self._runner: Runner | None = None  # native threads for reserve-served requests, made on first use
        self._admission: dict[str, _Admission] = {}
        self.inflight = 0
        self.served = 0
        self._running = 0  # guest calls in worker threads (under the lock)
        self._running_inline = 0  # guest calls on the event loop (its thread only)
        self._running_lock = threading.Lock()
        self._routes: dict[str, tuple[str, AppService]] = {}
        self._max_body = app.manifest.app.max_body
        if any(s.proxy for s in app.services.values()):
            prefer_host_calls()
        # Request ids: unique per process run (random prefix) and cheap (a counter), not a uuid per request.
        self._rid_prefix = uuid.uuid4().hex[:8]
        self._rid_counter = itertools.count(1)

    # -- ASGI --------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The ASGI entry point (``http`` and ``lifespan`` scopes)."""
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self.inflight += 1
        try:
            await self._http(scope, receive, send)
        finally:
            self.inflight -= 1
            self.served += 1

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            msg = await receive()
            if msg["type"] == "lifespan.startup":
                try:
                    self.app.start()
                except MultipieError as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif msg["type"] == "lifespan.shutdown":
                self.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def metrics_text(self) -> bytes:
        """The Prometheus text ``/metrics`` serves (on this listener or the admin endpoint)."""
        return self.metrics.render()

    def close(self) -> None:
        """Stop the worker threads (in-flight guest calls finish within their timeout)."""
        self._executor.shutdown(wait=False, cancel_futures=True)
        if self._runner is not None:
            # Not waiting: a guest may run until its own timeout; running_calls still counts it.
            self._runner.close(timeout=0.0)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        # The hot path of every request: kept to few Python steps (each costs ~1 µs with cold caches,
        # and uvicorn leaves them cold); headers stay bytes unless a WAGI program needs them as text.
        t0 = time.perf_counter()
        raw_headers = scope.get("headers") or ()
        rid, declared, chunked = _scan(raw_headers)
        if rid is None:
            rid = f"{self._rid_prefix}{next(self._rid_counter):08x}"
        path: str = scope["path"]
        method: str = scope["method"]
        service = "-"
        status = 500
        error: str | None = None
        try:
            if chunked and declared is not None or scope.get("http_version") not in _HTTP_VERSIONS:
                _refuse_framing(scope, chunked and declared is not None)
            if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > MAX_URL:
                raise _Reject(414, "uri_too_long", f"the request target is longer than {MAX_URL} bytes")
            if path == "/metrics" and method in ("GET", "HEAD") and self.public_metrics:
                status = 200
                await _respond(send, 200, self.metrics.render(), _METRICS_HEADERS, rid)
                return
            route, s = self._routes.get(path) or self._route(path)
            service = s.name
            if s.proxy:  # a wasi:http/proxy component: bodies stream both ways
                status, error = await self._proxy(s, scope, receive, send, rid, declared)
            else:
                body = await _read_body(receive, declared, s.spec.max_body or self._max_body, service)
                status, headers, out = await self._serve(s, route, scope, raw_headers, body, rid)
                await _respond(send, status, out, headers, rid, head=method == "HEAD")
        except _Reject as rej:
            status, error = rej.status, rej.error
            if service != "-":
                self.metrics.rejected.labels(service, rej.error).inc()
            await _respond_error(send, rej.status, rej.error, service, rej.detail, rid, close=rej.close)
        except asyncio.CancelledError:
            # uvicorn cancels requests still running when shutdown_grace expires: answer them (no
            # traceback, no plain-text 500) and end this task normally, as the server expects.
            status, error = 503, "shutting_down"
            with contextlib.suppress(Exception):  # the response may have started already
                await _respond_error(
                    send, 503, error, service, "the app shut down before this request finished", rid, close=True
                )
        except Exception as exc:  # noqa: BLE001 - every failure becomes a response; the process keeps serving
            status, error, detail = self._failure(exc, service, rid)
            await _respond_error(send, status, error, service, detail, rid)
        finally:
            dt = time.perf_counter() - t0
            if service != "-":
                self.metrics.observe(service, status, dt)
            if self.access_log:
                _log_access(rid, service, method, path, status, dt, error)

    def _route(self, path: str) -> tuple[str, AppService]:
        """The route and service of a path the cache does not know yet (then cached)."""
        m = self.app.match(path)
        if m is None:
            raise _Reject(404, "no_route", f"no service is routed at {path}")
        if len(self._routes) >= _ROUTE_CACHE:
            self._routes.clear()
        self._routes[path] = m
        return m

    def _failure(self, exc: Exception, service: str, rid: str) -> tuple[int, str, str]:
        """Classify and count a request that failed with ``exc``: (status, error, detail) of its answer."""
        status, error = classify(exc)
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if error == "internal_error":
            log.exception("request %s: internal error", rid, extra={"fields": {"request_id": rid}})
        elif service != "-":
            if error == "timeout":
                self.metrics.timeouts.labels(service).inc()
            else:
                self.metrics.traps.labels(service, error).inc()
        return status, error, detail

    async def _serve(
        self, s: AppService, route: str, scope: Scope, raw_headers: Any, body: bytes, rid: str
    ) -> tuple[int, Any, bytes]:
        """Admission, then the guest: (status, ASGI headers, body)."""
        spec = s.spec
        adm = await self._admit(s)
        adm.inflight += 1
        try:
            if spec.abi == "http":
                head = http_head(scope["method"], scope["path"], _query(scope), raw_headers, rid)
                raw: bytes | None = None
                if spec.run == "inline":  # no thread hop; bounded by the service's short timeout
                    self._running_inline += 1
                    try:
                        raw = self._exchange(s, head, body, False)
                    finally:
                        self._running_inline -= 1
                else:
                    loop = asyncio.get_running_loop()
                    reserve = s.pool.http_reserve if s.pool is not None else None
                    if reserve is not None:  # native threads, no GIL hand-off (see Runner)
                        runner = self._runner or self._start_runner(loop)
                        raw = await runner.http(reserve, head, body, max_response=MAX_RESPONSE)  # type: ignore[arg-type]
                    if raw is None:  # no ready domain (or no reserve): a Python worker thread spawns one
                        raw = await loop.run_in_executor(self._executor, self._run, self._exchange, s, head, body, True)
                assert raw is not None
                return parse_cgi_raw(raw, service=s.name)
            req = _request(scope, raw_headers, body, rid, route)
            loop = asyncio.get_running_loop()
            resp = await loop.run_in_executor(self._executor, self._run, self._wagi, s, req)
            raw_resp = tuple(
                (k.lower().encode("latin-1"), v.encode("latin-1"))
                for k, v in resp.headers
                if k.lower() != "x-request-id"
            )
            return resp.status, raw_resp, resp.body
        finally:
            adm.inflight -= 1
            adm.sem.release()

    async def _admit(self, s: AppService) -> _Admission:
        """A slot of ``s`` (waiting in its queue if needed; 503 when the queue is full or the wait too long)."""
        spec = s.spec
        adm = self._admission.get(s.name)
        if adm is None:
            adm = self._admission[s.name] = _Admission(asyncio.Semaphore(spec.max_concurrency))
        if adm.sem.locked():
            if adm.waiting >= spec.queue:
                raise _Reject(
                    503,
                    "overloaded",
                    f"service {s.name!r} is at its limit of {spec.max_concurrency} concurrent requests "
                    f"and {adm.waiting} waiting (queue = {spec.queue})",
                )
            adm.waiting += 1
            try:
                await asyncio.wait_for(adm.sem.acquire(), timeout=spec.timeout)
            except TimeoutError:
                raise _Reject(
                    503, "overloaded", f"service {s.name!r} had no free slot within {spec.timeout:g} s"
                ) from None
            finally:
                adm.waiting -= 1
        else:
            await adm.sem.acquire()
        return adm

    async def _proxy(
        self, s: AppService, scope: Scope, receive: Receive, send: Send, rid: str, declared: bytes | None
    ) -> tuple[int, str | None]:
        """A ``wasi:http/proxy`` component's request (multipie.app.proxy): (status, error) for the log."""
        limit = s.spec.max_body or self._max_body
        if declared is not None and declared.strip().isdigit() and int(declared) > limit:
            raise _Reject(413, "body_too_large", f"request body of {int(declared)} bytes exceeds {limit} bytes")
        adm = await self._admit(s)
        adm.inflight += 1
        try:
            status, err = await run_proxy(
                s.service,
                s.spec,
                scope,
                receive,
                send,
                rid=rid,
                run=self._run,
                executor=self._executor,
                limit=limit,
                reserve=s.fresh,
            )
        except ConnectionAbortedError as exc:  # failed mid-body: returning unfinished makes uvicorn close it
            log.info("response aborted", extra={"fields": {"request_id": rid, "service": s.name, "why": str(exc)}})
            self.metrics.traps.labels(s.name, "aborted").inc()
            return 200, "aborted"
        finally:
            adm.inflight -= 1
            adm.sem.release()
        if err is None:
            return status, None
        if err == "too_large":
            raise _Reject(413, "body_too_large", f"request body exceeds the limit of service {s.name!r}")
        if isinstance(err, str):
            self.metrics.traps.labels(s.name, "bad_response").inc()
            await _respond_error(send, 502, "bad_response", s.name, f"{s.name}: {err}", rid)
            return 502, "bad_response"
        if not isinstance(err, Exception):
            raise err
        status, error, detail = self._failure(err, s.name, rid)
        await _respond_error(send, status, error, s.name, detail, rid)
        return status, error

    def _start_runner(self, loop: asyncio.AbstractEventLoop) -> Runner:
        self._runner = Runner(self._workers, loop)
        return self._runner

    @property
    def running_calls(self) -> int:
        """Guest calls running right now (in worker threads, native runner threads, or inline)."""
        runner = self._runner
        return self._running + self._running_inline + (runner.running if runner is not None else 0)

    def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(*args)`` in a worker thread, counted in :attr:`running_calls`."""
        with self._running_lock:
            self._running += 1
        try:
            return fn(*args)
        finally:
            with self._running_lock:
                self._running -= 1

    def _exchange(self, s: AppService, head: bytes, body: bytes, release_gil: bool) -> bytes:
        """One request through the zero-copy ABI in a fresh (or reused) domain of ``s``."""
        if self.app.providers:
            self.app.heal()  # a capability target died earlier: re-wire before taking a domain
        pool = s.pool
        if pool is None:  # pragma: no cover - routed http services always get a pool in App.start
            raise ProtocolError(f"service {s.name!r} has no pool (app not started)")
        return pool.exchange(head, body, max_response=MAX_RESPONSE, release_gil=release_gil)

    def _wagi(self, s: AppService, req: Request) -> Response:
        spec = s.spec
        resp, err = run_wagi(
            s.service,
            req,
            env=spec.env,
            dirs=s.dirs,
            memory_limit=spec.memory,
            fuel=spec.fuel,
            timeout=spec.timeout,
        )
        if err:
            for line in err.decode("utf-8", "replace").splitlines()[:20]:
                log.info(
                    "guest stderr",
                    extra={"fields": {"service": s.name, "request_id": req.request_id, "line": line}},
                )
        return resp


#: Paths remembered with their (route, service); cleared when full.
_ROUTE_CACHE = 4096
_METRICS_HEADERS = ((b"content-type", CONTENT_TYPE.encode()),)
_JSON_HEADERS = ((b"content-type", b"application/json"),)
_JSON_CLOSE_HEADERS = (*_JSON_HEADERS, (b"connection", b"close"))


def _scan(raw_headers: Any) -> tuple[str | None, bytes | None, bool]:
    """The client's request id, the declared Content-Length and whether Transfer-Encoding is present."""
    rid: str | None = None
    declared: bytes | None = None
    chunked = False
    for k, v in raw_headers:
        k = k.lower()
        if k == b"x-request-id" and 0 < len(v) <= 64:
            rid = v.decode("latin-1")
        elif k == b"content-length":
            declared = v
        elif k == b"transfer-encoding":
            chunked = True
    return rid, declared, chunked


def _query(scope: Scope) -> str:
    q = scope.get("query_string")
    return q.decode("latin-1") if q else ""


def _request(scope: Scope, raw_headers: Any, body: bytes, rid: str, route: str) -> Request:
    """The decoded request a WAGI program gets (CGI variables are text)."""
    server = scope.get("server") or ("127.0.0.1", 80)
    client = scope.get("client") or ("", 0)
    return Request(
        method=scope["method"],
        path=scope["path"],
        query=_query(scope),
        headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw_headers],
        body=body,
        request_id=rid,
        route=route,
        client=str(client[0]),
        server=(str(server[0]), int(server[1] or 80)),
        scheme=scope.get("scheme", "http"),
    )


async def _read_body(receive: Receive, declared: bytes | None, limit: int, service: str) -> bytes:
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise _Reject(
            413,
            "body_too_large",
            f"request body of {int(declared)} bytes exceeds the limit of service {service!r} ({limit} bytes)",
        )
    msg = await receive()
    if msg["type"] == "http.disconnect":  # nobody will read the answer: do not run a guest for it
        raise _Reject(499, "client_closed", "the client closed the connection before sending the whole body")
    chunk = msg.get("body", b"")
    if not msg.get("more_body"):  # the whole body in one message: the common case
        if len(chunk) > limit:
            raise _Reject(
                413, "body_too_large", f"request body exceeds the limit of service {service!r} ({limit} bytes)"
            )
        return chunk  # type: ignore[no-any-return]
    chunks = [chunk]
    size = len(chunk)
    while True:
        msg = await receive()
        if msg["type"] == "http.disconnect":
            raise _Reject(499, "client_closed", "the client closed the connection before sending the whole body")
        chunk = msg.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _Reject(
                413, "body_too_large", f"request body exceeds the limit of service {service!r} ({limit} bytes)"
            )
        chunks.append(chunk)
        if not msg.get("more_body"):
            return b"".join(chunks)


def _log_access(rid: str, service: str, method: str, path: str, status: int, dt: float, error: str | None) -> None:
    """One access-log line per request."""
    fields: dict[str, Any] = {
        "request_id": rid,
        "service": service,
        "method": method,
        "path": path,
        "status": status,
        "ms": round(dt * 1000, 3),
    }
    if error:
        fields["error"] = error
    access_log.info("request", extra={"fields": fields})


async def _respond(send: Send, status: int, body: bytes, headers: Any, rid: str, *, head: bool = False) -> None:
    """Send a response: ``headers`` (ASGI byte pairs) plus the framing and the request id.

    ``head``: the answer to a HEAD request. Its body is never sent, so a ``content-length`` in
    ``headers`` is kept as the length a GET would have (a replica's answer carries one, without the body).
    """
    if head and not body and any(k == b"content-length" for k, _ in headers):
        raw = [*headers, (b"x-request-id", rid.encode("latin-1"))]
    else:
        raw = [*headers, (b"content-length", b"%d" % len(body)), (b"x-request-id", rid.encode("latin-1"))]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def _respond_error(
    send: Send, status: int, error: str, service: str, detail: str, rid: str, *, close: bool = False
) -> None:
    body = {
        "error": error,
        "status": status,
        "service": None if service == "-" else service,
        "detail": detail,
        "request_id": rid,
    }
    headers = _JSON_CLOSE_HEADERS if close else _JSON_HEADERS
    await _respond(send, status, json.dumps(body).encode() + b"\n", headers, rid)
