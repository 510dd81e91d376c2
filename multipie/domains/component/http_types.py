"""``wasi:http/types`` and ``wasi:http/outgoing-handler`` as host resources (Python over the component linker).

Wasmtime's C API provides only the outgoing side of ``wasi:http`` and no way to hand a
request to a guest, so the whole interface is defined here, following Wasmtime's
implementation (``crates/wasi-http/src/p2/types_impl.rs``) where the WIT leaves a
choice: header names are lower-cased and validated as HTTP tokens, values may not
hold control characters, the forbidden names (``connection``, ``keep-alive``,
``proxy-*``, ``transfer-encoding``, ``upgrade``, ``host``, ``http2-settings``) are
refused when the guest sets them and dropped from incoming requests; a response's
and a request's headers become immutable once handed to it; a body's stream and a
request's body can be taken once; status codes outside 100–999 are refused.

One request's objects live in its :class:`HttpTable` (the current thread's, see
:mod:`~multipie.domains.component.http_io`); the response goes to the table's
:class:`ResponseSink` as it is produced: the head when ``response-outparam.set``
runs, each body chunk when written, the end with its trailers.

Outgoing requests are refused with ``HTTP-request-denied`` unless the table's
``allowed`` hosts (``host:port`` as the request's authority) include the target.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Protocol

from wasmtime import component as wc
from wasmtime.component import Variant

from multipie.domains.component.http_io import (
    InputStream,
    OutputStream,
    Pollable,
    ResourceKinds,
    Table,
    current,
    own,
    resource,
    take,
)
from multipie.domains.wasm._capi.component_native import define_func

__all__ = ["BodySource", "Fields", "HttpTable", "ResponseSink", "define_types"]

FORBIDDEN = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
     "transfer-encoding", "upgrade", "host", "http2-settings"}
)  # fmt: skip
_TOKEN = re.compile(rb"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_BAD_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
METHODS = ("get", "head", "post", "put", "delete", "connect", "options", "trace", "patch")

FIELDS, IN_REQUEST, OUT_REQUEST, OPTIONS, OUTPARAM = 0x4D50_0101, 0x4D50_0102, 0x4D50_0103, 0x4D50_0104, 0x4D50_0105
IN_RESPONSE, IN_BODY, TRAILERS, OUT_RESPONSE, OUT_BODY = 0x4D50_0106, 0x4D50_0107, 0x4D50_0108, 0x4D50_0109, 0x4D50_010A
FUTURE_RESPONSE = 0x4D50_010B
_INPUT, _OUTPUT, POLLABLE = ResourceKinds.INPUT, ResourceKinds.OUTPUT, ResourceKinds.POLLABLE


class ResponseSink(Protocol):
    """Where a handler's response goes (the gateway's connection)."""

    def start(self, status: int, headers: list[tuple[str, bytes]]) -> None:
        """The head: the handler called ``response-outparam.set`` with a response."""

    def body(self, chunk: bytes) -> None:
        """A chunk of the body, as written."""

    def end(self, trailers: list[tuple[str, bytes]] | None) -> None:
        """The body is complete (``outgoing-body.finish``)."""

    def fail(self, reason: str) -> None:
        """No (complete) response: the handler set an error, or dropped the body unfinished."""


class BodySource:
    """A request body arriving in chunks (fed by the gateway's thread), read by the guest's thread."""

    def __init__(self, table: Table) -> None:
        self._table = table
        self._chunks: list[bytes] = []
        self.ended = False
        self.trailers: list[tuple[str, bytes]] | None = None
        #: why the body ended early (its reader then gets ``last-operation-failed``), None if it did not
        self.failed: str | None = None

    def feed(self, chunk: bytes) -> None:
        """Add a chunk."""
        if chunk:
            with self._table.cond:
                self._chunks.append(chunk)
                self._table.cond.notify_all()

    def end(self, trailers: list[tuple[str, bytes]] | None = None, *, failed: str | None = None) -> None:
        """No more chunks (with the request's trailers, if any; ``failed``: cut short, and why)."""
        with self._table.cond:
            if self.ended:
                return
            self.trailers = trailers
            self.failed = failed
            self.ended = True
            self._table.cond.notify_all()

    def read(self, n: int) -> bytes | None:
        """Up to ``n`` bytes, ``b""`` if none has arrived yet, None at the end."""
        with self._table.cond:
            if not self._chunks:
                return None if self.ended else b""
            head = self._chunks[0]
            if len(head) <= n:
                self._chunks.pop(0)
                return head
            self._chunks[0] = head[n:]
            return head[:n]

    def ready(self) -> bool:
        """Data or the end is there."""
        return bool(self._chunks) or self.ended


class Fields:
    """``wasi:http/types.fields``: names (lower-cased) → values, in first-insertion order."""

    def __init__(self, entries: dict[str, list[bytes]] | None = None, *, mutable: bool = True) -> None:
        self.map: dict[str, list[bytes]] = entries if entries is not None else {}
        self.mutable = mutable

    @classmethod
    def incoming(cls, pairs: list[tuple[bytes, bytes]]) -> Fields:
        """Immutable fields of an incoming message, forbidden names dropped (as Wasmtime's host)."""
        out: dict[str, list[bytes]] = {}
        for k, v in pairs:
            name = k.decode("latin-1").lower()
            if name not in FORBIDDEN:
                out.setdefault(name, []).append(v)
        return cls(out, mutable=False)

    def pairs(self) -> list[tuple[str, bytes]]:
        """Every (name, value)."""
        return [(k, v) for k, vs in self.map.items() for v in vs]

    def check(self, name: str, values: list[bytes] = ()) -> Variant | str:  # type: ignore[assignment]
        """The normalised name, or the ``header-error`` of a change."""
        if not self.mutable:
            return Variant("immutable")
        raw = name.encode("utf-8", "replace")
        if not _TOKEN.match(raw) or any(_BAD_VALUE.search(v) for v in values):
            return Variant("invalid-syntax")
        low = name.lower()
        if low in FORBIDDEN:
            return Variant("forbidden")
        if low == "content-length" and any(not v.isdigit() for v in values):
            return Variant("invalid-syntax")
        return low


def _set(fields: Fields, name: str, values: list[bytes]) -> Variant:
    low = fields.check(name, values)
    if isinstance(low, Variant):
        return Variant("err", low)
    if values:
        fields.map[low] = list(values)
    else:
        fields.map.pop(low, None)
    return Variant("ok")


def _append(fields: Fields, name: str, value: bytes) -> Variant:
    low = fields.check(name, [value])
    if isinstance(low, Variant):
        return Variant("err", low)
    fields.map.setdefault(low, []).append(value)
    return Variant("ok")


def _from_list(s: Any, entries: list[tuple[str, bytes]]) -> Variant:
    fields = Fields()
    for name, value in entries:
        res = _append(fields, name, value)
        if res.tag == "err":
            return res
    return Variant("ok", own(fields, FIELDS))


class HttpTable(Table):
    """One request's resources plus where its response goes and which hosts it may call."""

    def __init__(self, sink: ResponseSink, *, deadline: float | None, allowed: frozenset[str] = frozenset()) -> None:
        super().__init__(deadline)
        self.sink = sink
        self.allowed = allowed
        self.responded = False


def _http() -> HttpTable:
    table = current()
    assert isinstance(table, HttpTable)
    return table


class IncomingRequest:
    """``incoming-request``: what the gateway received."""

    def __init__(self, method: str, path: str, scheme: str, authority: str, headers: Fields, body: BodySource) -> None:
        self.method, self.path, self.scheme, self.authority = method, path, scheme, authority
        self.headers = headers
        self.body: BodySource | None = body


class IncomingBody:
    """``incoming-body``: a stream (taken once) and, after it, the trailers."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.streamed = False


class FutureTrailers:
    """``future-trailers``: ready once the body ended."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.taken = False


class OutgoingResponse:
    """``outgoing-response``: status, headers (immutable now), body (taken once)."""

    def __init__(self, headers: Fields) -> None:
        headers.mutable = False
        self.headers = headers
        self.status = 200
        self.body: OutgoingBody | None = None
        self.body_taken = False


class OutgoingBody:
    """``outgoing-body``: chunks kept until a sink is attached, then passed on; ``finish`` ends it.

    A response's body is attached to the request's sink when ``response-outparam.set`` hands the
    response over (chunks written before that wait in :attr:`pending`); an outgoing request's
    body is never attached: the client sends :attr:`pending` once :attr:`finished` is set.
    Dropping it unfinished aborts it.
    """

    def __init__(self) -> None:
        self.streamed = False
        self.finished = threading.Event()
        self.aborted = False
        self.pending: list[bytes] = []
        self.trailers: list[tuple[str, bytes]] | None = None
        self.sink: ResponseSink | None = None

    def write(self, data: bytes) -> None:
        """A chunk the guest wrote to the stream (after ``finish``: the guest's error, a trap)."""
        if self.finished.is_set():
            raise ValueError("write to an outgoing-body that was already finished")
        if self.sink is not None:
            self.sink.body(data)
        else:
            self.pending.append(data)

    def finish(self, trailers: list[tuple[str, bytes]] | None) -> None:
        """The guest finished it (with trailers)."""
        self.trailers = trailers
        self.finished.set()
        if self.sink is not None:
            self.sink.end(trailers)

    def dropped(self) -> None:
        """The guest dropped the body without finishing it."""
        if not self.finished.is_set():
            self.aborted = True
            self.finished.set()
            if self.sink is not None:
                self.sink.fail("the handler dropped its outgoing-body without finishing it")

    def attach(self, sink: ResponseSink) -> None:
        """From now on chunks go to ``sink`` (what was written so far first)."""
        self.sink = sink
        for chunk in self.pending:
            sink.body(chunk)
        self.pending.clear()
        if self.aborted:
            sink.fail("the handler dropped its outgoing-body without finishing it")
        elif self.finished.is_set():
            sink.end(self.trailers)


class ResponseOutparam:
    """``response-outparam``: set once."""


def _get(s: Any, h: Any, kind: type) -> Any:
    return current().get(h, kind)


def _method(name: str) -> Variant:
    low = name.lower()
    return Variant(low) if low in METHODS else Variant("other", name)


def _define_fields(inst: wc.LinkerInstance) -> None:
    resource(inst, "fields", FIELDS)
    define_func(inst, "[constructor]fields", lambda s: own(Fields(), FIELDS))
    define_func(inst, "[static]fields.from-list", _from_list)
    define_func(inst, "[method]fields.get", lambda s, h, n: list(_get(s, h, Fields).map.get(n.lower(), [])))
    define_func(inst, "[method]fields.has", lambda s, h, n: n.lower() in _get(s, h, Fields).map)
    define_func(inst, "[method]fields.set", lambda s, h, n, vs: _set(_get(s, h, Fields), n, vs))
    define_func(inst, "[method]fields.delete", lambda s, h, n: _set(_get(s, h, Fields), n, []))
    define_func(inst, "[method]fields.append", lambda s, h, n, v: _append(_get(s, h, Fields), n, v))
    define_func(inst, "[method]fields.entries", lambda s, h: _get(s, h, Fields).pairs())
    define_func(
        inst,
        "[method]fields.clone",
        lambda s, h: own(Fields({k: list(v) for k, v in _get(s, h, Fields).map.items()}), FIELDS),
    )


def _define_incoming(inst: wc.LinkerInstance) -> None:
    resource(inst, "incoming-request", IN_REQUEST)
    resource(inst, "incoming-body", IN_BODY)
    resource(inst, "future-trailers", TRAILERS)
    resource(inst, "response-outparam", OUTPARAM)

    def req(s: Any, h: Any) -> IncomingRequest:
        return _get(s, h, IncomingRequest)  # type: ignore[no-any-return]

    def consume(s: Any, h: Any) -> Variant:
        r = req(s, h)
        if r.body is None:
            return Variant("err")
        body, r.body = r.body, None
        return Variant("ok", own(IncomingBody(body), IN_BODY))

    def stream(s: Any, h: Any) -> Variant:
        b = _get(s, h, IncomingBody)
        if b.streamed:
            return Variant("err")
        b.streamed = True
        return Variant("ok", own(InputStream(b.source), _INPUT))

    def trailers_get(s: Any, h: Any) -> Variant | None:
        f = _get(s, h, FutureTrailers)
        if not f.source.ended:
            return None
        if f.taken:
            return Variant("err")
        f.taken = True
        t = f.source.trailers
        return Variant("ok", Variant("ok", None if t is None else own(Fields.incoming(t), FIELDS)))

    define_func(inst, "[method]incoming-request.method", lambda s, h: _method(req(s, h).method))
    define_func(inst, "[method]incoming-request.path-with-query", lambda s, h: req(s, h).path)
    define_func(
        inst,
        "[method]incoming-request.scheme",
        lambda s, h: Variant("HTTPS" if req(s, h).scheme == "https" else "HTTP"),
    )
    define_func(inst, "[method]incoming-request.authority", lambda s, h: req(s, h).authority)
    define_func(inst, "[method]incoming-request.headers", lambda s, h: own(req(s, h).headers, FIELDS))
    define_func(inst, "[method]incoming-request.consume", consume)
    define_func(inst, "[method]incoming-body.stream", stream)
    define_func(
        inst,
        "[static]incoming-body.finish",
        lambda s, h: own(FutureTrailers(take(s, h, IncomingBody).source), TRAILERS),
    )
    define_func(
        inst,
        "[method]future-trailers.subscribe",
        lambda s, h: own(_ended(_get(s, h, FutureTrailers).source), POLLABLE),
    )
    define_func(inst, "[method]future-trailers.get", trailers_get)
    define_func(inst, "[static]response-outparam.set", _outparam_set)


def _ended(source: Any) -> Pollable:
    """A pollable ready once ``source`` (a body) has ended."""
    return Pollable(lambda: bool(source.ended))


def _outparam_set(s: Any, h: int, response: Any) -> None:
    take(s, h, ResponseOutparam)
    table = _http()
    table.responded = True
    if response.tag == "err":
        code = response.payload
        table.sink.fail(
            f"the handler answered with error-code {code.tag}"
            + (f"({code.payload!r})" if code.payload is not None else "")
        )
        return
    resp = take(s, response.payload, OutgoingResponse)
    table.sink.start(resp.status, resp.headers.pairs())
    if resp.body is not None:
        resp.body.attach(table.sink)


def _define_outgoing_response(inst: wc.LinkerInstance) -> None:
    resource(inst, "outgoing-response", OUT_RESPONSE)
    resource(inst, "outgoing-body", OUT_BODY)

    def resp(s: Any, h: Any) -> OutgoingResponse:
        return _get(s, h, OutgoingResponse)  # type: ignore[no-any-return]

    def set_status(s: Any, h: Any, code: int) -> Variant:
        if not 100 <= code <= 999:
            return Variant("err")
        resp(s, h).status = code
        return Variant("ok")

    def body(s: Any, h: Any) -> Variant:
        r = resp(s, h)
        if r.body_taken:
            return Variant("err")
        r.body_taken = True
        r.body = OutgoingBody()
        return Variant("ok", own(r.body, OUT_BODY))

    define_func(
        inst, "[constructor]outgoing-response", lambda s, h: own(OutgoingResponse(take(s, h, Fields)), OUT_RESPONSE)
    )
    define_func(inst, "[method]outgoing-response.status-code", lambda s, h: resp(s, h).status)
    define_func(inst, "[method]outgoing-response.set-status-code", set_status)
    define_func(
        inst,
        "[method]outgoing-response.headers",
        lambda s, h: own(Fields(resp(s, h).headers.map, mutable=False), FIELDS),
    )
    define_func(inst, "[method]outgoing-response.body", body)
    define_func(inst, "[method]outgoing-body.write", _body_write)
    define_func(inst, "[static]outgoing-body.finish", _body_finish)


def _body_write(s: Any, h: Any) -> Variant:
    b = _get(s, h, OutgoingBody)
    if b.streamed:
        return Variant("err")
    b.streamed = True
    return Variant("ok", own(OutputStream(b), _OUTPUT))


def _body_finish(s: Any, h: int, trailers: Any) -> Variant:
    b = take(s, h, OutgoingBody)
    b.finish(None if trailers is None else take(s, trailers, Fields).pairs())
    return Variant("ok")


def define_types(inst: wc.LinkerInstance) -> None:
    """The incoming side and the responses of ``wasi:http/types`` (the outgoing side: http_client)."""
    _define_fields(inst)
    _define_incoming(inst)
    _define_outgoing_response(inst)
    define_func(inst, "http-error-code", lambda s, e: None)
