"""The http-components bench suite: both servers serve the same component the same way; ratio notes."""

from __future__ import annotations

from pathlib import Path

import httpx

from multipie.bench import Measurement
from multipie.bench.suites.http_components import HANDLER, ratio_notes, servers
from multipie.toolchain import build_tree
from tests.conftest import GUEST_OUT, GUEST_SRC


def test_both_servers_answer_the_bench_requests_alike(tmp_path: Path) -> None:
    build_tree(GUEST_SRC / "component", GUEST_OUT / "component", verbose=False)
    assert HANDLER.exists()
    with servers(tmp_path) as urls:
        answers = []
        for base in urls.values():
            a = httpx.get(base + "/", timeout=30)
            b = httpx.post(base + "/e", content=b"x" * 64, timeout=30)
            answers.append((a.status_code, a.content, b.status_code, b.content))
    assert answers[0] == answers[1] == (200, b"", 200, b"x" * 64)


def test_ratio_notes_compare_within_a_row() -> None:
    out = [
        Measurement("r", "ours", "throughput", "req/s", value=300.0),
        Measurement("r", "wasmtime serve", "throughput", "req/s", value=600.0),
        Measurement("r latency", "ours", "latency", "ms", value=1.0),
    ]
    ratio_notes(out)
    assert out[0].note == "0.50x wasmtime serve (goal 5x)"
    assert out[2].note == ""
