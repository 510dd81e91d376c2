"""The replica's end of the hop from the entry point: a lean HTTP/1.1 server in front of its gateway.

The entry point (uvicorn with the gateway's bounded llhttp protocol, :mod:`multipie.app.protocol`)
has already parsed, bounded and checked what the client sent; what reaches a
replica is what :class:`~multipie.scaleout.forward.Upstream` writes: a request line,
lower-case header fields and a ``Content-Length`` body, one request at a time per
connection. Parsing that again with h11 would cost the replica about as much CPU as
the whole request costs a single-node gateway, so this server reads exactly that
shape (a few ``bytes`` splits) and drives the replica's ordinary
:class:`~multipie.app.gateway.Gateway` through ASGI; routing, admission, error
mapping and metrics stay the gateway's.

Anything else is refused and the connection closed: a head over :data:`MAX_HEAD`
(431), a malformed head or a ``Transfer-Encoding`` (400), a body over ``max_body``
(413). A connection idle for ``idle`` seconds is closed. The port is meant for the
cluster's network only, like Ray's own ports.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from typing import Any
from urllib.parse import unquote

from multipie.app.answer import STATUS, Answer, whole_body
from multipie.app.protocol import MAX_HEAD

__all__ = ["MAX_HEAD", "HopProtocol", "listen", "serve_hop"]

log = logging.getLogger("multipie.scaleout")

_ERRORS = {400: "bad_request", 413: "body_too_large", 431: "headers_too_large"}


class HopProtocol(asyncio.Protocol):
    """One connection from the entry point: requests in order, each answered by the ASGI ``app``."""

    def __init__(self, app: Any, *, max_body: int, idle: float, server: tuple[str, int]) -> None:
        self.app = app
        self.max_body = max_body
        self.idle = idle
        self.server = server
        self.loop = asyncio.get_running_loop()
        self.transport: asyncio.Transport | None = None
        self.client: tuple[str, int] = ("", 0)
        self.buf = bytearray()
        self.busy = False  # a request is being answered: later bytes wait in buf
        self.last = self.loop.time()  # when the connection last became idle
        self.timer: asyncio.TimerHandle | None = None
        self.task: asyncio.Task[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:  # noqa: D102 - asyncio callback
        # No isinstance check: uvloop's transports (Ray's workers run uvloop) are not asyncio's subclasses.
        self.transport = transport  # type: ignore[assignment]
        sock = transport.get_extra_info("socket")
        if sock is not None:  # answers are small writes: never wait for the peer's delayed ACK (Nagle)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        peer = transport.get_extra_info("peername")
        self.client = (str(peer[0]), int(peer[1])) if peer else ("", 0)
        self.timer = self.loop.call_later(self.idle, self._idle_check)

    def connection_lost(self, exc: Exception | None) -> None:  # noqa: D102 - asyncio callback
        if self.timer is not None:
            self.timer.cancel()
        self.transport = None

    def data_received(self, data: bytes) -> None:  # noqa: D102 - asyncio callback
        self.buf += data
        if not self.busy:
            self._next()

    def _idle_check(self) -> None:
        """Close the connection once idle for ``idle`` seconds (one timer per idle period, not per request)."""
        if self.transport is None:
            return
        left = self.idle if self.busy else self.last + self.idle - self.loop.time()
        if left <= 0:
            self.transport.close()
        else:
            self.timer = self.loop.call_later(left, self._idle_check)

    def _next(self) -> None:
        """Start the next complete request in the buffer, if any."""
        end = self.buf.find(b"\r\n\r\n", 0, MAX_HEAD + 4)
        if end < 0:
            if len(self.buf) > MAX_HEAD:
                self._refuse(431, f"request head longer than {MAX_HEAD} bytes")
            return
        try:
            scope, length = self._parse(bytes(self.buf[:end]))
        except ValueError as exc:
            self._refuse(400, str(exc))
            return
        if length > self.max_body:
            self._refuse(413, f"request body of {length} bytes exceeds {self.max_body} bytes")
            return
        start = end + 4
        if len(self.buf) < start + length:
            return  # the body is still arriving
        body = bytes(self.buf[start : start + length])
        del self.buf[: start + length]
        self.busy = True
        self.task = self.loop.create_task(self._answer(scope, body))  # held: the loop keeps only a weak one

    def _parse(self, head: bytes) -> tuple[dict[str, Any], int]:
        """(ASGI scope, body length) of one request head.

        Raises:
            ValueError: not a request this hop carries.
        """
        lines = head.split(b"\r\n")
        parts = lines[0].split(b" ")
        if len(parts) != 3 or parts[2] != b"HTTP/1.1" or not parts[1].startswith(b"/"):
            raise ValueError(f"malformed request line {lines[0][:80]!r}")
        headers = []
        length = 0
        for line in lines[1:]:
            name, colon, value = line.partition(b":")
            if not colon or not name or name != name.strip():
                raise ValueError(f"malformed header field {line[:80]!r}")
            name, value = name.lower(), value.strip()
            if name == b"content-length":
                if not value.isdigit():
                    raise ValueError(f"malformed Content-Length {value[:20]!r}")
                length = int(value)
            elif name == b"transfer-encoding":
                raise ValueError("Transfer-Encoding is not carried on this hop (Content-Length only)")
            headers.append((name, value))
        raw_path, _, query = parts[1].partition(b"?")
        scope = {
            "type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
            "method": parts[0].decode("ascii"), "scheme": "http", "path": unquote(raw_path.decode("latin-1")),
            "raw_path": raw_path, "query_string": query, "root_path": "", "headers": headers,
            "client": self.client, "server": self.server,
        }
        return scope, length

    async def _answer(self, scope: dict[str, Any], body: bytes) -> None:
        answer = Answer()

        async def send(msg: dict[str, Any]) -> None:
            if msg["type"] == "http.response.start":
                answer.start(scope["method"], int(msg["status"]), msg.get("headers") or ())
            elif msg["type"] == "http.response.body" and answer.started and not answer.done:
                data = answer.frame(msg)  # the head goes with the first body part: one send per answer
                if data and self.transport is not None:
                    self.transport.write(data)

        try:
            await self.app(scope, whole_body(body), send)
        except Exception:  # noqa: BLE001 - the gateway answers its own failures; this is a bug guard
            log.exception("replica gateway failed on a forwarded request")
            answer.keep_alive = False
        if not answer.done and self.transport is not None:
            self.transport.close()  # no complete answer: the entry point sees the request as lost
            return
        self.busy = False
        if not answer.keep_alive:
            if self.transport is not None:
                self.transport.close()
            return
        self.last = self.loop.time()
        if self.buf:
            self._next()

    def _refuse(self, status: int, detail: str) -> None:
        """Answer a request this hop does not carry with a JSON error, and close the connection."""
        self.busy = True  # nothing more is read from this connection
        if self.transport is None:
            return
        body = json.dumps({"error": _ERRORS[status], "status": status, "service": None, "detail": detail}).encode()
        head = b"content-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n" % len(body)
        self.transport.write(STATUS[status] + head + body)
        self.buf.clear()
        with contextlib.suppress(Exception):
            self.transport.write_eof()
        self.loop.call_later(1.0, self.transport.close)


def listen(host: str, port: int = 0) -> socket.socket:
    """A listening TCP socket on ``host`` (port 0: any free one) for :func:`serve_hop`.

    Made with ``IPPROTO_TCP`` explicitly (not ``socket.create_server``'s protocol 0), the
    shape asyncio recognises when it turns Nagle off on accepted connections.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


async def serve_hop(app: Any, sock: Any, *, max_body: int, idle: float) -> asyncio.Server:
    """Serve the ASGI ``app`` on the listening socket ``sock`` with :class:`HopProtocol`; returns the server."""
    host, port = sock.getsockname()[:2]
    server = (str(host), int(port))
    loop = asyncio.get_running_loop()
    return await loop.create_server(
        lambda: HopProtocol(app, max_body=max_body, idle=idle, server=server), sock=sock
    )
