"""The gateway's llhttp protocol: a real gateway behind it, raw client bytes in front, on asyncio's and uvloop's loops.

What the parser and the framing decide is tested here: pipelined requests, a request split at
every byte boundary and sent a byte per write, chunked bodies with trailers (dropped, bounded),
``Expect: 100-continue``, HEAD, and the request smuggling shapes llhttp must refuse. The bounds
as ``multipie up`` and ``multipie up --ray`` serve them (long and slow heads, trickled bodies,
framing) are in ``tests/app/test_http_limits.py``.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from apphelpers import HERE

from multipie.app.gateway import Gateway
from multipie.app.loader import load_app
from multipie.app.protocol import MAX_HEAD

MANIFEST = f"""
[app]
name = "entry"
max_body = "4KiB"

[services.echo]
source = "{(HERE / "guests" / "echo.wat").as_posix()}"
route = "/echo"
timeout = 120.0  # a hang guard only: 'w' computes ~0.5-2 s, more on a loaded machine
"""


@pytest.fixture(scope="module", params=["asyncio", "uvloop"])
def port(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    """An in-process uvicorn with :func:`~multipie.app.protocol.gateway_protocol` serving a gateway.

    On asyncio's loop and on uvloop's (``multipie up`` runs on it; its transports are not asyncio's classes).
    """
    import uvicorn
    import uvloop

    from multipie.app.server import _Server, _uvicorn_options
    from multipie.scaleout.hop import listen

    root = tmp_path_factory.mktemp("entry")
    (root / "multipie.toml").write_text(MANIFEST)
    app = load_app(root)
    app.start()
    gateway = Gateway(app, access_log=False)
    sock = listen("127.0.0.1")
    server = _Server(uvicorn.Config(gateway, **_uvicorn_options(app)))
    factory = uvloop.new_event_loop if request.param == "uvloop" else None

    def run() -> None:
        with asyncio.Runner(loop_factory=factory) as runner:
            runner.run(server.serve(sockets=[sock]))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline
            time.sleep(0.01)
        yield int(sock.getsockname()[1])
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        gateway.close()
        sock.close()
        app.close()


def connect(port: int) -> socket.socket:
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_answer(s: socket.socket, buf: bytearray, *, head_only: bool = False) -> tuple[int, dict[bytes, bytes], bytes]:
    """One response from ``s`` (``buf`` holds bytes read past the previous one): (status, headers, body)."""
    while b"\r\n\r\n" not in buf:
        chunk = s.recv(65536)
        assert chunk, f"connection closed mid-answer: {bytes(buf)[:200]!r}"
        buf += chunk
    end = buf.index(b"\r\n\r\n")
    lines = bytes(buf[:end]).split(b"\r\n")
    del buf[: end + 4]
    headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(b":") for x in lines[1:])}
    length = 0 if head_only else int(headers.get(b"content-length", b"0"))
    while len(buf) < length:
        chunk = s.recv(65536)
        assert chunk, "connection closed mid-body"
        buf += chunk
    body = bytes(buf[:length])
    del buf[:length]
    return int(lines[0].split(b" ")[1]), headers, body


def closed(s: socket.socket, buf: bytearray) -> bool:
    """Whether the server closes ``s`` with nothing more than ``buf`` sent."""
    while chunk := s.recv(65536):
        buf += chunk
    return not buf


def post(path: bytes, body: bytes, *extra: bytes) -> bytes:
    head = b"POST %s HTTP/1.1\r\nHost: x\r\ncontent-length: %d\r\n" % (path, len(body))
    return head + b"".join(x + b"\r\n" for x in extra) + b"\r\n" + body


def test_pipelined_requests_are_answered_in_order(port: int) -> None:
    with connect(port) as s:
        s.sendall(post(b"/echo", b"one") + post(b"/echo?n=2", b"2nd") + post(b"/nope", b"") + post(b"/echo", b"4"))
        buf = bytearray()
        answers = [read_answer(s, buf) for _ in range(4)]
    assert [a[0] for a in answers] == [200, 200, 404, 200]
    assert answers[0][2].endswith(b"one") and answers[1][2].endswith(b"2nd") and answers[3][2].endswith(b"4")
    assert b"POST /echo?n=2 HTTP/1.1" in answers[1][2]  # the guest saw the target as sent


def test_a_request_split_at_every_byte_boundary_is_served(port: int) -> None:
    request = post(b"/echo?q=%41", b"hello", b"X-Request-Id: split-test")
    with connect(port) as s:  # one kept-alive connection for every split
        buf = bytearray()
        for cut in range(1, len(request)):
            s.sendall(request[:cut])
            time.sleep(0.002)  # two reads on the server, not one
            s.sendall(request[cut:])
            status, headers, body = read_answer(s, buf)
            assert (status, headers[b"x-request-id"]) == (200, b"split-test"), cut
            assert body.endswith(b"hello") and b"POST /echo?q=%41 HTTP/1.1" in body, cut


def test_a_request_sent_a_byte_per_write_is_served(port: int) -> None:
    request = post(b"/echo?q=1", b"bytewise", b"X-Request-Id: bytes")
    with connect(port) as s:
        for i in range(len(request)):
            s.sendall(request[i : i + 1])
            if i % 8 == 0:
                time.sleep(0.001)  # many reads on the server
        status, headers, body = read_answer(s, bytearray())
    assert (status, headers[b"x-request-id"]) == (200, b"bytes") and body.endswith(b"bytewise")


def test_a_chunked_body_with_trailers_reaches_the_guest_whole_without_them(port: int) -> None:
    request = (
        b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\nX-Second: u\r\n\r\n"
    )
    with connect(port) as s:
        s.sendall(request + post(b"/echo", b"after"))
        buf = bytearray()
        first, second = read_answer(s, buf), read_answer(s, buf)
    assert first[0] == 200 and first[2].endswith(b"hello world")
    # Trailers are dropped (as wasmtime serve does): they were once appended to the request's headers.
    assert b"x-trailer" not in first[2].lower() and b"x-second" not in first[2].lower()
    assert second[0] == 200 and second[2].endswith(b"after")  # the trailer did not desync the connection
    assert b"x-trailer" not in second[2].lower()


@pytest.mark.parametrize("endless", [False, True], ids=["many-fields-one-write", "one-endless-field-small-writes"])
def test_trailers_over_the_bound_are_431(port: int, endless: bool) -> None:
    head = b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n"
    trailers = b"".join(b"X-T%d: %s\r\n" % (i, b"v" * 1000) for i in range(MAX_HEAD // 1000 + 2)) + b"\r\n"
    with connect(port) as s:
        s.sendall(head)
        try:
            if endless:  # llhttp holds an unfinished field: the reads themselves are counted
                s.sendall(b"X-Endless: ")
                for _ in range(4 * MAX_HEAD // 512):
                    s.sendall(b"v" * 512)
                    time.sleep(0.0005)
            else:
                s.sendall(trailers)
        except OSError:  # answered and closed while we were still writing
            pass
        buf = bytearray()
        status, headers, body = read_answer(s, buf)
        assert (status, json.loads(body)["error"]) == (431, "headers_too_large")
        assert headers[b"connection"] == b"close"
    with connect(port) as s:  # trailers just within the bound are fine
        fields = b"X-T: " + b"v" * (MAX_HEAD - 200) + b"\r\n\r\n"
        s.sendall(head + fields)
        status, _, body = read_answer(s, bytearray())
        assert status == 200 and body.endswith(b"hi")


def test_expect_100_continue(port: int) -> None:
    with connect(port) as s:
        s.sendall(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        buf = bytearray()
        interim = read_answer(s, buf, head_only=True)
        assert interim[0] == 100
        s.sendall(b"hello")
        status, _, body = read_answer(s, buf)
        assert status == 200 and body.endswith(b"hello")
    with connect(port) as s:  # over the limit: refused at once, no 100, the body never sent
        s.sendall(b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n")
        buf = bytearray()
        status, headers, body = read_answer(s, buf)
        assert status == 413 and json.loads(body)["error"] == "body_too_large"
        assert headers[b"connection"] == b"close" and closed(s, buf)


def test_head_has_the_length_of_a_get_and_no_body(port: int) -> None:
    rid = b"X-Request-Id: same-id"
    with connect(port) as s:
        s.sendall(b"".join(b"%s /echo HTTP/1.1\r\nHost: x\r\n%s\r\n\r\n" % (m, rid) for m in (b"GET", b"HEAD")))
        s.sendall(post(b"/echo", b"next"))
        buf = bytearray()
        get = read_answer(s, buf)
        head = read_answer(s, buf, head_only=True)
        after = read_answer(s, buf)
    assert get[0] == head[0] == 200
    assert int(head[1][b"content-length"]) == len(get[2]) + 1  # the echo holds the method: HEAD is one byte longer
    assert after[0] == 200 and after[2].endswith(b"next")  # no body was sent for HEAD: still in step


@pytest.mark.parametrize(
    "request_bytes",
    [
        # request smuggling shapes: two readers of these could disagree on where the body ends
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5 \r\nhello\r\n0\r\n\r\n",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked, identity\r\n\r\n0\r\n\r\n",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1_0\r\n\r\n",
        b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length : 5\r\n\r\nhello",
        b"GET /echo HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\n\r\n",  # obs-fold
        b"GET /echo HTTP/1.1\nHost: x\n\n",  # bare LF
        b"GET /echo HTTP/1.1\r\nHost: x\rX: y\r\n\r\n",  # bare CR
        b"GET /echo HTTP/1.1\r\nHost: x\r\nX: a\x00b\r\n\r\n",  # NUL in a value
        b"GET /ec ho HTTP/1.1\r\nHost: x\r\n\r\n",
        b"garbage\r\n\r\n",
    ],
    ids=["cl+te", "two-cl", "chunk-size", "chunk-size-space", "te-not-last-chunked", "cl-negative", "cl-underscore",
         "space-before-colon", "obs-fold", "bare-lf", "bare-cr", "nul", "space-in-target", "garbage"],
)
def test_malformed_requests_are_refused_and_the_connection_closed(port: int, request_bytes: bytes) -> None:
    with connect(port) as s:
        s.sendall(request_bytes + b"GET /echo/smuggled HTTP/1.1\r\nHost: x\r\n\r\n")
        buf = bytearray()
        status, headers, body = read_answer(s, buf)
        assert (status, json.loads(body)["error"]) == (400, "bad_request"), body
        assert headers[b"connection"] == b"close"
        assert closed(s, buf), bytes(buf)[:200]  # nothing after it was served


def test_a_bad_request_behind_a_good_one_is_refused_after_its_answer(port: int) -> None:
    with connect(port) as s:
        s.sendall(post(b"/echo", b"ok") + b"garbage\r\n\r\n")  # one read: the refusal waits for the answer
        buf = bytearray()
        first, second = read_answer(s, buf), read_answer(s, buf)
        assert first[0] == 200 and first[2].endswith(b"ok")
        assert second[0] == 400 and closed(s, buf)


def test_connection_close_and_http_1_0_end_the_connection(port: int) -> None:
    for request in (b"GET /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", b"GET /echo HTTP/1.0\r\n\r\n"):
        with connect(port) as s:
            s.sendall(request)
            buf = bytearray()
            status, headers, _ = read_answer(s, buf)
            assert status == 200 and headers[b"connection"] == b"close" and closed(s, buf)


def test_many_requests_on_concurrent_connections(port: int) -> None:
    async def client(i: int) -> list[Any]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        out = []
        for j in range(5):
            writer.write(post(b"/echo", b"%d-%d" % (i, j)))
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            out.append(await reader.readexactly(length))
        writer.close()
        return out

    async def run() -> list[list[Any]]:
        return list(await asyncio.gather(*(client(i) for i in range(8))))

    for i, bodies in enumerate(asyncio.run(run())):
        assert [b.endswith(b"%d-%d" % (i, j)) for j, b in enumerate(bodies)] == [True] * 5
