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
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from dataclasses import dataclass
from typing import Any

__all__ = ["HOP_BY_HOP", "Lost", "NotSent", "Upstream"]

#: Headers that describe one connection, not the request (RFC 9110 7.6.1), and ``expect`` (the
#: entry point already has the body); the entry point sets the framing and the request id itself.
HOP_BY_HOP = frozenset(
    {b"connection", b"keep-alive", b"proxy-connection", b"te", b"trailer", b"transfer-encoding", b"upgrade",
     b"content-length", b"expect", b"x-request-id"}
)
#: Largest response head read from a replica, bytes (its gateway writes a few hundred).
_MAX_HEAD = 64 << 10
#: TCP keep-alive: first probe after this many idle seconds, then every _KEEPINTVL, _KEEPCNT tries.
_KEEPIDLE, _KEEPINTVL, _KEEPCNT = 5, 2, 3
#: Seconds between two checks for overdue answers (an answer may be aborted up to this much late).
_SWEEP = 0.25


class NotSent(Exception):
    """The request never reached the replica (connecting failed): safe to send elsewhere."""


class Lost(Exception):
    """The request was sent but no complete answer came back: the replica may have run it."""


@dataclass(eq=False)
class _Conn:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    used: float  # loop time of the last complete answer
    deadline: float = 0.0  # loop time by which the answer in progress must be complete
    expired: bool = False  # aborted by the sweep: the answer did not come in time


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
        loop = asyncio.get_running_loop()
        # No timer per request: one sweep a second aborts connections whose answer is overdue.
        conn.deadline = loop.time() + timeout
        self._busy.add(conn)
        if self._sweep is None:
            self._sweep = loop.call_later(_SWEEP, self._overdue)
        try:
            conn.writer.writelines(parts)
            status, out_headers, out, keep = await _read_answer(conn.reader, method)
        except (OSError, EOFError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
            conn.writer.transport.abort()
            why = f"no answer within {timeout:g}s" if conn.expired else exc
            raise Lost(f"{self}: {method} {target.decode('latin-1')} sent, no complete answer ({why!s:.200})") from None
        finally:
            self._busy.discard(conn)
        if keep:
            conn.used = loop.time()
            self._idle.append(conn)
        else:
            conn.writer.transport.close()
        return status, out_headers, out

    def _overdue(self) -> None:
        """The sweep: abort connections whose answer is past its deadline (the read then fails: Lost)."""
        now = self._loop.time() if self._loop is not None else 0.0
        for conn in [c for c in self._busy if c.deadline <= now]:
            conn.expired = True
            conn.writer.transport.abort()
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
            if now - conn.used <= self.max_idle and not conn.writer.transport.is_closing() and not conn.reader.at_eof():
                return conn
            conn.writer.transport.close()
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port, limit=_MAX_HEAD), self.connect_timeout
            )
        except (OSError, TimeoutError) as exc:
            raise NotSent(f"{self}: cannot connect ({exc!s:.200})") from None
        _keepalive(writer.get_extra_info("socket"))
        return _Conn(reader, writer, loop.time())

    def _drop_idle(self) -> None:
        for conn in self._idle:
            with contextlib.suppress(Exception):  # its loop may be closed already
                conn.writer.transport.close()
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


async def _read_answer(reader: asyncio.StreamReader, method: str) -> tuple[int, list[tuple[bytes, bytes]], bytes, bool]:
    """One HTTP/1.1 response: (status, headers, body, connection reusable).

    Raises:
        ValueError: a malformed head.
        asyncio.IncompleteReadError, OSError: the connection ended early.
    """
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head[:-4].split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    if not version.startswith(b"HTTP/1."):
        raise ValueError(f"not an HTTP/1.x status line: {lines[0][:80]!r}")
    status = int(rest[:3])
    headers: list[tuple[bytes, bytes]] = []
    length: int | None = None
    chunked = False
    keep = version == b"HTTP/1.1"
    for line in lines[1:]:
        k, _, v = line.partition(b":")
        k, v = k.strip().lower(), v.strip()
        if k == b"content-length":
            length = int(v)
        elif k == b"transfer-encoding":
            chunked = v.lower().endswith(b"chunked")
        elif k == b"connection":
            keep = b"close" not in v.lower() and (keep or b"keep-alive" in v.lower())
        headers.append((k, v))
    if method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        return status, headers, b"", keep
    if chunked:
        return status, headers, await _read_chunked(reader), keep
    if length is not None:
        return status, headers, await reader.readexactly(length), keep
    return status, headers, await reader.read(), False  # delimited by the end of the connection


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0].strip(), 16)
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)
