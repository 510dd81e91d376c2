"""Cached process starts, interleaved: this tree, a baseline tree and the plain wasmtime-py scripts of the bench rows.

    python benchmarks/process_start_ab.py /work/main 21

Three rows (``multipie run c/hello.wasm``, ``multipie run component/echo.wasm a x``, ``multipie call
component/typed.wasm greet x``), each beside the plain script its ``multipie bench`` row uses
(``creation.py``/``components.py``: ``_PLAIN_RUN``, ``_PLAIN_START``). Every round runs all nine
processes, in reverse order every other round; each tree uses its own ``.venv`` and cache directory.
Byte code is compiled first and ``PYTHONDONTWRITEBYTECODE`` unset (as an installed wheel runs), and
the caches are warm and settled (the artefacts and source digests are > 2 s old and their identities
recorded), so nothing is compiled or hashed. Prints the p50 CPU time (user + sys of each child, from
``wait4``: the fair measure on a shared machine) and wall time, and each tree's ratio to plain.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import wasmtime
from wasmtime import component as wc

from multipie.bench.suites.components import _PLAIN_RUN as COMPONENT_RUN
from multipie.bench.suites.components import _PLAIN_START as COMPONENT_CALL
from multipie.bench.suites.creation import _PLAIN_RUN as MODULE_RUN

HERE = Path(__file__).resolve().parent.parent
GUESTS = HERE / "build" / "guest"
WHO = ("this", "baseline", "plain")


def _rows(scratch: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Row name → (multipie arguments, plain script and its arguments); writes the plain scripts' artefacts."""
    engine = wasmtime.Engine(wasmtime.Config())
    arts = {
        "hello": wasmtime.Module.from_file(engine, str(GUESTS / "c/hello.wasm")).serialize(),
        "echo": wc.Component(engine, (GUESTS / "component/echo.wasm").read_bytes()).serialize(),
        "typed": wc.Component(engine, (GUESTS / "component/typed.wasm").read_bytes()).serialize(),
    }
    for name, data in arts.items():
        (scratch / f"{name}.cwasm").write_bytes(data)
    return {
        "run c/hello": (["run", str(GUESTS / "c/hello.wasm")], [MODULE_RUN, str(scratch / "hello.cwasm")]),
        "run component/echo": (
            ["run", str(GUESTS / "component/echo.wasm"), "a", "x"],
            [COMPONENT_RUN, str(scratch / "echo.cwasm"), "a", "x"],
        ),
        "call typed greet": (
            ["call", str(GUESTS / "component/typed.wasm"), "greet", "x"],
            [COMPONENT_CALL, str(scratch / "typed.cwasm")],
        ),
    }


def _once(cmd: list[str], cwd: str, env: dict[str, str]) -> tuple[float, float]:
    """Run ``cmd`` once: (CPU ms of the child, wall ms)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd}: failed: {err.decode(errors='replace')}")
    return (usage.ru_utime + usage.ru_stime) * 1e3, wall * 1e3


def main(baseline: str, n: int) -> None:
    """Measure every row ``n`` times for each of this tree, ``baseline`` and plain, and print the p50s."""
    scratch = Path(tempfile.mkdtemp(prefix="process-start-ab-"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    trees = {"this": str(HERE), "baseline": baseline}
    for tree in trees.values():
        subprocess.run([f"{tree}/.venv/bin/python", "-m", "compileall", "-q", f"{tree}/multipie"], env=env, check=True)
    rows = _rows(scratch)

    def commands(row: str) -> list[tuple[str, list[str], str, dict[str, str]]]:
        args, plain = rows[row]
        out = [
            (
                who,
                [f"{tree}/.venv/bin/python", "-m", "multipie.cli", *args],
                tree,
                {**env, "MULTIPIE_CACHE_DIR": str(scratch / f"cache-{who}")},
            )
            for who, tree in trees.items()
        ]
        return [*out, ("plain", [sys.executable, "-c", *plain], str(scratch), env)]

    for _ in range(3):  # compile and write; then (> 2 s later) record the settled identities; then a warm run
        for row in rows:
            for _who, cmd, cwd, e in commands(row):
                _once(cmd, cwd, e)
        time.sleep(2.5)
    got: dict[tuple[str, str], list[tuple[float, float]]] = {(r, w): [] for r in rows for w in WHO}
    loads = [os.getloadavg()[0]]
    for i in range(n):
        for row in rows:
            order = commands(row)
            for who, cmd, cwd, e in reversed(order) if i % 2 else order:
                got[row, who].append(_once(cmd, cwd, e))
        loads.append(os.getloadavg()[0])
    print(f"n={n} per process, load average {min(loads):.2f}-{max(loads):.2f}; p50 CPU | p50 wall (ms)")
    for row in rows:
        cpu = {w: statistics.median(c for c, _ in got[row, w]) for w in WHO}
        wall = {w: statistics.median(t for _, t in got[row, w]) for w in WHO}
        print(
            f"{row:20} CPU baseline {cpu['baseline']:6.1f} this {cpu['this']:6.1f} plain {cpu['plain']:6.1f}: "
            f"{cpu['baseline'] / cpu['plain']:.2f}x -> {cpu['this'] / cpu['plain']:.2f}x | wall baseline "
            f"{wall['baseline']:6.1f} this {wall['this']:6.1f} plain {wall['plain']:6.1f}: "
            f"{wall['baseline'] / wall['plain']:.2f}x -> {wall['this'] / wall['plain']:.2f}x"
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/main", int(sys.argv[2]) if len(sys.argv) > 2 else 21)
