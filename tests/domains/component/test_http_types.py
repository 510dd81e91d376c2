"""wasi:http/types host objects: fields as Wasmtime's host treats them, request bodies arriving in chunks."""

from __future__ import annotations

import pytest
from wasmtime.component import Variant

from multipie.domains.component.http_io import Table
from multipie.domains.component.http_types import BodySource, Fields, _append, _set


def test_incoming_fields_are_lower_cased_grouped_and_immutable_without_forbidden_names() -> None:
    f = Fields.incoming([(b"A", b"1"), (b"Connection", b"close"), (b"b", b"2"), (b"a", b"3")])
    assert f.pairs() == [("a", b"1"), ("a", b"3"), ("b", b"2")]
    assert _append(f, "c", b"x") == Variant("err", Variant("immutable"))


@pytest.mark.parametrize(
    ("name", "value", "error"),
    [
        ("bad name", b"v", "invalid-syntax"),
        ("x", b"line\nbreak", "invalid-syntax"),
        ("transfer-encoding", b"chunked", "forbidden"),
        ("Host", b"h", "forbidden"),
        ("content-length", b"+5", "invalid-syntax"),
    ],
)
def test_invalid_or_forbidden_changes_are_refused(name: str, value: bytes, error: str) -> None:
    f = Fields()
    assert _append(f, name, value) == Variant("err", Variant(error))
    assert f.pairs() == []


def test_set_replaces_append_adds_delete_removes() -> None:
    f = Fields()
    assert _append(f, "X-A", b"1") == Variant("ok")
    assert _append(f, "x-a", b"2") == Variant("ok")
    assert _set(f, "content-length", [b"12"]) == Variant("ok")
    assert f.pairs() == [("x-a", b"1"), ("x-a", b"2"), ("content-length", b"12")]
    assert _set(f, "X-A", [b"3"]) == Variant("ok")
    assert f.map["x-a"] == [b"3"]
    assert _set(f, "x-a", []) == Variant("ok")
    assert "x-a" not in f.map


def test_body_source_reads_what_arrived_then_the_end() -> None:
    src = BodySource(Table())
    assert src.read(10) == b"" and not src.ready()
    src.feed(b"hello world")
    assert src.ready()
    assert src.read(5) == b"hello"
    assert src.read(100) == b" world"
    src.end([(b"t", b"v")])
    assert src.ready() and src.read(10) is None
    assert src.trailers == [(b"t", b"v")]


def test_a_response_body_waits_for_its_sink_then_streams_and_ends() -> None:
    from multipie.domains.component.http_types import OutgoingBody
    from tests.domains.component.httpsink import Sink

    body = OutgoingBody()
    body.write(b"early")
    sink = Sink()
    body.attach(sink)
    body.write(b"late")
    body.finish([("t", b"v")])
    assert sink.events == [("body", b"early"), ("body", b"late"), ("end", [("t", b"v")])]
    with pytest.raises(ValueError, match="already finished"):
        body.write(b"more")


def test_a_response_body_dropped_unfinished_fails_the_response() -> None:
    from multipie.domains.component.http_types import OutgoingBody
    from tests.domains.component.httpsink import Sink

    body = OutgoingBody()
    body.write(b"partial")
    body.dropped()
    sink = Sink()
    body.attach(sink)
    assert sink.kinds() == ["body", "fail"]
