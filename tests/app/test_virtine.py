"""Virtine services in an app: loading checks, and `multipie up` serving them end to end (httpx)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from apphelpers import HERE, Server, write_app

import multipie
from multipie.app.abi import Request, call_http
from multipie.app.loader import load_app
from multipie.errors import InvalidModule, ManifestError
from tests.conftest import needs_kvm
from tests.inflight import wait_for

pytestmark = needs_kvm

ECHO = (HERE / "guests" / "echo.wat").as_posix()


def images(guests: Path) -> tuple[str, str, str]:
    v = guests / "virtine"
    return (
        (v / "tests" / "http.virtine").as_posix(),
        (v / "examples" / "http_upper.virtine").as_posix(),
        (v / "examples" / "fib.virtine").as_posix(),
    )


# -- loading -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "error", "message"),
    [
        ('abi = "wagi"', InvalidModule, r"services\.v\.abi: .*a virtine serves HTTP with abi = 'http'"),
        ("fuel = 1000", ManifestError, r"services\.v\.fuel: virtines are not fuel-metered"),
        ('memory = "1MiB"', ManifestError, r"services\.v\.memory: the virtine image needs 2097152 bytes"),
        ('max_body = "4MiB"', ManifestError, r"services\.v\.max_body: a body of 4194304 bytes .* does not fit"),
    ],
)
def test_limits_a_virtine_cannot_honour_are_refused(
    tmp_path: Path, rt: multipie.Runtime, guests: Path, extra: str, error: type[Exception], message: str
) -> None:
    http, _, _ = images(guests)
    write_app(tmp_path, f'[services.v]\nsource = "{http}"\nroute = "/"\n{extra}\n')
    with pytest.raises(error, match=message):
        load_app(tmp_path, runtime=rt)


def test_grants_to_or_from_virtines_are_refused(tmp_path: Path, rt: multipie.Runtime, guests: Path) -> None:
    http, _, fib = images(guests)
    m = f'[regions.r]\nsize = 65536\n[services.v]\nsource = "{http}"\nroute = "/"\n[services.v.grants]\n'
    write_app(tmp_path, m + '"env.buf" = { region = "r" }\n')
    with pytest.raises(ManifestError, match=r"services\.v\.grants: capability grants to virtine services"):
        load_app(tmp_path, runtime=rt)
    needs = (
        '(module (import "env" "fib" (func (param i64) (result i64))) (memory (export "memory") 1)\n'
        '(func (export "http_alloc") (param i32) (result i32) i32.const 1024)\n'
        '(func (export "http_handle") (param i32 i32 i32) (result i64) i64.const 0))'
    )
    m = (
        f'[services.f]\nsource = "{fib}"\n[services.w]\nsource = "needs.wat"\nroute = "/"\n'
        '[services.w.grants]\n"env.fib" = "f.fib"\n'
    )
    write_app(tmp_path, m, **{"needs.wat": needs})
    with pytest.raises(ManifestError, match=r"service 'f' is of kind 'virtine': only Wasm exports can be granted"):
        load_app(tmp_path, runtime=rt)


def test_pools_of_virtine_domains_fresh_and_reused(tmp_path: Path, rt: multipie.Runtime, guests: Path) -> None:
    http, _, _ = images(guests)
    m = (
        f'[services.v]\nsource = "{http}"\nroute = "/v"\npool = 6\n'
        f'[services.k]\nsource = "{http}"\nroute = "/k"\npool = 1\ninstances = "reuse"\nmax_concurrency = 1\n'
    )
    write_app(tmp_path, m)
    app = load_app(tmp_path, runtime=rt)
    app.start()
    try:
        fresh, reuse = app.services["v"].pool, app.services["k"].pool
        assert fresh is not None and reuse is not None and fresh.idle == 6
        machines = app.services["v"].service.pool  # type: ignore[attr-defined]
        assert machines.size >= 6  # room for every VM the refiller hands back in one batch
        seen = set()
        for _ in range(12):
            d = fresh.acquire()
            assert d.id not in seen and d.service.kind == "virtine"
            seen.add(d.id)
            assert call_http(d, Request("POST", "/v", "", [], b"c", "r", "/v")).body == b"served=1"
            fresh.release(d)
        deadline = time.monotonic() + 10
        while fresh.idle < 6 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert fresh.idle == 6 and machines.created < 12  # used VMs were reset and reused, not one per request
        kept = reuse.acquire()
        for _ in range(3):  # the same domain, and still no state across requests
            assert call_http(kept, Request("POST", "/k", "", [], b"c", "r", "/k")).body == b"served=1"
        reuse.release(kept)
        assert reuse.acquire() is kept
        reuse.release(kept)
        assert app.stats("v")["memory_bytes"] >= 2 << 20
    finally:
        app.close()
    assert not kept.is_open


# -- served ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, guests: Path) -> Iterator[Server]:
    http, upper, _ = images(guests)
    root = tmp_path_factory.mktemp("vt")
    manifest = f"""
[app]
name = "vt"

[services.v]
source = "{http}"
kind = "virtine"
route = "/v/..."
timeout = 0.5
memory = "4MiB"
pool = 4

[services.keep]
source = "{http}"
route = "/keep"
instances = "reuse"
pool = 1

[services.upper]
source = "{upper}"
route = "/upper"
run = "inline"
timeout = 0.2
pool = 2

[services.echo]
source = "{ECHO}"
route = "/echo"
"""
    write_app(root / "app", manifest)
    s = Server(root / "app", root / "cache")
    yield s
    assert s.stop() == 0


def post(server: Server, path: str, body: bytes = b"", **kw: object) -> httpx.Response:
    return httpx.post(server.url + path, content=body, timeout=10, **kw)  # type: ignore[arg-type]


def test_routes_reach_virtine_and_wasm_services(server: Server) -> None:
    r = post(server, "/v/a/b?x=1", b"hello", headers={"X-Custom": "v"})
    assert r.status_code == 200 and r.headers["x-guest"] == "virtine"
    assert r.text.startswith("POST /v/a/b?x=1 HTTP/1.1\r\n") and r.text.endswith("\r\n\r\nhello")
    assert "\r\nx-custom: v\r\n" in r.text and f"x-request-id: {r.headers['x-request-id']}\r\n" in r.text
    r = post(server, "/upper", b"make me loud")
    assert r.status_code == 200 and r.text == "MAKE ME LOUD"
    assert post(server, "/echo", b"a wasm echo").text.endswith("\r\n\r\na wasm echo")  # not "w...": no compute
    r = post(server, "/v/k", b"k")
    assert r.status_code == 201 and r.text == "constant"
    assert [post(server, "/keep", b"c").text for _ in range(3)] == ["served=1"] * 3


@pytest.mark.parametrize(
    ("body", "status", "error", "detail"),
    [
        (b"trap", 500, "trap", "page fault (CPU exception 14)"),
        (b"illegal", 500, "trap", "invalid opcode"),
        (b"spin", 504, "timeout", "past its 0.5 s timeout"),
        (b"pointer", 502, "bad_response", "outside its memory"),
        (b"long", 502, "bad_response", "more than resp_cap"),
        (b"negative", 502, "bad_response", "outside its memory"),
        (b"garbage", 502, "bad_response", "without an empty line after its headers"),
    ],
)
def test_faults_map_to_statuses(server: Server, body: bytes, status: int, error: str, detail: str) -> None:
    r = post(server, "/v/f", body)
    assert r.status_code == status, r.text
    got = r.json()
    assert got["error"] == error and got["service"] == "v" and detail in got["detail"], got
    assert post(server, "/v/after", b"ok").status_code == 200  # the process keeps serving


def test_a_body_the_response_cannot_hold_is_the_guests_to_refuse(server: Server) -> None:
    big = b"x" * 1_000_000  # fits max_body, but an upper-cased copy does not fit resp_cap: the guest says 413
    assert post(server, "/upper", big).status_code == 413
    assert post(server, "/upper", b"ok").text == "OK"


def test_concurrent_requests_with_faulting_virtines(server: Server) -> None:
    bodies = [
        b"trap" if i % 4 == 0 else b"pointer" if i % 7 == 0 else b"spin" if i == 5 else f"ok {i}".encode()
        for i in range(60)
    ]

    def one(b: bytes) -> tuple[bytes, int, str]:
        r = post(server, "/v/mix", b)
        return b, r.status_code, r.text

    with ThreadPoolExecutor(12) as ex:
        results = list(ex.map(one, bodies))
    want = {b"trap": 500, b"pointer": 502, b"spin": 504}
    for b, status, text in results:
        if b in want:
            assert status == want[b], (b, status, text)
        else:
            assert status == 200 and text.endswith("\r\n\r\n" + b.decode()), (b, status, text)


def test_metrics_and_ps_name_virtine_services(server: Server) -> None:
    post(server, "/v/m", b"trap")
    post(server, "/v/m", b"spin")
    post(server, "/v/m", b"ok")
    counted = ('multipie_requests_total{code="200",service="v"}', 'multipie_timeouts_total{service="v"}')

    def metrics() -> str:
        return httpx.get(server.url + "/metrics", timeout=5).text

    wait_for(lambda: all(line in metrics() for line in counted), "the three requests counted in /metrics")
    text = metrics()
    for name in ("v", "keep", "upper"):
        assert f'multipie_live_domains{{service="{name}"}}' in text
        assert f'multipie_request_duration_seconds_count{{service="{name}"}}' in text
    assert 'multipie_requests_total{code="200",service="v"}' in text
    assert 'multipie_traps_total{reason="trap",service="v"}' in text
    assert 'multipie_timeouts_total{service="v"}' in text
    mem = next(line for line in text.splitlines() if line.startswith('multipie_domain_memory_bytes{service="v"}'))
    assert float(mem.split()[-1]) >= 2 << 20
    v = next(s for s in server.ps()["services"] if s["name"] == "v")
    assert v["routes"] == ["/v/..."] and v["live"] >= 1
