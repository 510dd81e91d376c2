"""Execution speed on third-party programs users run (Lua, SQLite, zstd, xxHash, LZ4), in every kind of domain.

Each program of :mod:`multipie.bench.programs` runs its workload, in one interleaved loop so load
changes hit every configuration alike:

- *native* — the x86-64 build (same compiler, same flags), as a subprocess: the baseline;
- *ours (default path)* — the wasm32-wasi build through ``Runtime().run_command(...)`` with no
  options: what ``multipie run`` and a user's first script get (a fresh domain per run);
- *ours (timeout set)* — the default path with ``timeout=600``: a timed run keeps epoch checks (an
  untimed one has none, Ctrl-C revokes its memory instead), so this row is the default path's speed
  before that change and the price of asking for a timeout;
- *ours (for_speed)* — the same through ``Runtime(engine=EngineConfig.for_speed())``;
- *ours (legacy static)* — the static musl executable in a virtine (``run_command`` of the ELF, as
  ``multipie run`` does), and *native (static binary)*, the same file run natively, which separates
  musl's libc from the VM's cost;
- *ours (virtine)* — for a library (xxHash; LZ4, whose rounds churn its heap), its function in a
  virtine, one call doing the whole workload on the file's bytes (copied in), compared with the
  native program doing the same.

Every run's output is checked against the native one first (a mismatch fails the suite). A
configuration that takes longer than its time budget gets fewer samples (at least one), so a slow
path is still measured without stretching the run. Rows ``execution (NAME) vs native`` give each
wall-time ratio; the report's Execution line quotes the default path's worst beside the best profile's.
Rows ``execution (NAME) CPU vs native`` give the same ratios in CPU time (this process's and its
children's, around each run), which other jobs on a shared machine disturb far less than wall time.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from multipie.bench import BenchContext, Measurement, suite, summarize
from multipie.bench.programs import PROGRAMS, Program, data_dir, output
from multipie.bench.report import DEFAULT_PATH, LEGACY, SAME_BINARY
from multipie.bench.suites._peers import runtime
from multipie.domains.base import Service
from multipie.domains.wasm.engine import EngineConfig
from multipie.runtime import Runtime

__all__ = ["programs_suite", "row", "ratio_row", "cpu_row", "DEFAULT", "TIMED", "SPEED", "LEGACY", "VIRTINE"]

DEFAULT = DEFAULT_PATH
TIMED = "ours (timeout set)"
SPEED = "ours (for_speed)"
VIRTINE = "ours (virtine)"
NATIVE = "native"
NATIVE_STATIC = "native (static binary)"
GUEST_DIR = "/d"


def row(p: Program) -> str:
    """The row of program ``p``'s times."""
    return f"execution ({p.name})"


def ratio_row(p: Program) -> str:
    """The row of program ``p``'s ratios to native."""
    return f"execution ({p.name}) vs native"


def cpu_row(p: Program) -> str:
    """The row of program ``p``'s CPU-time ratios to native (steadier than wall time on a loaded machine)."""
    return f"execution ({p.name}) CPU vs native"


def _cpu_now() -> float:
    """CPU seconds of this process and its waited-for children: an in-process run (Wasm, a virtine) counts
    in the first, a native subprocess in the second, so one difference measures either kind."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _native(exe: Path, args: list[str]) -> Callable[[], str]:
    def run() -> str:
        proc = subprocess.run([str(exe), *args], capture_output=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"{exe.name} exited {proc.returncode}: {proc.stderr.decode(errors='replace')[:300]}")
        return proc.stdout.decode()

    return run


def _in_domain(
    rt: Runtime, svc: Service, args: list[str], host_dir: Path, timeout: float | None = None
) -> Callable[[], str]:
    def run() -> str:
        out, err = bytearray(), bytearray()
        # Stream (multipie.runtime) omits bytearray, which run_command documents and accepts.
        code = rt.run_command(
            svc,
            args,
            dirs={str(host_dir): GUEST_DIR},
            stdout=out,  # type: ignore[arg-type]
            stderr=err,  # type: ignore[arg-type]
            timeout=timeout,
        )
        if code != 0:
            raise RuntimeError(f"exit {code}: {bytes(err).decode(errors='replace')[:300]}")
        return out.decode()

    return run


def _virtine(rt: Runtime, base: Path, p: Program, mode: str, data: Path) -> Callable[[], str]:
    """A library's virtine: one call does the program's work; returns the output line the native
    program prints for it (the check looks for that line in the native output)."""
    dom = rt.load(output(base, p.name, "virtine")).spawn()
    buf, iters = p.virtine_call(mode, data)
    return lambda: p.virtine_output(mode, dom.call(p.virtine_entry, buf, len(buf), iters))


@suite("programs")
def programs_suite(ctx: BenchContext) -> list[Measurement]:
    """Every program × every kind, interleaved; times (ms) and ratios to native."""
    from multipie.kvm import kvm

    mode = "quick" if ctx.quick else "full"
    rounds = 3 if ctx.quick else 5
    budget = 4.0 if ctx.quick else 10.0  # seconds of samples per configuration (at least one)
    base = ctx.guests / "programs"
    default_rt = runtime()
    speed_rt = runtime(engine=EngineConfig.for_speed())
    out: list[Measurement] = []
    try:
        for p in PROGRAMS:
            d = data_dir(base, p.name)
            native_args = p.workload.args(mode, str(d))
            guest_args = p.workload.args(mode, GUEST_DIR)
            wasm = output(base, p.name, "wasm")
            if not wasm.exists():
                raise FileNotFoundError(f"{wasm} not built (run `make guests`)")
            runs: list[tuple[str, str, Callable[[], str]]] = [
                (NATIVE, "x86-64, glibc, subprocess", _native(output(base, p.name, "native"), native_args)),
                (
                    DEFAULT,
                    "Runtime().run_command, no options",
                    _in_domain(default_rt, default_rt.load(wasm), guest_args, d),
                ),
                (
                    TIMED,
                    "Runtime().run_command(timeout=600): epoch checks",
                    _in_domain(default_rt, default_rt.load(wasm), guest_args, d, timeout=600.0),
                ),
                (SPEED, "EngineConfig.for_speed()", _in_domain(speed_rt, speed_rt.load(wasm), guest_args, d)),
            ]
            static = output(base, p.name, "static")
            runs.append((NATIVE_STATIC, "the static musl executable, subprocess", _native(static, native_args)))
            if kvm.available():
                runs.append(
                    (
                        LEGACY,
                        "static musl ELF in a virtine",
                        _in_domain(default_rt, default_rt.load(static), guest_args, d),
                    )
                )
            if p.virtine and kvm.available():
                runs.append((VIRTINE, "the library in a virtine, one call", _virtine(default_rt, base, p, mode, d)))
            out += _measure(p, runs, rounds=rounds, budget=budget)
            if not kvm.available():
                out.append(Measurement(row(p), LEGACY, "wall time", "ms", note="skipped: /dev/kvm not available"))
    finally:
        default_rt.close()
        speed_rt.close()
    return out


def _measure(
    p: Program, runs: list[tuple[str, str, Callable[[], str]]], *, rounds: int, budget: float
) -> list[Measurement]:
    norm = p.workload.normalize
    expected = norm(runs[0][2]())
    samples: dict[str, list[float]] = {who: [] for who, _, _ in runs}
    cpu: dict[str, list[float]] = {who: [] for who, _, _ in runs}
    # Warm up (compiles each module for its engine, or loads it from the cache: never a sample, since a
    # freshly built module would be timed compiling) and check every kind computes what native does.
    for who, _, fn in runs:
        got = norm(fn())
        if got != expected and not (who == VIRTINE and got in expected.splitlines()):
            raise RuntimeError(f"{p.name}: {who} output differs from native:\n{got[:400]!r}\nvs\n{expected[:400]!r}")
    for _ in range(rounds):
        for who, _, fn in runs:
            if samples[who] and sum(samples[who]) > budget:
                continue
            t0, c0 = time.perf_counter(), _cpu_now()
            fn()
            samples[who].append(time.perf_counter() - t0)
            cpu[who].append(_cpu_now() - c0)
    ms = [
        summarize(Measurement(row(p), who, "wall time", "ms", samples[who], note=note), scale=1e3)
        for who, note, _ in runs
    ]
    by = {m.who: m for m in ms}
    nat = by[NATIVE].value or 1.0
    for m in ms[1:]:
        m.note = f"{m.note}; {(m.value or 0) / nat:.2f}x native; {len(m.samples)} samples"
    for who in (DEFAULT, TIMED, SPEED, LEGACY, VIRTINE):
        if who in by:
            ms.append(
                Measurement(
                    ratio_row(p), who, f"{p.title}: {who} / native", "x native", value=(by[who].value or 0) / nat
                )
            )
    if LEGACY in by and by[NATIVE_STATIC].value:
        ms.append(
            Measurement(ratio_row(p), SAME_BINARY, "virtine / the static binary natively", "x native",
                        value=(by[LEGACY].value or 0) / (by[NATIVE_STATIC].value or 1.0))
        )  # fmt: skip
    return ms + _cpu_ratios(p, cpu)


def _cpu_ratios(p: Program, cpu: dict[str, list[float]]) -> list[Measurement]:
    """CPU-time p50 of each kind over native's: load from other jobs stretches wall time, much less CPU time.

    The legacy executable is also judged against itself run natively (``legacy vs same binary``): that
    static musl file is the program its user runs, and the glibc build differs in its libc, not the VM.
    """
    p50 = {who: statistics.median(xs) for who, xs in cpu.items() if xs}
    nat = p50[NATIVE] or 1e-9
    out = [
        Measurement(cpu_row(p), who, f"{p.title}: {who} CPU / native CPU", "x native", value=p50[who] / nat)
        for who in (DEFAULT, TIMED, SPEED, LEGACY, VIRTINE) if who in p50
    ]  # fmt: skip
    if LEGACY in p50 and p50.get(NATIVE_STATIC):
        out.append(Measurement(cpu_row(p), SAME_BINARY, f"{p.title}: legacy CPU / the static binary's CPU natively",
                               "x native", value=p50[LEGACY] / p50[NATIVE_STATIC]))  # fmt: skip
    return out
