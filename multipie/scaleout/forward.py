"""Forwarding HTTP requests from the entry point to a replica's own gateway, over kept-alive connections.

Each replica serves its unit's routes with the ordinary gateway behind a lean
HTTP/1.1 server (:mod:`multipie.scaleout.hop`), on a port of its node
(:meth:`~multipie.scaleout.replica.Replica.ping` reports it). The entry point
sends each request there as HTTP/1.1 bytes on a connection it keeps open
(:class:`Upstream`, one per replica), instead of a Ray actor call: no
serialisation, no gRPC round trip, no actor event loop on the request path
(docs/scale-out.md, "Cost model").

What the caller must know to retry safely is *whether the replica may have seen
the request*; every failure says so:

- :class:`NotSent`: no connection could be made, so no byte left this process —
  any method can go to another replica;
- :class:`Lost`: the request was written but no complete answer came back (the
  replica died, its node went away, or the answer did not come within the bound)
  — only idempotent methods may be repeated.

A connection the replica closed while idle would turn into a false :class:`Lost`
for the next request written on it; connections idle longer than ``max_idle``
(half the replica's idle deadline, :data:`~multipie.scaleout.replica.KEEP_ALIVE`)
are therefore closed here instead of reused. TCP keep-alive probes notice a peer whose machine vanished
without closing anything.

Each connection is an asyncio protocol parsing answers with llhttp (``httptools``) as
they arrive: no stream reader between the socket and the parser, one future per answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import httptools

__all__ = ["HOP_BY_HOP", "Lost", "NotSent", "Upstream"]

#: Headers that describe one connection, not the request (RFC 9110 7.6.1), and ``expect`` (the
#: entry point already has the body); the entry point sets the framing and the request id itself.
HOP_BY_HOP = frozenset(
    {b"connection", b"keep-alive", b"proxy-connection", b"te", b"trailer", b"transfer-encoding", b"upgrade",
     b"content-length", b"expect", b"x-request-id"}
)
#: TCP keep-alive: first probe after this many idle seconds, then every _KEEPINTVL, _KEEPCNT tries.
_KEEPIDLE, _KEEPINTVL, _KEEPCNT = 5, 2, 3
#: Seconds between two checks for overdue answers (an answer may be aborted up to this much late).
_SWEEP = 0.25


class NotSent(Exception):
    """The request never reached the replica (connecting failed): safe to send elsewhere."""


class Lost(Exception):
    """The request was sent but no complete answer came back: the replica may have run it."""


class _Conn(asyncio.Protocol):
    """One kept-alive connection to a replica: it writes a request and parses the answer with llhttp."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.transport: asyncio.Transport = None  # type: ignore[assignment]
        self.parser = httptools.HttpResponseParser(self)
        self.used = loop.time()  # loop time of the last complete answer
        self.deadline = 0.0  # loop time by which the answer in progress must be complete
        self.expired = False  # aborted by the sweep: the answer did not come in time
        self.closed = False
        self.waiter: asyncio.Future[None] | None = None  # the answer in progress
        self.head_only = False  # answering HEAD: a content-length but no body
        self.status = 0
        self.headers: list[tuple[bytes, bytes]] = []
        self.body: list[bytes] = []
        self.started = False  # the answer's head is complete
        self.keep = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # noqa: D102 - asyncio callback
        # No isinstance check: uvloop's transports are not asyncio's subclasses.
        self.transport = transport  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:  # noqa: D102 - asyncio callback
        self.closed = True
        if self.waiter is None or self.waiter.done():
            return
        framed = any(k in (b"content-length", b"transfer-encoding") for k, _ in self.headers)
        if self.started and not framed:  # an answer delimited by the end of the connection
            self.keep = False
            self.waiter.set_result(None)
        else:
            self.waiter.set_exception(exc or EOFError("the connection closed before the answer was complete"))

    def data_received(self, data: bytes) -> None:  # noqa: D102 - asyncio callback
        if self.waiter is None or self.waiter.done():  # nothing was asked: the connection is out of step
            self.abort(ValueError(f"unexpected bytes from the replica: {data[:40]!r}"))
            return
        try:
            self.parser.feed_data(data)
        except (httptools.HttpParserError, httptools.HttpParserUpgrade) as exc:
            self.abort(ValueError(f"malformed answer ({exc}): {data[:40]!r}"))

    def on_message_begin(self) -> None:  # noqa: D102 - llhttp callback
        if self.started:  # a second answer to one request: the connection is out of step (parsing stops)
            raise ValueError("more than one answer to one request")

    def on_header(self, name: bytes, value: bytes) -> None:  # noqa: D102 - llhttp callback
        self.headers.append((name.lower(), value))

    def on_headers_complete(self) -> None:  # noqa: D102 - llhttp callback
        parser = self.parser
        self.status = status = parser.get_status_code()
        self.keep = parser.should_keep_alive()
        self.started = True
        if self.head_only or status in (204, 304) or status < 200:
            # No body follows (RFC 9112 6.3); llhttp cannot be told so for HEAD: the next answer gets a new parser.
            self.parser = httptools.HttpResponseParser(self)
            self._done()

    def on_body(self, body: bytes) -> None:  # noqa: D102 - llhttp callback
        if not self.head_only:
            self.body.append(body)

    def on_message_complete(self) -> None:  # noqa: D102 - llhttp callback
        self._done()

    def _done(self) -> None:
        w = self.waiter
        if w is not None and not w.done():
            w.set_result(None)

    def abort(self, exc: BaseException) -> None:
        """Fail the answer in progress with ``exc`` and drop the connection."""
        w = self.waiter
        if w is not None and not w.done():
            w.set_exception(exc)
        self.closed = True
        self.transport.abort()

    def send(self, data: bytes, head_only: bool) -> asyncio.Future[None]:
        """Write one request; the future is done once its whole answer has been parsed."""
        self.head_only = head_only
        self.status = 0
        self.headers = []
        self.body = []
        self.started = False
        self.waiter = self.loop.create_future()
        self.transport.write(data)
        return self.waiter


class Upstream:
    """Kept-alive HTTP/1.1 connections from this process to one replica's gateway.

    Args:
        host, port: where the replica's gateway listens.
        max_idle: seconds a connection may sit idle and still be reused.
        connect_timeout: seconds to wait for a new connection.
    """

    def __init__(self, host: str, port: int, *, max_idle: float = 2.0, connect_timeout: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.max_idle = max_idle
        self.connect_timeout = connect_timeout
        self._idle: list[_Conn] = []
        self._busy: set[_Conn] = set()
        self._sweep: asyncio.TimerHandle | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return f"Upstream({self.host}:{self.port})"

    async def request(
        self, method: str, target: bytes, headers: Any, body: bytes, *, timeout: float
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Send one request; returns (status, headers, body) of the replica's answer.

        ``headers`` are (lower-case name, value) byte pairs; hop-by-hop ones (:data:`HOP_BY_HOP`)
        must already be removed. ``timeout`` bounds the wait for the whole answer.

        Raises:
            NotSent: no connection could be made.
            Lost: sent, but the connection broke or the answer took longer than ``timeout``.
        """
        conn = await self._checkout()
        parts = [b"%s %s HTTP/1.1\r\n" % (method.encode("ascii"), target)]
        parts.extend(b"%s: %s\r\n" % kv for kv in headers)
        parts.append(b"content-length: %d\r\n\r\n" % len(body))
        parts.append(body)
        loop = conn.loop
        # No timer per request: one sweep a second aborts connections whose answer is overdue.
        conn.deadline = loop.time() + timeout
        self._busy.add(conn)
        if self._sweep is None:
            self._sweep = loop.call_later(_SWEEP, self._overdue)
        try:
            await conn.send(b"".join(parts), method == "HEAD")
        except (OSError, EOFError, ValueError) as exc:
            conn.abort(exc)
            why = f"no answer within {timeout:g}s" if conn.expired else exc
            raise Lost(f"{self}: {method} {target.decode('latin-1')} sent, no complete answer ({why!s:.200})") from None
        finally:
            self._busy.discard(conn)
            conn.waiter = None
        parts = conn.body
        out = parts[0] if len(parts) == 1 else b"".join(parts)
        if conn.keep and not conn.closed:
            conn.used = loop.time()
            self._idle.append(conn)
        else:
            conn.transport.close()
        return conn.status, conn.headers, out

    def _overdue(self) -> None:
        """The sweep: abort connections whose answer is past its deadline (the read then fails: Lost)."""
        now = self._loop.time() if self._loop is not None else 0.0
        for conn in [c for c in self._busy if c.deadline <= now]:
            conn.expired = True
            conn.abort(EOFError("aborted: overdue"))
        self._sweep = self._loop.call_later(_SWEEP, self._overdue) if self._busy and self._loop else None

    async def _checkout(self) -> _Conn:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # connections belong to the loop that opened them
            self._drop_idle()
            self._busy.clear()
            self._sweep = None
            self._loop = loop
        now = loop.time()
        while self._idle:
            conn = self._idle.pop()
            if now - conn.used <= self.max_idle and not conn.closed and not conn.transport.is_closing():
                return conn
            conn.transport.close()
        try:
            _, conn = await asyncio.wait_for(
                loop.create_connection(lambda: _Conn(loop), self.host, self.port), self.connect_timeout
            )
        except (OSError, TimeoutError) as exc:
            raise NotSent(f"{self}: cannot connect ({exc!s:.200})") from None
        _keepalive(conn.transport.get_extra_info("socket"))
        return conn

    def _drop_idle(self) -> None:
        for conn in self._idle:
            with contextlib.suppress(Exception):  # its loop may be closed already
                conn.transport.close()
        self._idle.clear()

    def close(self) -> None:
        """Close the idle connections (call from the loop that used them)."""
        self._drop_idle()


def _keepalive(sock: socket.socket | None) -> None:
    """TCP keep-alive probes, so a peer that vanished without a FIN is noticed in seconds."""
    if sock is None:
        return
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    for opt, value in (("TCP_KEEPIDLE", _KEEPIDLE), ("TCP_KEEPINTVL", _KEEPINTVL), ("TCP_KEEPCNT", _KEEPCNT)):
        if hasattr(socket, opt):
            sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, opt), value)
