"""Serving one request with a wasi:http/proxy component (multipie.domains.component.http.serve)."""

from __future__ import annotations

import pytest

import multipie
from multipie.domains.component.http import Request, serve
from multipie.domains.component.service import ComponentService
from multipie.errors import ProtocolError, Timeout, Trap, TrapCode
from tests.domains.component.httpsink import request, run
from tests.inflight import Call, wait_for


def test_a_proxy_component_is_detected_by_its_export(http_handler: ComponentService, typed: ComponentService) -> None:
    assert http_handler.http_handler == "wasi:http/incoming-handler@0.2.0#handle"
    assert typed.http_handler is None


def test_echo_headers_keep_every_value_lower_cased_and_drop_forbidden_names(http_handler: ComponentService) -> None:
    headers = [(b"X-Multi", b"one"), (b"x-multi", b"Two"), (b"Host", b"example"), (b"Content-Type", b"text/x")]
    sink = run(http_handler, "/echo", b"ping", headers=headers, method="POST")
    status, got = sink.head
    assert status == 200
    # Wasmtime's host: names lower-cased, values as sent, forbidden names (host) not seen by the guest.
    assert got == [("x-multi", b"one"), ("x-multi", b"Two"), ("content-type", b"text/x")]
    assert sink.body_bytes == b"ping"
    assert sink.kinds()[-1] == "end"


def test_status_codes_and_empty_bodies(http_handler: ComponentService) -> None:
    sink = run(http_handler, "/c", headers=[(b"a", b"b")])
    assert sink.head == (418, [])
    assert sink.kinds() == ["start", "end"]
    assert run(http_handler, "/").head == (200, [])


def test_request_trailers_reach_the_handler_and_come_back_as_response_trailers(
    http_handler: ComponentService,
) -> None:
    req, sink = request("/e", method="POST")
    req.body.feed(b"body")
    req.body.end([(b"X-Checksum", b"abc")])
    serve(http_handler, req, memory_limit=None, fuel=None, timeout=10)
    assert sink.events[-1] == ("end", [("x-checksum", b"abc")])


def test_bodies_stream_both_ways(http_handler: ComponentService) -> None:
    """The head and the first chunk come back while the request body is still arriving."""
    req, sink = request("/e", method="POST", timeout=60)
    call = Call(serve, http_handler, req, memory_limit=None, fuel=None, timeout=60)
    req.body.feed(b"first chunk")
    wait_for(lambda: "body" in sink.kinds(), "the first chunk echoed before the body ended")
    assert sink.kinds()[0] == "start" and sink.body_bytes == b"first chunk"
    req.body.feed(b", second")
    req.body.end()
    call.outcome()
    assert sink.body_bytes == b"first chunk, second"
    assert sink.kinds()[-1] == "end"


def test_a_body_of_megabytes_round_trips_byte_for_byte(http_handler: ComponentService) -> None:
    data = bytes(range(256)) * (3 * 4096)  # 3 MiB, every byte value
    req, sink = request("/e", method="POST", timeout=120)
    for i in range(0, len(data), 1 << 16):
        req.body.feed(data[i : i + (1 << 16)])
    req.body.end()
    serve(http_handler, req, memory_limit=None, fuel=None, timeout=120)
    assert sink.body_bytes == data


def test_trap_is_a_trap_and_nothing_was_sent(http_handler: ComponentService) -> None:
    req, sink = request("/t")
    req.body.end()
    with pytest.raises(Trap) as exc:
        serve(http_handler, req, memory_limit=None, fuel=None, timeout=10)
    assert exc.value.code is TrapCode.UNREACHABLE
    assert sink.events == []


def test_spin_is_a_timeout(http_handler: ComponentService) -> None:
    req, _ = request("/l", timeout=0.3)
    req.body.end()
    with pytest.raises(Timeout):
        serve(http_handler, req, memory_limit=None, fuel=None, timeout=0.3)


def test_waiting_in_the_host_past_the_deadline_is_a_timeout(http_handler: ComponentService) -> None:
    """A blocking read of a body that never ends cannot outlive the request's timeout."""
    req, _ = request("/e", method="POST", timeout=0.3)
    req.body.feed(b"partial")  # never ended
    with pytest.raises(Timeout, match="waited in the host"):
        serve(http_handler, req, memory_limit=None, fuel=None, timeout=0.3)


def test_a_dropped_outparam_is_a_protocol_error(http_handler: ComponentService) -> None:
    with pytest.raises(ProtocolError, match="without setting its response-outparam"):
        run(http_handler, "/d")


def test_an_error_code_answer_goes_to_the_sink_as_a_failure(http_handler: ComponentService) -> None:
    sink = run(http_handler, "/x")
    assert sink.events == [("fail", "the handler answered with error-code internal-error")]


def test_every_request_gets_a_fresh_instance_closed_afterwards(
    rt: multipie.Runtime, http_handler: ComponentService
) -> None:
    before = len(rt.domains)
    for path in ("/e", "/t", "/d", "/"):
        try:
            run(http_handler, path, b"x")
        except (Trap, ProtocolError):
            pass
    assert len(rt.domains) == before


def test_fuel_and_memory_limits_apply(http_handler: ComponentService) -> None:
    req, _ = request("/l")
    req.body.end()
    with pytest.raises(multipie.OutOfFuel):
        serve(http_handler, req, memory_limit=None, fuel=100_000, timeout=10)
    req, _ = request("/")
    req.body.end()
    with pytest.raises(multipie.OutOfMemory):
        serve(http_handler, req, memory_limit=1024, fuel=None, timeout=10)


def test_a_core_module_is_not_served(rt: multipie.Runtime, typed: ComponentService) -> None:
    with pytest.raises(ProtocolError, match="does not export wasi:http/incoming-handler"):
        serve(
            typed,
            Request(_NoSink(), method="GET", path_with_query="/", headers=[]),
            memory_limit=None,
            fuel=None,
            timeout=1,
        )


class _NoSink:
    def start(self, status: int, headers: list[tuple[str, bytes]]) -> None: ...
    def body(self, chunk: bytes) -> None: ...
    def end(self, trailers: list[tuple[str, bytes]] | None) -> None: ...
    def fail(self, reason: str) -> None: ...


def test_every_request_gets_a_never_used_instance_from_a_reserve(http_handler: ComponentService) -> None:
    """``/n`` answers 200 + the requests its instance served: 201 each time means no state carried over."""
    reserve = http_handler.reserve(2, timeout=10)
    try:
        assert reserve.wait_ready(2, 60)
        statuses = []
        for _ in range(6):  # more than the reserve holds: taken ones, then spawned ones while it refills
            req, sink = request("/n")
            req.body.end()
            serve(http_handler, req, memory_limit=None, fuel=None, timeout=10, reserve=reserve)
            statuses.append(sink.head[0])
        assert statuses == [201] * 6
        assert reserve.taken >= 2
    finally:
        reserve.close()


def test_without_a_reserve_each_request_spawns_a_fresh_instance(http_handler: ComponentService) -> None:
    assert [run(http_handler, "/n").head[0] for _ in range(3)] == [201, 201, 201]
