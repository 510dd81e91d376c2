"""Forwarding to a replica's gateway (no cluster): answers, kept-alive connections, and what a failure says.

A small asyncio server on loopback plays the replica: it answers, answers in chunks, or
breaks the connection at a chosen point, so each failure class is reached on purpose.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from multipie.scaleout.forward import HOP_BY_HOP, Lost, NotSent, Upstream

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def _read_request(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.startswith(b"content-length"))
    return head, await reader.readexactly(length)


def _answer(body: bytes, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nx-guest: echo\r\n%scontent-length: %d\r\n\r\n%s" % (extra, len(body), body)


async def _with_server(handler: Handler, client: Callable[[int], Awaitable[Any]]) -> Any:
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        return await client(port)
    finally:
        server.close()


def test_answers_are_parsed_and_connections_kept_alive() -> None:
    seen: list[tuple[bytes, bytes]] = []
    connections = 0

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while not reader.at_eof():
            try:
                head, body = await _read_request(reader)
            except asyncio.IncompleteReadError:
                break
            seen.append((head, body))
            writer.write(_answer(b"got " + body))

    async def client(port: int) -> list[Any]:
        up = Upstream("127.0.0.1", port)
        headers = [(b"host", b"app"), (b"x-request-id", b"r1")]
        out = [await up.request("POST", b"/echo?a=1", headers, b"hi", timeout=10) for _ in range(3)]
        up.close()
        return out

    answers = asyncio.run(_with_server(echo, client))
    assert answers[0] == (200, [(b"x-guest", b"echo"), (b"content-length", b"6")], b"got hi")
    assert connections == 1 and len(seen) == 3  # one kept-alive connection for all three
    assert seen[0][0].startswith(b"POST /echo?a=1 HTTP/1.1\r\nhost: app\r\nx-request-id: r1\r\ncontent-length: 2\r\n")


def test_chunked_and_close_delimited_answers() -> None:
    async def chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(b"HTTP/1.1 201 Created\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=1\r\nde\r\n0\r\n\r\n")
        await _read_request(reader)
        writer.write(b"HTTP/1.0 200 OK\r\n\r\nuntil the end")
        writer.close()

    async def client(port: int) -> list[Any]:
        up = Upstream("127.0.0.1", port)
        return [await up.request("GET", b"/", [], b"", timeout=10) for _ in range(2)]

    first, second = asyncio.run(_with_server(chunked, client))
    assert first[0] == 201 and first[2] == b"abcde"
    assert second[0] == 200 and second[2] == b"until the end"


def test_a_refused_connection_was_not_sent() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, never listening: connecting is refused

    async def client() -> None:
        await Upstream("127.0.0.1", port).request("POST", b"/", [], b"x", timeout=10)

    with pytest.raises(NotSent, match="cannot connect"):
        asyncio.run(client())


@pytest.mark.parametrize("how", ["close", "half_answer", "garbage"])
def test_a_request_the_replica_saw_but_did_not_answer_is_lost(how: str) -> None:
    async def dies(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)  # it has the request (it may have run it)...
        if how == "half_answer":
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nshort")
        elif how == "garbage":
            writer.write(b"SSH-2.0-nope\r\n\r\n")
        writer.close()  # ...and goes away before answering in full

    async def client(port: int) -> Any:
        return await Upstream("127.0.0.1", port).request("POST", b"/", [], b"x", timeout=10)

    with pytest.raises(Lost, match="sent, no complete answer"):
        asyncio.run(_with_server(dies, client))


def test_an_answer_that_never_comes_is_lost_after_the_bound() -> None:
    async def hangs(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        await reader.read()  # holds the connection, never answers

    async def client(port: int) -> Any:
        return await Upstream("127.0.0.1", port).request("GET", b"/", [], b"", timeout=0.2)

    with pytest.raises(Lost, match="no answer within 0.2s"):
        asyncio.run(_with_server(hangs, client))


def test_idle_connections_are_not_reused_past_max_idle_nor_across_loops() -> None:
    connections = 0

    async def echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while True:
            try:
                await _read_request(reader)
            except asyncio.IncompleteReadError:
                return
            writer.write(_answer(b"ok"))

    async def serve_and(run: Callable[[int], Any]) -> None:
        server = await asyncio.start_server(echo, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            await asyncio.get_running_loop().run_in_executor(None, run, port)

    async def twice(up: Upstream) -> list[bytes]:
        return [(await up.request("GET", b"/", [], b"", timeout=10))[2] for _ in range(2)]

    def client(port: int) -> None:
        stale = Upstream("127.0.0.1", port, max_idle=-1.0)  # every idle connection counts as too old
        fresh = Upstream("127.0.0.1", port)
        assert asyncio.run(twice(stale)) == [b"ok", b"ok"]  # two connections
        assert asyncio.run(twice(fresh)) == [b"ok", b"ok"]  # one, kept alive
        assert asyncio.run(twice(fresh)) == [b"ok", b"ok"]  # a new loop: one more

    asyncio.run(serve_and(client))
    assert connections == 4


def test_hop_by_hop_headers_are_the_connections_own() -> None:
    assert {b"connection", b"transfer-encoding", b"content-length", b"expect", b"x-request-id"} <= HOP_BY_HOP
    assert b"content-type" not in HOP_BY_HOP and b"host" not in HOP_BY_HOP
