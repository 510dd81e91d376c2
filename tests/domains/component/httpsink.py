"""A recording ResponseSink and a one-call helper for the HTTP handler tests."""

from __future__ import annotations

import threading
from typing import Any

from multipie.domains.component.http import Request, serve


class Sink:
    """Records what a handler answers, in order; thread-safe (handlers run in other threads)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self._lock = threading.Lock()

    def _add(self, kind: str, value: Any) -> None:
        with self._lock:
            self.events.append((kind, value))

    def start(self, status: int, headers: list[tuple[str, bytes]]) -> None:
        self._add("start", (status, headers))

    def body(self, chunk: bytes) -> None:
        self._add("body", bytes(chunk))

    def end(self, trailers: list[tuple[str, bytes]] | None) -> None:
        self._add("end", trailers)

    def fail(self, reason: str) -> None:
        self._add("fail", reason)

    def kinds(self) -> list[str]:
        with self._lock:
            return [k for k, _ in self.events]

    @property
    def head(self) -> tuple[int, list[tuple[str, bytes]]]:
        return next(v for k, v in self.events if k == "start")  # type: ignore[no-any-return]

    @property
    def body_bytes(self) -> bytes:
        with self._lock:
            return b"".join(v for k, v in self.events if k == "body")


def request(
    path: str,
    *,
    method: str = "GET",
    headers: list[tuple[bytes, bytes]] | None = None,
    timeout: float | None = 10.0,
    allowed: frozenset[str] = frozenset(),
) -> tuple[Request, Sink]:
    """A request (body not yet ended) and its sink."""
    sink = Sink()
    req = Request(sink, method=method, path_with_query=path, headers=headers or [], timeout=timeout, allowed=allowed)
    return req, sink


def run(svc: Any, path: str, body: bytes = b"", *, timeout: float | None = 10.0, **kw: Any) -> Sink:
    """One whole request (body given up front) through ``serve``; returns the sink."""
    req, sink = request(path, timeout=timeout, **kw)
    if body:
        req.body.feed(body)
    req.body.end()
    serve(svc, req, memory_limit=None, fuel=None, timeout=timeout)
    return sink
