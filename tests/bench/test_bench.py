"""``multipie bench --quick`` writes the three files with the documented schema (never asserts timings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from multipie.bench import Measurement
from multipie.bench.harness import BenchRun
from multipie.bench.report import SEED_TABLE, seed_rows, write_all
from multipie.cli import app
from multipie.errors import UsageError

LINES = [line.name for line in SEED_TABLE]


@pytest.mark.slow
def test_quick_run_writes_files_and_schema(tmp_path: Path, guests: Path) -> None:
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["bench", "--quick", "--out", str(out), "--guests", str(guests)])
    assert res.exit_code == 0, res.output
    for name in ("results.json", "results.md", "results.png"):
        assert (out / name).stat().st_size > 0
    assert (out / "results.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    doc = json.loads((out / "results.json").read_text())
    assert doc["schema"] == 1 and doc["quick"] is True
    assert {"cpu", "cores", "memory_gib", "python", "wasmtime", "native_fastpath"} <= set(doc["machine"])
    mine = {"creation", "calls", "data", "density", "execution", "programs"}
    assert mine <= set(doc["suites"])
    assert all(doc["suites"][s]["status"] == "ok" for s in mine), doc["suites"]
    rows = {m["row"] for m in doc["measurements"]}
    for row in (
        "creation",
        "host->guest call (noop)",
        "host->guest call (add)",
        "passing data 4 KiB in/out",
        "density",
        "execution (lz4)",
        "execution (lua) vs native",
        "execution (sqlite_bench) vs native",
        "execution (zstd_bench) vs native",
        "execution (xxhash_bench) vs native",
    ):
        assert row in rows
    for m in doc["measurements"]:
        assert {"row", "who", "metric", "unit", "samples", "p50", "p99", "value", "note"} <= set(m)
        if m["samples"]:
            assert m["p50"] is not None and m["p99"] is not None and m["unit"]
    whos = {(m["row"], m["who"]) for m in doc["measurements"]}
    assert ("creation", "wasmtime-py naive") in whos and ("creation", "ours (python fallback)") in whos
    assert [r["line"] for r in doc["seed_table"]] == LINES
    md = (out / "results.md").read_text()
    for line in LINES:
        assert f"| {line} |" in md


def test_only_unknown_suite_is_a_usage_error(tmp_path: Path, guests: Path) -> None:
    res = CliRunner().invoke(app, ["bench", "--only", "nope", "--out", str(tmp_path), "--guests", str(guests)])
    assert isinstance(res.exception, UsageError)  # main() turns it into exit code 2
    assert res.exception.exit_code == 2 and "unknown suite" in str(res.exception)


def test_seed_table_pending_and_picked_up(tmp_path: Path) -> None:
    ms = [
        Measurement(row="creation", who="ours", metric="create", unit="us", value=8.0),
        Measurement(row="service->service call", who="ours", metric="per call", unit="ns", value=4.0),
        Measurement(row="pooled create+run+reset fib(0)", who="ours", metric="latency", unit="us", value=60.0),
        Measurement(row="fib(25)", who="ours", metric="latency", unit="us", value=450.0),
        Measurement(row="fib(25)", who="native (ctypes)", metric="latency", unit="us", value=425.0),
    ]
    rows = {r["line"]: r for r in seed_rows(ms)}
    assert rows["Creation"]["measured_multipie"].startswith("8.00 us")
    assert "better" in rows["Creation"]["ratio"]
    assert rows["Creation"]["measured_microvm"].startswith("60.00 us")
    assert rows["Switch time"]["measured_multipie"].startswith("4.00 ns")
    assert rows["Sharing"]["measured_multipie"] == "pending"
    assert rows["Execution"]["measured_microvm"].startswith("1.06 x native (virtine")
    assert rows["Domains"]["measured_microvm"] == "pending"
    paths = write_all(BenchRun(quick=True, machine={}, measurements=ms), tmp_path)
    assert all(p.exists() for p in paths)
    assert "pending" in (tmp_path / "results.md").read_text()


def test_execution_line_reports_default_path_worst_beside_best_profile() -> None:
    """The Execution line is judged on what a user gets with no options, not on the best profile."""

    def ratio(prog: str, who: str, value: float) -> Measurement:
        return Measurement(row=f"execution ({prog}) vs native", who=who, metric="r", unit="x native", value=value)

    ms = [
        ratio("lz4", "ours", 1.8),
        ratio("lz4", "ours (no timeouts)", 1.4),
        ratio("lz4", "ours (default path)", 2.5),
        ratio("sqlite_bench", "ours (default path)", 70.0),
        ratio("sqlite_bench", "ours (for_speed)", 3.0),
        ratio("sqlite_bench", "ours (legacy static)", 9.0),
        ratio("sqlite_bench", "legacy vs same binary", 1.2),
        ratio("lua", "legacy vs same binary", 12.0),
        ratio("lua", "ours (default path)", 10.0),
        ratio("lua", "ours (for_speed)", 3.5),
    ]
    line = {r["line"]: r for r in seed_rows(ms)}["Execution"]
    assert line["measured_multipie"].startswith("default path: worst 70.00x native (sqlite_bench)")
    assert "best profile: worst 3.50x (lua, ours (for_speed))" in line["measured_multipie"]
    # The legacy path's worst vs glibc's native build, and (a separate figure) vs the same binary natively.
    assert "legacy static: worst 9.00x (sqlite_bench), 12.00x vs the same binary natively (lua)" in line[
        "measured_multipie"
    ]
    assert line["ratio"] == "70x short of the claim"
    # Without default-path rows (an older run) the line keeps the best-profile figure.
    old = {r["line"]: r for r in seed_rows(ms[:2])}["Execution"]
    assert old["measured_multipie"].startswith("1.40 x native (ours (no timeouts)")


def test_headline_is_the_native_path_and_numbers_are_plain(tmp_path: Path) -> None:
    ms = [
        Measurement(row="guest->host call", who="ours", metric="per call", unit="us", value=0.12),
        Measurement(row="guest->host call", who="ours (Python fallback)", metric="per call", unit="us", value=0.0935),
        Measurement(row="guest->host call", who="plain Python call", metric="per call", unit="us", value=0.05),
        Measurement(row="service->service call", who="ours", metric="per call", unit="ns", value=0.00478),
    ]
    rows = {r["line"]: r for r in seed_rows(ms)}
    assert rows["Sharing"]["measured_multipie"] == "0.120 us (ours: per call)"
    assert rows["Switch time"]["ratio"] == "2,092x better than the claim"
    write_all(BenchRun(quick=True, machine={}, measurements=ms), tmp_path)
    md = (tmp_path / "results.md").read_text()
    assert "e+" not in md and "e-0" not in md
    assert "0.00478 ns" in md


def test_png_is_a_grid_not_a_strip(tmp_path: Path) -> None:
    ms = [
        Measurement(row=f"row {i}", who=who, metric="m", unit="us", value=float(v + i))
        for i in range(40)
        for who, v in (("ours", 1), ("peer a", 3), ("peer b", 9))
    ]
    write_all(BenchRun(quick=True, machine={}, measurements=ms), tmp_path)
    head = (tmp_path / "results.png").read_bytes()[:24]
    width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    assert width >= 1200 and height <= 2 * width, (width, height)
