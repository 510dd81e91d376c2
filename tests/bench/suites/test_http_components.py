"""The http-components bench suite: both servers serve the same component the same way; ratio notes."""

from __future__ import annotations

from pathlib import Path

import httpx

from multipie.bench import Measurement
from multipie.bench.suites.http_components import HANDLER, PY_HANDLER, ratio_notes, servers
from multipie.toolchain import build_tree
from tests.conftest import GUEST_OUT, GUEST_SRC


def test_every_server_answers_the_bench_requests_alike(tmp_path: Path) -> None:
    build_tree(GUEST_SRC / "component", GUEST_OUT / "component", verbose=False)
    assert HANDLER.exists() and PY_HANDLER.exists()
    pids: dict[str, int] = {}
    with servers(tmp_path, pids) as urls:
        assert set(pids) == set(urls) and all(p > 0 for p in pids.values())
        bases = [urls["ours"], urls["ours"] + "/py", urls["wasmtime serve"], urls["wasmtime serve (py)"]]
        answers = []
        for base in bases:
            a = httpx.get(base + "/", timeout=60)
            b = httpx.post(base + "/e", content=b"x" * 64, headers={"content-type": "text/plain"}, timeout=60)
            answers.append((a.status_code, a.content, b.status_code, b.content, b.headers.get("content-type")))
    expected = (200, b"", 200, b"x" * 64, "text/plain")
    assert answers == [expected] * 4


def test_ratio_notes_compare_within_a_row() -> None:
    out = [
        Measurement("r", "ours", "throughput", "req/s", value=300.0),
        Measurement("r", "wasmtime serve", "throughput", "req/s", value=600.0),
        Measurement("r latency", "ours", "latency", "ms", value=1.0),
    ]
    ratio_notes(out)
    assert out[0].note == "0.50x wasmtime serve (goal 5x)"
    assert out[2].note == ""


def test_cpu_per_request_is_read_from_the_server_process_and_compared() -> None:
    import os

    from multipie.bench.suites.apps import cpu_seconds, served_requests

    before = cpu_seconds(os.getpid())
    sum(i * i for i in range(300_000))
    assert cpu_seconds(os.getpid()) > before >= 0
    assert served_requests("  2129 requests in 4.03s, 288.34KB read\n") == 2129 and served_requests("") == 0
    out = [
        Measurement("r CPU", "ours", "cpu", "ms/req", value=0.9, note="all threads"),
        Measurement("r CPU", "wasmtime serve", "cpu", "ms/req", value=0.12),
    ]
    ratio_notes(out)
    assert out[0].note == "all threads; 7.5x wasmtime serve's CPU per request"
