"""The programs suite's measuring loop: every kind gets wall-time and CPU-time ratios to native (never timings)."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from multipie.bench.programs import PROGRAMS
from multipie.bench.suites import programs as suite

SQLITE = next(p for p in PROGRAMS if p.name == "sqlite_bench")


def _spin(n: int) -> str:
    total = 0
    for i in range(n):
        total += i * i
    return f"sum {total % 97}\n"


def test_cpu_time_counts_in_process_work() -> None:
    c0, t0 = suite._cpu_now(), time.thread_time()
    _spin(200_000)
    thread, process = time.thread_time() - t0, suite._cpu_now() - c0
    assert process >= thread * 0.99 > 0  # the process's CPU includes this thread's (rusage rounds to µs)


def test_cpu_time_counts_a_waited_for_child() -> None:
    code = "import time\nx = sum(i * i for i in range(300_000))\nprint(time.process_time())"
    c0 = suite._cpu_now()
    child = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert suite._cpu_now() - c0 >= child * 0.99 > 0


def test_every_kind_gets_a_cpu_ratio_row_beside_its_wall_ratio() -> None:
    runs = [
        (suite.NATIVE, "", lambda: _spin(50_000)),
        (suite.DEFAULT, "", lambda: _spin(50_000)),
        (suite.SPEED, "", lambda: _spin(50_000)),
    ]
    rows = suite._measure(SQLITE, runs, rounds=2, budget=60.0)
    cpu = {m.who: m for m in rows if m.row == suite.cpu_row(SQLITE)}
    wall = {m.who: m for m in rows if m.row == suite.ratio_row(SQLITE)}
    assert set(cpu) == set(wall) == {suite.DEFAULT, suite.SPEED}
    assert all(m.unit == "x native" and (m.value or 0) > 0 for m in cpu.values())
    assert all(SQLITE.title in m.metric and "CPU" in m.metric for m in cpu.values())


def test_a_kind_whose_output_differs_from_native_fails_the_suite() -> None:
    runs = [(suite.NATIVE, "", lambda: "a\n"), (suite.DEFAULT, "", lambda: "b\n")]
    with pytest.raises(RuntimeError, match="output differs from native"):
        suite._measure(SQLITE, runs, rounds=1, budget=1.0)


def test_the_legacy_executable_is_also_judged_against_itself_natively() -> None:
    # The static musl file is what its user runs; glibc's build differs in libc, not in the VM. Both
    # ratios are reported, in wall and CPU time.
    runs = [
        (suite.NATIVE, "", lambda: _spin(50_000)),
        (suite.NATIVE_STATIC, "", lambda: _spin(50_000)),
        (suite.LEGACY, "", lambda: _spin(50_000)),
    ]
    rows = suite._measure(SQLITE, runs, rounds=2, budget=60.0)
    for name in (suite.ratio_row(SQLITE), suite.cpu_row(SQLITE)):
        got = {m.who: m for m in rows if m.row == name}
        assert set(got) == {suite.LEGACY, suite.SAME_BINARY}, name
        assert (got[suite.SAME_BINARY].value or 0) > 0
