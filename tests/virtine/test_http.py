"""The virtine side of the http handler ABI (multipie.domains.virtine.http, VirtineDomain.http_exchange)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import multipie
from multipie.app.abi import Request, call_http, check_http_exports
from multipie.domains.virtine import exchange as vexchange
from multipie.domains.virtine import http as vhttp
from multipie.domains.virtine.image import LOAD_ADDR
from multipie.domains.virtine.service import VirtineService
from multipie.errors import DomainClosed, InvalidModule, OutOfMemory, ProtocolError, Timeout, Trap, TrapCode
from tests.conftest import needs_kvm

pytestmark = needs_kvm

Load = Callable[[str], multipie.Service]
HEAD = b"POST /x HTTP/1.1\r\nhost: t\r\n\r\n"
OK = b"Content-Type: text/plain\r\nX-Guest: virtine\r\n\r\n"


@pytest.fixture
def svc(load: Load) -> VirtineService:
    s = load("tests/http")
    assert isinstance(s, VirtineService)
    return s


def test_the_request_goes_in_and_the_response_comes_out(svc: VirtineService) -> None:
    d = svc.spawn(timeout=1.0)
    assert d.http_exchange(HEAD, b"hello") == OK + HEAD + b"hello"
    assert d.http_exchange(HEAD, b"") == OK + HEAD  # the same domain serves again
    # A response returned by pointer (a constant in the image) instead of written at resp.
    assert d.http_exchange(HEAD, b"k").endswith(b"\r\n\r\nconstant")
    d.close()


def _area_bytes(d: multipie.Domain) -> bytes:
    area = d.machine.exchange  # type: ignore[attr-defined]
    assert area is not None
    return bytes(area.memory.view)


def test_nothing_of_a_request_survives_it(svc: VirtineService) -> None:
    d = svc.spawn()
    secret = b"k" + b"secret-" * 100
    d.http_exchange(HEAD, secret)
    # Neither the heap nor the exchange area keeps a byte of it.
    img = svc.image
    assert bytes(d.memory[img.heap_start : img.heap_end]) == bytes(img.heap_end - img.heap_start)
    assert _area_bytes(d) == bytes(d.machine.exchange.size)
    # A static the handler increments starts from the snapshot on every call.
    assert [d.http_exchange(HEAD, b"c") for _ in range(3)] == [b"Content-Type: text/plain\r\n\r\nserved=1"] * 3


def test_the_exchange_area_is_zero_before_every_request(svc: VirtineService) -> None:
    d = svc.spawn(timeout=1.0)
    area = d.http_exchange(HEAD, b"Z")  # a handler that reads resp before writing it
    cap = len(area)
    assert cap > 1 << 20 and area == bytes(cap)
    size = d.machine.exchange.size
    # The guest fills all of it (the unlogged start and the dirty-logged tail) ...
    assert d.http_exchange(HEAD, b"A") == b""
    assert d.http_exchange(HEAD, b"Z") == bytes(cap)
    # ... the host writes a large request into the tail ...
    big = b"E" + bytes(range(256)) * 1024
    assert d.http_exchange(HEAD, big) == HEAD + big  # returned by pointer into the area
    assert d.http_exchange(HEAD, b"Z") == bytes(cap)
    assert _area_bytes(d) == bytes(size)
    # ... and a fault after the fill (the machine is reset and pooled) leaves nothing either.
    with pytest.raises(Trap, match="invalid opcode"):
        d.http_exchange(HEAD, b"F")
    for _ in range(svc.pool.size + 1):
        d2 = svc.spawn()
        assert d2.http_exchange(HEAD, b"Z") == bytes(cap)
        d2.close()


def test_large_request_and_the_area_bound(svc: VirtineService) -> None:
    d = svc.spawn()
    body = bytes(range(256)) * 2048  # 512 KiB
    assert d.http_exchange(HEAD, body) == OK + HEAD + body
    size = d.machine.exchange.size
    assert size >= svc.image.heap_end - svc.image.heap_start  # never less room than the heap gave
    with pytest.raises(OutOfMemory, match="does not fit the virtine's exchange area"):
        d.http_exchange(HEAD, b"x" * (size - len(HEAD) - vhttp.MIN_RESPONSE_ROOM + 1))
    assert d.is_open and d.http_exchange(HEAD, b"ok") == OK + HEAD + b"ok"  # refused before it ran
    # The largest request that still leaves MIN_RESPONSE_ROOM is served.
    fits = b"Z" + bytes(size - len(HEAD) - vhttp.MIN_RESPONSE_ROOM - 1)
    assert d.http_exchange(HEAD, fits) == bytes(vhttp.MIN_RESPONSE_ROOM)


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        (b"t", Trap, "page fault"),
        (b"i", Trap, "invalid opcode"),
        (b"s", Timeout, "timeout"),
        (b"p", ProtocolError, r"at 0xffff0000\+16, outside its memory"),
        (b"l", ProtocolError, "more than resp_cap"),
        (b"n", ProtocolError, "outside its memory"),
        (b"X", ProtocolError, r"outside its memory .* and its exchange area"),
        (b"O", Trap, "outside the http exchange area"),
    ],
)
def test_faults_and_bad_responses_tear_the_domain_down(
    svc: VirtineService, body: bytes, error: type[Exception], message: str
) -> None:
    d = svc.spawn(timeout=0.3)
    with pytest.raises(error, match=message) as info:
        d.http_exchange(HEAD, body)
    assert getattr(info.value, "domain", None) == d.label
    assert not d.is_open
    with pytest.raises(DomainClosed):
        d.http_exchange(HEAD, b"ok")
    # The machine was reset and pooled: the next domain serves normally.
    assert svc.spawn().http_exchange(HEAD, b"ok") == OK + HEAD + b"ok"


def test_response_range_bounds() -> None:
    img = type("I", (), {"memory": 0x200000})()
    base = vexchange.EXCHANGE_BASE
    lay = vhttp.layout(0x100000, 10, 5, where="t")
    assert (lay.req, lay.resp, lay.area_end) == (base, base + 0x10, base + 0x100000)
    assert lay.resp_cap == 0x100000 - 0x10
    assert vhttp.response_range(img, lay, 7, where="t") == (lay.resp, 7)  # type: ignore[arg-type]
    assert vhttp.response_range(img, lay, (LOAD_ADDR << 32) | 3, where="t") == (LOAD_ADDR, 3)  # type: ignore[arg-type]
    assert vhttp.response_range(img, lay, (0x1FFFF0 << 32) | 16, where="t") == (0x1FFFF0, 16)  # type: ignore[arg-type]
    assert vhttp.response_range(img, lay, (base << 32) | 15, where="t") == (base, 15)  # type: ignore[arg-type]
    end = base + 0x100000
    assert vhttp.response_range(img, lay, ((end - 4) << 32) | 4, where="t") == (end - 4, 4)  # type: ignore[arg-type]
    bad = [(0x1FFFF0 << 32) | 17, (0x5000 << 32) | 1, lay.resp_cap + 1, -1, ((end - 4) << 32) | 5, (end << 32) | 1]
    bad += [((base - 1) << 32) | 2, (0x200000 << 32) | 1]
    for packed in bad:
        with pytest.raises(ProtocolError):
            vhttp.response_range(img, lay, packed, where="t")  # type: ignore[arg-type]
    with pytest.raises(OutOfMemory):
        vhttp.layout(0x100000, 0x100000 - 100, 0, where="t")
    assert vhttp.layout(0x100000, 0x100000 - vhttp.MIN_RESPONSE_ROOM, 0, where="t").resp_cap == vhttp.MIN_RESPONSE_ROOM


def test_the_guest_header_names_the_same_area() -> None:
    header = Path(__file__).resolve().parents[2] / "guest" / "virtine" / "vt_http.h"
    m = re.search(r"#define VT_HTTP_AREA (0x[0-9A-Fa-f]+)UL", header.read_text())
    assert m is not None and int(m.group(1), 16) == vexchange.EXCHANGE_BASE


def test_check_http_exports_for_virtines(svc: VirtineService, load: Load) -> None:
    check_http_exports(svc)
    check_http_exports(load("examples/http_upper"))
    with pytest.raises(InvalidModule, match=r"needs a virtine entry point VIRTINE long http_handle\(.*has: fib"):
        check_http_exports(load("examples/fib"))


def test_call_http_uses_the_exchange(svc: VirtineService, load: Load) -> None:
    req = Request("POST", "/up", "q=1", [("x-a", "b")], b"shout", "rid-1", "/up")
    resp = call_http(load("examples/http_upper").spawn(), req)
    assert (resp.status, resp.body) == (200, b"SHOUT") and ("X-Guest", "virtine") in resp.headers
    resp = call_http(svc.spawn(), Request("GET", "/k", "", [], b"k", "rid-2", "/k"))
    assert resp.status == 201 and resp.body == b"constant"
    with pytest.raises(ProtocolError, match="without an empty line"):
        call_http(svc.spawn(), Request("GET", "/g", "", [], b"g", "rid-3", "/g"))


def test_concurrent_exchanges_in_separate_domains(svc: VirtineService) -> None:
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            for j in range(20):
                d = svc.spawn(timeout=1.0)
                body = f"q{i}-{j}".encode() if j % 5 else b"t"  # not "w": that mode computes for a while
                try:
                    out = d.http_exchange(HEAD, body)
                    assert out == OK + HEAD + body
                except Trap as exc:
                    assert body == b"t" and exc.code is TrapCode.PAGE_FAULT
                d.close()
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
