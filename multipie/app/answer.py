"""One HTTP/1.1 answer framed from ASGI messages, as the gateway's servers write it.

The gateway's connections (:mod:`multipie.app.protocol`, ``multipie up`` and the
entry point of ``--ray``) and the replica's hop server (:mod:`multipie.scaleout.hop`)
frame answers the same way: the head is kept until the first body part and both go
out in one write (a whole body: one write per answer); no body on the wire for HEAD,
1xx, 204 and 304 (RFC 9112 6.3); chunked framing when the app gave no
``content-length``; a ``connection: close`` from the app (or a request whose
connection is not kept alive) ends the connection after the answer, saying so in the
head. A status without a registered reason phrase (a handler may set any code from 100
to 999) gets an empty one, which RFC 9112 allows and clients ignore; hyper (``wasmtime
serve`` 49) writes the placeholder ``<none>`` instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

__all__ = ["STATUS", "Answer", "status_line", "whole_body"]

#: Status lines by code: the registered ones (IANA's list, as Python knows it) and 499, the gateway's own.
#: Others (any code a handler sets, 100-999) are written with an empty reason phrase: see :func:`status_line`.
STATUS = {s.value: b"HTTP/1.1 %d %s\r\n" % (s.value, s.phrase.encode("latin-1")) for s in HTTPStatus}
STATUS[499] = b"HTTP/1.1 499 Client Closed Request\r\n"


def status_line(status: int) -> bytes:
    """The HTTP/1.1 status line of ``status`` (an empty reason phrase when none is registered)."""
    return STATUS.get(status) or b"HTTP/1.1 %d \r\n" % status


def whole_body(body: bytes) -> Callable[[], Awaitable[dict[str, Any]]]:
    """An ASGI ``receive`` for a request whose ``body`` was read in full: the body once, then a disconnect."""
    given = False

    async def receive() -> dict[str, Any]:
        nonlocal given
        if given:
            return {"type": "http.disconnect"}
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


class Answer:
    """The framing of one answer: :meth:`start` with the app's head, then write what :meth:`frame` returns."""

    __slots__ = ("chunked", "done", "head", "head_only", "keep_alive", "started")

    def __init__(self) -> None:
        self.keep_alive = True  # False: the connection ends after this answer
        self.started = False
        self.head = b""  # the answer's head, written with the first body part
        self.head_only = False  # HEAD, 1xx, 204, 304: no body on the wire
        self.chunked = False
        self.done = False  # the last body part was framed

    def start(self, method: str, status: int, headers: Any, *, close: bool = False, defaults: bytes = b"") -> None:
        """Frame the head of a ``status`` answer (ASGI ``headers``) to a ``method`` request.

        ``close``: end the connection after this answer (e.g. a request body not read in full).
        ``defaults``: header lines (``name: value\\r\\n`` each) the server adds to every answer.

        Raises:
            RuntimeError: a header name or value carries a line break.
        """
        self.started = True
        self.head_only = method == "HEAD" or status in (204, 304) or status < 200
        lines = [status_line(status), defaults]
        length = False
        for name, value in headers:
            if b"\n" in name or b"\r" in name or b"\n" in value or b"\r" in value:
                raise RuntimeError(f"a response header carries a line break: {name[:40]!r}")
            name = name.lower()
            if name == b"content-length":
                length = True
            elif name == b"connection" and b"close" in value.lower():
                self.keep_alive = False
                continue
            lines.append(b"%s: %s\r\n" % (name, value))
        if not length and not self.head_only:
            self.chunked = True
            lines.append(b"transfer-encoding: chunked\r\n")
        if close:
            self.keep_alive = False
        if not self.keep_alive:
            lines.append(b"connection: close\r\n")
        lines.append(b"\r\n")
        self.head = b"".join(lines)

    def frame(self, message: dict[str, Any]) -> bytes:
        """The bytes to write for an ``http.response.body`` message (the head goes with the first one)."""
        data = b"" if self.head_only else message.get("body", b"")
        more = message.get("more_body", False)
        if self.chunked:
            data = (b"%x\r\n%s\r\n" % (len(data), data) if data else b"") + (b"" if more else b"0\r\n\r\n")
        if self.head:
            data, self.head = self.head + data, b""
        if not more:
            self.done = True
        return data
