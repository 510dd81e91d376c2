"""``multipie bench``: run the benchmark suites and write results.json, results.md, results.png."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from multipie.cli.output import console

__all__ = ["bench"]

_ROOT = Path(__file__).resolve().parent.parent.parent


def bench(
    quick: Annotated[bool, typer.Option("--quick", help="Small sizes and few samples (under a minute).")] = False,
    only: Annotated[
        list[str] | None, typer.Option("--only", metavar="SUITE", help="Run only this suite (repeatable; see --list).")
    ] = None,
    list_suites: Annotated[bool, typer.Option("--list", help="Print the suite names and exit.")] = False,
    out: Annotated[Path, typer.Option("--out", metavar="DIR", help="Directory for the result files.")] = Path(
        "bench-results"
    ),
    guests: Annotated[
        Path | None,
        typer.Option(
            "--guests", metavar="DIR", help="Directory of built guests (default: build them under build/guest)."
        ),
    ] = None,
) -> None:
    """Measure ours and peers side by side; write results.json, results.md and results.png to OUT."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from multipie.bench import harness, report
    from multipie.toolchain import build_tree

    if list_suites:
        for name in harness.suite_names():
            console.print(name, highlight=False, markup=False)
        return

    guest_dir = guests
    if guest_dir is None:
        guest_dir = _ROOT / "build" / "guest"
        src = _ROOT / "guest"
        if src.is_dir():
            build_tree(src, guest_dir, verbose=False)
    with Progress(
        TextColumn("[bold]bench[/] {task.description}"), BarColumn(), TimeElapsedColumn(), console=console.real()
    ) as progress:
        task = progress.add_task("starting", total=None)

        def on_progress(name: str, i: int, n: int) -> None:
            progress.update(task, description=name, completed=i, total=n)

        run = harness.run(quick=quick, only=only or (), guests=guest_dir, on_progress=on_progress)
        progress.update(task, description="done", completed=len(run.suites), total=len(run.suites))
    paths = report.write_all(run, out)
    for row in report.seed_rows(run.measurements):
        console.print(f"  {row['line']:<12} {row['measured_multipie']:<48} {row['ratio']}")
    console.print("wrote " + ", ".join(str(p) for p in paths))
