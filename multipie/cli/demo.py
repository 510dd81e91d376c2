"""``multipie demo``: many live domains in one process, a tenth of them faulting, none of the rest noticing."""

from __future__ import annotations

import gc
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

import multipie
from multipie.cli.output import console
from multipie.errors import DomainError, UsageError

__all__ = ["DemoReport", "run_demo", "FAULTS"]

_REPO = Path(__file__).resolve().parents[2]

#: Each fault: (export to call, spawn limits that make it fail, the error expected).
FAULTS: dict[str, tuple[str, dict[str, object], type[DomainError]]] = {
    "unreachable": ("unreachable", {}, multipie.Trap),
    "stack overflow": ("recurse", {}, multipie.Trap),
    "out-of-bounds": ("oob", {}, multipie.Trap),
    "divide by zero": ("divzero", {}, multipie.Trap),
    "infinite loop (timeout)": ("spin", {"timeout": 0.02}, multipie.Timeout),
    "infinite loop (fuel)": ("spin", {"fuel": 100_000}, multipie.OutOfFuel),
    "memory bomb": ("bomb", {"memory_limit": 4 << 16}, multipie.OutOfMemory),
}


def default_module() -> Path:
    """The bundled demo guest: the built ``faults.wasm``, else its WAT source."""
    built = _REPO / "build" / "guest" / "wat" / "faults.wasm"
    return built if built.exists() else _REPO / "guest" / "wat" / "faults.wat"


@dataclass
class DemoReport:
    """What the demo measured."""

    domains: int
    create_call_us: list[float] = field(default_factory=list)
    rss_before: int = 0
    rss_after: int = 0
    rss_closed: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    wrong_errors: list[str] = field(default_factory=list)
    survivors_ok: int = 0
    survivors: int = 0

    @property
    def kib_per_domain(self) -> float:
        """RSS growth per live domain, KiB."""
        return (self.rss_after - self.rss_before) / 1024 / max(1, self.domains)


def run_demo(rt: multipie.Runtime, module: Path | str, n: int) -> DemoReport:
    """Create ``n`` domains, call each, fault every tenth one in turn, check the rest still answer."""
    if n < 10:
        raise UsageError(f"--domains must be at least 10, got {n}")
    svc = rt.load(module)
    import psutil  # only the demo reads its own RSS

    proc = psutil.Process()
    gc.collect()
    report = DemoReport(domains=n, rss_before=proc.memory_info().rss)
    kinds = list(FAULTS)
    for _, limits, _ in FAULTS.values():  # compile for every engine up front, outside the timings
        svc.spawn(**limits).close()  # type: ignore[arg-type]
    domains: list[multipie.Domain] = []
    faulty: list[tuple[multipie.Domain, str]] = []
    clock = time.perf_counter
    for i in range(n):
        fault = kinds[(i // 10) % len(kinds)] if i % 10 == 9 else None
        limits = FAULTS[fault][1] if fault else {}
        t0 = clock()
        d = svc.spawn(**limits)  # type: ignore[arg-type]
        d.call("ok")
        report.create_call_us.append((clock() - t0) * 1e6)
        domains.append(d)
        if fault:
            faulty.append((d, fault))
    report.rss_after = proc.memory_info().rss
    for d, fault in faulty:
        export, _, expected = FAULTS[fault]
        try:
            d.call(export)
            report.wrong_errors.append(f"{fault}: no error")
        except expected:
            report.faults[fault] = report.faults.get(fault, 0) + 1
        except DomainError as exc:
            report.wrong_errors.append(f"{fault}: {type(exc).__name__}")
    faulted_ids = {d.id for d, _ in faulty}
    for d in domains:
        if d.id in faulted_ids:
            continue
        report.survivors += 1
        if d.call("ok") == 42:
            report.survivors_ok += 1
    for d in domains:
        d.close()
    domains.clear()
    faulty.clear()
    gc.collect()
    rt.release_memory()
    report.rss_closed = proc.memory_info().rss
    return report


def _p(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * q))]


def demo(
    domains: Annotated[int, typer.Option("--domains", "-n", metavar="N", help="Live domains to create.")] = 10_000,
    module: Annotated[
        str | None, typer.Option(metavar="MODULE", help="Guest to use (default: the bundled faults guest).")
    ] = None,
) -> None:
    """Create N live domains, call each, make a tenth fault in every way, show the rest still answer."""
    import statistics  # not at import: it imports random, which `multipie run` does not need

    from rich.table import Table

    with multipie.Runtime() as rt:
        with console.status(f"creating {domains:,} domains and faulting {domains // 10:,} of them..."):
            r = run_demo(rt, module or default_module(), domains)
    t = Table(title=f"multiPIE demo: {domains:,} live domains in one process", title_justify="left")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_row("domains created and called", f"{r.domains:,}")
    t.add_row("create + first call p50", f"{statistics.median(r.create_call_us):.1f} µs")
    t.add_row("create + first call p99", f"{_p(r.create_call_us, 0.99):.1f} µs")
    t.add_row("memory per live domain", f"{r.kib_per_domain:.1f} KiB")
    t.add_row(
        "RSS before / with all live / after close",
        f"{r.rss_before / 2**20:.0f} / {r.rss_after / 2**20:.0f} / {r.rss_closed / 2**20:.0f} MiB",
    )
    for name, count in r.faults.items():
        t.add_row(f"faults contained: {name}", f"{count:,}")
    t.add_row("other domains still answering", f"{r.survivors_ok:,} / {r.survivors:,}")
    console.print(t)
    if r.wrong_errors or r.survivors_ok != r.survivors:
        console.print(f"[red]unexpected outcomes:[/] {r.wrong_errors[:5]}")
        raise typer.Exit(1)
