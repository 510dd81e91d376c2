"""Framing one HTTP/1.1 answer from ASGI messages (shared by the gateway's connections and the replica's hop server)."""

from __future__ import annotations

import pytest

from multipie.app.answer import Answer, status_line


def body(data: bytes, more: bool = False) -> dict[str, object]:
    return {"type": "http.response.body", "body": data, "more_body": more}


def test_the_head_goes_out_with_the_first_body_part() -> None:
    a = Answer()
    a.start("GET", 200, [(b"Content-Length", b"2"), (b"x-guest", b"echo")])
    assert not a.done and a.keep_alive and not a.chunked
    assert a.frame(body(b"ok")) == b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nx-guest: echo\r\n\r\nok"
    assert a.done


def test_no_body_on_the_wire_for_head_1xx_204_304() -> None:
    for method, status in (("HEAD", 200), ("GET", 204), ("GET", 304), ("GET", 103)):
        a = Answer()
        a.start(method, status, [(b"content-length", b"5")] if method == "HEAD" else [])
        out = a.frame(body(b"hello"))
        assert out.endswith(b"\r\n\r\n") and b"hello" not in out and b"chunked" not in out, (method, status)


def test_without_a_length_the_answer_is_chunked_to_its_last_part() -> None:
    a = Answer()
    a.start("GET", 599, [])
    first = a.frame(body(b"abc", more=True))
    assert first.startswith(b"HTTP/1.1 599 \r\ntransfer-encoding: chunked\r\n\r\n") and first.endswith(b"3\r\nabc\r\n")
    assert not a.done
    assert a.frame(body(b"", more=False)) == b"0\r\n\r\n" and a.done


def test_connection_close_from_the_app_or_the_server_is_said_once() -> None:
    a = Answer()
    a.start("GET", 503, [(b"connection", b"close"), (b"content-length", b"0")])
    assert not a.keep_alive and a.frame(body(b"")).count(b"connection: close\r\n") == 1
    b = Answer()
    b.start("POST", 413, [(b"content-length", b"0")], close=True)
    assert not b.keep_alive and b"connection: close\r\n" in b.frame(body(b""))


def test_a_header_with_a_line_break_is_refused() -> None:
    with pytest.raises(RuntimeError, match="line break"):
        Answer().start("GET", 200, [(b"x", b"a\r\nset-cookie: evil")])


def test_a_status_without_a_registered_phrase_has_an_empty_one() -> None:
    """RFC 9112 allows an empty phrase (hyper writes "<none>"); the scale-out entry wrote a made-up "-"."""
    for status, line in ((299, b"HTTP/1.1 299 \r\n"), (601, b"HTTP/1.1 601 \r\n"), (999, b"HTTP/1.1 999 \r\n"),
                         (418, b"HTTP/1.1 418 I'm a Teapot\r\n"), (499, b"HTTP/1.1 499 Client Closed Request\r\n")):
        assert status_line(status) == line
        a = Answer()
        a.start("GET", status, [(b"content-length", b"0")])
        assert a.frame(body(b"")).startswith(line)


def test_the_servers_default_headers_follow_the_status_line() -> None:
    a = Answer()
    a.start("GET", 200, [(b"content-length", b"1")], defaults=b"date: Sun, 06 Dec 2026 18:00:00 GMT\r\n")
    assert a.frame(body(b"x")) == (
        b"HTTP/1.1 200 OK\r\ndate: Sun, 06 Dec 2026 18:00:00 GMT\r\ncontent-length: 1\r\n\r\nx"
    )
