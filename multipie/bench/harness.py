"""Running suites: machine facts, progress, timing of each suite, and failures turned into notes.

:func:`run` imports every module in :data:`~multipie.bench.suites.SUITE_MODULES`, runs the selected
suites in order and returns a :class:`BenchRun`; :mod:`.report` writes it out. A suite that raises
is recorded as one ``error`` measurement with the reason, so one broken peer never hides the rest.
"""

from __future__ import annotations

import gc
import os
import platform
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from multipie.bench import SUITES, BenchContext, Measurement
from multipie.bench.suites import load_all
from multipie.errors import UsageError

__all__ = ["BenchRun", "machine_info", "run", "suite_names"]


@dataclass
class BenchRun:
    """Everything one ``multipie bench`` produced."""

    quick: bool
    machine: dict[str, Any]
    measurements: list[Measurement] = field(default_factory=list)
    suites: dict[str, dict[str, Any]] = field(default_factory=dict)
    started: float = field(default_factory=time.time)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine_info() -> dict[str, Any]:
    """Where the numbers were measured: CPU, cores, memory, kernel, Python, wasmtime, backends."""
    from importlib.metadata import version

    import psutil

    from multipie.domains.wasm import fastpath

    native, why = fastpath.native_available()
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / (1 << 30), 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "wasmtime": version("wasmtime"),
        "native_fastpath": native,
        "native_fastpath_error": why,
        "kvm": os.access("/dev/kvm", os.R_OK | os.W_OK),
    }


def suite_names() -> list[str]:
    """Every registered suite, in run order (the names ``--only`` takes)."""
    load_all()
    return list(SUITES)


def run(
    *,
    quick: bool,
    only: Sequence[str] = (),
    guests: Path,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> BenchRun:
    """Run the selected suites (all when ``only`` is empty).

    Raises:
        UsageError: a name in ``only`` is not a registered suite.
    """
    names = suite_names()
    if only:
        unknown = [n for n in only if n not in SUITES]
        if unknown:
            raise UsageError(f"unknown suite(s) {', '.join(unknown)}; available: {', '.join(names)}")
        names = [n for n in names if n in only]
    result = BenchRun(quick=quick, machine=machine_info())
    with tempfile.TemporaryDirectory(prefix="multipie-bench-") as scratch:
        for i, name in enumerate(names):
            if on_progress is not None:
                on_progress(name, i, len(names))
            ctx = BenchContext(quick=quick, guests=guests, scratch=Path(scratch), extra={"only": list(only)})
            t0 = time.perf_counter()
            status = "ok"
            try:
                got = SUITES[name](ctx)
            except Exception as exc:  # noqa: BLE001 - a failing suite becomes a recorded note
                status = f"error: {type(exc).__name__}: {exc}"
                got = [Measurement(row=name, who="error", metric="suite failed", unit="", note=status)]
                traceback.print_exc()
            gc.collect()
            result.measurements.extend(got)
            result.suites[name] = {"seconds": round(time.perf_counter() - t0, 3), "status": status}
    return result
