"""The replica's lean HTTP/1.1 server (no cluster): a real gateway behind it, driven by the entry point's client.

Requests go through :class:`~multipie.scaleout.forward.Upstream` (what the entry point
uses) to :func:`~multipie.scaleout.hop.serve_hop` serving the ordinary gateway of an
app running the test echo guest; what the hop does not carry is refused on a raw socket.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from scaleouthelpers import APP_GUESTS

from multipie.app.gateway import Gateway
from multipie.app.loader import App, load_app
from multipie.scaleout.forward import Upstream
from multipie.scaleout.hop import MAX_HEAD, listen, serve_hop

MANIFEST = f"""
[app]
name = "hop"
max_body = "4KiB"

[services.echo]
source = "{(APP_GUESTS / "echo.wat").as_posix()}"
route = "/echo"
"""


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    root = tmp_path_factory.mktemp("hop")
    (root / "multipie.toml").write_text(MANIFEST)
    a = load_app(root)
    a.start()
    yield a
    a.close()


def _serve(
    asgi: Any, client: Callable[[int], Awaitable[Any]], *, idle: float = 60.0, loop_factory: Any = None
) -> Any:
    async def run() -> Any:
        sock = listen("127.0.0.1")
        server = await serve_hop(asgi, sock, max_body=4096, idle=idle)
        try:
            return await client(sock.getsockname()[1])
        finally:
            server.close()

    with asyncio.Runner(loop_factory=loop_factory) as runner:
        return runner.run(run())


@pytest.mark.parametrize("loop", ["asyncio", "uvloop"])
def test_forwarded_requests_are_served_by_the_gateway_on_one_connection(app: App, loop: str) -> None:
    """Also on uvloop (Ray's workers run it once it is installed): its transports are not asyncio's
    classes, and an ``isinstance`` assert in the hop and upstream protocols failed every connection."""
    import uvloop

    gateway = Gateway(app, access_log=False)

    async def client(port: int) -> list[Any]:
        up = Upstream("127.0.0.1", port)
        headers = [(b"host", b"multipie"), (b"x-request-id", b"ingress-1")]
        out = [await up.request("POST", b"/echo?q=%41", headers, b"hello", timeout=30) for _ in range(2)]
        out.append(await up.request("GET", b"/nope", headers, b"", timeout=30))
        up.close()
        return out

    try:
        factory = uvloop.new_event_loop if loop == "uvloop" else None
        first, second, missing = _serve(gateway, client, loop_factory=factory)
    finally:
        gateway.close()
    assert first[0] == 200 and first[2].endswith(b"hello") and first == second
    assert b"POST /echo?q=%41 HTTP/1.1" in first[2]  # the guest sees the target as the client sent it
    assert dict(first[1])[b"x-request-id"] == b"ingress-1"  # the entry point's id is kept
    assert missing[0] == 404 and json.loads(missing[2])["error"] == "no_route"


async def _raw(port: int, data: bytes) -> tuple[int, dict[str, Any], bool]:
    """Send ``data`` on a fresh connection: (status, JSON body, whether the server then closed it)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    head = await reader.readuntil(b"\r\n\r\n")
    length = int(next(x for x in head.split(b"\r\n") if x.startswith(b"content-length")).split(b":")[1])
    body = json.loads(await reader.readexactly(length))
    closed = await asyncio.wait_for(reader.read(), 30) == b""
    writer.close()
    return int(head.split(b" ")[1]), body, closed


@pytest.mark.parametrize(
    ("data", "status", "error"),
    [
        (b"GET / HTTP/1.0\r\n\r\n", 400, "bad_request"),
        (b"garbage\r\n\r\n", 400, "bad_request"),
        (b"POST /echo HTTP/1.1\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n", 400, "bad_request"),
        (b"POST /echo HTTP/1.1\r\ncontent-length: nine\r\n\r\n", 400, "bad_request"),
        (b"POST /echo HTTP/1.1\r\ncontent-length: 5000\r\n\r\n", 413, "body_too_large"),
        (b"GET /echo HTTP/1.1\r\nx: " + b"a" * (MAX_HEAD + 10), 431, "headers_too_large"),
    ],
)
def test_what_the_hop_does_not_carry_is_refused_and_the_connection_closed(
    app: App, data: bytes, status: int, error: str
) -> None:
    gateway = Gateway(app, access_log=False)
    try:
        got = _serve(gateway, lambda port: _raw(port, data))
    finally:
        gateway.close()
    assert got[0] == status and got[1]["error"] == error and got[2]


def test_answers_without_a_body_on_the_wire_keep_the_connection_in_step() -> None:
    async def bodies(scope: dict[str, Any], receive: Any, send: Any) -> None:
        status = 204 if scope["path"] == "/empty" else 200
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-length", b"4")]})
        await send({"type": "http.response.body", "body": b"body"})  # a HEAD or 204 answer must not carry it

    async def client(port: int) -> list[Any]:
        up = Upstream("127.0.0.1", port)
        out = [await up.request(m, p, [], b"", timeout=30) for m, p in (("HEAD", b"/"), ("GET", b"/empty"))]
        out.append(await up.request("GET", b"/", [], b"", timeout=30))  # the same connection, still in step
        return out

    head, empty, full = _serve(bodies, client)
    assert (head[0], head[2], empty[0], empty[2], full[0], full[2]) == (200, b"", 204, b"", 200, b"body")


def test_streamed_answers_are_chunked_and_idle_connections_closed() -> None:
    async def streaming(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await receive()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        for part in (b"ab", b"", b"cde"):
            await send({"type": "http.response.body", "body": part, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def client(port: int) -> tuple[Any, bytes]:
        answer = await Upstream("127.0.0.1", port).request("GET", b"/", [], b"", timeout=30)
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        eof = await asyncio.wait_for(reader.read(), 30)  # the server closes it after `idle` seconds
        writer.close()
        return answer, eof

    answer, eof = _serve(streaming, client, idle=0.2)
    assert answer[0] == 200 and answer[2] == b"abcde" and (b"transfer-encoding", b"chunked") in answer[1]
    assert eof == b""
