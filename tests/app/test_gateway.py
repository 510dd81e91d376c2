"""End to end: `multipie up` on a free port, driven with httpx (routing, ABIs, every error mapping, metrics, ps)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from apphelpers import GUESTS_OUT, HERE, Server, write_app

from multipie.app.admin import _is_loopback

ECHO = (HERE / "guests" / "echo.wat").as_posix()


def manifest(wagi: Path) -> str:
    return f"""
[app]
name = "gw"
max_body = 4096

[services.echo]
source = "{ECHO}"
route = "/echo/..."
timeout = 0.5
memory = "4MiB"
pool = 4

[services.exact]
source = "{ECHO}"
route = "/echo/exact"
pool = 1

[services.keep]
source = "{ECHO}"
route = "/keep"
instances = "reuse"
max_concurrency = 1
pool = 1

[services.tight]
source = "{ECHO}"
route = "/tight/..."
max_concurrency = 1
queue = 0
timeout = 1.0
pool = 1
max_body = 16

[services.fast]
source = "{ECHO}"
route = "/fast/..."
run = "inline"
timeout = 0.2
pool = 2

[services.wagi]
source = "{wagi.as_posix()}"
abi = "wagi"
route = "/cgi/..."
env = {{ GREETING = "hello" }}
files = {{ "/static" = "static" }}
timeout = 2.0
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, app_guests: Path) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("gw")
    write_app(root / "app", manifest(app_guests / "wagi.wasm"), **{"static/hello.txt": "from a preopened dir\n"})
    s = Server(root / "app", root / "cache")
    yield s
    assert s.stop() == 0


def post(server: Server, path: str, body: bytes | str = b"", **kw: object) -> httpx.Response:
    return httpx.post(server.url + path, content=body, timeout=10, **kw)  # type: ignore[arg-type]


def error_of(r: httpx.Response) -> dict:
    assert r.headers["content-type"] == "application/json"
    body = dict(r.json())
    assert body["request_id"] == r.headers["x-request-id"]
    return body


def test_zero_copy_abi_sees_the_request(server: Server) -> None:
    r = post(server, "/echo/a/b?x=1&y=2", b"hello body", headers={"X-Custom": "v"})
    assert r.status_code == 200 and r.headers["x-guest"] == "echo"
    text = r.text
    assert text.startswith("POST /echo/a/b?x=1&y=2 HTTP/1.1\r\n")
    assert "\r\nx-custom: v\r\n" in text
    assert f"x-request-id: {r.headers['x-request-id']}\r\n" in text
    assert text.endswith("\r\n\r\nhello body")


def test_routing_most_specific_wins_and_logs_name_the_service(server: Server) -> None:
    a = post(server, "/echo/exact", b"x")
    b = post(server, "/echo/exact/more", b"x")
    c = post(server, "/echo", b"x")
    assert a.status_code == b.status_code == c.status_code == 200
    ids = {r.headers["x-request-id"] for r in (a, b, c)}

    def logged() -> dict[str, dict]:
        return {rec.get("request_id"): rec for rec in server.logs() if rec.get("msg") == "request"}

    wait_for(lambda: ids <= logged().keys())  # the access log is written after the response
    by_id = logged()
    assert by_id[a.headers["x-request-id"]]["service"] == "exact"
    assert by_id[b.headers["x-request-id"]]["service"] == "echo"
    assert by_id[c.headers["x-request-id"]]["service"] == "echo"
    rec = by_id[a.headers["x-request-id"]]
    assert rec["status"] == 200 and rec["method"] == "POST" and rec["path"] == "/echo/exact" and rec["ms"] > 0


def test_request_id_is_propagated(server: Server) -> None:
    r = post(server, "/echo/id", b"x", headers={"X-Request-Id": "abc123"})
    assert r.headers["x-request-id"] == "abc123" and r.text.count("x-request-id: abc123\r\n") == 1


def test_no_route_is_404(server: Server) -> None:
    r = httpx.get(server.url + "/nowhere", timeout=5)
    assert r.status_code == 404
    body = error_of(r)
    assert body["error"] == "no_route" and body["service"] is None and "/nowhere" in body["detail"]


def test_body_over_the_limit_is_413(server: Server) -> None:
    r = post(server, "/echo/big", b"x" * 5000)
    assert r.status_code == 413
    body = error_of(r)
    assert body["service"] == "echo" and "5000 bytes exceeds the limit of service 'echo'" in body["detail"]
    r = post(server, "/tight/x", b"y" * 17)
    assert r.status_code == 413 and "(16 bytes)" in error_of(r)["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit applies while reading
        for _ in range(10):
            yield b"z" * 1000

    r = httpx.post(server.url + "/echo/stream", content=chunks(), timeout=10)
    assert r.status_code == 413 and "exceeds the limit of service 'echo'" in error_of(r)["detail"]


@pytest.mark.parametrize(
    ("body", "status", "error", "detail"),
    [
        (b"trap", 500, "trap", "unreachable instruction executed"),
        (b"spin", 504, "timeout", "exceeded its timeout of 0.5 s"),
        (b"memory bomb", 500, "out_of_memory", "memory limit reached"),
        (b"pointer", 502, "bad_response", "outside its memory"),
        (b"garbage", 502, "bad_response", "without an empty line after its headers"),
    ],
)
def test_guest_faults_map_to_statuses(server: Server, body: bytes, status: int, error: str, detail: str) -> None:
    r = post(server, "/echo/f", body)
    assert r.status_code == status
    got = error_of(r)
    assert got["error"] == error and got["service"] == "echo" and detail in got["detail"]
    assert post(server, "/echo/after", b"ok").status_code == 200  # the process keeps serving


def wait_for(cond: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def in_use(server: Server, name: str) -> int:
    return next(int(s["in_use"]) for s in server.ps()["services"] if s["name"] == name)


def test_overload_is_503(server: Server) -> None:
    results: list[httpx.Response] = []
    t = threading.Thread(target=lambda: results.append(post(server, "/tight/a", b"spin")))
    t.start()
    wait_for(lambda: in_use(server, "tight") == 1)
    r = post(server, "/tight/b", b"ok")
    t.join()
    assert r.status_code == 503
    got = error_of(r)
    assert got["error"] == "overloaded" and got["service"] == "tight" and "limit of 1 concurrent" in got["detail"]
    assert results[0].status_code == 504
    assert post(server, "/tight/c", b"ok").status_code == 200


def test_inline_service_serves_and_still_times_out(server: Server) -> None:
    assert [post(server, "/fast/x", b"c").text for _ in range(5)] == ["served=1"] * 5  # fresh every time
    r = post(server, "/fast/x", b"spin")
    assert r.status_code == 504 and "timeout of 0.2 s" in error_of(r)["detail"]
    r = post(server, "/fast/x", b"trap")
    assert r.status_code == 500
    assert post(server, "/fast/y", b"ok").status_code == 200
    fast = next(s for s in server.ps()["services"] if s["name"] == "fast")
    assert fast["idle"] >= 1


def test_no_state_crosses_requests_under_concurrent_load(server: Server) -> None:
    # More requests in parallel than the pools hold: hits, misses, refills and background closes
    # all happen, and every request still runs in a domain no other request touched.
    from concurrent.futures import ThreadPoolExecutor

    paths = ["/echo/c", "/fast/c"] * 40
    with ThreadPoolExecutor(8) as ex:
        texts = list(ex.map(lambda p: post(server, p, b"c").text, paths))
    assert texts == ["served=1"] * len(paths)


def test_fresh_versus_reused_instances(server: Server) -> None:
    assert [post(server, "/echo/c", b"c").text for _ in range(3)] == ["served=1"] * 3
    first = int(post(server, "/keep", b"c").text.removeprefix("served="))
    assert post(server, "/keep", b"c").text == f"served={first + 1}"


def test_wagi_runs_a_c_program(server: Server) -> None:
    r = post(server, "/cgi/sub/path?q=1", b"the body")
    assert r.status_code == 200 and r.headers["content-type"] == "text/plain"
    lines = dict(line.split("=", 1) for line in r.text.strip().splitlines())
    assert lines["method"] == "POST" and lines["path_info"] == "/sub/path" and lines["script"] == "/cgi"
    assert lines["query"] == "q=1" and lines["greeting"] == "hello" and lines["body"] == "the body"
    assert lines["request_id"] == r.headers["x-request-id"]
    assert httpx.get(server.url + "/cgi/x?created", timeout=10).status_code == 201
    assert "file=from a preopened dir" in httpx.get(server.url + "/cgi/x?file", timeout=10).text
    assert "write=denied" in httpx.get(server.url + "/cgi/x?write", timeout=10).text


def test_wagi_failures(server: Server) -> None:
    r = httpx.get(server.url + "/cgi/x?exit", timeout=10)
    assert r.status_code == 502 and "exited with code 3: asked to fail" in error_of(r)["detail"]
    r = httpx.get(server.url + "/cgi/x?trap", timeout=10)
    assert r.status_code == 500 and error_of(r)["error"] == "trap"
    r = httpx.get(server.url + "/cgi/x?flood", timeout=30)
    assert r.status_code == 502 and "wrote more than 67108864 bytes" in error_of(r)["detail"]


def test_concurrent_requests_with_faulting_guests(server: Server) -> None:
    bodies = [b"trap" if i % 3 == 0 else b"pointer" if i % 7 == 0 else f"ok {i}".encode() for i in range(60)]

    def one(b: bytes) -> tuple[bytes, int, str]:
        r = post(server, "/echo/mix", b)
        return b, r.status_code, r.text

    with ThreadPoolExecutor(12) as ex:
        results = list(ex.map(one, bodies))
    for b, status, text in results:
        if b == b"trap":
            assert status == 500
        elif b == b"pointer":
            assert status == 502
        else:
            assert status == 200 and text.endswith("\r\n\r\n" + b.decode()), (b, status, text)


def test_metrics_name_every_service(server: Server) -> None:
    post(server, "/echo/m", b"trap")
    post(server, "/echo/m", b"ok")
    text = httpx.get(server.url + "/metrics", timeout=5).text
    for name in ("echo", "exact", "keep", "tight", "fast", "wagi"):
        assert f'multipie_live_domains{{service="{name}"}}' in text
        assert f'multipie_request_duration_seconds_count{{service="{name}"}}' in text
        assert f'multipie_domain_memory_bytes{{service="{name}"}}' in text
    assert 'multipie_requests_total{code="200",service="echo"}' in text
    assert 'multipie_traps_total{reason="trap",service="echo"}' in text
    assert 'multipie_timeouts_total{service="echo"}' in text
    live = next(line for line in text.splitlines() if line.startswith('multipie_live_domains{service="echo"}'))
    assert float(live.split()[-1]) >= 1
    mem = next(line for line in text.splitlines() if line.startswith('multipie_domain_memory_bytes{service="echo"}'))
    assert float(mem.split()[-1]) >= 65536
    # echo's fresh domains come from its native reserve: requests served by one count as hits.
    hits = next(line for line in text.splitlines() if line.startswith('multipie_pool_hits_total{service="echo"}'))
    assert float(hits.split()[-1]) >= 1
    bucket = 'multipie_request_duration_seconds_bucket{le="+Inf",service="echo"}'
    count = 'multipie_request_duration_seconds_count{service="echo"}'
    values = {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if "{" in line}
    assert values[bucket] == values[count] >= 2  # the histogram is cumulative up to +Inf


def test_ps_lists_services_and_live_domains(server: Server) -> None:
    snap = server.ps()
    assert snap["app"] == "gw" and snap["live_domains"] >= 4
    echo = next(s for s in snap["services"] if s["name"] == "echo")
    assert echo["routes"] == ["/echo/..."] and echo["abi"] == "http" and echo["live"] >= 1
    env = {**os.environ, "MULTIPIE_CACHE_DIR": str(server.cache), "COLUMNS": "200"}
    cmd = [sys.executable, "-c", "from multipie.cli import main; main()", "ps", "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=30, check=True)
    apps = json.loads(out.stdout)
    assert [a["app"] for a in apps] == ["gw"] and apps[0]["listen"] == f"127.0.0.1:{server.port}"
    table = subprocess.run(cmd[:-1], capture_output=True, text=True, env=env, timeout=30, check=True).stdout
    assert "gw" in table and "echo" in table and "/echo/..." in table


def test_admin_is_loopback_only() -> None:
    assert _is_loopback("127.0.0.1") and _is_loopback("::1")
    assert not _is_loopback("10.0.0.1") and not _is_loopback("") and not _is_loopback("example.org")


def test_test_guests_were_built_from_source() -> None:
    assert (GUESTS_OUT / "wagi.wasm").read_bytes()[:4] == b"\0asm"
