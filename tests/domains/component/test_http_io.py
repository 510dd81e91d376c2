"""The proxy world's wasi:io, clocks and stdio host objects."""

from __future__ import annotations

import time

import pytest
from wasmtime.component import Variant

from multipie.domains.component import http_io
from multipie.domains.component.http_io import (
    MAX_BLOCKING_WRITE,
    EmptySource,
    HostTimeout,
    InputStream,
    OutputStream,
    Pollable,
    Table,
)


class _Collect:
    def __init__(self) -> None:
        self.data = b""

    def write(self, data: bytes) -> None:
        self.data += data


def test_waits_are_bounded_by_the_request_deadline() -> None:
    table = Table(deadline=time.monotonic() + 0.05)
    with pytest.raises(HostTimeout):
        table.wait(lambda: False)


def test_a_wait_with_its_own_end_returns_then() -> None:
    table = Table(deadline=None)
    until = time.monotonic() + 0.01
    table.wait(lambda: False, until)
    assert time.monotonic() >= until


def test_pollables() -> None:
    assert Pollable().ready()
    assert Pollable(until=time.monotonic() - 1).ready()
    assert not Pollable(until=time.monotonic() + 60).ready()
    flag = [False]
    p = Pollable(lambda: flag[0])
    assert not p.ready()
    flag[0] = True
    assert p.ready()


def test_input_stream_at_its_end_is_closed() -> None:
    http_io.bind(Table())
    try:
        assert InputStream(EmptySource()).read(10, block=True) == Variant("err", Variant("closed"))
    finally:
        http_io.bind(None)


def test_blocking_write_and_flush_takes_at_most_4096_bytes() -> None:
    sink = _Collect()
    out = OutputStream(sink)
    assert out.write(b"x" * MAX_BLOCKING_WRITE, limit=MAX_BLOCKING_WRITE) == Variant("ok")
    with pytest.raises(ValueError, match="buffer too large"):
        out.write(b"x" * (MAX_BLOCKING_WRITE + 1), limit=MAX_BLOCKING_WRITE)
    assert len(sink.data) == MAX_BLOCKING_WRITE
    out.closed = True
    assert out.write(b"y", limit=10) == Variant("err", Variant("closed"))


def test_stdout_is_kept_per_request_up_to_a_cap() -> None:
    table = Table()
    http_io.bind(table)
    try:
        http_io.LogSink().write(b"x" * (http_io.LOG_CAP + 10))
    finally:
        http_io.bind(None)
    assert len(table.log) == http_io.LOG_CAP


def test_host_functions_refuse_to_run_outside_a_request() -> None:
    with pytest.raises(RuntimeError, match="no HTTP request"):
        http_io.current()


def test_a_body_cut_short_fails_the_read_instead_of_ending_it() -> None:
    from multipie.domains.component.http_types import BodySource

    table = Table()
    http_io.bind(table)
    try:
        src = BodySource(table)
        src.feed(b"part")
        src.end(failed="the client closed the connection")
        stream = InputStream(src)
        assert stream.read(100, block=True) == Variant("ok", b"part")
        got = stream.read(100, block=True)
        assert got.tag == "err" and got.payload.tag == "last-operation-failed"
        kind, rep = got.payload.payload
        assert kind == http_io.ResourceKinds.ERROR
        assert table.items[rep].message == "the client closed the connection"
    finally:
        http_io.bind(None)
