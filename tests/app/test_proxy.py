"""`multipie up` serving a wasi:http/proxy component: streamed bodies, error mapping, outgoing grants.

One real server (a child process) serves the test handler (guest/component/http) on two
routes: ``/h/...`` with an outgoing grant to a loopback server started here, ``/n/...``
without. Where it helps, answers are compared with ``wasmtime serve`` on the same component.
"""

from __future__ import annotations

import http.server
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from multipie.toolchain import build_tree, wasmtime_cli
from tests.app.apphelpers import Server, free_port, write_app
from tests.conftest import GUEST_OUT, GUEST_SRC


class _Upstream(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(203)
        self.send_header("content-length", "2")
        self.end_headers()
        self.wfile.write(b"up")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def handler_wasm() -> Path:
    out = GUEST_OUT / "component"
    build_tree(GUEST_SRC / "component", out, verbose=False)
    return out / "http.wasm"


@pytest.fixture(scope="module")
def upstream() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, handler_wasm: Path, upstream: str) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("proxy-app")
    manifest = f"""
[app]
name = "proxy"
max_body = "8MiB"

[services.h]
source = "{handler_wasm}"
route = "/h/..."
timeout = 60
outgoing = ["{upstream}"]

[services.n]
source = "{handler_wasm}"
route = "/n/..."
timeout = 0.5
max_body = "1KiB"

[services.i]
source = "{handler_wasm}"
route = "/i/..."
run = "inline"
timeout = 0.25
"""
    srv = Server(write_app(root, manifest), tmp_path_factory.mktemp("proxy-cache"))
    yield srv
    srv.stop()


def test_echo_of_megabytes_streamed_both_ways(server: Server) -> None:
    data = bytes(range(256)) * 8192  # 2 MiB

    def chunks() -> Iterator[bytes]:
        for i in range(0, len(data), 100_000):
            yield data[i : i + 100_000]

    r = httpx.post(server.url + "/h/e", content=chunks(), headers={"X-A": "1"}, timeout=120)
    assert r.status_code == 200
    assert r.content == data
    assert r.headers.get_list("x-a") == ["1"]
    assert r.headers["transfer-encoding"] == "chunked"  # no content-length from the guest: streamed


def test_the_response_starts_before_the_request_body_ends(server: Server) -> None:
    with socket.create_connection(("127.0.0.1", server.port), timeout=30) as s:
        s.sendall(b"POST /h/e HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n")
        got = b""
        while b"first" not in got:  # head + the echoed first chunk, with the request still open
            more = s.recv(65536)
            assert more, f"connection closed early: {got!r}"
            got += more
        assert got.startswith(b"HTTP/1.1 200 ")
        s.sendall(b"6\r\nsecond\r\n0\r\n\r\n")
        while not got.endswith(b"0\r\n\r\n"):
            got += s.recv(65536)
    assert b"second" in got


@pytest.mark.parametrize(
    ("path", "status", "error"),
    [("/h/t", 500, "trap"), ("/n/l", 504, "timeout"), ("/h/d", 502, "bad_response"), ("/h/x", 502, "bad_response")],
)
def test_error_mapping(server: Server, path: str, status: int, error: str) -> None:
    r = httpx.get(server.url + path, timeout=30)
    assert r.status_code == status
    assert r.json()["error"] == error and r.json()["service"] == path[1]
    assert httpx.get(server.url + "/h/c", timeout=30).status_code == 418  # the service keeps serving


def test_a_declared_body_over_max_body_is_refused_before_the_guest_runs(server: Server) -> None:
    r = httpx.post(server.url + "/n/e", content=b"x" * 2048, timeout=30)
    assert r.status_code == 413 and r.json()["error"] == "body_too_large"


def test_outgoing_requests_need_the_manifest_grant(server: Server, upstream: str) -> None:
    granted = httpx.get(f"{server.url}/h/f{upstream}", timeout=30)
    assert granted.status_code == 203 and granted.content == b"up"
    # HTTP-request-denied (the handler answers 600 + the error-code's case number, 15): /n has no
    # grant at all, /h none for another port.
    denied = httpx.get(f"{server.url}/n/f{upstream}", timeout=30)
    assert (denied.status_code, denied.reason_phrase) == (615, "")  # no registered phrase: an empty one
    assert httpx.get(f"{server.url}/h/f127.0.0.1:{free_port()}", timeout=30).status_code == 615


def test_inline_handlers_answer_on_the_event_loop(server: Server) -> None:
    r = httpx.post(server.url + "/i/e", content=b"inline body", headers={"X-A": "1"}, timeout=30)
    assert (r.status_code, r.content, r.headers["x-a"]) == (200, b"inline body", "1")
    assert httpx.get(server.url + "/i/t", timeout=30).json()["error"] == "trap"
    spin = httpx.get(server.url + "/i/l", timeout=30)
    assert (spin.status_code, spin.json()["error"]) == (504, "timeout")
    assert httpx.get(server.url + "/h/c", timeout=30).status_code == 418  # the loop is free again


@pytest.fixture(scope="module")
def wasmtime_serve(handler_wasm: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [wasmtime_cli(), "serve", "--addr", f"127.0.0.1:{port}", str(handler_wasm)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            httpx.get(url + "/", timeout=1)
            break
        except httpx.TransportError:
            assert time.monotonic() < deadline and proc.poll() is None, "wasmtime serve did not start"
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


# Framing and connection handling differ by server (hyper closes a connection whose request body
# the handler did not read); the handler's own fields must not.
_FRAMING = {"date", "server", "x-request-id", "content-length", "transfer-encoding", "connection"}


def _fields(r: httpx.Response) -> list[tuple[str, str]]:
    return sorted((k, v) for k, v in r.headers.multi_items() if k not in _FRAMING)


@pytest.mark.parametrize(("ours", "theirs"), [("/h/e", "/e"), ("/h/c", "/c"), ("/h/", "/")])
def test_same_answers_as_wasmtime_serve(server: Server, wasmtime_serve: str, ours: str, theirs: str) -> None:
    headers = [("X-Multi", "one"), ("x-multi", "Two"), ("X-Case", "MiXeD")]
    a = httpx.post(server.url + ours, content=b"payload", headers=headers, timeout=30)
    b = httpx.post(wasmtime_serve + theirs, content=b"payload", headers=headers, timeout=30)
    assert (a.status_code, a.content, _fields(a)) == (b.status_code, b.content, _fields(b))


def test_a_trap_is_a_500_in_both(server: Server, wasmtime_serve: str) -> None:
    assert httpx.get(server.url + "/h/t", timeout=30).status_code == 500
    assert httpx.get(wasmtime_serve + "/t", timeout=30).status_code == 500


def test_serving_proxy_components_shortens_the_gil_switch_interval() -> None:
    import sys

    from multipie.app.proxy import SWITCH_INTERVAL, prefer_host_calls

    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        prefer_host_calls()
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL)
        sys.setswitchinterval(SWITCH_INTERVAL / 2)
        prefer_host_calls()  # never lengthens it
        assert sys.getswitchinterval() == pytest.approx(SWITCH_INTERVAL / 2)
    finally:
        sys.setswitchinterval(before)


@pytest.mark.parametrize("route", ["/h", "/i"])
def test_no_request_sees_state_another_left(server: Server, route: str) -> None:
    """``/n`` answers 200 + the requests its instance served: each gets a never-used one (from the reserve)."""
    assert [httpx.get(f"{server.url}{route}/n", timeout=30).status_code for _ in range(8)] == [201] * 8


def test_ps_and_metrics_report_proxy_services(server: Server) -> None:
    assert httpx.get(server.url + "/h/c", timeout=30).status_code == 418
    services = server.ps()["services"]
    names = {s["name"] for s in services} if isinstance(services, list) else set(services)
    assert {"h", "n"} <= names
    metrics = httpx.get(server.url + "/metrics", timeout=30).text
    assert 'multipie_requests_total{code="418",service="h"}' in metrics


def test_only_requests_without_a_body_skip_the_body_pump() -> None:
    from multipie.app.proxy import _bodyless

    assert _bodyless([(b"host", b"x"), (b"accept", b"*/*")])
    assert _bodyless([(b"content-length", b"0")])
    assert not _bodyless([(b"content-length", b"5")])
    assert not _bodyless([(b"transfer-encoding", b"chunked")])


def _count_wakes(loop: Any) -> Callable[[], int]:
    """Count ``loop.call_soon_threadsafe`` calls (each a wake-up from another thread); returns the count's reader."""
    wakes = 0
    threadsafe = loop.call_soon_threadsafe

    def counted(*args: object) -> Any:
        nonlocal wakes
        wakes += 1
        return threadsafe(*args)

    loop.call_soon_threadsafe = counted
    return lambda: wakes


def test_a_handler_s_events_in_a_row_wake_the_event_loop_once() -> None:
    """Events written while the relay is busy wake nothing; one written while it waits wakes it once.

    (Deterministic: the relay's state is set up, not waited for with a sleep, which a loaded
    machine made flaky; before the change every event was one wake-up.)
    """
    import asyncio

    from multipie.app.proxy import StreamingSink

    async def main() -> tuple[list[tuple[str, object]], int, int]:
        loop = asyncio.get_running_loop()
        sink = StreamingSink(loop)
        wakes = _count_wakes(loop)

        def handler() -> None:  # the relay has not asked yet: head, body and end queue up
            sink.start(200, [("a", b"1")])
            sink.body(b"hi")
            sink.end(None)

        worker = threading.Thread(target=handler)
        worker.start()
        worker.join()
        busy = wakes()
        got = [await sink.next() for _ in range(3)]

        def finish() -> None:  # the relay waits for the call's outcome now
            while sink._waiter is None:
                time.sleep(0.001)
            sink.done(None)

        worker = threading.Thread(target=finish)
        worker.start()
        got.append(await sink.next())
        worker.join()
        return got, busy, wakes() - busy

    got, busy, waiting = asyncio.run(main())
    assert got == [("start", (200, [("a", b"1")])), ("body", b"hi"), ("end", None), ("done", None)]
    assert (busy, waiting) == (0, 1)


def test_a_handler_s_failure_reaches_the_relay_after_its_events() -> None:
    import asyncio

    from multipie.app.proxy import StreamingSink, _finish

    async def main() -> list[tuple[str, object]]:
        sink = StreamingSink(asyncio.get_running_loop())

        def handler() -> None:
            sink.start(200, [])
            raise ValueError("boom")

        await asyncio.get_running_loop().run_in_executor(None, _finish, sink, handler)
        return [await sink.next() for _ in range(2)]

    (first, (kind, exc)) = asyncio.run(main())
    assert first == ("start", (200, []))
    assert kind == "done" and isinstance(exc, ValueError)


@pytest.mark.parametrize("release", ["sent", "close"])
def test_a_handler_ahead_of_its_client_waits_until_it_catches_up_or_leaves(release: str) -> None:
    """Back-pressure with plain locks (the sink held a ``threading.Condition`` before): a handler
    :data:`MAX_PENDING` bytes ahead waits in ``body`` until the loop reports bytes sent, or the response closes."""
    import asyncio

    from multipie.app.proxy import MAX_PENDING, StreamingSink

    sink = StreamingSink(asyncio.new_event_loop())
    assert not any(isinstance(v, type(threading.Condition())) for v in vars(sink).values())
    big = b"x" * (MAX_PENDING + 1)
    done = threading.Event()

    def handler() -> None:
        sink.body(big)  # room: taken at once
        sink.body(b"next")  # the client is behind: waits
        done.set()

    worker = threading.Thread(target=handler, daemon=True)
    worker.start()
    assert not done.wait(0.3)  # still waiting for room
    if release == "sent":
        sink.sent(len(big))
    else:
        sink.close()
    worker.join(timeout=30)
    assert done.is_set()
    bodies = [value for kind, value in sink._events if kind == "body"]
    assert bodies == ([big, b"next"] if release == "sent" else [big])  # after close, chunks are dropped


def test_the_head_alone_does_not_wake_the_event_loop() -> None:
    """The connection writes a head with the first body part, so the head's event waits for the next one.

    (Before, a relay waiting for events was woken for the head, then again for the body's end.)
    """
    import asyncio

    from multipie.app.proxy import StreamingSink

    async def main() -> tuple[list[tuple[str, object]], list[int]]:
        loop = asyncio.get_running_loop()
        sink = StreamingSink(loop)
        wakes = _count_wakes(loop)
        counts = []

        def handler() -> None:
            while sink._waiter is None:  # the relay waits for the first event
                time.sleep(0.001)
            sink.start(200, [])
            counts.append(wakes())
            sink.end(None)
            counts.append(wakes())

        worker = threading.Thread(target=handler)
        worker.start()
        got = [await sink.next(), await sink.next()]
        worker.join()
        return got, counts

    got, counts = asyncio.run(main())
    assert got == [("start", (200, [])), ("end", None)]
    assert counts == [0, 1]
