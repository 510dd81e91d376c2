"""The virtine side of the http handler ABI (multipie.domains.virtine.http, VirtineDomain.http_exchange)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

import multipie
from multipie.app.abi import Request, call_http, check_http_exports
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


def test_nothing_of_a_request_survives_it(svc: VirtineService) -> None:
    d = svc.spawn()
    secret = b"k" + b"secret-" * 100
    d.http_exchange(HEAD, secret)
    img = svc.image
    mem = d.memory
    assert bytes(mem[img.heap_start : img.heap_start + len(HEAD) + len(secret)]) == bytes(len(HEAD) + len(secret))
    # A static the handler increments starts from the snapshot on every call.
    assert [d.http_exchange(HEAD, b"c") for _ in range(3)] == [b"Content-Type: text/plain\r\n\r\nserved=1"] * 3


def test_large_request_and_the_free_memory_bound(svc: VirtineService) -> None:
    d = svc.spawn()
    body = bytes(range(256)) * 2048  # 512 KiB
    assert d.http_exchange(HEAD, body) == OK + HEAD + body
    room = svc.image.heap_end - svc.image.heap_start
    with pytest.raises(OutOfMemory, match="does not fit the virtine's free memory"):
        d.http_exchange(HEAD, b"x" * room)
    assert d.is_open and d.http_exchange(HEAD, b"ok") == OK + HEAD + b"ok"  # refused before it ran


@pytest.mark.parametrize(
    ("body", "error", "message"),
    [
        (b"t", Trap, "page fault"),
        (b"i", Trap, "invalid opcode"),
        (b"s", Timeout, "timeout"),
        (b"p", ProtocolError, r"at 0xffff0000\+16, outside its memory"),
        (b"l", ProtocolError, "more than resp_cap"),
        (b"n", ProtocolError, "outside its memory"),
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
    img = type("I", (), {"heap_start": 0x20000, "heap_end": 0x100000, "memory": 0x200000})()
    lay = vhttp.layout(img, 10, 5, where="t")  # type: ignore[arg-type]
    assert (lay.req, lay.resp) == (0x20000, 0x20010) and lay.resp_cap == 0x100000 - 0x20010
    assert vhttp.response_range(img, lay, 7, where="t") == (lay.resp, 7)  # type: ignore[arg-type]
    assert vhttp.response_range(img, lay, (LOAD_ADDR << 32) | 3, where="t") == (LOAD_ADDR, 3)  # type: ignore[arg-type]
    assert vhttp.response_range(img, lay, (0x1FFFF0 << 32) | 16, where="t") == (0x1FFFF0, 16)  # type: ignore[arg-type]
    for bad in [(0x1FFFF0 << 32) | 17, (0x5000 << 32) | 1, lay.resp_cap + 1, -1]:
        with pytest.raises(ProtocolError):
            vhttp.response_range(img, lay, bad, where="t")  # type: ignore[arg-type]
    with pytest.raises(OutOfMemory):
        vhttp.layout(img, 0x100000 - 0x20000 - 100, 0, where="t")  # type: ignore[arg-type]


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
