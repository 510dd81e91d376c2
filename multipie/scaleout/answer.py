"""One HTTP/1.1 answer framed from ASGI messages, as both servers on the scale-out path write it.

The entry point (:mod:`multipie.scaleout.entry`) and the replica's hop server
(:mod:`multipie.scaleout.hop`) frame answers the same way: the head is kept until the
first body part and both go out in one write; no body on the wire for HEAD, 1xx, 204
and 304 (RFC 9112 6.3); chunked framing when the app gave no ``content-length``; a
``connection: close`` from the app (or a request whose connection is not kept alive)
ends the connection after the answer, saying so in the head.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["STATUS", "Answer", "whole_body"]

#: Status lines by code (others are written with the reason phrase "-").
STATUS = {
    code: b"HTTP/1.1 %d %s\r\n" % (code, phrase.encode())
    for code, phrase in (
        (100, "Continue"), (200, "OK"), (201, "Created"), (202, "Accepted"), (204, "No Content"),
        (206, "Partial Content"), (301, "Moved Permanently"), (302, "Found"), (303, "See Other"),
        (304, "Not Modified"), (307, "Temporary Redirect"), (308, "Permanent Redirect"), (400, "Bad Request"),
        (401, "Unauthorized"), (403, "Forbidden"), (404, "Not Found"), (405, "Method Not Allowed"),
        (408, "Request Timeout"), (409, "Conflict"), (413, "Content Too Large"), (414, "URI Too Long"),
        (429, "Too Many Requests"), (431, "Request Header Fields Too Large"), (499, "Client Closed Request"),
        (500, "Internal Server Error"), (502, "Bad Gateway"), (503, "Service Unavailable"),
        (504, "Gateway Timeout"), (505, "HTTP Version Not Supported"),
    )
}


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

    def start(self, method: str, status: int, headers: Any, *, close: bool = False) -> None:
        """Frame the head of a ``status`` answer (ASGI ``headers``) to a ``method`` request.

        ``close``: end the connection after this answer (e.g. a request body not read in full).

        Raises:
            RuntimeError: a header name or value carries a line break.
        """
        self.started = True
        self.head_only = method == "HEAD" or status in (204, 304) or status < 200
        lines = [STATUS.get(status) or b"HTTP/1.1 %d -\r\n" % status]
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
