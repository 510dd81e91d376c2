"""Outgoing requests from a handler: refused unless the target is allowed (loopback servers only)."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest

from multipie.domains.component.service import ComponentService
from tests.domains.component.httpsink import run


class _Upstream(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(203)
        self.send_header("content-length", "8")
        self.end_headers()
        self.wfile.write(b"upstream")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield f"127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()


def test_outgoing_requests_are_denied_unless_granted(http_handler: ComponentService, upstream: str) -> None:
    sink = run(http_handler, f"/f{upstream}")
    assert sink.head[0] == 615  # 600 + error-code HTTP-request-denied (case 15)
    sink = run(http_handler, f"/f{upstream}", allowed=frozenset({"127.0.0.1:1"}))
    assert sink.head[0] == 615


def test_a_granted_request_reaches_the_loopback_server(http_handler: ComponentService, upstream: str) -> None:
    sink = run(http_handler, f"/f{upstream}", allowed=frozenset({upstream}))
    assert sink.head[0] == 203
    assert sink.body_bytes == b"upstream"


def test_a_refused_connection_is_connection_refused(http_handler: ComponentService) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"127.0.0.1:{s.getsockname()[1]}"
    sink = run(http_handler, f"/f{dead}", allowed=frozenset({dead}))
    assert sink.head[0] == 606  # connection-refused (case 6)
