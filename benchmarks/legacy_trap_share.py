"""Which share of a legacy program's remaining gap is PVM's ``syscall`` trap, which page faults, which the rest.

    python benchmarks/legacy_trap_share.py build/guest/programs [quick|full] [rounds]

First the unit costs, measured here, in CPU time (this process and its children), interleaved:

- one trapped ``syscall`` answered in the guest (``sysloop guest N`` minus ``sysloop guest 0``) and
  one served by the host (``sysloop host N``), from ``build/guest/legacy/programs/sysloop``;
- one page the guest touches for the first time (``mmtest dirty N`` minus ``dirty 1`` on a fresh
  machine each time: a host page fault plus PVM's fault on the freshly mapped page).

Then, for each program of :mod:`multipie.bench.programs`: its static musl executable natively and in a
virtine (``run_command``, a pooled machine, as the bench's legacy row), the run's counters
(``multipie run --stats``: calls answered in the guest, served by the host, host page faults) and
the gap (mean legacy CPU - the same binary's mean CPU natively) split into traps x their cost, host
faults x theirs, and the rest. Figures go to docs/performance.md with the load at the time.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import multipie
from multipie.bench.programs import PROGRAMS, data_dir, output

GUEST_DIR = "/d"
LEGACY = Path(__file__).resolve().parents[1] / "build" / "guest" / "legacy" / "programs"


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _timed(fn: Callable[[], object]) -> float:
    c0 = _cpu()
    fn()
    return _cpu() - c0


def _p50_diff(a: Callable[[], object], b: Callable[[], object], rounds: int) -> float:
    """p50 of (CPU of ``a`` - CPU of ``b``), the two alternating."""
    return statistics.median(_timed(a) - _timed(b) for _ in range(rounds))


def unit_costs(rounds: int) -> dict[str, float]:
    """Seconds of CPU per guest-answered trap, per host-served call, per first-touched page."""
    rt = multipie.Runtime(cache_dir=None)
    sysloop = rt.load(str(LEGACY / "sysloop"))
    n = 20000

    def loop(kind: str, count: int) -> Callable[[], object]:
        return lambda: rt.run_command(sysloop, [kind, str(count)], stdout=bytearray(), stderr=bytearray())

    for kind in ("guest", "host"):
        loop(kind, 1)()
    costs = {
        "trap (answered in the guest)": _p50_diff(loop("guest", n), loop("guest", 1), rounds) / n,
        "host-served call": _p50_diff(loop("host", n), loop("host", 1), rounds) / n,
    }
    pages = 2000

    def fresh(count: int) -> Callable[[], object]:
        def run() -> None:
            r = multipie.Runtime(cache_dir=None)  # a fresh machine: every page is new to it
            try:
                r.run_command(r.load(str(LEGACY / "mmtest")), ["dirty", str(count)], stdout=bytearray())
            finally:
                r.close()

        return run

    costs["first-touched page"] = _p50_diff(fresh(pages), fresh(1), rounds) / pages
    rt.close()
    return costs


def program_rows(base: Path, mode: str, rounds: int, costs: dict[str, float]) -> list[str]:
    """One markdown table row per program."""
    rt = multipie.Runtime(cache_dir=None)
    rows = []
    for p in PROGRAMS:
        static = output(base, p.name, "static")
        if not static.exists():
            continue
        d = data_dir(base, p.name)
        svc = rt.load(str(static))

        def ours(p: object = p, svc: multipie.Service = svc, d: Path = d) -> None:
            out = bytearray()
            rt.run_command(svc, p.workload.args(mode, GUEST_DIR), dirs={str(d): GUEST_DIR}, stdout=out)  # type: ignore[attr-defined]

        def native(p: object = p, static: Path = static, d: Path = d) -> None:
            subprocess.run([str(static), *p.workload.args(mode, str(d))], capture_output=True, check=True)  # type: ignore[attr-defined]

        ours()
        native()
        legacy_cpu, native_cpu, faults_per_run = [], [], []
        for _ in range(rounds):
            legacy_cpu.append(_timed(ours))
            faults_per_run.append(svc.last_stats.host_page_faults)  # type: ignore[attr-defined]
            native_cpu.append(_timed(native))
        st = svc.last_stats  # type: ignore[attr-defined]
        guest_calls, host_calls = sum(st.guest_calls.values()), sum(st.host_calls.values())
        # Means, not medians: a run that faults its memory in again is part of what users get.
        lc, nc = statistics.mean(legacy_cpu), statistics.mean(native_cpu)
        gap = lc - nc
        traps = guest_calls * costs["trap (answered in the guest)"] + host_calls * costs["host-served call"]
        faults = statistics.mean(faults_per_run) * costs["first-touched page"]

        def share(x: float, run: float = lc, gap: float = gap) -> str:
            return f"{x * 1e3:.2f} ms ({100 * x / run:.1f}% of the run" + (
                f", {100 * x / gap:.0f}% of the gap)" if gap > 0 else ")"
            )

        rows.append(
            f"| {p.name} | {nc * 1e3:.1f} | {lc * 1e3:.1f} ({lc / nc:.2f}x) | {gap * 1e3:+.1f} | "
            f"{guest_calls} + {host_calls} | {'/'.join(map(str, faults_per_run))} | {share(traps)} | "
            f"{share(faults)} | {(gap - traps - faults) * 1e3:+.1f} ms |"
        )
    rt.close()
    return rows


def main(base: Path, mode: str, rounds: int) -> None:
    """Print the unit costs and the table."""
    print(f"load average {os.getloadavg()[0]:.1f}, workload {mode}, {rounds} rounds (CPU, means)")
    costs = unit_costs(max(rounds, 5))
    for name, cost in costs.items():
        print(f"  {name}: {cost * 1e6:.2f} us CPU")
    print(
        "| program | native static CPU ms | legacy CPU ms | gap | calls (guest + host) | host faults per run "
        "| traps x cost | faults x cost | rest of the gap |\n|---|---|---|---|---|---|---|---|---|"
    )
    for line in program_rows(base, mode, rounds, costs):
        print(line)
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "full", int(sys.argv[3]) if len(sys.argv) > 3 else 5)
