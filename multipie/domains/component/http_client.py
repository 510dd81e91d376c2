"""Outgoing requests of an HTTP handler (``wasi:http/outgoing-handler``), refused unless granted.

A request is sent only when its authority (``host:port``) is in the serving table's
``allowed`` set (the manifest's ``outgoing`` list); anything else gets
``error-code.HTTP-request-denied`` without a connection being made. Only ``http``
is supported (no TLS). The request is sent once its body is finished (or at
``handle`` when the guest never took the body), in a thread of its own; the
response is read whole and handed to the guest as an ``incoming-response``
whose body is an ``input-stream``. Connection failures map to the WIT error codes
Wasmtime uses (``connection-refused``, ``destination-not-found``, ...).
"""

from __future__ import annotations

import http.client
import socket
import threading
from typing import Any

from wasmtime import component as wc
from wasmtime.component import Variant

from multipie.domains.component import http_types as ht
from multipie.domains.component.http_io import Pollable, current, own, resource, take
from multipie.domains.wasm._capi.component_native import define_func

__all__ = ["define_outgoing", "handle"]


class OutgoingRequest:
    """``outgoing-request``: what the guest builds."""

    def __init__(self, headers: ht.Fields) -> None:
        headers.mutable = False
        self.headers = headers
        self.method: Variant = Variant("get")
        self.path: str | None = None
        self.scheme: Variant | None = None
        self.authority: str | None = None
        self.body: ht.OutgoingBody | None = None


class FutureResponse:
    """``future-incoming-response``: filled by the request's thread."""

    def __init__(self) -> None:
        self.result: Variant | None = None
        self.taken = False


class IncomingResponse:
    """``incoming-response``: status, headers, a body read whole."""

    def __init__(self, status: int, headers: ht.Fields, body: bytes) -> None:
        self.status, self.headers = status, headers
        self.body: ht.BodySource | None = None
        self.data = body


class RequestOptions:
    """``request-options``: timeouts (kept, reported back; the request's deadline bounds the call anyway)."""

    def __init__(self) -> None:
        self.values: dict[str, int | None] = {"connect": None, "first-byte": None, "between-bytes": None}


def _get(s: Any, h: Any, kind: type) -> Any:
    return current().get(h, kind)


def handle(s: Any, request: Any, options: Any) -> Variant:
    """``outgoing-handler.handle``: start the request, or refuse it (not granted)."""
    req: OutgoingRequest = take(s, request, OutgoingRequest)
    if options is not None:
        take(s, options, RequestOptions)
    table = current()
    assert isinstance(table, ht.HttpTable)
    authority = req.authority or ""
    scheme = req.scheme.tag if req.scheme is not None else "HTTPS"
    if scheme != "HTTP" or authority not in table.allowed:
        return Variant("err", Variant("HTTP-request-denied"))
    future = FutureResponse()
    body = req.body

    def send() -> None:
        if body is not None:
            body.finished.wait(table.deadline and max(table.deadline - _now(), 0.0))
        future.result = _send(req, authority, table.deadline)
        table.notify()

    threading.Thread(target=send, name="multipie-http-client", daemon=True).start()
    return Variant("ok", own(future, ht.FUTURE_RESPONSE))


def _now() -> float:
    import time

    return time.monotonic()


def _send(req: OutgoingRequest, authority: str, deadline: float | None) -> Variant:
    host, _, port = authority.rpartition(":") if ":" in authority else (authority, "", "80")
    timeout = max(deadline - _now(), 0.01) if deadline is not None else 30.0
    conn = http.client.HTTPConnection(host, int(port or 80), timeout=timeout)
    method = str(req.method.payload if req.method.tag == "other" else req.method.tag.upper())
    try:
        conn.putrequest(method, req.path or "/", skip_accept_encoding=True)
        for k, v in req.headers.pairs():
            conn.putheader(k, v)
        data = b"".join(req.body.pending) if req.body is not None else b""
        if data or method in ("POST", "PUT", "PATCH"):
            conn.putheader("content-length", str(len(data)))
        conn.endheaders(data or None)
        resp = conn.getresponse()
        payload = resp.read()
        pairs = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in resp.getheaders()]
        return Variant("ok", Variant("ok", IncomingResponse(resp.status, ht.Fields.incoming(pairs), payload)))
    except ConnectionRefusedError:
        return Variant("ok", Variant("err", Variant("connection-refused")))
    except socket.gaierror:
        return Variant("ok", Variant("err", Variant("destination-not-found")))
    except TimeoutError:
        return Variant("ok", Variant("err", Variant("connection-timeout")))
    except (OSError, http.client.HTTPException) as exc:
        return Variant("ok", Variant("err", Variant("internal-error", str(exc) or type(exc).__name__)))
    finally:
        conn.close()


def _arrived(future: FutureResponse) -> Pollable:
    """A pollable ready once ``future`` has its response (or error)."""
    return Pollable(lambda: future.result is not None)


def _req(s: Any, h: int) -> OutgoingRequest:
    return _get(s, h, OutgoingRequest)  # type: ignore[no-any-return]


def _setter(attr: str) -> Any:
    def run(s: Any, h: int, value: Any) -> Variant:
        setattr(_req(s, h), attr, value)
        return Variant("ok")

    return run


def _request_body(s: Any, h: int) -> Variant:
    r = _req(s, h)
    if r.body is not None:
        return Variant("err")
    r.body = ht.OutgoingBody()
    return Variant("ok", own(r.body, ht.OUT_BODY))


def _future_get(s: Any, h: int) -> Variant | None:
    f = _get(s, h, FutureResponse)
    if f.result is None:
        return None
    if f.taken:
        return Variant("err")
    f.taken = True
    inner = f.result.payload
    if inner.tag == "ok":
        return Variant("ok", Variant("ok", own(inner.payload, ht.IN_RESPONSE)))
    return f.result  # type: ignore[no-any-return]


def _response_consume(s: Any, h: int) -> Variant:
    r = _get(s, h, IncomingResponse)
    if r.data is None:
        return Variant("err")
    src = ht.BodySource(current())
    src.feed(r.data)
    src.end()
    r.data = None
    return Variant("ok", own(ht.IncomingBody(src), ht.IN_BODY))


def _option(name: str) -> tuple[Any, Any]:
    def get(s: Any, h: int) -> int | None:
        return _get(s, h, RequestOptions).values[name]  # type: ignore[no-any-return]

    def put(s: Any, h: int, v: int | None) -> Variant:
        _get(s, h, RequestOptions).values[name] = v
        return Variant("ok")

    return get, put


def define_outgoing(inst: wc.LinkerInstance) -> None:
    """The outgoing side of ``wasi:http/types``: requests, options, future and incoming responses."""
    resource(inst, "outgoing-request", ht.OUT_REQUEST)
    resource(inst, "request-options", ht.OPTIONS)
    resource(inst, "future-incoming-response", ht.FUTURE_RESPONSE)
    resource(inst, "incoming-response", ht.IN_RESPONSE)
    for name, fn in (
        ("[constructor]outgoing-request", lambda s, h: own(OutgoingRequest(take(s, h, ht.Fields)), ht.OUT_REQUEST)),
        ("[method]outgoing-request.body", _request_body),
        ("[method]outgoing-request.method", lambda s, h: _req(s, h).method),
        ("[method]outgoing-request.set-method", _setter("method")),
        ("[method]outgoing-request.path-with-query", lambda s, h: _req(s, h).path),
        ("[method]outgoing-request.set-path-with-query", _setter("path")),
        ("[method]outgoing-request.scheme", lambda s, h: _req(s, h).scheme),
        ("[method]outgoing-request.set-scheme", _setter("scheme")),
        ("[method]outgoing-request.authority", lambda s, h: _req(s, h).authority),
        ("[method]outgoing-request.set-authority", _setter("authority")),
        (
            "[method]outgoing-request.headers",
            lambda s, h: own(ht.Fields(_req(s, h).headers.map, mutable=False), ht.FIELDS),
        ),
        ("[constructor]request-options", lambda s: own(RequestOptions(), ht.OPTIONS)),
        ("[method]future-incoming-response.get", _future_get),
        (
            "[method]future-incoming-response.subscribe",
            lambda s, h: own(_arrived(_get(s, h, FutureResponse)), ht.POLLABLE),
        ),
        ("[method]incoming-response.status", lambda s, h: _get(s, h, IncomingResponse).status),
        ("[method]incoming-response.headers", lambda s, h: own(_get(s, h, IncomingResponse).headers, ht.FIELDS)),
        ("[method]incoming-response.consume", _response_consume),
    ):
        define_func(inst, name, fn)
    for opt in ("connect", "first-byte", "between-bytes"):
        get, put = _option(opt)
        define_func(inst, f"[method]request-options.{opt}-timeout", get)
        define_func(inst, f"[method]request-options.set-{opt}-timeout", put)
