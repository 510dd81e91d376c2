"""The gateway's HTTP/1.1 connections: llhttp (``httptools``) driving the ASGI gateway, with bounds.

``multipie up`` and the entry point of ``multipie up --ray`` answer clients with this
protocol under uvicorn. llhttp parses in C what h11 parsed in Python (h11's parse and
uvicorn's h11 ``send`` were about two thirds of the loop's CPU per request, docs/components.md).

Bounds: a request head must be complete within ``head_timeout`` seconds of the connection
opening or of the previous response (408) and within :data:`MAX_HEAD` bytes (414 while
the request line has not ended, 431 after); a body within ``body_timeout`` seconds of its
head (408: a trickled upload holds a connection, never a guest). Request trailers are
read and dropped, as ``wasmtime serve`` does, within :data:`MAX_HEAD` bytes (431 past it).
A head llhttp refuses gets a 400, among them the request smuggling shapes
(``Content-Length`` with ``Transfer-Encoding``, two ``Content-Length`` fields, a
malformed chunk size, obs-fold, a bare CR or LF in the head), and an HTTP version it
does not know a 505. Every refusal is a JSON body like the gateway's own errors, and
the connection is closed (lingering: see :func:`refuse`).

Beyond parsing, the hot path is kept short: a response's head goes out with its first
body part in one write (:mod:`multipie.app.answer`), no timer is armed per request (one
sweep a second checks every deadline, keep-alive included), the app's ``receive``/``send``
are methods of the request's state, and pipelined requests are answered in order, one
at a time. Transports are used through their methods only, so uvloop's work as well as
asyncio's.
"""

from __future__ import annotations

import asyncio
import collections
import json
import logging
from typing import Any
from urllib.parse import unquote

import httptools

from multipie.app.answer import Answer

__all__ = ["MAX_HEAD", "GatewayProtocol", "gateway_protocol", "refuse", "refuse_too_long"]

log = logging.getLogger("multipie.app")

#: Largest request head (request line plus header fields), and largest request trailer section, accepted, bytes.
MAX_HEAD = 32 << 10

#: Seconds a refused connection's further input is read and dropped before it is closed.
_LINGER = 2.0

#: Seconds between two sweeps (a head may be up to this much later than its deadline).
_SWEEP_INTERVAL = 1.0

#: Body bytes buffered for a request before reading from its client pauses.
_HIGH_WATER = 64 << 10
_DISCONNECT = {"type": "http.disconnect"}

_PHRASES = {400: b"Bad Request", 408: b"Request Timeout", 414: b"URI Too Long", 431: b"Request Header Fields Too Large",
            505: b"HTTP Version Not Supported"}


def refuse(transport: asyncio.WriteTransport, loop: asyncio.AbstractEventLoop, status: int, error: str,
           detail: str) -> bool:
    """Write a JSON error response straight to ``transport`` and close it; True while it lingers.

    A lingering close: closing a socket with unread input makes the kernel send a reset that
    can destroy the response before the client reads it, so the write side is shut first and
    whatever still arrives is to be dropped for a moment (as nginx's ``lingering_close`` does).
    """
    body = json.dumps({"error": error, "status": status, "service": None, "detail": detail}).encode() + b"\n"
    head = b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n"
    transport.write(head % (status, _PHRASES[status], len(body)) + body)
    if transport.can_write_eof():
        transport.write_eof()
        loop.call_later(_LINGER, transport.close)
        return True
    transport.close()
    return False


def refuse_too_long(transport: asyncio.WriteTransport, loop: asyncio.AbstractEventLoop, line_ended: bool) -> bool:
    """:func:`refuse` a head over :data:`MAX_HEAD`: 414 while its request line had not ended, else 431."""
    if not line_ended:
        return refuse(transport, loop, 414, "uri_too_long", f"the request line is longer than {MAX_HEAD} bytes")
    return refuse(transport, loop, 431, "headers_too_large", f"the request head is longer than {MAX_HEAD} bytes")


class _Stop(Exception):
    """Raised from an llhttp callback that refused the request: parsing this connection ends.

    httptools wraps it in an ``HttpParserCallbackError`` (the ``_Stop`` is its ``__context__``).
    """


class _Sweeper:
    """Once a second, ends the connections of one server whose request head or body is overdue.

    One periodic check per server instead of a timer armed and cancelled per request (the
    gateway's hot path). It runs while the server has connections and restarts with the next.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, connections: set[Any]) -> None:
        self.loop = loop
        self.connections = connections
        self.handle: asyncio.TimerHandle | None = None

    @staticmethod
    def watch(proto: GatewayProtocol) -> None:
        """Have ``proto``'s ``check(now)`` called about once a second while its server has connections."""
        state = proto.server_state
        sweeper: _Sweeper | None = getattr(state, "_multipie_sweeper", None)
        if sweeper is None:
            sweeper = _Sweeper(proto.loop, proto.connections)
            state._multipie_sweeper = sweeper
        if sweeper.handle is None:
            sweeper.handle = sweeper.loop.call_later(_SWEEP_INTERVAL, sweeper.sweep)

    def sweep(self) -> None:
        now = self.loop.time()
        for proto in list(self.connections):
            proto.check(now)
        self.handle = self.loop.call_later(_SWEEP_INTERVAL, self.sweep) if self.connections else None


class _Cycle(Answer):
    """One request on a connection: what was parsed of it, and how its response is going.

    Its :meth:`receive` and :meth:`send` are the ASGI callables the app gets for the request.
    """

    __slots__ = ("body", "complete", "continue_", "drained", "gone", "length", "proto", "scope", "waiter")

    def __init__(self, proto: GatewayProtocol, scope: dict[str, Any]) -> None:
        super().__init__()
        self.proto = proto
        self.scope = scope
        self.body: list[bytes] = []
        self.length = 0  # bytes in body
        self.complete = False  # the whole request (body included) was parsed
        self.drained = False  # the app received the last body part
        self.continue_ = False  # answer "100 Continue" when the app first waits for the body
        self.gone = False  # the client disconnected (or was refused)
        self.waiter: asyncio.Future[None] | None = None

    def wake(self) -> None:
        w = self.waiter
        if w is not None and not w.done():
            w.set_result(None)

    async def _wait(self) -> None:
        self.waiter = self.proto.loop.create_future()
        await self.waiter

    async def receive(self) -> dict[str, Any]:
        """ASGI ``receive``: the body as it arrives, then ``http.disconnect`` once the client left."""
        if self.drained:  # the whole body was given: the next event is the client leaving
            while not self.gone and not self.done:
                await self._wait()
            return _DISCONNECT
        proto = self.proto
        if self.continue_ and not self.body and not self.complete and not self.gone:
            self.continue_ = False
            proto.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        while not self.body and not self.complete and not self.gone:
            proto.resume()
            await self._wait()
        if self.gone:
            return _DISCONNECT
        parts = self.body
        body = parts[0] if len(parts) == 1 else b"".join(parts)
        self.body = []
        self.length = 0
        self.drained = self.complete
        if not self.complete:
            proto.resume()
        return {"type": "http.request", "body": body, "more_body": not self.complete}

    async def send(self, message: dict[str, Any]) -> None:
        """ASGI ``send``: the head is kept until the first body part, then both go out in one write."""
        self.write(message)
        drain = self.proto.drain
        if drain is not None:
            await drain

    def write(self, message: dict[str, Any]) -> None:
        if self.gone:
            return
        kind = message["type"]
        if kind == "http.response.start" and not self.started:
            # a body not read in full is not skipped: the connection closes after the answer
            self.start(self.scope["method"], int(message["status"]), message.get("headers") or (),
                       close=not self.complete, defaults=self.proto.default_headers())
        elif kind == "http.response.body" and self.started and not self.done:
            data = self.frame(message)
            if data:
                self.proto.transport.write(data)
            if self.done:
                self.proto.finished(self)
        else:
            raise RuntimeError(f"unexpected ASGI message {kind!r} at this point of the response")

    def ran(self, task: asyncio.Task[None]) -> None:
        """The app's task ended: a failure or an unfinished answer ends the connection."""
        proto = self.proto
        proto.tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("the ASGI application failed on a request", exc_info=exc)
            if not self.started and not self.gone:
                head = [(b"content-type", b"text/plain"), (b"content-length", b"21"), (b"connection", b"close")]
                self.write({"type": "http.response.start", "status": 500, "headers": head})
                self.write({"type": "http.response.body", "body": b"Internal Server Error"})
                return
        if not self.done and not self.gone:
            if exc is None:
                log.error("the ASGI application returned without completing its response")
            proto.transport.close()


class GatewayProtocol(asyncio.Protocol):
    """An HTTP/1.1 server connection driving an ASGI app (see the module docstring).

    uvicorn creates one per connection (``http=gateway_protocol(...)`` in its config); use
    :func:`gateway_protocol` to set the deadlines.
    """

    head_timeout: float = 10.0
    body_timeout: float = 30.0

    def __init__(self, config: Any, server_state: Any, app_state: Any, _loop: Any = None) -> None:
        if not config.loaded:
            config.load()
        self.app = config.loaded_app
        self.loop = _loop or asyncio.get_event_loop()
        self.server_state = server_state
        self.connections: set[Any] = server_state.connections
        self.tasks: set[asyncio.Task[None]] = server_state.tasks
        self.keep_alive_timeout = float(config.timeout_keep_alive)
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport = None  # type: ignore[assignment]
        self.server: tuple[str, int] | None = None
        self.client: tuple[str, int] | None = None
        self.parsing: _Cycle | None = None  # the request llhttp is reading
        self.active: _Cycle | None = None  # the request being answered
        self.queue: collections.deque[_Cycle] = collections.deque()  # pipelined, parsed, not yet answered
        self.url = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.expect = False  # the request being read carries "Expect: 100-continue"
        self.last_chunk = False  # a chunk header was parsed and no chunk data followed: maybe the last chunk
        self.trailer_len = 0  # bytes of the trailer fields parsed since the last chunk's header
        self.trailer_read = 0  # bytes of the reads made wholly within that trailer section
        self.chunks = 0  # chunk headers parsed on this connection
        self.defaults_of: list[tuple[bytes, bytes]] | None = None  # uvicorn's default headers, as last seen
        self.defaults = b""  # the same, as head lines
        self.in_head = True  # awaiting (the rest of) a request head
        self.head_len = 0  # bytes received since the current head began to be awaited
        self.line_ended = False  # the current head's request line has ended (within MAX_HEAD)
        self.tail = b""  # the last bytes of the previous read while in a head (its end may straddle reads)
        self.head_since = 0.0  # loop time the current head began to be awaited
        self.body_seen: float | None = None  # when a sweep first saw this request's body still arriving
        self.lingering = False  # refused: reading and dropping what the client still sends
        self.refusal: tuple[int, str, str] | None = None  # a bad request behind one still being answered
        self.paused = False  # reading paused (a pipelined request waits, or a body is buffered)
        self.upgraded = False  # the client asked to switch protocols: close after answering
        self.drain: asyncio.Future[None] | None = None  # set while the transport's write buffer is full

    # -- connection ------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # noqa: D102 - asyncio callback
        # No isinstance check: uvloop's transports have asyncio's methods but are not its subclasses.
        self.transport = transport  # type: ignore[assignment]
        self.connections.add(self)
        sock = transport.get_extra_info("sockname")
        peer = transport.get_extra_info("peername")
        self.server = (str(sock[0]), int(sock[1])) if isinstance(sock, tuple) else None
        self.client = (str(peer[0]), int(peer[1])) if isinstance(peer, tuple) else None
        self.head_since = self.loop.time()
        _Sweeper.watch(self)

    def connection_lost(self, exc: Exception | None) -> None:  # noqa: D102 - asyncio callback
        self.connections.discard(self)
        self.resume_writing()
        for cycle in (self.active, *self.queue):
            if cycle is not None:
                cycle.gone = True
                cycle.wake()
        self.queue.clear()

    def eof_received(self) -> bool | None:  # noqa: D102 - asyncio callback: the client may still read answers
        return None

    def shutdown(self) -> None:
        """uvicorn's graceful shutdown: close now if idle, else after the response in progress."""
        if self.active is None:
            self.transport.close()
        else:
            self.active.keep_alive = False
            for cycle in self.queue:
                cycle.keep_alive = False

    def pause_writing(self) -> None:  # noqa: D102 - asyncio callback: the app's next send waits
        if self.drain is None:
            self.drain = self.loop.create_future()

    def resume_writing(self) -> None:  # noqa: D102 - asyncio callback
        drain, self.drain = self.drain, None
        if drain is not None and not drain.done():
            drain.set_result(None)

    def default_headers(self) -> bytes:
        """uvicorn's default response headers (``date``, and ``server`` unless configured off) as head lines."""
        headers = self.server_state.default_headers
        if headers is not self.defaults_of:  # uvicorn makes a new list when the date changes (once a second)
            self.defaults_of = headers
            self.defaults = b"".join(b"%s: %s\r\n" % (k, v) for k, v in headers)
        return self.defaults

    # -- reading ---------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        """Feed llhttp, refusing heads over :data:`MAX_HEAD` and requests it finds malformed."""
        if self.lingering or self.refusal is not None:
            return
        if self.in_head:
            before = self.head_len
            if not self.line_ended and before < MAX_HEAD:
                self.line_ended = data.find(b"\n", 0, MAX_HEAD - before) >= 0
            self.head_len = before + len(data)
            if self.head_len > MAX_HEAD and not self._head_ends_in_bounds(data):
                self._refuse_later(0, "", "")
                return
            self.tail = data[-3:]
        in_trailers, chunk = self.last_chunk, self.chunks
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserCallbackError as exc:
            if not isinstance(exc.__context__, _Stop):  # a callback failed: as any request llhttp refuses
                self._refuse_later(400, "bad_request", f"malformed request ({exc.__context__ or exc})")
        except httptools.HttpParserUpgrade:
            # A protocol switch is not served: the request is answered, then the connection closed.
            self.upgraded = True
            self.lingering = True
        except httptools.HttpParserError as exc:
            if str(exc) == "Invalid HTTP version":  # as the gateway answers a version it does not serve
                self._refuse_later(505, "http_version_not_supported", f"not an HTTP version served ({exc})")
            else:
                self._refuse_later(400, "bad_request", f"malformed request ({exc})")
        else:
            if in_trailers and self.last_chunk and chunk == self.chunks:
                # A read wholly inside one trailer section: llhttp holds a field until it ends, so this
                # bounds one field of any length (on_header bounds the fields that ended).
                self.trailer_read += len(data)
                if self.trailer_read > MAX_HEAD:
                    self._refuse_trailers()

    def _head_ends_in_bounds(self, data: bytes) -> bool:
        """Whether the head being received ends within :data:`MAX_HEAD` bytes (the rest is body or the next request)."""
        probe = self.tail + data
        end = probe.find(b"\r\n\r\n")
        return end >= 0 and self.head_len - len(probe) + end <= MAX_HEAD

    def on_message_begin(self) -> None:  # noqa: D102 - llhttp callback
        self.url = b""
        self.headers = []
        self.expect = False

    def on_url(self, url: bytes) -> None:  # noqa: D102 - llhttp callback (a long URL comes in parts)
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:  # noqa: D102 - llhttp callback
        if not self.in_head:  # a trailer field: dropped (as wasmtime serve does), only its size counts
            self.trailer_len += len(name) + len(value) + 4
            if self.trailer_len > MAX_HEAD:
                self._refuse_trailers()
                raise _Stop  # llhttp stops parsing this connection
            return
        name = name.lower()
        if name == b"expect":
            self.expect = value.lower() == b"100-continue"
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:  # noqa: D102 - llhttp callback
        parser = self.parser
        url = self.url
        if url[:1] == b"/":
            raw_path, _, query = url.partition(b"?")
        else:  # absolute-form (a proxy's request), or "*"
            parsed = httptools.parse_url(url)
            raw_path, query = parsed.path or b"/", parsed.query or b""
        path = raw_path.decode("latin-1")
        if "%" in path:
            path = unquote(path)
        scope = {
            "type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": parser.get_http_version(), "method": parser.get_method().decode("ascii"),
            "scheme": "http", "path": path, "raw_path": raw_path, "query_string": query, "root_path": "",
            "headers": self.headers, "server": self.server, "client": self.client,
        }
        cycle = self.parsing = _Cycle(self, scope)
        cycle.keep_alive = parser.should_keep_alive()
        cycle.continue_ = self.expect and scope["http_version"] == "1.1"
        self.in_head = False
        self.head_len = 0
        self.tail = b""
        if self.active is None:
            self._start(cycle)
        else:  # pipelined: answered once the ones before it are
            self.queue.append(cycle)
            self._pause()

    def on_chunk_header(self) -> None:  # noqa: D102 - llhttp callback; the last chunk's trailers follow it
        self.last_chunk = True
        self.chunks += 1
        self.trailer_len = self.trailer_read = 0

    def on_chunk_complete(self) -> None:  # noqa: D102 - llhttp callback
        self.last_chunk = False

    def on_body(self, body: bytes) -> None:  # noqa: D102 - llhttp callback
        self.last_chunk = False
        cycle = self.parsing
        if cycle is None or cycle.gone:
            return
        cycle.body.append(body)
        cycle.length += len(body)
        if cycle.length > _HIGH_WATER:
            self._pause()
        cycle.wake()

    def on_message_complete(self) -> None:  # noqa: D102 - llhttp callback
        cycle = self.parsing
        if cycle is not None:
            cycle.complete = True
            cycle.wake()
        self.parsing = None
        self.in_head = True
        self.line_ended = False
        self.last_chunk = False

    def _pause(self) -> None:
        if not self.paused:
            self.paused = True
            self.transport.pause_reading()

    def resume(self) -> None:
        if self.paused and not self.queue:
            self.paused = False
            self.transport.resume_reading()

    # -- answering -------------------------------------------------------------------

    def _start(self, cycle: _Cycle) -> None:
        self.active = cycle
        self.body_seen = None
        task = self.loop.create_task(self.app(cycle.scope, cycle.receive, cycle.send))
        self.tasks.add(task)
        task.add_done_callback(cycle.ran)

    def finished(self, cycle: _Cycle) -> None:
        """A response went out: close, or start the next pipelined request (its head deadline restarts)."""
        self.server_state.total_requests += 1
        self.active = None
        cycle.wake()
        if not cycle.keep_alive or (self.upgraded and not self.queue):
            self.transport.close()
            return
        self.head_since = self.loop.time()
        if self.refusal is not None and not self.queue:
            self._refuse_now()
        elif self.queue:
            self._start(self.queue.popleft())
        self.resume()

    # -- refusing --------------------------------------------------------------------

    def _refuse_later(self, status: int, error: str, detail: str) -> None:
        """Refuse the request being read once those before it are answered (status 0: head too long)."""
        self.refusal = (status, error, detail)
        bad, active = self.parsing, self.active
        if bad is not None and bad is not active and bad in self.queue:
            self.queue.remove(bad)  # its body is malformed or late: it is never answered
        if active is not None and active is bad and active.started:  # too late for an answer: just end it
            self.refusal = None
            active.gone = self.lingering = True
            self.transport.close()
        elif active is None or active is bad:
            self._refuse_now()
        else:
            self._pause()

    def _refuse_trailers(self) -> None:
        self._refuse_later(431, "headers_too_large", f"the request trailers are longer than {MAX_HEAD} bytes")

    def _refuse_now(self) -> None:
        assert self.refusal is not None
        status, error, detail = self.refusal
        self.refusal = None
        cycle = self.active
        if cycle is not None:  # refused mid-body: its app sees the client gone
            cycle.gone = True
            cycle.wake()
        if status == 0:
            self.lingering = refuse_too_long(self.transport, self.loop, self.line_ended)
        else:
            self.lingering = refuse(self.transport, self.loop, status, error, detail)

    def check(self, now: float) -> None:
        """Called by the sweep: end the connection if a head or body is overdue, or it idled too long."""
        if self.lingering or self.refusal is not None or self.transport.is_closing():
            return
        cycle = self.parsing
        if cycle is None or cycle.complete:
            self.body_seen = None
        elif self.body_seen is None:
            self.body_seen = now  # measured from the first sweep that sees it (at most a second late)
        elif now - self.body_seen >= self.body_timeout:
            self._refuse_later(408, "body_timeout", f"the request body was not complete within {self.body_timeout:g} s")
            return
        if self.active is not None or not self.in_head:
            return
        if self.head_len:  # part of a head arrived: say why the connection ends
            if now - self.head_since >= self.head_timeout:
                detail = f"the request head was not complete within {self.head_timeout:g} s"
                self._refuse_later(408, "header_timeout", detail)
        elif now - self.head_since >= min(self.head_timeout, self.keep_alive_timeout):
            self.transport.close()  # an idle connection: just close it


def gateway_protocol(head_timeout: float, body_timeout: float = 30.0) -> type[GatewayProtocol]:
    """An :class:`GatewayProtocol` class with these deadlines (seconds) for request heads and bodies."""
    attrs = {"head_timeout": float(head_timeout), "body_timeout": float(body_timeout)}
    return type("GatewayProtocol", (GatewayProtocol,), attrs)
