"""The gateway's HTTP/1.1 connections: uvicorn's h11 protocol with bounds on the request head.

uvicorn bounds idle keep-alive connections but not a request head that never
ends: a client sending half a head (or one byte every half second) held a
connection open indefinitely. Here every request head must be complete within
``head_timeout`` seconds of the connection opening or of the previous response
(408 otherwise) and within :data:`MAX_HEAD` bytes (414 when the request line
alone is longer, 431 when the header fields are), and its body within
``body_timeout`` seconds of the head (408 otherwise: a trickled upload holds a
connection, though never a guest, which runs only once the body is whole).
Other malformed heads get a 400; every refusal is a JSON body like the
gateway's own errors, and the connection is closed.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["MAX_HEAD", "BoundedH11Protocol", "bounded_protocol", "refuse", "refuse_too_long", "watch_deadlines"]

#: Largest request head (request line plus header fields) accepted, bytes.
MAX_HEAD = 32 << 10

#: Seconds a refused connection's further input is read and dropped before it is closed.
_LINGER = 2.0

#: Reads at most this long are left to h11's own bound on incomplete heads.
_SMALL_READ = 1024

_PHRASES = {400: b"Bad Request", 408: b"Request Timeout", 414: b"URI Too Long", 431: b"Request Header Fields Too Large",
            505: b"HTTP Version Not Supported"}


class BoundedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline and a size limit on each request head.

    Use :func:`bounded_protocol` to set the deadline; uvicorn creates one instance per connection.
    """

    head_timeout: float = 10.0
    body_timeout: float = 30.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_HEAD)
        self._head_since = 0.0  # loop time the current head began to be awaited
        self._lingering = False  # refused: reading and dropping what the client still sends
        self._body_seen: float | None = None  # when a sweep first saw this request's body still arriving

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """A new connection: its first request head must arrive within the deadline."""
        super().connection_made(transport)
        self._head_since = self.loop.time()
        watch_deadlines(self)

    def data_received(self, data: bytes) -> None:
        """Feed h11, refusing heads over :data:`MAX_HEAD`."""
        if self._lingering:
            return
        # h11 bounds only an *incomplete* head; one that arrives whole in a large read is measured here
        # (small reads cannot complete an over-long head: h11 refuses the buffer first).
        if len(data) > _SMALL_READ and self.conn.their_state is h11.IDLE:
            head = self.conn.trailing_data[0] + data
            end = head.find(b"\r\n\r\n")
            if end > MAX_HEAD or (end < 0 and len(head) > MAX_HEAD):
                self._too_long(head)
                return
        super().data_received(data)

    def on_response_complete(self) -> None:
        """A response went out: the next request head gets a fresh deadline."""
        self._head_since = self.loop.time()
        super().on_response_complete()

    def send_400_response(self, msg: str) -> None:
        """A head h11 refused: 414/431 when it was too long, else 400 (JSON body, connection closed)."""
        buffered = self.conn.trailing_data[0]
        if len(buffered) >= MAX_HEAD:
            self._too_long(buffered)
        else:
            self._refuse(400, "bad_request", "malformed HTTP/1.1 request head")

    def _too_long(self, head: bytes) -> None:
        self._lingering = refuse_too_long(self.transport, self.loop, b"\n" in head[:MAX_HEAD])

    def _check_head(self, now: float) -> None:
        """Called by the sweeper: end the connection if its head (or its body) is overdue."""
        state = self.conn.their_state
        if state is not h11.SEND_BODY:
            self._body_seen = None
        elif self._body_seen is None:
            self._body_seen = now  # measured from the first sweep that sees it (at most a second late)
        elif now - self._body_seen >= self.body_timeout and not self._lingering:
            if self.cycle is not None and not self.cycle.response_started:
                detail = f"the request body was not complete within {self.body_timeout:g} s"
                self._refuse(408, "body_timeout", detail)
            return
        if self._lingering or now - self._head_since < self.head_timeout:
            return
        if self.transport.is_closing() or state is not h11.IDLE:
            return
        if self.conn.trailing_data[0]:  # part of a head arrived: say why the connection ends
            self._refuse(408, "header_timeout", f"the request head was not complete within {self.head_timeout:g} s")
        else:  # an idle connection: just close it
            self.transport.close()

    def _refuse(self, status: int, error: str, detail: str) -> None:
        self._lingering = refuse(self.transport, self.loop, status, error, detail)


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


class _Sweeper:
    """Once a second, ends the connections of one server whose request head is overdue.

    One periodic check per server instead of a timer armed and cancelled per request (the
    gateway's hot path). It runs while the server has connections and restarts with the next.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, connections: set[Any]) -> None:
        self.loop = loop
        self.connections = connections
        self.handle: asyncio.TimerHandle | None = None

    @staticmethod
    def watch(proto: Any) -> None:
        state = proto.server_state
        sweeper: _Sweeper | None = getattr(state, "_multipie_sweeper", None)
        if sweeper is None:
            sweeper = _Sweeper(proto.loop, proto.connections)
            state._multipie_sweeper = sweeper  # type: ignore[attr-defined]
        if sweeper.handle is None:
            sweeper.handle = sweeper.loop.call_later(_SWEEP_INTERVAL, sweeper.sweep)

    def sweep(self) -> None:
        now = self.loop.time()
        for proto in list(self.connections):
            check = getattr(proto, "_check_head", None)
            if check is not None:
                check(now)
        self.handle = self.loop.call_later(_SWEEP_INTERVAL, self.sweep) if self.connections else None


def watch_deadlines(proto: Any) -> None:
    """Have ``proto``'s ``_check_head(now)`` called about once a second while its server has connections.

    ``proto`` is a uvicorn-made protocol: it has ``server_state``, ``loop`` and ``connections``.
    """
    _Sweeper.watch(proto)


#: Seconds between two sweeps (a head may be up to this much later than its deadline).
_SWEEP_INTERVAL = 1.0


def bounded_protocol(head_timeout: float, body_timeout: float = 30.0) -> type[BoundedH11Protocol]:
    """A :class:`BoundedH11Protocol` class with these deadlines (seconds) for request heads and bodies."""
    attrs = {"head_timeout": float(head_timeout), "body_timeout": float(body_timeout)}
    return type("BoundedH11Protocol", (BoundedH11Protocol,), attrs)
