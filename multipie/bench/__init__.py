"""``multipie bench``: ours and peers' numbers measured side by side in one run.

Who owns what:

- this module — the data model every suite returns (:class:`Measurement`),
  the suite registry (:func:`suite`) and the sampling helpers;
- :mod:`.suites` — one module per topic (creation, calls, density, virtines, ...),
  each registering functions with ``@suite("name")``;
- the harness/report modules — running suites, writing ``results.json``,
  ``results.md`` and ``results.png``.

A suite is ``fn(ctx: BenchContext) -> list[Measurement]``; it measures *ours*
and its peers in the same call so ratios compare like with like. Benchmarks
are never tests: nothing asserts a time.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["BenchContext", "Measurement", "SUITES", "suite", "sample", "summarize"]


@dataclass
class BenchContext:
    """What a suite gets: quick mode, where guests are built, a scratch directory."""

    quick: bool
    guests: Path
    scratch: Path
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Measurement:
    """One figure: ``who`` (``"ours"`` or a peer's name) measured ``metric`` in ``unit``.

    ``samples`` are raw per-operation values in ``unit``; ``p50``/``p99`` are
    filled by :func:`summarize`. ``row`` groups ours and peers that compare.
    """

    row: str
    who: str
    metric: str
    unit: str
    samples: list[float] = field(default_factory=list)
    p50: float | None = None
    p99: float | None = None
    value: float | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (samples capped to keep files small)."""
        d = asdict(self)
        d["samples"] = self.samples[:2000]
        return d


SUITES: dict[str, Callable[[BenchContext], list[Measurement]]] = {}


def suite(
    name: str,
) -> Callable[[Callable[[BenchContext], list[Measurement]]], Callable[[BenchContext], list[Measurement]]]:
    """Register a suite under ``name`` (selectable with ``multipie bench --only NAME``)."""

    def register(fn: Callable[[BenchContext], list[Measurement]]) -> Callable[[BenchContext], list[Measurement]]:
        SUITES[name] = fn
        return fn

    return register


def sample(fn: Callable[[], object], *, n: int, warmup: int = 10, per_call: int = 1) -> list[float]:
    """Time ``fn`` ``n`` times (after ``warmup``); seconds per operation (``per_call`` ops per ``fn``)."""
    for _ in range(warmup):
        fn()
    out: list[float] = []
    clock = time.perf_counter
    for _ in range(n):
        t0 = clock()
        fn()
        out.append((clock() - t0) / per_call)
    return out


def summarize(m: Measurement, *, scale: float = 1.0) -> Measurement:
    """Scale samples (e.g. seconds → µs with 1e6) and fill p50/p99."""
    if m.samples:
        m.samples = [s * scale for s in m.samples]
        ordered = sorted(m.samples)
        m.p50 = statistics.median(ordered)
        m.p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        if m.value is None:
            m.value = m.p50
    return m
