"""The gateway's bounds on requests: head size and deadline, URL length, HTTP version, framing, shutdown, metrics.

Every test taking ``server`` runs against ``multipie up`` and against the entry point of
``multipie up --ray`` (the same llhttp protocol, in front of a gateway forwarding to replicas).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from apphelpers import HERE, Server, free_port, write_app

ECHO = (HERE / "guests" / "echo.wat").as_posix()

APP = f"""
[app]
name = "limits"
header_timeout = 1.0
body_timeout = 1.0
metrics = "admin"

[services.echo]
source = "{ECHO}"
route = "/echo/..."
timeout = 1.0
memory = "4MiB"
"""


@pytest.fixture(scope="module", params=["up", pytest.param("ray", marks=pytest.mark.slow)])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, app_guests: Path
) -> Iterator[Server]:
    """``multipie up``, and the entry point of ``multipie up --ray`` (llhttp, requests served by a replica)."""
    extra: tuple[str, ...] = ()
    if request.param == "ray":
        pytest.importorskip("ray", reason="Ray is not installed: pip install 'multipie[ray]' (make test does)")
        extra = ("--ray",)
    root = tmp_path_factory.mktemp(f"limits-{request.param}")
    s = Server(write_app(root / "app", APP), root / "cache", *extra)
    yield s
    assert s.stop(timeout=120) == 0  # --ray: replicas and the local Ray instance stop too


def exchange(server: Server, data: bytes) -> bytes:
    """Send raw bytes; everything the server answers until it closes the connection (or 10 s pass)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(data)
        return read_until_closed(s)


def read_until_closed(s: socket.socket) -> bytes:
    out = b""
    while chunk := s.recv(65536):
        out += chunk
    return out


def status_and_error(raw: bytes) -> tuple[int, str]:
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, str(json.loads(body.split(b"\r\n\r\n")[0])["error"])


def test_long_url_is_414(server: Server) -> None:
    for n in (10_000, 100_000):
        raw = exchange(server, b"GET /echo/" + b"a" * n + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        assert status_and_error(raw) == (414, "uri_too_long"), raw[:200]


def test_huge_header_is_431(server: Server) -> None:
    raw = exchange(server, b"GET /echo/ HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n")
    assert status_and_error(raw) == (431, "headers_too_large")
    # The same in small writes (an incomplete head grows past the limit).
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"GET /echo/ HTTP/1.1\r\nHost: x\r\nX-Big: ")
        try:
            for _ in range(200):
                s.sendall(b"a" * 512)
        except OSError:  # the server answered and closed while we were still writing
            pass
        assert status_and_error(read_until_closed(s)) == (431, "headers_too_large")


def test_unknown_http_version_is_505(server: Server) -> None:
    raw = exchange(server, b"GET /echo/ HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status_and_error(raw) == (505, "http_version_not_supported")


def test_content_length_with_transfer_encoding_is_refused(server: Server) -> None:
    raw = exchange(
        server,
        b"POST /echo/ HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5\r\nhello\r\n0\r\n\r\nGET /echo/smuggled HTTP/1.1\r\nHost: x\r\n\r\n",
    )
    assert status_and_error(raw) == (400, "bad_request")
    assert raw.count(b"HTTP/1.1 ") == 1  # the connection was closed: nothing after it was served


def test_unfinished_head_gets_408_and_is_closed(server: Server) -> None:
    raw = exchange(server, b"GET /echo/ HTTP/1.1\r\nHost: x\r\n")  # never finished
    assert status_and_error(raw) == (408, "header_timeout")


def test_trickled_head_is_cut_off(server: Server) -> None:
    """One byte at a time keeps a connection busy but the head's deadline still holds."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        head = b"GET /echo/ HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000
        sent = 0
        try:
            for byte in head:  # ~1000 s if nothing stopped it
                s.sendall(bytes([byte]))
                sent += 1
                time.sleep(0.1)
        except OSError:
            pass
        else:
            pytest.fail("the server kept reading a trickled head")
        assert sent < len(head)


def test_trickled_body_is_cut_off(server: Server) -> None:
    """A whole head, then a body one byte at a time: 408 once the body's deadline passes (no guest ran)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        s.sendall(b"POST /echo/slow HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n")
        s.settimeout(0.1)
        answer = b""
        for _ in range(1000):  # ~100 s if nothing stopped it
            try:
                s.sendall(b"a")
                answer += s.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                break
            if not answer or answer.endswith(b"\n"):
                break
        assert status_and_error(answer) == (408, "body_timeout"), answer


def test_silent_connection_is_closed(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as s:
        assert s.recv(100) == b""


def test_valid_requests_still_served(server: Server) -> None:
    r = httpx.post(server.url + "/echo/ok", content=b"hi", timeout=10)
    assert r.status_code == 200 and r.http_version == "HTTP/1.1"
    raw = exchange(server, b"GET /echo/old HTTP/1.0\r\nHost: x\r\n\r\n")
    assert raw.startswith(b"HTTP/1.1 200")


def test_head_has_the_length_a_get_would_have(server: Server) -> None:
    rid = {"x-request-id": "same-length-id"}
    get = httpx.get(server.url + "/echo/len", headers=rid, timeout=30)
    head = httpx.head(server.url + "/echo/len", headers=rid, timeout=30)
    assert get.status_code == head.status_code == 200 and head.content == b""
    # the echo guest answers with the request it saw: HEAD's is one byte longer than GET's
    assert int(head.headers["content-length"]) == len(get.content) + 1


def test_metrics_on_the_admin_port_only(server: Server) -> None:
    httpx.post(server.url + "/echo/m", content=b"hi", timeout=10)
    public = httpx.get(server.url + "/metrics", timeout=10)
    assert public.status_code == 404 and "multipie_requests" not in public.text
    admin = httpx.get(f"http://{server.admin}/metrics", timeout=10)
    assert admin.status_code == 200 and 'multipie_requests_total{code="200",service="echo"}' in admin.text
    assert "_created" not in admin.text


@pytest.mark.parametrize(("body", "reason"), [(b"trap", "trap"), (b"memory bomb", "out_of_memory")])
def test_metrics_reason_is_the_http_error(server: Server, body: bytes, reason: str) -> None:
    r = httpx.post(server.url + "/echo/fault", content=body, timeout=10)
    assert r.status_code == 500 and r.json()["error"] == reason
    text = httpx.get(f"http://{server.admin}/metrics", timeout=10).text
    assert f'multipie_traps_total{{reason="{reason}",service="echo"}}' in text


def test_busy_admin_port_exits_2(tmp_path: Path, app_guests: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        admin = busy.getsockname()[1]
        cmd = [sys.executable, "-c", "from multipie.cli import main; main()", "up", str(write_app(tmp_path, APP))]
        cmd += ["--listen", f"127.0.0.1:{free_port()}", "--admin-port", str(admin)]
        env = {**os.environ, "MULTIPIE_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "300"}
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, check=False)
    assert out.returncode == 2, out.stderr
    assert f"--admin-port {admin}" in out.stderr and "Traceback" not in out.stderr


def test_request_cut_by_shutdown_gets_json_503(tmp_path: Path, start_server: Callable[..., Server]) -> None:
    app = f'[app]\nshutdown_grace = 0.5\n[services.spin]\nsource = "{ECHO}"\nroute = "/..."\ntimeout = 60\n'
    server = start_server(write_app(tmp_path / "app", app))
    results: list[httpx.Response] = []
    t = threading.Thread(target=lambda: results.append(httpx.post(server.url + "/", content=b"spin", timeout=30)))
    t.start()
    deadline = time.monotonic() + 10
    while server.ps()["inflight"] < 1:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert server.stop() == 0
    t.join()
    r = results[0]
    assert r.status_code == 503 and r.headers["content-type"] == "application/json"
    assert r.json()["error"] == "shutting_down"
    log = server.log.read_text()
    assert "Traceback" not in log and "Exception in ASGI application" not in log
